"""How ``participants import`` talks: progress on a TTY, warnings on stderr, the report on stdout."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from c2c.errors import InvalidInput
from c2c.output import (
    Column,
    Format,
    Sheet,
    choose_format,
    console,
    info,
    key_columns,
    render,
    render_record,
    warn,
    write,
)

if TYPE_CHECKING:
    from rich.progress import Progress

    from c2c.services.importing import ImportReport
    from c2c.services.importing.limits import Limits
    from c2c.services.importing.summary import ChangeRow, ImportSummary

SUMMARY_FIELDS: list[Column[ImportSummary]] = [
    Column("File", lambda r: r["file"]),
    Column("Sheet", lambda r: r["sheet"]),
    Column("Header row", lambda r: r["header_row"]),
    Column("List of", lambda r: list_of(r["list_of"], r["list_of_from"])),
    Column("Columns", lambda r: column_fields(r["columns"], r["guessed_columns"])),
    Column("Kept as extra", lambda r: ", ".join(r["extra_columns"]) or None),
    Column("New", lambda r: r["new"]),
    Column("Updated", lambda r: r["updated"]),
    Column("Unchanged", lambda r: r["unchanged"]),
    Column("Not in the file", lambda r: r["removed"]),
    Column("Invalid rows", lambda r: r["invalid"]),
    Column("Duplicate rows", lambda r: r["duplicates"]),
]
CHANGE_COLUMNS: list[Column[ChangeRow]] = [
    Column("Participant", lambda r: r["who"]),
    Column("Field", lambda r: r["field"]),
    Column("Was", lambda r: r["old"]),
    Column("Now", lambda r: r["new"]),
]


LIST_OF_SOURCES = {"option": "from --cluster", "column": "from the Cluster column",
                   "inferred": "inferred from its companies",
                   "content": "inferred from its rows' countries and e-mail domains", "asked": "your answer"}


def list_of(clusters: list[str], source: str | None) -> str:
    """'Lombardia Aerospace Cluster (from --cluster)': whose people "not in the file" counts."""
    if not clusters:
        return "no cluster: compared with the participants without one" + (" (your answer)" if source else "")
    return f"{', '.join(clusters)} ({LIST_OF_SOURCES[source or 'option']})"


def column_fields(columns: dict[str, str], guessed: list[str]) -> str:
    """'Nome → first name, Recapito → phone (from its content)': the mapping, checked at a glance."""
    return "\n".join(f"{header} → {field.replace('_', ' ')}{' (from its content)' if header in guessed else ''}"
                     for header, field in columns.items())


class ProgressFeed:
    """What the importer calls with (rows read, rows in all); ``stop`` clears the bar before a question."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.task = bar.add_task("rows", total=None)

    def __call__(self, done: int, total: int) -> None:
        self.bar.update(self.task, completed=done, total=total)

    def stop(self) -> None:
        self.bar.stop()


@contextmanager
def progress_callback() -> Iterator[ProgressFeed | None]:
    """A rich progress bar fed by the importer, only when a person watches stderr."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("Reading rows"), BarColumn(), MofNCompleteColumn(), console=console(stderr=True),
                  transient=True) as bar:
        yield ProgressFeed(bar)


MAX_LINES = 20  # per kind of warning: a 10,000-row list must not bury the summary


def show_warnings(report: ImportReport, skipping: bool) -> None:
    names = {p["row"]: f"{p['first_name']} {p['last_name']}" for p in report.participants}
    _capped([f"{report.where(row)} repeats row {first} (same person): what the later row says is kept"
             for row, first in report.duplicates[:MAX_LINES + 1]], len(report.duplicates), "repeated rows", warn)
    _capped([f"{report.where()}: rows {a} and {b} look alike ({names.get(a)} / {names.get(b)}) "
             "but have different e-mails: both kept, check them"
             for a, b in report.near_duplicates[:MAX_LINES + 1]], len(report.near_duplicates), "look-alike pairs", warn)
    _capped([f"{report.where(n.row)}: {n.message}" for n in report.notes[:MAX_LINES + 1]],
            len(report.notes), "notes", warn)
    label = "Skipped" if skipping else "Invalid"
    _capped([f"{label}: {report.where(e.row)}, column {e.column}: {e.reason}" for e in report.invalid[:MAX_LINES + 1]],
            len(report.invalid), "invalid cells (see --errors FILE.xlsx)", info)


def _capped(lines: list[str], total: int, what: str, say: Callable[[str], None]) -> None:
    for line in lines[:MAX_LINES]:
        say(line)
    if total > MAX_LINES:
        say(f"… and {total - MAX_LINES} more {what}")


def write_rejected(path: Path, report: ImportReport) -> None:
    from c2c.services.importing.summary import rejected_rows

    fmt = choose_format(None, path, "--errors")
    rows = rejected_rows(report)
    columns = key_columns(rows[0]) if rows else []
    write(Sheet(rows, columns, "Rejected"), fmt, path, message=f"Wrote {len(rows)} rejected row(s) to {path}")


MAX_CHANGES = 50  # rows of the Changes table: 100,000 changed rows took minutes and gigabytes to draw


def show_import(report: ImportReport, mission: str, fmt: Format) -> None:
    from c2c.services.importing.summary import change_rows, import_summary

    _closing(report, mission)  # said first: what was committed is known before anything long is drawn
    record = import_summary(report)
    render_record(record, SUMMARY_FIELDS, fmt, title=f"Import into {mission}")
    if fmt is not Format.table:
        return
    changes = change_rows(report)
    if changes:
        render(changes[:MAX_CHANGES], CHANGE_COLUMNS, fmt, title="Changes")
    if len(changes) > MAX_CHANGES:
        info(f"… and {len(changes) - MAX_CHANGES:,} more changes (all of them with --format json)")


def _closing(report: ImportReport, mission: str) -> None:
    if report.removed:
        verb = "removed" if report.pruned else "still in the mission (remove them with --prune)"
        shown = ", ".join(report.removed[:MAX_LINES]) + (
            f" and {len(report.removed) - MAX_LINES:,} more" if len(report.removed) > MAX_LINES else "")
        info(f"No longer in the file, {verb}: {shown}")
    for line in report.freed:
        info(line)
    if not report.written:
        info("Dry run: nothing written.")
    else:
        info(f"Imported {len(report.participants)} participants into {mission}: {len(report.added)} new, "
             f"{len(report.updated)} updated, {len(report.unchanged)} unchanged")


def import_limits() -> Limits:
    """The limits of an imported file, each raised by its environment variable (docs/limits.md)."""
    import os

    from c2c.config import EnvVars
    from c2c.services.importing.limits import MB, Limits

    def number(name: str, default: int) -> int:
        text = os.environ.get(name, "").strip()
        if not text:
            return default
        if not text.isdigit() or not 0 < int(text) < 2**31:
            raise InvalidInput(f"{name}={text!r} is not a whole number from 1 to {2**31 - 1}")
        return int(text)

    default = Limits()
    return Limits(unzipped_bytes=number(EnvVars.MAX_UNZIPPED_MB, default.unzipped_bytes // MB) * MB,
                  rows=number(EnvVars.MAX_ROWS, default.rows), columns=number(EnvVars.MAX_COLUMNS, default.columns),
                  cell_chars=number(EnvVars.MAX_CELL_CHARS, default.cell_chars))
