"""``c2c participants``: import attendee lists, list, add, edit, remove and export people."""

from __future__ import annotations

import functools
import operator
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c import prompts
from c2c.commands._common import MissionOption, YesOption, bulk_writer_of, reader_of, store_of
from c2c.commands._import_report import (
    import_limits,
    progress_callback,
    show_import,
    show_warnings,
    write_rejected,
)
from c2c.commands._params import COUNTRY, LANGUAGE_OR_BLANK, choice, input_file
from c2c.errors import InvalidInput, handle_errors
from c2c.output import (
    Column,
    FileFormatOption,
    ForceOption,
    Format,
    FormatOption,
    Sheet,
    choose_format,
    choose_printed,
    claim_output,
    info,
    key_columns,
    printable,
    render,
    write,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from c2c.commands._import_report import ProgressFeed
    from c2c.services.importing.scope import AskCluster
    from c2c.services.participants import ParticipantRow, PersonInput

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

LIST_COLUMNS: list[Column[ParticipantRow]] = [
    Column("#", lambda r: r["id"], "right"),
    Column("First name", lambda r: r["first_name"]),
    Column("Last name", lambda r: r["last_name"]),
    Column("Company", lambda r: r["company"]),
    Column("Cluster", lambda r: r["cluster"]),
    Column("Role", lambda r: r["role"]),
    Column("E-mail", lambda r: r["email"]),
    Column("Phone", lambda r: r["phone"]),
    Column("Country", lambda r: r["country"]),
    Column("Lang", lambda r: r["language"]),
    Column("Pitch", lambda r: r["pitch"]),
    Column("Bus stop", lambda r: r["bus_stop"]),
    Column("Status", lambda r: r["status"]),
]
# the export's fields, and how a workbook or a page heads them for people (json and csv keep the names)
EXPORT_HEADERS = {"first_name": "First name", "last_name": "Last name", "email": "E-mail", "phone": "Phone",
                  "company": "Company", "role": "Role", "country": "Country", "cluster": "Cluster", "pitch": "Pitch",
                  "status": "Status", "bus_stop": "Bus stop"}
EXPORT_KEYS = list(EXPORT_HEADERS)

Opt = typer.Option


@app.command("import")
@handle_errors
def import_list(
    ctx: typer.Context,
    file: Annotated[Path, input_file(help="Attendee list: .xlsx, .xlsm, .xls, .ods, .csv or .tsv.")],
    mission: MissionOption = None,
    sheet: Annotated[str | None, Opt(help="Read only this sheet (default: every sheet that lists people).")] = None,
    dry_run: Annotated[bool, Opt("--dry-run", help="Show what would change; write nothing.")] = False,
    mapping: Annotated[list[str] | None, Opt("--map", help='Map a column: "Header=field" (repeatable; field "extra" or "ignore" too).')] = None,
    skip_invalid: Annotated[bool, Opt("--skip-invalid", help="Import the valid rows even when some are invalid.")] = False,
    errors: Annotated[Path | None, Opt("--errors", help="Write the rejected rows with a reason column to this .xlsx/.csv.")] = None,
    cluster: Annotated[str | None, Opt("--cluster", help="Whose list it is: a cluster's name, short name or alias "
                                       "(default: the file's Cluster column, else asked on a terminal, else inferred "
                                       "from its companies).")] = None,
    prune: Annotated[bool, Opt("--prune", help="Remove from the mission that cluster's people no longer in the file "
                                               "(asks first).")] = False,
    yes: YesOption = False,
    force: ForceOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Import an attendee list; importing an updated list again updates it.

    Headers in the languages of Europe's delegations are recognised (Italian, French,
    German, English, Spanish, Polish, Czech, Hungarian, Nordic…), columns no header names
    are guessed from their content, the rest kept as extra data. Nothing is written when
    a row is invalid, unless --skip-invalid. Each cluster sends its own list: "no
    longer in the file" and --prune look at that cluster's people only.

    Example:
        c2c participants import iscritti.xlsx --mission lyon-2018 --cluster LAC --dry-run
        c2c participants import iscritti.xlsx --map "Ragione sociale=company" --skip-invalid --errors rejected.xlsx
    """
    from c2c.services.importing import ImportOptions, InvalidRows, apply_plan, plan_import
    from c2c.services.importing.target import import_target

    claim_output(errors, force, inputs=[file])
    options = ImportOptions(sheet=sheet, mapping=mapping or [], skip_invalid=skip_invalid, dry_run=dry_run, prune=prune,
                            cluster=cluster, limits=import_limits())
    with bulk_writer_of(ctx) as db:
        target = import_target(db, mission)
        with progress_callback() as progress:
            options.progress = progress
            options.ask_cluster = _cluster_question(file, progress) if prompts.is_interactive() else None
            plan = plan_import(db, target, file, options)
        report = plan.report
        show_warnings(report, skipping=skip_invalid)
        if errors is not None:
            write_rejected(errors, report)
        if report.invalid and not skip_invalid:
            raise InvalidRows(report)
        if prune and report.removed and not dry_run:
            prompts.confirm_destructive(
                f"Remove {len(report.removed)} participant(s) no longer in {file.name} from {target.slug}?", yes)
        if not dry_run:
            apply_plan(db, plan, prune=prune)
    show_import(report, target.slug, fmt)


def _cluster_question(file: Path, progress: ProgressFeed | None) -> AskCluster:
    """Asked once, when neither --cluster nor a Cluster column says whose list the file is."""
    def ask(clusters: Sequence[str], default: str | None) -> str | None:
        if progress is not None:
            progress.stop()
        return prompts.choose_cluster(f"Whose list is {file.name}?", clusters, default)

    return ask


@app.command("list")
@handle_errors
def list_participants(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """List a mission's participants in registration order.

    Example:
        c2c participants list --mission lyon-2018 --format json
    """
    from c2c.services import missions, participants

    db = reader_of(ctx)
    target = missions.mission_ref(db, mission)
    rows = participants.participant_rows(db, target.id)
    render(rows, LIST_COLUMNS, fmt, title=f"Participants of {target.slug} ({len(rows)})",
           empty_message=f"No participants yet: c2c participants import FILE --mission {target.slug}")


PitchOption = Annotated[bool | None, Opt("--pitch/--no-pitch", help="Gives a pitch on stage.", show_default=False)]
LanguageOption = Annotated[
    str | None, LANGUAGE_OR_BLANK.option("--language", help="it, en, fr, de, pl or es: the language of the person's own calendar.")
]


def _statuses() -> tuple[str, ...]:
    from c2c.services.participants import STATUSES

    return STATUSES



@app.command("add")
@handle_errors
def add_participant(
    ctx: typer.Context,
    mission: MissionOption = None,
    first: Annotated[str | None, Opt("--first", help="First name.")] = None,
    last: Annotated[str | None, Opt("--last", help="Last name.")] = None,
    email: Annotated[str | None, Opt(help="E-mail address.")] = None,
    phone: Annotated[str | None, Opt(help="Phone (national numbers read in the mission's country).")] = None,
    company: Annotated[str | None, Opt(help="Company (created when new).")] = None,
    role: Annotated[str | None, Opt(help="Role or job title.")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="Country: name in IT/EN/FR/DE or ISO code.")] = None,
    cluster: Annotated[str | None, Opt(help="The company's cluster: name, short name or alias.")] = None,
    pitch: PitchOption = None,
    bus_stop: Annotated[str | None, Opt("--bus-stop", help="Pick-up stop.")] = None,
    language: LanguageOption = None,
) -> None:
    """Add one person to a mission by hand; asks for what is missing on a terminal.

    Example:
        c2c participants add --mission lyon-2018 --first Giulia --last "De Luca" --company "Avioparts Srl" --pitch
    """
    from c2c.services import missions, participants

    interactive = prompts.is_interactive()
    first = first or prompts.ask_required("First name", interactive, "--first")
    last = last or prompts.ask_required("Last name", interactive, "--last")
    if interactive:
        company = company or prompts.text("Company (empty for none)") or None
        email = email or prompts.ask("E-mail (empty for none)", _email)
    data = participants.PersonInput(first_name=first, last_name=last, email=email, phone=phone, company=company,
                                    role=role, country=country, cluster=cluster, pitch=pitch, bus_stop=bus_stop,
                                    language=language)
    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        person = participants.add_participant(session, target, data)
    info(f"Added {person.first_name} {person.last_name} to {target.slug}")


def _email(text: str) -> str | None:
    from c2c.services.importing.normalise import normalise_email

    return normalise_email(text) if text.strip() else None


@app.command("edit")
@handle_errors
def edit_participant(
    ctx: typer.Context,
    who: Annotated[str, typer.Argument(help='E-mail or "First Last" of the participant.')],
    mission: MissionOption = None,
    first: Annotated[str | None, Opt("--first", help="First name.")] = None,
    last: Annotated[str | None, Opt("--last", help="Last name.")] = None,
    email: Annotated[str | None, Opt(help="E-mail address.")] = None,
    phone: Annotated[str | None, Opt(help="Phone.")] = None,
    company: Annotated[str | None, Opt(help="Company.")] = None,
    role: Annotated[str | None, Opt(help="Role.")] = None,
    country: Annotated[str | None, COUNTRY.option("--country", help="Country: name or ISO code.")] = None,
    cluster: Annotated[str | None, Opt(help="The company's cluster.")] = None,
    pitch: PitchOption = None,
    bus_stop: Annotated[str | None, Opt("--bus-stop", help="Pick-up stop.")] = None,
    language: LanguageOption = None,
    status: Annotated[str | None, choice(_statuses, "STATUS").option(
        "--status", help="registered, confirmed, cancelled, attended or no-show.")] = None,
    consent: Annotated[bool | None, Opt("--consent/--no-consent", show_default=False,
                                        help="Agrees to be listed, with contact details, in catalogues shared with other clusters.")] = None,
) -> None:
    """Change one participant's fields.

    Example:
        c2c participants edit giulia.deluca@lombardia-aerocluster.it --phone "+39 347 512 3380" --status confirmed
    """
    from c2c.services import missions, participants

    data = participants.PersonInput(first_name=first, last_name=last, email=email, phone=phone, company=company,
                                    role=role, country=country, cluster=cluster, pitch=pitch, bus_stop=bus_stop,
                                    status=status, language=language, consent=consent)
    _require_change(data)
    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        changed = participants.edit_participant(session, target, who, data)
    info(f"Updated {changed.person.first_name} {changed.person.last_name}")
    for line in changed.freed:
        info(line)


def _require_change(data: PersonInput) -> None:
    if all(v is None for v in vars(data).values()):
        raise InvalidInput("nothing to change", hint="pass at least one option, e.g. --phone or --pitch")


@app.command("remove")
@handle_errors
def remove_participant(
    ctx: typer.Context,
    who: Annotated[str, typer.Argument(help='E-mail or "First Last" of the participant.')],
    mission: MissionOption = None,
    yes: YesOption = False,
) -> None:
    """Take one person off a mission (they stay in the store for other missions).

    Example:
        c2c participants remove "Giulia De Luca" --mission lyon-2018 --yes
    """
    from c2c.services import missions, participants

    with store_of(ctx).session() as session:
        target = missions.get_mission(session, mission)
        _, person = participants.find_participation(session, target, who)
        prompts.confirm_destructive(f"Remove {person.first_name} {person.last_name} from {target.slug}?", yes)
        freed = participants.remove_participant(session, target, who).freed
    info(f"Removed {person.first_name} {person.last_name} from {target.slug}")
    for line in freed:
        info(line)


@app.command("export")
@handle_errors
def export_participants(
    ctx: typer.Context,
    out: Annotated[Path, Opt("--out", "-o", help="Output file: .xlsx or .csv (or .json, .html, .md).")],
    mission: MissionOption = None,
    fmt: FileFormatOption = None,
    force: ForceOption = False,
) -> None:
    """Write a mission's participants to .xlsx or .csv (formula-safe cells).

    Example:
        c2c participants export --mission lyon-2018 --out lyon-participants.xlsx
    """
    from c2c.services import missions, participants

    fmt = choose_format(fmt, out)
    claim_output(out, force)
    db = reader_of(ctx)
    target = missions.mission_ref(db, mission)
    rows = participants.participant_rows(db, target.id)
    # a column per field, then one per extra column of the attendee lists, named as the lists name them
    extra = list(dict.fromkeys(k for r in rows for k in r["extra"]))
    table: list[dict[str, object]] = []
    for row in rows:
        fields: Mapping[str, object] = row
        table.append({**{k: fields[k] for k in EXPORT_KEYS}, **{k: row["extra"].get(k) for k in extra}})
    columns = [*(Column(h, operator.itemgetter(k)) for k, h in EXPORT_HEADERS.items()), *key_columns(extra)]
    write(Sheet(table, columns, target.slug), fmt, out,
          message=f"Wrote {len(rows)} participants of {target.slug} to {out}")


PrintOutOption = Annotated[Path, Opt("--out", "-o", help="The file to print: .pdf or .html.", show_default=False)]


@app.command("badges")
@handle_errors
def print_badges(ctx: typer.Context, out: PrintOutOption, mission: MissionOption = None,
                 force: ForceOption = False) -> None:
    """Print name badges: name, company, cluster and a QR code of the person's contact card.

    Badges are 90 × 55 mm, ten to an A4 sheet (eight on Letter, the paper of the mission's
    country), to cut out or print on perforated badge sheets. Cancelled people get none.

    Example:
        c2c participants badges --out badges.pdf
    """
    from c2c.exporters.badges import badges_html
    from c2c.services import missions
    from c2c.services.printing import mission_heading, people

    fmt = choose_printed(out, (Format.pdf, Format.html))
    claim_output(out, force)
    db = reader_of(ctx)
    target = missions.mission_ref(db, mission)
    attendees = people.attendees(db, target.id)
    _something_to_print(bool(attendees), "badges", target.slug)
    heading = mission_heading(db, target.id)
    page = functools.partial(badges_html, heading, attendees)
    write(page, fmt, out, documents=printable(page),
          message=f"Wrote {len(attendees)} badges for {target.slug} to {out}")


@app.command("sign-in")
@handle_errors
def print_sign_in(
    ctx: typer.Context,
    out: Annotated[Path, Opt("--out", "-o", help="The file to print: .pdf, .html or .xlsx.", show_default=False)],
    mission: MissionOption = None,
    force: ForceOption = False,
) -> None:
    """Print a sign-in sheet per delegation: each expected person on a line to sign.

    Example:
        c2c participants sign-in --out sign-in.pdf
    """
    from c2c.exporters.sign_in import sign_in_html, sign_in_workbook
    from c2c.services import missions
    from c2c.services.printing import mission_heading, people

    fmt = choose_printed(out, (Format.pdf, Format.html, Format.xlsx))
    claim_output(out, force)
    db = reader_of(ctx)
    target = missions.mission_ref(db, mission)
    groups = people.delegations(db, target.id)
    _something_to_print(bool(groups), "a sign-in sheet", target.slug)
    heading = mission_heading(db, target.id)
    page = functools.partial(sign_in_html, heading, groups)
    write(page, fmt, out, documents=printable(page, functools.partial(sign_in_workbook, heading, groups)),
          message=f"Wrote the sign-in sheets of {len(groups)} delegations of {target.slug} to {out}")


def _something_to_print(anyone: bool, what: str, slug: str) -> None:
    if not anyone:
        raise InvalidInput(f"nobody is expected at {slug}: no {what} to print",
                           hint=f"add people with: c2c participants import FILE --mission {slug}")

