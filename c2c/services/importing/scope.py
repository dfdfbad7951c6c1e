"""Whose list a file is: the cluster (delegation) an import speaks for.

Each cluster of a mission sends its own list, so "no longer in the file" and ``--prune`` must
look at that cluster's people only, never at the other delegation's. A participant's cluster is
their company's; a person without a company (or whose company has none) has no cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from c2c.company_names import company_key
from c2c.errors import InvalidInput
from c2c.services.importing.delegation import content_country

if TYPE_CHECKING:
    from c2c.services.clusters import ClusterRef
    from c2c.services.importing.target import IntoMission
    from c2c.store.access import StoreAccess

# how the list's cluster was found: --cluster, the file's Cluster column, the companies the store
# already knows, the countries and e-mail domains of its rows, or the coordinator's answer
Source = Literal["option", "column", "inferred", "content", "asked"]
# the mission's clusters and the inferred one (the default) -> the chosen name, or None for none
AskCluster = Callable[[Sequence[str], str | None], str | None]
Note = Callable[[str, int | None], None]


@dataclass(frozen=True)
class ListScope:
    """The clusters a list speaks for; none known: it speaks only for people with no cluster."""

    clusters: frozenset[int] = frozenset()
    names: tuple[str, ...] = ()
    source: Source | None = None

    @property
    def known(self) -> bool:
        return bool(self.clusters)

    def covers(self, cluster_id: int | None) -> bool:
        """Whether a participant of this cluster missing from the file is "no longer in it"."""
        return cluster_id in self.clusters if self.known else cluster_id is None


def option_cluster(db: StoreAccess, text: str | None) -> int | None:
    """The id of the cluster ``--cluster`` names (name, short name or alias); a miss suggests the closest."""
    from c2c.services.clusters import cluster_row

    if text is None:
        return None
    name = cluster_row(db, text)["name"]
    return next(c.id for c in _clusters(db) if c.name == name)


def decide_scope(db: StoreAccess, mission: IntoMission, people: list[dict[str, Any]], has_column: bool,
                 chosen: int | None, ask: AskCluster | None) -> ListScope:
    """Whose list this is; rows without a cluster take the list's single cluster."""
    names = _cluster_names(db)
    named = {p["cluster_id"] for p in people} - {None}
    if has_column and named:
        return _scope(named, names, "column")
    if chosen is not None:
        return _scope({chosen}, names, "option")
    inferred: int | None = infer_cluster(db, people)
    source: Source = "inferred"
    if inferred is None:
        inferred, source = _cluster_by_content(db, mission, people), "content"
    delegations = [names[i] for i in (mission.host_cluster_id, mission.guest_cluster_id) if i]
    if ask is not None and delegations:
        answer = ask(delegations, names.get(inferred) if inferred else None)
        by_name = {name: i for i, name in names.items()}
        return _fill(people, _scope({by_name[answer]} if answer else set(), names, "asked"))
    if inferred is not None:
        return _fill(people, _scope({inferred}, names, source))
    return ListScope()


def _cluster_by_content(db: StoreAccess, mission: IntoMission, people: list[dict[str, Any]]) -> int | None:
    """The delegation whose country most rows point to (country cells, e-mail domains), when the
    mission's two clusters are of two countries."""
    countries = {c.id: c.country for c in _clusters(db)}
    by_country = {countries.get(i): i for i in (mission.host_cluster_id, mission.guest_cluster_id) if i}
    by_country.pop(None, None)
    if len(by_country) != 2:
        return None
    found = content_country(people, [c for c in by_country if c])
    return by_country.get(found) if found else None


def _scope(ids: set[int], names: dict[int, str], source: Source) -> ListScope:
    return ListScope(frozenset(ids), tuple(sorted(names[i] for i in ids)), source)


