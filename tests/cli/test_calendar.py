"""``c2c calendar export / show`` end to end, on a real store, every file read back twice."""

from __future__ import annotations

import datetime as dt
import json
import sys
import types
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from c2c.services.b2b.views import MeetingItem
from c2c.services.buses.manifest import CoachStopItem
from c2c.services.pitches.agenda import PitchSlotItem
from tests.calendar_helpers import (
    add_block,
    icalendar_events,
    parse_both,
    summaries,
    utc_times,
    vobject_events,
)
from tests.conftest import DemoRun, Invoke
from tests.factories import add_participant, store_at
from tests.store_dump import count, query

PARIS = ZoneInfo("Europe/Paris")
DAY = dt.date(2018, 11, 20)
NOW = dt.datetime(2018, 11, 1, 12, 0, tzinfo=dt.UTC)
UTC = dt.UTC


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute), PARIS)


@pytest.fixture
def people(lyon: str, db_path: Path) -> dict[str, int]:
    """Three participants and a two-block programme on the Lyon mission."""
    store = store_at(db_path)
    ids = {
        "giulia": add_participant(store, lyon, "Giulia", "De Luca", "Aviometal", "LAC", email="giulia@aviometal.example"),
        "benoit": add_participant(store, lyon, "Benoît", "Guignard", "Mécanique Alpine", "AAR", email="benoit@meca.example"),
        "marco": add_participant(store, lyon, "Marco", "Rossi", "Avio, Srl\nEND:VEVENT", "LAC", email="marco@avio.example"),
    }
    add_block(store, lyon, DAY, dt.time(9), dt.time(9, 30), "Accueil, café", location="Hall A; RDC")
    add_block(store, lyon, DAY, dt.time(10, 30), dt.time(11, 30), "Pitches", kind="pitches", location="Salle Rhône")
    store.dispose()
    return ids


