"""Import a generated file through the CLI, read the participants back, compare field by field."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import Invoke
from tests.services.importing.generator.people import TRUTH_FIELDS

MISSION = "lyon-2018"
TRUTH_SUFFIX = ".truth.json"


@dataclass(frozen=True)
class Wrong:
    """One field the store holds differently from the truth (person 0: the file as a whole)."""

    where: str
    person: int
    field: str
    expected: Any
    got: Any

    def __str__(self) -> str:
        return f"{self.where} person {self.person}: {self.field} expected {self.expected!r}, got {self.got!r}"


def import_and_compare(invoke: Invoke, path: Path, expected: list[dict[str, Any]], where: str) -> list[Wrong]:
    result = invoke("participants", "import", str(path), "--mission", MISSION, "--format", "json")
    if result.exit_code != 0:
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
        return [Wrong(where, 0, "import", "exit 0", (errors or [f"exit {result.exit_code}"])[0])]
    listed = invoke("participants", "list", "--mission", MISSION, "--format", "json")
    assert listed.exit_code == 0, listed.stderr
    return compare(json.loads(listed.stdout), expected, where)


def compare(rows: list[dict[str, Any]], expected: list[dict[str, Any]], where: str) -> list[Wrong]:
    wrong = [Wrong(where, index, name, truth[name], _stored(row, name))
             for index, (row, truth) in enumerate(zip(rows, expected, strict=False), start=1)
             for name in TRUTH_FIELDS if _stored(row, name) != truth[name]]
    if len(rows) != len(expected):
        wrong.append(Wrong(where, 0, "participants", len(expected), len(rows)))
    return wrong


def _stored(row: dict[str, Any], name: str) -> Any:
    value = row.get(name)
    if name == "phone" and isinstance(value, str):  # shown as +39 347 123 4567, +1 506-234-5678
        return "+" + "".join(ch for ch in value if ch.isdigit())
    return value


def keep_regression(path: Path, truth: dict[str, Any], folder: Path, tag: str = "") -> Path:
    """Copy a failing case's file beside its truth, as tests/data/generated/ keeps them."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = Path(shutil.copy(path, folder / f"{tag}{'-' if tag else ''}{path.name}"))
    kept.with_name(kept.name + TRUTH_SUFFIX).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
    return kept


def regressions(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The kept files and their truth."""
    found = []
    for truth_file in sorted(folder.glob(f"*{TRUTH_SUFFIX}")):
        found.append((truth_file.with_name(truth_file.name.removesuffix(TRUTH_SUFFIX)),
                      json.loads(truth_file.read_text(encoding="utf-8"))))
    return found

