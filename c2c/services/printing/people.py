"""People on paper: a badge per participant and a sign-in sheet per delegation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from c2c.text import fold

if TYPE_CHECKING:
    from c2c.store.reading import Reader


@dataclass(frozen=True)
class Attendee:
    """A person expected on the day, as a badge and a sign-in sheet show them."""

    first_name: str
    last_name: str
    company: str | None
    cluster: str | None  # the cluster's full name: the delegation the person belongs to
    role: str | None
    email: str | None
    phone: str | None  # E.164, for the vCard; sheets show it formatted

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Delegation:
    cluster: str | None
    people: list[Attendee]


# everyone but who cancelled: a badge or a line to sign for someone who is not coming is waste
_ATTENDEES = """
SELECT pe.first_name, pe.last_name, co.name AS company, cl.name AS cluster, pe.role, pe.email, pe.phone
FROM participation AS pa
JOIN person AS pe ON pe.id = pa.person_id
LEFT JOIN company AS co ON co.id = pe.company_id
LEFT JOIN cluster AS cl ON cl.id = co.cluster_id
WHERE pa.mission_id = :mission AND pa.status != 'cancelled'
"""


def attendees(db: Reader, mission_id: int) -> list[Attendee]:
    """The mission's expected attendees by delegation, company and surname (accents ignored)."""
    people = [Attendee(**row) for row in db.rows(_ATTENDEES, {"mission": mission_id})]
    return sorted(people, key=lambda p: (p.cluster is None, fold(p.cluster or ""), fold(p.company or ""), fold(p.last_name),
                                         fold(p.first_name)))


def delegations(db: Reader, mission_id: int) -> list[Delegation]:
    """The attendees grouped by cluster, people of no cluster last."""
    groups: dict[str | None, list[Attendee]] = {}
    for person in attendees(db, mission_id):
        groups.setdefault(person.cluster, []).append(person)
    return [Delegation(cluster, people) for cluster, people in groups.items()]
