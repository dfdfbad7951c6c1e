"""The one grammar per kind of value a person types: clock, duration, date, time range, time
zone, slug, language, country, choice, count, B2B priority and half-day.

Each ``parse_*`` reads text into a typed value or raises ``InvalidValue``, whose message
names the value and the form expected but never a command-line option: services call
these parsers too. ``c2c.commands._params`` turns each into a Typer parser, so a bad
value on the command line is a usage error naming the option (exit 2), and
``c2c.prompts.ask`` checks answers typed at a prompt with the same functions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import NamedTuple, TypeVar

from c2c.errors import InvalidInput
from c2c.text import fold

T = TypeVar("T")


class InvalidValue(InvalidInput, ValueError):
    """Text that does not read as the kind of value expected.

    A ``ValueError`` for the Typer adapter, an ``InvalidInput`` (exit 1) when a service meets it.
    """


def optional(parse: Callable[[str], T], text: str | None) -> T | None:
    """``parse(text)``, or None when nothing is given (None, or only spaces: an edit that clears)."""
    return parse(text) if text is not None and text.strip() else None


# --- clock ------------------------------------------------------------------------------------

# '09:30', '9:30', '9h30', '9.30': the separators the programme, the bus and the B2B took
_CLOCK = r"(\d{1,2})[:h.](\d{2})"
_CLOCK_RE = re.compile(_CLOCK, re.IGNORECASE)
_DAY_CLOCK_RE = re.compile(_CLOCK + r"(?:\s*\+\s*(\d))?", re.IGNORECASE)


class DayClock(NamedTuple):
    """A wall-clock time and the days after the leg's day it falls on (``00:20+1``)."""

    time: dt.time
    day_offset: int = 0

    @property
    def clock(self) -> str:
        """'06:30', or '00:20+1' after midnight: as it is written back."""
        return self.time.strftime("%H:%M") + (f"+{self.day_offset}" if self.day_offset else "")

    @property
    def order(self) -> tuple[int, dt.time]:
        """Earlier first, across midnight."""
        return (self.day_offset, self.time)


def parse_clock(text: str) -> dt.time:
    """``09:30``, ``9:30``, ``9h30`` or ``9.30`` as a wall-clock time."""
    match = _CLOCK_RE.fullmatch(text.strip())
    found = _time(match[1], match[2]) if match else None
    if found is None:
        raise InvalidValue(f"{text!r} is not a time: use HH:MM, e.g. 09:30")
    return found


def parse_day_clock(text: str) -> DayClock:
    """A clock time, with ``+1`` for the next day: ``06:30``, ``00:20+1`` (a late return)."""
    match = _DAY_CLOCK_RE.fullmatch(text.strip())
    found = _time(match[1], match[2]) if match else None
    if match is None or found is None:
        raise InvalidValue(f"{text!r} is not a time: use HH:MM, e.g. 06:30 (00:20+1 after midnight)")
    return DayClock(found, int(match[3] or 0))


def _time(hours: str, minutes: str) -> dt.time | None:
    return dt.time(int(hours), int(minutes)) if int(hours) < 24 and int(minutes) < 60 else None


class TimeRange(NamedTuple):
    start: dt.time
    end: dt.time


def parse_time_range(text: str) -> TimeRange:
    """``15:40-16:00`` (or with an en dash, as the tables print it): a start and a later end."""
    first, sep, last = text.replace("–", "-").partition("-")
    try:
        start, end = parse_clock(first), parse_clock(last)
    except InvalidValue:
        sep = ""
    if not sep:
        raise InvalidValue(f"{text!r} is not a time range: use HH:MM-HH:MM, e.g. 15:40-16:00") from None
    if end <= start:
        raise InvalidValue(f"{text.strip()!r} ends before it starts")
    return TimeRange(start, end)


# --- duration ---------------------------------------------------------------------------------

