"""Company names: the identity key that ignores legal form, punctuation, case and accents, and
look-alike keys (one letter apart).

'Avioparts Srl', 'Avioparts S.r.l.', 'AVIOPARTS SRL' and 'Avioparts s.r.l' share the key
'avioparts'; so do 'Rossi & Figli', 'Rossi e Figli' and 'Rossi and Figli'. The legal forms
come from cleanco's term table (every country's, not only those of the lists seen so far),
the words for 'and' from CLDR's list patterns through Babel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from c2c.text import fold

# what a store written before the key ignored legal forms keeps for a second company that
# now answers to the same key: 'avioparts~12' (see migration 0010)
SUFFIX_MARK = "~"
# keys shorter than this are too short to call one letter's difference a look-alike ('abb', 'abc')
LOOK_ALIKE_MIN_LENGTH = 5

_WORDS = re.compile(r"[^\W_]+")
# forms that cleanco's table lacks, from the ISO 20275 list of entity legal forms: Germany's
# e.K. and UG, Italy's S.r.l.s., Spain's S.L.U., Québec's Ltée; and Italy's '& C.' ('e compagni'),
# single-member S.r.l. and Spain's S.A.U.
_MORE_FORMS = ("e. k.", "e.kfm.", "e.kfr.", "ug", "ug (haftungsbeschränkt)", "s.r.l.s.", "s.l.u.", "s.a.u.", "& c.",
               "s.r.l. unipersonale", "s.r.l. a socio unico", "ltée", "limitée", "incorporée")


def company_key(name: str) -> str:
    """The identity of a company's name: 'Avioparts S.r.l.' -> 'avioparts'."""
    return _split(name)[0]


def legal_form(name: str) -> str | None:
    """The legal form a name is written with, folded ('S.r.l.' and 'SRL' -> 'srl'); None without one."""
    return _split(name)[1]


def base_key(key: str) -> str:
    """A stored key without the suffix migration 0010 gave a colliding company."""
    return key.split(SUFFIX_MARK, 1)[0]


@lru_cache(maxsize=65536)  # company names repeat on every row of their people
def _split(name: str) -> tuple[str, str | None]:
    tokens = _tokens(name)
    if not tokens:
        return fold(name).replace(" ", ""), None
    forms: list[str] = []
    while len(tokens) > 1:
        found = _suffix_form(tokens)
        if found:
            forms.insert(0, "".join(_without_inner_ands(tokens[-found:])))
            tokens = tokens[:-found]
            if len(tokens) > 1 and tokens[-1] in _and_words():  # 'Rossi and Co.'
                tokens = tokens[:-1]
            continue
        found = _prefix_form(tokens)  # 'SARL Dupont', 'PT Astra'
        if not found:
            break
        forms.append("".join(tokens[:found]))
        tokens = tokens[found:]
    return "".join(_without_inner_ands(tokens)), " ".join(forms) or None


def _suffix_form(tokens: list[str]) -> int:
    """How many of the last words are a legal form (0: none); the name keeps one word at least."""
    forms, longest = _legal_forms()
    for size in range(min(longest, len(tokens) - 1), 0, -1):
        start = len(tokens) - size
        window = tokens[start:] if size < 3 else _without_inner_ands(tokens[start:])  # 'GmbH und Co. KG'
        if "".join(window) in forms and not _splits_initials(tokens, start):
            return size
    return 0


def _prefix_form(tokens: list[str]) -> int:
    forms, longest = _legal_forms()
    for size in range(min(longest, len(tokens) - 1), 0, -1):
        if "".join(tokens[:size]) in forms and not _splits_initials(tokens, size):
            return size
    return 0


def _splits_initials(tokens: list[str], at: int) -> bool:
    """A cut between two single letters would split initials: 'A B C Meccanica' is no Swedish AB."""
    return 0 < at < len(tokens) and len(tokens[at - 1]) == 1 and len(tokens[at]) == 1


def _tokens(name: str) -> list[str]:
    """Folded words; a dot joins ('S.r.l.' is one word 'srl'), other punctuation splits."""
    words = _WORDS.findall(name.replace(".", ""))
    if name.isascii():  # most names: lower case is all the folding they need
        return [w.lower() for w in words]
    # fold drops letters of other scripts: a Cyrillic or Greek word keeps its own letters
    return [folded if (folded := "".join(fold(w).split())).isascii() and folded else w.casefold() for w in words]


