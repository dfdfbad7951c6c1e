from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer

from c2c import prompts
from tests.bus_helpers import add_coach, coach_with_route, ok, people
from tests.conftest import Invoke, LyonWith
from tests.printing_helpers import assert_printable_sheet
from tests.store_dump import count

M = ("-m", "lyon-2018")
GROUP = [("Anna", "Rossi", "Alfa Srl", "Milano Cadorna"), ("Aldo", "Rossi", "Alfa Srl", "cadorna"),
         ("Bruno", "Bianchi", "Beta SpA", "Gallarate"), ("Carla", "Verdi", "=HYPERLINK(\"x\")", "Varese")]


def _manifest(invoke: Invoke, *args: str) -> list[dict]:  # type: ignore[type-arg]
    result = invoke("bus", "manifest", *M, "--format", "json", *args)
    ok(result)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _seated(db_path: Path, invoke: Invoke) -> list[int]:
    coach_with_route(db_path, seats=50, reserved=2)
    ids = people(db_path, GROUP)
    ok(invoke("bus", "assign", *M, "--auto"))
    return ids


@pytest.fixture
def seated(lyon: str, db_path: Path, lyon_with: LyonWith) -> list[int]:
    """The GROUP seated on Coach 1 by ``bus assign --auto``; their participation ids."""
    return lyon_with(_seated, db_path)


def test_add_and_list_coaches(invoke: Invoke, lyon: str) -> None:
    ok(invoke("bus", "add", *M, "--name", "Coach 1", "--seats", "50", "--reserved", "2", "--operator", "Autolinee",
              "--plate", "fg 123 ab", "--driver-phone", "333 000 1234"))
    rows = json.loads(invoke("bus", "list", *M, "--format", "json").stdout)
    assert rows == [{"name": "Coach 1", "seats": 50, "reserved": 2, "assigned": 0, "free": 48, "legs": [],
                     "operator": "Autolinee", "plate": "FG 123 AB", "driver_phone": "+39 333 000 1234"}]


