"""Carrying the live leads of one mission into the B2B wishes of the next."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from c2c.errors import InvalidInput
from c2c.services.b2b.setup import company_refs
from c2c.services.b2b.wishes import follow_up_wish
from c2c.services.outcomes.leads import LIVE_STATUSES
from c2c.store.reading import session_reader, typed

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission


class FollowUpRow(TypedDict):
    lead: int
    requester: str
    requested: str
    next_step: str
    placed: bool
    result: str


def carry_leads(session: Session, source: Mission, target: Mission) -> list[FollowUpRow]:
    """Each open or in-progress lead that started at ``source`` becomes a must-meet wish at
    ``target`` when both companies take part in it; the others are listed with the reason."""
    from sqlmodel import col, select

    from c2c.store.models import Company, Lead

    if source.id == target.id:
        raise InvalidInput(f"the leads of {source.slug} cannot be followed up at {source.slug} itself",
                           hint="c2c b2b request follow-ups --from EARLIER --mission LATER")
    leads = session.exec(select(Lead).where(Lead.mission_id == source.id, col(Lead.status).in_(LIVE_STATUSES))
                         .order_by(col(Lead.id))).all()
    taking_part = {ref.id for ref in company_refs(session_reader(session), target.id or 0)}
    rows = []
    for lead in leads:
        a, b = session.get(Company, lead.company_a_id), session.get(Company, lead.company_b_id)
        assert a is not None
        assert b is not None
        absent = [c.name for c in (a, b) if c.id not in taking_part]
        if absent:
            result = f"not placed: {' and '.join(absent)} {'is' if len(absent) == 1 else 'are'} not taking part"
            rows.append({"lead": lead.id, "requester": a.name, "requested": b.name, "next_step": lead.next_step,
                         "placed": False, "result": result})
            continue
        new = follow_up_wish(session, target, a, b, lead.id or 0)
        rows.append({"lead": lead.id, "requester": a.name, "requested": b.name, "next_step": lead.next_step,
                     "placed": True, "result": "wish added, priority 1" if new else "wish already there: now priority 1"})
    return typed(FollowUpRow, rows)
