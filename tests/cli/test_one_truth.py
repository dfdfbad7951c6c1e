"""One truth per person: a dozen changes to the two-delegation demo mission, every file exported
after each, and every person's files checked: the right events, in their language, nothing
private of others, cancellations present until the event is over."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import icalendar
import pytest
import time_machine

from c2c.services.languages import block_title, person_language, translate
from tests.conftest import Invoke
from tests.postgres import located
from tests.store_dump import query

M = ("--mission", "lyon-2018")
BEFORE = dt.datetime(2018, 11, 1, 12, tzinfo=dt.UTC)
AFTER = dt.datetime(2018, 11, 22, tzinfo=dt.UTC)
SECRET = "SECRET-outcome-note"  # a private note on one participation, as outcome notes are

ROSSI = "mario.rossi@avioparts-demo.it"
MARCHAL = "be.marchal@aerocomposites-demo.fr"
BIANCHI = "c.bianchi@compositivaresini-demo.it"
WISNIEWSKA = "m.wisniewska@compositivaresini-demo.it"
VILLA = "s.villa@microfusioni-demo.it"


@dataclass
class Person:
    email: str
    first: str
    last: str
    company: str
    cluster: str
    country: str | None
    language: str | None
    status: str
    stop: str | None


@dataclass
class Mission:
    """The demo store, the exports made on it and what each person's file held last time."""

    invoke: Invoke
    db: Path
    out: Path
    clock: dt.datetime = BEFORE
    cancelled_uids: dict[str, set[str]] = field(default_factory=dict)  # file -> UIDs that must stay cancelled

    def run(self, *args: str) -> str:
        result = self.invoke("--db", located(self.db), *args, *M)
        assert result.exit_code == 0, (args, result.stderr)
        return result.stderr

    def people(self) -> dict[str, Person]:
        rows = json.loads(self.invoke("--db", located(self.db), "participants", "list", *M, "--format", "json").stdout)
        return {r["email"]: Person(r["email"], r["first_name"], r["last_name"], r["company"], r["cluster"],
                                   r["country"], r["language"], r["status"], r["bus_stop"]) for r in rows}

    def export_all(self, now: dt.datetime | None = None) -> dict[str, list[Event]]:
        """Every calendar, written into a fresh folder as the coordinator would after a change."""
        self.clock = now or self.clock + dt.timedelta(hours=1)
        shutil.rmtree(self.out, ignore_errors=True)
        with time_machine.travel(self.clock, tick=False):
            self.run("calendar", "export", "--out", str(self.out))
        return {path.name: read_events(path.read_bytes()) for path in (self.out / "lyon-2018").glob("*.ics")}


Event = dict[str, str]


def read_events(data: bytes) -> list[Event]:
    """The VEVENTs' properties as text, lines unfolded as RFC 5545 says (icalendar takes 30 ms a
    file, and this test reads 400 files: icalendar reads the last export, ``parsed_alike``)."""
    lines = data.decode().replace("\r\n ", "").split("\r\n")
    events: list[Event] = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            events.append({"RAW": ""})
        elif events and "END" not in events[-1]:
            name, _, value = line.partition(":")
            key = name.split(";")[0]
            events[-1]["RAW"] += line + "\n"
            if key == "END" and value == "VEVENT":
                events[-1]["END"] = "yes"
            elif key not in events[-1]:
                events[-1][key] = value.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
    return events


def parsed_alike(folder: Path, files: dict[str, list[Event]]) -> None:
    for name, events in files.items():
        parsed = icalendar.Calendar.from_ical((folder / name).read_bytes()).walk("VEVENT")
        assert [(str(e["UID"]), str(e["SUMMARY"]), str(e.get("STATUS", "CONFIRMED"))) for e in parsed] == [
            (e["UID"], e["SUMMARY"], e.get("STATUS", "CONFIRMED")) for e in events], name


@pytest.fixture
def mission(invoke: Invoke, demo_db: Path, tmp_path: Path) -> Mission:
    query(demo_db, "UPDATE participation SET notes = :secret WHERE id = (SELECT MIN(id) FROM participation)", secret=SECRET)
    return Mission(invoke, demo_db, tmp_path / "calendars")


def file_of(person: Person) -> str:
    from c2c.text import slugify

    return f"{slugify(f'{person.last} {person.first}')}.ics"


def summaries(events: list[Event], status: str = "CONFIRMED") -> list[str]:
    return [e["SUMMARY"] for e in events if e.get("STATUS", "CONFIRMED") == status]


