"""Build the third set of unseen attendee lists: exports of the tools offices use, and their truth files.

Run: python -m benchmarks.accuracy3.make_lists [--out DIR] [--seed N]   (needs openpyxl, odfpy, phonenumbers)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import phonenumbers

from benchmarks.accuracy3.files import Rows, write_csv, write_ods, write_truth, write_xlsx
from benchmarks.accuracy3.people import FEMALE, People, Person

HERE = Path(__file__).resolve().parent


def mission(host: str, host_cluster: str, guest: str, guest_cluster: str, city: str, date: str) -> dict[str, str]:
    return {"host": host, "host_cluster": host_cluster, "guest": guest, "guest_cluster": guest_cluster,
            "city": city, "date": date}


def shown_phone(rng: random.Random, e164: str | None, styles: tuple[str, ...] = ("intl", "national", "digits",
                                                                               "00")) -> str:
    """The phone as one person types it into a form or a contact card."""
    if e164 is None:
        return ""
    number = phonenumbers.parse(e164)
    style = rng.choice(styles)
    if style == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style == "national":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style == "digits":
        return str(phonenumbers.national_significant_number(number)) if e164.startswith("+39") else e164
    return "00" + e164[1:]


def drop_some(rng: random.Random, people: list[Person], phone: float = 0.1, role: float = 0.0) -> None:
    for p in people:
        if rng.random() < phone:
            p.phone = None
        if rng.random() < role:
            p.role = None


def stamps(rng: random.Random, start: dt.datetime, count: int) -> list[dt.datetime]:
    moments, now = [], start
    for _ in range(count):
        now += dt.timedelta(minutes=rng.randrange(20, 2400), seconds=rng.randrange(60))
        moments.append(now)
    return moments


# --- Google Forms ------------------------------------------------------------------------------------------

def google_forms(rng: random.Random, people: People, *, stops: list[str], twice: int) -> tuple[Rows, list[Person]]:
    """Responses in time order; TWICE people answer again later with another pitch, stop or role."""
    header = ["Indirizzo email", "Nome e cognome del partecipante", "Azienda", "Ruolo in azienda",
              "Numero di cellulare (per il gruppo WhatsApp della missione)", "Parteciperai alla sessione di pitch?",
              "Da quale fermata prenderai il pullman?", "Hai esigenze alimentari o allergie?"]
    companies = [people.company("IT") for _ in range(7)]
    crowd = [people.person("IT", companies) for _ in range(rng.randrange(18, 24))]
    drop_some(rng, crowd, phone=0.08)
    for p in crowd:
        p.pitch = rng.random() < 0.35
        p.bus_stop = rng.choice(stops)
    answers: list[tuple[Person, dict[str, object]]] = [(p, {}) for p in crowd]
    for p in rng.sample(crowd, twice):
        change: dict[str, object] = {"pitch": not p.pitch, "bus_stop": rng.choice([s for s in stops if s != p.bus_stop])}
        if rng.random() < 0.5:
            change["role"] = rng.choice(["Direttore commerciale", "Responsabile export"])
        answers.append((p, change))
    rows: Rows = []
    for p, change in answers:
        for key, value in change.items():
            setattr(p, key, value)  # the later answer is the one the person meant
        name = f"{p.first} {p.last}"
        typed = rng.random()
        if typed < 0.12:
            name = name.lower()
        elif typed < 0.2:
            name = name.upper()
        elif typed < 0.25:
            name = f" {name}  "
        rows.append([p.email if rng.random() > 0.1 else p.email.upper(), name, p.company, p.role or "",
                     shown_phone(rng, p.phone, ("intl", "national", "digits")), "Sì" if p.pitch else "No",
                     p.bus_stop, rng.choice(["", "", "", "Vegetariano", "Nessuna", "Celiachia", "no"])])
    return [header, *rows], crowd


def gforms_it_piemonte(out: Path, rng: random.Random) -> None:
    """Google Forms responses downloaded as .xlsx, the Italian UI's 'Informazioni cronologiche' first."""
    people = People(rng)
    rows, crowd = google_forms(rng, people, stops=["Torino Porta Susa", "Novara Ovest (casello A4)",
                                                   "Aeroporto di Caselle", "Ivrea – piazzale stazione"], twice=3)
    times = stamps(rng, dt.datetime(2026, 2, 2, 9, 0), len(rows) - 1)
    rows = [["Informazioni cronologiche", *rows[0]], *[[t, *r] for t, r in zip(times, rows[1:], strict=True)]]
    write_xlsx(out / "gforms_it_piemonte.xlsx", [("Risposte del modulo 1", rows)], widths=28)
    write_truth(out / "gforms_it_piemonte.truth.json",
                mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "IT", "Cluster Meccatronica Piemonte",
                        "Lyon", "2026-03-18"), [p.truth() for p in crowd])


