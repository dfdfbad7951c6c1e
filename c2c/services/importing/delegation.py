"""A list's people are of its delegation: what their rows leave unsaid comes from its country.

A list a partner cluster sends often has no country column: everyone on it is of that
cluster's country, as a careful reader assumes. Once the list's cluster is known (``scope``),
the people of a list without a country column take their cluster's (a blank cell in a country
column says nothing, and stays blank), and what was read before that was
known is read again in it: a national phone number, and the case of a name written in capitals
or in lower case (``DE LUCA`` is ``De Luca`` in Italy, ``de Luca`` in France).

Which delegation a list is, when nothing else says it, may show in its content: the countries
its rows give and the country domains of its e-mail addresses (``.de``, ``.pl``), when most of
them point to the country of exactly one of the mission's two clusters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from c2c.parsing import InvalidValue
from c2c.services.importing.names import proper_case
from c2c.services.importing.normalise import normalise_phone

# the values a row's country left open, kept to be read again in its delegation's country
UNREAD = "unread"
MOST = 2 / 3  # of the rows that say something, this share must point to one delegation
FEWEST = 3  # and at least this many rows
# country-code domains that are not their country's code
_DOMAIN_COUNTRY = {"uk": "GB"}


def keep_unread(person: dict[str, Any], first: str, last: str, phone: str) -> None:
    """Remember what a row with no country of its own was read without."""
    person[UNREAD] = (first, last, phone)


def content_country(people: Iterable[dict[str, Any]], candidates: Iterable[str]) -> str | None:
    """The one country of ``candidates`` (the delegations' countries) most rows point to by
    their country cell or their e-mail's domain; None when they do not say, or say several."""
    wanted = set(candidates)
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for person in people:
        if person["email"]:  # a row repeated in the list is one voice
            if person["email"] in seen:
                continue
            seen.add(person["email"])
        said = {person["country"], _email_country(person["email"])} - {None}
        for country in said & wanted:
            votes[country] += 1
        if said and not said & wanted:
            votes[""] += 1  # a row of neither delegation's country
    if not votes:
        return None
    country, count = votes.most_common(1)[0]
    total = sum(votes.values())
    return country if country and count >= FEWEST and count >= MOST * total else None


def _email_country(email: str | None) -> str | None:
    if not email:
        return None
    domain = email.rpartition(".")[2]
    if len(domain) != 2:
        return None  # .com, .eu, .org: no country
    from c2c.countries import country_code

    return _DOMAIN_COUNTRY.get(domain) or country_code(domain)


def read_in_delegation_country(people: list[dict[str, Any]], cluster_countries: dict[int, str | None],
                               regions: tuple[str | None, ...],
                               note: Callable[[str, int | None], None]) -> None:
    """Rows that gave no country take their cluster's; their phone and names are read again in it."""
    for person in people:
        unread = person.pop(UNREAD, None)
        cluster = person["cluster_id"]
        country = cluster_countries.get(cluster) if cluster else None
        if unread is None or country is None:
            continue
        person["country"] = country
        first, last, phone = unread
        if first or last:
            person["first_name"], person["last_name"] = proper_case(first, country), proper_case(last, country)
        if phone:
            try:
                person["phone"] = normalise_phone(phone, country, *regions)
            except InvalidValue:
                note(f"phone {phone!r} is no number of {country}: kept as first read", person["row"])
