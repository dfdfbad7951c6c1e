"""``c2c mail``: each participant's own programme and calendar, by e-mail."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from c2c.commands._common import MissionOption, YesOption, reader_of, store_of
from c2c.errors import handle_errors
from c2c.output import Column, Format, FormatOption, counted_progress, info, render, warn

if TYPE_CHECKING:
    from c2c.services.mail.compose import Outgoing
    from c2c.services.mail.programme import PlanRow, StatusRow
    from c2c.services.mail.sending import SendResult

app = typer.Typer(no_args_is_help=True)  # its help: COMMANDS in c2c/cli.py

PLAN_COLUMNS: list[Column[PlanRow]] = [
    Column("Name", lambda r: r["name"]),
    Column("E-mail", lambda r: r["email"]),
    Column("Company", lambda r: r["company"]),
    Column("Lang", lambda r: r["language"]),
    Column("Gets", lambda r: r["sends"]),
    Column("Events", lambda r: r["events"], "right"),
]
STATUS_COLUMNS: list[Column[StatusRow]] = [
    Column("Name", lambda r: r["name"]),
    Column("E-mail", lambda r: r["email"]),
    Column("Company", lambda r: r["company"]),
    Column("Lang", lambda r: r["language"]),
    Column("State", lambda r: r["state"]),
    Column("Last sent (UTC)", lambda r: r["last_sent"]),
    Column("What", lambda r: r["last_kind"]),
    Column("Message-ID", lambda r: r["message_id"]),
]


@app.command("agendas")
@handle_errors
def mail_agendas(
    ctx: typer.Context,
    to: Annotated[list[str] | None, typer.Option("--to", help="Only this person (e-mail; repeat for more).")] = None,
    company: Annotated[list[str] | None, typer.Option("--company", help="Only this company's people (repeat for more).")] = None,
    only_changed: Annotated[bool, typer.Option("--only-changed", help="Only updates and cancellations to people mailed before.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show who would get what; send nothing.")] = False,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write each message as DIR/<name>.eml instead of sending.")] = None,
    yes: YesOption = False,
    mission: MissionOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Mail each participant their programme and calendar (.ics), in their language.

    Sends only what is due: a first programme to people never mailed, an update (with a
    raised SEQUENCE) to people whose programme changed, a cancellation to people cancelled
    since. A run that stops keeps what it sent; run it again to send the rest. Server
    settings: C2C_SMTP_HOST, C2C_SMTP_SENDER, … or the [mail] table of config.toml (docs/mail.md).

    Example:
        c2c mail agendas --mission lyon-2018 --dry-run
        c2c mail agendas --mission lyon-2018 --out mails/
        c2c mail agendas --mission lyon-2018 --only-changed --yes
    """
    import datetime as dt

    from c2c import mail_settings, prompts
    from c2c.services import missions
    from c2c.services.calendars.events import CalendarOptions
    from c2c.services.mail import compose, programme, sending
    from c2c.store.reading import session_reader

    store = store_of(ctx)
    with store.session() as session:
        found = missions.get_mission(session, mission)
        ref = missions.ref_of(found)
        survey = programme.survey(session_reader(session), ref, CalendarOptions(lang=found.language))
        due, unreachable = programme.due_among(survey, to or (), company or (), only_changed=only_changed)
        if unreachable:
            warn(f"no e-mail address, so no mail for: {', '.join(u.attendee.name for u in unreachable)}")
        if dry_run:
            render(programme.plan_rows(due), PLAN_COLUMNS, fmt, title=f"{found.slug}: {len(due)} to send",
                   empty_message="Nothing to send: everyone has their programme as it stands.")
            return
        config = None if out else mail_settings.load_settings()
        sender = config.sender if config else mail_settings.draft_sender()
        now = dt.datetime.now(dt.UTC)
        outgoing = compose.compose_all(session, found, survey, due, sender, config.reply_to if config else None, now)
    if not outgoing:
        info("Nothing to send: everyone has their programme as it stands (see: c2c mail status).")
        return
    if out is not None:
        _write_drafts(out, outgoing)
        return
    assert config is not None
    prompts.confirm_destructive(f"Send {_count(len(outgoing))} through {config.describe()}?", yes)
    with counted_progress("Sending", len(outgoing)) as advance:
        result = sending.send_all(store, found, outgoing, config, on_sent=lambda m: advance(m.letter.attendee.name))
    _report(result)


@app.command("status")
@handle_errors
def mail_status(ctx: typer.Context, mission: MissionOption = None, fmt: FormatOption = Format.table) -> None:
    """Show who was mailed what and when, and who is due a programme, an update or a cancellation.

    Example:
        c2c mail status --mission lyon-2018 --format csv
    """
    from c2c.services import missions
    from c2c.services.calendars.events import CalendarOptions
    from c2c.services.mail import programme

    db = reader_of(ctx)
    ref = missions.mission_ref(db, mission)
    survey = programme.survey(db, ref, CalendarOptions(lang=ref.language))
    render(programme.status_rows(survey.letters), STATUS_COLUMNS, fmt, title=f"{ref.slug}: programme mails",
           empty_message="No participants yet.")


@app.command("test")
@handle_errors
def mail_test(to: Annotated[str, typer.Option("--to", help="Where to send the test message.")]) -> None:
    """Send one message to check the mail settings (server, TLS, login, sender).

    Example:
        C2C_SMTP_HOST=smtp.example.org C2C_SMTP_SENDER=me@example.org c2c mail test --to me@example.org
    """
    import datetime as dt

    from c2c import mail_settings
    from c2c.services.mail import compose, sending

    config = mail_settings.load_settings()
    sending.send_test(config, compose.test_message(config, to, dt.datetime.now(dt.UTC)))
    info(f"Sent a test message to {to} through {config.describe()}.")


def _write_drafts(folder: Path, outgoing: list[Outgoing]) -> None:
    from c2c.exporters.files import write_file
    from c2c.exporters.mail import message_bytes

    for message in outgoing:
        write_file(folder / f"{message.letter.file_stem}.eml", message_bytes(message.message))
    info(f"Wrote {_count(len(outgoing))} to {folder} (nothing sent, nothing recorded).")


def _report(result: SendResult) -> None:
    info(f"Sent {_count(len(result.sent))}.")
    for refusal in result.refused:
        warn(f"{refusal.name} <{refusal.email}> refused by the server: {refusal.reason}")
    if result.stopped:
        left = ", ".join(m.letter.attendee.name for m in result.left)
        warn(f"stopped: {result.stopped}. Not sent yet ({len(result.left)}): {left or 'nobody'}.")
        info("Run the same command again to send the rest; nobody gets a message twice.")
    if result.refused or result.stopped:
        raise typer.Exit(130 if result.stopped == "interrupted" else 1)


def _count(number: int) -> str:
    return f"{number} message{'s' if number != 1 else ''}"
