"""Leads: the partnerships a meeting opened, followed with a dated history across missions."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from c2c.errors import InvalidInput, NotFound
from c2c.store.reading import typed
from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Lead
    from c2c.store.reading import Reader

LEAD_STATUSES = ("open", "in-progress", "agreement", "closed", "dormant")
# still worth a meeting at the next mission
LIVE_STATUSES = ("open", "in-progress")


class LeadRow(TypedDict):
    id: int
    company_a: str
    cluster_a: str | None
    company_b: str
    cluster_b: str | None
    started: str | None
    next_step: str
    status: str
    updated: str
    last_note: str | None
    people: str


_LEAD_ROWS = """
SELECT l.id AS id, a.name AS company_a, ca.short_name AS cluster_a, b.name AS company_b, cb.short_name AS cluster_b,
       mi.slug AS started, l.next_step AS next_step, l.status AS status, l.mission_id AS mission_id,
       l.company_a_id AS company_a_id, l.company_b_id AS company_b_id
FROM lead AS l
JOIN company AS a ON a.id = l.company_a_id
JOIN company AS b ON b.id = l.company_b_id
LEFT JOIN cluster AS ca ON ca.id = a.cluster_id
LEFT JOIN cluster AS cb ON cb.id = b.cluster_id
LEFT JOIN mission AS mi ON mi.id = l.mission_id
"""


def lead_rows(db: Reader, status: str | None = None, cluster: str | None = None,
              company_id: int | None = None) -> list[LeadRow]:
    """Every lead, oldest first, with its last dated change and the people of both companies
    who came to the mission it started at."""
    rows = db.rows(_LEAD_ROWS + " ORDER BY l.id")
    events = _last_events(db)
    people = _people_at(db)
    wanted = fold(cluster) if cluster else None
    found = []
    for row in rows:
        if status is not None and row["status"] != status:
            continue
        if wanted is not None and wanted not in (fold(row["cluster_a"] or ""), fold(row["cluster_b"] or "")):
            continue
        if company_id is not None and company_id not in (row["company_a_id"], row["company_b_id"]):
            continue
        at, note = events.get(row["id"], ("", None))
        names = [*people.get((row["mission_id"], row["company_a_id"]), []),
                 *people.get((row["mission_id"], row["company_b_id"]), [])]
        found.append({**{k: row[k] for k in ("id", "company_a", "cluster_a", "company_b", "cluster_b", "started",
                                             "next_step", "status")},
                      "updated": at, "last_note": note, "people": ", ".join(names)})
    return typed(LeadRow, found)


def _last_events(db: Reader) -> dict[int, tuple[str, str | None]]:
    last: dict[int, tuple[str, str | None]] = {}
    for event in db.rows("SELECT lead_id, at, note FROM lead_event ORDER BY at, id"):
        last[event["lead_id"]] = (str(event["at"])[:10], event["note"])
    return last


def _people_at(db: Reader) -> dict[tuple[int, int], list[str]]:
    """(mission, company) -> the names of its people who took part, by name."""
    rows = db.rows("SELECT pa.mission_id, pe.company_id, pe.first_name, pe.last_name FROM participation AS pa "
                   "JOIN person AS pe ON pe.id = pa.person_id WHERE pe.company_id IS NOT NULL "
                   "ORDER BY pe.last_name, pe.first_name")
    people: dict[tuple[int, int], list[str]] = {}
    for r in rows:
        people.setdefault((r["mission_id"], r["company_id"]), []).append(f"{r['first_name']} {r['last_name']}")
    return people


class LeadEventRow(TypedDict):
    at: str
    status: str
    note: str | None


def lead_history(db: Reader, lead_id: int) -> list[LeadEventRow]:
    rows = db.rows("SELECT at, status, note FROM lead_event WHERE lead_id = :lead ORDER BY at, id", {"lead": lead_id})
    for row in rows:
        row["at"] = str(row["at"])[:16]
    return typed(LeadEventRow, rows)


def get_lead(session: Session, lead_id: int) -> Lead:
    from c2c.store.models import Lead

    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(f"no lead {lead_id}", hint="see them with: c2c leads list")
    return lead


def edit_lead(session: Session, lead_id: int, status: str | None, note: str | None) -> Lead:
    """Move a lead on (or add a note to it); every change is kept, dated, in its history."""
    from c2c.store.models import LeadEvent

    if status is None and not note:
        raise InvalidInput("nothing to change")
    if status is not None and status not in LEAD_STATUSES:
        raise InvalidInput(f"status {status!r} is not one of {', '.join(LEAD_STATUSES)}")
    lead = get_lead(session, lead_id)
    if status is not None:
        lead.status = status
    session.add(lead)
    session.add(LeadEvent(lead_id=lead_id, status=lead.status, note=note or None))
    session.flush()
    return lead
