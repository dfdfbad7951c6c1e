"""``c2c program``: the blocks of the mission day (talks, pitches, B2B, lunch, visits…)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import parsing, prompts
from c2c.commands._common import MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import CLOCK, DAY, DAY_CLOCK, ID, MINUTES, choice
from c2c.errors import InvalidInput, handle_errors
from c2c.output import (
    Column,
    FileFormatOption,
    ForceOption,
    Format,
    FormatOption,
    OutOption,
    Sheet,
    choose_format,
    claim_output,
    info,
    printable,
    render,
    write,
)

if TYPE_CHECKING:
    from c2c.services.program import BlockRow

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py
template_app = typer.Typer(help="Start a programme from a template.", no_args_is_help=True)
app.add_typer(template_app, name="template")

COLUMNS: list[Column[BlockRow]] = [
    Column("Id", lambda r: r["id"], "right"),
    Column("Day", lambda r: r["day"], "right"),
    Column("Date", lambda r: r["date"]),
    Column("Time", lambda r: r["time"]),
    Column("Kind", lambda r: r["kind"]),
    Column("Title", lambda r: r["title"]),
    Column("Location", lambda r: r["location"]),
]
Opt = typer.Option
BlockIdArg = Annotated[int, ID.argument(help="Block id (see `c2c program list`).")]
AtOpt = Annotated[dt.time | None, CLOCK.option("--at", help="Start, HH:MM wall-clock in the mission's time zone.")]
MinutesOpt = Annotated[int | None, MINUTES.option("--minutes", help="Length: minutes, or e.g. 1h30.")]
UntilOpt = Annotated[parsing.DayClock | None, DAY_CLOCK.option(
    "--until", help="End, HH:MM, or 00:30+1 past midnight (instead of --minutes).")]


def _kinds() -> tuple[str, ...]:
    from c2c.services.program import KINDS

    return KINDS


KindOpt = Annotated[str | None, choice(_kinds, "KIND").option(
    "--kind", help="talk, pitches, b2b, break, lunch, visit, transfer or other.")]
DayOpt = Annotated[int | None, DAY.option("--day", help="Day of the mission, 1 for the first.")]
LocationOpt = Annotated[str | None, Opt("--location", help="Where it happens.")]
DescriptionOpt = Annotated[str | None, Opt("--description", help="A line for the printed programme.")]


@app.command("add")
@handle_errors
def add_block(
    ctx: typer.Context,
    at: AtOpt = None,
    title: Annotated[str | None, Opt("--title", help="Title, e.g. \"Coffee break\".")] = None,
    minutes: MinutesOpt = None,
    until: UntilOpt = None,
    kind: KindOpt = "other",
    day: DayOpt = 1,
    location: LocationOpt = None,
    description: DescriptionOpt = None,
    mission: MissionOption = None,
) -> None:
    """Add a block to the programme; blocks of a day must not overlap.

    Example:
        c2c program add --at 09:30 --minutes 20 --kind talk --title "Welcome — AAR"
        c2c program add --at 09:50 --until 11:00 --kind pitches --title "Company pitches"
    """
    from c2c.services import missions, program

    if prompts.is_interactive():
        title = title or prompts.text_required("Title")
        at = at or prompts.ask("Start (HH:MM)", parsing.parse_clock)
        if minutes is None and until is None:
            until = prompts.ask("End (HH:MM, 00:30+1 past midnight)", parsing.parse_day_clock)
    if at is None or title is None:
        raise InvalidInput("--at and --title are required", hint="e.g. --at 09:30 --minutes 20 --title \"Welcome\"")
    if minutes is None and until is None:
        raise InvalidInput("a block needs a length: --minutes N or --until HH:MM")
    _one_length(minutes, until)
    data = program.BlockInput(
        at=at, title=title, kind=kind or "other", minutes=minutes, until=until, day=day or 1,
        location=location, description=description,
    )
    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        block = program.add_block(session, the_mission, data)
        info(f"Added block {block.id}: {program.describe(block)} on {block.day.isoformat()}")


@app.command("list")
@handle_errors
def list_blocks(ctx: typer.Context, mission: MissionOption = None, fmt: FileFormatOption = None,
                out: OutOption = None, force: ForceOption = False) -> None:
    """List the programme, day by day; --out programme.pdf (or .html, .xlsx) prints it.

    The printed programme is on the paper of the mission's country, in its language, a page
    per day with the time, what happens, its line for the programme and where.

    Example:
        c2c program list --mission lyon-2018 --format json
        c2c program list --out programme.pdf
    """
    from c2c.exporters.programme import programme_html, programme_workbook
    from c2c.services import missions, program
    from c2c.services.printing import mission_heading

    fmt = choose_format(fmt, out)
    claim_output(out, force)
    db = reader_of(ctx)
    the_mission = missions.mission_ref(db, mission)
    rows = program.block_rows(db, the_mission)
    title = f"Programme — {the_mission.title} ({the_mission.timezone})"
    sheet = Sheet(rows, COLUMNS, title, "No programme yet: c2c program template apply standard-day")
    write(sheet, fmt, out, documents=printable(lambda: programme_html(mission_heading(db, the_mission.id), rows),
                                               lambda: programme_workbook(mission_heading(db, the_mission.id), rows)))


@app.command("edit")
@handle_errors
def edit_block(
    ctx: typer.Context,
    block_id: BlockIdArg,
    at: AtOpt = None,
    minutes: MinutesOpt = None,
    until: UntilOpt = None,
    title: Annotated[str | None, Opt("--title", help="New title.")] = None,
    kind: KindOpt = None,
    day: DayOpt = None,
    location: LocationOpt = None,
    description: DescriptionOpt = None,
    mission: MissionOption = None,
) -> None:
    """Change a block; moving it with --at alone keeps its length.

    Example:
        c2c program edit 3 --at 10:00 --until 11:15
    """
    from c2c.services import missions, program

    _one_length(minutes, until)
    changes = program.BlockChanges(at, minutes, until, title, kind, day, location, description)
    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        block = program.edit_block(session, the_mission, block_id, changes)
        info(f"Updated block {block.id}: {program.describe(block)} on {block.day.isoformat()}")


def _one_length(minutes: int | None, until: parsing.DayClock | None) -> None:
    if minutes is not None and until is not None:
        raise InvalidInput("give either --minutes or --until, not both")


@app.command("remove")
@handle_errors
def remove_block(ctx: typer.Context, block_id: BlockIdArg, mission: MissionOption = None, yes: YesOption = False) -> None:
    """Remove a block from the programme.

    Example:
        c2c program remove 3 --yes
    """
    from c2c.services import missions, program

    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        block = program.get_block(session, the_mission, block_id)
        prompts.confirm_destructive(f"Remove block {block_id} {program.describe(block)}?", yes)
        program.remove_block(session, the_mission, block_id)
    info(f"Removed block {block_id}")


@template_app.command("apply")
@handle_errors
def apply_template(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Template name, e.g. standard-day.")],
    day: DayOpt = 1,
    replace: Annotated[bool, Opt("--replace", help="First remove the blocks already on that day.")] = False,
    mission: MissionOption = None,
    yes: YesOption = False,
) -> None:
    """Fill a day with a template's blocks, to edit from.

    Example:
        c2c program template apply standard-day --mission lyon-2018
    """
    from c2c.services import missions, program

    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        if replace:
            prompts.confirm_destructive(f"Replace the programme of day {day or 1} of {the_mission.slug}?", yes)
        blocks = program.apply_template(session, the_mission, name, day=day or 1, replace=replace)
        info(f"Added {len(blocks)} blocks from {name} to {the_mission.slug}, day {day or 1}")


@template_app.command("list")
@handle_errors
def list_templates(fmt: FormatOption = Format.table) -> None:
    """List the programme templates.

    Example:
        c2c program template list
    """
    from c2c.services import program

    render([{"name": n} for n in program.template_names()], [Column("Template", lambda r: r["name"])], fmt)
