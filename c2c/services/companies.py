"""Companies taking part in a mission: their profile (for matching and B2B) and headcount."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c2c.errors import NotFound
from c2c.parsing import optional, parse_country
from c2c.text import clean_spaces, fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Company, Mission

PROFILE_FIELDS = ("core_business", "areas_of_interest", "partners_sought", "current_projects")


def company_rows(session: Session, mission: Mission) -> list[dict[str, Any]]:
    """The companies of ``mission`` by name, with how many of their people take part."""
    from sqlmodel import col, func, select

    from c2c.store.models import Cluster, Company, Participation, Person

    query = (
        select(Company, Cluster, func.count(col(Participation.id)))
        .join(Person, col(Person.company_id) == Company.id)
        .join(Participation, col(Participation.person_id) == Person.id)
        .join(Cluster, col(Cluster.id) == Company.cluster_id, isouter=True)
        .where(Participation.mission_id == mission.id)
        .group_by(col(Company.id))
    )
    rows = [company_row(company, cluster, people) for company, cluster, people in session.exec(query).all()]
    return sorted(rows, key=lambda row: fold(row["name"]))


def company_row(company: Company, cluster: Any, people: int) -> dict[str, Any]:
    return {
        "name": company.name,
        "cluster": (cluster.short_name or cluster.name) if cluster else None,
        "country": company.country,
        "people": people,
        **{name: getattr(company, name) for name in PROFILE_FIELDS},
        "website": company.website,
    }


def get_company(session: Session, name: str) -> Company:
    from sqlmodel import select

    from c2c.store.models import Company

    company = session.exec(select(Company).where(Company.name_key == fold(name))).first()
    if company is None:
        raise NotFound(f"no company {name!r}", hint="see them with: c2c companies list")
    return company


def edit_company(session: Session, company: Company, changes: dict[str, str | None], cluster: str | None = None) -> Company:
    """Fill or change a company's profile; an empty string clears a field."""
    from c2c.services.clusters import get_cluster

    for name, value in changes.items():
        if value is None:
            continue
        text = clean_spaces(value) or None
        if name == "country":
            text = optional(parse_country, text)
        if name == "name" and text:
            company.name_key = fold(text)
        setattr(company, name, text)
    if cluster is not None:
        company.cluster_id = get_cluster(session, cluster).id if cluster.strip() else None
    session.add(company)
    session.flush()
    return company
