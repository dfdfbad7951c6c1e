"""Countries from codes and from names in any language CLDR knows, one rule everywhere."""

from __future__ import annotations

import pytest

from c2c import countries
from c2c.countries import country_code


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
])
def test_country_code(text: str, code: str | None) -> None:
    assert country_code(text) == code


def test_every_country_is_found_by_its_name_in_every_delegation_language() -> None:
    """Composed from the data itself: each country x each language CLDR names it in."""
    from babel import Locale

    missed, ambiguous = [], []
    for locale in countries.DELEGATION_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if code not in countries._valid_codes():
                continue
            found = country_code(name)
            if found is None and len(countries._delegation_names().get(countries._key(name), ())) > 1:
                ambiguous.append(f"{locale}:{name}")
            elif found != code:
                missed.append(f"{locale}:{name} -> {found}, not {code}")
    assert missed == []
    assert len(ambiguous) < 10, ambiguous  # a name that means two countries in two languages is no answer


def test_the_colloquial_names_are_only_those_no_standard_lists() -> None:
    known = countries._delegation_names()
    already = [(code, name) for code, names in countries._COLLOQUIAL.items() for name in names
               if code in known.get(countries._key(name), frozenset())]
    assert already == []


def test_an_unknown_name_is_refused_in_one_line() -> None:
    from c2c import parsing

    with pytest.raises(parsing.InvalidValue, match="unknown country 'Atlantide'"):
        parsing.parse_country("Atlantide")
    assert parsing.parse_country("Francja") == "FR"


def test_the_shipped_index_is_what_babel_and_pycountry_give() -> None:
    """The index is a cache of library data: rebuilt from the installed libraries, it must agree.

    A newer CLDR may rename a few territories; on another library version the names need only
    agree almost everywhere (rebuild with: python -m c2c.countries).
    """
    shipped, built = countries._index(), countries.build_index()
    assert shipped["codes"] == built["codes"]
    if (shipped["babel"], shipped["pycountry"]) == (built["babel"], built["pycountry"]):
        assert shipped["names"] == built["names"], "rebuild the index with: python -m c2c.countries"
    else:
        same = sum(built["names"].get(name) == codes for name, codes in shipped["names"].items())
        assert same >= 0.99 * len(shipped["names"])
