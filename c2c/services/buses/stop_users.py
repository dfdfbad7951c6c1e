"""Who relies on a stop, before it is removed from a route.

Nothing points at a stop row: a seat keeps its pick-up stop by name and a participant keeps
the stop they asked for, so removing a stop rewrites neither. The seated people quietly move
to the leg's fallback stop (the first one to get on, the last one to get off) in the
manifest, roll call and calendars, and the people not seated yet are waitlisted by the next
``bus assign --auto`` if no other route stops there. This module counts both, to warn first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session

from c2c.services.buses.common import Traveller, assignments, stops_of, travellers
from c2c.services.buses.matching import match_stop
from c2c.services.buses.roll_call import leg_passengers, stops_for
from c2c.services.buses.routes import find_stop, pickup_stops
from c2c.store.models import Coach, Leg, LegKind, Mission, SeatAssignment


@dataclass(frozen=True)
class StopUsers:
    coach: str
    leg: str
    stop: str
    getting_off: bool  # a return leg: people get off at their stop rather than on
    seated: int  # seated on this coach, getting on (or off) at the stop on this leg
    fallback: str | None  # where the manifest puts them once the stop is gone; None: no stop left
    waiting: int  # asked for the stop, not seated yet, and no other route will stop there

    @property
    def affected(self) -> int:
        return self.seated + self.waiting

    def question(self) -> str:
        return f"Remove {self.stop} from {self.coach}, {self.leg} ({_people(self.affected)} affected)?"

    def warnings(self) -> list[str]:
        """One line per group of people, saying what happens to them."""
        lines = []
        if self.seated:
            one = self.seated == 1
            on_off = "off" if self.getting_off else "on"
            instead = (f"show them getting {on_off} at {self.fallback} instead" if self.fallback
                       else "leave them without a stop on this leg")
            lines.append(
                f"{self.coach}, {self.leg}: {_people(self.seated)} {'gets' if one else 'get'} {on_off} at "
                f"{self.stop}; {'they keep their seat' if one else 'they keep their seats'}, but the manifest, "
                f"roll call and calendars will {instead} (re-seat with: c2c bus assign --person NAME --stop STOP)")
        if self.waiting:
            lines.append(
                f"{_people(self.waiting)} not seated yet chose {self.stop} and no other route stops there: "
                f"c2c bus assign --auto will put them on the waitlist until their stop is changed")
        return lines


def _people(count: int) -> str:
    return f"{count} participant{'' if count == 1 else 's'}"


def stop_users(session: Session, mission: Mission, coach: Coach, leg: Leg, stop_name: str) -> StopUsers:
    """Who gets on or off at this stop of the leg, and who asked for it without a seat yet."""
    stops = stops_of(session, leg)
    found = find_stop(stops, coach, leg, stop_name)
    remaining = [s for s in stops if s.id != found.id]
    seats = assignments(session, mission)
    pickups = {seat.id: seat.pickup_stop for seat in seats.values()}
    people = travellers(session, mission)
    fallbacks: Counter[str] = Counter()
    seated = 0
    for passenger in leg_passengers(session, mission, coach, leg, people):
        ends = (passenger.stop.id, passenger.drop_off.id if passenger.drop_off else None)
        if found.id not in ends:
            continue
        seated += 1
        if remaining:
            on, off = stops_for(leg, remaining, pickups.get(passenger.seat_id))
            fallbacks[(off or on).name] += 1
    return StopUsers(
        coach=coach.name, leg=leg.name, stop=found.name, getting_off=leg.kind == LegKind.return_.value,
        seated=seated, fallback=fallbacks.most_common(1)[0][0] if fallbacks else None,
        waiting=_waiting_for(found.name, people, seats, pickup_stops(session, mission, found)),
    )


def _waiting_for(stop: str, people: dict[int, Traveller], seats: dict[int, SeatAssignment],
                 offered_after: dict[int, list[str]]) -> int:
    still_offered = [name for names in offered_after.values() for name in names]
    count = 0
    for pid, person in people.items():
        seat = seats.get(pid)
        if person.cancelled or not person.bus_stop or (seat is not None and seat.coach_id is not None):
            continue
        if match_stop(person.bus_stop, [stop]) is not None and match_stop(person.bus_stop, still_offered) is None:
            count += 1
    return count
