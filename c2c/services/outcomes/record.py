"""Recording one side's outcome of a meeting, and opening the lead a next step asks for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from c2c.errors import InvalidInput, NotFound
from c2c.services.b2b.setup import find_company
from c2c.services.outcomes import NEXT_STEPS
from c2c.store.reading import typed
from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, B2BOutcome, Company, Lead, Mission
    from c2c.store.reading import Reader


@dataclass(frozen=True)
class OutcomeInput:
    """What one side says; None leaves a field as an earlier outcome had it."""

    status: str | None = None
    interest: str | None = None
    next_step: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Recorded:
    outcome: B2BOutcome
    company: str
    other: str
    lead: Lead | None
    lead_opened: bool


def find_meeting(session: Session, mission: Mission, meeting_id: int) -> B2BMeeting:
    from c2c.store.models import B2BMeeting

    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None or meeting.mission_id != mission.id:
        raise NotFound(f"no meeting {meeting_id} in mission {mission.slug}",
                       hint=f"see them with: c2c b2b show --mission {mission.slug}")
    return meeting


def record_outcome(session: Session, mission: Mission, meeting_id: int, company: str, said: OutcomeInput) -> Recorded:
    """Record (or correct) what ``company`` says of meeting ``meeting_id``; a next step opens a lead."""
    meeting = find_meeting(session, mission, meeting_id)
    side = find_company(session, mission, company)
    return record_side(session, mission, meeting, side, said)


def record_side(session: Session, mission: Mission, meeting: B2BMeeting, side: Company, said: OutcomeInput) -> Recorded:
    from sqlmodel import select

    from c2c.store.models import B2BOutcome, Company

    if side.id not in (meeting.company_a_id, meeting.company_b_id):
        raise InvalidInput(f"{side.name} is not in meeting {meeting.id}",
                           hint=f"see its meetings with: c2c b2b show --company {side.name!r}")
    other = session.get(Company, meeting.company_b_id if side.id == meeting.company_a_id else meeting.company_a_id)
    assert other is not None
    outcome = session.exec(select(B2BOutcome).where(B2BOutcome.meeting_id == meeting.id,
                                                    B2BOutcome.company_id == side.id)).first()
    if outcome is None:
        outcome = B2BOutcome(meeting_id=meeting.id or 0, company_id=side.id or 0, status=said.status or "held")
    elif said.status is not None:
        outcome.status = said.status
    for name in ("interest", "next_step", "note"):
        value = getattr(said, name)
        if value is not None:
            setattr(outcome, name, value or None)  # "" clears
        elif name != "note" and said.status not in (None, "held"):
            setattr(outcome, name, None)  # what a held meeting said no longer holds
    if outcome.status != "held" and (outcome.interest or (outcome.next_step or "none") != "none"):
        raise InvalidInput(f"meeting {meeting.id} was {outcome.status} for {side.name}: it has no interest or next step",
                           hint=f"c2c b2b outcome {meeting.id} --company {side.name!r} --held --interest … --next …")
    session.add(outcome)
    session.flush()
    lead, opened = _lead_for(session, mission, meeting, outcome.next_step)
    return Recorded(outcome, side.name, other.name, lead, opened)


def _lead_for(session: Session, mission: Mission, meeting: B2BMeeting, step: str | None) -> tuple[Lead | None, bool]:
    """The meeting's lead, opened when a side names a next step, moved to the furthest step named."""
    from sqlmodel import select

    from c2c.store.models import Lead, LeadEvent

    lead = session.exec(select(Lead).where(Lead.meeting_id == meeting.id)).first()
    if step is None or step == "none":
        return lead, False
    if lead is not None:
        if NEXT_STEPS.index(step) > NEXT_STEPS.index(lead.next_step):
            lead.next_step = step
            session.add(lead)
        return lead, False
    lead = Lead(company_a_id=meeting.company_a_id, company_b_id=meeting.company_b_id, mission_id=mission.id,
                meeting_id=meeting.id, next_step=step)
    session.add(lead)
    session.flush()
    session.add(LeadEvent(lead_id=lead.id or 0, status=lead.status,
                          note=f"opened at {mission.slug}, meeting {meeting.id}: {step}"))
    session.flush()
    return lead, True


class OutcomeRow(TypedDict):
    meeting: int
    start: str | None
    company: str
    meets: str
    status: str | None
    interest: str | None
    next_step: str | None
    note: str | None


_OUTCOME_ROWS = """
SELECT m.id AS meeting, m.start AS start, side.name AS company, other.name AS meets,
       o.status AS status, o.interest AS interest, o.next_step AS next_step, o.note AS note
FROM b2b_meeting AS m
JOIN company AS side ON side.id IN (m.company_a_id, m.company_b_id)
JOIN company AS other ON other.id IN (m.company_a_id, m.company_b_id) AND other.id <> side.id
LEFT JOIN b2b_outcome AS o ON o.meeting_id = m.id AND o.company_id = side.id
WHERE m.mission_id = :mission
"""


def outcome_rows(db: Reader, mission_id: int, company_id: int | None = None) -> list[OutcomeRow]:
    """Each side of each meeting with what it said (empty when it said nothing yet): one
    company's own view when ``company_id`` is given, the coordinator's whole view otherwise."""
    sql, params = _OUTCOME_ROWS, {"mission": mission_id}
    if company_id is not None:
        sql, params = sql + " AND side.id = :company", {**params, "company": company_id}
    rows = db.rows(sql, params)
    for row in rows:
        row["start"] = str(row["start"])[:5] if row["start"] is not None else None
    return typed(OutcomeRow, sorted(rows, key=lambda r: (r["start"] or "99", r["meeting"], fold(r["company"]))))
