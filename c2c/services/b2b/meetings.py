"""The stored B2B meetings of a mission, resolved once for the views, the timetable and the order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from c2c.errors import NotFound

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, Company, Mission


@dataclass(eq=False)
class MeetingInfo:
    """A stored meeting with what the views need, resolved once."""

    meeting: B2BMeeting
    a: Company
    b: Company
    priority: int
    mutual: bool
    session: str | None


def meeting_infos(session: Session, mission: Mission) -> list[MeetingInfo]:
    from sqlmodel import col, select

    from c2c.store.models import B2BMeeting, B2BRequest, Company

    companies = {c.id: c for c in session.exec(select(Company)).all()}
    meetings = session.exec(select(B2BMeeting).where(B2BMeeting.mission_id == mission.id).order_by(col(B2BMeeting.id))).all()
    requests: dict[int, list[B2BRequest]] = {}
    ids = [m.id for m in meetings]
    for request in session.exec(select(B2BRequest).where(col(B2BRequest.meeting_id).in_(ids))).all():
        requests.setdefault(request.meeting_id, []).append(request)
    infos = []
    for m in meetings:
        wishes = requests.get(m.id or 0, [])
        sessions = [r.session for r in wishes if r.session]
        infos.append(MeetingInfo(
            m, companies[m.company_a_id], companies[m.company_b_id],
            min((r.priority for r in wishes), default=2), len(wishes) > 1, sessions[0] if sessions else None,
        ))
    return infos


def absent_companies(session: Session, mission: Mission, infos: list[MeetingInfo]) -> dict[MeetingInfo, str]:
    """Meetings with a company nobody of which takes part any more, and that company's name."""
    from c2c.services.b2b.setup import mission_companies

    present = {c.id for c in mission_companies(session, mission)}
    return {i: (i.a if i.a.id not in present else i.b).name for i in infos if not {i.a.id, i.b.id} <= present}


def get_meeting(session: Session, mission: Mission, meeting_id: int) -> B2BMeeting:
    from c2c.store.models import B2BMeeting

    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None or meeting.mission_id != mission.id:
        raise NotFound(f"no meeting {meeting_id} in mission {mission.slug}", hint="see them with: c2c b2b show")
    return meeting
