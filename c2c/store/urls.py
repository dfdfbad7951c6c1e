"""Database URLs as people may see them: the password never leaves the process.

A PostgreSQL password may come in the URL itself (``postgresql+psycopg://ana:s3cret@host/c2c``)
or through libpq's own ways (``PGPASSWORD``, ``~/.pgpass``, a service file); only the first can
reach a message, and ``mask_secrets`` takes it out of every one c2c prints.
"""

from __future__ import annotations

import re

MASK = "***"
# scheme://user:password@host — a password may hold '@' itself: it runs to the last one
_CREDENTIALS = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^\s]*@", re.IGNORECASE)
_PASSWORD_PARAMETER = re.compile(r"(?P<head>[?&]password=)[^&\s]*", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """Every database URL in ``text`` with its password replaced by ``***``."""
    text = _CREDENTIALS.sub(lambda m: f"{m['head']}{MASK}@", text)
    return _PASSWORD_PARAMETER.sub(lambda m: f"{m['head']}{MASK}", text)


def is_postgresql(url: str) -> bool:
    return url.split(":", 1)[0].split("+", 1)[0].lower() in {"postgresql", "postgres"}
