"""A mission's coaches as the store holds them, read through a ``Reader``: no SQLAlchemy here.

The coach views (routes, status, waitlist, manifest, calendar pick-ups) are built from these
records. Read commands pass the fast path's reader; write commands that show the same views
pass ``session_reader(session)``, so each view is written once. The rules of who gets on
where (``stops_for``) and in which order (``leg_passengers``) live here for the ORM services too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar
from zoneinfo import ZoneInfo

from c2c.names import resolve
from c2c.parsing import DayClock
from c2c.phones import format_phone
from c2c.services.buses.matching import match_stop
from c2c.store.reading import as_date, as_datetime, as_time
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.store.reading import Reader

CANCELLED = "cancelled"
# the values of LegKind (c2c.store.models.buses), without importing the models
OUTBOUND, RETURN, TRANSFER = "outbound", "return", "transfer"


class Named(Protocol):
    @property
    def name(self) -> str: ...


class NamedStop(Named, Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def position(self) -> int: ...
    @property
    def destination(self) -> bool: ...


N = TypeVar("N", bound=Named)
S = TypeVar("S", bound=NamedStop)


@dataclass(frozen=True)
class Traveller:
    """A participant as the coach needs them: who, how to call them, where they want on."""

    participation_id: int
    name: str
    email: str | None
    phone: str | None
    company: str | None
    company_id: int | None
    bus_stop: str | None
    cancelled: bool
    at_home: bool = False  # of the host cluster: travels only when a stop is given
    surname_first: str = ""  # 'Rossi Anna', which people type too


@dataclass(frozen=True)
class StopRecord:
    id: int
    position: int
    name: str
    time: dt.time  # wall-clock time in the mission's time zone
    day_offset: int
    address: str | None
    destination: bool = False

    @property
    def clock(self) -> str:
        """'06:30', or '00:20+1' after midnight."""
        return DayClock(self.time, self.day_offset).clock

    @property
    def order(self) -> tuple[int, dt.time]:
        return DayClock(self.time, self.day_offset).order


@dataclass(frozen=True)
class LegRecord:
    id: int
    kind: str
    name: str
    day: dt.date
    stops: list[StopRecord] = field(default_factory=list)


@dataclass(frozen=True)
class CoachRecord:
    id: int
    name: str
    seats: int
    reserved_seats: int
    operator: str | None
    plate: str | None
    driver_phone: str | None
    legs: list[LegRecord] = field(default_factory=list)  # in travel order


@dataclass(frozen=True)
class SeatRecord:
    id: int
    participation_id: int
    coach_id: int | None
    pickup_stop: str | None
    waitlist_reason: str | None


@dataclass(frozen=True)
class LegPassenger:
    seat_id: int
    person: Traveller
    stop: StopRecord  # where they get on for this leg
    drop_off: StopRecord | None  # where they get off, on a return leg
    boarded_at: dt.datetime | None

    def label(self) -> str:
        phone = f" ({self.person.phone})" if self.person.phone else ""
        return f"{self.person.name}{phone}"


def travel_key(day: dt.date, first: dt.time | None, leg_id: int) -> tuple[dt.date, dt.time, int]:
    """Legs in travel order: by day, then by their first stop's time."""
    return (day, first or dt.time(0), leg_id)


def read_coaches(db: Reader, mission_id: int) -> list[CoachRecord]:
    """The mission's coaches by id, each with its legs in travel order and their stops in order."""
    params = {"mission": mission_id}
    stops: dict[int, list[StopRecord]] = {}
    for s in db.rows(
        "SELECT st.id, st.leg_id, st.position, st.name, st.time, st.day_offset, st.address, st.destination "
        "FROM coach_stop AS st "
        "JOIN coach_leg AS l ON l.id = st.leg_id JOIN coach AS c ON c.id = l.coach_id "
        "WHERE c.mission_id = :mission ORDER BY st.leg_id, st.position", params,
    ):
        stops.setdefault(s["leg_id"], []).append(StopRecord(
            s["id"], s["position"], s["name"], as_time(s["time"]), s["day_offset"], s["address"], bool(s["destination"])))
    legs: dict[int, list[LegRecord]] = {}
    for g in db.rows(
        "SELECT l.id, l.coach_id, l.kind, l.name, l.day FROM coach_leg AS l JOIN coach AS c ON c.id = l.coach_id "
        "WHERE c.mission_id = :mission", params,
    ):
        legs.setdefault(g["coach_id"], []).append(
            LegRecord(g["id"], g["kind"], g["name"], as_date(g["day"]), stops.get(g["id"], [])))
    return [
        CoachRecord(c["id"], c["name"], c["seats"], c["reserved_seats"], c["operator"], c["plate"], c["driver_phone"],
                    sorted(legs.get(c["id"], []), key=lambda g: travel_key(
                        g.day, g.stops[0].time if g.stops else None, g.id)))
        for c in db.rows(
            "SELECT id, name, seats, reserved_seats, operator, plate, driver_phone FROM coach "
            "WHERE mission_id = :mission ORDER BY id", params,
        )
    ]


def find_named(items: Sequence[N], name: str) -> N | None:
    """The item whose name is ``name``, case and accents ignored."""
    key = fold(name)
    return next((i for i in items if fold(i.name) == key), None)


