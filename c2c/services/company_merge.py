"""Joining one company into another: its people (and so their participations), B2B wishes and
meetings, pitches and B2B availability move; then it goes.

What cannot move is dropped and said: a meeting or wish between the two companies (it would be
a company meeting itself), a second wish of the same company for the same partner (the stronger
priority stays), a second pitch or availability of the same mission (the kept company's stays).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.errors import InvalidInput

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, B2BRequest, Company

PROFILE_FIELDS = ("cluster_id", "country", "city", "website", "core_business", "areas_of_interest", "partners_sought",
                  "current_projects")


class MergeRow(TypedDict):
    what: str
    moved: int
    dropped: int
    note: str


@dataclass
class _Tally:
    moved: int = 0
    dropped: int = 0
    notes: list[str] = field(default_factory=list)

    def row(self, what: str) -> MergeRow:
        return {"what": what, "moved": self.moved, "dropped": self.dropped, "note": "; ".join(self.notes)}


@dataclass
class MergeSummary:
    """What a merge moves, to ask before it is done: people, participations, wishes, meetings."""

    keep: str
    gone: str
    people: int
    participations: int
    wishes: int
    meetings: int
    between: int  # meetings between the two companies, dropped

    def question(self) -> str:
        between = {0: "", 1: "; the meeting between the two is dropped"}.get(
            self.between, f"; the {self.between} meetings between the two are dropped")
        return (f"Merge {self.gone!r} into {self.keep!r}: {_count(self.people, 'person', 'people')} "
                f"({_count(self.participations, 'participation')}), {_count(self.wishes, 'wish', 'wishes')} and "
                f"{_count(self.meetings, 'meeting')} move{between}. Remove {self.gone!r}?")


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def merge_summary(session: Session, keep: Company, gone: Company) -> MergeSummary:
    from sqlmodel import col, func, or_, select

    from c2c.store.models import B2BMeeting, B2BRequest, Participation, Person

    _check_pair(keep, gone)
    people = session.exec(select(func.count()).select_from(Person).where(Person.company_id == gone.id)).one()
    participations = session.exec(select(func.count()).select_from(Participation).join(Person)
                                  .where(Person.company_id == gone.id)).one()
    meetings = session.exec(select(B2BMeeting).where(or_(B2BMeeting.company_a_id == gone.id,
                                                         B2BMeeting.company_b_id == gone.id))).all()
    moving = [m.id for m in meetings if keep.id not in (m.company_a_id, m.company_b_id)]
    wishes = session.exec(select(func.count()).select_from(B2BRequest).where(col(B2BRequest.meeting_id).in_(moving))).one()
    between = len(meetings) - len(moving)
    return MergeSummary(keep.name, gone.name, people, participations, wishes, len(moving), between)


def merge_companies(session: Session, keep: Company, gone: Company) -> list[MergeRow]:
    """Join ``gone`` into ``keep`` and remove it; one row per kind of thing moved or dropped."""
    from sqlalchemy import update
    from sqlmodel import func, select

    from c2c.store.models import Person

    _check_pair(keep, gone)
    rows = [_fill_profile(keep, gone)]
    moved = session.exec(select(func.count()).select_from(Person).where(Person.company_id == gone.id)).one()
    session.execute(update(Person).where(Person.company_id == gone.id).values(company_id=keep.id))  # type: ignore[arg-type]
    rows.append({"what": "people", "moved": moved, "dropped": 0, "note": "with their participations"})
    rows += _merge_meetings(session, keep, gone)
    rows += [_merge_pitches(session, keep, gone), _merge_availability(session, keep, gone)]
    rows.append(_merge_leads(session, keep, gone))
    session.add(keep)
    session.flush()
    session.delete(gone)
    session.flush()
    return rows


def _check_pair(keep: Company, gone: Company) -> None:
    if keep.id == gone.id:
        raise InvalidInput(f"{keep.name!r} and {gone.name!r} are the same company",
                           hint="name two different companies: c2c companies merge KEEP OTHER")


def _fill_profile(keep: Company, gone: Company) -> MergeRow:
    filled = [name for name in PROFILE_FIELDS if getattr(keep, name) is None and getattr(gone, name) is not None]
    for name in filled:
        setattr(keep, name, getattr(gone, name))
    return {"what": "profile fields", "moved": len(filled), "dropped": 0,
            "note": ", ".join(name.removesuffix("_id").replace("_", " ") for name in filled)}


def _merge_meetings(session: Session, keep: Company, gone: Company) -> list[MergeRow]:
    from sqlmodel import or_, select

    from c2c.store.models import B2BMeeting

    meetings, wishes = _Tally(), _Tally()
    for meeting in session.exec(select(B2BMeeting).where(or_(B2BMeeting.company_a_id == gone.id,
                                                             B2BMeeting.company_b_id == gone.id))
                                .order_by(B2BMeeting.id)).all():  # type: ignore[arg-type]
        requests = _requests(session, meeting)
        other = meeting.company_b_id if meeting.company_a_id == gone.id else meeting.company_a_id
        if other == keep.id:
            meetings.dropped += 1
            wishes.dropped += len(requests)
            wishes.notes.append(f"{len(requests)} between the two companies dropped")
            session.delete(meeting)  # its wishes and precedences go with it (ON DELETE CASCADE)
            session.flush()
            continue
        low, high = sorted((keep.id or 0, other))
        target = session.exec(select(B2BMeeting).where(B2BMeeting.mission_id == meeting.mission_id,
                                                       B2BMeeting.company_a_id == low,
                                                       B2BMeeting.company_b_id == high)).first()
        if target is None:
            meeting.company_a_id, meeting.company_b_id = low, high
            session.add(meeting)
            meetings.moved += 1
            _move_wishes(session, requests, meeting, {}, keep, gone, wishes)
        else:
            meetings.dropped += 1
            held = {r.requester_id: r for r in _requests(session, target)}
            _move_wishes(session, requests, target, held, keep, gone, wishes)
            _move_outcomes(session, meeting, target, keep, gone)
            _join_meeting(session, meeting, target)
    if meetings.dropped:
        meetings.notes.append("a meeting between the two companies, or one the kept company already has, is dropped")
    return [meetings.row("B2B meetings"), wishes.row("B2B wishes")]


def _requests(session: Session, meeting: B2BMeeting) -> list[B2BRequest]:
    from sqlmodel import select

    from c2c.store.models import B2BRequest

    return list(session.exec(select(B2BRequest).where(B2BRequest.meeting_id == meeting.id)).all())


def _move_wishes(session: Session, requests: list[B2BRequest], target: B2BMeeting, held: dict[int, B2BRequest],
                 keep: Company, gone: Company, tally: _Tally) -> None:
    """Move the wishes into ``target`` (which ``held`` already has), as the kept company's where
    they were ``gone``'s; a company asking twice keeps its stronger (lower) priority."""
    for request in requests:
        requester = keep.id or 0 if request.requester_id == gone.id else request.requester_id
        twin = held.get(requester)
        if twin is not None:
            twin.priority = min(twin.priority, request.priority)
            twin.session = twin.session or request.session
            session.add(twin)
            session.delete(request)
            tally.dropped += 1
            tally.notes.append(f"one asked twice: priority {twin.priority} kept")
            continue
        request.requester_id, request.meeting_id = requester, target.id or 0
        session.add(request)
        held[requester] = request
        tally.moved += 1
    session.flush()


