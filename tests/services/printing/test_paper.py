import datetime as dt

import pytest

from c2c.exporters.badges import badges_per_sheet, vcard
from c2c.exporters.paper import Heading, long_date, paper_for
from c2c.exporters.words import words
from c2c.services.printing.people import Attendee


@pytest.mark.parametrize(("country", "paper"), [("US", "Letter"), ("ca", "Letter"), ("MX", "Letter"), ("FR", "A4"),
                                                ("PL", "A4"), ("IT", "A4"), (None, "A4"), ("", "A4")])
def test_the_paper_is_the_mission_country_s(country: str | None, paper: str) -> None:
    assert paper_for(country) == paper


def test_dates_and_headers_are_in_the_reader_s_language() -> None:
    day = dt.date(2019, 5, 16)
    assert long_date(day, "fr") == "jeudi 16 mai 2019"
    assert long_date(day, "it") == "giovedì 16 maggio 2019"
    assert long_date(day, "de") == "Donnerstag, 16. Mai 2019"
    assert words("it")["company"] == "Azienda"
    assert words("pl")["company"] == "Company"  # a language c2c does not speak: English


def test_badges_fill_a_sheet_of_either_paper() -> None:
    assert badges_per_sheet(Heading("M", "d", paper="A4")) == (2, 5)
    assert badges_per_sheet(Heading("M", "d", paper="Letter")) == (2, 4)


def test_the_badge_qr_code_holds_the_person_s_vcard_with_every_accent() -> None:
    person = Attendee("Benoît-Étienne", "Marchal", "Aérocomposites Dauphiné", "AAR", "Directeur; technique",
                      "be.marchal@example.fr", "+33612345678")
    card = vcard(person)
    assert "BEGIN:VCARD" in card
    assert "N:Marchal;Benoît-Étienne" in card
    assert "FN:Benoît-Étienne Marchal" in card
    assert "ORG:Aérocomposites Dauphiné" in card
    assert "TITLE:Directeur\\; technique" in card  # escaped, not a new field
    assert "TEL:+33612345678" in card
    assert "EMAIL:be.marchal@example.fr" in card
