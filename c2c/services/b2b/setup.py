"""B2B meetings of a mission: the session and its slots, companies, availability.

Wishes live in ``wishes``; the timetable (scheduling, fixes) in ``timetable``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from c2c.company_names import company_key
from c2c.errors import InvalidInput
from c2c.names import resolve
from c2c.parsing import TimeRange, parse_time_range
from c2c.services.b2b.solver.problem import AM, PM
from c2c.store.reading import as_date, as_json, as_time, session_reader
from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.missions import MissionRef
    from c2c.store.models import B2BMeeting, Company, Mission
    from c2c.store.reading import Reader

PRIORITIES = (1, 2, 3)
SESSIONS = (AM, PM)
NOON = dt.time(13, 0)


@dataclass(frozen=True)
class Slot:
    index: int
    start: dt.time
    end: dt.time

    @property
    def label(self) -> str:
        return self.start.strftime("%H:%M")


@dataclass(frozen=True)
class CompanyRef:
    """A company taking part in a mission, as the B2B views name it."""

    id: int
    name: str
    name_key: str


def company_refs(db: Reader, mission_id: int) -> list[CompanyRef]:
    """Companies with at least one person taking part in the mission (not cancelled), by name."""
    rows = db.rows(
        "SELECT DISTINCT c.id, c.name, c.name_key FROM company AS c "
        "JOIN person AS pe ON pe.company_id = c.id JOIN participation AS pa ON pa.person_id = pe.id "
        "WHERE pa.mission_id = :mission AND pa.status != :cancelled", {"mission": mission_id, "cancelled": "cancelled"})
    return sorted((CompanyRef(r["id"], r["name"], r["name_key"]) for r in rows), key=lambda c: (fold(c.name), c.id))


def mission_companies(session: Session, mission: Mission) -> list[Company]:
    """The companies of ``company_refs`` as stored objects, for the paths that change them."""
    from sqlmodel import col, select

    from c2c.store.models import Company

    ids = [c.id for c in company_refs(session_reader(session), mission.id or 0)]
    found = {c.id: c for c in session.exec(select(Company).where(col(Company.id).in_(ids))).all()}
    return [found[i] for i in ids]


def find_company(session: Session, mission: Mission, name: str) -> Company:
    from c2c.store.models import Company

    ref = company_named(session_reader(session), mission.id or 0, mission.slug, name)
    found = session.get(Company, ref.id)
    assert found is not None
    return found


def company_named(db: Reader, mission_id: int, slug: str, name: str) -> CompanyRef:
    """The mission's company ``name`` names: the whole name, else the one it begins."""
    companies = company_refs(db, mission_id)
    same = [c for c in companies if c.name_key == company_key(name)]
    return same[0] if same else resolve(companies, name, lambda c: [c.name], what="company", where=f"in mission {slug}",
                                        hint=f"see them with: c2c companies list --mission {slug}")


class SessionTimes(Protocol):
    """What the slots of a session are made of: the stored setup, or one read through a ``Reader``."""

    @property
    def start(self) -> dt.time: ...
    @property
    def end(self) -> dt.time: ...
    @property
    def slot_minutes(self) -> int: ...
    @property
    def breaks(self) -> list[Any]: ...


@dataclass(frozen=True)
class SessionSetup:
    """The B2B session of a mission as read: wall-clock times in the mission's time zone."""

    day: dt.date
    start: dt.time
    end: dt.time
    slot_minutes: int
    tables: int
    breaks: list[Any]


def find_setup(db: Reader, mission_id: int) -> SessionSetup | None:
    found = db.rows('SELECT day, start, "end", slot_minutes, tables, breaks FROM b2b_setup WHERE mission_id = :mission',
                    {"mission": mission_id})
    if not found:
        return None
    row = found[0]
    return SessionSetup(as_date(row["day"]), as_time(row["start"]), as_time(row["end"]), row["slot_minutes"],
                        row["tables"], as_json(row["breaks"]))


@dataclass(frozen=True)
class Availability:
    """When a company can meet, and how many meetings it can hold at once."""

    available_from: dt.time | None
    available_until: dt.time | None
    capacity: int
    away: list[str] = field(default_factory=list)  # 'HH:MM-HH:MM' windows inside the session


class Hours(Protocol):
    """When a company is there: the stored row, or an ``Availability`` read through a ``Reader``."""

    @property
    def available_from(self) -> dt.time | None: ...
    @property
    def available_until(self) -> dt.time | None: ...
    @property
    def away(self) -> list[str]: ...


