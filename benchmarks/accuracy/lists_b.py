"""The text files and LibreOffice sheets: Poland, Czechia, Spain, Portugal, Québec, Austria, Occitanie."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import people as pp
from .lists_a import drop_some, phone_cell, shout, yes_no
from .sheets import Cell, save_ods, write_text


def pl_dolnoslaskie(rng: random.Random, path: Path) -> list[pp.Person]:
    """Excel on Polish Windows, 'CSV (rozdzielany średnikami)': cp1250, semicolons, a title line, a total."""
    crew = pp.delegation(rng, "PL", (24, 34))
    drop_some(rng, crew)
    rows: list[list[Cell]] = [["Lista uczestników – misja Cluster2Cluster Ostrava, 23.04.2024"] + [None] * 9,
                              [None] * 10,
                              ["Lp.", "Tytuł", "Imię", "Nazwisko", "Firma", "Stanowisko", "E-mail", "Telefon",
                               "Prezentacja", "Przystanek"]]
    for index, person in enumerate(crew):
        phone = phone_cell(rng, person, ["national", "intl", "number", "number_intl", "dashes"], [4, 3, 2, 1, 1])
        rows.append([index + 1, person.title or None, person.first_name, shout(rng, person.last_name, 0.25),
                     person.company, person.role, pp.messy_email(rng, person.email or ""), phone,
                     yes_no(rng, person, ["Tak", "tak", "TAK"], ["Nie", "nie"]), person.bus_stop])
    rows += [[None] * 10, [None, None, None, "Razem:", len(crew)] + [None] * 5]
    write_text(path, rows, ";", "cp1250", "\r\n")
    return crew


CZ_COUNTRY = {"CZ": ["Česká republika", "ČR", "CZ", "Česko"], "SK": ["Slovensko", "Slovenská republika", "SK"]}
CZ_SUFFIX = ["Ph.D.", "CSc.", "MBA"]


def cz_moravia(rng: random.Random, path: Path) -> list[pp.Person]:
    """LibreOffice Calc: titles before and after the name, Stát, ano/ne, Slovak guests."""
    crew = pp.delegation(rng, "CZ", (22, 30), guests=("SK", "SK"), stops=False)
    drop_some(rng, crew)
    rows: list[list[Cell]] = [["Moravskoslezský klastr – mise Cluster2Cluster Wrocław 7. 11. 2024"] + [None] * 9,
                              ["Seznam účastníků"] + [None] * 9,
                              ["Titul", "Jméno", "Příjmení", "Titul za jménem", "Firma", "Funkce", "E-mail",
                               "Telefon", "Stát", "Prezentace (ano/ne)"]]
    for person in crew:
        phone = phone_cell(rng, person, ["national", "intl", "number", "00", "number_intl"], [4, 3, 2, 1, 1])
        suffix = rng.choice(CZ_SUFFIX) if person.title and rng.random() < 0.4 else None
        rows.append([person.title or None, person.first_name, shout(rng, person.last_name, 0.2), suffix,
                     person.company, person.role, pp.messy_email(rng, person.email or ""), phone,
                     rng.choice(CZ_COUNTRY[person.country]), yes_no(rng, person, ["ano", "Ano", "ANO"], ["ne", "Ne"])])
    rows += [[None] * 10, [f"Celkem účastníků: {len(crew)}"] + [None] * 9]
    save_ods(path, [("Účastníci", rows, {(0, 0): 10, (1, 0): 10})])
    return crew


ES_COUNTRY = ["España", "ESPAÑA", "ES", "España", "Spain"]


def es_aragon(rng: random.Random, path: Path) -> list[pp.Person]:
    """UTF-8 with a byte order mark, semicolons, two surnames in Apellidos, a repeated person."""
    crew = pp.delegation(rng, "ES", (20, 30))
    drop_some(rng, crew)
    rows: list[list[Cell]] = [["Nombre", "Apellidos", "Empresa", "Cargo", "Correo electrónico", "Teléfono móvil",
                               "País", "¿Presentación?", "Parada autobús"]]
    repeated, second = rng.randrange(len(crew)), []
    for index, person in enumerate(crew):
        phone = phone_cell(rng, person, ["national", "intl", "compact", "00"], [4, 3, 2, 1])
        rows.append([pp.name_case(rng, person.first_name, (0.85, 0.05, 0.1)),
                     pp.name_case(rng, person.last_name, (0.85, 0.1, 0.05)), person.company, person.role,
                     pp.messy_email(rng, person.email or ""), phone, rng.choice(ES_COUNTRY),
                     yes_no(rng, person, ["Sí", "si", "SÍ"], ["No", "no"]), person.bus_stop])
        if index == repeated:  # the second registration, its e-mail typed again with caps lock on
            again = list(rows[-1])
            again[4] = (person.email or "").upper()
            second = again
    rows.append(second)
    write_text(path, rows, ";", "utf-8", "\r\n", bom=True)
    return crew


def pt_norte(rng: random.Random, path: Path) -> list[pp.Person]:
    """LibreOffice Calc: Nome and Apelido, Telemóvel as number cells, S/N."""
    crew = pp.delegation(rng, "PT", (20, 28))
    drop_some(rng, crew)
    rows: list[list[Cell]] = [["Missão Cluster2Cluster Zaragoza – 22 de outubro de 2024"] + [None] * 8,
                              [None] * 9,
                              ["Nome", "Apelido", "Empresa", "Cargo", "Email", "Telemóvel", "País", "Pitch (S/N)",
                               "Ponto de recolha"]]
    for person in crew:
        phone = phone_cell(rng, person, ["number", "national", "intl", "e164"], [4, 3, 2, 1])
        if isinstance(phone, str) and rng.random() < 0.2:
            phone = f"(+351) {pp.phone_text(person.number, 'compact')}" if person.number else phone
        rows.append([person.first_name, person.last_name, person.company, person.role,
                     pp.messy_email(rng, person.email or ""), phone, rng.choice(["Portugal", "PT", "Portugal"]),
                     yes_no(rng, person, ["S", "s", "Sim"], ["N", "Não"]), person.bus_stop])
    rows += [[None] * 9, ["Nota: almoço incluído. Confirmar até 15/10."] + [None] * 8]
    save_ods(path, [("Participantes", rows, {(0, 0): 9})])
    return crew


QC_COUNTRY = ["Canada", "Canada", "CA", "Québec, Canada"]


def qc_aero(rng: random.Random, path: Path) -> list[pp.Person]:
    """Excel's 'Unicode text' (.txt): UTF-16 with a byte order mark, tabs, North American phones."""
    crew = pp.delegation(rng, "CA", (20, 28))
    drop_some(rng, crew)
    rows: list[list[Cell]] = [["Prénom", "Nom", "Entreprise", "Titre", "Courriel", "Cellulaire", "Pays",
                               "Pitch (O/N)", "Point de départ", "Notes"]]
    for person in crew:
        number = person.number
        phone: Cell = None
        if number is not None:
            digits = pp.phone_text(number, "compact")
            area, exchange, line = digits[:3], digits[3:6], digits[6:]
            phone = rng.choice([f"({area}) {exchange}-{line}", f"{area}-{exchange}-{line}", f"1-{area}-{exchange}-{line}",
                                f"+1 {area} {exchange} {line}", f"{area}.{exchange}.{line}", f"{area} {exchange}-{line}"])
        rows.append([person.first_name, shout(rng, person.last_name, 0.1), person.company, person.role,
                     pp.messy_email(rng, person.email or ""), phone, rng.choice(QC_COUNTRY),
                     yes_no(rng, person, ["O", "Oui", "o"], ["N", "Non"]), person.bus_stop,
                     rng.choice([None, None, None, "Arrive la veille", "Allergie aux arachides"])])
    write_text(path, rows, "\t", "utf-16-le", "\r\n", bom=True)
    return crew


