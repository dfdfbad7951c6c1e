"""A fifth set of unseen lists: exports of the tools partner clusters use, from eleven more countries.

Each list is what a tool writes (Google Forms, Microsoft Forms, Eventbrite, a b2match-like platform,
Outlook and Google contacts, HubSpot- and Salesforce-like CRMs) with people Faker makes in the
list's locale, and messes chosen per list with its own seeded random. Beside each list,
NAME.truth.json holds what a careful coordinator would read from it (see README.md).

Run: python -m benchmarks.accuracy5.make_lists   (writes benchmarks/accuracy5/lists/)
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import struct
import zipfile
from collections.abc import Callable

from benchmarks.accuracy5.files import (
    LISTS,
    fixed_zip_times,
    mission,
    save_truth,
    territory,
    write_csv,
    write_html_table,
    write_ods,
    write_xlsx,
)
from benchmarks.accuracy5.people import (
    People,
    ascii_slug,
    delegation,
    messy_email,
    mobile,
    number_cell,
    stamp,
    written_phone,
    yes_no,
)

DE_HOST = ("DE", "Cluster Mechatronik Baden-Württemberg")
FR_HOST = ("FR", "Aerospace Cluster Auvergne-Rhône-Alpes")
IT_HOST = ("IT", "Lombardia Aerospace Cluster")


def google_forms_sweden() -> None:
    """Google Forms responses downloaded as CSV; two people corrected their first answer later."""
    folk, people = delegation(People("sv_SE", "SE", "sv", 5101), 11, abroad={3: "NO"})
    rng = folk.rng
    header = ["Tidstämpel", "What is your e-mail address?", "First name", "Last name", "Company", "Job title",
              "Mobile phone", "Country", "Will you pitch your company (3 minutes)?",
              "Which parts of the day will you join?", "Dietary requirements"]
    country_words = {"SE": ["Sverige", "Sweden", "SE", "sverige"], "NO": ["Norge"]}
    sessions = ["B2B meetings", "Company visit", "Networking dinner"]
    when = dt.datetime(2026, 8, 20, 9, 0)
    rows: list[list[object]] = []
    for person in people:
        person.pitch, answer = yes_no(rng, ["Ja", "Yes, 3 min", "Ja gärna", "yes"], ["Nej", "Nej tack", "No", "maybe"])
        when = stamp(rng, when)
        rows.append([when.strftime("%Y-%m-%d %H:%M:%S"), messy_email(person.email, rng), person.first_name,
                     person.last_name, person.company, person.role,
                     written_phone(person.phone, rng, ["national", "international", "00", "packed", "dashes"]),
                     rng.choice(country_words[person.country]), answer,
                     ", ".join(rng.sample(sessions, rng.randint(1, 3))), rng.choice(["", "Vegetarian", "Laktosfri"])])
    first_try = list(rows[1])
    first_try[0] = "2026-08-19 16:02:37"  # the day before the others answered
    local, domain = people[1].email.split("@")
    first_try[1] = f"{local[:-2]}{local[-1]}@{domain}"  # a letter left out, typed again right later
    first_try[6] = written_phone(mobile("SE", rng), rng, ["national"])
    rows.insert(0, first_try)
    changed = list(rows[6])
    people[5].pitch = not people[5].pitch
    changed[0] = (when + dt.timedelta(hours=5)).strftime("%Y-%m-%d %H:%M:%S")
    changed[8] = "Ja, gärna!" if people[5].pitch else "Nej, vi hoppar över pitchen"
    rows.append(changed)
    write_csv(LISTS / "se_gothenburg.csv", [header, *rows])
    save_truth("se_gothenburg", mission(*DE_HOST, "SE", "Automotive Cluster West Sweden", "Stuttgart",
                                        "2026-09-22"), people)


def google_forms_denmark() -> None:
    """Google Forms sheet as .xlsx: the collected e-mail is the filler's, who registers colleagues."""
    folk, people = delegation(People("da_DK", "DK", "da", 5202), 10)
    rng = folk.rng
    stops = ["Aarhus H", "Billund Lufthavn", "Vejle Trafikcenter"]
    header = ["Tidsstempel", "E-mailadresse", "Deltagerens fornavn", "Deltagerens efternavn", "Deltagerens e-mail",
              "Virksomhed", "Stilling", "Mobilnummer", "Vil du pitche din virksomhed (3 minutter)?",
              "Hvor stiger du på bussen?", "Hvilke aktiviteter deltager du i?"]
    when = dt.datetime(2026, 9, 1, 8, 0)
    rows: list[list[object]] = []
    for index, person in enumerate(people):
        person.pitch, answer = yes_no(rng, ["Ja", "Ja gerne", "ja tak"], ["Nej", "Nej tak", "Nej tak, ikke i år"])
        person.bus_stop = rng.choice(stops)
        filler = people[index - 1].email if index % 3 == 2 else person.email
        phone: object = number_cell(person.phone, "plus") if index % 4 == 1 else written_phone(
            person.phone, rng, ["national", "international", "packed"])
        if isinstance(phone, str) and phone.isdigit():
            phone = int(phone)  # eight digits typed into a number cell
        when = stamp(rng, when)
        rows.append([when, filler, person.first_name, person.last_name, messy_email(person.email, rng),
                     person.company, person.role, phone, answer, person.bus_stop,
                     ", ".join(rng.sample(["B2B-møder", "Virksomhedsbesøg", "Middag"], rng.randint(1, 3)))])
    write_xlsx(LISTS / "dk_aarhus.xlsx", [header, *rows], sheet="Formularsvar 1", date_format="dd/mm/yyyy hh:mm:ss")
    save_truth("dk_aarhus", mission(*DE_HOST, "DK", "MADE Danish Manufacturing Cluster", "Stuttgart", "2026-10-06"),
               people)


