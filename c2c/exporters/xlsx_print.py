"""Workbooks to print: sheet names Excel accepts, pages one sheet wide, and a workbook of tables."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from c2c.exporters.cells import fill, fill_row, readable
from c2c.exporters.paper import XLSX_PAPER
from c2c.exporters.words import words

if TYPE_CHECKING:
    from c2c.exporters.paper import Heading

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")

# a table: its title, its headers, and its rows of values in the headers' order
Table = tuple[str, Sequence[str], Sequence[Sequence[object]]]


def tables_workbook(tables: Sequence[Table]) -> bytes:
    """``(title, headers, rows)`` tables as an .xlsx, one sheet each, set up for printing.

    Each sheet has a bold header row that stays in view and repeats on every printed page,
    its title in the page header, and fits one page wide (landscape when it is wide).
    """
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    names: set[str] = set()
    for title, headers, rows in tables:
        sheet = workbook.create_sheet(sheet_name(title, names, "Sheet"))
        sheet.append(fill_row(sheet, headers))
        for row in rows:
            sheet.append(fill_row(sheet, row))
        fit_columns(sheet, 1)
        _set_up_printing(sheet, title, landscape=len(headers) > 6)
    if not workbook.sheetnames:
        workbook.create_sheet("Sheet")
    return workbook_bytes(workbook)


def workbook_bytes(workbook: Any) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_name(text: str, used: set[str], fallback: str) -> str:
    """At most 31 characters, none of []:*?/\\, no apostrophe at either end, unique ignoring case."""
    base = _SHEET_BAD.sub(" ", text)[:31].strip(" '") or fallback
    name, n = base, 2
    while name.casefold() in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name.casefold())
    return name


def fit_one_page_wide(sheet: Any, header_row: int, landscape: bool = False) -> None:
    """Print one page wide, as many pages down as it takes, the header row repeated on each."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"


LINE_POINTS = 15.0  # the height of a line of 11-point text in a row
# a sheet printed across several pages rather than fitted to one: 11-point text prints at 9.35
FULL_SIZE_SCALE = 85
# characters of 11-point text across a portrait page at full size; a wider sheet prints landscape
PORTRAIT_CHARACTERS = 100


def is_wide(sheet: Any) -> bool:
    """Would the sheet's columns need shrinking to fit across a portrait page?"""
    return sum(d.width or 8.43 for d in sheet.column_dimensions.values()) > PORTRAIT_CHARACTERS


def fit_columns(sheet: Any, header_row: int, widest: int = 60) -> None:
    """Each column as wide as its longest line from ``header_row`` down (at most ``widest``
    characters: longer text wraps), and each row tall enough for its wrapped lines."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=header_row):
        for cell in row:
            if cell.value is not None:
                longest = max(len(line) for line in str(readable(cell.value)).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 0), min(longest + 2, widest))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row in sheet.iter_rows(min_row=header_row):
        lines = max((line_count(cell.value, widths.get(cell.column, widest)) for cell in row), default=1)
        if lines > 1:
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            sheet.row_dimensions[row[0].row].height = LINE_POINTS * lines


def line_count(value: object, width: int) -> int:
    """The lines ``value`` takes in a wrapping cell ``width`` characters wide."""
    if value is None:
        return 1
    return sum(max(1, math.ceil(len(line) / max(width - 1, 1))) for line in str(readable(value)).split("\n"))


def write_heading(sheet: Any, heading: Heading, top: int = 1) -> int:
    """What the sheet is, the mission and the date from row ``top`` down; returns the row for
    the table's headers, below a blank row."""
    from openpyxl.styles import Font

    fill(sheet.cell(top, 1), heading.what).font = Font(bold=True, size=16)
    fill(sheet.cell(top + 1, 1), heading.mission).font = Font(size=12)
    fill(sheet.cell(top + 2, 1), heading.date).font = Font(size=12)
    return top + 4


def set_up_page(sheet: Any, heading: Heading, header_row: int, *, landscape: bool = False,
                one_page_wide: bool = True) -> None:
    """The mission's paper, the header row frozen and printed on every page, the mission, the sheet
    and the date in the page header, "Page 2 of 5" in the reader's language in the footer.

    ``one_page_wide=False`` prints at full size over as many pages across as it takes, the
    first column repeated on each (a wide matrix), rather than shrinking the text to fit."""
    page = sheet.page_setup
    page.paperSize = XLSX_PAPER[heading.paper]
    if one_page_wide:
        fit_one_page_wide(sheet, header_row, landscape)
    else:
        page.orientation = "landscape" if landscape else "portrait"
        sheet.sheet_properties.pageSetUpPr.fitToPage = False
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.print_title_cols = "A:A"
    sheet.freeze_panes = sheet.cell(header_row + 1, 1 if one_page_wide else 2)
    if not one_page_wide:
        page.scale = FULL_SIZE_SCALE
    sheet.print_options.horizontalCentered = True
    # the sheet's name goes at the foot, as on the PDFs: beside a long mission title it would overlap
    sheet.oddHeader.left.text = _header_text(heading.mission)
    sheet.oddHeader.right.text = _header_text(heading.date)
    said = words(heading.language)
    sheet.oddFooter.left.text = _header_text(heading.what)
    sheet.oddFooter.right.text = f"{said['page']} &P {said['of']} &N"


def _header_text(text: str) -> str:
    return text.replace("&", "&&")


def _set_up_printing(sheet: Any, title: str, landscape: bool) -> None:
    from openpyxl.styles import Font

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    fit_one_page_wide(sheet, 1, landscape)
    sheet.oddHeader.center.text = _header_text(title)
    sheet.oddFooter.right.text = "Page &P of &N"
