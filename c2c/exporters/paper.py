"""What every printed sheet carries: its paper, and a heading naming the mission, the day and the sheet.

The paper is the mission's country's: CLDR's ``paperSize`` table says which territories print
on US Letter (Babel does not ship that table, so its list is copied here); everyone else
prints on A4. A mission with no country prints on A4.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

# CLDR supplementalData.xml, <paperSize type="US-Letter" territories="…">
LETTER_TERRITORIES = frozenset("BZ CA CL CO CR GT MX NI PA PH PR SV US VE".split())
# the paper's size in millimetres, for layouts that count what fits on a page (badges)
PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
XLSX_PAPER = {"A4": 9, "Letter": 1}  # openpyxl's PAPERSIZE_A4, PAPERSIZE_LETTER


def paper_for(country: str | None) -> str:
    """``"Letter"`` for the mission's country when it prints on US Letter, else ``"A4"``."""
    return "Letter" if country and country.upper() in LETTER_TERRITORIES else "A4"


def long_date(day: dt.date, language: str) -> str:
    """``mardi 20 novembre 2018``: the date as the reader says it."""
    from babel.dates import format_date

    return str(format_date(day, "full", locale=language))


@dataclass(frozen=True)
class Heading:
    """The top of a printed sheet: the mission, its date in the reader's words, what the sheet is."""

    mission: str
    date: str
    language: str = "en"
    paper: str = "A4"
    what: str = ""

    def of(self, what: str) -> Heading:
        """The same heading on another sheet."""
        return replace(self, what=what)

    @property
    def page_width_mm(self) -> float:
        return PAPER_MM[self.paper][0]

    @property
    def page_height_mm(self) -> float:
        return PAPER_MM[self.paper][1]
