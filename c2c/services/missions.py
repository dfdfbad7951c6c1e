"""Missions: create, list, show, edit, delete, and the mission chosen with ``mission use``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.errors import Conflict, InvalidInput, NotFound
from c2c.parsing import (
    optional,
    parse_choice,
    parse_country,
    parse_language,
    parse_slug,
    parse_timezone,
)
from c2c.store.reading import as_date, typed
from c2c.text import clean_spaces, slugify

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Cluster, Mission
    from c2c.store.reading import Reader

CURRENT_MISSION_KEY = "current_mission"
DIRECTIONS = ("incoming", "outgoing")
STATUSES = ("planned", "confirmed", "done", "cancelled")

# the countries Cluster2Cluster missions have gone to, to default time zone and language
COUNTRY_DEFAULTS: dict[str, tuple[str, str]] = {
    "IT": ("Europe/Rome", "it"),
    "FR": ("Europe/Paris", "fr"),
    "CH": ("Europe/Zurich", "de"),
    "DE": ("Europe/Berlin", "de"),
    "AT": ("Europe/Vienna", "de"),
    "PL": ("Europe/Warsaw", "en"),
    "CA": ("America/Toronto", "fr"),
    "BE": ("Europe/Brussels", "fr"),
    "ES": ("Europe/Madrid", "en"),
    "GB": ("Europe/London", "en"),
}


@dataclass
class MissionInput:
    title: str
    start_date: dt.date
    slug: str | None = None
    end_date: dt.date | None = None
    direction: str = "outgoing"
    host: Cluster | None = None
    guest: Cluster | None = None
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    timezone: str | None = None
    language: str | None = None
    status: str = "planned"
    notes: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def suggest_slug(city: str | None, start: dt.date | None) -> str | None:
    if not city or start is None:
        return None
    base = slugify(city)
    return f"{base}-{start.year}" if base else None


def create_mission(session: Session, data: MissionInput) -> Mission:
    from c2c.store.models import Mission

    title = clean_spaces(data.title)
    if not title:
        raise InvalidInput("a mission needs a title")
    if data.city is not None and not clean_spaces(data.city):
        raise InvalidInput("the city cannot be empty", hint="give the city of the mission, e.g. Lyon")
    slug = data.slug or suggest_slug(data.city, data.start_date)
    if not slug:
        raise InvalidInput("a mission needs a slug (or a city to suggest one from)",
                           hint="c2c mission new --slug lyon-2018 …")
    parse_slug(slug)
    check_slug_free(session, slug)
    end = data.end_date or data.start_date
    check_dates(data.start_date, end)
    country = optional(parse_country, data.country) or _default_country(data)
    default_tz, default_lang = COUNTRY_DEFAULTS.get(country or "", ("Europe/Rome", "en"))
    check_clusters(data.host, data.guest)
    mission = Mission(
        slug=slug,
        title=title,
        direction=parse_choice(data.direction, DIRECTIONS, "direction"),
        host_cluster_id=data.host.id if data.host else None,
        guest_cluster_id=data.guest.id if data.guest else None,
        city=clean_spaces(data.city) if data.city else None,
        country=country,
        venue=data.venue,
        start_date=data.start_date,
        end_date=end,
        timezone=parse_timezone(data.timezone or default_tz),
        language=parse_language(data.language or default_lang),
        status=parse_choice(data.status, STATUSES, "status"),
        notes=data.notes,
    )
    session.add(mission)
    session.flush()
    return mission


def _default_country(data: MissionInput) -> str | None:
    # a mission takes place where its host cluster is
    return data.host.country if data.host else None


def check_dates(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InvalidInput(f"end date {end.isoformat()} is before start date {start.isoformat()}")


def check_clusters(host: Cluster | None, guest: Cluster | None) -> None:
    if host is not None and guest is not None and host.id == guest.id:
        raise InvalidInput(f"host and guest are the same cluster ({host.name})")


def check_slug_free(session: Session, slug: str) -> None:
    if find_mission(session, slug) is not None:
        raise Conflict(f"mission {slug!r} already exists", hint="choose another slug")


def find_mission(session: Session, slug: str) -> Mission | None:
    from sqlmodel import select

    from c2c.store.models import Mission

    return session.exec(select(Mission).where(Mission.slug == slug.strip().lower())).first()


def get_mission(session: Session, slug: str | None) -> Mission:
    """The mission named, else the one chosen with ``mission use``."""
    chosen = slug or get_setting(session, CURRENT_MISSION_KEY)
    if not chosen:
        raise InvalidInput("no mission given", hint="choose one with: c2c mission use SLUG")
    mission = find_mission(session, chosen)
    if mission is None:
        raise NotFound(f"no mission {chosen!r}", hint="see the missions with: c2c mission list")
    return mission


EDITABLE = ("title", "city", "country", "venue", "timezone", "language", "status", "direction", "notes")


def edit_mission(
    session: Session,
    mission: Mission,
    changes: dict[str, Any],
    host: Cluster | None = None,
    guest: Cluster | None = None,
) -> Mission:
    validators: dict[str, Callable[[str], Any]] = {
        "country": lambda v: optional(parse_country, v),
        "timezone": parse_timezone,
        "language": parse_language,
        "status": lambda v: parse_choice(v, STATUSES, "status"),
        "direction": lambda v: parse_choice(v, DIRECTIONS, "direction"),
    }
    old_start, old_end = mission.start_date, mission.end_date
    for name, value in changes.items():
        if value is None:
            continue
        if name == "slug":
            parse_slug(value)
            other = find_mission(session, value)
            if other is not None and other.id != mission.id:
                raise Conflict(f"mission {value!r} already exists")
        if name in validators:
            value = validators[name](value)
        setattr(mission, name, value)
    if host is not None:
        mission.host_cluster_id = host.id
    if guest is not None:
        mission.guest_cluster_id = guest.id
    if mission.host_cluster_id is not None and mission.host_cluster_id == mission.guest_cluster_id:
        raise InvalidInput("host and guest are the same cluster")
    shift = mission.start_date - old_start if old_start else dt.timedelta(0)
    if shift and changes.get("end_date") is None:
        mission.end_date = old_end + shift  # a mission moved keeps its length
    check_dates(mission.start_date, mission.end_date)
    session.add(mission)
    session.flush()
    if shift:
        _move_days(session, mission, shift)
    return mission


def _move_days(session: Session, mission: Mission, shift: dt.timedelta) -> None:
    """The programme, the coaches' legs and the B2B session move with the mission's dates."""
    from sqlmodel import col, select

    from c2c.store.models import B2BSetup, Coach, Leg, ProgramBlock

    moved: list[ProgramBlock | Leg | B2BSetup] = [
        *session.exec(select(ProgramBlock).where(ProgramBlock.mission_id == mission.id)),
        *session.exec(select(Leg).join(Coach, col(Coach.id) == Leg.coach_id).where(Coach.mission_id == mission.id))]
    setup = session.get(B2BSetup, mission.id)
    for row in [*moved, *([setup] if setup else [])]:
        row.day += shift
        session.add(row)
    session.flush()


def delete_mission(session: Session, mission: Mission) -> None:
    if get_setting(session, CURRENT_MISSION_KEY) == mission.slug:
        set_setting(session, CURRENT_MISSION_KEY, None)
    session.delete(mission)
    session.flush()


def use_mission(session: Session, slug: str) -> Mission:
    mission = get_mission(session, slug)
    set_setting(session, CURRENT_MISSION_KEY, mission.slug)
    return mission


def get_setting(session: Session, key: str) -> str | None:
    from c2c.store.models import Setting

    setting = session.get(Setting, key)
    return setting.value if setting else None


def set_setting(session: Session, key: str, value: str | None) -> None:
    from c2c.store.models import Setting

    setting = session.get(Setting, key)
    if value is None:
        if setting is not None:
            session.delete(setting)
        return
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
        session.add(setting)


class MissionRow(TypedDict):
    """A mission for output; the list's columns first, so its csv reads like the table."""

    slug: str
    start_date: str
    title: str
    direction: str
    host_short: str | None
    guest_short: str | None
    city: str | None
    status: str
    companies: int
    participants: int  # taking part: cancelled people are counted apart
    cancelled: int
    host: str | None
    guest: str | None
    country: str | None
    venue: str | None
    end_date: str
    timezone: str
    language: str
    notes: str | None


