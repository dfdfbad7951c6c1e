"""Routes: each coach's legs (outbound, return, transfers) as ordered stops with times."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from c2c.errors import Conflict, InvalidInput
from c2c.names import resolve
from c2c.services.buses.common import find_leg, legs_of, list_coaches, stops_of
from c2c.services.buses.matching import stop_key
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
) -> Stop:
    """Append a stop to a leg (created on its first stop); times must increase along the leg."""
    name = clean_spaces(stop_name)
    if not name:
        raise InvalidInput("a stop needs a name")
    leg = find_leg(session, coach, leg_name) or _new_leg(session, mission, coach, leg_name, kind, day)
    stops = stops_of(session, leg)
    assert leg.id is not None
    stop = Stop(leg_id=leg.id, position=len(stops) + 1, name=name, time=at, day_offset=day_offset,
                address=address)
    if stops and stop.order <= stops[-1].order:
        last = stops[-1]
        raise InvalidInput(
            f"times must increase along a leg: {name!r} at {stop.clock} is not after "
            f"{last.name!r} at {last.clock} ({coach.name}, {leg.name})",
            hint=f"after midnight? write {stop.clock}+1" if _past_midnight(last, stop) else None,
        )
    if any(stop_key(s.name) == stop_key(name) for s in stops):
        raise Conflict(f"{name!r} is already a stop of {coach.name}, {leg.name}")
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
    """Per coach id, the stops people can board at: outbound stops but the last (the destination).

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
            names += [s.name for s in stops(leg)[:-1]]
        if not outbound:
            names += [s[0].name for s in (stops(g) for g in legs) if s]
        result[coach.id] = list(dict.fromkeys(names))
    return result
