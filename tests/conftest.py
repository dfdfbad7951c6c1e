"""Every test gets its own store in a tmp dir and a plain, wide, colourless terminal.

What costs much and is the same for every test is made once per session and copied:
- nothing for the command tree: the root group builds each group once per process
  (``c2c.cli.load_command``), so typer's runner rebuilding the root on every invoke is cheap;
- a migrated store (every migration, ~0.5 s), copied into each test's tmp dir; a test about
  creating, migrating or upgrading the store itself is marked ``fresh_store`` and starts with
  no store file at all;
- the Lyon store (``lyon``) and set-ups many tests share on it (``lyon_with``);
- one ``c2c demo`` run (``demo_run``) for the tests that only read what it printed and wrote.

Under ``C2C_TEST_STORE=postgresql`` (``.ci/run``'s second pass) each of these stores is put on
the PostgreSQL server instead (``tests/postgres.py``): ``C2C_DB`` names the test's database and
``located(db_path)`` finds it; a ``fresh_store`` test gets an empty database. Only the tests
marked ``sqlite_file("why")``, which are about the SQLite file itself, skip there.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from typer.testing import CliRunner, Result

import tests.postgres
from c2c.cli import app
from tests.postgres import URL_ENV, ServerStores, stores_on_server

SHARED_FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
DATA = Path(__file__).parent / "data"
T = TypeVar("T")
Invoke = Callable[..., Result]


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


def write_private(path: Path, data: bytes) -> None:
    """Write a store file as the store itself creates one: readable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def closed_store_bytes(path: Path) -> bytes:
    assert not path.with_name(f"{path.name}-wal").exists(), "closing the store should checkpoint its WAL"
    return path.read_bytes()


