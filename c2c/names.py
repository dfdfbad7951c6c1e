"""The one way a name typed by a person finds a company, a person, a coach, a stop or a cluster.

Every command resolves the same way, so what one command accepts every other accepts too:
the exact name, then the name without case or accents, then a unique beginning; a name that
begins several is ambiguous and the error lists them; an unknown name gets a did-you-mean.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from c2c.errors import InvalidInput, NotFound
from c2c.text import clean_spaces, fold

T = TypeVar("T")
Names = Callable[[T], Iterable[str]]
_LISTED = 6


def resolve(items: Sequence[T], typed: str, names: Names[T], *, what: str, where: str = "", hint: str = "",
            ambiguous: str = "give more of the name") -> T:
    """The one item ``typed`` names; ``names`` gives each item's names, the one shown first.

    NotFound carries the closest name as a hint ("did you mean …?"), else ``hint``; an
    ambiguous name is InvalidInput listing the items it could be, with ``ambiguous`` as hint.
    """
    found = matches(items, typed, names)
    place = f" {where}" if where else ""
    if len(found) == 1:
        return found[0]
    if found:
        raise InvalidInput(f"{typed!r} could be {either(shown(i, names) for i in found)}{place}",
                           hint=ambiguous)
    close = closest(items, typed, names)
    raise NotFound(f"no {what} {typed!r}{place}", hint=f"did you mean {close!r}?" if close else hint or None)


def matches(items: Sequence[T], typed: str, names: Names[T]) -> list[T]:
    """The items of the first step that finds any: exact, folded, then beginning with ``typed``."""
    wanted = clean_spaces(typed)
    key = fold(wanted)
    if not key:
        return []
    named = [(item, [clean_spaces(n) for n in names(item) if n]) for item in items]
    for step in (lambda n: n == wanted, lambda n: fold(n) == key, lambda n: fold(n).startswith(key)):
        found = [item for item, its in named if any(step(n) for n in its)]
        if found:
            return found
    return []


def closest(items: Sequence[T], typed: str, names: Names[T]) -> str | None:
    """The name to suggest for ``typed``: one that has it as a whole word, else the most alike."""
    # e-mail addresses look alike by their domain, so they suggest nobody
    by_key = {fold(n): shown(item, names) for item in items for n in names(item) if n and "@" not in n and fold(n)}
    key = fold(typed)
    if not key:
        return None
    # 'aerospace' for 'Lombardia Aerospace Cluster': a word of the name is the usual loose answer
    within = sorted({name for k, name in by_key.items() if f" {key} " in f" {k} "})
    if len(within) == 1:
        return within[0]
    close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=0.6)
    return by_key[close[0]] if close else None


def suggest(items: Sequence[T], typed: str, names: Names[T]) -> T | None:
    """The one item a loose answer most likely means, to offer before taking it as new."""
    found = matches(items, typed, names)
    if len(found) == 1:
        return found[0]
    if found:
        return None
    close = closest(items, typed, names)
    return next((item for item in items if shown(item, names) == close), None) if close else None


def shown(item: T, names: Names[T]) -> str:
    return next(iter(names(item)), "")


def either(names: Iterable[str]) -> str:
    """'A' or 'B'; 'A', 'B' or 'C'; a long list is cut after a few, saying how many in all."""
    quoted = [repr(n) for n in dict.fromkeys(names)]
    if len(quoted) > _LISTED:
        return ", ".join(quoted[:_LISTED]) + f" … ({len(quoted)} in all)"
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def person_names(name: str, surname_first: str, email: str | None) -> list[str]:
    """A person answers to 'First Last', 'Last First' and the e-mail; shown with the e-mail, which
    tells two namesakes apart."""
    return [f"{name} <{email}>" if email else name, name, surname_first, *([email] if email else [])]
