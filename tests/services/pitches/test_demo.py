from __future__ import annotations

from pathlib import Path

from c2c.services.pitches import agenda as pitches
from tests.conftest import DemoRun, Invoke
from tests.pitches_helpers import add_people, mission_session


def test_demo_builds_the_standard_day_and_shows_the_agenda(demo_run: DemoRun) -> None:
    result = demo_run.result
    assert result.exit_code == 0, result.stderr
    assert "Programme: 9 blocks of the standard day on lyon-2018\n" in result.stderr
    assert "No pitches yet in lyon-2018" in result.stderr or "Pitch agenda —" in result.stdout


def test_demo_program_with_participants_fits_the_morning(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_people(db_path)
    with mission_session(db_path) as (session, mission):
        messages = pitches.demo_program(session, mission)
        agenda = pitches.build_agenda(session, mission)
    assert messages == ["Programme: 9 blocks of the standard day on lyon-2018", "Pitch agenda: 7 pitches"]
    assert agenda.overflow_message() is None
    assert agenda.slots[0].start is not None
    assert agenda.slots[0].start.isoformat() == "2018-11-20T09:30:00+01:00"
