"""Clusters: create, find forgivingly (case, accents, short name, aliases), edit, remove."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from c2c.errors import Conflict, InvalidInput, NotFound
from c2c.parsing import optional, parse_country
from c2c.text import clean_spaces, fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Cluster


@dataclass
class ClusterInput:
    name: str
    short_name: str | None = None
    country: str | None = None
    region: str | None = None
    website: str | None = None
    aliases: tuple[str, ...] = ()


def cluster_keys(cluster: Cluster) -> set[str]:
    names = [cluster.name, *(cluster.aliases or [])]
    if cluster.short_name:
        names.append(cluster.short_name)
    return {fold(n) for n in names if n}


def find_cluster(session: Session, text: str) -> Cluster | None:
    from sqlmodel import select

    from c2c.store.models import Cluster

    key = fold(text)
    if not key:
        return None
    for cluster in session.exec(select(Cluster)).all():
        if key in cluster_keys(cluster):
            return cluster
    return None


def get_cluster(session: Session, text: str) -> Cluster:
    cluster = find_cluster(session, text)
    if cluster is None:
        raise NotFound(f"no cluster {text!r}", hint=f'add it with: c2c cluster add "{text}"')
    return cluster


def add_cluster(session: Session, data: ClusterInput) -> Cluster:
    from c2c.store.models import Cluster

    name = clean_spaces(data.name)
    if not name:
        raise InvalidInput("a cluster needs a name")
    aliases = [clean_spaces(a) for a in data.aliases if clean_spaces(a)]
    short = clean_spaces(data.short_name) if data.short_name else None
    for candidate in [name, *aliases, *([short] if short else [])]:
        existing = find_cluster(session, candidate)
        if existing is not None:
            raise Conflict(f"cluster {existing.name!r} already answers to {candidate!r}")
    cluster = Cluster(
        name=name,
        short_name=short,
        country=optional(parse_country, data.country),
        region=data.region,
        website=data.website,
        aliases=aliases,
    )
    session.add(cluster)
    session.flush()
    return cluster


def edit_cluster(
    session: Session,
    cluster: Cluster,
    changes: dict[str, Any],
    add_aliases: tuple[str, ...] = (),
    remove_aliases: tuple[str, ...] = (),
) -> Cluster:
    for field, value in changes.items():
        if value is None:
            continue
        if field == "country":
            value = optional(parse_country, value)
        elif field in ("name", "short_name"):
            value = clean_spaces(value)
            other = find_cluster(session, value)
            if other is not None and other.id != cluster.id:
                raise Conflict(f"cluster {other.name!r} already answers to {value!r}")
        setattr(cluster, field, value)
    aliases = list(cluster.aliases or [])
    for alias in add_aliases:
        other = find_cluster(session, alias)
        if other is not None and other.id != cluster.id:
            raise Conflict(f"cluster {other.name!r} already answers to {alias!r}")
        if fold(alias) not in {fold(a) for a in aliases}:
            aliases.append(clean_spaces(alias))
    removed = {fold(a) for a in remove_aliases}
    cluster.aliases = [a for a in aliases if fold(a) not in removed]
    session.add(cluster)
    session.flush()
    return cluster


def remove_cluster(session: Session, cluster: Cluster) -> None:
    from sqlmodel import or_, select

    from c2c.store.models import Mission

    used = session.exec(
        select(Mission.slug).where(or_(Mission.host_cluster_id == cluster.id, Mission.guest_cluster_id == cluster.id))
    ).all()
    if used:
        raise Conflict(
            f"cluster {cluster.name!r} is host or guest of {', '.join(used)}",
            hint="delete or edit those missions first",
        )
    session.delete(cluster)
    session.flush()


def list_clusters(session: Session) -> list[Cluster]:
    from sqlmodel import select

    from c2c.store.models import Cluster

    return list(session.exec(select(Cluster).order_by(Cluster.name)).all())


def cluster_row(cluster: Cluster) -> dict[str, Any]:
    return {
        "name": cluster.name,
        "short_name": cluster.short_name,
        "country": cluster.country,
        "region": cluster.region,
        "website": cluster.website,
        "aliases": list(cluster.aliases or []),
    }
