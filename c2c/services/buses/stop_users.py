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
from c2c.services.buses.fleet import NamedStop, stops_for
from c2c.services.buses.matching import match_stop
from c2c.services.buses.roll_call import leg_passengers
from c2c.services.buses.routes import find_stop, pickup_stops
from c2c.store.models import Coach, Leg, LegKind, Mission, SeatAssignment, Stop


@dataclass(frozen=True)
class StopUsers:
    coach: str
    leg: str
    stop: str
    getting_off: bool  # a return leg: people get off at their stop rather than on
    seated: int  # seated on this coach, whose own stop on this leg (on, or off) moves
    moved_from: str  # where those people get on (or off) now
    fallback: str | None  # where the manifest puts them once the stop is gone; None: no stop left
    waiting: int  # asked for the stop, not seated yet, and no other route will stop there
    riders: int  # everyone on this leg of the coach
    end: str | None  # when the stop is the leg's end (outbound) or start (return): the stop taking its place

    @property
    def affected(self) -> int:
        return (self.riders if self.end is not None else self.seated) + self.waiting

    def question(self) -> str:
        return f"Remove {self.stop} from {self.coach}, {self.leg} ({_people(self.affected)} affected)?"

    def warnings(self) -> list[str]:
        """One line per group of people, saying what happens to them."""
        lines = []
        if self.end is not None and self.riders:
            where, verb = ("starts", "start") if self.getting_off else ("ends", "end")
            lines.append(f"{self.coach}, {self.leg}: {self.stop} is where the leg {where}; it would {verb} at "
                         f"{self.end} instead for its {_people(self.riders)}")
        if self.seated:
            one = self.seated == 1
            on_off = "off" if self.getting_off else "on"
            instead = (f"show them getting {on_off} at {self.fallback} instead" if self.fallback
                       else "leave them without a stop on this leg")
            lines.append(
                f"{self.coach}, {self.leg}: {_people(self.seated)} {'gets' if one else 'get'} {on_off} at "
                f"{self.moved_from}; {'they keep their seat' if one else 'they keep their seats'}, but the manifest, "
                f"roll call and calendars will {instead} (re-seat with: c2c bus assign --person NAME --stop STOP)")
        if self.waiting:
            lines.append(
                f"{_people(self.waiting)} not seated yet chose {self.stop} and no other route stops there: "
                f"c2c bus assign --auto will put them on the waitlist until their stop is changed")
        return lines


def _people(count: int) -> str:
    return f"{count} participant{'' if count == 1 else 's'}"


def find_stop_users(session: Session, mission: Mission, coach: Coach, leg: Leg, stop_name: str) -> StopUsers:
    """Who gets on or off at this stop of the leg, and who asked for it without a seat yet.

    The leg's own end (an outbound's destination, a return's departure) is nobody's chosen
    stop, yet removing it moves the whole leg; and the stop next to it becomes the new end,
    so the people who chose that one lose it too. Comparing each passenger's own stop before
    and after covers both.
    """
    stops = stops_of(session, leg)
    found = find_stop(stops, coach, leg, stop_name)
    remaining = [s for s in stops if s.id != found.id]
    getting_off = leg.kind == LegKind.return_.value
    seats = assignments(session, mission)
    pickups = {seat.id: seat.pickup_stop for seat in seats.values()}
    people = travellers(session, mission)
    moved_from: Counter[str] = Counter()
    fallbacks: Counter[str] = Counter()
    passengers = leg_passengers(session, mission, coach, leg)
    for passenger in passengers:
        before = _own_stop(getting_off, passenger.stop, passenger.drop_off)
        after = _own_stop(getting_off, *stops_for(leg.kind, remaining, pickups.get(passenger.seat_id))) if remaining else None
        if after is None or after.id != before.id:
            moved_from[before.name] += 1
            if after is not None:
                fallbacks[after.name] += 1
    return StopUsers(
        coach=coach.name, leg=leg.name, stop=found.name, getting_off=getting_off,
        seated=sum(moved_from.values()), moved_from=_most(moved_from) or found.name, fallback=_most(fallbacks),
        waiting=_waiting_for(found.name, people, seats, pickup_stops(session, mission, found)),
        riders=len(passengers), end=_new_end(leg, stops, found, remaining),
    )


def _own_stop(getting_off: bool, on: NamedStop, off: NamedStop | None) -> NamedStop:
    return off if getting_off and off is not None else on


def _most(counts: Counter[str]) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


def _new_end(leg: Leg, stops: list[Stop], found: Stop, remaining: list[Stop]) -> str | None:
    """The stop that takes over when ``found`` is the leg's end or start; None otherwise, or if none is left."""
    if leg.kind == LegKind.outbound.value and found.destination and remaining:
        return remaining[-1].name
    if leg.kind == LegKind.return_.value and found.id == stops[0].id and remaining:
        return remaining[0].name
    return None


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
