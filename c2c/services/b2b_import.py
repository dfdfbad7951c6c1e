"""Reading B2B wishes from a csv or xlsx file: requester, requested, priority[, session]."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from c2c.errors import InvalidInput
from c2c.text import fold

COLUMNS = ("requester", "requested", "priority", "session")
REQUIRED = ("requester", "requested")


@dataclass(frozen=True)
class RequestRow:
    where: str  # "wishes.csv, row 3"
    requester: str
    requested: str
    priority: int
    session: str | None


def read_request_rows(path: Path) -> list[RequestRow]:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path.name}: no such file")
    table = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods") else _read_csv(path)
    if not table:
        raise InvalidInput(f"{path.name}: the file is empty")
    header = [fold(str(cell or "")) for cell in table[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InvalidInput(f"{path.name}: missing column {missing[0]!r}", hint=f"the columns are: {', '.join(COLUMNS)}")
    index = {name: header.index(name) for name in COLUMNS if name in header}
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(str(c or "").strip() for c in cells):
            continue
        rows.append(_row(path.name, number, cells, index))
    return rows


def _cell(cells: list[Any], index: dict[str, int], name: str) -> str:
    position = index.get(name)
    if position is None or position >= len(cells) or cells[position] is None:
        return ""
    value = cells[position]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row(name: str, number: int, cells: list[Any], index: dict[str, int]) -> RequestRow:
    where = f"{name}, row {number}"
    requester, requested = _cell(cells, index, "requester"), _cell(cells, index, "requested")
    for column, value in (("requester", requester), ("requested", requested)):
        if not value:
            raise InvalidInput(f"{where}, column {column}: empty")
    raw_priority = _cell(cells, index, "priority") or "2"
    if raw_priority not in ("1", "2", "3"):
        raise InvalidInput(f"{where}, column priority: {raw_priority!r} is not 1, 2 or 3")
    session = _cell(cells, index, "session").lower() or None
    if session not in (None, "am", "pm"):
        raise InvalidInput(f"{where}, column session: {session!r} is not am or pm")
    return RequestRow(where, requester, requested, int(raw_priority), session)


def _read_csv(path: Path) -> list[list[Any]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    dialect: Any = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        pass
    return [list(r) for r in csv.reader(text.splitlines(), dialect)]


def _read_xlsx(path: Path) -> list[list[Any]]:
    import python_calamine as calamine

    unreadable = (calamine.CalamineError, calamine.PasswordError, calamine.WorksheetNotFound,
                  calamine.XmlError, calamine.ZipError, OSError, ValueError)
    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
        return [list(r) for r in workbook.get_sheet_by_index(0).to_python()]
    except unreadable as exc:
        raise InvalidInput(f"{path.name}: cannot read the spreadsheet ({exc})") from None
