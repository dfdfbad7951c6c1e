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
        ["participants", "sign-in", "--out", "sign-in.html"],
        ["participants", "sign-in", "--out", "sign-in.xlsx"],
        ["program", "list", "--out", "programme.xlsx"],
        ["program", "list", "--out", "programme.html"],
        ["b2b", "show", "--out", "b2b.html"],
        ["b2b", "show", "--out", "b2b.xlsx"],
        ["bus", "manifest", "--out", "manifest.xlsx"],
        ["participants", "export", "--out", "people.xlsx"],
    ])


def test_badges_fill_a4_sheets_ten_at_a_time_with_name_company_and_cluster(printed: Path) -> None:
    pages = pdf_pages(printed / "badges.pdf", first=1)
    assert len(pages) == 3  # the 30 people of the demo, 10 to a sheet
    text = pages[0]
    assert "Benoît-Étienne" in text
    assert "Aérocomposites" in text
    assert "Aerospace Cluster Auvergne" in text


def test_a_sign_in_sheet_per_delegation_in_the_mission_s_language(printed: Path) -> None:
    html = (printed / "sign-in.html").read_text(encoding="utf-8")
    sheets = html.split('<section class="sheet">')[1:]
    assert len(sheets) == 2
    assert "<h1>Feuille d&#39;émargement — Aerospace Cluster Auvergne-Rhône-Alpes</h1>" in sheets[0]
    assert f'<p class="mission">{MISSION}</p>' in sheets[0]
    assert '<p class="date">mardi 20 novembre 2018</p>' in sheets[0]
    assert "<th>Entreprise</th>" in sheets[0]
    assert "Lombardia Aerospace Cluster</h1>" in sheets[1]
    assert "Benoît-Étienne Marchal" in sheets[0]
    assert "@" not in html.split("<body>")[1]  # no e-mail, no phone: the sheet goes round the room
    assert "+33" not in html


def test_the_sign_in_workbook_prints_a_sheet_per_delegation(printed: Path) -> None:
    workbook = load_workbook(printed / "sign-in.xlsx")
    assert len(workbook.sheetnames) == 2
    sheet = workbook.worksheets[0]
    assert sheet["A1"].value.startswith("Feuille d'émargement")
    assert sheet["A2"].value == MISSION
    assert [c.value for c in sheet[5]][1:5] == ["Nom", "Entreprise", "Fonction", "Signature"]
    assert_printable_sheet(sheet, title_rows="$5:$5")
    assert sheet.row_dimensions[6].height >= 30  # room to sign
    assert sheet.column_dimensions["E"].width >= 24
    assert sum(d.width for d in sheet.column_dimensions.values()) <= 100  # portrait at full size


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


