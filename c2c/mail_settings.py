"""Mail settings: the environment over the ``[mail]`` table of the config file (``c2c.config``).

The password is read only from ``C2C_SMTP_PASSWORD`` or from the output of a password
command (``C2C_SMTP_PASSWORD_COMMAND`` or ``password_command`` in the file, e.g.
``pass show smtp/c2c``), so it is never written in the store nor in a file c2c reads; it is
kept out of every ``repr`` and message.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from c2c.config import EnvVars, config_file
from c2c.errors import InvalidInput

SECURITIES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DEFAULT_RATE = 30.0  # messages per minute: well under what shared relays throttle at

# setting name -> environment variable; the same names as keys of the [mail] table
_FROM_ENVIRONMENT = {
    "host": EnvVars.SMTP_HOST,
    "port": EnvVars.SMTP_PORT,
    "security": EnvVars.SMTP_SECURITY,
    "user": EnvVars.SMTP_USER,
    "sender": EnvVars.SMTP_SENDER,
    "reply_to": EnvVars.SMTP_REPLY_TO,
    "rate": EnvVars.SMTP_RATE,
    "ca_file": EnvVars.SMTP_CA_FILE,
    "password_command": EnvVars.SMTP_PASSWORD_COMMAND,
}


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str  # starttls, tls or none
    sender: str  # 'Name <address>' or an address
    user: str | None = None
    reply_to: str | None = None
    rate: float = DEFAULT_RATE  # messages per minute; 0 sends unpaced
    ca_file: Path | None = None  # a CA to trust besides the system's (a relay with its own certificate)
    password: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        """The settings in one line, for messages: never the password."""
        login = f", as {self.user}" if self.user else ""
        return f"{self.host}:{self.port} ({self.security}{login}), from {self.sender}"


def load_settings(environ: Mapping[str, str] | None = None, path: Path | None = None) -> MailSettings:
    """The settings in force; a missing or bad one is an ``InvalidInput`` naming where it came from."""
    environ = os.environ if environ is None else environ
    path = config_file() if path is None else path
    values, origin = _file_values(path)
    for name, variable in _FROM_ENVIRONMENT.items():
        if environ.get(variable, "").strip():
            values[name], origin[name] = environ[variable].strip(), variable
    host = _text(values, "host")
    sender = _text(values, "sender")
    if not host or not sender:
        missing = EnvVars.SMTP_HOST if not host else EnvVars.SMTP_SENDER
        raise InvalidInput(
            f"no mail {'server' if not host else 'sender'} set",
            hint=f"set {missing} or the [mail] table of {path} (see docs/mail.md)",
        )
    security = _security(values, origin)
    reply_to = _text(values, "reply_to")
    return MailSettings(
        host=host, port=_port(values, origin, security), security=security,
        sender=check_address(sender, origin["sender"]), user=_text(values, "user"),
        reply_to=check_address(reply_to, origin["reply_to"]) if reply_to else None,
        rate=_rate(values, origin), ca_file=_ca_file(values, origin), password=_password(environ, values, origin),
    )


def _file_values(path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError:
        return {}, {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInput(f"cannot read {path}: {exc}") from None
    table = document.get("mail", {})
    if not isinstance(table, dict):
        raise InvalidInput(f"{path}: [mail] must be a table")
    if "password" in table:
        raise InvalidInput(
            f"{path}: a password is never read from a file",
            hint=f"remove it; set {EnvVars.SMTP_PASSWORD} or password_command (e.g. \"pass show smtp\") instead",
        )
    unknown = sorted(set(table) - set(_FROM_ENVIRONMENT))
    if unknown:
        raise InvalidInput(f"{path}: unknown mail setting {unknown[0]!r}",
                           hint=f"known ones: {', '.join(_FROM_ENVIRONMENT)}")
    return dict(table), {name: f"{path} [mail] {name}" for name in table}


def _text(values: Mapping[str, Any], name: str) -> str | None:
    value = values.get(name)
    return str(value).strip() or None if value is not None else None


def _security(values: Mapping[str, Any], origin: Mapping[str, str]) -> str:
    security = (_text(values, "security") or "starttls").lower()
    if security not in SECURITIES:
        raise InvalidInput(f"{origin['security']}: security {security!r} is not one of {', '.join(SECURITIES)}")
    return security


def _port(values: Mapping[str, Any], origin: Mapping[str, str], security: str) -> int:
    text = _text(values, "port")
    if text is None:
        return DEFAULT_PORTS[security]
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise InvalidInput(f"{origin['port']}: port {text!r} is not a port number (1–65535)")
    return int(text)


def _rate(values: Mapping[str, Any], origin: Mapping[str, str]) -> float:
    text = _text(values, "rate")
    if text is None:
        return DEFAULT_RATE
    try:
        rate = float(text)
    except ValueError:
        rate = -1.0
    if rate < 0:
        raise InvalidInput(f"{origin['rate']}: rate {text!r} is not a number of messages per minute (0: unpaced)")
    return rate


def _ca_file(values: Mapping[str, Any], origin: Mapping[str, str]) -> Path | None:
    text = _text(values, "ca_file")
    if text is None:
        return None
    path = Path(text).expanduser()
    if not path.is_file():
        raise InvalidInput(f"{origin['ca_file']}: no certificate file {path}")
    return path


def check_address(text: str, source: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    name, address = parseaddr(text)
    try:
        checked = validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InvalidInput(f"{source}: {text!r} is not an e-mail address ({exc})") from None
    return str(Address(display_name=name, addr_spec=checked)) if name else checked


def _password(environ: Mapping[str, str], values: Mapping[str, Any], origin: Mapping[str, str]) -> str | None:
    if environ.get(EnvVars.SMTP_PASSWORD):
        return environ[EnvVars.SMTP_PASSWORD]
    command = _text(values, "password_command")
    if command is None:
        return None
    try:
        done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=60, check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise InvalidInput(f"{origin['password_command']}: the password command did not run: {exc}") from None
    if done.returncode != 0:
        # its output is not shown: it may hold the password or part of it
        raise InvalidInput(f"{origin['password_command']}: the password command failed (exit {done.returncode})")
    lines = done.stdout.splitlines()
    if not lines or not lines[0]:
        raise InvalidInput(f"{origin['password_command']}: the password command printed no password")
    return lines[0]  # pass(1) and friends print the password on the first line


DRAFT_SENDER = "Cluster2Cluster <c2c@localhost>"


def draft_sender(environ: Mapping[str, str] | None = None, path: Path | None = None) -> str:
    """The sender of ``.eml`` drafts: the configured one, else a stand-in (drafts need no server)."""
    environ = os.environ if environ is None else environ
    values, origin = _file_values(config_file() if path is None else path)
    text = environ.get(EnvVars.SMTP_SENDER, "").strip() or _text(values, "sender")
    return check_address(text, origin.get("sender", EnvVars.SMTP_SENDER)) if text else DRAFT_SENDER
