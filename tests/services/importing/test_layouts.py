"""Where the list is in a sheet, and which rows are people: title rows, two-row and bilingual
headers, repeated headers, totals, notes, other tables beside and below.

Seeded composition: each case combines independent choices (format, title rows, header shape,
an index column, people with optional cells left empty, a repeated header, a total, notes, a
table beside, a table below) into one small sheet; the import must read exactly the people, in
order, and name each layout part in one note.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from c2c.services.importing.headers import match_header
from c2c.services.importing.layout import cell_kind, column_letter
from c2c.store.engine import Store
from tests.conftest import Invoke
from tests.importing_helpers import plan_report, write_csv, write_xlsx

PEOPLE = [("Giulia", "De Luca", "Avioparts Srl", "giulia.deluca@avioparts.it", "+39 347 512 3380"),
          ("Mario", "Rossi", "Compositi Varesini Srl", "mario.rossi@cv.it", "335 123 4567"),
          ("Benoît", "Marchal", "Aérocomposites Dauphiné", "", "06 12 45 78 90"),
          ("Jörg", "Müller", "Präzisionsteile Neckar GmbH", "j.mueller@ptn.de", ""),
          ("Anna Maria", "Della Valle", "Lavorazioni Olona Srl", "", ""),
          ("Łukasz", "Wróblewski", "Klaster Lotniczy", "l.wroblewski@kl.pl", "+48 71 335 42 17"),
          ("Chiara", "Bianchi", "Fabbrica 2000 Srl", "c.bianchi@f2000.it", ""),
          ("Reto", "von Matt", "Stanser AG", "reto@stanser.ch", "+41 41 610 27 45")]
FIELDS = ["Nome", "Cognome", "Azienda", "E-mail", "Telefono"]
BILINGUAL = ["Nome / Vorname", "Cognome\nNachname", "Azienda (Firma)", "E-mail – Courriel", "Telefono | Phone"]
GROUP = ["Partecipante", "", "Azienda", "Contatti", ""]  # 'Azienda' spans both header rows
NOTES = ["N.B. il pullman parte alle 6:00", "* da confermare", "Il coordinatore"]
SIDE = [["Azienda", "N. partecipanti"], ["Avioparts Srl", 2], ["Stanser AG", 1]]


@dataclass
class Case:
    seed: int
    suffix: str
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    header_row: int = 0
    people: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the report's notes must mention, in order

    def add(self, cells: list[Any]) -> int:
        self.rows.append(cells)
        return len(self.rows)


def compose(seed: int) -> Case:
    rng = random.Random(seed)
    case = Case(seed, rng.choice([".xlsx", ".csv"]))
    index = rng.random() < 0.4
    for _ in range(rng.randint(0, 2)):
        case.add(["Cluster2Cluster – Lione 2018 – elenco partecipanti"])
    if case.rows and rng.random() < 0.5:
        case.add([])
    header = _header_rows(case, rng, index)
    people = rng.sample(PEOPLE, rng.randint(3, 6))
    repeat_at = rng.randint(1, len(people) - 1) if rng.random() < 0.3 else None
    side = rng.random() < 0.3
    for number, person in enumerate(people, start=1):
        if number - 1 == repeat_at:
            if rng.random() < 0.5:
                case.add([])
            for cells in header:
                case.add(list(cells))
            case.notes.append("the header repeated")
        first, last, company, email, phone = person
        if rng.random() < 0.3:  # a person with only a name and a company
            email = phone = ""
        case.add([*([number] if index else []), first, last, company, email, phone])
        case.people.append((first, last))
    if side:
        _beside(case, rng.randint(case.header_row, case.header_row + 1))
    width = len(FIELDS) + index
    if rng.random() < 0.5:
        case.add([])
        total = rng.choice([[f"Totale: {len(people)}"], ["Gesamt", len(people)], [f"Total participants {len(people)}"]])
        if index and rng.random() < 0.5:
            total = [len(people)]  # a lone count in the count column
        case.add(([""] * rng.randint(0, width - len(total))) + total)
        case.notes.append("total")
    if rng.random() < 0.5:
        case.add([])
        for note in rng.sample(NOTES, rng.randint(1, len(NOTES))):
            case.add([note])
        case.notes.append("note")
    if rng.random() < 0.3:
        case.add([])
        for cells in SIDE:
            case.add(list(cells))
        case.notes.append("another table under the list")
    if side:
        case.notes.append("another table beside the list")
    return case


def _header_rows(case: Case, rng: random.Random, index: bool) -> list[list[str]]:
    lead = ["N."] if index else []
    shape = rng.choice(["plain", "bilingual", "two rows"])
    if shape != "two rows":
        cells = lead + (BILINGUAL if shape == "bilingual" else FIELDS)
        case.header_row = case.add(cells)
        return [cells]
    group = lead + GROUP
    fields = lead + ["Nome", "Cognome", "", "E-mail", "Telefono"]
    top = case.add(group)
    case.header_row = case.add(fields)
    if case.suffix == ".xlsx":  # real merges: the group over its fields, 'Azienda' down both rows
        shift = len(lead)
        col = [column_letter(i + shift) for i in range(len(GROUP))]
        case.merges += [f"{col[0]}{top}:{col[1]}{top}", f"{col[2]}{top}:{col[2]}{top + 1}",
                        f"{col[3]}{top}:{col[4]}{top}"]
    return [group, fields]


def _beside(case: Case, start: int) -> None:
    """The summary table three empty columns right of the list, from ``start`` down."""
    width = max(len(row) for row in case.rows[case.header_row - 1:])
    for offset, cells in enumerate(SIDE):
        row = case.rows[start - 1 + offset] if start - 1 + offset < len(case.rows) else []
        if start - 1 + offset >= len(case.rows):
            case.add(row)
        row.extend([""] * (width + 3 - len(row)))
        row.extend(cells)


def write(case: Case, folder: Path) -> Path:
    path = folder / f"case{case.seed}{case.suffix}"
    if case.suffix == ".csv":
        # as Excel saves a sheet: every row as wide as the widest (the delimiter sniffing needs
        # it when title and note lines outnumber the people)
        width = max(len(row) for row in case.rows)
        return write_csv(path, [[*row, *[""] * (width - len(row))] for row in case.rows], delimiter=";")
    return write_xlsx(path, {"Iscritti": case.rows}, merges=case.merges)


# 24 cases keep the suite fast; 1,500 ran clean when the layout rules were written
@pytest.mark.parametrize("seed", range(24))
def test_composed_layouts_read_only_the_people_and_note_each_part(seed: int, planning_store: Store, tmp_path: Path) -> None:
    case = compose(seed)
    report = plan_report(planning_store, write(case, tmp_path))
    why = f"seed {seed}: {case.rows}"
    assert report.header_row == case.header_row, why
    assert [(p["first_name"], p["last_name"]) for p in report.participants] == case.people, why
    assert report.invalid == [], why
    assert [p["company"] for p in report.participants] == [
        next(c for f, _, c, _, _ in PEOPLE if f == first) for first, _ in case.people], why
    noted = [n.message for n in report.notes]
    assert len(noted) == len(case.notes), f"{why}\n{noted}"
    for expected, message in zip(case.notes, noted, strict=True):
        assert expected in message, f"{why}\n{noted}"


# --- regressions and single rules --------------------------------------------------------------

def test_a_group_row_naming_two_fields_is_not_the_header(planning_store: Store, tmp_path: Path) -> None:
    rows = [["Partecipante", "", "Azienda", "Contatti"], ["Nome", "Cognome", "", "E-mail"],
            ["Mario", "Rossi", "Avioparts", "m@a.it"]]
    report = plan_report(planning_store, write_csv(tmp_path / "group.csv", rows))
    assert report.header_row == 2
    assert report.columns == {"Nome": "first_name", "Cognome": "last_name", "Azienda": "company", "E-mail": "email"}
    assert [p["company"] for p in report.participants] == ["Avioparts"]


def test_a_notes_row_after_a_total_gives_way_to_people_when_the_list_goes_on(planning_store: Store, tmp_path: Path) -> None:
    rows = [FIELDS, ["Mario", "Rossi", "A", "m@a.it", ""], ["Subtotale: 1"], ["Anna", "Verdi", "", "", ""],
            ["Ugo", "Neri", "B", "u@b.it", ""], [], ["Firma del coordinatore"]]
    report = plan_report(planning_store, write_csv(tmp_path / "sub.csv", rows))
    assert [p["last_name"] for p in report.participants] == ["Rossi", "Verdi", "Neri"]
    assert [(n.row, n.message) for n in report.notes] == [(3, "a total under the list, skipped"),
                                                         (7, "a note under the list, skipped")]


def test_numbered_rows_with_no_one_in_them_are_one_note(planning_store: Store, tmp_path: Path) -> None:
    rows = [["N.", *FIELDS], [1, "Mario", "Rossi", "A", "", ""], [2, "Anna", "Verdi", "B", "", ""],
            [3], [4], [5]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "numbered.xlsx", {"S": rows}))
    assert len(report.participants) == 2
    assert [(n.row, n.message) for n in report.notes] == [
        (4, "numbered rows with no one in them (rows 4–6), skipped")]


def test_a_person_with_few_cells_or_a_surname_like_a_column_name_stays_a_person(planning_store: Store, tmp_path: Path) -> None:
    rows = [["Cognome", "Nome", "Azienda", "Paese"], ["Land", "Anna", "", ""], ["Stop", "Ugo", "Firma GmbH", ""]]
    report = plan_report(planning_store, write_csv(tmp_path / "names.csv", rows))
    assert [p["last_name"] for p in report.participants] == ["Land", "Stop"]
    assert report.notes == []


@pytest.mark.parametrize(("header", "field"), [
    ("Pays / Paese", "country"), ("Nom (Name)", "last_name"), ("E-mail – Courriel", "email"),
    ("Cognome\nNachname", "last_name"), ("Numero di cellulare (Handy)", "phone"), ("Société | Firma", "company"),
])
def test_a_header_in_two_languages_matches_either(header: str, field: str) -> None:
    assert match_header(header) == field


def test_name_in_two_languages_is_the_whole_name_alone_and_the_surname_beside_a_first_name(
        planning_store: Store, tmp_path: Path) -> None:
    alone = plan_report(planning_store, write_csv(tmp_path / "alone.csv", [["Name (Nom)", "Firma"], ["Mario Rossi", "A"]]))
    beside = plan_report(planning_store, write_csv(tmp_path / "beside.csv", [["Prénom", "Name (Nom)"], ["Mario", "Rossi"]]))
    assert [(p["first_name"], p["last_name"]) for p in (*alone.participants, *beside.participants)] == [
        ("Mario", "Rossi"), ("Mario", "Rossi")]


@pytest.mark.parametrize(("text", "kind"), [
    ("22", "count"), ("Totale: 22", "total"), ("Total participants 31", "total"), ("Gesamt", "total"),
    ("22 partecipanti", "total"), ("N.B. il pullman parte alle 6:00", "note"), ("* da confermare", "note"),
    ("Lione, 12/11/2018", "note"), ("Rossi", "words"), ("Fabbrica 2000", "total"), ("3M", "words"),
])
def test_cell_kinds(text: str, kind: str) -> None:
    assert cell_kind(text) == kind


def test_the_import_warns_of_each_layout_part_once(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Elenco"], FIELDS, ["Mario", "Rossi", "A", "", ""], ["Anna", "Verdi", "B", "", ""], [],
            ["Totale: 2"], ["* da confermare"], ["N.B. il pullman parte alle 6:00"]]
    result = invoke("participants", "import", str(write_xlsx(tmp_path / "l.xlsx", {"S": rows})), "--mission", lyon)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == ["Warning: l.xlsx, sheet S, row 6: a total under the list, skipped",
                                              "Warning: l.xlsx, sheet S, row 7: notes under the list (rows 7–8), skipped"]