def test_duplicate_coach_and_bad_seats_are_refused(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_coach(db_path)
    again = invoke("bus", "add", *M, "--name", "coach 1", "--seats", "30")
    assert again.exit_code == 4
    assert again.stderr == "Error: mission lyon-2018 already has a coach 'coach 1'\nHint: choose another name\n"
    bad = invoke("bus", "add", *M, "--name", "Coach 2", "--seats", "10", "--reserved", "10")
    assert bad.exit_code == 1
    assert bad.stderr == "Error: reserved seats must be between 0 and 9, not 10\n"
    assert count(db_path, "coach") == 1


def test_route_time_order_error_names_the_stops(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_coach(db_path)
    ok(invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Milano Cadorna", "--at", "06:30"))
    late = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Gallarate", "--at", "06:15")
    assert late.exit_code == 1
    assert late.stderr == ("Error: times must increase along a leg: 'Gallarate' at 06:15 is not after "
                           "'Milano Cadorna' at 06:30 (Coach 1, outbound)\n")
    bad = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Gallarate", "--at", "7pm")
    assert bad.exit_code == 2
    assert bad.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--at': '7pm' is not a time: use HH:MM, e.g. 06:30 (00:20+1 after midnight)")
    assert count(db_path, "coach_stop") == 1


def test_route_list_and_remove(invoke: Invoke, lyon: str, db_path: Path) -> None:
    coach_with_route(db_path)
    rows = json.loads(invoke("bus", "route", "list", *M, "--format", "json").stdout)
    assert [(r["leg"], r["time"], r["stop"]) for r in rows[:4]] == [
        ("outbound", "06:30", "Milano Cadorna"), ("outbound", "07:00", "Gallarate"),
        ("outbound", "07:20", "Varese"), ("outbound", "12:00", "Lyon Saint-Exupéry")]
    assert rows[4]["day"] == "2018-11-20"
    ok(invoke("bus", "route", "remove", *M, "--leg", "outbound", "--stop", "gallarate"))
    rows = json.loads(invoke("bus", "route", "list", *M, "--format", "json").stdout)
    assert [(r["position"], r["stop"]) for r in rows if r["leg"] == "outbound"] == [
        (1, "Milano Cadorna"), (2, "Varese"), (3, "Lyon Saint-Exupéry")]
    refused = invoke("bus", "route", "remove", *M, "--leg", "return")
    assert refused.exit_code == 1
    assert refused.stderr == "Error: Remove the whole return leg of Coach 1? Refusing without --yes when not on a terminal.\n"
    ok(invoke("bus", "route", "remove", *M, "--leg", "return", "--yes"))
    assert {r["leg"] for r in json.loads(invoke("bus", "route", "list", *M, "--format", "json").stdout)} == {"outbound"}


def test_auto_assign_reports_seats_waitlist_and_unknown_stops(invoke: Invoke, lyon: str, db_path: Path) -> None:
    coach_with_route(db_path, seats=3, reserved=1)
    people(db_path, [*GROUP, ("Dario", "Neri", "Delta", "Galarate")])
    result = invoke("bus", "assign", *M, "--auto", "--format", "json")
    ok(result)
    rows = json.loads(result.stdout)
    assert [(r["name"], r["status"], r["stop"]) for r in rows if r["status"] == "seated"] == [
        ("Anna Rossi", "seated", "Milano Cadorna"), ("Aldo Rossi", "seated", "Milano Cadorna")]
    assert {r["name"]: r["reason"] for r in rows if r["status"] == "waitlisted"} == {
        "Bruno Bianchi": "no free seat on the coaches stopping at Gallarate (Coach 1 2/2)",
        "Carla Verdi": "no free seat on the coaches stopping at Varese (Coach 1 2/2)",
        "Dario Neri": "stop 'Galarate' is on no route (closest: 'Gallarate')",
    }
    assert "Warning: unknown stop 'Galarate': did you mean 'Gallarate'?" in result.stderr
    again = invoke("bus", "assign", *M, "--auto", "--reserve", "0", "--format", "json")
    assert [r["name"] for r in json.loads(again.stdout) if r["status"] == "seated"] == ["Bruno Bianchi"]
    assert "1 people; 2 already seated kept their place" in again.stderr


def test_assign_needs_auto_or_person(invoke: Invoke, lyon: str) -> None:
    result = invoke("bus", "assign", *M)
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value: give either --auto or --person EMAIL\n")


def test_assign_one_person_and_unknown_stop_suggestion(invoke: Invoke, seated: list[int]) -> None:
    wrong = invoke("bus", "assign", *M, "--person", "anna.rossi@example.com", "--stop", "Varrese")
    assert wrong.exit_code == 3
    assert wrong.stderr == "Error: Coach 1 does not stop at 'Varrese'\nHint: did you mean 'Varese'?\n"
    ok(invoke("bus", "assign", *M, "--person", "anna.rossi@example.com", "--bus", "coach 1", "--stop", "varese"))
    varese = next(s for s in _manifest(invoke)[0]["legs"][0]["stops"] if s["stop"] == "Varese")
    assert [p["name"] for p in varese["passengers"]] == ["Anna Rossi", "Carla Verdi"]


def test_manifest_json_contract(invoke: Invoke, seated: list[int]) -> None:
    (coach,) = _manifest(invoke)
    assert (coach["coach"], coach["seats"], coach["reserved"], coach["used"], coach["free"]) == ("Coach 1", 50, 2, 4, 44)
    outbound, back = coach["legs"]
    assert (outbound["name"], outbound["kind"], outbound["day"]) == ("outbound", "outbound", "2018-11-20")
    assert [(s["time"], s["stop"], [p["name"] for p in s["passengers"]]) for s in outbound["stops"]] == [
        ("06:30", "Milano Cadorna", ["Aldo Rossi", "Anna Rossi"]),
        ("07:00", "Gallarate", ["Bruno Bianchi"]),
        ("07:20", "Varese", ["Carla Verdi"]),
        ("12:00", "Lyon Saint-Exupéry", []),
    ]
    bruno = outbound["stops"][1]["passengers"][0]
    assert {k: bruno[k] for k in ("email", "name", "company", "phone", "boarded")} == {
        "email": "bruno.bianchi@example.com", "name": "Bruno Bianchi", "company": "Beta SpA",
        "phone": "+39 333 000 0002", "boarded": False}
    assert len(back["stops"][0]["passengers"]) == 4
    assert {p["name"]: p["drop_off"] for p in back["stops"][0]["passengers"]}["Carla Verdi"] == "Varese"


def test_manifest_csv_has_one_row_per_passenger(invoke: Invoke, seated: list[int]) -> None:
    lines = invoke("bus", "manifest", *M, "--format", "csv").stdout.splitlines()
    assert lines[0] == "coach,leg,day,time,stop,name,company,phone,email,boarded,drop_off"
    assert "Coach 1,outbound,2018-11-20,07:00,Gallarate,Bruno Bianchi,Beta SpA,+39 333 000 0002," \
           "bruno.bianchi@example.com,false," in lines


def test_manifest_table_shows_stops_and_people(invoke: Invoke, seated: list[int]) -> None:
    out = invoke("bus", "manifest", *M).stdout
    assert "Coach 1 — outbound — 2018-11-20 — 4 on board, 44 free" in out
    assert "Bruno Bianchi" in out
    assert "Gallarate" in out


def test_manifest_xlsx_reads_back_ready_to_print(invoke: Invoke, seated: list[int], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "manifest.xlsx"
    ok(invoke("bus", "manifest", *M, "--format", "xlsx", "--out", str(out)))
    book = load_workbook(out)
    assert book.sheetnames == ["Coach 1 outbound", "Coach 1 return"]
    sheet = book["Coach 1 outbound"]
    # the Lyon mission's language is French: the driver's sheet is too
    assert sheet["A1"].value == "Coach 1 — outbound — mardi 20 novembre 2018"
    assert sheet["A4"].value == "Places: 50 (2 réservées)   Occupées: 4   Libres: 44"
    assert [c.value for c in sheet[6]] == ["Heure", "Arrêt", "Nom", "Entreprise", "Portable", "✓"]
    assert sheet.freeze_panes == "A7"
    assert_printable_sheet(sheet, title_rows="$6:$6")
    assert sheet.oddFooter.left.text == "Liste des passagers — Coach 1 — outbound"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=7)]
    assert rows[0] == ["06:30", "Milano Cadorna", "Aldo Rossi", "Alfa Srl", "+39 333 000 0001", None]
    assert rows[1][:3] == [None, None, "Anna Rossi"]
    assert rows[3] == ["07:20", "Varese", "Carla Verdi", "=HYPERLINK(\"x\")", "+39 333 000 0003", None]
    assert (sheet["D10"].data_type, sheet["E10"].data_type) == ("s", "s")  # text cells: no formula, no apostrophe
    assert rows[2][:3] == ["07:00", "Gallarate", "Bruno Bianchi"]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    back = book["Coach 1 return"]
    assert [c.value for c in back[6]] == ["Heure", "Arrêt", "Nom", "Entreprise", "Portable", "Descend à", "✓"]
    # on the way home, in the order people get off
    assert [[c.value for c in row][2:6] for row in back.iter_rows(min_row=7, max_row=10)] == [
        ["Carla Verdi", "=HYPERLINK(\"x\")", "+39 333 000 0003", "Varese"],
        ["Bruno Bianchi", "Beta SpA", "+39 333 000 0002", "Gallarate"],
        ["Aldo Rossi", "Alfa Srl", "+39 333 000 0001", "Milano Cadorna"],
        ["Anna Rossi", "Alfa Srl", "+39 333 000 0000", "Milano Cadorna"],
    ]
    assert back["A7"].value == "17:30"


def test_manifest_html_is_escaped(invoke: Invoke, seated: list[int]) -> None:
    result = invoke("bus", "manifest", *M, "--format", "html")
    ok(result)
    assert "<h1>Liste des passagers — Coach 1 — outbound</h1>" in result.stdout
    assert '<p class="date">mardi 20 novembre 2018</p>' in result.stdout
    assert "Bruno Bianchi" in result.stdout
    assert "=HYPERLINK(&#34;x&#34;)" in result.stdout
    assert "<th>Descend à</th>" in result.stdout


def test_checkin_refuses_without_a_terminal(invoke: Invoke, seated: list[int]) -> None:
    result = invoke("bus", "checkin", *M, "--bus", "Coach 1")
    assert result.exit_code == 1
    assert result.stderr == ("Error: bus checkin needs a terminal for its check list\n"
                             "Hint: record each boarding with: c2c bus board PERSON (or unboard)\n")


def test_checkin_saves_each_stop_at_once(invoke: Invoke, seated: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, list[str]]] = []

    def answer(message: str, choices: list[str], checked: list[str] = ()) -> list[str]:  # type: ignore[assignment]
        asked.append((message, list(choices)))
        if len(asked) == 1:
            return [c for c in choices if c.startswith("Anna")]
        raise typer.Abort()  # the coordinator's phone dies at Gallarate

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "checkbox", answer)
    result = invoke("bus", "checkin", *M, "--bus", "Coach 1", "--leg", "outbound")
    assert result.exit_code == 1  # aborted
    assert result.stderr.endswith("Aborted!\n")
    assert asked[0] == ("06:30 Milano Cadorna: who got on?", [
        "Aldo Rossi · Alfa Srl · +39 333 000 0001", "Anna Rossi · Alfa Srl · +39 333 000 0000"])
    assert asked[1][0] == "07:00 Gallarate: who got on?"
    boarded = {p["name"]: p["boarded"] for s in _manifest(invoke)[0]["legs"][0]["stops"] for p in s["passengers"]}
    assert boarded == {"Anna Rossi": True, "Aldo Rossi": False, "Bruno Bianchi": False, "Carla Verdi": False}


