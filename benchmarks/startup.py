"""Start-up of everyday commands, side by side with sqlite-utils on the same store.

Builds the demo store once, then times in one hyperfine run (or repeated subprocess runs when
hyperfine is absent): `sqlite-utils tables` on the store, `import typer`, `c2c --help`, and every
read (list/show) command of c2c against the same store. Prints the median of each and its ratio
to sqlite-utils. Target: every list/show command within 2.5x sqlite-utils.

sqlite-utils is taken from its own virtual environment (benchmarks/out/sqlite-utils, made with pip
on first use, or the one named by SQLITE_UTILS): installed beside c2c it would import pandas,
which ortools brings, and look three times slower than it is.

Run: python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
TARGET = 2.5
MISSION = "lyon-2018"
C2C = [sys.executable, "-m", "c2c"]
READS = {
    "mission list": ["mission", "list"],
    "mission list --format json": ["mission", "list", "--format", "json"],
    "mission show": ["mission", "show", MISSION],
    "cluster list": ["cluster", "list"],
    "participants list": ["participants", "list", "-m", MISSION],
    "companies list": ["companies", "list", "-m", MISSION],
    "program list": ["program", "list", "-m", MISSION],
    "pitches agenda": ["pitches", "agenda", "-m", MISSION],
    "pitches timing": ["pitches", "timing", "-m", MISSION],
    "calendar show": ["calendar", "show", "-m", MISSION, "-p", "mario.rossi@avioparts-demo.it"],
    "bus list": ["bus", "list", "-m", MISSION],
    "bus route list": ["bus", "route", "list", "-m", MISSION],
    "bus manifest": ["bus", "manifest", "-m", MISSION],
    "bus status": ["bus", "status", "-m", MISSION],
    "b2b request list": ["b2b", "request", "list", "-m", MISSION],
    "b2b show": ["b2b", "show", "-m", MISSION],
    "b2b show --company": ["b2b", "show", "-m", MISSION, "--company", "Avioparts Srl"],
    "b2b order list": ["b2b", "order", "list", "-m", MISSION],
    "mission current": ["mission", "current", "-m", MISSION],
    "db path": ["db", "path"],
}


def sqlite_utils() -> str:
    named = os.environ.get("SQLITE_UTILS")
    if named:
        return named
    venv = OUT / "sqlite-utils"
    program = venv / "bin" / "sqlite-utils"
    if not program.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "sqlite-utils"], check=True)
    return str(program)


def demo_store(home: Path) -> Path:
    env = {**os.environ, "C2C_HOME": str(home)}
    subprocess.run([*C2C, "demo"], check=True, capture_output=True, env=env, cwd=ROOT)
    return home / "demo.db"


def cases(store: Path) -> dict[str, list[str]]:
    found = {
        "sqlite-utils tables": [sqlite_utils(), "tables", str(store)],
        "import typer": [sys.executable, "-c", "import typer"],
        "c2c --help": [*C2C, "--help"],
    }
    found.update({f"c2c {name}": [*C2C, *args] for name, args in READS.items()})
    return found


def with_hyperfine(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        lines = [" ".join(f"'{a}'" for a in cmd) for cmd in commands.values()]
        subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", str(out),
                        "--style", "none", *lines], cwd=ROOT, check=True, capture_output=True, env=env)
        results = json.loads(out.read_text())["results"]
    return {name: r["median"] for name, r in zip(commands, results, strict=True)}


def with_subprocess(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    medians = {}
    for name, cmd in commands.items():
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
        medians[name] = statistics.median(times)
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = demo_store(Path(tmp))
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "C2C_HOME": tmp, "C2C_DB": str(store),
               "COLUMNS": "120", "NO_COLOR": "1"}
        commands = cases(store)
        timer = with_hyperfine if shutil.which("hyperfine") else with_subprocess
        medians = timer(commands, env, args.runs)
    base = medians["sqlite-utils tables"]
    print(f"| {'command':34} | {'median':>8} | {'× sqlite-utils':>14} |")
    print(f"|{'-' * 36}|{'-' * 10}|{'-' * 16}|")
    for name, seconds in medians.items():
        print(f"| {name:34} | {seconds * 1000:6.0f}ms | {seconds / base:13.2f}× |")
    reads = {n: s / base for n, s in medians.items() if n.startswith("c2c ") and n != "c2c --help"}
    missed = sorted(n for n, ratio in reads.items() if ratio > TARGET)
    print(f"\nread commands within {TARGET}× sqlite-utils: {len(reads) - len(missed)} of {len(reads)}"
          + (f"; over: {', '.join(missed)}" if missed else ""))


if __name__ == "__main__":
    main()
