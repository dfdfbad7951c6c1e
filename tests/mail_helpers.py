"""A real SMTP server on loopback (aiosmtpd) for the mail tests, and readers of what it got."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import icalendar
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    recipients: list[str]
    message: EmailMessage

    @property
    def to(self) -> str:
        return self.recipients[0]

    def part(self, subtype: str) -> str:
        body = self.message.get_body((subtype,))
        assert body is not None, f"no text/{subtype} part"
        return str(body.get_content())

    def calendar(self) -> icalendar.Calendar:
        attachments = [p for p in self.message.iter_attachments() if p.get_content_type() == "text/calendar"]
        assert len(attachments) == 1
        return icalendar.Calendar.from_ical(attachments[0].get_payload(decode=True))

    def events(self) -> dict[str, Any]:
        return {str(e["UID"]): e for e in self.calendar().walk("VEVENT")}


@dataclass
class Inbox:
    """The server's side: what it accepted, and the misbehaviours a test asks of it."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # address -> reply
    hang_up_after: int | None = None  # accept this many messages, then drop the connection
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address.lower() in self.refuse:
            return self.refuse[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.hang_up_after is not None and len(self.received) >= self.hang_up_after:
            server.transport.close()  # the network goes down halfway through the run
            return "421 going away"
        parsed = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(Received(list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"

    def by_recipient(self) -> dict[str, Received]:
        found = {r.to: r for r in self.received}
        assert len(found) == len(self.received), "someone got two messages"
        return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(inbox: Inbox, tls: ssl.SSLContext | None = None, password: str | None = None) -> Iterator[int]:
    """Serve on a free loopback port; with ``tls``, STARTTLS is required, and with ``password``, a login."""
    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        inbox.logins.append((data.login.decode(), data.password.decode()))
        # handled=False: aiosmtpd then answers 535 itself (True would leave the client waiting)
        return AuthResult(success=data.password.decode() == password, handled=False)

    port = free_port()
    options: dict[str, Any] = {}
    if tls is not None:
        options.update(tls_context=tls, require_starttls=True)
    if password is not None:
        options.update(authenticator=authenticate, auth_require_tls=tls is not None)
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
