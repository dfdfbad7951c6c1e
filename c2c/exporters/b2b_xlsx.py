"""B2B timetable to an xlsx workbook: one sheet per view, cells safe from formula injection."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from c2c.text import defuse_formula


def safe_cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula is stored with a leading apostrophe; lists joined."""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return defuse_formula(value)


def write_sheets(path: Path, sheets: Mapping[str, tuple[Sequence[str], Sequence[Mapping[str, Any]]]]) -> Path:
    """Write ``{title: (keys, rows)}``, a header row then one row per mapping."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, (keys, rows) in sheets.items():
        sheet = workbook.create_sheet(title[:31])
        sheet.append(list(keys))
        for row in rows:
            sheet.append([safe_cell(row.get(k)) for k in keys])
        for index, key in enumerate(keys, start=1):
            width = max([len(str(key)), *(len(str(r.get(key) or "")) for r in rows)]) + 2
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(width, 60)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
