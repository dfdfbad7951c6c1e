"""``c2c bus add|edit|remove|list|assign|manifest``: the coaches and who sits where."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import parsing, prompts
from c2c.commands import _views
from c2c.commands._common import BusOption, MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import COUNT, RESERVE
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
    warn,
    write,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.buses import AssignmentReport, AssignmentRow, CoachRow
    from c2c.store.models import Mission

app = typer.Typer()

Opt = typer.Option
CoachArg = Annotated[str, typer.Argument(help="Coach name.")]

COACH_COLUMNS: list[Column[CoachRow]] = [
    Column("Coach", lambda r: r["name"]),
    Column("Seats", lambda r: r["seats"], "right"),
    Column("Reserved", lambda r: r["reserved"], "right"),
    Column("Assigned", lambda r: r["assigned"], "right"),
    Column("Free", lambda r: r["free"], "right"),
    Column("Legs", lambda r: r["legs"]),
    Column("Operator", lambda r: r["operator"]),
    Column("Plate", lambda r: r["plate"]),
    Column("Driver", lambda r: r["driver_phone"]),
]
ASSIGN_COLUMNS: list[Column[AssignmentRow]] = [
    Column("Name", lambda r: r["name"]),
    Column("Coach", lambda r: r["coach"]),
    Column("Stop", lambda r: r["stop"]),
    Column("Status", lambda r: r["status"]),
    Column("Reason", lambda r: r["reason"]),
]


@app.command("add")
@handle_errors
def add_bus(
    ctx: typer.Context,
    name: Annotated[str | None, Opt("--name", help="Coach name, e.g. \"Coach 1\" (asked on a terminal).")] = None,
    seats: Annotated[int | None, COUNT.option("--seats", help="Passenger seats (asked on a terminal).")] = None,
    reserved: Annotated[int, RESERVE.option("--reserved", help="Seats kept for guide and coordinators.")] = 0,
    operator: Annotated[str | None, Opt(help="Coach company.")] = None,
    plate: Annotated[str | None, Opt(help="Number plate.")] = None,
    driver_phone: Annotated[str | None, Opt("--driver-phone", help="Driver's mobile.")] = None,
    mission: MissionOption = None,
) -> None:
    """Add a coach to the mission; asks for its name and seats when missing on a terminal.

    Example:
        c2c bus add --name "Coach 1" --seats 50 --reserved 2 --driver-phone "+39 333 000 1234"
    """
    from c2c.services import buses, missions

    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        name, seats = _ask_coach(session, found, name, seats, reserved)
        data = buses.CoachInput(name, seats, reserved, operator, plate, driver_phone)
        coach = buses.add_coach(session, found, data)
    info(f"Added {coach.name}: {coach.seats} seats ({coach.reserved_seats} reserved)")


def _ask_coach(session: Session, mission: Mission, name: str | None, seats: int | None,
               reserved: int) -> tuple[str, int]:
    """The name and seats given, or asked for on a terminal (refused elsewhere, naming the flags);
    a name the mission has, or too few seats, is asked again."""
    from c2c.services.buses.coaches import check_coach_name_free, check_seats

    missing = [flag for flag, value in (("--name", name), ("--seats", seats)) if value is None]
    if missing and not prompts.is_interactive():
        verb = "is" if len(missing) == 1 else "are"
        raise InvalidInput(f"{' and '.join(missing)} {verb} required when not on a terminal")

    def free_name(text: str) -> str:
        if not text.strip():
            raise ValueError("required")
        check_coach_name_free(session, mission, text.strip())
        return text.strip()

    def enough_seats(text: str) -> int:
        count = parsing.parse_count(text)
        check_seats(count, reserved)
        return count

    if name is None:
        name = prompts.ask("Coach name", free_name)
    if seats is None:
        seats = prompts.ask("Passenger seats", enough_seats)
    return name, seats


@app.command("edit")
@handle_errors
def edit_bus(
    ctx: typer.Context,
    coach: CoachArg,
    name: Annotated[str | None, Opt("--name", help="New name.")] = None,
    seats: Annotated[int | None, COUNT.option("--seats", help="Passenger seats.")] = None,
    reserved: Annotated[int | None, RESERVE.option("--reserved", help="Seats kept for guide and coordinators.")] = None,
    operator: Annotated[str | None, Opt(help="Coach company.")] = None,
    plate: Annotated[str | None, Opt(help="Number plate.")] = None,
    driver_phone: Annotated[str | None, Opt("--driver-phone", help="Driver's mobile.")] = None,
    yes: YesOption = False,
    mission: MissionOption = None,
) -> None:
    """Change a coach's name, seats, operator, plate or driver phone.

    Fewer seats than people on board asks first, naming who goes to the waitlist.

    Example:
        c2c bus edit "Coach 1" --seats 54 --plate "FG 123 AB"
    """
    from c2c.services import buses, missions

    changes = {"name": name, "seats": seats, "reserved_seats": reserved, "operator": operator, "plate": plate,
               "driver_phone": driver_phone}
    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        the_coach = buses.get_coach(session, found, coach)
        leaving = buses.overflow(session, the_coach, seats) if seats is not None else []
        if leaving:
            prompts.confirm_destructive(f"With {seats} seats, {len(leaving)} of {the_coach.name}'s passengers go to "
                                        f"the waitlist: {', '.join(leaving)}. Go on?", yes)
        edited = buses.edit_coach(session, found, the_coach, changes, unseat=bool(leaving))
    info(f"Updated {edited.name}")


@app.command("remove")
@handle_errors
def remove_bus(ctx: typer.Context, coach: CoachArg, yes: YesOption = False, mission: MissionOption = None) -> None:
    """Remove a coach and its route; its passengers go back to the waitlist.

    Example:
        c2c bus remove "Coach 2" --yes
    """
    from c2c.services import buses, missions

    with store_of(ctx).session() as session:
        found = buses.get_coach(session, missions.get_mission(session, mission), coach)
        people = buses.passenger_count(session, found)
        if people:
            prompts.confirm_destructive(f"Remove {found.name} and put its {people} passengers on the waitlist?", yes)
        moved = buses.remove_coach(session, found)
    info(f"Removed {coach}" + (f"; {moved} people are back on the waitlist (see c2c bus status)" if moved else ""))


@app.command("list")
@handle_errors
def list_buses(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """List the mission's coaches with seats used and free.

    Example:
        c2c bus list --format json
    """
    from c2c.services import buses, missions

    db = reader_of(ctx)
    rows = buses.coach_rows(db, missions.mission_ref(db, mission).id)
    render(rows, COACH_COLUMNS, fmt, title="Coaches", empty_message='No coaches yet: c2c bus add --name "Coach 1" --seats 50')


@app.command("assign")
@handle_errors
def assign_seats(
    ctx: typer.Context,
    auto: Annotated[bool, Opt("--auto", help="Seat everyone not seated yet at their preferred stop.")] = False,
    reserve: Annotated[int | None, RESERVE.option("--reserve", help="With --auto: seats to keep free on each coach.")] = None,
    person: Annotated[str | None, Opt("--person", help="Seat one person (e-mail or full name).")] = None,
    bus: BusOption = None,
    stop: Annotated[str | None, Opt("--stop", help="With --person: where they get on (default: their stop).")] = None,
    mission: MissionOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Give seats: everyone with --auto (stable: nobody seated is moved), or one --person.

    Example:
        c2c bus assign --auto --reserve 2
        c2c bus assign --person anna.rossi@example.com --bus "Coach 1" --stop Gallarate
    """
    from c2c.services import buses, missions

    if auto == bool(person):
        raise typer.BadParameter("give either --auto or --person EMAIL")
    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        if person:
            placed = buses.assign_person(session, found, person, buses.only_coach(session, found, bus).name, stop)
            info(f"Seated {placed.name} on {placed.coach}" + (f", getting on at {placed.stop}" if placed.stop else ""))
            return
        report = buses.auto_assign(session, found, reserve)
    _show_report(report, fmt)


