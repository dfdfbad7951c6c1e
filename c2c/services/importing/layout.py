"""Where the list is in a sheet, and which rows under it are people.

A list is a block of columns under a header. The header is one row, or a group row over a field
row ('Partecipante' over 'Nome | Cognome', 'Azienda' over both rows); columns its words do not
name are guessed from their content (``guess``). Columns separated from the block by empty ones
hold another table and are not read. Below the header, a row is a person unless its shape says
otherwise: the header repeated (a list printed on several pages), a short row holding a count or
a total, notes under the list, or the header of another table (and that table's rows).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import zip_longest

from c2c.config import package_data
from c2c.services.importing.guess import guess_fields
from c2c.services.importing.headers import ColumnMap, header_fields, map_columns
from c2c.services.importing.reading import HEADER_SEARCH_ROWS, Row
from c2c.text import fold

MIN_FIELDS_IN_HEADER = 2
SPARSE = 2  # a row filling at most this many cells may be a total or a note; a person fills more, or a name
BLOCK_GAP = 2  # this many empty columns end the list's block: what lies beyond is another table
NAME_FIELDS = ("first_name", "last_name", "full_name", "full_name_last_first")

Numbered = tuple[int, Row]


@dataclass
class Table:
    """The list found in a sheet: its header, its block of columns [first, end), its column map."""

    header_row: int
    columns: ColumnMap
    first: int
    end: int
    group: list[str] = field(default_factory=list)  # the group row over the field row, if any
    index_column: int | None = None  # 'N.': the rows' running number
    unanswered: list[int] = field(default_factory=list)  # yes/no columns no header names

    @property
    def guessed_headers(self) -> list[str]:
        return [self.columns.headers[i] for i in self.columns.guessed]


def locate_table(rows: Sequence[Numbered], overrides: dict[str, str], regions: Sequence[str | None]) -> Table | None:
    """The first row naming two known fields; failing that, the first naming one whose other
    columns show theirs by their content. ``rows``: the top of the sheet (header search and sample)."""
    search = rows[:HEADER_SEARCH_ROWS]
    for position, (_, cells) in enumerate(search):
        if _known(cells, overrides) >= MIN_FIELDS_IN_HEADER:
            return _table_at(rows, position, overrides, regions)
    for position, (_, cells) in enumerate(search):
        if _known(cells, overrides) == 1 and len(_filled(cells, 0, len(cells))) >= 2:
            table = _table_at(rows, position, overrides, regions)
            if len(table.columns.fields) >= MIN_FIELDS_IN_HEADER:
                return table
    return None


def _known(cells: Sequence[str], overrides: dict[str, str]) -> int:
    return len(map_columns(list(cells), overrides).fields)


def _table_at(rows: Sequence[Numbered], position: int, overrides: dict[str, str],
              regions: Sequence[str | None]) -> Table:
    number, cells = rows[position]
    group: list[str] = []
    below = rows[position + 1][1] if position + 1 < len(rows) else []
    if below and _known(_under(below, cells), overrides) > _known(cells, overrides):
        # a group row over the field row ('Partecipante' over 'Nome | Cognome'): the field row is
        # the header, and the group's cells over its gaps ('Azienda' over both rows) name columns
        group, (number, cells), position = list(cells), rows[position + 1], position + 1
    elif position > 0 and len(_filled(rows[position - 1][1], 0, len(rows[position - 1][1]))) >= 2:
        # a group row that names no two fields itself: only its field names fill the gaps
        group = [text if header_fields(text) else "" for text in rows[position - 1][1]]
    header = _under(cells, group)
    sample = [cells for _, cells in rows[position + 1:]]
    first, end = _block(header, sample, overrides)
    columns = map_columns(["" if not first <= i < end else text for i, text in enumerate(header)], overrides)
    table = Table(header_row=number, columns=columns, first=first, end=end, group=group)
    _guess(table, sample, regions)
    table.index_column = _index_column(table, sample)
    return table


def _under(cells: Sequence[str], group: Sequence[str]) -> list[str]:
    """The field row with its empty cells taken from the group row above."""
    return [own if own.strip() else over for own, over in zip_longest(cells, group, fillvalue="")]


def _filled(cells: Sequence[str], first: int, end: int) -> list[int]:
    return [i for i, text in enumerate(cells[first:end], first) if text and not text.isspace()]


def _block(header: Sequence[str], sample: Sequence[Row], overrides: dict[str, str]) -> tuple[int, int]:
    """The columns of the list: runs of used columns split by BLOCK_GAP empty ones; the run whose
    header names most fields (the leftmost of equals)."""
    width = max([len(header), *(len(row) for row in sample)])
    used = [c < len(header) and bool(header[c].strip()) or any(c < len(row) and row[c].strip() for row in sample)
            for c in range(width)]
    runs: list[tuple[int, int]] = []
    start, gap = None, 0
    for c, on in enumerate([*used, *([False] * BLOCK_GAP)]):
        if on:
            start, gap = (c if start is None else start), 0
        elif start is not None:
            gap += 1
            if gap == BLOCK_GAP:
                runs.append((start, c - gap + 1))
                start = None
    if len(runs) <= 1:
        return runs[0] if runs else (0, width)
    return max(runs, key=lambda run: (_known([h if run[0] <= i < run[1] else "" for i, h in enumerate(header)],
                                             overrides), -run[0]))


def _guess(table: Table, sample: Sequence[Row], regions: Sequence[str | None]) -> None:
    columns = table.columns
    mapped = set(columns.fields.values())
    unnamed = [(i, columns.headers[i] if i < len(columns.headers) else "") for i in range(table.first, table.end)
               if i not in mapped]
    people = [row for row in sample if len(_filled(row, table.first, table.end)) > SPARSE]
    guesses, table.unanswered = guess_fields(unnamed, people, set(columns.fields), regions)
    for guess in guesses:
        if guess.column >= len(columns.headers):
            columns.headers.extend([""] * (guess.column + 1 - len(columns.headers)))
        if not columns.headers[guess.column]:
            columns.headers[guess.column] = column_letter(guess.column)
        columns.fields[guess.name] = guess.column
        columns.guessed.append(guess.column)
        columns.extra = [(i, h) for i, h in columns.extra if i != guess.column]


def _index_column(table: Table, sample: Sequence[Row]) -> int | None:
    """An unnamed column counting the rows (1, 2, 3…), whose lone number under the list is a count."""
    mapped = set(table.columns.fields.values())
    for column in range(table.first, table.end):
        if column in mapped:
            continue
        values = [row[column].strip() for row in sample if column < len(row) and row[column].strip()]
        if len(values) >= 2 and all(v.isdigit() for v in values) and values == sorted(values, key=int):
            return column
    return None


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB': how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- the rows under the header ------------------------------------------------------------------

HEADER, TOTAL, NOTE, NUMBERED, TABLE = "header", "total", "note", "numbered", "table"
_WHAT = {
    HEADER: ("the header repeated", "the header repeated"),
    TOTAL: ("a total under the list", "totals under the list"),
    NOTE: ("a note under the list", "notes under the list"),
    NUMBERED: ("a numbered row with no one in it", "numbered rows with no one in them"),
    TABLE: ("another table under the list", "another table under the list"),
}
COUNT, WORDS = "count", "words"
_COUNT = re.compile(r"^\d{1,6}$")
# 'Totale: 22', 'Total participants 31', '22 partecipanti', 'Iscritti = 22'
_LABELLED_COUNT = re.compile(r"^(?:[^\W\d_][^\d@]{0,40}?[:=]?\s*\d{1,6}|\d{1,6}\s+[^\W\d_][^\d@]{0,30})\.?$")
# '* da confermare', 'N.B. …', '(1) …', '— firma', '______'
_NOTE_MARK = re.compile(r"^(?:[^\w\s]|n\.?\s?b\b|p\.?\s?s\b|nota\b|note\b|remarque\b|hinweis\b)|_{3,}|\.{4,}", re.IGNORECASE)
LONG_SENTENCE = 6


@cache
def _total_words() -> tuple[str, ...]:
    data = json.loads(package_data("layout.json").read_text(encoding="utf-8"))
    return tuple(sorted({fold(word) for word in data["totals"]}, key=len, reverse=True))


def cell_kind(text: str) -> str:
    """What one cell of a short row is: a count, a total, a note, or words (a name, a company)."""
    if _COUNT.match(text):
        return COUNT
    key = fold(text)
    if any(key == word or key.startswith(word + " ") for word in _total_words()):
        return TOTAL
    if _NOTE_MARK.search(text) or len(text.split()) >= LONG_SENTENCE:
        return NOTE
    if _LABELLED_COUNT.match(text):
        return TOTAL
    # a name or a company has no digits beside its words ('3M' aside); a date, a time, a place and
    # time do: 'Lione, 12/11/2018', 'partenza ore 6:00'
    if any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text) and len(text.split()) > 1:
        return NOTE
    return WORDS


@dataclass
class _Run:
    """Consecutive layout rows of one kind (blank rows between them included), noted once."""

    kind: str
    first: int
    last: int


class RowSorter:
    """Sorts the rows under the header into people (yielded) and layout rows (noted, once per run)."""

    def __init__(self, table: Table, note: Callable[[str, int | None], None]) -> None:
        self.table = table
        self.note = note
        columns = table.columns
        self.names = {columns.fields[n] for n in NAME_FIELDS if n in columns.fields}
        self.header_cells = [_header_keys(table, c) for c in range(max(table.end, len(columns.headers)))]
        self.column_fields = {index: name for name, index in columns.fields.items()}
        self.email = columns.fields.get("email")
        self.label_words = ({key.split(" ", 1)[0] for keys in self.header_cells for key in keys}
                            | {key.split(" ", 1)[0] for key in _synonym_keys()})
        self.run: _Run | None = None
        self.side: list[int] = []  # [first row, last row, first column, last column] beside the block
        self.after_list = False  # a total or a note seen: short rows of words are notes unless people follow
        self.other_table = False
        self.last_index = 0

    def people(self, rows: Iterator[Numbered]) -> Iterator[Numbered]:
        pending: list[Numbered] = []
        gap = False
        first, end = self.table.first, self.table.end
        for number, cells in rows:
            if len(cells) > end or first:
                self._beside(number, cells)
            filled = _filled(cells, first, end)
            if not filled:
                gap = True
                continue
            kind = self._kind(cells, filled)
            # a short row after a total, a note or an empty row may be a signature under the list:
            # held until a fuller row shows the list goes on
            if kind is None and (self.after_list or gap or pending) and len(filled) <= SPARSE \
                    and not any("@" in cells[c] for c in filled):
                pending.append((number, cells))
                continue
            gap = False
            if kind is None:
                yield from pending  # the list went on after a short row: those were people
                pending.clear()
                self.after_list = False
                self._count(cells)
                yield number, cells
                continue
            for held, _ in pending:
                self._record(NOTE, held)
            pending.clear()
            self._record(kind, number)
        for held, _ in pending:
            self._record(NOTE, held)
        self._flush()
        self._note_beside()

    def _kind(self, cells: Row, filled: list[int]) -> str | None:
        labels = self._labels(cells, filled)
        if labels == HEADER:
            self.other_table = self.after_list = False
            return HEADER
        if labels == TABLE or self.other_table:
            self.other_table = True
            return TABLE
        if len(filled) <= SPARSE:
            kind = self._short_row(cells, filled)
            if kind is not None:
                self.after_list = kind != NUMBERED
                return kind
        return None

    def _short_row(self, cells: Row, filled: list[int]) -> str | None:
        texts = [cells[c].strip() for c in filled]
        if any("@" in text for text in texts):
            return None
        kinds = [cell_kind(text) for text in texts]
        if kinds == [COUNT] and filled[0] == self.table.index_column and int(texts[0]) == self.last_index + 1:
            self.last_index += 1
            return NUMBERED
        if WORDS in kinds and any(c in self.names for c, k in zip(filled, kinds, strict=True) if k == WORDS):
            return None  # a name beside a note-like cell: a person with a company like 'Fabbrica 2000'
        if COUNT in kinds or TOTAL in kinds:
            return TOTAL
        return NOTE if NOTE in kinds else None

    def _count(self, cells: Row) -> None:
        index = self.table.index_column
        if index is not None and index < len(cells) and cells[index].strip().isdigit():
            self.last_index = int(cells[index].strip())

    def _labels(self, cells: Row, filled: list[int]) -> str | None:
        """HEADER for the list's header repeated (in its words or another language's), TABLE for
        the header of another table: half its cells name fields the list has elsewhere or not at
        all, two of them, or one beside count labels ('Azienda | N. partecipanti')."""
        if self.email is not None and self.email < len(cells) and "@" in cells[self.email]:
            return None  # an address: no header's cell
        if _first_word(cells[filled[0]]) not in self.label_words:
            return None  # the first cell of a header row is a column name: most rows stop here
        same = other = counts = 0
        for c in filled:
            text = cells[c]
            fields = header_fields(text)
            if c < len(self.header_cells) and fold(text) in self.header_cells[c] or self.column_fields.get(c) in fields:
                same += 1
            elif fields and "@" not in text:
                other += 1
            elif cell_kind(text.strip()) == TOTAL:
                counts += 1
        if same * 2 >= len(filled) and same >= min(2, len(filled)):
            return HEADER
        if other >= 2 or (other and counts and other + counts == len(filled)):
            return TABLE
        return None

    def _record(self, kind: str, number: int) -> None:
        if self.run is not None and self.run.kind == kind:
            self.run.last = number
            return
        self._flush()
        self.run = _Run(kind, number, number)

    def _flush(self) -> None:
        if self.run is None:
            return
        one, many = _WHAT[self.run.kind]
        first, last = self.run.first, self.run.last
        self.note(f"{one}, skipped" if first == last else f"{many} (rows {first}–{last}), skipped", first)
        self.run = None

    def _beside(self, number: int, cells: Row) -> None:
        first, end = self.table.first, self.table.end
        outside = [c for c in (*range(first), *range(end, len(cells))) if cells[c] and not cells[c].isspace()]
        if not outside:
            return
        if not self.side:
            self.side = [number, number, min(outside), max(outside)]
        else:
            self.side[1:] = [number, min(self.side[2], *outside), max(self.side[3], *outside)]

    def _note_beside(self) -> None:
        if not self.side:
            return
        top, bottom, left, right = self.side
        columns = column_letter(left) if left == right else f"{column_letter(left)}–{column_letter(right)}"
        rows = f"row {top}" if top == bottom else f"rows {top}–{bottom}"
        self.note(f"another table beside the list (columns {columns}, {rows}), not read", top)


def _first_word(text: str) -> str:
    word = text.split(None, 1)[0].lower()
    # most first cells are one plain word (a surname, a number): no need to fold them
    return word if word.isascii() and word.isalpha() else fold(text).split(" ", 1)[0]


def _header_keys(table: Table, column: int) -> set[str]:
    headers, group = table.columns.headers, table.group
    keys = {fold(headers[column])} if column < len(headers) else set()
    if column < len(group):
        keys.add(fold(group[column]))
    return keys - {""}


@cache
def _synonym_keys() -> tuple[str, ...]:
    from c2c.services.importing.headers import synonyms

    return tuple(synonyms())
