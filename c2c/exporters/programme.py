"""The day programme to print or hand out: a page per day (HTML/PDF) or a sheet (xlsx)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from c2c.exporters import templates
from c2c.exporters.paper import Heading, long_date
from c2c.exporters.words import words

# a block as the programme service reads it: date, start and end (ISO), title, description, location
Block = Mapping[str, Any]


@dataclass(frozen=True)
class _Line:
    start: dt.time
    end: dt.time
    title: str
    description: str | None
    location: str | None


def _days(blocks: Sequence[Block], language: str) -> list[tuple[str, list[_Line]]]:
    days: dict[str, list[_Line]] = {}
    for block in blocks:
        start, end = dt.datetime.fromisoformat(block["start"]), dt.datetime.fromisoformat(block["end"])
        line = _Line(start.time(), end.time(), block["title"], block.get("description"), block.get("location"))
        days.setdefault(long_date(start.date(), language), []).append(line)
    return list(days.items())


def programme_html(heading: Heading, blocks: Sequence[Block]) -> str:
    """A page per day: time, what happens (and its line for the programme), where."""
    said = words(heading.language)
    return templates.render("programme.html.j2", {
        "heading": heading.of(said["programme"]), "t": said, "days": _days(blocks, heading.language)})


def programme_workbook(heading: Heading, blocks: Sequence[Block]) -> bytes:
    """One sheet: real time cells, the day as a line of its own when the mission lasts several."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from c2c.exporters.cells import fill
    from c2c.exporters.xlsx_print import fit_columns, set_up_page, workbook_bytes, write_heading

    said = words(heading.language)
    heading = heading.of(said["programme"])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = said["programme"]
    header_row = write_heading(sheet, heading)
    for column, key in enumerate(("time", "time", "what", "where"), start=1):
        sheet.cell(header_row, column, said[key]).font = Font(bold=True)
    sheet.merge_cells(start_row=header_row, start_column=1, end_row=header_row, end_column=2)
    row = header_row + 1
    days = _days(blocks, heading.language)
    for day, lines in days:
        if len(days) > 1:
            sheet.cell(row, 1, day).font = Font(bold=True)
            row += 1
        for line in lines:
            for column, value in enumerate((line.start, line.end), start=1):
                sheet.cell(row, column, value).number_format = "HH:MM"
            fill(sheet.cell(row, 3), f"{line.title}\n{line.description}" if line.description else line.title)
            fill(sheet.cell(row, 4), line.location)
            row += 1
    fit_columns(sheet, header_row + 1, widest=50)
    for letter in ("A", "B"):
        sheet.column_dimensions[letter].width = 8
    set_up_page(sheet, heading, header_row)
    return workbook_bytes(workbook)
