"""The seventh set of unseen attendee lists: "the next season's inbox" of a Lombard aerospace cluster.

Twelve readable lists, each from another partner cluster and another tool, and two files nobody can
read, each with NAME.truth.json: what a careful coordinator would type into c2c from it. People and
companies come from Faker in the locale of each list's country, phones are numbers phonenumbers
calls valid, written the way people of that country type them. Seeded: the same lists every run
(the bytes of an .xlsx differ only by zip timestamps and, for the encrypted file, its salt).

Run: python -m benchmarks.accuracy7.make_lists
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import phonenumbers
from faker import Faker
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "lists"
SEED = 7_2026
FIELDS = ("first_name", "last_name", "email", "phone", "company", "role", "country", "pitch", "bus_stop")
LOMBARDY = "Lombardia Aerospace Cluster"

# Realistic leading digits of national significant numbers; the rest is drawn and checked by phonenumbers.
MOBILE_PREFIXES = {
    "IT": ["320", "328", "333", "338", "340", "347", "348", "349", "366", "377", "389", "393"],
    "FR": ["6", "7"], "CH": ["76", "77", "78", "79"],
    "DE": ["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"],
    "PL": ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"],
    "CZ": ["60", "72", "73", "77"], "SK": ["90", "91", "94", "95"],
    "GB": ["74", "75", "77", "78", "79"], "CA": ["514", "438", "450", "418", "819"],
    "ES": ["6", "7"], "PT": ["91", "92", "93", "96"], "AT": ["650", "660", "664", "676", "680", "699"],
    "SE": ["70", "72", "73", "76", "79"], "JP": ["70", "80", "90"],
}
LANDLINE_PREFIXES = {"DE": ["711"], "GB": ["121"], "CA": ["514"], "ES": ["954"], "IT": ["11"]}


def fold(text: str) -> str:
    """An e-mail's local part as people make it from a name: ASCII, lower case, no spaces."""
    text = text.lower().translate(str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "đ": "d", "'": "", "’": ""}))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9.-]", "", text.replace(" ", ""))