# One row per mission with its clusters and headcount, for list and show; portable SQL.
_MISSION_ROWS = """
SELECT m.slug, m.title, m.direction, host.name AS host, guest.name AS guest, m.city, m.country,
       m.venue, m.start_date, m.end_date, m.timezone, m.language, m.status,
       COALESCE(heads.people, 0) AS participants, COALESCE(heads.companies, 0) AS companies,
       COALESCE(heads.cancelled, 0) AS cancelled, m.notes,
       COALESCE(NULLIF(host.short_name, ''), host.name) AS host_short,
       COALESCE(NULLIF(guest.short_name, ''), guest.name) AS guest_short
FROM mission AS m
LEFT JOIN cluster AS host ON host.id = m.host_cluster_id
LEFT JOIN cluster AS guest ON guest.id = m.guest_cluster_id
LEFT JOIN (
    SELECT pa.mission_id, SUM(CASE WHEN pa.status = 'cancelled' THEN 0 ELSE 1 END) AS people,
           COUNT(DISTINCT CASE WHEN pa.status = 'cancelled' THEN NULL ELSE pe.company_id END) AS companies,
           SUM(CASE WHEN pa.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled
    FROM participation AS pa JOIN person AS pe ON pe.id = pa.person_id
    GROUP BY pa.mission_id
) AS heads ON heads.mission_id = m.id
"""


