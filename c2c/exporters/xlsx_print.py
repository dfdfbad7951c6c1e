"""What the printed workbooks share: sheet names Excel accepts, and pages one sheet wide."""

from __future__ import annotations

import re
from typing import Any

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_name(text: str, used: set[str], fallback: str) -> str:
    """At most 31 characters, none of []:*?/\\, no apostrophe at either end, unique ignoring case."""
    base = _SHEET_BAD.sub(" ", text)[:31].strip(" '") or fallback
    name, n = base, 2
    while name.casefold() in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name.casefold())
    return name


def fit_one_page_wide(sheet: Any, header_row: int, landscape: bool = False) -> None:
    """Print one page wide, as many pages down as it takes, the header row repeated on each."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
