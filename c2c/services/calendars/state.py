"""Stable updates: UIDs, SEQUENCE and cancellations across exports of the same calendars.

A calendar app updates an event in place when the UID is the same and the SEQUENCE higher,
so the UID comes from the mission, the calendar and the item's key (never from row order
or time), the SEQUENCE goes up when the content changes, and an event that disappeared
since an export is sent with STATUS:CANCELLED and a higher SEQUENCE in every later export
until its time has passed, so whichever file reaches a phone removes it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from c2c.exporters.ics import IcsEvent

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.calendars.events import CalendarEvent
    from c2c.services.missions import MissionRef
    from c2c.store.models import Mission

MISSION_CALENDAR = "mission"


def participant_calendar(participation_id: int) -> str:
    return f"participation:{participation_id}"


def event_uid(mission_slug: str, calendar: str, key: str) -> str:
    digest = hashlib.sha1(f"{mission_slug}\n{calendar}\n{key}".encode()).hexdigest()
    return f"{digest}@c2c"


@functools.lru_cache(maxsize=4096)  # the same programme events recur in every personal calendar
def content_hash(event: CalendarEvent) -> str:
    fields = [
        event.start.astimezone(dt.UTC).isoformat(), event.end.astimezone(dt.UTC).isoformat(),
        event.summary, event.location, event.description,
        event.alarm.total_seconds() if event.alarm is not None else None,
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def preview(mission: MissionRef, calendar: str, events: Sequence[CalendarEvent]) -> list[IcsEvent]:
    """The events as they would be written, without reading or touching the export state."""
    return [_ics(e, event_uid(mission.slug, calendar, e.key), 0) for e in events]


@dataclass(frozen=True)
class StateRow:
    id: int
    calendar: str
    uid: str
    content_hash: str
    sequence: int
    summary: str
    start: dt.datetime
    end: dt.datetime
    cancelled: bool


@dataclass
class Plan:
    """What one calendar file gets, and the state changes that go with it."""

    calendar: str
    events: list[IcsEvent] = field(default_factory=list)
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    deletes: list[int] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    cancelled: int = 0


def plan_calendar(
    mission: Mission, calendar: str, events: Sequence[CalendarEvent], known: Sequence[StateRow], now: dt.datetime
) -> Plan:
    """The events to write with their SEQUENCE and STATUS, given what was exported before."""
    rows = {r.uid: r for r in known}
    plan = Plan(calendar)
    current: set[str] = set()
    for event in events:
        uid = event_uid(mission.slug, calendar, event.key)
        if uid in current:
            continue  # the same item handed over twice is one event
        current.add(uid)
        digest = content_hash(event)
        row = rows.get(uid)
        sequence = 0 if row is None else row.sequence
        values = {"content_hash": digest, "summary": event.summary, "cancelled": False, "last_exported": _as_utc(now),
                  "start": _as_utc(event.start), "end": _as_utc(event.end)}
        if row is None:
            plan.inserts.append({"mission_id": mission.id, "calendar": calendar, "uid": uid, "sequence": 0, **values})
            plan.new += 1
        elif row.cancelled or row.content_hash != digest:
            sequence += 1
            plan.updates.append({"id": row.id, "sequence": sequence, **values})
            plan.changed += 1
        plan.events.append(_ics(event, uid, sequence))
    for uid, row in rows.items():
        if uid in current:
            continue
        if _utc(row.end) <= now:  # over: no phone shows it any more, so it is gone for good
            plan.deletes.append(row.id)
            continue
        # sent again in every export until then: the file finally sent may be any of them
        sequence = row.sequence if row.cancelled else row.sequence + 1
        if not row.cancelled:
            plan.updates.append({"id": row.id, "sequence": sequence, "cancelled": True})
        plan.events.append(_cancellation(row, sequence))
        plan.cancelled += 1
    return plan


def load_state(session: Session, mission: Mission, calendars: Sequence[str] | None = None) -> dict[str, list[StateRow]]:
    """The export state of a mission's calendars, grouped by calendar, in one query."""
    from sqlalchemy import select
    from sqlmodel import col

    from c2c.store.models import CalendarEntry as E

    columns = (E.id, E.calendar, E.uid, E.content_hash, E.sequence, E.summary, E.start, E.end, E.cancelled)
    query = select(*(col(c) for c in columns)).where(col(E.mission_id) == mission.id)
    if calendars is not None:
        query = query.where(col(E.calendar).in_(list(calendars)))
    grouped: dict[str, list[StateRow]] = {}
    for values in session.execute(query).all():
        row = StateRow(*values)
        grouped.setdefault(row.calendar, []).append(row)
    return grouped


def save_plans(session: Session, mission: Mission, plans: Sequence[Plan], now: dt.datetime) -> None:
    """Write the state of every planned calendar in bulk (thousands of rows per export)."""
    from sqlalchemy import delete, insert, update
    from sqlmodel import col

    from c2c.store.models import CalendarEntry

    inserts = [row for p in plans for row in p.inserts]
    updates = [row for p in plans for row in p.updates]
    deletes = [row_id for p in plans for row_id in p.deletes]
    if inserts:  # a Core insert: the ORM's bulk path costs twice as much for the same rows
        session.execute(insert(CalendarEntry.__table__), inserts)  # type: ignore[attr-defined]
    # bulk UPDATE by primary key wants the same keys in every row
    for keys in {tuple(sorted(u)) for u in updates}:
        same = [u for u in updates if tuple(sorted(u)) == keys]
        session.execute(update(CalendarEntry), same)
    if deletes:
        session.execute(delete(CalendarEntry).where(col(CalendarEntry.id).in_(deletes)))
    exported = (
        update(CalendarEntry)
        .where(col(CalendarEntry.mission_id) == mission.id, col(CalendarEntry.calendar).in_([p.calendar for p in plans]))
        .values(last_exported=_as_utc(now))
    )
    session.execute(exported)
    session.flush()


def forget_calendars_except(session: Session, mission: Mission, keep: Sequence[str]) -> None:
    """Drop the state of calendars no longer exported (people who left the mission)."""
    from sqlalchemy import delete
    from sqlmodel import col

    from c2c.store.models import CalendarEntry

    session.execute(
        delete(CalendarEntry).where(col(CalendarEntry.mission_id) == mission.id, col(CalendarEntry.calendar).not_in(list(keep)))
    )


def _ics(event: CalendarEvent, uid: str, sequence: int) -> IcsEvent:
    return IcsEvent(
        uid=uid, start=event.start, end=event.end, summary=event.summary, location=event.location,
        description=event.description, sequence=sequence, alarm=event.alarm,
    )


def _cancellation(row: StateRow, sequence: int) -> IcsEvent:
    return IcsEvent(
        uid=row.uid, start=_utc(row.start), end=_utc(row.end), summary=row.summary,
        sequence=sequence, status="CANCELLED",
    )


def _as_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def _utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands datetimes back without their zone; they were stored in UTC
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
