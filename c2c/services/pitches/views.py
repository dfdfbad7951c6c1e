"""The pitch agenda as rows: for the table, json and csv output, the documents and the timer."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from c2c.services.pitches.agenda import Agenda, Slot


def agenda_rows(agenda: Agenda) -> list[dict[str, Any]]:
    from c2c.services import program

    return [
        {
            "order": s.order,
            "start": s.start.isoformat() if s.start else None,
            "end": s.end.isoformat() if s.end else None,
            "time": clock_label(s.start) if s.start else "—",
            "day": program.day_number(agenda.mission, s.block.day) if s.block else None,
            "company": s.pitcher.company,
            "speakers": list(s.pitcher.speakers),
            "cluster": s.pitcher.cluster,
            "cluster_name": s.pitcher.cluster_name,
            "session": s.block.title if s.block else None,
            "status": s.status,
            "pinned": s.pinned,
            "note": _note(s),
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
