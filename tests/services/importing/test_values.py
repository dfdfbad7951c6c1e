"""Cell values as people write them in forms and paste them from mail programs: yes/no answers in
free text in the languages of Europe and its neighbours, e-mails with what a copy leaves around
them, phones a number cell mangled. An optional field c2c cannot read never refuses its row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c2c.config import package_data
from c2c.parsing import InvalidValue
from c2c.phones import parse_phone
from c2c.services import missions
from c2c.services.importing import ImportOptions, import_participants
from c2c.services.importing.normalise import (
    LostValue,
    Unanswered,
    normalise_email,
    read_yes_no,
    split_mailbox,
)
from c2c.text import fold
from tests.importing_helpers import store_with_mission, write_csv

YES_NO = {key: value for key, value in json.loads(package_data("yes_no.json").read_text(encoding="utf-8")).items()
          if not key.startswith("_")}
# the languages of Europe and its neighbours a delegation writes its forms in
LANGUAGES = ("en it fr de nl lb pl cs sk sl hr sr mk bg ru uk be ro hu fi et lv lt sv da no is el tr sq mt ga cy "
             "eu ca gl es pt hy ka az ar he").split()


def test_the_yes_no_words_cover_every_language_of_europe_and_its_neighbours() -> None:
    assert [code for code in LANGUAGES if not (YES_NO.get(code, {}).get("yes") and "no" in YES_NO[code])] == []


def test_no_word_is_two_answers() -> None:
    seen: dict[str, set[str]] = {}
    for language in YES_NO.values():
        for answer, words in language.items():
            for word in words:
                seen.setdefault(fold(word) or word, set()).add(answer)
    assert {word: answers for word, answers in seen.items() if len(answers) > 1} == {}


@pytest.mark.parametrize("language", sorted(YES_NO))
def test_every_word_of_a_language_answers_alone_and_as_the_start_of_a_sentence(language: str) -> None:
    for answer, value in (("yes", True), ("no", False)):
        for word in YES_NO[language][answer]:
            assert read_yes_no(word) is value, word
            if len(fold(word)) > 1:  # a mark or a lone letter begins no sentence
                assert read_yes_no(f"{word.capitalize()}, 3 min.") is value, word
    for word in YES_NO[language]["unknown"]:
        with pytest.raises(Unanswered, match="neither yes nor no yet"):
            read_yes_no(word)


@pytest.mark.parametrize(("text", "answer"), [
    ("Ja gärna", True), ("Yes, 3 min", True), ("yes please", True), ("Nej tack", False), ("ne hvala", False),
    ("Oui volontiers", True), ("Sì, certo", True), ("Tak, chętnie", True), ("Evet, 3 dk", True), ("ΝΑΙ", True),
    ("Да, конечно", True), ("Kyllä, 3 min", True), ("Jah", True), ("Taip", True), ("Jā", True),
    ("Nej, vi hoppar över pitchen", False), ("Hayır, teşekkürler", False), ("NO!", False), ("  x  ", True),
    ("No problem, happy to", True), ("1", True), ("0", False), ("", None),
])
def test_a_free_text_answer_answers_by_its_leading_phrase(text: str, answer: bool | None) -> None:
    assert read_yes_no(text) is answer


@pytest.mark.parametrize("text", ["maybe", "Tal vez", "Belki", "En tiedä vielä", "?", "TBD", "No sé todavía",
                                  "Nie wiem", "weiß nicht", "Non lo so", "Ne znam", "Δεν ξέρω"])
def test_an_answer_not_given_yet_is_unknown_not_no(text: str) -> None:
    with pytest.raises(Unanswered, match="neither yes nor no yet"):
        read_yes_no(text)


@pytest.mark.parametrize("text", ["blue", "V pondělí", "s přáteli", "3 min"])
def test_a_cell_that_answers_nothing_is_noted_never_an_error(text: str) -> None:
    with pytest.raises(Unanswered, match="is not yes or no"):
        read_yes_no(text)


@pytest.mark.parametrize("cell", [
    "mario@x.it;", "  MARIO@X.IT ; ", '"mario@x.it"', "<mario@x.it>", "Mario Rossi <mario@x.it>",
    '"Rossi, Mario" <mario@x.it>', "mailto:Mario@X.it", "ma\u200brio@x.it", "mario@x.it\u00a0", "mario@x.it.",
    "mario @ x . it", "E-mail: mario@x.it", "mario@x.it (work)", "mario@x.it mario@x.it", "'mario@x.it',",
])
def test_the_one_address_of_a_pasted_cell_is_read(cell: str) -> None:
    assert normalise_email(cell) == "mario@x.it"


@pytest.mark.parametrize("cell", ["mario@x.it; anna@x.it", "Mario <mario@x.it>, Anna <anna@x.it>", "mario@x.it / anna@x.it"])
def test_of_two_addresses_the_first_is_kept_and_the_second_noted(cell: str) -> None:
    with pytest.raises(LostValue, match="anna@x.it, left out") as kept:
        normalise_email(cell)
    assert kept.value.value == "mario@x.it"


@pytest.mark.parametrize(("cell", "reason"), [("anonymous", "no '@'"), ("mario(at)x.it", "no '@'"),
                                              ("mario@x", "domain has no dot")])
def test_a_cell_with_no_address_is_an_error(cell: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        normalise_email(cell)


@pytest.mark.parametrize(("cell", "region", "number"), [
    ("4561605068", "DK", "+4561605068"),  # a number cell that lost its '+'
    ("51618607", "DK", "+4551618607"),
    ("915551234", "HR", "+385915551234"),  # ... or its trunk 0
    ("'+90 532 123 45 67", "TR", "+905321234567"),  # a text cell Excel kept so
    ("0090 532 123 4567", "TR", "+905321234567"), ("+358 (0)40 1234567", "FI", "+358401234567"),
    ("3331234567", "IT", "+393331234567"),
])
def test_phones_a_number_cell_mangled_are_read_in_the_persons_country(cell: str, region: str, number: str) -> None:
    assert parse_phone(cell, region) == number


def test_a_list_with_cells_c2c_cannot_read_imports_every_named_person_with_notes(db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "svar.csv", [
        ["Förnamn", "Efternamn", "E-post", "Telefon", "Land", "Pitch"],
        ["Åsa", "Lindqvist", "ASA.LINDQVIST@VOLVO-VERKSTAD.SE;", "070-123 45 67", "Sverige", "Ja gärna"],
        ["Björn", "Öberg", "Björn Öberg <bjorn@oberg.se>; b.oberg@gmail.com", "12", "Atlantis", "maybe"],
        ["Karin", "Ek", "mailto:karin@ek.se", "", "SE", "Nej, vi hoppar över pitchen"],
    ])
    with store_with_mission(db_path, "SE").session() as session:
        report = import_participants(session, missions.get_mission(session, "test-mission"), path, ImportOptions())
    assert [(p["email"], p["phone"], p["country"], p["pitch"]) for p in report.participants] == [
        ("asa.lindqvist@volvo-verkstad.se", "+46701234567", "SE", True),
        ("bjorn@oberg.se", None, None, None),
        ("karin@ek.se", None, "SE", False),
    ]
    assert [(note.row, note.message) for note in report.notes if note.row == 3] == [
        (3, "column E-post: bjorn@oberg.se kept; the other address in the cell, b.oberg@gmail.com, left out"),
        (3, "column Land: unknown country 'Atlantis': use its ISO code (e.g. FR) or its name; left empty"),
        (3, "column Pitch: 'maybe' is neither yes nor no yet; left empty"),
        (3, "column Telefon: not a phone number: '12' has the wrong number of digits; left empty"),
    ]


@pytest.mark.parametrize(("cell", "name", "address"), [
    ("Sally Östberg <sally.ostberg@firm.se>", "Sally Östberg", "<sally.ostberg@firm.se>"),
    ('"Östberg, Sally" <sally@firm.se>', "Östberg, Sally", "<sally@firm.se>"),
    ("Mario Rossi (mario@x.it)", "Mario Rossi", "(mario@x.it)"), ("Berg, Anna - anna@x.se", "Berg, Anna", "anna@x.se"),
    ("Anna Berg", "Anna Berg", ""), ("mario@x.it", "", "mario@x.it"),
])
def test_a_name_pasted_from_a_mail_program_is_the_name_and_its_address(cell: str, name: str, address: str) -> None:
    assert split_mailbox(cell) == (name, address)


def test_names_pasted_with_their_addresses_give_both(db_path: Path, tmp_path: Path) -> None:
    """A list copied from a mail thread: 'Deltagare' holds 'Name <address>', and no e-mail column."""
    path = write_csv(tmp_path / "deltagare.csv", [
        ["Deltagare", "Företag", "Mobil"], ["Sally Östberg <sally.ostberg@firm.se>", "Firm AB", "073-104 48 54"],
        ['"Hansson, Oskar" <oskar@firm.se>', "Firm AB", "070 730 82 38"], ["Bo Ek <bo@ek.se>", "Ek HB", ""]])
    with store_with_mission(db_path, "SE").session() as session:
        report = import_participants(session, missions.get_mission(session, "test-mission"), path, ImportOptions())
    assert [(p["first_name"], p["last_name"], p["email"]) for p in report.participants] == [
        ("Sally", "Östberg", "sally.ostberg@firm.se"), ("Oskar", "Hansson", "oskar@firm.se"), ("Bo", "Ek", "bo@ek.se")]
    assert "column 'Deltagare': 3 e-mail address(es) written beside the names, read as their e-mails" in [
        note.message for note in report.notes]


@pytest.mark.parametrize(("cell", "country"), [("🇨🇭", "CH"), (" 🇫🇷 ", "FR"), ("🇪🇺", None)])
def test_a_flag_is_its_country(cell: str, country: str | None) -> None:
    from c2c.countries import country_code

    assert country_code(cell) == country


def test_an_extension_after_a_comma_is_left_out() -> None:
    assert parse_phone("0711 14330, Durchwahl 81", "DE") == "+4971114330"
