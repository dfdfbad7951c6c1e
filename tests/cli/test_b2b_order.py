"""``c2c b2b order``: meetings that must come before others, through the CLI and the scheduler."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c2c.services.b2b.solver.problem import Meeting, Participant, Problem
from c2c.services.b2b.solver.solve import schedule
from c2c.services.b2b.solver.warm_start import explain_unscheduled
from tests.b2b_helpers import add_companies
from tests.conftest import Invoke, LyonWith

M = ("--mission", "lyon-2018")


def _meetings(db_path: Path, invoke: Invoke) -> None:
    add_companies(db_path)
    assert invoke("b2b", "setup", *M, "--start", "14:00", "--end", "15:20", "--slot", "20m", "--tables", "2").exit_code == 0
    for other in ("Daher", "Mecachrome", "Lauak"):
        assert invoke("b2b", "request", "add", *M, "Aviometal", other).exit_code == 0


@pytest.fixture
def meetings(lyon: str, db_path: Path, lyon_with: LyonWith) -> str:
    """Three meetings of Aviometal (1: Daher, 2: Mecachrome, 3: Lauak) in a four-slot session."""
    lyon_with(_meetings, db_path)
    return lyon


def slots(invoke: Invoke) -> dict[int, int]:
    rows = json.loads(invoke("b2b", "show", *M, "--format", "json").stdout)
    return {r["id"]: r["slot"] for r in rows}


def test_orders_are_kept_by_the_schedule(meetings: str, invoke: Invoke) -> None:
    for before, after in (("3", "2"), ("2", "1")):
        result = invoke("b2b", "order", "add", *M, before, after)
        assert result.exit_code == 0, result.output
    assert result.stderr == "Meeting 2 comes before meeting 1 (takes effect at the next c2c b2b schedule)\n"
    assert invoke("b2b", "schedule", *M, "--time-limit", "5s", "--workers", "1").exit_code == 0
    got = slots(invoke)
    assert got[3] < got[2] < got[1]
    rows = json.loads(invoke("b2b", "order", "list", *M, "--format", "json").stdout)
    assert [(r["before"], r["after"], r["holds"]) for r in rows] == [(3, 2, True), (2, 1, True)]
    assert rows[0]["before_meeting"] == "Aviometal – Lauak"


def test_a_loop_is_refused_naming_it(meetings: str, invoke: Invoke) -> None:
    assert invoke("b2b", "order", "add", *M, "1", "2").exit_code == 0
    assert invoke("b2b", "order", "add", *M, "2", "3").exit_code == 0
    result = invoke("b2b", "order", "add", *M, "3", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "Error: meeting 3 before 1 would close a loop: 1 → 2 → 3 → 1"
    rows = json.loads(invoke("b2b", "order", "list", *M, "--format", "json").stdout)
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("1", "1"), 1, "Error: meeting 1 cannot come before itself"),
        (("1", "9"), 3, "Error: no meeting 9 in mission lyon-2018"),
    ],
)
def test_bad_orders(meetings: str, invoke: Invoke, args: tuple[str, str], code: int, message: str) -> None:
    result = invoke("b2b", "order", "add", *M, *args)
    assert result.exit_code == code
    assert result.stderr.splitlines()[0] == message


def test_duplicate_and_removal(meetings: str, invoke: Invoke) -> None:
    assert invoke("b2b", "order", "add", *M, "1", "2").exit_code == 0
    result = invoke("b2b", "order", "add", *M, "1", "2")
    assert result.exit_code == 4
    assert result.stderr == "Error: meeting 1 already comes before meeting 2\n"
    assert invoke("b2b", "order", "remove", *M, "1", "2").exit_code == 0
    result = invoke("b2b", "order", "remove", *M, "1", "2")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == "Error: meeting 1 is not set to come before meeting 2"
    assert invoke("b2b", "order", "list", *M, "--format", "json").stdout.strip() == "[]"


def test_pins_that_contradict_the_order_are_refused(meetings: str, invoke: Invoke) -> None:
    assert invoke("b2b", "fix", *M, "1", "--slot", "14:00").exit_code == 0
    assert invoke("b2b", "fix", *M, "2", "--slot", "14:40").exit_code == 0
    result = invoke("b2b", "order", "add", *M, "2", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "Error: meeting 2 is fixed at 14:40 and meeting 1 at 14:00: the first cannot come before the second"
    )


def test_removing_a_meeting_drops_its_orders(meetings: str, invoke: Invoke) -> None:
    assert invoke("b2b", "order", "add", *M, "1", "2").exit_code == 0
    assert invoke("b2b", "request", "remove", *M, "Aviometal", "Daher", "--yes").exit_code == 0
    assert invoke("b2b", "order", "list", *M, "--format", "json").stdout.strip() == "[]"


def test_the_scheduler_keeps_a_chain_and_explains_what_does_not_fit() -> None:
    people = [Participant(k) for k in "ABCD"]
    chain = [Meeting("1", "A", "B"), Meeting("2", "C", "D"), Meeting("3", "A", "C")]
    problem = Problem(people, chain, n_slots=2, tables=2, precedences=[("1", "2"), ("2", "3")],
                      time_limit=5, workers=1)
    solution = schedule(problem)
    assert len(solution.slots) == 2  # three in a row cannot fit in two slots
    [(left_out, reason)] = solution.unscheduled.items()
    held = sorted(solution.slots, key=solution.slots.__getitem__)
    assert solution.slots[held[0]] < solution.slots[held[1]]
    assert "must come" in reason
    assert explain_unscheduled(problem, solution.slots, True)[left_out] == reason