def gforms_it_puglia(out: Path, rng: random.Random) -> None:
    """The same kind of form downloaded as .csv from an English UI: 'Timestamp' in its US format."""
    people = People(rng)
    rows, crowd = google_forms(rng, people, stops=["Flughafen Stuttgart (Terminal 1)", "Hotel Maritim",
                                                   "Stuttgart Hbf, Arnulf-Klett-Platz"], twice=4)
    times = stamps(rng, dt.datetime(2026, 4, 7, 8, 0), len(rows) - 1)
    rows = [["Timestamp", *rows[0]],
            *[[f"{t.month}/{t.day}/{t.year} {t:%H:%M:%S}", *r] for t, r in zip(times, rows[1:], strict=True)]]
    write_csv(out / "gforms_it_puglia.csv", rows)
    write_truth(out / "gforms_it_puglia.truth.json",
                mission("DE", "Cluster Mechatronik Baden-Württemberg", "IT", "Distretto Aerospaziale Pugliese",
                        "Stuttgart", "2026-05-12"), [p.truth() for p in crowd])


# --- Microsoft Forms ---------------------------------------------------------------------------------------

def msforms_ch_jura(out: Path, rng: random.Random) -> None:
    """Microsoft Forms: the respondent's account ('anonymous', or the coordinator who typed for others)
    in Email/Name, then the questions, among them the attendee's own e-mail."""
    people = People(rng)
    companies = [people.company("CH") for _ in range(6)]
    crowd = [people.person("CH", companies) for _ in range(rng.randrange(16, 21))]
    crowd.insert(5, people.person("LI"))
    crowd.insert(11, people.person("FR"))
    drop_some(rng, crowd, phone=0.1)
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "First name",
              "Last name", "Your e-mail address", "Company", "Position", "Mobile phone", "Country",
              "Would you like to pitch your company (3 minutes)?", "Bus departure"]
    stops = ["Delémont, gare", "Bienne / Biel, gare", "La Chaux-de-Fonds, Espacité"]
    times = stamps(rng, dt.datetime(2026, 1, 12, 8, 30), len(crowd))
    country_names = {"CH": ["Switzerland", "Switzerland", "Suisse", "Schweiz"], "LI": ["Liechtenstein"],
                     "FR": ["France"]}
    rows: Rows = [header]
    for number, (p, start) in enumerate(zip(crowd, times, strict=True), start=1):
        p.pitch = rng.random() < 0.3
        p.bus_stop = rng.choice(stops) if rng.random() < 0.8 else None
        account = ("anonymous", "") if rng.random() < 0.7 else ("c.rochat@cluster-jura.ch", "Corinne Rochat")
        rows.append([number, start, start + dt.timedelta(minutes=rng.randrange(2, 9)), account[0], account[1], "",
                     p.first, p.last, p.email, p.company, p.role or "",
                     shown_phone(rng, p.phone, ("intl", "national")), rng.choice(country_names[p.country]),
                     "Yes" if p.pitch else "No", p.bus_stop or ""])
    write_xlsx(out / "msforms_ch_jura.xlsx", [("Sheet1", rows)])
    write_truth(out / "msforms_ch_jura.truth.json",
                mission("IT", "Lombardia Aerospace Cluster", "CH", "Cluster Précision Arc Jurassien", "Milano",
                        "2026-02-24"), [p.truth() for p in crowd])


# --- Eventbrite --------------------------------------------------------------------------------------------

