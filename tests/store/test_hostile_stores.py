"""Files that are no c2c store, damaged stores, newer and read-only ones: one line each, nothing written."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from c2c.store.engine import HEAD_REVISION
from tests.conftest import Invoke
from tests.file_modes import run_without_root_reading, unwritable
from tests.store_dump import dump, store_at_revision

WRITE = ("cluster", "add", "Silesia Aviation Cluster", "--short", "SAC", "--country", "PL")


def _refused(invoke: Invoke, path: Path, message: str, *, args: tuple[str, ...] = WRITE) -> None:
    before = dump(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    result = invoke(*args)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == f"Error: {message}"
    assert len(result.stderr.splitlines()) <= 2
    assert dump(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing  # no backup, no journal left


@pytest.mark.sqlite_file("a file that is no SQLite database")
def test_a_text_file_is_not_a_store(invoke: Invoke, db_path: Path) -> None:
    db_path.write_text("Nome;Cognome\nBenoît-Étienne;Dupré\n")
    _refused(invoke, db_path, f"{db_path} is not a c2c store: it is not an SQLite database")


@pytest.mark.sqlite_file("a foreign SQLite file")
def test_another_applications_database_gets_no_c2c_tables(invoke: Invoke, db_path: Path) -> None:
    db_path.unlink()
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY)")
    connection.close()
    _refused(invoke, db_path, f"{db_path} is another application's database (2 tables: moz_historyvisits, "
                              "moz_places); c2c will not add its own", args=("mission", "list"))


@pytest.mark.sqlite_file("the refusal names the file and makes no backup file")
def test_store_of_a_newer_c2c_is_refused_without_a_backup(invoke: Invoke, lyon: str, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.close()
    _refused(invoke, db_path, f"the store {db_path} was written by a newer c2c (schema revision 0999); "
                              f"this c2c knows revisions up to {HEAD_REVISION}")


@pytest.mark.sqlite_file("the refusal names the SQLite file")
def test_c2c_tables_without_version_table(invoke: Invoke, lyon: str, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE alembic_version")
    connection.close()
    _refused(invoke, db_path, f"the store {db_path} has c2c's tables but no version table (alembic_version)",
             args=("mission", "list"))


@pytest.fixture
def damaged(lyon: str, db_path: Path) -> Path:
    """The Lyon store with the pages after its header overwritten."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page * 2, len(data), page):
        data[start:start + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    return db_path


@pytest.mark.sqlite_file("damaged bytes of the SQLite file")
def test_damaged_store_refuses_writes_and_db_check_says_so(invoke: Invoke, damaged: Path) -> None:
    before = dump(damaged)
    result = invoke(*WRITE)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: the store {damaged} is damaged")
    assert result.stderr.splitlines()[1].startswith("Hint: run `c2c db check`")
    check = invoke("db", "check")
    assert check.exit_code == 1
    assert check.stderr.startswith(f"Error: the store {damaged} is damaged: ")
    assert dump(damaged) == before


@pytest.mark.sqlite_file("db check runs SQLite's integrity check on the file")
def test_db_check_of_a_sound_store(invoke: Invoke, lyon: str, db_path: Path) -> None:
    result = invoke("db", "check")
    assert result.exit_code == 0
    assert result.stderr == f"The store {db_path} is sound (integrity check ok, schema revision {HEAD_REVISION}).\n"


@pytest.fixture
def read_only(lyon: str, db_path: Path) -> Iterator[Path]:
    """The Lyon store in a folder nobody may write to."""
    folder = db_path.parent / "ro"
    folder.mkdir()
    path = folder / "store.db"
    shutil.copy(db_path, path)
    with unwritable(path, folder):
        yield path


@pytest.mark.sqlite_file("a read-only file in a read-only folder")
def test_read_only_store_can_be_read_but_not_written(invoke: Invoke, read_only: Path) -> None:
    before = dump(read_only)
    listed = invoke("--db", str(read_only), "mission", "list", "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    assert "lyon-2018" in listed.stdout
    result = invoke("--db", str(read_only), *WRITE)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"Error: the store {read_only} is read-only; nothing was written"
    assert dump(read_only) == before


@pytest.mark.sqlite_file("the backup file made beside the SQLite store")
@pytest.mark.fresh_store
def test_automatic_upgrade_says_where_the_backup_is(invoke: Invoke, db_path: Path) -> None:
    store_at_revision(db_path, "0009")
    result = invoke("mission", "list")
    assert result.exit_code == 0, result.stderr
    [backup] = db_path.parent.glob("store.db.*.rev0009.bak")
    assert result.stderr.startswith(f"Upgraded the store {db_path} from revision 0009 to {HEAD_REVISION}; "
                                    f"the previous version is kept in {backup}.\n")
    assert "Upgraded" not in invoke("mission", "list").stderr


def test_a_lost_insert_race_is_a_clean_conflict(lyon: str, db_path: Path) -> None:
    from sqlalchemy import text

    from c2c.errors import Conflict
    from tests.factories import store_at

    store = store_at(db_path)
    before = dump(db_path)
    try:
        # what a second writer meets when another committed the same key first (other databases)
        twice = text("INSERT INTO setting (key, value) VALUES ('race', '1'), ('race', '2')")
        with pytest.raises(Conflict) as lost, store.session() as session:
            session.execute(twice)
    finally:
        store.dispose()
    assert (lost.value.message, lost.value.hint, lost.value.exit_code) == (
        "someone else wrote the same record at the same time; nothing was written", "run the command again", 4)
    assert dump(db_path) == before


@pytest.mark.parametrize("command", [("participants", "import"), ("b2b", "request", "import"),
                                     ("b2b", "outcome", "import")])
def test_an_unreadable_file_is_one_line(lyon: str, tmp_path: Path, command: tuple[str, ...]) -> None:
    path = tmp_path / "iscritti.csv"
    path.write_text("Nome,Cognome,Email\nAnna,Rossi,anna@aero.it\n", encoding="utf-8")
    path.chmod(0)
    result = run_without_root_reading(*command, str(path), "-m", lyon)
    assert (result.returncode, result.stderr) == (1, f"Error: cannot read {path}: Permission denied\n")
