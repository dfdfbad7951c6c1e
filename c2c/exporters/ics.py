"""Events -> an RFC 5545 iCalendar file (bytes), with icalendar. No store, no clock.

Every event is written in the calendar's time zone (DTSTART;TZID=…) with the matching
VTIMEZONE, so phones show the right hour even across a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import Timezone

PRODID = "-//Cluster2Cluster//c2c//EN"
# control characters other than tab and newline have no place in iCalendar TEXT
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    start: dt.datetime  # aware
    end: dt.datetime
    summary: str
    location: str | None = None
    description: str = ""
    sequence: int = 0
    status: str = "CONFIRMED"  # or CANCELLED
    alarm: dt.timedelta | None = None  # remind this long before the start


@dataclass(frozen=True)
class IcsCalendar:
    name: str
    timezone: str  # IANA name
    events: Sequence[IcsEvent]
    description: str | None = None


def calendar_bytes(calendar: IcsCalendar, now: dt.datetime) -> bytes:
    """The whole VCALENDAR; ``now`` (aware) becomes every event's DTSTAMP."""
    from icalendar import Calendar

    tz = ZoneInfo(calendar.timezone)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", clean_text(calendar.name))
    cal.add("x-wr-timezone", calendar.timezone)
    if calendar.description:
        cal.add("x-wr-caldesc", clean_text(calendar.description))
    # how often a subscribed calendar should be fetched again
    cal.add("x-published-ttl", "PT1H")
    if calendar.events:
        first = min(e.start for e in calendar.events).date()
        last = max(e.end for e in calendar.events).date()
        cal.add_component(vtimezone(calendar.timezone, first.year, last.year))
    stamp = now.astimezone(dt.UTC)
    for event in calendar.events:
        cal.add_component(_vevent(event, tz, stamp))
    data: bytes = cal.to_ical()
    return data


@functools.lru_cache(maxsize=32)
def vtimezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    """The zone's offsets and DST changes from 1 January of the first year to the end of the last."""
    from icalendar import Timezone

    return Timezone.from_tzid(tzid, first_date=dt.date(first_year, 1, 1), last_date=dt.date(last_year + 1, 1, 1))


def _vevent(event: IcsEvent, tz: ZoneInfo, stamp: dt.datetime) -> Any:
    from icalendar import Event

    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.start.astimezone(tz))
    vevent.add("dtend", event.end.astimezone(tz))
    vevent.add("summary", clean_text(event.summary))
    if event.location:
        vevent.add("location", clean_text(event.location))
    if event.description:
        vevent.add("description", clean_text(event.description))
    vevent.add("sequence", event.sequence)
    vevent.add("status", event.status)
    vevent.add("transp", "OPAQUE")
    if event.alarm is not None and event.status != "CANCELLED":
        vevent.add_component(_valarm(event))
    return vevent


def _valarm(event: IcsEvent) -> Any:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", clean_text(event.summary))
    alarm.add("trigger", -abs(event.alarm or dt.timedelta()))
    return alarm


def clean_text(text: str) -> str:
    """One newline convention and no control characters; icalendar escapes , ; \\ and newlines."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def write_file(path: Path, data: bytes) -> None:
    """Write through a temporary file and rename, so a reader never sees half a calendar."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def zip_bytes(members: Mapping[str, bytes]) -> bytes:
    """A zip of ``name -> content`` with a fixed date, so the same calendars give the same zip."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, members[name])
    return buffer.getvalue()
