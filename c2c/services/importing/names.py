"""Personal names: titles dropped, particles known, the case chosen as the name's language writes
it (``full_names.py`` splits a full-name column).

A name written in mixed case is kept as written; one in capitals or all in lower case gets the
case of its language (the row's country, else the mission's): Italian ``De Luca``,
``D'Angelo``, French ``de la Tour``, ``d'Arcy``, Dutch ``van der Berg``, German ``von Matt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from c2c.text import fold

# academic and professional titles and salutations, folded and without dots ('Dott.ssa' ->
# 'dottssa', 'Dipl.-Ing.' -> 'dipl ing'); those that could be a name count only with their dot
TITLES = frozenset({
    "dr", "dott", "dottssa", "dssa", "prof", "profssa", "ing", "arch", "avv", "geom", "rag", "sig", "sigra", "sigg",
    "mgr", "bc", "mudr", "mvdr", "judr", "rndr", "phdr", "paeddr", "thdr", "ingarch", "dipl ing", "dipl kfm",
    "dipl", "dr ing", "dr med", "dr rer nat", "univ prof", "mag", "doc", "mr", "mrs", "ms", "mme", "mlle", "herr",
    "frau", "dre", "me", "med", "rer", "nat", "hc", "techn", "oec", "jur", "phil", "inz", "hab", "lek", "nadzw", "lic",
})
TITLES_NEEDING_A_DOT = frozenset({"mag", "doc", "me", "dre", "ms", "mr", "ma", "ba", "med", "dis", "rer", "nat", "hc",
                                  "techn", "oec", "jur", "phil", "lek", "lic"})
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
ELISIONS = frozenset({"d", "l", "o", "dell", "dall", "nell", "sant", "all"})
# (English has no rule of its own for these: in Canada the French one applies)
ELISION_CASE = {"fr": _LOWER, "it": _CAPITAL}
APOSTROPHES = "'\u2019"
_ARTICLES = frozenset({"la", "le", "les", "las", "los", "het"})


# --- what a writer adds to a name --------------------------------------------------------------

# the columns holding a whole name, whose later lines may be the person's job
WHOLE_NAME_FIELDS = ("full_name", "full_name_last_first")
_OPENING = {")": "(", "]": "["}


def split_note(text: str, whole_name: bool) -> tuple[str, str]:
    """A name cell's name and what its writer added to it: a job in brackets after it, or, in a
    whole-name column, the later lines once the first line holds a whole name ('Tomás Neto' over
    'Administrador'; 'ROSSI' over 'Mario' is one name written on two lines). '' when nothing."""
    notes: list[str] = []
    if whole_name and "\n" in text.strip():
        head, _, rest = text.strip().partition("\n")
        if len(head.split()) > 1:
            text = head
            notes.append(" ".join(rest.split()))
    if (bracketed := _bracketed(text)) is not None:
        text, note = bracketed
        notes.append(note)
    return text, " ".join(note for note in notes if note)


def _bracketed(text: str) -> tuple[str, str] | None:
    """'Ana Ruiz (Cap de compres)' -> ('Ana Ruiz', 'Cap de compres'): words in brackets at the end of
    a name; a footnote mark '(1)' holds no letter and is no such note (drop_titles drops it)."""
    text = text.rstrip()
    if not text or text[-1] not in _OPENING:
        return None
    start = text.rfind(_OPENING[text[-1]])
    name, note = text[:start].rstrip(), text[start + 1:-1].strip()
    if start <= 0 or any(mark in name or mark in note for mark in "()[]"):
        return None
    return (name, note) if _has_letter(name) and _has_letter(note) else None


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# --- titles -----------------------------------------------------------------------------------

# a mark pointing to a footnote under the list: 'Ivan *', 'Rossi¹', 'Anna Weber (1)', '†'
_FOOTNOTE_MARK = re.compile(r"(?:^[*†‡§#]+\s*)|(?:\s*(?:[*†‡§#]+|[¹²³⁴-⁹]+|\(\d\))$)")


@lru_cache(maxsize=65536)
def drop_titles(text: str) -> str:
    """'Prof. Dr. Anna Weber' -> 'Anna Weber', 'Jan Novák, Ph.D.' -> 'Jan Novák', 'Ivan *' -> 'Ivan';
    never empties a name."""
    if not text[-1].isalpha() or not text[0].isalpha():
        text = _FOOTNOTE_MARK.sub("", text) or text
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
    if " " in name:
        core = " ".join(w for w in name.split(" ") if w.lower() not in PARTICLES) or name
    else:  # a lone word is its own core, a particle too
        core = name
    # ß has no capital in most hands: GROßMANN is written in capitals. The letters are counted
    # last: most names are in mixed case and stop at the first test
    return (core.replace("ß", "").isupper() or core.islower()) and sum(ch.isalpha() for ch in core) >= 2


def is_capitals(text: str) -> bool:
    """Written in capitals: at least two letters, none of them lower case (ß, which has no capital
    of its own in most hands, stays as it is in GROßMANN)."""
    return text.replace("ß", "").isupper() and sum(ch.isalpha() for ch in text) >= 2


@lru_cache(maxsize=65536)  # given names and particles repeat down a list
def proper_case(name: str, country: str | None = None) -> str:
    """The case a name in capitals or in lower case takes in its country's language; a name
    written in mixed case is kept as written."""
    if not needs_case(name):
        return name
    languages = official_languages(country)
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
    return "-".join(_case_part(part, languages, after_particle) for part in word.split("-"))


def _particle_rule(word: str, languages: tuple[str, ...]) -> str:
    for language in languages:
        rule = PARTICLE_CASE.get(language, {}).get(word)
        if rule is not None:
            return rule
    return _LOWER if word in _DEFAULT_LOWER else _CAPITAL


def _case_part(part: str, languages: tuple[str, ...], after_particle: bool = False) -> str:
    for mark in APOSTROPHES:
        head, sep, tail = part.partition(mark)
        if sep and tail and head.lower() in ELISIONS:
            # French d' is lower (d'Arcy); l' is an article, capitalised at the start like Le and La
            # (L'Hôte) and lower after a particle (de l'Isle)
            lower_heads = ("d", "l") if after_particle else ("d",)
            french = head.lower() in lower_heads and _elision_rule(languages) == _LOWER
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
def official_languages(country: str | None) -> tuple[str, ...]:
    """The official languages of a country (CLDR, through Babel), most spoken first."""
    if not country:
        return ()
    from babel.languages import get_official_languages

    country = country.upper()
    languages = tuple(get_official_languages(country, de_facto=True))
    return ("nl_BE", *languages) if country == "BE" else languages
