"""Invented people of one sending cluster, and the ways their offices write phones and e-mails.

The pools are written by hand on purpose: drawing given names from the same library the
importer may know would make the examination easier than the next real list.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Pool:
    """One country's given names (male, female), surnames, companies and roles."""

    country: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    companies: tuple[str, ...]
    roles: tuple[str, ...]
    female_surname: dict[str, str] = field(default_factory=dict)  # Slovak Kováč → Kováčová


@dataclass(frozen=True)
class Person:
    """One attendee as the truth has them, plus what the list needs to write them."""

    first_name: str
    last_name: str
    company: str
    role: str | None
    country: str
    email: str | None
    phone: str | None  # E.164, what a careful reader types
    female: bool = False
    pitch: bool | None = None
    bus_stop: str | None = None

    def truth(self) -> dict[str, object]:
        return {"first_name": self.first_name, "last_name": self.last_name, "email": self.email,
                "phone": self.phone, "company": self.company, "role": self.role, "country": self.country,
                "pitch": self.pitch, "bus_stop": self.bus_stop}

    def but(self, **changes: object) -> Person:
        return replace(self, **changes)  # type: ignore[arg-type]


FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
                      "Đ": "D", "ı": "i", "'": "", "’": "", " ": "", "·": ""})


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def domain_of(company: str, tld: str) -> str:
    words = [w for w in company.replace(",", " ").split() if w[0].isalpha() and "." not in w and "/" not in w]
    return f"{ascii_fold(words[0])}-{ascii_fold(words[1]) if len(words) > 1 else 'group'}.{tld}"


def email_of(rng: random.Random, first: str, last: str, company: str, tld: str) -> str:
    given, surname = ascii_fold(first.split()[0]), ascii_fold(last.split()[-1] if "-" not in last else last)
    local = rng.choice([f"{given}.{surname}", f"{given[0]}.{surname}", f"{given[0]}{surname}",
                        f"{surname}", f"{given}"])
    return f"{local}@{domain_of(company, tld)}"


def number(rng: random.Random, region: str, mobile: bool = True) -> object:
    """A valid number of REGION: phonenumbers' example with its last digits redrawn."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        raise ValueError(f"phonenumbers has no example number for {region}")
    national = str(example.national_number)
    for attempt in range(400):
        free = max(4, min(len(national) - 1, 7) - attempt // 100)  # widest redraw that stays valid
        digits = national[:-free] + "".join(rng.choice("0123456789") for _ in range(free))
        candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) in (
                kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return candidate
    return example


def e164(parsed: object) -> str:
    import phonenumbers

    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)  # type: ignore[arg-type]


def written(parsed: object, style: str) -> str:
    """How an office writes the number: the style names a habit, not a country."""
    import phonenumbers

    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(parsed, fmt.INTERNATIONAL)  # type: ignore[arg-type]
    national = phonenumbers.format_number(parsed, fmt.NATIONAL)  # type: ignore[arg-type]
    bare = national.replace("(", "").replace(")", "")
    code, _, rest = intl.partition(" ")
    if style == "intl":
        return intl
    if style == "national":
        return national
    if style == "paren0":  # +44 (0)20 …: the trunk 0 in brackets
        return f"{code} (0){rest}"
    if style == "00":
        return "00" + intl[1:]
    if style == "dots":
        return bare.replace(" ", ".").replace("-", ".")
    if style == "slash":  # area code / subscriber, as German and Slovak offices write
        head, _, tail = bare.partition(" ")
        return f"{head}/{tail}"
    if style == "compact":
        return bare.replace(" ", "").replace("-", "")
    if style == "dashes":
        return bare.replace(" ", "-")
    if style == "intl_compact":
        return intl.replace(" ", "")
    raise ValueError(style)


def draw_person(rng: random.Random, pool: Pool, tld: str, company: str | None = None) -> Person:
    female = rng.random() < 0.45
    first = rng.choice(pool.female if female else pool.male)
    last = rng.choice(pool.surnames)
    if female:
        last = pool.female_surname.get(last, last)
    company = company or rng.choice(pool.companies)
    return Person(first, last, company, rng.choice(pool.roles), pool.country,
                  email_of(rng, first, last, company, tld), None, female)


def draw_people(rng: random.Random, pool: Pool, tld: str, count: int) -> list[Person]:
    """COUNT different people (no two share a name or an e-mail)."""
    people: list[Person] = []
    while len(people) < count:
        person = draw_person(rng, pool, tld)
        if all((p.first_name, p.last_name) != (person.first_name, person.last_name) and p.email != person.email
               for p in people):
            people.append(person)
    return people
