"""The limits of an imported file, checked before anything large is read (docs/limits.md).

The command layer reads the overrides from the environment (``import_limits`` in
``c2c.commands._import_report``); hints name those variables.

A workbook is a zip: 1.5 MB on disk can unpack to 1.5 GB of XML, and calamine holds a sheet as
a dense grid from its first to its last cell, so one cell in the last row and column asks for
17 billion. The sizes the zip declares are checked first, then each worksheet's XML is streamed
(never more than the limit, whatever the zip says) for cell references beyond the rows and
columns c2c reads. Every limit has an environment variable to raise it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from c2c.errors import InvalidInput

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    unzipped_bytes: int = 256 * MB
    rows: int = 200_000
    columns: int = 256
    cell_chars: int = 10_000


class LimitExceeded(InvalidInput):
    kind = "too_large"


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse a workbook that unpacks beyond the limit or reaches beyond its rows and columns."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # the reader says what is wrong with it
    with archive:
        total = sum(info.file_size for info in archive.infolist())
        if total > limits.unzipped_bytes:
            raise LimitExceeded(
                f"{path.name} unpacks to {total / MB:.0f} MB; c2c reads workbooks up to {limits.unzipped_bytes // MB} MB "
                "unpacked", hint="split the list, or raise the limit with C2C_MAX_UNZIPPED_MB")
        for info in archive.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                _check_sheet_extent(path, archive, info, limits)
            elif info.filename == "xl/sharedStrings.xml":
                _check_sheet_extent(path, archive, info, limits, references=False)


def _check_sheet_extent(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits,
                        references: bool = True) -> None:
    # only references that might be too far are looked at closely: two-letter columns and rows
    # with as many digits as the limit (a regex that rarely matches keeps a 100,000-row sheet at ~0.3 s)
    digits = len(str(limits.rows))
    far = re.compile(rb' r="([A-Z]{2,3})(\d+)"| r="([A-Z]{0,3})(\d{%d,})"' % digits)
    # the longest run of bytes without a tag is the longest text; a character is at most 6 bytes
    # of XML (an entity), so a run beyond that is a cell beyond the limit, found before calamine
    # holds it (a 150 MB cell cost 490 MB)
    longest_text, run = limits.cell_chars * 6, 0
    read, tail = 0, b""
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(MB):
                read += len(chunk)
                if read > limits.unzipped_bytes:  # the zip's sizes may lie: count what really comes out
                    raise LimitExceeded(f"{path.name} unpacks to more than {limits.unzipped_bytes // MB} MB",
                                        hint="raise the limit with C2C_MAX_UNZIPPED_MB")
                longest, run = _text_runs(chunk, run, longest_text)
                if longest > longest_text:
                    raise LimitExceeded(f"{path.name} holds a cell of more than {limits.cell_chars:,} characters",
                                        hint="raise the limit with C2C_MAX_CELL_CHARS")
                for match in (far.finditer(tail + chunk) if references else ()):
                    letters, number = (match[1], match[2]) if match[1] else (match[3], match[4])
                    _check_reference(path, letters.decode(), int(number), limits)
                tail = chunk[-16:]
    except (zipfile.BadZipFile, OSError, EOFError):
        return  # the reader says what is wrong with it


def _text_runs(chunk: bytes, carried: int, beyond: int) -> tuple[int, int]:
    """The longest run without '<' in ``chunk`` (with the run ``carried`` over from the chunks
    before), measured exactly where it may be longer than ``beyond``, and the run still open at
    its end."""
    first = chunk.find(b"<")
    if first < 0:
        return carried + len(chunk), carried + len(chunk)
    last = chunk.rfind(b"<")
    longest = max(carried + first, len(chunk) - last - 1)
    # a run longer than two steps holds a whole step without a tag: only such steps are measured
    # (splitting a sheet's XML at every tag cost a 10,000-row import a twentieth of its time)
    step = max(beyond // 2, 1)
    for start in range(first, last, step):
        if chunk.find(b"<", start, start + step) < 0:
            longest = max(longest, chunk.find(b"<", start + step) - chunk.rfind(b"<", 0, start) - 1)
    return longest, len(chunk) - last - 1


def _check_reference(path: Path, letters: str, row: int, limits: Limits) -> None:
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    if row > limits.rows + 1:  # the header row comes on top
        raise LimitExceeded(f"{path.name} has a cell in row {row:,}; c2c reads up to {limits.rows:,} rows",
                            hint="delete the empty rows below the list, or raise the limit with C2C_MAX_ROWS")
    if column > limits.columns:
        raise LimitExceeded(f"{path.name} has a cell in column {letters}; c2c reads up to {limits.columns} columns",
                            hint="delete the columns right of the list, or raise the limit with C2C_MAX_COLUMNS")
