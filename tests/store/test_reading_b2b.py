"""The B2B views read through the fast path give what SQLAlchemy gives, on a day with every kind of state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from c2c.services.b2b import precedence, setup, views
from c2c.services.missions import mission_ref
from c2c.store.reading import Reader
from tests.b2b_helpers import b2b_day
from tests.conftest import LyonWith
from tests.store.test_reading import assert_reads_without_sqlalchemy, read_both_ways

M = ["-m", "lyon-2018"]


@pytest.fixture
def day(lyon: str, db_path: Path, lyon_with: LyonWith) -> Path:
    lyon_with(b2b_day, db_path)
    return db_path


def _b2b_reads(db: Reader) -> dict[str, Any]:
    mission = mission_ref(db, "lyon-2018")
    return {
        "setup": setup.find_setup(db, mission.id),
        "companies": setup.company_refs(db, mission.id),
        "availability": setup.availabilities(db, mission.id),
        "timetable": views.timetable_rows(db, mission),
        "out of date": views.out_of_date(db, mission),
        "company": views.company_rows(db, mission, "aviometal"),
        "table": views.table_rows(db, mission, 2),
        "matrix": views.matrix_rows(db, mission),
        "day": views.day_views(db, mission),
        "summary": views.company_summary(db, mission),
        "calendar": views.calendar_meetings(db, mission),
        "order": precedence.precedence_rows(db, mission.id),
    }


@pytest.mark.sqlite_file("compares the read-only sqlite3 path with SQLAlchemy")
def test_the_b2b_views_read_on_the_fast_path_what_sqlalchemy_reads(day: Path) -> None:
    found, full = read_both_ways(day, _b2b_reads)
    assert found == full
    # the day holds what the views are there to show
    assert found["out of date"] == [
        "meeting 2 at 14:00: Mecachrome is now away then",
        "meeting 6 at 15:40 has no table yet",
        "meeting 8 (Soliani EMC – Daher) is not scheduled yet",
    ]
    timetable = {row["id"]: row for row in found["timetable"]}
    assert (timetable[1]["mutual"], timetable[7]["priority"], timetable[6]["fixed"]) == (True, 3, True)
    assert timetable[3]["reason"] == "Secondo Mona no longer takes part in lyon-2018"
    assert [row["holds"] for row in found["order"]] == [True, True, None]
    assert found["company"][0]["profile"] == ""  # nothing said about Mecachrome yet


@pytest.mark.sqlite_file("the read-only sqlite3 path of list commands")
def test_b2b_reads_load_no_sqlalchemy_and_write_nothing(day: Path, tmp_path: Path) -> None:
    views_ = [[], ["--company", "Aviometal"], ["--table", "2"], ["--matrix"]]
    formats = [[], ["-f", "json"], ["-f", "csv"], ["-f", "md"]]
    reads = [["b2b", "show", *M, *view, *fmt] for view in views_ for fmt in formats]
    reads += [["b2b", "show", *M, "--out", str(tmp_path / f"day.{ext}")] for ext in ("xlsx", "html", "md", "csv", "json")]
    reads += [["b2b", "show", *M, "--company", "Daher", "--out", str(tmp_path / "daher.xlsx")],
              ["b2b", "order", "list", *M], ["b2b", "order", "list", *M, "-f", "json"]]
    assert_reads_without_sqlalchemy(day, reads)
    assert {p.name for p in tmp_path.iterdir()} >= {"day.xlsx", "day.html", "day.md", "day.csv", "day.json", "daher.xlsx"}
