"""The one place that turns rows into output: tables for people, json and csv for scripts, files.

Commands hand rows and their columns to ``render`` (standard output) or ``write`` (standard
output or ``--out FILE``, in any ``Format``); no command renders a format or writes a file
itself, and no command imports another's renderers (shared views live in
``c2c.commands._views``). Files
are made by ``c2c.exporters``: one cell policy for xlsx and csv (``exporters.cells`` says what
a cell becomes), one Jinja environment for html and md, one atomic file writer.

Rows are TypedDicts and a ``Column`` reads its value from the row with a function, so mypy
checks every column against the rows it shows. Json and csv carry every field of a row, in
the row's order; tables, xlsx, html and md show the columns.
"""

from __future__ import annotations

import json
import operator
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Generic, Literal, TypeVar

import typer

from c2c.config import EnvVars
from c2c.errors import InvalidInput
from c2c.exporters.cells import csv_text, readable
from c2c.text import strip_controls


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"
    md = "md"
    pdf = "pdf"


PRINTED = (Format.table, Format.json, Format.csv)
FILE_NAMES = ".csv, .json, .xlsx, .html, .md or .pdf"


def _printed_only(value: Format) -> Format:
    if value not in PRINTED:
        raise typer.BadParameter(f"{value.value} is a file format: this command prints table, json or csv")
    return value


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        envvar=EnvVars.FORMAT,
        help="Output format: table for people, json or csv for scripts.",
        case_sensitive=False,
        metavar="<table|json|csv>",
        callback=_printed_only,
    ),
]
# for the commands that also write files: None means "what --out ends with" (see choose_format)
FileFormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help=f"table, json, csv, xlsx, html, md or pdf.  [default: what --out ends with, else ${EnvVars.FORMAT}, else table]",
        case_sensitive=False,
        show_default=False,
    ),
]
OutOption = Annotated[
    Path | None,
    typer.Option("--out", "-o", help=f"Write to this file instead of the terminal ({FILE_NAMES}).", show_default=False),
]


ForceOption = Annotated[bool, typer.Option("--force", help="Replace an existing output file without asking.")]


def claim_output(path: Path | None, force: bool, inputs: Sequence[Path] = ()) -> None:
    """Before any work: never write over one of the command's inputs; ask before replacing a
    file on a terminal, and refuse elsewhere unless ``force`` (as ``db backup`` does)."""
    if path is None:
        return
    if any(_same_file(path, given) for given in inputs):
        raise InvalidInput(f"{path} is an input of this command: it cannot also be its output",
                           hint="choose another file name")
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder", hint="give a file name")
    if not path.exists() or force:
        return
    from c2c import prompts

    if not prompts.is_interactive():
        raise InvalidInput(f"{path} exists", hint="pass --force to replace it")
    if not prompts.confirm(f"Replace {path}?"):
        raise typer.Abort()


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and one.samefile(other)
    except OSError:
        return one.resolve() == other.resolve()


def choose_format(fmt: Format | None, out: Path | None, flag: str = "--out") -> Format:
    """``--format`` when given, else what ``out`` ends with, else ``$C2C_FORMAT``, else a table.

    Refuses, before anything is done, a table for a file and an xlsx for the terminal.
    """
    if fmt is None and out is not None:
        fmt = _format_of(out, flag)
    if fmt is None:
        fmt = _format_from_environment()
    if out is not None and fmt is Format.table:
        raise InvalidInput(f"--format table prints to the terminal: choose csv, json, xlsx, html, md or pdf with {flag}")
    if out is None and fmt is Format.xlsx:
        raise InvalidInput(f"--format xlsx needs {flag} FILE.xlsx")
    return fmt


def choose_printed(out: Path, kinds: Sequence[Format]) -> Format:
    """The format of a printable from what ``out`` ends with, refused before anything is done
    when the printable has no such form."""
    suffix = out.suffix.lower().lstrip(".")
    chosen = next((kind for kind in kinds if kind.value == suffix), None)
    if chosen is None:
        names = [f".{kind.value}" for kind in kinds]
        raise InvalidInput(f"--out {out.name}: name a {', '.join(names[:-1])} or {names[-1]} file")
    return chosen


def _format_of(out: Path, flag: str) -> Format:
    try:
        return Format(out.suffix.lower().lstrip("."))
    except ValueError:
        pass
    alternative = ", or give --format" if flag == "--out" else ""
    raise InvalidInput(f"{flag} {out.name}: name a {FILE_NAMES} file{alternative}")


def _format_from_environment() -> Format:
    value = os.environ.get(EnvVars.FORMAT, Format.table.value)
    try:
        return Format(value.lower())
    except ValueError:
        raise typer.BadParameter(f"{EnvVars.FORMAT}={value} is not one of {', '.join(Format)}") from None


R = TypeVar("R", bound=Mapping[str, Any])
# a column that reads any mapping reads a TypedDict row too
R_contra = TypeVar("R_contra", bound=Mapping[str, Any], contravariant=True)
Justify = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Column(Generic[R_contra]):
    """A column of a table, an xlsx sheet or a document: its header and how to read it from a row."""

    header: str
    value: Callable[[R_contra], object]
    justify: Justify = "left"


