"""The feedback sheet a coordinator sends round after the day: written as a template, read back.

It is read like an attendee list (``importing.reading``: xlsx/xls/ods/csv, any encoding, title
rows above the header, headers in Italian, French, German, Polish or English, answers as words
in those languages). Rows whose outcome is blank are left for later; one bad row writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from c2c.errors import InvalidInput, NotFound
from c2c.parsing import parse_interest, parse_next_step, parse_outcome_status
from c2c.services.b2b.setup import company_named, find_company
from c2c.services.b2b.wish_file import cell_at, find_header, read_cell
from c2c.services.importing.reading import read_sheets
from c2c.services.outcomes import INTERESTS, NEXT_STEPS, STATUSES
from c2c.services.outcomes.record import (
    OutcomeInput,
    Recorded,
    find_meeting,
    outcome_rows,
    record_side,
)
from c2c.store.reading import session_reader

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission
    from c2c.store.reading import Reader

HEADERS = {
    "meeting": ("meeting", "meeting id", "meeting no", "incontro", "n incontro", "rendez vous", "rdv", "treffen",
                "termin", "spotkanie", "nr spotkania"),
    "company": ("company", "your company", "azienda", "la tua azienda", "entreprise", "societe", "votre entreprise",
                "firma", "unternehmen", "ihr unternehmen", "twoja firma"),
    "meets": ("meets", "met", "with", "partner", "incontra", "con", "avec", "rencontre", "mit", "trifft", "z kim"),
    "time": ("time", "ora", "orario", "heure", "uhrzeit", "zeit", "godzina", "table", "tavolo", "tisch", "stolik"),
    "status": ("status", "held", "outcome", "esito", "stato", "svolto", "tenuto", "statut", "eu lieu",
               "stattgefunden", "ergebnis", "odbyte", "wynik"),
    "interest": ("interest", "interesse", "interet", "zainteresowanie"),
    "next_step": ("next step", "next", "next steps", "prossimo passo", "seguito", "passo successivo",
                  "prochaine etape", "suite", "suite a donner", "nachster schritt", "nachste schritte",
                  "nastepny krok", "dalsze kroki"),
    "note": ("note", "notes", "private note", "nota", "note private", "commento", "commenti", "commentaire",
             "commentaires", "anmerkung", "notiz", "bemerkung", "uwagi", "notatka"),
}
REQUIRED = ("meeting", "company", "status")
TEMPLATE_HEADERS = ("Meeting", "Time", "Table", "Company", "Meets", "Status", "Interest", "Next step", "Note")


@dataclass
class ImportCount:
    recorded: int = 0
    blank: int = 0  # rows nobody filled in yet
    leads_opened: list[str] = field(default_factory=list)


def import_outcomes(session: Session, mission: Mission, path: Path) -> ImportCount:
    """Record every filled-in row of a feedback sheet, all or nothing."""
    path = Path(path)
    sheets = read_sheets(path)
    sheet, number, index, written = find_header(path, sheets, HEADERS, REQUIRED)
    count = ImportCount()
    for row_number, cells in sheet.rows():
        if row_number <= number or not any(c.strip() for c in cells):
            continue
        where = f"{path.name}, row {row_number}"

        def column(name: str, where: str = where) -> str:
            return f"{where}, column {written.get(name, name)}"

        status = read_cell(parse_outcome_status, cell_at(cells, index, "status"), column("status"))
        if status is None:
            count.blank += 1
            continue
        said = OutcomeInput(status, read_cell(parse_interest, cell_at(cells, index, "interest"), column("interest")),
                            read_cell(parse_next_step, cell_at(cells, index, "next_step"), column("next_step")),
                            cell_at(cells, index, "note") or None)
        recorded = _record_row(session, mission, cells, index, said, column)
        count.recorded += 1
        if recorded.lead_opened and recorded.lead is not None:
            count.leads_opened.append(f"{recorded.company} – {recorded.other}")
    session.flush()
    return count


def _record_row(session: Session, mission: Mission, cells: list[str], index: dict[str, int], said: OutcomeInput,
                column: Callable[[str], str]) -> Recorded:
    text = cell_at(cells, index, "meeting").removesuffix(".0")
    if not text.isdigit():
        raise InvalidInput(f"{column('meeting')}: {text!r} is not a meeting number")
    try:
        meeting = find_meeting(session, mission, int(text))
    except NotFound as exc:
        raise NotFound(f"{column('meeting')}: {exc.message}", exc.hint) from None
    try:
        side = find_company(session, mission, cell_at(cells, index, "company"))
        return record_side(session, mission, meeting, side, said)
    except (InvalidInput, NotFound) as exc:
        raise type(exc)(f"{column('company')}: {exc.message}", exc.hint) from None


def template_rows(db: Reader, mission_id: int, slug: str, company: str | None) -> list[list[object]]:
    """One row per side of each meeting (one company's sides only when named), outcomes blank."""
    company_id = company_named(db, mission_id, slug, company).id if company else None
    tables = {r["id"]: r["table"] for r in db.rows('SELECT id, "table" FROM b2b_meeting WHERE mission_id = :m',
                                                   {"m": mission_id})}
    return [[r["meeting"], r["start"], tables.get(r["meeting"]), r["company"], r["meets"], None, None, None, None]
            for r in outcome_rows(db, mission_id, company_id)]


def write_template(session: Session, mission: Mission, company: str | None, out: Path) -> int:
    from c2c.exporters.outcome_sheet import write_feedback_sheet

    rows = template_rows(session_reader(session), mission.id or 0, mission.slug, company)
    if not rows:
        raise InvalidInput(f"mission {mission.slug} has no B2B meetings to ask about",
                           hint="c2c b2b request add A B, then c2c b2b schedule")
    title = f"B2B feedback — {mission.title}" + (f" — {company}" if company else "")
    write_feedback_sheet(out, title, TEMPLATE_HEADERS, rows, {"Status": STATUSES, "Interest": INTERESTS,
                                                             "Next step": NEXT_STEPS})
    return len(rows)