def test_no_badges_for_a_mission_with_nobody(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    result = invoke("participants", "badges", "--out", str(tmp_path / "b.pdf"), "--mission", lyon)
    assert result.exit_code == 1
    assert result.stderr == ("Error: nobody is expected at lyon-2018: no badges to print\n"
                             "Hint: add people with: c2c participants import FILE --mission lyon-2018\n")
    assert not (tmp_path / "b.pdf").exists()


def test_a_mission_in_canada_prints_on_letter(invoke: Invoke, tmp_path: Path) -> None:
    for args in (["cluster", "add", "Aéro Montréal", "--short", "AM", "--country", "CA"],
                 ["mission", "new", "--slug", "mtl", "--title", "Montréal", "--host", "AM", "--date", "2026-05-05",
                  "--timezone", "America/Toronto", "--language", "fr"],
                 ["program", "add", "--at", "09:00", "--minutes", "30", "--title", "Accueil", "--mission", "mtl"]):
        assert invoke(*args).exit_code == 0
    assert invoke("program", "list", "--out", str(tmp_path / "p.xlsx"), "--mission", "mtl").exit_code == 0
    assert_printable_sheet(load_workbook(tmp_path / "p.xlsx").active, paper=1)


def test_the_b2b_day_prints_a_sign_per_table_and_a_schedule_per_company(printed: Path) -> None:
    html = (printed / "b2b.html").read_text(encoding="utf-8")
    assert html.count('<p class="sign-number">') == 6
    assert html.count("<h1>Planning B2B — ") == 16
    assert html.count('<section class="sheet wide">') == 1  # the matrix's 6 slots fit a landscape page
    mine = html[html.index("<h1>Planning B2B — Aérocomposites Dauphiné</h1>"):]
    mine = mine[:mine.index("</section>")]
    assert "Avioparts Srl" in mine
    assert "Drones Vercors SAS" not in mine  # another company's meeting


def test_the_b2b_workbook_prints_the_matrix_full_size_and_a_big_sign_per_table(printed: Path) -> None:
    book = load_workbook(printed / "b2b.xlsx")
    assert book.sheetnames[:3] == ["Rendez-vous B2B", "Matrice B2B", "Table 1"]
    assert "Aérocomposites Dauphiné" in book.sheetnames
    matrix = book["Matrice B2B"]
    assert_printable_sheet(matrix, landscape=True, title_rows="$5:$5")
    assert not matrix.sheet_properties.pageSetUpPr.fitToPage  # split across pages, not shrunk
    assert matrix.print_title_cols == "$A:$A"
    assert all(matrix.column_dimensions[c].width <= 26 for c in "BCDEFG")
    sign = book["Table 1"]
    assert_printable_sheet(sign, title_rows="$6:$6")
    assert sign["A1"].value == "Table 1"
    assert sign["A1"].font.sz >= 72
    assert [c.value for c in sign[6]] == ["Heure", "Entreprise A", "Entreprise B"]
    assert sign["A7"].value == "13:30–13:50"
    schedule = book["Aérocomposites Dauphiné"]
    assert [c.value for c in schedule[5]] == ["Heure", "Table", "Rencontre", "Qui ils sont"]
    assert isinstance(schedule["B6"].value, int)


def test_the_manifest_gives_each_stop_and_its_address_a_row_tall_enough(printed: Path) -> None:
    sheet = load_workbook(printed / "manifest.xlsx").worksheets[0]
    assert_printable_sheet(sheet, landscape=True, title_rows="$6:$6")  # too wide for portrait at full size
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    stop_rows = [row[0].row for row in sheet.iter_rows(min_row=7) if row[1].value]
    assert stop_rows
    for row in stop_rows:
        place = sheet.cell(row, 2).value
        lines = sum(-(-len(line) // (sheet.column_dimensions["B"].width - 1)) for line in place.split("\n"))
        assert sheet.row_dimensions[row].height >= 15 * lines
        assert sheet.cell(row, 2).alignment.wrap_text
    places = [sheet.cell(row, 2).value.split("\n")[0] for row in stop_rows]
    assert places[-1].endswith(" (destination)")  # where the outbound leg arrives, said on paper too
    assert not any("(destination)" in place for place in places[:-1])
    phones = [sheet.cell(r, 5).value for r in range(7, sheet.max_row + 1) if sheet.cell(r, 5).value]
    assert phones
    assert all(p.startswith("+") and " " in p for p in phones)  # formatted for reading, not raw E.164


def test_an_exported_list_is_headed_in_people_s_words_and_set_up_to_print(printed: Path) -> None:
    sheet = load_workbook(printed / "people.xlsx").active
    assert [c.value for c in sheet[1]][:4] == ["First name", "Last name", "E-mail", "Phone"]
    assert_printable_sheet(sheet, landscape=True, title_rows="$1:$1")
    phones = [c.value for c in sheet["D"][1:] if c.value]
    assert all(" " in p for p in phones)  # +33 6 12 34 56 78, not +33612345678
    assert sheet.column_dimensions["C"].width >= max(len(c.value or "") for c in sheet["C"])