_UNIT_SECONDS = {"d": 86_400, "h": 3_600, "m": 60, "s": 1}
_UNIT_WORDS = {
    **dict.fromkeys(("d", "day", "days"), "d"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "h"),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), "m"),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), "s"),
}
_SMALLER = {"d": "h", "h": "m", "m": "s"}  # what a bare number after a unit counts: 1h30, 1m30
_PART = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)")


def parse_duration(text: str, unit: str = "m") -> dt.timedelta:
    """A length of time: ``20``, ``20m``, ``90min``, ``1h30``, ``1h 30m``, ``1m30s``, ``1.5h``, ``1d``.

    Units run from the largest down (d, h, m, s); a bare number counts ``unit``s when it is
    alone, and the next smaller unit after another part (``1h30`` is 1 h 30 min).
    """
    return dt.timedelta(seconds=float(_seconds(text, unit)))


def _seconds(text: str, unit: str) -> Decimal:
    raw, parts, position = text.strip().lower(), [], 0
    while position < len(raw) and (match := _PART.match(raw, position)) is not None:
        parts.append((match[1], match[2]))
        position = match.end()
    total, previous = Decimal(0), ""
    for index, (number, word) in enumerate(parts):
        if word:
            current = _UNIT_WORDS.get(word, "")
        elif len(parts) == 1:
            current = unit
        else:
            current = _SMALLER.get(previous, "") if index == len(parts) - 1 else ""
        if not current or (previous and _UNIT_SECONDS[current] >= _UNIT_SECONDS[previous]):
            break
        total += Decimal(number.replace(",", ".")) * _UNIT_SECONDS[current]
        previous = current
    else:
        if parts and position == len(raw):
            if total > MAX_DURATION_SECONDS:
                raise InvalidValue(f"{text!r} is longer than a year")
            return total
    example = "20, 20m, 90min or 1h30" if unit == "m" else "30, 30s, 1m or 1m30s"
    raise InvalidValue(f"{text!r} is not a duration: use e.g. {example}")


