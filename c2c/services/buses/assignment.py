"""Who sits on which coach: automatic and stable, or one person by hand.

Automatic assignment never moves anyone already seated; it seats the others at the stop
they asked for, keeping colleagues of one company on one coach where the seats allow, and
puts whoever does not fit on the waitlist with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TypedDict

from sqlmodel import Session, col, delete

from c2c.errors import Conflict, InvalidInput, NotFound
from c2c.services.buses.common import (
    Traveller,
    assignments,
    find_traveller,
    get_coach,
    list_coaches,
    travellers,
)
from c2c.services.buses.matching import closest_stop, match_stop
from c2c.services.buses.routes import pickup_stops
from c2c.store.models import Boarding, Coach, Mission, SeatAssignment


@dataclass(frozen=True)
class Placement:
    name: str
    email: str | None
    coach: str
    stop: str | None


@dataclass(frozen=True)
class Waiting:
    name: str
    email: str | None
    reason: str


@dataclass
class AssignmentReport:
    placed: list[Placement] = field(default_factory=list)
    kept: int = 0
    waitlisted: list[Waiting] = field(default_factory=list)
    unknown_stops: dict[str, str | None] = field(default_factory=dict)  # as written -> closest stop
    released: list[str] = field(default_factory=list)  # cancelled people whose seat was freed
    warnings: list[str] = field(default_factory=list)


class AssignmentRow(TypedDict):
    name: str
    email: str | None
    coach: str | None
    stop: str | None
    status: str  # seated or waitlisted
    reason: str | None


def assignment_rows(report: AssignmentReport) -> list[AssignmentRow]:
    """Who got a seat, then who is on the waitlist and why."""
    rows: list[AssignmentRow] = [
        {"name": p.name, "email": p.email, "coach": p.coach, "stop": p.stop, "status": "seated", "reason": None}
        for p in report.placed
    ]
    rows += [{"name": w.name, "email": w.email, "coach": None, "stop": None, "status": "waitlisted", "reason": w.reason}
             for w in report.waitlisted]
    return rows


@dataclass
class _Seating:
    """The coaches during one run: capacity after the reserve, seats used, companies on board."""

    coaches: list[Coach]
    stops: dict[int, list[str]]
    capacity: dict[int, int]
    used: Counter[int] = field(default_factory=Counter)
    companies: dict[int, Counter[int]] = field(default_factory=dict)

    def free(self, coach: Coach) -> int:
        assert coach.id is not None
        return self.capacity[coach.id] - self.used[coach.id]

    def serving(self, stops: set[str]) -> list[Coach]:
        return [c for c in self.coaches if c.id is not None and stops <= set(self.stops[c.id])]

    def take(self, coach: Coach, company_id: int | None) -> None:
        assert coach.id is not None
        self.used[coach.id] += 1
        if company_id is not None:
            self.companies.setdefault(coach.id, Counter())[company_id] += 1

    def colleagues(self, coach: Coach, company_id: int | None) -> int:
        return self.companies.get(coach.id or 0, Counter())[company_id] if company_id is not None else 0


def auto_assign(session: Session, mission: Mission, reserve: int | None = None) -> AssignmentReport:
    coaches = list_coaches(session, mission)
    if not coaches:
        raise NotFound(f"mission {mission.slug} has no coach yet", hint='add one with: c2c bus add --name "Coach 1" --seats 50')
    if reserve is not None and reserve < 0:
        raise InvalidInput(f"the seats to keep free must be 0 or more, not {reserve}")
    stops = pickup_stops(session, mission)
    all_stops = list(dict.fromkeys(s for names in stops.values() for s in names))
    if not all_stops:
        raise InvalidInput("no coach has a route yet, so nobody can be given a stop",
                           hint='add stops with: c2c bus route add --bus "Coach 1" --leg outbound --stop "Milano Cadorna" --at 06:30')
    seating = _Seating(coaches, stops, {c.id: max(c.seats - (c.reserved_seats if reserve is None else reserve), 0)
                                        for c in coaches if c.id is not None})
    people = travellers(session, mission)
    seats = assignments(session, mission)
    report = AssignmentReport()
    _keep_seated(session, seating, people, seats, report)
    wanted: dict[int, str] = {}
    for person in people.values():
        seat = seats.get(person.participation_id)
        if person.cancelled or (seat is not None and seat.coach_id is not None):
            continue
        if person.at_home and not (person.bus_stop or "").strip():
            continue  # the host cluster's own people come to the venue by themselves
        stop, reason = _wanted_stop(person, all_stops, report)
        if stop is None:
            report.waitlisted.append(Waiting(person.name, person.email, reason))
            _waitlist(session, seats, person, None, reason)
        else:
            wanted[person.participation_id] = stop
    for group in _company_groups([people[pid] for pid in wanted]):
        _seat_group(session, seating, seats, group, wanted, report)
    for coach in coaches:
        if seating.free(coach) < 0:
            report.warnings.append(f"{coach.name} carries {-seating.free(coach)} more than its free seats allow "
                                   "(seated earlier): move people with c2c bus assign --person …")
    session.flush()
    return report


def _keep_seated(session: Session, seating: _Seating, people: dict[int, Traveller],
                 seats: dict[int, SeatAssignment], report: AssignmentReport) -> None:
    by_id = {c.id: c for c in seating.coaches}
    for pid, seat in list(seats.items()):
        person = people[pid]
        if person.cancelled:
            if seat.coach_id is not None:
                report.released.append(person.name)
            session.delete(seat)
            del seats[pid]
        elif seat.coach_id is not None:
            seating.take(by_id[seat.coach_id], person.company_id)
            report.kept += 1


def _wanted_stop(person: Traveller, all_stops: list[str], report: AssignmentReport) -> tuple[str | None, str]:
    """The route stop the person asked for, or None and the reason they cannot be seated."""
    if not person.bus_stop or not person.bus_stop.strip():
        # a shuttle with a single pick-up needs no preference
        return (all_stops[0], "") if len(all_stops) == 1 else (None, "no pick-up stop given")
    found = match_stop(person.bus_stop, all_stops)
    if found is not None:
        return found, ""
    close = closest_stop(person.bus_stop, all_stops)
    report.unknown_stops[person.bus_stop] = close
    hint = f" (closest: {close!r})" if close else ""
    return None, f"stop {person.bus_stop!r} is on no route{hint}"


def _company_groups(people: list[Traveller]) -> list[list[Traveller]]:
    """Colleagues together; groups in registration order (first registered, first seated)."""
    groups: dict[object, list[Traveller]] = {}
    for person in people:
        key = person.company_id if person.company_id is not None else ("alone", person.participation_id)
        groups.setdefault(key, []).append(person)
    return sorted(groups.values(), key=lambda g: g[0].participation_id)


def _seat_group(session: Session, seating: _Seating, seats: dict[int, SeatAssignment],
                group: list[Traveller], wanted: dict[int, str], report: AssignmentReport) -> None:
    company = group[0].company_id
    stops = {wanted[p.participation_id] for p in group}
    together = [c for c in seating.serving(stops) if seating.free(c) >= len(group)]
    if together:
        coach = max(together, key=lambda c: seating.colleagues(c, company))
        for person in group:
            _place(session, seating, seats, person, coach, wanted[person.participation_id], report)
        return
    for person in group:
        stop = wanted[person.participation_id]
        serving = seating.serving({stop})
        room = [c for c in serving if seating.free(c) > 0]
        if room:
            coach = max(room, key=lambda c: seating.colleagues(c, company))
            _place(session, seating, seats, person, coach, stop, report)
        else:
            full = ", ".join(f"{c.name} {seating.used[c.id or 0]}/{seating.capacity[c.id or 0]}" for c in serving)
            reason = f"no free seat on the coaches stopping at {stop} ({full})"
            report.waitlisted.append(Waiting(person.name, person.email, reason))
            _waitlist(session, seats, person, stop, reason)


def _place(session: Session, seating: _Seating, seats: dict[int, SeatAssignment], person: Traveller,
           coach: Coach, stop: str | None, report: AssignmentReport) -> None:
    seating.take(coach, person.company_id)
    _save(session, seats, person, coach, stop, None)
    report.placed.append(Placement(person.name, person.email, coach.name, stop))


def _waitlist(session: Session, seats: dict[int, SeatAssignment], person: Traveller, stop: str | None,
              reason: str) -> None:
    _save(session, seats, person, None, stop, reason)


def _save(session: Session, seats: dict[int, SeatAssignment], person: Traveller, coach: Coach | None,
          stop: str | None, reason: str | None) -> SeatAssignment:
    seat = seats.get(person.participation_id) or SeatAssignment(participation_id=person.participation_id)
    new_coach = coach.id if coach else None
    if seat.id is not None and seat.coach_id != new_coach:
        # boardings belong to the old coach's legs
        session.execute(delete(Boarding).where(col(Boarding.seat_assignment_id) == seat.id))
    seat.coach_id = new_coach
    seat.pickup_stop = stop
    seat.waitlisted = coach is None
    seat.waitlist_reason = reason
    seat.assigned_at = dt.datetime.now(dt.UTC)
    session.add(seat)
    seats[person.participation_id] = seat
    return seat


def assign_person(session: Session, mission: Mission, who: str, coach_name: str, stop_name: str | None) -> Placement:
    """Seat one person on a coach at a stop (their preferred stop when none is given)."""
    person = find_traveller(session, mission, who)
    if person.cancelled:
        raise InvalidInput(f"{person.name} has cancelled their participation")
    coach = get_coach(session, mission, coach_name)
    assert coach.id is not None
    stop = _stop_on_coach(coach, pickup_stops(session, mission)[coach.id], person, stop_name)
    seats = assignments(session, mission)
    current = seats.get(person.participation_id)
    if current is None or current.coach_id != coach.id:
        taken = sum(1 for s in seats.values() if s.coach_id == coach.id)
        if taken >= coach.seats - coach.reserved_seats:
            raise Conflict(
                f"{coach.name} is full: {taken} of {coach.seats - coach.reserved_seats} free seats taken "
                f"({coach.reserved_seats} reserved)",
                hint="free a reserved seat with: c2c bus edit COACH --reserved N",
            )
    _save(session, seats, person, coach, stop, None)
    session.flush()
    return Placement(person.name, person.email, coach.name, stop)


def _stop_on_coach(coach: Coach, stops: list[str], person: Traveller, stop_name: str | None) -> str | None:
    if not stops:
        if stop_name:
            raise InvalidInput(f"{coach.name} has no route yet", hint="add its stops with: c2c bus route add")
        return None
    wanted = stop_name or person.bus_stop
    if not wanted:
        raise InvalidInput(f"say at which stop {person.name} boards", hint=f"{coach.name} stops at: {', '.join(stops)}")
    found = match_stop(wanted, stops)
    if found is None:
        close = closest_stop(wanted, stops)
        hint = f"did you mean {close!r}?" if close else f"{coach.name} stops at: {', '.join(stops)}"
        raise NotFound(f"{coach.name} does not stop at {wanted!r}", hint=hint)
    return found
