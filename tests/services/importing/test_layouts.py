"""Where the list is in a sheet (and in which sheets), and which rows are people: title rows, two-row and bilingual
headers, repeated headers, totals, notes, other tables beside and below.

Seeded composition: each case combines independent choices (format, title rows, header shape,
an index column, people with optional cells left empty, section headings between them (naming a
cluster, a country, a nationality, or nothing the store knows; merged across the table or not),
a repeated header, a total, notes, a table beside (one or three empty columns away), a table
below, a person with only a name at the very end) into one small sheet; the import must read
exactly the people, in order, each of the cluster its heading names, and name each layout part
in one note.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from c2c.services import missions
from c2c.services.importing import ImportOptions, ImportReport, plan_import
from c2c.services.importing.headers import match_header
from c2c.services.importing.layout import column_letter
from c2c.services.importing.sorting import cell_kind
from c2c.services.importing.summary import import_summary, rejected_rows
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
LAC, AAR = "Lombardia Aerospace Cluster", "Aerospace Cluster Auvergne-Rhône-Alpes"  # the test store's clusters
# headings and the cluster the people under them belong to
SECTIONS = [("Delegazione francese", AAR), ("ITALIA", LAC), ("Délégation LAC", LAC), ("Delegazione Francese", AAR),
            ("Entreprises invitées", None), ("Aziende ospitanti", None), ("Gruppo 2 – pullman Bergamo", None),
            ("Délégation Française", AAR), ("Partecipanti italiani", LAC)]


@dataclass
class Case:
    seed: int
    suffix: str
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    header_row: int = 0
    people: list[tuple[str, str]] = field(default_factory=list)
    companies: list[str | None] = field(default_factory=list)
    clusters: list[str | None] = field(default_factory=list)  # each person's, from the heading above them
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
    headings = dict(zip(sorted(rng.sample(range(len(people)), rng.randint(1, 3))), rng.sample(SECTIONS, 3),
                        strict=False)) if rng.random() < 0.4 else {}
    width = len(FIELDS) + index
    side = rng.random() < 0.3
    cluster = None
    for number, person in enumerate(people, start=1):
        if number - 1 == repeat_at:
            if rng.random() < 0.5:
                case.add([])
            for cells in header:
                case.add(list(cells))
            case.notes.append("the header repeated")
        if number - 1 in headings:
            _heading(case, rng, headings[number - 1][0], width)
            cluster = headings[number - 1][1]
        first, last, company, email, phone = person
        if rng.random() < 0.3:  # a person with only a name and a company
            email = phone = ""
        case.add([*([number] if index else []), first, last, company, email, phone])
        case.people.append((first, last))
        case.companies.append(company)
        case.clusters.append(cluster)
    if side:
        _beside(case, rng.randint(case.header_row, case.header_row + 1), rng.choice([1, 3]))
    ends = len(case.notes)
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
    if len(case.notes) == ends and rng.random() < 0.3:  # a late addition: a name alone, after an empty row
        first, last = rng.choice([p[:2] for p in PEOPLE if p[:2] not in case.people])
        case.add([])
        case.add([*([""] if index else []), first, last])
        case.people.append((first, last))
        case.companies.append(None)
        case.clusters.append(cluster)
    if side:
        case.notes.append("another table beside the list")
    return case


def _heading(case: Case, rng: random.Random, text: str, width: int) -> None:
    if rng.random() < 0.3:
        case.add([])
    row = case.add([text])
    if case.suffix == ".xlsx" and rng.random() < 0.5:
        case.merges.append(f"A{row}:{column_letter(width - 1)}{row}")
    case.notes.append(f"a heading {text!r}")


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


def _beside(case: Case, start: int, gap: int) -> None:
    """The summary table ``gap`` empty columns right of the list, from ``start`` down."""
    width = max(len(row) for row in case.rows[case.header_row - 1:])
    for offset, cells in enumerate(SIDE):
        row = case.rows[start - 1 + offset] if start - 1 + offset < len(case.rows) else []
        if start - 1 + offset >= len(case.rows):
            case.add(row)
        row.extend([""] * (width + gap - len(row)))
        row.extend(cells)


@pytest.fixture(scope="module")
def names(planning_store: Store) -> dict[int, str]:
    from c2c.services.clusters import list_clusters

    with planning_store.session() as session:
        return {c.id: c.name for c in list_clusters(session) if c.id is not None}


def write(case: Case, folder: Path) -> Path:
    path = folder / f"case{case.seed}{case.suffix}"
    if case.suffix == ".csv":
        # as Excel saves a sheet: some rows padded to the widest, others cut after their last cell
        width = max(len(row) for row in case.rows)
        pad = random.Random(case.seed).random() < 0.5
        return write_csv(path, [[*row, *[""] * (width - len(row))] if pad else row for row in case.rows], delimiter=";")
    return write_xlsx(path, {"Iscritti": case.rows}, merges=case.merges)


# 24 cases keep the suite fast; 1,500 ran clean when the layout rules were written
@pytest.mark.parametrize("seed", range(24))
def test_composed_layouts_read_only_the_people_and_note_each_part(seed: int, planning_store: Store, tmp_path: Path,
                                                                 names: dict[int, str]) -> None:
    case = compose(seed)
    report = plan_report(planning_store, write(case, tmp_path))
    why = f"seed {seed}: {case.rows}"
    assert report.header_row == case.header_row, why
    assert [(p["first_name"], p["last_name"]) for p in report.participants] == case.people, why
    assert report.invalid == [], why
    assert [p["company"] for p in report.participants] == case.companies, why
    assert [names.get(p["cluster_id"]) for p in report.participants] == case.clusters, why
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


# --- section headings, tables one column aside, a name alone at the end --------------------------

def test_a_heading_gives_the_people_under_it_its_cluster_until_the_next(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Cognome", "Nome", "Azienda", "E-mail"], ["Délégation française"], ["Marchal", "Benoît", "Aéro", "b@aero.fr"],
            ["Delegazione italiana"], ["Rossi", "Mario", "Avioparts", "m@avioparts.it"],
            ["Gruppo 2 – pullman Bergamo"], ["Verdi", "Anna", "Olona", "a@olona.it"]]
    path = write_xlsx(tmp_path / "sezioni.xlsx", {"S": rows}, merges=["A2:D2", "A4:D4"])
    result = invoke("participants", "import", str(path), "--mission", lyon, "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["new"], report["list_of"], report["list_of_from"]) == (
        3, ["Aerospace Cluster Auvergne-Rhône-Alpes", "Lombardia Aerospace Cluster"], "column")
    assert [n["message"] for n in report["notes"]][:3] == [
        "a heading 'Délégation française', skipped; the people under it are of Aerospace Cluster Auvergne-Rhône-Alpes",
        "a heading 'Delegazione italiana', skipped; the people under it are of Lombardia Aerospace Cluster",
        "a heading 'Gruppo 2 – pullman Bergamo', skipped"]
    listed = json.loads(invoke("participants", "list", "--mission", lyon, "--format", "json").stdout)
    assert {p["last_name"]: p["cluster"] for p in listed} == {"Marchal": "AAR", "Rossi": "LAC", "Verdi": None}


def test_a_heading_fills_the_empty_cells_of_a_cluster_column(planning_store: Store, tmp_path: Path,
                                                             names: dict[int, str]) -> None:
    rows = [["Nome", "Cognome", "Cluster"], ["ITALIA"], ["Mario", "Rossi", ""], ["Anna", "Verdi", "AAR"],
            ["FRANCIA"], ["Benoît", "Marchal", ""]]
    report = plan_report(planning_store, write_csv(tmp_path / "cluster.csv", rows))
    assert [names[p["cluster_id"]] for p in report.participants] == [LAC, AAR, AAR]


@pytest.mark.parametrize(("rows", "people", "notes"), [
    # a full name alone between people is a person; a single word is no one's name and surname
    ([["Nome e cognome", "Azienda"], ["Mario Rossi", "A"], ["Anna Verdi"], ["OSPITI"], ["Ugo Neri", "B"]],
     ["Rossi", "Verdi", "Neri"], ["a heading 'OSPITI', skipped"]),
    # a heading with no one under it is a note
    ([["Nome", "Cognome", "Azienda"], ["Mario", "Rossi", "A"], [], ["Delegazione francese"]], ["Rossi"],
     ["a note under the list, skipped"]),
    # a name alone at the end after an empty row is a person; after a note it is a signature
    ([["Nome", "Cognome", "Azienda"], ["Mario", "Rossi", "A"], [], ["Giulia", "Bianchi"]], ["Rossi", "Bianchi"], []),
    ([["Nome e cognome", "Azienda"], ["Mario Rossi", "A"], [], ["Giulia Bianchi"]], ["Rossi", "Bianchi"], []),
    ([["Nome", "Cognome", "Azienda"], ["Mario", "Rossi", "A"], [], ["N.B. da confermare"], ["Giulia", "Bianchi"]],
     ["Rossi"], ["notes under the list (rows 4–5), skipped"]),
])
def test_lone_rows_by_their_shape(rows: list[list[str]], people: list[str], notes: list[str], planning_store: Store,
                                  tmp_path: Path) -> None:
    report = plan_report(planning_store, write_csv(tmp_path / "lone.csv", rows))
    assert [p["last_name"] for p in report.participants] == people
    assert [n.message for n in report.notes] == notes


@pytest.mark.parametrize(("rows", "extra", "beside"), [
    # its own header, rows ending well before the list's: another table
    ([["Nome", "Cognome", "", "Legenda"], ["Mario", "Rossi", "", "* da confermare"], ["Anna", "Verdi"], ["Ugo", "Neri"],
      ["Pia", "Bo"]], [], True),
    # a header naming a field the list names: another table, even as long as the list
    ([["Nome", "Azienda", "", "Azienda", "Quanti"], ["Mario", "A", "", "A", "1"], ["Anna", "B", "", "B", "1"]], [], True),
    # a column one empty column away whose cells line up with the people: the list's
    ([["Nome", "Cognome", "", "Note"], ["Mario", "Rossi", "", "x"], ["Anna", "Verdi", "", "y"], ["Ugo", "Neri", "", "z"]],
     ["Note"], False),
])
def test_columns_one_empty_column_aside_are_another_table_by_their_shape(
        rows: list[list[str]], extra: list[str], beside: bool, planning_store: Store, tmp_path: Path) -> None:
    report = plan_report(planning_store, write_csv(tmp_path / "aside.csv", rows))
    assert report.extra_columns == extra
    assert any("another table beside the list" in n.message for n in report.notes) == beside


def test_two_delegations_side_by_side_under_the_same_headers_are_both_read(planning_store: Store, tmp_path: Path) -> None:
    header = ["Nome", "Cognome", "Azienda", "E-mail"]
    rows = [["DELEGAZIONE ITALIANA", "", "", "", "", "DÉLÉGATION FRANÇAISE"],
            [*header, "", *header],
            ["Martina", "Galli", "Tecnofusioni Srl", "mg@tecnofusioni.it", "", "Thibault", "Fournier", "Aéro-Pièces SAS",
             "tf@aero-pieces.fr"],
            ["Lorenzo", "Dal Molin", "Tecnofusioni Srl", "ldm@tecnofusioni.it", "", "", "", "", ""]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "both.xlsx", {"S": rows}))
    assert [p["last_name"] for p in report.participants] == ["Galli", "Dal Molin", "Fournier"]
    assert [n.message for n in report.notes] == [
        "columns F–I: the same columns again beside the list (another delegation), read as well"]


def test_a_heading_in_a_column_left_of_the_names_is_no_person(planning_store: Store, tmp_path: Path) -> None:
    """Two capitalised words look like a name, but a name sits in the name columns: alone under
    'Anrede', they head the rows below."""
    rows = [["Anrede", "Titel", "Vorname", "Nachname", "Firma", "E-Mail"],
            ["Delegationsleitung"], ["Frau", "Mag.", "Anna", "Huber", "Huber GmbH", "anna@huber.at"],
            ["Teilnehmende Unternehmen"], ["Herr", "DI", "Lukas", "Gruber", "Gruber AG", "lukas@gruber.at"],
            ["Herr", "", "Felix", "Wagner", "Wagner KG", "felix@wagner.at"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "teilnehmer.xlsx", {"Teilnehmer": rows}))
    assert [p["last_name"] for p in report.participants] == ["Huber", "Gruber", "Wagner"]
    assert [n.message for n in report.notes if "heading" in n.message] == [
        "a heading 'Delegationsleitung', skipped", "a heading 'Teilnehmende Unternehmen', skipped"]


# --- a workbook with one sheet per company ---

SHEET_HEADER = ["Ime", "Priimek", "Delovno mesto", "E-pošta", "Telefon"]


def _workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "udelezenci.xlsx", {
        "Navodila": [["Izpolnite tabelo na naslednjih listih."], ["Ime: ime udeleženca"]],
        "Lazar": [["Podjetje: Lazar Livarna d.d."], [], SHEET_HEADER,
                  ["Radovan", "Leban", "direktor", "radovan@lazar.si", "+386 30 213 161"],
                  ["Iris", "Skok", "", "iris@lazar.si", "+386 31 968 869"]],
        # a label cell and its value in the next one, a country line, a company column of its own
        "Kokalj": [["Country:", "Slovenia", "Firma", "Kokalj Inženiring d.d."], ["Kontakt: Maja Novak, +386 1 234 56 78"],
                   [*SHEET_HEADER, "Firma"],
                   ["Nikola", "Ramšak", "vodja", "nikola@kokalj.si", "+386 31 324 119", ""],
                   ["Suzana", "Hodžić", "nabavnica", "suzana@kokalj.si", "", "Hodžić s.p."],
                   ["Marinka", "Demšar", "vodja", "marinka(at)kokalj.si", "not a phone", ""]],
        # the same person again on a later sheet: one person
        "Žižek": [["Company name - Žižek Livarna d.d."], SHEET_HEADER,
                  ["Zdenko", "Markovič", "vodja", "zdenko@zizek.si", "+386 30 813 433"],
                  ["Radovan", "Leban", "direktor", "radovan@lazar.si", "+386 30 213 161"]],
        "Seznami": [["Država", "Delovno mesto"], ["SI", "direktor"], ["IT", "vodja"]],
    })


@pytest.fixture(scope="module")
def sheets_report(planning_store: Store, tmp_path_factory: pytest.TempPathFactory) -> ImportReport:
    return plan_report(planning_store, _workbook(tmp_path_factory.mktemp("sheets")))


def test_every_list_sheet_is_read_with_the_facts_above_its_table(sheets_report: ImportReport) -> None:
    people = {p["email"]: p for p in sheets_report.participants}
    assert sorted(people) == ["iris@lazar.si", "nikola@kokalj.si", "radovan@lazar.si", "suzana@kokalj.si",
                              "zdenko@zizek.si"]
    assert people["iris@lazar.si"]["company"] == "Lazar Livarna d.d."
    assert people["nikola@kokalj.si"]["company"] == "Kokalj Inženiring d.d."  # blank cell: the title's
    assert people["suzana@kokalj.si"]["company"] == "Hodžić s.p."  # an explicit cell wins
    assert people["nikola@kokalj.si"]["country"] == "SI"
    assert people["zdenko@zizek.si"]["company"] == "Žižek Livarna d.d."
    assert people["iris@lazar.si"]["role"] is None  # a contact line above the table is nobody's phone or role
    assert people["nikola@kokalj.si"]["phone"] == "+38631324119"


def test_the_report_names_each_sheet_and_each_row_with_its_sheet(sheets_report: ImportReport) -> None:
    notes = [sheets_report.where(n.row) + ": " + n.message for n in sheets_report.notes]
    assert "udelezenci.xlsx: sheet 'Lazar': read, 2 people" in notes
    assert "udelezenci.xlsx: sheet 'Kokalj': read, 2 people" in notes
    assert "udelezenci.xlsx: sheet 'Navodila': not read, no header naming attendee fields (instructions or notes?)" in notes
    assert "udelezenci.xlsx: sheet 'Seznami': not read, no name column in its header (a list of values?)" in notes
    assert sheets_report.duplicates == [(sheets_report.duplicates[0][0], sheets_report.duplicates[0][1])]
    later, first = sheets_report.duplicates[0]
    assert (sheets_report.where(later), str(first)) == ("udelezenci.xlsx, sheet 'Žižek', row 4", "4 (sheet 'Lazar')")
    assert sheets_report.where(sheets_report.invalid[0].row) == "udelezenci.xlsx, sheet 'Kokalj', row 6"
    summary = json.loads(json.dumps(import_summary(sheets_report), default=str))
    assert summary["sheet"] == "Lazar, Kokalj, Žižek"
    assert summary["invalid_rows"][0] | {"reason": ""} == {"row": 6, "sheet": "Kokalj", "column": "E-pošta",
                                                          "reason": ""}
    assert [(r["Sheet"], r["Row"]) for r in rejected_rows(sheets_report)] == [("Kokalj", 6)]


def test_sheet_option_reads_one_sheet_and_its_title(planning_store: Store, tmp_path: Path) -> None:
    with planning_store.session() as session:
        plan = plan_import(session, missions.get_mission(session, "test-mission"), _workbook(tmp_path),
                           ImportOptions(sheet="žižek", dry_run=True))
    report = plan.report
    assert [(p["last_name"], p["company"], p["row"]) for p in report.participants] == [
        ("Markovič", "Žižek Livarna d.d.", 3), ("Leban", "Žižek Livarna d.d.", 4)]
    assert report.where(3) == "udelezenci.xlsx, sheet Žižek, row 3"


def test_several_people_of_one_company_in_one_row_are_each_read(planning_store: Store, tmp_path: Path) -> None:
    """'Partecipante 1' | 'Partecipante 2' beside one company: each group is a person with that company."""
    person = ["Nome e cognome", "Ruolo", "E-mail"]
    rows = [["N.", "Azienda", "Partecipante 1", "", "", "Partecipante 2", "", ""],
            ["", "", *person, *person],
            ["1", "Avioparts Srl", "Matilda Falcone", "CEO", "mf@avioparts.it", "Lucrezia Surian", "CTO", "ls@avioparts.it"],
            ["2", "Meccanica Srl", "Greca Barese", "Buyer", "gb@meccanica.it", "", "", ""],
            ["", "Totale", "3", "", "", "", "", ""]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "adesioni.xlsx", {"Adesioni": rows}))
    assert [(p["last_name"], p["company"], p["role"], p["email"]) for p in report.participants] == [
        ("Falcone", "Avioparts Srl", "CEO", "mf@avioparts.it"), ("Surian", "Avioparts Srl", "CTO", "ls@avioparts.it"),
        ("Barese", "Meccanica Srl", "Buyer", "gb@meccanica.it")]
    assert report.extra_columns == ["N."]
    assert "columns C–E, F–H: one person each, several people a row: each read as a row of its own" in [
        n.message for n in report.notes]


@pytest.mark.parametrize("header", ["Organization / Title", "Firma / Funktion", "Azienda / Ruolo"])
def test_a_column_naming_two_fields_on_two_lines_gives_both(header: str, planning_store: Store, tmp_path: Path) -> None:
    rows = [["Name", header, "E-mail"],
            ["OKADA Mituru", "Murakami Precision Co., Ltd.\nChief Engineer", "okada@murakami.co.jp"],
            ["IKEDA Chiyo", "Tanaka Heavy Industries, Ltd.\nManager, Overseas Business", "cikeda@tanaka.co.jp"],
            ["INOUE Shohei", "Tanaka Heavy Industries, Ltd.", "inoue@tanaka.co.jp"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "roster.xlsx", {"Day 1": rows}))
    assert [(p["company"], p["role"]) for p in report.participants] == [
        ("Murakami Precision Co., Ltd.", "Chief Engineer"), ("Tanaka Heavy Industries, Ltd.", "Manager, Overseas Business"),
        ("Tanaka Heavy Industries, Ltd.", None)]


def test_a_person_on_two_sheets_keeps_what_only_the_first_says(planning_store: Store, tmp_path: Path) -> None:
    """A day's sheet without the pitch column repeats a person: their 'yes' on day 1 stands."""
    day_1 = [["Nome", "Cognome", "E-mail", "Pitch"], ["Anna", "Galli", "ag@x.it", "x"], ["Luca", "Neri", "ln@x.it", ""]]
    day_2 = [["Nome", "Cognome", "E-mail", "Visita"], ["Anna", "Galli", "ag@x.it", "Leonardo"],
             ["Rosa", "Bassi", "rb@x.it", "Leonardo"]]
    report = plan_report(planning_store, write_xlsx(tmp_path / "giorni.xlsx", {"Giorno 1": day_1, "Giorno 2": day_2}))
    assert [(p["last_name"], p["pitch"]) for p in report.participants] == [("Galli", True), ("Neri", False),
                                                                           ("Bassi", None)]
