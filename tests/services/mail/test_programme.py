"""Building and sending the programme mails through the services, on a copy of the demo store:
pacing, an interrupted run, and templates the coordinator edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from c2c.config import StoreLocation, sqlite_url
from c2c.errors import InvalidInput
from c2c.mail_settings import MailSettings
from c2c.services import missions
from c2c.services.calendars.events import CalendarOptions
from c2c.services.mail import compose, programme, sending
from c2c.services.mail.compose import Outgoing
from c2c.store.engine import Store, open_store
from c2c.store.reading import session_reader
from tests.mail_helpers import Inbox, smtp_server

NOW = dt.datetime(2018, 11, 12, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(demo_db: Path) -> Iterator[Store]:
    opened = open_store(StoreLocation(sqlite_url(demo_db), demo_db, "test"))
    yield opened
    opened.dispose()


def drafts(store: Store, company: str) -> list[Outgoing]:
    with store.session() as session:
        mission = missions.get_mission(session, "lyon-2018")
        survey = programme.survey(session_reader(session), missions.ref_of(mission), CalendarOptions(lang="fr"))
        letters = programme.choose(survey.due(), (), (company,), missions.ref_of(mission))
        return compose.compose_all(session, mission, survey, letters, "desk@aerospace-aura.example", None, NOW)


def due_now(store: Store) -> list[str]:
    with store.session() as session:
        ref = missions.ref_of(missions.get_mission(session, "lyon-2018"))
        survey = programme.survey(session_reader(session), ref, CalendarOptions(lang="fr"))
    return [letter.attendee.name for letter in survey.due()]


def test_sending_is_paced_and_ctrl_c_keeps_what_was_sent(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(sending.time, "sleep", pauses.append)  # the pauses asked for, not the clock
    outgoing = drafts(store, "Avioparts Srl") + drafts(store, "Compositi Varesini Srl")
    inbox = Inbox()

    def interrupt_after_two(message: Outgoing) -> None:
        if len(inbox.received) == 2:
            raise KeyboardInterrupt

    with smtp_server(inbox) as port:
        settings = MailSettings(host="127.0.0.1", port=port, security="none", sender="desk@aerospace-aura.example",
                                rate=120)
        with store.session() as session:
            mission = missions.get_mission(session, "lyon-2018")
        result = sending.send_all(store, mission, outgoing, settings, on_sent=interrupt_after_two)
    assert pauses == [0.5]  # 120 a minute: half a second between two messages
    assert result.stopped == "interrupted"
    assert [m.letter.attendee.name for m in result.sent] == [r.message["To"].addresses[0].display_name
                                                             for r in inbox.received]
    assert len(result.left) == 2
    left = {m.letter.attendee.name for m in result.left}
    assert left <= set(due_now(store))  # the two left are still due; the two sent are not
    assert not {m.letter.attendee.name for m in result.sent} & set(due_now(store))


def test_a_template_the_coordinator_edited_wins_and_a_broken_one_is_named(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "home" / "templates" / "mail"
    own.mkdir(parents=True)
    monkeypatch.setenv("C2C_HOME", str(tmp_path / "home"))
    (own / "it.j2").write_text(
        '{% set subject = "Lyon : votre journée, " ~ person.first_name %}{% set t = {"hello": "Salut", "intro": "", '
        '"update_intro": "", "cancelled_intro": "", "coach": "Car", "driver": "", "pitch": "Pitch", '
        '"meetings": "B2B", "table": "table", "visits": "Visites", "day": "Jour", "calendar": "Agenda", '
        '"closing": "Bises"} %}', encoding="utf-8")
    [chiara] = [m for m in drafts(store, "Compositi Varesini Srl") if m.letter.attendee.first_name == "Chiara"]
    assert chiara.message["Subject"] == "Lyon : votre journée, Chiara"
    text = chiara.message.get_body(("plain",))
    assert text is not None
    assert str(text.get_content()).startswith("Salut Chiara,")

    (own / "it.j2").write_text('{% set subject = "x" %}{% if %}', encoding="utf-8")
    with pytest.raises(InvalidInput) as broken:
        drafts(store, "Compositi Varesini Srl")
    assert broken.value.message.startswith(f"mail template {own / 'it.j2'}, line 1: ")
