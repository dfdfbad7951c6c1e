"""The demo goes on past the day: Lyon 2018's outcomes, its leads, and two carried to 2020."""

from __future__ import annotations

from typing import TYPE_CHECKING

from c2c.services.outcomes import INTERESTS
from c2c.services.outcomes.follow_ups import carry_leads
from c2c.services.outcomes.leads import edit_lead
from c2c.services.outcomes.record import OutcomeInput, record_side

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission

# (meeting position, next step of side a, of side b): the meetings that open leads
STEPS = {0: ("quote", "documentation"), 4: ("visit", "none"), 9: ("nda", "joint-project"), 15: ("none", "documentation")}
NO_SHOW, CANCELLED = 7, 20


def demo_outcomes(session: Session, mission: Mission, later: Mission) -> list[str]:
    """Both sides' outcomes of every Lyon meeting, consent for most people, and the follow-ups at ``later``."""
    from sqlmodel import col, select

    from c2c.store.models import B2BMeeting, Company

    _consent(session, mission)
    meetings = session.exec(select(B2BMeeting).where(B2BMeeting.mission_id == mission.id, col(B2BMeeting.start).is_not(None))
                            .order_by(col(B2BMeeting.start), col(B2BMeeting.table))).all()
    for position, meeting in enumerate(meetings):
        steps = STEPS.get(position, ("none", "none"))
        for side, company_id in enumerate((meeting.company_a_id, meeting.company_b_id)):
            company = session.get(Company, company_id)
            assert company is not None
            record_side(session, mission, meeting, company, _said(position, side, steps[side]))
    leads = _leads_of(session, mission)
    edit_lead(session, leads[0], "in-progress", "Quote sent; samples by January")
    _come_to(session, later, leads[:2])
    carried = carry_leads(session, mission, later)
    held = sum(1 for position in range(len(meetings)) if position != CANCELLED)
    placed = sum(row["placed"] for row in carried)
    return [f"Outcomes: {held} of {len(meetings)} meetings held, {len(leads)} leads opened",
            f"Follow-ups: {placed} of {len(carried)} open leads of {mission.slug} carried into {later.slug} as must-meet wishes"]


def _said(position: int, side: int, step: str) -> OutcomeInput:
    if position == CANCELLED:
        return OutcomeInput("cancelled")
    if position == NO_SHOW and side == 1:
        return OutcomeInput("no-show")
    interest = INTERESTS[3] if step != "none" else INTERESTS[(position + side) % 3]
    return OutcomeInput("held", interest, step, "Asked for our price list" if step == "documentation" else None)


def _consent(session: Session, mission: Mission) -> None:
    """Most of the demo's people agreed to the catalogue; a few did not, to show what it does then."""
    from sqlmodel import col, select

    from c2c.store.models import Participation, Person

    people = session.exec(select(Person).join(Participation, col(Participation.person_id) == Person.id)
                          .where(Participation.mission_id == mission.id).order_by(col(Person.id))).all()
    for index, person in enumerate(people):
        person.consent = index % 8 != 3
        session.add(person)
    session.flush()


def _leads_of(session: Session, mission: Mission) -> list[int]:
    from sqlmodel import col, select

    from c2c.store.models import Lead

    return [lead.id or 0 for lead in session.exec(select(Lead).where(Lead.mission_id == mission.id).order_by(col(Lead.id)))]


def _come_to(session: Session, later: Mission, lead_ids: list[int]) -> None:
    """One person of each company of these leads registers for the later mission."""
    from sqlmodel import col, select

    from c2c.store.models import Lead, Participation, Person

    companies = {c for lead in session.exec(select(Lead).where(col(Lead.id).in_(lead_ids)))
                 for c in (lead.company_a_id, lead.company_b_id)}
    for company_id in sorted(companies):
        person = session.exec(select(Person).where(Person.company_id == company_id).order_by(col(Person.id))).first()
        if person is not None:
            session.add(Participation(person_id=person.id or 0, mission_id=later.id or 0, status="confirmed"))
    session.flush()
