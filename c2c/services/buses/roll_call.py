"""Who travels on each leg, where they get on, and who has boarded (roll call and status)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypedDict

from sqlmodel import Session, select

from c2c.errors import InvalidInput, NotFound
from c2c.services.buses.common import (
    Traveller,
    as_utc,
    assignments,
    find_traveller,
    get_leg,
    legs_of,
    list_coaches,
    stop_datetime,
    stops_of,
    travellers,
)
from c2c.services.buses.matching import match_stop
from c2c.store.models import Boarding, Coach, Leg, LegKind, Mission, SeatAssignment, Stop


@dataclass(frozen=True)
class LegPassenger:
    seat_id: int
    person: Traveller
    stop: Stop  # where they get on for this leg
    drop_off: Stop | None  # where they get off, on a return leg
    boarded_at: dt.datetime | None

    def label(self) -> str:
        phone = f" ({self.person.phone})" if self.person.phone else ""
        return f"{self.person.name}{phone}"


def leg_passengers(
    session: Session, mission: Mission, coach: Coach, leg: Leg, people: dict[int, Traveller] | None = None
) -> list[LegPassenger]:
    """The coach's passengers on this leg, in stop order then by name."""
    stops = stops_of(session, leg)
    if not stops:
        return []
    people = people if people is not None else travellers(session, mission)
    seated = session.exec(select(SeatAssignment).where(SeatAssignment.coach_id == coach.id)).all()
    boarded = {b.seat_assignment_id: as_utc(b.boarded_at)
               for b in session.exec(select(Boarding).where(Boarding.leg_id == leg.id)).all()}
    result = []
    for seat in seated:
        assert seat.id is not None
        on, off = stops_for(leg, stops, seat.pickup_stop)
        result.append(LegPassenger(seat.id, people[seat.participation_id], on, off, boarded.get(seat.id)))
    # on the way home, in the order people get off
    return sorted(result, key=lambda p: (p.stop.position, p.drop_off.position if p.drop_off else 0,
                                         p.person.name.casefold()))


def stops_for(leg: Leg, stops: list[Stop], pickup: str | None) -> tuple[Stop, Stop | None]:
    """Outbound: on at their stop. Return: on at the first stop, off at theirs. Transfer: the first."""
    def named(candidates: list[Stop]) -> Stop | None:
        name = match_stop(pickup, [s.name for s in candidates]) if pickup else None
        return next((s for s in candidates if s.name == name), None)

    if leg.kind == LegKind.outbound.value:
        return named(stops[:-1]) or stops[0], None
    if leg.kind == LegKind.return_.value:
        return stops[0], named(stops[1:]) or stops[-1]
    return stops[0], None


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


class StatusRow(TypedDict):
    coach: str
    seats: int
    reserved: int
    assigned: int
    free: int
    leg: str | None
    day: str | None
    departs: str | None
    boarded: int
    missing_count: int
    missing: list[str]


class WaitlistRow(TypedDict):
    name: str
    email: str | None
    company: str | None
    phone: str | None
    stop: str | None
    reason: str


def status_rows(session: Session, mission: Mission) -> list[StatusRow]:
    """Per coach and leg: seats, who is assigned, who has boarded, who is missing (with phones)."""
    people = travellers(session, mission)
    seats = assignments(session, mission).values()
    rows: list[StatusRow] = []
    for coach in list_coaches(session, mission):
        assigned = sum(1 for s in seats if s.coach_id == coach.id)
        free = max(coach.seats - coach.reserved_seats - assigned, 0)
        legs = [g for g in legs_of(session, coach) if stops_of(session, g)]
        if not legs:
            rows.append({"coach": coach.name, "seats": coach.seats, "reserved": coach.reserved_seats,
                         "assigned": assigned, "free": free, "leg": None, "day": None, "departs": None,
                         "boarded": 0, "missing_count": 0, "missing": []})
        for leg in legs:
            passengers = leg_passengers(session, mission, coach, leg, people)
            rows.append({
                "coach": coach.name, "seats": coach.seats, "reserved": coach.reserved_seats, "assigned": assigned,
                "free": free, "leg": leg.name, "day": leg.day.isoformat(),
                "departs": stops_of(session, leg)[0].clock,
                "boarded": sum(1 for p in passengers if p.boarded_at),
                "missing_count": sum(1 for p in passengers if not p.boarded_at),
                "missing": [p.label() for p in passengers if not p.boarded_at],
            })
    return rows


def waitlist_rows(session: Session, mission: Mission) -> list[WaitlistRow]:
    """Who has no seat: waitlisted with the reason, or not assigned yet."""
    seats = assignments(session, mission)
    rows: list[WaitlistRow] = []
    for pid, person in travellers(session, mission).items():
        seat = seats.get(pid)
        if person.cancelled or (seat is not None and seat.coach_id is not None):
            continue
        if seat is None and person.at_home and not (person.bus_stop or "").strip():
            continue  # the host cluster's own people, not travelling by coach
        reason = seat.waitlist_reason if seat and seat.waitlist_reason else "not assigned yet"
        rows.append({"name": person.name, "email": person.email, "company": person.company,
                     "phone": person.phone, "stop": person.bus_stop, "reason": reason})
    return rows

