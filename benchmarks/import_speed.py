"""How fast ``c2c participants import`` is, beside merely reading the same file with openpyxl and pandas.

Generates attendee workbooks of 1,000 / 10,000 / 100,000 rows x 9 and 15 columns (openpyxl
write-only), then prints per size and width: the end-to-end import time (a subprocess on a fresh store), its peak memory,
and the time openpyxl read-only and pandas.read_excel need just to read the file.

Targets (issue 3): 10,000 rows end to end in less than half of openpyxl's read time; 100,000 rows
with a peak memory well under 500 MB.

Each time is the least of ``--repeat`` runs (default 3): on a shared machine a single run
measures the neighbours' load as much as c2c.

With ``--database-url URL`` (a PostgreSQL server, e.g. the one ``.ci/postgres start DIR`` prints)
each size also gets a ``postgresql`` row: the same import into a fresh database on that server.
Every row counts the statements the import sends (``trips``): one executemany is one trip, and
a bulk import's count does not grow with its rows. On SQLite they are sqlite3's (the import
never loads SQLAlchemy there), on PostgreSQL SQLAlchemy's.

Run: python benchmarks/import_speed.py [--sizes 1000,10000,100000] [--columns 9,15] [--repeat 3] [--keep DIR]
                                       [--database-url postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
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
SYLLABLES = ["ro", "bi", "lan", "chi", "va", "gne", "té", "ma", "fer", "ri", "do", "lu", "ce", "sa", "bel", "ni", "cò",
             "mü", "ller", "wi", "śnie", "ska", "ber", "gé", "ot", "ti", "zan", "net", "pa", "gà"]
# a small Python program run in a child process: it times the import and reports its own children's peak RSS
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(code, elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)\n"
)
# the same import in-process, counting the statements it sends to the database (its last line):
# through SQLAlchemy (PostgreSQL, a store to migrate) or through sqlite3 (an up-to-date SQLite store)
COUNT_TRIPS = (
    "import sqlite3, sys\n"
    "trips = []\n"
    "class Counting(sqlite3.Connection):\n"
    "    def execute(self, *args):\n"
    "        trips.append(1)\n"
    "        return super().execute(*args)\n"
    "    def executemany(self, *args):\n"
    "        trips.append(1)\n"
    "        return super().executemany(*args)\n"
    "connect = sqlite3.connect\n"
    "sqlite3.connect = lambda *args, **options: connect(*args, **{'factory': Counting, **options})\n"
    "if sys.argv[1] == 'server':\n"
    "    from sqlalchemy import event\n"
    "    from sqlalchemy.engine import Engine\n"
    "    event.listen(Engine, 'before_cursor_execute', lambda *a: trips.append(1))\n"
    "from c2c.cli import app\n"
    "try:\n"
    "    app(sys.argv[2:])\n"
    "except SystemExit as exit:\n"
    "    assert not exit.code, exit.code\n"
    "print(len(trips))\n"
)


def phone(rng: random.Random) -> object:
    digits = f"{rng.randint(320, 399)}{rng.randint(1000000, 9999999)}"
    french = [rng.randint(10, 99) for _ in range(4)]
    # the mission is in France: Italian numbers carry their prefix, French ones may not
    shapes = [f"+39 {digits[:3]} {digits[3:6]} {digits[6:]}", f"0039 {digits}", f"+39{digits}",
              "06 {} {} {} {}".format(*french), int("6{}{}{}{}".format(*french)), "+33 (0)6 {}{}{}{}".format(*french)]
    return rng.choice(shapes)


def surname(rng: random.Random) -> str:
    """Mostly distinct surnames (as in a real list), some of them in capitals or with particles."""
    if rng.random() < 0.1:
        return rng.choice(SURNAMES)
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    return name.upper() if rng.random() < 0.3 else name


def write_workbook(path: Path, rows: int, columns: int = len(HEADER), seed: int = 2018) -> None:
    """The first ``columns`` columns of HEADER (9: the person's own fields; 15: the company profile too)."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Partecipanti")
    sheet.append(["Cluster2Cluster – benchmark attendee list"])
    sheet.append([])
    sheet.append(HEADER[:columns])
    for n in range(rows):
        company = f"Azienda {n // 2:06d} Srl"
        sheet.append([
            surname(rng), rng.choice(FIRST), company, rng.choice(["LAC", "AAR", ""]),
            rng.choice(ROLES), f"person{n}@azienda{n // 2:06d}.it", phone(rng), rng.choice(COUNTRIES),
            rng.choice(PITCH), rng.choice(STOPS), "Lavorazioni meccaniche", "Aerostrutture", "OEM",
            "Progetto H2020", rng.choice(["", "vegetariano", "arrivo il giorno prima"]),
        ][:columns])
    workbook.save(path)


def c2c(*args: str) -> list[str]:
    return [sys.executable, "-m", "c2c", *args]


def prepare_store(store: str, home: Path) -> dict[str, str]:
    env = {**os.environ, "C2C_DB": store, "C2C_HOME": str(home)}
    # an installed c2c runs from compiled bytecode: without it (PYTHONDONTWRITEBYTECODE, as some
    # shells set) every run would compile c2c's modules again, ~0.1 s no user pays
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    for args in (("cluster", "add", "Lombardia Aerospace Cluster", "--short", "LAC", "--country", "IT"),
                 ("cluster", "add", "Aerospace Cluster Auvergne-Rhône-Alpes", "--short", "AAR", "--country", "FR"),
                 ("mission", "new", "--slug", "bench-2018", "--title", "Benchmark", "--host", "AAR", "--guest", "LAC",
                  "--city", "Lyon", "--date", "2018-11-20")):
        subprocess.run(c2c(*args), env=env, cwd=ROOT, check=True, capture_output=True)
    return env


@contextmanager
def fresh_store(workdir: Path, name: str, server: str | None) -> Iterator[str]:
    """A new SQLite file, or a new database on ``server`` dropped afterwards."""
    if server is None:
        db = workdir / f"store-{name}.db"
        for suffix in ("", "-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        yield str(db)
        return
    import psycopg
    from sqlalchemy.engine import make_url

    database = f"c2c_bench_{uuid.uuid4().hex[:8]}"
    libpq = make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')  # type: ignore[arg-type]
    try:
        yield make_url(server).set(database=database).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{database}" WITH (FORCE)')  # type: ignore[arg-type]


def end_to_end(path: Path, workdir: Path, server: str | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of ``c2c participants import`` on a fresh store."""
    with fresh_store(workdir, path.stem, server) as store:
        env = prepare_store(store, workdir)
        command = c2c("participants", "import", str(path), "--mission", "bench-2018")
        out = subprocess.run([sys.executable, "-c", MEASURE, *command], env=env, cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
    if out[0] != "0":
        raise SystemExit(f"import of {path.name} failed with exit code {out[0]}")
    return float(out[1]), float(out[2]), int(out[3]) / 1024


def round_trips(path: Path, workdir: Path, server: str | None = None) -> int:
    """How many statements (an executemany counting once) the import sends to the database."""
    with fresh_store(workdir, path.stem, server) as store:
        env = prepare_store(store, workdir)
        out = subprocess.run([sys.executable, "-c", COUNT_TRIPS, "sqlite" if server is None else "server",
                              "participants", "import", str(path),
                              "--mission", "bench-2018"], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1])


def openpyxl_read(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds to read every cell with openpyxl's read-only mode."""
    from openpyxl import load_workbook

    start, cpu = time.perf_counter(), time.process_time()
    workbook = load_workbook(path, read_only=True)
    for _ in workbook.active.iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - start, time.process_time() - cpu


def pandas_read(path: Path) -> tuple[float, float] | None:
    try:
        import pandas
    except ImportError:
        return None
    start, cpu = time.perf_counter(), time.process_time()
    pandas.read_excel(path, header=2, engine="openpyxl")
    return time.perf_counter() - start, time.process_time() - cpu


def least(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(r[0] for r in runs), min(r[1] for r in runs)


def cell(times: tuple[float, float] | None) -> str:
    return f"{times[0]:8.2f}s {times[1]:7.2f}s" if times is not None else f"{'n/a':>9} {'n/a':>8}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--columns", default="9,15", help="widths of the generated lists")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the least time counts")
    parser.add_argument("--keep", type=Path, help="write the workbooks and stores here and keep them")
    parser.add_argument("--database-url", help="a PostgreSQL server: measure the import there too")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    widths = [int(w) for w in args.columns.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        print("wall = elapsed seconds, cpu = user + system seconds (fairer on a busy machine)")
        print(f"{'rows':>8} {'cols':>4} {'store':>10} | {'c2c import wall/cpu':>19} {'peak MB':>8} {'trips':>6} | "
              f"{'openpyxl wall/cpu':>18} | {'pandas wall/cpu':>18} | {'ratio':>5}")
        for size in sizes:
            for width in widths:
                measure(workdir, size, width, args.repeat, args.database_url)
    print("ratio = c2c end-to-end cpu / openpyxl read-only cpu (target for 10,000 rows: < 0.5)")


def measure(workdir: Path, size: int, width: int, repeat: int, server: str | None) -> None:
    path = workdir / f"attendees-{size}x{width}.xlsx"
    write_workbook(path, size, width)
    openpyxl_times = least([openpyxl_read(path) for _ in range(repeat)])
    pandas_times = pandas_read(path)
    for label, store in (("sqlite", None), *((("postgresql", server),) if server else ())):
        runs = [end_to_end(path, workdir, store) for _ in range(repeat)]
        wall, cpu, peak = min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)
        trips = round_trips(path, workdir, store)
        print(f"{size:>8,} {width:>4} {label:>10} | {cell((wall, cpu))} {peak:8.0f} {trips:>6} | "
              f"{cell(openpyxl_times)} | {cell(pandas_times)} | {cpu / openpyxl_times[1]:5.2f}", flush=True)


if __name__ == "__main__":
    main()
