"""``c2c pitches``: the three-minute pitch agenda, the booklet and the stage timer."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import prompts
from c2c.commands._common import MissionOption, YesOption, store_of
from c2c.commands._params import LENGTH_SECONDS, SECONDS, choice
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, FormatOption, OutputFormat, info, render, warn

if TYPE_CHECKING:
    from c2c.services.pitches.agenda import Agenda

app = typer.Typer(help="Build the pitch agenda, print it, and keep time on stage.", no_args_is_help=True)

AGENDA_COLUMNS = [
    Column("order", "#", "right"),
    Column("time", "Time"),
    Column("company", "Company"),
    Column("speakers", "Speakers"),
    Column("cluster", "Cluster"),
    Column("note", "Note"),
]
TIMING_COLUMNS = [
    Column("order", "#", "right"),
    Column("company", "Company"),
    Column("planned", "Planned"),
    Column("actual", "Started"),
    Column("duration", "Took", "right"),
    Column("over", "Over"),
]


class AgendaFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    md = "md"
    html = "html"


Opt = typer.Option


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
    seed: Annotated[int | None, Opt("--seed", help="Seed for --order random.")] = None,
    per: Annotated[str | None, choice(_pers, "company|person").option(
        "--per", help="One pitch per company (colleagues share it) or per person.")] = None,
    reset: Annotated[bool, Opt("--reset", help="Forget moves, pins and skips.")] = False,
    fmt: Annotated[AgendaFormat, Opt("--format", "-f", case_sensitive=False, help="table, json, csv, xlsx, md or html.")] = AgendaFormat.table,
    out: Annotated[Path | None, Opt("--out", "-o", help="Write to this file (needed for xlsx).")] = None,
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
    from c2c.services.pitches import agenda as pitches
    from c2c.services.pitches import documents as pitch_documents

    if fmt is AgendaFormat.xlsx and out is None:
        raise InvalidInput("--format xlsx needs --out FILE")
    if fmt is AgendaFormat.table and out is not None:
        raise InvalidInput("--format table prints to the terminal: choose md, html, xlsx, json or csv with --out")
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


def _emit_agenda(agenda: Agenda, heading: dict[str, str], fmt: AgendaFormat, out: Path | None) -> None:
    from c2c.services.pitches import views as pitch_views

    rows = pitch_views.agenda_rows(agenda)
    overflow = agenda.overflow_message()
    if fmt is AgendaFormat.table and out is None:
        print_agenda(agenda)
    elif fmt in (AgendaFormat.json, AgendaFormat.csv) and out is None:
        render(rows, AGENDA_COLUMNS, OutputFormat(fmt.value))
    else:
        _write_agenda_file(rows, heading, overflow, fmt, out)
    if overflow:
        warn(overflow)


def _write_agenda_file(
    rows: list[dict[str, object]], heading: dict[str, str], overflow: str | None, fmt: AgendaFormat, out: Path | None
) -> None:
    import json

    from c2c.exporters import agenda_docs, agenda_xlsx
    from c2c.output import to_csv

    if fmt is AgendaFormat.xlsx:
        assert out is not None
        agenda_xlsx.write_agenda_xlsx(out, rows, title=heading["title"], subtitle=heading["subtitle"])
        info(f"Wrote {out}")
        return
    if fmt in (AgendaFormat.md, AgendaFormat.html):
        text = agenda_docs.render_template(f"agenda.{fmt.value}.j2", {**heading, "rows": rows, "overflow": overflow})
    elif fmt is AgendaFormat.csv:
        text = to_csv(rows, [c.key for c in AGENDA_COLUMNS], for_spreadsheet=out is not None)
        if out is not None:
            from c2c.exporters.csv_file import write_csv_file

            write_csv_file(out, text)
            info(f"Wrote {out}")
            return
    else:
        text = json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        agenda_docs.write_text(out, text)
        info(f"Wrote {out}")


def print_agenda(agenda: Agenda) -> None:
    """The agenda as a table, with a summary line; shared with ``c2c demo``."""
    from c2c.services.pitches import views as pitch_views

    settings = agenda.settings
    rows = pitch_views.agenda_rows(agenda)
    title = f"Pitch agenda — {agenda.mission.title}"
    render(rows, AGENDA_COLUMNS, OutputFormat.table, title=title,
           empty_message=f"No pitches yet in {agenda.mission.slug}: nobody has the pitch flag.")
    if rows:
        info(f"{len(agenda.scheduled)} pitches of {settings.pitch_seconds // 60}:{settings.pitch_seconds % 60:02d} "
             f"+ {settings.changeover_seconds} s changeover, order {settings.order_mode}, one per {settings.per}")


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
    to: Annotated[int, Opt("--to", help="New position, 1 for the first.")],
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
    out: Annotated[Path, Opt("--out", "-o", help="HTML file to write.")] = Path("booklet.html"),
    mission: MissionOption = None,
) -> None:
    """Write the pitch booklet: one card per company in running order, with its profile.

    Example:
        c2c pitches booklet --mission lyon-2018 --out booklet.html
    """
    from c2c.exporters import agenda_docs
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches
    from c2c.services.pitches import documents as pitch_documents

    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        agenda = pitches.build_agenda(session, the_mission)
        heading = pitch_documents.document_heading(session, the_mission)
        context = {**heading, "cards": pitch_documents.booklet_cards(agenda)}
    agenda_docs.write_text(out, agenda_docs.render_template("booklet.html.j2", context))
    info(f"Wrote {out} ({len(context['cards'])} pitches)")


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
    from c2c.services.pitches import agenda as pitches
    from c2c.services.pitches import stage_timer

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
def show_timing(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """Planned against actual times of each pitch, and who ran over.

    Example:
        c2c pitches timing --mission lyon-2018
    """
    from c2c.services import missions
    from c2c.services.pitches import agenda as pitches
    from c2c.services.pitches import stage_timer

    with store_of(ctx).session() as session:
        the_mission = missions.get_mission(session, mission)
        agenda = pitches.build_agenda(session, the_mission, save=False)
    rows = stage_timer.timing_rows(agenda)
    render(rows, TIMING_COLUMNS, fmt, title=f"Pitch timings — {the_mission.title}",
           empty_message="No pitches yet.")
    over = [r for r in rows if (r["over_seconds"] or 0) > 0]
    if fmt is OutputFormat.table and over:
        info("Ran over: " + ", ".join(f"{r['company']} ({r['over']})" for r in over))
