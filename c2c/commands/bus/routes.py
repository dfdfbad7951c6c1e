"""``c2c bus route``: the stops of each coach's legs, in travel order."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import parsing, prompts
from c2c.commands._common import BusOption, MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import DATE, DAY_CLOCK, choice
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render, warn

if TYPE_CHECKING:
    from c2c.services.buses import RouteRow

app = typer.Typer(help="The stops of each coach's legs (outbound, return, transfers).", no_args_is_help=True)

Opt = typer.Option

def _leg_kinds() -> tuple[str, ...]:
    from c2c.services.buses.routes import LEG_KINDS

    return LEG_KINDS


ROUTE_COLUMNS: list[Column[RouteRow]] = [
    Column("Coach", lambda r: r["coach"]),
    Column("Leg", lambda r: r["leg"]),
    Column("Kind", lambda r: r["kind"]),
    Column("Day", lambda r: r["day"]),
    Column("#", lambda r: r["position"], "right"),
    Column("Time", lambda r: r["time"]),
    Column("Stop", lambda r: f"{r['stop']} (destination)" if r["destination"] else r["stop"]),
    Column("Address", lambda r: r["address"]),
]


@app.command("add")
@handle_errors
def add_route_stop(
    ctx: typer.Context,
    stop: Annotated[str, Opt("--stop", help="Stop name, e.g. \"Milano Cadorna\".")],
    at: Annotated[parsing.DayClock, DAY_CLOCK.option(
        "--at", help="Time at the stop, HH:MM in the mission's time zone; 00:20+1 after midnight.")],
    leg: Annotated[str, Opt("--leg", help="outbound, return, transfer, or the name of a leg.")],
    bus: BusOption = None,
    address: Annotated[str | None, Opt(help="Where exactly to wait.")] = None,
    kind: Annotated[str | None, choice(_leg_kinds, "KIND").option(
        "--kind", help="Kind of a new leg with its own name: outbound, return or transfer.")] = None,
    day: Annotated[dt.date | None, DATE.option(
        "--day", help="Day of a new leg, YYYY-MM-DD (default: first day; last for return).")] = None,
    destination: Annotated[bool, Opt("--destination", help="Where the leg arrives: nobody boards there.")] = False,
    before: Annotated[str | None, Opt("--before", help="Insert the stop before this stop of the leg.")] = None,
    after: Annotated[str | None, Opt("--after", help="Insert the stop after this stop of the leg.")] = None,
    mission: MissionOption = None,
) -> None:
    """Add a stop to a coach's leg: last, or --before/--after one; the arrival with --destination.

    Example:
        c2c bus route add --bus "Coach 1" --leg outbound --stop "Milano Cadorna" --at 06:30
        c2c bus route add --leg outbound --stop "Lyon Saint-Exupéry" --at 08:45 --destination
        c2c bus route add --leg outbound --stop Saronno --at 06:45 --after "Milano Cadorna"
    """
    from c2c.services import buses, missions
    from c2c.store.reading import session_reader

    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        coach = buses.only_coach(session, found, bus)
        said = set(buses.programme_warnings(session_reader(session), coach.mission_id))
        added = buses.add_stop(session, found, coach, leg, stop, at.time, day_offset=at.day_offset, address=address,
                               kind=kind, day=day, destination=destination, before=before, after=after)
        warnings = buses.programme_warnings(session_reader(session), coach.mission_id)
        leg_name = buses.get_leg(session, coach, leg).name
    arrives = " (destination)" if added.destination else ""
    info(f"Added stop {added.position} to {coach.name}, {leg_name}: {added.clock} {added.name}{arrives}")
    for message in warnings:
        if message not in said:  # what an earlier stop already brought up is not said again
            warn(message)


@app.command("edit")
@handle_errors
def edit_route_stop(
    ctx: typer.Context,
    leg: Annotated[str, Opt("--leg", help="Leg name or kind.")],
    stop: Annotated[str, Opt("--stop", help="The stop to change.")],
    bus: BusOption = None,
    name: Annotated[str | None, Opt("--name", help="New name of the stop.")] = None,
    at: Annotated[parsing.DayClock | None, DAY_CLOCK.option(
        "--at", help="New time, HH:MM; 00:20+1 after midnight.")] = None,
    address: Annotated[str | None, Opt(help="New address ('' clears it).")] = None,
    mission: MissionOption = None,
) -> None:
    """Change the time, address or name of a stop; it keeps its place on the leg.

    Example:
        c2c bus route edit --bus "Coach 1" --leg outbound --stop Varese --at 04:25 --address "Piazzale Trieste"
    """
    from c2c.services import buses, missions
    from c2c.store.reading import session_reader

    if name is None and at is None and address is None:
        raise InvalidInput("give --name, --at or --address")
    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        coach = buses.only_coach(session, found, bus)
        the_leg = buses.get_leg(session, coach, leg)
        said = set(buses.programme_warnings(session_reader(session), coach.mission_id))
        edited = buses.edit_stop(session, coach, the_leg, stop, name=name, at=at, address=address)
        warnings = buses.programme_warnings(session_reader(session), coach.mission_id)
    info(f"Updated stop {edited.position} of {coach.name}, {the_leg.name}: {edited.clock} {edited.name}")
    for message in warnings:
        if message not in said:
            warn(message)


@app.command("list")
@handle_errors
def list_route(
    ctx: typer.Context, bus: BusOption = None, mission: MissionOption = None, fmt: FormatOption = Format.table
) -> None:
    """List every coach's legs and stops in travel order.

    Example:
        c2c bus route list --bus "Coach 1"
    """
    from c2c.services import buses, missions

    db = reader_of(ctx)
    found = missions.mission_ref(db, mission)
    rows = buses.route_rows(db, found, bus)
    warnings = buses.programme_warnings(db, found.id)
    render(rows, ROUTE_COLUMNS, fmt, title="Routes", empty_message="No routes yet: c2c bus route add")
    for message in warnings:
        warn(message)


@app.command("remove")
@handle_errors
def remove_route(
    ctx: typer.Context,
    leg: Annotated[str, Opt("--leg", help="Leg name or kind.")],
    bus: BusOption = None,
    stop: Annotated[str | None, Opt("--stop", help="Remove only this stop (default: the whole leg).")] = None,
    yes: YesOption = False,
    mission: MissionOption = None,
) -> None:
    """Remove one stop of a leg, or the whole leg with its roll call.

    Asks first when participants get on or off at the stop, or asked for it (--yes skips).

    Example:
        c2c bus route remove --bus "Coach 1" --leg outbound --stop Varese
    """
    from c2c.services import buses, missions

    with store_of(ctx).session() as session:
        mission_found = missions.get_mission(session, mission)
        coach = buses.only_coach(session, mission_found, bus)
        found = buses.get_leg(session, coach, leg)
        if stop:
            users = buses.find_stop_users(session, mission_found, coach, found, stop)
            if users.affected:
                for line in users.warnings():
                    warn(line)
                prompts.confirm_destructive(users.question(), yes)
            removed = buses.remove_stop(session, coach, found, stop)
            message = f"Removed {removed.name} from {coach.name}, {found.name}"
        else:
            prompts.confirm_destructive(f"Remove the whole {found.name} leg of {coach.name}?", yes)
            buses.remove_leg(session, found)
            message = f"Removed the {found.name} leg of {coach.name}"
    info(message)
