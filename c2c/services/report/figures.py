"""The figures a press release quotes, counted from the store, never typed.

Only counts leave here: how many meetings were held, how many sides said high interest, how
many leads moved on. No side's note, interest or wish is quoted, and no company is named
beside an interest.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from c2c.services.outcomes import INTERESTS, NEXT_STEPS
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.store.reading import Reader

PROGRESSED = ("in-progress", "agreement")


@dataclass(frozen=True)
class ClusterCount:
    name: str
    short: str
    region: str | None
    country: str | None
    companies: int
    people: int


@dataclass(frozen=True)
class FollowUp:
    source: str | None  # the earlier mission whose leads were carried here
    carried: int
    progressed: int
    closed: int


@dataclass
class MissionFigures:
    slug: str
    title: str
    date: str
    city: str | None
    language: str
    people: int
    companies: int
    clusters: list[ClusterCount]
    pitches: int
    visits: int
    meetings: int  # on the timetable
    outcomes: dict[str, int]  # held / no-show / cancelled / unreported, per meeting
    interest: dict[str, int]  # per side that reported a held meeting
    next_steps: dict[str, int]
    leads_opened: int
    per_company: list[tuple[str, int]]  # meetings on the timetable, per company
    follow_up: FollowUp
    countries: list[str] = field(default_factory=list)


def mission_figures(db: Reader, mission_id: int) -> MissionFigures:
    mission = db.rows("SELECT slug, title, start_date, city, language FROM mission WHERE id = :m", {"m": mission_id})[0]
    people = db.rows(
        "SELECT pe.id AS person, co.id AS company, co.name AS company_name, co.country AS country, cl.name AS cluster, "
        "cl.short_name AS short, cl.region AS region, cl.country AS cluster_country "
        "FROM participation AS pa JOIN person AS pe ON pe.id = pa.person_id "
        "LEFT JOIN company AS co ON co.id = pe.company_id LEFT JOIN cluster AS cl ON cl.id = co.cluster_id "
        "WHERE pa.mission_id = :m AND pa.status NOT IN ('cancelled', 'no-show')", {"m": mission_id})
    meetings = db.rows('SELECT id, company_a_id, company_b_id, start FROM b2b_meeting WHERE mission_id = :m',
                       {"m": mission_id})
    held = [m for m in meetings if m["start"] is not None]
    sides = db.rows("SELECT o.meeting_id, o.status, o.interest, o.next_step FROM b2b_outcome AS o "
                    "JOIN b2b_meeting AS m ON m.id = o.meeting_id WHERE m.mission_id = :m", {"m": mission_id})
    return MissionFigures(
        slug=mission["slug"], title=mission["title"], date=str(mission["start_date"])[:10], city=mission["city"],
        language=mission["language"], people=len({p["person"] for p in people}),
        companies=len({p["company"] for p in people if p["company"] is not None}),
        clusters=_clusters(people), pitches=_count(db, "SELECT COUNT(*) AS n FROM pitch_entry WHERE mission_id = :m "
                                                       "AND skipped = :no", {"m": mission_id, "no": False}),
        visits=_count(db, "SELECT COUNT(*) AS n FROM program_block WHERE mission_id = :m AND kind = 'visit'",
                      {"m": mission_id}),
        meetings=len(held), outcomes=_meeting_outcomes(held, sides),
        interest=_tally((s["interest"] for s in sides if s["status"] == "held" and s["interest"]), INTERESTS),
        next_steps=_tally((s["next_step"] for s in sides if s["next_step"] and s["next_step"] != "none"),
                          NEXT_STEPS[1:]),
        leads_opened=_count(db, "SELECT COUNT(*) AS n FROM lead WHERE mission_id = :m", {"m": mission_id}),
        per_company=_per_company(db, held), follow_up=_follow_up(db, mission_id),
        countries=sorted({p["country"] for p in people if p["country"]}),
    )


def _count(db: Reader, sql: str, params: dict[str, Any]) -> int:
    return int(db.rows(sql, params)[0]["n"])


def _clusters(people: list[dict[str, Any]]) -> list[ClusterCount]:
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for person in people:
        by_cluster.setdefault(person["cluster"] or "", []).append(person)
    counts = [ClusterCount(name or "—", rows[0]["short"] or name or "—", rows[0]["region"], rows[0]["cluster_country"],
                           len({r["company"] for r in rows if r["company"] is not None}), len(rows))
              for name, rows in by_cluster.items()]
    return sorted(counts, key=lambda c: (-c.people, fold(c.name)))


def _meeting_outcomes(meetings: list[dict[str, Any]], sides: list[dict[str, Any]]) -> dict[str, int]:
    """Per meeting: held when either side says so, else a no-show or a cancellation, else unreported."""
    said: dict[int, set[str]] = {}
    for side in sides:
        said.setdefault(side["meeting_id"], set()).add(side["status"])
    counts: Counter[str] = Counter()
    for meeting in meetings:
        states = said.get(meeting["id"], set())
        counts[next((s for s in ("held", "no-show", "cancelled") if s in states), "unreported")] += 1
    return {state: counts[state] for state in ("held", "no-show", "cancelled", "unreported")}


def _tally(values: Any, order: tuple[str, ...]) -> dict[str, int]:
    counts = Counter(values)
    return {value: counts[value] for value in order}


def _per_company(db: Reader, meetings: list[dict[str, Any]]) -> list[tuple[str, int]]:
    counts = Counter(c for m in meetings for c in (m["company_a_id"], m["company_b_id"]))
    if not counts:
        return []
    names = {r["id"]: r["name"] for r in db.rows("SELECT id, name FROM company")}
    return sorted(((names[c], n) for c, n in counts.items()), key=lambda item: (-item[1], fold(item[0])))


def _follow_up(db: Reader, mission_id: int) -> FollowUp:
    """The leads of an earlier mission carried into this one as wishes, and where they stand now."""
    rows = db.rows("SELECT DISTINCT l.id, l.status, mi.slug FROM b2b_request AS r "
                   "JOIN b2b_meeting AS m ON m.id = r.meeting_id JOIN lead AS l ON l.id = r.lead_id "
                   "LEFT JOIN mission AS mi ON mi.id = l.mission_id WHERE m.mission_id = :m", {"m": mission_id})
    sources = sorted({r["slug"] for r in rows if r["slug"]})
    return FollowUp(", ".join(sources) or None, len(rows), sum(r["status"] in PROGRESSED for r in rows),
                    sum(r["status"] == "closed" for r in rows))


@dataclass(frozen=True)
class SeriesPoint:
    slug: str
    date: str
    people: int
    companies: int
    meetings: int
    leads: int


def series_points(db: Reader) -> list[SeriesPoint]:
    """Every mission of the path in date order, with its people, companies, meetings and leads opened."""
    missions = db.rows("SELECT id, slug, start_date FROM mission ORDER BY start_date, slug")
    people = db.rows("SELECT pa.mission_id, COUNT(DISTINCT pe.id) AS people, COUNT(DISTINCT pe.company_id) AS companies "
                     "FROM participation AS pa JOIN person AS pe ON pe.id = pa.person_id "
                     "WHERE pa.status NOT IN ('cancelled', 'no-show') GROUP BY pa.mission_id")
    meetings = db.rows("SELECT mission_id, COUNT(*) AS n FROM b2b_meeting WHERE start IS NOT NULL GROUP BY mission_id")
    leads = db.rows("SELECT mission_id, COUNT(*) AS n FROM lead GROUP BY mission_id")
    by = {r["mission_id"]: r for r in people}
    met = {r["mission_id"]: r["n"] for r in meetings}
    opened = {r["mission_id"]: r["n"] for r in leads}
    return [SeriesPoint(m["slug"], str(m["start_date"])[:10], by.get(m["id"], {}).get("people", 0),
                        by.get(m["id"], {}).get("companies", 0), met.get(m["id"], 0), opened.get(m["id"], 0))
            for m in missions]
