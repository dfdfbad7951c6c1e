"""``c2c leads``: the partnerships B2B meetings opened, followed across missions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from c2c.commands._common import reader_of, store_of
from c2c.commands._params import ID, choice
from c2c.commands._views import LEAD_COLUMNS
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render

if TYPE_CHECKING:
    from c2c.services.outcomes.leads import LeadEventRow

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

Opt = typer.Option
EVENT_COLUMNS: list[Column[LeadEventRow]] = [
    Column("When (UTC)", lambda r: r["at"]),
    Column("Status", lambda r: r["status"]),
    Column("Note", lambda r: r["note"]),
]


def _statuses() -> tuple[str, ...]:
    from c2c.services.outcomes.leads import LEAD_STATUSES

    return LEAD_STATUSES


StatusOption = Annotated[str | None, choice(_statuses, "STATUS").option(
    "--status", help="open, in-progress, agreement, closed or dormant.")]


@app.command("list")
@handle_errors
def list_leads(
    ctx: typer.Context,
    status: StatusOption = None,
    cluster: Annotated[str | None, Opt("--cluster", help="Leads with a company of this cluster (short name).")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List the leads of every mission, with where each started and its last change.

    Example:
        c2c leads list --status open --cluster AAR
    """
    from c2c.services.outcomes.leads import lead_rows

    rows = lead_rows(reader_of(ctx), status, cluster)
    render(rows, LEAD_COLUMNS, fmt, title="Leads",
           empty_message="No leads: a B2B outcome with a next step opens one (c2c b2b outcome MEETING --next quote …)")


@app.command("show")
@handle_errors
def show_lead(ctx: typer.Context, lead: Annotated[int, ID.argument(help="Lead number.")],
              fmt: FormatOption = Format.table) -> None:
    """Show a lead's dated history.

    Example:
        c2c leads show 1
    """
    from c2c.services.outcomes.leads import lead_history

    db = reader_of(ctx)
    rows = lead_history(db, lead)
    render(rows, EVENT_COLUMNS, fmt, title=f"Lead {lead}", empty_message=f"No lead {lead}: see c2c leads list")


@app.command("edit")
@handle_errors
def edit_lead(
    ctx: typer.Context,
    lead: Annotated[int, ID.argument(help="Lead number (c2c leads list).")],
    status: StatusOption = None,
    note: Annotated[str | None, Opt("--note", help="What happened (kept, dated, in its history).")] = None,
) -> None:
    """Move a lead on or add a note; every change is kept, dated, in its history.

    Example:
        c2c leads edit 1 --status in-progress --note "Samples sent to Lyon"
    """
    from c2c.services.outcomes.leads import edit_lead as edit

    if status is None and not note:
        raise InvalidInput("nothing to change", hint="pass --status or --note")
    with store_of(ctx).session() as session:
        found = edit(session, lead, status, note)
    info(f"Lead {found.id}: {found.status}" + (f" ({note})" if note else ""))
