"""The stored B2B meetings of a mission, resolved once for the views, the timetable and the order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from c2c.errors import NotFound
from c2c.store.reading import as_bool, as_time

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, Mission
    from c2c.store.reading import Reader


@dataclass(frozen=True)
class Side:
    """A company in a meeting."""

    id: int
    name: str


@dataclass(eq=False)
class MeetingInfo:
    """A stored meeting with what the views need, resolved once."""

    id: int
    a: Side
    b: Side
    start: dt.time | None
    table: int | None
    fixed: bool
    reason: str | None  # why the last schedule left it out
    priority: int
    mutual: bool
    session: str | None


_MEETINGS = """
SELECT m.id, m.company_a_id, a.name AS a_name, m.company_b_id, b.name AS b_name,
       m.start, m."table", m.fixed, m.reason
FROM b2b_meeting AS m
JOIN company AS a ON a.id = m.company_a_id
JOIN company AS b ON b.id = m.company_b_id
WHERE m.mission_id = :mission
ORDER BY m.id
"""
_WISHES = """
SELECT r.meeting_id, r.priority, r.session
FROM b2b_request AS r JOIN b2b_meeting AS m ON m.id = r.meeting_id
WHERE m.mission_id = :mission
ORDER BY r.id
"""


def meeting_infos(db: Reader, mission_id: int) -> list[MeetingInfo]:
    """Every meeting of the mission by number, with its wishes folded in: best priority, mutual, session."""
    wishes: dict[int, list[tuple[int, str | None]]] = {}
    for wish in db.rows(_WISHES, {"mission": mission_id}):
        wishes.setdefault(wish["meeting_id"], []).append((wish["priority"], wish["session"]))
    infos = []
    for m in db.rows(_MEETINGS, {"mission": mission_id}):
        asked = wishes.get(m["id"], [])
        sessions = [s for _, s in asked if s]
        infos.append(MeetingInfo(
            m["id"], Side(m["company_a_id"], m["a_name"]), Side(m["company_b_id"], m["b_name"]),
            None if m["start"] is None else as_time(m["start"]), m["table"], bool(as_bool(m["fixed"])), m["reason"],
            min((p for p, _ in asked), default=2), len(asked) > 1, sessions[0] if sessions else None,
        ))
    return infos


def absent_companies(db: Reader, mission_id: int, infos: list[MeetingInfo]) -> dict[MeetingInfo, str]:
    """Meetings with a company nobody of which takes part any more, and that company's name."""
    from c2c.services.b2b.setup import company_refs

    present = {c.id for c in company_refs(db, mission_id)}
    return {i: (i.a if i.a.id not in present else i.b).name for i in infos if not {i.a.id, i.b.id} <= present}


def get_meeting(session: Session, mission: Mission, meeting_id: int) -> B2BMeeting:
    from c2c.store.models import B2BMeeting

    meeting = session.get(B2BMeeting, meeting_id)
    if meeting is None or meeting.mission_id != mission.id:
        raise NotFound(f"no meeting {meeting_id} in mission {mission.slug}", hint="see them with: c2c b2b show")
    return meeting
