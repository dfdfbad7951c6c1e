"""``c2c b2b setup|unavailable|schedule|show|fix|unfix``: the session and its timetable."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from c2c import parsing, prompts
from c2c.commands._common import MissionOption, YesOption, store_of
from c2c.commands._params import CLOCK, DATE, MINUTES, TIME_LIMIT, TIME_RANGE
from c2c.errors import InvalidInput, handle_errors
from c2c.output import (
    Column,
    FormatOption,
    OutputFormat,
    info,
    render,
    render_record,
    timed_progress,
    warn,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import B2BMeeting, Mission

app = typer.Typer()

Opt = typer.Option

TIMETABLE_COLUMNS = [
    Column("time", "Time"), Column("table", "Table", "right"), Column("a", "Company A"), Column("b", "Company B"),
    Column("priority", "Prio", "right"), Column("mutual", "Mutual"), Column("fixed", "Fixed"),
    Column("id", "Meeting", "right"), Column("reason", "Left out because"),
]
JSON_KEYS = ["id", "slot", "start", "end", "table", "a", "b", "priority", "mutual", "fixed", "reason"]
COMPANY_COLUMNS = [
    Column("time", "Time"), Column("table", "Table", "right"), Column("counterpart", "Meets"),
    Column("profile", "Who they are"), Column("mutual", "Mutual"), Column("id", "Meeting", "right"),
]
TABLE_COLUMNS = [Column("time", "Time"), Column("a", "Company A"), Column("b", "Company B"), Column("id", "Meeting", "right")]
SUMMARY_COLUMNS = [
    Column("company", "Company"), Column("meetings", "Meetings", "right"), Column("first", "First"),
    Column("last", "Last"), Column("breaks", "Breaks", "right"), Column("left_out", "Left out", "right"),
]
UNSCHEDULED_COLUMNS = [Column("meeting", "Meeting", "right"), Column("a", "Company A"), Column("b", "Company B"),
                       Column("reason", "Why it is not in the timetable")]
MOVED_COLUMNS = [Column("meeting", "Meeting", "right"), Column("a", "Company A"), Column("b", "Company B"),
                 Column("from", "Was"), Column("to", "Now")]


class ShowFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


def _mission(session: Session, slug: str | None) -> Mission:
    from c2c.services import missions

    return missions.get_mission(session, slug)


@app.command("setup")
@handle_errors
def setup_session(
    ctx: typer.Context,
    start: Annotated[dt.time | None, CLOCK.option("--start", help="First slot, HH:MM (asked for on a terminal).")] = None,
    end: Annotated[dt.time | None, CLOCK.option("--end", help="End of the last slot, HH:MM (asked for on a terminal).")] = None,
    tables: Annotated[int | None, Opt(help="Tables, i.e. meetings at once (asked for on a terminal).", min=1)] = None,
    slot: Annotated[int, MINUTES.option("--slot", help="Slot length: minutes, or e.g. 20m, 1h.")] = 20,
    breaks: Annotated[list[parsing.TimeRange] | None, TIME_RANGE.option(
        "--break", help="A pause, e.g. 15:40-16:00 (repeatable).")] = None,
    day: Annotated[dt.date | None, DATE.option("--day", help="Day, YYYY-MM-DD (default: the mission's first day).")] = None,
    mission: MissionOption = None,
    yes: YesOption = False,
) -> None:
    """Set the B2B session: times, slot length, pauses and tables.

    Meetings of a saved timetable that the new session has no slot or table for go back to
    unscheduled (fixed ones too), after asking.

    Example:
        c2c b2b setup --start 14:00 --end 17:30 --slot 20m --break 15:40-16:00 --tables 12
    """
    from c2c.services.b2b import setup as b2b

    start, end, tables = _ask_session(start, end, tables)
    with store_of(ctx).session() as session:
        the_mission = _mission(session, mission)
        slots = b2b.setup_b2b(session, the_mission, start, end, slot, tables, breaks or [], day)
        displaced = b2b.off_the_session(session, the_mission)
        if displaced:
            prompts.confirm_destructive(_displaced_question(displaced), yes)
            b2b.unplace(session, displaced)
    info(f"B2B session: {len(slots)} slots of {slot} minutes, {slots[0].label}–{slots[-1].end:%H:%M}, {tables} tables")
    if displaced:
        info(f"{_meetings(len(displaced))} went back to unscheduled: place them with c2c b2b schedule")


def _ask_session(
    start: dt.time | None, end: dt.time | None, tables: int | None
) -> tuple[dt.time, dt.time, int]:
    """The session's times and tables given, or asked for on a terminal (refused elsewhere, naming the flags)."""
    missing = [flag for flag, value in (("--start", start), ("--end", end), ("--tables", tables)) if value is None]
    if missing and not prompts.is_interactive():
        verb = "is" if len(missing) == 1 else "are"
        raise InvalidInput(f"{', '.join(missing)} {verb} required when not on a terminal",
                           hint="e.g. c2c b2b setup --start 14:00 --end 17:30 --slot 20m --tables 12")
    if start is None:
        start = prompts.ask("First meeting starts at (HH:MM)", parsing.parse_clock, default="14:00")
    if end is None:
        end = prompts.ask("Last meeting ends at (HH:MM)", parsing.parse_clock, default="17:30")
    if tables is None:
        tables = prompts.ask("Tables (meetings at once)", parsing.parse_count)
    return start, end, tables


