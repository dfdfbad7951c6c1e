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
                                                  "Hint: give it a name of its own, or join them: c2c companies merge "
                                                  "'Software Volo Srl' 'Avioparts Srl'\n")
    # a look-alike spelling of another company is taken too
    alike = invoke("companies", "edit", "Avioparts Srl", "--name", "SOFTWARE VOLO S.P.A.")
    assert (alike.exit_code, alike.stderr.splitlines()[0]) == (4, "Error: there is already a company 'Software Volo Srl'")
    blank = invoke("companies", "edit", "Avioparts Srl", "--name", "  ")
    assert (blank.exit_code, blank.stderr) == (1, "Error: a company needs a name\n")
    names = [c["name"] for c in json.loads(invoke("companies", "list", "-m", lyon, "--format", "json").stdout)]
    assert names == ["Avioparts Srl", "Software Volo Srl"]
    assert invoke("companies", "edit", "Avioparts Srl", "--name", "Avioparts S.r.l.").exit_code == 0


def test_merge_joins_a_look_alike_the_import_noted(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", "Azienda", "Cluster"], ["Mario", "Rossi", "Avioparts Srl", "LAC"],
            ["Laura", "Zanetti", "Aviopart Srl", ""], ["Camille", "Roux", "Mécanique Savoie", "AAR"]]
    imported = invoke("participants", "import", str(write_xlsx(tmp_path / "c.xlsx", {"S": rows})), "-m", lyon)
    assert "c2c companies merge 'Avioparts Srl' 'Aviopart Srl'" in imported.stderr
    refused = invoke("companies", "merge", "Avioparts Srl", "Aviopart Srl")
    assert (refused.exit_code, refused.stderr) == (1, "Error: Merge 'Aviopart Srl' into 'Avioparts Srl': 1 person "
                                                      "(1 participation), 0 wishes and 0 meetings move. Remove "
                                                      "'Aviopart Srl'? Refusing without --yes when not on a terminal.\n")
    merged = invoke("companies", "merge", "avioparts", "AVIOPART S.R.L.", "--yes", "--format", "json")
    assert merged.exit_code == 0, merged.stderr
    assert {r["what"]: r["moved"] for r in json.loads(merged.stdout)}["people"] == 1
    listed = json.loads(invoke("companies", "list", "-m", lyon, "--format", "json").stdout)
    assert [(c["name"], c["people"]) for c in listed] == [("Avioparts Srl", 2), ("Mécanique Savoie", 1)]


def test_merge_errors(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [["Nome", "Cognome", "Azienda"], ["Mario", "Rossi", "Avioparts Srl"]]
    assert invoke("participants", "import", str(write_xlsx(tmp_path / "c.xlsx", {"S": rows})), "-m", lyon).exit_code == 0
    unknown = invoke("companies", "merge", "Avioparts Srl", "Aviopats", "--yes")
    assert (unknown.exit_code, unknown.stderr) == (3, "Error: no company 'Aviopats'\nHint: did you mean 'Avioparts Srl'?\n")
    same = invoke("companies", "merge", "Avioparts Srl", "AVIOPARTS S.R.L.", "--yes")
    assert (same.exit_code, same.stderr) == (1, "Error: 'Avioparts Srl' and 'Avioparts Srl' are the same company\n"
                                                "Hint: name two different companies: c2c companies merge KEEP OTHER\n")
