"""Sending over SMTP, one message at a time, each recorded as soon as the server took it.

Every accepted message is committed on its own (with the calendar export state it carried),
so an interrupted run — network down, Ctrl-C, a server that hangs up — keeps everything it
sent, and the next run goes on with the rest. A recipient the server refuses is reported with
the server's reason and the run goes on. A message is recorded only after the server
accepted it: at worst (the process killed between the two) a person is mailed twice, never
forgotten.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import TYPE_CHECKING

from c2c.errors import InvalidInput
from c2c.mail_settings import MailSettings
from c2c.services.calendars import state
from c2c.services.mail.compose import Outgoing

if TYPE_CHECKING:
    from c2c.store.engine import Store
    from c2c.store.models import Mission

CONNECT_TIMEOUT = 30.0


@dataclass(frozen=True)
class Refusal:
    name: str
    email: str
    reason: str


@dataclass
class SendResult:
    sent: list[Outgoing] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    left: list[Outgoing] = field(default_factory=list)  # not tried: the run stopped first
    stopped: str | None = None  # why the run stopped early


class MailServerError(InvalidInput):
    """The server could not be reached, or refused the login: nothing was sent."""


def send_all(
    store: Store, mission: Mission, outgoing: Sequence[Outgoing], settings: MailSettings,
    on_sent: Callable[[Outgoing], None] = lambda _: None,
) -> SendResult:
    """Send each message and record it; stop at the first failure of the connection."""
    result = SendResult()
    pending = list(outgoing)
    interval = 60.0 / settings.rate if settings.rate > 0 else 0.0
    try:
        with connect(settings) as server:
            while pending:
                message = pending[0]
                refusal = _send_one(server, settings, message)
                pending.pop(0)
                if refusal is not None:
                    result.refused.append(refusal)
                else:
                    record(store, mission, message)
                    result.sent.append(message)
                on_sent(message)
                if pending and interval:
                    time.sleep(interval)
    except (smtplib.SMTPException, OSError) as exc:  # a failed connect is a MailServerError: it goes up
        result.stopped = _reason(exc)
    except KeyboardInterrupt:
        result.stopped = "interrupted"
    result.left = pending
    return result


def send_test(settings: MailSettings, message: EmailMessage) -> None:
    """One message, to check the settings; any failure is an error naming the server's reason."""
    with connect(settings) as server:
        try:
            server.send_message(message)
        except (smtplib.SMTPException, OSError) as exc:
            raise MailServerError(f"{settings.host} did not take the test message: {_reason(exc)}") from None


def record(store: Store, mission: Mission, message: Outgoing) -> None:
    """The message and the calendar state it carried, in one transaction of its own."""
    from c2c.store.models import MailMessage

    assert mission.id is not None
    now = dt.datetime.now(dt.UTC)
    with store.session() as session:
        if message.plan is not None:
            state.save_plans(session, mission, [message.plan], now)
        session.add(MailMessage(
            mission_id=mission.id, participation_id=message.letter.attendee.participation_id,
            recipient=message.letter.attendee.email or "", kind=message.kind.value, message_id=message.message_id,
            content_hash=message.letter.content_hash, events=message.events_sent, sent_at=now,
        ))


@contextmanager
def connect(settings: MailSettings) -> Iterator[smtplib.SMTP]:
    """A logged-in connection; any failure here is a ``MailServerError`` (nothing sent yet)."""
    context = None
    if settings.security != "none":  # loading the system's CAs costs a good part of a second
        context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=CONNECT_TIMEOUT,
                                                    context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=CONNECT_TIMEOUT)
        server.ehlo()
        if settings.security == "starttls":
            server.starttls(context=context)
            server.ehlo()
        if settings.user:
            server.login(settings.user, settings.password or "")
    except smtplib.SMTPAuthenticationError:
        raise MailServerError(f"{settings.host} refused the login of {settings.user}",
                              hint="check C2C_SMTP_USER and the password (C2C_SMTP_PASSWORD or its command)") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise MailServerError(f"cannot reach the mail server {settings.host}:{settings.port}: {_reason(exc)}",
                              hint="check the settings with: c2c mail test --to YOUR-ADDRESS") from None
    try:
        yield server
    finally:
        try:
            server.quit()
        except (smtplib.SMTPException, OSError):
            server.close()  # the server went first: nothing more to say to it


def _send_one(server: smtplib.SMTP, settings: MailSettings, message: Outgoing) -> Refusal | None:
    attendee = message.letter.attendee
    try:
        server.send_message(message.message)
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        return Refusal(attendee.name, attendee.email or "", f"{code} {_text(text)}")
    except smtplib.SMTPDataError as exc:
        if exc.smtp_code >= 500:  # this message refused; the connection is still good
            return Refusal(attendee.name, attendee.email or "", f"{exc.smtp_code} {_text(exc.smtp_error)}")
        raise
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, InvalidInput):
        return exc.message
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection"
    return str(exc) or type(exc).__name__


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
