"""Shared set-up for the B2B tests: the Lyon mission with companies of both clusters."""

from __future__ import annotations

from pathlib import Path

from c2c.services.missions import get_mission
from tests.factories import put_participant, store_at

LAC = ["Aviometal", "Secondo Mona", "Soliani EMC"]
AAR = ["Daher", "Mecachrome", "Lauak"]


def add_companies(db_path: Path, lac: list[str] = LAC, aar: list[str] = AAR) -> None:
    store = store_at(db_path)
    with store.session() as session:
        mission = get_mission(session, "lyon-2018")
        for i, name in enumerate(lac):
            put_participant(session, mission, "Anna", f"Rossi{i}", name, "LAC", email=f"lac{i}@example.com")
        for i, name in enumerate(aar):
            put_participant(session, mission, "Jean", f"Martin{i}", name, "AAR", email=f"aar{i}@example.com")
    store.dispose()