def mission_rows(db: Reader, slug: str | None = None) -> list[MissionRow]:
    """Every mission, oldest first (or the one ``slug`` names), with clusters and headcounts."""
    where = "WHERE m.slug = :slug " if slug is not None else ""
    rows = db.rows(f"{_MISSION_ROWS}{where}ORDER BY m.start_date, m.slug", {"slug": slug})
    for row in rows:
        for day in ("start_date", "end_date"):
            row[day] = as_date(row[day]).isoformat()
    return typed(MissionRow, rows)


def mission_row(db: Reader, slug: str | None) -> MissionRow:
    """The mission named (the command reads ``C2C_MISSION``), else the one chosen with ``mission use``."""
    return mission_rows(db, mission_ref(db, slug).slug)[0]


@dataclass(frozen=True)
class MissionRef:
    id: int
    slug: str
    title: str
    timezone: str
    start_date: dt.date
    language: str  # of the mission's own calendar and documents
    venue: str | None
    host_cluster_id: int | None  # the running order of pitches alternates host and guest
    guest_cluster_id: int | None


def mission_ref(db: Reader, slug: str | None) -> MissionRef:
    """What read commands need to find a mission's rows; the same choice as ``get_mission``."""
    chosen = slug or read_setting(db, CURRENT_MISSION_KEY)
    if not chosen:
        raise InvalidInput("no mission given", hint="pass --mission SLUG or choose one with: c2c mission use SLUG")
    found = db.rows(
        "SELECT id, slug, title, timezone, start_date, language, venue, host_cluster_id, guest_cluster_id "
        "FROM mission WHERE slug = :slug",
        {"slug": chosen.strip().lower()},
    )
    if not found:
        raise NotFound(f"no mission {chosen!r}", hint="see the missions with: c2c mission list")
    row = found[0]
    return MissionRef(row["id"], row["slug"], row["title"], row["timezone"], as_date(row["start_date"]),
                      row["language"], row["venue"], row["host_cluster_id"], row["guest_cluster_id"])


def ref_of(mission: Mission) -> MissionRef:
    """A mission already loaded, as the read views take it (write commands that show one)."""
    assert mission.id is not None
    return MissionRef(mission.id, mission.slug, mission.title, mission.timezone, mission.start_date,
                      mission.language, mission.venue, mission.host_cluster_id, mission.guest_cluster_id)


def read_setting(db: Reader, key: str) -> str | None:
    found = db.rows("SELECT value FROM setting WHERE key = :key", {"key": key})
    return found[0]["value"] if found else None
