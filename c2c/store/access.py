"""The narrow store access of the participants import, through sqlite3 or through SQLAlchemy.

Importing SQLAlchemy and SQLModel costs a third of a 10,000-row import's CPU. On a SQLite store
already at the newest schema, ``sqlite_access`` opens one writing transaction through the
standard library's sqlite3 and SQLAlchemy is never imported; any other store (PostgreSQL, a
store to create or migrate first) goes through ``session_access``, the same SQL on the
command's session. The import's logic is written once, against ``StoreAccess``.

Both write the same values: booleans as integers, JSON as ``json.dumps`` text and timestamps in
SQLAlchemy's SQLite format; versioned rows (``versions.py``) move their ``version`` on and say
who changed them.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol, cast

from c2c.errors import C2CError
from c2c.store.engine import BUSY_TIMEOUT_MS, HEAD_REVISION, describe_database_error, read_only_text
from c2c.store.reading import Reader, Record, SqliteReader
from c2c.store.versions import current_user

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.config import StoreLocation

# the tables with an optimistic ``version`` column that bulk writes move on (c2c/store/versions.py)
VERSIONED = frozenset({"person", "participation", "coach", "b2b_meeting"})
CHUNK = 5000


class StoreAccess(Reader, Protocol):
    """Reads (``Reader.rows``: portable SQL, ``:name`` parameters) and the writes of a bulk import."""

    dialect: str

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None: ...

    def insert(self, table: str, rows: Sequence[dict[str, Any]], shared: dict[str, Any] | None = None) -> None:
        """Insert ``rows`` (dicts with the same keys), each completed by the ``shared`` values."""
        ...

    def update_by_id(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Set each row's other keys on the row of its ``id``; a versioned row's version moves on."""
        ...

    def reserve_ids(self, table: str, count: int) -> Sequence[int]: ...

    def lock_mission(self, mission_id: int, slug: str, doing: str) -> None: ...

    def orm_session(self) -> Session:
        """The ORM in this same transaction, for the rare writes not ported to plain SQL."""
        ...


class SqliteAccess(SqliteReader):
    """One writing transaction on a sqlite3 connection, begun with the write lock."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection) -> None:
        super().__init__(connection)
        self._session: Session | None = None

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Record]:
        self.flush()
        return super().rows(sql, params)

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        self.flush()
        self._connection.execute(sql, dict(params or {}))

    def insert(self, table: str, rows: Sequence[dict[str, Any]], shared: dict[str, Any] | None = None) -> None:
        if not rows:
            return
        shared = {key: stored(value) for key, value in (shared or {}).items()}
        keys = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join([*keys, *shared])}) VALUES ({', '.join('?' * (len(keys) + len(shared)))})"
        fixed = tuple(shared.values())
        # only the columns whose type SQLAlchemy converts are converted, the rest go as they are
        types = self._column_types(table)
        converters = [(index, CONVERTERS[types[key]]) for index, key in enumerate(keys) if types.get(key) in CONVERTERS]
        values = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
        for start in range(0, len(rows), CHUNK):
            chunk = [values(row) for row in rows[start:start + CHUNK]]
            if converters:
                chunk = [_converted(row, converters) for row in chunk]
            self._connection.executemany(sql, [(*row, *fixed) for row in chunk])

    def _column_types(self, table: str) -> dict[str, str]:
        """Column -> its declared type (``JSON``, ``BOOLEAN``, ``DATETIME``…), as the migrations made it."""
        return {row[1]: str(row[2]).upper() for row in self._connection.execute(f"PRAGMA table_info({table})")}

    def update_by_id(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        for keys, group in _by_keys(rows).items():
            sets = [f"{key} = ?" for key in keys if key != "id"]
            if table in VERSIONED:
                sets += ["version = version + 1", "changed_by = ?"]
            sql = f"UPDATE {table} SET {', '.join(sets)} WHERE id = ?"
            writer = (current_user(),) if table in VERSIONED else ()
            self._connection.executemany(sql, [(*(stored(row[key]) for key in keys if key != "id"), *writer, row["id"])
                                               for row in group])

    def reserve_ids(self, table: str, count: int) -> Sequence[int]:
        # the transaction holds the write lock: nobody else can take the ids above the largest
        top = self._connection.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0
        return range(top + 1, top + 1 + count)

    def lock_mission(self, mission_id: int, slug: str, doing: str) -> None:
        """Taken already: the transaction began with SQLite's write lock (``sqlite_access``)."""

    def orm_session(self) -> Session:
        if self._session is None:
            self._session = _bridged_session(self._connection)
        return self._session

    def flush(self) -> None:
        """What the ORM session holds reaches the connection before plain SQL reads or writes."""
        if self._session is not None:
            self._session.flush()


def _json(value: Any) -> str:
    return json.dumps(value)


def _bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def _datetime(value: Any) -> str | None:
    return None if value is None else stored(value)


