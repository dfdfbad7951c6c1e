"""Countries from codes, names, official names and abbreviations in any language CLDR and ISO
know, and from cells holding more than a country: one rule everywhere."""

from __future__ import annotations

import json
import os
import random
import unicodedata
from collections.abc import Callable
from functools import cache

import pytest

from c2c import countries
from c2c.countries import country_code
from tests.conftest import Invoke

SEED = int(os.environ.get("C2C_COUNTRIES_SEED", "18"))
CASES = 600


@pytest.mark.parametrize(("text", "code"), [
    ("FR", "FR"), ("fr", "FR"), ("FRA", "FR"), ("250", "FR"), ("DEU", "DE"), ("276", "DE"), ("CHE", "CH"),
    ("Francia", "FR"), ("Frankreich", "FR"), ("Francja", "FR"), ("Francie", "FR"), ("la France", "FR"),
    ("Niemcy", "DE"), ("Německo", "DE"), ("Alemania", "DE"), ("Duitsland", "DE"), ("Alemanha", "DE"),
    ("Szwajcaria", "CH"), ("Švýcarsko", "CH"), ("Suiza", "CH"), ("die Schweiz", "CH"), ("Svizzera", "CH"),
    ("Włochy", "IT"), ("Itálie", "IT"), ("ITALIA", "IT"), (" italia ", "IT"), ("Polska", "PL"), ("Pologne", "PL"),
    ("Dolny Śląsk", None), ("Österreich", "AT"), ("Rakousko", "AT"), ("Kanada", "CA"), ("Česko", "CZ"),
    ("Hrvatska", "HR"), ("Magyarország", "HU"), ("Γαλλία", "FR"), ("Франция", "FR"), ("The Netherlands", "NL"),
    ("Nederland", "NL"), ("Holland", "NL"), ("UK", "GB"), ("England", "GB"), ("Regno Unito", "GB"),
    ("USA", "US"), ("Stati Uniti", "US"), ("Türkiye", "TR"), ("Turkey", "TR"), ("Czech Republic", "CZ"),
    ("Kosovo", "XK"), ("Atlantide", None), ("ZZ", None), ("999", None), ("", None), ("  ", None),
    # official and long forms in the local language (pycountry's ISO 3166 translations)
    ("Slovenská republika", "SK"), ("Česká republika", "CZ"), ("Rzeczpospolita Polska", "PL"),
    ("Bundesrepublik Deutschland", "DE"), ("Republik Österreich", "AT"), ("République française", "FR"),
    ("Repubblica Italiana", "IT"), ("Reino de España", "ES"), ("Koninkrijk der Nederlanden", "NL"),
    ("Royaume de Belgique", "BE"), ("Confédération suisse", "CH"), ("Schweizerische Eidgenossenschaft", "CH"),
    # abbreviations and vehicle signs; a code is written as one
    ("ČR", "CZ"), ("čr", "CZ"), ("BRD", "DE"), ("RFA", "DE"), ("SRN", "DE"), ("D", "DE"), ("a", "AT"), ("I", "IT"),
    ("E", "ES"), ("H", "HU"), ("SLO", "SI"), ("CDN", "CA"),
    # more than a country in the cell
    ("Québec, Canada", "CA"), ("Belgique / België", "BE"), ("Lyon (France)", "FR"), ("Milano - Italia", "IT"),
    ("IT - Italia", "IT"), ("Deutschland (DE)", "DE"), ("Suisse/Schweiz", "CH"), ("Brno, ČR", "CZ"),
    ("Guinea-Bissau", "GW"), ("Korea, Republic of", "KR"), ("Bosnia-Herzegovina", "BA"),
    # a first-level region (ISO 3166-2) is its country, when no country has that name
    ("Québec", "CA"), ("Lombardia", "IT"), ("Lombardei", "IT"), ("Baden-Württemberg", "DE"), ("Dolnośląskie", "PL"),
    ("Auvergne-Rhône-Alpes", "FR"), ("Genf", "CH"), ("Praha", "CZ"), ("Bayern (DE)", "DE"), ("Georgia", "GE"),
])
def test_country_code(text: str, code: str | None) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize(("text", "why"), [
    ("SR", "Suriname's code, and Slovensko in Czech and Slovak lists"),
    ("CR", "Costa Rica's code, and ČR written without its háček"),
    ("Kongo", "both Congos"),
    ("France / Italia", "two countries"), ("Deutschland, Österreich", "two countries"), ("D / A", "two signs"),
    ("Italia - FR", "a name and a code that disagree"),
    ("Georgia, USA", "a country's name beside another country"),
    ("Bergamo (BG)", "a code beside an unknown word: an Italian province as often as a country"),
    ("Lyon (FR)", "the same rule"), ("Milano", "a city: no city table"), ("N/A", "no country"),
])
def test_what_could_be_two_countries_is_refused(text: str, why: str) -> None:
    assert country_code(text) is None, why


