"""Country cells as people write them, through the import: long forms, abbreviations, a city or a
region beside the country, two languages; a cell naming two countries is left empty with a note."""

from __future__ import annotations

from pathlib import Path

from c2c.services import missions
from c2c.services.importing import ImportOptions, import_participants
from c2c.store.engine import Store
from tests.importing_helpers import store_with_mission, write_xlsx

HEADER = ["Nom", "Prénom", "E-mail", "Pays"]
CELLS = [("Bundesrepublik Deutschland", "DE"), ("ČR", "CZ"), ("Québec, Canada", "CA"), ("Lyon (France)", "FR"),
         ("Belgique / België", "BE"), ("Lombardia", "IT"), ("D", "DE")]


def _rows(countries: list[str]) -> list[list[str]]:
    return [HEADER, *([f"Nom{i}", "Anne", f"anne{i}@example.org", cell] for i, cell in enumerate(countries))]


def _import(store: Store, path: Path) -> list[str | None]:
    with store.session() as session:
        mission = missions.get_mission(session, "test-mission")
        report = import_participants(session, mission, path, ImportOptions())
    return [person["country"] for person in report.participants]


def test_country_cells_as_people_write_them_are_imported(db_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", {"Inscrits": _rows([cell for cell, _ in CELLS])})
    assert _import(store_with_mission(db_path, "FR"), path) == [code for _, code in CELLS]


def test_a_cell_naming_two_countries_is_left_empty_with_a_note_naming_its_row_and_column(
        db_path: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "liste.xlsx", {"Inscrits": _rows(["Suisse", "France / Italia"])})
    with store_with_mission(db_path, "FR").session() as session:
        mission = missions.get_mission(session, "test-mission")
        report = import_participants(session, mission, path, ImportOptions())
    assert [person["country"] for person in report.participants] == ["CH", None]
    assert [(note.row, note.message) for note in report.notes] == [
        (3, "column Pays: country 'France / Italia' could be France (FRA) or Italy (ITA): write the one meant, "
            "by name or by its three-letter code; left empty")]
