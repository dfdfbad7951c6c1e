"""Coaches: add, edit, remove (sending their passengers back to the waitlist), list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from c2c.errors import Conflict, InvalidInput
from c2c.parsing import InvalidValue
from c2c.phones import DEFAULT_REGION, parse_phone
from c2c.services.buses.common import find_coach
from c2c.store.models import Cluster, Coach, Mission, Participation, Person, SeatAssignment
from c2c.text import clean_spaces


@dataclass
class CoachInput:
    name: str
    seats: int
    reserved_seats: int = 0
    operator: str | None = None
    plate: str | None = None
    driver_phone: str | None = None


def _driver_phone(session: Session, mission: Mission, value: str | None) -> str | None:
    """E.164, as every phone is stored. A national number is read where it can be a number:
    in the mission's country, else in either cluster's (the coach often comes with the guests)."""
    if value is None or not value.strip():
        return None
    clusters = [session.get(Cluster, i) for i in (mission.host_cluster_id, mission.guest_cluster_id) if i]
    regions = [mission.country, *(c.country for c in clusters if c is not None), DEFAULT_REGION]
    try:
        return parse_phone(value, *regions)
    except InvalidValue as exc:
        raise InvalidInput(f"driver's phone: {exc.message}", hint="e.g. +39 333 123 4567") from None


def check_seats(seats: int, reserved: int) -> None:
    if seats < 1:
        raise InvalidInput(f"seats must be at least 1, not {seats}")
    if not 0 <= reserved < seats:
        raise InvalidInput(f"reserved seats must be between 0 and {seats - 1}, not {reserved}")


def check_coach_name_free(session: Session, mission: Mission, name: str) -> None:
    if find_coach(session, mission, name) is not None:
        raise Conflict(f"mission {mission.slug} already has a coach {name!r}", hint="choose another name")


def add_coach(session: Session, mission: Mission, data: CoachInput) -> Coach:
    name = clean_spaces(data.name)
    if not name:
        raise InvalidInput("a coach needs a name", hint='c2c bus add --name "Coach 1" …')
    check_coach_name_free(session, mission, name)
    check_seats(data.seats, data.reserved_seats)
    assert mission.id is not None
    coach = Coach(
        mission_id=mission.id, name=name, seats=data.seats, reserved_seats=data.reserved_seats,
        operator=data.operator, plate=data.plate.upper() if data.plate else None,
        driver_phone=_driver_phone(session, mission, data.driver_phone),
    )
    session.add(coach)
    session.flush()
    return coach


def edit_coach(session: Session, mission: Mission, coach: Coach, changes: dict[str, Any],
               unseat: bool = False) -> Coach:
    """Apply the changes that are not None; seats may not drop below the people on board, unless
    ``unseat``: then the last seated (``overflow``) go to the waitlist."""
    if changes.get("name"):
        name = clean_spaces(changes["name"])
        other = find_coach(session, mission, name)
        if other is not None and other.id != coach.id:
            raise Conflict(f"mission {mission.slug} already has a coach {name!r}")
        coach.name = name
    for field in ("seats", "reserved_seats", "operator"):
        if changes.get(field) is not None:
            setattr(coach, field, changes[field])
    if changes.get("plate") is not None:
        coach.plate = changes["plate"].upper()
    if changes.get("driver_phone") is not None:
        coach.driver_phone = _driver_phone(session, mission, changes["driver_phone"])
    check_seats(coach.seats, coach.reserved_seats)
    taken = passenger_count(session, coach)
    if taken > coach.seats and unseat:
        for seat, _ in _last_seated(session, coach, taken - coach.seats):
            seat.coach_id, seat.waitlisted = None, True
            seat.waitlist_reason = f"{coach.name} now has {coach.seats} seats"
            session.add(seat)
    elif taken > coach.seats:
        raise Conflict(
            f"{coach.name} carries {taken} people: it cannot have only {coach.seats} seats",
            hint="move people first with: c2c bus assign --person EMAIL --bus OTHER",
        )
    session.add(coach)
    session.flush()
    return coach


def overflow(session: Session, coach: Coach, seats: int) -> list[str]:
    """Who would leave ``coach`` for the waitlist with only ``seats`` seats: the last seated."""
    return [name for _, name in _last_seated(session, coach, passenger_count(session, coach) - seats)]


def _last_seated(session: Session, coach: Coach, count: int) -> list[tuple[SeatAssignment, str]]:
    if count <= 0:
        return []
    query = (select(SeatAssignment, Person).join(Participation, col(Participation.id) == SeatAssignment.participation_id)
             .join(Person, col(Person.id) == Participation.person_id).where(SeatAssignment.coach_id == coach.id)
             .order_by(col(SeatAssignment.assigned_at).desc(), col(SeatAssignment.id).desc()).limit(count))
    return [(seat, f"{person.first_name} {person.last_name}") for seat, person in session.exec(query).all()]


def passenger_count(session: Session, coach: Coach) -> int:
    query = select(func.count(col(SeatAssignment.id))).where(SeatAssignment.coach_id == coach.id)
    return int(session.exec(query).one())


def remove_coach(session: Session, coach: Coach) -> int:
    """Delete the coach with its route; its passengers go back to the waitlist. Returns how many."""
    seated = list(session.exec(select(SeatAssignment).where(SeatAssignment.coach_id == coach.id)).all())
    for seat in seated:
        seat.coach_id = None
        seat.waitlisted = True
        seat.waitlist_reason = f"coach {coach.name!r} was removed"
        session.add(seat)
    session.flush()
    session.delete(coach)
    session.flush()
    return len(seated)
