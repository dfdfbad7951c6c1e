"""``c2c b2b request``: who wants to meet whom: add, import, list and withdraw wishes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import prompts
from c2c.commands._common import MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import HALF_DAY, PRIORITY, input_file
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.services.b2b.wishes import WishRow, Withdrawal
    from c2c.services.outcomes.follow_ups import FollowUpRow
    from c2c.store.models import Mission

app = typer.Typer(help="Who wants to meet whom.", no_args_is_help=True)

Opt = typer.Option
SameClusterOption = Annotated[
    bool, Opt("--allow-same-cluster", help="Accept a wish between two companies of one cluster.")
]

REQUEST_COLUMNS: list[Column[WishRow]] = [
    Column("Meeting", lambda r: r["meeting"], "right"),
    Column("Requester", lambda r: r["requester"]),
    Column("Requested", lambda r: r["requested"]),
    Column("Priority", lambda r: r["priority"], "right"),
    Column("Session", lambda r: r["session"]),
    Column("Mutual", lambda r: r["mutual"]),
    Column("Follow-up", lambda r: f"lead {r['follow_up']}" if r["follow_up"] else ""),
]


@app.command("add")
@handle_errors
def add_request(
    ctx: typer.Context,
    requester: Annotated[str | None, typer.Argument(help="Company that asks (asked for on a terminal).")] = None,
    requested: Annotated[str | None, typer.Argument(help="Company it wants to meet (asked for on a terminal).")] = None,
    priority: Annotated[int, PRIORITY.option(
        "--priority", help="1 = must meet (high), 2 = should (medium), 3 = nice to have (low).")] = 2,
    session_name: Annotated[str | None, HALF_DAY.option("--session", help="am or pm only (morning, afternoon).")] = None,
    allow_same_cluster: SameClusterOption = False,
    mission: MissionOption = None,
) -> None:
    """Record that a company wants to meet another; the reverse wish makes it mutual.

    Example:
        c2c b2b request add "Aviometal" "Secondo Mona" --priority 1
    """
    from c2c.services import missions
    from c2c.services.b2b import wishes as b2b_wishes
    from c2c.services.b2b.setup import find_company

    with store_of(ctx).session() as session:
        m = missions.get_mission(session, mission)
        requester, requested = _ask_pair(session, m, requester, requested, allow_same_cluster)
        meeting, mutual = b2b_wishes.add_request(session, m, requester, requested, priority, session_name, allow_same_cluster)
        # the names as stored, not as typed ('avio' is Aviometal)
        asking, asked = (find_company(session, m, name).name for name in (requester, requested))
    info(f"Meeting {meeting.id}: {asking} → {asked}" + (" (mutual)" if mutual else ""))


def _ask_pair(
    session: Session, mission: Mission, requester: str | None, requested: str | None, same_cluster: bool
) -> tuple[str, str]:
    """The two companies given, or picked from the mission's companies on a terminal."""
    from c2c.services.b2b import setup as b2b

    if requester is not None and requested is not None:
        return requester, requested
    if not prompts.is_interactive():
        raise InvalidInput("REQUESTER and REQUESTED are required when not on a terminal",
                           hint='e.g. c2c b2b request add "Aviometal" "Daher"')
    companies = b2b.mission_companies(session, mission)
    if len(companies) < 2:
        raise InvalidInput(f"{mission.slug} has fewer than two companies to pair",
                           hint="add participants first: c2c participants import FILE")
    if requester is None:
        requester = prompts.select("Which company asks?", [c.name for c in companies])
    asking = b2b.find_company(session, mission, requester)
    others = [c.name for c in companies
              if c.id != asking.id and (same_cluster or c.cluster_id is None or c.cluster_id != asking.cluster_id)]
    if requested is None:
        if not others:
            raise InvalidInput(f"no company of another cluster for {asking.name} to meet",
                               hint="pass --allow-same-cluster to pick one of its own")
        requested = prompts.select(f"Whom does {asking.name} want to meet?", others)
    return requester, requested


