"""Which encoding a text list was saved in.

Unicode when the bytes say so (a byte order mark) or decode as such (UTF-8, UTF-16 without its
mark). Otherwise the list came from a single-byte code page, and the bytes alone do not say which:
the same byte is ``č`` in Windows Central European and ``è`` in Windows Western. The choice is the
one a careful reader would make: among the code pages that decode the bytes, the one under which
the words read as words — letters of one European alphabet, no ``³`` or ``¹`` inside a name, no
capital in the middle of a lowercase word — with the countries of the mission as a prior that
breaks ties, never as a rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, islice

BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

# The code pages spreadsheet programs write, most common first: the order breaks exact ties.
# ISO-8859-1 is absent on purpose: Windows-1252 reads its text identically (they differ only in
# 0x80-0x9F, control codes in ISO-8859-1 that no attendee list holds).
CODE_PAGES = {
    "cp1252": "Windows Western (cp1252)",
    "cp1250": "Windows Central European (cp1250)",
    "iso8859_15": "ISO Latin-9 (ISO-8859-15)",
    "iso8859_2": "ISO Latin-2 (ISO-8859-2)",
    "cp1257": "Windows Baltic (cp1257)",
    "mac_roman": "Mac Roman",
    "mac_latin2": "Mac Central European",
    "cp850": "DOS Western (cp850)",
    "cp852": "DOS Central European (cp852)",
    "cp1251": "Windows Cyrillic (cp1251)",
    "koi8_r": "KOI8-R (Russian)",
    "koi8_u": "KOI8-U (Ukrainian)",
    "iso8859_5": "ISO Cyrillic (ISO-8859-5)",
    "mac_cyrillic": "Mac Cyrillic",
    "cp866": "DOS Cyrillic (cp866)",
    "cp1253": "Windows Greek (cp1253)",
    "iso8859_7": "ISO Greek (ISO-8859-7)",
    "mac_greek": "Mac Greek",
    "cp1254": "Windows Turkish (cp1254)",
    "iso8859_9": "ISO Turkish (ISO-8859-9)",
    "mac_turkish": "Mac Turkish",
    "iso8859_13": "ISO Baltic (ISO-8859-13)",
    "iso8859_4": "ISO North European (ISO-8859-4)",
    "iso8859_16": "ISO South-East European (ISO-8859-16)",
    "cp1255": "Windows Hebrew (cp1255)",
    "cp1256": "Windows Arabic (cp1256)",
}

# The letters beyond ASCII of each European alphabet: CLDR's main exemplar characters (Babel does
# not ship them; tests/services/importing/test_encodings.py checks them against the letters Babel's
# CLDR locale data uses). Romanian keeps the cedilla forms the code pages have instead of ș ț.
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
SERBIAN_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
ALPHABETS = {
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű",
    "sl": "čšž", "hr": "čćđšž", "sr": "čćđšž", "bs": "čćđšž", "ro": "ăâîșțşţ", "sq": "çë",
    "de": "äöüß", "lb": "äëé", "fr": "àâæçéèêëîïôœùûüÿ", "it": "àèéìòóù", "rm": "àèéìòù",
    "es": "áéíñóúü", "ca": "àçèéíïòóúü", "gl": "áéíñóú", "eu": "ñ", "pt": "áàâãçéêíóôõú",
    "nl": "áäéëíïóöúü", "sv": "åäöé", "da": "æøåé", "nb": "æøåéèóòôâ", "nn": "æøåéèóòôâ",
    "fi": "äöåšž", "is": "áæðéíóöúýþ", "et": "äöõüšž", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž",
    "mt": "ċġħż", "ga": "áéíóú", "cy": "âêîôûŵŷ", "en": "",
    "tr": "çğıöşüâîûİ", "az": "çğıöşüİ", "fo": "áðíóúýæø",
    "ru": CYRILLIC + "ё", "uk": CYRILLIC.replace("ъ", "").replace("ы", "").replace("э", "") + "ґєії",
    "be": CYRILLIC.replace("и", "").replace("щ", "").replace("ъ", "") + "ёіў",
    "bg": CYRILLIC.replace("ы", "").replace("э", ""),
    "mk": CYRILLIC.replace("ы", "").replace("э", "").replace("ъ", "").replace("ь", "").replace("щ", "").replace("й", "")
    + "ѓѕјљњќџ",
    "el": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς",
    "he": "אבגדהוזחטיךכלםמןנסעףפץצקרשת", "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
}
# Serbian and Bosnian are written in both alphabets (one per word: a word mixing scripts costs)
ALPHABETS["sr"] += SERBIAN_CYRILLIC
ALPHABETS["bs"] += SERBIAN_CYRILLIC
_LETTERS = {lang: frozenset(alphabet) for lang, alphabet in ALPHABETS.items()}

# Symbols that stick to a word in real lists ("N°", "m²", "l’Oréal"); any other non-letter touching
# a letter is a misread byte
WORD_SYMBOLS = frozenset("°ºª²³€£$%'’‘·")
# Slovak's syllabic r and l ("štvŕtok", "vĺča") stand between consonants; at a word's end they
# are Italian vowels misread ("Cittŕ" for "Città")
SYLLABIC = frozenset("ŕĺŔĹ")
VOWELS = frozenset("aeiouyAEIOUY")
# What the reading of one word costs when it is implausible, in words' worth of evidence
MISREAD_INSIDE = 4.0  # a non-letter between two letters: "Wroc³aw"
MISREAD_EDGE = 2.0  # a stray non-letter at a word's edge: "³odz"
MISREAD_CASE = 3.0  # a capital inside a lowercase word, a small letter inside a capital one: "MŸller"
# (and a syllabic letter out of place)
MIXED_SCRIPTS = 4.0  # letters of two scripts in one word: "Mьller" (Müller read as Cyrillic)
CONTROL = 20.0  # a control code: the bytes were not written in this code page
NO_ALPHABET = 1.0  # letters no single alphabet has together: "Dvoøák"
PATCHWORK = 1.0  # each further alphabet the words need
HINT_BONUS = 0.3  # a word in a language of the mission's countries
NAME_BONUS = 0.5  # a word that is a given name ('Ève', where the other code page reads 'Čve')
CLOSE = 1.5  # a runner-up nearer than this is a real alternative: the report says which was chosen
SAMPLE_WORDS = 1500
SAMPLE_BYTES = 64 * 1024
WORD = re.compile(rb"[A-Za-z\x80-\xff]*[\x80-\xff][A-Za-z\x80-\xff]*")


@dataclass(frozen=True)
class Decoding:
    """How a text list was decoded; ``alternative`` names a close second reading when there was one."""

    encoding: str
    alternative: str | None = None

    @property
    def note(self) -> str | None:
        """What the import report tells the coordinator when the encoding was a close guess."""
        if self.alternative is None:
            return None
        return (f"read as {CODE_PAGES[self.encoding]}, not {CODE_PAGES[self.alternative]}; "
                "if names look wrong, save the file as UTF-8")


def decode_text(data: bytes, countries: Sequence[str] = ()) -> str:
    """The text of a list in whatever encoding a spreadsheet program wrote it (see ``decode``)."""
    return decode(data, countries)[0]


def decode(data: bytes, countries: Sequence[str] = ()) -> tuple[str, Decoding]:
    """The text of ``data`` and how it was read: a BOM's Unicode, UTF-8, UTF-16 without a BOM,
    else the most plausible single-byte code page, ``countries`` (ISO alpha-2) breaking ties."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), Decoding(encoding)
    # before UTF-8: Cyrillic in UTF-16 is bytes below 0x80, valid UTF-8 control codes and symbols
    utf16 = _utf16_without_bom(data[:4000])
    if utf16:
        return data.decode(utf16, errors="replace"), Decoding(utf16)
    try:
        return data.decode("utf-8"), Decoding("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_single_byte(data, countries)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 when every other byte is the high byte of a character: NUL for ASCII, and a few
    values for one script beyond (0x04 Cyrillic, 0x03 Greek, 0x20 punctuation), never the
    variety of letters a single-byte text has in both halves."""
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[::2])):
        if len(high) < 8 or 0 not in high:  # every list has an ASCII delimiter or line end
            continue
        common = sum(n for _, n in Counter(high).most_common(4))
        if common * 10 >= len(high) * 9 and _decodes(sample[:len(sample) // 2 * 2], encoding):
            return encoding
    return None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _decode_single_byte(data: bytes, countries: Sequence[str]) -> tuple[str, Decoding]:
    ranked = rank_code_pages(sample_words(data), languages_of(countries))
    for position, (encoding, _) in enumerate(ranked):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:  # a byte beyond the sample that this code page lacks
            continue
        return text, Decoding(encoding, _close_second(ranked, position))
    return data.decode("latin-1"), Decoding("latin-1")


def _close_second(ranked: list[tuple[str, float]], chosen: int) -> str | None:
    best = ranked[chosen][1]
    return next((e for e, score in ranked[chosen + 1:] if best - score < CLOSE), None)


def sample_words(data: bytes) -> list[bytes]:
    """The distinct words holding a byte beyond ASCII, the only ones where code pages differ, from
    the start, the middle and the end of a long file (a 10 MB list is judged in milliseconds)."""
    if len(data) > 3 * SAMPLE_BYTES:
        middle = len(data) // 2
        data = b"\n".join((data[:SAMPLE_BYTES], data[middle:middle + SAMPLE_BYTES], data[-SAMPLE_BYTES:]))
    return list(islice(dict.fromkeys(m.group() for m in WORD.finditer(data)), SAMPLE_WORDS))


def languages_of(countries: Iterable[str]) -> frozenset[str]:
    """The official languages (CLDR via Babel) of ``countries`` that have an alphabet here."""
    codes = [c.upper() for c in countries if c]
    if not codes:
        return frozenset()
    from babel.languages import get_official_languages

    spoken = {lang.split("_")[0] for code in codes for lang in get_official_languages(code, de_facto=True)}
    return frozenset(spoken & ALPHABETS.keys())


def rank_code_pages(words: Sequence[bytes], hint: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
    """Every code page that decodes ``words``, best reading first, with its score; code pages
    reading the words identically count once, as the most common of them."""
    readings: dict[tuple[str, ...], str] = {}
    for encoding in CODE_PAGES:
        try:
            decoded = tuple(w.decode(encoding) for w in words)
        except UnicodeDecodeError:
            continue
        readings.setdefault(decoded, encoding)
    order = list(CODE_PAGES)
    return sorted(_scores(readings, hint), key=lambda item: (-item[1], order.index(item[0])))


def _scores(readings: dict[tuple[str, ...], str], hint: frozenset[str]) -> list[tuple[str, float]]:
    """Each reading's score; one whose misreadings alone put it out of reach of the best (a list
    of Greek names read in twenty code pages) keeps that bound instead, unscored."""
    most = 1.0 + HINT_BONUS + NAME_BONUS  # what one word can add at best
    bounds = sorted(((len(words) * most - sum(map(_misread_cost, words)), words) for words in readings),
                    key=lambda item: -item[0])
    scored: list[tuple[str, float]] = []
    best = float("-inf")
    for bound, words in bounds:
        score = reading_score(words, hint) if bound >= best - CLOSE else bound
        best = max(best, score)
        scored.append((readings[words], score))
    return scored


def reading_score(words: Sequence[str], hint: frozenset[str] = frozenset()) -> float:
    """How plausible ``words`` are as words: misreadings cost, and each word is worth the share of
    the list written in the alphabet it fits best (one language throughout beats a patchwork)."""
    misread = 0.0
    letter_sets: Counter[frozenset[str]] = Counter()
    for word in words:
        misread += _misread_cost(word)
        # per letter: 'İ'.lower() is 'i' and a combining dot, which would hide Turkish's İ
        letters = frozenset(_lower(c) for c in word if ord(c) > 127 and c.isalpha())
        if letters:
            letter_sets[letters] += 1
    if not letter_sets:
        return -misread
    # words sharing their letters fit the same alphabets: each set is judged once, weighed by its words
    kinds, counts = list(letter_sets), list(letter_sets.values())
    total = sum(counts)
    fitting = {lang: [letters <= alphabet for letters in kinds] for lang, alphabet in _LETTERS.items()}
    share = {lang: sum(n for n, fit in zip(counts, fits, strict=True) if fit) / total
             + (HINT_BONUS if lang in hint else 0.0) for lang, fits in fitting.items()}
    evidence = 0.0
    for index, count in enumerate(counts):
        weights = [share[lang] for lang, fits in fitting.items() if fits[index]]
        evidence += count * (max(weights) if weights else -NO_ALPHABET)
    names = sum(NAME_BONUS for word in words if _is_given_name(word))
    return evidence + names - misread - PATCHWORK * (_languages_needed(fitting) - 1)


def _is_given_name(word: str) -> bool:
    """A word that is a given name somewhere (Faker's given names of 86 locales): 'Ève' is one,
    'Čve' is not; lists are full of given names, and a code page that makes them is right."""
    if word.isascii() or len(word) < 3:
        return False  # the same under every code page: no evidence either way
    from c2c.services.importing.full_names import is_given_name

    return is_given_name(word)


def _languages_needed(fitting: dict[str, list[bool]]) -> int:
    """How many alphabets it takes to cover the words: a misreading needs many. Exact up to
    three (a greedy first pick can cost one more, and one alphabet more or less decides a tie),
    greedily beyond."""
    distinct = {sum(1 << i for i, fit in enumerate(fits) if fit) for fits in fitting.values()}
    masks = [m for m in distinct if m and not any(m != other and m | other == other for other in distinct)]
    every = 0
    for mask in masks:
        every |= mask
    if not every:
        return 0
    for size in (1, 2, 3):
        if any(_union(chosen) == every for chosen in combinations(masks, size)):
            return size
    needed, left = 0, every
    while left:
        left &= ~max(masks, key=lambda mask: (mask & left).bit_count())
        needed += 1
    return needed


def _union(masks: tuple[int, ...]) -> int:
    union = 0
    for mask in masks:
        union |= mask
    return union


@lru_cache(maxsize=1 << 16)  # code pages agreeing on a word judge it once
def _misread_cost(word: str) -> float:
    cost = MIXED_SCRIPTS * max(len({_script(c) for c in word if c.isalpha()}) - 1, 0)
    capitals = sum(c.isupper() for c in word)
    for index, char in enumerate(word):
        if ord(char) < 128:
            continue
        if char.isalpha():
            cost += _case_cost(word, index, capitals)
            continue
        if unicodedata.category(char)[0] == "C":
            cost += CONTROL
            continue
        before = index > 0 and word[index - 1].isalpha()
        after = index + 1 < len(word) and word[index + 1].isalpha()
        if before and after:
            cost += MISREAD_INSIDE
        elif (before or after) and char not in WORD_SYMBOLS:
            cost += MISREAD_EDGE
    return cost


def _lower(letter: str) -> str:
    lower = letter.lower()
    return lower if len(lower) == 1 else letter


@lru_cache(maxsize=4096)
def _script(letter: str) -> str:
    """The script a letter belongs to, as Unicode names it: LATIN, CYRILLIC, GREEK, HEBREW…"""
    return "LATIN" if letter.isascii() else unicodedata.name(letter, "?").split(" ", 1)[0]


def _case_cost(word: str, index: int, capitals: int) -> float:
    char = word[index]
    if char in SYLLABIC and not (_is_consonant(word, index - 1) and _is_consonant(word, index + 1)):
        return MISREAD_CASE
    if char.isupper() and index > 0 and word[index - 1].islower():
        return MISREAD_CASE
    if char.isupper() and 0 < index < len(word) - 1 and word[index - 1].isupper() and word[index + 1].islower():
        return MISREAD_CASE  # "SŐte": a capital between the initial and the small letters
    if char.islower() and capitals >= 2 and capitals == sum(c.isalpha() for c in word) - 1:
        return MISREAD_CASE
    return 0.0


def _is_consonant(word: str, index: int) -> bool:
    if not 0 <= index < len(word) or not word[index].isalpha():
        return False
    base = unicodedata.normalize("NFD", word[index])[0]
    return base not in VOWELS and word[index] not in "æøœÆØŒåÅ"
