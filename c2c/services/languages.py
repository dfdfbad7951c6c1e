"""The language each person reads, and the one catalogue of labels c2c writes in it.

Every file a person receives (calendar, agenda, booklet, manifest, mail) calls these two:

- ``person_language(language, country, mission_language)``: the person's own language
  (``Person.language``, set by ``participants edit --language`` or a Language column), else
  the first official language of their country that c2c writes (CLDR, via Babel: Italy → it,
  Switzerland → de, Belgium → fr), else the mission's.
- ``translate(key, lang, **fields)``: the label ``key`` in ``lang`` with ``{fields}`` filled,
  English when the language lacks it. ``labels(lang)`` is the whole catalogue of a language
  (for templates), ``block_title(title, lang)`` a programme block's title when it is one of
  the standard ones (``Coffee break`` → ``Pause café``), and ``ordinal(n, lang)`` '5th'.

The labels are Babel message catalogues, ``c2c/data/locales/<lang>.po``, read once per
process: msgids are the keys (``your_pitch``), and the programme's titles sit under the
``programme`` context with their English text as msgid.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from c2c.config import package_data
from c2c.parsing import LANGUAGES

DEFAULT = "en"
PROGRAMME = "programme"
_WELCOME = re.compile(r"(Welcome) — (?P<name>.+)")


def person_language(language: str | None, country: str | None, mission_language: str) -> str:
    """The language of a person's files: their own, else their country's, else the mission's."""
    own = (language or "").strip().lower()
    if own in LANGUAGES:
        return own
    return country_language(country) or (mission_language if mission_language in LANGUAGES else DEFAULT)


@functools.lru_cache(maxsize=256)
def country_language(country: str | None) -> str | None:
    """The most spoken official language of an ISO country that c2c writes, if any (CLDR)."""
    if not country:
        return None
    from babel.languages import get_official_languages

    spoken = get_official_languages(country.upper(), de_facto=True)
    return next((code for code in spoken if code in LANGUAGES), None)


def translate(key: str, lang: str, **fields: object) -> str:
    """The label ``key`` in ``lang`` (English when missing), with ``{fields}`` filled."""
    text = labels(lang).get(key) or labels(DEFAULT)[key]
    return text.format(**fields) if fields else text


def labels(lang: str) -> Mapping[str, str]:
    """Every label of ``lang`` by key, for templates (``t.table``)."""
    return _catalogue(lang if lang in LANGUAGES else DEFAULT)[0]


def block_title(title: str, lang: str) -> str:
    """A standard programme block's title in ``lang``; a title the coordinator wrote stays as written."""
    titles = _catalogue(lang if lang in LANGUAGES else DEFAULT)[1]
    if title in titles:
        return titles[title]
    welcome = _WELCOME.fullmatch(title)
    if welcome and "Welcome — {name}" in titles:
        return titles["Welcome — {name}"].format(name=welcome["name"])
    return title


def ordinal(number: int, lang: str) -> str:
    """5 -> '5th' (en), '5°' (it), '5e' (fr), '5.' (de, pl), '5.º' (es)."""
    if lang == "it":
        return f"{number}°"
    if lang == "fr":
        return "1er" if number == 1 else f"{number}e"
    if lang in ("de", "pl"):
        return f"{number}."
    if lang == "es":
        return f"{number}.º"
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@functools.cache
def _catalogue(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(labels by key, programme titles by English title) of one language's .po file."""
    from babel.messages.pofile import read_po

    with package_data(f"locales/{lang}.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    plain: dict[str, str] = {}
    titles: dict[str, str] = {}
    for message in catalog:
        if not message.id or not isinstance(message.id, str) or not isinstance(message.string, str):
            continue
        target = titles if message.context == PROGRAMME else plain
        target[message.id] = message.string or message.id
    return plain, titles
