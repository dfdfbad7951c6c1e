"""A store's content as one comparable value: tests of refused commands assert it is unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path) -> str:
    """Every table's rows in a stable order (the schema included), read without writing anything."""
    if not path.exists():
        return "<no store>"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    except sqlite3.DatabaseError:  # not a database, or a damaged one: its bytes then
        return path.read_bytes().hex()
    finally:
        connection.close()


def store_at_revision(path: Path, revision: str) -> None:
    """A store at ``path`` made by an older c2c: migrated up to ``revision`` only."""
    from c2c.config import resolve_store
    from c2c.store.engine import Store, create_engine, upgrade_store

    location = resolve_store(str(path))
    old = Store(location, create_engine(location))
    upgrade_store(old, revision)
    old.dispose()
