"""One spreadsheet row to one participant (a dict of clean fields), or to the reasons it is invalid."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from c2c.services.importing.headers import COMPANY_FIELDS, ColumnMap
from c2c.services.importing.normalise import (
    CellError,
    clean_text,
    normalise_country,
    normalise_email,
    normalise_phone,
    normalise_yes_no,
    proper_case,
    split_full_name,
)

# 'Totale: 24', 'Total 31 participants', 'Gesamt: 12' under the list
_FOOTER = re.compile(r"\d|^(tot|total|totale|gesamt|summe|somme|insgesamt|anzahl)\b", re.IGNORECASE)


@dataclass
class RowError:
    row: int
    column: str
    reason: str
    cells: list[str] = field(default_factory=list)


@dataclass
class RowContext:
    columns: ColumnMap
    region: str | None
    find_cluster: Callable[[str], int | None]


def is_blank_or_footer(cells: list[str]) -> bool:
    """An empty row (spaces only), or a lone note or total under the list."""
    filled = [c for c in cells if c and c.strip()]
    if not filled:
        return True
    return len(filled) == 1 and bool(_FOOTER.search(filled[0].strip()))


def parse_row(number: int, cells: list[str], ctx: RowContext) -> tuple[dict[str, Any] | None, list[RowError]]:
    fields = ctx.columns.fields
    errors: list[RowError] = []

    def cell(name: str) -> str:
        index = fields.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    def checked(name: str, convert: Callable[[str], Any]) -> Any:
        try:
            return convert(cell(name))
        except CellError as exc:
            errors.append(RowError(number, ctx.columns.header_of(name), str(exc), cells))
            return None

    first, last = _names(cell, fields)
    if not first and not last:
        errors.append(RowError(number, ctx.columns.header_of(_name_column(fields)),
                               "missing name (first and last name empty)", cells))
    person: dict[str, Any] = {
        "row": number,
        "first_name": first,
        "last_name": last,
        "email": checked("email", normalise_email),
        "phone": checked("phone", lambda v: normalise_phone(v, ctx.region)),
        "company": clean_text(cell("company")),
        "role": clean_text(cell("role")),
        "country": checked("country", normalise_country),
        "pitch": checked("pitch", normalise_yes_no),
        "bus_stop": clean_text(cell("bus_stop")),
        "cluster_id": checked("cluster", lambda v: _cluster_id(v, ctx)),
        "extra": {header: text for index, header in ctx.columns.extra
                  if index < len(cells) and (text := clean_text(cells[index])) is not None},
    }
    for name in COMPANY_FIELDS:
        person[name] = clean_text(cell(name))
    return (None, errors) if errors else (person, [])


def _names(cell: Callable[[str], str], fields: dict[str, int]) -> tuple[str, str]:
    first = clean_text(cell("first_name")) or ""
    last = clean_text(cell("last_name")) or ""
    if not first and not last:
        full = clean_text(cell("full_name")) or ""
        surname_first = False
        if not full:
            full = clean_text(cell("full_name_last_first")) or ""
            surname_first = True
        if full:
            first, last = split_full_name(full, surname_first)
    return proper_case(first), proper_case(last)


def _name_column(fields: dict[str, int]) -> str:
    for name in ("first_name", "full_name", "full_name_last_first", "last_name"):
        if name in fields:
            return name
    return "first_name"


def _cluster_id(value: str, ctx: RowContext) -> int | None:
    text = clean_text(value)
    if text is None:
        return None
    found = ctx.find_cluster(text)
    if found is None:
        raise CellError(f"unknown cluster {text!r} (add it with: c2c cluster add)")
    return found
