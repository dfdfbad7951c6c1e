"""The read-only fast path of list and show commands: same rows as SQLAlchemy, writes nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from c2c.config import resolve_store
from c2c.services import clusters, companies, missions, participants, program
from c2c.services.b2b import wishes
from c2c.services.buses.listing import coach_rows
from c2c.store.reading import ConnectionReader, Reader, SqliteReader, open_reader
from tests.bus_helpers import coach_with_route, people
from tests.conftest import Invoke
from tests.factories import store_at

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")
READS = [
    ["mission", "list"], ["mission", "show", "lyon-2018"], ["cluster", "list"], ["cluster", "show", "lac"],
    ["participants", "list", "-m", "lyon-2018"], ["companies", "list", "-m", "lyon-2018"],
    ["program", "list", "-m", "lyon-2018"], ["bus", "list", "-m", "lyon-2018"],
    ["b2b", "request", "list", "-m", "lyon-2018"], ["bus", "route", "list", "-m", "lyon-2018"],
    ["bus", "status", "-m", "lyon-2018"], ["bus", "status", "-m", "lyon-2018", "-f", "json"],
    ["bus", "manifest", "-m", "lyon-2018"], ["bus", "manifest", "-m", "lyon-2018", "-f", "csv"],
    ["mission", "current", "-m", "lyon-2018"],
]


@pytest.fixture
def mission_day(invoke: Invoke, lyon: str, db_path: Path) -> Path:
    """Lyon with a programme, a coach with its route and three people, one cancelled."""
    assert invoke("program", "template", "apply", "standard-day", "-m", lyon).exit_code == 0
    coach_with_route(db_path)
    people(db_path, [("Mario", "Rossi", "Avio Parts", "Gallarate"), ("Zoë", "Lévêque", "Avio Parts", None),
                     ("Jörg", "Müller", "Präzision GmbH", "Varese")])
    assert invoke("participants", "edit", "zoë.lévêque@example.com", "-m", lyon, "--status", "cancelled").exit_code == 0
    for asker, asked in (("Avio Parts", "Präzision GmbH"), ("Präzision GmbH", "Avio Parts")):
        wished = invoke("b2b", "request", "add", asker, asked, "-m", lyon, "--allow-same-cluster")
        assert wished.exit_code == 0, wished.output
    return db_path


def _all_reads(db: Reader) -> dict[str, object]:
    mission = missions.mission_ref(db, "lyon-2018")
    return {
        "missions": missions.mission_rows(db),
        "mission": missions.mission_row(db, "LYON-2018"),
        "clusters": clusters.cluster_rows(db),
        "cluster": clusters.cluster_row(db, "lombardia aerospace cluster"),
        "participants": participants.participant_rows(db, mission.id),
        "companies": companies.company_rows(db, mission.id),
        "program": program.block_rows(db, mission),
        "coaches": coach_rows(db, mission.id),
        "wishes": wishes.request_rows(db, mission.id),
    }


@pytest.mark.sqlite_file("compares the read-only sqlite3 path with SQLAlchemy")
def test_the_fast_path_reads_what_sqlalchemy_reads(mission_day: Path) -> None:
    fast, full = read_both_ways(mission_day, _all_reads)
    assert fast == full


def read_both_ways(store_path: Path, reads: Callable[[Reader], T]) -> tuple[T, T]:
    """``reads`` through the fast path's sqlite3 reader, then through SQLAlchemy."""
    fast = open_reader(resolve_store(str(store_path)))
    assert isinstance(fast, SqliteReader)
    store = store_at(store_path)
    try:
        with store.engine.connect() as connection:
            return reads(fast), reads(ConnectionReader(connection, owned=False))
    finally:
        fast.close()
        store.dispose()


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_read_commands_load_no_sqlalchemy_and_write_nothing(mission_day: Path) -> None:
    assert_reads_without_sqlalchemy(mission_day, READS)


def assert_reads_without_sqlalchemy(store: Path, reads: list[list[str]]) -> None:
    """The commands, one after another in one fresh interpreter, succeed, import no SQLAlchemy
    (checked after each, so the first that loads it is named) and leave the store as it was."""
    before = store.read_bytes()
    code = (
        "import sys, json\n"
        "from c2c.cli import app\n"
        "for args in json.loads(sys.argv[1]):\n"
        "    try:\n        app(args)\n    except SystemExit as exit:\n        assert exit.code in (0, None), (args, exit.code)\n"
        "    loaded = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules]\n"
        "    assert not loaded, (args, loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps(reads)], capture_output=True, text=True,
        check=False, cwd=ROOT, env={"C2C_DB": str(store), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert store.read_bytes() == before


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_the_fast_path_connection_cannot_write(mission_day: Path) -> None:
    reader = open_reader(resolve_store(str(mission_day)))
    assert reader is not None
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.rows("DELETE FROM mission")
    finally:
        reader.close()


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_stores_the_fast_path_cannot_take_open_in_full(tmp_path: Path, mission_day: Path, invoke: Invoke) -> None:
    assert open_reader(resolve_store(str(tmp_path / "missing.db"))) is None
    (tmp_path / "not-a-store.db").write_bytes(b"hello")
    assert open_reader(resolve_store(str(tmp_path / "not-a-store.db"))) is None
    with sqlite3.connect(mission_day) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0007'")
    assert open_reader(resolve_store(str(mission_day))) is None


def test_a_show_command_says_what_is_missing(invoke: Invoke, lyon: str) -> None:
    missing = invoke("mission", "show", "nowhere-2030")
    assert (missing.exit_code, missing.stderr) == (3, "Error: no mission 'nowhere-2030'\nHint: see the missions with: c2c mission list\n")
    no_cluster = invoke("cluster", "show", "Nowhere Cluster")
    assert no_cluster.exit_code == 3
    assert no_cluster.stderr.startswith("Error: no cluster 'Nowhere Cluster'\n")