def availabilities(db: Reader, mission_id: int) -> dict[int, Availability]:
    """The availability said for each company (by id) that has one."""
    rows = db.rows("SELECT company_id, available_from, available_until, capacity, away FROM b2b_company "
                   "WHERE mission_id = :mission", {"mission": mission_id})
    return {r["company_id"]: Availability(_clock(r["available_from"]), _clock(r["available_until"]), r["capacity"],
                                          list(as_json(r["away"]) or []))
            for r in rows}


def _clock(value: Any) -> dt.time | None:
    return None if value is None else as_time(value)


def get_setup(db: Reader, mission: MissionRef) -> SessionSetup:
    setup = find_setup(db, mission.id)
    if setup is None:
        raise InvalidInput(
            f"mission {mission.slug} has no B2B session yet",
            hint="c2c b2b setup --start 14:00 --end 17:30 --slot 20m --tables 12",
        )
    return setup


def setup_b2b(
    session: Session,
    mission: Mission,
    start: dt.time,
    end: dt.time,
    slot_minutes: int,
    tables: int,
    breaks: Sequence[tuple[dt.time, dt.time]],
    day: dt.date | None = None,
) -> list[Slot]:
    """Create or replace the B2B session; returns its slots."""
    from c2c.store.models import B2BSetup

    if end <= start:
        raise InvalidInput(f"the session would end at {end:%H:%M}, not after it starts at {start:%H:%M}")
    if tables < 1:
        raise InvalidInput(f"a session needs at least 1 table, not {tables}")
    if day is not None and not mission.start_date <= day <= mission.end_date:
        raise InvalidInput(f"{day:%Y-%m-%d} is not a day of the mission ({mission.start_date:%Y-%m-%d} to "
                           f"{mission.end_date:%Y-%m-%d})")
    setup = session.get(B2BSetup, mission.id) or B2BSetup(mission_id=mission.id or 0, day=mission.start_date,
                                                          start=start, end=end)
    setup.day = day or setup.day or mission.start_date
    setup.start, setup.end, setup.slot_minutes, setup.tables = start, end, slot_minutes, tables
    for pause in breaks:
        if not (pause[0] < end and start < pause[1]):
            raise InvalidInput(f"the break {pause[0]:%H:%M}-{pause[1]:%H:%M} is outside the session "
                               f"{start:%H:%M}–{end:%H:%M}")
    setup.breaks = [f"{a:%H:%M}-{b:%H:%M}" for a, b in breaks]
    slots = session_slots(setup)
    if not slots:
        raise InvalidInput(f"no {slot_minutes}-minute slot fits between {start:%H:%M} and {end:%H:%M}")
    session.add(setup)
    session.flush()
    return slots


def off_the_session(session: Session, mission: Mission) -> list[B2BMeeting]:
    """Placed meetings whose time is no slot of the session, or whose table it does not have."""
    from sqlmodel import col, select

    from c2c.services.missions import ref_of
    from c2c.store.models import B2BMeeting

    setup = get_setup(session_reader(session), ref_of(mission))
    starts = {slot.start for slot in session_slots(setup)}
    placed = session.exec(
        select(B2BMeeting).where(B2BMeeting.mission_id == mission.id, col(B2BMeeting.start).is_not(None))
    ).all()
    return [m for m in placed if m.start not in starts or (m.table or 0) > setup.tables]


def unplace(session: Session, meetings: list[B2BMeeting]) -> None:
    """Back to unscheduled (and no longer fixed): the next schedule places them again."""
    for meeting in meetings:
        meeting.start, meeting.table, meeting.fixed, meeting.reason = None, None, False, None
        session.add(meeting)
    session.flush()


def session_slots(setup: SessionTimes) -> list[Slot]:
    """Consecutive slots from start to end, skipping any that overlap a break."""
    day = dt.date(2000, 1, 1)
    breaks = [parse_time_range(b) for b in setup.breaks]
    cursor = dt.datetime.combine(day, setup.start)
    last = dt.datetime.combine(day, setup.end)
    step = dt.timedelta(minutes=setup.slot_minutes)
    slots: list[Slot] = []
    while cursor + step <= last:
        begin, finish = cursor.time(), (cursor + step).time()
        clash = next((b for b in breaks if begin < b[1] and b[0] < finish), None)
        if clash is not None:
            cursor = dt.datetime.combine(day, clash[1])
            continue
        slots.append(Slot(len(slots), begin, finish))
        cursor += step
    return slots


