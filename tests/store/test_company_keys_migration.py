"""Migration 0010: company keys computed again, look-alikes kept apart under a suffixed key."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from c2c.config import resolve_store
from c2c.services import companies
from c2c.store.engine import (
    Store,
    create_engine,
    current_revision,
    head_revision,
    open_store,
    upgrade_store,
)
from c2c.text import fold
from tests.postgres import located


@pytest.mark.fresh_store
def test_upgrade_recomputes_company_keys_and_keeps_colliding_companies(db_path: Path) -> None:
    location = resolve_store(located(db_path))
    old = Store(location, create_engine(location))
    upgrade_store(old, "0009")
    names = ["Avioparts Srl", "Mécanique Savoie", "AVIOPARTS S.R.L.", "Avioparts SpA", "Rossi & Figli"]
    with old.engine.begin() as connection:
        for company_id, name in enumerate(names, start=1):
            connection.execute(text("INSERT INTO company (id, name, name_key) VALUES (:id, :name, :key)"),
                               {"id": company_id, "name": name, "key": fold(name)})
        connection.execute(text("INSERT INTO person (id, first_name, last_name, company_id) "
                                "VALUES (1, 'Mario', 'Rossi', 3)"))
    old.dispose()

    store = open_store(location)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT id, name, name_key FROM company ORDER BY id")).all() == [
            (1, "Avioparts Srl", "avioparts"), (2, "Mécanique Savoie", "mecaniquesavoie"),
            (3, "AVIOPARTS S.R.L.", "avioparts~3"), (4, "Avioparts SpA", "avioparts~4"),
            (5, "Rossi & Figli", "rossifigli")]
        assert connection.execute(text("SELECT company_id FROM person")).all() == [(3,)]
    with store.session() as session:
        # each is still found by its own name, the first by any other spelling
        assert [companies.get_company(session, n).id for n in (*names, "avioparts")] == [1, 2, 3, 4, 5, 1]
    store.dispose()
