"""The pitch agenda on the fast path: what SQLAlchemy reads, and a read that never writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from c2c.services import missions
from c2c.services.pitches import agenda as pitches, documents, stage_timer, views
from c2c.services.pitches.agenda import AgendaOptions
from c2c.store.reading import Reader, session_reader
from tests.conftest import Invoke, LyonWith
from tests.pitches_helpers import add_people, mission_session
from tests.store.test_reading import assert_reads_without_sqlalchemy, read_both_ways

M = ["-m", "lyon-2018"]
READS = [["pitches", "timing", *M], ["pitches", "timing", *M, "-f", "json"], ["pitches", "timing", *M, "-f", "csv"]]


def _pitch_day(db_path: Path, invoke: Invoke) -> None:
    """Two pitch sessions; a move, a skip, two pitches timed by the stage timer, one of them over."""
    assert invoke("program", "template", "apply", "standard-day", *M).exit_code == 0
    add_people(db_path)
    with mission_session(db_path) as (session, mission):
        agenda = pitches.build_agenda(session, mission, AgendaOptions(order="registration"))
        pitches.move_pitch(session, mission, "Galli Fasteners", 2)
        pitches.mark_pitch(session, mission, "Roux Usinage", skipped=True)
        first, second = agenda.scheduled[:2]
        assert first.start is not None
        assert second.start is not None
        pitches.record_timings(session, mission, [
            (first.pitcher.key, first.start, first.start + dt.timedelta(seconds=170), False),
            (second.pitcher.key, second.start, second.start + dt.timedelta(seconds=215), False),
        ])


@pytest.fixture
def pitch_day(lyon: str, db_path: Path, lyon_with: LyonWith) -> Path:
    lyon_with(_pitch_day, db_path)
    return db_path


def _pitch_reads(db: Reader) -> dict[str, Any]:
    mission = missions.mission_ref(db, "lyon-2018")
    agenda = pitches.read_agenda(db, mission)
    per_person = pitches.read_agenda(db, mission, AgendaOptions(per="person", order="alphabetical"))
    return {
        "agenda": dataclasses.asdict(agenda),
        "rows": views.agenda_rows(agenda),
        "timing": stage_timer.timing_rows(agenda),
        "booklet": documents.booklet_cards(agenda),
        "timer": stage_timer.timer_pitches(agenda),
        "calendar": pitches.calendar_pitch_slots(db, mission),
        "per person": views.agenda_rows(per_person),
    }


@pytest.mark.sqlite_file("compares the read-only sqlite3 path with SQLAlchemy")
def test_the_agenda_reads_the_same_on_both_paths(pitch_day: Path) -> None:
    read, full = read_both_ways(pitch_day, _pitch_reads)
    assert read == full
    # the day holds what the timing view is there to show
    assert [r["company"] for r in read["rows"][:3]] == ["Mécanique Alpine", "Galli Fasteners", "Aviometal"]
    assert [(r["order"], r["over"]) for r in read["timing"][:3]] == [(1, "on time"), (2, "not given"), (3, "+0:35 over")]
    assert "skipped" in {r["over"] for r in read["timing"]}
    assert read["timer"][1] == 1  # resumes at the first pitch not given: the one moved up
    assert len(read["per person"]) == len(read["rows"]) + 1  # Aviometal's two speakers pitch apart


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_pitches_timing_loads_no_sqlalchemy_and_writes_nothing(pitch_day: Path) -> None:
    assert_reads_without_sqlalchemy(pitch_day, READS)


def _random_without_seed(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE pitch_agenda SET order_mode = 'random', seed = NULL")
    connection.close()


def _saved_seed(db_path: Path) -> int | None:
    with sqlite3.connect(db_path) as connection:
        (seed,) = connection.execute("SELECT seed FROM pitch_agenda").fetchone()
    connection.close()
    return seed  # type: ignore[no-any-return]


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_a_random_order_with_no_seed_is_read_without_saving_one(pitch_day: Path) -> None:
    _random_without_seed(pitch_day)
    assert_reads_without_sqlalchemy(pitch_day, READS[:1])
    # nor does the same read inside a writing transaction, which commits
    with mission_session(pitch_day) as (session, mission):
        assert pitches.read_agenda(session_reader(session), missions.ref_of(mission)).settings.seed is not None
    assert _saved_seed(pitch_day) is None
    # the writing path keeps a random order stable: it saves the seed it drew
    with mission_session(pitch_day) as (session, mission):
        drawn = pitches.build_agenda(session, mission).settings.seed
    assert drawn is not None
    assert _saved_seed(pitch_day) == drawn
