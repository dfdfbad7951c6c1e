"""Peak memory of ``c2c participants import`` on hostile files: each is refused in one line, or read.

Builds the files of the reliability probe (issue 24) and imports each in a child process on a
fresh store; prints the exit code, the first line of stderr, the wall time and the child's peak
RSS (``os.wait4``'s resource usage, i.e. ``getrusage`` of that child alone). Target: every peak
under a few hundred MB, every answer one line.

``--scale`` shrinks the generated sizes (1.0 = the probe's: a 1.5 GB cell, 20 million rows).

Run: python benchmarks/input_bombs.py [--scale 1.0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import bombs  # noqa: E402

HEADER = "Nome,Cognome,Email,Azienda\n"


def _csv(text_of: Callable[[float], str]) -> Callable[[Path, float], Path]:
    def make(path: Path, scale: float) -> Path:
        path = path.with_suffix(".csv")
        path.write_text(text_of(scale), encoding="utf-8")
        return path
    return make


BOMBS: dict[str, Callable[[Path, float], Path]] = {
    "xlsx, one 1.5 GB cell": lambda p, s: bombs.huge_cell_xlsx(p, int(1_500_000_000 * s)),
    "xlsx, 20 million rows": lambda p, s: bombs.many_rows_xlsx(p, int(20_000_000 * s)),
    "xlsx, dimension claims the whole sheet": lambda p, s: bombs.whole_sheet_dimension_xlsx(p),
    "xlsx, a cell in the last row and column": lambda p, s: bombs.far_cell_xlsx(p),
    "csv, a 10 MB line": _csv(lambda s: HEADER + "Anna,Rossi,anna@aero.it," + "x" * int(10_000_000 * s) + "\n"),
    "csv, an unclosed quote": _csv(lambda s: HEADER + 'Anna,Rossi,anna@aero.it,"Aero\n'
                                   + "Luca,Bianchi,luca@aero.it,Aero\n" * 3),
}


def run(path: Path, folder: Path) -> tuple[int, str, float, float]:
    """Exit code, first stderr line, seconds and peak RSS (MB) of one import in a child process."""
    env = {**os.environ, "C2C_DB": str(folder / "store.db"), "C2C_HOME": str(folder / "home")}
    setup = [sys.executable, "-m", "c2c", "mission", "new", "--host", "AAR", "--guest", "LAC", "--city", "Lyon",
             "--date", "2018-11-20", "--title", "Bombs", "--slug", "bombs-2018"]
    for args in (["cluster", "add", "AAR Cluster", "--short", "AAR", "--country", "FR"],
                 ["cluster", "add", "LAC Cluster", "--short", "LAC", "--country", "IT"]):
        subprocess.run([sys.executable, "-m", "c2c", *args], env=env, check=True, capture_output=True)
    subprocess.run(setup, env=env, check=True, capture_output=True)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "c2c", "participants", "import", str(path), "-m", "bombs-2018",
                              "--cluster", "LAC", "--format", "json"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    stderr = child.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    first = stderr.splitlines()[0] if stderr else ""
    if "Traceback" in stderr:
        first = "TRACEBACK: " + stderr.strip().splitlines()[-1]
    return child.returncode, first, seconds, usage.ru_maxrss / 1024


def make(name: str, path: Path, scale: float) -> Path:
    """Build one file in a child process: Linux counts the memory a child had before exec (the
    parent's, copied by fork) in its peak RSS, so the parent must never hold a 1.5 GB cell."""
    made = subprocess.run([sys.executable, __file__, "--make", name, str(path), str(scale)], check=True,
                          capture_output=True, text=True)
    return Path(made.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--make", nargs=3, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.make:
        name, path, scale = options.make
        print(BOMBS[name](Path(path), float(scale)))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'file':42} {'size':>9} {'exit':>4} {'time':>7} {'peak RSS':>9}  answer")
        for number, name in enumerate(BOMBS):
            path = make(name, folder / f"bomb{number}.xlsx", options.scale)
            code, answer, seconds, peak = run(path, Path(tempfile.mkdtemp(dir=scratch)))
            size = path.stat().st_size / 1024
            print(f"{name:42} {size:>7.0f}KB {code:>4} {seconds:>6.1f}s {peak:>7.0f}MB  {answer}", flush=True)


if __name__ == "__main__":
    main()
