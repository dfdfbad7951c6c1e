"""Writing a list the way each office's program saves it: Excel, LibreOffice, text exports."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

Cell = str | int | float | None

# Header cells written in English instead (make_lists --english-headers): what else breaks once
# every column is recognised.
RENAMES: dict[str, str] = {}


def _renamed(row: list[Cell]) -> list[Cell]:
    return [RENAMES.get(v, v) if isinstance(v, str) else v for v in row]


@dataclass
class Sheet:
    """Rows of cells as they appear on screen, with what a spreadsheet adds around them."""

    rows: list[list[Cell]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)  # "A1:G1"
    comments: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column), 1-based
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # a cell's hyperlink target
    bold_rows: set[int] = field(default_factory=set)

    def add(self, *cells: Cell) -> None:
        self.rows.append(list(cells))


def write_xlsx(path: Path, sheets: dict[str, Sheet]) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, sheet in sheets.items():
        ws = book.create_sheet(name)
        for row in sheet.rows:
            ws.append(_renamed(row))
        for cells in sheet.merges:
            ws.merge_cells(cells)
        for (r, c), text in sheet.comments.items():
            ws.cell(r, c).comment = Comment(text, "Sekretariat")
        for (r, c), target in sheet.links.items():
            ws.cell(r, c).hyperlink = target
        for r in sheet.bold_rows:
            for cell in ws[r]:
                cell.font = Font(bold=True)
    book.save(path)


def write_ods(path: Path, sheets: dict[str, Sheet]) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
    from odf.table import CoveredTableCell, Table, TableCell, TableRow  # type: ignore[import-untyped]
    from odf.text import P  # type: ignore[import-untyped]

    document = OpenDocumentSpreadsheet()
    for name, sheet in sheets.items():
        table = Table(name=name)
        spans = _spans(sheet.merges)
        for r, row in enumerate(map(_renamed, sheet.rows), start=1):
            line = TableRow()
            for c, value in enumerate(row, start=1):
                if (r, c) in spans.covered:
                    line.addElement(CoveredTableCell())
                    continue
                line.addElement(_ods_cell(TableCell, P, value, spans.width.get((r, c))))
            table.addElement(line)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def _ods_cell(table_cell: type, paragraph: type, value: Cell, width: int | None) -> object:
    attributes: dict[str, object] = {}
    if width:
        attributes["numbercolumnsspanned"] = width
    if isinstance(value, (int, float)):
        cell = table_cell(valuetype="float", value=value, **attributes)
        cell.addElement(paragraph(text=str(value)))
    elif value:
        cell = table_cell(valuetype="string", **attributes)
        cell.addElement(paragraph(text=value))
    else:
        cell = table_cell(**attributes)
    return cell


@dataclass
class _Spans:
    width: dict[tuple[int, int], int] = field(default_factory=dict)
    covered: set[tuple[int, int]] = field(default_factory=set)


def _spans(merges: list[str]) -> _Spans:
    from openpyxl.utils.cell import range_boundaries

    spans = _Spans()
    for cells in merges:
        left, top, right, bottom = range_boundaries(cells)
        spans.width[(top, left)] = right - left + 1
        spans.covered |= {(top, c) for c in range(left + 1, right + 1)}
    return spans


def write_text(path: Path, rows: list[list[Cell]], delimiter: str, encoding: str) -> None:
    """A CSV or TSV as Excel exports it: CRLF lines, quotes only where needed, trailing cells kept."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in map(_renamed, rows):
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))


def convert(source: Path, extension: str, output_filter: str) -> Path:
    """SOURCE saved again by LibreOffice as EXTENSION (.xls, .xlsm); SOURCE is removed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the .xls and .xlsm lists")
    with tempfile.TemporaryDirectory(prefix="c2c-soffice-") as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        f"{extension}:{output_filter}", "--outdir", str(source.parent), str(source)],
                       check=True, capture_output=True, timeout=180)
    source.unlink()
    return source.with_suffix("." + extension)
