"""Routes: each coach's legs (outbound, return, transfers) as ordered stops with times."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from c2c.errors import Conflict, InvalidInput
from c2c.names import resolve
from c2c.parsing import DayClock
from c2c.services.buses.common import find_leg, legs_of, list_coaches, stops_of
from c2c.services.buses.matching import stop_key
from c2c.services.wall_clock import require_single_moment
from c2c.store.models import Coach, Leg, LegKind, Mission, Stop
from c2c.text import clean_spaces

LEG_KINDS = tuple(k.value for k in LegKind)


def add_stop(
    session: Session,
    mission: Mission,
    coach: Coach,
    leg_name: str,
    stop_name: str,
    at: dt.time,
    *,
    day_offset: int = 0,
    address: str | None = None,
    kind: str | None = None,
    day: dt.date | None = None,
    destination: bool = False,
    before: str | None = None,
    after: str | None = None,
) -> Stop:
    """Add a stop to a leg (created on its first stop): last, or ``before``/``after`` a stop of it.

    Times increase along a leg; its destination, when said, is its last stop.
    """
    name = clean_spaces(stop_name)
    if not name:
        raise InvalidInput("a stop needs a name")
    if before and after:
        raise InvalidInput("a new stop goes before one stop or after one, not both")
    leg = find_leg(session, coach, leg_name) or _new_leg(session, mission, coach, leg_name, kind, day)
    require_single_moment(mission.timezone, leg.day + dt.timedelta(days=day_offset), at, f"stop {name!r}")
    stops = stops_of(session, leg)
    index = _insertion_index(stops, coach, leg, before, after, destination)
    assert leg.id is not None
    stop = Stop(leg_id=leg.id, position=index + 1, name=name, time=at, day_offset=day_offset,
                address=address, destination=destination)
    if any(stop_key(s.name) == stop_key(name) for s in stops):
        raise Conflict(f"{name!r} is already a stop of {coach.name}, {leg.name}")
    _check_times(stops[:index], stop, stops[index:], coach, leg)
    for later in reversed(stops[index:]):  # one by one from the end: (leg, position) is unique
        later.position += 1
        session.add(later)
        session.flush()
    session.add(stop)
    session.flush()
    return stop


def _insertion_index(stops: list[Stop], coach: Coach, leg: Leg, before: str | None, after: str | None,
                     destination: bool) -> int:
    """Where a new stop goes among ``stops``: never past the leg's destination."""
    arrival = next((s for s in stops if s.destination), None)
    if destination and arrival is not None:
        raise Conflict(f"{coach.name}, {leg.name} already arrives at {arrival.name}",
                       hint=f"change it with: c2c bus route edit --leg {leg.name!r} --stop {arrival.name!r} …")
    if before or after:
        if destination:
            raise InvalidInput("the destination is the leg's last stop: it goes after every other")
        anchor = find_stop(stops, coach, leg, before or after or "")
        index = stops.index(anchor) + (0 if before else 1)
    else:
        index = len(stops)
    if arrival is not None and index > stops.index(arrival):
        raise InvalidInput(f"{arrival.name} is where {coach.name}, {leg.name} arrives: a stop goes before it",
                           hint=f"c2c bus route add --leg {leg.name!r} --stop NAME --at HH:MM --before {arrival.name!r}")
    return index


def _check_times(earlier: list[Stop], stop: Stop, later: list[Stop], coach: Coach, leg: Leg) -> None:
    """Times increase along a leg: the stop comes after the one before it and before the next."""
    if earlier and stop.order <= earlier[-1].order:
        last = earlier[-1]
        raise InvalidInput(
            f"times must increase along a leg: {stop.name!r} at {stop.clock} is not after "
            f"{last.name!r} at {last.clock} ({coach.name}, {leg.name})",
            hint=f"after midnight? write {stop.clock}+1" if _past_midnight(last, stop) else None,
        )
    if later and stop.order >= later[0].order:
        nxt = later[0]
        raise InvalidInput(f"times must increase along a leg: {stop.name!r} at {stop.clock} is not before "
                           f"{nxt.name!r} at {nxt.clock} ({coach.name}, {leg.name})")


