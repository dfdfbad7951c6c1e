"""Matching the pick-up stop people wrote in the attendee list to the stops on the routes."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from c2c.text import fold

# words people add or drop around a stop name without meaning another place
_FILLER = frozenset({"stazione", "staz", "station", "gare", "fs", "fnm", "piazzale", "piazza", "p", "le", "di", "de"})


def stop_key(name: str) -> str:
    """'Milano - Cadorna', 'milano cadorna' and 'MILANO CADORNA' share one key."""
    return fold(name)


# 'Gallarate (ore 7:00)', 'Varese 07.20': the time people copy from the invitation
_NOISE = re.compile(r"\([^)]*\)|\b\d{1,2}[:.h]\d{2}\b")


def _words(name: str) -> frozenset[str]:
    words = frozenset(stop_key(_NOISE.sub(" ", name)).split())
    return (words - _FILLER) or words


def match_stop(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate ``name`` means, forgiving case, accents, punctuation and dropped words.

    'Cadorna' finds 'Milano Cadorna' (its words are a subset); an ambiguous or unknown name
    finds nothing, so that nobody is put at a stop they did not ask for.
    """
    names = list(dict.fromkeys(candidates))
    key = stop_key(name)
    exact = [c for c in names if stop_key(c) == key]
    if exact:
        return exact[0]
    words = _words(name)
    if not words:
        return None
    partial = [c for c in names if words <= _words(c) or _words(c) <= words]
    return partial[0] if len(partial) == 1 else None


def closest_stop(name: str, candidates: Iterable[str]) -> str | None:
    """The most similar candidate, to suggest when ``match_stop`` finds nothing."""
    by_key = {stop_key(c): c for c in candidates}
    close = difflib.get_close_matches(stop_key(name), list(by_key), n=1, cutoff=0.5)
    return by_key[close[0]] if close else None
