"""Every migration runs on PostgreSQL as on SQLite: from empty, and from each older revision.

SQLite's own runs are in ``test_store.py`` (from empty, from the oldest revision); here each
older revision gets its own upgrade on the server, where types and ALTERs are stricter.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from c2c.config import resolve_store
from c2c.store import engine


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from c2c.store.engine import MIGRATIONS_DIR

    return [script.revision for script in reversed(list(ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()))]


def test_a_new_store_matches_the_models(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from c2c.store.models import load_all

    load_all()
    store = engine.open_store(resolve_store(pg_url))
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    store.dispose()


@pytest.mark.parametrize("revision", _revisions()[:-1])
def test_upgrade_from_each_older_revision_keeps_the_rows(pg_url: str, revision: str) -> None:
    location = resolve_store(pg_url)
    old = engine.Store(location, engine.create_engine(location))
    engine.upgrade_store(old, revision)
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO cluster (id, name, short_name, country, aliases) "
                                "VALUES (7, 'Klaster Lotniczy Dolnośląski', 'KLD', 'PL', '[]')"))
        connection.execute(text("INSERT INTO company (id, name, name_key) VALUES (3, 'Wrocław Avionika Sp. z o.o.', 'k')"))
        connection.execute(text("INSERT INTO person (id, first_name, last_name, company_id) VALUES (5, 'Małgorzata', 'Wiśniewska', 3)"))
    old.dispose()
    store = engine.open_store(location)
    assert engine.current_revision(store) == engine.head_revision()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM cluster")).scalars().all() == ["Klaster Lotniczy Dolnośląski"]
        assert connection.execute(text("SELECT first_name, last_name, version FROM person")).all() == [
            ("Małgorzata", "Wiśniewska", 1)]
    store.dispose()