def microsoft_forms_finland() -> None:
    """Microsoft Forms export: Email and Name are the account that filled the form, not always the attendee."""
    folk, people = delegation(People("fi_FI", "FI", "fi", 5303), 10, abroad={7: "EE"})
    rng = folk.rng
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Etunimi", "Sukunimi", "Sähköpostiosoite",
              "Matkapuhelin", "Yritys", "Tehtävänimike", "Maa", "Haluatko esitellä yrityksesi (3 min)?"]
    countries = {"FI": ["Suomi", "Finland", "FI"], "EE": ["Viro"]}
    when = dt.datetime(2026, 8, 25, 10, 0)
    rows: list[list[object]] = []
    for index, person in enumerate(people):
        person.pitch, answer = yes_no(rng, ["Kyllä", "Kyllä, 3 min", "kyllä"], ["Ei", "Ei kiitos", "En tiedä vielä"])
        filler = people[index - 1] if index % 4 == 3 else person
        account = ("anonymous", "") if index == 5 else (filler.email, f"{filler.first_name} {filler.last_name}")
        start = stamp(rng, when)
        rows.append([index + 1, start, start + dt.timedelta(minutes=rng.randint(2, 9)), *account,
                     person.first_name, person.last_name, person.email,
                     written_phone(person.phone, rng, ["national", "international", "packed", "trunk0"]),
                     person.company, person.role, rng.choice(countries[person.country]), answer])
    write_xlsx(LISTS / "fi_tampere.xlsx", [header, *rows], sheet="Form1", date_format="m/d/yy h:mm:ss")
    save_truth("fi_tampere", mission(*FR_HOST, "FI", "Tampere Manufacturing Cluster", "Lyon", "2026-11-03"), people)


def eventbrite_norway() -> None:
    """Eventbrite attendee report: cancelled and refunded tickets are people who are not coming."""
    folk = People("no_NO", "NO", "no", 5404)
    rng = folk.rng
    coming = [folk.person() for _ in range(10)]
    not_coming = [folk.person() for _ in range(3)]
    header = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier", "Ticket Type",
              "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid", "Eventbrite Fees",
              "Eventbrite Payment Processing", "Attendee Status", "Cell Phone", "Job Title", "Company",
              "Will you present your company (3 min pitch)?"]
    rows: list[list[object]] = []
    order = 7_412_000_000 + rng.randrange(10**6)
    when = dt.datetime(2026, 8, 10, 12, 0)
    queue = [(p, "Attending") for p in coming] + [(p, rng.choice(["Not Attending", "Refunded"])) for p in not_coming]
    rng.shuffle(queue)
    again = not_coming[0]
    queue.append((again, "Attending"))  # cancelled, then bought a new ticket
    again.pitch = False
    coming.append(again)
    for person, status in queue:
        order += rng.randrange(1, 5000)
        when = stamp(rng, when)
        if status == "Attending" and person is not again:
            person.pitch, answer = yes_no(rng, ["Yes", "Ja", "yes please"], ["No", "Nei", "Nei takk", ""])
        else:
            answer = "Nei"
        rows.append([order, when.strftime("%Y-%m-%d %H:%M:%S"), person.first_name, person.last_name,
                     messy_email(person.email, rng), 1, "", "Delegate ticket", order * 10 + 1, "", "Eventbrite Completed",
                     "NOK", "450.00", "31.50", "22.50", "9.00", status,
                     written_phone(person.phone, rng, ["national", "international", "00", "packed"]),
                     person.role, person.company, answer])
    write_csv(LISTS / "no_stavanger.csv", [header, *rows])
    save_truth("no_stavanger", mission(*DE_HOST, "NO", "Energy Technology Cluster Stavanger", "Stuttgart",
                                       "2026-10-14"), coming)


