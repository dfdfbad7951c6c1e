"""Text lists in whatever a spreadsheet program writes: encodings, byte order marks, line endings.

Seeded composition: each import case picks an encoding (with or without its byte order mark), a line
ending and a delimiter, and people whose names that encoding can hold; the import must read every
name as written. The decision itself is checked on lists of real names, companies and cities of
20 countries in every code page their offices write (tests/encoding_samples.py); benchmarks/encodings.py
measures its accuracy over thousands of them.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from c2c.services import missions
from c2c.services.importing import ImportOptions, import_participants
from c2c.services.importing.encodings import (
    ALPHABETS,
    decode,
    decode_text,
    rank_code_pages,
    sample_words,
)
from c2c.services.importing.limits import LimitExceeded
from c2c.services.importing.plan import plan_import
from c2c.services.participants import participant_rows
from c2c.store.reading import session_reader
from tests.encoding_samples import ENCODINGS as CODE_PAGES, sample
from tests.importing_helpers import store_with_mission

REGRESSIONS = Path(__file__).parents[2] / "data" / "encodings"

NAMES = [("Małgorzata", "Wiśniewska"), ("Jiří", "Dvořák"), ("Benoît-Étienne", "Lévêque"), ("Jörg", "Müller"),
         ("Niccolò", "Della Valle"), ("Zoë", "Noël"), ("José", "Muñoz"), ("Łukasz", "Żółkiewski"),
         ("Ágnes", "Szőke"), ("Søren", "Ærø"), ("Anna", "Rossi"), ("Marie-Ève", "Côté")]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "cp1250", "mac_roman", "cp852"]
ENDINGS = ["\r\n", "\n", "\r"]


def _fits(encoding: str, *texts: str) -> bool:
    try:
        for text in texts:
            text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("seed", range(18))
def test_a_text_list_reads_in_any_encoding_and_line_ending(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    encoding = ENCODINGS[seed % len(ENCODINGS)]
    ending, delimiter = rng.choice(ENDINGS), rng.choice([",", ";", "\t"])
    people = [n for n in NAMES if _fits(encoding, *n)]
    people = rng.sample(people, min(len(people), rng.randint(3, 6)))
    lines = [delimiter.join(["Nome", "Cognome", "Azienda"])]
    lines += [delimiter.join([first, last, f"Ditta {i}"]) for i, (first, last) in enumerate(people)]
    path = tmp_path / "lista.csv"
    path.write_bytes(ending.join(lines).encode(encoding) + ending.encode(encoding) * rng.randint(0, 1))
    store = store_with_mission(tmp_path / "store.db", "IT")
    try:
        with store.session() as session:
            mission = missions.get_mission(session, "test-mission")
            import_participants(session, mission, path, ImportOptions())
            stored = participant_rows(session_reader(session), mission.id or 0)
    finally:
        store.dispose()
    assert [(r["first_name"], r["last_name"]) for r in stored] == people, f"seed {seed}: {encoding} {ending!r}"


@pytest.mark.parametrize("text", ["Nome\tCognome\nJiří\tDvořák\n", "Име\tФамилия\nБонислав\tКаракашев\n",
                                  "Όνομα;Επώνυμο\nΧρυσαυγή;Δαΐκου\n"])
def test_utf16_without_its_byte_order_mark(text: str) -> None:
    assert decode_text(text.encode("utf-16-le")) == text
    assert decode_text(text.encode("utf-16-be")) == text


def test_a_word_mixing_scripts_is_a_misreading() -> None:
    data = "Vorname;Nachname\nJörg;Müller\nBärbel;Schäfer\n".encode("cp1252")
    assert decode(data, ["BG"])[0] == data.decode("cp1252")  # not 'Mьller' though the mission is Bulgarian


def test_a_field_the_csv_reader_cannot_hold_is_one_line_naming_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    path.write_text("Nome,Cognome,Note\nMario,Rossi,ok\nAnna,Bianchi," + "x" * 200_000 + "\n", encoding="utf-8")
    store = store_with_mission(tmp_path / "store.db", "IT")
    try:
        with store.session() as session, pytest.raises(LimitExceeded) as refused:
            import_participants(session, missions.get_mission(session, "test-mission"), path, ImportOptions())
    finally:
        store.dispose()
    assert refused.value.message == "enorme.csv, line 3: a cell longer than 10,000 characters (a quote left open?)"


@pytest.mark.parametrize("encoding", CODE_PAGES)
def test_lists_in_a_code_page_read_back_exactly_or_say_it_was_a_guess(encoding: str) -> None:
    rng = random.Random(f"test-{encoding}")
    exact = 0
    for index in range(6):  # short lists, few of them: benchmarks/encodings.py measures thousands
        case = sample(rng, encoding, rows=(3, 15))
        text, decoding = decode(case.data, [case.country])
        exact += text == case.text
        assert text == case.text or decoding.note, f"{encoding} list {index}: read as {decoding.encoding}, unnoted"
    assert exact >= 5, f"{encoding}: {exact} of 6 read exactly"  # ~97 % over thousands


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.csv")), ids=lambda p: p.stem)
def test_lists_once_misread_read_exactly(path: Path) -> None:
    country = path.stem.split("_")[0].upper()
    expected = path.with_name(path.stem + ".expected.txt").read_bytes().decode("utf-8")
    assert decode(path.read_bytes(), [country])[0] == expected


def test_the_mission_country_breaks_a_true_tie() -> None:
    data = "Ime;Priimek\r\nMarko;Kočar\r\n".encode("cp1250")  # Kočar in cp1250 is Koèar in cp1252
    (first, first_score), (second, second_score) = rank_code_pages(sample_words(data))[:2]
    assert {first, second} == {"cp1252", "cp1250"}
    assert first_score == second_score
    assert decode(data, ["SI"])[0] == "Ime;Priimek\r\nMarko;Kočar\r\n"
    assert decode(data, ["IT"])[0] == "Ime;Priimek\r\nMarko;Koèar\r\n"
    assert decode(data, ["SI"])[1].note == ("read as Windows Central European (cp1250), not Windows Western (cp1252); "
                                            "if names look wrong, save the file as UTF-8")


def test_a_plain_reading_needs_no_note() -> None:
    data = "Imię;Nazwisko\nŁukasz;Wrocławski\nBożena;Dąbrowska\n".encode("cp1250")
    text, decoding = decode(data)
    assert text == data.decode("cp1250")
    assert (decoding.encoding, decoding.note) == ("cp1250", None)


@pytest.mark.parametrize("text", ["Nome;Cognome\nMario;Rossi\n", "Nom;Prénom\nCôté;Zoë\nŁukasz;Żółkiewski\n"])
def test_ascii_and_utf8_are_read_as_utf8_untouched(text: str) -> None:
    assert decode(text.encode("utf-8"), ["PL"]) == (text, decode(text.encode("utf-8"))[1])
    assert decode(text.encode("utf-8"))[1].encoding == "utf-8"


def test_every_alphabet_holds_the_letters_its_cldr_locale_writes_with() -> None:
    from collections import Counter

    from babel import Locale

    for language in ("pl", "cs", "sk", "hu", "sl", "hr", "de", "fr", "es", "pt", "sv", "lt", "lv", "et",
                     "tr", "el", "bg", "ru", "uk", "mk", "be"):
        locale = Locale.parse(language)
        names = [*locale.territories.values(), *locale.languages.values()]
        letters = Counter(c for name in names for c in name.lower() if ord(c) > 127 and c.isalpha())
        common = {c for c, n in letters.items() if n >= 0.05 * sum(letters.values())}
        assert common <= set(ALPHABETS[language]), f"{language}: {sorted(common - set(ALPHABETS[language]))}"


def test_a_close_guess_is_a_note_in_the_import_report(tmp_path: Path) -> None:
    path = tmp_path / "seznam.csv"
    path.write_bytes("Nome;Cognome;Azienda\r\nMarko;Kočar;Gorenje\r\n".encode("cp1250"))
    store = store_with_mission(tmp_path / "store.db", "SI")
    try:
        with store.session() as session:
            report = plan_import(session, missions.get_mission(session, "test-mission"), path, ImportOptions()).report
    finally:
        store.dispose()
    assert report.participants[0]["last_name"] == "Kočar"
    assert [n.message for n in report.notes if "cp1250" in n.message] == [
        "read as Windows Central European (cp1250), not Windows Western (cp1252); "
        "if names look wrong, save the file as UTF-8"]
