"""Views of the saved B2B timetable: all meetings, one company, one table, the matrix."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict
from zoneinfo import ZoneInfo

from c2c.errors import InvalidInput
from c2c.services.b2b.meetings import MeetingInfo, Side, absent_companies, meeting_infos
from c2c.services.b2b.setup import (
    availabilities,
    company_named,
    find_setup,
    get_setup,
    outside,
    session_slots,
)
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.services.missions import MissionRef
    from c2c.store.reading import Reader


@dataclass(frozen=True)
class MeetingItem:
    key: str  # e.g. "b2b:meeting:5"
    start: dt.datetime
    end: dt.datetime
    company_a: str
    company_b: str
    participation_ids_a: tuple[int, ...]
    participation_ids_b: tuple[int, ...]
    table: str | None = None
    room: str | None = None  # where the tables stand: the B2B block's location, else the venue


PROFILE_LENGTH = 80


def profile_line(company: dict[str, Any]) -> str:
    """One line saying who the counterpart is, from the richest field the company filled."""
    text = company["core_business"] or company["areas_of_interest"] or company["partners_sought"] or ""
    text = " ".join(text.split())
    place = ", ".join(p for p in (company["city"], company["country"]) if p)
    line = text if len(text) <= PROFILE_LENGTH else text[: PROFILE_LENGTH - 1].rstrip() + "…"
    return " · ".join(p for p in (line, place) if p)


def _moment(mission: MissionRef, day: dt.date, clock: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, clock, tzinfo=ZoneInfo(mission.timezone))


class MeetingRow(TypedDict):
    """A meeting of the timetable; held ones have a slot, the others the reason they are left out."""

    time: str | None
    table: int | None
    a: str
    b: str
    priority: int
    mutual: bool
    fixed: bool
    id: int
    reason: str | None
    slot: int | None
    start: str | None
    end: str | None


class CompanyMeetingRow(TypedDict):
    """A meeting in one company's schedule, with who the counterpart is."""

    time: str | None
    table: int | None
    counterpart: str
    profile: str
    # the company's own wish only: whether the counterpart asked too, and how it ranked them,
    # is the counterpart's to know (this sheet is sent to the company)
    own_priority: int | None
    id: int
    company: str
    start: str | None
    end: str | None
    reason: str | None


# the company × slot grid: "company" and one key per slot label, naming the counterpart and table
MatrixRow = dict[str, str]


class CompanySummaryRow(TypedDict):
    company: str
    meetings: int
    first: str | None
    last: str | None
    breaks: int
    left_out: int


def timetable_rows(db: Reader, mission: MissionRef) -> list[MeetingRow]:
    """Every meeting, held ones in time and table order, then those left out with why."""
    setup = get_setup(db, mission)
    slots = {s.start: s for s in session_slots(setup)}
    rows: list[MeetingRow] = []
    for m in meeting_infos(db, mission.id):
        slot = slots.get(m.start) if m.start is not None else None
        rows.append({
            "time": slot.label if slot else None,
            "table": m.table if slot else None,
            "a": m.a.name,
            "b": m.b.name,
            "priority": m.priority,
            "mutual": m.mutual,
            "fixed": m.fixed,
            "id": m.id,
            "reason": m.reason,
            "slot": slot.index + 1 if slot else None,
            "start": _moment(mission, setup.day, slot.start).isoformat() if slot else None,
            "end": _moment(mission, setup.day, slot.end).isoformat() if slot else None,
        })
    return sorted(rows, key=lambda r: (r["slot"] is None, r["slot"] or 0, r["table"] or 0, r["id"]))


