"""Country cells to ISO 3166-1 alpha-2, from CLDR (Babel) and ISO 3166 (pycountry).

Attendee lists write a country as a code (``FR``, ``FRA``, ``250``), as a name in the writer's
language, short or official (``Francja``, ``Frankreich``, ``République française``), as an
abbreviation (``ČR``, ``BRD``, the vehicle sign ``D``), and with more than a country in the cell
(``Lyon (France)``, ``Belgique / België``, ``Québec, Canada``). A cell is read, folded for case,
accents and punctuation, in this order:

- a code, only when it is written as one: ASCII letters or digits (``ČR`` folds to ``cr``, which
  is Costa Rica's code, but nobody writes a code with a háček);
- a name: the CLDR territory names and the ISO 3166 names pycountry translates (short, official
  and common) in the languages delegations write in, then a few colloquial names and national
  abbreviations no standard lists, then the CLDR names in every other language (loaded once, the
  first time a name is not found in those: a second or two);
- an international vehicle sign that is no ISO code (``D``, ``A``, ``SLO``);
- the name of a first-level subdivision (ISO 3166-2, ``Québec``, ``Lombardia``, ``Wien``),
  which is read as its country, only when no country has that name.

A cell that is none of those is split on ``,`` ``;`` ``/`` ``|``, parentheses and a spaced dash,
and its parts must agree on one country. A name that means two countries, or parts naming two
countries, are no answer (``country_candidates`` says which): the import refuses the cell rather
than guess.

The codes and the delegation languages' names ship as an index built from Babel and pycountry
(``c2c/data/countries.json``, rebuilt by ``python -m c2c.countries``): unpickling 24 CLDR
locales costs a third of a second, more than reading a 10,000-row list. A test checks the
index against the installed Babel and pycountry.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from enum import Enum
from functools import cache, lru_cache
from typing import Any

from c2c.config import package_data
from c2c.text import fold

INDEX_FILE = "countries.json"
# the names of every other CLDR language, read only when a cell names no country the delegations' languages know
EVERY_FILE = "countries_every.json"

# the languages Cluster2Cluster delegations and their neighbours write in
DELEGATION_LOCALES = ("en", "it", "fr", "de", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "es", "pt", "nl",
                      "da", "sv", "fi", "nb", "el", "bg", "lt", "lv", "et", "ca")
# regions are named as ISO writes them (mostly in their own language: 'Lombardia', 'Bayern') and
# in the languages c2c writes in ('Lombardei', 'Genf'); all 24 languages would triple the index
REGION_LOCALES = ("en", "it", "fr", "de")
# names people use that CLDR and ISO do not carry (short forms, a part for the whole, old names)
_COLLOQUIAL = {
    "GB": ("UK", "Great Britain", "England", "Scotland", "Wales", "Gran Bretagna", "Inghilterra", "Scozia",
           "Angleterre", "Grande-Bretagne", "Écosse", "Großbritannien", "Schottland", "Anglia", "Anglie",
           "Inglaterra", "Gran Bretaña", "Groot-Brittannië", "Engeland"),
    "US": ("U.S.A.", "U.S.", "America", "EEUU"),
    "NL": ("Hollande", "Holanda"),
    "CZ": ("Tsjechische Republiek",),
    "TR": ("Turkey",),
    "CH": ("Confédération suisse", "Confederazione elvetica"),
    "VA": ("Vaticano",),
    "IE": ("Republic of Ireland", "Eire", "Éire"),
    "LU": ("Grand-Duché de Luxembourg",),
}
# national abbreviations lists use, read as names. 'SR' (Slovensko in Czech and Slovak lists) is
# also Suriname's code, so a cell 'SR' means two countries and is refused.
_ABBREVIATIONS = {
    "CZ": ("ČR",),
    "SK": ("SR",),
    "DE": ("BRD", "RFA", "RFT", "SRN", "RFN"),
    "PL": ("RP",),
    "AE": ("UAE", "EAU", "VAE"),
    "ZA": ("RSA",),
}
# international vehicle signs (Vienna convention) that are no ISO code: no ISO code has one letter
_VEHICLE_SIGNS = {"D": "DE", "A": "AT", "F": "FR", "I": "IT", "B": "BE", "E": "ES", "P": "PT", "H": "HU",
                  "SLO": "SI", "FL": "LI", "RSM": "SM", "CDN": "CA", "NMK": "MK", "GBZ": "GI"}
# "the Netherlands", "la Suisse", "die Schweiz": a leading article is not part of the name
_ARTICLE = re.compile(r"^(the|la|le|les|l|il|lo|gli|die|der|das|de|het|el|los|las|o|os|a|as) ")
# what separates a country from a city, a region, a code or its name in another language;
# a dash only with spaces around it (Guinea-Bissau, Baden-Württemberg)
_SEPARATOR = re.compile(r"[,;/|()\[\]]|\s[-–—]+\s")
_WRITTEN_AS_CODE = re.compile(r"^(?:[A-Za-z]{1,3}|[0-9]{1,3})$")


class _Kind(Enum):
    NAME = "name"
    CODE = "code"  # a code or a sign: decides alone, beside a name only confirms it
    REGION = "region"


def _key(text: str) -> str:
    """``fold`` for Latin names; for other scripts (Γαλλία, Франция) the letters, without case or accents."""
    folded = fold(text)
    if folded or not text.strip():
        return folded
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", bare))


@lru_cache(maxsize=4096)
def country_code(text: str, every_language: bool = True) -> str | None:
    """'Schweiz', 'DEU', 'Francja', '380', 'Lyon (France)' -> 'CH', 'DE', 'FR', 'IT', 'FR'; None when
    unknown or when it could be two countries.

    ``every_language=False`` is the strict reading a guess about an unnamed column needs: the whole
    cell as a code or a name in a delegation language, no one-letter sign, no region, no parts
    (a column of regions, of sizes or of 'M'/'F' is no country column)."""
    found = country_candidates(text) if every_language else _strictly(text)
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=4096)
def country_candidates(text: str) -> frozenset[str]:
    """The countries a cell could mean: one when it names a country; several when it could be
    two ('SR', 'Kongo') or its parts name two ('France / Italia'); none when it is unknown."""
    flag = _flag_code(text)
    if flag is not None:
        return country_candidates(flag)
    deciding = _deciding(text)
    if not deciding:
        return frozenset()
    return frozenset.intersection(*deciding) or frozenset.union(*deciding)


_REGIONAL_A = 0x1F1E6  # a flag emoji is two regional indicator letters: the country's ISO alpha-2 code


def _flag_code(text: str) -> str | None:
    """'🇨🇭' -> 'CH': a cell that is only a flag (Apple Numbers and phones write them)."""
    letters = [ord(ch) - _REGIONAL_A for ch in text.strip()]
    if len(letters) != 2 or not all(0 <= letter < 26 for letter in letters):
        return None
    return "".join(chr(ord("A") + letter) for letter in letters)


def _strictly(text: str) -> frozenset[str]:
    flag = _flag_code(text)
    if flag is not None:
        return _strictly(flag)
    read = _read(text, far=False, strict=True)
    return read[1] if read is not None and read[0] is not _Kind.REGION else frozenset()


def _deciding(text: str) -> list[frozenset[str]]:
    """The cell as a whole, then its parts; the names of every language are looked at only when
    the delegations' languages find nothing (they take seconds to load)."""
    parts = [part for part in _SEPARATOR.split(text) if _key(part)]
    for far in (False, True):
        for pieces in ([text], parts if len(parts) > 1 else []):
            deciding = _agreeing(pieces, far) if pieces else []
            if deciding:
                return deciding
    return []


