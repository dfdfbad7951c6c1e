"""Headers in the other languages of Europe and its neighbours, in the bare, possessive and
question forms forms write; and the columns a tool adds beside the attendee's own (a value's
kind, a CRM's contact owner, the account that filled a form in), which must not be read as theirs."""

from __future__ import annotations

import random

from tests.services.importing.generator import cells

EUROPE_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "tr": {"first_name": ("Adı", "Adınız", "Ad"), "last_name": ("Soyadı", "Soyadınız", "Soyad"),
           "full_name": ("Ad Soyad", "Adınız ve soyadınız"), "company": ("Firma adı", "Şirket", "Firmanız"),
           "role": ("Unvanınız", "Görev", "Pozisyon"), "email": ("E-posta adresiniz nedir?", "E-posta"),
           "phone": ("Cep telefonu", "Telefon numaranız"), "country": ("Ülke", "Ülkeniz"),
           "pitch": ("Firmanızı 3 dakikada tanıtmak ister misiniz?", "Sunum"), "bus_stop": ("Biniş noktası",)},
    "el": {"first_name": ("Όνομα",), "last_name": ("Επώνυμο", "Επίθετο"), "full_name": ("Ονοματεπώνυμο",),
           "company": ("Εταιρεία", "Επωνυμία"), "role": ("Θέση", "Ιδιότητα"), "email": ("Email", "Ηλεκτρονικό ταχυδρομείο"),
           "phone": ("Κινητό τηλέφωνο", "Τηλέφωνο"), "country": ("Χώρα",), "pitch": ("Παρουσίαση εταιρείας;",),
           "bus_stop": ("Σημείο επιβίβασης",)},
    "bg": {"first_name": ("Име",), "last_name": ("Фамилия",), "full_name": ("Име и фамилия",), "company": ("Фирма",),
           "role": ("Длъжност",), "email": ("Имейл", "Ел. поща"), "phone": ("Мобилен телефон", "Телефон"),
           "country": ("Държава",), "pitch": ("Презентация",), "bus_stop": ("Място на качване",)},
    "ru": {"first_name": ("Имя",), "last_name": ("Фамилия",), "full_name": ("ФИО",), "company": ("Компания",),
           "role": ("Должность",), "email": ("Электронная почта",), "phone": ("Мобильный телефон",),
           "country": ("Страна",), "pitch": ("Выступление",), "bus_stop": ("Место посадки",)},
    "uk": {"first_name": ("Ім'я",), "last_name": ("Прізвище",), "full_name": ("ПІБ",), "company": ("Компанія",),
           "role": ("Посада",), "email": ("Електронна пошта",), "phone": ("Мобільний телефон",),
           "country": ("Країна",), "pitch": ("Презентація",), "bus_stop": ("Місце посадки",)},
    "hr": {"first_name": ("Ime",), "last_name": ("Prezime",), "full_name": ("Ime i prezime",),
           "company": ("Tvrtka", "Naziv tvrtke"), "role": ("Radno mjesto", "Funkcija"), "email": ("E-pošta",),
           "phone": ("Mobitel", "Broj telefona"), "country": ("Država",), "pitch": ("Prezentacija",),
           "bus_stop": ("Mjesto ukrcaja",)},
    "sl": {"first_name": ("Ime",), "last_name": ("Priimek",), "full_name": ("Ime in priimek",), "company": ("Podjetje",),
           "role": ("Delovno mesto",), "email": ("E-naslov",), "phone": ("Telefonska številka",), "country": ("Država",),
           "pitch": ("Predstavitev podjetja",), "bus_stop": ("Vstopno mesto",)},
    "sv": {"first_name": ("Förnamn",), "last_name": ("Efternamn",), "full_name": ("Namn", "För- och efternamn"),
           "company": ("Företag",), "role": ("Befattning", "Roll"), "email": ("E-postadress",),
           "phone": ("Mobilnummer",), "country": ("Land",), "pitch": ("Vill du presentera ditt företag?",),
           "bus_stop": ("Var kliver du på bussen?", "Påstigning")},
    "da": {"first_name": ("Fornavn", "Deltagerens fornavn"), "last_name": ("Efternavn", "Deltagerens efternavn"),
           "full_name": ("Navn",), "company": ("Virksomhed",), "role": ("Stilling",),
           "email": ("E-mailadresse", "Deltagerens e-mail"), "phone": ("Mobilnummer",), "country": ("Land",),
           "pitch": ("Vil du pitche din virksomhed (3 minutter)?",), "bus_stop": ("Hvor stiger du på bussen?",)},
    "no": {"first_name": ("Fornavn",), "last_name": ("Etternavn",), "full_name": ("Fullt navn",), "company": ("Bedrift",),
           "role": ("Stillingstittel",), "email": ("E-postadresse",), "phone": ("Mobilnummer",), "country": ("Land",),
           "pitch": ("Presentasjon",), "bus_stop": ("Holdeplass",)},
    "fi": {"first_name": ("Etunimi",), "last_name": ("Sukunimi",), "full_name": ("Nimi", "Koko nimi"),
           "company": ("Yritys",), "role": ("Tehtävänimike", "Tehtävä"), "email": ("Sähköpostiosoite",),
           "phone": ("Matkapuhelin",), "country": ("Maa",), "pitch": ("Haluatko esitellä yrityksesi (3 min)?",),
           "bus_stop": ("Nousupaikka",)},
    "et": {"first_name": ("Eesnimi",), "last_name": ("Perekonnanimi",), "full_name": ("Täisnimi",),
           "company": ("Ettevõte",), "role": ("Ametikoht",), "email": ("E-posti aadress",), "phone": ("Mobiiltelefon",),
           "country": ("Riik",), "pitch": ("Esitlus",), "bus_stop": ("Bussipeatus",)},
    "lv": {"first_name": ("Vārds",), "last_name": ("Uzvārds",), "full_name": ("Vārds un uzvārds",),
           "company": ("Uzņēmums",), "role": ("Amats",), "email": ("E-pasts",), "phone": ("Tālrunis",),
           "country": ("Valsts",), "pitch": ("Prezentācija",), "bus_stop": ("Iekāpšanas vieta",)},
    "lt": {"first_name": ("Vardas",), "last_name": ("Pavardė",), "full_name": ("Vardas ir pavardė",),
           "company": ("Įmonė",), "role": ("Pareigos",), "email": ("El. paštas",), "phone": ("Telefono numeris",),
           "country": ("Šalis",), "pitch": ("Pristatymas",), "bus_stop": ("Įlipimo vieta",)},
    "hu": {"first_name": ("Keresztnév",), "last_name": ("Vezetéknév",), "full_name": ("Teljes név",), "company": ("Cégnév",),
           "role": ("Beosztás",), "email": ("E-mail cím",), "phone": ("Telefonszám",), "country": ("Ország",),
           "pitch": ("Bemutatkozás",), "bus_stop": ("Felszállási hely",)},
    "ro": {"first_name": ("Prenume",), "last_name": ("Nume de familie",), "full_name": ("Nume complet",),
           "company": ("Companie",), "role": ("Funcție",), "email": ("Adresă de e-mail",), "phone": ("Număr de telefon",),
           "country": ("Țară",), "pitch": ("Prezentare",), "bus_stop": ("Punct de îmbarcare",)},
    "en": {"first_name": ("What is your first name?", "1. First name *"), "last_name": ("What is your last name?",),
           "full_name": ("What is your full name?",), "company": ("Account Name", "Organization 1 - Name"),
           "role": ("Organization 1 - Title", "What is your role?"), "email": ("What is your e-mail address?",),
           "phone": ("Phone 1 - Value", "Mobile Phone Number"), "country": ("Country/Region",),
           "pitch": ("Will you pitch your company (3 minutes)?",), "bus_stop": ("Where will you board the bus?",)},
}

