"""B2B timetable to an xlsx workbook: one sheet per view, cells safe from formula injection."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from c2c.exporters.files import writing
from c2c.exporters.xlsx_print import fit_one_page_wide, sheet_name
from c2c.text import defuse_formula


def safe_cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula is stored with a leading apostrophe; lists joined; yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return defuse_formula(value)


def write_sheets(path: Path, sheets: Mapping[str, tuple[Sequence[tuple[str, str]], Sequence[Mapping[str, Any]]]]) -> Path:
    """Write ``{title: ([(key, header), …], rows)}`` as sheets set up for printing.

    Each sheet has a bold header row that stays in view and repeats on every printed page,
    its title in the page header, and fits one page wide (landscape when it is wide).
    """
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    names: set[str] = set()
    for title, (columns, rows) in sheets.items():
        sheet = workbook.create_sheet(sheet_name(title, names, "Sheet"))
        keys = [key for key, _ in columns]
        sheet.append([header for _, header in columns])
        for row in rows:
            sheet.append([safe_cell(row.get(k)) for k in keys])
        _fit_columns(sheet, columns, rows)
        _set_up_printing(sheet, title, landscape=len(columns) > 6)
    with writing(path):
        workbook.save(path)
    return path


def _fit_columns(sheet: Any, columns: Sequence[tuple[str, str]], rows: Sequence[Mapping[str, Any]]) -> None:
    for index, (key, header) in enumerate(columns, start=1):
        width = max([len(header), *(len(str(r.get(key) or "")) for r in rows)]) + 2
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(width, 60)


def _set_up_printing(sheet: Any, title: str, landscape: bool) -> None:
    from openpyxl.styles import Font

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    fit_one_page_wide(sheet, 1, landscape)
    sheet.oddHeader.center.text = title.replace("&", "&&")
