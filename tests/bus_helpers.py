"""Shared set-up for the coach tests: a Lyon mission with one coach and its day's route.

Coaches and routes are made through the services; the tests of ``c2c bus add`` and
``c2c bus route add`` themselves go through the CLI.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session

from c2c.parsing import parse_day_clock
from c2c.services import buses, missions
from c2c.store.models import Coach, Mission
from tests.factories import put_participant, store_at

OUTBOUND = [("Milano Cadorna", "06:30"), ("Gallarate", "07:00"), ("Varese", "07:20"), ("Lyon Saint-Exupéry", "12:00")]
RETURN = [("Lyon Saint-Exupéry", "17:30"), ("Varese", "22:30"), ("Gallarate", "22:50"), ("Milano Cadorna", "23:20")]


def ok(result: object) -> None:
    assert getattr(result, "exit_code", None) == 0, getattr(result, "output", result)


def add_route(db_path: Path, bus: str, leg: str, stops: list[tuple[str, str]]) -> None:
    with mission_session(db_path) as (session, mission):
        _add_stops(session, mission, buses.get_coach(session, mission, bus), leg, stops)


def add_coach(db_path: Path, name: str = "Coach 1", seats: int = 50, reserved: int = 0) -> None:
    with mission_session(db_path) as (session, mission):
        buses.add_coach(session, mission, buses.CoachInput(name, seats, reserved))


def coach_with_route(db_path: Path, name: str = "Coach 1", seats: int = 50, reserved: int = 0) -> None:
    with mission_session(db_path) as (session, mission):
        coach = buses.add_coach(session, mission, buses.CoachInput(name, seats, reserved))
        _add_stops(session, mission, coach, "outbound", OUTBOUND)
        _add_stops(session, mission, coach, "return", RETURN)


def _add_stops(session: Session, mission: Mission, coach: Coach, leg: str, stops: list[tuple[str, str]]) -> None:
    """What ``c2c bus route add`` does for each stop, in order."""
    for number, (name, at) in enumerate(stops, 1):
        when = parse_day_clock(at)
        buses.add_stop(session, mission, coach, leg, name, when.time, day_offset=when.day_offset,
                       destination=leg == "outbound" and number == len(stops))


def people(db_path: Path, rows: list[tuple[str, str, str, str | None]]) -> list[int]:
    """(first, last, company, stop) rows; e-mail first.last@example.com, an Italian mobile each."""
    with mission_session(db_path) as (session, mission):
        return [
            put_participant(session, mission, first, last, company, "LAC", email=f"{first}.{last}@example.com".lower(),
                            phone=f"+39 333 000 {index:04d}", bus_stop=stop)
            for index, (first, last, company, stop) in enumerate(rows)
        ]


@contextmanager
def mission_session(db_path: Path) -> Iterator[tuple[Session, Mission]]:
    store = store_at(db_path)
    try:
        with store.session() as session:
            yield session, missions.get_mission(session, "lyon-2018")
    finally:
        store.dispose()
