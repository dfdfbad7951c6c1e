"""B2B wishes: who wants to meet whom, merged into one meeting per pair; adding, importing, withdrawing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.errors import Conflict, InvalidInput, NotFound
from c2c.services.b2b.setup import PRIORITIES, SESSIONS, find_company
from c2c.store.reading import typed
from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.b2b.wish_file import RequestRow
    from c2c.store.models import B2BMeeting, B2BRequest, Company, Mission
    from c2c.store.reading import Reader


def add_request(
    session: Session,
    mission: Mission,
    requester: str,
    requested: str,
    priority: int = 2,
    session_name: str | None = None,
    allow_same_cluster: bool = False,
) -> tuple[B2BMeeting, bool]:
    """Record a wish; both directions of a pair merge into one meeting (then mutual)."""
    if priority not in PRIORITIES:
        raise InvalidInput(f"priority {priority} is not 1, 2 or 3")
    if session_name is not None and session_name.lower() not in SESSIONS:
        raise InvalidInput(f"session {session_name!r} is not am or pm")
    a, b = find_company(session, mission, requester), find_company(session, mission, requested)
    meeting, existing = _wish_between(session, mission, a, b, allow_same_cluster)
    if existing is not None:
        raise Conflict(f"{a.name} already asked to meet {b.name}")
    return meeting, _record(session, meeting, a, priority, session_name.lower() if session_name else None)


def _wish_between(
    session: Session, mission: Mission, a: Company, b: Company, allow_same_cluster: bool
) -> tuple[B2BMeeting, B2BRequest | None]:
    """The meeting of the pair (created when new) and a's wish in it, if a already asked."""
    from sqlmodel import select

    from c2c.store.models import B2BMeeting, B2BRequest

    if a.id == b.id:
        raise InvalidInput(f"{a.name} cannot meet itself")
    if a.cluster_id is not None and a.cluster_id == b.cluster_id and not allow_same_cluster:
        raise InvalidInput(
            f"{a.name} and {b.name} belong to the same cluster", hint="to accept it: c2c b2b request add|import … --allow-same-cluster"
        )
    low, high = sorted((a.id or 0, b.id or 0))
    meeting = session.exec(
        select(B2BMeeting).where(B2BMeeting.mission_id == mission.id, B2BMeeting.company_a_id == low,
                                 B2BMeeting.company_b_id == high)
    ).first()
    if meeting is None:
        meeting = B2BMeeting(mission_id=mission.id or 0, company_a_id=low, company_b_id=high)
        session.add(meeting)
        session.flush()
        return meeting, None
    existing = session.exec(
        select(B2BRequest).where(B2BRequest.meeting_id == meeting.id, B2BRequest.requester_id == a.id)
    ).first()
    return meeting, existing


def _record(session: Session, meeting: B2BMeeting, a: Company, priority: int, session_name: str | None) -> bool:
    """Add a's wish to the meeting; True when the meeting is now mutual."""
    from sqlmodel import select

    from c2c.store.models import B2BRequest

    session.add(B2BRequest(meeting_id=meeting.id or 0, requester_id=a.id or 0, priority=priority,
                           session=session_name))
    session.flush()
    return len(session.exec(select(B2BRequest).where(B2BRequest.meeting_id == meeting.id)).all()) > 1


def follow_up_wish(session: Session, mission: Mission, a: Company, b: Company, lead_id: int) -> bool:
    """a's must-meet wish for b, marked as following up a lead; True when the wish is new."""
    from c2c.store.models import B2BRequest

    meeting, existing = _wish_between(session, mission, a, b, allow_same_cluster=True)
    if existing is None:
        session.add(B2BRequest(meeting_id=meeting.id or 0, requester_id=a.id or 0, priority=1, lead_id=lead_id))
    else:
        existing.priority, existing.lead_id = 1, lead_id
        session.add(existing)
    session.flush()
    return existing is None


@dataclass(frozen=True)
class Withdrawal:
    """A wish about to be withdrawn, and whether its meeting goes with it (nobody else asked)."""

    meeting: B2BMeeting
    request: B2BRequest
    requester: str
    requested: str
    meeting_goes: bool


