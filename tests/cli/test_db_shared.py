"""A store copied up to PostgreSQL and back, backed up from PostgreSQL; every row and id kept."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from c2c.config import resolve_store
from c2c.store.copy import store_tables
from c2c.store.engine import open_store
from tests.conftest import Invoke


def _everything(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table; a moment as naive UTC (PostgreSQL gives it with its zone, SQLite without)."""
    from sqlalchemy import select

    def same(value: Any) -> Any:
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    store = open_store(resolve_store(url))
    with store.engine.connect() as connection:
        found = {t.name: [{k: same(v) for k, v in r.items()}
                          for r in connection.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
                 for t in store_tables()}
    store.dispose()
    return found


def test_copy_up_to_postgresql_and_back_keeps_every_row_and_id(invoke: Invoke, demo_db: Path, pg_url: str,
                                                                tmp_path: Path) -> None:
    up = invoke("--db", str(demo_db), "db", "copy", "--to", pg_url, "--format", "json")
    assert up.exit_code == 0, up.stderr
    counts = {row["table"]: row["rows"] for row in json.loads(up.stdout)}
    import sqlite3

    with sqlite3.connect(demo_db) as source:
        meetings = source.execute("SELECT count(*) FROM b2b_meeting").fetchone()[0]
    assert (counts["person"], counts["b2b_meeting"], len(counts)) == (30, meetings, len(store_tables()))
    assert up.stderr.startswith(f"Copied {sum(counts.values())} rows to postgresql+psycopg://")
    password = make_url(pg_url).password
    assert not password or password not in up.stderr
    back = tmp_path / "back.db"
    assert invoke("--db", pg_url, "db", "copy", "--to", str(back)).exit_code == 0
    original = _everything(f"sqlite:///{demo_db}")
    assert _everything(pg_url) == original
    assert _everything(f"sqlite:///{back}") == original
    # new rows on the server take ids after the copied ones
    added = invoke("--db", pg_url, "participants", "add", "--mission", "lyon-2018", "--first", "Ewa", "--last", "Nowak")
    assert added.exit_code == 0, added.stderr


def test_copy_refuses_a_target_that_holds_rows_and_replaces_it_when_told(invoke: Invoke, lyon: str, demo_db: Path,
                                                                         pg_url: str) -> None:
    assert invoke("db", "copy", "--to", pg_url).exit_code == 0
    again = invoke("--db", str(demo_db), "db", "copy", "--to", pg_url)
    assert again.exit_code == 4
    assert again.stderr == ("Error: the target already holds 3 rows\n"
                            "Hint: pass --replace to delete them and copy this store in their place\n")
    replaced = invoke("--db", str(demo_db), "db", "copy", "--to", pg_url, "--replace", "--yes")
    assert replaced.exit_code == 0, replaced.stderr
    assert len(_everything(pg_url)["mission"]) == len(_everything(f"sqlite:///{demo_db}")["mission"])


@pytest.mark.sqlite_file("damages the SQLite source file")
def test_a_failed_copy_leaves_the_target_as_it_was(invoke: Invoke, lyon: str, db_path: Path, demo_db: Path,
                                                   pg_url: str) -> None:
    assert invoke("--db", str(demo_db), "db", "copy", "--to", pg_url).exit_code == 0
    before = _everything(pg_url)
    with sqlite3.connect(db_path) as damaged:  # foreign keys are off in a plain sqlite3 session
        damaged.execute("INSERT INTO participation (id, person_id, mission_id, status, extra, created_at, version) "
                        "VALUES (99, 4242, 1, 'registered', '{}', '2018-10-01 00:00:00', 1)")
    result = invoke("db", "copy", "--to", pg_url, "--replace", "--yes")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot copy table participation: ")
    assert result.stderr.endswith("\nHint: nothing was written; repair the source store first\n")
    assert _everything(pg_url) == before


def test_backup_of_a_postgresql_store(invoke: Invoke, lyon: str, pg_url: str, tmp_path: Path) -> None:
    import shutil

    assert invoke("db", "copy", "--to", pg_url).exit_code == 0
    as_file = tmp_path / "shared.db"
    result = invoke("--db", pg_url, "db", "backup", str(as_file), "--sqlite")
    assert result.exit_code == 0, result.stderr
    password = make_url(pg_url).password
    assert not password or password not in result.stderr
    with sqlite3.connect(as_file) as copy:
        assert copy.execute("SELECT slug FROM mission").fetchall() == [("lyon-2018",)]
    if shutil.which("pg_dump"):
        dump = tmp_path / "shared.dump"
        dumped = invoke("--db", pg_url, "db", "backup", str(dump))
        assert dumped.exit_code == 0, dumped.stderr
        assert dump.read_bytes().startswith(b"PGDMP")
