from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.postgres import located
from tests.store_dump import store_at_revision


@pytest.mark.sqlite_file("prints the SQLite file's path")
def test_path_honours_db_option(invoke: Invoke, tmp_path: Path) -> None:
    assert invoke("db", "path").stdout == f"{tmp_path / 'store.db'}\n"
    assert invoke("--db", str(tmp_path / "x.db"), "db", "path").stdout == f"{tmp_path / 'x.db'}\n"


@pytest.mark.sqlite_file("db backup copies the SQLite file")
def test_backup_copies_and_refuses_to_overwrite(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    result = invoke("db", "backup", str(target))
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT slug FROM mission").fetchall() == [("lyon-2018",)]
    again = invoke("db", "backup", str(target))
    assert again.exit_code == 1
    assert again.stderr == f"Error: {target} exists\nHint: pass --force to overwrite it\n"
    assert invoke("db", "backup", str(target), "--force").exit_code == 0


@pytest.mark.fresh_store
def test_upgrade_reports_revisions(invoke: Invoke, db_path: Path) -> None:
    store_at_revision(db_path, "0001")
    result = invoke("db", "upgrade")
    assert result.exit_code == 0, result.stderr
    assert "Upgraded the store from revision 0001 to" in result.stderr
    if located(db_path) == str(db_path):  # a server keeps its own backups
        assert "Backup of the previous version:" in result.stderr
    assert "up to date" in invoke("db", "upgrade").stderr


def test_unwritable_store_location_is_one_line_error(invoke: Invoke, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("--db", str(blocker / "sub" / "store.db"), "mission", "list")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot create the store at {blocker / 'sub' / 'store.db'}")
    assert result.stderr.count("\n") == 1


def test_a_database_password_is_never_printed(invoke: Invoke) -> None:
    url = "postgresql+psycopg://ana:s3cr%40t@127.0.0.1:1/c2c"
    assert invoke("--db", url, "db", "path").stdout == "postgresql+psycopg://ana:***@127.0.0.1:1/c2c\n"
    refused = invoke("--db", url, "mission", "list")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("Error: cannot open the store postgresql+psycopg://ana:***@127.0.0.1:1/c2c: ")
    assert refused.stderr.count("\n") == 1
    assert "s3cr" not in refused.output


def test_a_missing_driver_is_one_line_with_the_extra_to_install(invoke: Invoke) -> None:
    result = invoke("--db", "postgresql+pg8000://ana:s3cret@127.0.0.1:1/c2c", "mission", "list")
    assert result.exit_code == 1
    assert result.stderr == ("Error: the database driver pg8000 is not installed\n"
                             "Hint: for PostgreSQL: pip install 'c2c[postgres]'\n")
