"""What features hand to the calendar export: plain data, formatted by the calendar service.

Each feature module provides one function returning these items for a mission:

- ``c2c.services.pitches.calendar_pitch_slots(session, mission) -> list[PitchSlotItem]``
- ``c2c.services.buses.calendar_coach_stops(session, mission) -> list[CoachStopItem]``
- ``c2c.services.b2b.calendar_meetings(session, mission) -> list[MeetingItem]``

Programme blocks are read by the calendar service itself from ``ProgramBlock``. Times are
timezone-aware datetimes in the mission's time zone. ``key`` is a stable identity within the
mission (never a row position), from which the calendar derives the event UID.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PitchSlotItem:
    key: str  # e.g. "pitch:company:12" or "pitch:person:40"
    start: dt.datetime
    end: dt.datetime
    company: str
    speakers: tuple[str, ...]
    order: int  # 1-based position in the running order
    total: int
    participation_ids: tuple[int, ...]  # who gives this pitch
    session_title: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class CoachStopItem:
    key: str  # e.g. "coach:3:outbound:stop:7"
    start: dt.datetime  # pick-up time at the stop
    leg: str  # outbound, return or transfer
    stop: str
    coach: str
    participation_ids: tuple[int, ...]  # who boards here
    address: str | None = None
    driver_phone: str | None = None
    destination: str | None = None
    end: dt.datetime | None = None  # arrival at the leg's last stop, when known


@dataclass(frozen=True)
class MeetingItem:
    key: str  # e.g. "b2b:meeting:5"
    start: dt.datetime
    end: dt.datetime
    company_a: str
    company_b: str
    participation_ids_a: tuple[int, ...]
    participation_ids_b: tuple[int, ...]
    table: str | None = None
    notes: dict[str, str] = field(default_factory=dict)