@pytest.fixture(scope="session")
def migrated_store(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a new store after every migration, made by the code that makes the real one."""
    from c2c.config import resolve_store
    from c2c.store.engine import open_store

    path = tmp_path_factory.mktemp("template") / "store.db"
    open_store(resolve_store(str(path))).dispose()
    return closed_store_bytes(path)


def isolate(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The store and the home of c2c in ``folder``; a plain, wide, colourless terminal."""
    monkeypatch.setenv("C2C_HOME", str(folder / "home"))
    monkeypatch.setenv("C2C_DB", str(folder / "store.db"))
    for name in ("C2C_DATABASE_URL", "C2C_MISSION", "C2C_FORMAT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture(autouse=True)
def _isolated(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    isolate(monkeypatch, tmp_path)
    server = tests.postgres.SERVER
    if request.node.get_closest_marker("fresh_store") is not None:
        if server is not None:
            os.environ["C2C_DB"] = server.empty_at(tmp_path / "store.db")
    elif server is not None and "lyon" in request.fixturenames:
        write_private(tmp_path / "store.db", request.getfixturevalue("migrated_store"))  # its database comes next
    else:
        install_store(tmp_path / "store.db", request.getfixturevalue("migrated_store"))
    yield
    if server is not None:
        server.drop()


def install_store(path: Path, data: bytes) -> None:
    """The test's store (``C2C_DB``) holds ``data``: as the SQLite file ``path``, or on the server
    under C2C_TEST_STORE=postgresql."""
    os.environ["C2C_DB"] = serve_store(path, data)


def serve_store(path: Path, data: bytes) -> str:
    """The SQLite file ``path`` holds ``data``, and so does its database on the server when the
    stores are there; where the store is (``located(path)``)."""
    write_private(path, data)
    if tests.postgres.SERVER is not None:
        return tests.postgres.SERVER.point_at(path, data)
    return str(path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"



def invoker(runner: CliRunner) -> Invoke:
    def _invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    return _invoke


@pytest.fixture
def invoke(runner: CliRunner) -> Invoke:
    """Run the CLI in-process; bugs surface as tracebacks, not as exit code 1."""
    return invoker(runner)


@pytest.fixture
def shared_fixtures() -> Path:
    """The messy real-world spreadsheets beside the repo; a user's clone has none."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not present in this checkout")
    return SHARED_FIXTURES


def build_store(folder: Path, base: bytes, build: Callable[[Path, Invoke], T], runner: CliRunner) -> tuple[bytes, T]:
    """Run ``build`` on a copy of the store ``base`` in ``folder``, c2c isolated there as in a test;
    returns the bytes of the store it leaves and what it returned."""
    path = folder / "store.db"
    write_private(path, base)
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate(monkeypatch, folder)
        value = build(path, invoker(runner))
    return closed_store_bytes(path), value


def _lyon(db_path: Path, invoke: Invoke) -> None:
    for args in (
        ["cluster", "add", "Aerospace Cluster Auvergne-Rhône-Alpes", "--short", "AAR", "--country", "FR"],
        ["cluster", "add", "Lombardia Aerospace Cluster", "--short", "LAC", "--country", "IT"],
        ["mission", "new", "--slug", "lyon-2018", "--title", "Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes",
         "--direction", "outgoing", "--host", "AAR", "--guest", "LAC", "--city", "Lyon", "--date", "2018-11-20",
         "--timezone", "Europe/Paris"],
    ):
        result = invoke(*args)
        assert result.exit_code == 0, result.output


@pytest.fixture(scope="session")
def lyon_store(runner: CliRunner, migrated_store: bytes, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a store holding the two clusters and the Lyon 2018 mission, made through the CLI."""
    return build_store(tmp_path_factory.mktemp("lyon"), migrated_store, _lyon, runner)[0]


@pytest.fixture
def lyon(lyon_store: bytes, db_path: Path) -> str:
    """A store holding the two clusters and the Lyon 2018 mission."""
    install_store(db_path, lyon_store)
    return "lyon-2018"


class LyonWith:
    """Set-ups that many tests share, each built once per session on the Lyon store by one
    function ``build(db_path, invoke)``, then copied into every test that asks for it."""

    def __init__(self, runner: CliRunner, lyon_store: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._runner = runner
        self._lyon_store = lyon_store
        self._tmp_path_factory = tmp_path_factory
        self._built: dict[Callable[[Path, Invoke], Any], tuple[bytes, Any]] = {}

    def __call__(self, build: Callable[[Path, Invoke], T], db_path: Path) -> T:
        if build not in self._built:
            folder = self._tmp_path_factory.mktemp(build.__name__.strip("_"))
            self._built[build] = build_store(folder, self._lyon_store, build, self._runner)
        data, value = self._built[build]
        install_store(db_path, data)
        return copy.deepcopy(value)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def lyon_with(runner: CliRunner, lyon_store: bytes, tmp_path_factory: pytest.TempPathFactory) -> LyonWith:
    return LyonWith(runner, lyon_store, tmp_path_factory)


@dataclass(frozen=True)
class DemoRun:
    """One ``c2c demo`` with the default locations: what it printed, and the folder holding its
    home (``home/demo.db``, ``home/calendars``) and where the user's store would be (``store.db``)."""

    result: Result
    folder: Path


@pytest.fixture(scope="session")
def demo_run(runner: CliRunner, tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """The demo builds every feature (~1.5 s); the tests that only read what it made share one run."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as monkeypatch:
        isolate(monkeypatch, folder)
        result = invoker(runner)("demo")
    return DemoRun(result, folder)


@pytest.fixture(scope="session")
def demo_store(demo_run: DemoRun, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of the store the demo made."""
    from c2c.store.engine import backup_sqlite

    assert demo_run.result.exit_code == 0, demo_run.result.stderr
    # a snapshot, not the file's bytes: the demo leaves its store open, with its WAL
    copy = backup_sqlite(demo_run.folder / "home" / "demo.db", tmp_path_factory.mktemp("demo-copy") / "demo.db")
    return closed_store_bytes(copy)


@pytest.fixture
def demo_db(demo_store: bytes, tmp_path: Path) -> Path:
    """A copy of the demo store, for a test to run more commands on (``--db located(demo_db)``)."""
    path = tmp_path / "demo.db"
    serve_store(path, demo_store)
    return path


def pytest_configure(config: pytest.Config) -> None:
    # compiled modules and the test modules' rewritten asserts are cached (in __pycache__, which
    # git ignores) even where the shell sets PYTHONDONTWRITEBYTECODE: otherwise each worker of
    # every run compiles c2c and rewrites every test module again, seconds of each run
    sys.dont_write_bytecode = False
    os.environ.setdefault("C2C_TESTING", "1")
    if stores_on_server():
        tests.postgres.SERVER = ServerStores(os.environ[URL_ENV])
    config.addinivalue_line(
        "markers", "fresh_store: start with no store file (tests of creating, migrating or upgrading the store)"
    )
    config.addinivalue_line(
        "markers", "sqlite_file(reason): about the SQLite store file itself; skipped when the stores are on PostgreSQL"
    )


@pytest.fixture
def pg_url() -> Iterator[str]:
    """An empty database of its own on the test PostgreSQL server (skips without one; fails under CI)."""
    from tests.postgres import database, server_url

    with database(server_url()) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store's URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return str(request.getfixturevalue("pg_url"))


def pytest_sessionfinish() -> None:
    if tests.postgres.SERVER is not None:
        tests.postgres.SERVER.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not stores_on_server():
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_file")
        if marker is not None:
            assert marker.args, f"{item.nodeid}: say why with sqlite_file(reason)"
            item.add_marker(pytest.mark.skip(reason=f"about the SQLite file: {marker.args[0]}"))
