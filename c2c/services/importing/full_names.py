"""A full-name column split in the order its whole column shows.

Each row's own writing says what it can (a comma, a surname in capitals, particles, given names
c2c knows, its e-mail); the rows that say enough decide the column's order, which the others
follow; a row that cannot tell its own order in a column holding both is noted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from c2c.config import package_data
from c2c.services.importing.names import (
    APOSTROPHES,
    ELISIONS,
    PARTICLES,
    is_capitals,
    official_languages,
    proper_case,
)
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.store.reading import Reader

# the key a row keeps its full name under until the column pass splits it
FULL_NAME = "full_name"
# how German names are written in addresses: Müller -> mueller
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


# --- splitting ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """The two ways a full name can be read, and what the name itself says about its order."""

    given_first: tuple[str, str]  # (given name, surname)
    surname_first: tuple[str, str]
    evidence: int  # > 0: given name first; < 0: surname first; the size is how sure
    marked: bool = False  # the row says it itself (a comma, a surname in capitals)


SURE = 2  # evidence from which a row decides its own order


def read_full_name(text: str, known: Callable[[str], bool]) -> Reading:
    """The two splits of a full name and the order its own writing shows (without an e-mail)."""
    if "," in text:
        last, _, first = text.partition(",")
        split = (first.strip(), last.strip())
        return Reading(split, split, 0, marked=True)
    tokens = text.split()
    if len(tokens) < 2 or all(t.lower() in PARTICLES for t in tokens[:-1]):
        return Reading(("", text), ("", text), 0, marked=True)
    capitals = [is_capitals(t) for t in tokens]
    if any(capitals) and not all(capitals):
        return _read_capitals(tokens, capitals)
    given_first = _split_given_first(tokens, known)
    surname_first = _split_surname_first(tokens, known)
    evidence = _known_score(given_first, known) - _known_score(surname_first, known)
    # nobody's given name starts with 'van', 'De' or "D'"
    if tokens[0].lower() in PARTICLES or _is_elided(tokens[0]):
        evidence -= 3
    elif (len(tokens) > 2 and tokens[-2].lower() in PARTICLES) or _is_elided(tokens[-1]):
        evidence += 3
    return Reading(given_first, surname_first, evidence)


def _is_elided(token: str) -> bool:
    """D'Angelo, d'Arcy, Dell'Acqua, O'Neill: a surname."""
    return any(token.partition(mark)[0].lower() in ELISIONS and token.partition(mark)[2] for mark in APOSTROPHES)


def _read_capitals(tokens: list[str], capitals: list[bool]) -> Reading:
    # the surname is what is in capitals, wherever it stands, with the particles just before it
    first_caps = capitals.index(True)
    while first_caps > 0 and tokens[first_caps - 1].lower() in PARTICLES and first_caps - 1 > 0:
        capitals[first_caps - 1] = True
        first_caps -= 1
    surname = " ".join(t for t, caps in zip(tokens, capitals, strict=True) if caps)
    given = " ".join(t for t, caps in zip(tokens, capitals, strict=True) if not caps)
    return Reading((given, surname), (given, surname), SURE if not capitals[0] else -SURE, marked=True)


def _split_given_first(tokens: list[str], known: Callable[[str], bool]) -> tuple[str, str]:
    cut = len(tokens) - 1
    while cut > 1 and tokens[cut - 1].lower() in PARTICLES:
        cut -= 1
    if cut == len(tokens) - 1:
        # 'Pablo García López': what follows the given names is the surname
        run = _run_of_known(tokens, known)
        if 0 < run < cut:
            cut = run
    return " ".join(tokens[:cut]), " ".join(tokens[cut:])


def _split_surname_first(tokens: list[str], known: Callable[[str], bool]) -> tuple[str, str]:
    cut = 1
    while cut < len(tokens) - 1 and tokens[cut - 1].lower() in PARTICLES:
        cut += 1
    if cut == 1:
        run = _run_of_known(tokens[::-1], known)
        if 0 < run < len(tokens) - 1:
            cut = len(tokens) - run
    return " ".join(tokens[cut:]), " ".join(tokens[:cut])


def _run_of_known(tokens: list[str], known: Callable[[str], bool]) -> int:
    run = 0
    while run < len(tokens) and known(tokens[run]):
        run += 1
    return run


def _known_score(split: tuple[str, str], known: Callable[[str], bool]) -> int:
    given, surname = split
    return sum(known(t) for t in given.split()) - sum(known(t) for t in surname.split() if t.lower() not in PARTICLES)


def email_evidence(email: str | None, reading: Reading) -> int:
    """What the row's e-mail says: 'jmperrin@', 'perrin.j@' name the surname in full and the given
    name by its initials (sure); 'jean-marc.perrin@' only hints, by the usual given-first habit."""
    if not email or reading.marked:
        return 0
    local = _letters(email.partition("@")[0])
    if not local:
        return 0
    return _email_fit(local, reading.given_first) - _email_fit(local, reading.surname_first)


def _email_fit(local: str, split: tuple[str, str]) -> int:
    sure, hint = _email_forms(*split)
    return 3 if local in sure else 1 if local in hint else 0


@lru_cache(maxsize=65536)
def _email_forms(given: str, surname: str) -> tuple[frozenset[str], frozenset[str]]:
    """The addresses a person's name makes: the surname in full with the given name's initials
    (sure); given name and surname both in full, or one word alone (a hint: a small company's
    'mario@' is a given name as often as 'rossi@' is a surname)."""
    if not surname or not given:
        return frozenset(), frozenset()
    words = given.split()
    initials = {_letters("".join(p[:1] for w in words for p in w.split("-"))), _letters(words[0][:1]),
                _letters("".join(p[:1] for p in words[0].split("-")))}
    surnames = {_letters(surname), _letters(surname.translate(_TRANSLITERATION))}
    sure = {form for s in surnames for i in initials for form in (i + s, s + i)}
    hint = {g + s for s in surnames for g in (_letters(given), _letters(words[0]))} | surnames | {_letters(words[0])}
    return frozenset(sure), frozenset(hint)


@lru_cache(maxsize=65536)
def _letters(text: str) -> str:
    return _key(text)


def _key(text: str) -> str:
    """A name's letters, lower case and without accents: how names are compared."""
    if text.isascii():  # most names: no folding needed
        return _NOT_LETTERS.sub("", text.lower())
    if max(text) > "\u024f":  # beyond Latin letters, fold has no accents to drop (and is slow there)
        return "".join(ch for ch in text.casefold() if ch.isalnum())
    return "".join(fold(text).split())


