"""The B2B timetable of a mission: build the problem from the store, schedule, save, fix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from c2c.errors import Conflict, InvalidInput
from c2c.services.b2b.meetings import MeetingInfo, absent_companies, get_meeting, meeting_infos
from c2c.services.b2b.setup import (
    NOON,
    Slot,
    availabilities,
    availability_note,
    get_setup,
    outside,
    people_per_company,
    session_slots,
)
from c2c.services.b2b.solver.problem import AM, PM, Meeting, Participant, Problem, Solution
from c2c.store.locks import lock_mission
from c2c.store.reading import session_reader

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, Mission


# "from" is a keyword, hence the functional form
MovedRow = TypedDict("MovedRow", {"meeting": int | None, "a": str, "b": str, "from": str, "to": str | None})


class UnscheduledRow(TypedDict):
    meeting: int | None
    a: str
    b: str
    reason: str


@dataclass
class ScheduleReport:
    status: str
    held: int
    total: int
    breaks: int
    bound: int
    gap: float
    seconds: float
    table_changes: int
    moved: list[MovedRow] = field(default_factory=list)
    unscheduled: list[UnscheduledRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    saved: bool = True


def build_problem(
    session: Session, mission: Mission, infos: list[MeetingInfo], slots: list[Slot],
    time_limit: float, seed: int, fairness: int | None, workers: int,
) -> Problem:
    from c2c.services.missions import ref_of

    db = session_reader(session)
    setup = get_setup(db, ref_of(mission))
    options = availabilities(db, mission.id or 0)
    people = people_per_company(session, mission)
    by_time = {s.start: s.index for s in slots}
    names = {c.id: c.name for info in infos for c in (info.a, info.b)}
    participants, notes = [], {}
    for company_id, name in sorted(names.items(), key=lambda kv: kv[1]):
        option = options.get(company_id)
        forbidden: frozenset[int] = frozenset()
        if option is not None:
            forbidden = frozenset(s.index for s in slots if outside(s, option))
            note = availability_note(name, option)
            if note:
                notes[name] = note
        # a company whose people cancelled after it asked for more seats holds no more than it brings
        capacity = min(option.capacity, max(1, people.get(company_id or 0, 1))) if option else 1
        participants.append(Participant(name, capacity, forbidden))
    meetings, previous = [], {}
    for m in infos:
        slot = by_time.get(m.start) if m.start is not None else None
        key = str(m.id)
        meetings.append(Meeting(
            key, m.a.name, m.b.name, m.priority, m.mutual, m.session,
            fixed_slot=slot if m.fixed else None, fixed_table=m.table if m.fixed else None,
        ))
        if slot is not None and not m.fixed:
            previous[key] = slot
    from c2c.services.b2b.precedence import precedence_pairs

    precedences = [(str(before), str(after)) for before, after in precedence_pairs(db, mission.id or 0)]
    morning = sum(1 for s in slots if s.start < NOON)
    return Problem(
        participants, meetings, len(slots), setup.tables, morning_slots=morning,
        session_starts=(morning,) if 0 < morning < len(slots) else (),
        precedences=precedences,
        fairness=fairness, time_limit=time_limit, seed=seed, workers=workers, previous=previous,
        slot_labels=[s.label for s in slots], unavailability_notes=notes,
    )


def schedule_meetings(
    session: Session, mission: Mission, *, time_limit: float = 30.0, seed: int = 0,
    fairness: int | None = 2, workers: int = 2, dry_run: bool = False, on_phase: Callable[[str], None] | None = None,
) -> ScheduleReport:
    """Run the scheduler on the mission's meetings and save the timetable (unless dry run)."""
    from c2c.services.b2b.solver.solve import schedule
    from c2c.services.missions import ref_of

    if not dry_run:  # the timetable is saved over the meetings as read here
        lock_mission(session, mission.id or 0, mission.slug, "scheduling B2B of")
    read = _meeting_versions(session, mission)  # the save checks nobody moved a meeting meanwhile
    db = session_reader(session)
    slots = session_slots(get_setup(db, ref_of(mission)))
    everyone = meeting_infos(db, mission.id or 0)
    gone = absent_companies(db, mission.id or 0, everyone)
    infos = [i for i in everyone if i not in gone]
    problem = build_problem(session, mission, infos, slots, time_limit, seed, fairness, workers)
    solution = schedule(problem, on_phase)
    for info, name in gone.items():
        solution.unscheduled[str(info.id)] = f"{name} no longer takes part in {mission.slug}"
    by_key = {str(i.id): i for i in everyone}
    report = ScheduleReport(
        solution.status, len(solution.slots), len(everyone), solution.objective, solution.bound, solution.gap,
        solution.seconds, solution.table_changes, notes=solution.notes, saved=not dry_run,
    )
    for key in solution.moved:
        info = by_key[key]
        new = solution.slots.get(key)
        report.moved.append({"meeting": info.id, "a": info.a.name, "b": info.b.name,
                             "from": problem.label(problem.previous[key]),
                             "to": problem.label(new) if new is not None else None})
    for key, reason in solution.unscheduled.items():
        info = by_key[key]
        report.unscheduled.append({"meeting": info.id, "a": info.a.name, "b": info.b.name, "reason": reason})
    if not dry_run:
        _save(session, mission, slots, solution, read)
    return report


