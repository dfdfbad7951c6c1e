"""What the printed agenda and the booklet show besides the rows: headings and profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c2c.services.pitches.agenda import Agenda
from c2c.services.pitches.views import agenda_rows

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission


PROFILE_LABELS = {
    "core_business": "Core business",
    "areas_of_interest": "Areas of interest",
    "partners_sought": "Partners sought",
    "current_projects": "Current projects",
}


def booklet_cards(agenda: Agenda) -> list[dict[str, Any]]:
    """One card per pitch in running order, with the company's profile, for the audience."""
    cards = []
    for row, slot in zip(agenda_rows(agenda), agenda.slots, strict=True):
        if slot.skipped:
            continue
        profile = slot.pitcher.profile
        row["profile"] = [(label, profile[name]) for name, label in PROFILE_LABELS.items() if profile.get(name)]
        row["city"], row["website"] = profile.get("city"), profile.get("website")
        cards.append(row)
    return cards


def document_heading(session: Session, mission: Mission) -> dict[str, str]:
    """Title, subtitle and language for printed agendas and booklets."""
    from c2c.services import program

    blocks = program.list_blocks(session, mission, kind="pitches")
    sessions = ", ".join(f"{b.title} {program.clock(b.start)}–{program.clock(b.end)}" for b in blocks)
    where = ", ".join(x for x in (mission.venue, mission.city) if x)
    parts = [mission.start_date.isoformat(), where, sessions]
    return {"title": mission.title, "subtitle": " · ".join(p for p in parts if p), "language": mission.language}
