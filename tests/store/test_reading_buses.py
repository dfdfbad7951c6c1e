"""The coach views on the fast path: the same rows as through SQLAlchemy, on a mission that uses every rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from c2c.services import buses, missions
from c2c.store.reading import Reader
from tests.bus_helpers import add_coach, add_route, coach_with_route, mission_session, people
from tests.conftest import Invoke
from tests.store.test_reading import assert_reads_without_sqlalchemy, read_both_ways

BOARDED = dt.datetime(2018, 11, 20, 5, 35, tzinfo=dt.UTC)  # 06:35 in Lyon


@pytest.fixture
def bus_day(invoke: Invoke, lyon: str, db_path: Path) -> Path:
    """Lyon with a programme; Coach 1 with a return that ends after midnight and a transfer, Coach 2 with
    no route; people seated, boarded, cancelled and waitlisted."""
    assert invoke("program", "template", "apply", "standard-day", "-m", lyon).exit_code == 0
    coach_with_route(db_path, seats=6, reserved=1)
    add_route(db_path, "Coach 1", "return", [("Como", "00:20+1")])
    with mission_session(db_path) as (session, mission):
        coach = buses.get_coach(session, mission, "Coach 1")
        for name, at in (("Lyon Saint-Exupéry", dt.time(13, 0)), ("Safran", dt.time(13, 40))):
            buses.add_stop(session, mission, coach, "to Safran", name, at, kind="transfer")
    add_coach(db_path, "Coach 2", seats=3)
    people(db_path, [("Mario", "Rossi", "Avio Parts", "Gallarate"), ("Zoë", "Lévêque", "Avio Parts", "Varese"),
                     ("Jörg", "Müller", "Präzision GmbH", "Varese"), ("Anna", "Bianchi", "Avio Parts", "Como"),
                     ("Luca", "Verdi", "Avio Parts", "Milano Cadorna"), ("Ada", "Neri", "Avio Parts", "Gallarate"),
                     ("Ugo", "Blu", "Avio Parts", "Milano Cadorna"), ("Eva", "Rosa", "Avio Parts", None)])
    with mission_session(db_path) as (session, mission):
        buses.auto_assign(session, mission)  # Coach 1 takes five; Jörg waits for a seat at Varese
        buses.assign_person(session, mission, "eva.rosa@example.com", "Coach 2", None)
        buses.board(session, mission, "mario.rossi@example.com", "outbound", BOARDED)
        buses.board(session, mission, "zoë.lévêque@example.com", "return", BOARDED + dt.timedelta(hours=12))
    assert invoke("participants", "edit", "luca.verdi@example.com", "-m", lyon, "--status", "cancelled").exit_code == 0
    return db_path


def _bus_reads(db: Reader) -> dict[str, Any]:
    mission = missions.mission_ref(db, "lyon-2018")
    return {
        "routes": buses.route_rows(db, mission),
        "route": buses.route_rows(db, mission, "coach 1"),
        "warnings": buses.programme_warnings(db, mission.id),
        "status": buses.status_rows(db, mission.id),
        "waitlist": buses.waitlist_rows(db, mission.id),
        "manifest": [c.as_dict() for c in buses.build_manifest(db, mission)],
        "manifest 2": [c.as_dict() for c in buses.build_manifest(db, mission, "Coach 2")],
        "calendar": [dataclasses.asdict(i) for i in buses.calendar_coach_stops(db, mission)],
    }


@pytest.mark.sqlite_file("compares the read-only sqlite3 path with SQLAlchemy")
def test_the_coach_views_read_the_same_on_both_paths(bus_day: Path) -> None:
    read, full = read_both_ways(bus_day, _bus_reads)
    assert read == full
    # the mission exercises what the views have rules for
    assert {"00:20+1", "13:40"} <= {r["time"] for r in read["routes"]}
    assert any("Como" == r["stop"] and r["day"] == "2018-11-21" for r in read["routes"])
    (coach_1, coach_2) = read["manifest"]
    assert [leg["name"] for leg in coach_1["legs"]] == ["outbound", "to Safran", "return"]
    outbound, _, back = coach_1["legs"]
    assert [p["boarded_at"] for s in outbound["stops"] for p in s["passengers"] if p["boarded"]] == ["06:35"]
    assert {p["drop_off"] for s in back["stops"] for p in s["passengers"]} >= {"Varese", "Gallarate"}
    assert coach_2["legs"] == []
    assert coach_2["used"] == 1
    assert [r["reason"] for r in read["waitlist"]] == [
        "no free seat on the coaches stopping at Varese (Coach 1 5/5)", "stop 'Como' is on no route"]
    assert [r["boarded"] for r in read["status"]] == [1, 0, 1, 0]
    assert "Luca Verdi (+39 333 000 0004)" not in read["status"][0]["missing"]  # cancelled: the seat is free


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_the_coach_commands_load_no_sqlalchemy_and_write_nothing(bus_day: Path, tmp_path: Path) -> None:
    assert_reads_without_sqlalchemy(bus_day, [
        ["bus", "route", "list", "-m", "lyon-2018", "--bus", "Coach 1", "-f", "csv"],
        ["bus", "status", "-m", "lyon-2018", "-f", "csv"],
        ["bus", "manifest", "-m", "lyon-2018", "-f", "json"],
        *(["bus", "manifest", "-m", "lyon-2018", "--out", str(tmp_path / f"manifest.{ext}")]
          for ext in ("xlsx", "html", "md", "csv")),
    ])
    assert sorted(p.name for p in tmp_path.glob("manifest.*")) == [
        "manifest.csv", "manifest.html", "manifest.md", "manifest.xlsx"]
