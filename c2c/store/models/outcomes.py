"""After the day: how each side says a B2B meeting went, and the leads followed across missions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from c2c.store.models.core import utcnow


class B2BOutcome(SQLModel, table=True):
    """One side's word on one meeting; ``interest`` and ``note`` are private to that side."""

    __tablename__ = "b2b_outcome"
    __table_args__ = (UniqueConstraint("meeting_id", "company_id", name="uq_b2b_outcome_side"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="b2b_meeting.id", ondelete="CASCADE", index=True)
    company_id: int = Field(foreign_key="company.id", ondelete="CASCADE")
    status: str  # held, no-show, cancelled
    interest: str | None = None  # none, low, medium, high
    next_step: str | None = None
    note: str | None = None
    recorded_at: dt.datetime = Field(default_factory=utcnow)


class Lead(SQLModel, table=True):
    """A partnership two companies said they would pursue, kept with the meeting it started at."""

    __tablename__ = "lead"
    __table_args__ = (UniqueConstraint("meeting_id", name="uq_lead_meeting"),)

    id: int | None = Field(default=None, primary_key=True)
    company_a_id: int = Field(foreign_key="company.id", ondelete="CASCADE", index=True)
    company_b_id: int = Field(foreign_key="company.id", ondelete="CASCADE", index=True)
    mission_id: int | None = Field(default=None, foreign_key="mission.id", ondelete="SET NULL")
    meeting_id: int | None = Field(default=None, foreign_key="b2b_meeting.id", ondelete="SET NULL")
    next_step: str
    status: str = "open"
    opened_at: dt.datetime = Field(default_factory=utcnow)


class LeadEvent(SQLModel, table=True):
    """The dated history of a lead: each change of status, each note."""

    __tablename__ = "lead_event"

    id: int | None = Field(default=None, primary_key=True)
    lead_id: int = Field(foreign_key="lead.id", ondelete="CASCADE", index=True)
    at: dt.datetime = Field(default_factory=utcnow)
    status: str
    note: str | None = None
