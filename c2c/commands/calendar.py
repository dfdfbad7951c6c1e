"""``c2c calendar``: ICS files for the mission and for every participant."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c.commands import _views
from c2c.commands._common import MissionOption, reader_of, store_of
from c2c.commands._params import ALARM, LANGUAGE
from c2c.errors import handle_errors
from c2c.output import Column, Format, FormatOption, render

if TYPE_CHECKING:
    from c2c.services.calendars.events import CalendarOptions
    from c2c.services.calendars.export import EventRow

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

SHOW_COLUMNS: list[Column[EventRow]] = [
    Column("Date", lambda r: r["date"]),
    Column("Start", lambda r: r["start"]),
    Column("End", lambda r: r["end"]),
    Column("Event", lambda r: r["summary"]),
    Column("Where", lambda r: r["location"]),
    Column("Alarm (min)", lambda r: r["alarm_minutes"], "right"),
]

LangOption = Annotated[
    str | None,
    LANGUAGE.option(
        "--lang",
        help="Language of the labels, forced on every file: it, en, fr, de, pl or es (default: each participant's own "
        "language, else their country's, else the mission's).",
    ),
]
AlarmOption = Annotated[
    dt.timedelta | None,
    ALARM.option("--alarm", show_default=False,
                 help="Reminder before each coach pickup: minutes, or e.g. 1h; none for no reminder (default 30m)."),
]
THIRTY_MINUTES = dt.timedelta(minutes=30)


@app.command("export")
@handle_errors
def export_calendars(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the calendars into.")] = Path("calendars"),
    participant: Annotated[
        list[str] | None,
        typer.Option("--participant", "-p", help="Only this person's calendar (e-mail; repeat for more)."),
    ] = None,
    archive: Annotated[bool, typer.Option("--zip", help="Also bundle every file into <slug>.zip.")] = False,
    lang: LangOption = None,
    alarm: AlarmOption = THIRTY_MINUTES,
    mission: MissionOption = None,
) -> None:
    """Write <slug>.ics (the whole programme) and <slug>/<surname-name>.ics for each participant.

    Each personal calendar speaks its owner's language (participants edit --language), else
    their country's, else the mission's; --lang puts every file in one language. Re-export
    after every change: events keep their UID, changed ones get a higher SEQUENCE and removed
    ones are sent as cancelled in every export until they are over, so calendar apps update
    instead of duplicating. A cancelled participant's file cancels everything it held.

    Example:
        c2c calendar export --mission lyon-2018 --out calendars/ --lang it --zip
    """
    from c2c.services import missions
    from c2c.services.calendars import export as calendar_export

    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        options = _options(found.language, lang, alarm)
        now = dt.datetime.now(dt.UTC)
        result = calendar_export.export_calendars(
            session, found, out, options, now, emails=participant or (), archive=archive
        )
    _views.report_export(result)


@app.command("show")
@handle_errors
def show_calendar(
    ctx: typer.Context,
    participant: Annotated[str, typer.Option("--participant", "-p", help="The person's e-mail.")],
    lang: LangOption = None,
    alarm: AlarmOption = THIRTY_MINUTES,
    mission: MissionOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Show what a participant's calendar file holds, event by event.

    Example:
        c2c calendar show --mission lyon-2018 --participant giulia.deluca@aviometal.example
    """
    from c2c.services import missions
    from c2c.services.calendars import export as calendar_export

    db = reader_of(ctx)
    found = missions.mission_ref(db, mission)
    person, file_name, rows = calendar_export.participant_rows(db, found, participant,
                                                               _options(found.language, lang, alarm))
    render(rows, SHOW_COLUMNS, fmt, title=f"{person.name}: {file_name}", empty_message="No events in this calendar yet.")


def _options(mission_language: str, lang: str | None, alarm: dt.timedelta | None) -> CalendarOptions:
    from c2c.services.calendars.events import CalendarOptions

    return CalendarOptions(lang=lang or mission_language, alarm=alarm, forced_lang=lang is not None)
