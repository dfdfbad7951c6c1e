"""Country names and codes to ISO 3166-1 alpha-2, from CLDR (Babel) and ISO 3166 (pycountry).

Attendee lists write a country as a code (``FR``, ``FRA``, ``250``) or as a name in the
writer's language (``Francia``, ``Frankreich``, ``Francja``, ``Francie``). Codes are ISO 3166
as pycountry ships it. A name is looked up, folded for case, accents and punctuation, first in
the CLDR territory names of the languages delegations write in, then in every CLDR locale
(loaded once, the first time a name is not found in those: under a second), and last in a
few colloquial names no standard lists (``England``, ``Holland``, ``USA``). A name that means
two countries in two languages is no answer.

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
from functools import cache
from typing import Any

from c2c.config import package_data
from c2c.text import fold

INDEX_FILE = "countries.json"

# the languages Cluster2Cluster delegations and their neighbours write in
DELEGATION_LOCALES = ("en", "it", "fr", "de", "pl", "cs", "sk", "sl", "hr", "hu", "ro", "es", "pt", "nl",
                      "da", "sv", "fi", "nb", "el", "bg", "lt", "lv", "et", "ca")
# names people use that CLDR and ISO do not carry (short forms, a part for the whole, old names)
_COLLOQUIAL = {
    "GB": ("UK", "Great Britain", "England", "Scotland", "Wales", "Gran Bretagna", "Inghilterra", "Scozia",
           "Angleterre", "Grande-Bretagne", "Écosse", "Großbritannien", "Schottland", "Anglia", "Anglie",
           "Inglaterra", "Gran Bretaña", "Groot-Brittannië", "Engeland"),
    "US": ("U.S.A.", "U.S.", "America", "Stati Uniti d'America", "États-Unis d'Amérique", "EEUU"),
    "NL": ("Olanda", "Hollande", "Holanda"),
    "DE": ("BRD", "RFT"),
    "CZ": ("Repubblica Ceca", "République tchèque", "Tschechische Republik", "Republika Czeska", "República Checa",
           "Tsjechische Republiek"),
    "TR": ("Turkey",),
    "CH": ("Confederazione Svizzera", "Confédération suisse", "Schweizerische Eidgenossenschaft"),
    "MC": ("Principato di Monaco", "Principauté de Monaco"),
    "VA": ("Vaticano", "Vatican"),
}
# "the Netherlands", "la Suisse", "die Schweiz": a leading article is not part of the name
_ARTICLE = re.compile(r"^(the|la|le|les|l|il|lo|gli|die|der|das|de|het|el|los|las|o|os|a|as) ")


def _key(text: str) -> str:
    """``fold`` for Latin names; for other scripts (Γαλλία, Франция) the letters, without case or accents."""
    folded = fold(text)
    if folded or not text.strip():
        return folded
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", bare))


def country_code(text: str, every_language: bool = True) -> str | None:
    """'Schweiz', 'DEU', 'Francja', '380', 'CH' -> 'CH', 'DE', 'FR', 'IT', 'CH'; None when unknown.

    ``every_language=False`` leaves out the names of the languages no delegation writes in, whose
    first lookup loads all of CLDR (a guess about a column of company names should not)."""
    key = _key(text)
    if not key:
        return None
    if key.isdigit() or (key.isalpha() and len(key) in (2, 3)):
        code = _by_code().get(key)
        if code is not None or key.isdigit():
            return code
    for candidate in dict.fromkeys((key, _ARTICLE.sub("", key))):
        for index in (_delegation_names, _colloquial_names, _every_name)[:3 if every_language else 2]:
            found = index().get(candidate)
            if found:
                return next(iter(found)) if len(found) == 1 else None
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
    return {name: frozenset(codes) for name, codes in _index()["names"].items()}


def build_index() -> dict[str, Any]:
    """The shipped index, from the installed pycountry and Babel."""
    import babel
    import pycountry

    codes: dict[str, str] = {"xk": "XK", "xkx": "XK"}  # Kosovo: no ISO code yet; CLDR and phone books use XK
    for country in pycountry.countries:
        for code in (country.alpha_2, country.alpha_3, country.numeric):
            codes[code.lower()] = country.alpha_2
    names = {name: set(found) for name, found in _names_in(DELEGATION_LOCALES, frozenset(codes.values())).items()}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if name:
                names.setdefault(_key(name), set()).add(country.alpha_2)
    return {"babel": babel.__version__, "pycountry": _version("pycountry"), "codes": dict(sorted(codes.items())),
            "names": {name: sorted(found) for name, found in sorted(names.items())}}


def _version(distribution: str) -> str:
    from importlib.metadata import version

    return version(distribution)


def _names_in(locales: tuple[str, ...], valid: frozenset[str]) -> dict[str, frozenset[str]]:
    """Folded territory name -> the codes it names, in the CLDR data of ``locales``."""
    from babel import Locale, UnknownLocaleError

    table: dict[str, set[str]] = {}
    for identifier in locales:
        try:
            territories = Locale.parse(identifier).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if code in valid:
                table.setdefault(_key(name), set()).add(code)
    return {name: frozenset(codes) for name, codes in table.items()}


@cache
def _colloquial_names() -> dict[str, frozenset[str]]:
    return {_key(name): frozenset({code}) for code, names in _COLLOQUIAL.items() for name in names}


@cache
def _every_name() -> dict[str, frozenset[str]]:
    from babel import localedata

    # a language's regional variants ("fr_CA") name countries as the language does
    return _names_in(tuple(i for i in localedata.locale_identifiers() if "_" not in i), _valid_codes())


if __name__ == "__main__":
    package_data(INDEX_FILE).write_text(json.dumps(build_index(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {package_data(INDEX_FILE)}\n")
