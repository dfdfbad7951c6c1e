"""The coach manifest as an .xlsx the driver can print: one sheet per coach and leg."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from c2c.exporters.cells import fill
from c2c.exporters.xlsx_print import fit_one_page_wide, sheet_name, workbook_bytes

if TYPE_CHECKING:
    from c2c.exporters.manifest_shape import CoachManifest, LegSheet, PassengerLine

HEADER_ROW = 6
COLUMNS = (("Time", 8), ("Stop", 26), ("Name", 28), ("Company", 30), ("Mobile", 18), ("✓", 6))
# on the way home the driver also needs to know where each person gets off
RETURN_COLUMNS = (*COLUMNS[:5], ("Gets off", 22), COLUMNS[5])


def manifest_workbook(coaches: Sequence[CoachManifest], title: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    used_names: set[str] = set()
    for coach in coaches:
        legs: list[LegSheet | None] = list(coach.legs) or [None]
        for leg in legs:
            sheet = workbook.create_sheet(sheet_name(f"{coach.coach} {leg.name}" if leg else coach.coach, used_names, "Coach"))
            _fill_sheet(sheet, coach, leg, title)
    if not workbook.sheetnames:
        workbook.create_sheet("Manifest")["A1"] = "No coaches yet."
    return workbook_bytes(workbook)


def _fill_sheet(sheet: Any, coach: CoachManifest, leg: LegSheet | None, title: str) -> None:
    from openpyxl.styles import Font

    heading = f"{coach.coach} — {leg.label} — {leg.day}" if leg else coach.coach
    fill(sheet["A1"], heading).font = Font(bold=True, size=14)
    fill(sheet["A2"], title)
    details = [f"Operator: {coach.operator}" if coach.operator else "", f"Plate: {coach.plate}" if coach.plate else "",
               f"Driver: {coach.driver_phone}" if coach.driver_phone else ""]
    fill(sheet["A3"], "   ".join(d for d in details if d))
    on_leg = leg.passenger_count if leg else coach.used
    sheet["A4"] = (f"Seats: {coach.seats} ({coach.reserved} reserved)   Used: {on_leg}   "
                   f"Free: {max(coach.seats - coach.reserved - on_leg, 0)}")
    columns = RETURN_COLUMNS if leg is not None and leg.kind == "return" else COLUMNS
    _header(sheet, columns)
    if leg is None:
        sheet.cell(HEADER_ROW + 1, 2, "No route yet.")
    else:
        _stop_rows(sheet, leg, len(columns))
    _page_setup(sheet)


def _header(sheet: Any, columns: tuple[tuple[str, int], ...]) -> None:
    from openpyxl.styles import Border, Font, PatternFill, Side

    bottom = Border(bottom=Side(style="medium"))
    for index, (label, width) in enumerate(columns, start=1):
        cell = sheet.cell(HEADER_ROW, index, label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.border = bottom
        sheet.column_dimensions[cell.column_letter].width = width


def _stop_rows(sheet: Any, leg: LegSheet, width: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    row = HEADER_ROW + 1
    for stop in leg.stops:
        sheet.cell(row, 1, stop.clock).font = Font(bold=True)
        where = fill(sheet.cell(row, 2), f"{stop.stop}\n{stop.address}" if stop.address else stop.stop)
        where.font = Font(bold=True)
        where.alignment = Alignment(wrap_text=True, vertical="top")
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


def _page_setup(sheet: Any) -> None:
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    fit_one_page_wide(sheet, HEADER_ROW)
    sheet.oddFooter.center.text = "&A — page &P of &N"
