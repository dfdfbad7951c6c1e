"""The import's two store accesses write the same store: sqlite3 (no SQLAlchemy) and the ORM session."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c2c.config import resolve_store
from c2c.errors import C2CError
from c2c.services.importing import ImportOptions, ImportReport, apply_plan, plan_import
from c2c.services.importing.target import import_target
from c2c.services.missions import get_mission
from c2c.store.access import VERSIONED, sqlite_access
from tests.factories import store_at
from tests.store_dump import dump

HEADER = "Cognome,Nome,Azienda,Cluster,E-mail,Cellulare,Pitch,Fermata,Stato,Dieta\n"
FIRST = HEADER + (
    "Côté,Benoît-Étienne,Mécanique Côté SAS,AAR,bec@mecacote.fr,06 12 34 56 78,oui,Part-Dieu,,\n"
    "De Luca,Giulia,Avioparts Srl,LAC,giulia@avioparts.it,+39 333 123 4567,sì,,,vegetariana\n"
    "Wiśniewska,Małgorzata,Avioparts S.r.l.,LAC,m.w@avioparts.it,,no,,,\n"
    "Rossi,Mario,Compositi Rossi Spa,LAC,mario@compositi.it,0039 3471234567,,Gallarate,,\n"
)
# a phone and a pitch changed, a new company profile, one row not coming, one person gone (pruned)
SECOND = HEADER + (
    "Côté,Benoît-Étienne,Mécanique Côté SAS,AAR,bec@mecacote.fr,06 99 99 99 99,oui,Part-Dieu,,\n"
    "De Luca,Giulia,Avioparts Srl,LAC,giulia@avioparts.it,+39 333 123 4567,no,,,vegana\n"
    "Wiśniewska,Małgorzata,Avioparts S.r.l.,LAC,m.w@avioparts.it,,no,,cancelled,\n"
    "Noël,Zoë,Aviopart Srl,LAC,zoe@aviopart.it,,,,,\n"
)
TIMESTAMP = re.compile(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?'")


def _through_session(path: Path, slug: str, file: Path, options: ImportOptions) -> ImportReport:
    store = store_at(path)
    try:
        with store.session() as session:
            plan = plan_import(session, get_mission(session, slug), file, options)
            apply_plan(session, plan, prune=options.prune)
    finally:
        store.dispose()
    return plan.report


def _through_sqlite3(path: Path, slug: str, file: Path, options: ImportOptions) -> ImportReport:
    with sqlite_access(resolve_store(str(path))) as db:
        assert db is not None
        plan = plan_import(db, import_target(db, slug), file, options)
        apply_plan(db, plan, prune=options.prune)
    return plan.report


def _comparable(report: ImportReport) -> tuple[object, ...]:
    return (report.added, report.updated, report.unchanged, report.removed, report.freed, report.pruned, report.notes)


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("lists")
    first, second = folder / "iscritti.csv", folder / "iscritti-v2.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    return first, second


@pytest.mark.sqlite_file("compares the sqlite3 write path of a SQLite store with the session's")
def test_sqlite3_and_session_write_the_same_store(lyon: str, db_path: Path, tmp_path: Path,
                                                   lists: tuple[Path, Path]) -> None:
    twin = tmp_path / "twin.db"
    twin.write_bytes(db_path.read_bytes())
    reports = []
    for options in (ImportOptions(), ImportOptions(prune=True, cluster="LAC")):
        for path, through in ((db_path, _through_session), (twin, _through_sqlite3)):
            file = lists[0] if not options.prune else lists[1]
            reports.append(through(path, lyon, file, options))
        assert _comparable(reports[-2]) == _comparable(reports[-1])
    assert reports[-1].pruned == 1
    assert reports[-1].freed
    assert TIMESTAMP.sub("T", dump(db_path)) == TIMESTAMP.sub("T", dump(twin))
    with sqlite3.connect(twin) as connection:  # the changed phone moved the person's version on
        assert connection.execute("SELECT version FROM person WHERE email = 'bec@mecacote.fr'").fetchall() == [(2,)]


def _import_then_fail(path: Path, slug: str, file: Path) -> None:
    with sqlite_access(resolve_store(str(path))) as db:
        assert db is not None
        apply_plan(db, plan_import(db, import_target(db, slug), file, ImportOptions()))
        raise C2CError("refused after writing")


def test_a_failed_import_through_sqlite3_writes_nothing(lyon: str, db_path: Path, lists: tuple[Path, Path]) -> None:
    before = dump(db_path)
    with pytest.raises(C2CError, match="refused after writing"):
        _import_then_fail(db_path, lyon, lists[0])
    assert dump(db_path) == before


def test_only_an_up_to_date_sqlite_store_takes_the_sqlite3_path(tmp_path: Path) -> None:
    with sqlite_access(resolve_store(str(tmp_path / "new.db"))) as db:
        assert db is None  # a store to create: migrations need SQLAlchemy
    assert not (tmp_path / "new.db").exists()


def test_the_versioned_tables_are_those_of_the_models() -> None:
    from sqlmodel import SQLModel

    import c2c.store.models  # noqa: F401

    assert {name for name, table in SQLModel.metadata.tables.items() if "version" in table.c} == VERSIONED


@pytest.mark.sqlite_file("the sqlite3 write path exists for SQLite files only")
def test_an_import_into_an_up_to_date_sqlite_store_loads_no_sqlalchemy(lyon: str, db_path: Path,
                                                                        lists: tuple[Path, Path]) -> None:
    probe = ("import sys\nfrom c2c.cli import main\ntry:\n    main()\nexcept SystemExit as exit:\n"
             "    assert not exit.code, exit.code\nprint(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic') "
             "if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe, "participants", "import", str(lists[0]), "--mission", lyon],
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"
    assert "giulia@avioparts.it" in dump(db_path)


def test_an_import_waiting_for_another_writer_gives_up_in_one_line(lyon: str, db_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from c2c.store import access

    monkeypatch.setattr(access, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(C2CError, match="is busy: another c2c is writing to it; nothing was written"):
            with sqlite_access(resolve_store(str(db_path))):
                pass
    finally:
        other.execute("ROLLBACK")
        other.close()
