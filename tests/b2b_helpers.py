"""Shared set-up for the B2B tests: the Lyon mission with companies of both clusters."""

from __future__ import annotations

from pathlib import Path

from c2c.services.missions import get_mission
from tests.conftest import Invoke
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


def b2b_day(db_path: Path, invoke: Invoke) -> None:
    """A scheduled B2B day with every kind of state the views show: wishes (mutual, for a session),
    an order between meetings, fixed meetings (one without a table), a company away for part of
    the day, one whose people all left, and a wish made after the schedule."""
    add_companies(db_path)
    m = ("--mission", "lyon-2018")
    steps: list[tuple[str, ...]] = [
        ("b2b", "setup", *m, "--start", "14:00", "--end", "16:00", "--slot", "20m", "--break", "15:00-15:20",
         "--tables", "3"),
        *(("b2b", "request", "add", *m, a, b) for a, b in (
            ("Aviometal", "Daher"), ("Daher", "Aviometal"), ("Aviometal", "Mecachrome"), ("Secondo Mona", "Daher"),
            ("Soliani EMC", "Lauak"), ("Secondo Mona", "Lauak"), ("Soliani EMC", "Mecachrome"))),
        ("b2b", "request", "add", *m, "Aviometal", "Lauak", "--priority", "3", "--session", "pm"),
        ("b2b", "order", "add", *m, "2", "1"),
        ("b2b", "order", "add", *m, "4", "6"),
        ("b2b", "fix", *m, "3", "--slot", "14:20", "--table", "2"),
        ("participants", "remove", *m, "lac1@example.com", "--yes"),  # Secondo Mona's only person
        ("b2b", "schedule", *m, "--time-limit", "5s", "--workers", "1", "--seed", "1"),
        ("b2b", "request", "add", *m, "Soliani EMC", "Daher"),
        ("b2b", "order", "add", *m, "1", "8"),
        ("b2b", "unavailable", *m, "Mecachrome", "--until", "15:20"),
        ("b2b", "fix", *m, "6", "--slot", "15:40"),
    ]
    for step in steps:
        result = invoke(*step)
        assert result.exit_code == 0, (step, result.output)