def _meetings(count: int) -> str:
    return f"{count} meeting{'' if count == 1 else 's'}"


def _displaced_question(displaced: list[B2BMeeting]) -> str:
    fixed = sum(1 for m in displaced if m.fixed)
    pinned = f" ({fixed} fixed)" if fixed else ""
    return (f"The new session has no slot or table for {_meetings(len(displaced))}{pinned} of the saved "
            "timetable; they go back to unscheduled. Go on?")


@app.command("unavailable")
@handle_errors
def set_unavailable(
    ctx: typer.Context,
    company: Annotated[str, typer.Argument(help="Company.")],
    from_: Annotated[dt.time | None, CLOCK.option("--from", help="Unavailable from HH:MM (leaves early).")] = None,
    until: Annotated[dt.time | None, CLOCK.option("--until", help="Unavailable until HH:MM (arrives late).")] = None,
    capacity: Annotated[int | None, Opt(help="Meetings it can hold at once (people it brings).")] = None,
    mission: MissionOption = None,
) -> None:
    """Say when a company cannot meet, or that it can hold several meetings at once.

    Example:
        c2c b2b unavailable "Soliani EMC" --from 16:40
    """
    from c2c.services.b2b import setup as b2b

    if from_ is None and until is None and capacity is None:
        raise InvalidInput("give --from, --until or --capacity")
    with store_of(ctx).session() as session:
        m = _mission(session, mission)
        found = b2b.find_company(session, m, company)
        b2b.set_availability(session, m, found, from_, until, capacity)
    info(f"Updated the availability of {found.name}")


