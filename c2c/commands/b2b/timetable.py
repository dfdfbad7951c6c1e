"""``c2c b2b setup|unavailable|schedule|show|fix|unfix``: the session and its timetable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from c2c import parsing, prompts
from c2c.commands._common import MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import CLOCK, COUNT, DATE, ID, MINUTES, SEED, TIME_LIMIT, TIME_RANGE
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
    key_columns,
    printable,
    render,
    render_record,
    timed_progress,
    warn,
    write,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.exporters.paper import Heading
    from c2c.services.b2b.timetable import MovedRow, ScheduleReport, UnscheduledRow
    from c2c.services.b2b.views import CompanyMeetingRow, DayViews, MatrixRow, MeetingRow
    from c2c.services.missions import MissionRef
    from c2c.store.models import B2BMeeting, Mission
    from c2c.store.reading import Reader

app = typer.Typer()

Opt = typer.Option

TIMETABLE_COLUMNS: list[Column[MeetingRow]] = [
    Column("Time", lambda r: r["time"]),
    Column("Table", lambda r: r["table"], "right"),
    Column("Company A", lambda r: r["a"]),
    Column("Company B", lambda r: r["b"]),
    Column("Prio", lambda r: r["priority"], "right"),
    Column("Mutual", lambda r: r["mutual"]),
    Column("Fixed", lambda r: r["fixed"]),
    Column("Meeting", lambda r: r["id"], "right"),
    Column("Left out because", lambda r: r["reason"]),
]
COMPANY_COLUMNS: list[Column[CompanyMeetingRow]] = [
    Column("Time", lambda r: r["time"]),
    Column("Table", lambda r: r["table"], "right"),
    Column("Meets", lambda r: r["counterpart"]),
    Column("Who they are", lambda r: r["profile"]),
    Column("Your wish", lambda r: r["own_priority"], "right"),
    Column("Meeting", lambda r: r["id"], "right"),
]
TABLE_COLUMNS: list[Column[MeetingRow]] = [
    Column("Time", lambda r: r["time"]),
    Column("Company A", lambda r: r["a"]),
    Column("Company B", lambda r: r["b"]),
    Column("Meeting", lambda r: r["id"], "right"),
]
UNSCHEDULED_COLUMNS: list[Column[UnscheduledRow]] = [
    Column("Meeting", lambda r: r["meeting"], "right"),
    Column("Company A", lambda r: r["a"]),
    Column("Company B", lambda r: r["b"]),
    Column("Why it is not in the timetable", lambda r: r["reason"]),
]
MOVED_COLUMNS: list[Column[MovedRow]] = [
    Column("Meeting", lambda r: r["meeting"], "right"),
    Column("Company A", lambda r: r["a"]),
    Column("Company B", lambda r: r["b"]),
    Column("Was", lambda r: r["from"]),
    Column("Now", lambda r: r["to"]),
]
# formats that hold a whole printed day: the timetable, the matrix, a sheet per table and per company
WHOLE_DAY = (Format.xlsx, Format.html, Format.md, Format.pdf)


def _mission(session: Session, slug: str | None) -> Mission:
    from c2c.services import missions

    return missions.get_mission(session, slug)


@app.command("setup")
@handle_errors
def setup_session(
    ctx: typer.Context,
    start: Annotated[dt.time | None, CLOCK.option("--start", help="First slot, HH:MM (asked for on a terminal).")] = None,
    end: Annotated[dt.time | None, CLOCK.option("--end", help="End of the last slot, HH:MM (asked for on a terminal).")] = None,
    tables: Annotated[int | None, COUNT.option("--tables", help="Tables, i.e. meetings at once (asked for on a terminal).")] = None,
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
        end = prompts.ask("Last meeting ends at (HH:MM)", _after(start), default="17:30")
    if tables is None:
        tables = prompts.ask("Tables (meetings at once)", parsing.parse_count)
    return start, end, tables


def _after(start: dt.time) -> Callable[[str], dt.time]:
    def parse(text: str) -> dt.time:
        end = parsing.parse_clock(text)
        if end <= start:
            raise ValueError(f"the session ends after it starts ({start:%H:%M})")
        return end

    return parse


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
    between: Annotated[list[parsing.TimeRange] | None, TIME_RANGE.option(
        "--between", help="Away in this window, e.g. 15:00-16:00 for a plant visit (repeatable; replaces the "
                          "windows said before).")] = None,
    capacity: Annotated[int | None, COUNT.option("--capacity", help="Meetings it can hold at once (people it brings).")] = None,
    clear: Annotated[bool, Opt("--clear", help="Forget the --from, --until and --between said before.")] = False,
    mission: MissionOption = None,
) -> None:
    """Say when a company cannot meet, or that it can hold several meetings at once.

    Example:
        c2c b2b unavailable "Soliani EMC" --from 16:40
        c2c b2b unavailable Aviometal --between 15:00-16:00
    """
    from c2c.services.b2b import setup as b2b

    if from_ is None and until is None and capacity is None and not between and not clear:
        raise InvalidInput("give --from, --until, --between, --capacity or --clear")
    with store_of(ctx).session() as session:
        m = _mission(session, mission)
        found = b2b.find_company(session, m, company)
        b2b.set_availability(session, m, found, from_, until, capacity, between, clear=clear)
    info(f"Updated the availability of {found.name}")


@app.command("schedule")
@handle_errors
def schedule_meetings(
    ctx: typer.Context,
    time_limit: Annotated[int, TIME_LIMIT.option("--time-limit", help="Search time: seconds, or e.g. 2m.")] = 30,
    seed: Annotated[int, SEED.option("--seed", help="Random seed (same seed and data, same timetable).")] = 0,
    fairness: Annotated[int, Opt(help="Breaks of any two companies differ by at most this; -1 for no limit.",
                                 min=-1, max=1000)] = 2,
    workers: Annotated[int, Opt(help="Solver threads (1 is fully reproducible).", min=1, max=64)] = 2,
    dry_run: Annotated[bool, Opt("--dry-run", help="Show the result without saving it.")] = False,
    mission: MissionOption = None,
    fmt: FormatOption = Format.table,
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
    if fmt is not Format.table:
        render_record(asdict(report), [], fmt)
        return
    _print_report(report)


def _print_report(report: ScheduleReport) -> None:
    proof = "optimal" if report.status == "optimal" else f"proven bound {report.bound}, gap {report.gap:.0%}"
    info(f"{'Would schedule' if not report.saved else 'Scheduled'} {report.held} of {report.total} meetings; "
         f"{report.breaks} {'break' if report.breaks == 1 else 'breaks'} ({proof}); {report.table_changes} table changes; {report.seconds:.1f} s")
    for note in report.notes:
        warn(note)
    if report.moved:
        render(report.moved, MOVED_COLUMNS, Format.table, title=f"Moved ({len(report.moved)})")
    if report.unscheduled:
        render(report.unscheduled, UNSCHEDULED_COLUMNS, Format.table, title="Not scheduled")


@app.command("show")
@handle_errors
def show_timetable(
    ctx: typer.Context,
    company: Annotated[str | None, Opt(help="One company's personal schedule.")] = None,
    table: Annotated[int | None, ID.option("--table", help="One table's sheet.")] = None,
    matrix: Annotated[bool, Opt("--matrix", help="Company × slot grid.")] = False,
    fmt: FileFormatOption = None,
    out: OutOption = None,
    force: ForceOption = False,
    mission: MissionOption = None,
) -> None:
    """Show the timetable: all meetings, one company, one table, or the matrix.

    The whole day to print (--out b2b.pdf, .html or .xlsx) holds the timetable, the matrix
    (landscape, over several pages when wide), a sign for each table (its number in large
    type and its meetings) and each company's schedule to hand out, on the paper of the
    mission's country and in its language.

    Example:
        c2c b2b show --company "Soliani EMC"
        c2c b2b show --out b2b.pdf
    """
    from c2c.exporters.b2b_day import b2b_day_html, b2b_day_workbook
    from c2c.services import missions
    from c2c.services.b2b import views as b2b_views

    if sum((company is not None, table is not None, matrix)) > 1:
        raise InvalidInput("show one view at a time: --company, --table or --matrix")
    fmt = choose_format(fmt, out)
    claim_output(out, force)
    every_meeting = company is None and table is None and not matrix
    db = reader_of(ctx)
    m = missions.mission_ref(db, mission)
    if fmt in WHOLE_DAY and every_meeting:
        sheets = _printable_sheets(db, m)
    else:
        sheets = [_view(db, m, company, table, matrix)]
    _warn_out_of_date(b2b_views.out_of_date(db, m))
    documents: dict[Format, Any] = {}
    if every_meeting:  # the json of every meeting leaves out the time label: start and end say it
        documents[Format.json] = Sheet([{k: v for k, v in r.items() if k != "time"} for r in sheets[0].rows], [])
        documents.update(printable(lambda: b2b_day_html(*_printed_day(db, m)),
                                   lambda: b2b_day_workbook(*_printed_day(db, m))))
    write(sheets, fmt, out, documents=documents)


def _printed_day(db: Reader, m: MissionRef) -> tuple[Heading, DayViews]:
    from c2c.services.b2b import views as b2b_views
    from c2c.services.printing import mission_heading

    return mission_heading(db, m.id), b2b_views.day_views(db, m)


STALE_LINES = 5  # then "… and N more"


def _warn_out_of_date(changes: list[str]) -> None:
    if not changes:
        return
    warn(f"the saved timetable is out of date ({_meetings(len(changes))}); run c2c b2b schedule to update it")
    for line in changes[:STALE_LINES]:
        warn(f"  {line}")
    if len(changes) > STALE_LINES:
        warn(f"  … and {len(changes) - STALE_LINES} more")


def _view(db: Reader, m: MissionRef, company: str | None, table: int | None, matrix: bool) -> Sheet[Any]:
    from c2c.services.b2b import views as b2b_views

    if company:
        return Sheet(b2b_views.company_rows(db, m, company), COMPANY_COLUMNS, f"B2B: {company}",
                     f"{company} has no meeting")
    if table is not None:
        return Sheet(b2b_views.table_rows(db, m, table), TABLE_COLUMNS, f"Table {table}",
                     f"Table {table} holds no meeting")
    if matrix:
        labels, rows = b2b_views.matrix_rows(db, m)
        return Sheet(rows, _matrix_columns(labels), "B2B matrix", NO_MEETINGS)
    return Sheet(b2b_views.timetable_rows(db, m), TIMETABLE_COLUMNS, f"B2B meetings, {m.slug}", NO_MEETINGS)


NO_MEETINGS = "No meetings yet: c2c b2b schedule"


def _printable_sheets(db: Reader, m: MissionRef) -> list[Sheet[Any]]:
    """Everything to print for the day: the timetable, the matrix, a sheet per table and per company."""
    from c2c.services.b2b import views as b2b_views

    day = b2b_views.day_views(db, m)
    return [
        Sheet(day.timetable, TIMETABLE_COLUMNS, f"B2B meetings, {m.slug}", NO_MEETINGS),
        Sheet(day.matrix, _matrix_columns(day.slot_labels), "B2B matrix", NO_MEETINGS),
        *(Sheet(rows, TABLE_COLUMNS, f"Table {n}") for n, rows in day.tables.items()),
        *(Sheet(rows, COMPANY_COLUMNS, name) for name, rows in day.companies.items()),
    ]


def _matrix_columns(labels: list[str]) -> list[Column[MatrixRow]]:
    return [Column("Company", lambda r: r["company"]), *key_columns(labels)]


@app.command("fix")
@handle_errors
def fix_meeting(
    ctx: typer.Context,
    meeting: Annotated[int, ID.argument(help="Meeting number (see b2b show).")],
    slot: Annotated[dt.time, CLOCK.option("--slot", help="Slot start, HH:MM.")],
    table: Annotated[int | None, ID.option("--table", help="Table number.")] = None,
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
    meeting: Annotated[int, ID.argument(help="Meeting number.")],
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
