"""``bus add`` asks for what is missing on a terminal; removing a stop people use asks first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from c2c import prompts
from tests.bus_helpers import coach_with_route, ok, people
from tests.conftest import Invoke, LyonWith

M = ("-m", "lyon-2018")
GROUP = [("Anna", "Rossi", "Alfa Srl", "Milano Cadorna"), ("Bruno", "Bianchi", "Beta SpA", "Gallarate"),
         ("Carla", "Verdi", "Gamma Srl", "Varese"), ("Carlo", "Verdi", "Gamma Srl", "varese")]


def _seated(db_path: Path, invoke: Invoke) -> list[int]:
    coach_with_route(db_path)
    ids = people(db_path, GROUP)
    ok(invoke("bus", "assign", *M, "--auto"))
    return ids


@pytest.fixture
def seated(lyon: str, db_path: Path, lyon_with: LyonWith) -> list[int]:
    """The GROUP seated on Coach 1 by ``bus assign --auto``; their participation ids."""
    return lyon_with(_seated, db_path)


def _stops_of(invoke: Invoke, leg: str) -> list[str]:
    rows = json.loads(invoke("bus", "route", "list", *M, "--format", "json").stdout)
    return [r["stop"] for r in rows if r["leg"] == leg]


def _getting_on(invoke: Invoke, leg: str) -> dict[str, str]:
    """name -> where the manifest has them get on (outbound) or off (return)."""
    coaches = json.loads(invoke("bus", "manifest", *M, "--format", "json").stdout)
    found = {}
    for one in coaches[0]["legs"]:
        if one["kind"] == leg:
            for stop in one["stops"]:
                for person in stop["passengers"]:
                    found[person["name"]] = person.get("drop_off") or stop["stop"]
    return found


# --- bus add --------------------------------------------------------------------------------


def test_add_without_name_or_seats_off_a_terminal_fails_in_one_line(invoke: Invoke, lyon: str) -> None:
    both = invoke("bus", "add", *M)
    assert both.exit_code == 1
    assert both.stderr == "Error: --name and --seats are required when not on a terminal\n"
    seats = invoke("bus", "add", *M, "--name", "Coach 1")
    assert seats.exit_code == 1
    assert seats.stderr == "Error: --seats is required when not on a terminal\n"
    assert json.loads(invoke("bus", "list", *M, "--format", "json").stdout) == []


def test_add_asks_for_name_and_seats_on_a_terminal(invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, Any]] = []
    answers = iter(["Coach 1", "50"])

    def text(message: str, default: str = "", validate: Any = None) -> str:
        asked.append((message, validate))
        return next(answers)

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", text)
    result = invoke("bus", "add", *M, "--reserved", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "Added Coach 1: 50 seats (2 reserved)\n"
    assert [message for message, _ in asked] == ["Coach name", "Passenger seats"]
    check_seats = asked[1][1]
    assert [check_seats(v) for v in ("50", " 12 ", "0", "fifty", "-3")] == [
        True, True, "'0' is not a whole number from 1 to 10,000", "'fifty' is not a whole number from 1 to 10,000",
        "'-3' is not a whole number from 1 to 10,000"]
    assert asked[0][1]("  ") == "required"
    rows = json.loads(invoke("bus", "list", *M, "--format", "json").stdout)
    assert [(r["name"], r["seats"], r["reserved"]) for r in rows] == [("Coach 1", 50, 2)]


def test_add_asks_only_for_what_is_missing(invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", lambda message, default="", validate=None: asked.append(message) or "30")
    ok(invoke("bus", "add", *M, "--name", "Minibus"))
    assert asked == ["Passenger seats"]


# --- bus route remove --stop ------------------------------------------------------------------

VARESE_OUT = ("Warning: Coach 1, outbound: 2 participants get on at Varese; they keep their seats, but the manifest, "
              "roll call and calendars will show them getting on at Milano Cadorna instead "
              "(re-seat with: c2c bus assign --person NAME --stop STOP)\n")


def test_removing_a_stop_people_get_on_at_needs_yes_off_a_terminal(invoke: Invoke, seated: list[int]) -> None:
    result = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Varese")
    assert result.exit_code == 1
    assert result.stderr == VARESE_OUT + (
        "Error: Remove Varese from Coach 1, outbound (2 participants affected)? "
        "Refusing without --yes when not on a terminal.\n")
    assert "Varese" in _stops_of(invoke, "outbound")


def test_removing_it_with_yes_moves_them_to_the_first_stop_and_waitlists_the_unseated(
    invoke: Invoke, seated: list[int], db_path: Path
) -> None:
    people(db_path, [("Dario", "Neri", "Delta Srl", "Varese")])  # registered after the seats were given
    result = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "varese", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == VARESE_OUT + (
        "Warning: 1 participant not seated yet chose Varese and no other route stops there: "
        "c2c bus assign --auto will put them on the waitlist until their stop is changed\n"
        "Removed Varese from Coach 1, outbound\n")
    assert _stops_of(invoke, "outbound") == ["Milano Cadorna", "Gallarate", "Lyon Saint-Exupéry"]
    assert _getting_on(invoke, "outbound") == {
        "Anna Rossi": "Milano Cadorna", "Bruno Bianchi": "Gallarate", "Carla Verdi": "Milano Cadorna",
        "Carlo Verdi": "Milano Cadorna"}
    assigned = json.loads(invoke("bus", "assign", *M, "--auto", "--format", "json").stdout)
    assert [(r["name"], r["status"], r["reason"]) for r in assigned] == [
        ("Dario Neri", "waitlisted", "stop 'Varese' is on no route")]


def test_removing_a_return_stop_says_where_they_get_off_instead(invoke: Invoke, seated: list[int]) -> None:
    result = invoke("bus", "route", "remove", *M, "--leg", "return", "--stop", "Gallarate", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "Warning: Coach 1, return: 1 participant gets off at Gallarate; they keep their seat, but the manifest, "
        "roll call and calendars will show them getting off at Milano Cadorna instead "
        "(re-seat with: c2c bus assign --person NAME --stop STOP)\n"
        "Removed Gallarate from Coach 1, return\n")
    assert _getting_on(invoke, "return")["Bruno Bianchi"] == "Milano Cadorna"


def test_removing_a_stop_nobody_uses_asks_nothing(invoke: Invoke, lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    result = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Varese")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "Removed Varese from Coach 1, outbound\n"


def test_removing_a_used_stop_on_a_terminal_asks(invoke: Invoke, seated: list[int],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: asked.append(message) or False)
    refused = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Varese")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("Warning: Coach 1, outbound: 2 participants get on at Varese;")
    assert refused.stderr.endswith("Aborted!\n")
    assert asked == ["Remove Varese from Coach 1, outbound (2 participants affected)?"]
    assert "Varese" in _stops_of(invoke, "outbound")
    monkeypatch.setattr(prompts, "confirm", lambda message, default=False: True)
    ok(invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Varese"))
    assert "Varese" not in _stops_of(invoke, "outbound")


def test_removing_the_destination_asks_first_and_says_the_leg_ends_one_stop_early(invoke: Invoke, seated: list[int]) -> None:
    # nobody chose the destination as their stop, yet every passenger rides to it, and the
    # pick-up before it becomes the new destination, so the people who get on there lose it
    warnings = ("Warning: Coach 1, outbound: Lyon Saint-Exupéry is where the leg ends; it would end at Varese "
                "instead for its 4 participants\n"
                "Warning: Coach 1, outbound: 2 participants get on at Varese; they keep their seats, but the manifest, "
                "roll call and calendars will show them getting on at Milano Cadorna instead "
                "(re-seat with: c2c bus assign --person NAME --stop STOP)\n")
    refused = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Lyon Saint-Exupéry")
    assert refused.exit_code == 1
    assert refused.stderr == warnings + (
        "Error: Remove Lyon Saint-Exupéry from Coach 1, outbound (4 participants affected)? "
        "Refusing without --yes when not on a terminal.\n")
    assert _stops_of(invoke, "outbound")[-1] == "Lyon Saint-Exupéry"
    done = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Lyon Saint-Exupéry", "--yes")
    assert done.stderr == warnings + "Removed Lyon Saint-Exupéry from Coach 1, outbound\n"
    assert _getting_on(invoke, "outbound")["Carla Verdi"] == "Milano Cadorna"


def test_removing_the_return_departure_says_where_it_starts_instead(invoke: Invoke, seated: list[int]) -> None:
    result = invoke("bus", "route", "remove", *M, "--leg", "return", "--stop", "Lyon Saint-Exupéry", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        "Warning: Coach 1, return: Lyon Saint-Exupéry is where the leg starts; it would start at Varese "
        "instead for its 4 participants\n"
        "Warning: Coach 1, return: 2 participants get off at Varese; they keep their seats, but the manifest, "
        "roll call and calendars will show them getting off at Milano Cadorna instead "
        "(re-seat with: c2c bus assign --person NAME --stop STOP)\n"
        "Removed Lyon Saint-Exupéry from Coach 1, return\n")
    assert _getting_on(invoke, "return")["Carla Verdi"] == "Milano Cadorna"