def b2match_lithuania() -> None:
    """A b2match-like participants export: organisation type, country names, long Looking for / Offering."""
    folk, people = delegation(People("lt_LT", "LT", "lt", 5505), 10)
    rng = folk.rng
    latvian = People("lv_LV", "LV", "lv", 5506).person()
    people.append(latvian)
    header = ["First Name", "Last Name", "Organisation", "Organisation Type", "Country", "City", "Job Position",
              "Email", "Phone", "Website", "Looking for", "Offering", "Registered"]
    rows: list[list[object]] = []
    for person in people:
        domain = person.email.split("@")[1]
        phone = person.phone
        if person.country == "LT" and rng.random() < 0.4:
            phone = "8 " + phone[4:7] + " " + phone[7:]  # the old trunk prefix everyone still types
        else:
            phone = written_phone(phone, rng, ["international", "e164", "00"])
        rows.append([person.first_name, person.last_name, person.company, rng.choice(["Company", "SME", "Company"]),
                     {"LT": "Lithuania", "LV": "Latvia"}[person.country], rng.choice(["Kaunas", "Vilnius", "Rīga"]),
                     person.role, person.email, phone, f"https://www.{domain}",
                     "Partners for CNC machining and sheet metal, 5-axis, batch 50-500 pcs.\n"
                     "Distributors in DACH and France; contact: sales@" + domain,
                     "Contract manufacturing, welding (EN 1090), powder coating. Tel. +370 37 000 000",
                     "2026-08-0" + str(rng.randint(1, 9))])
    write_xlsx(LISTS / "lt_kaunas.xlsx", [header, *rows], sheet="Participants")
    save_truth("lt_kaunas", mission(*IT_HOST, "LT", "Kaunas Engineering Cluster", "Milano", "2026-11-18"), people)


def outlook_latvia() -> None:
    """Outlook contacts export in Windows Baltic: Title is the salutation, Job Title the role."""
    folk, people = delegation(People("lv_LV", "LV", "lv", 5607), 10)
    rng = folk.rng
    header = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
              "Business Street", "Business City", "Business Postal Code", "Business Country/Region", "Business Phone",
              "Mobile Phone", "E-mail Address", "E-mail Type", "E-mail Display Name", "Categories"]
    rows: list[list[object]] = []
    for person in people:
        mobile_cell = written_phone(person.phone, rng, ["international", "national", "packed", "e164"])
        rows.append(["Mr." if person.extra["male"] else "Ms.", person.first_name, "", person.last_name, "",
                     person.company, "", person.role, f"Brīvības iela {rng.randint(1, 200)}", "Rīga",
                     f"LV-{rng.randint(1001, 1099)}", "Latvija", "", mobile_cell, person.email, "SMTP",
                     f"{person.first_name} {person.last_name} ({person.email})", "C2C Lyon 2026"])
    write_csv(LISTS / "lv_riga.csv", [header, *rows], encoding="cp1257")
    save_truth("lv_riga", mission(*FR_HOST, "LV", "Latvian Machine Building Cluster", "Lyon", "2026-10-20"), people)


def google_contacts_estonia() -> None:
    """Google Contacts export (UTF-8 with BOM): several values of a field joined by ' ::: '."""
    folk, people = delegation(People("et_EE", "EE", "et", 5708), 10, abroad={4: "FI"})
    rng = folk.rng
    header = ["Name", "Given Name", "Additional Name", "Family Name", "Name Prefix", "Name Suffix", "Nickname",
              "Birthday", "Notes", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type",
              "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
              "Organization 1 - Type", "Organization 1 - Name", "Organization 1 - Title", "Address 1 - Country"]
    rows: list[list[object]] = []
    for index, person in enumerate(people):
        private = f"{ascii_slug(person.first_name)}{rng.randint(10, 99)}@gmail.com"
        phone = written_phone(person.phone, rng, ["international", "national", "e164"])
        office = written_phone(mobile(person.country, rng), rng, ["international"])
        if index % 3 == 0:
            phone = f"{phone} ::: {office}"
        rows.append([f"{person.first_name} {person.last_name}", person.first_name, "", person.last_name, "", "", "",
                     "", "Tallinn mission 2026" if index % 2 else "", "* myContacts ::: C2C 2026", "* Work",
                     person.email, "Home" if index % 3 == 1 else "", private if index % 3 == 1 else "", "Mobile",
                     phone, "", "", "", person.company, person.role or "",
                     territory("et", person.country) if index % 2 == 0 else ""])
    write_csv(LISTS / "ee_tallinn.csv", [header, *rows], bom=True)
    save_truth("ee_tallinn", mission(*DE_HOST, "EE", "Estonian Machinery Cluster", "Stuttgart", "2026-09-29"),
               people)


