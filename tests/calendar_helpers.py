"""Shared by the calendar tests: read an .ics back with two parsers, add programme blocks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import icalendar
import vobject

from c2c.parsing import DayClock
from c2c.services.missions import get_mission
from c2c.store.engine import Store
from c2c.store.models import ProgramBlock

UTC = dt.UTC


def parse_both(data: bytes) -> tuple[icalendar.Calendar, Any]:
    """The file read by icalendar and by vobject (an independent parser); both must accept it."""
    cal = icalendar.Calendar.from_ical(data)
    vcal = vobject.readOne(data.decode("utf-8"))
    return cal, vcal


def icalendar_events(cal: icalendar.Calendar) -> dict[str, Any]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def vobject_events(vcal: Any) -> dict[str, Any]:
    return {e.uid.value: e for e in getattr(vcal, "vevent_list", [])}


def utc_times(data: bytes) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """UID -> (start, end) in UTC, checked to agree between icalendar and vobject."""
    cal, vcal = parse_both(data)
    mine = {
        uid: (e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC))
        for uid, e in icalendar_events(cal).items()
    }
    theirs = {
        uid: (e.dtstart.value.astimezone(UTC), e.dtend.value.astimezone(UTC)) for uid, e in vobject_events(vcal).items()
    }
    assert mine == theirs
    return mine


def summaries(data: bytes) -> dict[str, str]:
    cal, vcal = parse_both(data)
    mine = {uid: str(e["SUMMARY"]) for uid, e in icalendar_events(cal).items()}
    assert mine == {uid: e.summary.value for uid, e in vobject_events(vcal).items()}
    return mine


def add_block(
    store: Store, mission: str, day: dt.date, start: dt.time, end: dt.time, title: str, *,
    kind: str = "talk", location: str | None = None, description: str | None = None,
) -> int:
    with store.session() as session:
        m = get_mission(session, mission)
        assert m.id is not None
        block = ProgramBlock(mission_id=m.id, day=day, start=start, end=end, kind=kind, title=title,
                             location=location, description=description)
        session.add(block)
        session.flush()
        assert block.id is not None
        return block.id


def read(path: Path) -> bytes:
    return path.read_bytes()


def plan_calendar_day(db_path: Path) -> None:
    """Lyon 2018 planned through the services: a pitch session, one coach, one B2B meeting."""
    from c2c.services import buses, program
    from c2c.services.b2b import setup as b2b, wishes as b2b_wishes
    from c2c.services.b2b.timetable import fix_meeting
    from c2c.services.pitches import agenda as pitches
    from tests.bus_helpers import mission_session
    from tests.factories import add_participant, store_at

    store = store_at(db_path)
    add_participant(store, "lyon-2018", "Giulia", "De Luca", "Aviometal", "LAC", email="giulia@aviometal.example",
                    pitch=True, bus_stop="Gallarate")
    add_participant(store, "lyon-2018", "Benoît", "Guignard", "Mécanique Alpine", "AAR", email="benoit@meca.example",
                    pitch=True)
    store.dispose()
    with mission_session(db_path) as (session, mission):
        program.add_block(session, mission, program.BlockInput(
            at=dt.time(10, 30), until=DayClock(dt.time(11, 30)), title="Pitches", kind="pitches", location="Salle Rhône"))
        pitches.build_agenda(session, mission, pitches.AgendaOptions(order="alternate"))
        coach = buses.add_coach(session, mission, buses.CoachInput(
            "Coach 1", 50, driver_phone="+39 333 123 4567"))
        for stop, clock in (("Gallarate", dt.time(6, 15)), ("Lyon Saint-Exupéry", dt.time(11))):
            buses.add_stop(session, mission, coach, "outbound", stop, clock)
        buses.auto_assign(session, mission)
        b2b.setup_b2b(session, mission, dt.time(14), dt.time(15), 20, 4, [])
        meeting, _ = b2b_wishes.add_request(session, mission, "Aviometal", "Mécanique Alpine")
        assert meeting.id is not None
        fix_meeting(session, mission, meeting.id, dt.time(14, 20), 3)
