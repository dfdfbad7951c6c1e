"""The saved pitch agenda of a mission: its settings and one entry per pitch.

Entries keep what the coordinator decided by hand (pins, skips) and what the stage timer
recorded (actual start and end), so that re-generating the agenda keeps both.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel


class PitchAgenda(SQLModel, table=True):
    """How a mission's agenda is generated; the options of the last ``pitches agenda``."""

    __tablename__ = "pitch_agenda"

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", unique=True)
    pitch_seconds: int = 180
    changeover_seconds: int = 30
    order_mode: str = "alternate"
    per: str = "company"
    seed: int | None = None


class PitchEntry(SQLModel, table=True):
    """One pitch: a company (colleagues share it) or, with ``--per person``, one participation."""

    __tablename__ = "pitch_entry"
    __table_args__ = (
        UniqueConstraint("mission_id", "company_id", "participation_id", name="uq_pitch_entry_who"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    company_id: int | None = Field(default=None, foreign_key="company.id", ondelete="CASCADE")
    participation_id: int | None = Field(default=None, foreign_key="participation.id", ondelete="CASCADE")
    position: int
    pinned: bool = False
    skipped: bool = False
    actual_start: dt.datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
    actual_end: dt.datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
