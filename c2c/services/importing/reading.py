"""Read any attendee file into rows of text: xlsx/xlsm/xls/ods through python-calamine,
csv/tsv through the stdlib with a sniffed delimiter and a detected encoding (encodings.py).

Every cell comes out as a string ('' when empty) so the normalisers see one type; a number
typed into a cell loses its '.0' (3351234567.0 -> '3351234567').
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from c2c.errors import InvalidInput, NotFound
from c2c.services.importing.encodings import Decoding, decode
from c2c.services.importing.limits import LimitExceeded, Limits, check_zip
from c2c.text import has_controls, strip_controls

MAX_BYTES = 50 * 1024 * 1024
HEADER_SEARCH_ROWS = 20
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office's password protection wraps the workbook in an OLE container with this stream
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
FORMATS_HINT = "c2c reads .xlsx, .xlsm, .xls, .ods, .csv and .tsv files (and web pages' tables saved as .xls)"


class ImportFileError(InvalidInput):
    """A file that cannot be imported at all; ``kind`` says why (for scripts and tests)."""

    def __init__(self, kind: str, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint)
        self.kind = kind


Row = list[str]


@dataclass
class RawSheet:
    """One sheet as a lazy stream of rows; ``rows()`` yields (1-based row number, cells); a text
    list also says how its bytes were decoded."""

    name: str | None
    height: int
    rows: Callable[[], Iterator[tuple[int, Row]]]
    decoding: Decoding | None = None
    struck: frozenset[int] = frozenset()  # rows whose every filled cell is struck through (a workbook's)


def read_sheets(path: Path, max_bytes: int = MAX_BYTES, countries: Sequence[str] = (),
                limits: Limits | None = None) -> list[RawSheet]:
    """The sheets of ``path`` (one nameless sheet for csv/tsv), checked for format, size and
    limits, their cells without control characters; ``countries`` (the mission's) break ties
    when guessing a text list's encoding."""
    limits = limits or Limits()
    try:
        sheets = _read_sheets(path, max_bytes, countries, limits)
    except OSError as exc:
        raise ImportFileError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from None
    for sheet in sheets:
        sheet.rows = _bounded(sheet.rows, f"{path.name}" + (f", sheet {sheet.name!r}" if sheet.name else ""), limits)
    return sheets


def _bounded(rows: Callable[[], Iterator[tuple[int, Row]]], where: str,
             limits: Limits) -> Callable[[], Iterator[tuple[int, Row]]]:
    """``rows`` within the limits, their cells without control characters (one look per row)."""
    def bounded() -> Iterator[tuple[int, Row]]:
        for number, cells in rows():
            if number > limits.rows + 1:
                raise LimitExceeded(f"{where} has more than {limits.rows:,} rows",
                                    hint="split the list, or raise the limit with C2C_MAX_ROWS")
            if len(cells) > limits.columns and any(cells[limits.columns:]):
                raise LimitExceeded(f"{where}, row {number}, has more than {limits.columns} columns",
                                    hint="raise the limit with C2C_MAX_COLUMNS")
            joined = "".join(cells)
            if len(joined) > limits.cell_chars:
                for column, cell in enumerate(cells, start=1):
                    if len(cell) > limits.cell_chars:
                        raise LimitExceeded(
                            f"{where}, row {number}, column {column}: a cell of {len(cell):,} characters; "
                            f"c2c reads up to {limits.cell_chars:,}", hint="raise the limit with C2C_MAX_CELL_CHARS")
            if has_controls(joined):
                cells = [strip_controls(cell) for cell in cells]
            yield number, cells

    return bounded


def _read_sheets(path: Path, max_bytes: int, countries: Sequence[str], limits: Limits) -> list[RawSheet]:
    if not path.is_file():
        raise NotFound(f"no file {str(path)!r}")
    size = path.stat().st_size
    if size > max_bytes:
        raise ImportFileError(
            "too_large", f"{path.name} is {size / 1024 / 1024:.1f} MB; c2c imports files up to {max_bytes // 1024 // 1024} MB",
            hint="split the list into smaller files, or save it as .csv",
        )
    if size == 0:
        raise ImportFileError("empty_workbook", f"{path.name} is empty (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(8)
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        _refuse_encrypted(path)
        return _workbook_sheets(path)
    if head.startswith(ZIP_MAGIC):
        check_zip(path, limits)
        return _workbook_sheets(path)
    markup = _markup_sheets(path, countries, limits)
    if markup is not None:
        return markup
    if suffix in TEXT_SUFFIXES:
        return [_text_sheet(path, suffix, countries, limits)]
    if suffix in WORKBOOK_SUFFIXES:
        raise ImportFileError(
            "not_a_spreadsheet", f"{path.name} is not a spreadsheet: its content is not an Excel or OpenDocument workbook",
            hint="open it to check what it is; save the list from Excel or LibreOffice as .xlsx or .csv",
        )
    raise ImportFileError("unknown_format", f"{path.name}: unknown format {suffix or '(no extension)'!r}", hint=FORMATS_HINT)


def _markup_sheets(path: Path, countries: Sequence[str], limits: Limits) -> list[RawSheet] | None:
    """An HTML table or an Excel 2003 XML Spreadsheet, whatever its name says, else None."""
    from c2c.services.importing import markup

    with path.open("rb") as handle:
        kind = markup.markup_kind(handle.read(markup.SNIFF_BYTES))
    if kind is None:
        return None
    text = markup.markup_text(path.read_bytes(), countries)
    read = markup.html_tables if kind == "html" else markup.spreadsheetml_tables
    try:
        tables = read(text, limits, path.name)
    except markup.UnreadableMarkup as exc:
        raise ImportFileError(exc.kind, exc.message, hint=exc.hint) from None
    if not tables:
        raise ImportFileError("not_a_spreadsheet", f"{path.name} is a web page without a table of people",
                              hint="save the list from Excel or LibreOffice as .xlsx or .csv")
    named = kind != "html" or len(tables) > 1  # one table of a page is the list, as a csv is
    return [RawSheet(name=name if named else None, height=len(rows), rows=_replay(rows)) for name, rows in tables]


def _replay(rows: list[tuple[int, Row]]) -> Callable[[], Iterator[tuple[int, Row]]]:
    return lambda: iter(rows)


def _refuse_encrypted(path: Path) -> None:
    if ENCRYPTED_STREAM in path.read_bytes():
        raise ImportFileError(
            "encrypted", f"{path.name} is password-protected (encrypted); c2c cannot read it",
            hint="open it in Excel, remove the password (File > Info > Protect Workbook) and save it again",
        )


def _workbook_sheets(path: Path) -> list[RawSheet]:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except PasswordError:
        raise ImportFileError("encrypted", f"{path.name} is password-protected (encrypted); c2c cannot read it",
                              hint="remove the password in Excel and save it again") from None
    except _calamine_errors() as exc:
        raise ImportFileError("corrupt", f"{path.name} is damaged and cannot be read ({_short(exc)})",
                              hint="open it in Excel or LibreOffice and save it again") from None
    from c2c.services.importing.strikes import struck_rows

    struck = struck_rows(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
    return [_calamine_sheet(path, workbook, name, struck.get(name, frozenset())) for name in names]


def _calamine_errors() -> tuple[type[Exception], ...]:
    import python_calamine as calamine

    return (calamine.CalamineError, calamine.ZipError, calamine.XmlError, calamine.WorksheetNotFound, OSError, ValueError)


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def _calamine_sheet(path: Path, workbook: Any, name: str, struck: frozenset[int] = frozenset()) -> RawSheet:
    try:
        sheet = workbook.get_sheet_by_name(name)
    except _calamine_errors() as exc:  # damaged sheet XML only shows up when the sheet is opened
        raise ImportFileError("corrupt", f"{path.name}, sheet {name!r}, is damaged ({_short(exc)})",
                              hint="open it in Excel or LibreOffice and save it again") from None
    first_column = sheet.start[1] if sheet.start else 0
    merged = _merged_below_first_row(sheet.merged_cell_ranges or [], first_column, sheet.end or (0, 0))

    def rows() -> Iterator[tuple[int, Row]]:
        raw = ([v if type(v) is str else _cell_text(v) for v in cells] for cells in sheet.iter_rows())
        numbered = ((index, cells) for index, cells in enumerate(raw, start=1))
        return _fill_merged(numbered, merged) if merged else numbered

    top = sheet.start[0] if sheet.start else 0  # the rows are numbered from the first one calamine gives
    return RawSheet(name=name, height=int(sheet.height or 0), rows=rows, struck=frozenset(n - top for n in struck))


def _merged_below_first_row(ranges: list[Any], first_column: int,
                            end: tuple[int, int]) -> dict[tuple[int, int], tuple[int, int]]:
    """Cells covered by a merge (below the title rows) -> the merge's top-left cell, 1-based rows;
    a merge is cut at the sheet's last cell (a file may declare one over a million rows)."""
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    for (row0, col0), (last_row, last_col) in ranges:
        row1, col1 = min(last_row, end[0]), min(last_col, end[1])
        if row0 == row1:
            continue  # a merge across one row is a title or a heading: its other cells stay empty
        for row in range(row0, row1 + 1):
            for col in range(col0, col1 + 1):
                if (row, col) != (row0, col0):
                    covered[(row + 1, col - first_column)] = (row0 + 1, col0 - first_column)
    return covered


def _fill_merged(
    rows: Iterator[tuple[int, Row]], covered: dict[tuple[int, int], tuple[int, int]]
) -> Iterator[tuple[int, Row]]:
    # a company merged over the rows of its two people belongs to both
    sources = set(covered.values())
    seen: dict[tuple[int, int], str] = {}
    for number, cells in rows:
        for col, value in enumerate(cells):
            if (number, col) in sources:
                seen[(number, col)] = value
            source = covered.get((number, col))
            if source is not None and not value:
                cells[col] = seen.get(source, "")
        yield number, cells


def _cell_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value)


def _text_sheet(path: Path, suffix: str, countries: Sequence[str], limits: Limits) -> RawSheet:
    text, decoding = decode(path.read_bytes(), countries)
    if "\x00" in text:
        raise ImportFileError("not_a_spreadsheet", f"{path.name} is not a text list: it holds binary data", hint=FORMATS_HINT)
    # spreadsheet programs end lines with CR LF, LF, or (old Macs, some exports) CR alone
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = "\t" if suffix == ".tsv" else sniff_delimiter(text)
    records = sum(1 for _ in _csv_rows(path, text, delimiter, limits))

    def rows() -> Iterator[tuple[int, Row]]:
        return ((number, cells) for number, cells in enumerate(_csv_rows(path, text, delimiter, limits), start=1))

    return RawSheet(name=None, height=records, rows=rows, decoding=decoding)


def _csv_rows(path: Path, text: str, delimiter: str, limits: Limits) -> Iterator[list[str]]:
    # the csv module's own limit on a field is process-wide: set to c2c's for the file being read
    csv.field_size_limit(limits.cell_chars + 1)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for cells in reader:
            _refuse_unclosed_quote(path, cells, delimiter, reader.line_num)
            yield cells
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise LimitExceeded(
                f"{path.name}, line {reader.line_num}: a cell longer than {limits.cell_chars:,} characters "
                "(a quote left open?)", hint="close the quote, or raise the limit with C2C_MAX_CELL_CHARS") from None
        raise ImportFileError("unreadable", f"{path.name}, line {reader.line_num}: {exc}", hint=FORMATS_HINT) from None


def _refuse_unclosed_quote(path: Path, cells: list[str], delimiter: str, end_line: int) -> None:
    """A quoted cell spanning lines that holds the delimiter and an e-mail address is other
    people's rows swallowed by a stray quote, not an address written on two lines."""
    for cell in cells:
        if "\n" in cell and delimiter in cell and "@" in cell:
            start = end_line - cell.rstrip("\n").count("\n")
            raise ImportFileError(
                "unclosed_quote", f"{path.name}, line {start}: a quote (\") opens a cell that runs to line {end_line}, "
                "swallowing the rows in between", hint="remove the stray quote, or close it, and import again")


DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024  # the top of the file: enough lines to judge, few enough to split four times


def sniff_delimiter(text: str) -> str:
    """The delimiter of a text list, judged on its lines of several cells (title and note lines
    that no candidate splits say nothing, however many they are): first the one under which a top
    line names most known fields, as the header the import looks for; then the one splitting most
    lines into one width of two cells or more; then the one splitting most lines at all (Excel
    does not pad every row to the table's width); then the widest."""
    top = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:
        top = top[:top.rfind("\n") + 1]  # whole lines only
    lines = [line for line in top.split("\n") if line.strip()]
    best, best_score = ",", (0, 0, 0, 0)
    for candidate in DELIMITERS:
        rows = _split_lines(lines, candidate)
        widths = [len(cells) for cells in rows if len(cells) > 1]
        common = max(set(widths), key=lambda width: (widths.count(width), width)) if widths else 0
        score = (_header_fields(rows[:HEADER_SEARCH_ROWS]), widths.count(common), len(widths), common)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _split_lines(lines: list[str], delimiter: str) -> list[list[str]]:
    """Each line's cells; a line this delimiter cannot split as CSV (a stray quote) is one cell."""
    rows = []
    for line in lines:
        try:
            rows.append(next(csv.reader([line], delimiter=delimiter), [line]))
        except csv.Error:
            rows.append([line])
    return rows


def _header_fields(rows: list[list[str]]) -> int:
    """The most known fields one of ``rows`` names, when two or more: a header found."""
    from c2c.services.importing.headers import map_columns

    most = max((len(map_columns(cells, {}).fields) for cells in rows if len(cells) > 1), default=0)
    return most if most >= 2 else 0


def first_rows(sheet: RawSheet, count: int = HEADER_SEARCH_ROWS) -> tuple[list[tuple[int, Row]], Iterator[tuple[int, Row]]]:
    """The top ``count`` rows (for header detection) and an iterator over every row, top rows included."""
    stream = sheet.rows()
    top = list(islice(stream, count))
    return top, chain(top, stream)
