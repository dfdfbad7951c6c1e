"""The pitch agenda as an .xlsx ready to print: A4, the mission's title, real time cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from c2c.exporters.cells import fill
from c2c.exporters.paper import Heading
from c2c.exporters.words import words
from c2c.exporters.xlsx_print import set_up_page, workbook_bytes

HEADER_ROW = 4
COLUMNS = [  # header (a word of exporters.words), row key, width
    ("#", "order", 5),
    ("start", "start", 8),
    ("end", "end", 8),
    ("company", "company", 32),
    ("speakers", "speakers", 34),
    ("cluster", "cluster", 9),
    ("session", "session", 22),
    ("note", "note", 16),
]


def agenda_workbook(rows: Sequence[Mapping[str, Any]], *, title: str, subtitle: str,
                    heading: Heading | None = None) -> bytes:
    """``heading`` gives the paper, the page header and the language of the column headers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    heading = heading or Heading(title, subtitle, what="Pitch agenda")
    said = words(heading.language)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = said["pitch_agenda"][:31]
    fill(sheet["A1"], title).font = Font(bold=True, size=14)
    fill(sheet["A2"], subtitle)
    for index, (header, _key, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=said.get(header, header))
        cell.font = Font(bold=True)
        sheet.column_dimensions[cell.column_letter].width = width
    for offset, row in enumerate(rows, start=1):
        for index, (_header, key, _width) in enumerate(COLUMNS, start=1):
            cell = fill(sheet.cell(row=HEADER_ROW + offset, column=index), _value(row, key))
            if key in ("start", "end") and cell.value is not None:
                cell.number_format = "HH:MM"
            cell.alignment = Alignment(vertical="top", wrap_text=key in ("company", "speakers", "session"))
    set_up_page(sheet, heading, HEADER_ROW)
    return workbook_bytes(workbook)


def _value(row: Mapping[str, Any], key: str) -> Any:
    value = row.get(key)
    if key in ("start", "end"):
        # a real time cell: the wall-clock time of the mission, as printed in the programme
        return dt.datetime.fromisoformat(value).time() if value else None
    return value

