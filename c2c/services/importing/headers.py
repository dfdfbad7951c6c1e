"""Which column holds which participant field: synonyms in nine languages (c2c/data/headers.json),
the header row found among the top rows, and ``--map`` overrides."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from c2c.config import package_data
from c2c.errors import InvalidInput
from c2c.text import fold

MIN_FIELDS_IN_HEADER = 2
EXTRA = "extra"
IGNORE = "ignore"
PERSON_FIELDS = ("first_name", "last_name", "full_name", "full_name_last_first", "company", "role", "email", "phone",
                 "country", "pitch", "bus_stop", "cluster")
COMPANY_FIELDS = ("core_business", "areas_of_interest", "partners_sought", "current_projects")
FIELDS = PERSON_FIELDS + COMPANY_FIELDS


@cache
def synonyms() -> dict[str, str]:
    """Folded synonym -> field."""
    data = json.loads(package_data("headers.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for name in FIELDS:
        for synonym in data.get(name, []):
            table.setdefault(fold(synonym), name)
    return table


@cache
def _by_length() -> list[tuple[str, str]]:
    return sorted(synonyms().items(), key=lambda item: -len(item[0]))


def match_header(text: str) -> str | None:
    """The field a column name stands for: exact synonym first, else the longest leading one."""
    key = fold(text)
    if not key:
        return None
    exact = synonyms().get(key)
    if exact is not None:
        return exact
    for synonym, name in _by_length():
        if key.startswith(synonym + " "):
            return name
    return None


@dataclass
class ColumnMap:
    """Field -> column index for the recognised columns; the rest kept as extra data."""

    headers: list[str]
    fields: dict[str, int] = field(default_factory=dict)
    extra: list[tuple[int, str]] = field(default_factory=list)

    def header_of(self, name: str) -> str:
        return self.headers[self.fields[name]] if name in self.fields else name

    @property
    def extra_headers(self) -> list[str]:
        return [header for _, header in self.extra]


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """``["Ragione sociale=company"]`` -> ``{"ragione sociale": "company"}``, checked."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        header, sep, name = pair.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not sep or not header.strip() or not name:
            raise InvalidInput(f"column mapping {pair!r} must be HEADER=FIELD", hint='e.g. "Ragione sociale=company"')
        if name not in (*FIELDS, EXTRA, IGNORE):
            raise InvalidInput(f"column mapping {pair!r}: unknown field {name!r}",
                               hint=f"fields: {', '.join((*FIELDS, EXTRA, IGNORE))}")
        overrides[fold(header)] = name
    return overrides


def map_columns(cells: list[str], overrides: dict[str, str]) -> ColumnMap:
    """Map one candidate header row; a field claimed twice keeps its first column."""
    columns = ColumnMap(headers=[c.strip() for c in cells])
    for index, header in enumerate(columns.headers):
        if not header:
            continue
        name = overrides.get(fold(header)) or match_header(header)
        if name == IGNORE:
            continue
        if name is None or name == EXTRA or name in columns.fields:
            columns.extra.append((index, header))
        else:
            columns.fields[name] = index
    return columns


def find_header(rows: list[tuple[int, list[str]]], overrides: dict[str, str]) -> tuple[int, ColumnMap] | None:
    """The first row naming at least two known fields, with its column map."""
    for number, cells in rows:
        columns = map_columns(cells, overrides)
        if len(columns.fields) >= MIN_FIELDS_IN_HEADER:
            return number, columns
    return None
