"""One company across the whole Cluster2Cluster path: missions, pitches, meetings, outcomes, leads.

Its own outcomes are shown whole (interest and note included); of the other side only whether
the meeting was held, never what it thought of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from c2c.services.outcomes.leads import LeadRow, lead_rows
from c2c.store.reading import typed

if TYPE_CHECKING:
    from c2c.store.reading import Reader


class VisitRow(TypedDict):
    mission: str
    date: str
    title: str
    people: str
    pitch: str


class MeetingHistoryRow(TypedDict):
    mission: str
    meeting: int
    start: str | None
    meets: str
    status: str | None
    interest: str | None
    next_step: str | None
    note: str | None
    they_said: str | None


@dataclass(frozen=True)
class CompanyHistory:
    name: str
    visits: list[VisitRow]
    meetings: list[MeetingHistoryRow]
    leads: list[LeadRow]


_VISITS = """
SELECT mi.id AS mission_id, mi.slug AS mission, mi.start_date AS date, mi.title AS title,
       pe.first_name AS first_name, pe.last_name AS last_name
FROM participation AS pa JOIN person AS pe ON pe.id = pa.person_id JOIN mission AS mi ON mi.id = pa.mission_id
WHERE pe.company_id = :company
ORDER BY mi.start_date, pe.last_name, pe.first_name
"""
_PITCHES = """
SELECT pi.mission_id AS mission_id, pi.skipped AS skipped, pi.actual_start AS actual_start
FROM pitch_entry AS pi LEFT JOIN participation AS pa ON pa.id = pi.participation_id
LEFT JOIN person AS pe ON pe.id = pa.person_id
WHERE pi.company_id = :company OR pe.company_id = :company
"""
_MEETINGS = """
SELECT mi.slug AS mission, mi.start_date AS date, m.id AS meeting, m.start AS start, other.name AS meets,
       mine.status AS status, mine.interest AS interest, mine.next_step AS next_step, mine.note AS note,
       theirs.status AS they_said
FROM b2b_meeting AS m
JOIN mission AS mi ON mi.id = m.mission_id
JOIN company AS other ON other.id IN (m.company_a_id, m.company_b_id) AND other.id <> :company
LEFT JOIN b2b_outcome AS mine ON mine.meeting_id = m.id AND mine.company_id = :company
LEFT JOIN b2b_outcome AS theirs ON theirs.meeting_id = m.id AND theirs.company_id = other.id
WHERE :company IN (m.company_a_id, m.company_b_id)
ORDER BY mi.start_date, m.start, m.id
"""


def company_history(db: Reader, company_id: int, name: str) -> CompanyHistory:
    params = {"company": company_id}
    pitches: dict[int, str] = {}
    for row in db.rows(_PITCHES, params):
        given = "given" if row["actual_start"] is not None else "on the agenda" if not row["skipped"] else "skipped"
        if pitches.get(row["mission_id"]) != "given":
            pitches[row["mission_id"]] = given
    visits: dict[str, dict[str, object]] = {}
    for row in db.rows(_VISITS, params):
        visit = visits.setdefault(row["mission"], {"mission": row["mission"], "date": str(row["date"])[:10],
                                                   "title": row["title"], "people": [],
                                                   "pitch": pitches.get(row["mission_id"], "")})
        people = visit["people"]
        assert isinstance(people, list)
        people.append(f"{row['first_name']} {row['last_name']}")
    for visit in visits.values():
        visit["people"] = ", ".join(visit["people"])  # type: ignore[arg-type]
    meetings = db.rows(_MEETINGS, params)
    for row in meetings:
        row.pop("date")
        row["start"] = str(row["start"])[:5] if row["start"] is not None else None
    return CompanyHistory(name, typed(VisitRow, list(visits.values())), typed(MeetingHistoryRow, meetings),
                          lead_rows(db, company_id=company_id))