def hubspot_greece() -> None:
    """A HubSpot-like contacts export saved by Excel as ';' CSV in Windows Greek; names in Greek script."""
    folk, people = delegation(People("el_GR", "GR", "el", 5809), 10)
    rng = folk.rng
    owner = People("el_GR", "GR", "el", 5810).person()
    header = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Company Name",
              "Job Title", "Contact owner", "Lifecycle Stage", "Country/Region", "Create Date", "Παρουσίαση εταιρείας;"]
    rows: list[list[object]] = []
    for person in people:
        person.pitch, answer = yes_no(rng, ["Ναι", "ναι", "NAI"], ["Όχι", "όχι", ""])
        number = written_phone(person.phone, rng, ["international", "national", "00", "packed"])
        office, mobile_cell = (number, "") if rng.random() < 0.3 else ("", number)
        rows.append([rng.randrange(10**10, 10**11), person.first_name, person.last_name, messy_email(person.email, rng),
                     office, mobile_cell, person.company, person.role,
                     f"{owner.first_name} {owner.last_name}", rng.choice(["Lead", "Customer", "Other"]),
                     rng.choice(["Ελλάδα", "Greece", "GR"]), f"{rng.randint(1, 28):02d}/07/2026 10:{rng.randint(10, 59)}",
                     answer])
    write_csv(LISTS / "gr_thessaloniki.csv", [header, *rows], encoding="cp1253", delimiter=";")
    save_truth("gr_thessaloniki", mission(*IT_HOST, "GR", "Thessaloniki Mechatronics Cluster",
                                          "Milano", "2026-10-27"), people)


def salesforce_bulgaria() -> None:
    """A Salesforce-like contact report saved as ';' CSV in Windows Cyrillic: Title is the job title here."""
    folk, people = delegation(People("bg_BG", "BG", "bg", 5911), 10)
    rng = folk.rng
    header = ["Обръщение", "Име", "Фамилия", "Title", "Account Name", "Mailing Country", "Phone", "Mobile", "Email",
              "Contact Owner", "Lead Source"]
    rows: list[list[object]] = []
    for index, person in enumerate(people):
        last = person.last_name.upper() if index in (2, 6) else person.last_name
        number = written_phone(person.phone, rng, ["international", "national", "00", "dots"])
        office, mobile_cell = (number, "") if index % 4 == 1 else ("", number)
        rows.append(["Г-н" if person.extra["male"] else "Г-жа", person.first_name, last, person.role,
                     person.company, rng.choice(["България", "Bulgaria", "BG"]), office, mobile_cell,
                     messy_email(person.email, rng), "Мария Петрова", "Cluster event"])
    write_csv(LISTS / "bg_plovdiv.csv", [header, *rows], encoding="cp1251", delimiter=";")
    save_truth("bg_plovdiv", mission(*DE_HOST, "BG", "Клъстер Мехатроника и автоматизация", "Stuttgart",
                                     "2026-11-24"), people)


