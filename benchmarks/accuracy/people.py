"""The people behind each list: a seeded delegation, and the ways offices write their values.

Each Person holds what a careful coordinator would type into c2c (the truth). A list writer
renders it as one office would (capitals, titles, phone as a number cell...) and, when the
rendering loses something no reader could get back, clears it from the truth.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import asdict, dataclass

import phonenumbers

from .pools import POOLS, Pool

# mobile prefixes in use (national significant number), the rest of the number is drawn
MOBILE_PREFIXES = {
    "IT": "320 324 328 329 331 333 334 335 338 339 340 342 345 346 347 348 349 366 380 389 392 393",
    "FR": "6 7", "CH": "76 77 78 79", "DE": "151 152 157 160 162 170 171 172 173 175 176 177 178 179",
    "PL": "50 51 53 57 60 66 69 72 73 78 79 88", "CZ": "601 602 603 604 605 606 607 608 702 720 724 731 774 777",
    "SK": "903 905 907 910 915 940 944", "ES": "6", "PT": "91 92 93 96", "NL": "6", "BE": "46 47 48 49",
    "AT": "650 660 664 676 680 681 688 699", "LI": "660 661 663",
}
CANADA_AREAS = ("514", "438", "450", "418", "819", "581")
# one e-mail per person across all lists, so no two people ever share one
_emails: set[str] = set()
# Slavic surnames take the bearer's gender: no "Jiří Nováková"
FEMININE_FIRST = re.compile(r"(a|ie)$")
FEMININE_LAST = {"PL": re.compile(r"(sk|ck|dzk)a(-|$)"), "CZ": re.compile(r"á$"), "SK": re.compile(r"á$")}
MASCULINE_LAST = {"PL": re.compile(r"(sk|ck|dzk)i(-|$)"), "CZ": re.compile(r"[^á]$"), "SK": re.compile(r"[^á]$")}
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "đ": "d", "'": "", "’": "", " ": ""})


@dataclass
class Person:
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    company: str
    role: str | None
    country: str
    pitch: bool | None
    bus_stop: str | None
    title: str = ""

    def truth(self) -> dict[str, object]:
        row = asdict(self)
        del row["title"]
        return row

    @property
    def number(self) -> phonenumbers.PhoneNumber | None:
        return phonenumbers.parse(self.phone) if self.phone else None


def mobile(rng: random.Random, country: str) -> str:
    """A valid mobile number of the country, E.164."""
    while True:
        if country == "CA":
            national = rng.choice(CANADA_AREAS) + str(rng.randint(2, 9)) + "".join(
                str(rng.randint(0, 9)) for _ in range(6))
        else:
            example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
            prefix = rng.choice(MOBILE_PREFIXES[country].split())
            length = len(str(example.national_number)) + rng.choice([0, 0, 1] if country in {"DE", "AT"} else [0])
            national = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
        number = phonenumbers.parse(national, country) if country == "CA" else phonenumbers.parse("+" + str(
            phonenumbers.country_code_for_region(country)) + national)
        if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == country \
                and "555" not in national[3:6]:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def milan_landline(rng: random.Random) -> str:
    while True:
        number = phonenumbers.parse("02" + "".join(str(rng.randint(0, 9)) for _ in range(8)), "IT")
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def domain(company: str, tld: str) -> str:
    stem = company.split(",")[0].split()
    words = [w for w in stem if w[0].isupper() and "." not in w and w.upper() not in LEGAL_WORDS]
    return ascii_fold("-".join(words[:2]) or stem[0]).replace("&", "") + "." + tld


LEGAL_WORDS = {"SRL", "SPA", "SAS", "SARL", "SA", "GMBH", "AG", "KG", "NV", "BV", "BVBA", "SPRL",
               "LDA", "SL", "INC", "LTD", "LTÉE", "EURL", "SNC", "F.LLI"}


def email_for(rng: random.Random, first: str, last: str, company_domain: str) -> str:
    f, la = ascii_fold(first.split()[0].split("-")[0]), ascii_fold(last.replace("-", ""))
    shape = rng.choice(["{f}.{l}", "{f}.{l}", "{i}.{l}", "{f}{l}", "{i}{l}", "{f}"])
    return shape.format(f=f, l=la, i=f[0]) + "@" + company_domain


def delegation(rng: random.Random, country: str, people: tuple[int, int], guests: tuple[str, ...] = (),
               stops: bool = True) -> list[Person]:
    """20-40 people of 10-25 companies from one country (guests: people from elsewhere)."""
    pool = POOLS[country]
    wanted = rng.randint(*people)
    companies = list(pool.companies)
    rng.shuffle(companies)
    crew: list[Person] = []
    seen: set[tuple[str, str]] = set()
    while len(crew) < wanted:
        company = companies[len({p.company for p in crew}) % len(companies)]
        for index in range(min(rng.choice([1, 1, 2, 2, 3]), wanted - len(crew))):
            crew.append(_person(rng, pool, company, pitch=index == 0, seen=seen, stops=stops))
    for guest in guests:
        other = POOLS[guest]
        crew.insert(rng.randrange(len(crew)), _person(rng, other, rng.choice(other.companies), True, seen, stops))
    return crew


def _agree(country: str, first: str, last: str) -> bool:
    if country not in FEMININE_LAST:
        return True
    if FEMININE_FIRST.search(first):
        return not MASCULINE_LAST[country].search(last)
    return not FEMININE_LAST[country].search(last)


def _person(rng: random.Random, pool: Pool, company: str, pitch: bool, seen: set[tuple[str, str]],
            stops: bool) -> Person:
    while (name := (rng.choice(pool.first), rng.choice(pool.last))) in seen or not _agree(pool.country, *name):
        pass
    seen.add(name)
    first, last = name
    email = email_for(rng, first, last, domain(company, pool.tld))
    while email in _emails:
        email = email.replace("@", str(rng.randint(2, 9)) + "@")
    _emails.add(email)
    return Person(
        first, last, email, mobile(rng, pool.country), company,
        rng.choice(pool.roles), pool.country, pitch and rng.random() < 0.8,
        rng.choice(pool.stops) if stops else None,
        rng.choice(pool.titles) if pool.titles and rng.random() < 0.25 else "",
    )


# ---- how offices write values -------------------------------------------------------------

def phone_text(number: phonenumbers.PhoneNumber, style: str) -> str:
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(number)
    cc = str(number.country_code)
    return {
        "national": national,
        "compact": national.replace(" ", "").replace("-", "").replace("(", "").replace(")", ""),
        "intl": intl,
        "e164": "+" + cc + nsn,
        "00": "00" + cc + " " + intl.split(" ", 1)[1],
        "paren0": f"+{cc} (0){intl.split(' ', 1)[1]}",
        "dashes": national.replace(" ", "-"),
        "slash": national.replace(" ", "/", 1).replace(" ", ""),
    }[style]


def phone_number_cell(number: phonenumbers.PhoneNumber, international: bool = False) -> int:
    """What Excel keeps of a phone typed into a General cell: the digits, leading zeros gone."""
    nsn = phonenumbers.national_significant_number(number)
    return int(str(number.country_code) + nsn) if international else int(nsn)


def capitals(text: str) -> str:
    """What a typist's caps lock makes of a name: ß stays ß (str.upper would make it SS, which no reader undoes)."""
    return text.replace("ß", "\0").upper().replace("\0", "ß")


def name_case(rng: random.Random, text: str, weights: tuple[float, float, float]) -> str:
    """As typed, ALL CAPS or all lower case."""
    return rng.choices([text, capitals(text), text.lower()], weights)[0]


def messy_email(rng: random.Random, email: str) -> str:
    roll = rng.random()
    if roll < 0.15:
        return email.split("@")[0].title().replace(".", ".") + "@" + email.split("@")[1]
    if roll < 0.22:
        return " " + email + " "
    if roll < 0.26:
        return email.upper()
    return email
