"""The sixth set's people: names from Faker's locales, valid phone numbers, e-mails and companies.

Each person is kept twice: as the truth (what a careful coordinator would type into c2c) and as
the cells a list's writer typed, with that writer's habits.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import asdict, dataclass

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType


@dataclass
class Person:
    first_name: str
    last_name: str
    email: str | None
    phone: PhoneNumber | None
    company: str
    role: str | None
    country: str
    pitch: bool | None = None
    bus_stop: str | None = None

    def truth(self) -> dict[str, object]:
        fields = asdict(self)
        fields["phone"] = e164(self.phone) if self.phone else None
        return fields


def ascii_slug(text: str, joiner: str = "") -> str:
    """What a mail server makes of a name: no accents, no spaces, no apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
                                       .replace("đ", "dj").replace("Đ", "Dj"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return joiner.join("".join(c for c in word if c.isalnum()) for word in plain.replace("-", " ").split())


def phone(rng: random.Random, region: str, kind: int = PhoneNumberType.MOBILE, prefix: str = "") -> PhoneNumber:
    """A number phonenumbers finds valid and of KIND, as long as the region's example, starting with PREFIX
    (an area code without its trunk 0) or the example's first digit."""
    example = phonenumbers.example_number_for_type(region, kind)
    significant = phonenumbers.national_significant_number(example)
    start = prefix or significant[:1]
    lengths = [len(significant)] + ([len(significant) + 1, len(significant) + 2] if prefix else [])
    for _ in range(5000):
        length = rng.choice(lengths)
        digits = start + "".join(rng.choice("0123456789") for _ in range(length - len(start)))
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
                kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return number
    raise RuntimeError(f"no valid {region} number near {significant}")


def e164(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def written(number: PhoneNumber, habit: str) -> str:
    """A number as one writer types it: international, national, dotted, with (0), 00…"""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    code = f"+{number.country_code}"
    if habit == "international":
        return international
    if habit == "national":
        return national
    if habit == "dots":
        return national.replace(" ", ".")
    if habit == "dashes":
        return national.replace(" ", "-")
    if habit == "compact":
        return "".join(c for c in national if c.isdigit())
    if habit == "e164":
        return e164(number)
    if habit == "00":
        return "00" + international[1:]
    if habit == "paren0":
        return international.replace(code + " ", code + " (0)", 1)
    if habit == "intl-dashes":
        return code + " " + international[len(code) + 1:].replace(" ", "-")
    raise ValueError(habit)


class Names:
    """Given names and surnames of one locale, never twice the same person in a list."""

    def __init__(self, locale: str, seed: int) -> None:
        self.fake = Faker(locale)
        self.fake.seed_instance(seed)
        self.seen: set[tuple[str, str]] = set()
        self.female: set[str] = set()

    def person(self, female: bool | None = None) -> tuple[str, str]:
        while True:
            if female is None:
                female = self.fake.random.random() < 0.45
            first = self.fake.first_name_female() if female else self.fake.first_name_male()
            last = self.fake.last_name_female() if female and hasattr(self.fake, "last_name_female") \
                else self.fake.last_name()
            if female:
                self.female.add(first)
            if (first, last) not in self.seen and " " not in last and "'" not in last:
                self.seen.add((first, last))
                return first, last
