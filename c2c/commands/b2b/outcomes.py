"""``c2c b2b outcome`` and ``c2c b2b debrief``: how each side says its meetings went."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperGroup

from c2c import prompts
from c2c.commands._common import MissionOption, store_of
from c2c.commands._params import ID, INTEREST, NEXT_STEP, input_file
from c2c.errors import InvalidInput, handle_errors
from c2c.output import Column, Format, FormatOption, info, render

if TYPE_CHECKING:
    from typer import _click

    from c2c.services.outcomes.record import OutcomeInput, OutcomeRow, Recorded


class _MeetingFirst(TyperGroup):
    """``c2c b2b outcome 12 …`` records: a meeting number in the place of a command means ``record``."""

    def resolve_command(self, ctx: _click.Context, args: list[str]) -> tuple[str | None, _click.Command | None, list[str]]:
        if args and args[0] not in self.commands and args[0][:1].isdigit():
            args = ["record", *args]
        return super().resolve_command(ctx, args)


app = typer.Typer(cls=_MeetingFirst, help="Record how a meeting went: by command, or from the feedback sheet.",
                  no_args_is_help=True)
debrief_app = typer.Typer()

Opt = typer.Option
CompanyOption = Annotated[str, Opt("--company", "-c", help="The side that speaks (its name, or the start of it).")]

OUTCOME_COLUMNS: list[Column[OutcomeRow]] = [
    Column("Time", lambda r: r["start"]),
    Column("Meeting", lambda r: r["meeting"], "right"),
    Column("Company", lambda r: r["company"]),
    Column("Meets", lambda r: r["meets"]),
    Column("Outcome", lambda r: r["status"]),
    Column("Interest", lambda r: r["interest"]),
    Column("Next step", lambda r: r["next_step"]),
    Column("Private note", lambda r: r["note"]),
]


@app.command("record")
@handle_errors
def record_outcome(
    ctx: typer.Context,
    meeting: Annotated[int, ID.argument(help="Meeting number (c2c b2b show --company …).")],
    company: CompanyOption,
    held: Annotated[bool, Opt("--held", help="The meeting took place.")] = False,
    no_show: Annotated[bool, Opt("--no-show", help="The other side did not come.")] = False,
    cancelled: Annotated[bool, Opt("--cancelled", help="Cancelled on the day.")] = False,
    interest: Annotated[str | None, INTEREST.option("--interest", help="This side's interest (private to it).")] = None,
    next_step: Annotated[str | None, NEXT_STEP.option(
        "--next", help="none, documentation, quote, nda, visit, joint-project or partnership.")] = None,
    note: Annotated[str | None, Opt("--note", help="A note private to this side ('' clears it).")] = None,
    mission: MissionOption = None,
) -> None:
    """Record what one side says of a meeting; a next step opens a lead between the two companies.

    Interest and note stay private to the side that gives them. `c2c b2b outcome 12 …` is
    short for `c2c b2b outcome record 12 …`.

    Example:
        c2c b2b outcome 3 --company "Avioparts" --held --interest high --next quote --note "Wants titanium brackets"
    """
    from c2c.services import missions
    from c2c.services.outcomes.record import OutcomeInput, record_outcome as record

    status = _status(held, no_show, cancelled)
    if status is None and interest is None and next_step is None and note is None:
        raise InvalidInput("nothing to record", hint="say --held, --no-show or --cancelled, maybe with --interest and --next")
    with store_of(ctx).session() as session:
        recorded = record(session, missions.get_mission(session, mission), meeting, company,
                          OutcomeInput(status, interest, next_step, note))
    _said(meeting, recorded)


def _status(held: bool, no_show: bool, cancelled: bool) -> str | None:
    chosen = [name for name, given in (("held", held), ("no-show", no_show), ("cancelled", cancelled)) if given]
    if len(chosen) > 1:
        raise typer.BadParameter("say one of --held, --no-show and --cancelled")
    return chosen[0] if chosen else None


def _said(meeting: int, recorded: Recorded) -> None:
    outcome = recorded.outcome
    details = [f"interest {outcome.interest}" if outcome.interest else "", f"next: {outcome.next_step}"
               if outcome.next_step else ""]
    info(f"Meeting {meeting}, {recorded.company} (with {recorded.other}): "
         + ", ".join(d for d in [outcome.status, *details] if d))
    if recorded.lead_opened and recorded.lead is not None:
        info(f"Opened lead {recorded.lead.id}: {recorded.company} – {recorded.other} ({recorded.lead.next_step})")


@app.command("import")
@handle_errors
def import_outcomes(
    ctx: typer.Context,
    path: Annotated[Path | None, input_file(help="The filled-in feedback sheet (xlsx, ods, csv…).")] = None,
    template: Annotated[Path | None, Opt("--template", help="Write the blank sheet to send round (.xlsx) instead.",
                                         show_default=False)] = None,
    company: Annotated[str | None, Opt("--company", "-c", help="With --template: that company's meetings only.")] = None,
    mission: MissionOption = None,
) -> None:
    """Record the outcomes of a feedback sheet, or write the blank sheet with --template.

    Headers and answers may be English, Italian, French, German or Polish; blank rows are
    left for later, and one wrong row records nothing.

    Example:
        c2c b2b outcome import --template feedback.xlsx
        c2c b2b outcome import feedback.xlsx
    """
    from c2c.services import missions
    from c2c.services.outcomes import sheet

    if (path is None) == (template is None):
        raise InvalidInput("give the sheet to read, or --template FILE.xlsx to write a blank one")
    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        if template is not None:
            if template.suffix.lower() != ".xlsx":
                raise InvalidInput(f"--template {template.name}: name an .xlsx file")
            rows = sheet.write_template(session, target, company, template)
        else:
            assert path is not None
            count = sheet.import_outcomes(session, target, path)
    if template is not None:
        info(f"Wrote {template}: {rows} meeting sides to fill in")
        return
    info(f"Recorded {count.recorded} outcomes from {path.name if path else ''}"
         + (f"; {count.blank} rows left blank" if count.blank else ""))
    for pair in count.leads_opened:
        info(f"Opened a lead: {pair}")


@app.command("list")
@handle_errors
def list_outcomes(
    ctx: typer.Context,
    company: Annotated[str | None, Opt("--company", "-c", help="One side's own view.")] = None,
    mission: MissionOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List what each side said of each meeting, private notes included (the coordinator's view).

    Example:
        c2c b2b outcome list --company "Avioparts"
    """
    from c2c.services import missions
    from c2c.services.b2b.setup import company_named
    from c2c.services.outcomes.record import outcome_rows
    from c2c.store.reading import session_reader

    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        db = session_reader(session)
        company_id = company_named(db, target.id or 0, target.slug, company).id if company else None
        rows = outcome_rows(db, target.id or 0, company_id)
    render(rows, OUTCOME_COLUMNS, fmt, title=f"B2B outcomes of {target.slug}",
           empty_message=f"No B2B meetings in {target.slug}.")


