"""What each exported calendar last contained, so re-exports update events in place.

One row per event UID of a mission: the hash of its content and its SEQUENCE (raised when
the content changes), and, for an event gone since the last export, ``cancelled`` (it is
emitted once with STATUS:CANCELLED, then the row is forgotten).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from c2c.store.models.core import utcnow


class CalendarEntry(SQLModel, table=True):
    __tablename__ = "calendar_entry"
    __table_args__ = (UniqueConstraint("mission_id", "uid", name="uq_calendar_entry_mission_uid"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    calendar: str  # "mission" or "participation:<id>": the file the event belongs to
    uid: str
    content_hash: str
    sequence: int = 0
    summary: str  # kept to write the cancellation of a removed event
    start: dt.datetime  # UTC
    end: dt.datetime  # UTC
    last_exported: dt.datetime = Field(default_factory=utcnow)
    cancelled: bool = False
