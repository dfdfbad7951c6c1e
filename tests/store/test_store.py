"""The store on disk: location, permissions, pragmas, migrations that keep every row."""

from __future__ import annotations

import ast
import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from c2c.config import resolve_store
from c2c.store.engine import (
    BUSY_TIMEOUT_MS,
    Store,
    create_engine,
    current_revision,
    head_revision,
    open_store,
    upgrade_store,
)
from tests.conftest import Invoke
from tests.postgres import located


def test_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("C2C_DATABASE_URL", f"sqlite:///{tmp_path}/url.db")
    monkeypatch.setenv("C2C_DB", str(tmp_path / "env.db"))
    assert resolve_store(str(tmp_path / "opt.db")).path == tmp_path / "opt.db"
    assert resolve_store(None).path == tmp_path / "env.db"
    monkeypatch.delenv("C2C_DB")
    assert resolve_store(None).path == tmp_path / "url.db"
    monkeypatch.delenv("C2C_DATABASE_URL")
    assert resolve_store(None).path == tmp_path / "home" / "c2c.db"


def test_default_location_is_platform_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv("C2C_DB")
    monkeypatch.delenv("C2C_HOME")
    assert resolve_store(None).path == Path(user_data_dir("c2c", appauthor=False)) / "c2c.db"


