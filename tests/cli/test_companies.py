from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Invoke
from tests.importing_helpers import write_xlsx


def test_companies_list_with_profile_and_headcount_and_edit(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", "Azienda", "Cluster", "Core business"],
            ["Mario", "Rossi", "Avioparts Srl", "Lombardia Aerospace Cluster", "Titanium parts"],
            ["Marco", "Ferri", "Avioparts Srl", "", ""],
            ["Camille", "Roux", "Mécanique Savoie", "aar", ""]]
    assert invoke("participants", "import", str(write_xlsx(tmp_path / "c.xlsx", {"S": rows})), "-m", lyon).exit_code == 0
    listed = json.loads(invoke("companies", "list", "--mission", lyon, "--format", "json").stdout)
    assert [(c["name"], c["cluster"], c["people"], c["core_business"]) for c in listed] == [
        ("Avioparts Srl", "LAC", 2, "Titanium parts"), ("Mécanique Savoie", "AAR", 1, None)]
    edited = invoke("companies", "edit", "mecanique savoie", "--core-business", "Machining", "--partners-sought",
                    "Integrators", "--cluster", "LAC")
    assert edited.exit_code == 0, edited.stderr
    assert edited.stderr == "Updated company Mécanique Savoie\n"
    listed = json.loads(invoke("companies", "list", "--mission", lyon, "--format", "json").stdout)
    assert (listed[1]["core_business"], listed[1]["partners_sought"], listed[1]["cluster"]) == (
        "Machining", "Integrators", "LAC")
    assert "Avioparts Srl" in invoke("companies", "list", "--mission", lyon).stdout


def test_companies_edit_errors(invoke: Invoke, lyon: str) -> None:
    missing = invoke("companies", "edit", "Nowhere Srl", "--core-business", "x")
    assert missing.exit_code == 3
    assert missing.stderr == "Error: no company 'Nowhere Srl'\nHint: see them with: c2c companies list\n"
    nothing = invoke("companies", "edit", "Nowhere Srl")
    assert nothing.exit_code == 1
    assert nothing.stderr.startswith("Error: nothing to change\n")
    empty = invoke("companies", "list", "--mission", lyon)
    assert empty.stderr == "No companies yet: c2c participants import FILE --mission lyon-2018\n"


def test_a_company_keeps_a_name_of_its_own(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", "Azienda"], ["Mario", "Rossi", "Avioparts Srl"], ["Laura", "Zanetti", "Software Volo Srl"]]
    assert invoke("participants", "import", str(write_xlsx(tmp_path / "c.xlsx", {"S": rows})), "-m", lyon).exit_code == 0
    taken = invoke("companies", "edit", "Avioparts Srl", "--name", "software volo SRL")
    assert (taken.exit_code, taken.stderr) == (4, "Error: there is already a company 'Software Volo Srl'\n"
                                                  "Hint: give it a name of its own\n")
    blank = invoke("companies", "edit", "Avioparts Srl", "--name", "  ")
    assert (blank.exit_code, blank.stderr) == (1, "Error: a company needs a name\n")
    names = [c["name"] for c in json.loads(invoke("companies", "list", "-m", lyon, "--format", "json").stdout)]
    assert names == ["Avioparts Srl", "Software Volo Srl"]
    assert invoke("companies", "edit", "Avioparts Srl", "--name", "Avioparts S.r.l.").exit_code == 0
