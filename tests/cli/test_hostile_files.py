"""Hostile and broken attendee files: one line on stderr, exit 1, the store as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import bombs
from tests.conftest import Invoke
from tests.store_dump import dump

HEADER = "Nome,Cognome,Email,Azienda\n"


def _csv(text: str, newline: str = "\n") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "iscritti.csv"
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
        return path
    return make


def _xlsx(build: Callable[[Path], Path]) -> Callable[[Path], Path]:
    return lambda folder: build(folder / "iscritti.xlsx")


CASES = {
    "one huge cell": (_xlsx(lambda p: bombs.huge_cell_xlsx(p, 3_000_000)), {"C2C_MAX_UNZIPPED_MB": "2"},
                      "Error: iscritti.xlsx unpacks to 3 MB; c2c reads workbooks up to 2 MB unpacked"),
    "a 1 MB cell": (_xlsx(lambda p: bombs.huge_cell_xlsx(p, 1_000_000)), {},
                    "Error: iscritti.xlsx holds a cell of more than 10,000 characters"),
    "millions of rows": (_xlsx(lambda p: bombs.many_rows_xlsx(p, 3_000)), {"C2C_MAX_ROWS": "2000"},
                         "Error: iscritti.xlsx has a cell in row 2,002; c2c reads up to 2,000 rows"),
    "a cell in the last row and column": (_xlsx(bombs.far_cell_xlsx), {},
                                          "Error: iscritti.xlsx has a cell in row 1,048,576; c2c reads up to 200,000 rows"),
    "a long cell": (_xlsx(lambda p: bombs.huge_cell_xlsx(p, 20_000)), {},
                    "Error: iscritti.xlsx, sheet 'Iscritti', row 2, column 4: a cell of 20,000 characters; "
                    "c2c reads up to 10,000"),
    "csv field over 128 KB": (_csv(HEADER + "Anna,Rossi,anna@aero.it," + "x" * 200_000 + "\n"), {},
                              "Error: iscritti.csv, line 2: a cell longer than 10,000 characters (a quote left open?)"),
    "unclosed quote": (_csv(HEADER + 'Anna,Rossi,anna@aero.it,"Aero\nLuca,Bianchi,luca@aero.it,Aero\n'
                                     "Ewa,Nowak,ewa@aero.pl,Aero\n"), {},
                       "Error: iscritti.csv, line 2: a quote (\") opens a cell that runs to line 4, swallowing the rows "
                       "in between"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_is_one_line_and_writes_nothing(invoke: Invoke, lyon: str, db_path: Path, tmp_path: Path,
                                                     case: str) -> None:
    make, env, message = CASES[case]
    path = make(tmp_path)
    before = dump(db_path)
    result = invoke("participants", "import", str(path), "--cluster", "LAC", "-m", lyon, env=env)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[0] == message
    assert len(result.stderr.splitlines()) <= 2
    assert dump(db_path) == before


def test_declared_whole_sheet_dimension_is_not_trusted(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    path = bombs.whole_sheet_dimension_xlsx(tmp_path / "iscritti.xlsx")
    result = invoke("participants", "import", str(path), "--cluster", "LAC", "-m", lyon, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "Imported 3 participants" in result.stderr


def test_cr_only_line_endings_and_control_characters_read_clean(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    path = _csv(HEADER + "Anna\x1b]0;pwned\x07,Rossi,anna@aero.it,Aero\x1b[31m\n"
                         "Luca,Bianchi,luca@aero.it,Aero\n", newline="\r")(tmp_path)
    result = invoke("participants", "import", str(path), "--cluster", "LAC", "-m", lyon)
    assert result.exit_code == 0, result.stderr
    people = invoke("participants", "list", "-m", lyon, "--format", "json").stdout
    assert [(p["first_name"], p["company"]) for p in json.loads(people)] == [("Anna]0;pwned", "Aero[31m"),
                                                                             ("Luca", "Aero")]


def test_a_long_change_list_is_summarised_after_saying_it_is_committed(invoke: Invoke, lyon: str, tmp_path: Path) -> None:
    rows = [f"Anna{n},Rossi,anna{n}@aero.it,Aero,ROLE" for n in range(80)]
    path = tmp_path / "iscritti.csv"
    header = HEADER.replace("\n", ",Ruolo\n")
    path.write_text(header + "\n".join(rows).replace("ROLE", "Engineer") + "\n", encoding="utf-8")
    assert invoke("participants", "import", str(path), "--cluster", "LAC", "-m", lyon).exit_code == 0
    path.write_text(header + "\n".join(rows).replace("ROLE", "CEO") + "\n", encoding="utf-8")
    result = invoke("participants", "import", str(path), "--cluster", "LAC", "-m", lyon)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-2:] == ["Imported 80 participants into lyon-2018: 0 new, 80 updated, 0 unchanged",
                                               "… and 30 more changes (all of them with --format json)"]
    assert result.stdout.count("anna") == 50
