"""Personal names: titles dropped, the case chosen as the name's language writes it, and a
full-name column split in the order its whole column shows.

A name written in mixed case is kept as written; one in capitals or all in lower case gets the
case of its language (the row's country, else the mission's): Italian ``De Luca``,
``D'Angelo``, French ``de la Tour``, ``d'Arcy``, Dutch ``van der Berg``, German ``von Matt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from c2c.text import fold

if TYPE_CHECKING:
    from sqlmodel import Session

# the key a row keeps its full name under until the column pass splits it
FULL_NAME = "full_name"

# academic and professional titles and salutations, folded and without dots ('Dott.ssa' ->
# 'dottssa', 'Dipl.-Ing.' -> 'dipl ing'); those that could be a name count only with their dot
TITLES = frozenset({
    "dr", "dott", "dottssa", "dssa", "prof", "profssa", "ing", "arch", "avv", "geom", "rag", "sig", "sigra", "sigg",
    "mgr", "bc", "mudr", "mvdr", "judr", "rndr", "phdr", "paeddr", "thdr", "ingarch", "dipl ing", "dipl kfm",
    "dipl", "dr ing", "dr med", "dr rer nat", "univ prof", "mag", "doc", "mr", "mrs", "ms", "mme", "mlle", "herr",
    "frau", "dre", "me", "med", "rer", "nat", "hc", "techn", "oec", "jur", "phil",
})
TITLES_NEEDING_A_DOT = frozenset({"mag", "doc", "me", "dre", "ms", "mr", "ma", "ba", "med", "dis", "rer", "nat", "hc",
                                  "techn", "oec", "jur", "phil"})
# titles written after the name, often after a comma ('Jan Novák, Ph.D.')
SUFFIX_TITLES = frozenset({"phd", "csc", "drsc", "mba", "msc", "bsc", "dis", "ma", "ba", "jr", "sr", "med"})

# words that start a surname ('Anna Maria Della Valle', 'Reto von Matt', 'João dos Santos')
PARTICLES = frozenset({
    "de", "di", "da", "del", "della", "delle", "degli", "dei", "dal", "dalla", "dalle", "dello", "lo", "la", "le",
    "les", "du", "des", "van", "von", "der", "den", "ter", "ten", "te", "het", "zu", "zum", "zur", "vom", "dos", "das",
    "do", "st", "san", "santa", "mac", "y",
})
# how each language writes its particles when the case is c2c's to choose: lower or capitalised
# (a word a language does not list falls to the next official language of the country)
_LOWER = "lower"
_CAPITAL = "capital"
PARTICLE_CASE: dict[str, dict[str, str]] = {
    "it": dict.fromkeys(("de", "di", "da", "del", "della", "delle", "degli", "dei", "dal", "dalla", "dalle", "dello",
                         "lo", "la", "le", "san", "santa"), _CAPITAL),
    # French articles are capitalised at the start of a surname (Le Goff, La Fontaine), lower after de
    "fr": {**dict.fromkeys(("de", "du", "des"), _LOWER), **dict.fromkeys(("la", "le", "les"), _CAPITAL)},
    "de": dict.fromkeys(("von", "vom", "zu", "zum", "zur", "van", "der", "den"), _LOWER),
    "nl": dict.fromkeys(("van", "der", "den", "de", "ter", "ten", "te", "het"), _LOWER),
    "es": dict.fromkeys(("de", "del", "la", "las", "los", "y"), _LOWER),
    "pt": dict.fromkeys(("de", "da", "das", "do", "dos", "e"), _LOWER),
    # Belgium keeps the particles of Dutch names capitalised, as registered (Van Damme, De Smet)
    "nl_BE": dict.fromkeys(("van", "de", "der", "den", "ver", "vanden", "vander", "vande"), _CAPITAL),
}
# with no language known: the Dutch and German particles lower, the Romance ones capitalised
_DEFAULT_LOWER = frozenset({"van", "von", "der", "den", "ter", "ten", "zu", "zum", "zur", "vom", "het"})
# the part before an apostrophe: French elision lower (d'Arcy), Italian and Irish capitalised
_ELISIONS = frozenset({"d", "l", "o", "dell", "dall", "nell", "sant", "all"})
# (English has no rule of its own for these: in Canada the French one applies)
ELISION_CASE = {"fr": _LOWER, "it": _CAPITAL}
_APOSTROPHES = "'\u2019"
# how German names are written in addresses: Müller -> mueller
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_ARTICLES = frozenset({"la", "le", "les", "las", "los", "het"})


# --- titles -----------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def drop_titles(text: str) -> str:
    """'Prof. Dr. Anna Weber' -> 'Anna Weber', 'Jan Novák, Ph.D.' -> 'Jan Novák'; never empties a name."""
    words = text.split()
    end = len(words)
    while end > 1 and _is_suffix_title(words[end - 1]):
        end -= 1
    start = 0
    while start < end - 1 and _is_title(words[start]):
        start += 1
    if (start, end) == (0, len(words)):
        return text
    return " ".join(words[start:end]).rstrip(",")


def _is_title(word: str) -> bool:
    key = _title_key(word)
    if key in TITLES:
        return word.endswith(".") or key not in TITLES_NEEDING_A_DOT
    # 'Prof.Dr.' written as one word
    pieces = [p for p in word.split(".") if p]
    return len(pieces) > 1 and word.endswith(".") and all(_title_key(p) in TITLES for p in pieces)


def _is_suffix_title(word: str) -> bool:
    bare = word.strip(",")
    key = _title_key(bare)
    return key in SUFFIX_TITLES and ("." in bare or key not in TITLES_NEEDING_A_DOT)


@lru_cache(maxsize=4096)
def _title_key(word: str) -> str:
    return fold(word.replace(".", ""))


# --- case -------------------------------------------------------------------------------------

def needs_case(name: str) -> bool:
    """Written all in capitals or all in lower case (its particles aside: 'van der BERG'): the case
    is c2c's to choose."""
    core = " ".join(w for w in name.split(" ") if w.lower() not in PARTICLES) or name
    letters = sum(ch.isalpha() for ch in core)
    return letters >= 2 and (core.isupper() or core.islower())


