"""``participants import --cluster``: whose list a file is, said in the report, asked on a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c2c import prompts
from tests.conftest import Invoke
from tests.importing_helpers import write_xlsx

HEADER = ["Nome", "Cognome", "Azienda", "E-mail"]
FRENCH = [["Benoît", "Marchal", "Aérocomposites Dauphiné", "be@aerodauphine.fr"],
          ["Claire", "Dupont", "Usinage Rhône", "claire@usinage.fr"]]


@pytest.fixture
def french(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "inscrits.xlsx", {"S": [HEADER, *FRENCH]})


def test_the_report_says_whose_list_it_is(invoke: Invoke, lyon: str, french: Path) -> None:
    table = invoke("participants", "import", str(french), "--mission", lyon, "--cluster", "aar")
    assert table.exit_code == 0, table.stderr
    assert "List of          Aerospace Cluster Auvergne-Rhône-Alpes (from --cluster)" in table.stdout
    as_json = invoke("participants", "import", str(french), "--mission", lyon, "--format", "json")
    report = json.loads(as_json.stdout)
    assert (report["list_of"], report["list_of_from"]) == (["Aerospace Cluster Auvergne-Rhône-Alpes"], "inferred")


def test_prune_without_a_known_cluster_refuses_in_one_line(invoke: Invoke, lyon: str, french: Path) -> None:
    refused = invoke("participants", "import", str(french), "--mission", lyon, "--prune", "--yes")
    assert refused.exit_code == 1
    assert refused.stderr == (
        "Error: cannot remove the people no longer in inscrits.xlsx: nothing says which cluster's list it is\n"
        "Hint: say it: c2c participants import FILE --cluster NAME --prune (this mission's: "
        "Aerospace Cluster Auvergne-Rhône-Alpes, Lombardia Aerospace Cluster)\n")
    listed = invoke("participants", "list", "--mission", lyon, "--format", "json")
    assert json.loads(listed.stdout) == []
    missed = invoke("participants", "import", str(french), "--mission", lyon, "--cluster", "Lombardia Aerospace Clustre")
    assert (missed.exit_code, missed.stderr) == (3, "Error: no cluster 'Lombardia Aerospace Clustre'\n"
                                                    "Hint: did you mean 'Lombardia Aerospace Cluster'?\n")


def test_on_a_terminal_it_asks_once(invoke: Invoke, lyon: str, french: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, list[str]]] = []

    def select(message: str, choices: list[str], default: str | None = None) -> str:
        asked.append((message, choices))
        return "Lombardia Aerospace Cluster"

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "select", select)
    result = invoke("participants", "import", str(french), "--mission", lyon)
    assert result.exit_code == 0, result.stderr
    assert asked == [("Whose list is inscrits.xlsx?", ["Aerospace Cluster Auvergne-Rhône-Alpes",
                                                       "Lombardia Aerospace Cluster", "none of them (no cluster)"])]
    assert "List of          Lombardia Aerospace Cluster (your answer)" in result.stdout