def google_forms_turkey() -> None:
    """Google Forms answers pasted into Excel and saved as Text (Tab delimited): Windows Turkish, names in capitals."""
    folk, people = delegation(People("tr_TR", "TR", "tr", 6012), 11)
    rng = folk.rng
    header = ["Zaman damgası", "E-posta adresiniz nedir?", "Adınız", "Soyadınız", "Firma adı", "Unvanınız",
              "Cep telefonu", "Firmanızı 3 dakikada tanıtmak ister misiniz?", "Hangi oturumlara katılacaksınız?"]
    rows: list[list[object]] = []
    when = dt.datetime(2026, 9, 3, 9, 0)
    for index, person in enumerate(people):
        person.pitch, answer = yes_no(rng, ["Evet", "Evet, 3 dk", "evet"], ["Hayır", "Hayır, teşekkürler", "Belki"])
        # Turkish capitals: i → İ and ı → I (Çelik → ÇELİK, Işık → IŞIK)
        last = person.last_name.replace("i", "İ").upper() if index % 3 == 0 else person.last_name
        when = stamp(rng, when)
        rows.append([when.strftime("%d.%m.%Y %H:%M:%S"), messy_email(person.email, rng), person.first_name,
                     last, person.company, person.role,
                     written_phone(person.phone, rng, ["national", "international", "packed", "apostrophe"]), answer,
                     ", ".join(rng.sample(["B2B görüşmeleri", "Fabrika ziyareti", "Akşam yemeği"], 2))])
    write_csv(LISTS / "tr_bursa.tsv", [header, *rows], encoding="cp1254", delimiter="\t")
    save_truth("tr_bursa", mission(*IT_HOST, "TR", "Bursa Otomotiv Kümesi", "Milano", "2026-10-08"), people)


def hubspot_croatia() -> None:
    """A HubSpot-like export opened in LibreOffice and saved as .ods; phones typed into number cells."""
    folk, people = delegation(People("hr_HR", "HR", "hr", 6113), 10, abroad={8: "SI"})
    rng = folk.rng
    header = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Company Name",
              "Job Title", "Contact owner", "Lifecycle Stage", "Country/Region", "Pitch (da/ne)"]
    rows: list[list[object]] = []
    for index, person in enumerate(people):
        person.pitch, answer = yes_no(rng, ["da", "Da", "DA"], ["ne", "Ne", "ne hvala"])
        number: object = (number_cell(person.phone, "zero") if person.country == "HR" and index % 3 == 0
                          else written_phone(person.phone, rng, ["international", "national", "00", "trunk0"]))
        office, mobile_cell = ("", number) if index % 4 else (number, "")
        rows.append([rng.randrange(10**10, 10**11), person.first_name, person.last_name,
                     messy_email(person.email, rng), office, mobile_cell, person.company, person.role,
                     "Ivana Horvat", rng.choice(["Lead", "Subscriber", "Customer"]),
                     {"HR": rng.choice(["Hrvatska", "Croatia", "HR"]), "SI": "Slovenija"}[person.country], answer])
    write_ods(LISTS / "hr_rijeka.ods", [header, *rows], sheet="hubspot-crm-exports-all-contacts")
    save_truth("hr_rijeka", mission(*FR_HOST, "HR", "Croatian Automotive Cluster", "Lyon", "2026-09-15"), people)


def salesforce_mexico() -> None:
    """A Salesforce report in Spanish as .xlsx: two surnames, Mexican legal forms, country names in Spanish."""
    folk, people = delegation(People("es_MX", "MX", "es", 6214), 10)
    rng = folk.rng
    for person in people:
        person.last_name = f"{person.last_name} {folk.faker.last_name()}"
        person.email = f"{ascii_slug(person.first_name)}.{ascii_slug(person.last_name.split()[0])}@" \
                       f"{person.email.split('@')[1]}"
    people[5].country = "US"
    people[5].phone = mobile("US", rng)
    header = ["Saludo", "Nombre", "Apellidos", "Cargo", "Nombre de la cuenta", "País de correo", "Teléfono", "Móvil",
              "Correo electrónico", "Propietario del contacto", "¿Presentará su empresa (pitch de 3 min)?"]
    rows: list[list[object]] = [["Contactos – Misión Cluster2Cluster Lyon 2026"], []]
    rows.append(list(header))
    for index, person in enumerate(people):
        person.pitch, answer = yes_no(rng, ["Sí", "si", "Sí, 3 min"], ["No", "no", "Tal vez"])
        number = written_phone(person.phone, rng, ["international", "national", "e164", "00"])
        office, mobile_cell = (number, "") if index % 3 == 1 else ("", number)
        rows.append(["Sr." if person.extra["male"] else "Sra.", person.first_name, person.last_name, person.role,
                     person.company, territory("es", person.country), office, mobile_cell,
                     messy_email(person.email, rng), "Laura Méndez Ruiz", answer])
    rows += [[], ["Total de registros: 10"], ["Confidencial – Generado por Salesforce.com"]]
    write_xlsx(LISTS / "mx_monterrey.xlsx", rows, sheet="Informe")
    save_truth("mx_monterrey", mission(*FR_HOST, "MX", "Clúster Automotriz de Nuevo León", "Lyon", "2026-11-12"),
               people)