@pytest.fixture
def features(people: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Pitch, coach and B2B providers as the other features will hand them over."""
    giulia, marco = people["giulia"], people["marco"]
    slots = [
        PitchSlotItem("pitch:company:1", at(10, 30), at(10, 33), "Aviometal", ("Giulia De Luca",), 1, 2, (giulia,)),
        PitchSlotItem("pitch:company:2", at(10, 33), at(10, 36), "Avio, Srl\nEND:VEVENT", ("Marco Rossi",), 2, 2,
                      (marco,)),
    ]
    stops = [CoachStopItem("coach:1:outbound:stop:1", at(6, 15), "outbound", "Gallarate FS", "Coach 1",
                           (giulia, marco), "Piazza Giovanni XXIII", "+39 333 123 4567", "Lyon", at(8, 45))]
    meetings = [MeetingItem("b2b:meeting:1", at(14), at(14, 20), "Aviometal", "Avio, Srl\nEND:VEVENT",
                            (giulia,), (marco,), "7")]
    for module, function, items in (
        ("c2c.services.pitches.agenda", "calendar_pitch_slots", slots),
        ("c2c.services.buses", "calendar_coach_stops", stops),
        ("c2c.services.b2b.views", "calendar_meetings", meetings),
    ):
        fake = types.ModuleType(module)
        setattr(fake, function, lambda session, mission, items=items: list(items))
        monkeypatch.setitem(sys.modules, module, fake)
    return people


def export(invoke: Invoke, out: Path, *args: str, now: dt.datetime = NOW) -> str:
    with time_machine.travel(now, tick=False):
        result = invoke("calendar", "export", "--mission", "lyon-2018", "--out", str(out), *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return result.stderr


def test_export_writes_the_mission_and_one_file_per_person(invoke: Invoke, people: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "calendars"
    stderr = export(invoke, out)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.ics"))
    assert files == ["lyon-2018.ics", "lyon-2018/de-luca-giulia.ics", "lyon-2018/guignard-benoit.ics",
                     "lyon-2018/rossi-marco.ics"]
    assert f"{out / 'lyon-2018.ics'}: 2 events (2 new, 0 changed, 0 cancelled)" in stderr
    assert stderr.endswith("Wrote 4 calendars (3 personal)\n")
    for path in out.rglob("*.ics"):
        data = path.read_bytes()
        times = utc_times(data)  # both parsers agree, in UTC
        assert sorted(times.values()) == [
            (dt.datetime(2018, 11, 20, 8, tzinfo=UTC), dt.datetime(2018, 11, 20, 8, 30, tzinfo=UTC)),
            (dt.datetime(2018, 11, 20, 9, 30, tzinfo=UTC), dt.datetime(2018, 11, 20, 10, 30, tzinfo=UTC)),
        ]
        cal, _ = parse_both(data)
        for event in icalendar_events(cal).values():
            assert event.decoded("DTSTAMP") == NOW
            assert str(event["UID"]).endswith("@c2c")
            assert event["DTSTART"].params["TZID"] == "Europe/Paris"
        assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    mission_cal, _ = parse_both((out / "lyon-2018.ics").read_bytes())
    assert str(mission_cal["X-WR-CALNAME"]) == "Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes"
    assert set(summaries((out / "lyon-2018.ics").read_bytes()).values()) == {"Accueil, café", "Pitches"}


def test_personal_file_holds_own_pitch_coach_with_alarm_and_meetings(
    invoke: Invoke, features: dict[str, int], tmp_path: Path
) -> None:
    export(invoke, tmp_path, "--lang", "en")
    giulia = (tmp_path / "lyon-2018" / "de-luca-giulia.ics").read_bytes()
    titles = sorted(summaries(giulia).values())
    assert titles == [
        "Accueil, café", "B2B with Avio, Srl\nEND:VEVENT — Table 7", "Outbound coach: pickup at Gallarate FS, 06:15",
        "Pitches", "Your pitch — 10:30–10:33, 3 min, 1st of 2",
    ]
    cal, vcal = parse_both(giulia)
    coach = next(e for e in icalendar_events(cal).values() if "coach" in str(e["SUMMARY"]))
    assert "Driver's phone: +39 333 123 4567" in str(coach["DESCRIPTION"])
    assert coach.walk("VALARM")[0].decoded("TRIGGER") == -dt.timedelta(minutes=30)
    assert coach.decoded("DTSTART").astimezone(UTC) == dt.datetime(2018, 11, 20, 5, 15, tzinfo=UTC)
    assert len(vobject_events(vcal)) == 5
    marco = summaries((tmp_path / "lyon-2018" / "rossi-marco.ics").read_bytes())
    assert "B2B with Aviometal — Table 7" in marco.values()
    assert "Your pitch — 10:33–10:36, 3 min, 2nd of 2" in marco.values()
    assert len(marco) == 5
    assert len(summaries((tmp_path / "lyon-2018" / "guignard-benoit.ics").read_bytes())) == 2
    mission = (tmp_path / "lyon-2018.ics").read_bytes()
    whole, _ = parse_both(mission)
    pitches = next(e for e in icalendar_events(whole).values() if str(e["SUMMARY"]) == "Pitches")
    assert str(pitches["DESCRIPTION"]).splitlines() == [
        "Running order:", "1. 10:30–10:33 Aviometal (Giulia De Luca)", "2. 10:33–10:36 Avio, Srl", "END:VEVENT (Marco Rossi)"]
    assert "Outbound coach: Coach 1" in summaries(mission).values()
    for path in tmp_path.rglob("*.ics"):
        assert path.read_bytes().split(b"\r\n").count(b"END:VEVENT") == len(summaries(path.read_bytes()))


def test_labels_follow_the_mission_language_or_lang(invoke: Invoke, features: dict[str, int], tmp_path: Path) -> None:
    export(invoke, tmp_path / "fr")
    assert "Votre pitch — 10:30–10:33, 3 min, 1er sur 2" in summaries(
        (tmp_path / "fr" / "lyon-2018" / "de-luca-giulia.ics").read_bytes()).values()
    export(invoke, tmp_path / "it", "--lang", "it")
    assert "Il tuo pitch — 10:30–10:33, 3 min, 1° di 2" in summaries(
        (tmp_path / "it" / "lyon-2018" / "de-luca-giulia.ics").read_bytes()).values()


def test_alarm_option_changes_or_removes_the_reminder(invoke: Invoke, features: dict[str, int], tmp_path: Path) -> None:
    export(invoke, tmp_path / "a", "--alarm", "1h")
    export(invoke, tmp_path / "b", "--alarm", "none")
    for folder, expected in (("a", [-dt.timedelta(hours=1)]), ("b", [])):
        cal, _ = parse_both((tmp_path / folder / "lyon-2018" / "rossi-marco.ics").read_bytes())
        assert [a.decoded("TRIGGER") for a in cal.walk("VALARM")] == expected


def test_reexport_keeps_uids_raises_sequence_of_changed_events_and_keeps_cancelling_removed_ones(
    invoke: Invoke, people: dict[str, int], tmp_path: Path, db_path: Path
) -> None:
    path = tmp_path / "lyon-2018.ics"
    export(invoke, tmp_path)
    first = _by_summary(path)
    export(invoke, tmp_path, now=NOW + dt.timedelta(days=1))
    assert _by_summary(path) == first  # nothing changed: same UIDs, same SEQUENCE

    query(db_path, "UPDATE program_block SET start = '10:00:00.000000', \"end\" = '10:30:00.000000' WHERE title = 'Accueil, café'")
    query(db_path, "DELETE FROM program_block WHERE title = 'Pitches'")
    stderr = export(invoke, tmp_path, now=NOW + dt.timedelta(days=2))
    assert f"{path}: 2 events (0 new, 1 changed, 1 cancelled)" in stderr
    second = _by_summary(path)
    assert second["Accueil, café"] == (first["Accueil, café"][0], 1, "CONFIRMED")
    assert second["Pitches"] == (first["Pitches"][0], 1, "CANCELLED")
    times = utc_times(path.read_bytes())
    assert times[first["Pitches"][0]][0] == dt.datetime(2018, 11, 20, 9, 30, tzinfo=UTC)  # where it was

    export(invoke, tmp_path, now=NOW + dt.timedelta(days=3))
    assert _by_summary(path) == second  # the file finally sent still cancels it

    export(invoke, tmp_path, now=dt.datetime(2018, 11, 21, tzinfo=UTC))  # once it is over, it is gone for good
    assert _by_summary(path) == {"Accueil, café": (first["Accueil, café"][0], 1, "CONFIRMED")}
    assert query(db_path, "SELECT count(*) FROM calendar_entry WHERE calendar = 'mission'") == [(1,)]


def test_dst_change_mission_times_are_right(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path) -> None:
    result = invoke("mission", "new", "--slug", "dst-2018", "--title", "Autumn", "--date", "2018-10-27",
                    "--end", "2018-10-29", "--timezone", "Europe/Paris", "--host", "AAR")
    assert result.exit_code == 0, result.stderr
    store = store_at(db_path)
    for day in (27, 28, 29):
        add_block(store, "dst-2018", dt.date(2018, 10, day), dt.time(10), dt.time(11), f"Day {day}")
    add_block(store, "dst-2018", dt.date(2018, 10, 28), dt.time(1, 30), dt.time(4), "Night shift")
    store.dispose()
    assert invoke("calendar", "export", "-m", "dst-2018", "--out", str(tmp_path)).exit_code == 0
    data = (tmp_path / "dst-2018.ics").read_bytes()
    starts = {summaries(data)[uid]: start for uid, (start, _) in utc_times(data).items()}
    assert starts == {
        "Day 27": dt.datetime(2018, 10, 27, 8, tzinfo=UTC),
        "Night shift": dt.datetime(2018, 10, 27, 23, 30, tzinfo=UTC),
        "Day 28": dt.datetime(2018, 10, 28, 9, tzinfo=UTC),
        "Day 29": dt.datetime(2018, 10, 29, 9, tzinfo=UTC),
    }
    (tz,) = parse_both(data)[0].walk("VTIMEZONE")
    assert {(s.name, s.decoded("DTSTART")) for s in tz.subcomponents} >= {("STANDARD", dt.datetime(2018, 10, 28, 3))}


def test_participant_option_writes_only_their_file(invoke: Invoke, people: dict[str, int], tmp_path: Path) -> None:
    stderr = export(invoke, tmp_path, "--participant", "BENOIT@meca.example", "-p", "marco@avio.example",
                    "-p", "benoit@meca.example")
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.ics"))
    assert files == ["lyon-2018/guignard-benoit.ics", "lyon-2018/rossi-marco.ics"]
    assert stderr.endswith("Wrote 2 calendars (2 personal)\n")


def test_unknown_participant_is_an_error_and_writes_nothing(
    invoke: Invoke, people: dict[str, int], tmp_path: Path, db_path: Path
) -> None:
    result = invoke("calendar", "export", "-m", "lyon-2018", "--out", str(tmp_path / "out"), "-p", "nobody@example.org")
    assert result.exit_code == 3
    assert result.stderr == (
        "Error: no participant with e-mail 'nobody@example.org' in mission lyon-2018\n"
        "Hint: check the address, or export everyone's with: c2c calendar export --mission lyon-2018\n"
    )
    assert not (tmp_path / "out").exists()
    assert count(db_path, "calendar_entry") == 0


def test_bad_language_and_alarm_are_refused(invoke: Invoke, people: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "calendars"
    lang = invoke("calendar", "export", "-m", "lyon-2018", "--out", str(out), "--lang", "pt")
    assert lang.exit_code == 2
    assert lang.stderr.splitlines()[-1] == "Error: Invalid value for '--lang': language 'pt' is not one of it, en, fr, de, pl, es"
    alarm = invoke("calendar", "export", "-m", "lyon-2018", "--out", str(out), "--alarm", "soon")
    assert alarm.exit_code == 2
    assert alarm.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--alarm': 'soon' is not a duration: use e.g. 30m, 1h or 1d, or none")
    assert not out.exists()


def test_zip_bundles_every_file(invoke: Invoke, people: dict[str, int], tmp_path: Path) -> None:
    stderr = export(invoke, tmp_path, "--zip")
    assert stderr.endswith(f"Bundled them into {tmp_path / 'lyon-2018.zip'}\n")
    with zipfile.ZipFile(tmp_path / "lyon-2018.zip") as archive:
        names = sorted(archive.namelist())
        assert names == sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.ics"))
        for name in names:
            assert archive.read(name) == (tmp_path / name).read_bytes()


def test_namesakes_get_distinct_file_names(invoke: Invoke, people: dict[str, int], db_path: Path, tmp_path: Path) -> None:
    store = store_at(db_path)
    add_participant(store, "lyon-2018", "Marco", "Rossi", "Other Srl", "LAC", email="marco2@other.example")
    store.dispose()
    export(invoke, tmp_path)
    names = sorted(p.name for p in (tmp_path / "lyon-2018").glob("rossi-marco*.ics"))
    assert len(names) == 2
    assert all(n.startswith("rossi-marco-") and n.isascii() for n in names)


def test_show_lists_the_events_of_one_person(invoke: Invoke, features: dict[str, int]) -> None:
    result = invoke("calendar", "show", "-m", "lyon-2018", "-p", "giulia@aviometal.example", "--lang", "en",
                    "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["start"], r["summary"], r["alarm_minutes"]) for r in rows] == [
        ("06:15", "Outbound coach: pickup at Gallarate FS, 06:15", 30),
        ("09:00", "Accueil, café", None),
        ("10:30", "Your pitch — 10:30–10:33, 3 min, 1st of 2", None),
        ("10:30", "Pitches", None),
        ("14:00", "B2B with Avio, Srl\nEND:VEVENT — Table 7", None),
    ]
    assert all(r["uid"].endswith("@c2c") for r in rows)
    table = invoke("calendar", "show", "-m", "lyon-2018", "-p", "giulia@aviometal.example")
    assert "lyon-2018/de-luca-giulia.ics" in table.stdout
    assert "Votre pitch" in table.stdout
    csv_out = invoke("calendar", "show", "-m", "lyon-2018", "-p", "giulia@aviometal.example", "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith("date,start,end,summary,location,alarm_minutes")


def test_show_unknown_participant(invoke: Invoke, people: dict[str, int]) -> None:
    result = invoke("calendar", "show", "-m", "lyon-2018", "-p", "nobody@example.org")
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: no participant with e-mail 'nobody@example.org' in mission lyon-2018\n")


def test_migration_matches_the_models(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    store = store_at(db_path)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    store.dispose()
    assert diff == []


def _by_summary(path: Path) -> dict[str, tuple[str, int, str]]:
    cal, _ = parse_both(path.read_bytes())
    return {str(e["SUMMARY"]): (str(e["UID"]), e["SEQUENCE"], str(e["STATUS"])) for e in cal.walk("VEVENT")}


def test_demo_writes_the_demo_calendars_next_to_its_store(demo_run: DemoRun) -> None:
    result = demo_run.result
    assert result.exit_code == 0, result.stderr
    folder = demo_run.folder / "home" / "calendars"
    assert f"Calendars of lyon-2018 (open them on a phone or import them in a calendar app): {folder}" in result.stderr
    cal, _ = parse_both((folder / "lyon-2018.ics").read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes"


def test_export_state_follows_who_takes_part(invoke: Invoke, people: dict[str, int], tmp_path: Path, db_path: Path) -> None:
    export(invoke, tmp_path, "-p", "benoit@meca.example")
    calendars_seen = {row[0] for row in query(db_path, "SELECT DISTINCT calendar FROM calendar_entry")}
    assert calendars_seen == {f"participation:{people['benoit']}"}  # the mission calendar is left alone
    export(invoke, tmp_path)
    query(db_path, "DELETE FROM participation WHERE id = :id", id=people["marco"])
    export(invoke, tmp_path)
    calendars_seen = {row[0] for row in query(db_path, "SELECT DISTINCT calendar FROM calendar_entry")}
    assert calendars_seen == {"mission", f"participation:{people['giulia']}", f"participation:{people['benoit']}"}


def _pitch_summaries(folder: Path) -> dict[str, str]:
    """file stem -> the summary of that person's own pitch event."""
    found = {}
    for path in (folder / "lyon-2018").glob("*.ics"):
        titles = [t for t in summaries(path.read_bytes()).values() if "10:3" in t]
        assert len(titles) == 1, titles
        found[path.stem] = titles[0]
    return found


@pytest.fixture
def pitching(invoke: Invoke, people: dict[str, int]) -> dict[str, int]:
    """Everyone pitches (a real agenda); Giulia reads Italian, Benoît German, Marco has no language."""
    for email, language in (("giulia@aviometal.example", "it"), ("benoit@meca.example", "DE"),
                            ("marco@avio.example", None)):
        extra = ("--language", language) if language else ()
        assert invoke("participants", "edit", email, "-m", "lyon-2018", "--pitch", *extra).exit_code == 0
    result = invoke("pitches", "agenda", "-m", "lyon-2018", "--order", "registration", "--changeover", "0")
    assert result.exit_code == 0, result.stderr
    return people


def test_personal_calendars_speak_their_owner_language_else_the_mission_one(
    invoke: Invoke, pitching: dict[str, int], tmp_path: Path
) -> None:
    export(invoke, tmp_path)
    assert _pitch_summaries(tmp_path) == {
        "de-luca-giulia": "Il tuo pitch — 10:30–10:33, 3 min, 1° di 3",
        "guignard-benoit": "Ihr Pitch — 10:33–10:36, 3 Min., 2. von 3",
        "rossi-marco": "Votre pitch — 10:36–10:39, 3 min, 3e sur 3",  # the mission's language: French
    }
    # the programme block inside each file is in the owner's language too; the mission file in the mission's
    giulia, _ = parse_both((tmp_path / "lyon-2018" / "de-luca-giulia.ics").read_bytes())
    mission, _ = parse_both((tmp_path / "lyon-2018.ics").read_bytes())
    assert [str(e["DESCRIPTION"]).splitlines()[0] for e in giulia.walk("VEVENT") if str(e["SUMMARY"]) == "Pitches"] == [
        "Ordine dei pitch:"]
    assert [str(e["DESCRIPTION"]).splitlines()[0] for e in mission.walk("VEVENT") if str(e["SUMMARY"]) == "Pitches"] == [
        "Ordre de passage:"]
    show = invoke("calendar", "show", "-m", "lyon-2018", "-p", "benoit@meca.example", "--format", "json")
    assert "Ihr Pitch — 10:33–10:36, 3 Min., 2. von 3" in [r["summary"] for r in json.loads(show.stdout)]


def test_lang_forces_every_personal_calendar(invoke: Invoke, pitching: dict[str, int], tmp_path: Path) -> None:
    export(invoke, tmp_path, "--lang", "en")
    assert _pitch_summaries(tmp_path) == {
        "de-luca-giulia": "Your pitch — 10:30–10:33, 3 min, 1st of 3",
        "guignard-benoit": "Your pitch — 10:33–10:36, 3 min, 2nd of 3",
        "rossi-marco": "Your pitch — 10:36–10:39, 3 min, 3rd of 3",
    }
    show = invoke("calendar", "show", "-m", "lyon-2018", "-p", "giulia@aviometal.example", "--lang", "fr",
                  "--format", "json")
    assert "Votre pitch — 10:30–10:33, 3 min, 1er sur 3" in [r["summary"] for r in json.loads(show.stdout)]
