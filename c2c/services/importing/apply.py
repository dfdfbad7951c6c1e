"""Carry out an import plan with bulk statements: companies, people, participations, pruning.

Building 10,000 ORM objects costs more than reading the file, so new rows go in through one
prepared INSERT per table (executemany of plain tuples) and changes through executemany
UPDATEs by primary key, on ``StoreAccess`` (sqlite3 or SQLAlchemy: ``c2c/store/access.py``).
Only freeing what a cancelled or pruned participant held goes through the ORM. The caller's
transaction is the one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from c2c import gc_tuning
from c2c.company_names import company_key
from c2c.services.importing.headers import COMPANY_FIELDS
from c2c.services.importing.plan import IN_LIST, ImportPlan, Match
from c2c.store.access import access_of
from c2c.store.bulk import chunks
from c2c.store.versions import current_user

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.access import StoreAccess


@gc_tuning.paused()  # thousands of row dicts and tuples, none of them in a cycle
def apply_plan(store: Session | StoreAccess, plan: ImportPlan, prune: bool = False) -> None:
    db = access_of(store)
    company_ids = _write_companies(db, plan)
    _write_people(db, plan, company_ids)
    _write_participations(db, plan)
    if prune and plan.removed_ids:
        _release(db, plan, plan.removed_ids, "no longer in the file")
        _prune(db, plan.removed_ids)
        plan.report.pruned = len(plan.removed_ids)
    _cancel_leaving(db, plan)
    plan.report.written = True


def _cancel_leaving(db: StoreAccess, plan: ImportPlan) -> None:
    """Who the file now says is not coming, and is registered, is cancelled and frees what they held."""
    emails = sorted({email for _, email in plan.leaving})
    found: list[int] = []
    for start in range(0, len(emails), IN_LIST):
        chunk = emails[start:start + IN_LIST]
        names = ", ".join(f":e{n}" for n in range(len(chunk)))
        found += [row["id"] for row in db.rows(
            "SELECT pa.id FROM participation AS pa JOIN person AS pe ON pe.id = pa.person_id "
            f"WHERE pa.mission_id = :mission AND pe.email IN ({names}) AND pa.status <> 'cancelled' ORDER BY pa.id",
            {"mission": plan.mission_id, **{f"e{n}": email for n, email in enumerate(chunk)}})]
    if not found:
        return
    from c2c.store.models import Participation

    _release(db, plan, found, "says not coming: cancelled")
    session = db.orm_session()
    for pid in found:
        part = session.get(Participation, pid)
        assert part is not None
        part.status = "cancelled"
        session.add(part)
    session.flush()


def _release(db: StoreAccess, plan: ImportPlan, participation_ids: list[int], why: str) -> None:
    from c2c.services.cancellations import release_participation
    from c2c.store.models import Mission, Participation, Person

    session = db.orm_session()
    mission = session.get(Mission, plan.mission_id)
    assert mission is not None
    for pid in participation_ids:
        part = session.get(Participation, pid)
        person = session.get(Person, part.person_id) if part is not None else None
        if part is None or person is None or part.status == "cancelled":
            continue
        freed = release_participation(session, mission, part, person)
        plan.report.freed += [f"{freed.person} {why}", *freed.messages()]


def _write_companies(db: StoreAccess, plan: ImportPlan) -> dict[str, int]:
    """Company key -> id, creating the new ones and filling profiles, clusters and empty countries
    as ``plan.companies`` says."""
    wanted = plan.companies
    fields = ("cluster_id", "country", *COMPANY_FIELDS)
    existing = {row["name_key"]: row for row in db.rows(f"SELECT id, name_key, {', '.join(fields)} FROM company")}
    new = [{"name": d["name"], "name_key": key, "city": None, "website": None, **{f: d.get(f) for f in fields}}
           for key, d in wanted.items() if key not in existing]
    ids = {key: row["id"] for key, row in existing.items()}
    for row, new_id in zip(new, db.reserve_ids("company", len(new)), strict=True):
        row["id"] = ids[row["name_key"]] = new_id
    db.insert("company", new)
    changed = [{"id": row["id"], **changes} for key, row in existing.items()
               if key in wanted and (changes := {f: wanted[key][f] for f in fields
                                                 if wanted[key].get(f) not in (None, row[f])})]
    if changed:
        db.update_by_id("company", changed)
    return ids


def _write_people(db: StoreAccess, plan: ImportPlan, company_ids: dict[str, int]) -> None:
    """New people get their ids back into the plan's matches; known people get their changes."""
    def company_id(match: Match) -> int | None:
        name = match.person["company"]
        return company_ids.get(company_key(name)) if name else None

    new = [m for m in plan.matches if m.person_id is None]
    for match, new_id in zip(new, db.reserve_ids("person", len(new)), strict=True):
        match.person_id = new_id
    writer = current_user()
    # one chunk of row dicts at a time keeps a 100,000-row import's memory flat
    for chunk in chunks(new):
        rows = [{"id": m.person_id, "first_name": m.person["first_name"], "last_name": m.person["last_name"],
                 "email": m.person["email"], "phone": m.person["phone"], "role": m.person["role"],
                 "country": m.person["country"], "company_id": company_id(m), "consent": bool(m.person["consent"]),
                 "language": m.person["language"]}
                for m in chunk]
        db.insert("person", rows, shared={"changed_by": writer})
    changed: list[dict[str, Any]] = []
    for match in plan.matches:
        if not match.person_changes:
            continue
        values = {k: v for k, v in match.person_changes.items() if k != "company"}
        if "company" in match.person_changes:
            values["company_id"] = company_id(match)
        changed.append({"id": match.person_id, **values})
    if changed:
        db.update_by_id("person", changed)


def _write_participations(db: StoreAccess, plan: ImportPlan) -> None:
    now = dt.datetime.now(dt.UTC)
    shared = {"mission_id": plan.mission_id, "status": "registered", "notes": None, "created_at": now,
              "changed_by": current_user()}
    for chunk in chunks([m for m in plan.matches if m.participation_id is None]):
        db.insert("participation", [{"person_id": m.person_id, "pitch": m.person["pitch"],
                                     "bus_stop": m.person["bus_stop"], "extra": m.person["extra"]} for m in chunk],
                  shared=shared)
    changed = [{"id": m.participation_id, **m.participation_changes}
               for m in plan.matches if m.participation_id is not None and m.participation_changes]
    if changed:
        db.update_by_id("participation", changed)


def _prune(db: StoreAccess, participation_ids: list[int]) -> None:
    for start in range(0, len(participation_ids), IN_LIST):
        chunk = participation_ids[start:start + IN_LIST]
        names = ", ".join(f":id{n}" for n in range(len(chunk)))
        db.execute(f"DELETE FROM participation WHERE id IN ({names})", {f"id{n}": pid for n, pid in enumerate(chunk)})