def _agreeing(pieces: list[str], far: bool) -> list[frozenset[str]]:
    """The countries of the pieces that decide, which must agree; none when nothing decides. A
    city or an unknown word is left out, but then a code alone does not decide ('Bergamo (BG)' is
    an Italian province, not Bulgaria); a region counts only when no name in any language matched."""
    read = [_read(piece, far) for piece in pieces]
    known = [found for found in read if found is not None]
    names, codes, regions = ([codes for kind, codes in known if kind is wanted]
                             for wanted in (_Kind.NAME, _Kind.CODE, _Kind.REGION))
    if names:
        return names + codes
    if regions and far:
        return regions + codes
    if codes and len(known) == len(read) and not regions:
        return codes
    return []


def country_name(code: str) -> str:
    """'SK' -> 'Slovakia (SVK)': how a message names a country it cannot choose."""
    from babel import Locale

    alpha_3 = next((key.upper() for key, found in _by_code().items()
                    if found == code and key.isalpha() and len(key) == 3), code)
    return f"{Locale.parse('en').territories.get(code, code)} ({alpha_3})"


def _read(text: str, far: bool, strict: bool = False) -> tuple[_Kind, frozenset[str]] | None:
    """What one cell or piece says, by the first reading that knows it."""
    written = text.strip()
    key = _key(written)
    if not key:
        return None
    if _WRITTEN_AS_CODE.match(written):
        code = _by_code().get(key)
        if code is not None:  # 'SR', 'CR': also 'SR', 'ČR' written without their accent
            return _Kind.CODE, frozenset({code}) | _abbreviation_names().get(key, frozenset())
        sign = _VEHICLE_SIGNS.get(written.upper())
        if sign is not None and not (strict and len(written) == 1):
            return _Kind.CODE, frozenset({sign})
        if key.isdigit():
            return None
    found = _named(key, far)
    if found:
        return _Kind.NAME, found
    region = None if strict else _regions().get(key)
    return (_Kind.REGION, region) if region else None


