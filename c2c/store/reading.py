"""Reading the store without SQLAlchemy: the fast path of list and show commands.

Importing SQLAlchemy and SQLModel costs about three times a whole ``sqlite-utils tables`` run,
and a command that only selects rows needs neither. ``open_reader`` gives a read-only
connection through the standard library's sqlite3 to a SQLite store that is already at the
newest schema; any other store (one to create or migrate first, another database) is read
through SQLAlchemy with the same SQL, so each read is written once.

The SQL of readers is portable: named parameters (``:name``), no SQLite-only functions.
Values come back as the database gives them; ``as_date``, ``as_time``, ``as_datetime``,
``as_bool`` and ``as_json`` make SQLite's text and integers and a typed database's values the same.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from c2c.store.engine import BUSY_TIMEOUT_MS, HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    from c2c.config import StoreLocation

Record = dict[str, Any]
Row = TypeVar("Row")


class Reader(Protocol):
    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Record]:
        """Every row of ``sql`` as a column name -> value mapping."""
        ...

    def close(self) -> None: ...


class SqliteReader:
    """A read-only sqlite3 connection: a list command can write nothing, whatever happens."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Record]:
        cursor = self._connection.execute(sql, dict(params or {}))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def close(self) -> None:
        self._connection.close()


class ConnectionReader:
    """The same reads through SQLAlchemy, for stores the fast path does not take."""

    def __init__(self, connection: Connection, *, owned: bool = True) -> None:
        self._connection = connection
        self._owned = owned

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Record]:
        from sqlalchemy import text

        return [dict(row._mapping) for row in self._connection.execute(text(sql), dict(params or {}))]

    def close(self) -> None:
        if self._owned:
            self._connection.close()


def session_reader(session: Session) -> ConnectionReader:
    """The same reads inside a writing transaction, seeing what it has written so far."""
    session.flush()  # plain SQL does not autoflush: pending changes must reach the connection first
    return ConnectionReader(session.connection(), owned=False)


def open_reader(location: StoreLocation) -> SqliteReader | None:
    """A read-only connection to an up-to-date SQLite store, or None when the full store must open."""
    if not location.is_sqlite or location.path is None or not location.path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{location.path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:  # not a store yet, or one the full path must report on
        found = None
    if found is None or found[0] != HEAD_REVISION:
        connection.close()
        return None
    return SqliteReader(connection)


def as_date(value: Any) -> dt.date:
    """A NOT NULL date column (nullable ones check for None first)."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def as_time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def as_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def as_json(value: Any) -> Any:
    """A JSON column: text in SQLite, already decoded by drivers of typed databases."""
    import json

    return json.loads(value) if isinstance(value, str | bytes) else value


def typed(kind: type[Row], rows: list[Record]) -> list[Row]:
    """``rows`` as the TypedDict ``kind``, keys in its order; SQL and type may not drift apart."""
    keys = list(kind.__annotations__)
    for row in rows:
        if set(row) != set(keys):
            raise AssertionError(f"{kind.__name__}: the query gives {sorted(row)}, the type says {sorted(keys)}")
    return cast(list[Row], [{key: row[key] for key in keys} for row in rows])
