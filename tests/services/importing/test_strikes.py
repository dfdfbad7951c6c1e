"""A row struck through in Excel is a cancellation: the strike is formatting, read from the XML."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from c2c.services.importing.strikes import struck_rows
from c2c.store.engine import Store
from tests.importing_helpers import plan_report

ROWS = [["Vorname", "Nachname", "Firma", "E-Mail", "Bemerkung"],
        ["Anna", "Huber", "Huber GmbH", "anna@huber.de", ""],
        ["Doris", "Trüb", "Trüb AG", "doris@trueb.de", ""],
        ["Lukas", "Gruber", "Gruber KG", "lukas@gruber.de", "alte Nummer"]]


def _workbook(path: Path, struck: dict[int, list[int]]) -> Path:
    """ROWS in sheet 'Teilnehmer', the cells ``struck[row]`` (0-based columns) struck through."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Teilnehmer"
    for row in ROWS:
        sheet.append(row)
    for row, columns in struck.items():
        for column in columns:
            sheet.cell(row, column + 1).font = Font(strike=True)
    workbook.save(path)
    return path


def test_a_row_struck_through_is_not_imported_and_said_once(planning_store: Store, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "teilnehmer.xlsx", {3: [0, 1, 2, 3]})
    assert struck_rows(path) == {"Teilnehmer": frozenset({3})}
    report = plan_report(planning_store, path)
    assert [p["last_name"] for p in report.participants] == ["Huber", "Gruber"]
    assert [n.message for n in report.notes if "struck" in n.message] == [
        "row(s) 3: struck through (cancelled), not imported"]


def test_a_struck_cell_is_no_struck_row(planning_store: Store, tmp_path: Path) -> None:
    """An old phone struck out beside the new one: the person is still coming."""
    path = _workbook(tmp_path / "teilnehmer.xlsx", {4: [4]})
    assert struck_rows(path) == {}
    assert [p["last_name"] for p in plan_report(planning_store, path).participants] == ["Huber", "Trüb", "Gruber"]


def test_a_workbook_without_strikes_and_a_file_that_is_none_have_no_struck_rows(tmp_path: Path) -> None:
    assert struck_rows(_workbook(tmp_path / "plain.xlsx", {})) == {}
    (tmp_path / "not.xlsx").write_bytes(b"not a zip")
    assert struck_rows(tmp_path / "not.xlsx") == {}
