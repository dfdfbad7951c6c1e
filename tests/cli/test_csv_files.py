"""Every command that writes a .csv file makes formula-like cells inert; stdout csv stays raw.

A cell starting with = + - @ is run as a formula when the file is opened in a spreadsheet,
so csv files get a leading quote there (a csv has no cell types; the xlsx files use text
cells instead); scripts reading ``--format csv`` on stdout get the raw values (``+39`` phones).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.b2b_helpers import add_companies
from tests.bus_helpers import coach_with_route, ok, people
from tests.conftest import Invoke
from tests.factories import add_participant, store_at
from tests.importing_helpers import HEADER, PEOPLE, write_xlsx

M = ("-m", "lyon-2018")
EVIL = '=HYPERLINK("http://evil.example","x")'


def read_csv_file(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the accents as UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def read_csv_text(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def assert_inert(rows: list[dict[str, str]]) -> None:
    risky = [v for r in rows for v in r.values() if v and v.startswith(("=", "+", "-", "@"))]
    assert risky == []


def test_pitch_agenda_csv_file_is_formula_safe(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path) -> None:
    store = store_at(db_path)
    add_participant(store, lyon, "Eve", "Hack", EVIL, "LAC", pitch=True)
    add_participant(store, lyon, "Benoît", "Guignard", "@Mécanique Alpine", "AAR", pitch=True)
    store.dispose()
    ok(invoke("program", "add", *M, "--kind", "pitches", "--at", "09:30", "--until", "10:00", "--title", "+Pitches"))
    out = tmp_path / "agenda.csv"
    result = invoke("pitches", "agenda", *M, "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote {out}\n"
    assert result.stdout == ""
    rows = read_csv_file(out)
    assert sorted(r["company"] for r in rows) == ["'" + EVIL, "'@Mécanique Alpine"]
    assert_inert(rows)
    raw = read_csv_text(invoke("pitches", "agenda", *M, "--format", "csv").stdout)
    assert sorted(r["company"] for r in raw) == [EVIL, "@Mécanique Alpine"]


def test_bus_manifest_csv_file_is_formula_safe(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path) -> None:
    coach_with_route(db_path)
    people(db_path, [("Carla", "Verdi", EVIL, "Varese"), ("Anna", "Rossi", "Alfa Srl", "Gallarate")])
    ok(invoke("bus", "assign", *M, "--auto"))
    out = tmp_path / "coach.csv"
    result = invoke("bus", "manifest", *M, "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote {out}\n"
    written = read_csv_file(out)
    assert_inert(written)
    passengers = {r["name"]: r for r in written if r["name"]}
    assert passengers["Carla Verdi"]["company"] == "'" + EVIL
    assert passengers["Carla Verdi"]["phone"] == "'+39 333 000 0000"
    assert passengers["Anna Rossi"]["company"] == "Alfa Srl"
    raw = {r["name"]: r for r in read_csv_text(invoke("bus", "manifest", *M, "--format", "csv").stdout) if r["name"]}
    assert (raw["Carla Verdi"]["company"], raw["Carla Verdi"]["phone"]) == (EVIL, "+39 333 000 0000")


def test_b2b_show_csv_file_is_formula_safe(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path) -> None:
    add_companies(db_path, lac=["=Evil Srl"], aar=["Daher"])
    ok(invoke("b2b", "setup", *M, "--start", "14:00", "--end", "15:00", "--slot", "20m", "--tables", "2"))
    ok(invoke("b2b", "request", "add", *M, "=Evil Srl", "Daher"))
    ok(invoke("b2b", "fix", *M, "1", "--slot", "14:20", "--table", "2"))
    out = tmp_path / "b2b.csv"
    result = invoke("b2b", "show", *M, "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", f"Wrote {out}\n")
    rows = read_csv_file(out)
    assert [(r["a"], r["b"]) for r in rows] == [("'=Evil Srl", "Daher")]
    assert_inert(rows)
    raw = read_csv_text(invoke("b2b", "show", *M, "--format", "csv").stdout)
    assert [(r["a"], r["b"]) for r in raw] == [("=Evil Srl", "Daher")]
    company = tmp_path / "evil.csv"
    ok(invoke("b2b", "show", *M, "--company", "evil srl", "--format", "csv", "--out", str(company)))
    company_rows = read_csv_file(company)
    assert [r["counterpart"] for r in company_rows] == ["Daher"]
    assert_inert(company_rows)
    table = invoke("b2b", "show", *M, "--out", str(tmp_path / "b2b.txt"))
    assert table.exit_code == 1
    assert table.stderr == "Error: --out b2b.txt: name a .csv, .json, .xlsx, .html, .md or .pdf file, or give --format\n"
    table = invoke("b2b", "show", *M, "--format", "table", "--out", str(tmp_path / "b2b.csv"))
    assert table.stderr == "Error: --format table prints to the terminal: choose csv, json, xlsx, html, md or pdf with --out\n"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_rejected_rows_file_is_formula_safe(invoke: Invoke, lyon: str, tmp_path: Path, suffix: str) -> None:
    # openpyxl would store a text starting with = as a real formula: the other three starts here
    bad = ["Hack", "-Eve", "+Evil Srl", "@boss", "eve(at)example.com", "", "", "", "", ""]
    path = write_xlsx(tmp_path / "bad.xlsx", {"Iscrizioni": [HEADER, PEOPLE[0], bad]})
    rejected = tmp_path / f"rejected{suffix}"
    result = invoke("participants", "import", str(path), *M, "--errors", str(rejected))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2] == ("Error: bad.xlsx, sheet Iscrizioni, row 3, column E-mail: invalid e-mail address: "
                                              "no '@'; nothing imported")
    if suffix == ".csv":
        rows = [list(r.values()) for r in read_csv_file(rejected)]
        assert len(rows) == 1
        assert rows[0][1:5] == ["Hack", "'-Eve", "'+Evil Srl", "'@boss"]
    else:
        from openpyxl import load_workbook

        cells = list(load_workbook(rejected).active.iter_rows(min_row=2))
        assert len(cells) == 1
        assert [(c.value, c.data_type) for c in cells[0][1:5]] == [
            ("Hack", "s"), ("-Eve", "s"), ("+Evil Srl", "s"), ("@boss", "s")]
