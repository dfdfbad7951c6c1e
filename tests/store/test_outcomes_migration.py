"""Migration 0012: outcomes and leads tables; wishes, people and participations kept; consent starts off."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from c2c.config import resolve_store
from c2c.store.engine import Store, create_engine, open_store, upgrade_store
from tests.postgres import located


@pytest.mark.fresh_store
def test_upgrade_keeps_wishes_people_and_participations(db_path: Path) -> None:
    location = resolve_store(located(db_path))
    old = Store(location, create_engine(location))
    upgrade_store(old, "0010")
    with old.engine.begin() as connection:
        for sql in (
            "INSERT INTO mission (id, slug, title, direction, start_date, end_date, timezone, language, status, created_at) "
            "VALUES (1, 'lyon-2018', 'Lyon', 'outgoing', '2018-11-20', '2018-11-20', 'Europe/Paris', 'fr', 'done', '2018-01-01')",
            "INSERT INTO company (id, name, name_key) VALUES (1, 'Avioparts Srl', 'avioparts'), (2, 'Daher', 'daher')",
            "INSERT INTO person (id, first_name, last_name, company_id) VALUES (1, 'Benoît-Étienne', 'Marchal', 2)",
            "INSERT INTO participation (id, person_id, mission_id, status, extra, created_at) "
            "VALUES (1, 1, 1, 'confirmed', '{}', '2018-01-01')",
            "INSERT INTO b2b_meeting (id, mission_id, company_a_id, company_b_id, fixed) VALUES (1, 1, 1, 2, false)",
            "INSERT INTO b2b_request (id, meeting_id, requester_id, priority) VALUES (1, 1, 1, 1)",
        ):
            connection.execute(text(sql))
    old.dispose()

    store = open_store(location)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT first_name, consent FROM person")).all() == [("Benoît-Étienne", False)]
        assert connection.execute(text("SELECT id, status FROM participation")).all() == [(1, "confirmed")]
        assert connection.execute(text("SELECT id, priority, lead_id FROM b2b_request")).all() == [(1, 1, None)]
        assert connection.execute(text("SELECT COUNT(*) FROM b2b_outcome")).scalar() == 0
    store.dispose()
