"""How ``participants import`` talks: progress on a TTY, warnings on stderr, the report on stdout."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c2c.output import Column, OutputFormat, console, info, render, render_record, warn

if TYPE_CHECKING:
    from c2c.services.importing import ImportReport

SUMMARY_FIELDS = [
    Column("file", "File"),
    Column("sheet", "Sheet"),
    Column("header_row", "Header row"),
    Column("new", "New"),
    Column("updated", "Updated"),
    Column("unchanged", "Unchanged"),
    Column("removed", "Not in the file"),
    Column("invalid", "Invalid rows"),
    Column("duplicates", "Duplicate rows"),
]
CHANGE_COLUMNS = [Column("who", "Participant"), Column("field", "Field"), Column("old", "Was"), Column("new", "Now")]


@contextmanager
def progress_callback() -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar fed by the importer, only when a person watches stderr."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("Reading rows"), BarColumn(), MofNCompleteColumn(), console=console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task("rows", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


MAX_LINES = 20  # per kind of warning: a 10,000-row list must not bury the summary


def show_warnings(report: ImportReport, skipping: bool) -> None:
    if report.extra_columns:
        warn(f"columns kept as extra data (no participant field): {', '.join(report.extra_columns)}")
    names = {p["row"]: f"{p['first_name']} {p['last_name']}" for p in report.participants}
    _capped([f"{report.where(row)} repeats row {first} (same person): the first is kept"
             for row, first in report.duplicates[:MAX_LINES + 1]], len(report.duplicates), "repeated rows", warn)
    _capped([f"{report.where()}: rows {a} and {b} look alike ({names.get(a)} / {names.get(b)}) "
             "but have different e-mails: both kept, check them"
             for a, b in report.near_duplicates[:MAX_LINES + 1]], len(report.near_duplicates), "look-alike pairs", warn)
    label = "Skipped" if skipping else "Invalid"
    _capped([f"{label}: {report.where(e.row)}, column {e.column}: {e.reason}" for e in report.invalid[:MAX_LINES + 1]],
            len(report.invalid), "invalid cells (see --errors FILE.xlsx)", info)


def _capped(lines: list[str], total: int, what: str, say: Callable[[str], None]) -> None:
    for line in lines[:MAX_LINES]:
        say(line)
    if total > MAX_LINES:
        say(f"… and {total - MAX_LINES} more {what}")


def write_rejected(path: Path, report: ImportReport) -> None:
    from c2c.exporters.participants import write_table

    reasons: dict[int, list[str]] = {}
    cells: dict[int, list[str]] = {}
    for error in report.invalid:
        reasons.setdefault(error.row, []).append(f"{error.column}: {error.reason}")
        cells[error.row] = error.cells
    width = len(report.headers)
    rows = [[row, *(cells[row] + [""] * width)[:width], "; ".join(reasons[row])] for row in sorted(reasons)]
    write_table(path, ["Row", *report.headers, "Reason"], rows, sheet="Rejected")
    info(f"Wrote {len(rows)} rejected row(s) to {path}")


def report_record(report: ImportReport) -> dict[str, Any]:
    return {
        "file": report.file, "sheet": report.sheet, "header_row": report.header_row,
        "new": len(report.added), "updated": len(report.updated), "unchanged": len(report.unchanged),
        "removed": len(report.removed), "invalid": len({e.row for e in report.invalid}),
        "duplicates": len(report.duplicates), "written": report.written, "pruned": report.pruned,
        "columns": report.columns, "extra_columns": report.extra_columns,
        "added_keys": report.added, "updated_keys": [{"key": u.key, "changes": u.changes} for u in report.updated],
        "removed_keys": report.removed,
        "invalid_rows": [{"row": e.row, "column": e.column, "reason": e.reason} for e in report.invalid],
        "near_duplicates": [list(p) for p in report.near_duplicates],
    }


def show_import(report: ImportReport, mission: str, fmt: OutputFormat) -> None:
    record = report_record(report)
    if fmt is not OutputFormat.table:
        render_record(record, SUMMARY_FIELDS, fmt)
    else:
        render_record(record, SUMMARY_FIELDS, fmt, title=f"Import into {mission}")
        changes = [{"who": u.key, "field": f, "old": old, "new": new}
                   for u in report.updated for f, (old, new) in u.changes.items() if f != "extra"]
        if changes:
            render(changes, CHANGE_COLUMNS, fmt, title="Changes")
    _closing(report, mission)


def _closing(report: ImportReport, mission: str) -> None:
    if report.removed:
        verb = "removed" if report.pruned else "still in the mission (remove them with --prune)"
        info(f"No longer in the file, {verb}: {', '.join(report.removed)}")
    if not report.written:
        info("Dry run: nothing written.")
    else:
        info(f"Imported {len(report.participants)} participants into {mission}: {len(report.added)} new, "
             f"{len(report.updated)} updated, {len(report.unchanged)} unchanged")
