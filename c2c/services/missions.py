"""Missions: create, list, show, edit, delete, and the mission chosen with ``mission use``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from c2c.errors import Conflict, InvalidInput, NotFound
from c2c.parsing import (
    optional,
    parse_choice,
    parse_country,
    parse_language,
    parse_slug,
    parse_timezone,
)
from c2c.text import clean_spaces, slugify

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Cluster, Mission

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
    slug = data.slug or suggest_slug(data.city, data.start_date)
    if not slug:
        raise InvalidInput("a mission needs a slug (or a city to suggest one from)",
                           hint="c2c mission new --slug lyon-2018 …")
    parse_slug(slug)
    if find_mission(session, slug) is not None:
        raise Conflict(f"mission {slug!r} already exists", hint="choose another slug")
    end = data.end_date or data.start_date
    _check_dates(data.start_date, end)
    country = optional(parse_country, data.country) or _default_country(data)
    default_tz, default_lang = COUNTRY_DEFAULTS.get(country or "", ("Europe/Rome", "en"))
    _check_clusters(data.host, data.guest)
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


def _check_dates(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InvalidInput(f"end date {end.isoformat()} is before start date {start.isoformat()}")


def _check_clusters(host: Cluster | None, guest: Cluster | None) -> None:
    if host is not None and guest is not None and host.id == guest.id:
        raise InvalidInput(f"host and guest are the same cluster ({host.name})")


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


def list_missions(session: Session) -> list[Mission]:
    from sqlmodel import col, select

    from c2c.store.models import Mission

    return list(session.exec(select(Mission).order_by(col(Mission.start_date), col(Mission.slug))).all())


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
    _check_dates(mission.start_date, mission.end_date)
    session.add(mission)
    session.flush()
    return mission


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


def mission_rows(session: Session, missions: list[Mission]) -> list[dict[str, Any]]:
    """Rows for output, with host/guest names and headcounts resolved in two queries."""
    from sqlmodel import col, func, select

    from c2c.store.models import Cluster, Participation, Person

    all_clusters = session.exec(select(Cluster)).all()
    clusters = {c.id: c.name for c in all_clusters}
    shorts = {c.id: c.short_name or c.name for c in all_clusters}
    counts: dict[int, tuple[int, int]] = {}
    query = (
        select(
            Participation.mission_id,
            func.count(col(Participation.id)),
            func.count(func.distinct(col(Person.company_id))),
        )
        .join(Person, col(Person.id) == col(Participation.person_id))
        .group_by(col(Participation.mission_id))
    )
    for mission_id, people, companies in session.exec(query).all():
        counts[mission_id] = (people, companies)
    return [
        {
            **_mission_row(m, clusters, counts.get(m.id or 0, (0, 0))),
            "host_short": shorts.get(m.host_cluster_id),
            "guest_short": shorts.get(m.guest_cluster_id),
        }
        for m in missions
    ]


def _mission_row(mission: Mission, clusters: dict[int | None, str], counts: tuple[int, int]) -> dict[str, Any]:
    return {
        "slug": mission.slug,
        "title": mission.title,
        "direction": mission.direction,
        "host": clusters.get(mission.host_cluster_id),
        "guest": clusters.get(mission.guest_cluster_id),
        "city": mission.city,
        "country": mission.country,
        "venue": mission.venue,
        "start_date": mission.start_date.isoformat(),
        "end_date": mission.end_date.isoformat(),
        "timezone": mission.timezone,
        "language": mission.language,
        "status": mission.status,
        "participants": counts[0],
        "companies": counts[1],
        "notes": mission.notes,
    }