def parse_minutes(text: str) -> int:
    """A duration in whole minutes, more than none; a bare number is minutes (``20``, ``1h30``)."""
    seconds = _seconds(text, "m")
    if seconds % 60:
        raise InvalidValue(f"{text!r} is not a whole number of minutes")
    if not seconds:
        raise InvalidValue(f"{text!r} is no time at all: give at least 1 minute")
    return int(seconds // 60)


def parse_seconds(text: str, *, positive: bool = False) -> int:
    """A duration in whole seconds (more than none if ``positive``); a bare number is seconds (``45``, ``1m30``)."""
    seconds = _seconds(text, "s")
    if seconds % 1:
        raise InvalidValue(f"{text!r} is not a whole number of seconds")
    if positive and not seconds:
        raise InvalidValue(f"{text!r} is no time at all: give at least 1 second")
    return int(seconds)


NO_ALARM = ("none", "off", "no", "0")


def parse_alarm(text: str) -> dt.timedelta | None:
    """A reminder ahead of an event: a duration in minutes (``30``, ``1h``, ``1d``), or none."""
    if text.strip().lower() in NO_ALARM:
        return None
    try:
        ahead = parse_duration(text, "m")
    except InvalidValue:
        raise InvalidValue(f"{text!r} is not a duration: use e.g. 30m, 1h or 1d, or none") from None
    return ahead or None


# --- date -------------------------------------------------------------------------------------

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y")


def parse_date(text: str) -> dt.date:
    """``2018-11-20``, also ``20/11/2018`` or ``20.11.2018`` as Europeans write it."""
    for form in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise InvalidValue(f"{text!r} is not a date: use YYYY-MM-DD, e.g. 2018-11-20")


# --- names and codes --------------------------------------------------------------------------

_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANGUAGES = ("it", "en", "fr", "de", "pl", "es")  # those c2c writes labels in (c2c/data/locales)


# a slug names files and folders (calendars/<slug>/, <slug>.zip): short enough for every file system
SLUG_MAX = 64


def parse_slug(text: str) -> str:
    """A mission's short id: lowercase letters, digits and single dashes (``lyon-2018``)."""
    if not _SLUG_RE.fullmatch(text):
        raise InvalidValue(f"slug {text!r} must be lowercase letters, digits and single dashes, e.g. lyon-2018")
    if len(text) > SLUG_MAX:
        raise InvalidValue(f"slug {text[:20]}… has {len(text)} characters: at most {SLUG_MAX}")
    return text


def parse_timezone(text: str) -> str:
    """An IANA time zone name, e.g. ``Europe/Rome``."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(
            f"time zone {text!r} is not an IANA time zone: e.g. Europe/Rome, Europe/Paris, America/Toronto"
        ) from None
    return name


def parse_language(text: str) -> str:
    """One of the languages c2c writes calendars and documents in."""
    return parse_choice(text, LANGUAGES, "language")


def parse_country(text: str) -> str:
    """An ISO 3166 alpha-2 code from a code (alpha-2, alpha-3, numeric) or a name in any CLDR language."""
    from c2c.countries import country_candidates, country_name

    found = sorted(country_candidates(text))
    if len(found) > 1:
        raise InvalidValue(f"country {text.strip()!r} could be {' or '.join(map(country_name, found))}: "
                           "write the one meant, by name or by its three-letter code")
    if not found:
        raise InvalidValue(f"unknown country {text.strip()!r}: use its ISO code (e.g. FR) or its name")
    return found[0]


def parse_choice(text: str, choices: Sequence[str], what: str = "") -> str:
    """One of ``choices``, whatever its case; ``what`` names the kind in the message."""
    lowered = text.strip().lower()
    if lowered not in choices:
        subject = f"{what} {text!r}" if what else repr(text)
        raise InvalidValue(f"{subject} is not one of {', '.join(choices)}")
    return lowered


# the bounds of numbers people type: far beyond any real mission, far below what overflows a
# 64-bit column, a timedelta or a solver (2**63 and 10**30 were typed to see what breaks)
MAX_COUNT = 10_000  # seats, tables, capacities, reserved seats
MAX_ID = 2**31 - 1  # block ids, meeting numbers
MAX_SEED = 2**31 - 1
MAX_DAY = 366  # the days of a mission
MAX_DURATION_SECONDS = 366 * 86_400  # slot lengths, pitches, alarms, time limits


def parse_number(text: str, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``."""
    digits = text.strip()
    if not digits.lstrip("-").isdigit() or len(digits) > 20 or not low <= int(digits) <= high:
        raise InvalidValue(f"{text!r} is not a whole number from {low} to {high:,}")
    return int(digits)


def parse_count(text: str) -> int:
    """A whole number, at least 1 (seats, tables)."""
    return parse_number(text, 1, MAX_COUNT)


def parse_reserve(text: str) -> int:
    """Seats kept free: none or more."""
    return parse_number(text, 0, MAX_COUNT)


def parse_id(text: str) -> int:
    """A block id or a meeting number as ``list`` and ``show`` print them."""
    return parse_number(text, 1, MAX_ID)


def parse_seed(text: str) -> int:
    return parse_number(text, 0, MAX_SEED)


def parse_day(text: str) -> int:
    """The day of a mission, 1 for the first."""
    return parse_number(text, 1, MAX_DAY)


# --- B2B wishes -------------------------------------------------------------------------------

PRIORITY_WORDS = {
    1: ("high", "must", "alta", "obbligatoria", "haute", "elevee", "hoch"),
    2: ("medium", "normal", "media", "normale", "moyenne", "mittel"),
    3: ("low", "optional", "bassa", "facoltativa", "basse", "faible", "niedrig"),
}
HALF_DAY_WORDS: dict[str | None, tuple[str, ...]] = {
    "am": ("am", "morning", "mattina", "mattino", "matin", "matinee", "vormittag", "morgen"),
    "pm": ("pm", "afternoon", "pomeriggio", "apres midi", "nachmittag"),
    None: ("", "any", "either", "both", "all day", "indifferente", "qualsiasi", "indifferent", "egal", "beide"),
}


def parse_priority(text: str) -> int:
    """1, 2 or 3, also written "1.0" or "1 - must meet", or as a word in one of four languages."""
    words = fold(text).split()
    if words and words[0] in ("1", "2", "3") and (len(words) == 1 or not words[1].isdigit() or words[1] == "0"):
        return int(words[0])
    for priority, names in PRIORITY_WORDS.items():
        if " ".join(words) in names:
            return priority
    raise InvalidValue(f"{text!r} is not 1, 2 or 3 (or high, medium, low)")


def parse_half_day(text: str) -> str | None:
    """``am`` or ``pm`` (or morning, pomeriggio…); None for any time of the day."""
    key = fold(text)
    for half, words in HALF_DAY_WORDS.items():
        if key in words:
            return half
    raise InvalidValue(f"{text!r} is not am or pm (or morning, afternoon)")


# --- B2B outcomes: the words a feedback sheet or a command may use ---------------------------

OUTCOME_WORDS = {
    "held": ("held", "yes", "y", "done", "met", "si", "tenuto", "svolto", "fatto", "oui", "eu lieu", "tenu", "ja",
             "stattgefunden", "gehalten", "tak", "odbyte"),
    "no-show": ("no show", "noshow", "absent", "assente", "non presentato", "nicht erschienen", "nieobecny"),
    "cancelled": ("cancelled", "canceled", "annullato", "annule", "abgesagt", "storniert", "odwolane", "anulowane"),
}
INTEREST_WORDS = {
    "none": ("none", "no", "0", "nessuno", "nessuna", "aucun", "aucune", "kein", "keines", "brak", "zadne"),
    "low": ("low", "1", "basso", "bassa", "faible", "niedrig", "gering", "niski", "niskie"),
    "medium": ("medium", "2", "medio", "media", "moyen", "moyenne", "mittel", "sredni", "srednie"),
    "high": ("high", "3", "alto", "alta", "eleve", "elevee", "fort", "forte", "hoch", "wysoki", "wysokie"),
}
NEXT_STEP_WORDS = {
    "none": ("none", "no", "nessuno", "nessuna", "aucune", "aucun", "keiner", "kein", "brak"),
    "documentation": ("documentation", "docs", "send documentation", "documentazione", "invio documentazione",
                      "envoi documentation", "dokumentation", "unterlagen", "dokumentacja"),
    "quote": ("quote", "rfq", "quote rfq", "request for quotation", "offerta", "preventivo", "richiesta offerta",
              "devis", "angebot", "anfrage", "oferta", "wycena"),
    "nda": ("nda", "cda", "accordo di riservatezza", "accord de confidentialite", "geheimhaltungsvereinbarung",
            "umowa o poufnosci"),
    "visit": ("visit", "plant visit", "visita", "visita aziendale", "visite", "besuch", "wizyta"),
    "joint-project": ("joint project", "joint-project", "progetto comune", "progetto congiunto", "projet commun",
                      "gemeinsames projekt", "wspolny projekt"),
    "partnership": ("partnership", "partenariato", "partenariat", "partnerschaft", "partnerstwo"),
}


def _word_of(text: str, words: dict[str, tuple[str, ...]], what: str) -> str:
    key = fold(text).replace("-", " ").replace("/", " ")
    key = " ".join(key.split())
    for value, names in words.items():
        if key == value.replace("-", " ") or key in names:
            return value
    raise InvalidValue(f"{text!r} is not {what} ({', '.join(words)})")


def parse_outcome_status(text: str) -> str:
    """held, no-show or cancelled, also in Italian, French, German or Polish."""
    return _word_of(text, OUTCOME_WORDS, "a meeting outcome")


def parse_interest(text: str) -> str:
    """none, low, medium or high (or 0-3), also in Italian, French, German or Polish."""
    return _word_of(text, INTEREST_WORDS, "an interest")


def parse_next_step(text: str) -> str:
    """A next step after a meeting: none, documentation, quote, nda, visit, joint-project, partnership."""
    return _word_of(text, NEXT_STEP_WORDS, "a next step")
