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
    """Each set-up is built once on SQLite as usual, copied once into a template database
    (``db copy``'s own code), and each test gets a database made from that template."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._templates: dict[str, str] = {}
        self._made: list[str] = []

    def point_at(self, path: Path, data: bytes) -> None:
        """Give the test a database holding what the SQLite store ``path`` (bytes ``data``) holds."""
        key = hashlib.sha1(data).hexdigest()[:16]
        if key not in self._templates:
            self._templates[key] = self._template(path, key)
        self.drop()
        name = f"c2c_test_{uuid.uuid4().hex[:12]}"
        admin(self._url, f'CREATE DATABASE "{name}" TEMPLATE "{self._templates[key]}"')
        self._made.append(name)
        os.environ["C2C_DB"] = with_database(self._url, name)

    def _template(self, path: Path, key: str) -> str:
        from c2c.config import resolve_store
        from c2c.store.copy import copy_store
        from c2c.store.engine import open_store

        name = f"c2c_template_{os.getpid()}_{key}"
        admin(self._url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
        source, target = open_store(resolve_store(str(path))), open_store(resolve_store(with_database(self._url, name)))
        try:
            copy_store(source, target)
        finally:
            source.dispose()
            target.dispose()
        return name

    def drop(self) -> None:
        while self._made:
            admin(self._url, f'DROP DATABASE IF EXISTS "{self._made.pop()}" WITH (FORCE)')