def _join_meeting(session: Session, meeting: B2BMeeting, target: B2BMeeting) -> None:
    """The kept company already meets the same partner: that meeting stays (with the other's slot
    if it had none), the organiser's order between meetings follows it, the other goes."""
    from sqlmodel import col, or_, select

    from c2c.store.models import B2BPrecedence

    if target.start is None and meeting.start is not None:
        target.start, target.table, target.fixed = meeting.start, meeting.table, meeting.fixed
        meeting.start = meeting.table = None
        session.add_all([meeting, target])
        session.flush()
    orders = session.exec(select(B2BPrecedence).where(or_(col(B2BPrecedence.before_id) == meeting.id,
                                                          col(B2BPrecedence.after_id) == meeting.id))).all()
    kept = {(p.before_id, p.after_id) for p in session.exec(select(B2BPrecedence)).all()}
    for order in orders:
        pair = tuple(target.id if i == meeting.id else i for i in (order.before_id, order.after_id))
        if pair[0] != pair[1] and pair not in kept:
            order.before_id, order.after_id = pair[0] or 0, pair[1] or 0
            kept.add((order.before_id, order.after_id))
            session.add(order)
    session.flush()
    session.delete(meeting)
    session.flush()


def _move_outcomes(session: Session, meeting: B2BMeeting, target: B2BMeeting, keep: Company, gone: Company) -> None:
    """A side's word on a meeting joined into another goes with it, unless that side already spoke
    there; the meeting's lead follows when the target has none."""
    from sqlmodel import select

    from c2c.store.models import B2BOutcome, Lead

    spoken = {o.company_id for o in session.exec(select(B2BOutcome).where(B2BOutcome.meeting_id == target.id))}
    for outcome in session.exec(select(B2BOutcome).where(B2BOutcome.meeting_id == meeting.id)).all():
        side = keep.id or 0 if outcome.company_id == gone.id else outcome.company_id
        if side in spoken:
            session.delete(outcome)
            continue
        outcome.meeting_id, outcome.company_id = target.id or 0, side
        session.add(outcome)
    lead = session.exec(select(Lead).where(Lead.meeting_id == meeting.id)).first()
    if lead is not None and session.exec(select(Lead).where(Lead.meeting_id == target.id)).first() is None:
        lead.meeting_id = target.id
        session.add(lead)
    session.flush()


