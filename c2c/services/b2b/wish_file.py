"""Reading B2B wishes from a spreadsheet: requester, requested, priority[, session].

The file is read like an attendee list (``importing.reading``: xlsx/xls/ods/csv/tsv, any
encoding, merged cells). Its header may sit below title rows and be written in English,
Italian, French or German; priorities and sessions may be words ("alta", "matin").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from c2c.errors import InvalidInput
from c2c.parsing import InvalidValue, parse_half_day, parse_priority
from c2c.services.importing.reading import RawSheet, Row, first_rows, read_sheets
from c2c.text import fold

T = TypeVar("T")
COLUMNS = ("requester", "requested", "priority", "session")
REQUIRED = ("requester", "requested")
DEFAULT_PRIORITY = 2

# folded header -> column; a header also matches when it starts with one of these plus more words
HEADERS = {
    "requester": ("requester", "requesting company", "from", "company asking", "who", "applicant",
                  "richiedente", "azienda richiedente", "da", "demandeur", "entreprise demandeuse", "de",
                  "anfragende firma", "anfragendes unternehmen", "anfragender", "von"),
    "requested": ("requested", "requested company", "to", "wants to meet", "meets", "partner", "target",
                  "richiesta", "azienda richiesta", "incontra", "vuole incontrare", "a", "demande",
                  "entreprise demandee", "souhaite rencontrer", "rencontre", "gewunschte firma",
                  "gewunschtes unternehmen", "gewunscht", "mochte treffen", "trifft", "an"),
    "priority": ("priority", "prio", "priorita", "priorite", "prioritat", "importance", "importanza", "wichtigkeit"),
    "session": ("session", "sessione", "seance", "sitzung", "half day", "mezza giornata", "demi journee",
                "am pm", "when", "quando", "quand", "wann"),
}


@dataclass(frozen=True)
class RequestRow:
    where: str  # "wishes.csv, row 3"
    requester: str
    requested: str
    priority: int
    session: str | None
    headers: dict[str, str]  # column -> its header as written in the file, for error messages

    def column(self, name: str) -> str:
        return f"{self.where}, column {self.headers.get(name, name)}"


def read_request_rows(path: Path) -> list[RequestRow]:
    path = Path(path)
    sheets = read_sheets(path)
    sheet, number, index, headers = find_header(path, sheets, HEADERS, REQUIRED)
    rows = []
    for row_number, cells in sheet.rows():
        if row_number <= number or not any(c.strip() for c in cells):
            continue
        where = f"{path.name}, row {row_number}" + (f" of sheet {sheet.name!r}" if len(sheets) > 1 else "")
        rows.append(_row(where, cells, index, headers))
    return rows


Names = Mapping[str, tuple[str, ...]]


def find_header(
    path: Path, sheets: list[RawSheet], names: Names, required: tuple[str, ...]
) -> tuple[RawSheet, int, dict[str, int], dict[str, str]]:
    """The first sheet's first top row naming every ``required`` column: the sheet, its row
    number, column -> position, and column -> its header as written (for messages)."""
    for sheet in sheets:
        top, _ = first_rows(sheet)
        for number, cells in top:
            index: dict[str, int] = {}
            for position, cell in enumerate(cells):
                column = column_of(cell, names)
                if column is not None and column not in index:
                    index[column] = position
            if all(c in index for c in required):
                return sheet, number, index, {c: cells[i].strip() for c, i in index.items()}
    raise InvalidInput(_missing(path, sheets, names, required),
                       hint=f"the columns are: {', '.join(names)} (or their Italian, French or German names)")


def column_of(header: str, names: Names) -> str | None:
    """The column a header names: one of its names, or one followed by more words."""
    key = fold(header)
    if not key:
        return None
    for column, words in names.items():
        if key in words:
            return column
    for column, words in names.items():
        if any(len(name) > 2 and key.startswith(name + " ") for name in words):
            return column
    return None


def _missing(path: Path, sheets: list[RawSheet], names: Names, required: tuple[str, ...]) -> str:
    """What the likeliest header row (the one naming most columns) lacks."""
    top = [cells for sheet in sheets[:1] for _, cells in first_rows(sheet)[0] if any(c.strip() for c in cells)]
    if not top:
        return f"{path.name}: the file is empty"
    named = max(({column_of(cell, names) for cell in cells} for cells in top), key=len)
    missing = next(c for c in required if c not in named)
    return f"{path.name}: missing column {missing!r}"


def cell_at(cells: Row, index: dict[str, int], name: str) -> str:
    position = index.get(name)
    return cells[position].strip() if position is not None and position < len(cells) else ""


def _row(where: str, cells: Row, index: dict[str, int], headers: dict[str, str]) -> RequestRow:
    requester, requested = cell_at(cells, index, "requester"), cell_at(cells, index, "requested")
    partial = RequestRow(where, requester, requested, DEFAULT_PRIORITY, None, headers)
    for column, value in (("requester", requester), ("requested", requested)):
        if not value:
            raise InvalidInput(f"{partial.column(column)}: empty")
    priority = read_cell(parse_priority, cell_at(cells, index, "priority"), partial.column("priority"))
    session = read_cell(parse_half_day, cell_at(cells, index, "session"), partial.column("session"))
    return RequestRow(where, requester, requested, priority or DEFAULT_PRIORITY, session, headers)


def read_cell(parse: Callable[[str], T], text: str, column: str) -> T | None:
    """The cell read by ``parse``, None when empty; a bad value names its row and column."""
    try:
        return parse(text) if text else None
    except InvalidValue as exc:
        raise InvalidInput(f"{column}: {exc.message}") from None