CONVERTERS: dict[str, Callable[[Any], Any]] = {"JSON": _json, "BOOLEAN": _bool, "DATETIME": _datetime}


def _converted(row: tuple[Any, ...], converters: list[tuple[int, Callable[[Any], Any]]]) -> tuple[Any, ...]:
    values = list(row)
    for index, convert in converters:
        values[index] = convert(values[index])
    return tuple(values)


def stored(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite types store it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def _by_keys(rows: Sequence[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """One statement per set of changed columns."""
    found: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(tuple(sorted(row)), []).append(row)
    return found


def _bridged_session(connection: sqlite3.Connection) -> Session:
    """An ORM session on the open sqlite3 connection, inside its transaction: it neither commits
    nor rolls back (the sqlite3 transaction does), and never closes the connection."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool
    from sqlmodel import Session

    import c2c.store.models  # noqa: F401  (every table known to the ORM)

    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool, pool_reset_on_return=None)
    def in_the_outer_transaction(_connection: Any) -> None:
        """The sqlite3 transaction, not the ORM, commits or rolls back."""

    engine.dialect.do_commit = engine.dialect.do_rollback = in_the_outer_transaction  # type: ignore[method-assign,assignment]
    return Session(engine, autoflush=True)


@contextmanager
def sqlite_access(location: StoreLocation) -> Iterator[SqliteAccess | None]:
    """One transaction through sqlite3 on an up-to-date SQLite store (None for any other store):
    committed when the block ends, rolled back when it raises."""
    connection = _open_for_writing(location)
    if connection is None:
        yield None
        return
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        connection.close()
        if not read_only_text(str(exc)):
            raise _sqlite_error(exc, location) or exc from None
        yield None  # a read-only store can still be read (--dry-run): the full path tells what it refuses
        return
    access = SqliteAccess(connection)
    try:
        try:
            yield access
            access.flush()
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        error = _sqlite_error(exc, location)
        if error is None:
            raise
        raise error from None
    finally:
        connection.close()


def _open_for_writing(location: StoreLocation) -> sqlite3.Connection | None:
    if not location.is_sqlite or location.path is None or not location.path.is_file():
        return None
    try:
        connection = sqlite3.connect(location.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if found is not None and found[0] == HEAD_REVISION:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return connection
    except sqlite3.Error:  # not a store yet, a read-only or damaged one: the full path reports on it
        pass
    connection.close()
    return None


def _sqlite_error(exc: sqlite3.Error, location: StoreLocation) -> C2CError | None:
    return describe_database_error(str(exc), isinstance(exc, sqlite3.IntegrityError), location)


class SessionAccess:
    """The same access through the command's SQLAlchemy session (PostgreSQL, stores to migrate)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.dialect = session.connection().dialect.name

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Record]:
        from sqlalchemy import text

        self._session.flush()  # plain SQL does not autoflush
        return [dict(row._mapping) for row in self._session.connection().execute(text(sql), dict(params or {}))]

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        from sqlalchemy import text

        self._session.flush()
        self._session.connection().execute(text(sql), dict(params or {}))

    def insert(self, table: str, rows: Sequence[dict[str, Any]], shared: dict[str, Any] | None = None) -> None:
        from c2c.store.bulk import insert_rows

        insert_rows(self._session, _model(table), rows, shared)

    def update_by_id(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        from sqlalchemy import bindparam, update

        target = _model(table).__table__
        columns = target.c
        for keys, group in _by_keys(rows).items():
            values: dict[str, Any] = {key: bindparam(f"v_{key}") for key in keys if key != "id"}
            if table in VERSIONED:
                values |= {"version": columns.version + 1, "changed_by": current_user()}
            statement = update(target).where(columns.id == bindparam("v_id")).values(values)
            for start in range(0, len(group), CHUNK):
                self._session.connection().execute(
                    statement, [{f"v_{key}": value for key, value in row.items()} for row in group[start:start + CHUNK]])

    def reserve_ids(self, table: str, count: int) -> Sequence[int]:
        from c2c.store.sequences import reserve_ids

        return reserve_ids(self._session.connection(), _model(table).__table__, count)

    def lock_mission(self, mission_id: int, slug: str, doing: str) -> None:
        from c2c.store.locks import lock_mission

        lock_mission(self._session, mission_id, slug, doing)

    def orm_session(self) -> Session:
        return self._session

    def close(self) -> None:
        """The session is the command's: it ends the transaction."""


def _model(table: str) -> Any:
    from c2c.store.models import Company, Participation, Person

    return {"company": Company, "person": Person, "participation": Participation}[table]


def access_of(store: Session | StoreAccess) -> StoreAccess:
    """``store`` as the import's access: a command's session gets the SQLAlchemy one."""
    if isinstance(store, SqliteAccess | SessionAccess):
        return store
    return SessionAccess(cast("Session", store))
