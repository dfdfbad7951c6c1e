"""Reading wish lists straight from real files: headers in four languages, words for values."""

from __future__ import annotations

from pathlib import Path

import pytest

from c2c.errors import InvalidInput
from c2c.services.b2b.wish_file import read_request_rows
from tests.conftest import DATA


def wishes(path: Path) -> list[tuple[str, str, int, str | None]]:
    return [(r.requester, r.requested, r.priority, r.session) for r in read_request_rows(path)]


def test_an_italian_workbook_with_a_title_row_and_words_for_values() -> None:
    assert wishes(DATA / "b2b_richieste.xlsx") == [
        ("AVIOMETAL", "Daher", 1, "pm"), ("Secondo Mona", "mecachrome", 3, None),
        ("Soliani EMC", "Lauak", 2, "am"), ("Aviometal", "Daher", 1, "pm"),
    ]
    rows = read_request_rows(DATA / "b2b_richieste.xlsx")
    assert rows[2].where == "b2b_richieste.xlsx, row 7"
    assert rows[2].column("requester") == "b2b_richieste.xlsx, row 7, column Azienda richiedente"


def test_a_french_csv_written_by_excel_on_windows() -> None:
    assert wishes(DATA / "b2b_souhaits.csv") == [
        ("Daher", "Aviometal", 1, "am"), ("Lauak", "Soliani EMC", 2, None), ("Mécachrome", "Secondo Mona", 3, "pm"),
    ]


@pytest.mark.parametrize(("header", "cells", "expected"), [
    ("Anfragende Firma,Gewünschte Firma,Priorität,Sitzung", "A,B,hoch,Nachmittag", ("A", "B", 1, "pm")),
    ("From,To,Priority (1-3),When", "A,B,1 - must meet,either", ("A", "B", 1, None)),
    ("requester,requested,priority", "A,B,2.0", ("A", "B", 2, None)),
    ("Richiedente,Richiesta", "A,B", ("A", "B", 2, None)),
])
def test_headers_and_values_in_other_words(tmp_path: Path, header: str, cells: str, expected: tuple[object, ...]) -> None:
    path = tmp_path / "w.csv"
    path.write_text(f"{header}\n{cells}\n", encoding="utf-8")
    assert wishes(path) == [expected]


@pytest.mark.parametrize(("text", "message"), [
    ("", "w.csv is empty (0 bytes)"),
    ("requester,wanted\nA,B\n", "w.csv: missing column 'requested'"),
    ("requester,requested,priority\nA,B,12\n", "w.csv, row 2, column priority: '12' is not 1, 2 or 3 (or high, medium, low)"),
    ("Da,A,Sessione\nX,Y,sera\n", "w.csv, row 2, column Sessione: 'sera' is not am or pm (or morning, afternoon)"),
    ("requester,requested\n,B\n", "w.csv, row 2, column requester: empty"),
])
def test_bad_files_name_file_row_and_column(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "w.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as error:
        read_request_rows(path)
    assert error.value.message == message