@debrief_app.command("debrief")
@handle_errors
def debrief(ctx: typer.Context, company: CompanyOption, mission: MissionOption = None) -> None:
    """Walk through one company's meetings on a terminal and record how each went.

    Enter keeps what was recorded before; "skip" leaves a meeting for later. Nothing is
    recorded if you stop half way (Ctrl-C).

    Example:
        c2c b2b debrief --company "Avioparts"
    """
    from c2c.services import missions
    from c2c.services.b2b.setup import find_company
    from c2c.services.outcomes.record import find_meeting, outcome_rows, record_side
    from c2c.store.reading import session_reader

    if not prompts.is_interactive():
        raise InvalidInput("b2b debrief asks on a terminal",
                           hint="elsewhere: c2c b2b outcome MEETING --company … --held, or c2c b2b outcome import FILE")
    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        side = find_company(session, target, company)
        rows = outcome_rows(session_reader(session), target.id or 0, side.id)
        if not rows:
            raise InvalidInput(f"{side.name} has no B2B meetings in {target.slug}")
        for row in rows:
            said = _ask_outcome(row)
            if said is not None:
                record_side(session, target, find_meeting(session, target, row["meeting"]), side, said)
        done = outcome_rows(session_reader(session), target.id or 0, side.id)
    render(done, OUTCOME_COLUMNS, Format.table, title=f"B2B outcomes of {side.name}")


def _ask_outcome(row: OutcomeRow) -> OutcomeInput | None:
    from c2c.services.outcomes import INTERESTS, NEXT_STEPS, STATUSES
    from c2c.services.outcomes.record import OutcomeInput as Said

    when = f"{row['start']} " if row["start"] else ""
    status = prompts.select(f"{when}meeting {row['meeting']} with {row['meets']}:", [*STATUSES, "skip"],
                            default=row["status"] or "held")
    if status == "skip":
        return None
    interest = next_step = None
    if status == "held":
        interest = prompts.select("Interest (private):", INTERESTS, default=row["interest"] or "medium")
        next_step = prompts.select("Next step:", NEXT_STEPS, default=row["next_step"] or "none")
    note = prompts.text("Private note (Enter for none):", default=row["note"] or "")
    return Said(status, interest, next_step, note)