@pytest.mark.parametrize(("text", "code"), [
    ("Francja", "FR"), ("BRD", "DE"), ("ČR", "CZ"), ("Bundesrepublik Deutschland", "DE"), ("SLO", "SI"),
    ("F", None), ("M", None), ("Lombardia", None), ("Lyon (France)", None), ("Atlantide", None),
])
def test_the_strict_reading_for_guessing_a_column_takes_whole_cells_names_and_codes(text: str, code: str | None) -> None:
    assert country_code(text, every_language=False) == code


# --- seeded composition: country x language x form x decoration --------------------------------

COMPOSED = ("IT", "FR", "CH", "DE", "PL", "CZ", "SK", "AT", "BE", "NL", "ES", "PT", "CA", "HU", "SI", "HR", "RO")
LANGUAGES = ("en", "it", "fr", "de", "pl", "cs", "sk", "es", "nl", "pt", "hu", "sl", "hr", "ro")
# a city of each country that is no region or country name anywhere: the cell's noise
CITIES = {"IT": "Bergamo", "FR": "Lyon", "CH": "Lugano", "DE": "Stuttgart", "PL": "Wrocław", "CZ": "Brno",
          "SK": "Košice", "AT": "Linz", "BE": "Gent", "NL": "Eindhoven", "ES": "Sevilla", "PT": "Braga",
          "CA": "Montréal", "HU": "Debrecen", "SI": "Kranj", "HR": "Split", "RO": "Cluj-Napoca"}


@cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(language).territories)


