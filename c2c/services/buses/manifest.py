"""The driver's manifest (per coach and leg: stops, times, who gets on) and calendar items.

Read through a ``Reader``, with no SQLAlchemy here: ``c2c bus manifest`` takes the fast path;
``c2c demo`` and the calendar export pass ``session_reader(session)``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict
from zoneinfo import ZoneInfo

from c2c.phones import format_phone
from c2c.services.buses.fleet import Fleet, LegPassenger, LegRecord, local_datetime, named_coach

if TYPE_CHECKING:
    from c2c.services.missions import MissionRef
    from c2c.store.reading import Reader


@dataclass(frozen=True)
class CoachStopItem:
    key: str  # e.g. "coach:3:outbound:stop:7"
    start: dt.datetime  # pick-up time at the stop
    leg: str  # outbound, return or transfer
    stop: str
    coach: str
    participation_ids: tuple[int, ...]  # who boards here
    address: str | None = None
    driver_phone: str | None = None
    destination: str | None = None
    end: dt.datetime | None = None  # arrival at the leg's last stop, when known


@dataclass
class ManifestPassenger:
    email: str | None
    name: str
    company: str | None
    phone: str | None
    boarded: bool
    boarded_at: str | None = None  # HH:MM in the mission's time zone
    drop_off: str | None = None  # return legs: where they get off


@dataclass
class ManifestStop:
    time: str  # HH:MM
    stop: str
    address: str | None
    day: str  # the leg's day, or the next one after midnight
    day_offset: int = 0
    passengers: list[ManifestPassenger] = field(default_factory=list)
    destination: bool = False  # where the leg arrives, said so by the coordinator (bus route add --destination)

    @property
    def clock(self) -> str:
        return self.time + (f"+{self.day_offset}" if self.day_offset else "")


@dataclass
class ManifestLeg:
    name: str
    kind: str
    day: str
    stops: list[ManifestStop] = field(default_factory=list)

    @property
    def label(self) -> str:
        """'outbound', or 'to Safran (transfer)' when the name does not say the kind."""
        return self.name if self.name == self.kind else f"{self.name} ({self.kind})"

    @property
    def passenger_count(self) -> int:
        return sum(len(s.passengers) for s in self.stops)


@dataclass
class ManifestCoach:
    coach: str
    seats: int
    reserved: int
    used: int
    free: int
    operator: str | None
    plate: str | None
    driver_phone: str | None
    legs: list[ManifestLeg] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_manifest(db: Reader, mission: MissionRef, coach_name: str | None = None) -> list[ManifestCoach]:
    """Per coach (or the one named) and leg in travel order: the stops, who gets on where, who has boarded."""
    fleet = Fleet.read(db, mission.id)
    coaches = [named_coach(fleet.coaches, coach_name, mission.slug)] if coach_name else fleet.coaches
    zone = ZoneInfo(mission.timezone)
    result = []
    for coach in coaches:
        legs = []
        used = 0
        for leg in coach.legs:
            passengers = fleet.leg_passengers(coach, leg)
            used = max(used, len(passengers))
            legs.append(_manifest_leg(leg, passengers, zone))
        if not legs:
            used = len(fleet.seated(coach))
        result.append(ManifestCoach(
            coach=coach.name, seats=coach.seats, reserved=coach.reserved_seats, used=used,
            free=max(coach.seats - coach.reserved_seats - used, 0), operator=coach.operator,
            plate=coach.plate, driver_phone=format_phone(coach.driver_phone), legs=legs,
        ))
    return result


def _manifest_leg(leg: LegRecord, passengers: list[LegPassenger], zone: ZoneInfo) -> ManifestLeg:
    stops = {
        s.id: ManifestStop(s.time.strftime("%H:%M"), s.name, s.address,
                           (leg.day + dt.timedelta(days=s.day_offset)).isoformat(), s.day_offset,
                           destination=s.destination)
        for s in leg.stops
    }
    for p in passengers:
        stops[p.stop.id].passengers.append(ManifestPassenger(
            email=p.person.email, name=p.person.name, company=p.person.company, phone=p.person.phone,
            boarded=p.boarded_at is not None,
            boarded_at=p.boarded_at.astimezone(zone).strftime("%H:%M") if p.boarded_at else None,
            drop_off=p.drop_off.name if p.drop_off else None,
        ))
    return ManifestLeg(leg.name, leg.kind, leg.day.isoformat(), list(stops.values()))


class ManifestRow(TypedDict):
    coach: str
    leg: str
    day: str
    time: str
    stop: str
    name: str | None
    company: str | None
    phone: str | None
    email: str | None
    boarded: bool | None
    drop_off: str | None


class ManifestLine(TypedDict):
    """A line of a leg's sheet: the stop on its first line only, then who gets on there."""

    clock: str | None
    stop: str | None
    name: str | None
    company: str | None
    phone: str | None
    drop_off: str | None
    boarded: bool | None
    boarded_at: str | None


