"""B2B services straight on the store: the demo step, setup slots, availability."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from c2c.errors import InvalidInput
from c2c.services import missions
from c2c.services.b2b import setup as b2b
from c2c.services.b2b.demo import demo_b2b
from c2c.services.b2b.views import company_summary
from c2c.store.reading import session_reader
from tests.b2b_helpers import add_companies
from tests.factories import store_at


def test_demo_pairs_the_two_clusters(lyon: str, db_path: Path) -> None:
    add_companies(db_path, [f"LAC {i}" for i in range(8)], [f"AAR {i}" for i in range(8)])
    store = store_at(db_path)
    with store.session() as session:
        mission = missions.get_mission(session, lyon)
        [message] = demo_b2b(session, mission)
        summary = company_summary(session_reader(session), missions.ref_of(mission))
    store.dispose()
    assert message.startswith("B2B: 24 of 24 meetings scheduled for 16 companies")
    assert len(summary) == 16
    assert sum(r["meetings"] for r in summary) == 48


def test_demo_without_companies_only_sets_up(lyon: str, db_path: Path) -> None:
    store = store_at(db_path)
    with store.session() as session:
        messages = demo_b2b(session, missions.get_mission(session, lyon))
    store.dispose()
    assert messages == ["B2B: session set up 13:30–15:30; no companies of both clusters to pair yet"]


def test_slots_skip_the_break(lyon: str, db_path: Path) -> None:
    store = store_at(db_path)
    with store.session() as session:
        slots = b2b.setup_b2b(session, missions.get_mission(session, lyon), dt.time(14), dt.time(17, 30), 20, 4,
                              [(dt.time(15, 40), dt.time(16))])
        with pytest.raises(InvalidInput, match="not after"):
            b2b.setup_b2b(session, missions.get_mission(session, lyon), dt.time(14), dt.time(13), 20, 4, [])
    store.dispose()
    assert [s.label for s in slots] == ["14:00", "14:20", "14:40", "15:00", "15:20", "16:00", "16:20", "16:40", "17:00"]


