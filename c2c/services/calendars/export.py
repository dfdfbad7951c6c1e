"""Writing a mission's calendars: ``<slug>.ics`` and ``<slug>/<surname-name>.ics`` per person.

The export state (UIDs, SEQUENCE, cancellations) is saved in the caller's transaction, so
a failed export leaves the state as it was.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.errors import NotFound
from c2c.exporters import ics
from c2c.exporters.files import write_file
from c2c.services.calendars import events as calendars, state
from c2c.text import slugify

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.missions import MissionRef
    from c2c.store.models import Mission
    from c2c.store.reading import Reader


@dataclass(frozen=True)
class Attendee:
    participation_id: int
    person_id: int
    first_name: str
    last_name: str
    email: str | None
    company: str | None
    language: str | None = None  # the person's own, for their calendar; None: their country's, else the mission's
    country: str | None = None
    cancelled: bool = False  # their calendar cancels everything it ever held

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class WrittenCalendar:
    path: Path
    owner: str  # the mission title or the person's name
    personal: bool
    events: int
    new: int
    changed: int
    cancelled: int


@dataclass
class ExportResult:
    files: list[WrittenCalendar] = field(default_factory=list)
    archive: Path | None = None


def list_attendees(db: Reader, mission_id: int) -> list[Attendee]:
    """Everyone registered on the mission, cancelled people included (marked), by name."""
    found = db.rows(
        "SELECT pa.id AS participation_id, pe.id AS person_id, pe.first_name, pe.last_name, pe.email, "
        "co.name AS company, pe.language, pe.country, pa.status = :cancelled AS cancelled "
        "FROM participation pa JOIN person pe ON pe.id = pa.person_id "
        "LEFT JOIN company co ON co.id = pe.company_id "
        "WHERE pa.mission_id = :mission ORDER BY pe.last_name, pe.first_name, pe.id",
        {"mission": mission_id, "cancelled": "cancelled"},
    )
    return [Attendee(**{**row, "cancelled": bool(row["cancelled"])}) for row in found]


def choose_attendees(attendees: Sequence[Attendee], emails: Sequence[str], mission: MissionRef) -> list[Attendee]:
    by_email = {a.email.strip().lower(): a for a in attendees if a.email}
    chosen: dict[int, Attendee] = {}  # each person once, however often named
    for email in emails:
        found = by_email.get(email.strip().lower())
        if found is None:
            raise NotFound(
                f"no participant with e-mail {email!r} in mission {mission.slug}",
                hint=f"check the address, or export everyone's with: c2c calendar export --mission {mission.slug}",
            )
        chosen.setdefault(found.participation_id, found)
    return list(chosen.values())


def file_names(attendees: Sequence[Attendee]) -> dict[int, str]:
    """participation id -> 'rossi-mario.ics'; namesakes get their person number appended."""
    stems = {a.participation_id: slugify(f"{a.last_name} {a.first_name}") or "participant" for a in attendees}
    counts = Counter(stems.values())
    names = {}
    for attendee in attendees:
        stem = stems[attendee.participation_id]
        if counts[stem] > 1 or stem == "participant":
            stem = f"{stem}-{attendee.person_id}"
        names[attendee.participation_id] = f"{stem}.ics"
    return names


def export_calendars(
    session: Session,
    mission: Mission,
    out_dir: Path,
    options: calendars.CalendarOptions,
    now: dt.datetime,
    *,
    emails: Sequence[str] = (),
    archive: bool = False,
) -> ExportResult:
    """Write the mission calendar (unless people are named) and the personal calendars."""
    from c2c.services.missions import ref_of
    from c2c.store.reading import session_reader

    db, ref = session_reader(session), ref_of(mission)
    everyone = list_attendees(db, ref.id)
    known = state.load_state(session, mission)
    # a cancelled person's calendar is written while it still has something to cancel
    chosen = choose_attendees(everyone, emails, ref) if emails else [
        a for a in everyone if not a.cancelled or known.get(state.participant_calendar(a.participation_id))]
    names = file_names(everyone)  # over everyone, so a name never depends on who is exported
    blocks = calendars.load_blocks(db, ref)
    items = calendars.collect_items(db, ref)
    wanted: list[tuple[str, str, str, list[calendars.CalendarEvent]]] = []
    if not emails:
        events = calendars.mission_events(blocks, items, options)
        wanted.append((state.MISSION_CALENDAR, f"{mission.slug}.ics", mission.title, events))
    shared: dict[str, list[calendars.CalendarEvent]] = {}  # the programme, built once per language
    for person in chosen:
        mine = options.for_person(person.language, person.country)
        if mine.lang not in shared:
            shared[mine.lang] = calendars.programme_events(blocks, items, mine.lang)
        events = [] if person.cancelled else calendars.participant_events(
            person.participation_id, blocks, items, mine, shared[mine.lang])
        calendar = state.participant_calendar(person.participation_id)
        wanted.append((calendar, f"{mission.slug}/{names[person.participation_id]}", person.name, events))
    plans = [state.plan_calendar(mission, c, events, known.get(c, []), now) for c, _, _, events in wanted]
    state.save_plans(session, mission, plans, now)
    if not emails:
        state.forget_calendars_except(session, mission, [w[0] for w in wanted])
    members = {
        name: ics.calendar_bytes(_ics_calendar(mission, owner, plan), now)
        for (_, name, owner, _), plan in zip(wanted, plans, strict=True)
    }
    return _write(out_dir, mission, members, wanted, plans, archive)


def _ics_calendar(mission: Mission, owner: str, plan: state.Plan) -> ics.IcsCalendar:
    name = mission.title if plan.calendar == state.MISSION_CALENDAR else f"{mission.title} — {owner}"
    return ics.IcsCalendar(name=name, timezone=mission.timezone, events=plan.events)


def _write(
    out_dir: Path,
    mission: Mission,
    members: dict[str, bytes],
    wanted: Sequence[tuple[str, str, str, Any]],
    plans: Sequence[state.Plan],
    archive: bool,
) -> ExportResult:
    result = ExportResult()
    for (_, name, owner, _), plan in zip(wanted, plans, strict=True):
        result.files.append(WrittenCalendar(
            out_dir / name, owner, plan.calendar != state.MISSION_CALENDAR, len(plan.events), plan.new,
            plan.changed, plan.cancelled,
        ))
    for name, data in members.items():
        write_file(out_dir / name, data)
    if archive:
        result.archive = write_file(out_dir / f"{mission.slug}.zip", ics.zip_bytes(members))
    return result


class EventRow(TypedDict):
    date: str
    start: str
    end: str
    summary: str
    location: str | None
    alarm_minutes: int | None
    description: str
    uid: str


def participant_rows(
    db: Reader, mission: MissionRef, email: str, options: calendars.CalendarOptions
) -> tuple[Attendee, str, list[EventRow]]:
    """What a person's calendar file holds (without touching the export state), for ``show``."""
    everyone = list_attendees(db, mission.id)
    person = choose_attendees(everyone, [email], mission)[0]
    events = [] if person.cancelled else calendars.participant_events(
        person.participation_id, calendars.load_blocks(db, mission), calendars.collect_items(db, mission),
        options.for_person(person.language, person.country),
    )
    calendar = state.participant_calendar(person.participation_id)
    rows: list[EventRow] = [
        {
            "date": e.start.date().isoformat(), "start": calendars.clock(e.start), "end": calendars.clock(e.end),
            "summary": e.summary, "location": e.location,
            "alarm_minutes": int(e.alarm.total_seconds() // 60) if e.alarm is not None else None,
            "description": e.description, "uid": ics_event.uid,
        }
        for e, ics_event in zip(events, state.preview(mission, calendar, events), strict=True)
    ]
    return person, f"{mission.slug}/{file_names(everyone)[person.participation_id]}", rows
