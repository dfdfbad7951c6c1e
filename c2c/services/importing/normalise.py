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
    """A cell whose value the spreadsheet program destroyed before c2c saw it, or that c2c
    could not read in full: the field takes ``value`` (None: stays empty), the import says so,
    the row is kept."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(reason)
        self.value = value


class Unanswered(LostValue):
    """A yes/no cell that does not answer yet ('maybe', 'don't know yet') or not at all."""


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


# what a copy from a mail program, a hyperlink or a web page leaves around and between addresses
_MAILTO = re.compile(r"mailto:", re.IGNORECASE)
_AROUND_SIGNS = re.compile(r"\s*([@.])\s*")  # 'MARIO.ROSSI @ FIRM.IT', as some forms keep it
_BETWEEN_ADDRESSES = re.compile(r"[\s;,<>()\[\]]+")
_EDGES = "\"'`«»‹›“”‘’.:;,"
# invisible characters a copy from a web page or a PDF carries inside a word
_INVISIBLE = dict.fromkeys(ord(ch) for ch in ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"))


def normalise_email(value: str) -> str | None:
    """The one address a cell holds, lower case, found by the e-mail grammar in what people
    paste: 'Mario Rossi <mario@x.it>' (Outlook), 'mailto:', quotes, a trailing ';' or '.',
    spaces (no-break, zero-width) inside. Of two addresses the first is the person's: the
    second is left out with a note (``LostValue`` carrying the first)."""
    plain = value.strip().lower()
    if _SIMPLE_EMAIL.match(plain):  # most cells: one address and nothing around it
        return plain
    pieces = _addresses(value)
    if not pieces:
        text = "".join(value.translate(_INVISIBLE).split()).strip(_EDGES)
        if text:
            _check_email(text.lower())  # says what is wrong with it
        return None
    first = _check_email(pieces[0].lower())
    others = [piece.lower() for piece in pieces[1:] if piece.lower() != first]
    if others:
        raise LostValue(f"{first} kept; the other address in the cell, {others[0]}, left out", value=first)
    return first


# an address written beside a name: '<…>', '(…)', '[…]', or bare, maybe after 'mailto:'
_MAILBOX_ADDRESS = re.compile(r"[<(\[]\s*(?:mailto:)?[^\s<>()\[\]]+@[^\s<>()\[\]]+\s*[>)\]]|(?:mailto:)?\S+@\S+",
                              re.IGNORECASE)
_NAME_EDGES = _EDGES + " -–—|/<>()[]"


def split_mailbox(value: str) -> tuple[str, str]:
    """A name cell pasted from a mail program, 'Sally Östberg <sally@firm.se>' or '"Östberg,
    Sally" <…>': the name (quotes and brackets off) and the address text ('' when none)."""
    if "@" not in value:
        return value, ""
    found = _MAILBOX_ADDRESS.search(value)
    if found is None:
        return value, ""
    name = (value[:found.start()] + " " + value[found.end():]).strip()
    return " ".join(name.strip(_NAME_EDGES).split()), found.group()


def _addresses(value: str) -> list[str]:
    """The pieces of the cell that look like addresses (an '@' inside), in order."""
    # 'Rossi, Mario <mario@x.it>': the brackets are separators too, the name has no '@'
    text = _AROUND_SIGNS.sub(r"\1", _MAILTO.sub(" ", value.translate(_INVISIBLE)))
    pieces = (piece.strip(_EDGES) for piece in _BETWEEN_ADDRESSES.split(text))
    return [piece for piece in pieces if "@" in piece.strip("@")]


def _check_email(text: str) -> str:
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
def _answers() -> dict[str, bool | None]:
    """Folded yes/no word, phrase or mark -> its answer, None for 'not yet known' (c2c/data/yes_no.json)."""
    data = json.loads(package_data("yes_no.json").read_text(encoding="utf-8"))
    table: dict[str, bool | None] = {}
    # a yes wins over a no of another language, and both over an 'unknown' ('jo')
    for answer, value in (("unknown", None), ("no", False), ("yes", True)):
        for key, language in data.items():
            if not key.startswith("_"):
                table.update((_answer_key(word), value) for word in language[answer])
    return table


@cache
def _longest_phrase() -> int:
    return max(len(key.split()) for key in _answers())


def _answer_key(text: str) -> str:
    return fold(text) or text.strip()


@lru_cache(maxsize=1024)
def normalise_yes_no(value: str) -> bool | None:
    """A cell that is one answer: a word or mark of c2c/data/yes_no.json, or 1/0; None when
    empty. Anything else is an error (a column of such cells is no yes/no column)."""
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


@lru_cache(maxsize=1024)
def read_yes_no(value: str) -> bool | None:
    """An answer as people write it in a form's free text: the cell, else its leading phrase
    ('Ja gärna', 'Yes, 3 min', 'ne hvala', 'Nej, vi hoppar över pitchen'), the longest first so
    'No sé' is unknown, not no. An answer that is not yet one ('maybe', 'Tal vez', 'En tiedä
    vielä', '?') or no answer at all leaves the field empty with a note (``Unanswered``): a
    yes/no field never refuses its row."""
    try:
        return normalise_yes_no(value)
    except CellError:
        pass
    table = _answers()
    words = fold(value).split() or [_answer_key(value)]  # '?' has no letters to fold
    for size in range(min(_longest_phrase(), len(words)), 0, -1):
        phrase = " ".join(words[:size])
        # a lone letter answers only as the whole cell ('s', 'o', 'v' begin sentences too)
        if phrase in table and (len(phrase) > 1 or len(words) == 1):
            if table[phrase] is None:
                break
            return table[phrase]
    else:
        raise Unanswered(f"{value.strip()!r} is not yes or no")
    raise Unanswered(f"{value.strip()!r} is neither yes nor no yet")