def eventbrite_fr_grandest(out: Path, rng: random.Random) -> None:
    """An Eventbrite attendee report: cancelled and refunded attendees stay in it; one person cancelled and
    booked again. A careful coordinator imports those attending or checked in."""
    people = People(rng)
    companies = [people.company("FR") for _ in range(7)]
    crowd = [people.person("FR", companies) for _ in range(rng.randrange(18, 23))]
    crowd.insert(7, people.person("BE"))
    drop_some(rng, crowd, phone=0.12, role=0.1)
    gone = [people.person("FR", companies) for _ in range(3)]
    header = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Order Type",
              "Total Paid", "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee #", "Barcode #",
              "Attendee Status", "Company", "Job Title", "Cell Phone", "Work Country",
              "Souhaitez-vous présenter votre entreprise lors de la session de pitchs ?", "Régime alimentaire"]
    rows: Rows = [header]
    order = 1402775300 + rng.randrange(10000)
    day = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    rebooked = crowd[3]
    entries = [(p, "Attending") for p in crowd] + [(p, rng.choice(["Cancelled", "Refunded"])) for p in gone]
    entries.append((rebooked, "Cancelled"))
    rng.shuffle(entries)
    cancelled, booked = entries.index((rebooked, "Cancelled")), entries.index((rebooked, "Attending"))
    if cancelled > booked:  # the booking cancelled is the earlier one
        entries[cancelled], entries[booked] = entries[booked], entries[cancelled]
    for p, status in entries:
        order += rng.randrange(3, 400)
        day += dt.timedelta(hours=rng.randrange(1, 30), minutes=rng.randrange(60))
        if status == "Attending" and rng.random() < 0.15:
            status = "Checked In"
        if p.pitch is None:
            p.pitch = rng.random() < 0.3
        ticket = rng.choice(["Délégation – journée complète", "Délégation – journée complète + dîner"])
        rows.append([order, day.isoformat(sep=" "), p.first, p.last, p.email, 1, ticket, "Eventbrite Completed",
                     "0.00", "0.00", "0.00", f"{order}{rng.randrange(100, 999)}001",
                     f"{order}{rng.randrange(10**8, 10**9)}001", status, p.company, p.role or "",
                     shown_phone(rng, p.phone, ("national", "intl")), p.country, "Oui" if p.pitch else "Non",
                     rng.choice(["", "", "Végétarien", "Sans gluten"])])
    write_csv(out / "eventbrite_fr_grandest.csv", rows, bom=True)
    write_truth(out / "eventbrite_fr_grandest.truth.json",
                mission("DE", "Cluster Mechatronik Baden-Württemberg", "FR", "Pôle Industriel Grand Est",
                        "Karlsruhe", "2026-04-15"), [p.truth() for p in crowd])


# --- b2match -----------------------------------------------------------------------------------------------

DESCRIPTIONS = [
    "We are a family-owned company founded in 1991, specialised in CNC machining, turning and milling of "
    "aluminium and steel parts for the automotive and aerospace industries. ISO 9001:2015, IATF 16949.\n"
    "Looking for: distributors, cooperation in R&D projects.",
    "Producent odlewów ciśnieniowych ze stopów aluminium i cynku. Obsługujemy klientów z branży motoryzacyjnej, "
    "AGD i elektrotechnicznej; eksport do 14 krajów.",
    "Hydraulic cylinders and power packs, designed and built in Silesia. Contact for offers: sales department.",
    "Automation integrator: robotic cells, vision systems, PLC programming (Siemens, Beckhoff). We offer: "
    "turnkey lines. We seek: partners in Czechia and Slovakia.",
]


def b2match_pl_slask(out: Path, rng: random.Random) -> None:
    """A b2match participants export: one row per registration, a long organisation description, the
    participation type saying who pitches."""
    people = People(rng)
    companies = [people.company("PL") for _ in range(6)]
    crowd = [people.person("PL", companies) for _ in range(rng.randrange(17, 22))]
    crowd.insert(9, people.person("DE"))
    drop_some(rng, crowd, phone=0.15)
    header = ["First name", "Last name", "Organisation", "Organisation type", "Country", "City", "Position", "Email",
              "Phone", "Participation type", "Organisation description", "Website", "Registered at",
              "Number of meetings"]
    rows: Rows = [header]
    countries = {"PL": "Poland", "DE": "Germany"}
    for p in crowd:
        p.pitch = rng.random() < 0.3
        kind = "Pitch presentation + B2B meetings" if p.pitch else rng.choice(["B2B meetings", "B2B meetings",
                                                                              "Observer"])
        rows.append([p.first, p.last, p.company, rng.choice(["Company", "SME", "Company"]), countries[p.country],
                     rng.choice(["Gliwice", "Katowice", "Zabrze", "Rybnik"]) if p.country == "PL" else "Görlitz",
                     p.role or "", p.email, shown_phone(rng, p.phone, ("intl", "00")), kind, rng.choice(DESCRIPTIONS),
                     f"https://www.{p.email.split('@')[1]}", f"2026-01-{rng.randrange(10, 31)} 1{rng.randrange(10)}:"
                     f"{rng.randrange(10, 60)}", rng.randrange(0, 12)])
    write_xlsx(out / "b2match_pl_slask.xlsx", [("Participants", rows)])
    write_truth(out / "b2match_pl_slask.truth.json",
                mission("CZ", "Moravskoslezský strojírenský klastr", "PL", "Śląski Klaster Obróbki Metali",
                        "Ostrava", "2026-03-04"), [p.truth() for p in crowd])


