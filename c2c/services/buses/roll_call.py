"""Who travels on each leg, where they get on, and who has boarded (roll call and status)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from c2c.errors import InvalidInput, NotFound
from c2c.services.buses.common import (
    Traveller,
    assignments,
    find_traveller,
    get_leg,
    legs_of,
    stop_datetime,
    stops_of,
)
from c2c.services.buses.fleet import Fleet, LegPassenger
from c2c.store.models import Boarding, Coach, Leg, Mission, SeatAssignment
from c2c.store.reading import session_reader

__all__ = ["LegPassenger"]  # re-exported: the roll call's passengers are the views' passengers


def leg_passengers(session: Session, mission: Mission, coach: Coach, leg: Leg) -> list[LegPassenger]:
    """The coach's passengers on this leg, in stop order then by name, as the views count them."""
    assert mission.id is not None
    fleet = Fleet.read(session_reader(session), mission.id)
    record = next(c for c in fleet.coaches if c.id == coach.id)
    return fleet.leg_passengers(record, next(g for g in record.legs if g.id == leg.id))


def resolve_leg(session: Session, mission: Mission, coach: Coach, name: str | None, now: dt.datetime) -> Leg:
    """The leg named, else the next one not yet arrived (the last one once all are over)."""
    if name:
        return get_leg(session, coach, name)
    timed = [(g, s) for g in legs_of(session, coach) if (s := stops_of(session, g))]
    if not timed:
        raise NotFound(f"{coach.name} has no route yet", hint="add its stops with: c2c bus route add")
    for leg, stops in timed:
        if stop_datetime(mission, leg, stops[-1]) >= now:
            return leg
    return timed[-1][0]


def _seat_of(session: Session, mission: Mission, person: Traveller) -> tuple[SeatAssignment, Coach]:
    seat = assignments(session, mission).get(person.participation_id)
    coach = session.get(Coach, seat.coach_id) if seat and seat.coach_id else None
    if seat is None or coach is None:
        raise InvalidInput(f"{person.name} has no seat on a coach", hint="give one with: c2c bus assign --person …")
    return seat, coach


def set_boarded(session: Session, seat_id: int, leg: Leg, boarded: bool, now: dt.datetime) -> None:
    """Record (or clear) one boarding; boarding twice keeps the first time."""
    existing = session.exec(
        select(Boarding).where(Boarding.seat_assignment_id == seat_id, Boarding.leg_id == leg.id)
    ).first()
    if boarded and existing is None:
        assert leg.id is not None
        session.add(Boarding(seat_assignment_id=seat_id, leg_id=leg.id, boarded_at=now.astimezone(dt.UTC)))
    elif not boarded and existing is not None:
        session.delete(existing)
    session.flush()


@dataclass(frozen=True)
class BoardingChange:
    name: str
    coach: str
    leg: str
    boarded_at: dt.datetime | None


def board(session: Session, mission: Mission, who: str, leg_name: str | None, now: dt.datetime,
          boarded: bool = True) -> BoardingChange:
    person = find_traveller(session, mission, who)
    seat, coach = _seat_of(session, mission, person)
    leg = resolve_leg(session, mission, coach, leg_name, now)
    assert seat.id is not None
    set_boarded(session, seat.id, leg, boarded, now)
    when = next((p.boarded_at for p in leg_passengers(session, mission, coach, leg) if p.seat_id == seat.id), None)
    return BoardingChange(person.name, coach.name, leg.name, when)
