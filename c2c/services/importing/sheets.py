"""A workbook of several lists: one sheet per company, per delegation or per day.

Every sheet whose header names the people's fields is read, each under its own header; a sheet
of instructions or of lists of values is not (its content says so, not its name). What a sheet
writes once above its table (``Podjetje: Lazar Livarna d.d.``, ``Entreprise :`` | ``Acme``)
is the value of that field for each of its rows that leaves it blank. A row of such a workbook
is named with its sheet: ``SheetRow`` carries it through every note and error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from c2c.services.importing.headers import COMPANY_FIELDS, ColumnMap, header_fields, synonyms
from c2c.services.importing.layout import Numbered, Table
from c2c.services.importing.reading import Row
from c2c.text import fold

# what a title line may say of everyone under it; a name, an e-mail or a phone above the table
# is the sender's (a contact person), never each row's
TITLE_FIELDS = ("company", "country", "cluster", "role", "bus_stop", "language", *COMPANY_FIELDS)
NAME_FIELDS = ("first_name", "last_name", "full_name", "full_name_last_first")
MAX_LABEL_WORDS = 4  # 'Nome della società', 'Company name': longer text before a colon is a sentence
MIN_SHARED_FIELDS = 2  # a later sheet's header names at least this many of the first list's fields
_COLON = re.compile(r"^([^:]{1,60}?)\s*:\s*(.+)$", re.DOTALL)
_DASH = re.compile(r"^(.{1,60}?)\s+[-–—]\s+(.+)$", re.DOTALL)  # 'Company name - Acme': its label must be a column name


class SheetRow(int):
    """A row number of one sheet of a workbook read sheet by sheet: it orders and compares with its
    sheet, and reads '4 (sheet 'Lazar')' wherever a message writes it."""

    sheet: str
    order: int

    def __new__(cls, number: int, sheet: str, order: int) -> SheetRow:
        row = super().__new__(cls, number)
        row.sheet, row.order = sheet, order
        return row

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, int):
            return NotImplemented
        return int(self) == int(other) and getattr(other, "sheet", None) == self.sheet

    def __hash__(self) -> int:
        return hash((int(self), self.sheet))

    def __lt__(self, other: int) -> bool:  # type: ignore[override]
        return self._key() < _order_key(other, self.order)

    def __gt__(self, other: int) -> bool:  # type: ignore[override]
        return self._key() > _order_key(other, self.order)

    def _key(self) -> tuple[int, int]:
        return self.order, int(self)

    def __str__(self) -> str:
        return f"{int(self)} (sheet {self.sheet!r})"

    def __format__(self, spec: str) -> str:
        return f"{int(self):{spec}} (sheet {self.sheet!r})"

    __repr__ = __str__


def _order_key(row: int, default: int) -> tuple[int, int]:
    return getattr(row, "order", default), int(row)


def row_reference(row: int) -> str:
    """'sheet 'Lazar', row 4' or 'row 4': how every message names a row of the file."""
    sheet = getattr(row, "sheet", None)
    return f"sheet {sheet!r}, row {int(row)}" if sheet is not None else f"row {row}"


@dataclass(frozen=True)
class TitleFact:
    """A field's value written once above a table, for every row of it."""

    field: str
    label: str
    value: str
    row: int


def title_facts(top: Sequence[Numbered], table: Table, accepts: Callable[[str, str], bool]) -> list[TitleFact]:
    """The ``Label: value`` lines above ``table`` whose label names a field a title may give (the
    first of each field); ``accepts(field, value)`` says whether a value can be that field's."""
    above = table.header_row - (1 if table.group else 0)
    facts: dict[str, TitleFact] = {}
    for number, cells in top:
        if number >= above:
            break
        for label, value in _pairs([cell.strip() for cell in cells if cell.strip()]):
            name = _title_field(label)
            if name is not None and name not in facts and accepts(name, value):
                facts[name] = TitleFact(name, label, value, number)
    return list(facts.values())


def _pairs(cells: list[str]) -> Iterator[tuple[str, str]]:
    """(label, value) pairs of one title row: 'Label: value' in a cell, or a label cell ('Firma:',
    'Firma') and its value in the next one."""
    index = 0
    while index < len(cells):
        cell = cells[index]
        if (found := _COLON.match(cell)) is not None:
            yield found[1], found[2].strip()
        elif (found := _DASH.match(cell)) is not None and fold(found[1]) in synonyms():
            yield found[1], found[2].strip()
        elif index + 1 < len(cells) and (cell.endswith(":") or fold(cell) in synonyms()):
            yield cell.rstrip(" :"), cells[index + 1]
            index += 1
        index += 1


def _title_field(label: str) -> str | None:
    if not label or len(label.split()) > MAX_LABEL_WORDS:
        return None
    fields = header_fields(label)
    return fields[0] if fields and fields[0] in TITLE_FIELDS else None


def with_facts(table: Table, facts: list[TitleFact]) -> Callable[[Iterator[Numbered]], Iterator[Numbered]]:
    """Give ``table`` the columns its title facts stand for, and return what fills a row's blank
    cell of such a field with the fact (an explicit cell wins)."""
    columns: ColumnMap = table.columns
    width = len(columns.headers)
    filled: list[tuple[int, str]] = []
    added: list[str] = []
    for fact in facts:
        if fact.field in columns.fields:
            filled.append((columns.fields[fact.field], fact.value))
        else:
            columns.fields[fact.field] = width + len(added)
            added.append(fact.value)
            columns.headers.append(fact.label)

    def fill(rows: Iterator[Numbered]) -> Iterator[Numbered]:
        for number, cells in rows:
            # padded: a row may end before the fact's column (a csv, a web table, Excel 2003 XML)
            padding = [""] * (width - len(cells))
            row: Row = cells[:width] + padding + added if added else [*cells, *padding]
            for index, value in filled:
                if not row[index].strip():
                    row[index] = value
            yield number, row

    return fill


def sheet_skipped(table: Table | None, first: Table | None) -> str | None:
    """Why a sheet is not read as a list, or None when it is: no header naming people's fields (a
    sheet of instructions), no name column (a list of values), or columns not the first list's."""
    if table is None:
        return "no header naming attendee fields (instructions or notes?)"
    fields = set(table.columns.fields)
    if not fields & set(NAME_FIELDS):
        return "no name column in its header (a list of values?)"
    if first is not None:
        shared = fields & set(first.columns.fields)
        if len(shared) < min(MIN_SHARED_FIELDS, len(fields)):
            named = ", ".join(table.columns.headers[i] for i in sorted(table.columns.fields.values()))
            return f"its columns ({named}) are not the list's"
    return None
