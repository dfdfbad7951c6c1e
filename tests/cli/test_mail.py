"""``c2c mail`` end to end on the Lyon 2018 demo, through a real SMTP server on loopback."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.mail_helpers import Inbox, smtp_server
from tests.postgres import located

GIULIA = "c.bianchi@compositivaresini-demo.it"
TWO_COMPANIES = ("--company", "Avioparts Srl", "--company", "compositi varesini SRL")


@pytest.fixture
def inbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    """A plain SMTP server on loopback, and the settings that point c2c at it (unpaced)."""
    found = Inbox()
    with smtp_server(found) as port:
        for name, value in {"HOST": "127.0.0.1", "PORT": str(port), "SECURITY": "none", "RATE": "0",
                            "SENDER": "Mission desk <desk@aerospace-aura.example>",
                            "REPLY_TO": "coordinator@aerospace-aura.example"}.items():
            monkeypatch.setenv(f"C2C_SMTP_{name}", value)
        yield found


@pytest.fixture
def mail(invoke: Invoke, demo_db: Path) -> Invoke:
    """``c2c --db <a copy of the demo store> mail …``."""
    return lambda *args: invoke("--db", located(demo_db), "mail", *args)


def test_everyone_gets_their_own_programme_once(mail: Invoke, inbox: Inbox) -> None:
    result = mail("agendas", "--mission", "lyon-2018", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "Sent 30 messages." in result.stderr
    got = inbox.by_recipient()
    assert len(got) == 30
    message = got[GIULIA]
    assert message.message["To"].addresses[0].display_name == "Chiara Bianchi"
    assert message.message["Reply-To"] == "coordinator@aerospace-aura.example"
    # no language of her own: her country's (Italy), not the mission's French
    assert message.message["Content-Language"] == "it"
    assert message.message["Subject"].startswith("Il tuo programma: ")
    text, html = message.part("plain"), message.part("html")
    assert text.startswith("Gentile Chiara,")
    assert "I tuoi incontri B2B" in text
    assert "<h3>I tuoi incontri B2B</h3>" in html
    events = message.events()
    assert all(int(e["SEQUENCE"]) == 0 for e in events.values())
    summaries = [str(e["SUMMARY"]) for e in events.values()]
    assert any(s.startswith("Il tuo pitch") for s in summaries)
    assert any(s.startswith("B2B con") for s in summaries)
    # nobody else's meetings: each counterpart listed is met by this person
    assert sum(s.startswith("B2B con") for s in summaries) == text.count(", tavolo ")
    # a meeting's priority is what one side asked for: never in the other side's mail
    assert not any("priority" in str(e.get("DESCRIPTION", "")) for e in events.values())

    again = mail("agendas", "--mission", "lyon-2018", "--yes")
    assert again.exit_code == 0, again.stderr
    assert "Nothing to send" in again.stderr
    assert len(inbox.received) == 30

    status = mail("status", "--mission", "lyon-2018", "--format", "json")


    rows = json.loads(status.stdout)
    assert {r["state"] for r in rows} == {"up to date"}
    assert {r["message_id"] for r in rows} == {str(r.message["Message-ID"]) for r in inbox.received}


def test_a_refused_recipient_is_named_and_the_run_goes_on(mail: Invoke, inbox: Inbox) -> None:
    inbox.refuse[GIULIA] = "550 5.1.1 mailbox unavailable"
    result = mail("agendas", "--mission", "lyon-2018", *TWO_COMPANIES, "--yes")
    assert result.exit_code == 1
    assert f"Warning: Chiara Bianchi <{GIULIA}> refused by the server: 550 5.1.1 mailbox unavailable" in result.stderr
    assert len(inbox.received) == 3
    assert GIULIA not in inbox.by_recipient()

    inbox.refuse.clear()
    retry = mail("agendas", "--mission", "lyon-2018", *TWO_COMPANIES, "--yes")
    assert retry.exit_code == 0, retry.stderr
    assert [r.to for r in inbox.received[3:]] == [GIULIA]


def test_a_dropped_connection_keeps_what_was_sent_and_the_next_run_sends_the_rest(mail: Invoke, inbox: Inbox) -> None:
    inbox.hang_up_after = 1
    result = mail("agendas", "--mission", "lyon-2018", *TWO_COMPANIES, "--yes")
    assert result.exit_code == 1
    assert "Sent 1 message." in result.stderr
    assert ("Warning: stopped: the server closed the connection. Not sent yet (3): Marco Ferri, Mario Rossi, "
            "Małgorzata Wiśniewska.") in result.stderr
    assert "Run the same command again" in result.stderr

    inbox.hang_up_after = None
    rest = mail("agendas", "--mission", "lyon-2018", *TWO_COMPANIES, "--yes")
    assert rest.exit_code == 0, rest.stderr
    assert "Sent 3 messages." in rest.stderr
    assert len(inbox.by_recipient()) == 4  # everyone once, nobody twice


def test_only_changed_sends_updates_with_a_raised_sequence_and_a_cancellation(
    mail: Invoke, invoke: Invoke, demo_db: Path, inbox: Inbox
) -> None:
    assert mail("agendas", "--mission", "lyon-2018", *TWO_COMPANIES, "--yes").exit_code == 0
    first = inbox.by_recipient()
    mario, marco = "mario.rossi@avioparts-demo.it", "marco.ferri@avioparts-demo.it"
    # Mario reads Italian (his country's) until he asks for English
    assert invoke("--db", located(demo_db), "participants", "edit", mario, "--mission", "lyon-2018",
                  "--language", "en").exit_code == 0
    assert invoke("--db", located(demo_db), "participants", "edit", marco, "--mission", "lyon-2018",
                  "--status", "cancelled").exit_code == 0

    # the coordinator re-exports the calendars in between: it raises Mario's SEQUENCE and forgets Marco's
    exported = invoke("--db", located(demo_db), "calendar", "export", "--mission", "lyon-2018", "--out", str(demo_db.parent / "cal"))
    assert exported.exit_code == 0, exported.stderr

    plan = mail("agendas", "--mission", "lyon-2018", "--only-changed", "--dry-run", "--format", "csv")
    assert plan.stdout.splitlines()[1:]
    assert {line.split(",")[4] for line in plan.stdout.splitlines()[1:]} == {
        "update", "cancellation"}

    result = mail("agendas", "--mission", "lyon-2018", "--only-changed", "--yes")
    assert result.exit_code == 0, result.stderr
    later = {r.to: r for r in inbox.received[4:]}
    assert set(later) == {mario, marco}

    update = later[mario]
    assert update.message["Subject"].startswith("Updated programme: ")
    assert update.message["Content-Language"] == "en"
    before, after = first[mario].events(), update.events()
    assert set(after) == set(before)  # same UIDs: phones update the events in place
    for uid, event in after.items():  # what now reads in English is raised; the rest stays as it was
        changed = any(str(event.get(k)) != str(before[uid].get(k)) for k in ("SUMMARY", "DESCRIPTION", "LOCATION"))
        assert int(event["SEQUENCE"]) == int(before[uid]["SEQUENCE"]) + changed
    assert any(str(e["SUMMARY"]).startswith("B2B with ") and int(e["SEQUENCE"]) == 1 for e in after.values())

    cancellation = later[marco]
    assert cancellation.message["Subject"].startswith("Annullata: ")  # Marco is Italian
    cancelled = cancellation.events()
    assert set(cancelled) == set(first[marco].events())
    assert {str(e["STATUS"]) for e in cancelled.values()} == {"CANCELLED"}
    assert all(int(e["SEQUENCE"]) >= 1 for e in cancelled.values())

    quiet = mail("agendas", "--mission", "lyon-2018", *TWO_COMPANIES, "--yes")
    assert "Nothing to send" in quiet.stderr
    assert len(inbox.received) == 6


def test_drafts_are_eml_files_and_nothing_is_recorded(mail: Invoke, tmp_path: Path) -> None:
    result = mail("agendas", "--mission", "lyon-2018", "--out", str(tmp_path / "mails"))  # no server settings at all
    assert result.exit_code == 0, result.stderr
    files = sorted((tmp_path / "mails").glob("*.eml"))
    assert len(files) == 30
    draft = email.message_from_bytes((tmp_path / "mails" / "bianchi-chiara.eml").read_bytes(), policy=email.policy.default)
    assert draft["To"].addresses[0].addr_spec == GIULIA
    assert [p.get_filename() for p in draft.iter_attachments()] == ["bianchi-chiara.ics"]
    status = mail("status", "--mission", "lyon-2018", "--format", "csv")
    assert status.stdout.count(",not sent,") == 30


def test_sending_asks_first_and_refuses_without_a_terminal(mail: Invoke, inbox: Inbox) -> None:
    result = mail("agendas", "--mission", "lyon-2018", "--to", GIULIA)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Send 1 message through 127.0.0.1:")
    assert inbox.received == []


def test_unknown_recipient_and_missing_settings(mail: Invoke) -> None:
    result = mail("agendas", "--mission", "lyon-2018", "--to", "nobody@example.org")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == "Error: no participant with e-mail 'nobody@example.org' in mission lyon-2018"
    unset = mail("agendas", "--mission", "lyon-2018", "--yes")
    assert unset.exit_code == 1
    assert unset.stderr.splitlines()[0] == "Error: no mail server set"
