"""Mail settings (environment over config file, the password never stored nor shown) and
STARTTLS with a self-signed certificate made here, through a real loopback server."""

from __future__ import annotations

import ssl
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from c2c.errors import InvalidInput
from c2c.mail_settings import load_settings
from tests.conftest import Invoke
from tests.mail_helpers import Inbox, smtp_server

SECRET = "s3cret-Pa55"


def settings_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_environment_wins_over_the_file_and_defaults_follow_security(tmp_path: Path) -> None:
    path = settings_file(tmp_path, '[mail]\nhost = "smtp.file.example"\nsender = "Desk <desk@file.example>"\n'
                                   'security = "tls"\nrate = 12\n')
    settings = load_settings({"C2C_SMTP_HOST": "smtp.env.example", "C2C_SMTP_PASSWORD": SECRET}, path)
    assert (settings.host, settings.port, settings.security, settings.rate) == ("smtp.env.example", 465, "tls", 12.0)
    assert settings.sender == "Desk <desk@file.example>"
    assert settings.password == SECRET
    assert SECRET not in repr(settings)
    assert SECRET not in settings.describe()


def test_a_password_command_is_run_and_a_password_in_the_file_is_refused(tmp_path: Path) -> None:
    command = f"{sys.executable} -c \"print('{SECRET}')\""
    path = settings_file(tmp_path, '[mail]\nhost = "h.example"\nsender = "a@b.example"\n')
    assert load_settings({"C2C_SMTP_PASSWORD_COMMAND": command}, path).password == SECRET

    failing = f"{sys.executable} -c \"import sys; print('{SECRET}'); sys.exit(3)\""
    with pytest.raises(InvalidInput) as failed:
        load_settings({"C2C_SMTP_PASSWORD_COMMAND": failing}, path)
    assert failed.value.message == "C2C_SMTP_PASSWORD_COMMAND: the password command failed (exit 3)"

    stored = settings_file(tmp_path, f'[mail]\nhost = "h.example"\nsender = "a@b.example"\npassword = "{SECRET}"\n')
    with pytest.raises(InvalidInput) as refused:
        load_settings({}, stored)
    assert refused.value.message == f"{stored}: a password is never read from a file"


@pytest.mark.parametrize(("variable", "value", "message"), [
    ("C2C_SMTP_PORT", "smtp", "C2C_SMTP_PORT: port 'smtp' is not a port number (1–65535)"),
    ("C2C_SMTP_SECURITY", "ssl3", "C2C_SMTP_SECURITY: security 'ssl3' is not one of starttls, tls, none"),
    ("C2C_SMTP_RATE", "-1", "C2C_SMTP_RATE: rate '-1' is not a number of messages per minute (0: unpaced)"),
])
def test_a_bad_setting_names_where_it_came_from(tmp_path: Path, variable: str, value: str, message: str) -> None:
    environ = {"C2C_SMTP_HOST": "h.example", "C2C_SMTP_SENDER": "a@b.example", variable: value}
    with pytest.raises(InvalidInput) as bad:
        load_settings(environ, tmp_path / "none.toml")
    assert bad.value.message == message


@pytest.fixture(scope="module")
def certificate_authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_inbox(certificate_authority: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    """A server that requires STARTTLS (self-signed certificate) and a login, and settings to reach it."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(context)
    ca_file = tmp_path / "ca.pem"
    certificate_authority.cert_pem.write_to_path(str(ca_file))
    inbox = Inbox()
    with smtp_server(inbox, tls=context, password=SECRET) as port:
        for name, value in {"HOST": "127.0.0.1", "PORT": str(port), "SECURITY": "starttls", "USER": "desk",
                            "PASSWORD": SECRET, "SENDER": "desk@aerospace-aura.example", "CA_FILE": str(ca_file),
                            "RATE": "0"}.items():
            monkeypatch.setenv(f"C2C_SMTP_{name}", value)
        yield inbox


def test_mail_test_and_a_programme_go_through_starttls_with_a_login(
    invoke: Invoke, tls_inbox: Inbox, demo_db: Path
) -> None:
    result = invoke("mail", "test", "--to", "me@aerospace-aura.example")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("Sent a test message to me@aerospace-aura.example through 127.0.0.1:")
    assert tls_inbox.logins == [("desk", SECRET)]
    [received] = tls_inbox.received
    assert received.to == "me@aerospace-aura.example"
    assert received.message["Subject"] == "c2c mail test"
    assert SECRET not in received.part("plain")
    assert SECRET not in result.output

    sent = invoke("--db", str(demo_db), "mail", "agendas", "--mission", "lyon-2018", "--to", "marco.ferri@avioparts-demo.it",
                  "--yes")
    assert sent.exit_code == 0, sent.stderr
    assert [r.to for r in tls_inbox.received[1:]] == ["marco.ferri@avioparts-demo.it"]
    assert SECRET not in sent.output


def test_an_untrusted_certificate_or_a_wrong_password_is_one_clear_error(
    invoke: Invoke, tls_inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("C2C_SMTP_PASSWORD", "wrong")
    refused = invoke("mail", "test", "--to", "me@aerospace-aura.example")
    assert refused.exit_code == 1
    assert refused.stderr.splitlines()[0] == "Error: 127.0.0.1 refused the login of desk"
    assert "wrong" not in refused.output

    monkeypatch.delenv("C2C_SMTP_CA_FILE")
    untrusted = invoke("mail", "test", "--to", "me@aerospace-aura.example")
    assert untrusted.exit_code == 1
    assert "TLS failed (CERTIFICATE_VERIFY_FAILED)" in untrusted.stderr.splitlines()[0]
    assert tls_inbox.received == []
