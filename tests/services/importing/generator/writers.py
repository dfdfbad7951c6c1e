"""A case's table to a file, in its format: openpyxl (xlsx, xlsm), odfpy (ods), the csv module
(csv, tsv, in the case's encoding), LibreOffice (xls, converted from xlsx, many files at once)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.services.importing.generator.cells import Cell
from tests.services.importing.generator.compose import Case

SOFFICE = shutil.which("soffice")
NO_XLS = "LibreOffice (soffice) is not installed: no .xls can be written"


def write_case(case: Case, folder: Path) -> Path:
    """The case's file; an xls is written as an xlsx first (see ``convert_to_xls``)."""
    fmt = case.choices["format"]
    if fmt in ("csv", "tsv"):
        return _write_text(case, folder / f"{case.name}{case.suffix}")
    if fmt == "ods":
        return _write_ods(case, folder / f"{case.name}.ods")
    if fmt == "html_xls":
        return _write_html(case, folder / f"{case.name}{case.suffix}")
    if fmt == "spreadsheetml":
        return _write_spreadsheetml(case, folder / f"{case.name}{case.suffix}")
    return _write_xlsx(case, folder / f"{case.name}.{'xlsm' if fmt == 'xlsm' else 'xlsx'}")


def convert_to_xls(paths: list[Path], folder: Path) -> list[Path]:
    """Convert xlsx files to xls with one LibreOffice run (it takes a second or two to start)."""
    if not paths:
        return []
    assert SOFFICE is not None, NO_XLS
    profile = folder / "soffice-profile"  # its own profile: another LibreOffice may be running
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                    "--outdir", str(folder), *map(str, paths)], check=True, capture_output=True, timeout=120)
    return [folder / f"{path.stem}.xls" for path in paths]


def _write_xlsx(case: Case, path: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows, merges in _sheets(case):
        sheet = workbook.create_sheet(name)
        for number, row in enumerate(rows, start=1):
            for column, value in enumerate(row, start=1):
                if value is not None and value != "":
                    sheet.cell(row=number, column=column, value=value)
        for top, left, bottom, right in merges:
            sheet.merge_cells(start_row=top + 1, start_column=left + 1, end_row=bottom + 1, end_column=right + 1)
    workbook.save(path)
    return path


def _sheets(case: Case) -> list[tuple[str, list[list[Cell]], list[tuple[int, int, int, int]]]]:
    return case.sheets or [("Partecipanti", case.rows, case.merges)]


def _write_ods(case: Case, path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows, merges in _sheets(case):
        document.spreadsheet.addElement(_ods_table(name, rows, merges, Table, TableRow, TableCell, CoveredTableCell, P))
    document.save(str(path))
    return path


def _ods_table(name: str, rows: list[list[Cell]], merges: list[tuple[int, int, int, int]], *kinds: Any) -> Any:
    Table, TableRow, TableCell, CoveredTableCell, P = kinds  # noqa: N806 (odfpy's element classes)
    table = Table(name=name)
    spans = {(top, left): right - left + 1 for top, left, _, right in merges}
    covered = {(top, col) for top, left, _, right in merges for col in range(left + 1, right + 1)}
    for number, row in enumerate(rows):
        table_row = TableRow()
        for column, value in enumerate(row):
            if (number, column) in covered:
                table_row.addElement(CoveredTableCell())
                continue
            cell = _ods_cell(TableCell, value)
            if (number, column) in spans:
                cell.setAttribute("numbercolumnsspanned", str(spans[(number, column)]))
            if value is not None and value != "":
                cell.addElement(P(text=_ods_text(value)))
            table_row.addElement(cell)
        table.addElement(table_row)
    return table


def _ods_cell(kind: type, value: Cell) -> object:
    if isinstance(value, bool):
        return kind(valuetype="boolean", booleanvalue="true" if value else "false")
    if isinstance(value, int):
        return kind(valuetype="float", value=str(value))
    return kind(valuetype="string") if value else kind()


def _ods_text(value: Cell) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _write_text(case: Case, path: Path) -> Path:
    delimiter = "\t" if case.choices["format"] == "tsv" else case.choices["delimiter"]
    rows = [["" if cell is None else cell for cell in row] for row in case.rows]
    if case.choices["text.row_ends"] == "ragged":
        rows = [_without_trailing_blanks(row) for row in rows]
    else:
        width = max(map(len, rows), default=0)
        rows = [row + [""] * (width - len(row)) for row in rows]
    with path.open("w", encoding=case.choices["encoding"], newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def _without_trailing_blanks(row: list[Cell]) -> list[Cell]:
    end = len(row)
    while end and row[end - 1] == "":
        end -= 1
    return row[:end]


def _write_html(case: Case, path: Path) -> Path:
    """A web tool's "Export to Excel": a page with a title and the list as one <table>, merged
    header cells as colspan, line breaks inside a cell as <br>."""
    from html import escape

    spans = {(top, left): right - left + 1 for top, left, _, right in case.merges}
    covered = {(top, col) for top, left, _, right in case.merges for col in range(left + 1, right + 1)}
    lines = ['<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>',
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Export</title></head>',
             "<body><h1>Participants &amp; guests</h1><table border=\"1\">"]
    for number, row in enumerate(case.rows):
        cells = []
        for column, value in enumerate(row):
            if (number, column) in covered:
                continue
            span = f' colspan="{spans[(number, column)]}"' if (number, column) in spans else ""
            text = "<br>".join(escape(line) for line in ("" if value is None else str(value)).split("\n"))
            cells.append(f"<td{span}>{text}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _write_spreadsheetml(case: Case, path: Path) -> Path:
    """Excel 2003's XML Spreadsheet: a Worksheet per sheet, typed cells, empty cells skipped with ss:Index."""
    from xml.sax.saxutils import escape, quoteattr

    worksheets = []
    for name, rows, _ in _sheets(case):
        lines = []
        for row in rows:
            cells, skipped = [], False
            for column, value in enumerate(row, start=1):
                if value is None or value == "":
                    skipped = True
                    continue
                kind = "Boolean" if isinstance(value, bool) else "Number" if isinstance(value, int | float) else "String"
                text = str(int(value)) if isinstance(value, bool) else escape(str(value))
                index = f' ss:Index="{column}"' if skipped else ""
                cells.append(f'<Cell{index}><Data ss:Type="{kind}">{text}</Data></Cell>')
                skipped = False
            lines.append("<Row>" + "".join(cells) + "</Row>")
        worksheets.append(f"<Worksheet ss:Name={quoteattr(name)}><Table>\n" + "\n".join(lines) + "\n</Table></Worksheet>")
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n' + "\n".join(worksheets)
                    + "\n</Workbook>\n", encoding="utf-8")
    return path
