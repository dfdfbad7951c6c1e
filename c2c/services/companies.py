"""Companies taking part in a mission: their profile (for matching and B2B) and headcount."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c2c.errors import NotFound
from c2c.services.validation import validate_country
from c2c.text import clean_spaces, fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Company
    from c2c.store.reading import Reader

PROFILE_FIELDS = ("core_business", "areas_of_interest", "partners_sought", "current_projects")


_COMPANY_ROWS = f"""
SELECT co.name, COALESCE(NULLIF(cl.short_name, ''), cl.name) AS cluster, co.country,
       COUNT(pa.id) AS people, {", ".join(f"co.{name}" for name in PROFILE_FIELDS)}, co.website
FROM company AS co
JOIN person AS pe ON pe.company_id = co.id
JOIN participation AS pa ON pa.person_id = pe.id
LEFT JOIN cluster AS cl ON cl.id = co.cluster_id
WHERE pa.mission_id = :mission
GROUP BY co.id, co.name, cl.short_name, cl.name, co.country, {", ".join(f"co.{name}" for name in PROFILE_FIELDS)}, co.website
"""


def company_rows(db: Reader, mission_id: int) -> list[dict[str, Any]]:
    """The companies of a mission by name, with how many of their people take part."""
    return sorted(db.rows(_COMPANY_ROWS, {"mission": mission_id}), key=lambda row: fold(row["name"]))


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
            text = validate_country(text)
        if name == "name" and text:
            company.name_key = fold(text)
        setattr(company, name, text)
    if cluster is not None:
        company.cluster_id = get_cluster(session, cluster).id if cluster.strip() else None
    session.add(company)
    session.flush()
    return company
