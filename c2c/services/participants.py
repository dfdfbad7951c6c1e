"""The people of a mission: rows for output, and adding, editing or removing one by hand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.company_names import company_key
from c2c.errors import Conflict, InvalidInput
from c2c.names import person_names, resolve
from c2c.parsing import parse_choice, parse_language
from c2c.phones import format_phone
from c2c.services.importing.names import drop_titles, proper_case
from c2c.services.importing.normalise import (
    clean_text,
    normalise_country,
    normalise_email,
    normalise_phone,
)
from c2c.store.reading import as_bool, as_json, typed

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Company, Mission, Participation, Person
    from c2c.store.reading import Reader

STATUSES = ("registered", "confirmed", "cancelled", "attended", "no-show")
ROW_KEYS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "language", "cluster", "pitch",
            "status", "bus_stop")


@dataclass
class PersonInput:
    """One person's fields as typed by hand; None means 'not given' (unchanged on edit)."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    role: str | None = None
    country: str | None = None
    cluster: str | None = None
    pitch: bool | None = None
    bus_stop: str | None = None
    status: str | None = None
    language: str | None = None  # it, en, fr, de, pl or es: the language of the person's own calendar
    consent: bool | None = None  # to be listed with contact details in a catalogue shared with other clusters


class ParticipantRow(TypedDict):
    id: int  # the person's number: names one of several look-alikes (#12)
    first_name: str
    last_name: str
    company: str | None
    cluster: str | None
    role: str | None
    email: str | None
    phone: str | None
    country: str | None
    language: str | None
    pitch: bool | None
    bus_stop: str | None
    status: str
    extra: dict[str, Any]  # the attendee list's other columns, by header



_PARTICIPANT_ROWS = """
SELECT pe.id, pe.first_name, pe.last_name, pe.email, pe.phone, co.name AS company, pe.role, pe.country,
       pe.language, COALESCE(NULLIF(cl.short_name, ''), cl.name) AS cluster, pa.pitch, pa.status,
       pa.bus_stop, pa.extra
FROM participation AS pa
JOIN person AS pe ON pe.id = pa.person_id
LEFT JOIN company AS co ON co.id = pe.company_id
LEFT JOIN cluster AS cl ON cl.id = co.cluster_id
WHERE pa.mission_id = :mission
ORDER BY pa.id
"""


def participant_rows(db: Reader, mission_id: int) -> list[ParticipantRow]:
    """Every participant of a mission in the order they were registered (file order on import)."""
    rows = db.rows(_PARTICIPANT_ROWS, {"mission": mission_id})
    for row in rows:
        row["phone"] = format_phone(row["phone"])
        row["pitch"] = as_bool(row["pitch"])
        row["extra"] = dict(as_json(row["extra"]) or {})
    return typed(ParticipantRow, rows)


def find_participation(session: Session, mission: Mission, who: str) -> tuple[Participation, Person]:
    """One participant by e-mail or by 'First Last' (case and accents ignored)."""
    from sqlmodel import col, select

    from c2c.store.models import Participation, Person

    query = (select(Participation, Person).join(Person, col(Person.id) == Participation.person_id)
             .where(Participation.mission_id == mission.id))
    rows = list(session.exec(query).all())
    number = who.strip().removeprefix("#")
    if who.strip().startswith("#") and number.isdigit():  # '#12': the number participants list shows
        by_number = [(p, person) for p, person in rows if person.id == int(number)]
        if by_number:
            return by_number[0]
    return resolve(rows, who,
                   lambda found: person_names(f"{found[1].first_name} {found[1].last_name}".strip(),
                                              f"{found[1].last_name} {found[1].first_name}".strip(), found[1].email),
                   what="participant", where=f"in {mission.slug}",
                   hint=f"see them with: c2c participants list --mission {mission.slug}",
                   ambiguous="name one by e-mail, or by its number: #ID (c2c participants list shows it)")


