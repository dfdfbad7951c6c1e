"""What the printed agenda and the booklet show besides the rows: headings and profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c2c.services.languages import translate
from c2c.services.pitches.agenda import Agenda
from c2c.services.pitches.views import AgendaRow, agenda_rows

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission


PROFILE_FIELDS = ("core_business", "areas_of_interest", "partners_sought", "current_projects")  # catalogue keys too


class BookletCard(AgendaRow):
    profile: list[tuple[str, str]]  # (label, text) of each profile field the company filled
    city: str | None
    website: str | None


def booklet_cards(agenda: Agenda, lang: str = "en") -> list[BookletCard]:
    """One card per pitch in running order, with the company's profile under labels in ``lang``."""
    cards: list[BookletCard] = []
    for row, slot in zip(agenda_rows(agenda), agenda.slots, strict=True):
        if slot.skipped:
            continue
        profile = slot.pitcher.profile
        cards.append({
            **row,
            "profile": [(translate(name, lang), text) for name in PROFILE_FIELDS if (text := profile.get(name))],
            "city": profile.get("city"),
            "website": profile.get("website"),
        })
    return cards


def document_heading(session: Session, mission: Mission, lang: str | None = None) -> dict[str, Any]:
    """Title, subtitle and language for printed agendas and booklets, and the heading and paper
    of every printed sheet (``heading``); ``lang`` (``--lang``) over the mission's language."""
    from c2c.services import program
    from c2c.services.printing import mission_heading
    from c2c.store.reading import session_reader

    assert mission.id is not None
    blocks = program.read_blocks(session_reader(session), mission.id, kind="pitches")
    sessions = ", ".join(f"{b.title} {program.clock(b.start)}–{program.clock(b.end)}" for b in blocks)
    where = ", ".join(x for x in (mission.venue, mission.city) if x)
    parts = [mission.start_date.isoformat(), where, sessions]
    language = lang or mission.language
    return {"title": mission.title, "subtitle": " · ".join(p for p in parts if p), "language": language,
            "heading": mission_heading(session_reader(session), mission.id, language=language)}
