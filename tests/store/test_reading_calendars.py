"""``calendar show`` on the fast path: the events SQLAlchemy reads, no SQLAlchemy loaded, nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from c2c.services import missions
from c2c.services.calendars import events as calendars, export
from c2c.store.reading import Reader
from tests.calendar_helpers import plan_calendar_day
from tests.store.test_reading import assert_reads_without_sqlalchemy, read_both_ways

M = ["-m", "lyon-2018"]


@pytest.fixture
def calendar_day(lyon: str, db_path: Path) -> Path:
    plan_calendar_day(db_path)
    return db_path


def _calendar_reads(db: Reader) -> dict[str, Any]:
    mission = missions.mission_ref(db, "lyon-2018")
    options = calendars.CalendarOptions(lang="fr")
    return {
        "attendees": export.list_attendees(db, mission.id),
        "blocks": calendars.load_blocks(db, mission),
        "items": calendars.collect_items(db, mission),
        "giulia": export.participant_rows(db, mission, "GIULIA@aviometal.example", options),
        "benoit": export.participant_rows(db, mission, "benoit@meca.example", options),
    }


@pytest.mark.sqlite_file("compares the read-only sqlite3 path with SQLAlchemy")
def test_the_calendar_reads_the_same_on_both_paths(calendar_day: Path) -> None:
    read, full = read_both_ways(calendar_day, _calendar_reads)
    assert read == full
    person, file_name, rows = read["giulia"]
    assert (person.name, file_name) == ("Giulia De Luca", "lyon-2018/de-luca-giulia.ics")
    # the programme block, her pitch, her coach pickup and her B2B meeting
    assert len(rows) == 4
    items = read["items"]
    assert (len(items.pitch_slots), len(items.coach_stops), len(items.meetings)) == (2, 1, 1)


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_calendar_show_loads_no_sqlalchemy_and_writes_nothing(calendar_day: Path) -> None:
    assert_reads_without_sqlalchemy(calendar_day, [
        ["calendar", "show", *M, "-p", "giulia@aviometal.example"],
        ["calendar", "show", *M, "-p", "benoit@meca.example", "--lang", "it", "--alarm", "10", "-f", "json"],
    ])
