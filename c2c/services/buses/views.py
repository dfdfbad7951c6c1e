"""What ``c2c bus route list`` and ``c2c bus status`` show, read through a ``Reader``: no SQLAlchemy here.

Write commands that show the same (``bus route add`` warns about the programme) call these
with ``session_reader(session)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from c2c.services.buses.fleet import (
    OUTBOUND,
    RETURN,
    CoachRecord,
    Fleet,
    LegRecord,
    StopRecord,
    named_coach,
    read_coaches,
)
from c2c.store.reading import as_date, as_time

if TYPE_CHECKING:
    from c2c.services.missions import MissionRef
    from c2c.store.reading import Reader


class RouteRow(TypedDict):
    coach: str
    leg: str
    kind: str
    day: str
    position: int
    time: str
    stop: str
    address: str | None
    destination: bool


def route_rows(db: Reader, mission: MissionRef, coach_name: str | None = None) -> list[RouteRow]:
    """Every stop of every leg (of one coach when named), in travel order."""
    coaches = read_coaches(db, mission.id)
    if coach_name:
        coaches = [named_coach(coaches, coach_name, mission.slug)]
    return [
        {"coach": coach.name, "leg": leg.name, "kind": leg.kind,
         "day": (leg.day + dt.timedelta(days=stop.day_offset)).isoformat(),
         "position": stop.position, "time": stop.clock, "stop": stop.name, "address": stop.address,
         "destination": stop.destination}
        for coach in coaches for leg in coach.legs for stop in leg.stops
    ]


@dataclass(frozen=True)
class _Block:
    day: dt.date
    start: dt.time
    end: dt.time
    kind: str
    title: str


def programme_warnings(db: Reader, mission_id: int) -> list[str]:
    """Outbound legs that arrive nowhere; legs that arrive after the programme block they serve has
    started (or leave too early)."""
    coaches = read_coaches(db, mission_id)
    warnings = [_no_destination(coach, leg) for coach in coaches for leg in coach.legs
                if leg.kind == OUTBOUND and leg.stops and not any(s.destination for s in leg.stops)]
    blocks = [
        _Block(as_date(b["day"]), as_time(b["start"]), as_time(b["end"]), b["kind"], b["title"])
        for b in db.rows('SELECT day, start, "end", kind, title FROM program_block WHERE mission_id = :mission '
                         "ORDER BY start, id", {"mission": mission_id})
    ]
    for coach in coaches if blocks else []:
        for leg in coach.legs:
            day_blocks = [b for b in blocks if b.day == leg.day]
            if len(leg.stops) >= 2 and day_blocks:
                warning = _leg_warning(coach, leg, leg.stops, day_blocks)
                if warning:
                    warnings.append(warning)
    return warnings


def _no_destination(coach: CoachRecord, leg: LegRecord) -> str:
    # every stop stays a pick-up stop rather than one being guessed as the arrival
    return (f"{coach.name}, {leg.name} has no destination: {leg.stops[-1].name} is taken as a pick-up stop; "
            f"say where it arrives with: c2c bus route add --leg {leg.name} --destination --stop NAME --at HH:MM")


def _hhmm(time: dt.time) -> str:
    return time.strftime("%H:%M")


def _leg_warning(coach: CoachRecord, leg: LegRecord, stops: list[StopRecord], blocks: list[_Block]) -> str | None:
    first, last = stops[0], stops[-1]
    where = f"{coach.name}, {leg.name}"
    if leg.kind == RETURN:
        # the coach's own transfer block is what the return leg serves, not a clash
        busy = [b for b in blocks if b.end > first.time and b.kind != "transfer"]
        if busy:
            block = max(busy, key=lambda b: b.end)
            return (f"{where} leaves {first.name} at {first.clock}, before "
                    f"{block.title!r} ends at {_hhmm(block.end)}")
        return None
    if leg.kind == OUTBOUND:
        served: _Block | None = blocks[0]
    else:
        served = next((b for b in blocks if b.kind == "visit" and b.start >= first.time), None)
    if served is not None and last.order > (0, served.start):
        return (f"{where} arrives at {last.name} at {last.clock}, after "
                f"{served.title!r} starts at {_hhmm(served.start)}")
    return None


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


def status_rows(db: Reader, mission_id: int) -> list[StatusRow]:
    """Per coach and leg: seats, who is assigned, who has boarded, who is missing (with phones)."""
    fleet = Fleet.read(db, mission_id)
    rows: list[StatusRow] = []
    for coach in fleet.coaches:
        assigned = len(fleet.seated(coach))
        free = max(coach.seats - coach.reserved_seats - assigned, 0)
        legs = [g for g in coach.legs if g.stops]
        if not legs:
            rows.append({"coach": coach.name, "seats": coach.seats, "reserved": coach.reserved_seats,
                         "assigned": assigned, "free": free, "leg": None, "day": None, "departs": None,
                         "boarded": 0, "missing_count": 0, "missing": []})
        for leg in legs:
            passengers = fleet.leg_passengers(coach, leg)
            rows.append({
                "coach": coach.name, "seats": coach.seats, "reserved": coach.reserved_seats, "assigned": assigned,
                "free": free, "leg": leg.name, "day": leg.day.isoformat(), "departs": leg.stops[0].clock,
                "boarded": sum(1 for p in passengers if p.boarded_at),
                "missing_count": sum(1 for p in passengers if not p.boarded_at),
                "missing": [p.label() for p in passengers if not p.boarded_at],
            })
    return rows


def waitlist_rows(db: Reader, mission_id: int) -> list[WaitlistRow]:
    """Who has no seat: waitlisted with the reason, or not assigned yet."""
    fleet = Fleet.read(db, mission_id)
    seats = {s.participation_id: s for s in fleet.seats}
    rows: list[WaitlistRow] = []
    for pid, person in fleet.people.items():
        seat = seats.get(pid)
        if person.cancelled or (seat is not None and seat.coach_id is not None):
            continue
        if seat is None and not (person.bus_stop or "").strip():
            continue  # no stop asked for (a host, or a stop cleared): not waiting for a seat
        reason = seat.waitlist_reason if seat and seat.waitlist_reason else "not assigned yet"
        rows.append({"name": person.name, "email": person.email, "company": person.company,
                     "phone": person.phone, "stop": person.bus_stop, "reason": reason})
    return rows