def _named(key: str, far: bool) -> frozenset[str] | None:
    indexes = (_delegation_names, _colloquial_names, _abbreviation_names, _every_name)
    for candidate in dict.fromkeys((key, _ARTICLE.sub("", key))):
        for index in indexes if far else indexes[:3]:
            found = index().get(candidate)
            if found:
                return found
    return None


@cache
def _index() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(package_data(INDEX_FILE).read_text(encoding="utf-8"))
    return data


@cache
def _valid_codes() -> frozenset[str]:
    return frozenset(_by_code().values())


@cache
def _by_code() -> dict[str, str]:
    table: dict[str, str] = _index()["codes"]
    return table


@cache
def _delegation_names() -> dict[str, frozenset[str]]:
    return _by_name(_index()["names"])


@cache
def _regions() -> dict[str, frozenset[str]]:
    return _by_name(_index()["regions"])


def _by_name(names_by_code: dict[str, str]) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for code, names in names_by_code.items():
        for name in names.split("|"):
            table.setdefault(name, set()).add(code)
    return {name: frozenset(codes) for name, codes in table.items()}


def _by_code_of(table: dict[str, frozenset[str]]) -> dict[str, str]:
    """Folded name -> codes, written as code -> its names joined by '|': one line per country."""
    names: dict[str, list[str]] = {}
    for name, codes in sorted(table.items()):
        for code in codes:
            names.setdefault(code, []).append(name)
    return {code: "|".join(found) for code, found in sorted(names.items())}


def build_index() -> dict[str, Any]:
    """The shipped index, from the installed pycountry and Babel."""
    import babel
    import pycountry

    codes: dict[str, str] = {"xk": "XK", "xkx": "XK"}  # Kosovo: no ISO code yet; CLDR and phone books use XK
    for country in pycountry.countries:
        for code in (country.alpha_2, country.alpha_3, country.numeric):
            codes[code.lower()] = country.alpha_2
    valid = frozenset(codes.values())
    return {"babel": babel.__version__, "pycountry": _version("pycountry"), "codes": dict(sorted(codes.items())),
            "names": _by_code_of(_names_in(DELEGATION_LOCALES, valid)),
            "regions": _by_code_of(_region_names(REGION_LOCALES))}


def _version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def _names_in(locales: Iterable[str], valid: frozenset[str], iso: bool = True) -> dict[str, frozenset[str]]:
    """Folded country name -> the codes it names, in the CLDR (and ISO 3166) data of ``locales``."""
    entries: list[tuple[str, str, str]] = []
    for identifier in locales:
        entries += _cldr_names(identifier, valid)
        if iso:
            entries += _iso_names(identifier)
    return _trusted(entries)