# --- the column pass --------------------------------------------------------------------------

def split_full_names(people: list[dict[str, Any]], columns: dict[str, str], note: Callable[[str, int | None], None],
                     country: str | None, store_given: Callable[[], Iterable[str]]) -> None:
    """Split the full names of a file's rows (kept under ``FULL_NAME``) in the order the whole
    column shows, and ``note`` what stays ambiguous; ``columns`` maps the file's headers to fields."""
    rows = [p for p in people if p.get(FULL_NAME)]
    if not rows:
        return
    known = known_given_names(store_given(), (p["first_name"] for p in people if p["first_name"]))
    cache: dict[tuple[str, str], Reading] = {}  # names repeat less than companies, but they do
    readings = [_reading(p, known, cache) for p in rows]
    header, surname_first_header = _column(columns)
    given_votes = sum(1 for r, e in readings if not r.marked and e >= SURE)
    surname_votes = sum(1 for r, e in readings if not r.marked and e <= -SURE)
    marked_votes = sum(1 if e > 0 else -1 for r, e in readings if r.marked and e)
    column_given_first = _column_order(given_votes, surname_votes, marked_votes, surname_first_header)
    # both orders seen (a surname in capitals counts: 'PERRIN Jean-Marc' beside 'Jean-Marc PERRIN'):
    # a row that does not tell its own order may be either
    seen = {e > 0 for r, e in readings if abs(e) >= SURE}
    mixed = len(seen) == 2
    undecided = 0
    two_surnames = _two_surnames_habit(rows, readings, country)
    for person, (reading, evidence) in zip(rows, readings, strict=True):
        given_first = column_given_first
        if abs(evidence) >= SURE or reading.marked:
            given_first = evidence >= 0
        elif mixed:
            given_first = evidence > 0 if evidence else column_given_first
            note(_ambiguous(person[FULL_NAME], header, reading, given_first), person["row"])
        elif reading.given_first != reading.surname_first:
            undecided += 1
        given, surname = reading.given_first if given_first else reading.surname_first
        if not reading.marked and _has_two_surnames(person, country):
            given, surname = _two_surnames(person, given_first, two_surnames, known, header, note) or (given, surname)
        _set_names(person, given, surname, country)
        del person[FULL_NAME]
    if undecided and not (given_votes or surname_votes or marked_votes or surname_first_header):
        note(f"column {header}: nothing shows whether given names or surnames come first; "
                    "read as given name first (map it to full_name_last_first if not)", None)
    elif surname_first_header and column_given_first and given_votes and not mixed:
        note(f"column {header}: its names show the given name first, read so", None)