class Phone:
    def __init__(self, number: phonenumbers.PhoneNumber) -> None:
        self.number = number
        self.e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        self.nsn = phonenumbers.national_significant_number(number)
        self.cc = str(number.country_code)

    def national(self) -> str:
        return phonenumbers.format_number(self.number, phonenumbers.PhoneNumberFormat.NATIONAL)

    def international(self) -> str:
        return phonenumbers.format_number(self.number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone(rng: random.Random, region: str, landline: bool = False) -> Phone:
    prefixes = (LANDLINE_PREFIXES if landline else MOBILE_PREFIXES)[region]
    wanted = ({phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
              if landline else {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
    example = phonenumbers.example_number_for_type(
        region, phonenumbers.PhoneNumberType.FIXED_LINE if landline else phonenumbers.PhoneNumberType.MOBILE)
    length = len(phonenumbers.national_significant_number(example))
    for _ in range(10_000):
        prefix = rng.choice(prefixes)
        digits = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region == "CA" and digits[3] in "01":
            continue
        parsed = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region \
                and phonenumbers.number_type(parsed) in wanted:
            return Phone(parsed)
    raise RuntimeError(f"no valid number drawn for {region}")


def groups(digits: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    if i < len(digits):
        out[-1] += digits[i:]
    return sep.join(part for part in out if part)


class Maker:
    """People and companies of one list, from Faker in the list's locale."""

    def __init__(self, name: str, locale: str | list[str]) -> None:
        seed = SEED + sum(map(ord, name))
        self.rng = random.Random(seed)
        self.fake = Faker(locale)
        self.fake.seed_instance(seed)
        self.names: set[str] = set()
        self.emails: set[str] = set()

    def person_name(self, locale: str | None = None, simple_surname: bool = False, female: bool | None = None,
                    ) -> tuple[str, str]:
        fake = self.fake[locale] if locale else self.fake
        for _ in range(1000):
            woman = self.rng.random() < 0.45 if female is None else female
            self.woman = woman
            first = fake.first_name_female() if woman else fake.first_name_male()
            gendered = "last_name_female" if woman else "last_name_male"
            last = getattr(fake, gendered)() if hasattr(fake, gendered) else fake.last_name()
            if simple_surname and not re.fullmatch(r"[^\W\d_]{3,}(-[^\W\d_]{3,})?", last):
                continue  # a surname in capitals with a particle or apostrophe: its case could not be known
            if " " in first and simple_surname:
                continue
            if f"{first} {last}" not in self.names:
                self.names.add(f"{first} {last}")
                return first, last
        raise RuntimeError("no new name")

    def email(self, first: str, last: str, domain: str) -> str:
        f, s_ = fold(first.split()[0]), fold(last.split()[0])
        styles = [f"{f}.{s_}", f"{f[0]}.{s_}", f"{f[0]}{s_}", f"{f}", f"{s_}", f"{f}.{s_}"]
        for style in styles[self.rng.randrange(len(styles)):] + styles:
            address = f"{style}@{domain}"
            if address not in self.emails:
                self.emails.add(address)
                return address
        raise RuntimeError("no new address")

    def company(self, tld: str, locale: str | None = None) -> tuple[str, str]:
        fake = self.fake[locale] if locale else self.fake
        for _ in range(100):
            name = fake.company()
            if " " not in name.strip():  # Faker's bare surname: firms write their legal form
                name = f"{name} {BARE_SUFFIX[tld]}"
            words = [w for w in re.split(r"[\s,&-]+", name) if re.fullmatch(r"[^\W\d_]{3,}", w)
                     and w.lower() not in LEGAL]
            if not words:
                continue
            domain = "-".join(fold(w) for w in words[:2]) + "." + tld
            if domain not in {d for _, d in getattr(self, "_companies", [])}:
                self.__dict__.setdefault("_companies", []).append((name, domain))
                return name, domain
        raise RuntimeError("no new company")

    def given_name(self, locale: str | None = None) -> str:
        """Another given name of the last person's gender, for a hyphenated one (Jean-Philippe)."""
        fake = self.fake[locale] if locale else self.fake
        return fake.first_name_female() if self.woman else fake.first_name_male()

    def pick(self, items):  # noqa: ANN001, ANN201
        return items[self.rng.randrange(len(items))]


BARE_SUFFIX = {"fr": "SAS", "ch": "SA", "de": "GmbH", "pl": "Sp. z o.o.", "cz": "s.r.o.", "co.uk": "Ltd",
               "ca": "inc.", "es": "S.L.", "at": "GmbH", "se": "AB", "it": "S.r.l."}
LEGAL = {"sa", "sas", "sarl", "ag", "gmbh", "kg", "kgaa", "co", "ltd", "inc", "plc", "ab", "hb", "spa", "srl",
         "s.r.l", "s.r.o", "v.o.s", "o.s", "sp", "z", "o.o", "s.c", "sp.j", "e.v", "sàrl", "s.a", "s.l", "s.coop",
         "gesbr", "og", "e.u", "i", "syn", "und", "et", "y", "and", "partner", "group", "fils", "hnos", "sons",
         "kb", "oy", "s.a.s", "snc", "s.n.c", "sapa", "s.p.a"}


def person(first: str, last: str, email: str | None, ph: Phone | None, company: str, role: str | None,
           country: str, pitch: bool = False, bus_stop: str | None = None) -> dict[str, object]:
    return {"first_name": first, "last_name": last, "email": email, "phone": ph.e164 if ph else None,
            "company": company, "role": role, "country": country, "pitch": pitch, "bus_stop": bus_stop}


def write_truth(name: str, mission: dict[str, str], people: list[dict[str, object]] | None,
                refuse: bool = False) -> None:
    truth = {"mission": mission, "refuse": refuse, "people": people or []}
    (OUT / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_csv(path: Path, rows: list[list[object]], delimiter: str = ",", encoding: str = "utf-8",
              bom: bool = False, newline: str = "\r\n") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def fixed_properties(wb: Workbook, creator: str) -> None:
    stamp = dt.datetime(2026, 2, 16, 9, 0, 0)
    wb.properties.creator = creator
    wb.properties.created = stamp
    wb.properties.modified = stamp


# --------------------------------------------------------------------------------------------------
# 1. Google Sheets, downloaded as .xlsx: numbers that lost their 0, e-mails as links, check boxes.

def gsheets_fr_occitanie() -> None:
    name = "gsheets_fr_occitanie"
    m = Maker(name, ["fr_FR", "es_ES"])
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "FR", "guest_cluster": "Aerospace Valley",
               "city": "Milano", "date": "2026-03-18"}
    roles = ["Directeur commercial", "Responsable achats", "Ingénieur d'affaires", "PDG", "Chargée de mission export",
             "Responsable qualité", "Directeur technique", "Business developer"]
    wb = Workbook()
    fixed_properties(wb, "Google Sheets")
    ws = wb.active
    ws.title = "Inscrits"
    ws.append(["Prénom", "NOM", "Société", "Fonction", "E-mail", "Portable", "Pays", "Pitch ?"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    people = []
    for _ in range(6):
        company, domain = m.company("fr", "fr_FR")
        for i in range(m.rng.randint(1, 3)):
            spanish = len(people) == 7
            first, last = m.person_name("es_ES" if spanish else "fr_FR", simple_surname=True)
            email = m.email(first, last, domain)
            ph = phone(m.rng, "ES" if spanish else "FR") if m.rng.random() > 0.1 else None
            style = m.rng.random()
            if ph is None:
                shown: object = None
            elif spanish:
                shown = "+34 " + groups(ph.nsn, [3, 2, 2, 2])
            elif style < 0.55:
                shown = int(ph.nsn)  # typed 0612345678, kept by Sheets as the number 612345678
            elif style < 0.85:
                shown = "0" + groups(ph.nsn, [1, 2, 2, 2, 2])
            else:
                shown = "+33 " + groups(ph.nsn, [1, 2, 2, 2, 2])
            role = m.pick(roles)
            pitch = i == 0 and m.rng.random() < 0.6
            ws.append([first, last.upper(), company, role, email, shown, "Espagne" if spanish else "France", pitch])
            row = ws.max_row
            ws.cell(row, 5).hyperlink = f"mailto:{email}"
            ws.cell(row, 5).style = "Hyperlink"
            if isinstance(shown, int):
                ws.cell(row, 6).number_format = "0"
            people.append(person(first, last, email, ph, company, role, "ES" if spanish else "FR", pitch))
    ws.cell(3, 4).comment = Comment("à confirmer avec sa direction", "Aerospace Valley")
    for col, width in zip("ABCDEFGH", (14, 16, 28, 26, 32, 16, 10, 9), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(OUT / f"{name}.xlsx")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 2. Apple Numbers, exported to CSV: bilingual Swiss headers, flags for countries, ✓/✗.

def numbers_ch_romandie() -> None:
    name = "numbers_ch_romandie"
    m = Maker(name, ["fr_CH", "de_CH", "fr_FR"])
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "CH", "guest_cluster": "Swiss Precision Cluster",
               "city": "Varese", "date": "2026-04-22"}
    roles = {"fr_CH": ["Directeur", "Responsable des ventes", "Ingénieure R&D", "Chef de projet", "Acheteur"],
             "de_CH": ["Geschäftsführer", "Leiter Verkauf", "Projektleiterin", "Einkauf", "CTO"]}
    rows: list[list[object]] = [["Prénom / Vorname", "Nom / Nachname", "Entreprise / Firma", "Fonction / Funktion",
                                 "E-mail", "Téléphone / Telefon", "Pays / Land", "Pitch"]]
    people = []
    for k in range(6):
        loc = "fr_CH" if k % 2 == 0 else "de_CH"
        company, domain = m.company("ch", loc)
        for i in range(m.rng.randint(1, 3)):
            frontalier = len(people) == 5
            first, last = m.person_name("fr_FR" if frontalier else loc)
            if m.rng.random() < 0.2 and not frontalier:
                second = m.given_name(loc)
                if " " not in second and "-" not in second and "-" not in first and second != first:
                    m.names.discard(f"{first} {last}")
                    first = f"{first}-{second}"
                    m.names.add(f"{first} {last}")
            email = m.email(first, last, domain)
            ph = phone(m.rng, "FR" if frontalier else "CH")
            if frontalier:
                shown = "+33 " + groups(ph.nsn, [1, 2, 2, 2, 2])
                country_cell, country = "🇫🇷", "FR"
            else:
                shown = m.pick(["+41 (0)" + groups(ph.nsn, [2, 3, 2, 2]), "0" + groups(ph.nsn, [2, 3, 2, 2]),
                                "0041 " + groups(ph.nsn, [2, 3, 2, 2]), "+41 " + groups(ph.nsn, [2, 3, 2, 2])])
                country_cell, country = m.pick(["Suisse", "Schweiz", "🇨🇭", "🇨🇭", "CH"]), "CH"
            pitch = i == 0 and m.rng.random() < 0.6
            mark = "✓" if pitch else m.pick(["✗", "✗", ""])
            role = m.pick(roles[loc])
            rows.append([first, last, company, role, email, shown, country_cell, mark])
            people.append(person(first, last, email, ph, company, role, country, pitch))
    write_csv(OUT / f"{name}.csv", rows, newline="\n")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 3. Microsoft Forms, exported to Excel: the account columns, titles in the name, a sent-twice answer.

def msforms_de_bw() -> None:
    name = "msforms_de_bw"
    m = Maker(name, "de_DE")
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "DE",
               "guest_cluster": "Cluster Mechatronik Baden-Württemberg", "city": "Milano", "date": "2026-05-06"}
    roles = ["Geschäftsführer", "Vertriebsleiterin", "Leiter Einkauf", "Key Account Manager", "Technischer Leiter",
             "Inhaber", "Business Development"]
    stops = ["Milano Centrale (Piazza Duca d'Aosta)", "Hotel Meliá Milano, Via Masaccio"]
    own_way = "Ich komme selbst zum Veranstaltungsort"
    titles = ["Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr.-Ing."]
    wb = Workbook()
    fixed_properties(wb, "Microsoft Forms")
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Zeitpunkt der letzten Änderung",
               "Vorname", "Nachname", "Ihre E-Mail-Adresse", "Mobilnummer (für Rückfragen am Reisetag)",
               "Unternehmen", "Funktion im Unternehmen",
               "Möchten Sie Ihr Unternehmen in einem Kurzpitch (3 Min.) vorstellen?", "Wo steigen Sie in den Bus ein?"])
    people, answers = [], []
    start = dt.datetime(2026, 3, 2, 8, 30)
    for _ in range(6):
        company, domain = m.company("de")
        for i in range(m.rng.randint(1, 3)):
            first, last = m.person_name()
            email = m.email(first, last, domain)
            landline = m.rng.random() < 0.12
            ph = phone(m.rng, "DE", landline=landline)
            if landline:
                shown = f"0{ph.nsn[:3]} {ph.nsn[3:]}, Durchwahl {m.rng.randint(10, 99)}"
            else:
                n = ph.nsn
                shown = m.pick([f"0{n[:3]} {n[3:]}", f"+49 {n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}",
                                f"+49 (0){n[:3]} {n[3:]}", f"0{n[:4]}-{n[4:]}", f"0049 {n[:3]} {n[3:]}"])
            first_cell = f"{m.pick(titles)} {first}" if m.rng.random() < 0.2 else first
            pitch = i == 0 and m.rng.random() < 0.55
            answer = "Ja" if pitch else "Nein"
            if pitch and m.rng.random() < 0.4:
                answer = "Ja, gerne"
            stop = m.pick(stops + [own_way])
            role = m.pick(roles)
            answers.append([first_cell, last, email, shown, company, role, answer, stop])
            people.append(person(first, last, email, ph, company, role, "DE", pitch,
                                 None if stop == own_way else stop))
    answers.insert(m.rng.randint(3, len(answers) - 1), answers[2])  # submitted twice, the same answers
    for k, answer in enumerate(answers, start=1):
        begun = start + dt.timedelta(hours=7 * k, minutes=m.rng.randint(0, 50))
        done = begun + dt.timedelta(minutes=m.rng.randint(2, 9), seconds=m.rng.randint(0, 59))
        ws.append([k, begun, done, "anonymous", None, None, *answer])
        for col in (2, 3):
            ws.cell(ws.max_row, col).number_format = "m/d/yy h:mm:ss"
    wb.save(OUT / f"{name}.xlsx")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 4. Airtable CSV: a primary "Name" field, a linked record, attachments, a checkbox as "checked".

def airtable_pl_rzeszow() -> None:
    name = "airtable_pl_rzeszow"
    m = Maker(name, "pl_PL")
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "PL",
               "guest_cluster": "Stowarzyszenie Grupy Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza",
               "city": "Milano", "date": "2026-06-10"}
    roles = ["Prezes Zarządu", "Dyrektor handlowy", "Kierownik ds. jakości", "Specjalista ds. eksportu",
             "Inżynier procesu", "Kierownik zakupów", "Właściciel"]
    stops = ["Milano Centrale", "Hotel NH Milano Congress Centre", "Aeroporto di Linate"]
    rows: list[list[object]] = [["Name", "Firma", "Stanowisko", "E-mail", "Telefon", "Kraj", "Pitch",
                                 "Przystanek autobusowy", "Logo", "Utworzono"]]
    people = []
    for _ in range(6):
        company, domain = m.company("pl")
        for i in range(m.rng.randint(1, 3)):
            first, last = m.person_name()
            email = m.email(first, last, domain)
            ph = phone(m.rng, "PL")
            n = ph.nsn
            shown = m.pick([f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}",
                            f"+48{n}", f"(+48) {n[:3]} {n[3:6]} {n[6:]}"])
            pitch = i == 0 and m.rng.random() < 0.6
            stop = m.pick(stops)
            role = m.pick(roles)
            logo = f"logo_{fold(company.split()[0])}.png (https://v5.airtableusercontent.com/v3/u/{m.rng.randrange(10**8)})" \
                if i == 0 else ""
            made = dt.datetime(2026, 3, 1) + dt.timedelta(minutes=m.rng.randint(0, 20000))
            created = f"{made.month}/{made.day}/{made.year} {made.strftime('%I:%M%p').lstrip('0').lower()}"
            rows.append([f"{first} {last}", company, role, email, shown, "Polska", "checked" if pitch else "", stop,
                         logo, created])
            people.append(person(first, last, email, ph, company, role, "PL", pitch, stop))
    write_csv(OUT / f"{name}.csv", rows, bom=True)
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 5. Notion database exported to CSV: titles around names, two addresses in a cell, Yes/No checkbox.

def notion_cz_ostrava() -> None:
    name = "notion_cz_ostrava"
    m = Maker(name, ["cs_CZ", "sk_SK"])
    mission = {"host": "CZ", "host_cluster": "Moravskoslezský strojírenský klastr", "guest": "IT",
               "guest_cluster": LOMBARDY, "city": "Ostrava", "date": "2026-09-15"}
    roles = ["jednatel", "obchodní ředitel", "vedoucí nákupu", "manažerka kvality", "technický ředitel",
             "projektový manažer"]
    before = ["Ing.", "Mgr.", "Ing.", "doc. Ing.", "Bc."]
    after = [", Ph.D.", ", CSc.", ", MBA"]
    rows: list[list[object]] = [["Jméno", "Firma", "Pozice", "E-mail", "Telefon", "Země", "Prezentace firmy",
                                 "Štítky", "Vytvořeno"]]
    people = []
    for _ in range(6):
        company, domain = m.company("cz", "cs_CZ")
        for i in range(m.rng.randint(1, 3)):
            slovak = len(people) in (4, 9)
            first, last = m.person_name("sk_SK" if slovak else "cs_CZ")
            email = m.email(first, last, domain)
            cell_email = email
            if m.rng.random() < 0.2:
                cell_email = f"{email}, {m.pick(['obchod', 'info', 'sekretariat'])}@{domain}"
            ph = phone(m.rng, "SK" if slovak else "CZ")
            n = ph.nsn
            if slovak:
                shown = f"0{n[:3]} {n[3:6]} {n[6:]}"
                land = "Slovensko"
            else:
                shown = m.pick([f"+420 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n,
                                f"00420 {n[:3]} {n[3:6]} {n[6:]}"])
                land = m.pick(["Česko", "ČR", "Česká republika", "Česko"])
            full = f"{first} {last}"
            if m.rng.random() < 0.45:
                full = f"{m.pick(before)} {full}"
                if m.rng.random() < 0.3:
                    full += m.pick(after)
            pitch = i == 0 and m.rng.random() < 0.6
            role = m.pick(roles)
            tags = ", ".join(t for t in (m.pick(["VIP", ""]), m.pick(["Autobus", "Vlastní doprava"])) if t)
            made = dt.datetime(2026, 5, 4) + dt.timedelta(minutes=m.rng.randint(0, 40000))
            rows.append([full, company, role, cell_email, shown, land, "Yes" if pitch else "No", tags,
                         made.strftime("%B %-d, %Y %-I:%M %p")])
            people.append(person(first, last, email, ph, company, role, "SK" if slovak else "CZ", pitch))
    write_csv(OUT / f"{name}.csv", rows, bom=True)
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 6. Eventbrite attendee report: orders and ticket columns, refunded attendees, Mc/Mac/O' names.

def eventbrite_gb_midlands() -> None:
    name = "eventbrite_gb_midlands"
    m = Maker(name, "en_GB")
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "GB", "guest_cluster": "Midlands Aerospace Alliance",
               "city": "Milano", "date": "2026-10-07"}
    roles = ["Managing Director", "Head of Sales", "Business Development Manager", "Quality Engineer",
             "Operations Director", "Procurement Lead", "CEO"]
    gaelic = ["O'Connor", "McAllister", "MacLeod", "O'Neill", "McKenzie"]
    stops = ["Milano Malpensa T1 (Arrivals, Door 6)", "Hotel Principe di Savoia"]
    rows: list[list[object]] = [["Order #", "Order Date", "Prefix", "First Name", "Surname", "Email", "Quantity",
                                 "Ticket Type", "Attendee #", "Group", "Attendee Status", "Job Title", "Company",
                                 "Mobile Phone", "Would you like to pitch your company (3 min)?",
                                 "Where will you join the coach?"]]
    people = []
    order = 4_812_000_000 + m.rng.randrange(10**6)
    attendee = 5_900_000_000 + m.rng.randrange(10**6)
    for _ in range(7):
        company, domain = m.company("co.uk")
        size = m.rng.randint(1, 3)
        order += m.rng.randint(1, 9999)
        date = dt.datetime(2026, 6, 1) + dt.timedelta(minutes=m.rng.randint(0, 60000))
        for i in range(size):
            first, last = m.person_name()
            if gaelic and m.rng.random() < 0.3:
                last = gaelic.pop(0)
            email = m.email(first, last, domain)
            landline = m.rng.random() < 0.12
            ph = phone(m.rng, "GB", landline=landline)
            n = ph.nsn
            if landline:
                shown = f"0{n[:3]} {n[3:6]} {n[6:]} ext. {m.rng.randint(100, 399)}"
            else:
                shown = m.pick([f"0{n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:7]} {n[7:]}", f"+44 {n[:4]} {n[4:]}",
                                f"0{n[:4]}-{n[4:7]}-{n[7:]}", f"0{n}"])
            cancelled = len(people) in (3, 11) and i > 0
            pitch = i == 0 and m.rng.random() < 0.55
            answer = "Yes - in person" if pitch else m.pick(["No thanks", "No thanks", ""])
            stop = m.pick(stops)
            role = m.pick(roles)
            attendee += m.rng.randint(1, 30)
            rows.append([order, date.strftime("%Y-%m-%d %H:%M:%S"), m.pick(["", "", "Dr"]), first,
                         last, email, 1, "Delegate – business mission", attendee, "",
                         "Not Attending" if cancelled else "Attending", role, company, shown, answer, stop])
            if cancelled:
                m.emails.discard(email)
                continue
            people.append(person(first, last, email, ph, company, role, "GB", pitch, stop))
    write_csv(OUT / f"{name}.csv", rows)
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 7. A Salesforce report exported to Excel: the report's header block and its footer.

def salesforce_ca_quebec() -> None:
    name = "salesforce_ca_quebec"
    m = Maker(name, "fr_CA")
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "CA", "guest_cluster": "Aéro Montréal",
               "city": "Milano", "date": "2026-11-04"}
    roles = ["Président", "Directrice des ventes", "Directeur des opérations", "Ingénieur principal",
             "Conseillère en développement des affaires", "Vice-président, ingénierie"]
    wb = Workbook()
    fixed_properties(wb, "salesforce.com")
    ws = wb.active
    ws.title = "Rapport"
    sender = " ".join(m.person_name())
    ws.append(["Mission Lombardie 2026 – Participants confirmés"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["Aéro Montréal"])
    ws.append(["Filtré par : Campagne égal à Mission Lombardie 2026 ET Statut du membre égal à Confirmé"])
    ws.append([f"Généré par : {sender}, 2026-09-12 10:41"])
    ws.append([])
    ws.append(["Nom du compte", "Prénom", "Nom", "Titre", "Courriel", "Téléphone", "Pays (adresse postale)"])
    for cell in ws[6]:
        cell.font = Font(bold=True)
    people = []
    for _ in range(6):
        company, domain = m.company("ca")
        for _ in range(m.rng.randint(1, 3)):
            first, last = m.person_name()
            if m.rng.random() < 0.3 and "-" not in first:
                second = m.given_name()
                if " " not in second and "-" not in second and second != first:
                    m.names.discard(f"{first} {last}")
                    first = f"{first}-{second}"
                    m.names.add(f"{first} {last}")
            email = m.email(first, last, domain)
            landline = m.rng.random() < 0.2
            ph = phone(m.rng, "CA", landline=landline)
            n = ph.nsn
            if landline:
                shown = f"{n[:3]} {n[3:6]}-{n[6:]} poste {m.rng.randint(100, 450)}"
            else:
                shown = m.pick([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+1 {n[:3]} {n[3:6]} {n[6:]}",
                                f"{n[:3]}.{n[3:6]}.{n[6:]}", f"1-{n[:3]}-{n[3:6]}-{n[6:]}"])
            role = m.pick(roles)
            ws.append([company, first, last, role, email, shown, "Canada"])
            people.append(person(first, last, email, ph, company, role, "CA"))
    ws.append([])
    ws.append([f"Total ({len(people)} enregistrements)"])
    ws.append([])
    ws.append(["Confidentiel – Ne pas distribuer"])
    ws.append(["Copyright (c) 2000-2026 salesforce.com, inc. Tous droits réservés."])
    for col, width in zip("ABCDEFG", (30, 16, 18, 34, 34, 24, 14), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(OUT / f"{name}.xlsx")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 8. HubSpot contacts export: two surnames in Last Name, a contact owner, a custom yes/no property.

def hubspot_es_andalucia() -> None:
    name = "hubspot_es_andalucia"
    m = Maker(name, ["es_ES", "pt_PT"])
    mission = {"host": "ES", "host_cluster": "Andalucía Aerospace Cluster", "guest": "IT", "guest_cluster": LOMBARDY,
               "city": "Sevilla", "date": "2026-06-24"}
    roles = ["Director general", "Directora comercial", "Responsable de compras", "Ingeniero de procesos",
             "Gerente", "Responsable de calidad"]
    rows: list[list[object]] = [["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name",
                                 "Job Title", "Country/Region", "Contact owner", "Create Date", "Lifecycle Stage",
                                 "¿Presentará su empresa en la sesión de pitch (3 min)?"]]
    owners = [" ".join(m.person_name()) for _ in range(2)]
    people = []
    record = 81_000_000_000 + m.rng.randrange(10**9)
    for _ in range(6):
        company, domain = m.company("es", "es_ES")
        for i in range(m.rng.randint(1, 3)):
            portuguese = len(people) == 6
            loc = "pt_PT" if portuguese else "es_ES"
            first, last = m.person_name(loc)
            second = m.fake[loc].last_name()
            if second != last and " " not in last:
                last = f"{last} {second}"
            email = m.email(first, last, domain)
            landline = not portuguese and m.rng.random() < 0.15
            ph = phone(m.rng, "PT" if portuguese else "ES", landline=landline)
            n = ph.nsn
            if portuguese:
                shown = f"+351 {n[:3]} {n[3:6]} {n[6:]}"
            else:
                shown = m.pick([f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"{n[:3]} {n[3:6]} {n[6:]}", f"+34{n}",
                                f"(+34) {n[:3]} {n[3:6]} {n[6:]}"])
            pitch = i == 0 and m.rng.random() < 0.6
            role = m.pick(roles)
            record += m.rng.randint(1, 5000)
            made = dt.datetime(2026, 2, 1) + dt.timedelta(minutes=m.rng.randint(0, 60000))
            rows.append([record, first, last, email, shown, company, role, "Portugal" if portuguese else "Spain",
                         m.pick(owners), made.strftime("%Y-%m-%d %H:%M"), m.pick(["Lead", "Customer", "Other"]),
                         "Sí" if pitch else m.pick(["No", "No", ""])])
            people.append(person(first, last, email, ph, company, role, "PT" if portuguese else "ES", pitch))
    write_csv(OUT / f"{name}.csv", rows)
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 9. Excel "CSV (Trennzeichen-getrennt)" of an Austrian list: cp1252, ';', a title line, a "Titel"
#    column of academic titles, phones that Excel shows (and so saves) as 4,36641E+11.

def excel_csv_at_steiermark() -> None:
    name = "excel_csv_at_steiermark"
    m = Maker(name, ["de_AT", "de_DE"])
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "AT", "guest_cluster": "Steirischer Aerospace Cluster",
               "city": "Bergamo", "date": "2026-05-20"}
    roles = ["Geschäftsführer", "Prokuristin", "Vertrieb", "Leiter Qualitätsmanagement", "Einkauf", "Technik"]
    stops = ["Graz Hauptbahnhof", "Flughafen Graz", "Leoben, Bahnhof"]
    header = ["Anrede", "Titel", "Vorname", "Nachname", "Firma", "Funktion", "E-Mail", "Telefon", "Land", "Pitch",
              "Zustieg"]
    rows: list[list[object]] = [["Teilnehmerliste – Delegationsreise Lombardei 2026"] + [""] * (len(header) - 1),
                                [""] * len(header), header]
    people = []
    lost = 0
    for _ in range(6):
        company, domain = m.company("at", "de_AT")
        for i in range(m.rng.randint(1, 3)):
            german = len(people) == 8
            woman = m.rng.random() < 0.4
            first, last = m.person_name("de_DE" if german else "de_AT", female=woman)
            email = m.email(first, last, domain)
            ph = phone(m.rng, "DE" if german else "AT")
            n = ph.nsn
            written: Phone | None = ph
            if german:
                shown = f"+49 {n[:3]} {n[3:]}"
            elif lost < 2 and len(people) in (2, 6):
                shown = f"{int(ph.cc + n):.5E}".replace("E+", "E+").replace(".", ",")
                shown = re.sub(r"0+E", "E", shown)  # Excel's General format: 4,36641E+11
                written, lost = None, lost + 1  # the digits are gone: no careful reader knows the number
            else:
                shown = m.pick([f"+43 {n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}", f"0{n[:3]} {n[3:]}",
                                f"+43 (0){n[:3]} {n[3:]}"])
            pitch = i == 0 and m.rng.random() < 0.6
            stop = m.pick(stops)
            role = m.pick(roles)
            title = m.pick(["Mag.", "DI", "Ing.", "Dr.", "", "", "", ""])
            rows.append(["Frau" if woman else "Herr", title, first, last, company, role, email, shown,
                         "Deutschland" if german else "Österreich", "x" if pitch else "", stop])
            people.append(person(first, last, email, written, company, role, "DE" if german else "AT", pitch, stop))
    write_csv(OUT / f"{name}.csv", rows, delimiter=";", encoding="cp1252")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 10. Pasted from an e-mail thread into an Excel Table: "Name <address>" in one column.

def outlook_paste_se_vast() -> None:
    name = "outlook_paste_se_vast"
    m = Maker(name, "sv_SE")
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "SE", "guest_cluster": "Västsvenska Flygklustret",
               "city": "Milano", "date": "2026-09-30"}
    roles = ["VD", "Försäljningschef", "Inköpsansvarig", "Kvalitetschef", "Projektledare", "Affärsutvecklare"]
    wb = Workbook()
    fixed_properties(wb, "Microsoft Excel")
    ws = wb.active
    ws.title = "Deltagare"
    ws.append(["Anmälda till Milano 30/9 (kopierat från mejltråden)"])
    ws.append([])
    ws.append(["Deltagare", "Företag", "Befattning", "Mobil", "Pitch"])
    people = []
    for _ in range(6):
        company, domain = m.company("se")
        for i in range(m.rng.randint(1, 3)):
            first, last = m.person_name()
            email = m.email(first, last, domain)
            mail_cell = f"\"{last}, {first}\" <{email}>" if m.rng.random() < 0.4 else f"{first} {last} <{email}>"
            ph = phone(m.rng, "SE")
            n = ph.nsn
            shown = m.pick([f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
                            f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"0046 {n[:2]} {n[2:]}"])
            pitch = i == 0 and m.rng.random() < 0.6
            role = m.pick(roles)
            ws.append([mail_cell, company, role, shown, "Ja" if pitch else "Nej"])
            people.append(person(first, last, email, ph, company, role, "SE", pitch))
    last_row = ws.max_row
    table = Table(displayName="Deltagare", ref=f"A3:E{last_row}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A4"
    yes_no = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(yes_no)
    yes_no.add(f"E4:E{last_row}")
    for col, width in zip("ABCDE", (52, 28, 22, 20, 8), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(OUT / f"{name}.xlsx")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 11. LibreOffice, one row per company with "Partecipante 1 / Partecipante 2" groups, e-mails as
#     HYPERLINK formulas and a COUNTA total, saved by LibreOffice so that cached values exist.

def libreoffice_it_piemonte() -> None:
    name = "libreoffice_it_piemonte"
    m = Maker(name, "it_IT")
    mission = {"host": "FR", "host_cluster": "Aerospace Valley", "guest": "IT",
               "guest_cluster": "Distretto Aerospaziale Piemonte", "city": "Toulouse", "date": "2026-10-21"}
    roles = ["Amministratore delegato", "Responsabile commerciale", "Ufficio acquisti", "Direttore tecnico",
             "Export manager", "Responsabile qualità", "Titolare"]
    wb = Workbook()
    fixed_properties(wb, "LibreOffice")
    ws = wb.active
    ws.title = "Adesioni"
    ws.append(["Missione Cluster2Cluster Tolosa – adesioni aziende piemontesi"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["N.", "Azienda", "Partecipante 1", None, None, None, "Partecipante 2", None, None, None])
    ws.append([None, None, "Nome e cognome", "Ruolo", "E-mail", "Cellulare", "Nome e cognome", "Ruolo", "E-mail",
               "Cellulare"])
    ws.merge_cells("C3:F3")
    ws.merge_cells("G3:J3")
    for cell in (*ws[3], *ws[4]):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    people = []
    first_row = 5
    for k in range(7):
        company, domain = m.company("it")
        row: list[object] = [f"=ROW()-{first_row - 1}", company]
        for _ in range(1 if k in (2, 5) else 2):
            capitals = m.rng.random() < 0.25
            first, last = m.person_name(simple_surname=capitals)
            email = m.email(first, last, domain)
            ph = phone(m.rng, "IT")
            n = ph.nsn
            shown: object = m.pick([int(n), int(n), f"{n[:3]} {n[3:]}", f"+39 {n[:3]} {n[3:6]} {n[6:]}",
                                    f"{n[:3]}.{n[3:]}"])
            role = m.pick(roles)
            full = f"{last.upper()} {first}" if capitals else f"{first} {last}"
            row += [full, role, f'=HYPERLINK("mailto:{email}","{email}")', shown]
            people.append(person(first, last, email, ph, company, role, "IT"))
        ws.append(row)
    last = ws.max_row
    ws.append([])
    ws.append([None, "Totale partecipanti", f"=COUNTA(C{first_row}:C{last})+COUNTA(G{first_row}:G{last})"])
    for col, width in zip("ABCDEFGHIJ", (5, 30, 22, 22, 30, 16, 22, 22, 30, 16), strict=True):
        ws.column_dimensions[col].width = width
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft" / f"{name}.xlsx"
        draft.parent.mkdir()
        wb.save(draft)
        soffice = shutil.which("soffice")
        if soffice is None:
            raise SystemExit("soffice is needed to save the Piedmont list with cached formula values")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, str(draft)],
                       check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(tmp) / f"{name}.xlsx", OUT / f"{name}.xlsx")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# 12. An incoming delegation's roster from Japan: FAMILY Given names, company and title on two lines
#     of one cell, a sheet per day (a person on both is one person), a notes sheet.

def roster_jp_chubu() -> None:
    name = "roster_jp_chubu"
    m = Maker(name, "ja_JP")
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "JP", "guest_cluster": "Chubu Aerospace Cluster",
               "city": "Milano", "date": "2026-11-18"}
    kinds = ["Seiki Co., Ltd.", "Kogyo Co., Ltd.", "Precision Industries Co., Ltd.", "Aero Parts Inc.",
             "Heavy Industries, Ltd."]
    roles = ["President", "General Manager, Sales Department", "Manager, Overseas Business", "Chief Engineer",
             "Director", "Section Chief, Procurement"]
    people, lines = [], []
    used: set[str] = set()
    for _ in range(6):
        for _ in range(100):
            family = m.fake.last_romanized_name()
            if family not in used:
                used.add(family)
                break
        company = f"{family} {m.pick(kinds)}"
        domain = f"{fold(family)}-{m.pick(['seiki', 'kogyo', 'aero', 'tec'])}.co.jp"
        for i in range(m.rng.randint(1, 3)):
            for _ in range(100):
                given, surname = m.fake.first_romanized_name(), m.fake.last_romanized_name()
                if f"{given} {surname}" not in m.names:
                    m.names.add(f"{given} {surname}")
                    break
            email = m.email(given, surname, domain)
            ph = phone(m.rng, "JP")
            n = ph.nsn
            shown = m.pick([f"+81 {n[:2]}-{n[2:6]}-{n[6:]}", f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"+81-{n[:2]}-{n[2:6]}-{n[6:]}"])
            role = m.pick(roles)
            pitch = i == 0 and m.rng.random() < 0.7
            lines.append((f"{surname.upper()} {given}", f"{company}\n{role}", email, shown, pitch))
            people.append(person(given, surname, email, ph, company, role, "JP", pitch))
    wb = Workbook()
    fixed_properties(wb, "Chubu Aerospace Cluster")
    day1 = wb.active
    day1.title = "Day1_Milano"
    day2 = wb.create_sheet("Day2_Varese")
    notes = wb.create_sheet("Notes")
    late = lines.pop()  # joins on the second day only
    late_person = people[-1]
    late_person["pitch"] = False
    day1.append(["No.", "Name", "Organization / Title", "E-mail", "Mobile", "Pitch (○ = yes)"])
    for k, (full, org, email, shown, pitch) in enumerate(lines, start=1):
        day1.append([k, full, org, email, shown, "○" if pitch else ""])
    day2.append(["No.", "Name", "Organization / Title", "E-mail", "Mobile", "Site visit"])
    second = [line for line in lines if m.rng.random() < 0.5] + [late]
    for k, (full, org, email, shown, _) in enumerate(second, start=1):
        day2.append([k, full, org, email, shown, m.pick(["Leonardo Helicopters, Vergiate", "Varese Innovation Hub"])])
    for ws in (day1, day2):
        for row in ws.iter_rows(min_row=2):
            row[2].alignment = Alignment(wrap_text=True, vertical="top")
        for col, width in zip("ABCDEF", (5, 24, 40, 34, 20, 16), strict=True):
            ws.column_dimensions[col].width = width
    for text in ["Chubu Aerospace Cluster – Italy mission, November 2026", "",
                 "Names are written FAMILY NAME (capitals) then given name.",
                 "Day 2 is optional; please tell us by 30 October.",
                 "Contact: secretariat, +81 52-000-0000 (office hours JST)"]:
        notes.append([text])
    wb.save(OUT / f"{name}.xlsx")
    write_truth(name, mission, people)


