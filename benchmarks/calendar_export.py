"""Personal calendars for N participants with 10 events each: full export against building objects.

Run from the repository root:  python benchmarks/calendar_export.py [sizes…]
Target: 1,000 participants exported in under 3 s.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import types
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from c2c.config import resolve_store  # noqa: E402
from c2c.exporters import ics  # noqa: E402
from c2c.services import missions  # noqa: E402
from c2c.services.b2b.views import MeetingItem  # noqa: E402
from c2c.services.buses.manifest import CoachStopItem  # noqa: E402
from c2c.services.calendars import (
    events as calendars,  # noqa: E402
    export as calendar_export,  # noqa: E402
    state,  # noqa: E402
)
from c2c.services.pitches.agenda import PitchSlotItem  # noqa: E402
from c2c.store.engine import open_store  # noqa: E402
from c2c.store.models import Company, Participation, Person, ProgramBlock  # noqa: E402
from c2c.store.reading import session_reader  # noqa: E402

TZ = ZoneInfo("Europe/Paris")
DAY = dt.date(2018, 11, 20)
NOW = dt.datetime(2018, 11, 1, 12, tzinfo=dt.UTC)
BLOCKS = [(9, 0, 9, 30, "talk", "Welcome"), (9, 30, 10, 30, "pitches", "Pitches"), (10, 30, 11, 0, "break", "Coffee"),
          (11, 0, 12, 30, "b2b", "B2B meetings"), (12, 30, 14, 0, "lunch", "Lunch"), (14, 0, 17, 0, "visit", "Plant visit")]


def at(minutes: int) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(0), TZ) + dt.timedelta(minutes=minutes)


def fill(session: object, size: int) -> int:
    """A mission with 6 blocks and ``size`` participants; returns the mission id."""
    mission = missions.create_mission(session, missions.MissionInput(  # type: ignore[arg-type]
        title="Benchmark", start_date=DAY, slug="bench-2018", city="Lyon", country="FR", timezone="Europe/Paris"))
    assert mission.id is not None
    session.execute(insert(Company), [{"name": f"Company {i}", "name_key": f"company {i}"} for i in range(size)])  # type: ignore[attr-defined]
    session.execute(insert(Person), [  # type: ignore[attr-defined]
        {"first_name": f"Name{i}", "last_name": f"Surname{i}", "email": f"p{i}@example.org", "company_id": i + 1}
        for i in range(size)])
    session.execute(insert(Participation), [  # type: ignore[attr-defined]
        {"person_id": i + 1, "mission_id": mission.id, "status": "confirmed", "extra": {}, "created_at": NOW}
        for i in range(size)])
    session.execute(insert(ProgramBlock), [  # type: ignore[attr-defined]
        {"mission_id": mission.id, "day": DAY, "start": dt.time(h1, m1), "end": dt.time(h2, m2), "kind": kind,
         "title": title, "location": "Business Center, Salle Rhône"}
        for h1, m1, h2, m2, kind, title in BLOCKS])
    return mission.id


def install_providers(size: int) -> None:
    """Per participant: 6 blocks, an outbound and a return pickup and two meetings: 10 events.

    Like a real mission day, 20 of them also pitch (3 minutes each, in the pitch block).
    """
    pids = range(1, size + 1)
    slots = [PitchSlotItem(f"pitch:{p}", at(570 + p * 3), at(573 + p * 3), f"Company {p}",
                           (f"Name{p} Surname{p}",), p, 20, (p,)) for p in pids[:20]]
    stops = [CoachStopItem(f"coach:{p % 20}:{leg}:stop:{p}", at(start + p % 5 * 10), leg, f"Stop {p % 5}",
                           f"Coach {p % 20}", (p,), "Piazza della Stazione, Gallarate", "+39 333 123 4567", "Lyon")
             for p in pids for leg, start in (("outbound", 300), ("return", 1050))]
    meetings = [MeetingItem(f"b2b:{p}:{n}", at(660 + n * 20), at(680 + n * 20), f"Company {p}",
                            f"Company {p + 1}", (p,), (), str(n + 1)) for p in pids for n in range(2)]
    for module, function, items in (("c2c.services.pitches.agenda", "calendar_pitch_slots", slots),
                                    ("c2c.services.buses", "calendar_coach_stops", stops),
                                    ("c2c.services.b2b.views", "calendar_meetings", meetings)):
        fake = types.ModuleType(module)
        setattr(fake, function, lambda session, mission, items=items: items)
        sys.modules[module] = fake


def measure(size: int) -> tuple[float, float, float, float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(resolve_store(str(Path(tmp) / "bench.db")))
        with store.session() as session:
            fill(session, size)
        install_providers(size)
        options = calendars.CalendarOptions(lang="en")
        timings = []
        for _ in range(2):  # first export, then a re-export against the saved state
            start, cpu = time.perf_counter(), time.process_time()
            with store.session() as session:
                mission = missions.get_mission(session, "bench-2018")
                result = calendar_export.export_calendars(session, mission, Path(tmp) / "out", options, NOW)
            timings.append(time.perf_counter() - start)
        cpu = time.process_time() - cpu
        events = sum(f.events for f in result.files if f.personal)
        with store.session() as session:
            db, mission = session_reader(session), missions.ref_of(missions.get_mission(session, "bench-2018"))
            blocks = calendars.load_blocks(db, mission)
            items = calendars.collect_items(db, mission)
            people = calendar_export.list_attendees(db, mission.id)
        planned = [
            ics.IcsCalendar("x", "Europe/Paris", state.preview(mission, "p", calendars.participant_events(
                a.participation_id, blocks, items, options)))
            for a in people
        ]
        start = time.perf_counter()
        objects = [ics.build_calendar(c, NOW) for c in planned]
        build = time.perf_counter() - start
        start = time.perf_counter()
        for cal in objects:
            cal.to_ical()
        serialise = time.perf_counter() - start
        store.dispose()
    return timings[0], timings[1], cpu, build, serialise, events


def main(sizes: list[int]) -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall-clock times grow with it)")
    print("export = assemble events + export state + write .ics files, in one transaction;")
    print("CPU = processor time of the re-export; build objects / to_ical = the same personal calendars")
    print("as icalendar objects, then serialised by icalendar (what the export avoids)\n")
    print(f"{'participants':>12} {'events':>7} {'export 1st':>11} {'re-export':>10} {'CPU':>7} "
          f"{'build objects':>14} {'to_ical':>8}  target")
    for size in sizes:
        first, again, cpu, build, serialise, events = measure(size)
        verdict = "" if size != 1000 else ("ok (< 3 s)" if max(first, again) < 3 else "SLOW (>= 3 s)")
        print(f"{size:>12} {events:>7} {first:>10.2f}s {again:>9.2f}s {cpu:>6.2f}s {build:>13.2f}s "
              f"{serialise:>7.2f}s  {verdict}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 2000])
