"""Who pitches, and in which order: the pure part of the agenda, with no store writes."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from c2c.errors import InvalidInput
from c2c.parsing import parse_choice
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.store.reading import Reader, Record

ORDERS = ("alternate", "cluster", "registration", "alphabetical", "random")
PER = ("company", "person")
PROFILE_FIELDS = ("core_business", "areas_of_interest", "partners_sought", "current_projects")
LONGEST_PITCH = 120 * 60


@dataclass(frozen=True)
class Pitcher:
    """One pitch: a company with its speakers, or one person with ``--per person``."""

    key: str
    company: str
    speakers: tuple[str, ...]
    participation_ids: tuple[int, ...]
    registered: int  # the first participation id: the order people registered in
    company_id: int | None = None
    participation_id: int | None = None  # set for a pitch of one person
    cluster_id: int | None = None
    cluster: str | None = None  # short name when the cluster has one
    cluster_name: str | None = None
    profile: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)

    @property
    def label(self) -> str:
        if self.participation_id is not None and self.speakers:
            return f"{self.company} ({self.speakers[0]})" if self.company else self.speakers[0]
        return self.company


def pitch_seconds(seconds: int) -> int:
    """A pitch's length, more than nothing and two hours at most."""
    if not 0 < seconds <= LONGEST_PITCH:
        raise InvalidInput(f"a pitch lasts more than 0 and at most 120 minutes, not {seconds / 60:g}")
    return seconds


def validate_order(order: str) -> str:
    return parse_choice(order, ORDERS, "order")


def validate_per(per: str) -> str:
    return parse_choice(per, PER, "pitches per")


def load_pitchers(db: Reader, mission_id: int, per: str) -> list[Pitcher]:
    """Participants with the pitch flag; colleagues share their company's pitch unless per person."""
    found = db.rows(
        "SELECT pa.id AS participation_id, pe.first_name, pe.last_name, co.id AS company_id, co.name AS company, "
        "co.core_business, co.areas_of_interest, co.partners_sought, co.current_projects, co.city, co.country, "
        "co.website, cl.id AS cluster_id, cl.name AS cluster_name, cl.short_name AS cluster_short "
        "FROM participation pa JOIN person pe ON pe.id = pa.person_id "
        "LEFT JOIN company co ON co.id = pe.company_id LEFT JOIN cluster cl ON cl.id = co.cluster_id "
        "WHERE pa.mission_id = :mission AND pa.pitch = :pitch AND pa.status != :cancelled ORDER BY pa.id",
        {"mission": mission_id, "pitch": True, "cancelled": "cancelled"},
    )
    grouped: dict[str, list[Record]] = {}
    for row in found:
        if per == "company" and row["company_id"] is not None:
            key = f"company:{row['company_id']}"
        else:
            key = f"person:{row['participation_id']}"
        grouped.setdefault(key, []).append(row)
    return [_pitcher(key, rows) for key, rows in grouped.items()]


def _pitcher(key: str, rows: list[Record]) -> Pitcher:
    first = rows[0]
    ids = tuple(row["participation_id"] for row in rows)
    has_company = first["company_id"] is not None
    has_cluster = first["cluster_id"] is not None
    return Pitcher(
        key=key,
        company=first["company"] if has_company else "",
        speakers=tuple(f"{row['first_name']} {row['last_name']}" for row in rows),
        participation_ids=ids,
        registered=ids[0],
        company_id=first["company_id"] if key.startswith("company:") else None,
        participation_id=first["participation_id"] if key.startswith("person:") else None,
        cluster_id=first["cluster_id"],
        cluster=(first["cluster_short"] or first["cluster_name"]) if has_cluster else None,
        cluster_name=first["cluster_name"],
        profile={name: first[name] for name in (*PROFILE_FIELDS, "city", "country", "website")} if has_company else {},
    )


def base_order(
    pitchers: Sequence[Pitcher], mode: str, *, seed: int | None, host_id: int | None, guest_id: int | None
) -> list[Pitcher]:
    """The running order before pins: by ``mode``, registration order breaking ties."""
    registered = sorted(pitchers, key=lambda p: p.registered)
    if mode == "registration":
        return registered
    if mode == "alphabetical":
        return sorted(registered, key=lambda p: (fold(p.company), [fold(s) for s in p.speakers]))
    if mode == "random":
        shuffled = list(registered)
        random.Random(seed).shuffle(shuffled)
        return shuffled
    groups = _cluster_groups(registered, host_id, guest_id)
    if mode == "cluster":
        return [p for group in groups for p in group]
    return _interleave(groups)


def _cluster_groups(pitchers: list[Pitcher], host_id: int | None, guest_id: int | None) -> list[list[Pitcher]]:
    # host first, then guest, then any other cluster in order of first registration
    groups: dict[int | None, list[Pitcher]] = {}
    for cluster_id in (host_id, guest_id):
        if cluster_id is not None:
            groups[cluster_id] = []
    for pitcher in pitchers:
        groups.setdefault(pitcher.cluster_id, []).append(pitcher)
    return [group for group in groups.values() if group]


def _interleave(groups: list[list[Pitcher]]) -> list[Pitcher]:
    result: list[Pitcher] = []
    longest = max((len(g) for g in groups), default=0)
    for index in range(longest):
        result.extend(group[index] for group in groups if index < len(group))
    return result


def place_pins(unpinned: list[str], pins: dict[str, int]) -> list[str]:
    """Insert pinned keys at their 1-based positions into the flowing order."""
    result = list(unpinned)
    for key, position in sorted(pins.items(), key=lambda item: (item[1], item[0])):
        result.insert(min(max(position, 1), len(result) + 1) - 1, key)
    return result
