"""The printables' writers on hostile text: HTML escaped, formula-like text kept as text."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from openpyxl import load_workbook

from c2c.exporters.b2b_day import b2b_day_html, b2b_day_workbook
from c2c.exporters.badges import badges_html
from c2c.exporters.paper import Heading
from c2c.exporters.programme import programme_html, programme_workbook
from c2c.exporters.sign_in import sign_in_html, sign_in_workbook
from c2c.services.printing.people import Attendee, Delegation

SCRIPT = "<script>alert(1)</script>"
DDE = "=cmd|' /C calc'!A0"
START, END = "2018-11-20T13:30:00+01:00", "2018-11-20T13:50:00+01:00"


@dataclass
class _Day:
    text: str
    timetable: list[dict[str, Any]] = field(default_factory=list)
    slot_labels: list[str] = field(default_factory=lambda: ["13:30"])
    matrix: list[dict[str, Any]] = field(default_factory=list)
    tables: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    companies: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        meeting = {"time": "13:30", "table": 1, "a": self.text, "b": "Daher", "start": START, "end": END}
        self.timetable = [meeting]
        self.matrix = [{"company": self.text, "13:30": "Daher (T1)"}]
        self.tables = {1: [meeting]}
        self.companies = {self.text: [{"time": "13:30", "table": 1, "counterpart": "Daher", "profile": self.text,
                                       "start": START, "end": END}]}


def _people(text: str) -> list[Attendee]:
    return [Attendee(text, text, text, text, text, "e@example.com", "+393331234567")]


def _blocks(text: str) -> list[dict[str, Any]]:
    return [{"start": START, "end": END, "title": text, "description": text, "location": text}]


HEADING = Heading("Mission", "mardi 20 novembre 2018", language="fr")
HTML: dict[str, Callable[[str], str]] = {
    "programme": lambda text: programme_html(HEADING, _blocks(text)),
    "badges": lambda text: badges_html(HEADING, _people(text)),
    "sign-in": lambda text: sign_in_html(HEADING, [Delegation(text, _people(text))]),
    "b2b day": lambda text: b2b_day_html(HEADING, _Day(text)),
}
XLSX: dict[str, Callable[[str], bytes]] = {
    "programme": lambda text: programme_workbook(HEADING, _blocks(text)),
    "sign-in": lambda text: sign_in_workbook(HEADING, [Delegation(text, _people(text))]),
    "b2b day": lambda text: b2b_day_workbook(HEADING, _Day(text)),
}


@pytest.mark.parametrize("render", HTML.values(), ids=HTML.keys())
def test_every_printable_escapes_what_it_shows(render: Callable[[str], str]) -> None:
    html = render(SCRIPT)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '<html lang="fr">' in html


@pytest.mark.parametrize("write", XLSX.values(), ids=XLSX.keys())
def test_every_printed_workbook_keeps_formula_like_text_as_text(write: Callable[[str], bytes]) -> None:
    book = load_workbook(io.BytesIO(write(DDE)))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    found = [c for c in cells if c.value == DDE]
    assert found
    assert all(c.data_type == "s" and c.number_format == "@" for c in found)


def test_the_b2b_day_pdf_has_the_timetable_the_matrix_then_a_page_per_table_and_per_company() -> None:
    from c2c.exporters.pdf import render_pdf
    from tests.printing_helpers import pdf_pages

    day = _Day("Aérocomposites Dauphiné")
    day.tables[2] = []
    pages = pdf_pages(render_pdf(b2b_day_html(HEADING, day)))
    assert len(pages) == 1 + 1 + 2 + 1
    sign = pages[2]
    assert sign.startswith("Table\n1")
    assert "13:30–13:50" in sign
    assert "Aérocomposites Dauphiné" in sign
    assert "Daher" in sign
    assert "Page 3 sur 5" in sign
    assert "Aucun rendez-vous à cette table." in pages[3]
    assert "Planning B2B — Aérocomposites Dauphiné" in pages[4]
    assert "Mission" in pages[4]
    assert "mardi 20 novembre 2018" in pages[4]


def test_a_wide_matrix_runs_over_landscape_pages_rather_than_shrinking() -> None:
    day = _Day("Avioparts Srl")
    day.slot_labels = [f"{h}:{m}" for h in (13, 14, 15, 16) for m in ("00", "20", "40")]
    html = b2b_day_html(HEADING, day)
    assert html.count('<section class="sheet wide">') == 2
    assert "@page wide { size: A4 landscape; }" in html
