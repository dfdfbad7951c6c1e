"""``c2c demo``: build the sample Cluster2Cluster path in its own store and show it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c.commands import _views
from c2c.commands._common import app_context
from c2c.config import demo_store
from c2c.errors import handle_errors
from c2c.output import Column, Format, info, render, write

if TYPE_CHECKING:
    from c2c.services.b2b.views import CompanySummaryRow
    from c2c.store.engine import Store

SUMMARY_COLUMNS: list[Column[CompanySummaryRow]] = [
    Column("Company", lambda r: r["company"]),
    Column("Meetings", lambda r: r["meetings"], "right"),
    Column("First", lambda r: r["first"]),
    Column("Last", lambda r: r["last"]),
    Column("Breaks", lambda r: r["breaks"], "right"),
    Column("Left out", lambda r: r["left_out"], "right"),
]


@handle_errors
def run_demo(
    ctx: typer.Context,
    keep: Annotated[bool, typer.Option("--keep", help="Add to an existing demo store instead of rebuilding it.")] = False,
) -> None:
    """Build the sample missions in a separate demo store and show the Lyon 2018 mission.

    The demo never touches your real store unless --db names it.

    Example:
        c2c demo
        c2c --db /tmp/demo.db mission list
    """
    from c2c.services import buses, demo, missions
    from c2c.services.b2b import views as b2b_views
    from c2c.services.pitches import agenda as pitches
    from c2c.store.engine import open_store
    from c2c.store.reading import session_reader

    location = demo_store(app_context(ctx).db_option)
    if location.path is not None and not keep:
        for suffix in ("", "-wal", "-shm"):
            location.path.with_name(location.path.name + suffix).unlink(missing_ok=True)
    store = open_store(location)
    with store.session() as session:
        result = demo.build_demo(session)
    info(f"Demo store: {location.path or location.url}")
    with store.session() as session:
        rows = missions.mission_rows(session_reader(session))
    render(rows, _views.MISSION_COLUMNS, Format.table, title="The Cluster2Cluster path")
    for message in result.messages:
        info(message)
    info(f"Explore it: c2c --db {location.path or location.url} mission show {result.focus}")
    with store.session() as session:
        focus = missions.get_mission(session, result.focus)
        agenda = pitches.read_agenda(session_reader(session), missions.ref_of(focus))
        coaches = buses.build_manifest(session_reader(session), missions.ref_of(focus))
        summary = b2b_views.company_summary(session_reader(session), missions.ref_of(focus))
    _views.show_agenda(agenda)
    write(_views.manifest_sheets(coaches), Format.table)
    _views.manifest_notes(coaches)
    render(summary, SUMMARY_COLUMNS, Format.table, title="B2B per company", empty_message="No B2B meetings.")
    _demo_calendars(store, result.focus, location.path.parent if location.path else None)
    info(f"Their programme mails, as .eml files: c2c --db {location.path or location.url} mail agendas "
         f"--mission {result.focus} --out mails/")
    _demo_documents(store, result.focus, location.path.parent if location.path else None)


def _demo_calendars(store: Store, focus: str, folder: Path | None) -> None:
    """Write the focus mission's calendars next to the demo store and say where."""
    import datetime as dt

    from c2c.services import missions
    from c2c.services.calendars import export as calendar_export
    from c2c.services.calendars.events import CalendarOptions

    out = (folder or Path.cwd()) / "calendars"
    with store.session() as session:
        mission = missions.get_mission(session, focus)
        options = CalendarOptions(lang=mission.language)
        result = calendar_export.export_calendars(session, mission, out, options, dt.datetime.now(dt.UTC))
    _views.report_export(result, per_file=False)
    info(f"Calendars of {focus} (open them on a phone or import them in a calendar app): {out}")


def _demo_documents(store: Store, focus: str, folder: Path | None) -> None:
    """After the day: the catalogue and the reports, beside the demo store (HTML, not PDF: a PDF
    takes WeasyPrint a few seconds, and the HTML is the same document)."""
    from c2c.services import missions
    from c2c.services.catalogue import write_catalogue
    from c2c.services.report import write_report
    from c2c.store.reading import session_reader

    out = folder or Path.cwd()
    with store.session() as session:
        db, mission = session_reader(session), missions.ref_of(missions.get_mission(session, focus))
        written = [write_catalogue(db, mission, out / f"catalogue-{focus}.xlsx").path,
                   write_catalogue(db, mission, out / f"catalogue-{focus}.vcf").path,
                   write_report(db, mission, out / f"report-{focus}.html").path,
                   write_report(db, None, out / "report-series.html").path]
    info("After the day: " + ", ".join(path.name for path in written) + f" in {out}")
