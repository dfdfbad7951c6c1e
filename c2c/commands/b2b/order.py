"""``c2c b2b order``: the organiser's order between two meetings (one before the other)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from c2c.commands._common import MissionOption, reader_of, store_of
from c2c.commands._params import ID
from c2c.errors import handle_errors
from c2c.output import Column, Format, FormatOption, info, render

if TYPE_CHECKING:
    from c2c.services.b2b.precedence import PrecedenceRow

app = typer.Typer(help="Meetings that must come before others.", no_args_is_help=True)

BeforeArgument = Annotated[int, ID.argument(help="The meeting held first (number from b2b show).")]
AfterArgument = Annotated[int, ID.argument(help="The meeting held later.")]
ORDER_COLUMNS: list[Column[PrecedenceRow]] = [
    Column("First", lambda r: r["before"], "right"),
    Column("Companies", lambda r: r["before_meeting"]),
    Column("At", lambda r: r["before_start"]),
    Column("Then", lambda r: r["after"], "right"),
    Column("Companies", lambda r: r["after_meeting"]),
    Column("At", lambda r: r["after_start"]),
    Column("Holds", lambda r: r["holds"]),
]


@app.command("add")
@handle_errors
def add_order(ctx: typer.Context, before: BeforeArgument, after: AfterArgument, mission: MissionOption = None) -> None:
    """Hold one meeting in an earlier slot than another; the next schedule keeps the order.

    Example:
        c2c b2b order add 3 7        # meeting 3 before meeting 7
    """
    from c2c.services import missions
    from c2c.services.b2b import precedence as b2b_order

    with store_of(ctx).session() as session:
        b2b_order.add_precedence(session, missions.get_mission(session, mission), before, after)
    info(f"Meeting {before} comes before meeting {after} (takes effect at the next c2c b2b schedule)")


@app.command("remove")
@handle_errors
def remove_order(ctx: typer.Context, before: BeforeArgument, after: AfterArgument, mission: MissionOption = None) -> None:
    """Drop an order between two meetings.

    Example:
        c2c b2b order remove 3 7
    """
    from c2c.services import missions
    from c2c.services.b2b import precedence as b2b_order

    with store_of(ctx).session() as session:
        b2b_order.remove_precedence(session, missions.get_mission(session, mission), before, after)
    info(f"Meeting {before} no longer has to come before meeting {after}")


@app.command("list")
@handle_errors
def list_orders(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """List the orders between meetings and whether the current timetable keeps them.

    Example:
        c2c b2b order list --format json
    """
    from c2c.services import missions
    from c2c.services.b2b import precedence as b2b_order

    db = reader_of(ctx)
    rows = b2b_order.precedence_rows(db, missions.mission_ref(db, mission).id)
    render(rows, ORDER_COLUMNS, fmt, title="Meeting order", empty_message="No order between meetings: c2c b2b order add 3 7")
