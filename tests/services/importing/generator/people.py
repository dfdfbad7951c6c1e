"""The truth of a generated list: who is on it, as the store should hold them."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from tests.services.importing.generator.vocabulary import (
    APOSTROPHE_SURNAMES,
    COMPANY_WORDS,
    COUNTRIES,
    GIVEN,
    LANGUAGE_COUNTRIES,
    LEGAL_FORMS,
    LOWER_PARTICLE_SURNAMES,
    PARTICLE_SURNAMES,
    ROLES,
    STOPS,
    SURNAMES,
)

TRUTH_FIELDS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "pitch", "bus_stop")


def e164(number: Any) -> str:
    import phonenumbers

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@dataclass
class Person:
    """One attendee as the store should hold them (``truth``), and their own language."""

    truth: dict[str, Any]
    language: str
    company_spellings: tuple[str, ...] = field(default=())


def ascii_word(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in bare if ch.isascii() and (ch.isalnum() or ch in ".-")).lower()


def mobile_number(rng: random.Random, region: str) -> Any:
    """A valid mobile number of ``region`` (phonenumbers' example with random last digits)."""
    import phonenumbers

    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    digits = str(example.national_number)
    for _ in range(50):
        tail = "".join(rng.choice("0123456789") for _ in range(4))
        number = phonenumbers.PhoneNumber(country_code=example.country_code,
                                          national_number=int(digits[:-4] + tail))
        if phonenumbers.is_valid_number(number):
            return number
    return example


def make_people(rng: random.Random, language: str, count: int, choices: dict[str, str]) -> list[Person]:
    """``count`` different people of a list sent from a ``language``-speaking cluster."""
    home = LANGUAGE_COUNTRIES[language]
    companies = _company_pool(rng, home[0], choices["company.style"])
    people: list[Person] = []
    names: set[tuple[str, str]] = set()
    while len(people) < count:
        country = rng.choice(home) if rng.random() < 0.8 else rng.choice(sorted(COUNTRIES))
        own = COUNTRIES[country]
        first, last = rng.choice(GIVEN[own]), _surname(rng, own, choices["names.particles"])
        if choices.get("names.surnames") == "two" and own in TWO_SURNAMES and " " not in last:
            first, last = _two_surnames(rng, own, first, last)
        if (first, last) in names:
            continue
        names.add((first, last))
        word, spellings = rng.choice(companies)
        number = mobile_number(rng, country)
        truth = {
            "first_name": first, "last_name": last,
            "email": f"{ascii_word(first)}.{ascii_word(last)}@{ascii_word(word.split()[0])}.{home[0].lower()}",
            "phone": e164(number),
            "company": word, "role": rng.choice(ROLES[language]), "country": country,
            "pitch": rng.random() < 0.4, "bus_stop": rng.choice(STOPS),
        }
        people.append(Person(truth=truth, language=own, company_spellings=spellings))
    return people


TWO_SURNAMES = ("es", "pt")  # the father's and the mother's, after one or two given names


def _two_surnames(rng: random.Random, language: str, first: str, last: str) -> tuple[str, str]:
    second = rng.choice([name for name in SURNAMES[language] if name != last])
    if rng.random() < 0.3:
        first = f"{first} {rng.choice([name for name in GIVEN[language] if name != first])}"
    return first, f"{last} {second}"


def _surname(rng: random.Random, language: str, particles: str) -> str:
    if particles == "particles" and rng.random() < 0.5:
        return rng.choice(PARTICLE_SURNAMES[language] + LOWER_PARTICLE_SURNAMES[language])
    if particles == "particles_in_capitals" and rng.random() < 0.5:
        return rng.choice(LOWER_PARTICLE_SURNAMES[language])
    if particles == "apostrophes" and language in APOSTROPHE_SURNAMES and rng.random() < 0.5:
        return rng.choice(APOSTROPHE_SURNAMES[language])
    return rng.choice(SURNAMES[language])


def _company_pool(rng: random.Random, country: str, style: str) -> list[tuple[str, tuple[str, ...]]]:
    """Two to four companies: (the name as stored, the spellings rows write it in)."""
    words = rng.sample(COMPANY_WORDS, rng.randint(2, 4))
    if style == "plain":
        return [(word, (word,)) for word in words]
    named = [(word, rng.choice(LEGAL_FORMS[country])) for word in words]
    if style == "legal_form":
        return [(f"{word} {form}", (f"{word} {form}",)) for word, form in named]
    return [(name, (name, name.upper(), name.replace(".", ""), f"{word} {form.lower()}"))
            for word, form in named for name in [f"{word} {form}"]]