# languages whose people carry two surnames, the father's and the mother's ('García López'), after
# one or two given names: Spanish, Portuguese, Catalan, Galician
TWO_SURNAME_LANGUAGES = frozenset({"es", "pt", "ca", "gl"})
TWO_SURNAMES_WORDS = (3, 4)  # a given name and two surnames, or two of each; longer names keep the usual split


def _has_two_surnames(person: dict[str, Any], country: str | None) -> bool:
    """Whether the row's country (else the list's, else the mission's) names people with two surnames."""
    languages = official_languages(person.get("country") or country)
    return bool(languages) and languages[0].split("_")[0] in TWO_SURNAME_LANGUAGES


def _two_surnames_habit(rows: list[dict[str, Any]], readings: list[tuple[Reading, int]], country: str | None) -> bool:
    """Whether the column writes two surnames: most of its names of such a country have three words
    or more (a list of 'Pablo García' does not)."""
    lengths = [len(p[FULL_NAME].split()) for p, (r, _) in zip(rows, readings, strict=True)
               if not r.marked and _has_two_surnames(p, country)]
    return sum(1 for n in lengths if n >= TWO_SURNAMES_WORDS[0]) * 2 > len(lengths)


def _two_surnames(person: dict[str, Any], given_first: bool, habit: bool, known: Callable[[str], bool], header: str,
                  note: Callable[[str, int | None], None]) -> tuple[str, str] | None:
    """The split of a name with two surnames ('Tomasa Luna Baquero': Tomasa, Luna Baquero; 'María
    José García López': María José, García López), or None for the usual one (particles, a
    name of two words or of five). Three words whose middle one is also a given name ('Rafael
    Maia Gaspar') could be two given names and one surname: the column's habit decides, noted."""
    text = person[FULL_NAME]
    tokens = text.split()
    if len(tokens) not in TWO_SURNAMES_WORDS or any(t.lower() in PARTICLES or _is_elided(t) for t in tokens):
        return None
    if not given_first:
        tokens = tokens[::-1]
    given, surnames = tokens[:len(tokens) - 2], tokens[len(tokens) - 2:]
    if len(tokens) == 3 and known(tokens[1]):
        if not habit:
            return None
        shown = " ".join(surnames if given_first else surnames[::-1])
        note(f"{text!r} in column {header}: {tokens[1]!r} may be a second given name; read as given name "
             f"{given[0]!r}, surnames {shown!r} (most names of the column carry two surnames)", person["row"])
    if not given_first:
        return " ".join(given[::-1]), " ".join(surnames[::-1])
    return " ".join(given), " ".join(surnames)


def _reading(person: dict[str, Any], known: Callable[[str], bool],
             cache: dict[tuple[str, str], Reading]) -> tuple[Reading, int]:
    text, own = person[FULL_NAME], person["first_name"]  # own: the file's first-name column, beside
    reading = cache.get((text, own))
    if reading is None:
        reading = cache[text, own] = _beside_first_name(text, own) if own else read_full_name(text, known)
    return reading, reading.evidence + email_evidence(person.get("email"), reading)


