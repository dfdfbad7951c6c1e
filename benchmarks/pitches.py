"""How long the pitch agenda takes at several sizes: build (order, flow, save) and export.

Run: python benchmarks/pitches.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from c2c.config import resolve_store  # noqa: E402
from c2c.exporters.agenda_xlsx import agenda_workbook  # noqa: E402
from c2c.exporters.files import write_file  # noqa: E402
from c2c.parsing import DayClock  # noqa: E402
from c2c.services import clusters, missions, program  # noqa: E402
from c2c.services.pitches import (
    agenda as pitches,  # noqa: E402
    views as pitch_views,  # noqa: E402
)
from c2c.store.engine import open_store  # noqa: E402
from c2c.store.models import Company, Participation, Person  # noqa: E402
from c2c.text import fold  # noqa: E402

SIZES = (16, 100, 500, 2000)


def _setup(path: Path, companies: int) -> None:
    import datetime as dt

    store = open_store(resolve_store(str(path)))
    with store.session() as session:
        host = clusters.add_cluster(session, clusters.ClusterInput("Host Cluster", "AAR", "FR"))
        guest = clusters.add_cluster(session, clusters.ClusterInput("Guest Cluster", "LAC", "IT"))
        mission = missions.create_mission(session, missions.MissionInput(
            "Bench", dt.date(2018, 11, 20), slug="bench", host=host, guest=guest, timezone="Europe/Paris"))
        program.add_block(session, mission, program.BlockInput(dt.time(0, 0), "All day", "pitches", until=DayClock(dt.time(23, 59))))
        session.execute(insert(Company), [
            {"id": i, "name": f"Company {i}", "name_key": fold(f"Company {i}"), "cluster_id": host.id if i % 2 else guest.id}
            for i in range(1, companies + 1)
        ])
        session.execute(insert(Person), [
            {"id": i, "first_name": "P", "last_name": str(i), "company_id": (i + 1) // 2} for i in range(1, 2 * companies + 1)
        ])
        session.execute(insert(Participation), [
            {"person_id": i, "mission_id": mission.id, "pitch": True, "status": "registered", "extra": {}}
            for i in range(1, 2 * companies + 1)
        ])
    store.dispose()


def _measure(path: Path) -> tuple[float, float, float]:
    store = open_store(resolve_store(str(path)))
    with store.session() as session:
        mission = missions.get_mission(session, "bench")
        started = time.perf_counter()
        agenda = pitches.build_agenda(session, mission, pitches.AgendaOptions(pitch_seconds=30, changeover_seconds=0))
        first = time.perf_counter() - started
        started = time.perf_counter()
        agenda = pitches.build_agenda(session, mission)
        again = time.perf_counter() - started
        rows = pitch_views.agenda_rows(agenda)
    started = time.perf_counter()
    write_file(path.with_suffix(".xlsx"), agenda_workbook(rows, title="Bench", subtitle=""))
    xlsx = time.perf_counter() - started
    store.dispose()
    return first, again, xlsx


def main() -> None:
    print(f"{'companies':>10} {'first build':>12} {'rebuild':>10} {'xlsx':>10}")
    for size in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            _setup(path, size)
            first, again, xlsx = _measure(path)
        print(f"{size:>10} {first:>11.3f}s {again:>9.3f}s {xlsx:>9.3f}s")


if __name__ == "__main__":
    main()
