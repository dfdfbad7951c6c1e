"""A workbook with one sheet per company: every list sheet read, the facts above each table given
to its rows, every row named with its sheet, the other sheets said with why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c2c.services import missions
from c2c.services.importing import ImportOptions, ImportReport, plan_import
from c2c.services.importing.summary import import_summary, rejected_rows
from c2c.store.engine import Store
from tests.importing_helpers import plan_report, write_xlsx

HEADER = ["Ime", "Priimek", "Delovno mesto", "E-pošta", "Telefon"]


def _workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "udelezenci.xlsx", {
        "Navodila": [["Izpolnite tabelo na naslednjih listih."], ["Ime: ime udeleženca"]],
        "Lazar": [["Podjetje: Lazar Livarna d.d."], [], HEADER,
                  ["Radovan", "Leban", "direktor", "radovan@lazar.si", "+386 30 213 161"],
                  ["Iris", "Skok", "", "iris@lazar.si", "+386 31 968 869"]],
        # a label cell and its value in the next one, a country line, a company column of its own
        "Kokalj": [["Country:", "Slovenia", "Firma", "Kokalj Inženiring d.d."], ["Kontakt: Maja Novak, +386 1 234 56 78"],
                   [*HEADER, "Firma"],
                   ["Nikola", "Ramšak", "vodja", "nikola@kokalj.si", "+386 31 324 119", ""],
                   ["Suzana", "Hodžić", "nabavnica", "suzana@kokalj.si", "", "Hodžić s.p."],
                   ["Marinka", "Demšar", "vodja", "marinka@kokalj.si", "not a phone", ""]],
        # the same person again on a later sheet: one person
        "Žižek": [["Company name - Žižek Livarna d.d."], HEADER,
                  ["Zdenko", "Markovič", "vodja", "zdenko@zizek.si", "+386 30 813 433"],
                  ["Radovan", "Leban", "direktor", "radovan@lazar.si", "+386 30 213 161"]],
        "Seznami": [["Država", "Delovno mesto"], ["SI", "direktor"], ["IT", "vodja"]],
    })


@pytest.fixture(scope="module")
def report(planning_store: Store, tmp_path_factory: pytest.TempPathFactory) -> ImportReport:
    return plan_report(planning_store, _workbook(tmp_path_factory.mktemp("sheets")))


def test_every_list_sheet_is_read_with_the_facts_above_its_table(report: ImportReport) -> None:
    people = {p["email"]: p for p in report.participants}
    assert sorted(people) == ["iris@lazar.si", "nikola@kokalj.si", "radovan@lazar.si", "suzana@kokalj.si",
                              "zdenko@zizek.si"]
    assert people["iris@lazar.si"]["company"] == "Lazar Livarna d.d."
    assert people["nikola@kokalj.si"]["company"] == "Kokalj Inženiring d.d."  # blank cell: the title's
    assert people["suzana@kokalj.si"]["company"] == "Hodžić s.p."  # an explicit cell wins
    assert people["nikola@kokalj.si"]["country"] == "SI"
    assert people["zdenko@zizek.si"]["company"] == "Žižek Livarna d.d."
    assert people["iris@lazar.si"]["role"] is None  # a contact line above the table is nobody's phone or role
    assert people["nikola@kokalj.si"]["phone"] == "+38631324119"


def test_the_report_names_each_sheet_and_each_row_with_its_sheet(report: ImportReport) -> None:
    notes = [report.where(n.row) + ": " + n.message for n in report.notes]
    assert "udelezenci.xlsx: sheet 'Lazar': read, 2 people" in notes
    assert "udelezenci.xlsx: sheet 'Kokalj': read, 2 people" in notes
    assert "udelezenci.xlsx: sheet 'Navodila': not read, no header naming attendee fields (instructions or notes?)" in notes
    assert "udelezenci.xlsx: sheet 'Seznami': not read, no name column in its header (a list of values?)" in notes
    assert report.duplicates == [(report.duplicates[0][0], report.duplicates[0][1])]
    later, first = report.duplicates[0]
    assert (report.where(later), str(first)) == ("udelezenci.xlsx, sheet 'Žižek', row 4", "4 (sheet 'Lazar')")
    assert report.where(report.invalid[0].row) == "udelezenci.xlsx, sheet 'Kokalj', row 6"
    summary = json.loads(json.dumps(import_summary(report), default=str))
    assert summary["sheet"] == "Lazar, Kokalj, Žižek"
    assert summary["invalid_rows"][0] | {"reason": ""} == {"row": 6, "sheet": "Kokalj", "column": "Telefon",
                                                          "reason": ""}
    assert [(r["Sheet"], r["Row"]) for r in rejected_rows(report)] == [("Kokalj", 6)]


def test_sheet_option_reads_one_sheet_and_its_title(planning_store: Store, tmp_path: Path) -> None:
    with planning_store.session() as session:
        plan = plan_import(session, missions.get_mission(session, "test-mission"), _workbook(tmp_path),
                           ImportOptions(sheet="žižek", dry_run=True))
    report = plan.report
    assert [(p["last_name"], p["company"], p["row"]) for p in report.participants] == [
        ("Markovič", "Žižek Livarna d.d.", 3), ("Leban", "Žižek Livarna d.d.", 4)]
    assert report.where(3) == "udelezenci.xlsx, sheet Žižek, row 3"
