"""The programme of a mission day: blocks of wall-clock time in the mission's time zone."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlmodel import Field, SQLModel


class BlockKind(StrEnum):
    talk = "talk"
    pitches = "pitches"
    b2b = "b2b"
    break_ = "break"
    lunch = "lunch"
    visit = "visit"
    transfer = "transfer"
    other = "other"


class ProgramBlock(SQLModel, table=True):
    __tablename__ = "program_block"

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    day: dt.date
    start: dt.time
    end: dt.time
    kind: str = Field(default=BlockKind.other.value)
    title: str
    location: str | None = None
    description: str | None = None
