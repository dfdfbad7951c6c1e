"""How many fields of lists c2c has never seen it imports as a careful coordinator would read them.

For each list in benchmarks/accuracy/lists (built by ``python -m benchmarks.accuracy.make_lists``), or in
--lists DIR (the second set: benchmarks/accuracy2/lists):
a fresh store with the sending (guest) and the host cluster and a mission between them, then
``c2c participants import FILE --mission M`` and ``c2c participants list --mission M --format json``
through the installed CLI, compared field by field with FILE's truth (people matched by e-mail,
else by name). A field counts when the truth or c2c has a value for it; a person c2c missed
counts all their fields wrong, a person it made up all of theirs. Files that no one could read
must be refused with nothing written. When c2c refuses a readable list, the import is run again
with --skip-invalid (what its hint offers) and measured apart, so the refusal does not hide the
other fields' errors. A measure, not a test: it always exits 0.

Run: python benchmarks/import_accuracy.py [--verbose] [--json] [--lists DIR] [--c2c PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = HERE / "accuracy" / "lists"
FIELDS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "pitch", "bus_stop")
CLUSTERS = {
    "IT": "Lombardia Aerospace Cluster", "FR": "Aerospace Cluster Auvergne-Rhône-Alpes",
    "CH": "Swiss Precision Cluster", "DE": "Cluster Mechatronik Baden-Württemberg",
    "PL": "Klaster Lotniczy Dolny Śląsk", "CZ": "Moravskoslezský strojírenský klastr",
    "ES": "Clúster Aeronáutico de Aragón", "PT": "Cluster Metalomecânico do Norte",
    "NL": "Brainport Industries Cluster", "CA": "Aéro Montréal",
    "BE": "Mechatronics Cluster Flanders–Wallonia", "AT": "Steirischer Aerospace Cluster",
}


@dataclass
class Wrong:
    person: str
    field: str
    expected: object
    got: object


@dataclass
class Score:
    found_people: int = 0
    right: int = 0
    total: int = 0
    wrong: list[Wrong] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 100.0


@dataclass
class Result(Score):
    file: str = ""
    format: str = ""
    expected_people: int = 0
    refuse_expected: bool = False
    refused: bool = False
    error: str | None = None
    skipping_invalid: Score | None = None


def normalised(name: str, value: object) -> object:
    """Equal values compare equal however c2c formats them (a phone's spaces, an e-mail's case)."""
    if value is None or value == "":
        return None
    if name == "pitch":
        return bool(value)
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    if name == "email":
        return text.lower()
    if name == "phone":
        return re.sub(r"[^\d+]", "", text)
    if name == "country":
        return text.upper()
    return text


def name_key(person: dict[str, object]) -> str:
    full = f"{person.get('first_name') or ''} {person.get('last_name') or ''}"
    decomposed = unicodedata.normalize("NFKD", full.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def pair(expected: list[dict[str, object]], found: list[dict[str, object]]) -> tuple[
        list[tuple[dict[str, object], dict[str, object] | None]], list[dict[str, object]]]:
    """Each expected person with the one c2c has (by e-mail, else by name), and those left over."""
    left = list(found)
    pairs: list[tuple[dict[str, object], dict[str, object] | None]] = []
    for person in expected:
        email = normalised("email", person["email"])
        match = next((f for f in left if email and normalised("email", f.get("email")) == email), None)
        if match is None:
            match = next((f for f in left if name_key(f) == name_key(person)), None)
        if match is not None:
            left.remove(match)
        pairs.append((person, match))
    return pairs, left


def score(result: Score, expected: list[dict[str, object]], found: list[dict[str, object]]) -> None:
    pairs, phantoms = pair(expected, found)
    rows = pairs + [(dict.fromkeys(FIELDS), phantom) for phantom in phantoms]
    for truth, got in rows:
        label = name_key(truth) or f"(not in the list) {name_key(got or {})}"
        for name in FIELDS:
            want = normalised(name, truth.get(name))
            have = normalised(name, got.get(name)) if got is not None else None
            if want is None and have is None:
                continue
            result.total += 1
            if want == have:
                result.right += 1
            else:
                result.wrong.append(Wrong(label, name, want, have if got is not None else "(person missing)"))


class Store:
    """A fresh store in a temporary directory, driven through the installed c2c."""

    def __init__(self, c2c: str, directory: Path) -> None:
        self.c2c = c2c
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("C2C_")}
        self.env |= {"C2C_DB": str(directory / "store.db"), "C2C_HOME": str(directory), "NO_COLOR": "1",
                     "COLUMNS": "200"}

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([self.c2c, *args], env=self.env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=300)

    def must(self, *args: str) -> None:
        done = self.run(*args)
        if done.returncode:
            raise SystemExit(f"c2c {' '.join(args)} failed: {done.stderr.strip()}")

    def mission(self, context: dict[str, str]) -> str:
        host, guest = context["host"], context["guest"]
        host_name = context.get("host_cluster") or CLUSTERS[host]  # a truth file may name its own clusters
        guest_name = context.get("guest_cluster") or CLUSTERS[guest]
        self.must("cluster", "add", host_name, "--short", "HOST", "--country", host)
        self.must("cluster", "add", guest_name, "--short", "GUEST", "--country", guest)
        self.must("mission", "new", "--slug", "bench", "--title", f"Cluster2Cluster {context['city']}",
                  "--direction", "incoming", "--host", "HOST", "--guest", "GUEST", "--city", context["city"],
                  "--date", context["date"])
        return "bench"

    def people(self, mission: str) -> list[dict[str, object]]:
        listed = self.run("participants", "list", "--mission", mission, "--format", "json")
        return json.loads(listed.stdout or "[]") if listed.returncode == 0 else []  # type: ignore[no-any-return]


def measure(c2c: str, path: Path) -> Result:
    truth = json.loads(path.with_name(path.name.split(".")[0] + ".truth.json").read_text(encoding="utf-8"))
    expected = truth.get("people", [])
    result = Result(file=path.name, format=path.suffix.lstrip("."), expected_people=len(expected),
                    refuse_expected=bool(truth.get("refuse")))
    with tempfile.TemporaryDirectory(prefix="c2c-accuracy-") as tmp:
        store = Store(c2c, Path(tmp))
        mission = store.mission(truth["mission"])
        done = store.run("participants", "import", str(path), "--mission", mission)
        found = store.people(mission)
        result.found_people = len(found)
        result.refused = done.returncode != 0
        if result.refused:
            result.error = next((line for line in done.stderr.splitlines() if line.startswith("Error")),
                                done.stderr.strip()[-300:])
        if result.refuse_expected:
            result.total, result.right = 1, int(result.refused and not found)
            return result
        score(result, expected, found)
        if result.refused:
            store.run("participants", "import", str(path), "--mission", mission, "--skip-invalid")
            result.skipping_invalid = Score()
            found = store.people(mission)
            result.skipping_invalid.found_people = len(found)
            score(result.skipping_invalid, expected, found)
    return result


def table(results: list[Result]) -> str:
    lines = ["| file | format | people expected | found | fields right/total | % | refused (expected) "
             "| % with --skip-invalid |",
             "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |"]
    for r in results:
        refused = f"{'yes' if r.refused else 'no'} ({'yes' if r.refuse_expected else 'no'})"
        fields = "—" if r.refuse_expected else f"{r.right}/{r.total}"
        percent = "—" if r.refuse_expected else f"{r.percent:.1f}"
        retry = f"{r.skipping_invalid.percent:.1f}" if r.skipping_invalid else ""
        lines.append(f"| {r.file} | {r.format} | {r.expected_people} | {r.found_people} | {fields} | {percent} "
                     f"| {refused} | {retry} |")
    readable = [r for r in results if not r.refuse_expected]
    right, total = sum(r.right for r in readable), sum(r.total for r in readable)
    retried = [r.skipping_invalid or r for r in readable]
    retry_right, retry_total = sum(r.right for r in retried), sum(r.total for r in retried)
    refusals = [r for r in results if r.refuse_expected]
    lines += ["", f"Fields right: {right}/{total} = {_percent(right, total)} on {len(readable)} lists "
              f"({_percent(retry_right, retry_total)} when refused lists are imported again with --skip-invalid); "
              f"unreadable files refused with nothing written: {sum(r.right for r in refusals)}/{len(refusals)}"]
    return "\n".join(lines)


def _percent(right: int, total: int) -> str:
    return f"{100.0 * right / max(total, 1):.1f} %"


def details(results: list[Result]) -> str:
    """Every wrong field; for a refused list, those of the import again with --skip-invalid."""
    lines = []
    for r in results:
        if r.error and not r.refuse_expected:
            lines.append(f"{r.file}: refused: {r.error}")
        if r.refuse_expected and not r.right:
            lines.append(f"{r.file}: not refused ({r.found_people} people written)")
        run = f"{r.file} (--skip-invalid)" if r.skipping_invalid else r.file
        for w in (r.skipping_invalid or r).wrong:
            lines.append(f"{run}: {w.person}: {w.field}: expected {w.expected!r}, got {w.got!r}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lists", type=Path, default=LISTS)
    parser.add_argument("--c2c", default=shutil.which("c2c", path=str(Path(sys.executable).parent)) or "c2c")
    parser.add_argument("--verbose", action="store_true", help="print every wrong field")
    parser.add_argument("--json", action="store_true", help="machine-readable results")
    args = parser.parse_args()
    files = sorted(p for p in args.lists.iterdir() if not p.name.endswith(".truth.json"))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda path: measure(args.c2c, path), files))
    if args.json:
        print(json.dumps([asdict(r) | {"percent": round(r.percent, 2)} for r in results], ensure_ascii=False,
                         indent=1))
        return
    print(table(results))
    if args.verbose:
        print()
        print(details(results))


if __name__ == "__main__":
    main()