def _without_inner_ands(tokens: list[str]) -> list[str]:
    """'Rossi e Figli', 'Rossi & Figli', 'Rossi und Figli' -> rossi figli; 'S. e A.' keeps its letters."""
    if len(tokens) < 3:
        return tokens
    ands = _and_words()
    return [t for i, t in enumerate(tokens)
            if not (0 < i < len(tokens) - 1 and t in ands and len(tokens[i - 1]) > 1 and len(tokens[i + 1]) > 1)]


@cache
def _and_words() -> frozenset[str]:
    """'and' in every language CLDR knows, written in Latin letters (e, et, und, y, i, og, en…),
    as ``and_words.json`` keeps them: reading them from Babel takes a second."""
    import json

    from c2c.config import package_data

    return frozenset(json.loads(package_data("and_words.json").read_text(encoding="utf-8")))


def cldr_and_words() -> list[str]:
    """The words of ``and_words.json``, from CLDR's list patterns ('{0} und {1}')."""
    from babel.localedata import load, locale_identifiers

    words = {"and"}
    for identifier in locale_identifiers():
        if "_" in identifier:  # a regional variant writes 'and' as its language does
            continue
        # merged, as Babel caches the first load of a locale whatever it was asked: an unmerged one would
        # leave every later Locale of that language without its inherited names
        pattern = load(identifier).get("list_patterns", {}).get("standard", {}).get("end", "")
        middle = fold(pattern.replace("{0}", " ").replace("{1}", " "))
        if middle.isalpha() and middle.isascii():
            words.add(middle)
    return sorted(words)


@cache
def _legal_forms() -> tuple[frozenset[str], int]:
    """Every legal form written as one squashed word ('gmbh & co. kg' -> 'gmbhcokg'), and the
    most words one spans."""
    from cleanco.termdata import terms_by_country, terms_by_type

    terms = [t for group in (*terms_by_type.values(), *terms_by_country.values()) for t in group]
    forms: set[str] = set()
    longest = 1
    for term in (*terms, *_MORE_FORMS):
        words = _without_inner_ands(_tokens(term))
        if words:
            forms.add("".join(words))
            longest = max(longest, len(words) + 2)  # a form written 'S. r. l.' spans more words
    return frozenset(forms), longest


def look_alikes(new: Iterable[str], known: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs (new key, other key) one letter apart (one added, dropped or changed; not a digit),
    each pair once; ``known`` keys are compared with ``new`` ones, not with each other."""
    new_keys = {k for k in new if len(k) >= LOOK_ALIKE_MIN_LENGTH}
    # nearly every spelling belongs to one key: a list of keys is made only for the few shared
    owner: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    for key in {*new_keys, *(base_key(k) for k in known)}:
        if len(key) < LOOK_ALIKE_MIN_LENGTH - 1:
            continue
        for variant in _one_letter_less(key):
            first = owner.setdefault(variant, key)
            if first != key:
                shared.setdefault(variant, [first]).append(key)
    pairs: set[tuple[str, str]] = set()
    for keys in shared.values():
        for key in keys:
            if key not in new_keys:
                continue
            for other in keys:
                if other != key:  # two new keys: the pair is said once, in sorted order
                    pairs.add((min(key, other), max(key, other)) if other in new_keys else (key, other))
    return sorted(pairs)


def _one_letter_less(key: str) -> set[str]:
    """The key and every spelling with one letter (not a digit) dropped, after the key's digits:
    two keys one letter apart share one; 'Studio 1' and 'Studio 2' are two companies, not a typo."""
    if not any(map(str.isdigit, key)):  # most names: no digits to set aside
        variants = {SUFFIX_MARK + key[:i] + key[i + 1:] for i in range(len(key))}
        variants.add(SUFFIX_MARK + key)
        return variants
    digits = "".join(ch for ch in key if ch.isdigit()) + SUFFIX_MARK
    return {digits + key, *(digits + key[:i] + key[i + 1:] for i, ch in enumerate(key) if not ch.isdigit())}