def edit_stop(session: Session, coach: Coach, leg: Leg, stop_name: str, *, name: str | None = None,
              at: DayClock | None = None, address: str | None = None) -> Stop:
    """Change a stop's name, time or address (an empty address clears it); its place stays."""
    stops = stops_of(session, leg)
    stop = find_stop(stops, coach, leg, stop_name)
    index = stops.index(stop)
    if name is not None:
        new_name = clean_spaces(name)
        if not new_name:
            raise InvalidInput("a stop needs a name")
        if any(stop_key(s.name) == stop_key(new_name) for s in stops if s is not stop):
            raise Conflict(f"{new_name!r} is already a stop of {coach.name}, {leg.name}")
        stop.name = new_name
    if at is not None:
        stop.time, stop.day_offset = at.time, at.day_offset
        _check_times(stops[:index], stop, stops[index + 1:], coach, leg)
    if address is not None:
        stop.address = clean_spaces(address) or None
    session.add(stop)
    session.flush()
    return stop


def _past_midnight(last: Stop, stop: Stop) -> bool:
    # an evening stop followed by an early-morning one: a late return, not a typo
    return stop.day_offset == last.day_offset and last.time.hour >= 18 and stop.time.hour < 6


def _new_leg(
    session: Session, mission: Mission, coach: Coach, name: str, kind: str | None, day: dt.date | None
) -> Leg:
    leg_name = clean_spaces(name)
    leg_kind = (kind or leg_name).strip().lower()
    if leg_kind not in LEG_KINDS:
        raise InvalidInput(
            f"leg {name!r} is new and its kind is unknown: name it outbound, return or transfer, or give its kind",
            hint=f'c2c bus route add --leg "{leg_name}" --kind outbound|return|transfer …',
        )
    default_day = mission.end_date if leg_kind == LegKind.return_.value else mission.start_date
    assert coach.id is not None
    leg = Leg(coach_id=coach.id, kind=leg_kind, name=leg_name, day=day or default_day)
    session.add(leg)
    session.flush()
    return leg


def find_stop(stops: list[Stop], coach: Coach, leg: Leg, stop_name: str) -> Stop:
    return resolve(stops, stop_name, lambda s: [s.name], what="stop", where=f"on {coach.name}, {leg.name}",
                   hint=f"its stops: {', '.join(s.name for s in stops) or 'none yet'}")


def remove_stop(session: Session, coach: Coach, leg: Leg, stop_name: str) -> Stop:
    stops = stops_of(session, leg)
    found = find_stop(stops, coach, leg, stop_name)
    session.delete(found)
    session.flush()
    # close the gap so positions stay 1..n (shift one by one: the (leg, position) key is unique)
    for stop in stops:
        if stop.position > found.position:
            stop.position -= 1
            session.add(stop)
            session.flush()
    return found


def remove_leg(session: Session, leg: Leg) -> None:
    session.delete(leg)
    session.flush()


def pickup_stops(session: Session, mission: Mission, leaving_out: Stop | None = None) -> dict[int, list[str]]:
    """Per coach id, the stops people can board at: outbound stops but the destination.

    A coach without an outbound leg (a shuttle) takes people at the first stop of its legs.
    ``leaving_out`` gives the stops there would be once that stop is removed.
    """
    def stops(leg: Leg) -> list[Stop]:
        return [s for s in stops_of(session, leg) if leaving_out is None or s.id != leaving_out.id]

    result: dict[int, list[str]] = {}
    for coach in list_coaches(session, mission):
        assert coach.id is not None
        names: list[str] = []
        legs = legs_of(session, coach)
        outbound = [g for g in legs if g.kind == LegKind.outbound.value]
        for leg in outbound:
            names += [s.name for s in stops(leg) if not s.destination]
        if not outbound:
            names += [s[0].name for s in (stops(g) for g in legs) if s]
        result[coach.id] = list(dict.fromkeys(names))
    return result
