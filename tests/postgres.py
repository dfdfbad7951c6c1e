"""A real PostgreSQL server for the tests, when one is given.

``C2C_TEST_DATABASE_URL`` names a server (any database on it the test user may create
databases from, e.g. ``postgresql+psycopg://c2c:…@127.0.0.1:5432/postgres``); ``.ci/postgres``
starts a throw-away one. Each test gets a database of its own, dropped at its end. Without a
URL, tests that need the server skip with the reason; under CI (``CI=true``) they fail instead,
so that CI never passes by skipping them.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

URL_ENV = "C2C_TEST_DATABASE_URL"


def server_url() -> str:
    """The server's URL, or skip (fail under CI) when there is none or it does not answer."""
    url = os.environ.get(URL_ENV)
    reason = None
    if not url:
        reason = f"no PostgreSQL server: set {URL_ENV} (.ci/postgres start DIR prints one)"
    else:
        try:
            import psycopg
        except ModuleNotFoundError:
            reason = "psycopg is not installed: pip install -e '.[postgres]'"
        else:
            try:
                psycopg.connect(_libpq(url), connect_timeout=5).close()
            except psycopg.OperationalError as exc:
                reason = f"the PostgreSQL server of {URL_ENV} does not answer: {' '.join(str(exc).split())}"
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI runs the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    assert url is not None
    return url


def _libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def admin(url: str, *statements: str) -> None:
    """Run statements that cannot run in a transaction (CREATE/DROP DATABASE)."""
    import psycopg

    with psycopg.connect(_libpq(url), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]


@contextmanager
def database(url: str, template: str | None = None) -> Iterator[str]:
    """A new database on the server (a copy of ``template`` if given), dropped afterwards."""
    name = f"c2c_test_{uuid.uuid4().hex[:12]}"
    admin(url, f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield with_database(url, name)
    finally:
        admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


STORE_ENV = "C2C_TEST_STORE"


def stores_on_server() -> bool:
    """``C2C_TEST_STORE=postgresql``: every test's store (the migrated, Lyon and shared set-ups)
    lives on the server instead of in a SQLite file; ``.ci/run`` runs the store and CLI tests so."""
    return os.environ.get(STORE_ENV) == "postgresql"


class ServerStores:
    """Each set-up is built once on SQLite as usual and copied once into a database of its own
    (``db copy``'s own code) that also keeps a pristine copy of its rows (schema ``pristine``).
    A test gets that database, put back as it was first: a CREATE DATABASE costs about a second,
    putting back the few rows a set-up holds a few milliseconds. A test that changed the schema
    itself (a migration) leaves a database that is dropped and made again for the next."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._databases: dict[str, str] = {}  # set-up (a digest of the SQLite file) -> database
        self._schemas: dict[str, str] = {}  # database -> what its schema was when made
        self._sequences: dict[str, str] = {}  # database -> the statement that puts its sequences back
        self._made: list[str] = []  # the empty databases of tests that make the store themselves
        self._located: dict[Path, str] = {}

    def point_at(self, path: Path, data: bytes) -> str:
        """Give the test a database holding what the SQLite store ``path`` (bytes ``data``) holds;
        its URL."""
        key = hashlib.sha1(data).hexdigest()[:16]
        name = self._databases.get(key)
        if name is None or not self._restore(name):
            name = self._databases[key] = self._copy_of(path, key)
        return self._use(path, name)

    def empty_at(self, path: Path) -> str:
        """An empty database for a test that makes or migrates the store ``path`` itself."""
        name = f"c2c_test_{uuid.uuid4().hex[:12]}"
        admin(self._url, f'CREATE DATABASE "{name}"')
        self._made.append(name)
        return self._use(path, name)

    def _use(self, path: Path, name: str) -> str:
        url = self._located[path] = with_database(self._url, name)
        return url

    def url_of(self, path: Path) -> str | None:
        return self._located.get(path)

    def _copy_of(self, path: Path, key: str) -> str:
        from c2c.config import resolve_store
        from c2c.store.copy import copy_store
        from c2c.store.engine import open_store

        name = f"c2c_setup_{os.getpid()}_{key}"
        admin(self._url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
        source, target = open_store(resolve_store(str(path))), open_store(resolve_store(with_database(self._url, name)))
        try:
            copy_store(source, target)
        finally:
            source.dispose()
            target.dispose()
        with self._connect(name) as connection:
            tables = _tables(connection)
            connection.execute("CREATE SCHEMA pristine")
            for table in tables:
                connection.execute(f'CREATE TABLE pristine."{table}" AS TABLE public."{table}"')
            self._schemas[name] = _schema(connection)
            self._sequences[name] = ";".join(_sequence_values(connection))
        return name

    def _restore(self, name: str) -> bool:
        """Put the database back as it was made; False when its schema has changed since."""
        import psycopg

        with self._connect(name) as connection:
            connection.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            try:
                if _schema(connection) != self._schemas[name]:
                    return False
            except psycopg.errors.UndefinedTable:  # its alembic_version went
                return False
            tables = _tables(connection)
            # the foreign keys' triggers off: the tables are emptied and filled in any order
            statements = ["SET session_replication_role = replica"]
            statements += [f'DELETE FROM public."{table}"' for table in tables]
            statements += [f'INSERT INTO public."{table}" SELECT * FROM pristine."{table}"' for table in tables]
            statements.append(self._sequences[name])
            connection.execute(";".join(statements))  # type: ignore[arg-type]
        return True

    def _connect(self, name: str) -> Any:
        import psycopg

        return psycopg.connect(_libpq(with_database(self._url, name)), autocommit=True)

    def drop(self) -> None:
        """What the test just used is no longer its store; a database made for it alone goes."""
        self._located.clear()
        while self._made:
            admin(self._url, f'DROP DATABASE IF EXISTS "{self._made.pop()}" WITH (FORCE)')

    def close(self) -> None:
        self.drop()
        for name in self._databases.values():
            admin(self._url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._databases.clear()


def _tables(connection: Any) -> list[str]:
    rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    return [row[0] for row in rows]


def _sequence_values(connection: Any) -> list[str]:
    names = [row[0] for row in connection.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")]
    statements = []
    for name in names:
        last_value, is_called = connection.execute(f'SELECT last_value, is_called FROM public."{name}"').fetchone()
        statements.append(f"SELECT setval('public.\"{name}\"', {last_value}, {is_called})")
    return statements


def _schema(connection: Any) -> str:
    """The public schema's columns and the store's revision, as one comparable value."""
    columns = connection.execute(
        "SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' "
        "ORDER BY table_name, ordinal_position) FROM information_schema.columns WHERE table_schema = 'public'"
    ).fetchone()[0]
    revision = connection.execute("SELECT version_num FROM public.alembic_version").fetchone()
    return f"{columns}@{revision}"


SERVER: ServerStores | None = None  # set once per test process under C2C_TEST_STORE=postgresql


def located(path: Path) -> str:
    """Where the store a test knows as the SQLite file ``path`` lives in this run: the file
    itself, or the database on the server that holds the same rows."""
    url = SERVER.url_of(path) if SERVER is not None else None
    return url or str(path)
