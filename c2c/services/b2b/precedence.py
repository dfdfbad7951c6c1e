"""The organiser's order between B2B meetings ("meet the integrator before its supplier").

A precedence says meeting ``before`` is held in an earlier slot than meeting ``after``. The
scheduler treats it as hard: when both are held, the order holds. Cycles are refused here,
where the organiser can still see which meetings close them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, TypedDict

from c2c.errors import Conflict, InvalidInput, NotFound
from c2c.services.b2b.meetings import MeetingInfo, get_meeting, meeting_infos
from c2c.store.reading import session_reader

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, B2BPrecedence, Mission
    from c2c.store.reading import Reader


def add_precedence(session: Session, mission: Mission, before_id: int, after_id: int) -> B2BPrecedence:
    """Record that meeting ``before_id`` comes before ``after_id``; refuse loops and clashes with pins."""
    from c2c.store.models import B2BPrecedence

    if before_id == after_id:
        raise InvalidInput(f"meeting {before_id} cannot come before itself")
    before, after = get_meeting(session, mission, before_id), get_meeting(session, mission, after_id)
    pairs = precedence_pairs(session_reader(session), mission.id or 0)
    if (before_id, after_id) in pairs:
        raise Conflict(f"meeting {before_id} already comes before meeting {after_id}")
    loop = _path(pairs, after_id, before_id)
    if loop:
        chain = " → ".join(str(m) for m in [*loop, after_id])
        raise InvalidInput(
            f"meeting {before_id} before {after_id} would close a loop: {chain}",
            hint="remove one of them with: c2c b2b order remove BEFORE AFTER",
        )
    _check_pins(before, after)
    precedence = B2BPrecedence(mission_id=mission.id or 0, before_id=before_id, after_id=after_id)
    session.add(precedence)
    session.flush()
    return precedence


def remove_precedence(session: Session, mission: Mission, before_id: int, after_id: int) -> None:
    from sqlmodel import select

    from c2c.store.models import B2BPrecedence

    found = session.exec(
        select(B2BPrecedence).where(
            B2BPrecedence.mission_id == mission.id,
            B2BPrecedence.before_id == before_id,
            B2BPrecedence.after_id == after_id,
        )
    ).first()
    if found is None:
        raise NotFound(f"meeting {before_id} is not set to come before meeting {after_id}",
                       hint="see them with: c2c b2b order list")
    session.delete(found)
    session.flush()


def precedence_pairs(db: Reader, mission_id: int) -> list[tuple[int, int]]:
    """(before, after) meeting ids of the mission, in the order they were given."""
    rows = db.rows("SELECT before_id, after_id FROM b2b_precedence WHERE mission_id = :mission ORDER BY id",
                   {"mission": mission_id})
    return [(r["before_id"], r["after_id"]) for r in rows]


class PrecedenceRow(TypedDict):
    before: int
    before_meeting: str
    before_start: str | None
    after: int
    after_meeting: str
    after_start: str | None
    holds: bool | None


def precedence_rows(db: Reader, mission_id: int) -> list[PrecedenceRow]:
    """One row per precedence, with both meetings' companies and times and whether the order holds now."""
    infos = {i.id: i for i in meeting_infos(db, mission_id)}
    rows: list[PrecedenceRow] = []
    for before_id, after_id in precedence_pairs(db, mission_id):
        before, after = infos[before_id], infos[after_id]
        rows.append({
            "before": before_id, "before_meeting": f"{before.a.name} – {before.b.name}",
            "before_start": _clock(before), "after": after_id,
            "after_meeting": f"{after.a.name} – {after.b.name}", "after_start": _clock(after),
            "holds": _holds(before, after),
        })
    return rows


def _clock(meeting: MeetingInfo) -> str | None:
    return f"{meeting.start:%H:%M}" if meeting.start is not None else None


def _holds(before: MeetingInfo, after: MeetingInfo) -> bool | None:
    """None while either meeting has no time: there is nothing to check yet."""
    if before.start is None or after.start is None:
        return None
    return before.start < after.start


def _check_pins(before: B2BMeeting, after: B2BMeeting) -> None:
    if before.fixed and after.fixed and before.start is not None and after.start is not None:
        if not before.start < after.start:
            raise InvalidInput(
                f"meeting {before.id} is fixed at {before.start:%H:%M} and meeting {after.id} at "
                f"{after.start:%H:%M}: the first cannot come before the second",
                hint=f"release one with: c2c b2b unfix {after.id}",
            )


def _path(pairs: list[tuple[int, int]], start: int, goal: int) -> list[int]:
    """The meetings from ``start`` to ``goal`` along the precedences, or [] when there is no way."""
    following: dict[int, list[int]] = defaultdict(list)
    for before, after in pairs:
        following[before].append(after)
    came_from: dict[int, int | None] = {start: None}
    queue = [start]
    while queue:
        here = queue.pop(0)
        if here == goal:
            path = [here]
            while (back := came_from[path[-1]]) is not None:
                path.append(back)
            return path[::-1]
        for nxt in following[here]:
            if nxt not in came_from:
                came_from[nxt] = here
                queue.append(nxt)
    return []
