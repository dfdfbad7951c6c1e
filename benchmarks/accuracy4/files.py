"""Sheets written as the programs coordinators use would write them: Excel, LibreOffice, text exports."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

Cell = str | int | float | None


@dataclass
class Sheet:
    title: str
    rows: list[list[Cell]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # "A1:H1"
    hidden_columns: list[str] = field(default_factory=list)  # "C"

    def add(self, *rows: Sequence[Cell]) -> int:
        """Append rows; the 1-based number of the last one."""
        self.rows.extend(list(row) for row in rows)
        return len(self.rows)


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.title)
        for row in sheet.rows:
            ws.append(row)
        for cells in ws.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and "\n" in cell.value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws["A1"].font = Font(bold=True, size=14)
        for area in sheet.merged:
            ws.merge_cells(area)
        for column in sheet.hidden_columns:
            ws.column_dimensions[column].hidden = True
    book.save(path)


def write_ods(path: Path, sheets: list[Sheet]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
    from odf.table import Table, TableCell, TableRow  # type: ignore[import-untyped]
    from odf.text import P  # type: ignore[import-untyped]

    document = OpenDocumentSpreadsheet()
    for sheet in sheets:
        table = Table(name=sheet.title)
        for row in sheet.rows:
            table_row = TableRow()
            for value in row:
                if value is None or value == "":
                    table_row.addElement(TableCell())
                    continue
                cell = TableCell(valuetype="string")
                for line in str(value).split("\n"):  # LibreOffice writes each line of a cell as a paragraph
                    cell.addElement(P(text=line))
                table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def write_text(path: Path, sheet: Sheet, *, delimiter: str, encoding: str) -> None:
    """A sheet saved as text: Excel's "CSV UTF-8" (utf-8-sig), a national "CSV" (cp1250, cp1252 with `;`),
    or "Unicode text" (utf-16, tabs)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in sheet.rows:
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