def _save(session: Session, mission: Mission, slots: list[Slot], solution: Solution, read: dict[int, int]) -> None:
    """Every meeting of the mission where the solution puts it, or left out with why: one
    executemany UPDATE, each row only if nobody changed the meeting since the schedule read it."""
    from sqlalchemy import bindparam, update

    from c2c.store.models import B2BMeeting
    from c2c.store.versions import current_user

    meetings = B2BMeeting.__table__  # type: ignore[attr-defined]
    rows = []
    for meeting_id, version in read.items():
        slot = solution.slots.get(str(meeting_id))
        rows.append({"m_id": meeting_id, "m_version": version, "m_start": slots[slot].start if slot is not None else None,
                     "m_table": solution.tables.get(str(meeting_id)), "m_reason": solution.unscheduled.get(str(meeting_id))})
    if not rows:
        return
    if changed := _changed_meanwhile(session, mission, read):
        raise _schedule_conflict(mission, changed)
    statement = (update(meetings)
                 .where(meetings.c.id == bindparam("m_id"), meetings.c.version == bindparam("m_version"))
                 .values(start=bindparam("m_start"), table=bindparam("m_table"), reason=bindparam("m_reason"),
                         version=meetings.c.version + 1, changed_by=current_user()))
    saved = session.connection().execute(statement, rows).rowcount
    if saved != len(rows):  # changed between the check above and the save
        raise _schedule_conflict(mission, [])
    session.expire_all()  # the ORM's copies of these meetings hold the versions before this save


def _meeting_versions(session: Session, mission: Mission) -> dict[int, int]:
    from sqlalchemy import select

    from c2c.store.models import B2BMeeting

    meetings = B2BMeeting.__table__  # type: ignore[attr-defined]
    found = session.connection().execute(select(meetings.c.id, meetings.c.version).where(meetings.c.mission_id == mission.id))
    return {row.id: row.version for row in found}


def _changed_meanwhile(session: Session, mission: Mission, read: dict[int, int]) -> list[int]:
    now = _meeting_versions(session, mission)
    return sorted(set(read) ^ set(now) | {i for i in read if i in now and now[i] != read[i]})


def _schedule_conflict(mission: Mission, changed: list[int]) -> Conflict:
    which = f"B2B meeting(s) {', '.join(f'#{i}' for i in changed)}" if changed else "B2B meetings"
    return Conflict(f"{which} of {mission.slug} changed while the schedule ran; the timetable was not saved",
                    hint=f"run it again: c2c b2b schedule --mission {mission.slug}")


