"""A meeting fixed by another coordinator while the solver runs: the timetable is not saved over it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from c2c.config import resolve_store
from c2c.errors import Conflict
from c2c.services.b2b.timetable import schedule_meetings
from c2c.services.missions import get_mission
from c2c.store.copy import copy_store
from c2c.store.engine import open_store

if TYPE_CHECKING:
    from sqlmodel import Session


def _versions(session: Session) -> dict[int | None, int]:
    from sqlmodel import select

    from c2c.store.models import B2BMeeting

    return {m.id: m.version for m in session.exec(select(B2BMeeting))}


def test_a_meeting_changed_while_the_schedule_runs_stops_the_save(demo_db: Path, pg_url: str) -> None:
    from c2c.store.models import B2BMeeting

    local, shared = open_store(resolve_store(str(demo_db))), open_store(resolve_store(pg_url))
    copy_store(local, shared)
    local.dispose()
    with shared.session() as session:
        before = _versions(session)
    moved: list[int] = []

    def meanwhile(_phase: str) -> None:
        if moved:
            return
        with shared.session() as other:  # Ewa, at her desk, while the solver runs
            meeting = other.get(B2BMeeting, 3)
            assert meeting is not None
            meeting.fixed = not meeting.fixed
            other.add(meeting)
        moved.append(3)

    with pytest.raises(Conflict) as raised, shared.session() as session:
        schedule_meetings(session, get_mission(session, "lyon-2018"), time_limit=5.0, seed=1, workers=1,
                          on_phase=meanwhile)
    assert raised.value.message == ("B2B meeting(s) #3 of lyon-2018 changed while the schedule ran; "
                                    "the timetable was not saved")
    with shared.session() as session:
        after = _versions(session)
    assert after == {**before, 3: before[3] + 1}  # Ewa's change, and nothing of the schedule
    shared.dispose()