# --- Outlook contacts --------------------------------------------------------------------------------------

OUTLOOK = ("Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
           "Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,"
           "Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,Home Postal Code,"
           "Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,Other State,Other Postal Code,"
           "Other Country/Region,Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,"
           "Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,"
           "Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,"
           "Birthday,Business Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,"
           "E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,"
           "E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,Internet Free Busy,"
           "Keywords,Language,Location,Manager's Name,Mileage,Notes,Office Location,Organizational ID Number,"
           "Other Address PO Box,Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,"
           "User 4,Web Page").split(",")


def outlook_ch_romandie(out: Path, rng: random.Random) -> None:
    """Outlook's 'Export to a file' of a contacts folder: ninety columns, most empty, cp1252 and commas.
    The phone a coordinator keeps is the mobile; the office line only when there is no mobile."""
    people = People(rng)
    companies = [people.company("CH") for _ in range(6)]
    crowd = [people.person("CH", companies) for _ in range(rng.randrange(15, 20))]
    drop_some(rng, crowd, phone=0.1, role=0.1)
    rows: Rows = [OUTLOOK]
    col = {name: i for i, name in enumerate(OUTLOOK)}
    for p in crowd:
        row = [""] * len(OUTLOOK)
        office = p.phone is None and rng.random() < 0.7
        if office:  # no mobile: the switchboard number is the one to call
            p.phone = people.landline("CH")
            row[col["Business Phone"]] = shown_phone(rng, p.phone, ("intl",))
        elif p.phone:
            row[col["Mobile Phone"]] = shown_phone(rng, p.phone, ("intl", "national"))
            if rng.random() < 0.5:
                row[col["Business Phone"]] = "+41 32 " + f"{rng.randrange(100, 999)} {rng.randrange(10, 99)} 00"
        if rng.random() < 0.2 and " " not in p.first:
            middle = rng.choice(["Marie", "Andrea", "Pierre"])
            p.first = f"{p.first} {middle}"
            row[col["Middle Name"]] = middle
            row[col["First Name"]] = p.first.split(" ")[0]
        else:
            row[col["First Name"]] = p.first
        row[col["Title"]] = rng.choice(["", "", "Mme" if p.first in FEMALE else "M.", "Dr"])
        row[col["Last Name"]] = p.last
        row[col["Suffix"]] = rng.choice(["", "", "", "", "PhD"])
        row[col["Company"]] = p.company
        row[col["Department"]] = rng.choice(["", "Ventes", "Direction", "Achats"])
        row[col["Job Title"]] = p.role or ""
        row[col["Business Postal Code"]], row[col["Business City"]] = rng.choice(
            [("2400", "Le Locle"), ("2800", "Delémont"), ("2502", "Bienne"), ("1450", "Sainte-Croix")])
        row[col["Business Country/Region"]] = rng.choice(["Suisse", "Switzerland", ""])
        row[col["E-mail Address"]] = p.email
        row[col["E-mail Type"]] = "SMTP"
        row[col["E-mail Display Name"]] = f"{p.first} {p.last} ({p.email})"
        row[col["Categories"]] = "C2C Annecy 2026"
        row[col["Gender"]] = "Unspecified"
        row[col["Initials"]] = f"{p.first[0]}.{p.last[0]}."
        row[col["Priority"]] = "Normal"
        row[col["Private"]] = "False"
        row[col["Sensitivity"]] = "Normal"
        row[col["Notes"]] = rng.choice(["", "", "Rencontré au salon EPHJ 2025", "Intéressé par le pitch"])
        rows.append(row)
    write_csv(out / "outlook_ch_romandie.csv", rows, encoding="cp1252", quote_all=True)
    write_truth(out / "outlook_ch_romandie.truth.json",
                mission("FR", "Pôle Mont-Blanc Industries", "CH", "Cluster Microtechnique Romand", "Annecy",
                        "2026-06-03"), [p.truth() for p in crowd])


