"""Ids given before rows are written, and the counters that give them.

A bulk import names its new rows' ids up front (INSERT … RETURNING of thousands of rows is
much slower than a plain executemany). On SQLite the next ids are above the largest one: the
transaction holds the write lock, nobody else can take them. On PostgreSQL they come from the
table's own sequence, which other coordinators' transactions draw from too, so they never clash;
rows written with explicit ids (``db copy``) move the sequence past them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection


def reserve_ids(connection: Connection, table: Table, count: int) -> Sequence[int]:
    from sqlalchemy import func, select, text

    if count == 0:
        return []
    if connection.dialect.name == "postgresql":
        drawn = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)")
        return [row[0] for row in connection.execute(drawn, {"table": table.name, "count": count})]
    top = connection.execute(select(func.max(table.c.id))).scalar() or 0
    return range(top + 1, top + 1 + count)


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After rows were written with explicit ids: each sequence goes on after the largest."""
    from sqlalchemy import text

    if connection.dialect.name != "postgresql":
        return  # SQLite's next rowid already follows the largest
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        connection.execute(text(f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                                f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"),
                           {"table": table.name, "column": column.name})
