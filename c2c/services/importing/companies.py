"""The companies of an attendee file: one per identity key whatever its spelling, their country
and profile, and the notes a careful reader should see (legal forms that differ, look-alikes).

A company's country is its cluster's; without a cluster, the one most of its people in the file
come from (never one person's nationality: a French engineer of an Italian SME). A country
already in the store is kept: it may be the coordinator's (``companies edit --country``), so the
import only fills an empty one and says when the file disagrees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from c2c.company_names import base_key, company_key, legal_form, look_alikes
from c2c.services.importing.headers import COMPANY_FIELDS

if TYPE_CHECKING:
    from c2c.store.reading import Reader

# how the report takes a note: (message, row)
Note = Callable[[str, int | None], None]


@dataclass
class FileCompany:
    """One company as the file gives it: its first spelling and row, and what its rows say."""

    key: str
    name: str
    row: int
    profile: dict[str, Any] = field(default_factory=dict)
    countries: Counter[str] = field(default_factory=Counter)
    spellings: dict[str, int] = field(default_factory=dict)  # each spelling's first row


@dataclass
class StoredCompany:
    id: int
    name: str
    key: str
    country: str | None
    cluster_id: int | None
    profile: dict[str, Any]


def plan_companies(db: Reader, people: Iterable[dict[str, Any]], present: set[str],
                   note: Note, cluster_countries: dict[int, str | None]) -> dict[str, dict[str, Any]]:
    """Company key -> what to write: ``name`` and ``country`` of a new one, the profile fields
    the file fills (``cluster_id`` among them); what a reader should check goes to ``note``."""
    profile = [f for f in ("cluster_id", *COMPANY_FIELDS) if f in present or f == "cluster_id"]
    in_file = _companies_in_file(people, profile)
    stored = _stored_companies(db)
    wanted: dict[str, dict[str, Any]] = {}
    for key, company in in_file.items():
        known = stored.get(key)
        cluster = company.profile.get("cluster_id") or (known.cluster_id if known else None)
        country = cluster_countries.get(cluster) if cluster else None
        country = country or _most_people(company, known, note)
        if known is not None and known.country and country and country != known.country:
            note(f"company {known.name!r} keeps country {known.country}, though its people in the file point "
                        f"to {country} (change it with: c2c companies edit {known.name!r} --country {country})",
                        company.row)
        wanted[key] = {"name": company.name, **company.profile,
                       "country": known.country if known is not None and known.country else country}
        _note_legal_forms(company, known, note)
    _note_look_alikes(in_file, stored, note)
    return wanted


def _companies_in_file(people: Iterable[dict[str, Any]], profile: list[str]) -> dict[str, FileCompany]:
    """Each company of the file, with each ``profile`` field from the first of its rows that fills it."""
    found: dict[str, FileCompany] = {}
    unfilled: dict[str, list[str]] = {}
    for person in people:
        name = person["company"]
        if not name:
            continue
        key = company_key(name)
        company = found.get(key)
        if company is None:
            found[key] = company = FileCompany(key, name, person["row"])
            unfilled[key] = profile
        company.spellings.setdefault(name, person["row"])
        if person["country"]:
            company.countries[person["country"]] += 1
        if unfilled[key]:  # most companies are complete after their first row: nothing to look at
            for wanted in unfilled[key]:
                if person.get(wanted) is not None:
                    company.profile[wanted] = person[wanted]
            unfilled[key] = [f for f in unfilled[key] if f not in company.profile]
    return found


def _most_people(company: FileCompany, known: StoredCompany | None, note: Note) -> str | None:
    """The country most of the company's people in the file come from; a tie decides nothing."""
    ranked = company.countries.most_common()
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        if known is None or not known.country:
            tied = ", ".join(f"{country} {count}" for country, count in ranked if count == ranked[0][1])
            note(f"company {company.name!r}: its people's countries tie ({tied}), so its country is left "
                        f"empty (set it with: c2c companies edit {company.name!r} --country CODE)", company.row)
        return None
    return ranked[0][0]


def _note_legal_forms(company: FileCompany, known: StoredCompany | None, note: Note) -> None:
    """'Avioparts SpA' and 'Avioparts Srl' are one company to the import: say so, once."""
    first = known.name if known is not None else company.name
    form = legal_form(first)
    for spelling, row in company.spellings.items():
        other = legal_form(spelling)
        if form and other and not set(form.split()) & set(other.split()):
            note(f"company {spelling!r} is taken as {first!r}: the same name with another legal form "
                        f"(if they are two companies, give one another name in the file)", row)
            return


def _note_look_alikes(in_file: dict[str, FileCompany], stored: dict[str, StoredCompany], note: Note) -> None:
    """Companies one letter apart ('Aviopart Srl', 'Avioparts Srl'): the coordinator may merge them."""
    by_base: dict[str, list[StoredCompany]] = {}
    for known in stored.values():
        by_base.setdefault(base_key(known.key), []).append(known)

    def described(key: str) -> tuple[str, int | None]:
        """How the note names a company: as first written (the store's name), and its row in the file."""
        name = by_base[key][0].name if key in by_base else in_file[key].name
        return name, in_file[key].row if key in in_file else None

    for key, other in look_alikes(in_file, stored):
        if key in stored and other in stored:
            continue  # both were in the store before: said when the second came
        (name, row), (other_name, other_row) = described(key), described(other)
        if other_row is not None and other_row > (row or 0):  # the note goes on the later row
            (name, row), (other_name, other_row) = (other_name, other_row), (name, row)
        where = "in the store" if other_row is None else f"row {other_row}"
        note(f"company {name!r} looks like {other_name!r} ({where}): if they are one company, merge them "
             f"after the import: c2c companies merge {other_name!r} {name!r}", row)
    for key, company in in_file.items():
        twins = by_base.get(key, [])
        if len(twins) > 1:  # kept apart when the key stopped telling legal forms apart (migration 0010)
            first, *others = sorted(twins, key=lambda c: c.id)
            for twin in others:
                note(f"company {company.name!r} is taken as {first.name!r}; the store also holds "
                            f"{twin.name!r}, the same company: c2c companies merge {first.name!r} {twin.name!r}",
                            company.row)


def _stored_companies(db: Reader) -> dict[str, StoredCompany]:
    rows = db.rows(f"SELECT id, name, name_key, country, cluster_id, {', '.join(COMPANY_FIELDS)} FROM company")
    return {row["name_key"]: StoredCompany(row["id"], row["name"], row["name_key"], row["country"], row["cluster_id"],
                                           {f: row[f] for f in COMPANY_FIELDS}) for row in rows}


