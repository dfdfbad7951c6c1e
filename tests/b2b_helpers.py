"""Shared set-up for the B2B tests: the Lyon mission with companies of both clusters."""

from __future__ import annotations

from pathlib import Path

from tests.factories import add_participant, store_at

LAC = ["Aviometal", "Secondo Mona", "Soliani EMC"]
AAR = ["Daher", "Mecachrome", "Lauak"]


def add_companies(db_path: Path, lac: list[str] = LAC, aar: list[str] = AAR) -> None:
    store = store_at(db_path)
    for i, name in enumerate(lac):
        add_participant(store, "lyon-2018", "Anna", f"Rossi{i}", name, "LAC", email=f"lac{i}@example.com")
    for i, name in enumerate(aar):
        add_participant(store, "lyon-2018", "Jean", f"Martin{i}", name, "AAR", email=f"aar{i}@example.com")
    store.dispose()
