"""How fast ``c2c participants import`` is, beside merely reading the same file with openpyxl and pandas.

Generates attendee workbooks of 1,000 / 10,000 / 100,000 rows x 15 columns (openpyxl write-only),
then prints per size: the end-to-end import time (a subprocess on a fresh store), its peak memory,
and the time openpyxl read-only and pandas.read_excel need just to read the file.

Targets (issue 3): 10,000 rows end to end in less than half of openpyxl's read time; 100,000 rows
with a peak memory well under 500 MB.

Run: python benchmarks/import_speed.py [--sizes 1000,10000,100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["Cognome", "Nome", "Azienda", "Cluster", "Ruolo", "E-mail", "Cellulare", "Paese", "Pitch", "Fermata",
          "Attività principale", "Aree di interesse", "Partner cercati", "Progetti in corso", "Note"]
SURNAMES = ["ROSSI", "Bianchi", "DE LUCA", "Colombo", "Della Valle", "Marchal", "Lévêque", "Noël", "Wiśniewska",
            "Müller", "van der Berg", "O'NEILL", "Côté", "Ferri", "Galli", "Di Stefano"]
FIRST = ["Mario", "Giulia", "Benoît-Étienne", "Zoë", "Małgorzata", "Jörg", "Anna Maria", "Luca", "Hélène", "Niccolò"]
ROLES = ["Amministratore delegato", "Directeur technique", "Sales manager", "Ingénieure R&D", "Einkauf"]
COUNTRIES = ["Italia", "France", "IT", "FR", "Deutschland", "Schweiz"]
STOPS = ["Milano Cadorna", "Gallarate", "Varese", ""]
PITCH = ["sì", "no", "oui", "non", "x", "", "ja"]
# a small Python program run in a child process: it times the import and reports its own children's peak RSS
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - start\n"
    "print(code, elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def phone(rng: random.Random) -> object:
    digits = f"{rng.randint(320, 399)}{rng.randint(1000000, 9999999)}"
    french = [rng.randint(10, 99) for _ in range(4)]
    # the mission is in France: Italian numbers carry their prefix, French ones may not
    shapes = [f"+39 {digits[:3]} {digits[3:6]} {digits[6:]}", f"0039 {digits}", f"+39{digits}",
              "06 {} {} {} {}".format(*french), int("6{}{}{}{}".format(*french)), "+33 (0)6 {}{}{}{}".format(*french)]
    return rng.choice(shapes)


def write_workbook(path: Path, rows: int, seed: int = 2018) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Partecipanti")
    sheet.append(["Cluster2Cluster – benchmark attendee list"])
    sheet.append([])
    sheet.append(HEADER)
    for n in range(rows):
        company = f"Azienda {n // 2:06d} Srl"
        sheet.append([
            rng.choice(SURNAMES), rng.choice(FIRST), company, rng.choice(["LAC", "AAR", ""]),
            rng.choice(ROLES), f"person{n}@azienda{n // 2:06d}.it", phone(rng), rng.choice(COUNTRIES),
            rng.choice(PITCH), rng.choice(STOPS), "Lavorazioni meccaniche", "Aerostrutture", "OEM",
            "Progetto H2020", rng.choice(["", "vegetariano", "arrivo il giorno prima"]),
        ])
    workbook.save(path)


def c2c(*args: str) -> list[str]:
    return [sys.executable, "-m", "c2c", *args]


def prepare_store(db: Path) -> dict[str, str]:
    env = {**os.environ, "C2C_DB": str(db), "C2C_HOME": str(db.parent)}
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    for args in (("cluster", "add", "Lombardia Aerospace Cluster", "--short", "LAC", "--country", "IT"),
                 ("cluster", "add", "Aerospace Cluster Auvergne-Rhône-Alpes", "--short", "AAR", "--country", "FR"),
                 ("mission", "new", "--slug", "bench-2018", "--title", "Benchmark", "--host", "AAR", "--guest", "LAC",
                  "--city", "Lyon", "--date", "2018-11-20")):
        subprocess.run(c2c(*args), env=env, cwd=ROOT, check=True, capture_output=True)
    return env


def end_to_end(path: Path, workdir: Path) -> tuple[float, float]:
    """Seconds and peak MB of ``c2c participants import`` on a fresh store."""
    db = workdir / f"store-{path.stem}.db"
    env = prepare_store(db)
    command = c2c("participants", "import", str(path), "--mission", "bench-2018")
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()
    if out[0] != "0":
        raise SystemExit(f"import of {path.name} failed with exit code {out[0]}")
    return float(out[1]), int(out[2]) / 1024


def openpyxl_read(path: Path) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    workbook = load_workbook(path, read_only=True)
    for _ in workbook.active.iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start


def pandas_read(path: Path) -> float | None:
    try:
        import pandas
    except ImportError:
        return None
    start = time.perf_counter()
    pandas.read_excel(path, header=2)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--keep", type=Path, help="write the workbooks and stores here and keep them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        print(f"{'rows':>8} {'c2c import':>11} {'peak MB':>8} {'openpyxl read':>14} {'pandas read':>12} {'ratio':>6}")
        for size in sizes:
            path = workdir / f"attendees-{size}.xlsx"
            write_workbook(path, size)
            seconds, peak = end_to_end(path, workdir)
            openpyxl_seconds = openpyxl_read(path)
            pandas_seconds = pandas_read(path)
            pandas_text = f"{pandas_seconds:11.2f}s" if pandas_seconds is not None else f"{'n/a':>12}"
            print(f"{size:>8,} {seconds:10.2f}s {peak:8.0f} {openpyxl_seconds:13.2f}s {pandas_text} "
                  f"{seconds / openpyxl_seconds:6.2f}", flush=True)
    print("ratio = c2c end-to-end time / openpyxl read-only time (target for 10,000 rows: < 0.5)")


if __name__ == "__main__":
    main()