AT_COUNTRY = ["Österreich", "AT", "Österreich", "Austria"]


def at_steiermark(rng: random.Random, path: Path) -> list[pp.Person]:
    """Excel 2011 for Mac, CSV: Mac Roman, CR line endings, German decimal commas, one phone lost to 4,36641E+11."""
    crew = pp.delegation(rng, "AT", (20, 30))
    drop_some(rng, crew)
    rows: list[list[Cell]] = [["Titel", "Vorname", "Nachname", "Firma", "Funktion", "E-Mail", "Telefon", "Land",
                               "Pitch", "Zustieg", "Anmeldedatum"]]
    lost = rng.randrange(len(crew))
    for index, person in enumerate(crew):
        phone = phone_cell(rng, person, ["national", "intl", "paren0", "slash", "number"], [4, 3, 2, 2, 1])
        if index == lost and person.number is not None:
            digits = str(pp.phone_number_cell(person.number, international=True))
            phone = f"{digits[0]},{digits[1:6]}E+{len(digits) - 1}"  # what was left of 43664…: no reader gets it back
            person.phone = None
        rows.append([person.title or None, person.first_name, shout(rng, person.last_name, 0.15), person.company,
                     person.role, pp.messy_email(rng, person.email or ""), phone, rng.choice(AT_COUNTRY),
                     yes_no(rng, person, ["ja", "Ja"], ["nein", "Nein"]), person.bus_stop,
                     dt.date(2024, 9, 26) - dt.timedelta(days=rng.randint(5, 50))])
    write_text(path, rows, ";", "mac_roman", "\r")
    return crew