def add_participant(session: Session, mission: Mission, data: PersonInput) -> Person:
    from sqlmodel import select

    from c2c.store.locks import lock_mission
    from c2c.store.models import Participation, Person

    # an import running meanwhile would match its list against people before this one is in
    # (on a shared store the two would also add the same new company twice)
    lock_mission(session, mission.id or 0, mission.slug, "adding a participant to")
    values = _clean(session, data, mission)
    country = values.get("country") or mission.country
    first, last = _name(data.first_name, country), _name(data.last_name, country)
    if not first and not last:
        raise InvalidInput("a participant needs a first or a last name")
    person = session.exec(select(Person).where(Person.email == values["email"])).first() if values.get("email") \
        else _same_name_and_company(session, first, last, data.company)
    if person is None:
        person = Person(first_name=first, last_name=last)
    _set_person(session, person, {**values, "first_name": first, "last_name": last}, data.cluster)
    assert person.id is not None
    assert mission.id is not None
    if session.exec(select(Participation).where(Participation.person_id == person.id,
                                                Participation.mission_id == mission.id)).first():
        raise Conflict(f"{first} {last} already takes part in {mission.slug}")
    session.add(Participation(person_id=person.id, mission_id=mission.id, pitch=data.pitch,
                              bus_stop=values.get("bus_stop"), status=values.get("status") or "registered"))
    session.flush()
    return person


def _same_name_and_company(session: Session, first: str, last: str, company: str | None) -> Person | None:
    """Without an e-mail, a person is known as the import knows them: the same name at the same
    company, whether or not the one already there has an e-mail."""
    from sqlmodel import col, select

    from c2c.services.importing.identity import name_key
    from c2c.store.models import Company, Person

    key = name_key(first, last)
    query = select(Person).outerjoin(Company, col(Company.id) == Person.company_id)
    query = query.where(Company.name_key == company_key(company)) if company else query.where(
        col(Person.company_id).is_(None))
    return next((person for person in session.exec(query) if name_key(person.first_name, person.last_name) == key),
                None)


@dataclass(frozen=True)
class Changed:
    """A person as edited or removed, and what the change freed (seat, pitch slot, meetings)."""

    person: Person
    freed: list[str]


def edit_participant(session: Session, mission: Mission, who: str, data: PersonInput) -> Changed:
    """Change a person; cancelling frees what they held and a new stop follows to their seat, at once."""
    from c2c.services import cancellations

    part, person = find_participation(session, mission, who)
    values = _clean(session, data, mission, person.country)
    for name in ("first_name", "last_name"):
        if getattr(data, name) is not None:
            values[name] = _name(getattr(data, name), values.get("country") or person.country or mission.country)
    if values.get("email"):
        _check_email_free(session, values["email"], person.id)
    _set_person(session, person, values, data.cluster)
    freed: list[str] = []
    if values.get("status") == "cancelled" and part.status != "cancelled":
        freed = cancellations.release_participation(session, mission, part, person).messages()
    elif "bus_stop" in values and values["bus_stop"] != part.bus_stop:
        freed = cancellations.follow_stop_change(session, mission, part, person, values["bus_stop"])
    for name in ("pitch", "bus_stop", "status"):
        if name in values:
            setattr(part, name, values[name])
    session.add(part)
    session.flush()
    return Changed(person, freed)


def remove_participant(session: Session, mission: Mission, who: str) -> Changed:
    """Take a person off the mission, freeing what they held; they stay in the store for other missions."""
    from c2c.services import cancellations

    part, person = find_participation(session, mission, who)
    freed = [] if part.status == "cancelled" else cancellations.release_participation(session, mission, part,
                                                                                      person).messages()
    if cancellations.calendar_was_sent(session, mission, part):
        freed.append(f"Warning: {person.first_name} {person.last_name}'s calendar was sent: its events stay on "
                     "their phone (cancel instead, participants edit … --status cancelled, to send one that "
                     "removes them)")
    session.delete(part)
    session.flush()
    return Changed(person, freed)