# --- CRM ---------------------------------------------------------------------------------------------------

def hubspot_nl_twente(out: Path, rng: random.Random) -> None:
    """A HubSpot contacts export: the contact owner is a staff member, the company is 'Associated Company',
    a custom boolean property says who pitches."""
    people = People(rng)
    companies = [people.company("NL") for _ in range(6)]
    crowd = [people.person("NL", companies) for _ in range(rng.randrange(16, 21))]
    crowd.insert(4, people.person("BE"))
    crowd.insert(12, people.person("BE"))
    drop_some(rng, crowd, phone=0.1, role=0.15)
    header = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Job Title", "Contact owner",
              "Lifecycle Stage", "Lead Status", "Associated Company", "Country/Region", "City", "Create Date",
              "Last Activity Date", "C2C Düsseldorf 2026 - pitch"]
    owners = ["Marloes Verhoeven", "Sjoerd Kamphuis"]
    rows: Rows = [header]
    for p in crowd:
        p.pitch = rng.random() < 0.3
        created = dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randrange(700), minutes=rng.randrange(1440))
        rows.append([rng.randrange(10**10, 10**11), p.first, p.last, p.email,
                     shown_phone(rng, p.phone, ("intl", "national")), p.role or "", rng.choice(owners),
                     rng.choice(["Customer", "Lead", "Other", "Marketing Qualified Lead"]),
                     rng.choice(["", "Connected", "In Progress"]), p.company,
                     {"NL": "Netherlands", "BE": "Belgium"}[p.country], rng.choice(["Enschede", "Hengelo", "Almelo"]),
                     created, created + dt.timedelta(days=rng.randrange(300)),
                     "true" if p.pitch else rng.choice(["false", "false", ""])])
    for p, row in zip(crowd, rows[1:], strict=True):
        if row[-1] == "":
            p.pitch = False  # an empty cell in a yes/no property is no
    write_xlsx(out / "hubspot_nl_twente.xlsx", [("All contacts", rows)])
    write_truth(out / "hubspot_nl_twente.truth.json",
                mission("DE", "Cluster Maschinenbau NRW", "NL", "High Tech Cluster Twente", "Düsseldorf",
                        "2026-09-22"), [p.truth() for p in crowd])


# --- Mail merge --------------------------------------------------------------------------------------------

def publipostage_fr_occitanie(out: Path, rng: random.Random) -> None:
    """A mail-merge source in French: Civilité, Prénom, NOM in capitals, postal address; cp1252 with ';'."""
    people = People(rng)
    companies = [people.company("FR") for _ in range(7)]
    crowd = [people.person("FR", companies) for _ in range(rng.randrange(18, 24))]
    drop_some(rng, crowd, phone=0.1, role=0.1)
    header = ["Civilité", "Prénom", "NOM", "Société", "Fonction", "Adresse", "CP", "Ville", "Pays", "Tél. portable",
              "Courriel", "Pitch (O/N)"]
    rows: Rows = [header]
    streets = ["12 rue des Frères Lumière", "ZA du Causse, 4 allée des Tilleuls", "Parc d'activités Montredon, bât. B",
               "27 avenue de l'Europe"]
    towns = [("31700", "Blagnac"), ("81000", "Albi"), ("12000", "Rodez"), ("09100", "Pamiers"), ("65000", "Tarbes")]
    for p in crowd:
        p.pitch = rng.random() < 0.3
        postcode, town = rng.choice(towns)
        rows.append(["Mme" if p.first in FEMALE else "M.", p.first, p.last.upper(), p.company, p.role or "",
                     rng.choice(streets), postcode, town.upper(), rng.choice(["FRANCE", "France"]),
                     shown_phone(rng, p.phone, ("national",)), p.email, "O" if p.pitch else "N"])
    write_csv(out / "publipostage_fr_occitanie.csv", rows, encoding="cp1252", delimiter=";")
    write_truth(out / "publipostage_fr_occitanie.truth.json",
                mission("IT", "Cluster Aerospaziale Piemonte", "FR", "Pôle Aéronautique Occitanie", "Torino",
                        "2026-10-06"), [p.truth() for p in crowd])