def key_columns(keys: Iterable[str]) -> list[Column[Mapping[str, Any]]]:
    """A column per key, headed by it, for rows whose keys are data: a file's headers, slot labels."""
    return [Column(key, operator.itemgetter(key)) for key in keys]


@dataclass(frozen=True)
class Sheet(Generic[R]):
    """Rows and the columns that show them, with a title and what to say when there are none.

    ``write`` takes one sheet or several (a workbook's sheets, a document's sections).
    """

    rows: Sequence[R]
    columns: Sequence[Column[R]]
    title: str = ""
    empty: str = "Nothing to show."


# what a format shows: rows, or a ready document (a print layout, a template's text)
Document = Sheet[Any] | Sequence[Sheet[Any]] | Callable[[], str | bytes]


def render(
    rows: Sequence[R],
    columns: Sequence[Column[R]],
    fmt: Format,
    *,
    title: str | None = None,
    empty_message: str = "Nothing to show.",
) -> None:
    """Print ``rows``: a table of ``columns`` for people, every field as json or csv for scripts."""
    write(Sheet(rows, columns, title or "", empty_message), fmt)


def write(
    data: Document,
    fmt: Format,
    out: Path | None = None,
    *,
    documents: Mapping[Format, Document] | None = None,
    message: str | None = None,
) -> None:
    """``data`` in ``fmt``, to standard output or to ``out`` (then ``message``, or "Wrote OUT", on stderr).

    ``documents`` names what some formats show instead of ``data``: other rows (the manifest's
    csv has one row per passenger) or a ready document (the printed agenda's xlsx, a template).
    Take ``fmt`` from ``choose_format``.
    """
    document = (documents or {}).get(fmt, data)
    if fmt is Format.table:
        _print_tables(_sheets(document))
        return
    content = document() if callable(document) else _content(_sheets(document), fmt, out is not None)
    if out is None:
        if isinstance(content, bytes):
            raise InvalidInput(f"--format {fmt.value} needs --out FILE.{fmt.value}")
        _write(content)
        return
    from c2c.exporters.files import write_file

    # the BOM makes Excel read a csv as UTF-8: 'Mécanique', not 'MÃ©canique'
    write_file(out, content, encoding="utf-8-sig" if fmt is Format.csv else "utf-8")
    info(message or f"Wrote {out}")


def printable(html: Callable[[], str], workbook: Callable[[], bytes] | None = None) -> dict[Format, Document]:
    """The ``documents`` of a sheet meant for paper: its HTML page, that page as a PDF (the one
    way c2c makes a PDF) and, when it has one, its workbook. Each is made only when asked for."""
    def pdf() -> bytes:
        from c2c.exporters.pdf import render_pdf

        return render_pdf(html())

    documents: dict[Format, Document] = {Format.html: html, Format.pdf: pdf}
    if workbook is not None:
        documents[Format.xlsx] = workbook
    return documents


def _sheets(document: Document) -> Sequence[Sheet[Any]]:
    if isinstance(document, Sheet):
        return [document]
    assert not callable(document), "a ready document has no table to print"
    return document


def _content(sheets: Sequence[Sheet[Any]], fmt: Format, to_file: bool) -> str | bytes:
    if fmt is Format.json:
        if len(sheets) == 1:
            return _json(list(sheets[0].rows))
        return _json({sheet.title: list(sheet.rows) for sheet in sheets})
    if fmt is Format.csv:
        if len(sheets) != 1:
            raise InvalidInput("a csv holds one table: choose xlsx, html, md or pdf for several")
        return csv_text(sheets[0].rows, for_people=to_file)
    tables = [(s.title, [c.header for c in s.columns], [[c.value(r) for c in s.columns] for r in s.rows])
              for s in sheets]
    if fmt is Format.xlsx:
        from c2c.exporters.xlsx_print import tables_workbook

        return tables_workbook(tables)
    from c2c.exporters import templates

    shown = [{"title": title, "headers": headers, "rows": [[display(v) for v in row] for row in rows]}
             for title, headers, rows in tables]
    page = "html" if fmt is Format.pdf else fmt.value
    text = templates.render(f"tables.{page}.j2", {"title": shown[0]["title"] if len(shown) == 1 else "", "tables": shown})
    if fmt is Format.pdf:
        from c2c.exporters.pdf import render_pdf

        return render_pdf(text)
    return text


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n"


