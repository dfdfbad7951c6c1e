"""The demo end to end: every feature on the same mission, and the calendar carrying them all."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import vobject

from tests.conftest import DemoRun, Invoke

ROSSI = "mario.rossi@avioparts-demo.it"


def test_demo_builds_the_path_in_its_own_store(demo_run: DemoRun) -> None:
    result = demo_run.result
    assert result.exit_code == 0, result.stderr
    assert (demo_run.folder / "home" / "demo.db").exists()
    assert not (demo_run.folder / "store.db").exists()  # the user's store is untouched
    for slug in ("milano-2017", "nidwalden-2018", "lombardia-2018", "lyon-2018", "wroclaw-2019",
                 "stuttgart-2019", "francia-lombardia-2020"):
        assert slug in result.stdout
    assert "Participants: 30 people from 16 companies" in result.stderr
    assert "B2B: 24 of 24 meetings scheduled" in result.stderr
    assert "mail agendas --mission lyon-2018 --out mails/" in result.stderr
    assert "Pitch agenda" in result.stdout


def test_demo_personal_calendar_holds_pitch_coach_and_meetings(invoke: Invoke, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert invoke("--db", db, "demo").exit_code == 0
    agenda = json.loads(invoke("--db", db, "pitches", "agenda", "-m", "lyon-2018", "--format", "json").stdout)
    rossi_pitch = next(p for p in agenda if "Mario Rossi" in p["speakers"])
    meetings = json.loads(invoke("--db", db, "b2b", "show", "-m", "lyon-2018", "--format", "json").stdout)
    company = "Avioparts Srl"
    his_meetings = sorted(m["start"] for m in meetings if company in (m["a"], m["b"]))
    out = tmp_path / "cal"
    exported = invoke("--db", db, "calendar", "export", "-m", "lyon-2018", "--out", str(out), "-p", ROSSI, "--lang", "en")
    assert exported.exit_code == 0, exported.stderr
    (ics,) = list((out / "lyon-2018").glob("*.ics"))
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e for e in events}
    pitch = next(e for s, e in by_summary.items() if s.startswith("Your pitch"))
    assert _utc(pitch["DTSTART"].dt) == _utc(dt.datetime.fromisoformat(rossi_pitch["start"]))
    b2b = sorted(_utc(e["DTSTART"].dt) for s, e in by_summary.items() if s.startswith("B2B with"))
    assert b2b == [_utc(dt.datetime.fromisoformat(s)) for s in his_meetings]
    assert len(b2b) >= 1
    pickup = [e for s, e in by_summary.items() if "Gallarate" in s]
    assert pickup, list(by_summary)
    assert pickup[0].walk("VALARM")
    parsed = vobject.readOne(ics.read_text(encoding="utf-8"))
    assert len(parsed.vevent_list) == len(events)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)
