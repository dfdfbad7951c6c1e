"""Look-ups shared by the coach services: coaches, legs, stops and participants by name."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from c2c.errors import InvalidInput, NotFound
from c2c.names import person_names, resolve
from c2c.services.buses.fleet import Traveller, find_named, named_coach, read_travellers, travel_key
from c2c.store.models import (
    Coach,
    Leg,
    Mission,
    Participation,
    SeatAssignment,
    Stop,
)
from c2c.store.reading import session_reader
from c2c.text import fold

__all__ = ["Traveller"]  # re-exported for the services that import it from here


def mission_zone(mission: Mission) -> ZoneInfo:
    return ZoneInfo(mission.timezone)


def local_datetime(mission: Mission, day: dt.date, time: dt.time, day_offset: int = 0) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=day_offset), time, tzinfo=mission_zone(mission))


def stop_datetime(mission: Mission, leg: Leg, stop: Stop) -> dt.datetime:
    return local_datetime(mission, leg.day, stop.time, stop.day_offset)


def as_utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; c2c only ever stores UTC
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def list_coaches(session: Session, mission: Mission) -> list[Coach]:
    query = select(Coach).where(Coach.mission_id == mission.id).order_by(col(Coach.id))
    return list(session.exec(query).all())


def find_coach(session: Session, mission: Mission, name: str) -> Coach | None:
    return find_named(list_coaches(session, mission), name)


def get_coach(session: Session, mission: Mission, name: str) -> Coach:
    return named_coach(list_coaches(session, mission), name, mission.slug)


def only_coach(session: Session, mission: Mission, name: str | None) -> Coach:
    """The coach named, or the mission's only coach when no name is given."""
    if name:
        return get_coach(session, mission, name)
    coaches = list_coaches(session, mission)
    if len(coaches) == 1:
        return coaches[0]
    if not coaches:
        raise NotFound(f"mission {mission.slug} has no coach yet", hint='add one with: c2c bus add --name "Coach 1" --seats 50')
    raise InvalidInput("this mission has several coaches: say which one", hint=", ".join(c.name for c in coaches))


def legs_of(session: Session, coach: Coach) -> list[Leg]:
    """The coach's legs in travel order: by day, then by their first stop's time."""
    legs = list(session.exec(select(Leg).where(Leg.coach_id == coach.id)).all())
    first = {leg.id: stops_of(session, leg)[:1] for leg in legs}
    return sorted(legs, key=lambda g: travel_key(g.day, first[g.id][0].time if first[g.id] else None, g.id or 0))


def stops_of(session: Session, leg: Leg) -> list[Stop]:
    return list(session.exec(select(Stop).where(Stop.leg_id == leg.id).order_by(col(Stop.position))).all())


def find_leg(session: Session, coach: Coach, name: str) -> Leg | None:
    """A leg by its name, or by its kind when the coach has one leg of that kind."""
    legs = legs_of(session, coach)
    key = fold(name)
    named = [g for g in legs if fold(g.name) == key]
    if named:
        return named[0]
    of_kind = [g for g in legs if g.kind == key]
    return of_kind[0] if len(of_kind) == 1 else None


def get_leg(session: Session, coach: Coach, name: str) -> Leg:
    leg = find_leg(session, coach, name)
    if leg is None:
        names = ", ".join(g.name for g in legs_of(session, coach)) or "none yet"
        raise NotFound(f"{coach.name} has no leg {name!r}", hint=f"its legs: {names}")
    return leg


def travellers(session: Session, mission: Mission) -> dict[int, Traveller]:
    """Every participant of the mission, in one query, keyed by participation id."""
    assert mission.id is not None
    return read_travellers(session_reader(session), mission.id)


def find_traveller(session: Session, mission: Mission, who: str) -> Traveller:
    """A participant by e-mail or by name ('Anna Rossi', 'rossi anna'), case and accents ignored."""
    return resolve(list(travellers(session, mission).values()), who,
                   lambda t: person_names(t.name, t.surname_first, t.email), what="participant",
                   where=f"on mission {mission.slug}", hint="give the e-mail or the full name",
                   ambiguous="give the e-mail instead")


def assignments(session: Session, mission: Mission) -> dict[int, SeatAssignment]:
    """Seat assignments of the mission, keyed by participation id."""
    query = (
        select(SeatAssignment)
        .join(Participation, col(Participation.id) == SeatAssignment.participation_id)
        .where(Participation.mission_id == mission.id)
    )
    return {a.participation_id: a for a in session.exec(query).all()}
