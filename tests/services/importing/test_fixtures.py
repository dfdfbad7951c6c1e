"""Every messy real-world attendee list in ../shared/fixtures, field by field against its ground truth."""

from __future__ import annotations

from pathlib import Path

import pytest

from c2c.services import missions
from c2c.services.importing import ImportFileError, ImportOptions, InvalidRows, import_participants
from tests.conftest import SHARED_FIXTURES
from tests.importing_helpers import expected_of, fields, store_with_mission

NAMES = sorted(p.name.removesuffix(".expected.json") for p in SHARED_FIXTURES.glob("*.expected.json")) or ["absent"]


@pytest.mark.parametrize("name", NAMES)
def test_fixture_imports_as_expected(shared_fixtures: Path, db_path: Path, name: str) -> None:
    data = shared_fixtures / name
    expected = expected_of(data)
    store = store_with_mission(db_path, expected["mission_country"])
    with store.session() as session:
        mission = missions.get_mission(session, "test-mission")
        if "error" in expected:
            with pytest.raises(ImportFileError) as failure:
                import_participants(session, mission, data, ImportOptions())
            assert failure.value.kind == expected["error"]
            assert data.name in failure.value.message
            return
        report = import_participants(session, mission, data, ImportOptions(skip_invalid=True))
    store.dispose()
    assert [fields(p) for p in report.participants] == expected["participants"]
    assert report.sheet == expected["sheet"]
    assert report.header_row == expected["header_row"]
    assert sorted({e.row for e in report.invalid}) == expected["invalid_rows"]
    for detail in expected.get("invalid_details", []):
        assert (detail["row"], detail["column"]) in {(e.row, e.column) for e in report.invalid}
    assert [dup for dup, _ in report.duplicates] == expected.get("duplicate_rows", [])
    assert [list(p) for p in report.near_duplicates] == expected.get("near_duplicates", [])
    assert report.extra_columns == expected.get("extra_columns", [])
    assert report.written


@pytest.mark.parametrize("name", [n for n in NAMES if "errori" in n] or ["absent"])
def test_invalid_rows_block_the_default_import(shared_fixtures: Path, db_path: Path, name: str) -> None:
    data = shared_fixtures / name
    expected = expected_of(data)
    store = store_with_mission(db_path, expected["mission_country"])
    with pytest.raises(InvalidRows) as failure, store.session() as session:
        import_participants(session, missions.get_mission(session, "test-mission"), data, ImportOptions())
    details = [(e.row, e.column, e.reason) for e in failure.value.report.invalid]
    assert details == [(d["row"], d["column"], d["reason"]) for d in expected["invalid_details"]]


def test_reimport_reports_added_updated_removed_unchanged(shared_fixtures: Path, db_path: Path) -> None:
    v1, v2 = shared_fixtures / "lione-2018_iscrizioni_v1.xlsx", shared_fixtures / "lione-2018_iscrizioni_v2.xlsx"
    expected = expected_of(v2)["reimport"]
    store = store_with_mission(db_path, "FR")
    with store.session() as session:
        import_participants(session, missions.get_mission(session, "test-mission"), v1, ImportOptions())
    with store.session() as session:
        report = import_participants(session, missions.get_mission(session, "test-mission"), v2, ImportOptions())
    assert report.added == expected["added"]
    assert [{"key": u.key, "changes": u.changes} for u in report.updated] == expected["updated"]
    assert report.removed == expected["removed"]
    assert sorted(report.unchanged) == sorted(expected["unchanged"])
    assert report.pruned == 0
