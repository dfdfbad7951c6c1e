"""Which rows under a list's header are people.

A row is a person unless its shape says otherwise: the header repeated (a list printed on several
pages), a short row holding a count or a total, notes under the list, the header of another
table (and that table's rows), or a section heading between groups of people (a lone cell at the
list's left edge, whose cluster the people under it take: ``sections``). Rows whose meaning the
rows after them decide (a short row, a heading) are held until those are read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from c2c.config import package_data
from c2c.services.importing.headers import header_fields
from c2c.services.importing.layout import (
    NAME_FIELDS,
    SPARSE,
    Numbered,
    Table,
    column_letter,
    filled_columns,
)
from c2c.services.importing.names import PARTICLES, WHOLE_NAME_FIELDS, split_note
from c2c.services.importing.reading import Row
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.services.importing.sections import Sections

HEADER, TOTAL, NOTE, NUMBERED, TABLE = "header", "total", "note", "numbered", "table"
HEADING, SHORT = "heading", "short"  # rows held until the next rows say what they are
PEOPLE_FOLLOW, LAYOUT_FOLLOWS, LIST_ENDS = "people", "layout", "end"
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


HEADER_DIGITS = 5  # a column name holds fewer ('Telefono 2', 'Pitch (3 min)'); a phone 'poste 701' holds more


def _holds_a_number(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= HEADER_DIGITS


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


@dataclass
class _Held:
    """A row whose meaning the rows after it decide: a short row (a person if people follow) or a
    heading (a heading if people follow); ``after_list``: it came after a total or a note."""

    kind: str
    number: int
    cells: Row
    after_list: bool


class RowSorter:
    """Sorts the rows under the header into people (yielded) and layout rows (noted, once per run)."""

    def __init__(self, table: Table, note: Callable[[str, int | None], None], sections: Sections | None = None) -> None:
        self.table = table
        self.note = note
        self.sections = sections
        columns = table.columns
        self.names = {columns.fields[n] for n in NAME_FIELDS if n in columns.fields}
        self.left = min(self.names, default=table.first)  # a heading sits where the names start, or left of them
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
        held: list[_Held] = []
        gap = False
        first, end = self.table.first, self.table.end
        for number, cells in rows:
            if len(cells) > end or first:
                self._beside(number, cells)
            filled = filled_columns(cells, first, end)
            if not filled:
                gap = True
                continue
            kind = self._kind(self._as_judged(cells), filled)
            # a short row after a total, a note or an empty row may be a signature under the list:
            # held until a fuller row shows the list goes on; a heading too, until people follow it
            # (in a list whose people fill no more, a short row is a person like the others)
            if kind == HEADING or (kind is None and (self.after_list or gap or held) and len(filled) <= SPARSE
                                   and len(filled) < self.table.fill
                                   and not any("@" in cells[c] for c in filled)):
                held.append(_Held(kind or SHORT, number, cells, self.after_list))
                continue
            gap = False
            if kind is None:
                yield from self._settle(held, PEOPLE_FOLLOW)
                self.after_list = False
                self._count(cells)
                yield number, self._in_section(cells)
                continue
            yield from self._settle(held, LAYOUT_FOLLOWS)
            self._record(kind, number)
        yield from self._settle(held, LIST_ENDS)
        self._flush()
        self._note_beside()

    def _as_judged(self, cells: Row) -> Row:
        """The row with its name cells as names only: a job beside a name ('Ana Ruiz (Gerent)', on
        a second line) makes no note of a person's row."""
        if not any(c < len(cells) and ("\n" in cells[c] or cells[c].rstrip().endswith((")", "]"))) for c in self.names):
            return cells
        judged = list(cells)
        for c in self.names:
            if c < len(cells):
                judged[c] = split_note(cells[c], self.column_fields.get(c) in WHOLE_NAME_FIELDS)[0]
        return judged

    def _settle(self, held: list[_Held], after: str) -> Iterator[Numbered]:
        """The held rows, once what follows them is known: short rows are people and headings are
        headings when people follow; at the end of the list (its end, or a total or note under it),
        a name alone is a person when an empty row, not a total or a note, came before it, and a
        heading above it is a heading."""
        people = [row.kind == SHORT and (after == PEOPLE_FOLLOW or (not row.after_list
                                                                     and self._names_filled_as_people_do(
                                                                         self._as_judged(row.cells))))
                  for row in held]
        for position, row in enumerate(held):
            if row.kind == HEADING and (after == PEOPLE_FOLLOW or any(people[position + 1:])):
                self._heading(row)
            elif people[position]:
                yield row.number, self._in_section(row.cells)
            else:
                self._record(NOTE, row.number)
        held.clear()

    def _heading(self, row: _Held) -> None:
        self._flush()
        text = " ".join(row.cells[filled_columns(row.cells, self.table.first, self.table.end)[0]].split())
        cluster = self.sections.enter(text) if self.sections is not None else None
        self.note(f"a heading {text!r}, skipped" + (f"; the people under it are of {cluster}" if cluster else ""),
                  row.number)

    def _in_section(self, cells: Row) -> Row:
        return cells if self.sections is None else self.sections.mark(cells)

    def _kind(self, cells: Row, filled: list[int]) -> str | None:
        labels = self._labels(cells, filled)
        if labels == HEADER:
            self.other_table = self.after_list = False
            return HEADER
        if labels == TABLE or self.other_table:
            self.other_table = True
            return TABLE
        if len(filled) == 1 and self._is_heading(cells, filled[0]):
            return HEADING
        if len(filled) <= SPARSE:
            kind = self._short_row(cells, filled)
            if kind is not None:
                self.after_list = kind != NUMBERED
                return kind
        return None

    def _is_heading(self, cells: Row, column: int) -> bool:
        """A lone cell at the list's left edge, in a list whose people fill more, holding no name
        with its surname: its text is one word or no name, or names a cluster, a country, a nationality."""
        text = cells[column].strip()
        if self.table.fill < 2 or column > self.left or "@" in text or not any(ch.isalpha() for ch in text):
            return False
        if cell_kind(text) in (COUNT, TOTAL) or _NOTE_MARK.search(text) or len(text.split()) >= LONG_SENTENCE:
            return False
        if self._names_filled_as_people_do(cells):
            return False
        if column not in self.names:  # 'Teilnehmende Unternehmen' under 'Anrede': a name would sit in a name column
            return True
        name = _name_shaped(text) and len(text.split()) > 1
        return not name or (self.sections is not None and self.sections.names_a_place(text))

    def _names_filled_as_people_do(self, cells: Row) -> bool:
        """Whether the name columns hold a name the way people's do: a first name and a surname in
        their columns, or two to four words of a name in a whole-name column."""
        fields = self.table.columns.fields
        parts = [fields[n] for n in ("first_name", "last_name") if n in fields]
        if len(parts) == 2:
            return all(c < len(cells) and _name_shaped(cells[c]) for c in parts)
        whole = [fields[n] for n in ("full_name", "full_name_last_first") if n in fields]
        return any(c < len(cells) and _name_shaped(cells[c]) and len(cells[c].split()) >= 2 for c in whole)

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
            elif fields and "@" not in text and not _holds_a_number(text):
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
        # a text line may stop short of the table's first column (an empty line: no cells at all)
        outside = [c for c in (*range(min(first, len(cells))), *range(end, len(cells)))
                   if cells[c] and not cells[c].isspace()]
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


_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]*)*$")
MAX_NAME_WORDS = 4


def _name_shaped(text: str) -> bool:
    """'Mario Rossi', 'ROSSI, Mario', 'Anna Maria della Valle': one to four words of letters, each
    capitalised or a surname's particle; 'Delegazione francese', 'Gruppo 2' are not."""
    words = text.replace(",", " ").split()
    if not 0 < len(words) <= MAX_NAME_WORDS or not all(_NAME_WORD.match(word) for word in words):
        return False
    if text.islower():  # 'schäfer stefan', typed in lower case: a name when a word of it is a given name
        return _has_given_name(words)
    return all(word[0].isupper() or word.lower() in PARTICLES for word in words)


def _has_given_name(words: list[str]) -> bool:
    from c2c.services.importing.full_names import is_given_name

    return any(is_given_name(word) for word in words)


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
