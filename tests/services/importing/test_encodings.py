"""Text lists in whatever a spreadsheet program writes: encodings, byte order marks, line endings.

Seeded composition: each case picks an encoding (with or without its byte order mark), a line
ending and a delimiter, and people whose names that encoding can hold; the import must read every
name as written.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from c2c.services import missions
from c2c.services.importing import ImportFileError, ImportOptions, import_participants
from c2c.services.importing.encodings import decode_text
from c2c.services.participants import participant_rows
from c2c.store.reading import session_reader
from tests.importing_helpers import store_with_mission

NAMES = [("Małgorzata", "Wiśniewska"), ("Jiří", "Dvořák"), ("Benoît-Étienne", "Lévêque"), ("Jörg", "Müller"),
         ("Niccolò", "Della Valle"), ("Zoë", "Noël"), ("José", "Muñoz"), ("Łukasz", "Żółkiewski"),
         ("Ágnes", "Szőke"), ("Søren", "Ærø"), ("Anna", "Rossi"), ("Marie-Ève", "Côté")]
# Central European and Mac code pages are not told apart from Windows-1252 yet (issue 18)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]
ENDINGS = ["\r\n", "\n", "\r"]


def _fits(encoding: str, *texts: str) -> bool:
    try:
        for text in texts:
            text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("seed", range(24))
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


def test_utf16_without_its_byte_order_mark() -> None:
    text = "Nome\tCognome\nJiří\tDvořák\n"
    assert decode_text(text.encode("utf-16-le")) == text
    assert decode_text(text.encode("utf-16-be")) == text


def test_a_field_the_csv_reader_cannot_hold_is_one_line_naming_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    path.write_text("Nome,Cognome,Note\nMario,Rossi,ok\nAnna,Bianchi," + "x" * 200_000 + "\n", encoding="utf-8")
    store = store_with_mission(tmp_path / "store.db", "IT")
    try:
        with store.session() as session, pytest.raises(ImportFileError) as refused:
            import_participants(session, missions.get_mission(session, "test-mission"), path, ImportOptions())
    finally:
        store.dispose()
    assert refused.value.message.startswith("enorme.csv, line 3: field larger than field limit")
