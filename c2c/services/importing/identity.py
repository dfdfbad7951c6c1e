"""Who is who: identity keys, duplicates inside a file, near-duplicates, field-by-field diffs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from c2c.company_names import company_key
from c2c.text import fold

cached_fold = lru_cache(maxsize=65536)(fold)


def name_key(first: str, last: str) -> str:
    return cached_fold(f"{first} {last}")


def identity_key(person: Mapping[str, Any]) -> str:
    """The same e-mail is the same person; without one, the same name at the same company."""
    if person.get("email"):
        return str(person["email"])
    return f"{name_key(person['first_name'], person['last_name'])}|{company_key(person.get('company') or '')}"


def display_key(person: Mapping[str, Any]) -> str:
    """How reports name a person: the e-mail, or 'First Last | Company'."""
    if person.get("email"):
        return str(person["email"])
    return f"{person['first_name']} {person['last_name']} | {person.get('company') or ''}".strip()


def drop_duplicates(people: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """One row per person, in the place of their first row but with what their last row says: a
    person who answered a form twice, or was entered again further down, meant the later answer;
    what the later row leaves empty (a day's sheet without the pitch column, a phone not repeated)
    the earlier row still says. Returns the kept rows and (repeating row, first row) pairs."""
    where: dict[str, int] = {}
    kept: list[dict[str, Any]] = []
    duplicates: list[tuple[int, int]] = []
    for person in people:
        key = identity_key(person)
        index = where.get(key)
        if index is None:
            where[key] = len(kept)
            kept.append(person)
            continue
        duplicates.append((person["row"], kept[index]["row"]))
        kept[index] = _completed(kept[index], person)
    return kept, duplicates


def _completed(earlier: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    said = {name: value for name, value in later.items() if value is not None and value != ""}
    if isinstance(earlier.get("extra"), dict) and isinstance(later.get("extra"), dict):
        said["extra"] = {**earlier["extra"], **later["extra"]}
    return {**earlier, **said}


def near_duplicates(people: Iterable[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Different people whose names differ only by accents, case or punctuation."""
    seen: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    for person in people:
        key = name_key(person["first_name"], person["last_name"]).replace(" ", "")
        if key in seen:
            pairs.append((seen[key], person["row"]))
        else:
            seen[key] = person["row"]
    return pairs


def diff(old: Mapping[str, Any], new: Mapping[str, Any], fields: Iterable[str]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for each field whose value changed."""
    return {name: [old.get(name), new.get(name)] for name in fields if old.get(name) != new.get(name)}