def check_everyone(m: Mission, files: dict[str, list[Event]]) -> None:
    """What every person's file must hold, whatever changed."""
    people = m.people()
    for person in people.values():
        name = file_of(person)
        if person.status == "cancelled":
            if name in files:  # present while something is left to cancel: only cancellations
                assert summaries(files[name]) == [], name
            continue
        events = files[name]
        lang = person_language(person.language, person.country, "fr")
        live = summaries(events)
        assert block_title("Coffee break", lang) in live, (name, lang, live)
        assert block_title("Networking lunch", lang) in live
        if person.stop is None:  # hosts who come by themselves: no coach, no coach-back block
            coach_words = [translate(k, lang) for k in ("outbound", "return", "transfer")]
            assert not [s for s in live if any(w in s for w in coach_words)], (name, live)
            assert block_title("Coach back", lang) not in live
        text = "".join(e["RAW"] for e in events)
        for private in (SECRET, "priority", "Priority", "mutual", "Mutual", "Prio"):
            assert private not in text, (name, private)
    for name, uids in m.cancelled_uids.items():  # a cancellation stays until its event is over
        cancelled = {e["UID"] for e in files[name] if e.get("STATUS") == "CANCELLED"}
        assert uids <= cancelled, name


def remember_cancelled(m: Mission, files: dict[str, list[Event]]) -> None:
    for name, events in files.items():
        gone = {e["UID"] for e in events if e.get("STATUS") == "CANCELLED"}
        m.cancelled_uids.setdefault(name, set()).update(gone)


def changes(m: Mission) -> Iterator[str]:
    """A dozen changes of the kinds a coordinator makes in the last week; each says what it checks."""
    freed = m.run("participants", "edit", ROSSI, "--status", "cancelled")
    assert "Freed the seat on Coach 1 (Gallarate) of Mario Rossi" in freed
    assert "Freed pitch slot 2 (09:33:30) of Mario Rossi" in freed
    yield "cancel a guest: seat and pitch freed at once"
    manifest = m.invoke("--db", located(m.db), "bus", "manifest", *M, "--format", "csv").stdout
    assert "Mario Rossi" not in manifest
    listed = m.invoke("--db", located(m.db), "mission", "list").stdout
    assert "29 (+1 cancelled)" in listed
    yield "export again: the cancellation is still in Mario's file"

    assert "Chiara Bianchi now boards at Gallarate" in m.run("participants", "edit", BIANCHI, "--bus-stop", "Gallarate")
    yield "change a stop"

    m.run("participants", "edit", MARCHAL, "--language", "it")
    yield "change a language by hand"
    m.run("participants", "edit", WISNIEWSKA, "--country", "PL")
    yield "change a country: the language follows"

    m.run("pitches", "move", "Software Volo Srl", "--to", "1")
    yield "move a pitch"

    m.run("b2b", "fix", "2", "--slot", "15:10", "--table", "6")
    yield "reschedule a B2B meeting"

    m.run("participants", "edit", "lorenzo.pagani@elichevaresine-demo.it", "--status", "cancelled")
    freed = m.run("participants", "edit", "n.dambrosio@elichevaresine-demo.it", "--status", "cancelled")
    assert "Freed B2B meeting" in freed
    yield "a whole company cancels: its meetings are freed, its counterparts' events cancelled"

    m.run("participants", "edit", VILLA, "--bus-stop", "")
    status = json.loads(m.invoke("--db", located(m.db), "bus", "status", *M, "--format", "json").stdout)
    assert "Stefano Villa" not in [w["name"] for w in status["waitlist"]]
    yield "clear a stop: no seat, not on the waitlist, no coach events"

    removed = m.run("participants", "remove", "theo.mercier@drones-vercors-demo.fr", "--yes")
    assert "Warning: Théo Mercier's calendar was sent" in removed  # nothing can cancel it once they are gone
    del m.cancelled_uids["mercier-theo.ics"]
    yield "remove a host"

    m.run("program", "add", "--at", "23:00", "--until", "00:30+1", "--title", "Gala dinner", "--kind", "other")
    yield "a block past midnight"

    m.run("participants", "edit", "zoe.faure@aerocomposites-demo.fr", "--status", "cancelled")
    yield "cancel a host"