def out_of_date(db: Reader, mission: MissionRef) -> list[str]:
    """What changed since the saved timetable was made, one line per meeting it concerns.

    New wishes not yet scheduled, held meetings with a company that left the mission or is
    now away at that time, and held meetings still waiting for a table (fixed without one).
    """
    setup = get_setup(db, mission)
    slots = {s.start: s for s in session_slots(setup)}
    options = availabilities(db, mission.id)
    infos = meeting_infos(db, mission.id)
    gone = absent_companies(db, mission.id, infos)
    lines = []
    for m in infos:
        slot = slots.get(m.start) if m.start else None
        if m in gone:
            if slot is not None or m.reason is None:
                lines.append(f"meeting {m.id}: {gone[m]} no longer takes part in {mission.slug}")
        elif slot is None:
            if m.reason is None:
                lines.append(f"meeting {m.id} ({m.a.name} – {m.b.name}) is not scheduled yet")
        elif away := next((c.name for c in (m.a, m.b) if c.id in options and outside(slot, options[c.id])), None):
            lines.append(f"meeting {m.id} at {slot.label}: {away} is now away then")
        elif m.table is None:
            lines.append(f"meeting {m.id} at {slot.label} has no table yet")
    return lines


def company_rows(db: Reader, mission: MissionRef, name: str) -> list[CompanyMeetingRow]:
    """One company's meetings in time order, with the counterpart and its profile line."""
    found = company_named(db, mission.id, mission.slug, name)
    infos = meeting_infos(db, mission.id)
    return _company_rows(Side(found.id, found.name), infos, timetable_rows(db, mission), _profiles(db, mission.id),
                         _own_wishes(db, mission.id))


_PROFILES = """
SELECT c.id, c.core_business, c.areas_of_interest, c.partners_sought, c.city, c.country
FROM company AS c
WHERE c.id IN (SELECT company_a_id FROM b2b_meeting WHERE mission_id = :mission)
   OR c.id IN (SELECT company_b_id FROM b2b_meeting WHERE mission_id = :mission)
"""


def _profiles(db: Reader, mission_id: int) -> dict[int, str]:
    """The profile line of every company in a meeting of the mission."""
    return {row["id"]: profile_line(row) for row in db.rows(_PROFILES, {"mission": mission_id})}


def _own_wishes(db: Reader, mission_id: int) -> dict[tuple[int, int], int]:
    """(meeting id, requesting company id) -> the priority that company gave its wish."""
    return {(r["meeting_id"], r["requester_id"]): r["priority"] for r in db.rows(
        "SELECT r.meeting_id, r.requester_id, r.priority FROM b2b_request AS r "
        "JOIN b2b_meeting AS m ON m.id = r.meeting_id WHERE m.mission_id = :mission", {"mission": mission_id})}


def _company_rows(
    company: Side, infos: list[MeetingInfo], timetable: list[MeetingRow], profiles: dict[int, str],
    wishes: dict[tuple[int, int], int],
) -> list[CompanyMeetingRow]:
    by_id = {i.id: i for i in infos}
    rows: list[CompanyMeetingRow] = []
    for row in timetable:
        info = by_id[row["id"]]
        if company.id not in (info.a.id, info.b.id):
            continue
        other = info.b if info.a.id == company.id else info.a
        rows.append({
            "time": row["time"], "table": row["table"], "counterpart": other.name, "profile": profiles[other.id],
            "own_priority": wishes.get((row["id"], company.id)), "id": row["id"], "company": company.name,
            "start": row["start"], "end": row["end"], "reason": row["reason"],
        })
    return rows


def table_rows(db: Reader, mission: MissionRef, table: int) -> list[MeetingRow]:
    setup = get_setup(db, mission)
    if not 1 <= table <= setup.tables:
        raise InvalidInput(f"table {table} is not between 1 and {setup.tables}")
    return [r for r in timetable_rows(db, mission) if r["table"] == table]


def matrix_rows(db: Reader, mission: MissionRef) -> tuple[list[str], list[MatrixRow]]:
    """A company × slot grid; each cell names the counterpart and the table."""
    labels = [s.label for s in session_slots(get_setup(db, mission))]
    return labels, _matrix(labels, timetable_rows(db, mission))


def _matrix(labels: list[str], timetable: list[MeetingRow]) -> list[MatrixRow]:
    grid: dict[str, MatrixRow] = {}
    for row in timetable:
        for me, other in ((row["a"], row["b"]), (row["b"], row["a"])):
            cells = grid.setdefault(me, {"company": me, **dict.fromkeys(labels, "")})
            if row["time"] is not None:
                cells[row["time"]] = f"{other} (T{row['table']})"
    return [grid[k] for k in sorted(grid, key=fold)]


