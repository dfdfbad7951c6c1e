"""Carry out an import plan with bulk statements: companies, people, participations, pruning.

Building 10,000 ORM objects costs more than reading the file, so new rows go in through
``bulk.insert_rows`` (one INSERT compiled once, executemany of plain tuples) and changes
through ORM bulk UPDATEs by primary key. The caller's session is the one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from c2c import gc_tuning
from c2c.company_names import company_key
from c2c.services.importing.bulk import chunks, insert_rows
from c2c.services.importing.headers import COMPANY_FIELDS
from c2c.services.importing.plan import ImportPlan, Match, table
from c2c.store.versions import current_user

if TYPE_CHECKING:
    from sqlmodel import Session


@gc_tuning.paused()  # thousands of row dicts and tuples, none of them in a cycle
def apply_plan(session: Session, plan: ImportPlan, prune: bool = False) -> None:
    company_ids = _write_companies(session, plan)
    _write_people(session, plan, company_ids)
    _write_participations(session, plan)
    if prune and plan.removed_ids:
        _release(session, plan, plan.removed_ids, "no longer in the file")
        _prune(session, plan.removed_ids)
        plan.report.pruned = len(plan.removed_ids)
    _cancel_leaving(session, plan)
    plan.report.written = True


def _cancel_leaving(session: Session, plan: ImportPlan) -> None:
    """Who the file now says is not coming, and is registered, is cancelled and frees what they held."""
    from sqlmodel import col, select

    from c2c.store.models import Participation, Person

    emails = {email: row for row, email in plan.leaving}
    if not emails:
        return
    found = session.exec(select(Participation).join(Person, col(Person.id) == Participation.person_id).where(
        Participation.mission_id == plan.mission_id, col(Person.email).in_(list(emails)),
        Participation.status != "cancelled")).all()
    _release(session, plan, [p.id for p in found if p.id is not None], "says not coming: cancelled")
    for part in found:
        part.status = "cancelled"
        session.add(part)
    session.flush()


def _release(session: Session, plan: ImportPlan, participation_ids: list[int], why: str) -> None:
    from c2c.services.cancellations import release_participation
    from c2c.store.models import Mission, Participation, Person

    mission = session.get(Mission, plan.mission_id)
    assert mission is not None
    for pid in participation_ids:
        part = session.get(Participation, pid)
        person = session.get(Person, part.person_id) if part is not None else None
        if part is None or person is None or part.status == "cancelled":
            continue
        freed = release_participation(session, mission, part, person)
        plan.report.freed += [f"{freed.person} {why}", *freed.messages()]


def _write_companies(session: Session, plan: ImportPlan) -> dict[str, int]:
    """Company key -> id, creating the new ones and filling profiles, clusters and empty countries
    as ``plan.companies`` says."""
    from sqlalchemy import select, update

    from c2c.store.models import Company

    wanted = plan.companies
    fields = ("cluster_id", "country", *COMPANY_FIELDS)
    company = table(Company)
    existing = {row.name_key: dict(row._mapping) for row in session.execute(
        select(company.id, company.name_key, *(company[f] for f in fields)))}
    new = [{"name": d["name"], "name_key": key, "city": None, "website": None, **{f: d.get(f) for f in fields}}
           for key, d in wanted.items() if key not in existing]
    ids = {key: row["id"] for key, row in existing.items()}
    for row, new_id in zip(new, _new_ids(session, Company, len(new)), strict=True):
        row["id"] = ids[row["name_key"]] = new_id
    insert_rows(session, Company, new)
    changed = [{"id": row["id"], **changes} for key, row in existing.items()
               if key in wanted and (changes := {f: wanted[key][f] for f in fields
                                                 if wanted[key].get(f) not in (None, row[f])})]
    if changed:
        _bulk_update(session, Company, changed, update)
    return ids


def _new_ids(session: Session, model: Any, count: int) -> Sequence[int]:
    from c2c.store.sequences import reserve_ids

    return reserve_ids(session.connection(), model.__table__, count)


def _bulk_update(session: Session, model: Any, rows: list[dict[str, Any]], update: Any) -> None:
    """One executemany UPDATE by id per set of changed columns; a versioned row's version moves
    on, so that a coordinator editing it meanwhile gets a conflict instead of overwriting it."""
    from sqlalchemy import bindparam

    target = model.__table__
    columns = target.c
    versioned = "version" in columns
    by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_keys.setdefault(tuple(sorted(row)), []).append(row)
    for keys, group in by_keys.items():
        values: dict[str, Any] = {key: bindparam(f"v_{key}") for key in keys if key != "id"}
        if versioned:
            values |= {"version": columns.version + 1, "changed_by": current_user()}
        statement = update(target).where(columns.id == bindparam("v_id")).values(values)
        for chunk in chunks(group):
            session.connection().execute(statement, [{f"v_{key}": value for key, value in row.items()} for row in chunk])


def _write_people(session: Session, plan: ImportPlan, company_ids: dict[str, int]) -> None:
    """New people get their ids back into the plan's matches; known people get their changes."""
    from sqlalchemy import update

    from c2c.store.models import Person

    def company_id(match: Match) -> int | None:
        name = match.person["company"]
        return company_ids.get(company_key(name)) if name else None

    writer = current_user()
    new = [m for m in plan.matches if m.person_id is None]
    for match, new_id in zip(new, _new_ids(session, Person, len(new)), strict=True):
        match.person_id = new_id
    # one chunk of row dicts at a time keeps a 100,000-row import's memory flat
    for chunk in chunks(new):
        rows = [{"id": m.person_id, "first_name": m.person["first_name"], "last_name": m.person["last_name"],
                 "email": m.person["email"], "phone": m.person["phone"], "role": m.person["role"],
                 "country": m.person["country"], "company_id": company_id(m), "consent": bool(m.person["consent"]),
                 "language": m.person["language"]}
                for m in chunk]
        insert_rows(session, Person, rows, shared={"changed_by": writer})
    changed = []
    for match in plan.matches:
        if not match.person_changes:
            continue
        values = {k: v for k, v in match.person_changes.items() if k != "company"}
        if "company" in match.person_changes:
            values["company_id"] = company_id(match)
        changed.append({"id": match.person_id, **values})
    if changed:
        _bulk_update(session, Person, changed, update)


def _write_participations(session: Session, plan: ImportPlan) -> None:
    from sqlalchemy import update

    from c2c.store.models import Participation

    now = dt.datetime.now(dt.UTC)
    new = [m for m in plan.matches if m.participation_id is None]
    for chunk in chunks(new):
        rows = [{"person_id": m.person_id, "pitch": m.person["pitch"], "bus_stop": m.person["bus_stop"],
                 "extra": m.person["extra"]} for m in chunk]
        insert_rows(session, Participation, rows, shared={
            "mission_id": plan.mission_id, "status": "registered", "notes": None, "created_at": now,
            "changed_by": current_user()})
    changed = [{"id": m.participation_id, **m.participation_changes}
               for m in plan.matches if m.participation_id is not None and m.participation_changes]
    if changed:
        _bulk_update(session, Participation, changed, update)


def _prune(session: Session, participation_ids: list[int]) -> None:
    from sqlalchemy import delete

    from c2c.store.models import Participation

    for chunk in chunks(participation_ids):
        session.execute(delete(Participation).where(table(Participation).id.in_(list(chunk))))
