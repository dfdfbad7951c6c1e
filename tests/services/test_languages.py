import string

import pytest

from c2c.parsing import LANGUAGES
from c2c.services.languages import block_title, labels, ordinal, person_language, translate


@pytest.mark.parametrize(("own", "country", "mission", "expected"), [
    ("it", "FR", "fr", "it"),  # the person's own language first
    (" DE ", None, "fr", "de"),
    (None, "IT", "fr", "it"),  # else their country's (CLDR): the Italians of a Lyon mission
    (None, "PL", "it", "pl"),
    (None, "CH", "it", "de"),  # the most spoken official language c2c writes
    (None, "BE", "it", "fr"),  # Dutch has no catalogue: the next official language
    (None, "CZ", "fr", "fr"),  # no catalogue for Czech: the mission's
    ("pt", None, "es", "es"),
    (None, None, "xx", "en"),
])
def test_person_language(own: str | None, country: str | None, mission: str, expected: str) -> None:
    assert person_language(own, country, mission) == expected


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_catalogue_has_every_label_with_the_same_fields() -> None:
    english = labels("en")
    for lang in LANGUAGES:
        assert labels(lang).keys() == english.keys(), lang
        assert all(_fields(labels(lang)[k]) == _fields(english[k]) for k in english), lang
    assert translate("meeting", "pl", counterpart="Avioparts") == "B2B z Avioparts"
    assert translate("table", "xx") == "Table"


def test_standard_programme_titles_are_translated_and_the_coordinators_own_are_kept() -> None:
    assert block_title("Coffee break", "fr") == "Pause café"
    assert block_title("Welcome — Lombardia Aerospace Cluster", "it") == "Benvenuto — Lombardia Aerospace Cluster"
    assert block_title("Visite chez Daher", "de") == "Visite chez Daher"
    assert [ordinal(1, lang) for lang in ("en", "it", "fr", "de", "pl", "es")] == ["1st", "1°", "1er", "1.", "1.", "1.º"]
