"""The pitch agenda as an .xlsx ready to print: A4, the mission's title, real time cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from c2c.exporters.files import writing
from c2c.exporters.xlsx_print import fit_one_page_wide
from c2c.text import defuse_formula

HEADER_ROW = 4
COLUMNS = [  # header, row key, width
    ("#", "order", 5),
    ("Start", "start", 8),
    ("End", "end", 8),
    ("Company", "company", 32),
    ("Speakers", "speakers", 34),
    ("Cluster", "cluster", 9),
    ("Session", "session", 22),
    ("Note", "note", 16),
]


def safe_cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (=, +, -, @) is kept as text."""
    return defuse_formula(value)


def write_agenda_xlsx(path: Path, rows: Sequence[dict[str, Any]], *, title: str, subtitle: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pitch agenda"
    sheet["A1"] = safe_cell(title)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = safe_cell(subtitle)
    for index, (header, _key, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=header)
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = width
    for offset, row in enumerate(rows, start=1):
        for index, (_header, key, _width) in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=HEADER_ROW + offset, column=index, value=_value(row, key))
            if key in ("start", "end") and cell.value is not None:
                cell.number_format = "HH:MM"
            cell.alignment = Alignment(vertical="top", wrap_text=key in ("company", "speakers", "session"))
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    _page_setup(sheet, title)
    with writing(path):
        workbook.save(path)
    return path


def _value(row: dict[str, Any], key: str) -> Any:
    value = row.get(key)
    if key in ("start", "end"):
        # a real time cell: the wall-clock time of the mission, as printed in the programme
        return dt.datetime.fromisoformat(value).time() if value else None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return safe_cell(value)


def _page_setup(sheet: Any, title: str) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    fit_one_page_wide(sheet, HEADER_ROW)
    sheet.oddHeader.center.text = title.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"
