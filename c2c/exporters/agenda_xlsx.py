"""The pitch agenda as an .xlsx ready to print: A4, the mission's title, real time cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from c2c.exporters.cells import fill
from c2c.exporters.xlsx_print import fit_one_page_wide, workbook_bytes

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


def agenda_workbook(rows: Sequence[Mapping[str, Any]], *, title: str, subtitle: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pitch agenda"
    fill(sheet["A1"], title).font = Font(bold=True, size=14)
    fill(sheet["A2"], subtitle)
    for index, (header, _key, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=header)
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = width
    for offset, row in enumerate(rows, start=1):
        for index, (_header, key, _width) in enumerate(COLUMNS, start=1):
            cell = fill(sheet.cell(row=HEADER_ROW + offset, column=index), _value(row, key))
            if key in ("start", "end") and cell.value is not None:
                cell.number_format = "HH:MM"
            cell.alignment = Alignment(vertical="top", wrap_text=key in ("company", "speakers", "session"))
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    _page_setup(sheet, title)
    return workbook_bytes(workbook)


def _value(row: Mapping[str, Any], key: str) -> Any:
    value = row.get(key)
    if key in ("start", "end"):
        # a real time cell: the wall-clock time of the mission, as printed in the programme
        return dt.datetime.fromisoformat(value).time() if value else None
    return value


def _page_setup(sheet: Any, title: str) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    fit_one_page_wide(sheet, HEADER_ROW)
    sheet.oddHeader.center.text = title.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"
