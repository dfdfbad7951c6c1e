"""The mission a list is imported into, as the import reads it: a loaded ``Mission`` or the few
facts read without the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from c2c.store.reading import Reader


class IntoMission(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def slug(self) -> str: ...

    @property
    def country(self) -> str | None: ...

    @property
    def host_cluster_id(self) -> int | None: ...

    @property
    def guest_cluster_id(self) -> int | None: ...


@dataclass(frozen=True)
class ImportTarget:
    id: int
    slug: str
    country: str | None
    host_cluster_id: int | None
    guest_cluster_id: int | None


def import_target(db: Reader, slug: str | None) -> ImportTarget:
    """The mission named, else the one chosen with ``mission use`` (as ``get_mission`` chooses)."""
    from c2c.services.missions import mission_ref

    ref = mission_ref(db, slug)
    country = db.rows("SELECT country FROM mission WHERE id = :id", {"id": ref.id})[0]["country"]
    return ImportTarget(ref.id, ref.slug, country, ref.host_cluster_id, ref.guest_cluster_id)
