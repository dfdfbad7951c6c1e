"""The printables of the demo's Lyon mission (French, on A4), made once and read back."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import DemoRun, Invoke
from tests.printing_helpers import assert_printable_sheet, pdf_pages, print_from_demo

MISSION = "Cluster2Cluster: Lombardia visits Auvergne-Rhône-Alpes"


@pytest.fixture(scope="module")
def printed(demo_run: DemoRun, runner: CliRunner, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return print_from_demo(demo_run, runner, tmp_path_factory.mktemp("printed"), [
        ["participants", "badges", "--out", "badges.pdf"],
        ["participants", "sign-in", "--out", "sign-in.pdf"],
        ["participants", "sign-in", "--out", "sign-in.xlsx"],
        ["program", "list", "--out", "programme.xlsx"],
        ["program", "list", "--out", "programme.html"],
    ])


def test_badges_fill_a4_sheets_ten_at_a_time_with_name_company_and_cluster(printed: Path) -> None:
    pages = pdf_pages(printed / "badges.pdf")
    assert len(pages) == 3  # the 30 people of the demo, 10 to a sheet
    text = "\n".join(pages)
    assert "Benoît-Étienne" in text
    assert "Aérocomposites" in text
    assert "Lombardia Aerospace Cluster" in text


def test_a_sign_in_sheet_per_delegation_in_the_mission_s_language(printed: Path) -> None:
    pages = pdf_pages(printed / "sign-in.pdf")
    first = pages[0]
    assert "Feuille d'émargement — Aerospace Cluster Auvergne-Rhône-Alpes" in first
    assert MISSION in first
    assert "mardi 20 novembre 2018" in first
    assert "Signature" in first
    assert "Entreprise" in first
    assert "Page 1 sur" in first
    assert any("Lombardia Aerospace Cluster" in page for page in pages[1:])


def test_the_sign_in_workbook_prints_a_sheet_per_delegation(printed: Path) -> None:
    workbook = load_workbook(printed / "sign-in.xlsx")
    assert len(workbook.sheetnames) == 2
    sheet = workbook.worksheets[0]
    assert sheet["A1"].value.startswith("Feuille d'émargement")
    assert sheet["A2"].value == MISSION
    assert [c.value for c in sheet[5]][1:5] == ["Nom", "Entreprise", "Fonction", "Signature"]
    assert_printable_sheet(sheet, title_rows="$5:$5")
    assert sheet.row_dimensions[6].height >= 30  # room to sign
    assert sheet.column_dimensions["E"].width >= 25


def test_the_printed_programme_says_the_day_in_french_with_real_time_cells(printed: Path) -> None:
    html = (printed / "programme.html").read_text()
    assert '<html lang="fr">' in html
    assert "size: A4" in html
    assert "mardi 20 novembre 2018" in html
    assert "09:00–09:15" in html
    sheet = load_workbook(printed / "programme.xlsx").active
    assert_printable_sheet(sheet, title_rows="$5:$5")
    assert sheet.cell(6, 1).value == dt.time(9, 0)
    assert sheet.cell(6, 1).number_format == "HH:MM"
    assert sheet.cell(5, 3).value == "Activité"


def test_a_printable_refuses_a_file_it_cannot_make_before_reading_anything(invoke: Invoke, lyon: str) -> None:
    result = invoke("participants", "badges", "--out", "badges.xlsx", "--mission", lyon)
    assert result.exit_code == 1
    assert result.stderr == "Error: --out badges.xlsx: name a .pdf or .html file\n"


def test_a_mission_in_canada_prints_on_letter(invoke: Invoke, tmp_path: Path) -> None:
    for args in (["cluster", "add", "Aéro Montréal", "--short", "AM", "--country", "CA"],
                 ["mission", "new", "--slug", "mtl", "--title", "Montréal", "--host", "AM", "--date", "2026-05-05",
                  "--timezone", "America/Toronto", "--language", "fr"],
                 ["program", "add", "--at", "09:00", "--minutes", "30", "--title", "Accueil", "--mission", "mtl"]):
        assert invoke(*args).exit_code == 0
    assert invoke("program", "list", "--out", str(tmp_path / "p.xlsx"), "--mission", "mtl").exit_code == 0
    assert_printable_sheet(load_workbook(tmp_path / "p.xlsx").active, paper=1)
