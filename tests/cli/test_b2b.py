"""``c2c b2b`` end to end on a real store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from c2c import prompts
from c2c.services import missions
from c2c.services.b2b import views as b2b_views
from c2c.store.reading import session_reader
from tests.b2b_helpers import add_companies
from tests.conftest import DATA, Invoke, LyonWith
from tests.factories import add_participant, store_at
from tests.prompt_helpers import questionary_text

M = ("--mission", "lyon-2018")


def _companies(db_path: Path, invoke: Invoke) -> None:
    add_companies(db_path)
    result = invoke("b2b", "setup", *M, "--start", "14:00", "--end", "15:40", "--slot", "20m",
                    "--break", "14:40-15:00", "--tables", "2")
    assert result.exit_code == 0, result.output
    assert result.stderr == "B2B session: 4 slots of 20 minutes, 14:00–15:40, 2 tables\n"


@pytest.fixture
def companies(lyon: str, db_path: Path, lyon_with: LyonWith) -> str:
    """Three companies of each cluster and a four-slot session (built once per test session)."""
    lyon_with(_companies, db_path)
    return lyon


def wish(invoke: Invoke, a: str, b: str, *extra: str) -> None:
    result = invoke("b2b", "request", "add", *M, a, b, *extra)
    assert result.exit_code == 0, result.output


def timetable(invoke: Invoke) -> list[dict[str, object]]:
    result = invoke("b2b", "show", *M, "--format", "json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_both_directions_merge_into_one_mutual_meeting(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher", "--priority", "1")
    result = invoke("b2b", "request", "add", *M, "daher", "AVIOMETAL")
    assert result.stderr == "Meeting 1: Daher → Aviometal (mutual)\n"
    rows = json.loads(invoke("b2b", "request", "list", *M, "--format", "json").stdout)
    assert [(r["meeting"], r["requester"], r["mutual"]) for r in rows] == [(1, "Aviometal", True), (1, "Daher", True)]


def test_same_cluster_is_refused_unless_allowed(companies: str, invoke: Invoke) -> None:
    result = invoke("b2b", "request", "add", *M, "Aviometal", "Soliani EMC")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "Error: Aviometal and Soliani EMC belong to the same cluster"
    wish(invoke, "Aviometal", "Soliani EMC", "--allow-same-cluster")


def test_unknown_company_and_duplicate_wish(companies: str, invoke: Invoke) -> None:
    result = invoke("b2b", "request", "add", *M, "Nobody", "Daher")
    assert result.exit_code == 3
    assert result.stderr == "Error: no company 'Nobody' in mission lyon-2018\nHint: see them with: c2c companies list --mission lyon-2018\n"
    wish(invoke, "Aviometal", "Daher")
    result = invoke("b2b", "request", "add", *M, "Aviometal", "Daher")
    assert result.exit_code == 4
    assert result.stderr == "Error: Aviometal already asked to meet Daher\n"


def test_company_names_forgive_prefixes_and_typos_but_not_ambiguity(companies: str, invoke: Invoke) -> None:
    result = invoke("b2b", "request", "add", *M, "aviom", "Dahre")
    assert result.exit_code == 3
    assert result.stderr == "Error: no company 'Dahre' in mission lyon-2018\nHint: did you mean 'Daher'?\n"
    result = invoke("b2b", "request", "add", *M, "S", "Daher")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "Error: 'S' could be 'Secondo Mona' or 'Soliani EMC' in mission lyon-2018"
    assert invoke("b2b", "request", "list", *M, "--format", "json").stdout.strip() == "[]"
    wish(invoke, "aviom", "Daher")


def test_withdrawing_a_wish_asks_first_and_says_what_the_timetable_loses(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Daher", "Aviometal")
    wish(invoke, "Aviometal", "Lauak")
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    lauak = next(row for row in timetable(invoke) if row["b"] == "Lauak")
    result = invoke("b2b", "request", "remove", *M, "Aviometal", "Lauak")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: Withdraw the wish Aviometal → Lauak? Meeting {lauak['id']} ({str(lauak['start'])[11:16]}, table "
        f"{lauak['table']}) leaves the timetable. Refusing without --yes when not on a terminal.\n"
    )
    assert len(timetable(invoke)) == 2
    result = invoke("b2b", "request", "remove", *M, "daher", "aviometal")
    assert result.stderr.startswith("Error: Withdraw the wish Daher → Aviometal? Meeting 1 stays: Aviometal asked too.")
    assert invoke("b2b", "request", "remove", *M, "Daher", "Aviometal", "--yes").exit_code == 0
    assert invoke("b2b", "request", "remove", *M, "Aviometal", "Lauak", "-y").stderr == "Removed the wish Aviometal → Lauak\n"
    assert [(row["a"], row["b"], row["mutual"]) for row in timetable(invoke)] == [("Aviometal", "Daher", False)]
    result = invoke("b2b", "request", "remove", *M, "Aviometal", "Lauak", "--yes")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (3, "Error: Aviometal has not asked to meet Lauak")


def test_missing_companies_are_picked_on_a_terminal_and_required_elsewhere(
    companies: str, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = invoke("b2b", "request", "add", *M, "Aviometal")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1, "Error: REQUESTER and REQUESTED are required when not on a terminal")
    offered: list[tuple[str, list[str]]] = []

    def select(message: str, choices: list[str], default: str | None = None) -> str:
        offered.append((message, list(choices)))
        return choices[-1]

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "select", select)
    result = invoke("b2b", "request", "add", *M, "aviometal")
    assert (result.exit_code, result.stderr) == (0, "Meeting 1: Aviometal → Mecachrome\n")
    assert offered == [("Whom does Aviometal want to meet?", ["Daher", "Lauak", "Mecachrome"])]
    offered.clear()
    assert invoke("b2b", "request", "add", *M).stderr == "Meeting 2: Soliani EMC → Mecachrome\n"
    assert [message for message, _ in offered] == ["Which company asks?", "Whom does Soliani EMC want to meet?"]
    assert offered[0][1] == ["Aviometal", "Daher", "Lauak", "Mecachrome", "Secondo Mona", "Soliani EMC"]


def test_setup_asks_for_times_and_tables_on_a_terminal(
    companies: str, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = invoke("b2b", "setup", *M, "--start", "14:00")
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1, "Error: --end, --tables are required when not on a terminal")
    asked: list[tuple[str, Any]] = []
    answers = iter(["17:00", "3"])

    def text(message: str, default: str = "", validate: Any = None) -> str:
        asked.append((message, validate))
        return next(answers)

    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", text)
    result = invoke("b2b", "setup", *M, "--start", "14:00")
    assert (result.exit_code, result.stderr) == (0, "B2B session: 9 slots of 20 minutes, 14:00–17:00, 3 tables\n")
    assert [message for message, _ in asked] == ["Last meeting ends at (HH:MM)", "Tables (meetings at once)"]
    check_time, check_tables = (validate for _, validate in asked)
    assert [check_time(v) for v in ("17:30", "17h30", "5pm")] == [True, True, "'5pm' is not a time: use HH:MM, e.g. 09:30"]
    assert [check_tables(v) for v in ("12", "0", "x")] == [
        True, "'0' is not a whole number from 1 to 10,000", "'x' is not a whole number from 1 to 10,000"]


def test_import_merges_and_reports(companies: str, invoke: Invoke) -> None:
    result = invoke("b2b", "request", "import", *M, str(DATA / "b2b_wishes.csv"))
    assert result.exit_code == 0, result.output
    assert result.stderr == "Imported 3 wishes from b2b_wishes.csv\n"
    rows = json.loads(invoke("b2b", "request", "list", *M, "--format", "json").stdout)
    assert {(r["requester"], r["session"]) for r in rows} == {("Aviometal", None), ("Daher", None), ("Secondo Mona", "pm")}


def test_import_reads_italian_and_french_files_and_a_second_import_updates(
    companies: str, invoke: Invoke, tmp_path: Path
) -> None:
    result = invoke("b2b", "request", "import", *M, str(DATA / "b2b_richieste.xlsx"))
    assert (result.exit_code, result.stderr) == (0, "Imported 3 wishes from b2b_richieste.xlsx\n")
    result = invoke("b2b", "request", "import", *M, str(DATA / "b2b_souhaits.csv"))
    assert (result.exit_code, result.stderr) == (0, "Imported 3 wishes from b2b_souhaits.csv\n")
    rows = json.loads(invoke("b2b", "request", "list", *M, "--format", "json").stdout)
    assert [(r["requester"], r["requested"], r["priority"], r["session"], r["mutual"]) for r in rows] == [
        ("Aviometal", "Daher", 1, "pm", True), ("Daher", "Aviometal", 1, "am", True),
        ("Mecachrome", "Secondo Mona", 3, "pm", True), ("Secondo Mona", "Mecachrome", 3, None, True),
        ("Lauak", "Soliani EMC", 2, None, True), ("Soliani EMC", "Lauak", 2, "am", True),
    ]
    edited = tmp_path / "souhaits.csv"
    edited.write_text("Demandeur;Entreprise demandée;Priorité\nDaher;Aviometal;1\nLauak;Soliani EMC;3\n"
                      "Daher;Mecachrome;1\n", encoding="utf-8")
    result = invoke("b2b", "request", "import", *M, str(edited))
    assert result.stderr == "Error: souhaits.csv, row 4: Daher and Mecachrome belong to the same cluster\n" \
                            "Hint: to accept it: c2c b2b request add|import … --allow-same-cluster\n"
    result = invoke("b2b", "request", "import", *M, str(edited), "--allow-same-cluster")
    assert result.stderr == "Read 3 wishes from souhaits.csv: 1 new, 2 updated, 0 already there\n"
    rows = json.loads(invoke("b2b", "request", "list", *M, "--format", "json").stdout)
    assert {(r["requester"], r["requested"]): (r["priority"], r["session"]) for r in rows}[("Lauak", "Soliani EMC")] == (3, None)


def test_a_wish_repeated_in_a_file_with_another_priority_is_refused(companies: str, invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "wishes.csv"
    path.write_text("From,To,Priority\nAviometal,Daher,1\nDaher,Lauak,2\naviometal,DAHER,low\n", encoding="utf-8")
    result = invoke("b2b", "request", "import", *M, str(path), "--allow-same-cluster")
    assert (result.exit_code, result.stderr) == (
        1, "Error: wishes.csv, row 4: the wish Aviometal → Daher is already in wishes.csv, row 2, with another priority "
           "or session\n")
    assert json.loads(invoke("b2b", "request", "list", *M, "--format", "json").stdout) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("b2b_wishes_bad_priority.csv", "Error: b2b_wishes_bad_priority.csv, row 3, column priority: 'urgent' is not 1, 2 or 3 (or high, medium, "
         "low)"),
        ("b2b_wishes_no_requested.csv", "Error: b2b_wishes_no_requested.csv: missing column 'requested'"),
    ],
)
def test_import_errors_name_file_row_and_column(companies: str, invoke: Invoke, name: str, message: str) -> None:
    result = invoke("b2b", "request", "import", *M, str(DATA / name))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == message
    assert json.loads(invoke("b2b", "request", "list", *M, "--format", "json").stdout) == []


def test_import_error_in_a_row_names_it(companies: str, invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "wishes.csv"
    path.write_text("requester,requested\nAviometal,Daher\nAviometal,Ghost\n", encoding="utf-8")
    result = invoke("b2b", "request", "import", *M, str(path))
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == "Error: wishes.csv, row 3, column requested: no company 'Ghost' in mission lyon-2018"


@pytest.mark.parametrize(("option", "value", "says"), [
    ("--time-limit", "soon", "Invalid value for '--time-limit': 'soon' is not a duration: use e.g. 30, 30s, 1m or 1m30s"),
    ("--time-limit", "0s", "Invalid value for '--time-limit': '0s' is no time at all: give at least 1 second"),
    ("--time-limit", "-2m", "Invalid value for '--time-limit': '-2m' is not a duration: use e.g. 30, 30s, 1m or 1m30s"),
    ("--time-limit", "inf", "Invalid value for '--time-limit': 'inf' is not a duration: use e.g. 30, 30s, 1m or 1m30s"),
    ("--fairness", "-2", "'--fairness'"),
    ("--workers", "0", "'--workers'"),
    ("--seed", "-1", "'--seed'"),
])
def test_schedule_with_a_bad_option_says_so_and_saves_nothing(
    companies: str, invoke: Invoke, option: str, value: str, says: str
) -> None:
    wish(invoke, "Aviometal", "Daher")
    result = invoke("b2b", "schedule", *M, option, value)
    assert result.exit_code == 2
    assert says in result.output
    assert all(row["slot"] is None for row in timetable(invoke))


def test_schedule_and_json_contract(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher", "--priority", "1")
    wish(invoke, "Daher", "Aviometal")
    wish(invoke, "Aviometal", "Mecachrome")
    result = invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Scheduled 2 of 2 meetings; 0 breaks (optimal)")
    rows = timetable(invoke)
    assert [set(r) for r in rows] == [{"id", "slot", "start", "end", "table", "a", "b", "priority", "mutual", "fixed", "reason"}] * 2
    first = next(r for r in rows if r["b"] == "Daher")
    assert first["priority"] == 1
    assert first["mutual"] is True
    assert str(first["start"]).startswith("2018-11-20T1")
    assert str(first["start"]).endswith("+01:00")
    assert abs(int(rows[0]["slot"]) - int(rows[1]["slot"])) == 1  # type: ignore[call-overload]


def test_unavailability_leaves_a_reason(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Soliani EMC", "Daher")
    assert invoke("b2b", "unavailable", *M, "Soliani EMC", "--from", "14:00").exit_code == 0
    result = invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "Scheduled 0 of 1 meetings" in result.stderr
    [row] = timetable(invoke)
    assert row["slot"] is None
    assert row["reason"] == "no slot in the B2B session where both can meet: Soliani EMC unavailable after 14:00"


def test_fix_keeps_a_meeting_and_rescheduling_moves_little(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Secondo Mona", "Mecachrome")
    assert invoke("b2b", "fix", *M, "1", "--slot", "15:20", "--table", "2").exit_code == 0
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    rows = {r["id"]: r for r in timetable(invoke)}
    assert (rows[1]["slot"], rows[1]["table"], rows[1]["fixed"]) == (4, 2, True)
    before = rows[2]["slot"]
    wish(invoke, "Soliani EMC", "Lauak")
    result = invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1")
    assert "Moved" not in result.stdout
    assert {r["id"]: r for r in timetable(invoke)}[2]["slot"] == before
    assert invoke("b2b", "unfix", *M, "1").exit_code == 0


def test_a_new_session_unplaces_what_it_has_no_slot_or_table_for_after_asking(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Secondo Mona", "Mecachrome")
    assert invoke("b2b", "fix", *M, "1", "--slot", "15:20", "--table", "2").exit_code == 0
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    before = timetable(invoke)
    kept = [(r["id"], r["slot"], r["table"]) for r in before if r["slot"] != 4 and r["table"] == 1]
    new_session = ("b2b", "setup", *M, "--start", "14:00", "--end", "15:20", "--slot", "20m", "--tables", "1")
    result = invoke(*new_session)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: The new session has no slot or table for {2 - len(kept)} meeting{'s' * (not kept)} (1 fixed) of "
        "the saved timetable; they go back to unscheduled. Go on? Refusing without --yes when not on a terminal.\n"
    )
    assert timetable(invoke) == before
    result = invoke(*new_session, "--yes")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[1].endswith("went back to unscheduled: place them with c2c b2b schedule")
    after = timetable(invoke)
    assert [(r["id"], r["slot"], r["table"]) for r in after if r["slot"] is not None] == kept
    assert not any(r["fixed"] for r in after)


def test_a_break_outside_the_session_is_refused(companies: str, invoke: Invoke) -> None:
    result = invoke("b2b", "setup", *M, "--start", "14:00", "--end", "15:40", "--tables", "2", "--break", "18:00-18:20")
    assert (result.exit_code, result.stderr) == (1, "Error: the break 18:00-18:20 is outside the session 14:00–15:40\n")


def test_a_fix_the_timetable_could_not_keep_is_refused(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Aviometal", "Lauak")
    wish(invoke, "Secondo Mona", "Mecachrome")
    wish(invoke, "Soliani EMC", "Lauak", "--session", "am")
    assert invoke("b2b", "unavailable", *M, "Daher", "--from", "15:00").exit_code == 0
    assert invoke("b2b", "fix", *M, "2", "--slot", "15:00", "--table", "1").exit_code == 0
    refusals = {
        "1": "Error: meeting 1 cannot be at 15:00: Daher unavailable after 15:00",
        "3": "Error: meeting 3 cannot be at 15:00: table 1 holds meeting 2, fixed there",
        "4": "Error: meeting 4 cannot be at 15:00: it is wished for the am session",
    }
    for meeting, message in refusals.items():
        result = invoke("b2b", "fix", *M, meeting, "--slot", "15:00", "--table", "1")
        assert (result.exit_code, result.stderr.splitlines()[0]) == (1, message)
    result = invoke("b2b", "fix", *M, "1", "--slot", "14:00")
    assert result.exit_code == 0
    result = invoke("b2b", "fix", *M, "3", "--slot", "14:00")
    assert (result.exit_code, result.stderr) == (0, "Meeting 3 fixed at 14:00\n")
    result = invoke("b2b", "fix", *M, "2", "--slot", "14:00")
    assert result.stderr.splitlines()[0] == "Error: meeting 2 cannot be at 14:00: Aviometal has meeting 1 fixed there"


def test_unavailability_that_strands_a_fixed_meeting_or_more_seats_than_people_is_refused(
    companies: str, invoke: Invoke
) -> None:
    wish(invoke, "Aviometal", "Daher")
    assert invoke("b2b", "fix", *M, "1", "--slot", "15:20").exit_code == 0
    result = invoke("b2b", "unavailable", *M, "Daher", "--from", "15:00")
    assert result.stderr == ("Error: meeting 1 is fixed at 15:20, when Daher would be away\n"
                             "Hint: release it first: c2c b2b unfix 1\n")
    result = invoke("b2b", "unavailable", *M, "Daher", "--capacity", "2")
    assert result.stderr == "Error: Daher brings 1 person to lyon-2018: it cannot hold 2 meetings at once\n"
    assert invoke("b2b", "unfix", *M, "1").exit_code == 0
    assert invoke("b2b", "unavailable", *M, "Daher", "--from", "15:00").exit_code == 0


def test_a_company_holds_no_more_meetings_at_once_than_the_people_it_still_brings(
    companies: str, invoke: Invoke, db_path: Path
) -> None:
    store = store_at(db_path)
    add_participant(store, "lyon-2018", "Paul", "Durand", "Daher", "AAR", email="paul@example.com")
    store.dispose()
    for other in ("Aviometal", "Secondo Mona", "Soliani EMC"):
        wish(invoke, other, "Daher")
    assert invoke("b2b", "setup", *M, "--start", "14:00", "--end", "14:40", "--tables", "3").exit_code == 0
    assert invoke("b2b", "unavailable", *M, "Daher", "--capacity", "2").exit_code == 0
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    assert sorted(row["slot"] for row in timetable(invoke)) in ([1, 1, 2], [1, 2, 2])
    assert invoke("participants", "remove", *M, "Paul Durand", "--yes").exit_code == 0
    result = invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1", "--format", "json")
    assert json.loads(result.stdout)["held"] == 2
    assert sorted(row["slot"] or 0 for row in timetable(invoke)) == [0, 1, 2]


def test_a_wish_for_a_session_the_day_does_not_have_says_so(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher", "--session", "am")
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    assert timetable(invoke)[0]["reason"] == "wished for the am session, and the B2B session has no am slot"


def test_show_says_what_changed_since_the_timetable_was_made(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Secondo Mona", "Lauak")
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    assert invoke("b2b", "show", *M).stderr == ""
    wish(invoke, "Soliani EMC", "Mecachrome")
    held = {row["id"]: str(row["start"])[11:16] for row in timetable(invoke)}
    assert invoke("b2b", "unavailable", *M, "Daher", "--from", held[1]).exit_code == 0
    result = invoke("b2b", "show", *M, "--format", "csv")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0] == "Warning: the saved timetable is out of date (2 meetings); run c2c b2b schedule to update it"
    assert f"Warning:   meeting 1 at {held[1]}: Daher is now away then" in lines
    assert "Warning:   meeting 3 (Soliani EMC – Mecachrome) is not scheduled yet" in lines
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    assert invoke("b2b", "show", *M).stderr == ""


def test_meetings_of_a_company_that_left_the_mission_are_left_out_with_the_reason(
    companies: str, invoke: Invoke
) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Secondo Mona", "Lauak")
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    removed = invoke("participants", "remove", *M, "Jean Martin0", "--yes")
    assert removed.exit_code == 0
    assert removed.stderr.splitlines()[1].startswith("Freed B2B meeting 1 with Aviometal (")  # at once, said
    assert [(row["id"], row["slot"]) for row in timetable(invoke)][1] == (1, None)
    result = invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1", "--format", "json")
    report = json.loads(result.stdout)
    assert (report["held"], report["total"]) == (1, 2)
    assert report["unscheduled"] == [
        {"meeting": 1, "a": "Aviometal", "b": "Daher", "reason": "Daher no longer takes part in lyon-2018"}]
    assert [(row["id"], row["slot"]) for row in timetable(invoke)][1] == (1, None)
    assert invoke("b2b", "show", *M).stderr == ""


def test_fix_rejects_a_time_that_is_not_a_slot(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    result = invoke("b2b", "fix", *M, "1", "--slot", "14:45")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "Error: 14:45 is not a slot of the B2B session"


def test_dry_run_saves_nothing(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    result = invoke("b2b", "schedule", *M, "--dry-run", "--time-limit", "5s", "--workers", "1")
    assert result.stderr.startswith("Would schedule 1 of 1 meetings")
    assert timetable(invoke)[0]["slot"] is None


def test_company_table_and_matrix_views(companies: str, invoke: Invoke, tmp_path: Path) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Aviometal", "Mecachrome")
    invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1")
    rows = json.loads(invoke("b2b", "show", *M, "--company", "aviometal", "--format", "json").stdout)
    assert [r["counterpart"] for r in rows] in (["Daher", "Mecachrome"], ["Mecachrome", "Daher"])
    table = invoke("b2b", "show", *M, "--table", "1")
    assert table.exit_code == 0
    assert "Aviometal" in table.stdout
    matrix = json.loads(invoke("b2b", "show", *M, "--matrix", "--format", "json").stdout)
    assert [r["company"] for r in matrix] == ["Aviometal", "Daher", "Mecachrome"]
    out = tmp_path / "b2b.xlsx"
    assert invoke("b2b", "show", *M, "--format", "xlsx", "--out", str(out)).exit_code == 0
    from openpyxl import load_workbook

    workbook = load_workbook(out)
    # the Lyon mission speaks French: so does its printed day
    assert workbook.sheetnames == ["Rendez-vous B2B", "Matrice B2B", "Table 1", "Table 2",
                                   "Aviometal", "Daher", "Mecachrome"]
    sheet = workbook.active
    assert [c.value for c in sheet[5]][:4] == ["Heure", "Table", "Entreprise A", "Entreprise B"]
    assert sheet.max_row == 7
    assert (sheet.print_title_rows, sheet.freeze_panes, sheet.page_setup.orientation) == ("$5:$5", "A6", "portrait")
    personal = workbook["Aviometal"]
    assert [c.value for c in personal[5]] == ["Heure", "Table", "Rencontre", "Qui ils sont"]
    assert sorted(row[2] for row in personal.iter_rows(min_row=6, values_only=True)) == ["Daher", "Mecachrome"]
    assert personal.oddFooter.left.text == "Planning B2B — Aviometal"
    single = tmp_path / "table1.xlsx"
    assert invoke("b2b", "show", *M, "--table", "1", "--out", str(single)).exit_code == 0
    assert load_workbook(single).sheetnames == ["Table 1"]


def test_show_takes_the_format_from_the_file_name_and_one_view_at_a_time(
    companies: str, invoke: Invoke, tmp_path: Path
) -> None:
    wish(invoke, "Aviometal", "Daher")
    invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1")
    assert invoke("b2b", "show", *M, "--out", str(tmp_path / "b2b.json")).exit_code == 0
    assert json.loads((tmp_path / "b2b.json").read_text(encoding="utf-8")) == timetable(invoke)
    assert invoke("b2b", "show", *M, "--table", "1", "--out", str(tmp_path / "t1.CSV")).exit_code == 0
    assert (tmp_path / "t1.CSV").read_text(encoding="utf-8-sig").startswith("time,")
    result = invoke("b2b", "show", *M, "--out", str(tmp_path / "b2b.txt"))
    assert (result.exit_code, result.stderr) == (1, "Error: --out b2b.txt: name a .csv, .json, .xlsx, .html, .md or .pdf file, or give --format\n")
    empty = invoke("b2b", "show", *M, "--table", "1", "--company", "Daher")
    assert empty.exit_code == 1
    assert invoke("b2b", "show", *M, "--company", "Lauak").output.strip() == "Lauak has no meeting"
    result = invoke("b2b", "show", *M, "--company", "Daher", "--matrix")
    assert (result.exit_code, result.stderr) == (1, "Error: show one view at a time: --company, --table or --matrix\n")
    assert not (tmp_path / "b2b.txt").exists()
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    for name in ("day.xlsx", "day.json", "day.csv"):
        under_a_file = tmp_path / "taken" / name
        result = invoke("b2b", "show", *M, "--out", str(under_a_file))
        assert (result.exit_code, result.stderr) == (1, f"Error: cannot write {under_a_file}: File exists\n")


def test_schedule_without_setup_explains(lyon: str, db_path: Path, invoke: Invoke) -> None:
    result = invoke("b2b", "schedule", *M)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: mission lyon-2018 has no B2B session yet",
        "Hint: c2c b2b setup --start 14:00 --end 17:30 --slot 20m --tables 12",
    ]


def test_calendar_meetings(companies: str, invoke: Invoke, db_path: Path) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Daher", "Aviometal")
    invoke("b2b", "fix", *M, "1", "--slot", "15:00", "--table", "2")
    invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1")
    store = store_at(db_path)
    with store.session() as session:
        reader = session_reader(session)
        [item] = b2b_views.calendar_meetings(reader, missions.mission_ref(reader, "lyon-2018"))
    store.dispose()
    assert item.key == "b2b:meeting:1"
    assert (item.company_a, item.company_b, item.table) == ("Aviometal", "Daher", "2")
    assert item.start.isoformat() == "2018-11-20T15:00:00+01:00"
    assert item.end.isoformat() == "2018-11-20T15:20:00+01:00"
    assert len(item.participation_ids_a) == 1
    assert len(item.participation_ids_b) == 1
    assert not hasattr(item, "notes")  # the priority and "mutual" are the wisher's, never the other side's


def test_a_company_away_in_the_middle_of_the_session_meets_around_it(companies: str, invoke: Invoke) -> None:
    wish(invoke, "Aviometal", "Daher")
    wish(invoke, "Aviometal", "Mecachrome")
    away = invoke("b2b", "unavailable", *M, "aviometal", "--between", "14:00-14:20", "--between", "15:20-15:40")
    assert (away.exit_code, away.stderr) == (0, "Updated the availability of Aviometal\n")
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    assert sorted(str(r["start"])[11:16] for r in timetable(invoke)) == ["14:20", "15:00"]
    fixed = invoke("b2b", "fix", *M, "1", "--slot", "14:00")
    assert fixed.stderr.startswith("Error: meeting 1 cannot be at 14:00: Aviometal away 14:00–14:20 and away 15:20–15:40")
    assert invoke("b2b", "unavailable", *M, "Aviometal", "--clear").exit_code == 0
    assert invoke("b2b", "fix", *M, "1", "--slot", "14:00").exit_code == 0


def test_setup_and_participants_ask_a_bad_answer_again(invoke: Invoke, lyon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    refused: list[str] = []
    monkeypatch.setattr(prompts, "is_interactive", lambda: True)
    monkeypatch.setattr(prompts, "text", questionary_text(
        ["14:00", "13:00", "17:00", "12", "Ana", "Lopes", "", "ana.lopes@", "ana.lopes@example.pt"], asked, refused))
    assert invoke("b2b", "setup", *M, "--slot", "20m").exit_code == 0
    added = invoke("participants", "add", *M)
    assert added.exit_code == 0, added.stderr
    assert refused == ["Last meeting ends at (HH:MM): the session ends after it starts (14:00)",
                       "E-mail (empty for none): invalid e-mail address: domain has no dot"]


def test_a_wish_echoes_the_names_as_stored(companies: str, invoke: Invoke) -> None:
    added = invoke("b2b", "request", "add", *M, "avio", "DAHER")
    assert (added.exit_code, added.stderr) == (0, "Meeting 1: Aviometal → Daher\n")
