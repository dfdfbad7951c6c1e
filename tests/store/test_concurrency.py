"""Several coordinators at once: c2c processes against one PostgreSQL store lose no write.

Imports into one mission take the mission's lock, so that two lists naming the same company
neither add it twice nor fail on it; a coordinator kept waiting too long is told who holds it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from c2c.config import resolve_store
from c2c.errors import Conflict
from c2c.store.engine import Store, open_store
from c2c.store.locks import lock_mission
from tests.conftest import Invoke

ROOT = Path(__file__).resolve().parents[2]
DELEGATIONS = 4
PEOPLE = 6


def _lyon_at(invoke: Invoke, url: str) -> None:
    for args in (["cluster", "add", "Klaster Lotniczy Dolnośląski", "--short", "KLD", "--country", "PL"],
                 ["mission", "new", "--slug", "wroclaw-2026", "--title", "Lombardia in Wrocław", "--host", "KLD",
                  "--city", "Wrocław", "--country", "PL", "--date", "2026-05-12", "--timezone", "Europe/Warsaw"]):
        result = invoke("--db", url, *args)
        assert result.exit_code == 0, result.stderr


def _list(folder: Path, delegation: int) -> Path:
    """A delegation's list: people of its own, and one company every delegation brings."""
    path = folder / f"delegation-{delegation}.csv"
    rows = [f"Małgorzata {delegation}-{n};Wiśniewska;{'Wrocław Avionika Sp. z o.o.' if n == 0 else f'Firma {delegation}-{n}'};"
            f"m{delegation}.{n}@firma.example" for n in range(PEOPLE)]
    path.write_text("Imię;Nazwisko;Firma;E-mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _c2c(url: str, folder: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "C2C_DB": url, "C2C_HOME": str(folder / "home"), **env}
    environment.pop("C2C_DATABASE_URL", None)
    return subprocess.Popen([sys.executable, "-m", "c2c", *args], cwd=ROOT, env=environment, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_imports_running_at_once_lose_nothing(invoke: Invoke, pg_url: str, tmp_path: Path) -> None:
    store_url = pg_url
    _lyon_at(invoke, store_url)
    running = [_c2c(store_url, tmp_path, "participants", "import", str(_list(tmp_path, d)), "--mission", "wroclaw-2026",
                    "--cluster", "KLD", "--format", "json", C2C_USER=f"coordinator {d}") for d in range(DELEGATIONS)]
    for process in running:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
    listed = invoke("--db", store_url, "participants", "list", "--mission", "wroclaw-2026", "--format", "json")
    import json

    people = json.loads(listed.stdout)
    assert len(people) == DELEGATIONS * PEOPLE
    assert sum(p["company"] == "Wrocław Avionika Sp. z o.o." for p in people) == DELEGATIONS
    companies = json.loads(invoke("--db", store_url, "companies", "list", "--mission", "wroclaw-2026",
                                  "--format", "json").stdout)
    assert len(companies) == 1 + DELEGATIONS * (PEOPLE - 1)


def test_a_coordinator_kept_waiting_is_told_who_holds_the_mission(invoke: Invoke, pg_url: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _lyon_at(invoke, pg_url)
    store: Store = open_store(resolve_store(pg_url))
    monkeypatch.setenv("C2C_USER", "Ewa")
    with store.session() as holding:
        lock_mission(holding, 1, "wroclaw-2026", "importing a list into")
        waiting = _c2c(pg_url, tmp_path, "participants", "import", str(_list(tmp_path, 0)), "--mission", "wroclaw-2026",
                       "--cluster", "KLD", C2C_LOCK_TIMEOUT="0.5", C2C_USER="Giulia")
        _, stderr = waiting.communicate(timeout=60)
        monkeypatch.setenv("C2C_LOCK_TIMEOUT", "0.2")
        with pytest.raises(Conflict, match="^Ewa importing a list into wroclaw-2026 since [0-9:]+ holds wroclaw-2026: "
                                           "waited 0.2 s$"), store.session() as other:
            lock_mission(other, 1, "wroclaw-2026", "scheduling B2B of")
    store.dispose()
    assert waiting.returncode == 4
    lines = stderr.splitlines()
    assert lines[0].startswith("Error: Ewa importing a list into wroclaw-2026 since ")
    assert lines[0].endswith(" holds wroclaw-2026: waited 0.5 s")
    assert lines[1] == "Hint: try again when it is done (or wait longer: C2C_LOCK_TIMEOUT=120)"
