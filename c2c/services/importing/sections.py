"""Section headings inside a list ('Delegazione francese', 'ITALIA', 'Gruppo 2 – pullman Bergamo'):
the cluster a heading names, for the people under it.

A heading names a cluster by the cluster's name, short name or alias ('Delegazione LAC'), by a
country ('ITALIA', 'Suisse') or by a nationality ('Delegazione francese', 'Deutsche Teilnehmer'),
read in CLDR's language names: a nationality adjective is its language's name, inflected
('italiana', 'françaises', 'deutsche'). A country or a nationality names the one cluster of the
mission (of the store, when the mission names none) from a country speaking it. The people under
it take that cluster as a Cluster column would give it, until the next heading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from c2c.countries import country_code
from c2c.services.importing.reading import Row
from c2c.text import fold

if TYPE_CHECKING:
    from c2c.services.importing.rows import RowContext
    from c2c.services.importing.target import IntoMission
    from c2c.store.reading import Reader

MIN_PLACE_LETTERS = 4  # shorter words are codes or particles ('de', 'la', 'per'), not names of places
MAX_PLACE_WORDS = 3  # 'Repubblica Ceca', 'Bosnia ed Erzegovina'
INFLECTION = 2  # letters a nationality adds to its language's name ('francese' -> 'francesi', 'français' -> 'françaises')


@dataclass(frozen=True)
class _Cluster:
    id: int
    name: str
    keys: frozenset[str]
    country: str | None


@dataclass
class Sections:
    """The clusters headings may name, and the one the rows read now belong to."""

    ctx: RowContext
    clusters: list[_Cluster]  # the mission's first
    countries: tuple[str | None, ...]  # the mission's and its clusters': their languages are the headings'
    base: int | None = None  # the cluster rows take outside any section (--cluster)
    current: _Cluster | None = None
    named: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, db: Reader, mission: IntoMission, ctx: RowContext) -> Sections:
        from c2c.services.clusters import cluster_refs

        every = [_Cluster(c.id, c.name, c.keys, c.country) for c in cluster_refs(db)]
        ours = [c for c in every if c.id in (mission.host_cluster_id, mission.guest_cluster_id)]
        countries = (mission.country, *(c.country for c in ours or every))
        return cls(ctx, ours + [c for c in every if c not in ours], countries, ctx.default_cluster)

    @cached_property
    def languages(self) -> tuple[str, ...]:
        return _languages(self.countries)

    def enter(self, heading: str) -> str | None:
        """The rows from here on are of the cluster ``heading`` names (its name), or of none of its own."""
        self.current = self._named_by(heading)
        if self.current is None:
            self.ctx.default_cluster = self.base
            return None
        self.named.add(self.current.id)
        self.ctx.default_cluster = self.current.id
        return self.current.name

    def mark(self, cells: Row) -> Row:
        """A row under a heading naming a cluster, its empty Cluster cell (if any) given that cluster."""
        column = self.ctx.columns.fields.get("cluster")
        if self.current is None or column is None or (column < len(cells) and cells[column].strip()):
            return cells
        cells = cells + [""] * (column + 1 - len(cells))
        cells[column] = self.current.name
        return cells

    def names_a_place(self, heading: str) -> bool:
        """Whether ``heading`` names a cluster, a country or a nationality: a heading, not a person."""
        return self._named_by(heading) is not None or bool(_countries_in(heading, self.languages))

    def _named_by(self, heading: str) -> _Cluster | None:
        padded = f" {fold(heading)} "
        by_key = [c for c in self.clusters if any(f" {key} " in padded for key in c.keys)]
        if by_key:
            return by_key[0] if len(by_key) == 1 else None
        return _one_of(self.clusters, _countries_in(heading, self.languages))


def _one_of(clusters: list[_Cluster], countries: list[str]) -> _Cluster | None:
    """The cluster of the first country that has exactly one (the mission's clusters listed first)."""
    for country in countries:
        found = [c for c in clusters if c.country == country]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _countries_in(heading: str, languages: tuple[str, ...]) -> list[str]:
    """The countries a heading names: by a country's name, or by a nationality (its language's
    home: 'française' -> FR)."""
    words = [w for w in fold(heading).split() if w.isalpha()]
    found: list[str] = []
    for size in range(MAX_PLACE_WORDS, 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            if len(phrase) >= MIN_PLACE_LETTERS and (code := country_code(phrase, every_language=False)):
                found.append(code)
    for word in words:
        for language in _nationality(word, languages):
            found += _home(language)
    return list(dict.fromkeys(found))


def _nationality(word: str, languages: tuple[str, ...]) -> list[str]:
    """The languages whose name, in ``languages``, ``word`` is, maybe inflected."""
    if len(word) < MIN_PLACE_LETTERS:
        return []
    return [code for name, code in _language_names(languages)
            if word == name or (word.startswith(name[:-1]) and 0 <= len(word) - len(name) <= INFLECTION)]


@cache
def _language_names(languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(folded language name, language code) in CLDR's ``languages`` for the languages those speak."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    for identifier in languages:
        try:
            locale = Locale.parse(identifier)
        except (UnknownLocaleError, ValueError):
            continue
        for code in languages:
            name = fold(locale.languages.get(code, ""))
            if len(name) >= MIN_PLACE_LETTERS and " " not in name:
                names.setdefault(name, code)
    return tuple(names.items())


def _languages(countries: Iterable[str | None]) -> tuple[str, ...]:
    """English and the official languages of ``countries`` (CLDR), the languages headings are written in."""
    from babel.core import get_global

    spoken = get_global("territory_languages")
    found = ["en"]
    for country in filter(None, countries):
        found += [code for code, about in spoken.get(country, {}).items()
                  if (about.get("official_status") or "").startswith("official") and code.isalpha() and len(code) == 2]
    return tuple(dict.fromkeys(found))


def _home(language: str) -> list[str]:
    """The country CLDR takes as ``language``'s home ('fr' -> FR): a nationality names that one only."""
    from babel.core import get_global

    home = get_global("likely_subtags").get(language, "").split("_")[-1]
    return [home] if len(home) == 2 else []
