"""Start-up time of `c2c --help` against `python -c "import typer"` (target: within 2.5x).

Uses hyperfine when it is installed (apt-get install hyperfine), else repeated subprocess runs.
Run: python benchmarks/startup.py
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = {
    "import typer": [sys.executable, "-c", "import typer"],
    "c2c --help": [sys.executable, "-m", "c2c", "--help"],
    "c2c --version": [sys.executable, "-m", "c2c", "--version"],
    "c2c mission list (store open)": [sys.executable, "-m", "c2c", "mission", "list", "--format", "json"],
}
RUNS = 15


def with_hyperfine() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        commands = [" ".join(f"'{a}'" for a in cmd) for cmd in CASES.values()]
        subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", str(RUNS), "--export-json", str(out),
                        "--style", "none", *commands], cwd=ROOT, check=True, capture_output=True,
                       env={"C2C_HOME": tmp, "PATH": "/usr/bin:/bin"})
        results = json.loads(out.read_text())["results"]
    return {name: r["median"] for name, r in zip(CASES, results, strict=True)}


def with_subprocess() -> dict[str, float]:
    medians = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, cmd in CASES.items():
            times = []
            for _ in range(RUNS):
                start = time.perf_counter()
                subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env={"C2C_HOME": tmp})
                times.append(time.perf_counter() - start)
            medians[name] = statistics.median(times)
    return medians


def main() -> None:
    medians = with_hyperfine() if shutil.which("hyperfine") else with_subprocess()
    base = medians["import typer"]
    print(f"{'command':32} {'median':>9} {'x import typer':>15}")
    for name, seconds in medians.items():
        print(f"{name:32} {seconds * 1000:8.0f}ms {seconds / base:14.2f}x")
    ratio = medians["c2c --help"] / base
    print(f"\nc2c --help is {ratio:.2f}x `import typer` (target <= 2.5x): {'ok' if ratio <= 2.5 else 'MISSED'}")


if __name__ == "__main__":
    main()
