"""Faker people of a country, their companies, mobiles, and the ways people type them."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field


@dataclass
class Person:
    first_name: str
    last_name: str
    email: str
    phone: str  # E.164
    company: str
    role: str | None
    country: str
    pitch: bool | None = None  # None when the list asks no pitch question: nothing says
    bus_stop: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def truth(self) -> dict[str, object]:
        return {"first_name": self.first_name, "last_name": self.last_name, "email": self.email,
                "phone": self.phone, "company": self.company, "role": self.role, "country": self.country,
                "pitch": self.pitch, "bus_stop": self.bus_stop}


LEGAL_FORMS = {
    "SE": ["AB", "AB", "HB", "Aktiebolag"], "DK": ["A/S", "ApS", "A/S"], "NO": ["AS", "ASA", "AS"],
    "FI": ["Oy", "Oyj", "Oy Ab"], "LT": ["UAB", "AB", "UAB"], "LV": ["SIA", "AS", "SIA"],
    "EE": ["OÜ", "AS", "OÜ"], "GR": ["Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε."], "BG": ["ООД", "ЕООД", "АД"],
    "TR": ["A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş."], "HR": ["d.o.o.", "d.d.", "j.d.o.o."],
    "US": ["Inc.", "LLC", "Corp."], "IE": ["Ltd", "Limited", "DAC"], "GB": ["Ltd", "plc"],
    "MX": ["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V."],
}
SECTOR_WORDS = {
    "SE": ["Mekaniska", "Plast", "Automation", "Verkstad"], "DK": ["Maskinfabrik", "Plast", "Automation"],
    "NO": ["Mekaniske", "Subsea", "Industri"], "FI": ["Konepaja", "Metalli", "Automaatio"],
    "LT": ["Mechanika", "Plastika", "Inžinerija"], "LV": ["Metālapstrāde", "Inženierija", "Tehnika"],
    "EE": ["Metall", "Tehnika", "Masinaehitus"], "GR": ["Μηχανική", "Βιομηχανία", "Τεχνική"],
    "BG": ["Машини", "Инженеринг", "Металик"], "TR": ["Makina", "Otomotiv", "Plastik"],
    "HR": ["Strojogradnja", "Metal", "Inženjering"], "US": ["Precision", "Machining", "Composites"],
    "IE": ["Engineering", "Precision", "Medical"], "MX": ["Maquinados", "Autopartes", "Ingeniería"],
}
ROLES = {
    "sv": ["VD", "Inköpschef", "Försäljningschef", "Produktionschef", "Konstruktör", "Affärsutvecklare"],
    "da": ["Direktør", "Indkøbschef", "Salgschef", "Produktionsleder", "Ingeniør"],
    "no": ["Daglig leder", "Innkjøpssjef", "Salgssjef", "Prosjektleder", "Ingeniør"],
    "fi": ["Toimitusjohtaja", "Myyntipäällikkö", "Hankintapäällikkö", "Tuotantopäällikkö"],
    "lt": ["Direktorius", "Pardavimų vadovas", "Gamybos vadovas", "Inžinierius"],
    "lv": ["Valdes loceklis", "Pārdošanas vadītājs", "Ražošanas vadītājs", "Inženieris"],
    "et": ["Juhataja", "Müügijuht", "Tootmisjuht", "Insener"],
    "el": ["Διευθύνων Σύμβουλος", "Υπεύθυνος Πωλήσεων", "Μηχανικός Παραγωγής", "Υπεύθυνος Προμηθειών"],
    "bg": ["Управител", "Търговски директор", "Инженер", "Ръководител производство"],
    "tr": ["Genel Müdür", "Satış Müdürü", "Satın Alma Müdürü", "Üretim Mühendisi", "İş Geliştirme Uzmanı"],
    "hr": ["Direktor", "Voditelj prodaje", "Voditelj nabave", "Inženjer"],
    "en": ["CEO", "Head of Sales", "Purchasing Manager", "Operations Director", "Business Development Manager"],
    "es": ["Director General", "Gerente de Ventas", "Jefe de Compras", "Ingeniero de Procesos"],
}
TLD = {"GB": "co.uk", "US": "com", "MX": "com.mx", "TR": "com.tr", "GR": "gr"}


def ascii_slug(text: str) -> str:
    from faker.decode import unidecode

    return re.sub(r"[^a-z0-9]+", "", unidecode(text).lower())


class People:
    """Faker people of one locale, each with a valid mobile number of their country."""

    def __init__(self, locale: str, country: str, lang: str, seed: int) -> None:
        from faker import Faker

        self.faker = Faker(locale)
        self.faker.seed_instance(seed)
        self.rng = random.Random(seed)
        self.country, self.lang = country, lang
        self.companies: list[tuple[str, str]] = []

    def company(self) -> tuple[str, str]:
        """A (name, e-mail domain); people of a list share a few companies."""
        if self.companies and self.rng.random() < 0.35:
            return self.rng.choice(self.companies)
        surname = self.faker.last_name_male() if hasattr(self.faker, "last_name_male") else self.faker.last_name()
        name = f"{surname} {self.rng.choice(SECTOR_WORDS[self.country])} {self.rng.choice(LEGAL_FORMS[self.country])}"
        domain = f"{ascii_slug(surname)}-{ascii_slug(name.split()[1])[:8]}.{TLD.get(self.country, self.country.lower())}"
        self.companies.append((name, domain))
        return name, domain

    def person(self, country: str | None = None) -> Person:
        male = self.rng.random() < 0.6
        first = self.faker.first_name_male() if male else self.faker.first_name_female()
        last = self.faker.last_name_male() if male else self.faker.last_name_female()
        company, domain = self.company()
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
        role = self.rng.choice(ROLES[self.lang]) if self.rng.random() < 0.85 else None
        return Person(first, last, email, mobile(country or self.country, self.rng), company, role,
                      country or self.country, extra={"male": male})


def delegation(folk: People, size: int, abroad: dict[int, str] | None = None) -> tuple[People, list[Person]]:
    """``size`` people of ``folk``'s country, those at the indexes of ``abroad`` living in another one."""
    people = [folk.person() for _ in range(size)]
    for index, country in (abroad or {}).items():
        people[index].country = country
        people[index].phone = mobile(country, folk.rng)
    return folk, people


