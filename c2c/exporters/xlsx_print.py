"""Workbooks to print: sheet names Excel accepts, pages one sheet wide, and a workbook of tables."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from c2c.exporters.cells import fill_row, readable

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
        _fit_columns(sheet, headers, rows)
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


def _fit_columns(sheet: Any, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    for index, header in enumerate(headers):
        cells = (readable(row[index]) for row in rows)
        width = max([len(header), *(len(str(c)) for c in cells if c is not None)]) + 2
        sheet.column_dimensions[sheet.cell(1, index + 1).column_letter].width = min(width, 60)


def _set_up_printing(sheet: Any, title: str, landscape: bool) -> None:
    from openpyxl.styles import Font

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    fit_one_page_wide(sheet, 1, landscape)
    sheet.oddHeader.center.text = title.replace("&", "&&")
