"""Speed of coach seat assignment, manifest and xlsx at several mission sizes.

    python benchmarks/buses.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from c2c.config import resolve_store  # noqa: E402
from c2c.exporters.files import write_file  # noqa: E402
from c2c.exporters.manifest_xlsx import manifest_workbook  # noqa: E402
from c2c.exporters.paper import Heading  # noqa: E402
from c2c.services import buses, missions  # noqa: E402
from c2c.store.engine import open_store  # noqa: E402
from c2c.store.models import Company, Participation, Person  # noqa: E402
from c2c.store.reading import session_reader  # noqa: E402

STOPS = [("Milano Cadorna", dt.time(6, 30)), ("Gallarate", dt.time(7, 0)), ("Varese", dt.time(7, 20)),
         ("Lyon", dt.time(12, 0))]


def build(path: Path, people: int) -> None:
    store = open_store(resolve_store(str(path)))
    with store.session() as session:
        mission = missions.create_mission(session, missions.MissionInput(
            title="Bench", start_date=dt.date(2018, 11, 20), slug="bench-2018", timezone="Europe/Paris"))
        session.execute(insert(Company), [{"name": f"C{i}", "name_key": f"c{i}"} for i in range(people // 3 + 1)])
        session.execute(insert(Person), [{"first_name": f"P{i}", "last_name": "X", "email": f"p{i}@example.com",
                                          "phone": "+39 333 000 0000", "company_id": i // 3 + 1} for i in range(people)])
        session.execute(insert(Participation), [{"person_id": i + 1, "mission_id": mission.id, "extra": {},
                                                 "bus_stop": STOPS[i % 3][0], "status": "registered",
                                                 "created_at": dt.datetime.now(dt.UTC)} for i in range(people)])
        for n in range(people // 50 + 1):
            coach = buses.add_coach(session, mission, buses.CoachInput(f"Coach {n + 1}", 50, 2))
            for name, at in STOPS:
                buses.add_stop(session, mission, coach, "outbound", name, at)
    store.dispose()


def main() -> None:
    print(f"{'people':>7} {'coaches':>8} {'assign s':>9} {'again s':>8} {'manifest s':>11} {'xlsx s':>7}")
    for people in (50, 500, 2000):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            build(path, people)
            store = open_store(resolve_store(str(path)))
            timings = []
            for _run in ("first run", "again: nothing to move"):
                start = time.perf_counter()
                with store.session() as session:
                    buses.auto_assign(session, missions.get_mission(session, "bench-2018"))
                timings.append(time.perf_counter() - start)
            start = time.perf_counter()
            with store.session() as session:
                db = session_reader(session)
                coaches = buses.build_manifest(db, missions.mission_ref(db, "bench-2018"))
            timings.append(time.perf_counter() - start)
            start = time.perf_counter()
            write_file(Path(tmp) / "m.xlsx", manifest_workbook(coaches, Heading("Bench", "2018-11-20")))
            timings.append(time.perf_counter() - start)
            store.dispose()
            print(f"{people:>7} {len(coaches):>8} {timings[0]:>9.2f} {timings[1]:>8.2f} {timings[2]:>11.2f} {timings[3]:>7.2f}")


if __name__ == "__main__":
    main()
