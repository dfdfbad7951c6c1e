"""``c2c bus add|edit|remove|list|assign|manifest``: the coaches and who sits where."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from c2c import parsing, prompts
from c2c.commands._common import MissionOption, YesOption, store_of
from c2c.commands.bus.roll_call import BusOption
from c2c.config import EnvVars
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, FormatOption, OutputFormat, info, render, warn

if TYPE_CHECKING:
    from c2c.services.buses import AssignmentReport, ManifestCoach

app = typer.Typer()

Opt = typer.Option
CoachArg = Annotated[str, typer.Argument(help="Coach name.")]

COACH_COLUMNS = [
    Column("name", "Coach"), Column("seats", "Seats", "right"), Column("reserved", "Reserved", "right"),
    Column("assigned", "Assigned", "right"), Column("free", "Free", "right"), Column("legs", "Legs"),
    Column("operator", "Operator"), Column("plate", "Plate"), Column("driver_phone", "Driver"),
]
ASSIGN_COLUMNS = [
    Column("name", "Name"), Column("coach", "Coach"), Column("stop", "Stop"), Column("status", "Status"),
    Column("reason", "Reason"),
]
MANIFEST_COLUMNS = [
    Column("time", "Time"), Column("stop", "Stop"), Column("name", "Name"), Column("company", "Company"),
    Column("phone", "Mobile"), Column("tick", "✓"),
]
RETURN_COLUMNS = [*MANIFEST_COLUMNS[:5], Column("drop_off", "Gets off"), MANIFEST_COLUMNS[5]]

class ManifestFormat(str, Enum):  # noqa: UP042  (typer renders str enums as choices)
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    html = "html"


@app.command("add")
@handle_errors
def add_bus(
    ctx: typer.Context,
    name: Annotated[str | None, Opt("--name", help="Coach name, e.g. \"Coach 1\" (asked on a terminal).")] = None,
    seats: Annotated[int | None, Opt("--seats", help="Passenger seats (asked on a terminal).")] = None,
    reserved: Annotated[int, Opt("--reserved", help="Seats kept for guide and coordinators.")] = 0,
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

    name, seats = _ask_coach(name, seats)
    data = buses.CoachInput(name, seats, reserved, operator, plate, driver_phone)
    with store_of(ctx).session() as session:
        coach = buses.add_coach(session, missions.get_mission(session, mission), data)
    info(f"Added {coach.name}: {coach.seats} seats ({coach.reserved_seats} reserved)")


def _ask_coach(name: str | None, seats: int | None) -> tuple[str, int]:
    """The name and seats given, or asked for on a terminal (refused elsewhere, naming the flags)."""
    missing = [flag for flag, value in (("--name", name), ("--seats", seats)) if value is None]
    if missing and not prompts.is_interactive():
        verb = "is" if len(missing) == 1 else "are"
        raise InvalidInput(f"{' and '.join(missing)} {verb} required when not on a terminal")
    if name is None:
        name = prompts.text("Coach name", validate=lambda v: bool(v.strip()) or "required")
    if seats is None:
        seats = prompts.ask("Passenger seats", parsing.parse_count)
    return name, seats


@app.command("edit")
@handle_errors
def edit_bus(
    ctx: typer.Context,
    coach: CoachArg,
    name: Annotated[str | None, Opt("--name", help="New name.")] = None,
    seats: Annotated[int | None, Opt("--seats", help="Passenger seats.")] = None,
    reserved: Annotated[int | None, Opt("--reserved", help="Seats kept for guide and coordinators.")] = None,
    operator: Annotated[str | None, Opt(help="Coach company.")] = None,
    plate: Annotated[str | None, Opt(help="Number plate.")] = None,
    driver_phone: Annotated[str | None, Opt("--driver-phone", help="Driver's mobile.")] = None,
    mission: MissionOption = None,
) -> None:
    """Change a coach's name, seats, operator, plate or driver phone.

    Example:
        c2c bus edit "Coach 1" --seats 54 --plate "FG 123 AB"
    """
    from c2c.services import buses, missions

    changes = {"name": name, "seats": seats, "reserved_seats": reserved, "operator": operator, "plate": plate,
               "driver_phone": driver_phone}
    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        edited = buses.edit_coach(session, found, buses.get_coach(session, found, coach), changes)
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
def list_buses(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """List the mission's coaches with seats used and free.

    Example:
        c2c bus list --format json
    """
    from c2c.services import buses, missions

    with store_of(ctx).session() as session:
        rows = buses.coach_rows(session, missions.get_mission(session, mission))
    render(rows, COACH_COLUMNS, fmt, title="Coaches", empty_message='No coaches yet: c2c bus add --name "Coach 1" --seats 50')


@app.command("assign")
@handle_errors
def assign_seats(
    ctx: typer.Context,
    auto: Annotated[bool, Opt("--auto", help="Seat everyone not seated yet at their preferred stop.")] = False,
    reserve: Annotated[int | None, Opt("--reserve", help="With --auto: seats to keep free on each coach.", min=0)] = None,
    person: Annotated[str | None, Opt("--person", help="Seat one person (e-mail or full name).")] = None,
    bus: BusOption = None,
    stop: Annotated[str | None, Opt("--stop", help="With --person: where they get on (default: their stop).")] = None,
    mission: MissionOption = None,
    fmt: FormatOption = OutputFormat.table,
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


def _show_report(report: AssignmentReport, fmt: OutputFormat) -> None:
    rows = [{"name": p.name, "email": p.email, "coach": p.coach, "stop": p.stop, "status": "seated", "reason": None}
            for p in report.placed]
    rows += [{"name": w.name, "email": w.email, "coach": None, "stop": None, "status": "waitlisted",
              "reason": w.reason} for w in report.waitlisted]
    render(rows, ASSIGN_COLUMNS, fmt, title="New seats and waitlist", empty_message="Nobody new to seat.")
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
    fmt: Annotated[ManifestFormat, Opt("--format", "-f", case_sensitive=False, envvar=EnvVars.FORMAT,
                                       help="table, json, csv, xlsx (print-ready) or html.")] = ManifestFormat.table,
    out: Annotated[Path | None, Opt("--out", "-o", help="Write to this file (xlsx default: <mission>-manifest.xlsx).")] = None,
    mission: MissionOption = None,
) -> None:
    """The driver's manifest: per coach and leg, stops in order, who gets on, a tick column.

    Example:
        c2c bus manifest --bus "Coach 1" --format xlsx --out coach1.xlsx
    """
    from c2c.services import buses, missions

    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        coaches = buses.manifest(session, found, bus)
        title = found.title
    if fmt is ManifestFormat.xlsx:
        from c2c.exporters.manifest_xlsx import write_manifest_xlsx

        path = write_manifest_xlsx(coaches, out or Path(f"{found.slug}-manifest.xlsx"), title)
        info(f"Wrote {path}")
    elif fmt is ManifestFormat.html:
        from c2c.exporters.manifest_html import render_manifest_html

        _write_text(render_manifest_html(coaches, title), out)
    else:
        print_manifest(coaches, OutputFormat(fmt.value), out)


def print_manifest(coaches: list[ManifestCoach], fmt: OutputFormat, out: Path | None = None) -> None:
    """Tables per coach and leg for people, one json document or csv rows for scripts."""
    import json

    from c2c.output import to_csv
    from c2c.services import buses

    if fmt is OutputFormat.json:
        _write_text(json.dumps([c.as_dict() for c in coaches], ensure_ascii=False, indent=2) + "\n", out)
        return
    if fmt is OutputFormat.csv:
        keys = ["coach", "leg", "day", "time", "stop", "name", "company", "phone", "email", "boarded", "drop_off"]
        rows = buses.manifest_rows(coaches)
        if out is None:
            _write_text(to_csv(rows, keys), out)
        else:
            from c2c.exporters.csv_file import write_csv_file

            write_csv_file(out, to_csv(rows, keys, for_spreadsheet=True))
            info(f"Wrote {out}")
        return
    if not coaches:
        info('No coaches yet: c2c bus add --name "Coach 1" --seats 50')
    for coach in coaches:
        for leg in coach.legs:
            free = max(coach.seats - coach.reserved - leg.passenger_count, 0)
            title = f"{coach.coach} — {leg.label} — {leg.day} — {leg.passenger_count} on board, {free} free"
            columns = RETURN_COLUMNS if leg.kind == "return" else MANIFEST_COLUMNS
            render(_manifest_table_rows(leg), columns, OutputFormat.table, title=title)
        if not coach.legs:
            info(f"{coach.coach}: no route yet (c2c bus route add)")


def _manifest_table_rows(leg: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for stop in leg.stops:
        first = {"time": stop.clock, "stop": stop.stop}
        if not stop.passengers:
            rows.append(first)
        for index, p in enumerate(stop.passengers):
            rows.append({**(first if index == 0 else {}), "name": p.name, "company": p.company, "phone": p.phone,
                         "drop_off": p.drop_off, "tick": f"✓ {p.boarded_at}" if p.boarded else "[ ]"})
    return rows


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=False)
        return
    from c2c.exporters.files import write_text

    write_text(out, text)
    info(f"Wrote {out}")
