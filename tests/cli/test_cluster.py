from __future__ import annotations

import json

import pytest

from c2c import prompts
from tests.conftest import Invoke


def _add_aar(invoke: Invoke) -> None:
    result = invoke(
        "cluster", "add", "Aerospace Cluster Auvergne-Rhône-Alpes", "--short", "AAR", "--country", "fr",
        "--region", "Auvergne-Rhône-Alpes", "--website", "https://aura.example", "--alias", "AURA Aerospace",
    )
    assert result.exit_code == 0, result.stderr


def test_add_and_show_by_short_name_alias_and_folded_name(invoke: Invoke) -> None:
    _add_aar(invoke)
    for name in ("AAR", "aar", "aura aerospace", "Aerospace Cluster Auvergne Rhone Alpes"):
        shown = invoke("cluster", "show", name, "--format", "json")
        assert shown.exit_code == 0, (name, shown.stderr)
        data = json.loads(shown.stdout)
        assert data["name"] == "Aerospace Cluster Auvergne-Rhône-Alpes"
        assert data["country"] == "FR"
        assert data["aliases"] == ["AURA Aerospace"]


def test_duplicate_names_and_aliases_conflict(invoke: Invoke) -> None:
    _add_aar(invoke)
    again = invoke("cluster", "add", "aerospace cluster auvergne-rhone-alpes")
    assert again.exit_code == 4
    assert again.stderr == (
        "Error: cluster 'Aerospace Cluster Auvergne-Rhône-Alpes' already answers to "
        "'aerospace cluster auvergne-rhone-alpes'\n"
    )
    short_taken = invoke("cluster", "add", "Another", "--short", "aar")
    assert short_taken.exit_code == 4


def test_a_country_is_a_code_or_a_name_and_a_bad_one_is_refused(invoke: Invoke) -> None:
    result = invoke("cluster", "add", "Swiss Aerospace Cluster", "--country", "Narnia")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--country': unknown country 'Narnia': use its ISO code (e.g. FR) or its name")
    assert json.loads(invoke("cluster", "list", "--format", "json").stdout) == []
    assert invoke("cluster", "add", "Swiss Aerospace Cluster", "--country", "Schweiz").exit_code == 0
    assert [c["country"] for c in json.loads(invoke("cluster", "list", "--format", "json").stdout)] == ["CH"]


def test_list_formats(invoke: Invoke) -> None:
    _add_aar(invoke)
    invoke("cluster", "add", "Dolnośląski Klaster Lotniczy", "--short", "DKL", "--country", "PL")
    rows = json.loads(invoke("cluster", "list", "--format", "json").stdout)
    assert [r["short_name"] for r in rows] == ["AAR", "DKL"]
    csv_lines = invoke("cluster", "list", "--format", "csv").stdout.splitlines()
    assert csv_lines[0] == "name,short_name,country,region,website,aliases"
    assert csv_lines[2].startswith("Dolnośląski Klaster Lotniczy,DKL,PL")
    assert "Dolnośląski" in invoke("cluster", "list").stdout


def test_edit_aliases_and_fields(invoke: Invoke) -> None:
    _add_aar(invoke)
    result = invoke("cluster", "edit", "AAR", "--alias", "Pôle AURA", "--remove-alias", "aura aerospace", "--region", "AURA")
    assert result.exit_code == 0, result.stderr
    data = json.loads(invoke("cluster", "show", "pole aura", "--format", "json").stdout)
    assert data["aliases"] == ["Pôle AURA"]
    assert data["region"] == "AURA"
    unknown = invoke("cluster", "edit", "Nope", "--region", "x")
    assert unknown.exit_code == 3
    assert unknown.stderr == "Error: no cluster 'Nope'\nHint: add it with: c2c cluster add \"Nope\"\n"


def test_remove_refuses_cluster_in_use_and_asks(invoke: Invoke, lyon: str) -> None:
    in_use = invoke("cluster", "remove", "AAR", "--yes")
    assert in_use.exit_code == 4
    assert in_use.stderr == (
        "Error: cluster 'Aerospace Cluster Auvergne-Rhône-Alpes' is host or guest of lyon-2018\n"
        "Hint: delete or edit those missions first\n"
    )
    invoke("cluster", "add", "Aéro Montréal", "--short", "AM", "--country", "CA")
    no_tty = invoke("cluster", "remove", "AM")
    assert no_tty.exit_code == 1
    assert invoke("cluster", "remove", "AM", "--yes").exit_code == 0
    assert invoke("cluster", "show", "AM").exit_code == 3


def test_remove_says_a_cluster_is_in_use_before_asking(invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    invoke("cluster", "add", "Aéro Montréal", "--short", "AM", "--country", "CA")
    added = invoke("participants", "add", "-m", lyon, "--first", "Émilie", "--last", "Roy", "--email", "e@roy.ca",
                   "--company", "Daher", "--cluster", "AM")
    assert added.exit_code == 0, added.stderr
    asked: list[str] = []
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: asked.append(message) or False)
    in_use = invoke("cluster", "remove", "aerospace cluster auv")
    assert (in_use.exit_code, asked) == (4, [])
    assert in_use.stderr.startswith("Error: cluster 'Aerospace Cluster Auvergne-Rhône-Alpes' is host or guest of")
    assert invoke("cluster", "remove", "AM").exit_code == 1
    assert asked == ["Remove cluster Aéro Montréal? 1 company will have no cluster."]
