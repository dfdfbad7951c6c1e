"""Text helpers shared by matching and import: folding for comparisons, slugs."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'Rhône-Alpes' -> 'rhone alpes'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # letters that NFKD does not decompose
    stripped = stripped.translate(_SPECIAL_LETTERS)
    return _NON_ALNUM.sub(" ", stripped.casefold()).strip()


_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
)


def clean_spaces(text: str) -> str:
    """NFC, every run of white space (tabs, no-break spaces) folded to one space, trimmed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).replace("\u00a0", " ")).strip()


def slugify(text: str) -> str:
    return "-".join(fold(text).split())
