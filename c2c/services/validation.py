"""Small validators shared by services: dates, time zones, slugs, country codes."""

from __future__ import annotations

import datetime as dt
import re

from c2c.errors import InvalidInput

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")

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
LANGUAGES = ("it", "en", "fr", "de")


def parse_date(value: str, what: str = "date") -> dt.date:
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InvalidInput(f"{what} {value!r} is not a date: use YYYY-MM-DD, e.g. 2018-11-20")


def validate_timezone(name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"time zone {name!r} is not an IANA time zone", hint="e.g. Europe/Rome, Europe/Paris, America/Toronto"
        ) from None
    return name


def validate_slug(slug: str) -> str:
    if not SLUG_RE.match(slug):
        raise InvalidInput(
            f"slug {slug!r} must be lowercase letters, digits and single dashes", hint="e.g. lyon-2018"
        )
    return slug


def validate_country(code: str | None) -> str | None:
    if code is None or not code.strip():
        return None
    upper = code.strip().upper()
    if not COUNTRY_RE.match(upper):
        raise InvalidInput(f"country {code!r} must be an ISO 3166 two-letter code, e.g. FR")
    return upper


def validate_language(code: str) -> str:
    lowered = code.strip().lower()
    if lowered not in LANGUAGES:
        raise InvalidInput(f"language {code!r} is not one of {', '.join(LANGUAGES)}")
    return lowered


def validate_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    lowered = value.strip().lower()
    if lowered not in choices:
        raise InvalidInput(f"{what} {value!r} is not one of {', '.join(choices)}")
    return lowered
