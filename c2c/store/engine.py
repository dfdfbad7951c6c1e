"""Opening the store: engine, pragmas, file permissions, migrations on open, transactions."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from c2c.config import StoreLocation
from c2c.errors import C2CError, Conflict

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.exc import DBAPIError
    from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# the newest migration; a test keeps it equal to alembic's head. Opening an up-to-date store
# then needs one query instead of loading alembic and parsing every migration.
HEAD_REVISION = "0016"
# a second writer waits this long for the first to commit (an import of 100,000 rows takes ~10 s)
BUSY_TIMEOUT_MS = 30_000
SQLITE_MAGIC = b"SQLite format 3\x00"
# tables every c2c store has had since its first revision: their presence without a version
# table means a c2c store whose history was lost, not another application's database
C2C_CORE_TABLES = frozenset({"mission", "cluster", "company", "person", "participation"})


class StoreError(C2CError):
    pass


class Store:
    """An opened, up-to-date store. ``session()`` is one transaction."""

    def __init__(self, location: StoreLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self.upgrade: Upgrade | None = None  # set when opening upgraded the schema

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Commit when the block ends, roll everything back when it raises.

        On SQLite the write lock is taken first (``BEGIN IMMEDIATE``): what the command reads
        (the highest id, whether an e-mail is known) cannot change before it writes, and a
        second writer waits for the first instead of failing half-way."""
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm.exc import StaleDataError
        from sqlmodel import Session

        from c2c.store.versions import lost_race, watch_reads

        with Session(self.engine, expire_on_commit=False) as session:
            watch_reads(session)
            try:
                if self.location.is_sqlite:
                    _begin_immediate(session)
                yield session
                session.commit()
            except StaleDataError:
                conflict = lost_race(session, self.engine)
                session.rollback()
                raise conflict from None
            except DBAPIError as exc:
                session.rollback()
                error = database_error(exc, self.location)
                if error is None:
                    raise  # anything else is a bug and keeps its traceback
                raise error from None
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


class Upgrade(NamedTuple):
    """What opening the store did to an older schema."""

    before: str
    after: str
    backup: str | None


def _begin_immediate(session: Session) -> None:
    from sqlalchemy.exc import OperationalError

    try:
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as exc:
        if not _read_only(exc):
            raise
        # a read-only store can still be read; a write in this session is refused by SQLite
        # and told in one line by ``database_error``
        session.rollback()


def _read_only(exc: Exception) -> bool:
    return read_only_text(str(exc))


def read_only_text(text: str) -> bool:
    return "readonly" in text or "read-only" in text


def database_error(exc: DBAPIError, location: StoreLocation) -> C2CError | None:
    """What a database error at run time means for the person at the keyboard (None: a bug)."""
    from sqlalchemy.exc import IntegrityError

    return describe_database_error(str(exc.orig), isinstance(exc, IntegrityError), location)


def describe_database_error(text: str, integrity: bool, location: StoreLocation) -> C2CError | None:
    """``database_error`` from the driver's message, whichever way the store was opened."""
    where = location.path or location.url
    if integrity and "UNIQUE" in text.upper():
        return Conflict("someone else wrote the same record at the same time; nothing was written",
                        hint="run the command again")
    if read_only_text(text) or "unable to open database file" in text:
        return StoreError(f"the store {where} is read-only; nothing was written",
                          hint="check the permissions of the file and its folder, or copy it with `c2c db backup`")
    if "locked" in text or "busy" in text:
        return StoreError(f"the store {where} is busy: another c2c is writing to it; nothing was written",
                          hint="try again when the other command has finished")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError(f"the store {where} is damaged ({text}); nothing was written",
                          hint="run `c2c db check`, then restore a backup (*.bak beside the store)")
    return None