def test_every_person_gets_their_own_truth_after_every_change(mission: Mission) -> None:
    files = mission.export_all()
    check_everyone(mission, files)
    rossi = file_of(mission.people()[ROSSI])
    before = {e["UID"] for e in files[rossi]}
    for step in changes(mission):
        files = mission.export_all()
        check_everyone(mission, files)
        remember_cancelled(mission, files)
        assert step
    assert {e["UID"] for e in files[rossi] if e["STATUS"] == "CANCELLED"} == before
    parsed_alike(mission.out / "lyon-2018", {n: files[n] for n in (rossi, file_of(mission.people()[MARCHAL]))})
    marchal = files[file_of(mission.people()[MARCHAL])]
    assert any(s.startswith("Il tuo pitch") for s in summaries(marchal))
    polish = files[file_of(mission.people()[WISNIEWSKA])]
    assert "Przerwa kawowa" in summaries(polish)
    path = mission.out / "lyon-2018" / file_of(mission.people()[BIANCHI])
    gala = next(e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT") if e["SUMMARY"] == "Gala dinner")
    assert gala["DTEND"].dt.astimezone(dt.UTC) == dt.datetime(2018, 11, 20, 23, 30, tzinfo=dt.UTC)  # 00:30+1 in Lyon

    alone = mission.out.parent / "alone"
    with time_machine.travel(mission.clock, tick=False):  # their calendar on its own, as it is sent to them
        mission.run("calendar", "export", "--out", str(alone), "-p", ROSSI)
    assert {(e["UID"], e["STATUS"]) for e in read_events((alone / "lyon-2018" / rossi).read_bytes())} == {
        (uid, "CANCELLED") for uid in before}

    final = mission.export_all(AFTER)  # the day is over: cancellations are gone for good
    assert not [n for n, events in final.items() if summaries(events, "CANCELLED")]


def test_an_attendee_list_that_says_not_coming_cancels_and_frees_at_once(mission: Mission, tmp_path: Path) -> None:
    listed = tmp_path / "avioparts.csv"
    listed.write_text("First name,Last name,Email,Company,Status\n"
                      f"Mario,Rossi,{ROSSI},Avioparts Srl,Cancelled\n"
                      "Marco,Ferri,marco.ferri@avioparts-demo.it,Avioparts Srl,Confirmed\n", encoding="utf-8")
    said = mission.run("participants", "import", str(listed))
    assert ("Mario Rossi says not coming: cancelled\nFreed the seat on Coach 1 (Gallarate) of Mario Rossi\n"
            "Freed pitch slot 2 (09:33:30) of Mario Rossi\n") in said
    assert ROSSI not in said.split("No longer in the file")[-1]  # in the file, cancelled: not one to prune
    assert mission.people()[ROSSI].status == "cancelled"


def test_an_attendee_row_struck_through_cancels_as_a_status_does(mission: Mission, tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    for row in (["First name", "Last name", "Email", "Company"], ["Mario", "Rossi", ROSSI, "Avioparts Srl"],
                ["Marco", "Ferri", "marco.ferri@avioparts-demo.it", "Avioparts Srl"]):
        sheet.append(row)
    for cell in sheet[2]:
        cell.font = Font(strike=True)
    workbook.save(listed := tmp_path / "avioparts.xlsx")
    said = mission.run("participants", "import", str(listed))
    assert "Mario Rossi says not coming: cancelled\nFreed the seat on Coach 1 (Gallarate) of Mario Rossi\n" in said
    assert mission.people()[ROSSI].status == "cancelled"


def test_no_file_of_the_mission_carries_what_is_private_to_one_company(mission: Mission, tmp_path: Path) -> None:
    """Every file c2c writes for people: calendars, agenda, booklet, manifests, in every language."""
    mission.export_all()
    written = list((mission.out).rglob("*.ics"))
    for lang in ("fr", "it", "en"):
        booklet = tmp_path / f"booklet-{lang}.html"
        mission.run("pitches", "booklet", "--lang", lang, "--out", str(booklet))
        written.append(booklet)
    for fmt in ("html", "md", "csv"):
        written.append(tmp_path / f"agenda.{fmt}")
        mission.run("pitches", "agenda", "--format", fmt, "--out", str(written[-1]))
    for fmt in ("html", "csv", "json"):
        written.append(tmp_path / f"manifest.{fmt}")
        mission.run("bus", "manifest", "--format", fmt, "--out", str(written[-1]))
    private = (SECRET, "priorit", "Priorit", "mutual", "Mutual", "réciproque", "reciproc", "gegenseitig")
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert not [word for word in private if word in text], path.name
    assert "Cœur de métier" in (tmp_path / "booklet-fr.html").read_text(encoding="utf-8")
    assert "Attività principale" in (tmp_path / "booklet-it.html").read_text(encoding="utf-8")
