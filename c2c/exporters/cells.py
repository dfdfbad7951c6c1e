"""The one cell policy of every spreadsheet c2c writes: .xlsx files, .csv files and csv output.

A spreadsheet program runs text starting with = + - @ (or with a tab or a carriage return,
which it strips first) as a formula: a company called ``=HYPERLINK(…)`` or
``=cmd|' /C calc'!A0`` in an attendee list must stay text. What each writer does about it:

- **xlsx**: such text goes into a text cell: type string, number format ``@`` (Text) and the
  quote-prefix flag, which is what Excel itself stores when someone types a leading
  apostrophe. The cell shows the text as it is (``+39 333 000 0000``, no apostrophe), and it
  stays text when someone edits it.
- **csv files**: a CSV has no cell types; the only guard Excel and LibreOffice honour is a
  leading apostrophe (OWASP's advice), so such text is written ``'=HYPERLINK(…)``, and phone
  numbers ``'+39 333 000 0000``. Both programs show that apostrophe: whoever wants phone
  numbers without it opens the .xlsx. The file starts with a BOM, or Excel reads the accents
  of 'Mécanique' as 'MÃ©canique'.
- **csv on standard output** is for scripts: the raw values, without apostrophes.

Values: in xlsx (as in tables, html and md) booleans read yes/no and lists are joined with
", ", for people to read; in every csv, file or standard output alike, booleans are
true/false, lists are joined with "; " and mappings written as JSON, so a script reads a file
and a pipe the same way.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeGuard

from c2c.text import strip_controls

# a cell starting with one of these is run as a formula by Excel and LibreOffice
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def runs_as_formula(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def csv_text(rows: Sequence[Mapping[str, object]], *, for_people: bool) -> str:
    """Every field of every row, the header from the rows' keys in the order they first appear.

    ``for_people`` (a file someone opens) puts an apostrophe before formula-like text.
    """
    fields = list(dict.fromkeys(key for row in rows for key in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, restval="", lineterminator="\n")
    if fields:
        writer.writeheader()
    for row in rows:
        cells = {key: csv_value(value) for key, value in row.items()}
        writer.writerow({k: "'" + v if for_people and runs_as_formula(v) else v for k, v in cells.items()})
    return buffer.getvalue()


def readable(value: object) -> object:
    """A value as people read it, in an xlsx cell or a table: yes/no, lists joined, numbers as they are."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items()) or None
    return value


def fill(cell: Any, value: object) -> Any:
    """Put ``value`` in an openpyxl cell under the policy above; returns the cell.

    Works on a worksheet's cell and on a ``WriteOnlyCell`` alike, so ``sheet.append`` takes it.
    """
    value = readable(value)
    if isinstance(value, str):  # a store written before text was cleaned on the way in
        value = strip_controls(value)  # openpyxl refuses the whole workbook otherwise
    cell.value = value
    if runs_as_formula(value):
        cell.data_type = "s"
        cell.number_format = "@"
        cell.quotePrefix = True
    return cell


def fill_row(sheet: Any, values: Iterable[object]) -> list[Any]:
    """Cells for ``sheet.append``, each filled under the policy."""
    from openpyxl.cell import WriteOnlyCell

    return [fill(WriteOnlyCell(sheet), value) for value in values]
