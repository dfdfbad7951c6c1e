"""Clusters: create, find forgivingly (case, accents, short name, aliases), edit, remove."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.errors import Conflict, InvalidInput
from c2c.names import resolve
from c2c.parsing import optional, parse_country
from c2c.store.reading import as_json, typed
from c2c.text import clean_spaces, fold

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Cluster
    from c2c.store.reading import Reader


@dataclass
class ClusterInput:
    name: str
    short_name: str | None = None
    country: str | None = None
    region: str | None = None
    website: str | None = None
    aliases: tuple[str, ...] = ()


def cluster_keys(cluster: Cluster) -> set[str]:
    return _keys(cluster.name, cluster.short_name, cluster.aliases)


def _keys(name: str, short_name: str | None, aliases: list[str] | None) -> set[str]:
    """Every folded name a cluster answers to: its name, short name and aliases."""
    return {fold(n) for n in [name, *(aliases or []), short_name] if n}


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
    """The cluster ``text`` names (see ``c2c.names``): name, short name or alias, or their beginning."""
    return find_cluster(session, text) or resolve(list_clusters(session), text, cluster_names, what="cluster",
                                                  hint=_add_hint(text))


def cluster_names(cluster: Cluster | ClusterRow) -> list[str]:
    """The names a cluster answers to, its name first."""
    return [cluster["name"] if isinstance(cluster, dict) else cluster.name,
            *_other_names(cluster)]


def _other_names(cluster: Cluster | ClusterRow) -> list[str]:
    if isinstance(cluster, dict):
        return [n for n in [cluster["short_name"], *cluster["aliases"]] if n]
    return [n for n in [cluster.short_name, *(cluster.aliases or [])] if n]


def _add_hint(text: str) -> str:
    return f'add it with: c2c cluster add "{text}"'


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


def check_removable(session: Session, cluster: Cluster) -> int:
    """Refuse a cluster a mission hosts or visits; else how many companies would lose it."""
    from sqlmodel import func, or_, select

    from c2c.store.models import Company, Mission

    used = session.exec(
        select(Mission.slug).where(or_(Mission.host_cluster_id == cluster.id, Mission.guest_cluster_id == cluster.id))
    ).all()
    if used:
        raise Conflict(
            f"cluster {cluster.name!r} is host or guest of {', '.join(used)}",
            hint="delete or edit those missions first",
        )
    return session.exec(select(func.count()).select_from(Company).where(Company.cluster_id == cluster.id)).one()


def remove_cluster(session: Session, cluster: Cluster) -> None:
    check_removable(session, cluster)
    session.delete(cluster)
    session.flush()


def list_clusters(session: Session) -> list[Cluster]:
    from sqlmodel import select

    from c2c.store.models import Cluster

    return list(session.exec(select(Cluster).order_by(Cluster.name)).all())


class ClusterRow(TypedDict):
    name: str
    short_name: str | None
    country: str | None
    region: str | None
    website: str | None
    aliases: list[str]



def cluster_countries(session: Session) -> dict[int, str | None]:
    """Cluster id -> its country (ISO alpha-2), for every cluster."""
    return {c.id: c.country for c in list_clusters(session) if c.id is not None}


@dataclass(frozen=True)
class ClusterRef:
    """A cluster as bulk writers look it up: its id, name, country and every folded name it answers to."""

    id: int
    name: str
    country: str | None
    keys: frozenset[str]


def cluster_refs(db: Reader) -> list[ClusterRef]:
    """Every cluster by name (``list_clusters``'s order), read without the ORM."""
    rows = db.rows("SELECT id, name, short_name, country, aliases FROM cluster ORDER BY name")
    return [ClusterRef(row["id"], row["name"], row["country"],
                       frozenset(_keys(row["name"], row["short_name"], as_json(row["aliases"]))))
            for row in rows]


def cluster_rows(db: Reader) -> list[ClusterRow]:
    """Every cluster by name, for list and show."""
    rows = db.rows("SELECT name, short_name, country, region, website, aliases FROM cluster ORDER BY name")
    for row in rows:
        row["aliases"] = list(as_json(row["aliases"]) or [])
    return typed(ClusterRow, rows)


def cluster_row(db: Reader, text: str) -> ClusterRow:
    """The cluster ``text`` names, found as ``get_cluster`` finds it (case, accents, short name, aliases)."""
    rows = cluster_rows(db)
    key = fold(text)
    exact = [row for row in rows if key and key in _keys(row["name"], row["short_name"], row["aliases"])]
    return exact[0] if exact else resolve(rows, text, cluster_names, what="cluster", hint=_add_hint(text))
