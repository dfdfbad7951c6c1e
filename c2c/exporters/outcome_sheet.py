"""The B2B feedback sheet: one row per meeting side, drop-down lists for the answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from c2c.exporters.cells import fill_row
from c2c.exporters.files import write_file
from c2c.exporters.xlsx_print import fit_one_page_wide, workbook_bytes


def write_feedback_sheet(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                         choices: Mapping[str, Sequence[str]]) -> Path:
    """A title row, the header on row 2 (frozen, repeated on each printed page), the rows, and
    for each header in ``choices`` a drop-down list that also refuses other answers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Feedback"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(headers))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(fill_row(sheet, row))
    last = len(rows) + 2
    for position, header in enumerate(headers, start=1):
        letter = sheet.cell(2, position).column_letter
        values = [header, *(str(row[position - 1]) for row in rows if row[position - 1] is not None)]
        sheet.column_dimensions[letter].width = min(max(len(v) for v in values) + 2, 40 if header != "Note" else 60)
        if header in choices:
            listed = DataValidation(type="list", formula1='"' + ",".join(choices[header]) + '"', allow_blank=True)
            listed.error = f"one of: {', '.join(choices[header])}"
            sheet.add_data_validation(listed)
            listed.add(f"{letter}3:{letter}{max(last, 3)}")
            sheet.column_dimensions[letter].width = max(sheet.column_dimensions[letter].width, 14)
    sheet.freeze_panes = "A3"
    fit_one_page_wide(sheet, 2, landscape=True)
    return write_file(path, workbook_bytes(workbook))
