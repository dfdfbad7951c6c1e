"""A store's content as one comparable value: tests of refused commands assert it is unchanged.

Each helper takes the path the test knows its store by and reads the store wherever it lives
(``located``): the SQLite file, or its database on the PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.postgres import located


def dump(path: Path) -> str:
    """Every table's rows in a stable order (the schema included), read without writing anything."""
    if located(path) != str(path):
        return _dump_server(located(path))
    if not path.exists():
        return "<no store>"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    except sqlite3.DatabaseError:  # not a database, or a damaged one: its bytes then
        return path.read_bytes().hex()
    finally:
        connection.close()


def _dump_server(url: str) -> str:
    from sqlalchemy import MetaData, Text, cast, create_engine, select

    engine = create_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        lines = []
        with engine.connect() as connection:
            for table in metadata.sorted_tables:
                lines.append(f"{table.name}({', '.join(column.name for column in table.columns)})")
                rows = connection.execute(select(table).order_by(*(cast(column, Text) for column in table.columns))).all()
                lines.extend(repr(tuple(row)) for row in rows)
        return "\n".join(lines)
    finally:
        engine.dispose()


def query(path: Path, statement: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run one SQL statement (``:name`` parameters) on the test's store and commit; its rows."""
    from sqlalchemy import create_engine, event, text

    engine = create_engine(_url(located(path)))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda connection, _: connection.execute("PRAGMA foreign_keys=ON"))
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def count(path: Path, table: str) -> int:
    return int(query(path, f"SELECT count(*) FROM {table}")[0][0])


def _url(where: str) -> str:
    return where if "://" in where else f"sqlite:///{where}"


def store_at_revision(path: Path, revision: str) -> None:
    """A store at ``path`` made by an older c2c: migrated up to ``revision`` only."""
    from c2c.config import resolve_store
    from c2c.store.engine import Store, create_engine, upgrade_store

    location = resolve_store(located(path))
    old = Store(location, create_engine(location))
    upgrade_store(old, revision)
    old.dispose()
