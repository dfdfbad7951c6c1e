"""Companies taking part in a mission: their profile (for matching and B2B) and headcount."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from c2c.company_names import SUFFIX_MARK, company_key
from c2c.errors import Conflict, InvalidInput
from c2c.parsing import optional, parse_country
from c2c.store.reading import typed
from c2c.text import clean_spaces, fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Company
    from c2c.store.reading import Reader


class CompanyRow(TypedDict):
    name: str
    cluster: str | None
    country: str | None
    people: int  # taking part: cancelled people are counted apart
    cancelled: int
    core_business: str | None
    areas_of_interest: str | None
    partners_sought: str | None
    current_projects: str | None
    website: str | None


_COMPANY_ROWS = """
SELECT co.name, COALESCE(NULLIF(cl.short_name, ''), cl.name) AS cluster, co.country,
       SUM(CASE WHEN pa.status = 'cancelled' THEN 0 ELSE 1 END) AS people,
       SUM(CASE WHEN pa.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled, co.core_business, co.areas_of_interest, co.partners_sought,
       co.current_projects, co.website
FROM company AS co
JOIN person AS pe ON pe.company_id = co.id
JOIN participation AS pa ON pa.person_id = pe.id
LEFT JOIN cluster AS cl ON cl.id = co.cluster_id
WHERE pa.mission_id = :mission
GROUP BY co.id, co.name, cl.short_name, cl.name, co.country, co.core_business, co.areas_of_interest,
         co.partners_sought, co.current_projects, co.website
"""


def company_rows(db: Reader, mission_id: int) -> list[CompanyRow]:
    """The companies of a mission by name, with how many of their people take part."""
    rows = sorted(db.rows(_COMPANY_ROWS, {"mission": mission_id}), key=lambda row: fold(row["name"]))
    return typed(CompanyRow, rows)


def get_company(session: Session, name: str) -> Company:
    """The company ``name`` names, whatever its legal form, punctuation or case."""
    from sqlmodel import col, or_, select

    from c2c.store.models import Company

    key = company_key(name)
    # a store upgraded by migration 0010 may hold look-alikes under 'key~id': the one spelled so first
    found = session.exec(select(Company).where(or_(Company.name_key == key,
                                                   col(Company.name_key).startswith(key + SUFFIX_MARK)))).all()
    if found:
        return min(found, key=lambda c: (fold(c.name) != fold(name), c.name_key != key, c.id or 0))
    from c2c.names import resolve

    return resolve(list(session.exec(select(Company)).all()), name, lambda c: [c.name], what="company",
                   hint="see them with: c2c companies list")


def _new_name(session: Session, company: Company, text: str | None) -> str:
    """A company keeps a name, and one no other company answers to (look-alikes included)."""
    from sqlmodel import select

    from c2c.store.models import Company

    if not text:
        raise InvalidInput("a company needs a name")
    other = session.exec(select(Company).where(Company.name_key == company_key(text), Company.id != company.id)).first()
    if other is not None:
        raise Conflict(f"there is already a company {other.name!r}",
                       hint=f"give it a name of its own, or join them: c2c companies merge {other.name!r} {company.name!r}")
    return text


def edit_company(session: Session, company: Company, changes: dict[str, str | None], cluster: str | None = None) -> Company:
    """Fill or change a company's profile; an empty string clears a field."""
    from c2c.services.clusters import get_cluster

    for name, value in changes.items():
        if value is None:
            continue
        text = clean_spaces(value) or None
        if name == "country":
            text = optional(parse_country, text)
        if name == "name":
            text = _new_name(session, company, text)
            company.name_key = company_key(text)
        setattr(company, name, text)
    if cluster is not None:
        company.cluster_id = get_cluster(session, cluster).id if cluster.strip() else None
    session.add(company)
    session.flush()
    return company