def find_wish(session: Session, mission: Mission, requester: str, requested: str) -> Withdrawal:
    from sqlmodel import select

    from c2c.store.models import B2BMeeting, B2BRequest

    a, b = find_company(session, mission, requester), find_company(session, mission, requested)
    low, high = sorted((a.id or 0, b.id or 0))
    meeting = session.exec(
        select(B2BMeeting).where(B2BMeeting.mission_id == mission.id, B2BMeeting.company_a_id == low,
                                 B2BMeeting.company_b_id == high)
    ).first()
    requests = session.exec(select(B2BRequest).where(B2BRequest.meeting_id == meeting.id)).all() if meeting else []
    mine = [r for r in requests if r.requester_id == a.id]
    if meeting is None or not mine:
        raise NotFound(f"{a.name} has not asked to meet {b.name}")
    return Withdrawal(meeting, mine[0], a.name, b.name, meeting_goes=len(requests) == 1)


def withdraw(session: Session, withdrawal: Withdrawal) -> None:
    session.delete(withdrawal.request)
    session.flush()  # before the meeting: its delete cascades to the requests in the database
    if withdrawal.meeting_goes:
        session.delete(withdrawal.meeting)
    session.flush()


class WishRow(TypedDict):
    meeting: int | None
    requester: str
    requested: str
    priority: int
    session: str | None
    mutual: bool
    follow_up: int | None  # the lead it follows up, from an earlier mission


_REQUEST_ROWS = """
SELECT m.id AS meeting, asker.name AS requester,
       CASE WHEN r.requester_id = m.company_a_id THEN b.name ELSE a.name END AS requested,
       r.priority, r.session,
       (SELECT COUNT(*) FROM b2b_request AS both_sides WHERE both_sides.meeting_id = m.id) > 1 AS mutual,
       r.lead_id AS follow_up
FROM b2b_request AS r
JOIN b2b_meeting AS m ON m.id = r.meeting_id
JOIN company AS asker ON asker.id = r.requester_id
JOIN company AS a ON a.id = m.company_a_id
JOIN company AS b ON b.id = m.company_b_id
WHERE m.mission_id = :mission
"""


def request_rows(db: Reader, mission_id: int) -> list[WishRow]:
    """Every wish of a mission, by meeting, with whether the other side asked too."""
    rows = db.rows(_REQUEST_ROWS, {"mission": mission_id})
    for row in rows:
        row["mutual"] = bool(row["mutual"])
    return typed(WishRow, sorted(rows, key=lambda r: (r["meeting"], fold(r["requester"]))))


@dataclass
class ImportCount:
    new: int = 0
    updated: int = 0  # already there, with another priority or session in the file
    unchanged: int = 0


def import_requests(session: Session, mission: Mission, path: Any, allow_same_cluster: bool = False) -> ImportCount:
    """Add every wish of a spreadsheet (requester, requested, priority[, session]).

    Importing the file again after editing it updates the wishes already there; a wish
    repeated within the file must say the same both times.
    """
    from c2c.services.b2b.wish_file import read_request_rows

    count = ImportCount()
    seen: dict[tuple[int, int], RequestRow] = {}
    for row in read_request_rows(path):
        a, b = _company_at(session, mission, row, "requester"), _company_at(session, mission, row, "requested")
        earlier = seen.setdefault((a.id or 0, b.id or 0), row)
        if earlier is not row:
            if (earlier.priority, earlier.session) != (row.priority, row.session):
                raise InvalidInput(f"{row.where}: the wish {a.name} → {b.name} is already in {earlier.where}, "
                                   "with another priority or session")
            continue
        try:
            meeting, existing = _wish_between(session, mission, a, b, allow_same_cluster)
        except InvalidInput as exc:
            raise InvalidInput(f"{row.where}: {exc.message}", exc.hint) from None
        if existing is None:
            _record(session, meeting, a, row.priority, row.session)
            count.new += 1
        elif (existing.priority, existing.session) != (row.priority, row.session):
            existing.priority, existing.session = row.priority, row.session
            session.add(existing)
            count.updated += 1
        else:
            count.unchanged += 1
    session.flush()
    return count


def _company_at(session: Session, mission: Mission, row: RequestRow, column: str) -> Company:
    try:
        return find_company(session, mission, getattr(row, column))
    except (InvalidInput, NotFound) as exc:
        raise type(exc)(f"{row.column(column)}: {exc.message}", exc.hint) from None