def test_checkin_one_stop_prints_who_is_missing(invoke: Invoke, seated: list[int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "checkbox", lambda message, choices, checked=(): [choices[1]])
    result = invoke("bus", "checkin", *M, "--stop", "Milano - Cadorna", "--leg", "outbound")
    ok(result)
    assert "On board: 1 of 2\nMissing: Aldo Rossi (+39 333 000 0001) — Milano Cadorna\n" in result.stderr
    unknown = invoke("bus", "checkin", *M, "--stop", "Como", "--leg", "outbound")
    assert unknown.exit_code == 3
    assert unknown.stderr == ("Error: nobody gets on Coach 1, outbound at 'Como'\n"
                              "Hint: stops with people: Milano Cadorna, Gallarate, Varese\n")


def test_board_and_unboard_by_email_or_name(invoke: Invoke, seated: list[int]) -> None:
    result = invoke("bus", "board", *M, "bruno.bianchi@example.com", "--leg", "outbound")
    ok(result)
    assert result.stderr.startswith("Bruno Bianchi boarded Coach 1, outbound at ")
    ok(invoke("bus", "board", *M, "Carla Verdi", "--leg", "outbound"))
    ok(invoke("bus", "unboard", *M, "verdi carla", "--leg", "outbound"))
    boarded = {p["name"] for s in _manifest(invoke)[0]["legs"][0]["stops"] for p in s["passengers"] if p["boarded"]}
    assert boarded == {"Bruno Bianchi"}
    unknown = invoke("bus", "board", *M, "nobody@example.com")
    assert unknown.exit_code == 3
    assert unknown.stderr == ("Error: no participant 'nobody@example.com' on mission lyon-2018\n"
                              "Hint: give the e-mail or the full name\n")


def test_status_shows_boarded_missing_and_waitlist(invoke: Invoke, seated: list[int], db_path: Path) -> None:
    people(db_path, [("Elena", "Gialli", "Epsilon", "Como")])
    ok(invoke("bus", "board", *M, "anna.rossi@example.com", "--leg", "outbound"))
    data = json.loads(invoke("bus", "status", *M, "--format", "json").stdout)
    outbound = data["coaches"][0]
    assert (outbound["leg"], outbound["assigned"], outbound["free"], outbound["boarded"]) == ("outbound", 4, 44, 1)
    assert outbound["missing"] == ["Aldo Rossi (+39 333 000 0001)", "Bruno Bianchi (+39 333 000 0002)",
                                   "Carla Verdi (+39 333 000 0003)"]
    assert data["waitlist"] == [{"name": "Elena Gialli", "email": "elena.gialli@example.com", "company": "Epsilon",
                                 "phone": "+39 333 000 0000", "stop": "Como", "reason": "not assigned yet"}]
    table = invoke("bus", "status", *M).stdout
    assert "Waitlist" in table
    assert ("Missing on Coach 1, outbound: Aldo Rossi (+39 333 000 0001), Bruno Bianchi (+39 333 000 0002), "
            "Carla Verdi (+39 333 000 0003)\n") in table
    assert "Missing on Coach 1, return" not in table  # its roll call has not begun


def test_remove_coach_asks_then_puts_people_on_the_waitlist(invoke: Invoke, seated: list[int], db_path: Path) -> None:
    refused = invoke("bus", "remove", *M, "Coach 1")
    assert refused.exit_code == 1
    assert "Remove Coach 1 and put its 4 passengers on the waitlist? Refusing without --yes" in refused.stderr
    assert count(db_path, "coach") == 1
    done = invoke("bus", "remove", *M, "Coach 1", "--yes")
    ok(done)
    assert "4 people are back on the waitlist" in done.stderr
    data = json.loads(invoke("bus", "status", *M, "--format", "json").stdout)
    assert {w["reason"] for w in data["waitlist"]} == {"coach 'Coach 1' was removed"}
    assert count(db_path, "coach_stop") == 0


def test_edit_coach_below_its_passengers_asks_and_says_who_goes(invoke: Invoke, seated: list[int], db_path: Path) -> None:
    from tests.store_dump import dump

    ok(invoke("bus", "edit", *M, "Coach 1", "--seats", "52", "--name", "Pullman A"))
    before = dump(db_path)
    small = invoke("bus", "edit", *M, "Pullman A", "--seats", "3", "--reserved", "0")
    assert small.exit_code == 1
    assert small.stderr.startswith("Error: With 3 seats, 1 of Pullman A's passengers go to the waitlist: ")
    assert small.stderr.endswith(". Go on? Refusing without --yes when not on a terminal.\n")
    assert dump(db_path) == before
    ok(invoke("bus", "edit", *M, "Pullman A", "--seats", "3", "--reserved", "0", "--yes"))
    data = json.loads(invoke("bus", "status", *M, "--format", "json").stdout)
    assert [w["reason"] for w in data["waitlist"]] == ["Pullman A now has 3 seats"]
    missing = invoke("bus", "edit", *M, "Coach 1", "--seats", "40")
    assert missing.exit_code == 3
    assert missing.stderr == "Error: no coach 'Coach 1' on mission lyon-2018\nHint: see the coaches with: c2c bus list\n"


def test_transfer_leg_takes_everyone_from_its_first_stop(invoke: Invoke, seated: list[int], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    for stop, at in (("Lyon Saint-Exupéry", "14:00"), ("Safran Landing Systems", "14:40")):
        ok(invoke("bus", "route", "add", *M, "--leg", "to Safran", "--kind", "transfer", "--stop", stop, "--at", at,
                  "--address", "Villeurbanne" if stop.startswith("Safran") else "Terminal 1"))
    legs = _manifest(invoke)[0]["legs"]
    assert [leg["name"] for leg in legs] == ["outbound", "to Safran", "return"]
    transfer = legs[1]["stops"]
    assert (len(transfer[0]["passengers"]), transfer[1]["passengers"]) == (4, [])
    assert "Coach 1 — to Safran (transfer) — 2018-11-20 — 4 on board, 44 free" in invoke("bus", "manifest", *M).stdout
    out = tmp_path / "m.xlsx"
    ok(invoke("bus", "manifest", *M, "--format", "xlsx", "--out", str(out)))
    sheet = load_workbook(out)["Coach 1 to Safran"]
    assert sheet["B7"].value == "Lyon Saint-Exupéry\nTerminal 1"
    no_kind = invoke("bus", "route", "add", *M, "--leg", "to Volandia", "--stop", "Volandia", "--at", "15:00")
    assert no_kind.exit_code == 1
    assert no_kind.stderr == ("Error: leg 'to Volandia' is new and its kind is unknown: name it outbound, return or "
                              "transfer, or give its kind\n"
                              'Hint: c2c bus route add --leg "to Volandia" --kind outbound|return|transfer …\n')


def test_every_bus_command_turns_errors_into_one_line() -> None:
    from c2c.commands.bus import coaches, roll_call, routes

    commands = [*coaches.app.registered_commands, *routes.app.registered_commands, *roll_call.app.registered_commands]
    assert len(commands) == 14
    for command in commands:
        assert getattr(command.callback, "__c2c_handles_errors__", False), command.name
        assert "Example:" in (command.callback.__doc__ or ""), command.name


def test_route_add_warns_when_the_coach_arrives_after_the_programme_starts(invoke: Invoke, lyon: str,
                                                                           db_path: Path) -> None:
    import datetime as dt

    from c2c.store.models import ProgramBlock
    from tests.bus_helpers import mission_session

    with mission_session(db_path) as (session, mission):
        assert mission.id is not None
        session.add(ProgramBlock(mission_id=mission.id, day=dt.date(2018, 11, 20), start=dt.time(10, 30),
                                 end=dt.time(12, 30), kind="pitches", title="Pitch session"))
    add_coach(db_path)
    ok(invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Varese", "--at", "07:20"))
    late = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Lyon", "--at", "12:00", "--destination")
    ok(late)  # a warning, never a refusal
    assert late.stderr == ("Added stop 2 to Coach 1, outbound: 12:00 Lyon (destination)\n"
                           "Warning: Coach 1, outbound arrives at Lyon at 12:00, after 'Pitch session' starts at 10:30\n")
    listed = invoke("bus", "route", "list", *M, "--format", "json")
    assert "Warning: Coach 1, outbound arrives at Lyon" in listed.stderr


def test_a_late_return_crosses_midnight(invoke: Invoke, lyon: str, db_path: Path) -> None:
    add_coach(db_path)
    for stop, at in (("Lyon", "18:30"), ("Varese", "23:40"), ("Gallarate", "00:05+1"), ("Milano Cadorna", "00:35+1")):
        ok(invoke("bus", "route", "add", *M, "--leg", "return", "--stop", stop, "--at", at))
    rows = json.loads(invoke("bus", "route", "list", *M, "--format", "json").stdout)
    assert [(r["day"], r["time"], r["stop"]) for r in rows] == [
        ("2018-11-20", "18:30", "Lyon"), ("2018-11-20", "23:40", "Varese"),
        ("2018-11-21", "00:05+1", "Gallarate"), ("2018-11-21", "00:35+1", "Milano Cadorna")]
    ok(invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Milano Cadorna", "--at", "22:00"))
    midnight = invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Lyon", "--at", "03:30")
    assert midnight.exit_code == 1
    assert midnight.stderr == ("Error: times must increase along a leg: 'Lyon' at 03:30 is not after "
                               "'Milano Cadorna' at 22:00 (Coach 1, outbound)\nHint: after midnight? write 03:30+1\n")
    ok(invoke("bus", "route", "add", *M, "--leg", "outbound", "--stop", "Lyon", "--at", "03:30+1"))
    people(db_path, [("Anna", "Rossi", "Alfa", "Milano")])
    ok(invoke("bus", "assign", *M, "--auto"))
    stops = next(leg for leg in _manifest(invoke)[0]["legs"] if leg["name"] == "return")["stops"]
    assert [(s["time"], s["day"], s["day_offset"]) for s in stops[2:]] == [
        ("00:05", "2018-11-21", 1), ("00:35", "2018-11-21", 1)]
    assert stops[0]["passengers"][0]["drop_off"] == "Milano Cadorna"
    assert "00:35+1" in invoke("bus", "manifest", *M).stdout
