"""``bus add`` asks for what is missing on a terminal; removing a stop people use asks first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from c2c import prompts
from tests.bus_helpers import coach_with_route, ok, people
from tests.conftest import Invoke, LyonWith
from tests.prompt_helpers import questionary_text

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


def test_add_asks_a_taken_name_or_too_few_seats_again(invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ok(invoke("bus", "add", *M, "--name", "Coach 1", "--seats", "50"))
    refused: list[str] = []
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", questionary_text(["coach 1", "Coach 2", "2", "30"], [], refused))
    ok(invoke("bus", "add", *M, "--reserved", "2"))
    assert refused == ["Coach name: mission lyon-2018 already has a coach 'coach 1'",
                       "Passenger seats: reserved seats must be between 0 and 1, not 2"]


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
    # nobody chose the destination as their stop, yet every passenger rides to it; the pick-up
    # before it stays a pick-up (the leg then has no destination, which route list says)
    warnings = ("Warning: Coach 1, outbound: Lyon Saint-Exupéry is where the leg ends; it would end at Varese "
                "instead for its 4 participants\n")
    refused = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Lyon Saint-Exupéry")
    assert refused.exit_code == 1
    assert refused.stderr == warnings + (
        "Error: Remove Lyon Saint-Exupéry from Coach 1, outbound (4 participants affected)? "
        "Refusing without --yes when not on a terminal.\n")
    assert _stops_of(invoke, "outbound")[-1] == "Lyon Saint-Exupéry"
    done = invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Lyon Saint-Exupéry", "--yes")
    assert done.stderr == warnings + "Removed Lyon Saint-Exupéry from Coach 1, outbound\n"
    assert _getting_on(invoke, "outbound")["Carla Verdi"] == "Varese"
    assert "outbound has no destination: Varese is taken as a pick-up stop" in invoke("bus", "route", "list", *M).stderr


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


def test_a_stop_in_the_spring_forward_gap_is_refused_with_what_it_could_mean(invoke: Invoke, lyon: str) -> None:
    ok(invoke("mission", "new", "--slug", "spring-2019", "--title", "Night coach", "--date", "2019-03-31",
              "--timezone", "Europe/Paris", "--host", "AAR", "--guest", "LAC"))
    ok(invoke("bus", "add", "-m", "spring-2019", "--name", "Coach 1", "--seats", "50"))
    gap = invoke("bus", "route", "add", "-m", "spring-2019", "--bus", "Coach 1", "--leg", "outbound",
                 "--stop", "Milano Cadorna", "--at", "02:30")
    assert gap.exit_code == 1
    assert gap.stderr == (
        "Error: stop 'Milano Cadorna' at 02:30 on 2019-03-31 does not exist in Europe/Paris (clocks go forward): "
        "it would be 01:30 CET (UTC+01:00) or 03:30 CEST (UTC+02:00)\nHint: write one of those times, e.g. 03:30\n")
    ok(invoke("bus", "route", "add", "-m", "spring-2019", "--bus", "Coach 1", "--leg", "outbound",
              "--stop", "Milano Cadorna", "--at", "03:30"))


# --- route edit, --before/--after, the destination ----------------------------------------------


def test_a_stop_goes_anywhere_on_a_leg_and_is_edited_in_place(invoke: Invoke, seated: list[int]) -> None:
    inserted = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Saronno", "--at", "06:45",
                      "--after", "milano")
    assert (inserted.exit_code, inserted.stderr) == (0, "Added stop 2 to Coach 1, outbound: 06:45 Saronno\n")
    ok(invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Como", "--at", "06:00", "--before", "Milano Cadorna"))
    assert _stops_of(invoke, "outbound") == ["Como", "Milano Cadorna", "Saronno", "Gallarate", "Varese",
                                             "Lyon Saint-Exupéry"]
    late = invoke("bus", "route", "edit", *M, "--leg", "outbound", "--stop", "Saronno", "--at", "07:30")
    assert (late.exit_code, late.stderr) == (1, "Error: times must increase along a leg: 'Saronno' at 07:30 is not "
                                                "before 'Gallarate' at 07:00 (Coach 1, outbound)\n")
    edited = invoke("bus", "route", "edit", *M, "--leg", "outbound", "--stop", "saronno", "--name", "Saronno Centrale",
                    "--at", "06:50", "--address", "Piazza Cadorna, Saronno")
    assert edited.stderr == "Updated stop 3 of Coach 1, outbound: 06:50 Saronno Centrale\n"
    rows = json.loads(invoke("bus", "route", "list", *M, "--format", "json").stdout)
    assert {k: rows[2][k] for k in ("stop", "time", "address", "destination")} == {
        "stop": "Saronno Centrale", "time": "06:50", "address": "Piazza Cadorna, Saronno", "destination": False}


def test_the_destination_is_said_and_nothing_goes_past_it(invoke: Invoke, seated: list[int]) -> None:
    listed = invoke("bus", "route", "list", *M)
    assert "Lyon Saint-Exupéry (destination)" in listed.stdout
    assert listed.stderr == ""
    past = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Villeurbanne", "--at", "09:30")
    assert (past.exit_code, past.stderr) == (1, "Error: Lyon Saint-Exupéry is where Coach 1, outbound arrives: a stop "
                                                "goes before it\nHint: c2c bus route add --leg 'outbound' --stop NAME --at HH:MM --before "
                                                "'Lyon Saint-Exupéry'\n")
    second = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Lyon Part-Dieu", "--at", "09:30",
                    "--destination")
    assert second.exit_code == 4
    assert second.stderr.startswith("Error: Coach 1, outbound already arrives at Lyon Saint-Exupéry\n")


def test_three_pick_ups_and_no_destination_keep_everyone_and_say_so_once(invoke: Invoke, lyon: str,
                                                                        db_path: Path) -> None:
    ok(invoke("bus", "add", *M, "--name", "Coach 2", "--seats", "30"))
    said = [invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", stop, "--at", at).stderr
            for stop, at in (("Milano Cadorna", "06:30"), ("Gallarate", "07:00"), ("Varese", "07:20"))]
    warning = ("Warning: Coach 2, outbound has no destination: {} is taken as a pick-up stop; say where it arrives "
               "with: c2c bus route add --leg outbound --destination --stop NAME --at HH:MM\n")
    assert said[0] == "Added stop 1 to Coach 2, outbound: 06:30 Milano Cadorna\n" + warning.format("Milano Cadorna")
    assert said[1] == "Added stop 2 to Coach 2, outbound: 07:00 Gallarate\n" + warning.format("Gallarate")
    assert said[2] == "Added stop 3 to Coach 2, outbound: 07:20 Varese\n" + warning.format("Varese")
    people(db_path, [("Carla", "Verdi", "Gamma Srl", "Varese")])
    seated = invoke("bus", "assign", *M, "--auto", "--format", "json")
    assert seated.exit_code == 0, seated.stderr
    assert [(r["name"], r["coach"], r["stop"]) for r in json.loads(seated.stdout)] == [("Carla Verdi", "Coach 2", "Varese")]
    arrival = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Lyon", "--at", "11:00", "--destination")
    assert arrival.stderr == "Added stop 4 to Coach 2, outbound: 11:00 Lyon (destination)\n"


def test_removing_the_first_stop_leaves_a_leg_that_takes_a_new_first_one(invoke: Invoke, seated: list[int]) -> None:
    ok(invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "Milano Cadorna", "--yes"))
    ok(invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Milano Centrale", "--at", "06:20",
              "--before", "Gallarate"))
    assert _stops_of(invoke, "outbound")[:2] == ["Milano Centrale", "Gallarate"]


def test_the_manifest_data_says_which_stop_is_the_destination(invoke: Invoke, seated: list[int]) -> None:
    coaches = json.loads(invoke("bus", "manifest", *M, "--format", "json").stdout)
    outbound = next(leg for leg in coaches[0]["legs"] if leg["kind"] == "outbound")
    assert [(s["stop"], s["destination"]) for s in outbound["stops"]][-2:] == [
        ("Varese", False), ("Lyon Saint-Exupéry", True)]