def _cldr_names(identifier: str, valid: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(identifier).territories
    except (UnknownLocaleError, ValueError):
        return
    for code, name in territories.items():
        if code in valid:
            yield _key(name), code, _key(name)


def _iso_names(identifier: str) -> Iterator[tuple[str, str, str]]:
    """The short, official and common names of ISO 3166-1 as pycountry translates them (the
    official names give 'Bundesrepublik Deutschland', 'Rzeczpospolita Polska'), each with the
    country's short name in that language."""
    import pycountry

    translate = _translation("iso3166-1", identifier)
    for country in pycountry.countries:
        short = _key(translate(country.name))
        for name in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if name:
                yield _key(translate(name)), country.alpha_2, short


def _trusted(entries: list[tuple[str, str, str]]) -> dict[str, frozenset[str]]:
    """Folded name -> codes, from (name, code, the country's short name) entries. Where a name
    means two countries, an entry whose name does not share a stem with its country's short name
    is a translation slip and is dropped (pycountry's Slovak 'Slovenská republika' for the
    Gambia); if that leaves none, the name stays ambiguous."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for name, code, short in entries:
        if name:
            by_name.setdefault(name, []).append((code, short))
    table: dict[str, frozenset[str]] = {}
    for name, found in by_name.items():
        codes = frozenset(code for code, _ in found)
        if len(codes) > 1:
            codes = frozenset(code for code, short in found if _shares_stem(name, short)) or codes
        table[name] = codes
    return table


def _shares_stem(name: str, short: str) -> bool:
    return any(word[:4] in name for word in short.split() if len(word) >= 4) or short in name


@cache
def _translation(domain: str, identifier: str) -> Any:
    """pycountry's gettext for a language ('nb' is filed as 'nb_NO'); English has no file and
    keeps the names as they are."""
    import gettext
    import os

    import pycountry

    variants = sorted(name for name in os.listdir(pycountry.LOCALES_DIR) if name.startswith(identifier + "_"))
    for candidate in (identifier, *variants):
        try:
            return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[candidate]).gettext
        except OSError:
            continue
    return str


def _region_names(locales: Iterable[str]) -> dict[str, frozenset[str]]:
    """Folded name of a first-level subdivision (ISO 3166-2, in the languages of ``locales``) ->
    its country; ISO writes some names inverted ('Madrid, Comunidad de', 'Praha, Hlavní město'),
    whose first part is the name people write, and some in two languages ('Catalunya [Cataluña]')."""
    import pycountry

    table: dict[str, set[str]] = {}
    top = [region for region in pycountry.subdivisions if region.parent_code is None]
    for identifier in locales:
        translate = _translation("iso3166-2", identifier)
        for region in top:
            name = translate(region.name)
            bilingual = name.replace("]", "").split(" [")
            for written in (name, name.split(",")[0], *bilingual):
                if _key(written):
                    table.setdefault(_key(written), set()).add(region.country_code)
    return {name: frozenset(codes) for name, codes in table.items()}


@cache
def _colloquial_names() -> dict[str, frozenset[str]]:
    return {_key(name): frozenset({code}) for code, names in _COLLOQUIAL.items() for name in names}


@cache
def _abbreviation_names() -> dict[str, frozenset[str]]:
    return {_key(name): frozenset({code}) for code, names in _ABBREVIATIONS.items() for name in names}


@cache
def _every_name() -> dict[str, frozenset[str]]:
    every: dict[str, str] = json.loads(package_data(EVERY_FILE).read_text(encoding="utf-8"))["names"]
    return _by_name(every)


def build_every_index() -> dict[str, Any]:
    """Country names in every CLDR language, where they differ from the delegations' index.

    CLDR only: the ISO translations of every pycountry language would double its size, for
    official names in languages no delegation writes in. A language's regional variants
    ("fr_CA") name countries as the language does.
    """
    import babel
    from babel import localedata

    every = _names_in(tuple(i for i in localedata.locale_identifiers() if "_" not in i), _valid_codes(), iso=False)
    known = _delegation_names()
    extra = {name: codes for name, codes in every.items() if known.get(name) != codes}
    return {"babel": babel.__version__, "names": _by_code_of(extra)}


def _write_index(file: str, index: dict[str, Any]) -> None:
    lines = ",\n".join(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, indent=0)}" for key, value in index.items())
    package_data(file).write_text("{\n" + lines + "\n}\n", encoding="utf-8")
    sys.stdout.write(f"wrote {package_data(file)}\n")


if __name__ == "__main__":
    _write_index(INDEX_FILE, build_index())
    _index.cache_clear()
    _delegation_names.cache_clear()
    _write_index(EVERY_FILE, build_every_index())
