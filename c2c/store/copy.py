"""Copying a whole store to another database: a SQLite file up to a shared PostgreSQL, and back.

Every table, every row, ids kept, in one transaction on the target: a copy that fails half way
leaves the target as it was. A target that already holds rows is refused unless the caller
says to replace them. Values go through the models' column types both ways (JSON, times,
UTC timestamps), so a store copied to PostgreSQL and back reads the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from c2c.errors import Conflict, InvalidInput

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

    from c2c.store.engine import Store

CHUNK = 2000


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


def copy_store(source: Store, target: Store, *, replace: bool = False) -> list[TableCount]:
    """Copy ``source`` into ``target`` (both opened at the newest schema); rows per table."""
    from c2c.store.sequences import reset_sequences

    if source.engine.url == target.engine.url:
        raise InvalidInput("the store cannot be copied onto itself")
    tables = store_tables()
    counts = []
    with source.engine.connect() as reading, target.engine.begin() as writing:
        held = _rows_held(writing, tables)
        if held and not replace:
            raise Conflict(f"the target already holds {held} rows",
                           hint="pass --replace to delete them and copy this store in their place")
        for table in reversed(tables):
            writing.execute(table.delete())
        for table in tables:
            counts.append(TableCount(table.name, _copy_table(reading, writing, table)))
        reset_sequences(writing, tables)
    return counts


def _copy_table(reading: Connection, writing: Connection, table: Table) -> int:
    from sqlalchemy.exc import IntegrityError

    count = 0
    for chunk in _chunks(reading, table):
        try:
            writing.execute(table.insert(), chunk)
        except IntegrityError as exc:  # a damaged source: rows that refer to rows it lacks
            reason = " ".join(str(exc.orig).split())
            raise InvalidInput(f"cannot copy table {table.name}: {reason}",
                               hint="nothing was written; repair the source store first") from None
        count += len(chunk)
    return count


def store_tables() -> list[Table]:
    """Every table of the models, parents before the tables that refer to them."""
    from sqlmodel import SQLModel

    from c2c.store.models import load_all

    load_all()
    return list(SQLModel.metadata.sorted_tables)


def _rows_held(connection: Connection, tables: list[Table]) -> int:
    from sqlalchemy import func, select

    return sum(connection.execute(select(func.count()).select_from(table)).scalar() or 0 for table in tables)


def _chunks(connection: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    from sqlalchemy import select

    key = [table.c[c.name] for c in table.primary_key.columns]
    result = connection.execution_options(stream_results=True).execute(select(table).order_by(*key))
    for rows in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in rows]
