"""The pitch agenda as rows: for the table, json and csv output, the documents and the timer."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from c2c.services.pitches.agenda import Agenda, Slot


class AgendaRow(TypedDict):
    order: int
    time: str
    company: str
    speakers: list[str]
    cluster: str | None
    note: str
    start: str | None
    end: str | None
    day: int | None
    cluster_name: str | None
    session: str | None
    status: str
    pinned: bool
    key: str


def agenda_rows(agenda: Agenda) -> list[AgendaRow]:
    from c2c.services import program

    return [
        {
            "order": s.order,
            "time": clock_label(s.start) if s.start else "—",
            "company": s.pitcher.company,
            "speakers": list(s.pitcher.speakers),
            "cluster": s.pitcher.cluster,
            "note": _note(s),
            "start": s.start.isoformat() if s.start else None,
            "end": s.end.isoformat() if s.end else None,
            "day": program.day_number(agenda.mission, s.block.day) if s.block else None,
            "cluster_name": s.pitcher.cluster_name,
            "session": s.block.title if s.block else None,
            "status": s.status,
            "pinned": s.pinned,
            "key": s.pitcher.key,
        }
        for s in agenda.slots
    ]


def clock_label(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def _note(slot: Slot) -> str:
    notes = [slot.status] if slot.status != "scheduled" else []
    if slot.pinned:
        notes.append("pinned")
    return ", ".join(notes)
