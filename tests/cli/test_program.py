from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke


def _blocks(invoke: Invoke) -> list[dict[str, object]]:
    result = invoke("program", "list", "--mission", "lyon-2018", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_add_with_minutes_and_until_lists_in_time_order(invoke: Invoke, lyon: str) -> None:
    pitches = invoke("program", "add", "-m", lyon, "--kind", "pitches", "--at", "09:50", "--until", "11:00",
                     "--title", "Company pitches")
    assert pitches.exit_code == 0, pitches.stderr
    welcome = invoke("program", "add", "-m", lyon, "--at", "9:30", "--minutes", "20", "--kind", "talk",
                     "--title", "Welcome — Aerospace Cluster Auvergne-Rhône-Alpes", "--location", "Salle A")
    assert welcome.exit_code == 0, welcome.stderr
    assert welcome.stderr == "Added block 2: \"Welcome — Aerospace Cluster Auvergne-Rhône-Alpes\" 09:30–09:50 on 2018-11-20\n"
    rows = _blocks(invoke)
    assert [(r["title"], r["time"], r["kind"], r["minutes"]) for r in rows] == [
        ("Welcome — Aerospace Cluster Auvergne-Rhône-Alpes", "09:30–09:50", "talk", 20),
        ("Company pitches", "09:50–11:00", "pitches", 70),
    ]
    assert rows[0]["start"] == "2018-11-20T09:30:00+01:00"
    assert rows[0]["location"] == "Salle A"


def test_overlap_names_both_blocks_and_writes_nothing(invoke: Invoke, lyon: str) -> None:
    invoke("program", "add", "-m", lyon, "--at", "10:45", "--minutes", "20", "--kind", "break", "--title", "Coffee break")
    result = invoke("program", "add", "-m", lyon, "--at", "10:00", "--until", "11:00", "--title", "Pitches", "--kind", "pitches")
    assert result.exit_code == 1
    assert result.stderr == (
        'Error: block "Pitches" 10:00–11:00 overlaps "Coffee break" 10:45–11:05 on day 1 (2018-11-20)\n'
        "Hint: move one of them, or see the day with: c2c program list --mission lyon-2018\n"
    )
    assert len(_blocks(invoke)) == 1
    touching = invoke("program", "add", "-m", lyon, "--at", "11:05", "--minutes", "10", "--title", "Next")
    assert touching.exit_code == 0, touching.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--at", "10:00", "--until", "09:00"], "Error: the block must end after it starts (10:00–09:00)\n"),
        (["--at", "10:00", "--until", "10:00"], "Error: the block must end after it starts (10:00–10:00)\n"),
        (["--at", "10:00"], "Error: a block needs a length: --minutes N or --until HH:MM\n"),
        (["--at", "10:00", "--minutes", "5", "--until", "11:00"], "Error: give either --minutes or --until, not both\n"),
        (["--at", "23:30", "--until", "00:30"],
         "Error: the block must end after it starts (23:30–00:30)\nHint: past midnight? write --until 00:30+1\n"),
        (["--at", "23:30", "--until", "23:45+1"], "Error: a block lasts less than a day (23:30–23:45+1)\n"),
        (["--at", "10:00", "--minutes", "5", "--day", "2"],
         "Error: day 2 is outside mission lyon-2018 (day 1: 2018-11-20 to 2018-11-20)\n"),
    ],
)
def test_bad_blocks_are_refused(invoke: Invoke, lyon: str, args: list[str], message: str) -> None:
    result = invoke("program", "add", "-m", lyon, "--title", "T", *args)
    assert result.exit_code == 1
    assert result.stderr == message
    assert _blocks(invoke) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--at", "25:00", "--minutes", "5"], "Error: Invalid value for '--at': '25:00' is not a time: use HH:MM, e.g. 09:30"),
        (["--at", "10:00", "--minutes", "5", "--kind", "party"],
         "Error: Invalid value for '--kind': 'party' is not one of talk, pitches, b2b, break, lunch, visit, transfer, other"),
        (["--at", "10:00", "--minutes", "0"], "Error: Invalid value for '--minutes': '0' is no time at all: give at least 1 minute"),
    ],
)
def test_bad_values_are_usage_errors(invoke: Invoke, lyon: str, args: list[str], message: str) -> None:
    result = invoke("program", "add", "-m", lyon, "--title", "T", *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == message
    assert _blocks(invoke) == []


def test_multi_day_mission_keeps_days_apart(invoke: Invoke, lyon: str) -> None:
    assert invoke("mission", "edit", lyon, "--end", "2018-11-21").exit_code == 0
    invoke("program", "add", "-m", lyon, "--at", "09:00", "--minutes", "60", "--title", "Day one")
    same_time = invoke("program", "add", "-m", lyon, "--at", "09:00", "--minutes", "60", "--title", "Day two", "--day", "2")
    assert same_time.exit_code == 0, same_time.stderr
    rows = _blocks(invoke)
    assert [(r["day"], r["date"], r["title"]) for r in rows] == [(1, "2018-11-20", "Day one"), (2, "2018-11-21", "Day two")]
    assert rows[1]["start"] == "2018-11-21T09:00:00+01:00"
    outside = invoke("program", "add", "-m", lyon, "--at", "09:00", "--minutes", "5", "--title", "X", "--day", "3")
    assert outside.stderr == "Error: day 3 is outside mission lyon-2018 (days 1 to 2: 2018-11-20 to 2018-11-21)\n"


def test_edit_moves_keeping_length_and_checks_overlap(invoke: Invoke, lyon: str) -> None:
    invoke("program", "add", "-m", lyon, "--at", "09:00", "--minutes", "30", "--title", "Talk")
    invoke("program", "add", "-m", lyon, "--at", "10:00", "--minutes", "30", "--title", "Lunch", "--kind", "lunch")
    moved = invoke("program", "edit", "1", "-m", lyon, "--at", "09:15", "--title", "Opening")
    assert moved.exit_code == 0, moved.stderr
    assert _blocks(invoke)[0]["time"] == "09:15–09:45"
    clash = invoke("program", "edit", "1", "-m", lyon, "--until", "10:10")
    assert clash.exit_code == 1
    assert clash.stderr.startswith('Error: block "Opening" 09:15–10:10 overlaps "Lunch" 10:00–10:30 on day 1')
    assert _blocks(invoke)[0]["time"] == "09:15–09:45"
    missing = invoke("program", "edit", "99", "-m", lyon, "--title", "X")
    assert missing.exit_code == 3
    assert missing.stderr.startswith("Error: no programme block 99 in mission lyon-2018\n")


def test_remove_needs_yes_without_a_terminal(invoke: Invoke, lyon: str) -> None:
    invoke("program", "add", "-m", lyon, "--at", "09:00", "--minutes", "30", "--title", "Talk")
    refused = invoke("program", "remove", "1", "-m", lyon)
    assert refused.exit_code == 1
    assert "Refusing without --yes" in refused.stderr
    assert invoke("program", "remove", "1", "-m", lyon, "--yes").exit_code == 0
    assert _blocks(invoke) == []


def test_standard_day_template(invoke: Invoke, lyon: str) -> None:
    result = invoke("program", "template", "apply", "standard-day", "-m", lyon)
    assert result.exit_code == 0, result.stderr
    rows = _blocks(invoke)
    kinds = [r["kind"] for r in rows]
    assert kinds[:2] == ["talk", "talk"]
    assert {"pitches", "break", "lunch", "b2b", "visit", "transfer"} <= set(kinds)
    assert rows[0]["title"] == "Welcome — Aerospace Cluster Auvergne-Rhône-Alpes"
    assert rows[1]["title"] == "Welcome — Lombardia Aerospace Cluster"
    assert rows[-1]["title"] == "Coach back"
    again = invoke("program", "template", "apply", "standard-day", "-m", lyon)
    assert again.exit_code == 1
    assert "overlaps" in again.stderr
    replaced = invoke("program", "template", "apply", "standard-day", "-m", lyon, "--replace", "--yes")
    assert replaced.exit_code == 0, replaced.stderr
    assert len(_blocks(invoke)) == len(rows)
    unknown = invoke("program", "template", "apply", "gala-dinner", "-m", lyon)
    assert unknown.exit_code == 3
    assert unknown.stderr == "Error: no programme template 'gala-dinner'\nHint: templates: standard-day\n"


def test_csv_and_table(invoke: Invoke, lyon: str, db_path: Path) -> None:
    invoke("program", "template", "apply", "standard-day", "-m", lyon)
    csv_out = invoke("program", "list", "-m", lyon, "--format", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,day,date,time,kind,title,location")
    table = invoke("program", "list", "-m", lyon).stdout
    assert "Coffee break" in table
    assert "Europe/Paris" in table


def test_add_asks_for_missing_values_on_a_terminal(invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from c2c import prompts

    answers = iter(["Welcome", "09:30", "09:50"])
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", lambda *_args, **_kwargs: next(answers))
    result = invoke("program", "add", "-m", lyon, "--kind", "talk")
    assert result.exit_code == 0, result.stderr
    assert [(r["title"], r["time"]) for r in _blocks(invoke)] == [("Welcome", "09:30–09:50")]


def test_add_without_a_terminal_names_what_is_missing(invoke: Invoke, lyon: str) -> None:
    result = invoke("program", "add", "-m", lyon, "--minutes", "5")
    assert result.exit_code == 1
    assert result.stderr == 'Error: --at and --title are required\nHint: e.g. --at 09:30 --minutes 20 --title "Welcome"\n'


def test_a_block_may_run_past_midnight(invoke: Invoke, lyon: str) -> None:
    late = invoke("program", "add", "-m", lyon, "--at", "23:00", "--until", "00:30+1", "--title", "Gala dinner")
    assert late.exit_code == 0, late.stderr
    longer = invoke("program", "add", "-m", lyon, "--at", "22:00", "--minutes", "60", "--title", "Drinks")
    assert longer.exit_code == 0, longer.stderr
    [drinks, gala] = [b for b in _blocks(invoke) if b["title"] in ("Gala dinner", "Drinks")]
    assert (gala["time"], gala["minutes"], gala["end"]) == ("23:00–00:30+1", 90, "2018-11-21T00:30:00+01:00")
    clash = invoke("program", "add", "-m", lyon, "--at", "23:30", "--minutes", "90", "--title", "Night walk")
    assert clash.stderr.startswith('Error: block "Night walk" 23:30–01:00+1 overlaps "Gala dinner" 23:00–00:30+1')