def manifest_rows(coaches: list[ManifestCoach]) -> list[ManifestRow]:
    """One row per passenger (and per stop where nobody gets on), for csv."""
    rows: list[ManifestRow] = []
    for coach in coaches:
        for leg in coach.legs:
            for stop in leg.stops:
                if not stop.passengers:
                    rows.append({"coach": coach.coach, "leg": leg.name, "day": stop.day, "time": stop.time,
                                 "stop": stop.stop, "name": None, "company": None, "phone": None, "email": None,
                                 "boarded": None, "drop_off": None})
                rows += [{"coach": coach.coach, "leg": leg.name, "day": stop.day, "time": stop.time, "stop": stop.stop,
                          "name": p.name, "company": p.company, "phone": p.phone, "email": p.email,
                          "boarded": p.boarded, "drop_off": p.drop_off} for p in stop.passengers]
    return rows


def leg_lines(leg: ManifestLeg) -> list[ManifestLine]:
    """A leg's stops in order, each followed by who gets on there: the sheet a driver reads."""
    lines: list[ManifestLine] = []
    for stop in leg.stops:
        if not stop.passengers:
            lines.append({"clock": stop.clock, "stop": stop.stop, "name": None, "company": None, "phone": None,
                          "drop_off": None, "boarded": None, "boarded_at": None})
        for index, p in enumerate(stop.passengers):
            lines.append({"clock": stop.clock if index == 0 else None, "stop": stop.stop if index == 0 else None,
                          "name": p.name, "company": p.company, "phone": p.phone, "drop_off": p.drop_off,
                          "boarded": p.boarded, "boarded_at": p.boarded_at})
    return lines


def calendar_coach_stops(db: Reader, mission: MissionRef) -> list[CoachStopItem]:
    """Every pick-up of every leg, with who gets on there, for the calendar export."""
    fleet = Fleet.read(db, mission.id)
    items = []
    for coach in fleet.coaches:
        for leg in coach.legs:
            stops = leg.stops
            if len(stops) < 2:
                continue
            boarding: dict[int | None, list[int]] = {}
            for p in fleet.leg_passengers(coach, leg):
                boarding.setdefault(p.stop.id, []).append(p.person.participation_id)
            last = stops[-1]
            arrival = local_datetime(mission.timezone, leg.day, last.time, last.day_offset)
            for stop in stops[:-1]:
                items.append(CoachStopItem(
                    key=f"coach:{coach.id}:{leg.kind}:stop:{stop.id}",
                    start=local_datetime(mission.timezone, leg.day, stop.time, stop.day_offset),
                    leg=leg.kind, stop=stop.name, coach=coach.name,
                    participation_ids=tuple(sorted(boarding.get(stop.id, []))),
                    address=stop.address, driver_phone=format_phone(coach.driver_phone),
                    destination=last.name, end=arrival,
                ))
    return sorted(items, key=lambda i: (i.start, i.coach))


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