def open_store(location: StoreLocation, *, upgrade: bool = True) -> Store:
    """Open (creating if needed) and migrate the store; back up an existing file first.

    A file that is not a c2c store (another application's database, a damaged file, a
    store from a newer c2c) is refused before anything is written to it."""
    before = inspect_sqlite_file(location.path) if location.path is not None else None
    if location.path is not None and before is not None and _unwritable_wal(location.path):
        location = replace(location, url=f"sqlite:///{location.path.resolve().as_uri()}?mode=ro&immutable=1&uri=true")
    engine = create_engine(location)
    store = Store(location, engine)
    if upgrade:
        from sqlalchemy.exc import DBAPIError

        if location.path is None:
            before = _stored_revision(store)
        try:
            backup = upgrade_store(store)
        except DBAPIError as exc:
            error = database_error(exc, location)
            if error is None:
                raise
            raise error from None
        if before is not None and before != HEAD_REVISION:
            store.upgrade = Upgrade(before, head_revision(), backup)
    return store


def inspect_sqlite_file(path: Path) -> str | None:
    """The schema revision of the c2c store at ``path`` (None for a new or empty one), or
    StoreError when the file is no c2c store c2c can open. Read-only: nothing is written."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except (FileNotFoundError, NotADirectoryError):  # a new store: creating it says what goes wrong
        return None
    except IsADirectoryError:
        raise StoreError(f"the store path {path} is a directory") from None
    except OSError as exc:
        raise StoreError(f"cannot read the store {path}: {exc.strerror}") from None
    if not magic:
        return None
    if magic != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a c2c store: it is not an SQLite database",
                         hint="point --db (or C2C_DB) at a c2c store, or at a new file")
    tables, revision = _tables_and_revision(path)
    if revision is not None:
        if revision != HEAD_REVISION and revision not in known_revisions():
            raise StoreError(f"the store {path} was written by a newer c2c (schema revision {revision}); "
                             f"this c2c knows revisions up to {HEAD_REVISION}",
                             hint="upgrade c2c (pip install -U c2c); nothing was changed")
        return revision
    if tables & C2C_CORE_TABLES:
        raise StoreError(f"the store {path} has c2c's tables but no version table (alembic_version)",
                         hint="restore a backup (*.bak beside the store); c2c will not guess its schema")
    if tables:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(f"{path} is another application's database ({len(tables)} tables: {shown}); "
                         "c2c will not add its own", hint="point --db (or C2C_DB) at a c2c store, or at a new file")
    return None


def _tables_and_revision(path: Path) -> tuple[set[str], str | None]:
    try:
        connection = connect_read_only(path)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else ("",)
        connection.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"the store {path} is damaged: {exc}",
                         hint="run `c2c db check`, then restore a backup (*.bak beside the store)") from None
    if found is None:
        raise StoreError(f"the store {path} has an empty version table (alembic_version)",
                         hint="restore a backup (*.bak beside the store)")
    return tables, str(found[0]) or None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write; in a folder where SQLite cannot make its shared-memory
    file beside a WAL store, the file is read as it stands (nobody can be writing it there)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return connection
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _unwritable_wal(path: Path) -> bool:
    """A WAL store in a folder SQLite cannot write its shared-memory file to."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT 1 FROM sqlite_master")
    except sqlite3.OperationalError as exc:
        return "unable to open" in str(exc)
    finally:
        connection.close()
    return False


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def check_integrity(path: Path) -> list[str]:
    """SQLite's integrity check of the store at ``path``: ``[]`` when sound, else the problems found."""
    try:
        connection = connect_read_only(path)
        try:
            found = [str(row[0]) for row in connection.execute("PRAGMA integrity_check(20)")]
            found += [f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}"
                      for row in connection.execute("PRAGMA foreign_key_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if found == ["ok"] else [line for line in found if line != "ok"]


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
    """A consistent copy through ``VACUUM INTO`` (a snapshot, safe with WAL and other readers),
    made beside the target and renamed onto it: a failure leaves no half copy and no older
    backup destroyed."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp's 0600 keeps the copy as private as the store; VACUUM INTO accepts an empty file
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from None
    temporary = Path(name)
    connection = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("VACUUM INTO ?", (str(temporary),))
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot back up {source} to {target}: {exc}") from None
    except OSError as exc:
        raise StoreError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        connection.close()
        temporary.unlink(missing_ok=True)
    return target
