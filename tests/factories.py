"""Test data written straight into a real store (for features that do not import files)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from c2c.company_names import company_key
from c2c.config import resolve_store
from c2c.services.clusters import get_cluster
from c2c.services.missions import get_mission
from c2c.store.engine import Store, open_store
from c2c.store.models import Company, Mission, Participation, Person
from tests.postgres import located

if TYPE_CHECKING:
    from sqlmodel import Session


def store_at(path: Path) -> Store:
    """The test's store known as ``path`` (on the server when the stores are there)."""
    return open_store(resolve_store(located(path)))


def store_at_revision(path: Path, revision: str) -> Store:
    """A store at an old schema revision, to fill before a migration test opens it."""
    from c2c.store.engine import create_engine, upgrade_store

    location = resolve_store(located(path))
    old = Store(location, create_engine(location))
    upgrade_store(old, revision)
    return old


def add_participant(
    store: Store,
    mission: str,
    first: str,
    last: str,
    company: str,
    cluster: str | None = None,
    **details: str | bool | None,
) -> int:
    """Add one person (and their company if new) to a mission; returns the participation id."""
    with store.session() as session:
        return put_participant(session, get_mission(session, mission), first, last, company, cluster, **details)


def put_participant(
    session: Session,
    mission: Mission,
    first: str,
    last: str,
    company: str,
    cluster: str | None = None,
    *,
    email: str | None = None,
    phone: str | None = None,
    pitch: bool | None = None,
    bus_stop: str | None = None,
    role: str | None = None,
) -> int:
    """``add_participant`` inside a session the caller holds: many people, one transaction."""
    from sqlmodel import select

    found = session.exec(select(Company).where(Company.name_key == company_key(company))).first()
    if found is None:
        cluster_id = get_cluster(session, cluster).id if cluster else None
        found = Company(name=company, name_key=company_key(company), cluster_id=cluster_id)
        session.add(found)
        session.flush()
    person = Person(first_name=first, last_name=last, email=email, phone=phone, role=role, company_id=found.id)
    session.add(person)
    session.flush()
    assert person.id is not None
    assert mission.id is not None
    participation = Participation(person_id=person.id, mission_id=mission.id, pitch=pitch, bus_stop=bus_stop)
    session.add(participation)
    session.flush()
    assert participation.id is not None
    return participation.id