def render_record(record: R, fields: Sequence[Column[R]], fmt: Format, *, title: str | None = None) -> None:
    """Print one object: a two-column table for people, an object or one csv row for scripts."""
    if fmt is Format.json:
        _write(_json(dict(record)))
    elif fmt is Format.csv:
        _write(csv_text([record], for_people=False))
    else:
        from rich.table import Table

        table = Table(title=title, show_header=False, box=None, pad_edge=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for field in fields:
            table.add_row(field.header, _cell(field.value(record)))
        console().print(table)


def display(value: object) -> str:
    """A value as a terminal shows it: no control character reaches the terminal, whatever the store holds."""
    shown = readable(value)
    return "" if shown is None else strip_controls(str(shown))


def _cell(value: object) -> Any:
    """A table cell that rich prints as it is: '[Daher]' is a name, not markup."""
    from rich.text import Text

    return Text(display(value))


def _print_tables(sheets: Sequence[Sheet[Any]]) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    for sheet in sheets:
        if not sheet.rows:
            typer.echo(sheet.empty, err=True)
            continue
        cells = [[display(c.value(row)) for c in sheet.columns] for row in sheet.rows]
        widths = fit_widths([c.header for c in sheet.columns], cells, out.width)
        # light rules and no side walls: two characters between columns, so more fits in 80
        table = Table(title=sheet.title or None, header_style="bold", box=box.SIMPLE_HEAD, show_edge=False,
                      pad_edge=False, collapse_padding=True)
        shown = [i for i, width in enumerate(widths) if width]
        for i in shown:
            words = any(" " in row[i] for row in cells) or " " in sheet.columns[i].header
            table.add_column(sheet.columns[i].header, justify=sheet.columns[i].justify, width=widths[i],
                             overflow="ellipsis", no_wrap=not words)
        for row in cells:
            table.add_row(*(Text(row[i]) for i in shown))  # '[Daher]' is a name, not markup
        out.print(table)
        left_out = [c.header for c, width in zip(sheet.columns, widths, strict=True) if not width]
        if left_out:
            typer.echo(f"Left out to fit {out.width} columns: {', '.join(left_out)} (widen the terminal, or use "
                       "--format csv or json for every column)", err=True)


_GAP = 2  # what the table puts between two columns
_KEEPS_WIDTH = 16  # a column whose cells are all this short (a date, a time, a count, a code) keeps its width
_FLEX_MIN = 10  # the narrowest a column of text becomes before a column is left out


def fit_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], room: int) -> list[int]:
    """The width of each column so that the table fits ``room`` characters; 0 leaves one out.

    The first column (it names the row) and short columns (dates, times, counts, codes) keep
    their width, so nothing breaks inside them;
    columns of text share what is left in proportion to their length and wrap between words.
    When even that does not fit, the columns on the right are left out: the first ones matter
    most.
    """
    longest = [max(_longest(row[i]) for row in rows) for i in range(len(headers))]
    natural = [max(width, _longest(header)) for width, header in zip(longest, headers, strict=True)]
    if sum(natural) + _GAP * (len(headers) - 1) <= room:
        return natural
    # a header wraps between its words, never inside one: a short column is as wide as its longest word
    needed = [max(width, _longest_word(header)) if width <= _KEEPS_WIDTH or i == 0
              else min(width, _FLEX_MIN) for i, (width, header) in enumerate(zip(longest, headers, strict=True))]
    widths = [0] * len(headers)
    used = -_GAP
    for i, width in enumerate(needed):
        if used + _GAP + width > room:
            break
        widths[i], used = width, used + _GAP + width
    # the first column names the row (a slug, a name): it is never cut
    flexible = [i for i, width in enumerate(widths) if i and width and longest[i] > _KEEPS_WIDTH]
    spare = room - used
    want = sum(natural[i] - widths[i] for i in flexible)
    for i in flexible:
        widths[i] += (natural[i] - widths[i]) * spare // want if want else 0
    return widths


def _longest(cell: str) -> int:
    return max((len(line) for line in cell.splitlines()), default=0)


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def info(message: str) -> None:
    """A message for the person, on stderr so stdout stays clean for data."""
    typer.echo(strip_controls(message), err=True)


def warn(message: str) -> None:
    typer.echo(f"Warning: {strip_controls(message)}", err=True)


@contextmanager
def timed_progress(label: str, seconds: float) -> Iterator[Callable[[str], None] | None]:
    """A bar that fills over ``seconds`` (a solver's time limit), only when a person watches stderr.

    Yields a callback that names the current step, or None in pipes and scripts.
    """
    if not sys.stderr.isatty():
        yield None
        return
    import threading
    import time

    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    started, done = time.monotonic(), threading.Event()
    with Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console(stderr=True),
                  transient=True) as bar:
        task = bar.add_task(label, total=seconds)

        def tick() -> None:
            while not done.wait(0.25):
                bar.update(task, completed=min(seconds, time.monotonic() - started))

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield lambda step: bar.update(task, description=f"{label}: {step}")
        finally:
            done.set()
            ticker.join()


@contextmanager
def counted_progress(label: str, total: int) -> Iterator[Callable[[str], None]]:
    """A bar of ``total`` steps on a terminal; the callback advances it, naming the step done.
    Quiet in pipes and scripts."""
    if not sys.stderr.isatty():
        yield lambda _step: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda step: bar.update(task, advance=1, description=f"{label}: {step}")
