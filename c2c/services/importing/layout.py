"""Where the list is in a sheet.

A list is a block of columns under a header. The header is one row, or a group row over a field
row ('Partecipante' over 'Nome | Cognome', 'Azienda' over both rows); columns its words do not
name are guessed from their content (``guess``). Columns separated from the block by two empty
ones, or by one when their shape says so, hold another table and are not read. Which rows under
the header are people is ``sorting``'s business.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from statistics import median_high

from c2c.services.importing.guess import choose_by_content, guess_fields
from c2c.services.importing.headers import (
    ColumnMap,
    header_fields,
    header_key,
    is_answer_word,
    map_columns,
    match_header,
    two_fields,
)
from c2c.services.importing.reading import HEADER_SEARCH_ROWS, RawSheet, Row
from c2c.text import fold

MIN_FIELDS_IN_HEADER = 2
SPARSE = 2  # a row filling at most this many cells may be a total or a note; a person fills more, or a name
BLOCK_GAP = 2  # this many empty columns end the list's block: what lies beyond is another table
MIN_ROWS_APART = 2  # rows of the list below a table beside it that show the two do not line up
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
    fill: int = 0  # the cells a person's row usually fills
    # a second list of the same columns beside this one (the host's sheet of both delegations,
    # side by side): the first column of its block, read after this block's rows
    twin: int | None = None
    # the same person's columns again in one row ('Partecipante 1' | 'Partecipante 2' beside one
    # company): where each group starts, the first being the one the columns map
    groups: list[int] = field(default_factory=list)
    group_width: int = 0
    # a column naming two fields whose cells hold them on two lines ('Organization / Title'):
    # (its index, the index its second lines are read from, past the header's columns)
    two_lines: list[tuple[int, int]] = field(default_factory=list)

    @property
    def guessed_headers(self) -> list[str]:
        return [self.columns.headers[i] for i in self.columns.guessed]


def locate_table(rows: Sequence[Numbered], overrides: dict[str, str], regions: Sequence[str | None]) -> Table | None:
    """The first row naming two known fields; failing that, the first naming one whose other
    columns show theirs by their content. ``rows``: the top of the sheet (header search and sample)."""
    search = rows[:HEADER_SEARCH_ROWS]
    headers = [position for position, (_, cells) in enumerate(search) if _known(cells, overrides) >= MIN_FIELDS_IN_HEADER]
    if headers:
        # a title line of label cells ('Country:' | 'Slovenia' | 'Firma' | 'Acme') names fields too,
        # but no one's name: the header is the first row that does
        named = [p for p in headers if set(map_columns(list(search[p][1]), overrides).fields) & set(NAME_FIELDS)]
        return _table_at(rows, (named or headers)[0], overrides, regions)
    for position, (_, cells) in enumerate(search):
        if _known(cells, overrides) == 1 and len(filled_columns(cells, 0, len(cells))) >= 2:
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
    elif position > 0 and len(filled_columns(rows[position - 1][1], 0, len(rows[position - 1][1]))) >= 2:
        # a group row that names no two fields itself: only its field names fill the gaps
        group = [text if header_fields(text) else "" for text in rows[position - 1][1]]
    header = _under(cells, group)
    sample = [cells for _, cells in rows[position + 1:]]
    first, end = _block(header, sample, overrides)
    twin = _twin(header, first, end)
    groups, width = _person_groups(header, first, end)
    columns = map_columns(["" if not first <= i < end else text for i, text in enumerate(header)], overrides)
    columns.extra = [(i, text) for i, text in columns.extra if not any(g <= i < g + width for g in groups[1:])]
    table = Table(header_row=number, columns=columns, first=first, end=end, group=group, twin=twin, groups=groups,
                  group_width=width)
    choose_by_content(columns, sample)
    _personal_email(columns, sample)
    _split_two_lines(table, sample)
    _guess(table, sample, regions)
    table.index_column = _index_column(table, sample)
    # totals, notes and headings fill one cell: what people fill is seen on the rows filling more
    table.fill = median_high([n for row in sample if (n := len(filled_columns(row, first, end))) > 1] or [0])
    return table


def _twin(header: Sequence[str], first: int, end: int) -> int | None:
    """Where the same header starts again to the right of the list, after an empty column: a
    second list of the same fields (two delegations side by side); None when there is none."""
    own = [fold(text) for text in header[first:end]]
    if sum(1 for key in own if key) < MIN_FIELDS_IN_HEADER or len(header) < end + 1 + len(own):
        return None
    for start in range(end + 1, len(header) - len(own) + 1):
        if [fold(text) for text in header[start:start + len(own)]] == own and not any(
                str(text).strip() for text in header[end:start]):
            return start
    return None


def _person_groups(header: Sequence[str], first: int, end: int) -> tuple[list[int], int]:
    """Where a run of columns naming a person ('Nome e cognome | Ruolo | E-mail') starts again
    right after itself, once or more: one row, several people of one company. ([], 0) when none."""
    keys = [header_key(text) if text.strip() else "" for text in header[first:end]]
    for width in range(MIN_FIELDS_IN_HEADER, len(keys) // 2 + 1):
        for start in range(len(keys) - 2 * width + 1):
            run = keys[start:start + width]
            if "" in run or keys[start + width:start + 2 * width] != run:
                continue
            if not any(set(header_fields(text)) & set(NAME_FIELDS) for text in header[first + start:first + start + width]):
                continue
            starts = [start]
            while keys[starts[-1] + width:starts[-1] + 2 * width] == run:
                starts.append(starts[-1] + width)
            return [first + at for at in starts], width
    return [], 0


def _split_two_lines(table: Table, sample: Sequence[Row]) -> None:
    columns = table.columns
    for index in range(table.first, table.end):
        pair = two_fields(columns.headers[index])
        # a name with its job on a second line ('Nome / Função') is split by names.split_note
        if pair is None or set(pair) & set(NAME_FIELDS) or any(columns.fields.get(n, index) != index for n in pair):
            continue
        # the header names both: one cell on two lines says how they are written (one line: the first alone)
        if not any(index < len(row) and "\n" in row[index].strip() for row in sample):
            continue
        second = len(columns.headers)
        columns.headers.append(f"{columns.headers[index]} (line 2)")
        columns.fields[pair[0]], columns.fields[pair[1]] = index, second
        table.two_lines.append((index, second))


def split_two_lines(table: Table, rows: Iterator[Numbered]) -> Iterator[Numbered]:
    """'Ogawa Kogyo Co., Ltd.⏎Director' read as the company, and the role in a column of its own."""
    for number, cells in rows:
        row = [*cells, *[""] * (max(second for _, second in table.two_lines) + 1 - len(cells))]
        for index, second in table.two_lines:
            row[index], _, rest = row[index].partition("\n")
            row[second] = " ".join(rest.split())
        yield number, row


def one_person_a_row(table: Table, rows: Iterator[Numbered]) -> Iterator[Numbered]:
    """Each person of a row of person groups as a row of its own, in the first group's columns,
    with the columns the group shares (the company); a row with nobody in any group (a total, a
    note) as it is, without the other groups."""
    width, (own, *others) = table.group_width, table.groups
    for number, cells in rows:
        padded = [*cells, *[""] * (others[-1] + width - len(cells))]
        shared = list(padded)
        for start in others:
            shared[start:start + width] = [""] * width
        people = [start for start in (own, *others) if any(c.strip() for c in padded[start:start + width])]
        for start in people:
            row = list(shared)
            row[own:own + width] = padded[start:start + width]
            yield number, row
        if not people:
            yield number, shared


def side_by_side(sheet: RawSheet, table: Table, rows: Iterator[Numbered]) -> Iterator[Numbered]:
    """The rows of a list and then those of its twin beside it, each moved into the list's columns
    (the other's cells left out, so that neither is taken for a table beside the list)."""
    assert table.twin is not None
    first, end, twin = table.first, table.end, table.twin
    width = end - first

    def only(cells: Row, start: int) -> Row:
        moved = [""] * end
        moved[first:end] = (cells[start:start + width] + [""] * width)[:width]
        return moved

    yield from ((number, only(cells, first)) for number, cells in rows)
    yield from ((number, only(cells, twin)) for number, cells in sheet.rows() if number > table.header_row)


def _personal_email(columns: ColumnMap, sample: Sequence[Row]) -> None:
    """Of two e-mail columns, the one holding each person's own address: a form export's first
    'Email' is who filled the form in ('anonymous', or the coordinator on every row), its
    question 'Your e-mail address' the attendee's."""
    if "email" not in columns.fields:
        return
    # the account that filled a form in is never the attendee's, even where the question is left blank
    others = [i for i, header in columns.extra if match_header(header) == "email" and i not in columns.account]
    if not others:
        return
    first = columns.fields["email"]
    best = max([first, *others], key=lambda c: _own_addresses(c, sample))
    if best != first:
        columns.fields["email"] = best
        columns.extra = sorted([*(e for e in columns.extra if e[0] != best), (first, columns.headers[first])])


def _own_addresses(column: int, sample: Sequence[Row]) -> int:
    """How many different addresses a column holds (an account repeated on every row counts once)."""
    return len({row[column].strip().lower() for row in sample if column < len(row) and "@" in row[column]})


def _under(cells: Sequence[str], group: Sequence[str]) -> list[str]:
    """The field row with its empty cells taken from the group row above, and the cells a survey
    tool writes under its question ('Response' under 'Would you like to pitch?')."""
    return [own if own.strip() and not (over.strip() and is_answer_word(own)) else over
            for own, over in zip_longest(cells, group, fillvalue="")]


def filled_columns(cells: Sequence[str], first: int, end: int) -> list[int]:
    return [i for i, text in enumerate(cells[first:end], first) if text and not text.isspace()]


def _block(header: Sequence[str], sample: Sequence[Row], overrides: dict[str, str]) -> tuple[int, int]:
    """The columns of the list: runs of used columns split by BLOCK_GAP empty ones, or by one when
    the shape says the columns past it are another table; the run whose header names most fields
    (the leftmost of equals)."""
    width = max([len(header), *(len(row) for row in sample)])
    used = [c < len(header) and bool(header[c].strip()) or any(c < len(row) and row[c].strip() for row in sample)
            for c in range(width)]
    runs: list[tuple[int, int]] = []
    for c, on in enumerate(used):
        if not on:
            continue
        if runs and runs[-1][1] == c:
            runs[-1] = (runs[-1][0], c + 1)
        else:
            runs.append((c, c + 1))
    blocks = runs[:1]
    for run in runs[1:]:
        if run[0] - blocks[-1][1] < BLOCK_GAP and not _apart(header, sample, blocks[-1], run):
            blocks[-1] = (blocks[-1][0], run[1])
        else:
            blocks.append(run)
    if len(blocks) <= 1:
        return blocks[0] if blocks else (0, width)
    return max(blocks, key=lambda run: (_known([h if run[0] <= i < run[1] else "" for i, h in enumerate(header)],
                                               overrides), -run[0]))


def _apart(header: Sequence[str], sample: Sequence[Row], left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether two runs of columns one empty column apart are two tables: the one filling fewer rows
    opens with a header row of its own, and its rows do not line up with the other's (it starts on
    another row, ends well before the other, or its header names again a field the other's does)."""
    rows = [header, *sample]
    (small, small_run), (big, big_run) = sorted(
        (([i for i, cells in enumerate(rows) if filled_columns(cells, *run)], run) for run in (left, right)),
        key=lambda found: len(found[0]))
    if not small or not _header_like(rows[small[0]], *small_run):
        return False
    if small[0] != big[0]:
        return True
    after = sum(1 for i in big if i > small[-1])
    # a header naming again a field the list's names ('Azienda | N. partecipanti' beside '… | Azienda')
    again = {f for c in filled_columns(header, *small_run) for f in header_fields(header[c])} & {
        f for c in filled_columns(header, *big_run) for f in header_fields(header[c])}
    return bool(again) or after >= max(MIN_ROWS_APART, len(small) / 2)


def _header_like(cells: Sequence[str], first: int, end: int) -> bool:
    """Cells that could name columns: words, no numbers, no addresses ('Azienda | N. partecipanti')."""
    texts = [cells[c].strip() for c in filled_columns(cells, first, end)]
    return all(any(ch.isalpha() for ch in t) and not any(ch.isdigit() or ch == "@" for ch in t) for t in texts)


def _guess(table: Table, sample: Sequence[Row], regions: Sequence[str | None]) -> None:
    columns = table.columns
    mapped = set(columns.fields.values())
    unnamed = [(i, columns.headers[i] if i < len(columns.headers) else "") for i in range(table.first, table.end)
               if i not in mapped]
    people = [row for row in sample if len(filled_columns(row, table.first, table.end)) > SPARSE]
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
