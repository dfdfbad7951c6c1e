"""The B2B day on paper: the timetable, the matrix, a sign for each table, a schedule per company.

- The matrix prints at full size in landscape, over as many pages as it takes with the
  company column repeated, never shrunk to unreadable type.
- A table sign is left on its table: the table number large enough to read across the
  room, and the day's meetings there with their times and the two companies.
- A company's schedule is handed to it or sent: whom it meets, when, at which table, and
  who they are. It shows nothing another company asked for or how much (priorities stay
  with the coordinator), nor whether the wish was mutual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from c2c.exporters import templates
from c2c.exporters.paper import Heading
from c2c.exporters.words import words

Row = Mapping[str, Any]
MATRIX_SLOTS_PER_PAGE = 6  # on a landscape page, with the company column: cells of ~37 mm


class B2BDay(Protocol):
    @property
    def timetable(self) -> Sequence[Row]: ...
    @property
    def slot_labels(self) -> Sequence[str]: ...
    @property
    def matrix(self) -> Sequence[Row]: ...
    @property
    def tables(self) -> Mapping[int, Sequence[Row]]: ...
    @property
    def companies(self) -> Mapping[str, Sequence[Row]]: ...


def _span(row: Row) -> str:
    """``13:30–13:50`` from the meeting's start and end."""
    start, end = dt.datetime.fromisoformat(row["start"]), dt.datetime.fromisoformat(row["end"])
    return f"{start:%H:%M}–{end:%H:%M}"


def _held(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r.get("start")]


def b2b_day_html(heading: Heading, day: B2BDay) -> str:
    said = words(heading.language)
    labels = list(day.slot_labels)
    pages = [labels[i:i + MATRIX_SLOTS_PER_PAGE] for i in range(0, len(labels), MATRIX_SLOTS_PER_PAGE)]
    return templates.render("b2b_day.html.j2", {
        "heading": heading.of(said["b2b_meetings"]), "t": said, "span": _span,
        "timetable": _held(day.timetable), "matrix": day.matrix, "matrix_pages": pages,
        "tables": {n: _held(rows) for n, rows in day.tables.items()},
        "companies": {name: _held(rows) for name, rows in day.companies.items()},
    })


def b2b_day_workbook(heading: Heading, day: B2BDay) -> bytes:
    """The timetable, the matrix, then a sheet per table (its sign) and per company (its schedule)."""
    from openpyxl import Workbook

    from c2c.exporters.xlsx_print import workbook_bytes

    said = words(heading.language)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    timetable = [(_span(r), r["table"], r["a"], r["b"]) for r in _held(day.timetable)]
    _table_sheet(workbook, used, heading.of(said["b2b_meetings"]), said["b2b_meetings"],
                 [said["time"], said["table"], said["company_a"], said["company_b"]], timetable)
    _matrix_sheet(workbook, used, heading.of(said["b2b_matrix"]), day, said)
    for number, rows in day.tables.items():
        _sign_sheet(workbook, used, heading.of(f"{said['table']} {number}"), rows, said)
    for name, rows in day.companies.items():
        schedule = [(_span(r), r["table"], r["counterpart"], r["profile"]) for r in _held(rows)]
        _table_sheet(workbook, used, heading.of(f"{said['b2b_schedule']} — {name}"), name,
                     [said["time"], said["table"], said["meets"], said["who_they_are"]], schedule)
    return workbook_bytes(workbook)


def _table_sheet(workbook: Any, used: set[str], heading: Heading, name: str, headers: Sequence[str],
                 rows: Sequence[Sequence[object]], *, size: int = 11, top: int = 1) -> Any:
    from openpyxl.styles import Font

    from c2c.exporters.cells import fill
    from c2c.exporters.xlsx_print import fit_columns, set_up_page, sheet_name, write_heading

    sheet = workbook.create_sheet(sheet_name(name, used, "B2B"))
    header_row = write_heading(sheet, heading, top)
    for column, header in enumerate(headers, start=1):
        sheet.cell(header_row, column, header).font = Font(bold=True, size=size)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            fill(sheet.cell(header_row + offset, column), value).font = Font(size=size)
    fit_columns(sheet, header_row, widest=45)
    set_up_page(sheet, heading, header_row)
    return sheet


def _matrix_sheet(workbook: Any, used: set[str], heading: Heading, day: B2BDay, said: Mapping[str, str]) -> None:
    from openpyxl.styles import Font

    from c2c.exporters.cells import fill
    from c2c.exporters.xlsx_print import fit_columns, set_up_page, sheet_name, write_heading

    sheet = workbook.create_sheet(sheet_name(said["b2b_matrix"], used, "B2B"))
    header_row = write_heading(sheet, heading)
    for column, label in enumerate([said["company"], *day.slot_labels], start=1):
        sheet.cell(header_row, column, label).font = Font(bold=True)
    for offset, row in enumerate(day.matrix, start=1):
        fill(sheet.cell(header_row + offset, 1), row["company"]).font = Font(bold=True)
        for column, label in enumerate(day.slot_labels, start=2):
            fill(sheet.cell(header_row + offset, column), row.get(label) or None)
    fit_columns(sheet, header_row, widest=18)
    sheet.column_dimensions["A"].width = max(sheet.column_dimensions["A"].width, 22)
    set_up_page(sheet, heading, header_row, landscape=True, one_page_wide=False)


SIGN_NUMBER_POINTS = 72  # 'Tavolo 12' still fits the width of a portrait page


def _sign_sheet(workbook: Any, used: set[str], heading: Heading, rows: Sequence[Row], said: Mapping[str, str]) -> None:
    """The table's number across the top of the page, then its meetings in large type."""
    from openpyxl.styles import Alignment, Font

    held = [(_span(r), r["a"], r["b"]) for r in _held(rows)]
    # the number first, above the usual heading, across the table's three columns
    sheet = _table_sheet(workbook, used, heading, heading.what, [said["time"], said["company_a"], said["company_b"]],
                         held or [(said["no_meeting"], None, None)], size=14, top=2)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    number = sheet.cell(1, 1, heading.what)
    number.font = Font(bold=True, size=SIGN_NUMBER_POINTS)
    number.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = SIGN_NUMBER_POINTS * 1.3