def fr_occitanie(rng: random.Random, path: Path) -> list[pp.Person]:
    """LibreOffice Calc: NOM and Prénom apart, a landline and a mobile column, the pitch marked with X."""
    crew = pp.delegation(rng, "FR", (20, 28), stops=False)
    drop_some(rng, crew, phone=0.0)
    rows: list[list[Cell]] = [["Mission Cluster2Cluster Montréal – 16 avril 2024"] + [None] * 9,
                              ["Civilité", "NOM", "Prénom", "Structure", "Fonction", "Mail", "Tél. fixe",
                               "Tél. portable", "Pitch", "Remarques"]]
    for person in crew:
        landline = _toulouse_landline(rng)
        mobile: Cell = phone_cell(rng, person, ["national", "dots", "intl"], [4, 3, 1])
        if rng.random() < 0.15:  # only the office line is known
            mobile, person.phone = None, landline
        fixed = pp.phone_text(pp.phonenumbers.parse(landline), "national")
        if mobile is not None and rng.random() < 0.3:
            fixed = None
        rows.append([rng.choice(["M.", "Mme"]), pp.capitals(person.last_name), person.first_name, person.company,
                     person.role, pp.messy_email(rng, person.email or ""), fixed, mobile,
                     "X" if person.pitch else None, rng.choice([None, None, None, "Végétarien", "Arrive en retard"])])
        person.pitch = bool(person.pitch)
    save_ods(path, [("Feuille1", rows, {(0, 0): 10})])
    return crew


def _toulouse_landline(rng: random.Random) -> str:
    while True:
        number = pp.phonenumbers.parse("05 61 " + "".join(str(rng.randint(0, 9)) for _ in range(6)), "FR")
        if pp.phonenumbers.is_valid_number(number):
            return pp.phonenumbers.format_number(number, pp.phonenumbers.PhoneNumberFormat.E164)


WRITERS_B = {
    "pl_dolnoslaskie.csv": pl_dolnoslaskie,
    "cz_moravia.ods": cz_moravia,
    "es_aragon.csv": es_aragon,
    "pt_norte.ods": pt_norte,
    "qc_aero.txt": qc_aero,
    "at_steiermark.csv": at_steiermark,
    "fr_occitanie.ods": fr_occitanie,
}
