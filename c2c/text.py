"""Text helpers shared by matching, import and export: folding for comparisons, slugs, spaces."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'Rhône-Alpes' -> 'rhone alpes'. Greek,
    Cyrillic and other scripts keep their letters, without case or accents ('Παπαδόπουλος' ->
    'παπαδοπουλοσ'), so their names stay apart."""
    if text.isascii():  # most names and companies: nothing to decompose, and casefold is lower
        return _NON_ALNUM.sub(" ", text.lower()).strip()
    # one regex pass removes the accents of Latin letters; the slower per-character test is left
    # for what remains outside ASCII (other scripts, other marks, letters like 'ł')
    stripped = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    if stripped.isascii():
        return _NON_ALNUM.sub(" ", stripped.lower()).strip()
    stripped = "".join([ch for ch in stripped if not unicodedata.combining(ch)]).translate(_SPECIAL_LETTERS)
    return " ".join("".join([ch if _is_letter(ch) else " " for ch in stripped.casefold()]).split())


def _is_letter(char: str) -> bool:
    """A letter or digit of any script, but no modifier letter (the ʻ of 'Sanʻa' is a mark)."""
    if char.isascii():
        return char.isalnum()
    return char.isalnum() and unicodedata.category(char) != "Lm"


# the combining marks of the Combining Diacritical Marks block, U+0300-U+036F (all but the
# grapheme joiner U+034F, which is not a mark to drop)
_LATIN_MARKS = re.compile("[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]")
# letters that NFKD does not decompose
_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
)


# C0 and C1 control characters but tab and line feed: an ESC sequence in a name retitles or
# recolours a terminal, BEL rings it, and openpyxl refuses a workbook holding any of them
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# the longest text a person types into one field; a longer one is a paste gone wrong
MAX_FIELD_CHARS = 2000


def strip_controls(text: str) -> str:
    """``text`` without control characters (tabs and line feeds stay): the one cleaning every text
    field gets on its way in (command line, prompts, imported cells) and on its way to a terminal."""
    return text if text.isprintable() or not _CONTROLS.search(text) else _CONTROLS.sub("", text)


def has_controls(text: str) -> bool:
    return not text.isprintable() and _CONTROLS.search(text) is not None


def clean_spaces(text: str) -> str:
    """NFC, every run of white space (tabs, no-break spaces) folded to one space, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\u00a0", " ")).strip()


def slugify(text: str) -> str:
    """'Rhône-Alpes 2018' -> 'rhone-alpes-2018': file names and ids in ASCII."""
    return "-".join(_NON_ALNUM.sub(" ", fold(text)).split())
