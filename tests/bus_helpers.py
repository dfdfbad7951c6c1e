"""Shared set-up for the coach tests: a Lyon mission with one coach and its day's route."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from c2c.services import missions
from c2c.store.models import Mission
from tests.conftest import Invoke
from tests.factories import add_participant, store_at

OUTBOUND = [("Milano Cadorna", "06:30"), ("Gallarate", "07:00"), ("Varese", "07:20"), ("Lyon Saint-Exupéry", "12:00")]
RETURN = [("Lyon Saint-Exupéry", "17:30"), ("Varese", "22:30"), ("Gallarate", "22:50"), ("Milano Cadorna", "23:20")]


def ok(result: object) -> None:
    assert getattr(result, "exit_code", None) == 0, getattr(result, "output", result)


def add_route(invoke: Invoke, bus: str, leg: str, stops: list[tuple[str, str]]) -> None:
    for name, at in stops:
        ok(invoke("bus", "route", "add", "-m", "lyon-2018", "--bus", bus, "--leg", leg, "--stop", name, "--at", at))


def add_coach(invoke: Invoke, name: str = "Coach 1", seats: int = 50, reserved: int = 0, *extra: str) -> None:
    ok(invoke("bus", "add", "-m", "lyon-2018", "--name", name, "--seats", str(seats), "--reserved", str(reserved), *extra))


def coach_with_route(invoke: Invoke, name: str = "Coach 1", seats: int = 50, reserved: int = 0) -> None:
    add_coach(invoke, name, seats, reserved)
    add_route(invoke, name, "outbound", OUTBOUND)
    add_route(invoke, name, "return", RETURN)


def people(db_path: Path, rows: list[tuple[str, str, str, str | None]]) -> list[int]:
    """(first, last, company, stop) rows; e-mail first.last@example.com, an Italian mobile each."""
    store = store_at(db_path)
    ids = []
    for index, (first, last, company, stop) in enumerate(rows):
        ids.append(add_participant(
            store, "lyon-2018", first, last, company, "LAC", email=f"{first}.{last}@example.com".lower(),
            phone=f"+39 333 000 {index:04d}", bus_stop=stop,
        ))
    store.dispose()
    return ids


@contextmanager
def mission_session(db_path: Path) -> Iterator[tuple[Session, Mission]]:
    store = store_at(db_path)
    try:
        with store.session() as session:
            yield session, missions.get_mission(session, "lyon-2018")
    finally:
        store.dispose()
