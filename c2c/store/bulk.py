"""Bulk inserts: one INSERT compiled once per table and fed to the driver's executemany.

Even Core's ``session.execute(insert(table), dicts)`` spends more on its per-row parameter
handling than SQLite spends writing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

CHUNK = 5000


def chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]],
                shared: dict[str, Any] | None = None) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table, each row completed by
    the ``shared`` values that every row has.

    The statement is compiled once and each chunk goes to the driver's executemany as tuples.
    Values still pass through the columns' own bind processors (JSON, booleans, datetimes), so
    what is stored is what ``session.execute(insert(table), rows)`` would store; the shared
    ones (one timestamp for a whole import) are converted once instead of on every row.
    """
    from sqlalchemy import insert

    if not rows:
        return
    shared = shared or {}
    connection = session.connection()
    table = model.__table__
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=[*rows[0], *shared])
    if not compiled.positional or compiled.positiontup is None:
        # named paramstyles (not SQLite's) take the ordinary way
        for chunk in chunks(rows):
            session.execute(insert(table), [{**row, **shared} for row in chunk])
        return
    names = list(compiled.positiontup)
    convert = {name: process for name in names
               if (process := table.c[name].type.dialect_impl(connection.dialect).bind_processor(connection.dialect))}

    def converted(name: str, value: Any) -> Any:
        return convert[name](value) if name in convert else value

    template = [converted(name, shared[name]) if name in shared else None for name in names]
    per_row = [(index, name, convert.get(name)) for index, name in enumerate(names) if name not in shared]
    for chunk in chunks(rows):
        connection.exec_driver_sql(compiled.string, [_values(row, template, per_row) for row in chunk])


def _values(row: dict[str, Any], template: list[Any], per_row: list[tuple[int, str, Any]]) -> tuple[Any, ...]:
    values = template.copy()
    for index, name, process in per_row:
        values[index] = row[name] if process is None else process(row[name])
    return tuple(values)