# --------------------------------------------------------------------------------------------------
# Unreadable: a password-protected workbook, and an Apple Numbers package renamed .csv.

def encrypted_gb_speakers() -> None:
    name = "encrypted_gb_speakers"
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "GB", "guest_cluster": "Midlands Aerospace Alliance",
               "city": "Milano", "date": "2026-10-07"}
    m = Maker(name, "en_GB")
    wb = Workbook()
    fixed_properties(wb, "Microsoft Excel")
    ws = wb.active
    ws.append(["First Name", "Surname", "Company", "Email", "Mobile"])
    for _ in range(8):
        first, last = m.person_name()
        company, domain = m.company("co.uk")
        ws.append([first, last, company, m.email(first, last, domain), phone(m.rng, "GB").international()])
    plain = io.BytesIO()
    wb.save(plain)
    plain.seek(0)
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError as missing:  # pragma: no cover - the tool is needed only to write this one file again
        raise SystemExit("pip install msoffcrypto-tool to write the encrypted workbook") from missing
    with (OUT / f"{name}.xlsx").open("wb") as out:
        OOXMLFile(plain).encrypt("Midlands2026!", out)
    write_truth(name, mission, None, refuse=True)


def numbers_package_es_catalunya() -> None:
    name = "numbers_package_es_catalunya"
    mission = {"host": "IT", "host_cluster": LOMBARDY, "guest": "ES", "guest_cluster": "Clúster Aeroespacial de Catalunya",
               "city": "Milano", "date": "2026-04-15"}
    rng = random.Random(SEED + 14)

    def iwa(size: int) -> bytes:  # an IWA chunk: 0x00, a 3-byte length, then Snappy-compressed protobuf
        body = bytes(rng.randrange(256) for _ in range(size))
        return b"\x00" + size.to_bytes(3, "little") + body

    stamp = (2026, 4, 2, 11, 20, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for path, data in [("Index/Document.iwa", iwa(4096)), ("Index/Tables/DataList.iwa", iwa(2048)),
                           ("Index/Tables/Tile.iwa", iwa(3072)), ("Index/ViewState.iwa", iwa(512)),
                           ("Metadata/DocumentIdentifier", b"6E1D0A52-3C7B-4B8E-9D21-4F0B5C9A7E13"),
                           ("Metadata/BuildVersionHistory.plist",
                            b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><array>'
                            b"<string>M14.1-7040.0.73-1</string></array></plist>\n"),
                           ("Metadata/Properties.plist", bytes(rng.randrange(256) for _ in range(300))),
                           ("preview.jpg", b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(1500)))]:
            z.writestr(zipfile.ZipInfo(path, stamp), data)
    (OUT / f"{name}.csv").write_bytes(buffer.getvalue())
    write_truth(name, mission, None, refuse=True)


LISTS = [gsheets_fr_occitanie, numbers_ch_romandie, msforms_de_bw, airtable_pl_rzeszow, notion_cz_ostrava,
         eventbrite_gb_midlands, salesforce_ca_quebec, hubspot_es_andalucia, excel_csv_at_steiermark,
         outlook_paste_se_vast, libreoffice_it_piemonte, roster_jp_chubu, encrypted_gb_speakers,
         numbers_package_es_catalunya]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for make in LISTS:
        make()
        print(make.__name__)


if __name__ == "__main__":
    main()