def _name(text: str | None, country: str | None) -> str:
    """As the importer reads a name cell: titles dropped, the case of the person's country."""
    text = clean_text(text or "")
    return proper_case(drop_titles(text), country) if text else ""


# Fields an empty value clears (``--phone ""``): a number that changed hands, a language
# that should fall back to the mission's, a stop the person no longer boards at.
CLEARABLE = ("email", "phone", "role", "language", "bus_stop")


def _phone_regions(session: Session, mission: Mission, country: str | None, cluster: str | None) -> list[str | None]:
    """As the importer reads a row's phone: the person's country, their cluster's, the mission's,
    the delegations'."""
    from c2c.services.clusters import get_cluster
    from c2c.store.models import Cluster

    named = get_cluster(session, cluster).country if cluster else None
    delegations = [session.get(Cluster, i) for i in (mission.host_cluster_id, mission.guest_cluster_id) if i]
    return [country, named, mission.country, *(c.country for c in delegations if c is not None)]


def _clean(session: Session, data: PersonInput, mission: Mission, own_country: str | None = None) -> dict[str, Any]:
    """The given fields, normalised exactly as the importer does."""
    country = normalise_country(data.country) if data.country else own_country
    regions = _phone_regions(session, mission, country, data.cluster) if data.phone else []
    converters: dict[str, Callable[[str], Any]] = {
        "email": normalise_email, "phone": lambda v: normalise_phone(v, *regions),
        "country": normalise_country, "status": lambda v: parse_choice(v, STATUSES, "status"),
        "language": parse_language,
        "company": clean_text, "role": clean_text, "bus_stop": clean_text,
    }
    values: dict[str, Any] = {}
    for field in fields(data):
        value = getattr(data, field.name)
        if value is None or field.name in ("first_name", "last_name", "cluster"):
            continue
        if field.name in CLEARABLE and isinstance(value, str) and not value.strip():
            values[field.name] = None
            continue
        values[field.name] = converters[field.name](value) if field.name in converters else value
    return values


def _check_email_free(session: Session, email: str, person_id: int | None) -> None:
    from sqlmodel import select

    from c2c.store.models import Person

    other = session.exec(select(Person).where(Person.email == email)).first()
    if other is not None and other.id != person_id:
        raise Conflict(f"{email} already belongs to {other.first_name} {other.last_name}")


def _set_person(session: Session, person: Person, values: dict[str, Any], cluster: str | None) -> None:
    for name in ("first_name", "last_name", "email", "phone", "role", "country", "language", "consent"):
        if name in values:
            setattr(person, name, values[name])
    if values.get("company"):
        person.company_id = company_for(session, values["company"], cluster, values.get("country")).id
    elif cluster and person.company_id is None:
        raise InvalidInput("a cluster is the company's: name the company too")
    session.add(person)
    session.flush()


def company_for(session: Session, name: str, cluster: str | None = None, country: str | None = None) -> Company:
    """The company called ``name`` (case and accents ignored), created when new."""
    from sqlmodel import select

    from c2c.services.clusters import get_cluster
    from c2c.store.models import Company

    company = session.exec(select(Company).where(Company.name_key == company_key(name))).first()
    if company is None:
        company = Company(name=name, name_key=company_key(name), country=country)
    if cluster:
        company.cluster_id = get_cluster(session, cluster).id
    session.add(company)
    session.flush()
    return company


DEMO_FILE = "demo/lyon-2018_partecipanti.xlsx"


def demo_participants(session: Session, mission: Mission) -> list[str]:
    """Import the demo attendee list (fictional people of LAC and AAR firms) into ``mission``."""
    from c2c.config import package_data
    from c2c.services.importing import ImportOptions, import_participants

    path = package_data(DEMO_FILE)
    report = import_participants(session, mission, path, ImportOptions())
    companies = {company_key(p["company"]) for p in report.participants if p["company"]}
    return [f"Participants: {len(report.participants)} people from {len(companies)} companies imported into "
            f"{mission.slug} from {path.name}"]
