"""One-to-one B2B meetings: the session setup, wishes, merged meetings and their timetable."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from c2c.store.versions import track_writers, version_column

_meeting_version = version_column()


class B2BSetup(SQLModel, table=True):
    """The B2B session of a mission: wall-clock times in the mission's time zone."""

    __tablename__ = "b2b_setup"

    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", primary_key=True)
    day: dt.date
    start: dt.time
    end: dt.time
    slot_minutes: int = 20
    tables: int = 10
    breaks: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


class B2BMeeting(SQLModel, table=True):
    """A pair of companies that want to meet (both directions merged) and its place."""

    __tablename__ = "b2b_meeting"
    __table_args__ = (UniqueConstraint("mission_id", "company_a_id", "company_b_id", name="uq_b2b_meeting_pair"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    company_a_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    company_b_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    start: dt.time | None = None
    table: int | None = None
    fixed: bool = False
    reason: str | None = None  # why the last schedule left it out
    version: int = Field(default=1, sa_column=_meeting_version)
    changed_by: str | None = None

    __mapper_args__ = {"version_id_col": _meeting_version}


class B2BRequest(SQLModel, table=True):
    __tablename__ = "b2b_request"
    __table_args__ = (UniqueConstraint("meeting_id", "requester_id", name="uq_b2b_request_side"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="b2b_meeting.id", ondelete="CASCADE", index=True)
    requester_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    priority: int = 2
    session: str | None = None
    lead_id: int | None = Field(default=None, foreign_key="lead.id", ondelete="SET NULL")  # a follow-up wish


class B2BCompany(SQLModel, table=True):
    """When a company can meet, and how many meetings it can hold at once."""

    __tablename__ = "b2b_company"

    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", primary_key=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE", primary_key=True)
    available_from: dt.time | None = None
    available_until: dt.time | None = None
    capacity: int = 1
    # 'HH:MM-HH:MM' windows in the session when it is away (a plant visit)
    away: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


class B2BPrecedence(SQLModel, table=True):
    """The organiser's order between two meetings: ``before`` is held in an earlier slot than ``after``."""

    __tablename__ = "b2b_precedence"
    __table_args__ = (UniqueConstraint("before_id", "after_id", name="uq_b2b_precedence_pair"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    before_id: int = Field(foreign_key="b2b_meeting.id", ondelete="CASCADE")
    after_id: int = Field(foreign_key="b2b_meeting.id", ondelete="CASCADE")


track_writers(B2BMeeting)
