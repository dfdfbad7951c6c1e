"""``c2c pitches``: the three-minute pitch agenda, the booklet and the stage timer."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from c2c import prompts
from c2c.commands import _views
from c2c.commands._common import MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import COUNT, LANGUAGE, LENGTH_SECONDS, SECONDS, SEED, choice
from c2c.errors import InvalidInput, handle_errors
from c2c.output import (
    Column,
    FileFormatOption,
    ForceOption,
    Format,
    FormatOption,
    OutOption,
    choose_format,
    choose_printed,
    claim_output,
    info,
    printable,
    render,
    warn,
    write,
)

if TYPE_CHECKING:
    from c2c.services.pitches.agenda import Agenda
    from c2c.services.pitches.stage_timer import TimingRow

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

TIMING_COLUMNS: list[Column[TimingRow]] = [
    Column("#", lambda r: r["order"], "right"),
    Column("Company", lambda r: r["company"]),
    Column("Planned", lambda r: r["planned"]),
    Column("Started", lambda r: r["actual"]),
    Column("Took", lambda r: r["duration"], "right"),
    Column("Over", lambda r: r["over"]),
]


Opt = typer.Option
LangOption = Annotated[str | None, LANGUAGE.option(
    "--lang", help="Language of the labels: it, en, fr, de, pl or es (default: the mission's).")]


def _orders() -> tuple[str, ...]:
    from c2c.services.pitches.running_order import ORDERS

    return ORDERS


def _pers() -> tuple[str, ...]:
    from c2c.services.pitches.running_order import PER

    return PER


NameArg = Annotated[str, typer.Argument(help="Company (or speaker) name, or the pitch number.")]


@app.command("agenda")
@handle_errors
def build_agenda(
    ctx: typer.Context,
    pitch_seconds: Annotated[int | None, LENGTH_SECONDS.option(
        "--minutes", help="Length of a pitch: minutes, or e.g. 2m30s (saved; default 3).")] = None,
    changeover: Annotated[int | None, SECONDS.option(
        "--changeover", help="Time between pitches: seconds, or e.g. 1m (saved; default 30s).")] = None,
    order: Annotated[str | None, choice(_orders, "ORDER").option(
        "--order", help="alternate, cluster, registration, alphabetical or random.")] = None,
    seed: Annotated[int | None, SEED.option("--seed", help="Seed for --order random.")] = None,
    per: Annotated[str | None, choice(_pers, "company|person").option(
        "--per", help="One pitch per company (colleagues share it) or per person.")] = None,
    reset: Annotated[bool, Opt("--reset", help="Forget moves, pins and skips.")] = False,
    fmt: FileFormatOption = None,
    out: OutOption = None,
    force: ForceOption = False,
    mission: MissionOption = None,
    yes: YesOption = False,
) -> None:
    """Generate (or re-generate) the running order and flow it into the pitches blocks.

    Options are saved for the next runs; moves, pins and skips survive unless --reset.
    Switching --per drops them (and recorded timings): it asks first unless --yes.

    Example:
        c2c pitches agenda --minutes 3 --changeover 30s --order alternate
        c2c pitches agenda --format xlsx --out agenda.xlsx
    """
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches, documents as pitch_documents

    fmt = choose_format(fmt, out)
    claim_output(out, force)
    options = pitches.AgendaOptions(pitch_seconds, changeover, order, seed, per)
    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        switch = pitches.per_switch(session, the_mission, options, reset=reset)
        if switch is not None and switch.drops_anything:
            warn(switch.message(the_mission))
            question = f"Switch the pitch agenda of {the_mission.slug} to one pitch per {switch.per}?"
            prompts.confirm_destructive(question, yes)
        agenda = pitches.build_agenda(session, the_mission, options, reset=reset)
        heading = pitch_documents.document_heading(session, the_mission)
    _emit_agenda(agenda, heading, fmt, out)


def _emit_agenda(agenda: Agenda, heading: dict[str, Any], fmt: Format, out: Path | None) -> None:
    from c2c.exporters import agenda_xlsx, templates
    from c2c.exporters.words import words
    from c2c.services.pitches import views as pitch_views

    rows = pitch_views.agenda_rows(agenda)
    overflow = agenda.overflow_message()
    said = words(heading["language"])
    printed = heading["heading"].of(said["pitch_agenda"])
    context = {**heading, "heading": printed, "t": said, "rows": rows, "overflow": overflow}
    write(_views.agenda_sheet(agenda, rows), fmt, out, documents={
        Format.md: lambda: templates.render("agenda.md.j2", context),
        **printable(lambda: templates.render("agenda.html.j2", context),
                    lambda: agenda_xlsx.agenda_workbook(rows, title=heading["title"], subtitle=heading["subtitle"],
                                                        heading=printed)),
    })
    if fmt is Format.table:
        _views.agenda_summary(agenda, rows)
    if overflow:
        warn(overflow)


def _mark(ctx: typer.Context, mission: str | None, name: str, verb: str, **flags: bool) -> None:
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches

    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        slot, agenda = pitches.mark_pitch(session, the_mission, name, **flags)
    info(f"{verb} #{slot.order} {slot.pitcher.label}")
    overflow = agenda.overflow_message()
    if overflow:
        warn(overflow)


@app.command("move")
@handle_errors
def move_pitch(
    ctx: typer.Context,
    name: NameArg,
    to: Annotated[int, COUNT.option("--to", help="New position, 1 for the first.")],
    mission: MissionOption = None,
) -> None:
    """Move a pitch to position N and pin it there (it survives re-generation).

    Example:
        c2c pitches move "Aviometal" --to 3
    """
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches

    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        agenda = pitches.move_pitch(session, the_mission, name, to)
        slot = pitches.find_slot(agenda, str(to))
    info(f"Moved {slot.pitcher.label} to #{to} (pinned)")


@app.command("pin")
@handle_errors
def pin_pitch(ctx: typer.Context, name: NameArg, mission: MissionOption = None) -> None:
    """Pin a pitch at its current position, whatever the order.

    Example:
        c2c pitches pin "Aviometal"
    """
    _mark(ctx, mission, name, "Pinned", pinned=True)


@app.command("unpin")
@handle_errors
def unpin_pitch(ctx: typer.Context, name: NameArg, mission: MissionOption = None) -> None:
    """Let a pinned pitch flow with the order again.

    Example:
        c2c pitches unpin "Aviometal"
    """
    _mark(ctx, mission, name, "Unpinned", pinned=False)


@app.command("skip")
@handle_errors
def skip_pitch(ctx: typer.Context, name: NameArg, mission: MissionOption = None) -> None:
    """Skip a pitch (a no-show): it keeps its place, the others reflow.

    Example:
        c2c pitches skip "Aviometal"
    """
    _mark(ctx, mission, name, "Skipped", skipped=True)


@app.command("unskip")
@handle_errors
def unskip_pitch(ctx: typer.Context, name: NameArg, mission: MissionOption = None) -> None:
    """Put a skipped pitch back in the agenda.

    Example:
        c2c pitches unskip "Aviometal"
    """
    _mark(ctx, mission, name, "Restored", skipped=False)


@app.command("booklet")
@handle_errors
def write_booklet(
    ctx: typer.Context,
    out: Annotated[Path, Opt("--out", "-o", help="File to write: .html or .pdf.")] = Path("booklet.html"),
    lang: LangOption = None,
    force: ForceOption = False,
    mission: MissionOption = None,
) -> None:
    """Write the pitch booklet: one card per company in running order, with its profile.

    Example:
        c2c pitches booklet --mission lyon-2018 --lang it --out booklet-it.html
        c2c pitches booklet --mission lyon-2018 --out booklet.pdf
    """
    from c2c.exporters import templates
    from c2c.exporters.words import words
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches, documents as pitch_documents

    fmt = choose_printed(out, (Format.html, Format.pdf))
    claim_output(out, force)
    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        agenda = pitches.build_agenda(session, the_mission)
        heading = pitch_documents.document_heading(session, the_mission, lang)
        said = words(heading["language"])
        context = {**heading, "heading": heading["heading"].of(said["pitch_booklet"]), "t": said,
                   "cards": pitch_documents.booklet_cards(agenda, heading["language"])}
    page = functools.partial(templates.render, "booklet.html.j2", context)
    write(page, fmt, out, documents=printable(page),
          message=f"Wrote {out} ({len(context['cards'])} pitches)")


@app.command("timer")
@handle_errors
def run_timer(ctx: typer.Context, mission: MissionOption = None) -> None:
    """Full-screen stage timer; records when each pitch really started and ended.

    Keys: space/n next, b back, p pause, s skip (no-show), q quit. Amber in the last
    30 seconds, red and counting up when over. Resumes at the first pitch not yet given.

    Example:
        c2c pitches timer --mission lyon-2018
    """
    import sys

    from c2c.commands import _stage_view
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches, stage_timer

    if not sys.stdin.isatty():
        raise InvalidInput("the stage timer needs a terminal: stdin is not a TTY",
                           hint="run it in a terminal; see the timings with: c2c pitches timing")
    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        agenda = pitches.build_agenda(session, the_mission)
    items, resume = stage_timer.timer_pitches(agenda)
    if not items:
        raise InvalidInput(f"no scheduled pitches in {the_mission.slug}", hint="build them with: c2c pitches agenda")
    timer = _stage_view.run(items, resume, the_mission.title)
    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        pitches.record_timings(session, the_mission, [r.as_tuple() for r in timer.timings()])
    info(f"Recorded the timings of {len(timer.timings())} pitch(es): c2c pitches timing --mission {the_mission.slug}")


@app.command("timing")
@handle_errors
def show_timing(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """Planned against actual times of each pitch, and who ran over.

    Example:
        c2c pitches timing --mission lyon-2018
    """
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches, stage_timer

    db = reader_of(ctx)
    the_mission = missions.mission_ref(db, mission)
    rows = stage_timer.timing_rows(pitches.read_agenda(db, the_mission))
    render(rows, TIMING_COLUMNS, fmt, title=f"Pitch timings — {the_mission.title}",
           empty_message="No pitches yet.")
    over = [r for r in rows if (r["over_seconds"] or 0) > 0]
    if fmt is Format.table and over:
        info("Ran over: " + ", ".join(f"{r['company']} ({r['over']})" for r in over))