@app.command("import")
@handle_errors
def import_requests(
    ctx: typer.Context,
    path: Annotated[Path, input_file(help="csv or xlsx with requester, requested, priority[, session].")],
    allow_same_cluster: SameClusterOption = False,
    mission: MissionOption = None,
) -> None:
    """Add every wish of a spreadsheet; nothing is added when a row is wrong.

    Headers may be English, Italian, French or German; importing the edited file again
    updates the priority and session of the wishes already there.

    Example:
        c2c b2b request import wishes.xlsx
    """
    from c2c.services import missions
    from c2c.services.b2b import wishes as b2b_wishes

    with store_of(ctx).session() as session:
        count = b2b_wishes.import_requests(session, missions.get_mission(session, mission), path, allow_same_cluster)
    if not (count.updated or count.unchanged):
        info(f"Imported {count.new} wishes from {path.name}")
        return
    total = count.new + count.updated + count.unchanged
    info(f"Read {total} wishes from {path.name}: {count.new} new, {count.updated} updated, "
         f"{count.unchanged} already there")


FOLLOW_UP_COLUMNS: list[Column[FollowUpRow]] = [
    Column("Lead", lambda r: r["lead"], "right"),
    Column("Requester", lambda r: r["requester"]),
    Column("Requested", lambda r: r["requested"]),
    Column("Next step", lambda r: r["next_step"]),
    Column("Result", lambda r: r["result"]),
]


@app.command("follow-ups")
@handle_errors
def follow_ups(
    ctx: typer.Context,
    source: Annotated[str, typer.Option("--from", help="The earlier mission whose open leads to carry.")],
    mission: MissionOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Turn the open leads of an earlier mission into must-meet wishes, marked as follow-ups.

    A lead is placed when both its companies take part in this mission; the others are listed.

    Example:
        c2c b2b request follow-ups --from lyon-2018 --mission francia-lombardia-2020
    """
    from c2c.services import missions
    from c2c.services.outcomes.follow_ups import carry_leads

    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        rows = carry_leads(session, missions.get_mission(session, source), target)
    placed = sum(r["placed"] for r in rows)
    render(rows, FOLLOW_UP_COLUMNS, fmt, title=f"Follow-ups of {source} in {target.slug}",
           empty_message=f"No open leads started at {source}.")
    if rows:
        info(f"{placed} of {len(rows)} leads placed as wishes in {target.slug}")


@app.command("list")
@handle_errors
def list_requests(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """List the wishes, with the meeting each one belongs to.

    Example:
        c2c b2b request list --format csv
    """
    from c2c.services import missions
    from c2c.services.b2b import wishes as b2b_wishes

    db = reader_of(ctx)
    rows = b2b_wishes.request_rows(db, missions.mission_ref(db, mission).id)
    render(rows, REQUEST_COLUMNS, fmt, title="B2B wishes", empty_message="No wishes yet: c2c b2b request add A B")


@app.command("remove")
@handle_errors
def remove_request(
    ctx: typer.Context,
    requester: Annotated[str, typer.Argument(help="Company that asked.")],
    requested: Annotated[str, typer.Argument(help="Company it wanted to meet.")],
    mission: MissionOption = None,
    yes: YesOption = False,
) -> None:
    """Withdraw a wish; the meeting goes when nobody wants it any more.

    Example:
        c2c b2b request remove "Aviometal" "Secondo Mona" --yes
    """
    from c2c.services import missions
    from c2c.services.b2b import wishes as b2b_wishes

    with store_of(ctx).session() as session:
        wish = b2b_wishes.find_wish(session, missions.get_mission(session, mission), requester, requested)
        prompts.confirm_destructive(_withdrawal_question(wish), yes)
        b2b_wishes.withdraw(session, wish)
    info(f"Removed the wish {wish.requester} → {wish.requested}")


def _withdrawal_question(wish: Withdrawal) -> str:
    meeting, question = wish.meeting, f"Withdraw the wish {wish.requester} → {wish.requested}?"
    if not wish.meeting_goes:
        return f"{question} Meeting {meeting.id} stays: {wish.requested} asked too."
    if meeting.start is None:
        return f"{question} Meeting {meeting.id} goes with it."
    fixed = ", fixed" if meeting.fixed else ""
    return f"{question} Meeting {meeting.id} ({meeting.start:%H:%M}, table {meeting.table}{fixed}) leaves the timetable."