# --- LibreOffice -------------------------------------------------------------------------------------------

def libreoffice_de_sachsen(out: Path, rng: random.Random) -> None:
    """A LibreOffice workbook whose first sheet is 'Hinweise' (how to fill in the list), the list second."""
    people = People(rng)
    companies = [people.company("DE") for _ in range(6)]
    crowd = [people.person("DE", companies) for _ in range(rng.randrange(16, 21))]
    drop_some(rng, crowd, phone=0.1, role=0.1)
    notes: Rows = [["Hinweise zum Ausfüllen der Teilnehmerliste"], [],
                   ["Spalte", "Erläuterung"],
                   ["Vorname", "Rufname, ohne akademischen Grad"],
                   ["E-Mail", "dienstliche Adresse, an sie geht das Programm"],
                   ["Mobil", "für die WhatsApp-Gruppe der Reise"],
                   ["Pitch", "ja = 3 Minuten Firmenpräsentation"],
                   [], ["Bitte bis 20.02.2026 an die Geschäftsstelle zurücksenden."]]
    header = ["Anrede", "Titel", "Vorname", "Nachname", "Firma", "Funktion", "E-Mail", "Mobil", "Pitch (ja/nein)",
              "Zustieg Bus"]
    stops = ["Dresden Hbf", "Chemnitz, Parkplatz Messe", "Görlitz Bahnhof"]
    rows: Rows = [header]
    for p in crowd:
        p.pitch = rng.random() < 0.3
        p.bus_stop = rng.choice(stops)
        rows.append(["Frau" if p.first in FEMALE else "Herr", rng.choice(["", "", "", "Dr.", "Dipl.-Ing."]), p.first, p.last,
                     p.company, p.role or "", p.email, shown_phone(rng, p.phone, ("national", "intl")),
                     "ja" if p.pitch else "nein", p.bus_stop])
    write_ods(out / "libreoffice_de_sachsen.ods", [("Hinweise", notes), ("Teilnehmer", rows)])
    write_truth(out / "libreoffice_de_sachsen.truth.json",
                mission("PL", "Klaster Lotniczy Dolny Śląsk", "DE", "Cluster Präzisionstechnik Sachsen", "Wrocław",
                        "2026-03-26"), [p.truth() for p in crowd])


# --- Greek -------------------------------------------------------------------------------------------------

def greek_thessaly(out: Path, rng: random.Random) -> None:
    """A Greek cluster's list, headers in Greek and English: some people write their name in Greek script,
    some transliterate it; the truth is the name as written."""
    people = People(rng)
    crowd = [people.person("GR", latin=rng.random() < 0.4) for _ in range(rng.randrange(14, 18))]
    drop_some(rng, crowd, phone=0.1)
    header = ["Α/Α", "Όνομα / First name", "Επώνυμο / Last name", "Εταιρεία / Company", "Θέση / Position",
              "E-mail", "Κινητό / Mobile", "Pitch (ΝΑΙ/ΟΧΙ)"]
    rows: Rows = [["Cluster2Cluster Bologna 2026 – Συμμετέχοντες / Participants"], [], header]
    for number, p in enumerate(crowd, start=1):
        p.pitch = rng.random() < 0.3
        last = p.last.upper() if p.last.isascii() and rng.random() < 0.4 else p.last
        rows.append([number, p.first, last, p.company, p.role or "", p.email,
                     shown_phone(rng, p.phone, ("intl", "national")), "ΝΑΙ" if p.pitch else "ΟΧΙ"])
    write_xlsx(out / "gr_thessaly.xlsx", [("Συμμετέχοντες", rows)])
    write_truth(out / "gr_thessaly.truth.json",
                mission("IT", "Cluster Meccanica Emilia", "GR", "Thessaly Metal Cluster", "Bologna", "2026-11-10"),
                [p.truth() for p in crowd])


# --- Two delegations side by side --------------------------------------------------------------------------

