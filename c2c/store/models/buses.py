"""Coaches of a mission, their legs and stops, who sits where and who has boarded.

A person's seat is per coach (``SeatAssignment``); where they board each leg follows from
their pick-up stop name: on an outbound leg the stop of that name, on a return or transfer
leg the first stop. Roll call is per leg (``Boarding``), so boarding the outbound coach says
nothing about the evening's return.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from sqlalchemy import Column, DateTime, UniqueConstraint
from sqlmodel import Field, SQLModel

from c2c.parsing import DayClock
from c2c.store.versions import track_writers, version_column

_coach_version = version_column()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class LegKind(str, Enum):  # noqa: UP042  (same style as the other model enums)
    outbound = "outbound"
    return_ = "return"
    transfer = "transfer"


class Coach(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("mission_id", "name", name="uq_coach_mission_name"),)

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    name: str
    seats: int
    reserved_seats: int = 0  # guide, coordinator: never auto-assigned
    operator: str | None = None
    plate: str | None = None
    driver_phone: str | None = None
    version: int = Field(default=1, sa_column=_coach_version)
    changed_by: str | None = None

    __mapper_args__ = {"version_id_col": _coach_version}


class Leg(SQLModel, table=True):
    __tablename__ = "coach_leg"
    __table_args__ = (UniqueConstraint("coach_id", "name", name="uq_coach_leg_coach_name"),)

    id: int | None = Field(default=None, primary_key=True)
    coach_id: int = Field(foreign_key="coach.id", ondelete="CASCADE", index=True)
    kind: str = Field(default=LegKind.outbound.value)
    name: str
    day: dt.date


class Stop(SQLModel, table=True):
    __tablename__ = "coach_stop"
    __table_args__ = (UniqueConstraint("leg_id", "position", name="uq_coach_stop_leg_position"),)

    id: int | None = Field(default=None, primary_key=True)
    leg_id: int = Field(foreign_key="coach_leg.id", ondelete="CASCADE", index=True)
    position: int
    name: str
    time: dt.time  # wall-clock time in the mission's time zone
    day_offset: int = 0  # 1 when the coach gets there after midnight
    address: str | None = None
    destination: bool = False  # where the leg arrives: nobody is picked up there

    @property
    def clock(self) -> str:
        """'06:30', or '00:20+1' after midnight."""
        return DayClock(self.time, self.day_offset).clock

    @property
    def order(self) -> tuple[int, dt.time]:
        return DayClock(self.time, self.day_offset).order


class SeatAssignment(SQLModel, table=True):
    """One per participation: a seat on a coach, or a place on the waitlist with the reason."""

    __tablename__ = "seat_assignment"

    id: int | None = Field(default=None, primary_key=True)
    participation_id: int = Field(foreign_key="participation.id", ondelete="CASCADE", unique=True)
    coach_id: int | None = Field(default=None, foreign_key="coach.id", ondelete="SET NULL", index=True)
    pickup_stop: str | None = None  # the stop name as written on the route
    waitlisted: bool = False
    waitlist_reason: str | None = None
    assigned_at: dt.datetime = Field(default_factory=_utcnow, sa_column=Column(DateTime(timezone=True), nullable=False))


class Boarding(SQLModel, table=True):
    """Roll call: this person got on this leg at ``boarded_at`` (UTC)."""

    __table_args__ = (UniqueConstraint("seat_assignment_id", "leg_id", name="uq_boarding_seat_leg"),)

    id: int | None = Field(default=None, primary_key=True)
    seat_assignment_id: int = Field(foreign_key="seat_assignment.id", ondelete="CASCADE", index=True)
    leg_id: int = Field(foreign_key="coach_leg.id", ondelete="CASCADE", index=True)
    boarded_at: dt.datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


track_writers(Coach)
