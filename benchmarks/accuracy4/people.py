"""People, companies and phone numbers of one delegation, drawn from Faker and phonenumbers with a seed.

Nothing here is chosen by hand but the words a country's companies and job titles are made of.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, replace

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumber, PhoneNumberFormat, PhoneNumberType


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2, also the phone region
    locales: tuple[str, ...]  # Faker locales its people's names come from
    legal_forms: tuple[str, ...]
    trades: tuple[str, ...]  # words a machine-building company's name is made of
    roles: tuple[str, ...]
    tld: str
    area_codes: tuple[str, ...] = ()  # North America: the cluster's own area codes


COUNTRIES = {
    "ES": Country("ES", ("es_ES",), ("S.L.", "S.A.", "S.L.U."),
                  ("Mecanizados", "Aeronáutica", "Composites", "Utillajes", "Ingeniería"),
                  ("Director general", "Jefe de producción", "Responsable de compras", "Directora comercial",
                   "Ingeniera de calidad", "CEO"), "es"),
    "PT": Country("PT", ("pt_PT",), ("Lda.", "S.A.", "Unipessoal Lda."),
                  ("Metalomecânica", "Moldes", "Engenharia", "Automação", "Estampagem"),
                  ("Diretor-geral", "Gestora comercial", "Diretor de produção", "Engenheira de processo",
                   "Administrador"), "pt"),
    "NL": Country("NL", ("nl_NL",), ("B.V.", "B.V.", "N.V."),
                  ("Precisie", "Mechatronics", "Fijnmechanica", "Systems", "Machinebouw"),
                  ("Directeur", "Inkoper", "Business Developer", "Technisch directeur", "Accountmanager"), "nl"),
    "BE": Country("BE", ("nl_BE",), ("BV", "NV", "bv"),
                  ("Metaal", "Techniek", "Automation", "Engineering", "Laserwerken"),
                  ("Zaakvoerder", "Sales Manager", "Productieleider", "CEO", "Projectingenieur"), "be"),
    "CZ": Country("CZ", ("cs_CZ",), ("s.r.o.", "a.s.", "spol. s r.o."),
                  ("Strojírny", "Slévárna", "Precision", "Obrábění", "Technik"),
                  ("jednatel", "obchodní ředitel", "vedoucí výroby", "nákupčí", "technický ředitel"), "cz"),
    "SK": Country("SK", ("sk_SK",), ("s.r.o.", "a.s."),
                  ("Strojárne", "Automotive", "Kovovýroba", "Technológie", "Nástroje"),
                  ("konateľ", "obchodný riaditeľ", "vedúci výroby", "projektový manažér", "nákupca"), "sk"),
    "HU": Country("HU", ("hu_HU",), ("Kft.", "Zrt.", "Kft."),
                  ("Gépgyártó", "Fémipari", "Mechatronika", "Szerszámgyártó", "Műszaki"),
                  ("ügyvezető igazgató", "értékesítési vezető", "gyártásvezető", "beszerzési vezető",
                   "fejlesztőmérnök"), "hu"),
    "SI": Country("SI", ("sl_SI",), ("d.o.o.", "d.d."),
                  ("Orodjarna", "Strojegradnja", "Livarna", "Avtomatika", "Inženiring"),
                  ("direktor", "vodja prodaje", "vodja proizvodnje", "razvojni inženir", "nabavnica"), "si"),
    "RO": Country("RO", ("ro_RO",), ("S.R.L.", "S.A."),
                  ("Metal", "Prelucrări", "Automatizări", "Tehnic", "Industrial"),
                  ("Director general", "Manager vânzări", "Inginer proiectant", "Director producție",
                   "Specialist achiziții"), "ro"),
    "CA": Country("CA", ("fr_CA",), ("inc.", "ltée", "Inc."),
                  ("Usinage", "Aérostructures", "Composites", "Technologies", "Outillage"),
                  ("Président", "Directrice des ventes", "Directeur de l'ingénierie", "Acheteuse",
                   "Vice-président opérations"), "ca", ("514", "438", "450", "819")),
    "CH": Country("CH", ("de_CH", "fr_CH", "it_CH"), ("AG", "SA", "Sagl", "GmbH"),
                  ("Präzision", "Microtechnique", "Meccanica", "Automation", "Swiss Tools"),
                  ("CEO", "Leiter Verkauf", "Directeur technique", "Responsabile acquisti", "Projektleiterin"),
                  "ch"),
    "AT": Country("AT", ("de_AT",), ("GmbH", "GmbH & Co KG", "AG"),
                  ("Maschinenbau", "Präzisionstechnik", "Aerospace", "Stahlbau", "Werkzeugbau"),
                  ("Geschäftsführer", "Vertriebsleiterin", "Leiter Einkauf", "Produktionsleiter",
                   "Key Account Manager"), "at"),
}


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    email: str
    phone: PhoneNumber
    company: str
    role: str
    country: str
    pitch: bool
    locale: str

    def truth(self, **fields: object) -> dict[str, object]:
        """The person as a careful coordinator would type them into c2c, with the list's own judgement calls."""
        values: dict[str, object] = {
            "first_name": self.first_name, "last_name": self.last_name, "email": self.email,
            "phone": phonenumbers.format_number(self.phone, PhoneNumberFormat.E164), "company": self.company,
            "role": self.role, "country": self.country, "pitch": self.pitch, "bus_stop": None}
        return values | fields

    def with_phone(self, phone: PhoneNumber) -> Person:
        return replace(self, phone=phone)


