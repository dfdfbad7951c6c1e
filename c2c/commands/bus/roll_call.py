"""``c2c bus checkin|board|unboard|status``: the roll call on the day ."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from c2c import prompts
from c2c.commands._common import BusOption, MissionOption, reader_of, store_of
from c2c.errors import InvalidInput, NotFound, handle_errors
from c2c.output import Column, Format, FormatOption, Sheet, info, write

if TYPE_CHECKING:
    import datetime as dt

    from c2c.services.buses import LegPassenger, StatusRow, WaitlistRow
    from c2c.store.engine import Store
    from c2c.store.models import Leg

app = typer.Typer()

Opt = typer.Option
LegOption = Annotated[str | None, Opt("--leg", help="Leg name or kind (default: the next leg not yet arrived).")]
PersonArg = Annotated[str, typer.Argument(help="The participant's e-mail or full name.")]

STATUS_COLUMNS: list[Column[StatusRow]] = [
    Column("Coach", lambda r: r["coach"]),
    Column("Seats", lambda r: r["seats"], "right"),
    Column("Reserved", lambda r: r["reserved"], "right"),
    Column("Assigned", lambda r: r["assigned"], "right"),
    Column("Free", lambda r: r["free"], "right"),
    Column("Leg", lambda r: r["leg"]),
    Column("Day", lambda r: r["day"]),
    Column("Departs", lambda r: r["departs"]),
    Column("Boarded", lambda r: r["boarded"], "right"),
    Column("Missing", lambda r: r["missing_count"], "right"),
]
WAITLIST_COLUMNS: list[Column[WaitlistRow]] = [
    Column("Name", lambda r: r["name"]),
    Column("Company", lambda r: r["company"]),
    Column("Mobile", lambda r: r["phone"]),
    Column("Asked for", lambda r: r["stop"]),
    Column("Reason", lambda r: r["reason"]),
]


@app.command("checkin")
@handle_errors
def checkin_bus(
    ctx: typer.Context,
    bus: BusOption = None,
    stop: Annotated[str | None, Opt("--stop", help="Only the people getting on at this stop.")] = None,
    leg: LegOption = None,
    mission: MissionOption = None,
) -> None:
    """Roll call: tick who got on, stop by stop; each stop's answer is saved at once.

    Prints who is missing with their phone numbers. Needs a terminal; in scripts use
    `c2c bus board PERSON`.

    Example:
        c2c bus checkin --bus "Coach 1" --stop Gallarate
    """
    from c2c.services import buses, missions
    from c2c.services.buses.matching import match_stop

    if not prompts.is_interactive():
        raise InvalidInput("bus checkin needs a terminal for its check list",
                           hint="record each boarding with: c2c bus board PERSON (or unboard)")
    store = store_of(ctx)
    now = buses.now_utc()
    with store.session() as session:
        found = missions.get_mission(session, mission)
        coach = buses.only_coach(session, found, bus)
        the_leg = buses.resolve_leg(session, found, coach, leg, now)
        passengers = buses.leg_passengers(session, found, coach, the_leg)
    stops = list(dict.fromkeys(p.stop.name for p in passengers))
    if stop:
        chosen = match_stop(stop, stops)
        if chosen is None:
            raise NotFound(f"nobody gets on {coach.name}, {the_leg.name} at {stop!r}",
                           hint=f"stops with people: {', '.join(stops) or 'none'}")
        stops = [chosen]
    info(f"Roll call: {coach.name}, {the_leg.name} ({the_leg.day})")
    for name in stops:
        _call_stop(store, the_leg, [p for p in passengers if p.stop.name == name], now)
    with store.session() as session:
        after = buses.leg_passengers(session, found, coach, the_leg)
    expected = [p for p in after if p.stop.name in stops]
    missing = [p for p in expected if p.boarded_at is None]
    info(f"On board: {len(expected) - len(missing)} of {len(expected)}")
    for person in missing:
        info(f"Missing: {person.label()} — {person.stop.name}")


def _call_stop(store: Store, leg: Leg, expected: list[LegPassenger], now: dt.datetime) -> None:
    from c2c.services import buses

    labels = _labels(expected)
    first = expected[0].stop
    answer = set(prompts.checkbox(
        f"{first.clock} {first.name}: who got on?", list(labels),
        checked=[label for label, p in labels.items() if p.boarded_at is not None],
    ))
    # a transaction per stop: an interrupted roll call keeps every stop already answered
    with store.session() as session:
        for label, passenger in labels.items():
            buses.set_boarded(session, passenger.seat_id, leg, label in answer, now)


def _labels(passengers: list[LegPassenger]) -> dict[str, LegPassenger]:
    labels: dict[str, LegPassenger] = {}
    for p in passengers:
        label = " · ".join(x for x in (p.person.name, p.person.company, p.person.phone) if x)
        if label in labels:
            label = f"{label} · {p.person.email}"
        labels[label] = p
    return labels


@app.command("board")
@handle_errors
def board_person(ctx: typer.Context, person: PersonArg, leg: LegOption = None, mission: MissionOption = None) -> None:
    """Record that someone got on their coach (no prompts; for scripts and late arrivals).

    Example:
        c2c bus board anna.rossi@example.com --leg outbound
    """
    _set_boarding(ctx, person, leg, mission, boarded=True)


@app.command("unboard")
@handle_errors
def unboard_person(ctx: typer.Context, person: PersonArg, leg: LegOption = None, mission: MissionOption = None) -> None:
    """Undo a boarding recorded by mistake.

    Example:
        c2c bus unboard "Anna Rossi" --leg outbound
    """
    _set_boarding(ctx, person, leg, mission, boarded=False)


def _set_boarding(ctx: typer.Context, person: str, leg: str | None, mission: str | None, boarded: bool) -> None:
    from c2c.services import buses, missions

    with store_of(ctx).session() as session:
        found = missions.get_mission(session, mission)
        change = buses.board(session, found, person, leg, buses.now_utc(), boarded)
        zone = buses.mission_zone(found)
    if change.boarded_at is not None:
        info(f"{change.name} boarded {change.coach}, {change.leg} at {change.boarded_at.astimezone(zone):%H:%M}")
    else:
        info(f"{change.name} is not on board {change.coach}, {change.leg}")


@app.command("status")
@handle_errors
def show_status(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """Seats per coach, who is on board and who is missing on each leg, and the waitlist.

    Example:
        c2c bus status
    """
    from c2c.services import buses, missions

    db = reader_of(ctx)
    found = missions.mission_ref(db, mission)
    rows = buses.status_rows(db, found.id)
    waiting = buses.waitlist_rows(db, found.id)
    coaches = Sheet(rows, STATUS_COLUMNS, "Coaches", 'No coaches yet: c2c bus add --name "Coach 1" --seats 50')
    # json holds both lists; csv, one table, the coaches
    write(coaches, fmt, documents={Format.json: [Sheet(rows, [], "coaches"), Sheet(waiting, [], "waitlist")]})
    if fmt is not Format.table:
        return
    for row in rows:
        # once the roll call of a leg has begun, whoever is missing needs a phone call
        if row["boarded"] and row["missing"]:
            typer.echo(f"Missing on {row['coach']}, {row['leg']}: {', '.join(row['missing'])}")
    write(Sheet(waiting, WAITLIST_COLUMNS, "Waitlist", "Nobody on the waitlist."), fmt)