@pytest.mark.sqlite_file("the file's mode and SQLite's pragmas")
@pytest.mark.fresh_store
def test_store_file_is_private_and_uses_wal_and_foreign_keys(db_path: Path) -> None:
    store = open_store(resolve_store(str(db_path)))
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
    store.dispose()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_database_url_env_is_used(invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("C2C_DB")
    monkeypatch.setenv("C2C_DATABASE_URL", f"sqlite:///{tmp_path}/other.db")
    assert invoke("cluster", "add", "Swiss Aerospace Cluster", "--short", "SAC").exit_code == 0
    assert invoke("db", "path").stdout.strip() == f"{tmp_path}/other.db"
    with sqlite3.connect(tmp_path / "other.db") as connection:
        assert connection.execute("SELECT short_name FROM cluster").fetchall() == [("SAC",)]


@pytest.mark.sqlite_file("also checks the backup file beside the SQLite store")
@pytest.mark.fresh_store
def test_upgrade_from_oldest_revision_keeps_every_row(db_path: Path) -> None:
    location = resolve_store(str(db_path))
    old = Store(location, create_engine(location))
    upgrade_store(old, "0001")
    assert current_revision(old) == "0001"
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO cluster (id, name, short_name, country, aliases) VALUES (1, 'Aéro Montréal', 'AM', 'CA', '[]')"))
        connection.execute(text("INSERT INTO cluster (id, name, short_name, country, aliases) VALUES (2, 'Lombardia Aerospace Cluster', 'LAC', 'IT', '[]')"))
        connection.execute(
            text(
                "INSERT INTO mission (id, slug, title, direction, host_cluster_id, guest_cluster_id, city, start_date, "
                "end_date, timezone, language, status, created_at) VALUES (1, 'milano-2017', 'Québec in Milan', "
                "'incoming', 2, 1, 'Milano', '2017-11-14', '2017-11-14', 'Europe/Rome', 'it', 'done', :now)"
            ),
            {"now": dt.datetime(2017, 10, 1)},
        )
        connection.execute(text("INSERT INTO company (id, name, name_key) VALUES (1, 'Mécanique Québécoise', 'mecanique quebecoise')"))
        connection.execute(text("INSERT INTO person (id, first_name, last_name, email, company_id) VALUES (1, 'Benoît', 'Côté', 'b@mq.example', 1)"))
        connection.execute(
            text("INSERT INTO participation (id, person_id, mission_id, status, pitch, created_at) VALUES (1, 1, 1, 'confirmed', 1, :now)"),
            {"now": dt.datetime(2017, 10, 2)},
        )
    old.dispose()

    store = open_store(location)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM cluster ORDER BY id")).scalars().all() == [
            "Aéro Montréal", "Lombardia Aerospace Cluster",
        ]
        assert connection.execute(text("SELECT slug, title FROM mission")).all() == [("milano-2017", "Québec in Milan")]
        assert connection.execute(text("SELECT first_name, last_name FROM person")).all() == [("Benoît", "Côté")]
        assert connection.execute(text("SELECT status, pitch, extra FROM participation")).all() == [("confirmed", 1, "{}")]
    store.dispose()
    backups = list(db_path.parent.glob("store.db.*.rev0001.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


@pytest.mark.fresh_store
def test_upgrade_stores_driver_phones_as_e164(db_path: Path) -> None:
    """Before 0009, bus add kept '+39 333 …' for drivers while the import stored E.164."""
    location = resolve_store(located(db_path))
    old = Store(location, create_engine(location))
    upgrade_store(old, "0008")
    with old.engine.begin() as connection:
        for mission_id, slug, country in ((1, "lyon-2018", "FR"), (2, "milano-2017", None)):
            connection.execute(
                text("INSERT INTO mission (id, slug, title, direction, country, start_date, end_date, timezone, "
                     "language, status, created_at) VALUES (:id, :slug, 'T', 'outgoing', :country, '2018-11-20', "
                     "'2018-11-20', 'Europe/Paris', 'fr', 'planned', :now)"),
                {"id": mission_id, "slug": slug, "country": country, "now": dt.datetime(2018, 10, 1)},
            )
        for coach_id, mission_id, phone in ((1, 1, "+39 333 000 1234"), (2, 1, "+33 4 72 40 18 31"), (3, 1, "call the office"),
                                            (4, 2, "333 000 1234"), (5, 2, None), (6, 2, "+393330009999")):
            connection.execute(
                text("INSERT INTO coach (id, mission_id, name, seats, reserved_seats, driver_phone) "
                     "VALUES (:id, :mission, :name, 50, 0, :phone)"),
                {"id": coach_id, "mission": mission_id, "name": f"Coach {coach_id}", "phone": phone},
            )
    old.dispose()

    store = open_store(location)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT name, driver_phone FROM coach ORDER BY id")).all() == [
            ("Coach 1", "+393330001234"), ("Coach 2", "+33472401831"), ("Coach 3", "call the office"),
            ("Coach 4", "+393330001234"), ("Coach 5", None), ("Coach 6", "+393330009999"),
        ]
    store.dispose()


@pytest.mark.fresh_store
def test_fresh_store_matches_models() -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from c2c.store.models import load_all

    load_all()
    store = open_store(resolve_store(os.environ["C2C_DB"]))
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    store.dispose()


def test_head_revision_constant_matches_the_migrations() -> None:
    from c2c.store.engine import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def _loaded_model_modules(code: str) -> list[str]:
    """The model modules a fresh interpreter has loaded after running ``code``."""
    script = f"import sys\n{code}\nprint(sorted(m for m in sys.modules if m.startswith('c2c.store.models.')))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    return ast.literal_eval(done.stdout.strip())


def test_core_models_load_without_the_feature_tables() -> None:
    assert _loaded_model_modules("from c2c.store.models import Mission, Person") == ["c2c.store.models.core"]


def test_a_feature_module_imported_directly_brings_the_core_tables_it_refers_to() -> None:
    modules = _loaded_model_modules("from c2c.store.models.buses import Coach")
    assert modules == ["c2c.store.models.buses", "c2c.store.models.core"]


def test_a_feature_model_loads_every_table() -> None:
    modules = _loaded_model_modules("from c2c.store.models import Coach")
    files = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "c2c/store/models").glob("*.py"))
    assert modules == [f"c2c.store.models.{name}" for name in files if name != "__init__"]


def test_every_exported_model_resolves() -> None:
    from c2c.store import models

    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    with pytest.raises(AttributeError, match="NoSuchModel"):
        getattr(models, "NoSuchModel")  # noqa: B009