def is_capitals(text: str) -> bool:
    """Written in capitals: at least two letters, none of them lower case."""
    return text.isupper() and sum(ch.isalpha() for ch in text) >= 2


@lru_cache(maxsize=65536)
def proper_case(name: str, country: str | None = None) -> str:
    """The case a name in capitals or in lower case takes in its country's language; a name
    written in mixed case is kept as written."""
    if not needs_case(name):
        return name
    languages = _languages(country)
    words = name.split(" ")
    cased: list[str] = []
    for i, word in enumerate(words):
        after_particle = bool(cased) and cased[-1].islower()
        cased.append(_case_word(word, languages, is_last=i == len(words) - 1, after_particle=after_particle))
    return " ".join(cased)


def _case_word(word: str, languages: tuple[str, ...], is_last: bool, after_particle: bool) -> str:
    lower = word.lower()
    if not is_last and lower in PARTICLES:
        rule = _particle_rule(lower, languages)
        # an article after a lower particle is lower too: 'de la Tour', 'de los Santos'
        if rule == _LOWER or (after_particle and lower in _ARTICLES):
            return lower
    return "-".join(_case_part(part, languages) for part in word.split("-"))


def _particle_rule(word: str, languages: tuple[str, ...]) -> str:
    for language in languages:
        rule = PARTICLE_CASE.get(language, {}).get(word)
        if rule is not None:
            return rule
    return _LOWER if word in _DEFAULT_LOWER else _CAPITAL


def _case_part(part: str, languages: tuple[str, ...]) -> str:
    for mark in _APOSTROPHES:
        head, sep, tail = part.partition(mark)
        if sep and tail and head.lower() in _ELISIONS:
            french = head.lower() in ("d", "l") and _elision_rule(languages) == _LOWER
            return (head.lower() if french else _capitalise(head)) + mark + _capitalise(tail)
    lower = part.lower()
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + _capitalise(part[2:])
    return _capitalise(part)


def _elision_rule(languages: tuple[str, ...]) -> str:
    return next((ELISION_CASE[language] for language in languages if language in ELISION_CASE), _CAPITAL)


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


@lru_cache(maxsize=256)
def _languages(country: str | None) -> tuple[str, ...]:
    """The official languages of a country (CLDR, through Babel), most spoken first."""
    if not country:
        return ()
    from babel.languages import get_official_languages

    country = country.upper()
    languages = tuple(get_official_languages(country, de_facto=True))
    return ("nl_BE", *languages) if country == "BE" else languages


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
    return any(token.partition(mark)[0].lower() in _ELISIONS and token.partition(mark)[2] for mark in _APOSTROPHES)


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
    """The addresses a person's name makes: the surname in full with the given name's initials,
    or alone (sure); given name and surname both in full (a hint)."""
    if not surname or not given:
        return frozenset(), frozenset()
    words = given.split()
    initials = {_letters("".join(p[:1] for w in words for p in w.split("-"))), _letters(words[0][:1]),
                _letters("".join(p[:1] for p in words[0].split("-")))}
    surnames = {_letters(surname), _letters(surname.translate(_TRANSLITERATION))}
    sure = {form for s in surnames for i in initials for form in (i + s, s + i)} | surnames
    hint = {g + s for s in surnames for g in (_letters(given), _letters(words[0]))}
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
    known = _known_names(store_given(), (p["first_name"] for p in people if p["first_name"]))
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
        _set_names(person, given, surname, country)
        del person[FULL_NAME]
    if undecided and not (given_votes or surname_votes or marked_votes or surname_first_header):
        note(f"column {header}: nothing shows whether given names or surnames come first; "
                    "read as given name first (map it to full_name_last_first if not)", None)
    elif surname_first_header and column_given_first and given_votes and not mixed:
        note(f"column {header}: its names show the given name first, read so", None)


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


def _known_names(*sources: Iterable[str]) -> Callable[[str], bool]:
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


@cache
def _dictionary() -> frozenset[str]:
    """Given names of every locale Faker ships (about 30,000, folded)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            found = provider.__dict__.get(attribute)
            if isinstance(found, (list, tuple, dict, set, frozenset)):
                names.update(name for name in found if isinstance(name, str))
    return frozenset({_key(name) for name in names} - {""})


def given_names_in_store(session: Session) -> list[str]:
    from sqlmodel import select

    from c2c.store.models import Person

    return [name for name in session.exec(select(Person.first_name).distinct()) if name]