def registration_report_usa() -> None:
    """An event platform's "Export to Excel": an HTML table saved with an .xls name, as web tools do."""
    folk, people = delegation(People("en_US", "US", "en", 6315), 10, abroad={2: "CA"})
    rng = folk.rng
    header = ["Registration ID", "Registration Status", "Prefix", "First Name", "Last Name", "Email Address",
              "Company", "Title", "Mobile Phone", "Country", "Pitch Session (3 min)", "Registration Date"]
    rows: list[list[object]] = []
    for person in people:
        person.pitch, answer = yes_no(rng, ["Yes", "Y", "yes"], ["No", "N", "no"])
        rows.append([f"R{rng.randrange(10**6, 10**7)}", "Confirmed", "Mr." if person.extra["male"] else "Ms.",
                     person.first_name, person.last_name, messy_email(person.email, rng).strip(";"), person.company,
                     person.role, written_phone(person.phone, rng, ["national", "international", "dashes", "dots"]),
                     {"US": rng.choice(["United States", "USA", "US"]), "CA": "Canada"}[person.country], answer,
                     f"9/{rng.randint(1, 30)}/2026"])
    dropped = folk.person()
    rows.insert(4, [f"R{rng.randrange(10**6, 10**7)}", "Cancelled", "Mr.", dropped.first_name, dropped.last_name,
                    dropped.email, dropped.company, dropped.role, written_phone(dropped.phone, rng, ["national"]),
                    "United States", "No", "9/2/2026"])
    write_html_table(LISTS / "us_detroit.xls", [header, *rows], "Registrations")
    save_truth("us_detroit", mission(*DE_HOST, "US", "Michigan Advanced Manufacturing Cluster", "Stuttgart",
                                     "2026-10-01"), people)


def refused_password_protected() -> None:
    """A workbook saved with a password: Office wraps it in an OLE compound file no one can read without it."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 0, 1, 1, 0, 0x1000, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    header[76:sector] = b"\xff" * (sector - 76)
    struct.pack_into("<I", header, 76, 0)
    fat = struct.pack("<II", 0xFFFFFFFD, 0xFFFFFFFE) + b"\xff" * (sector - 8)
    directory = bytearray(sector)
    for slot, name in enumerate(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]):
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry = bytearray(128)
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded), 5 if slot == 0 else 2, 1)
        directory[slot * 128:(slot + 1) * 128] = entry
    random_bytes = random.Random(6416).randbytes(sector * 6)
    (LISTS / "refuse_password.xlsx").write_bytes(bytes(header) + fat + bytes(directory) + random_bytes)
    save_truth("refuse_password", mission(*IT_HOST, "SE", "Automotive Cluster West Sweden", "Milano", "2026-10-13"),
               [], refuse=True)


def refused_numbers_document() -> None:
    """An Apple Numbers document renamed .xlsx: a zip of Snappy-compressed protobuf, not a workbook."""
    rng = random.Random(6517)
    with zipfile.ZipFile(LISTS / "refuse_numbers.xlsx", "w") as archive:
        archive.writestr("Index/Document.iwa", rng.randbytes(4096))
        archive.writestr("Index/Metadata.iwa", rng.randbytes(512))
        archive.writestr("Index/CalculationEngine.iwa", rng.randbytes(1024))
        archive.writestr("Metadata/Properties.plist", b"bplist00" + rng.randbytes(200))
        archive.writestr("Metadata/DocumentIdentifier", "6C1F3A2E-4B7D-4E0A-9D21-5F0C7E3B8A91")
        archive.writestr("preview.jpg", b"\xff\xd8\xff\xe0" + rng.randbytes(2048))
    fixed_zip_times(LISTS / "refuse_numbers.xlsx")
    save_truth("refuse_numbers", mission(*FR_HOST, "DK", "MADE Danish Manufacturing Cluster", "Lyon", "2026-10-06"),
               [], refuse=True)


MAKERS: list[Callable[[], None]] = [
    google_forms_sweden, google_forms_denmark, microsoft_forms_finland, eventbrite_norway, b2match_lithuania,
    outlook_latvia, google_contacts_estonia, hubspot_greece, salesforce_bulgaria, google_forms_turkey,
    hubspot_croatia, salesforce_mexico, registration_report_usa, refused_password_protected, refused_numbers_document,
]


def main() -> None:
    shutil.rmtree(LISTS, ignore_errors=True)
    LISTS.mkdir(parents=True)
    for make in MAKERS:
        make()


if __name__ == "__main__":
    main()
