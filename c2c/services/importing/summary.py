"""What an import report shows: the summary record, the changes, and the rejected rows."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict, TypeVar

from c2c.services.importing.plan import ImportReport


class UpdatedKey(TypedDict):
    key: str
    changes: dict[str, list[Any]]  # field -> [was, now]


class InvalidCell(TypedDict):
    row: int
    column: str
    reason: str
    sheet: NotRequired[str]  # when several sheets were read


class ImportNoteRow(TypedDict):
    row: int | None
    message: str
    sheet: NotRequired[str]  # when several sheets were read


class ImportSummary(TypedDict):
    file: str
    sheet: str | None
    header_row: int
    list_of: list[str]  # the clusters whose list it was taken to be; empty: of no cluster
    list_of_from: str | None  # option (--cluster), column (Cluster), inferred (from its companies), asked
    new: int
    updated: int
    unchanged: int
    removed: int
    invalid: int
    duplicates: int
    written: bool
    pruned: int
    columns: dict[str, str]
    guessed_columns: list[str]  # the headers in ``columns`` mapped from their column's content
    extra_columns: list[str]
    added_keys: list[str]
    updated_keys: list[UpdatedKey]
    removed_keys: list[str]
    invalid_rows: list[InvalidCell]
    near_duplicates: list[list[int]]
    notes: list[ImportNoteRow]


class ChangeRow(TypedDict):
    who: str
    field: str
    old: Any
    new: Any


def import_summary(report: ImportReport) -> ImportSummary:
    return {
        "file": report.file, "sheet": ", ".join(report.sheets) or report.sheet, "header_row": report.header_row,
        "list_of": list(report.scope.names), "list_of_from": report.scope.source,
        "new": len(report.added), "updated": len(report.updated), "unchanged": len(report.unchanged),
        "removed": len(report.removed), "invalid": len({e.row for e in report.invalid}),
        "duplicates": len(report.duplicates), "written": report.written, "pruned": report.pruned,
        "columns": report.columns, "guessed_columns": report.guessed_columns, "extra_columns": report.extra_columns,
        "added_keys": report.added, "updated_keys": [{"key": u.key, "changes": u.changes} for u in report.updated],
        "removed_keys": report.removed,
        "invalid_rows": [_with_sheet(InvalidCell(row=e.row, column=e.column, reason=e.reason)) for e in report.invalid],
        "near_duplicates": [list(p) for p in report.near_duplicates],
        "notes": [_with_sheet(ImportNoteRow(row=n.row, message=n.message)) for n in report.notes],
    }


Entry = TypeVar("Entry", InvalidCell, ImportNoteRow)


def _with_sheet(entry: Entry) -> Entry:
    """The entry with the sheet of its row, when several sheets were read; the row as a number."""
    row = entry["row"]
    sheet = getattr(row, "sheet", None)
    if row is not None and sheet is not None:
        entry["row"], entry["sheet"] = int(row), sheet
    return entry


def change_rows(report: ImportReport) -> list[ChangeRow]:
    """One row per field that an update changes (the extra columns left out)."""
    return [{"who": u.key, "field": f, "old": old, "new": new}
            for u in report.updated for f, (old, new) in u.changes.items() if f != "extra"]


def rejected_rows(report: ImportReport) -> list[dict[str, object]]:
    """Each invalid row as the file had it, between its row number and the reasons, for the sender.

    Keyed by the file's headers; a header the file repeats (or leaves empty) gets a number.
    """
    sheets = ["Sheet"] if report.sheets else []  # rows of several sheets: each says its own
    names = _unique([*sheets, "Row", *report.headers, "Reason"])
    reasons: dict[int, list[str]] = {}
    cells: dict[int, list[str]] = {}
    for error in report.invalid:
        reasons.setdefault(error.row, []).append(f"{error.column}: {error.reason}")
        cells[error.row] = error.cells
    width = len(report.headers)
    return [dict(zip(names, [*([getattr(row, "sheet", "")] if sheets else []), int(row),
                             *(cells[row] + [""] * width)[:width], "; ".join(reasons[row])], strict=True))
            for row in sorted(reasons)]


def _unique(headers: list[str]) -> list[str]:
    seen: set[str] = set()
    names = []
    for index, header in enumerate(headers, start=1):
        name = header or f"Column {index}"
        n = 2
        while name in seen:
            name, n = f"{header or f'Column {index}'} ({n})", n + 1
        seen.add(name)
        names.append(name)
    return names