def _fill(people: list[dict[str, Any]], scope: ListScope) -> ListScope:
    if len(scope.clusters) == 1:
        (cluster,) = scope.clusters
        for person in people:
            if person["cluster_id"] is None:
                person["cluster_id"] = cluster
    return scope


def infer_cluster(db: StoreAccess, people: list[dict[str, Any]]) -> int | None:
    """The one cluster of every company of the file the store knows, when those are most of its companies.

    One known company among thirty new ones says little (a group present in both delegations'
    lists would hand the whole list to the other cluster), and a known company without a
    cluster leaves the question open.
    """
    keys = {company_key(p["company"]) for p in people if p["company"]}
    known = _store_clusters(db, keys)
    found = set(known.values())
    if len(found) != 1 or None in found or 2 * len(known) <= len(keys):
        return None
    return next(iter(found))


def keep_companies_in_their_clusters(db: StoreAccess, people: list[dict[str, Any]], note: Note) -> None:
    """A company of another cluster stays there, said once: a list does not move companies between
    clusters. A company new to the store (or of no cluster yet) takes the cluster of its first row."""
    keys = {company_key(p["company"]) for p in people if p["company"] and p["cluster_id"] is not None}
    known = _store_clusters(db, keys)
    first_row: dict[str, int] = {}  # company key -> the row that gave it its cluster
    names: dict[int, str] | None = None
    warned: set[str] = set()
    for person in people:
        if not person["company"] or person["cluster_id"] is None:
            continue
        key = company_key(person["company"])
        was = known.get(key)
        if was is None:
            known[key], first_row[key] = person["cluster_id"], person["row"]
        if was is None or was == person["cluster_id"]:
            continue
        names = names or _cluster_names(db)
        if key not in warned:
            warned.add(key)
            since = f" (row {first_row[key]})" if key in first_row else ""
            note(f"{person['company']} is a company of {names[was]}{since}, not of {names[person['cluster_id']]}: "
                 f'left there (move it with: c2c companies edit "{person["company"]}" --cluster NAME)', person["row"])
        person["cluster_id"] = None


def require_prunable(db: StoreAccess, mission: IntoMission, scope: ListScope, file: str) -> None:
    """``--prune`` without knowing whose list this is could remove the other delegation: refuse."""
    if scope.known or not _has_delegations(db, mission):
        return
    names = _cluster_names(db)
    theirs = ", ".join(names[i] for i in (mission.host_cluster_id, mission.guest_cluster_id) if i)
    raise InvalidInput(f"cannot remove the people no longer in {file}: nothing says which cluster's list it is",
                       hint="say it: c2c participants import FILE --cluster NAME --prune"
                            + (f" (this mission's: {theirs})" if theirs else ""))


def _has_delegations(db: StoreAccess, mission: IntoMission) -> bool:
    """Whether the mission names its clusters or has participants of one: lists are then per cluster."""
    if mission.host_cluster_id or mission.guest_cluster_id:
        return True
    return bool(db.rows(
        "SELECT pa.id FROM participation AS pa JOIN person AS pe ON pe.id = pa.person_id "
        "JOIN company AS co ON co.id = pe.company_id "
        "WHERE pa.mission_id = :mission AND co.cluster_id IS NOT NULL LIMIT 1", {"mission": mission.id}))


def _store_clusters(db: StoreAccess, keys: set[str]) -> dict[str, int | None]:
    """Company key -> its cluster in the store, for the companies of ``keys`` the store knows.

    One read of every company: a store holds a few thousand at most, and an IN list of a long
    file's companies costs more to bind than the whole table to read."""
    rows = db.rows("SELECT name_key, cluster_id FROM company")
    return {row["name_key"]: row["cluster_id"] for row in rows if row["name_key"] in keys}


def _cluster_names(db: StoreAccess) -> dict[int, str]:
    return {c.id: c.name for c in _clusters(db)}


def _clusters(db: StoreAccess) -> list[ClusterRef]:
    from c2c.services.clusters import cluster_refs

    return cluster_refs(db)
