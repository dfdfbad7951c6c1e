"""The ICS writer alone: required properties, time zones across DST, escaping, alarms."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from c2c.exporters.ics import IcsCalendar, IcsEvent, calendar_bytes
from tests.calendar_helpers import (
    icalendar_events,
    parse_both,
    summaries,
    utc_times,
    vobject_events,
)

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2018, 10, 1, 8, 30, tzinfo=dt.UTC)


def paris(day: int, hour: int, minute: int = 0, month: int = 10) -> dt.datetime:
    return dt.datetime(2018, month, day, hour, minute, tzinfo=PARIS)


def one(**changes: object) -> IcsEvent:
    values: dict[str, object] = {"uid": "u1@c2c", "start": paris(28, 9), "end": paris(28, 10), "summary": "Welcome"}
    values.update(changes)
    return IcsEvent(**values)  # type: ignore[arg-type]


def write(*events: IcsEvent, name: str = "Lyon 2018") -> bytes:
    return calendar_bytes(IcsCalendar(name=name, timezone="Europe/Paris", events=events), NOW)


def test_calendar_and_event_carry_the_required_properties() -> None:
    data = write(one(location="Salle Rhône", description="Bienvenue", sequence=3))
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    cal, vcal = parse_both(data)
    assert str(cal["PRODID"]) == "-//Cluster2Cluster//c2c//EN"
    assert (str(cal["VERSION"]), str(cal["CALSCALE"]), str(cal["METHOD"])) == ("2.0", "GREGORIAN", "PUBLISH")
    assert (str(cal["X-WR-CALNAME"]), str(cal["X-WR-TIMEZONE"])) == ("Lyon 2018", "Europe/Paris")
    event = icalendar_events(cal)["u1@c2c"]
    assert event.decoded("DTSTAMP") == NOW
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event["DTEND"].params["TZID"] == "Europe/Paris"
    assert (str(event["SUMMARY"]), str(event["LOCATION"]), str(event["DESCRIPTION"])) == (
        "Welcome", "Salle Rhône", "Bienvenue")
    assert (event["SEQUENCE"], str(event["STATUS"])) == (3, "CONFIRMED")
    v = vobject_events(vcal)["u1@c2c"]
    assert (v.sequence.value, v.status.value, v.location.value) == ("3", "CONFIRMED", "Salle Rhône")
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded at 75 octets


def test_times_across_the_dst_change_are_right_in_utc_with_both_parsers() -> None:
    # 28 October 2018: Paris goes from CEST (+2) back to CET (+1) at 03:00
    events = [
        one(uid="before@c2c", start=paris(27, 10), end=paris(27, 11)),
        one(uid="night@c2c", start=paris(28, 1, 30), end=paris(28, 4, 30)),
        one(uid="after@c2c", start=paris(28, 10), end=paris(28, 11)),
    ]
    times = utc_times(write(*events))
    utc = dt.UTC
    assert times["before@c2c"] == (dt.datetime(2018, 10, 27, 8, tzinfo=utc), dt.datetime(2018, 10, 27, 9, tzinfo=utc))
    assert times["night@c2c"] == (dt.datetime(2018, 10, 27, 23, 30, tzinfo=utc), dt.datetime(2018, 10, 28, 3, 30, tzinfo=utc))
    assert times["after@c2c"] == (dt.datetime(2018, 10, 28, 9, tzinfo=utc), dt.datetime(2018, 10, 28, 10, tzinfo=utc))


def test_vtimezone_describes_the_dst_change_itself() -> None:
    cal, _ = parse_both(write(one()))
    (tz,) = cal.walk("VTIMEZONE")
    offsets = {
        (sub.name, sub.decoded("DTSTART")): (sub.decoded("TZOFFSETFROM"), sub.decoded("TZOFFSETTO"))
        for sub in tz.subcomponents
    }
    hour = dt.timedelta(hours=1)
    # onsets in the local time before the change, as RFC 5545 writes them
    assert offsets[("DAYLIGHT", dt.datetime(2018, 3, 25, 2))] == (hour, 2 * hour)
    assert offsets[("STANDARD", dt.datetime(2018, 10, 28, 3))] == (2 * hour, hour)


@pytest.mark.parametrize("tzid", ["Europe/Paris", "Europe/Rome", "America/Toronto", "Europe/Warsaw"])
def test_every_vtimezone_onset_is_the_real_change(tzid: str) -> None:
    event = one(start=dt.datetime(2019, 5, 16, 9, tzinfo=ZoneInfo(tzid)), end=dt.datetime(2020, 2, 20, 9, tzinfo=ZoneInfo(tzid)))
    data = calendar_bytes(IcsCalendar(name="x", timezone=tzid, events=[event]), NOW)
    (tz,) = parse_both(data)[0].walk("VTIMEZONE")
    zone = ZoneInfo(tzid)
    changes = 0
    for sub in tz.subcomponents:
        before, after = sub.decoded("TZOFFSETFROM"), sub.decoded("TZOFFSETTO")
        onsets = [sub.decoded("DTSTART")] + [d.dt for r in _as_list(sub.get("RDATE")) for d in r.dts]
        for onset in onsets:
            if before == after:
                continue
            instant = (onset - before).replace(tzinfo=dt.UTC)
            assert instant.astimezone(zone).utcoffset() == after
            assert (instant - dt.timedelta(seconds=1)).astimezone(zone).utcoffset() == before
            changes += 1
    assert changes == 4  # two changes a year, 2019 and 2020


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def test_text_is_escaped_and_cannot_break_the_structure() -> None:
    hostile = 'Avio, "Srl"; R&D\nEND:VEVENT\nBEGIN:VEVENT\r\nUID:evil\x07 — Žilina'
    data = write(one(summary=hostile, location="Hall A; 1st, left", description=hostile))
    lines = data.split(b"\r\n")
    assert (lines.count(b"BEGIN:VEVENT"), lines.count(b"END:VEVENT")) == (1, 1)
    assert [line for line in lines if line.startswith(b"UID")] == [b"UID:u1@c2c"]
    unfolded = data.replace(b"\r\n ", b"")
    assert b"Avio\\, \"Srl\"\\; R&D\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil" in unfolded
    expected = 'Avio, "Srl"; R&D\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil — Žilina'
    assert summaries(data) == {"u1@c2c": expected}
    cal, vcal = parse_both(data)
    assert str(icalendar_events(cal)["u1@c2c"]["LOCATION"]) == "Hall A; 1st, left"
    assert vobject_events(vcal)["u1@c2c"].description.value == expected


def test_alarm_is_a_display_reminder_before_the_start() -> None:
    data = write(one(alarm=dt.timedelta(minutes=30)), one(uid="u2@c2c"))
    cal, vcal = parse_both(data)
    events = icalendar_events(cal)
    (alarm,) = events["u1@c2c"].walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -dt.timedelta(minutes=30)
    assert str(alarm["DESCRIPTION"]) == "Welcome"
    assert events["u2@c2c"].walk("VALARM") == []
    assert vobject_events(vcal)["u1@c2c"].valarm.trigger.value == -dt.timedelta(minutes=30)


def test_cancelled_event_has_no_alarm() -> None:
    cal, _ = parse_both(write(one(status="CANCELLED", alarm=dt.timedelta(minutes=30), sequence=2)))
    event = icalendar_events(cal)["u1@c2c"]
    assert (str(event["STATUS"]), event["SEQUENCE"], event.walk("VALARM")) == ("CANCELLED", 2, [])


def test_empty_calendar_is_still_valid() -> None:
    cal, vcal = parse_both(write())
    assert cal.walk("VEVENT") == []
    assert str(cal["X-WR-CALNAME"]) == "Lyon 2018"
    assert vobject_events(vcal) == {}


def test_same_input_gives_same_bytes() -> None:
    assert write(one(), one(uid="u2@c2c")) == write(one(), one(uid="u2@c2c"))


def test_writer_matches_icalendars_own_serialisation() -> None:
    from c2c.exporters.ics import build_calendar

    hostile = 'Avio, "Srl"; R&D\\ \nEND:VEVENT\r\n' + "Łódź Żółć — " * 12
    events = (
        one(summary=hostile, location="Hall A; 1st, left", description=hostile, alarm=dt.timedelta(hours=1, minutes=5)),
        one(uid="u2@c2c", start=paris(28, 1, 30), end=paris(29, 9), sequence=4, status="CANCELLED"),
    )
    calendar = IcsCalendar(name="Lyon, 2018; Ünïcode\n\\x", timezone="Europe/Paris", events=events, description="Tour")
    ours, _ = parse_both(calendar_bytes(calendar, NOW))
    theirs, _ = parse_both(build_calendar(calendar, NOW).to_ical())
    assert _normalised(ours) == _normalised(theirs)


def test_durations() -> None:
    from c2c.exporters.ics import duration

    assert [duration(dt.timedelta(**kw)) for kw in (
        {"minutes": -30}, {"hours": 1, "seconds": 5}, {"days": 1}, {}, {"hours": 1, "minutes": 30})] == [
        "-PT30M", "PT1H0M5S", "P1D", "PT0S", "PT1H30M"]


def _normalised(cal: object) -> list[tuple[str, list[tuple[str, object]]]]:
    """Every component with its decoded properties, in a fixed order (khal's comparison)."""
    out = []
    for component in cal.walk():  # type: ignore[attr-defined]
        props = sorted((name, repr(component.decoded(name))) for name in component)
        out.append((component.name, props))
    return sorted(out, key=repr)


def test_long_lines_fold_at_75_octets_between_characters() -> None:
    from c2c.exporters.ics import fold

    line = "DESCRIPTION:" + "Żółć é — " * 30
    folded = fold(line)
    physical = folded.split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in physical)
    assert all(p.startswith(b" ") for p in physical[1:])
    assert [p.decode() for p in physical]  # no line ends inside a character
    assert b"".join(p[1:] if i else p for i, p in enumerate(physical)).decode() == line
