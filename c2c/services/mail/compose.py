"""Each person's mail: the programme read from their calendar items, rendered with the
editable template of their language, and their ``.ics`` with the SEQUENCE the calendar
export state gives it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import TYPE_CHECKING, Any

from c2c.errors import InvalidInput
from c2c.exporters import ics
from c2c.exporters.mail import Attachment, MailParts, build_message
from c2c.mail_settings import MailSettings, check_address
from c2c.services.calendars import events as calendars, state
from c2c.services.languages import translate as label
from c2c.services.mail.programme import Due, Kind, Letter, Survey

if TYPE_CHECKING:
    from sqlmodel import Session

    from c2c.store.models import Mission

TEMPLATE_FOLDER = "mail"


@dataclass
class Outgoing:
    """A message ready to go, and what to record once the server accepted it."""

    letter: Letter
    kind: Kind
    message: EmailMessage
    plan: state.Plan | None  # the calendar export state to save with it
    events_sent: str  # JSON for ``MailMessage.events``

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


def compose_all(
    session: Session, mission: Mission, survey: Survey, letters: Sequence[Letter], sender: str,
    reply_to: str | None, now: dt.datetime,
) -> list[Outgoing]:
    known = state.load_state(session, mission, [letter.calendar for letter in letters])
    return [compose(mission, survey, letter, known.get(letter.calendar, []), sender, reply_to, now) for letter in letters]


def compose(
    mission: Mission, survey: Survey, letter: Letter, known: Sequence[state.StateRow], sender: str,
    reply_to: str | None, now: dt.datetime,
) -> Outgoing:
    kind = Kind.cancellation if letter.cancelled else Kind.update if letter.due == Due.update else Kind.programme
    plan = None
    if letter.cancelled:
        events = _cancellations(letter, known, current=())
    else:
        plan = state.plan_calendar(mission, letter.calendar, letter.events, known, now)
        events = plan.events + _cancellations(letter, known, current=[e.uid for e in plan.events])
    calendar_name = f"{mission.title} — {letter.attendee.name}"
    attachment = Attachment(f"{letter.file_stem}.ics", ics.calendar_bytes(
        ics.IcsCalendar(name=calendar_name, timezone=mission.timezone, events=events), now)) if events else None
    context = personal_context(survey, letter, kind, attachment.filename if attachment else None)
    subject, text, html = render_mail(letter.lang, context)
    assert letter.attendee.email is not None
    parts = MailParts(
        sender=sender, to_name=letter.attendee.name, to_address=letter.attendee.email, subject=subject, text=text,
        html=html, language=letter.lang, message_id=make_msgid(domain=_domain(sender)), date=now,
        reply_to=reply_to, attachment=attachment,
    )
    sent = [[e.uid, e.sequence, e.summary, e.start.astimezone(dt.UTC).isoformat(), e.end.astimezone(dt.UTC).isoformat()]
            for e in events if e.status != "CANCELLED"]
    return Outgoing(letter, kind, build_message(parts), plan, json.dumps(sent, ensure_ascii=False))


def _cancellations(letter: Letter, known: Sequence[state.StateRow], current: Sequence[str]) -> list[ics.IcsEvent]:
    """Events the person was mailed and no longer has, cancelled whatever the export state forgot.

    ``plan_calendar`` cancels what the state still holds; an event cancelled by a calendar export
    in between (or forgotten by it) was never mailed as cancelled, so it is cancelled here.
    """
    if letter.last is None:
        return []
    rows = {row.uid: row for row in known}
    skip = set(current)
    cancelled = []
    for uid, sequence, summary, start, end in json.loads(letter.last.events):
        if uid in skip:
            continue
        row = rows.get(uid)
        # a calendar export may have raised it since (and, cancelling it, raised it already)
        exported = 0 if row is None else row.sequence if row.cancelled else row.sequence + 1
        raised = max(sequence + 1, exported)
        cancelled.append(ics.IcsEvent(uid=uid, start=dt.datetime.fromisoformat(start), end=dt.datetime.fromisoformat(end),
                                      summary=summary, sequence=raised, status="CANCELLED"))
    return cancelled


def render_mail(lang: str, context: dict[str, Any]) -> tuple[str, str, str]:
    """Subject, text and HTML: the words of ``templates/mail/<lang>.j2`` in ``message.txt.j2``
    and ``message.html.j2``; a broken template is one error naming its file and line."""
    from jinja2 import TemplateError

    from c2c.exporters.templates import environment

    env, context = environment(), {**context, "lang": lang}
    try:
        subject = str(getattr(env.get_template(f"{TEMPLATE_FOLDER}/{lang}.j2").make_module(context), "subject", ""))
        text = env.get_template(f"{TEMPLATE_FOLDER}/message.txt.j2").render(context)
        html = env.get_template(f"{TEMPLATE_FOLDER}/message.html.j2").render(context)
    except TemplateError as exc:
        where = getattr(exc, "filename", None) or getattr(exc, "name", None) or f"{TEMPLATE_FOLDER}/{lang}.j2"
        line = getattr(exc, "lineno", None)
        raise InvalidInput(f"mail template {where}{f', line {line}' if line else ''}: {exc.message or exc}",
                           hint="fix the template, or delete your copy to use the one c2c ships") from None
    subject = " ".join(subject.split())
    if not subject:
        raise InvalidInput(f"mail template {TEMPLATE_FOLDER}/{lang}.j2 sets no subject",
                           hint='set one with {% set subject = "…" %}')
    return subject, _tidy(text), html


def _tidy(text: str) -> str:
    """At most one blank line in a row: the template's conditionals leave gaps."""
    import re

    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def personal_context(survey: Survey, letter: Letter, kind: Kind, calendar_file: str | None) -> dict[str, Any]:
    """What the template shows: the person's coach stops, pitch, meetings, visits and the day."""
    mission, lang, person = survey.mission, letter.lang, letter.attendee
    mine = survey.items.of(person.participation_id)
    b2b_rooms = [b for b in survey.blocks if b.kind == "b2b"]
    return {
        "person": {"first_name": person.first_name, "last_name": person.last_name, "name": person.name,
                   "company": person.company},
        "mission": {"title": mission.title, "date": _long_date(mission.start_date, lang), "venue": mission.venue},
        "kind": kind.value,
        "cancelled": kind == Kind.cancellation,
        "update": kind == Kind.update,
        "coach": [
            {"leg": label(s.leg if s.leg in ("outbound", "return", "transfer") else "transfer", lang), "stop": s.stop,
             "time": _hm(s.start), "address": s.address, "coach": s.coach, "driver_phone": s.driver_phone,
             "destination": s.destination}
            for s in sorted(mine.coach_stops, key=lambda s: s.start)
        ],
        "pitch": [
            {"start": _hm(p.start), "end": _hm(p.end), "order": p.order, "total": p.total,
             "session": p.session_title, "location": p.location}
            for p in sorted(mine.pitch_slots, key=lambda p: p.start)
        ],
        "meetings": [
            {"start": _hm(m.start), "end": _hm(m.end), "table": m.table, "room": _room(b2b_rooms, m.start),
             "counterpart": m.company_b if person.participation_id in m.participation_ids_a else m.company_a}
            for m in sorted(mine.meetings, key=lambda m: m.start)
        ],
        "visits": [_block(b) for b in survey.blocks if b.kind == "visit"],
        "day": [_block(b) for b in survey.blocks],
        "calendar_file": calendar_file,
    }


def _room(blocks: Sequence[calendars.Block], start: dt.datetime) -> str | None:
    return next((b.location for b in blocks if b.start <= start < b.end and b.location), None)


def _block(block: calendars.Block) -> dict[str, Any]:
    return {"start": _hm(block.start), "end": _hm(block.end), "title": block.title, "location": block.location}


def _long_date(day: dt.date, lang: str) -> str:
    from babel.dates import format_date

    return str(format_date(day, format="full", locale=lang))


def _hm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def _domain(sender: str) -> str:
    from email.utils import parseaddr

    return parseaddr(sender)[1].rpartition("@")[2] or "c2c.invalid"


def test_message(settings: MailSettings, to: str, now: dt.datetime) -> EmailMessage:
    """A short message saying which settings carried it (never the password)."""
    address = check_address(to, "--to")
    text = f"This message was sent by `c2c mail test` through {settings.describe()}.\nThe mail settings work.\n"
    return build_message(MailParts(
        sender=settings.sender, to_name="", to_address=address, subject="c2c mail test", text=text,
        html=f"<p>{_html_escape(text)}</p>", language="en", message_id=make_msgid(domain=_domain(settings.sender)),
        date=now, reply_to=settings.reply_to,
    ))


def _html_escape(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")
