"""Participant lists and rejected rows to .xlsx or .csv, safe to open in a spreadsheet program."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from c2c.errors import InvalidInput
from c2c.exporters.files import writing
from c2c.text import defuse_formula


def escape_cell(value: Any) -> Any:
    """Make text that would start a formula inert by prefixing a quote (OWASP's advice)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items()) or None
    return defuse_formula(value)


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Any]], sheet: str = "Participants") -> Path:
    """Write ``rows`` under ``headers`` as .xlsx or .csv (chosen by the suffix)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInput(f"cannot write {path.name}: use a .xlsx or .csv file name")
    safe = [[escape_cell(v) for v in row] for row in rows]
    with writing(path):
        if suffix == ".csv":
            _write_csv(path, headers, safe)
        else:
            _write_xlsx(path, headers, safe, sheet)
    return path


def _write_csv(path: Path, headers: Sequence[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([["" if v is None else v for v in row] for row in rows])


def _write_xlsx(path: Path, headers: Sequence[str], rows: list[list[Any]], sheet: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    worksheet.append([_bold(worksheet, h, Font) for h in headers])
    for row in rows:
        worksheet.append(row)
    workbook.save(path)


def _bold(worksheet: Any, text: str, font: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(worksheet, value=text)
    cell.font = font(bold=True)
    return cell
