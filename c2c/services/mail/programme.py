"""Who gets which mail: each person's programme as the calendar export computes it, compared
with the last message they were sent.

A person's programme is their personal calendar (``calendars.events.participant_events``):
the same events, in the same language, so the mail and the attached ``.ics`` never disagree
with ``c2c calendar export``. Its hash is compared with the one of the last message sent:
equal, nothing to send; different, an update; a cancelled participation that was mailed
before gets one cancellation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypedDict

from c2c.errors import NotFound
from c2c.services.calendars import events as calendars, state
from c2c.services.calendars.export import Attendee, file_names
from c2c.services.languages import person_language
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.services.missions import MissionRef
    from c2c.store.reading import Reader


class Due(StrEnum):
    """What a person is due, from what they were last sent."""

    programme = "programme"  # never mailed
    update = "update"  # mailed, and their programme changed since
    cancellation = "cancellation"  # mailed, then their participation was cancelled
    nothing = "nothing"  # what they were sent is what they have
    no_email = "no e-mail"  # cannot be mailed at all


class Kind(StrEnum):
    programme = "programme"
    update = "update"
    cancellation = "cancellation"


@dataclass(frozen=True)
class SentRecord:
    participation_id: int
    recipient: str
    kind: str
    message_id: str
    content_hash: str
    events: str  # JSON, see ``MailMessage.events``
    sent_at: dt.datetime


@dataclass
class Letter:
    """One person, their programme as it is now, and what they are due."""

    attendee: Attendee
    lang: str
    due: Due
    content_hash: str
    file_stem: str  # 'rossi-mario', for the .eml and .ics names
    cancelled: bool = False
    events: list[calendars.CalendarEvent] = field(default_factory=list)
    last: SentRecord | None = None

    @property
    def calendar(self) -> str:
        return state.participant_calendar(self.attendee.participation_id)


@dataclass
class Survey:
    """Every person of the mission with what they are due, and what building their mails needs."""

    mission: MissionRef
    letters: list[Letter]
    blocks: list[calendars.Block]
    items: calendars.FeatureItems

    def due(self, *, only_changed: bool = False) -> list[Letter]:
        wanted = (Due.update, Due.cancellation) if only_changed else (Due.programme, Due.update, Due.cancellation)
        return [letter for letter in self.letters if letter.due in wanted]


# the languages templates/mail has a message in; a person whose language has none reads English
MAIL_LANGUAGES = ("it", "fr", "en", "de")


def mail_language(own: str | None, country: str | None, mission_language: str) -> str:
    """The language a person is mailed in: their calendar's (``languages.person_language``: their
    own, else their country's, else the mission's) when a message exists in it, else English."""
    chosen = person_language(own, country, mission_language)
    return chosen if chosen in MAIL_LANGUAGES else "en"


CANCELLED_HASH = "cancelled"


def survey(db: Reader, mission: MissionRef, options: calendars.CalendarOptions) -> Survey:
    """What each person of ``mission`` is due; people with a cancelled participation appear only
    when they were mailed before (they are owed a cancellation, or have it)."""
    people = _people(db, mission.id)
    sent = last_sent(db, mission.id)
    active = [a for a, cancelled in people if not cancelled]
    stems = file_names([a for a, _ in people])
    blocks = calendars.load_blocks(db, mission)
    items = calendars.collect_items(db, mission)
    shared: dict[str, list[calendars.CalendarEvent]] = {}  # the programme, built once per language
    letters = []
    for person in active:
        lang = mail_language(person.language, person.country, mission.language)
        mine = options.for_person(lang)
        if mine.lang not in shared:
            shared[mine.lang] = calendars.programme_events(blocks, items, mine.lang)
        events = calendars.participant_events(person.participation_id, blocks, items, mine, shared[mine.lang])
        digest = programme_hash(person, mine.lang, events)
        last = sent.get(person.participation_id)
        letters.append(Letter(person, mine.lang, _due(person, last, digest), digest,
                              stems[person.participation_id].removesuffix(".ics"), events=events, last=last))
    for person, cancelled in people:
        last = sent.get(person.participation_id)
        if cancelled and last is not None:
            due = Due.nothing if last.kind == Kind.cancellation else _due(person, last, CANCELLED_HASH)
            letters.append(Letter(person, mail_language(person.language, person.country, mission.language), due, CANCELLED_HASH,
                                  stems[person.participation_id].removesuffix(".ics"), cancelled=True, last=last))
    return Survey(mission, letters, blocks, items)


def choose(letters: Sequence[Letter], emails: Sequence[str], companies: Sequence[str], mission: MissionRef) -> list[Letter]:
    """The letters of the people named by e-mail and of the companies named; all when none is named."""
    chosen = list(letters)
    if emails:
        by_email = {(letter.attendee.email or "").strip().lower(): letter for letter in letters}
        for email in emails:
            if email.strip().lower() not in by_email:
                raise NotFound(f"no participant with e-mail {email!r} in mission {mission.slug}",
                               hint=f"see who is there with: c2c mail status --mission {mission.slug}")
        wanted = {email.strip().lower() for email in emails}
        chosen = [letter for letter in chosen if (letter.attendee.email or "").strip().lower() in wanted]
    if companies:
        known = {fold(letter.attendee.company or "") for letter in letters}
        for company in companies:
            if fold(company) not in known:
                raise NotFound(f"no company {company!r} in mission {mission.slug}",
                               hint=f"see them with: c2c companies list --mission {mission.slug}")
        folded = {fold(company) for company in companies}
        chosen = [letter for letter in chosen if fold(letter.attendee.company or "") in folded]
    return chosen


def due_among(
    survey: Survey, emails: Sequence[str], companies: Sequence[str], *, only_changed: bool = False
) -> tuple[list[Letter], list[Letter]]:
    """What is due to the people named (everyone when none is), and who of them has no address."""
    chosen = choose(survey.letters, emails, companies, survey.mission)
    named = {letter.attendee.participation_id for letter in chosen}
    due = [letter for letter in survey.due(only_changed=only_changed) if letter.attendee.participation_id in named]
    return due, [letter for letter in chosen if letter.due == Due.no_email]


def programme_hash(person: Attendee, lang: str, events: Sequence[calendars.CalendarEvent]) -> str:
    """Changes when anything the person would read changes: an event, the language, the address."""
    fields: list[Any] = [lang, (person.email or "").strip().lower(), person.name]
    fields += [[event.key, state.content_hash(event)] for event in events]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def _due(person: Attendee, last: SentRecord | None, digest: str) -> Due:
    if not person.email:
        return Due.no_email
    if last is None:
        return Due.programme
    if digest == CANCELLED_HASH:
        return Due.cancellation
    return Due.nothing if last.content_hash == digest else Due.update


def last_sent(db: Reader, mission_id: int) -> dict[int, SentRecord]:
    """participation id -> the last message it was sent."""
    rows = db.rows(
        "SELECT participation_id, recipient, kind, message_id, content_hash, events, sent_at FROM mail_message "
        "WHERE mission_id = :mission ORDER BY sent_at, id",
        {"mission": mission_id},
    )
    return {row["participation_id"]: SentRecord(**{**row, "sent_at": _moment(row["sent_at"])}) for row in rows}


def _moment(value: dt.datetime | str) -> dt.datetime:
    # the fast reader hands SQLite's text back; stored in UTC either way
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _people(db: Reader, mission_id: int) -> list[tuple[Attendee, bool]]:
    """Everyone registered for the mission, cancelled or not, by name."""
    rows = db.rows(
        "SELECT pa.id AS participation_id, pe.id AS person_id, pe.first_name, pe.last_name, pe.email, "
        "co.name AS company, pe.language, pe.country, pa.status = :cancelled AS cancelled FROM participation pa "
        "JOIN person pe ON pe.id = pa.person_id LEFT JOIN company co ON co.id = pe.company_id "
        "WHERE pa.mission_id = :mission ORDER BY pe.last_name, pe.first_name, pe.id",
        {"mission": mission_id, "cancelled": "cancelled"},
    )
    found = []
    for row in rows:
        values = dict(row)
        cancelled = bool(values.pop("cancelled"))
        found.append((Attendee(**values), cancelled))
    return found


class PlanRow(TypedDict):
    name: str
    email: str | None
    company: str | None
    language: str
    sends: str  # programme, update, cancellation, or why nothing
    events: int


class StatusRow(TypedDict):
    name: str
    email: str | None
    company: str | None
    language: str
    state: str
    last_sent: str | None  # UTC, to the minute
    last_kind: str | None
    message_id: str | None


_STATES = {
    Due.programme: "not sent",
    Due.update: "changed since sent",
    Due.cancellation: "cancelled, not told",
    Due.nothing: "up to date",
    Due.no_email: "no e-mail address",
}


def plan_rows(letters: Sequence[Letter]) -> list[PlanRow]:
    return [
        {"name": letter.attendee.name, "email": letter.attendee.email, "company": letter.attendee.company,
         "language": letter.lang, "sends": letter.due.value, "events": len(letter.events)}
        for letter in letters
    ]


def status_rows(letters: Sequence[Letter]) -> list[StatusRow]:
    return [
        {"name": letter.attendee.name, "email": letter.attendee.email, "company": letter.attendee.company,
         "language": letter.lang,
         "state": "cancelled, told" if letter.cancelled and letter.due == Due.nothing else _STATES[letter.due],
         "last_sent": letter.last.sent_at.strftime("%Y-%m-%d %H:%M") if letter.last else None,
         "last_kind": letter.last.kind if letter.last else None,
         "message_id": letter.last.message_id if letter.last else None}
        for letter in letters
    ]