def two_delegations(out: Path, rng: random.Random) -> None:
    """The host's working sheet: the Italian delegation on the left, the French one on the right, the same
    headers, a heading row naming each; the truth is everyone."""
    people = People(rng)
    it_companies = [people.company("IT") for _ in range(5)]
    fr_companies = [people.company("FR") for _ in range(5)]
    italians = [people.person("IT", it_companies) for _ in range(rng.randrange(13, 17))]
    french = [people.person("FR", fr_companies) for _ in range(rng.randrange(9, 12))]
    drop_some(rng, italians + french, phone=0.1)
    header = ["Nome", "Cognome", "Azienda", "Ruolo", "E-mail", "Cellulare", "Pitch"]

    def block(group: list[Person]) -> Rows:
        lines = []
        for p in group:
            p.pitch = rng.random() < 0.3
            lines.append([p.first, p.last, p.company, p.role or "", p.email,
                          shown_phone(rng, p.phone, ("national", "intl")), "sì" if p.pitch else "no"])
        return lines

    left, right = block(italians), block(french)
    rows: Rows = [["DELEGAZIONE ITALIANA", *[""] * 6, "", "DÉLÉGATION FRANÇAISE"], [*header, "", *header]]
    for i in range(max(len(left), len(right))):
        rows.append([*(left[i] if i < len(left) else [""] * 7), "", *(right[i] if i < len(right) else [""] * 7)])
    write_xlsx(out / "two_delegations_lyon.xlsx", [("Delegazioni", rows)])
    write_truth(out / "two_delegations_lyon.truth.json",
                mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "IT", "Cluster Meccatronica Piemonte",
                        "Lyon", "2026-03-18"), [p.truth() for p in italians + french])


# --- Unreadable --------------------------------------------------------------------------------------------

def refuse_pivot(out: Path, rng: random.Random) -> None:
    """An .xlsx whose only sheet is a pivot table of counts per company: no one can be read from it."""
    people = People(rng)
    rows: Rows = [["Conteggio di Email", "Etichette di colonna"], ["Azienda", "No", "Sì", "Totale complessivo"]]
    total = [0, 0]
    for _ in range(7):
        no, yes = rng.randrange(0, 5), rng.randrange(0, 3)
        total = [total[0] + no, total[1] + yes]
        rows.append([people.company("IT"), no or "", yes or "", no + yes])
    rows.append(["Totale complessivo", total[0], total[1], sum(total)])
    write_xlsx(out / "refuse_pivot.xlsx", [("Tabella pivot", rows)])
    write_truth(out / "refuse_pivot.truth.json",
                mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "IT", "Cluster Meccatronica Piemonte",
                        "Lyon", "2026-03-18"), [], refuse=True)


def refuse_html_as_xls(out: Path, rng: random.Random) -> None:
    """A web tool's 'session expired' page saved under the export's name: HTML, no list in it."""
    html = ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Sitzung abgelaufen</title>"
            "</head>\n<body><h1>Ihre Sitzung ist abgelaufen</h1>\n<p>Bitte melden Sie sich erneut an, um den Export "
            "<b>Teilnehmer_C2C.xls</b> herunterzuladen.</p>\n<form action=\"/login\" method=\"post\">"
            "<label>E-Mail <input name=\"email\"></label><label>Passwort <input type=\"password\" name=\"pw\">"
            "</label><button>Anmelden</button></form>\n</body></html>\n")
    (out / "refuse_html_as.xls").write_text(html, encoding="utf-8")
    write_truth(out / "refuse_html_as.truth.json",
                mission("PL", "Klaster Lotniczy Dolny Śląsk", "DE", "Cluster Präzisionstechnik Sachsen", "Wrocław",
                        "2026-03-26"), [], refuse=True)


LISTS: list[Callable[[Path, random.Random], None]] = [
    gforms_it_piemonte, gforms_it_puglia, msforms_ch_jura, eventbrite_fr_grandest, b2match_pl_slask,
    outlook_ch_romandie, hubspot_nl_twente, publipostage_fr_occitanie, libreoffice_de_sachsen, greek_thessaly,
    two_delegations, refuse_pivot, refuse_html_as_xls,
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "lists")
    parser.add_argument("--seed", type=int, default=2026_3)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for index, build in enumerate(LISTS):
        build(args.out, random.Random(args.seed * 100 + index))  # each list its own stream: one change moves one
    print(f"{len(LISTS)} files written to {args.out}")


if __name__ == "__main__":
    main()