# a value's kind beside the value (a contact export's), the column it stands before
KIND_COLUMNS = {"phone": ("Phone 1 - Type", ("Mobile", "Work", "Home")),
                "email": ("E-mail 1 - Type", ("Work", "Home", "* Work"))}
OWNERS = ("Contact owner", "Propietario del contacto", "Lead Owner")
STAFF = ("Giulia Ferrari", "Anna Berg", "Tomasz Nowak")
FORM_TOOLS = (("Timestamp", "Email address"), ("ID", "Start time", "Completion time", "Email", "Name"),
              ("Tidsstempel", "E-mailadresse"), ("Zeitstempel", "E-Mail-Adresse"))
ACCOUNTS = ("coordinator@cluster.example", "anonymous", "maria.bianchi@cluster.example")


def europe_header(rng: random.Random, name: str, bilingual: bool) -> str | None:
    """A header for field ``name`` in one of the other languages, or None when none names it so;
    in a cell of two languages, no tool's column ('Organization 1 - Title / Roll' is no one's)."""
    languages = [lang for lang, words in EUROPE_HEADERS.items() if name in words]
    spellings = [text for text in EUROPE_HEADERS[rng.choice(languages)][name]
                 if not bilingual or " - " not in text] if languages else []
    return rng.choice(spellings) if spellings else None


def add_decoys(rng: random.Random, kind: str, columns: list[str], header: list[list[cells.Cell]],
               body: list[list[cells.Cell]]) -> bool:
    """Insert the decoy columns of ``kind`` (their field in ``columns`` is 'decoy'); False when
    the list has no column for them to stand beside."""
    inserts: list[tuple[int, str, list[cells.Cell]]] = []
    if kind == "kind":
        for name, (text, values) in KIND_COLUMNS.items():
            if name in columns:
                inserts.append((columns.index(name), text, [rng.choice(values) for _ in body]))
    elif kind == "owner":
        staff = rng.choice(STAFF)
        inserts.append((len(columns), rng.choice(OWNERS), [staff for _ in body]))
    elif kind == "form_account" and "email" in columns:
        tool = rng.choice(FORM_TOOLS)
        accounts = [rng.choice(ACCOUNTS) for _ in body]
        made = {"Email address": accounts, "Email": accounts, "E-mailadresse": accounts, "E-Mail-Adresse": accounts,
                "Name": [rng.choice(STAFF) for _ in body]}
        for position, text in enumerate(tool):
            inserts.append((position, text, made.get(text, [f"2026-09-0{1 + i % 9} 10:{i:02d}" for i in range(len(body))])))
    # the later positions first, so that each names a column of the list as composed; a form
    # tool's block (positions 0, 1, 2…) in its order
    for position, text, values in sorted(inserts, key=lambda insert: -insert[0]) if kind != "form_account" else inserts:
        columns.insert(position, "decoy")
        for row in header:
            row.insert(position, text)
        for row, value in zip(body, values, strict=True):
            row.insert(position, value)
    return bool(inserts)