@dataclass
class DayViews:
    """Every view of the day, built from one reading of the timetable (for the workbook to print)."""

    timetable: list[MeetingRow]
    slot_labels: list[str]
    matrix: list[MatrixRow]
    tables: dict[int, list[MeetingRow]]
    companies: dict[str, list[CompanyMeetingRow]]


def day_views(db: Reader, mission: MissionRef) -> DayViews:
    setup = get_setup(db, mission)
    labels = [s.label for s in session_slots(setup)]
    timetable, infos, profiles = timetable_rows(db, mission), meeting_infos(db, mission.id), _profiles(db, mission.id)
    wishes = _own_wishes(db, mission.id)
    matrix = _matrix(labels, timetable)
    by_name = {c.name: c for i in infos for c in (i.a, i.b)}
    return DayViews(
        timetable, labels, matrix,
        {n: [r for r in timetable if r["table"] == n] for n in range(1, setup.tables + 1)},
        {row["company"]: _company_rows(by_name[row["company"]], infos, timetable, profiles, wishes) for row in matrix},
    )


def company_summary(db: Reader, mission: MissionRef) -> list[CompanySummaryRow]:
    """Per company: meetings held, first and last, breaks; what the demo shows."""
    held: dict[str, list[tuple[int, str]]] = {}  # (slot, time) of each meeting held
    left_out: dict[str, int] = {}
    for row in timetable_rows(db, mission):
        for me in (row["a"], row["b"]):
            held.setdefault(me, [])
            left_out.setdefault(me, 0)
            if row["slot"] is None or row["time"] is None:
                left_out[me] += 1
            else:
                held[me].append((row["slot"], row["time"]))
    rows: list[CompanySummaryRow] = []
    for company in sorted(held, key=fold):
        meetings = sorted(held[company])
        slots = [slot for slot, _ in meetings]
        rows.append({
            "company": company, "meetings": len(meetings),
            "first": min((t for _, t in meetings), default=None), "last": max((t for _, t in meetings), default=None),
            "breaks": sum(1 for a, b in zip(slots, slots[1:], strict=False) if b > a + 1), "left_out": left_out[company],
        })
    return rows


def calendar_meetings(db: Reader, mission: MissionRef) -> list[MeetingItem]:
    """Held meetings for the calendar export, with who attends on each side."""
    setup = find_setup(db, mission.id)
    if setup is None:
        return []
    slots = {s.start: s for s in session_slots(setup)}
    people = _participations_by_company(db, mission.id)
    room = _b2b_room(db, mission)
    items = []
    for m in meeting_infos(db, mission.id):
        slot = slots.get(m.start) if m.start is not None else None
        if slot is None:
            continue
        items.append(MeetingItem(
            key=f"b2b:meeting:{m.id}",
            start=_moment(mission, setup.day, slot.start),
            end=_moment(mission, setup.day, slot.end),
            company_a=m.a.name,
            company_b=m.b.name,
            participation_ids_a=people.get(m.a.id, ()),
            participation_ids_b=people.get(m.b.id, ()),
            table=str(m.table) if m.table is not None else None,
            room=room,
        ))
    return sorted(items, key=lambda i: (i.start, i.table or "", i.key))


# A meeting's priority and whether it was mutual are the wisher's private ranking: they stay
# out of the items, so neither company's calendar can tell the other how it was ranked.


def _b2b_room(db: Reader, mission: MissionRef) -> str | None:
    from c2c.services.program import read_blocks

    rooms = [b.location for b in read_blocks(db, mission.id, kind="b2b") if b.location]
    return rooms[0] if rooms else mission.venue


def _participations_by_company(db: Reader, mission_id: int) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    for row in db.rows("SELECT pe.company_id, pa.id FROM person AS pe JOIN participation AS pa ON pa.person_id = pe.id "
                       "WHERE pa.mission_id = :mission AND pa.status != :cancelled",
                       {"mission": mission_id, "cancelled": "cancelled"}):
        if row["company_id"] is not None:
            found.setdefault(row["company_id"], []).append(row["id"])
    return {k: tuple(sorted(v)) for k, v in found.items()}
