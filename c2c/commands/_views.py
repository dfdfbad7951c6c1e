"""What several commands show alike (``c2c demo`` shows them all): each once, here.

The mission list, the pitch agenda, the drivers' manifest and the report of a calendar export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from c2c.output import Column, Format, Sheet, info, write

if TYPE_CHECKING:
    from c2c.services.buses import ManifestCoach, ManifestLine
    from c2c.services.calendars.export import ExportResult
    from c2c.services.missions import MissionRow
    from c2c.services.outcomes.leads import LeadRow
    from c2c.services.pitches.agenda import Agenda
    from c2c.services.pitches.views import AgendaRow

MISSION_COLUMNS: list[Column[MissionRow]] = [
    Column("Slug", lambda r: r["slug"]),
    Column("Date", lambda r: r["start_date"]),
    Column("Title", lambda r: r["title"]),
    Column("Direction", lambda r: r["direction"]),
    Column("Host", lambda r: r["host_short"]),
    Column("Guest", lambda r: r["guest_short"]),
    Column("City", lambda r: r["city"]),
    Column("Status", lambda r: r["status"]),
    Column("Companies", lambda r: r["companies"], "right"),
    Column("People", lambda r: headcount(r["participants"], r["cancelled"]), "right"),
]


def headcount(people: int, cancelled: int) -> str:
    """'29', or '29 (+1 cancelled)': cancelled people are never counted in, but not hidden."""
    return f"{people} (+{cancelled} cancelled)" if cancelled else str(people)


LEAD_COLUMNS: list[Column[LeadRow]] = [
    Column("Lead", lambda r: r["id"], "right"),
    Column("Company", lambda r: f"{r['company_a']} ({r['cluster_a']})" if r["cluster_a"] else r["company_a"]),
    Column("With", lambda r: f"{r['company_b']} ({r['cluster_b']})" if r["cluster_b"] else r["company_b"]),
    Column("Started at", lambda r: r["started"]),
    Column("Next step", lambda r: r["next_step"]),
    Column("Status", lambda r: r["status"]),
    Column("Updated", lambda r: r["updated"]),
    Column("Last note", lambda r: r["last_note"]),
]

AGENDA_COLUMNS: list[Column[AgendaRow]] = [
    Column("#", lambda r: r["order"], "right"),
    Column("Time", lambda r: r["time"]),
    Column("Company", lambda r: r["company"]),
    Column("Speakers", lambda r: r["speakers"]),
    Column("Cluster", lambda r: r["cluster"]),
    Column("Note", lambda r: r["note"]),
]


def agenda_sheet(agenda: Agenda, rows: list[AgendaRow]) -> Sheet[AgendaRow]:
    return Sheet(rows, AGENDA_COLUMNS, f"Pitch agenda — {agenda.mission.title}",
                 f"No pitches yet in {agenda.mission.slug}: nobody has the pitch flag.")


def show_agenda(agenda: Agenda) -> None:
    """The agenda as a table, then a summary line."""
    from c2c.services.pitches import views as pitch_views

    rows = pitch_views.agenda_rows(agenda)
    write(agenda_sheet(agenda, rows), Format.table)
    agenda_summary(agenda, rows)


def agenda_summary(agenda: Agenda, rows: list[AgendaRow]) -> None:
    settings = agenda.settings
    if rows:
        info(f"{len(agenda.scheduled)} pitches of {settings.pitch_seconds // 60}:{settings.pitch_seconds % 60:02d} "
             f"+ {settings.changeover_seconds} s changeover, order {settings.order_mode}, one per {settings.per}")


def _tick(line: ManifestLine) -> str:
    if line["boarded"] is None:
        return ""
    return f"✓ {line['boarded_at']}" if line["boarded"] else "[ ]"


MANIFEST_COLUMNS: list[Column[ManifestLine]] = [
    Column("Time", lambda r: r["clock"]),
    Column("Stop", lambda r: r["stop"]),
    Column("Name", lambda r: r["name"]),
    Column("Company", lambda r: r["company"]),
    Column("Mobile", lambda r: r["phone"]),
    Column("✓", _tick),
]
# on the way home the driver also needs to know where each person gets off
RETURN_COLUMNS = [*MANIFEST_COLUMNS[:5], Column("Gets off", lambda r: r["drop_off"]), MANIFEST_COLUMNS[5]]


def manifest_sheets(coaches: list[ManifestCoach]) -> list[Sheet[ManifestLine]]:
    """A sheet per coach and leg: stops in order, who gets on, a tick column."""
    from c2c.services import buses

    sheets = []
    for coach in coaches:
        for leg in coach.legs:
            free = max(coach.seats - coach.reserved - leg.passenger_count, 0)
            title = f"{coach.coach} — {leg.label} — {leg.day} — {leg.passenger_count} on board, {free} free"
            sheets.append(Sheet(buses.leg_lines(leg), RETURN_COLUMNS if leg.kind == "return" else MANIFEST_COLUMNS,
                                title))
    return sheets


def manifest_notes(coaches: list[ManifestCoach]) -> None:
    """What the manifest tables leave out: no coach at all, or a coach without a route."""
    if not coaches:
        info('No coaches yet: c2c bus add --name "Coach 1" --seats 50')
    for coach in coaches:
        if not coach.legs:
            info(f"{coach.coach}: no route yet (c2c bus route add)")


def report_export(result: ExportResult, *, per_file: bool = True) -> None:
    """One line per calendar file on stderr, then the totals."""
    for written in result.files if per_file else []:
        changes = f"{written.new} new, {written.changed} changed, {written.cancelled} cancelled"
        info(f"{written.path}: {written.events} events ({changes})")
    personal = sum(1 for w in result.files if w.personal)
    plural = "" if len(result.files) == 1 else "s"
    info(f"Wrote {len(result.files)} calendar{plural} ({personal} personal)")
    if result.archive is not None:
        info(f"Bundled them into {result.archive}")
