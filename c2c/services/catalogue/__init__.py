"""The contact catalogue: every company of a mission (or of the whole path), grouped by cluster,
with its profile and the people who agreed to be listed.

A catalogue goes to another cluster, so it shares only what people agreed to share: someone
without consent is counted under their company, never named. Nothing private to one side of a
B2B meeting (interest, notes, wishes) is read here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c2c.errors import InvalidInput
from c2c.exporters.catalogue import Catalogue, Contact, Entry
from c2c.phones import format_phone
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.services.missions import MissionRef
    from c2c.store.reading import Reader

SUFFIXES = (".xlsx", ".vcf", ".html", ".pdf")
NO_CLUSTER = "—"

_PEOPLE = """
SELECT DISTINCT pe.id AS id, pe.first_name AS first_name, pe.last_name AS last_name, pe.role AS role,
       pe.email AS email, pe.phone AS phone, pe.language AS language, pe.consent AS consent,
       co.id AS company_id, co.name AS company, co.country AS country, co.website AS website,
       co.core_business AS core_business, co.areas_of_interest AS areas_of_interest,
       co.partners_sought AS partners_sought, co.current_projects AS current_projects,
       cl.name AS cluster
FROM participation AS pa
JOIN person AS pe ON pe.id = pa.person_id
JOIN company AS co ON co.id = pe.company_id
LEFT JOIN cluster AS cl ON cl.id = co.cluster_id
WHERE pa.status <> 'cancelled' AND ({where})
"""


@dataclass(frozen=True)
class Written:
    path: Path
    companies: int
    listed: int
    withheld: int


def build_catalogue(db: Reader, mission: MissionRef | None, lang: str | None = None) -> Catalogue:
    """The catalogue of ``mission``, or of every company met on the path when it is None."""
    if mission is None:
        rows = db.rows(_PEOPLE.format(where="1 = 1"))
        slugs = [r["slug"] for r in db.rows("SELECT slug FROM mission ORDER BY start_date")]
        title, subtitle, categories = "Cluster2Cluster", ", ".join(slugs), ["Cluster2Cluster"]
        language = lang or "en"
    else:
        rows = db.rows(_PEOPLE.format(where="pa.mission_id = :mission"), {"mission": mission.id})
        title, subtitle, categories = mission.title, f"{mission.slug} · {mission.start_date:%Y-%m-%d}", [mission.slug]
        language = lang or mission.language
    catalogue = Catalogue(title, "", categories, language)
    groups = _groups(rows, _territories(language))
    listed = sum(len(e.contacts) for _, entries in groups for e in entries)
    labels = catalogue.labels
    summary = (f"{sum(len(e) for _, e in groups)} {labels['companies']} · {listed} {labels['people']}")
    return Catalogue(f"{labels['catalogue']} — {title}", f"{subtitle} · {summary}", categories, language, groups)


def _territories(lang: str) -> Mapping[str, str]:
    """Country names in the catalogue's language (CLDR)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang).territories  # type: ignore[no-any-return]
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en").territories  # type: ignore[no-any-return]


def _groups(rows: list[dict[str, Any]], countries: Mapping[str, str]) -> list[tuple[str, list[Entry]]]:
    companies: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        companies.setdefault(row["company_id"], []).append(row)
    by_cluster: dict[str, list[Entry]] = {}
    for people in companies.values():
        first = people[0]
        contacts = [Contact(p["first_name"], p["last_name"], p["role"], p["email"], p["phone"], format_phone(p["phone"]),
                            p["language"])
                    for p in sorted(people, key=lambda p: (fold(p["last_name"]), fold(p["first_name"]))) if p["consent"]]
        entry = Entry(first["company"], first["cluster"] or NO_CLUSTER, first["country"],
                      countries.get(first["country"], first["country"]) if first["country"] else None, first["website"],
                      {k: first[k] for k in ("core_business", "areas_of_interest", "partners_sought", "current_projects")},
                      contacts, len(people) - len(contacts))
        by_cluster.setdefault(entry.cluster, []).append(entry)
    return [(cluster, sorted(entries, key=lambda e: fold(e.company)))
            for cluster, entries in sorted(by_cluster.items(), key=lambda item: (item[0] == NO_CLUSTER, fold(item[0])))]


def write_catalogue(db: Reader, mission: MissionRef | None, out: Path, lang: str | None = None) -> Written:
    """Write the catalogue as the suffix of ``out`` says: .xlsx, .vcf, .html or .pdf."""
    from c2c.exporters import catalogue as files
    from c2c.exporters.files import write_file

    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidInput(f"{out.name}: a catalogue is written as {', '.join(SUFFIXES)}")
    catalogue = build_catalogue(db, mission, lang)
    if not any(True for _ in catalogue.entries()):
        raise InvalidInput("no companies to list" + (f" in {mission.slug}" if mission else ""),
                           hint="import the attendee lists first: c2c participants import FILE")
    if suffix == ".xlsx":
        write_file(out, files.catalogue_xlsx(catalogue))
    elif suffix == ".vcf":
        write_file(out, files.catalogue_vcf(catalogue))
    elif suffix == ".html":
        write_file(out, files.catalogue_html(catalogue))
    else:
        from c2c.exporters.pdf import write_pdf

        write_pdf(files.catalogue_html(catalogue), out)
    entries = list(catalogue.entries())
    return Written(out, len(entries), sum(len(e.contacts) for e in entries), sum(e.withheld for e in entries))