@app.command("schedule")
@handle_errors
def schedule_meetings(
    ctx: typer.Context,
    time_limit: Annotated[int, TIME_LIMIT.option("--time-limit", help="Search time: seconds, or e.g. 2m.")] = 30,
    seed: Annotated[int, Opt(help="Random seed (same seed and data, same timetable).", min=0, max=999_999_999)] = 0,
    fairness: Annotated[int, Opt(help="Breaks of any two companies differ by at most this; -1 for no limit.",
                                 min=-1)] = 2,
    workers: Annotated[int, Opt(help="Solver threads (1 is fully reproducible).", min=1, max=64)] = 2,
    dry_run: Annotated[bool, Opt("--dry-run", help="Show the result without saving it.")] = False,
    mission: MissionOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Compute the timetable: the most meetings, then the fewest idle breaks, fairly.

    Fixed meetings and unavailability are honoured; a re-run moves as few meetings as it can.

    Example:
        c2c b2b schedule --time-limit 30s --seed 1
    """
    from dataclasses import asdict

    from c2c.services.b2b import timetable as b2b_timetable

    with store_of(ctx).session() as session, timed_progress("Scheduling", time_limit) as on_phase:
        report = b2b_timetable.schedule_meetings(
            session, _mission(session, mission), time_limit=time_limit, seed=seed,
            fairness=None if fairness < 0 else fairness, workers=workers, dry_run=dry_run, on_phase=on_phase,
        )
    if fmt is not OutputFormat.table:
        render_record(asdict(report), [Column(k, k) for k in asdict(report)], fmt)
        return
    _print_report(report)


def _print_report(report: Any) -> None:
    proof = "optimal" if report.status == "optimal" else f"proven bound {report.bound}, gap {report.gap:.0%}"
    info(f"{'Would schedule' if not report.saved else 'Scheduled'} {report.held} of {report.total} meetings; "
         f"{report.breaks} {'break' if report.breaks == 1 else 'breaks'} ({proof}); {report.table_changes} table changes; {report.seconds:.1f} s")
    for note in report.notes:
        warn(note)
    if report.moved:
        render(report.moved, MOVED_COLUMNS, OutputFormat.table, title=f"Moved ({len(report.moved)})")
    if report.unscheduled:
        render(report.unscheduled, UNSCHEDULED_COLUMNS, OutputFormat.table, title="Not scheduled")


@app.command("show")
@handle_errors
def show_timetable(
    ctx: typer.Context,
    company: Annotated[str | None, Opt(help="One company's personal schedule.")] = None,
    table: Annotated[int | None, Opt(help="One table's sheet.")] = None,
    matrix: Annotated[bool, Opt("--matrix", help="Company × slot grid.")] = False,
    fmt: Annotated[ShowFormat | None, Opt("--format", "-f", show_default=False, case_sensitive=False,
                                          help="table, json, csv or xlsx (xlsx needs --out).  [default: table, "
                                               "or what --out ends with]")] = None,
    out: Annotated[Path | None, Opt(help="File to write (xlsx, csv or json; csv cells formula-safe).")] = None,
    mission: MissionOption = None,
) -> None:
    """Show the timetable: all meetings, one company, one table, or the matrix.

    Example:
        c2c b2b show --company "Soliani EMC"
        c2c b2b show --out b2b.xlsx
    """
    from c2c.services.b2b import views as b2b_views

    if sum((company is not None, table is not None, matrix)) > 1:
        raise InvalidInput("show one view at a time: --company, --table or --matrix")
    fmt = fmt or _format_of(out)
    with store_of(ctx).session() as session:
        m = _mission(session, mission)
        if fmt is ShowFormat.xlsx and company is None and table is None and not matrix:
            sheets = _printable_sheets(session, m)
        else:
            sheets = dict([_view(session, m, company, table, matrix, fmt)])
        changes = b2b_views.out_of_date(session, m)
    _warn_out_of_date(changes)
    held_nowhere = f"{company} has no meeting" if company else f"Table {table} holds no meeting" if table else None
    _show(sheets, fmt, out, held_nowhere or "No meetings yet: c2c b2b schedule")


STALE_LINES = 5  # then "… and N more"


def _warn_out_of_date(changes: list[str]) -> None:
    if not changes:
        return
    warn(f"the saved timetable is out of date ({_meetings(len(changes))}); run c2c b2b schedule to update it")
    for line in changes[:STALE_LINES]:
        warn(f"  {line}")
    if len(changes) > STALE_LINES:
        warn(f"  … and {len(changes) - STALE_LINES} more")


Sheet = tuple[list[Column], list[dict[str, Any]]]


def _view(
    session: Session, m: Mission, company: str | None, table: int | None, matrix: bool, fmt: ShowFormat
) -> tuple[str, Sheet]:
    from c2c.services.b2b import views as b2b_views

    if company:
        return f"B2B: {company}", (COMPANY_COLUMNS, b2b_views.company_rows(session, m, company))
    if table is not None:
        return f"Table {table}", (TABLE_COLUMNS, b2b_views.table_rows(session, m, table))
    if matrix:
        labels, rows = b2b_views.matrix_rows(session, m)
        return "B2B matrix", (_matrix_columns(labels), rows)
    rows = b2b_views.timetable_rows(session, m)
    if fmt is ShowFormat.json:
        rows = [{k: r[k] for k in JSON_KEYS} for r in rows]
    return f"B2B meetings, {m.slug}", (TIMETABLE_COLUMNS, rows)


def _printable_sheets(session: Session, m: Mission) -> dict[str, Sheet]:
    """Everything to print for the day: the timetable, the matrix, a sheet per table and per company."""
    from c2c.services.b2b import views as b2b_views

    day = b2b_views.day_views(session, m)
    sheets: dict[str, Sheet] = {
        f"B2B meetings, {m.slug}": (TIMETABLE_COLUMNS, day.timetable),
        "B2B matrix": (_matrix_columns(day.slot_labels), day.matrix),
    }
    sheets.update({f"Table {n}": (TABLE_COLUMNS, rows) for n, rows in day.tables.items()})
    sheets.update({name: (COMPANY_COLUMNS, rows) for name, rows in day.companies.items()})
    return sheets


def _matrix_columns(labels: list[str]) -> list[Column]:
    return [Column("company", "Company"), *(Column(x, x) for x in labels)]


def show_summary(session: Session, mission: Mission) -> None:
    """The per-company summary (used by ``c2c demo``)."""
    from c2c.services.b2b import views as b2b_views

    render(b2b_views.company_summary(session, mission), SUMMARY_COLUMNS, OutputFormat.table, title="B2B per company",
           empty_message="No B2B meetings.")


def _format_of(out: Path | None) -> ShowFormat:
    if out is None:
        return ShowFormat.table
    try:
        return ShowFormat(out.suffix.lower().lstrip("."))
    except ValueError:
        raise InvalidInput(f"--out {out.name}: name a .xlsx, .csv or .json file, or give --format") from None


def _show(sheets: dict[str, Sheet], fmt: ShowFormat, out: Path | None, empty: str) -> None:
    if fmt is ShowFormat.xlsx:
        from c2c.exporters.b2b_xlsx import write_sheets

        if out is None:
            raise InvalidInput("--format xlsx needs --out FILE.xlsx")
        write_sheets(out, {title: ([(c.key, c.header) for c in columns], rows) for title, (columns, rows) in sheets.items()})
        info(f"Wrote {out}")
        return
    ((title, (columns, rows)),) = sheets.items()
    if out is not None:
        _write_show_file(rows, columns, fmt, out)
        return
    render(rows, columns, OutputFormat(fmt.value), title=title, empty_message=empty)


def _write_show_file(rows: list[dict[str, Any]], columns: list[Column], fmt: ShowFormat, out: Path) -> None:
    import json

    from c2c.exporters.csv_file import write_csv_file
    from c2c.exporters.files import write_text
    from c2c.output import to_csv

    if fmt is ShowFormat.table:
        raise InvalidInput("--format table prints to the terminal: choose csv, json or xlsx with --out")
    if fmt is ShowFormat.csv:
        write_csv_file(out, to_csv(rows, [c.key for c in columns], for_spreadsheet=True))
    else:
        write_text(out, json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    info(f"Wrote {out}")


@app.command("fix")
@handle_errors
def fix_meeting(
    ctx: typer.Context,
    meeting: Annotated[int, typer.Argument(help="Meeting number (see b2b show).")],
    slot: Annotated[dt.time, CLOCK.option("--slot", help="Slot start, HH:MM.")],
    table: Annotated[int | None, Opt(help="Table number.")] = None,
    mission: MissionOption = None,
) -> None:
    """Pin a meeting to a slot (and table); later schedules keep it there.

    Example:
        c2c b2b fix 12 --slot 15:00 --table 3
    """
    from c2c.services.b2b import timetable as b2b_timetable

    with store_of(ctx).session() as session:
        b2b_timetable.fix_meeting(session, _mission(session, mission), meeting, slot, table)
    info(f"Meeting {meeting} fixed at {slot:%H:%M}" + (f", table {table}" if table else ""))


@app.command("unfix")
@handle_errors
def unfix_meeting(
    ctx: typer.Context,
    meeting: Annotated[int, typer.Argument(help="Meeting number.")],
    mission: MissionOption = None,
) -> None:
    """Let the scheduler move a fixed meeting again.

    Example:
        c2c b2b unfix 12
    """
    from c2c.services.b2b import timetable as b2b_timetable

    with store_of(ctx).session() as session:
        b2b_timetable.unfix_meeting(session, _mission(session, mission), meeting)
    info(f"Meeting {meeting} is no longer fixed")