def _merge_leads(session: Session, keep: Company, gone: Company) -> MergeRow:
    """Outcomes and leads name the kept company; a lead between the two merged companies goes."""
    from sqlalchemy import update
    from sqlmodel import or_, select

    from c2c.store.models import B2BOutcome, Lead

    session.execute(update(B2BOutcome).where(B2BOutcome.company_id == gone.id).values(company_id=keep.id))  # type: ignore[arg-type]
    tally = _Tally()
    for lead in session.exec(select(Lead).where(or_(Lead.company_a_id == gone.id, Lead.company_b_id == gone.id))).all():  # type: ignore[arg-type]
        a, b = (keep.id or 0 if c == gone.id else c for c in (lead.company_a_id, lead.company_b_id))
        if a == b:
            session.delete(lead)
            tally.dropped += 1
            continue
        lead.company_a_id, lead.company_b_id = a, b
        session.add(lead)
        tally.moved += 1
    if tally.dropped:
        tally.notes.append("a lead between the two companies is dropped")
    session.flush()
    return tally.row("leads")


def _merge_pitches(session: Session, keep: Company, gone: Company) -> MergeRow:
    """One pitch per mission (and pitcher, with ``--per person``): the kept company's stays."""
    from sqlmodel import select

    from c2c.store.models import PitchEntry

    def entries(company: Company) -> list[PitchEntry]:
        return list(session.exec(select(PitchEntry).where(PitchEntry.company_id == company.id)).all())

    kept = {(e.mission_id, e.participation_id) for e in entries(keep)}
    return _move_rows(session, [(e, (e.mission_id, e.participation_id)) for e in entries(gone)], kept, keep,
                      "pitch entries")


def _merge_availability(session: Session, keep: Company, gone: Company) -> MergeRow:
    """One B2B availability per mission: the kept company's stays."""
    from sqlmodel import select

    from c2c.store.models import B2BCompany

    def rows(company: Company) -> list[B2BCompany]:
        return list(session.exec(select(B2BCompany).where(B2BCompany.company_id == company.id)).all())

    kept = {b.mission_id for b in rows(keep)}
    return _move_rows(session, [(b, b.mission_id) for b in rows(gone)], kept, keep, "B2B availability")


def _move_rows(session: Session, rows: Sequence[tuple[Any, Hashable]], kept: set[Any], keep: Company,
               what: str) -> MergeRow:
    tally = _Tally()
    for row, slot in rows:
        if slot in kept:
            session.delete(row)
            tally.dropped += 1
        else:
            row.company_id = keep.id
            session.add(row)
            tally.moved += 1
    if tally.dropped:
        tally.notes.append("the kept company's own stays")
    session.flush()
    return tally.row(what)
