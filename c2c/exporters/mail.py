"""A personal mail as MIME: text and HTML alternatives, and the person's ``.ics`` attached.

Pure data -> message: the parts come rendered; the same message is sent over SMTP or
written as an ``.eml`` file that any mail program opens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str = "text"
    subtype: str = "calendar"


@dataclass(frozen=True)
class MailParts:
    sender: str
    to_name: str
    to_address: str
    subject: str
    text: str
    html: str
    language: str  # an RFC 5646 tag, for Content-Language
    message_id: str
    date: dt.datetime  # aware
    reply_to: str | None = None
    attachment: Attachment | None = None


def build_message(parts: MailParts) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["From"] = parts.sender
    message["To"] = Address(display_name=parts.to_name, addr_spec=parts.to_address)
    if parts.reply_to:
        message["Reply-To"] = parts.reply_to
    message["Subject"] = parts.subject
    message["Date"] = format_datetime(parts.date)
    message["Message-ID"] = parts.message_id
    # the text part first: mail programs show the last alternative they can render
    message.set_content(parts.text, cte="quoted-printable")
    message.add_alternative(parts.html, subtype="html", cte="quoted-printable")
    if parts.attachment is not None:
        attachment = parts.attachment
        message.add_attachment(
            attachment.data, maintype=attachment.maintype, subtype=attachment.subtype, filename=attachment.filename,
            params={"method": "PUBLISH", "charset": "utf-8"},
        )
    message["Content-Language"] = parts.language  # after the body: set_content clears Content-* headers
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as an ``.eml`` file holds it (CRLF lines, as sent)."""
    return message.as_bytes(policy=SMTP)
