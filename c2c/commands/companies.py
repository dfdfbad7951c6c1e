"""``c2c companies``: the companies of a mission, their profile and headcount."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from c2c.commands import _views
from c2c.commands._common import MissionOption, YesOption, reader_of, store_of
from c2c.commands._params import COUNTRY
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render

if TYPE_CHECKING:
    from c2c.services.companies import CompanyRow
    from c2c.services.company_merge import MergeRow
    from c2c.services.outcomes.history import MeetingHistoryRow, VisitRow

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

LIST_COLUMNS: list[Column[CompanyRow]] = [
    Column("Company", lambda r: r["name"]),
    Column("Cluster", lambda r: r["cluster"]),
    Column("Country", lambda r: r["country"]),
    Column("People", lambda r: _views.headcount(r["people"], r["cancelled"]), "right"),
    Column("Core business", lambda r: r["core_business"]),
    Column("Areas of interest", lambda r: r["areas_of_interest"]),
    Column("Partners sought", lambda r: r["partners_sought"]),
    Column("Current projects", lambda r: r["current_projects"]),
]

MERGE_COLUMNS: list[Column[MergeRow]] = [
    Column("What", lambda r: r["what"]),
    Column("Moved", lambda r: r["moved"], "right"),
    Column("Dropped", lambda r: r["dropped"], "right"),
    Column("Note", lambda r: r["note"]),
]

VISIT_COLUMNS: list[Column[VisitRow]] = [
    Column("Mission", lambda r: r["mission"]),
    Column("Date", lambda r: r["date"]),
    Column("People", lambda r: r["people"]),
    Column("Pitch", lambda r: r["pitch"]),
]
MEETING_COLUMNS: list[Column[MeetingHistoryRow]] = [
    Column("Mission", lambda r: r["mission"]),
    Column("Meeting", lambda r: r["meeting"], "right"),
    Column("Time", lambda r: r["start"]),
    Column("Meets", lambda r: r["meets"]),
    Column("Outcome", lambda r: r["status"]),
    Column("Interest", lambda r: r["interest"]),
    Column("Next step", lambda r: r["next_step"]),
    Column("Note", lambda r: r["note"]),
    Column("They said", lambda r: r["they_said"]),
]

Opt = typer.Option


@app.command("list")
@handle_errors
def list_companies(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """List the companies taking part in a mission, with profile and headcount.

    Example:
        c2c companies list --mission lyon-2018 --format json
    """
    from c2c.services import companies, missions

    db = reader_of(ctx)
    target = missions.mission_ref(db, mission)
    rows = companies.company_rows(db, target.id)
    render(rows, LIST_COLUMNS, fmt, title=f"Companies of {target.slug} ({len(rows)})",
           empty_message=f"No companies yet: c2c participants import FILE --mission {target.slug}")


@app.command("edit")
@handle_errors
def edit_company(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Company name (case and accents ignored).")],
    new_name: Annotated[str | None, Opt("--name", help="Rename the company.")] = None,
    core_business: Annotated[str | None, Opt("--core-business", help="What the company does.")] = None,
    areas_of_interest: Annotated[str | None, Opt("--areas-of-interest", help="Areas of interest.")] = None,
    partners_sought: Annotated[str | None, Opt("--partners-sought", help="Partners it looks for.")] = None,
    current_projects: Annotated[str | None, Opt("--current-projects", help="Current projects.")] = None,
    cluster: Annotated[str | None, Opt(help="Cluster: name, short name or alias ('' for none).")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="ISO code or name ('' for none).")] = None,
    website: Annotated[str | None, Opt(help="Web site.")] = None,
) -> None:
    """Fill in or change a company's profile ('' clears a field).

    Example:
        c2c companies edit "Avioparts Srl" --core-business "Machined titanium parts" --cluster LAC
    """
    from c2c.services import companies

    changes = {"name": new_name, "core_business": core_business, "areas_of_interest": areas_of_interest,
               "partners_sought": partners_sought, "current_projects": current_projects, "country": country,
               "website": website}
    if all(v is None for v in changes.values()) and cluster is None:
        raise InvalidInput("nothing to change", hint="pass at least one option, e.g. --core-business")
    with store_of(ctx).session() as session:
        company = companies.edit_company(session, companies.get_company(session, name), changes, cluster)
    info(f"Updated company {company.name}")


@app.command("merge")
@handle_errors
def merge_companies(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="The company that stays, with its name.")],
    other: Annotated[str, typer.Argument(help="The company joined into it, then removed.")],
    yes: YesOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Join a company into another: its people, B2B wishes, meetings and pitches move, then it goes.

    The kept company fills its empty profile fields from the other. A wish or meeting between the
    two is dropped, a wish made twice keeps the stronger priority; the report says what moved.

    Example:
        c2c companies merge "Avioparts Srl" "Avioparts S.r.l. (Torino)" --yes
    """
    from c2c import prompts
    from c2c.services import companies, company_merge

    with store_of(ctx).session() as session:
        kept, gone = companies.get_company(session, keep), companies.get_company(session, other)
        prompts.confirm_destructive(company_merge.merge_summary(session, kept, gone).question(), yes)
        rows = company_merge.merge_companies(session, kept, gone)
    render(rows, MERGE_COLUMNS, fmt, title=f"Merged {gone.name} into {kept.name}")


@app.command("history")
@handle_errors
def company_history(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Company name (case and accents ignored).")],
    fmt: FormatOption = Format.table,
) -> None:
    """Show a company across the whole path: missions, pitches, meetings, its outcomes and leads.

    Of the other side of each meeting only whether it was held is shown, never its interest or note.

    Example:
        c2c companies history "Aviometal"
    """
    from c2c.commands._views import LEAD_COLUMNS
    from c2c.output import Sheet, write
    from c2c.services import companies
    from c2c.services.outcomes.history import company_history as history_of
    from c2c.store.reading import session_reader

    with store_of(ctx).session() as session:
        company = companies.get_company(session, name)
        found = history_of(session_reader(session), company.id or 0, company.name)
    write([Sheet(found.visits, VISIT_COLUMNS, f"{found.name}: missions", "No missions."),
           Sheet(found.meetings, MEETING_COLUMNS, f"{found.name}: B2B meetings", "No B2B meetings."),
           Sheet(found.leads, LEAD_COLUMNS, f"{found.name}: leads", "No leads.")], fmt)
