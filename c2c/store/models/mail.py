"""Each programme mail sent, so that a run never mails anyone twice and the next one goes on.

One row per message the SMTP server accepted: to whom, when, its Message-ID and the hash of
the programme it carried (a later run compares it with the programme as it is now). The
events it carried (UID, SEQUENCE, summary, times) are kept so that a person who cancels gets
those very events cancelled, whatever calendar exports happened since.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from c2c.store.models.core import utcnow


class MailMessage(SQLModel, table=True):
    __tablename__ = "mail_message"

    id: int | None = Field(default=None, primary_key=True)
    mission_id: int = Field(foreign_key="mission.id", ondelete="CASCADE", index=True)
    participation_id: int = Field(index=True)  # no foreign key: the record outlives a removed participation
    recipient: str  # the address the server accepted
    kind: str  # programme, update or cancellation
    message_id: str
    content_hash: str
    events: str = "[]"  # JSON: [[uid, sequence, summary, start UTC, end UTC], …]
    sent_at: dt.datetime = Field(default_factory=utcnow)
