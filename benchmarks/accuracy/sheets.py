"""Writing cells the way each office's software does: openpyxl workbooks, odfpy sheets, text files."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | float | dt.date | None
FIXED_TIME = dt.datetime(2024, 3, 1, 9, 0, 0)
THIN = Side(style="thin", color="999999")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
GROUP_FILL = PatternFill("solid", fgColor="BDD7EE")


def workbook(title: str) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    return book, sheet


def put(sheet: Worksheet, row: int, values: Sequence[Cell], col: int = 1, formats: dict[int, str] | None = None,
        bordered: bool = True) -> None:
    for offset, value in enumerate(values):
        cell = sheet.cell(row=row, column=col + offset, value=value)
        if bordered:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if isinstance(value, dt.date):
            cell.number_format = "DD/MM/YYYY"
        if formats and offset in formats:
            cell.number_format = formats[offset]


def header(sheet: Worksheet, row: int, names: Sequence[str], col: int = 1) -> None:
    put(sheet, row, names, col)
    for offset in range(len(names)):
        cell = sheet.cell(row=row, column=col + offset)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def title(sheet: Worksheet, row: int, text: str, width: int, size: int = 14) -> None:
    sheet.cell(row=row, column=1, value=text).font = Font(bold=True, size=size)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")


def groups(sheet: Worksheet, row: int, spans: Sequence[tuple[str, int]]) -> None:
    """A row of merged group cells above the header (Participant | Entreprise | Contact...)."""
    col = 1
    for text, span in spans:
        cell = sheet.cell(row=row, column=col, value=text)
        cell.font, cell.fill = Font(bold=True), GROUP_FILL
        cell.alignment = Alignment(horizontal="center")
        if span > 1:
            sheet.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)
        col += span


def widths(sheet: Worksheet, values: Sequence[float]) -> None:
    for index, width in enumerate(values, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def save_xlsx(book: Workbook, path: Path) -> None:
    book.properties.creator = "Office"
    book.properties.created = book.properties.modified = FIXED_TIME
    book.save(path)


def finish(book: Workbook, sheet: Worksheet, path: Path, freeze: str, column_widths: Sequence[float]) -> None:
    sheet.freeze_panes = freeze
    widths(sheet, column_widths)
    save_xlsx(book, path)


def save_xls(book: Workbook, path: Path) -> bool:
    """Excel 97 through LibreOffice; False when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (path.stem + ".xlsx")
        save_xlsx(book, source)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "xls", "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=180)
        shutil.move(Path(tmp) / (path.stem + ".xls"), path)
    return True


def save_ods(path: Path, sheets: Sequence[tuple[str, Sequence[Sequence[Cell]], dict[tuple[int, int], int]]]) -> None:
    """Sheets of rows; spans maps (row, col), 0-based, to how many columns that cell covers."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows, spans in sheets:
        table = Table(name=name)
        for r, values in enumerate(rows):
            row = TableRow()
            covered = 0
            for c, value in enumerate(values):
                if covered:
                    covered -= 1
                    row.addElement(CoveredTableCell())
                    continue
                cell = _ods_cell(TableCell, value)
                if (r, c) in spans:
                    cell.setAttribute("numbercolumnsspanned", str(spans[r, c]))
                    covered = spans[r, c] - 1
                if value is not None:
                    cell.addElement(P(text=_ods_text(value)))
                row.addElement(cell)
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def _ods_cell(kind: type, value: Cell) -> object:
    if isinstance(value, bool) or value is None:
        return kind()
    if isinstance(value, int | float):
        return kind(valuetype="float", value=value)
    if isinstance(value, dt.date):
        return kind(valuetype="date", datevalue=value.isoformat())
    return kind(valuetype="string")


def _ods_text(value: Cell) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def write_text(path: Path, rows: Sequence[Sequence[Cell]], delimiter: str, encoding: str, newline: str,
               bom: bool = False) -> None:
    """What Excel's 'Save as CSV' writes: quoted only when needed."""
    lines = [delimiter.join(_quoted(_csv_text(v), delimiter) for v in row) for row in rows]
    data = newline.join(lines) + newline
    raw = data.encode(encoding)
    path.write_bytes(("\ufeff".encode(encoding) if bom else b"") + raw)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _quoted(text: str, delimiter: str) -> str:
    if delimiter in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text