def fix_meeting(session: Session, mission: Mission, meeting_id: int, start: dt.time, table: int | None) -> B2BMeeting:
    """Pin a meeting to a slot (and table); the scheduler plans around it."""
    from c2c.services.missions import ref_of

    setup = get_setup(session_reader(session), ref_of(mission))
    meeting = get_meeting(session, mission, meeting_id)
    if start not in {s.start for s in session_slots(setup)}:
        labels = ", ".join(s.label for s in session_slots(setup))
        raise InvalidInput(f"{start:%H:%M} is not a slot of the B2B session", hint=f"slots: {labels}")
    if table is not None and not 1 <= table <= setup.tables:
        raise InvalidInput(f"table {table} is not between 1 and {setup.tables}")
    slot = next(s for s in session_slots(setup) if s.start == start)
    _check_fix(session, mission, meeting, slot, table)
    meeting.start, meeting.table, meeting.fixed, meeting.reason = start, table, True, None
    session.add(meeting)
    session.flush()
    return meeting


def _check_fix(session: Session, mission: Mission, meeting: B2BMeeting, slot: Slot, table: int | None) -> None:
    """Refuse a fix the timetable could not keep: a company away, another session, a double booking."""
    here = f"meeting {meeting.id} cannot be at {slot.label}"
    away = _away(session, mission, meeting, slot)
    if away:
        raise InvalidInput(f"{here}: {away}", hint="change that with c2c b2b unavailable")
    wished = _wished_sessions(session, meeting)
    if wished and (AM if slot.start < NOON else PM) not in wished:
        raise InvalidInput(f"{here}: it is wished for the {' or '.join(sorted(wished))} session")
    clash = _fixed_clash(session, mission, meeting, slot, table)
    if clash:
        raise InvalidInput(f"{here}: {clash}")


def _company_name(session: Session, company_id: int) -> str:
    from c2c.store.models import Company

    company = session.get(Company, company_id)
    return company.name if company else str(company_id)


def _away(session: Session, mission: Mission, meeting: B2BMeeting, slot: Slot) -> str | None:
    from c2c.store.models import B2BCompany

    for company_id in (meeting.company_a_id, meeting.company_b_id):
        option = session.get(B2BCompany, (mission.id, company_id))
        if option is not None and outside(slot, option):
            return availability_note(_company_name(session, company_id), option)
    return None


def _wished_sessions(session: Session, meeting: B2BMeeting) -> set[str]:
    from sqlmodel import select

    from c2c.store.models import B2BRequest

    return {r.session for r in session.exec(select(B2BRequest).where(B2BRequest.meeting_id == meeting.id)) if r.session}


def _fixed_clash(session: Session, mission: Mission, meeting: B2BMeeting, slot: Slot, table: int | None) -> str | None:
    """Another meeting fixed at the same time on the same table, or with a company that has no one left."""
    from sqlmodel import select

    from c2c.store.models import B2BCompany, B2BMeeting

    others = session.exec(select(B2BMeeting).where(
        B2BMeeting.mission_id == mission.id, B2BMeeting.fixed, B2BMeeting.start == slot.start, B2BMeeting.id != meeting.id,
    )).all()
    for other in others:
        if table is not None and other.table == table:
            return f"table {table} holds meeting {other.id}, fixed there"
    for company_id in (meeting.company_a_id, meeting.company_b_id):
        theirs = [o for o in others if company_id in (o.company_a_id, o.company_b_id)]
        option = session.get(B2BCompany, (mission.id, company_id))
        if theirs and len(theirs) >= (option.capacity if option else 1):
            return f"{_company_name(session, company_id)} has meeting {theirs[0].id} fixed there"
    return None


def unfix_meeting(session: Session, mission: Mission, meeting_id: int) -> B2BMeeting:
    meeting = get_meeting(session, mission, meeting_id)
    meeting.fixed = False
    session.add(meeting)
    session.flush()
    return meeting
