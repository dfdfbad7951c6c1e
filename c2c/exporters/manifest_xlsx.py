"""The coach manifest as an .xlsx the driver can print: one sheet per coach and leg.

Headers in the mission's language, each stop and its address in one cell on a row tall
enough for both, phones as people read them, the mission's paper, page numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from c2c.exporters.cells import fill
from c2c.exporters.paper import long_date
from c2c.exporters.words import words
from c2c.exporters.xlsx_print import (
    LINE_POINTS,
    is_wide,
    line_count,
    set_up_page,
    sheet_name,
    workbook_bytes,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from c2c.exporters.manifest_shape import CoachManifest, LegSheet, PassengerLine
    from c2c.exporters.paper import Heading

HEADER_ROW = 6
COLUMNS = (("time", 8), ("stop", 26), ("name", 28), ("company", 30), ("mobile", 18), ("✓", 6))
# on the way home the driver also needs to know where each person gets off
RETURN_COLUMNS = (*COLUMNS[:5], ("gets_off", 22), COLUMNS[5])
STOP_WIDTH = (18, 40)  # the stop column fits its longest line within these, and wraps beyond


def manifest_workbook(coaches: Sequence[CoachManifest], heading: Heading) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    used_names: set[str] = set()
    for coach in coaches:
        legs: list[LegSheet | None] = list(coach.legs) or [None]
        for leg in legs:
            sheet = workbook.create_sheet(sheet_name(f"{coach.coach} {leg.name}" if leg else coach.coach, used_names, "Coach"))
            _fill_sheet(sheet, coach, leg, heading)
    if not workbook.sheetnames:
        workbook.create_sheet("Manifest")["A1"] = words(heading.language)["no_coaches"]
    return workbook_bytes(workbook)


def _fill_sheet(sheet: Any, coach: CoachManifest, leg: LegSheet | None, heading: Heading) -> None:
    from openpyxl.styles import Font

    said = words(heading.language)
    what = f"{coach.coach} — {leg.label}" if leg else coach.coach
    day = long_date(dt.date.fromisoformat(leg.day), heading.language) if leg else heading.date
    fill(sheet["A1"], f"{what} — {day}").font = Font(bold=True, size=14)
    fill(sheet["A2"], heading.mission)
    details = [f"{said['operator']}: {coach.operator}" if coach.operator else "",
               f"{said['plate']}: {coach.plate}" if coach.plate else "",
               f"{said['driver']}: {coach.driver_phone}" if coach.driver_phone else ""]
    fill(sheet["A3"], "   ".join(d for d in details if d))
    on_leg = leg.passenger_count if leg else coach.used
    sheet["A4"] = (f"{said['seats']}: {coach.seats} ({coach.reserved} {said['reserved']})   "
                   f"{said['used'].capitalize()}: {on_leg}   "
                   f"{said['free'].capitalize()}: {max(coach.seats - coach.reserved - on_leg, 0)}")
    columns = RETURN_COLUMNS if leg is not None and leg.kind == "return" else COLUMNS
    _header(sheet, columns, said)
    if leg is None:
        sheet.cell(HEADER_ROW + 1, 2, said["no_route"])
    else:
        _stop_rows(sheet, leg, len(columns), said)
    set_up_page(sheet, replace(heading, what=f"{said['coach_manifest']} — {what}", date=day), HEADER_ROW,
                landscape=is_wide(sheet))


def _header(sheet: Any, columns: tuple[tuple[str, int], ...], said: Mapping[str, str]) -> None:
    from openpyxl.styles import Border, Font, PatternFill, Side

    bottom = Border(bottom=Side(style="medium"))
    for index, (key, width) in enumerate(columns, start=1):
        cell = sheet.cell(HEADER_ROW, index, said.get(key, key))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.border = bottom
        sheet.column_dimensions[cell.column_letter].width = width


def _stop_rows(sheet: Any, leg: LegSheet, width: int, said: Mapping[str, str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    names = [f"{stop.stop} ({said['destination']})" if stop.destination else stop.stop for stop in leg.stops]
    places = [f"{name}\n{stop.address}" if stop.address else name for name, stop in zip(names, leg.stops, strict=True)]
    longest = max((len(line) for place in places for line in place.split("\n")), default=0)
    stop_width = min(max(longest + 2, STOP_WIDTH[0]), STOP_WIDTH[1])
    _fit_passenger_columns(sheet, leg, width)
    sheet.column_dimensions["B"].width = stop_width
    row = HEADER_ROW + 1
    for stop, place in zip(leg.stops, places, strict=True):
        sheet.cell(row, 1, stop.clock).font = Font(bold=True)
        where = fill(sheet.cell(row, 2), place)
        where.font = Font(bold=True)
        where.alignment = Alignment(wrap_text=True, vertical="top")
        # tall enough for the stop and its whole address: a spreadsheet does not grow a row by itself
        sheet.row_dimensions[row].height = LINE_POINTS * line_count(place, stop_width) + 2
        passengers: list[PassengerLine | None] = list(stop.passengers) or [None]
        for passenger in passengers:
            if passenger is not None:
                tick = "✓" if passenger.boarded else ""
                values: tuple[str, ...] = (passenger.name, passenger.company or "", passenger.phone or "")
                values += (passenger.drop_off or "", tick) if width == len(RETURN_COLUMNS) else (tick,)
                for offset, value in enumerate(values, start=3):
                    fill(sheet.cell(row, offset), value)
            for column in range(1, width + 1):
                sheet.cell(row, column).border = Border(bottom=thin, top=thin, left=thin, right=thin)
            row += 1



def _fit_passenger_columns(sheet: Any, leg: LegSheet, width: int) -> None:
    """Name, company, mobile (and where they get off) as wide as their longest value or header."""
    from openpyxl.utils import get_column_letter

    people = [p for stop in leg.stops for p in stop.passengers]
    values: list[list[str]] = [[p.name for p in people], [p.company or "" for p in people], [p.phone or "" for p in people]]
    if width == len(RETURN_COLUMNS):
        values.append([p.drop_off or "" for p in people])
    for column, texts in enumerate(values, start=3):
        header = str(sheet.cell(HEADER_ROW, column).value or "")
        sheet.column_dimensions[get_column_letter(column)].width = min(max(map(len, [header, *texts])) + 2, 34)