def set_availability(
    session: Session,
    mission: Mission,
    company: Company,
    available_from: dt.time | None,
    available_until: dt.time | None,
    capacity: int | None = None,
    away: Sequence[TimeRange] | None = None,
    *,
    clear: bool = False,
) -> None:
    """``--until 14:40``: arrives at 14:40; ``--from 16:40``: leaves at 16:40; ``away`` (a plant
    visit at 15:00-16:00) replaces the windows said before; ``clear`` forgets all three first."""
    from c2c.store.models import B2BCompany

    assert mission.id is not None
    assert company.id is not None
    row = session.get(B2BCompany, (mission.id, company.id)) or B2BCompany(mission_id=mission.id, company_id=company.id)
    if clear:
        row.available_from, row.available_until, row.away = None, None, []
    if available_until is not None:
        row.available_from = available_until
    if available_from is not None:
        row.available_until = available_from
    if capacity is not None:
        if capacity < 1:
            raise InvalidInput(f"a company holds at least 1 meeting at once, not {capacity}")
        people = _people_of(session, mission, company)
        if capacity > people:
            raise InvalidInput(f"{company.name} brings {people} {'person' if people == 1 else 'people'} to "
                               f"{mission.slug}: it cannot hold {capacity} meetings at once")
        row.capacity = capacity
    if away is not None:
        row.away = [f"{r.start:%H:%M}-{r.end:%H:%M}" for r in sorted(set(away))]
    if row.available_from and row.available_until and row.available_until <= row.available_from:
        raise InvalidInput(f"{company.name} would never be available")
    stranded = _fixed_outside(session, mission, company, row)
    if stranded is not None:
        raise InvalidInput(f"meeting {stranded.id} is fixed at {stranded.start:%H:%M}, when {company.name} would be away",
                           hint=f"release it first: c2c b2b unfix {stranded.id}")
    session.add(row)
    session.flush()


def outside(slot: Slot, hours: Hours) -> bool:
    """Whether the slot falls outside a company's availability, or in a window it is away."""
    return ((hours.available_from is not None and slot.start < hours.available_from)
            or (hours.available_until is not None and slot.end > hours.available_until)
            or any(slot.start < window.end and window.start < slot.end for window in _windows(hours)))


def _windows(hours: Hours) -> list[TimeRange]:
    return [parse_time_range(text) for text in hours.away or []]


def _people_of(session: Session, mission: Mission, company: Company) -> int:
    return people_per_company(session, mission).get(company.id or 0, 0)


def people_per_company(session: Session, mission: Mission) -> dict[int, int]:
    """How many people each company brings to the mission: the most meetings it can hold at once."""
    from sqlmodel import col, func, select

    from c2c.store.models import Participation, Person

    query = (select(Person.company_id, func.count()).select_from(Participation)
             .join(Person, col(Participation.person_id) == col(Person.id))
             .where(Participation.mission_id == mission.id, col(Person.company_id).is_not(None))
             .group_by(col(Person.company_id)))
    return {company_id: int(count) for company_id, count in session.exec(query).all() if company_id is not None}


def _fixed_outside(session: Session, mission: Mission, company: Company, hours: Hours) -> B2BMeeting | None:
    from sqlmodel import or_, select

    from c2c.store.models import B2BMeeting, B2BSetup

    setup = session.get(B2BSetup, mission.id)
    if setup is None:
        return None
    slots = {slot.start: slot for slot in session_slots(setup)}
    fixed = session.exec(select(B2BMeeting).where(
        B2BMeeting.mission_id == mission.id, B2BMeeting.fixed,
        or_(B2BMeeting.company_a_id == company.id, B2BMeeting.company_b_id == company.id),
    )).all()
    return next((m for m in fixed if m.start in slots and outside(slots[m.start], hours)), None)


def availability_note(name: str, hours: Hours) -> str | None:
    parts = []
    if hours.available_from is not None:
        parts.append(f"unavailable before {hours.available_from:%H:%M}")
    if hours.available_until is not None:
        parts.append(f"unavailable after {hours.available_until:%H:%M}")
    parts += [f"away {window.start:%H:%M}–{window.end:%H:%M}" for window in _windows(hours)]
    return f"{name} {' and '.join(parts)}" if parts else None
