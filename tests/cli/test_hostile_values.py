"""Values typed on the command line: numbers within bounds, text without control characters."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import Invoke
from tests.store_dump import dump, query

HUGE = (str(2**63), "1" + "0" * 30)
NUMBERS = [
    (("bus", "add", "--name", "Coach 1", "--seats"), "--seats", "is not a whole number from 1 to 10,000"),
    (("bus", "add", "--name", "Coach 1", "--seats", "40", "--reserved"), "--reserved",
     "is not a whole number from 0 to 10,000"),
    (("b2b", "setup", "--tables"), "--tables", "is not a whole number from 1 to 10,000"),
    (("b2b", "setup", "--slot"), "--slot", "is longer than a year"),
    (("b2b", "schedule", "--seed"), "--seed", "is not a whole number from 0 to 2,147,483,647"),
    (("calendar", "export", "--alarm"), "--alarm", "is not a duration"),
    (("program", "edit", "--minutes", "5", "--"), "'ID'", "is not a whole number from 1 to 2,147,483,647"),
    (("program", "add", "--title", "Welcome", "--at", "09:00", "--minutes", "10", "--day"), "--day",
     "is not a whole number from 1 to 366"),
]


@pytest.mark.parametrize(("args", "option", "message"), NUMBERS, ids=[" ".join(n[0][:2]) + n[1] for n in NUMBERS])
def test_numbers_out_of_bounds_are_usage_errors(invoke: Invoke, lyon: str, db_path: Path, args: tuple[str, ...],
                                                option: str, message: str) -> None:
    before = dump(db_path)
    for value in HUGE:
        result = invoke(*args, value)
        assert result.exit_code == 2, result.output
        shown = option if option.startswith("'") else repr(option)
        assert result.stderr.splitlines()[-1].startswith(f"Error: Invalid value for {shown}: {value!r} ")
        assert message in result.stderr.splitlines()[-1]
    assert dump(db_path) == before


def test_day_zero_is_refused_like_a_negative_day(invoke: Invoke, lyon: str) -> None:
    for day in ("0", "-1"):
        result = invoke("program", "add", "--title", "Welcome", "--at", "09:00", "--minutes", "10", "--day", day, "-m", lyon)
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1] == \
            f"Error: Invalid value for '--day': {day!r} is not a whole number from 1 to 366"


def test_control_characters_never_reach_the_store_or_a_workbook(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    added = invoke("participants", "add", "-m", lyon, "--first", "Benoît\x1b]0;pwned\x07-Étienne", "--last", "Dupré\x00",
                   "--email", "be@aero.fr", "--company", "Daher\x1b[31m")
    assert added.exit_code == 0, added.stderr
    person = json.loads(invoke("participants", "list", "-m", lyon, "--format", "json").stdout)[0]
    assert (person["first_name"], person["last_name"], person["company"]) == ("Benoît]0;pwned-Étienne", "Dupré", "Daher[31m")
    out = tmp_path / "people.xlsx"
    exported = invoke("participants", "export", "-m", lyon, "--out", str(out))
    assert exported.exit_code == 0, exported.stderr
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert "Benoît]0;pwned-Étienne" in rows[1]


def test_a_value_longer_than_any_field_is_refused(invoke: Invoke, lyon: str, db_path: Path) -> None:
    before = dump(db_path)
    result = invoke("participants", "add", "-m", lyon, "--first", "A" * 5000, "--last", "B", "--email", "a@b.it")
    assert result.exit_code == 1
    assert result.stderr == "Error: --first is 5000 characters long; a field holds at most 2000\n"
    assert dump(db_path) == before


def test_mission_values_that_mean_nothing_are_refused(invoke: Invoke, lyon: str, db_path: Path) -> None:
    before = dump(db_path)
    new = ("mission", "new", "--host", "AAR", "--guest", "LAC", "--date", "2019-05-14", "--title", "T", "--slug", "t-2019")
    # --country ZZ: a usage error like every bad country (tests/cli/test_options.py, tests/test_countries.py)
    for blank in ("", " "):
        city = invoke(*new, "--city", blank)
        assert (city.exit_code, city.stderr) == (1, "Error: the city cannot be empty\nHint: give the city of the "
                                                    "mission, e.g. Lyon\n")
    b2b = invoke("b2b", "setup", "-m", lyon, "--start", "14:00", "--end", "17:00", "--tables", "5", "--day", "2018-11-21")
    assert (b2b.exit_code, b2b.stderr) == (1, "Error: 2018-11-21 is not a day of the mission (2018-11-20 to 2018-11-20)\n")
    assert dump(db_path) == before


def test_moving_the_mission_moves_its_programme_and_b2b_session(invoke: Invoke, lyon: str, db_path: Path) -> None:
    assert invoke("program", "add", "--title", "Welcome", "--at", "09:00", "--minutes", "30", "-m", lyon).exit_code == 0
    assert invoke("b2b", "setup", "-m", lyon, "--start", "14:00", "--end", "17:00", "--tables", "5").exit_code == 0
    moved = invoke("mission", "edit", lyon, "--date", "2018-11-27")
    assert (moved.exit_code, moved.stderr) == (0, f"Updated mission {lyon}; its programme, coach times and B2B session "
                                                  "moved 7 days later with it\n")
    days = [[tuple(str(day) for day in row) for row in query(db_path, sql)] for sql in (
        "SELECT start_date, end_date FROM mission", "SELECT day FROM program_block", "SELECT day FROM b2b_setup")]
    assert days == [[("2018-11-27", "2018-11-27")], [("2018-11-27",)], [("2018-11-27",)]]