@cache
def _official(language: str, code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    name = getattr(country, "official_name", None) or country.name
    return str(countries._translation("iso3166-1", language)(name))


def _abbreviations(code: str) -> list[str]:
    written = [a for a in countries._ABBREVIATIONS.get(code, ()) if a != "SR"]
    return written + [sign for sign, country in countries._VEHICLE_SIGNS.items() if country == code]


@cache
def _regions(code: str) -> list[str]:
    """The country's first-level regions whose name is no other country's region nor any country's name."""
    import pycountry

    names = [region.name for region in pycountry.subdivisions.get(country_code=code) or []
             if region.parent_code is None]
    return [name for name in names if countries._regions().get(countries._key(name)) == frozenset({code})
            and not countries._delegation_names().get(countries._key(name))]


def _without_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _compose(rng: random.Random) -> tuple[str, str, str]:
    """A cell, the country it names, and how it was made."""
    import pycountry

    code, language = rng.choice(COMPOSED), rng.choice(LANGUAGES)
    country = pycountry.countries.get(alpha_2=code)
    forms: dict[str, Callable[[], str]] = {
        "alpha-2": lambda: rng.choice((code, code.lower())), "alpha-3": lambda: country.alpha_3,
        "numeric": lambda: country.numeric, "short": lambda: _territories(language)[code],
        "official": lambda: _official(language, code), "abbreviation": lambda: rng.choice(_abbreviations(code)),
    }
    form = rng.choice([f for f in forms if f != "abbreviation" or _abbreviations(code)])
    cell = forms[form]()
    named = form in ("short", "official") or (form == "abbreviation" and len(cell) > 1 and not cell.isascii())
    if named and rng.random() < 0.5:  # an abbreviation keeps its accents: 'CR' is Costa Rica's code
        cell = rng.choice((cell.upper(), cell.lower(), *([_without_accents(cell)] if form != "abbreviation" else [])))
    decorations = ["plain", "code beside", "bilingual"] + (["city", "region"] if named else [])
    decoration = rng.choice(decorations)
    if decoration == "code beside":
        cell = rng.choice((f"{cell} ({code})", f"{code} - {cell}", f"{cell} / {country.alpha_3}"))
    elif decoration == "bilingual":
        other = _territories(rng.choice(LANGUAGES))[code]
        cell = rng.choice((f"{cell} / {other}", f"{other}; {cell}", f"{cell} ({other})"))
    elif decoration in ("city", "region") and (decoration == "city" or _regions(code)):
        place = CITIES[code] if decoration == "city" else rng.choice(_regions(code))
        cell = rng.choice((f"{place}, {cell}", f"{place} ({cell})", f"{place} - {cell}", f"{cell} [{place}]"))
    return cell, code, f"{code} {language} {form} {decoration}"


def test_composed_cells_name_their_country() -> None:
    rng = random.Random(SEED)
    wrong = []
    for _ in range(CASES):
        cell, code, how = _compose(rng)
        if (found := country_code(cell)) != code:
            wrong.append(f"{cell!r} ({how}) -> {found}")
    assert wrong == [], f"seed {SEED} (C2C_COUNTRIES_SEED): {len(wrong)} of {CASES} wrong"


def test_every_country_is_found_by_its_name_in_every_delegation_language() -> None:
    """Composed from the data itself: each country x each language CLDR names it in."""
    missed, ambiguous = [], []
    for locale in countries.DELEGATION_LOCALES:
        for code, name in _territories(locale).items():
            if code not in countries._valid_codes():
                continue
            found = country_code(name)
            if found is None and len(countries._delegation_names().get(countries._key(name), ())) > 1:
                ambiguous.append(f"{locale}:{name}")
            elif found != code:
                missed.append(f"{locale}:{name} -> {found}, not {code}")
    assert missed == []
    assert len(ambiguous) < 10, ambiguous  # a name that means two countries in two languages is no answer


def test_every_official_name_is_found_in_every_delegation_language() -> None:
    import pycountry

    # pycountry's Slovak and Catalan files give the Gambia the name of Slovakia and of Zambia
    slips = {"sk:GM", "ca:GM"}
    read = {f"{locale}:{c.alpha_2}": (country_code(_official(locale, c.alpha_2)), c.alpha_2)
            for locale in countries.DELEGATION_LOCALES for c in pycountry.countries}
    missed = [case for case, (found, code) in read.items() if found not in (code, None) and case not in slips]
    refused = [case for case, (found, _) in read.items() if found is None]
    assert missed == []
    assert len(refused) < 10, refused  # names that two countries share in some language


def test_a_translation_slip_does_not_make_a_name_ambiguous() -> None:
    """pycountry's Slovak file calls the Gambia 'Slovenská republika': the name has no stem of 'Gambia'."""
    assert countries._delegation_names()["slovenska republika"] == frozenset({"SK"})


def test_the_tables_hold_only_what_no_standard_lists() -> None:
    known = countries._delegation_names()
    already = [(code, name) for code, names in countries._COLLOQUIAL.items() for name in names
               if code in known.get(countries._key(name), frozenset())]
    named = [name for names in countries._ABBREVIATIONS.values() for name in names if known.get(countries._key(name))]
    # a vehicle sign that is an ISO code or a name would be read as that, never as the sign
    signs = [sign for sign in countries._VEHICLE_SIGNS if sign.lower() in countries._by_code() or known.get(sign.lower())]
    abbreviations = [countries._key(n) for names in countries._ABBREVIATIONS.values() for n in names]
    assert (already, named, signs) == ([], [], [])
    assert len(abbreviations) == len(set(abbreviations))
    # the only abbreviations that are also codes, hence refused: 'SR' and 'ČR' without its háček
    assert sorted(a for a in abbreviations if a in countries._by_code()) == ["cr", "sr"]


def test_an_unknown_name_is_refused_in_one_line() -> None:
    from c2c import parsing

    with pytest.raises(parsing.InvalidValue, match="unknown country 'Atlantide'"):
        parsing.parse_country("Atlantide")
    assert parsing.parse_country("Francja") == "FR"


@pytest.mark.parametrize(("text", "message"), [
    ("SR", "country 'SR' could be Slovakia (SVK) or Suriname (SUR)"),
    ("Deutschland, Österreich", "country 'Deutschland, Österreich' could be Austria (AUT) or Germany (DEU)"),
])
def test_a_cell_that_could_be_two_countries_is_refused_naming_them(text: str, message: str) -> None:
    from c2c import parsing

    with pytest.raises(parsing.InvalidValue) as refusal:
        parsing.parse_country(text)
    assert str(refusal.value) == f"{message}: write the one meant, by name or by its three-letter code"


def test_the_shipped_index_is_what_babel_and_pycountry_give() -> None:
    """The index is a cache of library data: rebuilt from the installed libraries, it must agree.

    A newer CLDR may rename a few territories; on another library version the names need only
    agree almost everywhere (rebuild with: python -m c2c.countries).
    """
    shipped, built = countries._index(), countries.build_index()
    assert shipped["codes"] == built["codes"]
    for table, reading in (("names", countries._delegation_names), ("regions", countries._regions)):
        rebuilt = countries._by_name(built[table])
        if (shipped["babel"], shipped["pycountry"]) == (built["babel"], built["pycountry"]):
            assert shipped[table] == built[table], "rebuild the index with: python -m c2c.countries"
        else:
            same = sum(rebuilt.get(name) == codes for name, codes in reading().items())
            assert same >= 0.99 * len(reading())


def test_the_command_line_reads_countries_by_the_same_rule(invoke: Invoke) -> None:
    refused = invoke("cluster", "add", "Slovak Aerospace Cluster", "--country", "SR")
    assert refused.exit_code == 2
    assert refused.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--country': country 'SR' could be Slovakia (SVK) or Suriname (SUR): "
        "write the one meant, by name or by its three-letter code")
    assert invoke("cluster", "add", "Slovak Aerospace Cluster", "--country", "Slovenská republika").exit_code == 0
    assert invoke("cluster", "add", "Swiss Aerospace Cluster", "--country", "Genève (Suisse)").exit_code == 0
    listed = json.loads(invoke("cluster", "list", "--format", "json").stdout)
    assert sorted(c["country"] for c in listed) == ["CH", "SK"]


@pytest.mark.parametrize(("text", "code"), [("Catalunya", "ES"), ("Cataluña", "ES"), ("Republic of Ireland", "IE"),
                                            ("Grand-Duché de Luxembourg", "LU"), ("Göteborg, Sverige", "SE")])
def test_regions_in_two_languages_and_long_forms(text: str, code: str) -> None:
    assert country_code(text) == code


def test_the_every_language_index_knows_the_names_of_any_cldr_language() -> None:
    """The second index caches every CLDR language's names (rebuilt with python -m c2c.countries);
    rebuilding it whole takes seconds, so a seeded sample of languages is checked against it."""
    import random

    from babel import Locale, localedata

    languages = sorted(i for i in localedata.locale_identifiers() if "_" not in i)
    sample = random.Random(2018).sample(languages, 12)
    valid = countries._valid_codes()
    named = [(countries._key(name), code) for language in sample
             for code, name in Locale.parse(language).territories.items() if code in valid]
    found = sum(code in (countries._delegation_names().get(key) or countries._every_name().get(key) or ())
                for key, code in named)
    assert found >= 0.99 * len(named), sample