def ascii_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss").replace("ł", "l"))
    return "".join(c for c in decomposed if c.isalnum() and c.isascii())


class Delegation:
    """A seeded source of one country's people, each working for one of a few companies."""

    def __init__(self, country: str, seed: int, *, two_surnames: bool = False) -> None:
        self.country = COUNTRIES[country]
        self.rng = random.Random(seed)
        self.fakers = {locale: Faker(locale) for locale in self.country.locales}
        for offset, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed + offset)
        self.two_surnames = two_surnames
        self.names: set[str] = set()
        self.emails: set[str] = set()

    def companies(self, count: int) -> list[tuple[str, str]]:
        """(name, e-mail domain) of `count` companies whose names differ by more than their legal form."""
        found: dict[str, tuple[str, str]] = {}
        faker = next(iter(self.fakers.values()))
        while len(found) < count:
            surname = faker.last_name().split()[-1]
            key = ascii_word(surname)
            if len(key) < 3 or key in found:
                continue
            trade = self.rng.choice(self.country.trades)
            name = f"{surname} {trade} {self.rng.choice(self.country.legal_forms)}"
            tld = "com" if self.rng.random() < 0.2 else self.country.tld
            found[key] = (name, f"{key}-{ascii_word(trade)}.{tld}")
        return list(found.values())

    def person(self, company: tuple[str, str], *, locale: str | None = None) -> Person:
        locale = locale or self.rng.choice(list(self.fakers))
        faker = self.fakers[locale]
        while True:
            female = self.rng.random() < 0.4
            first = faker.first_name_female() if female else faker.first_name_male()
            surname = faker.last_name_female if female else faker.last_name_male  # Jana Nováková, Jan Novák
            last = surname()
            if self.two_surnames:
                second = surname()
                if second == last or " " in last + second:  # one word each, so the two columns split them
                    continue
                last = f"{last} {second}"
            if f"{first} {last}" not in self.names and "." not in first + last:
                break
        self.names.add(f"{first} {last}")
        return Person(first, last, self._email(first, last, company[1]), self.mobile(), company[0],
                      self.rng.choice(self.country.roles), self.country.code, self.rng.random() < 0.3, locale)

    def people(self, count: int, companies: int) -> list[Person]:
        firms = self.companies(companies)
        return [self.person(firms[min(i * companies // count, companies - 1)]) for i in range(count)]

    def _email(self, first: str, last: str, domain: str) -> str:
        given, family = ascii_word(first.split()[0]), ascii_word(last.split()[0] if self.two_surnames else last)
        for local in (f"{given}.{family}", f"{given[0]}{family}", f"{given}", f"{given}.{family}2"):
            email = f"{local}@{domain}"
            if email not in self.emails:
                self.emails.add(email)
                return email
        raise AssertionError(email)

    def mobile(self) -> PhoneNumber:
        return self._number(PhoneNumberType.MOBILE)

    def landline(self) -> PhoneNumber:
        return self._number(PhoneNumberType.FIXED_LINE)

    def _number(self, kind: int) -> PhoneNumber:
        region = self.country.code
        example = phonenumbers.example_number_for_type(region, kind)
        assert example is not None, region
        significant = str(example.national_number)
        while True:
            if self.country.area_codes:
                digits = self.rng.choice(self.country.area_codes) + str(self.rng.randint(2000000, 9999999))
            else:
                digits = significant[0] + "".join(self.rng.choice("0123456789") for _ in significant[1:])
            number = phonenumbers.parse(f"+{example.country_code}{digits}")
            if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
                    kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return number


def national(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def international(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def misdialled(number: PhoneNumber, rng: random.Random) -> PhoneNumber:
    """The same number with one of its last digits wrong, still a valid number: the typo a later row corrects."""
    while True:
        digits = list(str(number.national_number))
        digits[-rng.randint(1, 3)] = str(rng.randint(0, 9))
        wrong = phonenumbers.parse(f"+{number.country_code}{''.join(digits)}")
        if wrong != number and phonenumbers.is_valid_number(wrong):
            return wrong