def _show_report(report: AssignmentReport, fmt: Format) -> None:
    from c2c.services import buses

    render(buses.assignment_rows(report), ASSIGN_COLUMNS, fmt, title="New seats and waitlist",
           empty_message="Nobody new to seat.")
    info(f"Seated {len(report.placed)} people; {report.kept} already seated kept their place; "
         f"{len(report.waitlisted)} on the waitlist")
    for written, close in report.unknown_stops.items():
        warn(f"unknown stop {written!r}" + (f": did you mean {close!r}?" if close else ""))
    for name in report.released:
        info(f"Freed the seat of {name} (cancelled)")
    for message in report.warnings:
        warn(message)


@app.command("manifest")
@handle_errors
def show_manifest(
    ctx: typer.Context,
    bus: Annotated[str | None, Opt("--bus", "-b", help="Only this coach (default: all).")] = None,
    fmt: FileFormatOption = None,
    out: OutOption = None,
    force: ForceOption = False,
    mission: MissionOption = None,
) -> None:
    """The driver's manifest: per coach and leg, stops in order, who gets on, a tick column.

    The xlsx and the pdf are ready to print, on the paper of the mission's country and in its
    language (default file: <mission>-manifest.xlsx); json and csv are for scripts.

    Example:
        c2c bus manifest --bus "Coach 1" --format xlsx --out coach1.xlsx
    """
    from c2c.exporters.manifest_html import manifest_html
    from c2c.exporters.manifest_xlsx import manifest_workbook
    from c2c.services import buses, missions
    from c2c.services.printing import mission_heading

    db = reader_of(ctx)
    found = missions.mission_ref(db, mission)
    coaches = buses.build_manifest(db, found, bus)
    if fmt is Format.xlsx and out is None:
        out = Path(f"{found.slug}-manifest.xlsx")
    fmt = choose_format(fmt, out)
    claim_output(out, force)
    write(_views.manifest_sheets(coaches), fmt, out, documents={
        Format.json: Sheet([c.as_dict() for c in coaches], []),
        Format.csv: Sheet(buses.manifest_rows(coaches), []),
        **printable(lambda: manifest_html(coaches, mission_heading(db, found.id)),
                    lambda: manifest_workbook(coaches, mission_heading(db, found.id))),
    })
    if fmt is Format.table:
        _views.manifest_notes(coaches)
