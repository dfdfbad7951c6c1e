"""Cell values to clean fields: text, e-mail, phone, country, yes/no (names: ``names.py``).

Each ``normalise_*`` returns the clean value or raises ``InvalidValue`` (``CellError`` for
the checks of its own) with a reason a person can act on. Phones and countries follow the
one rule of ``c2c.phones`` and ``c2c.parsing``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache

from c2c.config import package_data
from c2c.parsing import InvalidValue, parse_country
from c2c.phones import parse_phone
from c2c.text import fold


class CellError(InvalidValue):
    """A cell whose value makes its row invalid (the parsers' ``InvalidValue`` say so too)."""


class LostValue(ValueError):
    """A cell whose value the spreadsheet program destroyed before c2c saw it: the field stays
    empty and the import says so, the row is kept."""


# what Excel shows of a long number in a narrow cell, and writes so to CSV: 4,36809E+11
_SCIENTIFIC = re.compile(r"^[+-]?\d+([.,]\d+)?[eE][+]?\d+$")


def _mojibake_pattern() -> re.Pattern[str]:
    # UTF-8 read as Windows-1252 always shows a lead byte (Â..ô) followed by a continuation byte
    # (0x80-0xBF as cp1252, or as Latin-1 for the five bytes cp1252 leaves undefined)
    continuation = "".join(_cp1252(byte) for byte in range(0x80, 0xC0))
    return re.compile(f"[\u00c2-\u00f4][{re.escape(continuation)}]")


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_MOJIBAKE = _mojibake_pattern()


def clean_text(value: str) -> str | None:
    """NFC, mojibake repaired, white space collapsed; None when nothing is left."""
    if not value:
        return None
    if not value.isascii():
        value = _fix_mojibake(value)
    # str.split() splits on every Unicode space (tabs, no-break spaces) and is faster than a regex
    return " ".join(value.split()) or None


def _fix_mojibake(value: str) -> str:
    if _MOJIBAKE.search(value):
        import ftfy

        # fix_encoding only undoes 'UTF-8 read as Windows-1252'; curly quotes and dashes stay
        value = ftfy.fix_encoding(value)
    return unicodedata.normalize("NFC", value)


# --- e-mail -----------------------------------------------------------------------------------

# a plain address needs no full RFC check: the common case stays fast on 100,000 rows
_SIMPLE_EMAIL = re.compile(
    r"^[a-z0-9_%+-]+(\.[a-z0-9_%+-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}$"
)


# what a copy from a mail program or a hyperlink adds around the address
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_NAMED_ADDRESS = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")


def normalise_email(value: str) -> str | None:
    """Lower case, no spaces; 'Mario Rossi <mario@x.it>' (Outlook) and 'mailto:mario@x.it' give the address."""
    named = _NAMED_ADDRESS.search(value)
    text = _MAILTO.sub("", "".join((named.group(1) if named else value).split())).lower()
    if not text:
        return None
    if _SIMPLE_EMAIL.match(text):
        return text
    if "@" not in text:
        raise CellError("invalid e-mail address: no '@'")
    domain = text.rpartition("@")[2]
    if "." not in domain:
        raise CellError("invalid e-mail address: domain has no dot")
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise CellError(f"invalid e-mail address: {exc}") from None


# --- phone ------------------------------------------------------------------------------------

def normalise_phone(value: str, *regions: str | None) -> str | None:
    """E.164, by the one phone rule (``c2c.phones``): read in the first of ``regions`` where it is
    a possible number (the person's country, then the mission's); None for an empty cell."""
    text = value.strip()
    if _SCIENTIFIC.match(text):
        raise LostValue(f"{text!r} is a number the spreadsheet wrote in scientific notation: its last digits are lost")
    return parse_phone(text, *regions) if text else None


# --- language ----------------------------------------------------------------------------------

def normalise_language(value: str) -> str | None:
    """A language c2c writes (parsing.LANGUAGES), from its code or its name in the languages of
    Europe's delegations ('Italiano', 'français', 'Deutsch', 'polski', 'Englisch'); a language c2c
    does not write, or none, leaves the person's country to decide (None), never refuses the row."""
    return _language_names().get(fold(value)) if value.strip() else None


@cache
def _language_names() -> dict[str, str]:
    """Folded code or name -> code, from CLDR (Babel): each written language named in each
    delegation language."""
    from babel import Locale

    from c2c.countries import DELEGATION_LOCALES
    from c2c.parsing import LANGUAGES

    names = {code: code for code in LANGUAGES}
    for locale in DELEGATION_LOCALES:
        language_names = Locale.parse(locale).languages
        for code in LANGUAGES:
            if code in language_names:
                names.setdefault(fold(language_names[code]), code)
    return names


# --- country, yes/no ----------------------------------------------------------------------------

@lru_cache(maxsize=1024)
def normalise_country(value: str) -> str | None:
    text = clean_text(value)
    return parse_country(text) if text is not None else None


@cache
def _answers() -> dict[str, bool]:
    """Folded yes/no word or mark -> its answer (c2c/data/yes_no.json)."""
    data = json.loads(package_data("yes_no.json").read_text(encoding="utf-8"))
    table = {_answer_key(word): False for word in data["no"]}
    table.update({_answer_key(word): True for word in data["yes"]})
    return table


def _answer_key(text: str) -> str:
    return fold(text) or text.strip()


@lru_cache(maxsize=1024)
def normalise_yes_no(value: str) -> bool | None:
    text = value.strip()
    if not text:
        return None
    found = _answers().get(_answer_key(text))
    if found is not None:
        return found
    # a number cell: 1 and 0, as a spreadsheet may write them ("1.0")
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = None
    if number in (0.0, 1.0):
        return number == 1.0
    raise CellError(f"{text!r} is not yes or no")
