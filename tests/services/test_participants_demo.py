from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.conftest import DemoRun, Invoke


def test_demo_imports_thirty_people_of_sixteen_companies(invoke: Invoke, demo_run: DemoRun, demo_db: Path) -> None:
    result = demo_run.result
    assert result.exit_code == 0, result.stderr
    assert ("Participants: 30 people from 16 companies imported into lyon-2018 from lyon-2018_partecipanti.xlsx"
            in result.stderr)
    people = json.loads(_demo(invoke, demo_db, "participants", "list", "--format", "json"))
    assert len(people) == 30
    companies = json.loads(_demo(invoke, demo_db, "companies", "list", "--format", "json"))
    assert len(companies) == 16
    assert Counter(c["cluster"] for c in companies) == {"LAC": 8, "AAR": 8}
    assert all(c["core_business"] for c in companies)
    pitchers = Counter(p["company"] for p in people if p["pitch"])
    assert set(pitchers) == {c["name"] for c in companies}
    assert sorted(n for n in pitchers.values() if n > 1) == [2, 2, 2]
    stops = {p["bus_stop"] for p in people if p["cluster"] == "LAC"}
    assert stops == {"Milano Cadorna", "Gallarate", "Varese"}
    assert {p["bus_stop"] for p in people if p["cluster"] == "AAR"} == {None}
    names = {(p["first_name"], p["last_name"]) for p in people}
    assert {("Benoît-Étienne", "Marchal"), ("Małgorzata", "Wiśniewska"), ("Anna Maria", "Della Valle"),
            ("Niccolò", "D'Ambrosio")} <= names


def _demo(invoke: Invoke, demo_db: Path, *args: str) -> str:
    result = invoke("--db", str(demo_db), *args, "--mission", "lyon-2018")
    assert result.exit_code == 0, result.stderr
    return result.stdout
