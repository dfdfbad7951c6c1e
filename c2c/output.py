"""The one place that renders rows for people (rich tables) and for scripts (json, csv)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

import typer

from c2c.config import EnvVars
from c2c.text import defuse_formula


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        envvar=EnvVars.FORMAT,
        help="Output format: table for people, json or csv for scripts.",
        case_sensitive=False,
    ),
]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    justify: str = "left"


Row = Mapping[str, Any]


def render(
    rows: Sequence[Row],
    columns: Sequence[Column],
    fmt: OutputFormat,
    *,
    title: str | None = None,
    empty_message: str = "Nothing to show.",
) -> None:
    """Print ``rows`` to stdout; json/csv carry every key of each row, tables the ``columns``."""
    if fmt is OutputFormat.json:
        _write(json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        _write(to_csv(rows, [c.key for c in columns]))
    elif not rows:
        typer.echo(empty_message, err=True)
    else:
        _print_table(rows, columns, title)


def render_record(record: Row, fields: Sequence[Column], fmt: OutputFormat, *, title: str | None = None) -> None:
    """Print one object: a two-column table for people, an object or one csv row for scripts."""
    if fmt is OutputFormat.json:
        _write(json.dumps(dict(record), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        _write(to_csv([record], [c.key for c in fields]))
    else:
        from rich.table import Table

        table = Table(title=title, show_header=False, box=None, pad_edge=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for field in fields:
            table.add_row(field.header, display(record.get(field.key)))
        console().print(table)


def to_csv(rows: Sequence[Row], keys: Sequence[str], *, for_spreadsheet: bool = False) -> str:
    """CSV text; ``for_spreadsheet`` (a file people open) makes cells starting with = + - @ inert.

    Standard output keeps the raw values (+39 phones) that scripts rely on.
    """
    buffer = io.StringIO()
    extra = [k for r in rows[:1] for k in r if k not in keys]
    writer = csv.DictWriter(buffer, fieldnames=[*keys, *extra], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        cells = {k: csv_cell(v) for k, v in row.items()}
        writer.writerow({k: defuse_formula(v) for k, v in cells.items()} if for_spreadsheet else cells)
    return buffer.getvalue()


def csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _print_table(rows: Sequence[Row], columns: Sequence[Column], title: str | None) -> None:
    from rich.table import Table

    table = Table(title=title, header_style="bold")
    for column in columns:
        table.add_column(column.header, justify=column.justify, overflow="fold")  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*(display(row.get(c.key)) for c in columns))
    console().print(table)


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def info(message: str) -> None:
    """A message for the person, on stderr so stdout stays clean for data."""
    typer.echo(message, err=True)


def warn(message: str) -> None:
    typer.echo(f"Warning: {message}", err=True)


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
