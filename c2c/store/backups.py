"""``db backup`` for every kind of store.

SQLite: ``VACUUM INTO`` (a snapshot, safe with WAL and other readers). PostgreSQL: pg_dump when
it is installed (the server's own consistent dump, restored with pg_restore), else the same
copy as ``db copy`` into a new SQLite file, which ``--db`` opens as it is. The password goes
to pg_dump through its environment, never on its command line where ``ps`` would show it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from c2c.config import StoreLocation, sqlite_url

if TYPE_CHECKING:
    from c2c.store.engine import Store


def backup_store(store: Store, target: Path, *, as_sqlite: bool = False) -> str:
    """Write the copy; returns how it was made ('SQLite copy', 'pg_dump custom format')."""
    from c2c.store.engine import StoreError, backup_sqlite

    if store.location.path is not None:
        backup_sqlite(store.location.path, target)
        return "SQLite copy"
    pg_dump = shutil.which("pg_dump")
    if store.engine.dialect.name == "postgresql" and pg_dump and not as_sqlite:
        _pg_dump(pg_dump, store, target)
        return "pg_dump custom format, restore with pg_restore"
    if target.suffix not in {".db", ".sqlite", ".sqlite3"} and not as_sqlite:
        raise StoreError(f"pg_dump is not installed: the backup is a SQLite store, name it {target.name}.db",
                         hint="or pass --sqlite to keep the name")
    _copy_into_sqlite(store, target)
    return "SQLite copy"


def _pg_dump(pg_dump: str, store: Store, target: Path) -> None:
    from c2c.store.engine import StoreError

    url = store.engine.url
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)  # people's data: owner only
    os.close(fd)
    done = subprocess.run([pg_dump, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={conninfo}"],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        reason = " ".join(done.stderr.split()) or f"exit code {done.returncode}"
        raise StoreError(f"pg_dump could not back up the store: {reason}")


def _copy_into_sqlite(store: Store, target: Path) -> None:
    from c2c.store.copy import copy_store
    from c2c.store.engine import open_store

    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    copy = open_store(StoreLocation(url=sqlite_url(partial), path=partial, source="backup"))
    try:
        copy_store(store, copy)
    except BaseException:
        copy.dispose()
        partial.unlink(missing_ok=True)
        raise
    copy.dispose()
    for leftover in (partial.with_name(partial.name + suffix) for suffix in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    partial.replace(target)
