from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.prompt_helpers import questionary_text
from tests.store_dump import count


def test_new_mission_with_every_option_needs_no_prompt(invoke: Invoke, lyon: str) -> None:
    result = invoke("mission", "show", "lyon-2018", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["host"] == "Aerospace Cluster Auvergne-Rhône-Alpes"
    assert data["guest"] == "Lombardia Aerospace Cluster"
    assert data["country"] == "FR"
    assert data["language"] == "fr"
    assert data["end_date"] == "2018-11-20"


def test_duplicate_slug_is_one_line_error_and_writes_nothing(invoke: Invoke, lyon: str, db_path: Path) -> None:
    result = invoke("mission", "new", "--slug", "lyon-2018", "--title", "Again", "--date", "2018-11-21")
    assert result.exit_code == 4
    assert result.stderr == "Error: mission 'lyon-2018' already exists\nHint: choose another slug\n"
    assert count(db_path, "mission") == 1


def test_bad_date_and_reversed_dates_are_refused(invoke: Invoke, db_path: Path) -> None:
    bad = invoke("mission", "new", "--title", "T", "--city", "Lyon", "--date", "2018-13-40")
    assert bad.exit_code == 2
    assert bad.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--date' / '--start': '2018-13-40' is not a date: use YYYY-MM-DD, e.g. 2018-11-20")
    reversed_ = invoke("mission", "new", "--title", "T", "--city", "Lyon", "--date", "2018-11-20", "--end", "2018-11-19")
    assert reversed_.exit_code == 1
    assert reversed_.stderr == "Error: end date 2018-11-19 is before start date 2018-11-20\n"
    assert count(db_path, "mission") == 0


def test_bad_timezone_and_slug(invoke: Invoke) -> None:
    tz = invoke("mission", "new", "--title", "T", "--city", "Lyon", "--date", "2018-11-20", "--timezone", "Mars/Olympus")
    assert tz.exit_code == 2
    assert tz.stderr.splitlines()[-1] == ("Error: Invalid value for '--timezone': time zone 'Mars/Olympus' is not an "
                                          "IANA time zone: e.g. Europe/Rome, Europe/Paris, America/Toronto")
    slug = invoke("mission", "new", "--title", "T", "--slug", "Lyon_2018", "--date", "2018-11-20")
    assert slug.exit_code == 2
    assert slug.stderr.splitlines()[-1] == ("Error: Invalid value for '--slug': slug 'Lyon_2018' must be lowercase "
                                            "letters, digits and single dashes, e.g. lyon-2018")


def test_slug_is_suggested_from_city_and_year(invoke: Invoke) -> None:
    result = invoke("mission", "new", "--title", "Wrocław", "--city", "Wrocław", "--date", "2019-05-16")
    assert result.exit_code == 0, result.stderr
    assert "wroclaw-2019" in result.stderr


def test_unknown_cluster_without_tty_names_it_with_hint(invoke: Invoke, db_path: Path) -> None:
    result = invoke("mission", "new", "--title", "T", "--city", "Lyon", "--date", "2018-11-20", "--host", "Nowhere Cluster")
    assert result.exit_code == 3
    assert result.stderr == "Error: no cluster 'Nowhere Cluster'\nHint: add it with: c2c cluster add \"Nowhere Cluster\"\n"
    assert count(db_path, "mission") == 0


def test_missing_title_without_tty_fails_clearly(invoke: Invoke) -> None:
    result = invoke("mission", "new", "--city", "Lyon", "--date", "2018-11-20")
    assert result.exit_code == 1
    assert result.stderr == "Error: --title is required when not on a terminal\n"


def test_clusters_match_case_and_accent_insensitively(invoke: Invoke, lyon: str) -> None:
    result = invoke(
        "mission", "new", "--slug", "aura-2019", "--title", "T", "--date", "2019-01-10",
        "--host", "aerospace cluster auvergne rhone alpes", "--guest", "lac",
    )
    assert result.exit_code == 0, result.stderr
    shown = json.loads(invoke("mission", "show", "aura-2019", "--format", "json").stdout)
    assert shown["host"] == "Aerospace Cluster Auvergne-Rhône-Alpes"


def test_list_is_oldest_first_with_counts(invoke: Invoke, lyon: str) -> None:
    invoke("mission", "new", "--slug", "milano-2017", "--title", "Québec in Milan", "--date", "2017-11-14")
    rows = json.loads(invoke("mission", "list", "--format", "json").stdout)
    assert [r["slug"] for r in rows] == ["milano-2017", "lyon-2018"]
    assert rows[1]["participants"] == 0
    csv_out = invoke("mission", "list", "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("slug,start_date,title,direction,host_short,guest_short,city,status,companies,participants")
    table = invoke("mission", "list").stdout
    assert "lyon-2018" in table
    assert "milano-2017" in table


def test_edit_changes_fields_and_validates(invoke: Invoke, lyon: str) -> None:
    ok = invoke("mission", "edit", "lyon-2018", "--venue", "Aéroport Saint-Exupéry", "--status", "done")
    assert ok.exit_code == 0, ok.stderr
    shown = json.loads(invoke("mission", "show", "lyon-2018", "--format", "json").stdout)
    assert (shown["venue"], shown["status"]) == ("Aéroport Saint-Exupéry", "done")
    bad = invoke("mission", "edit", "lyon-2018", "--status", "finished")
    assert bad.exit_code == 2
    assert bad.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--status': 'finished' is not one of planned, confirmed, done, cancelled")
    reversed_ = invoke("mission", "edit", "lyon-2018", "--end", "2018-11-01")
    assert reversed_.exit_code == 1
    assert json.loads(invoke("mission", "show", "lyon-2018", "--format", "json").stdout)["end_date"] == "2018-11-20"


def test_use_makes_mission_the_default(invoke: Invoke, lyon: str) -> None:
    none_chosen = invoke("mission", "show")
    assert (none_chosen.exit_code, none_chosen.stderr) == (
        1, "Error: no mission given\nHint: pass --mission SLUG or choose one with: c2c mission use SLUG\n")
    assert invoke("mission", "use", "lyon-2018").exit_code == 0
    assert json.loads(invoke("mission", "show", "--format", "json").stdout)["slug"] == "lyon-2018"
    assert invoke("mission", "current").stdout == "lyon-2018\n"


def test_unknown_mission_is_exit_3(invoke: Invoke) -> None:
    result = invoke("mission", "show", "atlantis-2030")
    assert result.exit_code == 3
    assert result.stderr == "Error: no mission 'atlantis-2030'\nHint: see the missions with: c2c mission list\n"


def test_delete_asks_and_yes_skips(invoke: Invoke, lyon: str, db_path: Path) -> None:
    refused = invoke("mission", "delete", "lyon-2018")
    assert refused.exit_code == 1
    assert "Refusing without --yes" in refused.stderr
    assert count(db_path, "mission") == 1
    invoke("mission", "use", "lyon-2018")
    assert invoke("mission", "delete", "lyon-2018", "--yes").exit_code == 0
    assert count(db_path, "mission") == 0
    assert invoke("mission", "current").exit_code == 1


def test_new_mission_asks_on_a_terminal_and_offers_to_create_cluster(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c2c import prompts

    answers = iter([
        "Cluster2Cluster: Lombardia in Lower Silesia",  # title
        "Wrocław",  # city
        "2019-05-16",  # first day
        "2019-05-16",  # last day
        "Dolnośląski Klaster Lotniczy",  # host cluster
        "DKL",  # its short name
        "PL",  # its country
        "",  # guest cluster: none
        "wroclaw-2019",  # slug (suggested)
    ])
    asked: list[str] = []

    def text(message: str, default: str = "", validate: object = None) -> str:
        asked.append(message)
        return next(answers)

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", text)
    monkeypatch.setattr(prompts, "select", lambda message, choices, default=None: "outgoing")
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: True)
    result = invoke("mission", "new")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(invoke("mission", "show", "wroclaw-2019", "--format", "json").stdout)
    assert shown["host"] == "Dolnośląski Klaster Lotniczy"
    assert (shown["country"], shown["timezone"], shown["direction"]) == ("PL", "Europe/Warsaw", "outgoing")
    assert asked[0] == "Title"


def test_c2c_mission_is_read_by_the_command_layer(invoke: Invoke, lyon: str, db_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    invoke("mission", "new", "--slug", "milano-2017", "--title", "Québec in Milan", "--date", "2017-11-14")
    invoke("mission", "use", "milano-2017")
    env = {"C2C_MISSION": lyon}
    assert invoke("mission", "current", env=env).stdout == "lyon-2018\n"
    assert json.loads(invoke("mission", "show", "--format", "json", env=env).stdout)["slug"] == "lyon-2018"
    assert invoke("program", "list", "--format", "json", env=env).exit_code == 0
    assert invoke("mission", "current", "--mission", "milano-2017", env=env).stdout == "milano-2017\n"
    assert invoke("mission", "current").stdout == "milano-2017\n"

    from c2c.services import missions
    from tests.factories import store_at

    monkeypatch.setenv("C2C_MISSION", "no-such-mission")  # a service takes what it is given, nothing else
    store = store_at(db_path)
    with store.session() as session:
        assert missions.get_mission(session, None).slug == "milano-2017"
    store.dispose()


def test_the_wizard_asks_a_bad_answer_again_and_offers_the_close_cluster(
    invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from c2c import prompts

    asked: list[str] = []
    refused: list[str] = []
    confirmed: list[str] = []
    selected: list[tuple[str, list[str]]] = []
    answers = ["Cluster2Cluster: Auvergne in Lombardy", "Milano", "2019-03-12",
               "2019-03-11", "2019-03-12",  # a last day before the first is asked again
               "lombardia",  # host: loosely typed
               "Lombardia Aerospace Cluster", "AAR",  # guest: the host again, then another
               "lyon-2018", "milano-2019"]  # a slug taken, then a free one
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", questionary_text(answers, asked, refused))
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: confirmed.append(message) or True)

    def select(message: str, choices: list[str], default: str | None = None) -> str:
        selected.append((message, choices))
        return choices[1]

    monkeypatch.setattr(prompts, "select", select)
    result = invoke("mission", "new")
    assert result.exit_code == 0, result.stderr
    assert refused == ["Last day (YYYY-MM-DD): end date 2019-03-11 is before start date 2019-03-12",
                       "Slug: mission 'lyon-2018' already exists"]
    assert confirmed == ["Did you mean Lombardia Aerospace Cluster?"]
    assert "host and guest are the same cluster (Lombardia Aerospace Cluster): name another" in result.stderr
    assert selected == [("Direction, seen from your own cluster",
                         ["outgoing: your companies travel to the other cluster",
                          "incoming: you host the other cluster's companies"])]
    shown = json.loads(invoke("mission", "show", "milano-2019", "--format", "json").stdout)
    assert (shown["host"], shown["guest"], shown["direction"], shown["end_date"]) == (
        "Lombardia Aerospace Cluster", "Aerospace Cluster Auvergne-Rhône-Alpes", "incoming", "2019-03-12")
