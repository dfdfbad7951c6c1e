"""Opening the store: engine, pragmas, file permissions, migrations on open, transactions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c2c.config import StoreLocation
from c2c.errors import C2CError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# the newest migration; a test keeps it equal to alembic's head. Opening an up-to-date store
# then needs one query instead of loading alembic and parsing every migration.
HEAD_REVISION = "0016"
BUSY_TIMEOUT_MS = 5000


class StoreError(C2CError):
    pass


class Store:
    """An opened, up-to-date store. ``session()`` is one transaction."""

    def __init__(self, location: StoreLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commit when the block ends, roll everything back when it raises."""
        from sqlalchemy.orm.exc import StaleDataError
        from sqlmodel import Session

        from c2c.store.versions import lost_race, watch_reads

        with Session(self.engine, expire_on_commit=False) as session:
            watch_reads(session)
            try:
                yield session
                session.commit()
            except StaleDataError:
                conflict = lost_race(session, self.engine)
                session.rollback()
                raise conflict from None
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(location: StoreLocation, *, upgrade: bool = True) -> Store:
    """Open (creating if needed) and migrate the store; back up an existing file first."""
    engine = create_engine(location)
    store = Store(location, engine)
    if upgrade:
        upgrade_store(store)
    return store


def create_engine(location: StoreLocation) -> Engine:
    from sqlalchemy import event
    from sqlmodel import create_engine as sqlmodel_create_engine

    if location.path is not None:
        _prepare_sqlite_file(location.path)
    try:
        engine = sqlmodel_create_engine(location.url, **_server_options(location))
    except ModuleNotFoundError as exc:
        raise StoreError(f"the database driver {exc.name} is not installed",
                         hint="for PostgreSQL: pip install 'c2c[postgres]'") from None
    if location.is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _server_options(location: StoreLocation) -> dict[str, Any]:
    from c2c.store.urls import is_postgresql

    if not is_postgresql(location.url):
        return {}
    # timestamps come back in UTC, as SQLite gives them, whatever the server's own time zone
    return {"connect_args": {"options": "-c timezone=UTC"}}


def _prepare_sqlite_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # created here, not by sqlite, so that nobody else can read people's data
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot create the store at {path}: {exc.strerror}") from None
    if path.is_dir():
        raise StoreError(f"the store path {path} is a directory")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def alembic_config(store: Store) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = store.engine
    return config


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from c2c.store.engine import MIGRATIONS_DIR as scripts

    head = ScriptDirectory(str(scripts)).get_current_head()
    assert head is not None
    return head


def upgrade_store(store: Store, revision: str = "head") -> str | None:
    """Bring the schema to ``revision``; returns the backup path when one was made."""
    if revision == "head" and _stored_revision(store) == HEAD_REVISION:
        return None
    from alembic import command
    from sqlalchemy.exc import OperationalError

    try:
        current = current_revision(store)
    except OperationalError as exc:
        reason = " ".join(str(exc.orig).split())  # libpq's messages run over several lines
        raise StoreError(f"cannot open the store {store.location.url}: {reason}") from None
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    if current is not None and store.location.path is not None:
        backup = str(backup_sqlite(store.location.path, _backup_name(store.location.path, current)))
    command.upgrade(alembic_config(store), revision)
    return backup


def _stored_revision(store: Store) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with store.engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # a new store has no version table yet; the slow path creates it
        return None


def _backup_name(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.{stamp}.rev{revision}.bak")


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through ``VACUUM INTO`` (a snapshot, safe with WAL and other readers)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    # an empty file made here keeps the copy as private as the store (VACUUM INTO accepts it)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    connection = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(f"cannot back up {source} to {target}: {exc}") from None
    finally:
        connection.close()
    return target
