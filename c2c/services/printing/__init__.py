"""What printed sheets need from the store: the mission's heading and paper, badges, sign-in sheets.

The sheets themselves are made by ``c2c.exporters`` (HTML through WeasyPrint, xlsx through
openpyxl); this package only reads and shapes the rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from c2c.errors import NotFound
from c2c.exporters.paper import Heading, long_date, paper_for
from c2c.store.reading import as_date

if TYPE_CHECKING:
    from c2c.store.reading import Reader

# the mission's country, else its host cluster's: where the mission happens, so where it prints
_MISSION = """
SELECT m.title, m.start_date, m.end_date, m.language, COALESCE(NULLIF(m.country, ''), host.country) AS country
FROM mission AS m LEFT JOIN cluster AS host ON host.id = m.host_cluster_id
WHERE m.id = :mission
"""


def mission_heading(db: Reader, mission_id: int, what: str = "", language: str | None = None) -> Heading:
    """The heading of the mission's printed sheets: its title, its date(s) in its language (or
    ``language``), its paper."""
    found = db.rows(_MISSION, {"mission": mission_id})
    if not found:
        raise NotFound(f"no mission with id {mission_id}")
    row = found[0]
    language = language or row["language"] or "en"
    first, last = as_date(row["start_date"]), as_date(row["end_date"])
    date = long_date(first, language) if first == last else f"{long_date(first, language)} – {long_date(last, language)}"
    return Heading(mission=row["title"], date=date, language=language, paper=paper_for(row["country"]), what=what)