def _beside_first_name(text: str, own: str) -> Reading:
    """The full name beside a first-name column: the first name found at one end of it, or the
    surname alone ('Vorname' | 'Name': Hans | Müller)."""
    tokens = text.split()
    keys = [_letters(t) for t in tokens]
    own_keys = [_letters(t) for t in own.split()]
    n = len(own_keys)
    if len(tokens) > n and keys[:n] == own_keys:
        return Reading((own, " ".join(tokens[n:])), (own, " ".join(tokens[n:])), SURE, marked=True)
    if len(tokens) > n and keys[-n:] == own_keys:
        return Reading((own, " ".join(tokens[:-n])), (own, " ".join(tokens[:-n])), -SURE, marked=True)
    surname = "" if keys == own_keys else text
    return Reading((own, surname), (own, surname), 0, marked=True)


def _column_order(given_votes: int, surname_votes: int, marked_votes: int, surname_first_header: bool) -> bool:
    if given_votes != surname_votes:
        return given_votes > surname_votes
    if marked_votes:
        return marked_votes > 0
    return not surname_first_header


def _ambiguous(text: str, header: str, reading: Reading, given_first: bool) -> str:
    given, surname = reading.given_first if given_first else reading.surname_first
    return (f"{text!r} in column {header} could be read either way round (the column holds both orders); "
            f"read as given name {given!r}, surname {surname!r}")


def _column(columns: dict[str, str]) -> tuple[str, bool]:
    for header, name in columns.items():
        if name in ("full_name", "full_name_last_first"):
            return header, name == "full_name_last_first"
    return "full name", False


def _set_names(person: dict[str, Any], given: str, surname: str, country: str | None) -> None:
    where = person.get("country") or country
    person["first_name"], person["last_name"] = proper_case(given, where), proper_case(surname, where)


@cache
def _dictionary_names() -> Callable[[str], bool]:
    return known_given_names()


def is_given_name(word: str) -> bool:
    """Is this word a given name of the dictionary (Faker's 86 locales), whatever its case and accents."""
    return _dictionary_names()(word)


def known_given_names(*sources: Iterable[str]) -> Callable[[str], bool]:
    """Is this word a given name: in the dictionary, or among the given names of ``sources``."""
    names = set(_dictionary())
    for source in sources:
        names.update(key for name in source for key in _letters_of_words(name))
    return lru_cache(maxsize=None)(lambda word: _is_given(word, names))


def _is_given(word: str, names: set[str]) -> bool:
    if word.lower() in PARTICLES:
        return False
    if len(_letters(word)) == 1:  # an initial: 'J. Perrin', 'Perrin J.-M.'
        return True
    parts = [_letters(p) for p in word.split("-")]
    return _letters(word) in names or (len(parts) > 1 and all(p in names for p in parts))


def _letters_of_words(name: str) -> list[str]:
    return [_letters(word) for word in name.split()]


GIVEN_NAMES_FILE = "given_names.txt"


@cache
def _dictionary() -> frozenset[str]:
    """Given names of every locale Faker ships (about 30,000, folded), from the shipped list."""
    lines = package_data(GIVEN_NAMES_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines[1:] if line)


def build_given_names(locales: Iterable[str] | None = None) -> tuple[str, list[str]]:
    """Faker's version and its given names, folded: the shipped list, rebuilt from the installed
    Faker (a test dependency; importing it at run time cost 0.4 s and 25 MB). ``locales`` limits
    it to those of Faker's person providers (all by default)."""
    import importlib
    import pkgutil
    from importlib.metadata import version

    import faker.providers.person as person

    names: set[str] = set()
    chosen = set(locales) if locales is not None else None
    for module in pkgutil.iter_modules(person.__path__):
        if chosen is not None and module.name not in chosen:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            found = provider.__dict__.get(attribute)
            if isinstance(found, (list, tuple, dict, set, frozenset)):
                names.update(name for name in found if isinstance(name, str))
    return version("faker"), sorted({_key(name) for name in names} - {""})


def faker_person_locales() -> list[str]:
    import pkgutil

    import faker.providers.person as person

    return sorted(module.name for module in pkgutil.iter_modules(person.__path__))


def given_names_in_store(db: Reader) -> list[str]:
    return [row["first_name"] for row in db.rows("SELECT DISTINCT first_name FROM person") if row["first_name"]]



def write_given_names() -> None:
    faker_version, given = build_given_names()
    package_data(GIVEN_NAMES_FILE).write_text(f"# faker {faker_version}\n" + "\n".join(given) + "\n", encoding="utf-8")