# Prefixes people of each country really have on their mobiles (phonenumbers' examples are rarer ranges).
MOBILE_PREFIXES = {"SE": ["70", "72", "73", "76"], "DK": ["20", "40", "51", "61"], "NO": ["41", "46", "92", "98"],
                   "FI": ["40", "44", "50"], "LT": ["61", "65", "68"], "LV": ["26", "29"], "EE": ["51", "53", "56"],
                   "GR": ["694", "697", "698"], "BG": ["87", "88", "89"], "TR": ["532", "542", "555"],
                   "HR": ["91", "92", "98"], "SI": ["31", "41", "51"], "MX": ["81"], "US": ["313", "248"],
                   "CA": ["514", "416"]}


def mobile(region: str, rng: random.Random) -> str:
    import phonenumbers as pn

    example = pn.example_number_for_type(region, pn.PhoneNumberType.MOBILE)
    assert example is not None
    length = 9 if region == "BG" else len(str(example.national_number))  # Bulgaria's example is a short range
    while True:
        prefix = rng.choice(MOBILE_PREFIXES[region])
        candidate = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        number = pn.parse("+" + str(example.country_code) + candidate)
        if pn.is_valid_number(number) and pn.number_type(number) in (
                pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return pn.format_number(number, pn.PhoneNumberFormat.E164)


def written_phone(e164: str, rng: random.Random, styles: list[str]) -> str:
    """The number as someone typed it, in one of ``styles``."""
    import phonenumbers as pn

    number = pn.parse(e164)
    international = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    national = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
    style = rng.choice(styles)
    if style == "international":
        return international
    if style == "e164":
        return e164
    if style == "00":
        return "00" + international[1:]
    if style == "national":
        return national
    if style == "dots":
        return re.sub(r"[\s-]+", ".", national.replace("(", "").replace(")", ""))
    if style == "dashes":
        return re.sub(r"\s+", "-", international)
    if style == "apostrophe":
        return "'" + e164
    if style == "trunk0":  # +44 (0)7700 900123
        code, rest = international.split(" ", 1)
        return f"{code} (0){rest}"
    if style == "packed":
        return re.sub(r"\D", "", national)
    raise ValueError(style)


def number_cell(e164: str, lost: str) -> int:
    """A number typed into a number cell: the leading 0 of the national form, or the +, is lost."""
    import phonenumbers as pn

    if lost == "plus":
        return int(e164[1:])
    return int(re.sub(r"\D", "", pn.format_number(pn.parse(e164), pn.PhoneNumberFormat.NATIONAL)))


def messy_email(email: str, rng: random.Random) -> str:
    return rng.choice([email, email, email.upper(), email + " ", email + ";", " " + email.title()])


def stamp(rng: random.Random, start: dt.datetime) -> dt.datetime:
    return start + dt.timedelta(minutes=rng.randrange(30, 60 * 24 * 3))


def yes_no(rng: random.Random, yes: list[str], no: list[str]) -> tuple[bool, str]:
    pitch = rng.random() < 0.35
    return pitch, rng.choice(yes if pitch else no)