def named_coach(coaches: Sequence[N], name: str, mission_slug: str) -> N:
    """The coach called ``name``, or NotFound with the closest name as a hint."""
    return find_named(coaches, name) or resolve(coaches, name, lambda c: [c.name], what="coach",
                                                where=f"on mission {mission_slug}", hint="see the coaches with: c2c bus list")


def read_travellers(db: Reader, mission_id: int) -> dict[int, Traveller]:
    """Every participant of the mission, in one query, keyed by participation id."""
    rows = db.rows(
        "SELECT pa.id, pa.bus_stop, pa.status, pe.first_name, pe.last_name, pe.email, pe.phone, "
        "co.id AS company_id, co.name AS company, co.cluster_id, m.host_cluster_id "
        "FROM participation AS pa JOIN mission AS m ON m.id = pa.mission_id "
        "JOIN person AS pe ON pe.id = pa.person_id LEFT JOIN company AS co ON co.id = pe.company_id "
        "WHERE pa.mission_id = :mission ORDER BY pa.id",
        {"mission": mission_id},
    )
    return {
        r["id"]: Traveller(
            participation_id=r["id"],
            name=f"{r['first_name']} {r['last_name']}".strip(),
            email=r["email"],
            phone=format_phone(r["phone"]),  # for reading: the manifest, the roll call
            company=r["company"],
            company_id=r["company_id"],
            bus_stop=r["bus_stop"],
            cancelled=r["status"] == CANCELLED,
            at_home=r["cluster_id"] is not None and r["cluster_id"] == r["host_cluster_id"],
            surname_first=f"{r['last_name']} {r['first_name']}".strip(),
        )
        for r in rows
    }


def read_seats(db: Reader, mission_id: int) -> list[SeatRecord]:
    """The mission's seat assignments (and waitlist places), by id."""
    return [
        SeatRecord(r["id"], r["participation_id"], r["coach_id"], r["pickup_stop"], r["waitlist_reason"])
        for r in db.rows(
            "SELECT s.id, s.participation_id, s.coach_id, s.pickup_stop, s.waitlist_reason FROM seat_assignment AS s "
            "JOIN participation AS pa ON pa.id = s.participation_id WHERE pa.mission_id = :mission ORDER BY s.id",
            {"mission": mission_id},
        )
    ]


def read_boardings(db: Reader, mission_id: int) -> dict[tuple[int, int], dt.datetime]:
    """(seat id, leg id) -> when they boarded, in UTC."""
    return {
        (r["seat_assignment_id"], r["leg_id"]): _utc(as_datetime(r["boarded_at"]))
        for r in db.rows(
            "SELECT b.seat_assignment_id, b.leg_id, b.boarded_at FROM boarding AS b "
            "JOIN coach_leg AS l ON l.id = b.leg_id JOIN coach AS c ON c.id = l.coach_id "
            "WHERE c.mission_id = :mission", {"mission": mission_id},
        )
    }


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; c2c only ever stores UTC
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def stops_for(kind: str, stops: Sequence[S], pickup: str | None) -> tuple[S, S | None]:
    """Outbound: on at their stop. Return: on at the first stop, off at theirs. Transfer: the first."""
    def named(candidates: Sequence[S]) -> S | None:
        name = match_stop(pickup, [s.name for s in candidates]) if pickup else None
        return next((s for s in candidates if s.name == name), None)

    if kind == OUTBOUND:
        return named([s for s in stops if not s.destination]) or stops[0], None
    if kind == RETURN:
        return stops[0], named(stops[1:]) or stops[-1]
    return stops[0], None


@dataclass(frozen=True)
class Fleet:
    """Everything the coach views read, in four queries: coaches, people, seats, boardings."""

    coaches: list[CoachRecord]
    people: dict[int, Traveller]
    seats: list[SeatRecord]
    boarded: dict[tuple[int, int], dt.datetime]

    @classmethod
    def read(cls, db: Reader, mission_id: int) -> Fleet:
        return cls(read_coaches(db, mission_id), read_travellers(db, mission_id), read_seats(db, mission_id),
                   read_boardings(db, mission_id))

    def seated(self, coach: CoachRecord) -> list[SeatRecord]:
        """Who sits on the coach; a cancelled person's seat is free even before it is released."""
        return [s for s in self.seats if s.coach_id == coach.id and not self.people[s.participation_id].cancelled]

    def leg_passengers(self, coach: CoachRecord, leg: LegRecord) -> list[LegPassenger]:
        """The coach's passengers on this leg, in stop order then by name."""
        if not leg.stops:
            return []
        result = []
        for seat in self.seated(coach):
            on, off = stops_for(leg.kind, leg.stops, seat.pickup_stop)
            result.append(LegPassenger(seat.id, self.people[seat.participation_id], on, off,
                                       self.boarded.get((seat.id, leg.id))))
        # on the way home, in the order people get off
        return sorted(result, key=lambda p: (p.stop.position, p.drop_off.position if p.drop_off else 0,
                                             p.person.name.casefold()))


def local_datetime(zone: str, day: dt.date, time: dt.time, day_offset: int = 0) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=day_offset), time, tzinfo=ZoneInfo(zone))
