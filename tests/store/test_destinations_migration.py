"""Migration 0016: the last stop of an old outbound leg stays its destination; B2B companies get no hours away."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from c2c.store.engine import current_revision, head_revision
from tests.factories import store_at, store_at_revision


@pytest.mark.fresh_store
def test_upgrade_marks_the_last_outbound_stop_as_the_destination(db_path: Path) -> None:
    old = store_at_revision(db_path, "0010")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO mission (id, slug, title, direction, start_date, end_date, timezone, language, "
                                "status, created_at) "
                                "VALUES (1, 'm', 'M', 'outgoing', '2018-11-20', '2018-11-20', 'Europe/Paris', 'it', "
                                "'planned', '2018-01-01 00:00:00')"))
        connection.execute(text("INSERT INTO coach (id, mission_id, name, seats, reserved_seats) "
                                "VALUES (1, 1, 'Coach 1', 50, 0)"))
        for leg_id, kind in ((1, "outbound"), (2, "return"), (3, "outbound")):
            connection.execute(text("INSERT INTO coach_leg (id, coach_id, kind, name, day) "
                                    "VALUES (:id, 1, :kind, :name, '2018-11-20')"),
                               {"id": leg_id, "kind": kind, "name": f"{kind} {leg_id}"})
        for stop_id, leg_id, position in ((1, 1, 1), (2, 1, 2), (3, 1, 3), (4, 2, 1), (5, 2, 2), (6, 3, 1)):
            connection.execute(text("INSERT INTO coach_stop (id, leg_id, position, name, time, day_offset) "
                                    "VALUES (:id, :leg, :position, :name, '08:00:00.000000', 0)"),
                               {"id": stop_id, "leg": leg_id, "position": position, "name": f"Stop {stop_id}"})
    old.dispose()

    store = store_at(db_path)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as connection:
        marked = connection.execute(text("SELECT id FROM coach_stop WHERE destination ORDER BY id")).scalars().all()
    assert marked == [3]  # the return leg, and an outbound leg of one stop, arrive nowhere said
    store.dispose()
