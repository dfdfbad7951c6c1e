"""The workbooks: Italy, France, Switzerland, Baden-Württemberg, the Netherlands, Belgium, Emilia (.xls)."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from openpyxl.styles import Font

from . import people as pp
from .sheets import Cell, finish, groups, header, put, save_xls, title, widths, workbook


def recoverable_caps(name: str) -> bool:
    """Only names whose capitals a reader can restore by rule are shouted (not MacDonald)."""
    return re.search(r"[^\s\-'’][A-ZÀ-ÖØ-Þ]", name) is None


def shout(rng: random.Random, name: str, chance: float) -> str:
    return pp.capitals(name) if recoverable_caps(name) and rng.random() < chance else name


def registration_date(rng: random.Random, mission_day: dt.date) -> dt.date:
    return mission_day - dt.timedelta(days=rng.randint(10, 60))


def phone_cell(rng: random.Random, person: pp.Person, styles: list[str], weights: list[float]) -> Cell:
    number = person.number
    if number is None:
        return None
    style = rng.choices(styles, weights)[0]
    if style == "number":
        return pp.phone_number_cell(number)
    if style == "number_intl":
        return pp.phone_number_cell(number, international=True)
    if style == "dots":
        return pp.phone_text(number, "national").replace(" ", ".")
    return pp.phone_text(number, style)


def drop_some(rng: random.Random, crew: list[pp.Person], role: float = 0.08, phone: float = 0.05,
              stop: float = 0.1) -> None:
    """Offices leave cells empty: the truth is empty too."""
    for person in crew:
        if rng.random() < role:
            person.role = None
        if rng.random() < phone:
            person.phone = None
        if person.bus_stop and rng.random() < stop:
            person.bus_stop = None


def yes_no(rng: random.Random, person: pp.Person, yes: list[str], no: list[str], blank: float = 0.06) -> str | None:
    if rng.random() < blank:
        person.pitch = None
        return None
    return rng.choice(yes if person.pitch else no)


def it_lombardia(rng: random.Random, path: Path) -> list[pp.Person]:
    """A logo row, a merged title, 'Nome e cognome' with titles, phones typed as numbers."""
    crew = pp.delegation(rng, "IT", (26, 34))
    drop_some(rng, crew)
    milan = rng.sample(range(len(crew)), 2)
    for index in milan:
        crew[index].phone = pp.milan_landline(rng)
    book, sheet = workbook("Partecipanti")
    sheet.row_dimensions[1].height = 48
    title(sheet, 1, "LOMBARDIA AEROSPACE CLUSTER", 9, size=18)
    title(sheet, 2, "Missione Cluster2Cluster – Lione, 14 maggio 2024 – Elenco partecipanti", 9)
    columns = ["N.", "Nome e cognome", "Azienda", "Ruolo", "E-mail", "Cellulare", "Pitch (Sì/No)",
               "Fermata pullman", "Data iscrizione"]
    header(sheet, 4, columns)
    twice = rng.randrange(len(crew))  # registered twice through the web form
    for index, person in enumerate(crew):
        full = f"{person.first_name} {shout(rng, person.last_name, 0.15)}"
        if person.title:
            full = f"{person.title} {full}"
        full = pp.name_case(rng, full, (0.8, 0.15, 0.05)) if not person.title else full
        phone = phone_cell(rng, person, ["number", "national", "intl", "00", "compact"], [5, 2, 2, 1, 1])
        if index in milan and person.number is not None:
            phone = pp.phone_number_cell(person.number)  # 02 … typed into a General cell: the 0 is gone
        cells: list[Cell] = [index + 1, full, person.company, person.role, pp.messy_email(rng, person.email or ""),
                             phone, yes_no(rng, person, ["Sì", "si", "SI"], ["No", "no", "NO"]),
                             person.bus_stop, registration_date(rng, dt.date(2024, 5, 14))]
        put(sheet, 5 + index, cells)
        if index == twice:
            put(sheet, 5 + len(crew), [len(crew) + 1, *cells[1:]])
    if isinstance(sheet.cell(5, 6).value, int):
        sheet.cell(5, 6).number_format = "0.00E+00"  # a narrow column: Excel shows 3.35E+09
    end = 6 + len(crew)
    put(sheet, end + 1, ["Totale partecipanti", None, len(crew)], col=1, bordered=False)
    sheet.cell(end + 1, 1).font = Font(bold=True)
    put(sheet, end + 2, ["* Pitch: 3 minuti per azienda, slide in inglese"], bordered=False)
    finish(book, sheet, path, "C5", [5, 32, 30, 26, 34, 16, 12, 20, 14])
    return crew


def fr_aura(rng: random.Random, path: Path) -> list[pp.Person]:
    """'NOM Prénom', two header rows with merged groups, a summary table beside, a hidden key column."""
    crew = pp.delegation(rng, "FR", (24, 32))
    drop_some(rng, crew)
    book, sheet = workbook("Inscrits")
    title(sheet, 1, "Mission Cluster2Cluster AURA → Lombardie — 3 octobre 2024", 9)
    put(sheet, 2, ["Liste des participants (mise à jour le 12/09/2024)"], bordered=False)
    groups(sheet, 3, [("Participant", 2), ("Entreprise", 2), ("Contact", 2), ("Logistique", 2)])
    header(sheet, 4, ["NOM Prénom", "Fonction", "Raison sociale", "Ville", "Courriel", "Téléphone portable",
                      "Pitch", "Point de montée (car)", "clé"])
    for index, person in enumerate(crew):
        name = f"{pp.capitals(person.last_name)} {person.first_name}"
        phone = phone_cell(rng, person, ["national", "intl", "paren0", "number", "dots", "compact"],
                           [5, 2, 1, 2, 2, 1])
        put(sheet, 5 + index, [name, person.role, person.company, rng.choice(["Lyon", "Grenoble", "Annecy",
                                                                             "Saint-Étienne", "Clermont-Ferrand"]),
                               pp.messy_email(rng, person.email or ""), phone,
                               yes_no(rng, person, ["Oui", "oui", "OUI"], ["Non", "non"]), person.bus_stop,
                               pp.ascii_fold(person.last_name + "_" + person.first_name).upper()])
    sheet.column_dimensions["I"].hidden = True
    header(sheet, 3, ["Récapitulatif", ""], col=11)
    put(sheet, 4, ["Entreprises", len({p.company for p in crew})], col=11)
    put(sheet, 5, ["Participants", len(crew)], col=11)
    put(sheet, 6, ["Pitchs", sum(1 for p in crew if p.pitch)], col=11)
    put(sheet, 5 + len(crew) + 2, ["Contact AURA : Claire Vidal, 04 72 00 00 00"], bordered=False)
    finish(book, sheet, path, "B5", [30, 26, 34, 16, 34, 20, 8, 24, 4, 2, 16, 8])
    return crew


CH_LANGUAGE = {"Urs": "de", "Reto": "de", "Beat": "de", "Martina": "de", "Lukas": "de", "Sandra": "de",
               "Thomas": "de", "Daniela": "de", "Jürg": "de", "Marco": "it", "Giorgia": "it", "Fabio": "it"}
CH_COUNTRY = {"de": ["Schweiz", "CH", "Schweiz"], "fr": ["Suisse", "CH", "Suisse"], "it": ["Svizzera", "CH"]}
CH_YES_NO = {"de": (["ja", "Ja"], ["nein", "Nein"]), "fr": (["oui", "Oui"], ["non"]), "it": (["sì", "si"], ["no"])}
FOREIGN_COUNTRY = {"FR": "Frankreich", "LI": "Liechtenstein", "DE": "Deutschland"}


def ch_romandie_ticino(rng: random.Random, path: Path) -> list[pp.Person]:
    """Three languages in one list: bilingual headers, countries and yes/no in each person's tongue."""
    crew = pp.delegation(rng, "CH", (22, 30), guests=("FR", "LI", "DE"))
    drop_some(rng, crew)
    book, sheet = workbook("Teilnehmende")
    title(sheet, 1, "Cluster2Cluster Mission Baden-Württemberg – Teilnehmerliste / Liste des participants", 9)
    header(sheet, 3, ["Vorname / Prénom", "Name / Nom", "Firma / Entreprise", "Funktion / Fonction", "E-Mail",
                      "Telefon / Téléphone", "Land / Pays", "Pitch (ja/nein – oui/non)", "Zustieg / Montée"])
    for index, person in enumerate(crew):
        language = CH_LANGUAGE.get(person.first_name, "fr") if person.country == "CH" else "de"
        country = rng.choice(CH_COUNTRY[language]) if person.country == "CH" else FOREIGN_COUNTRY[person.country]
        yes, no = CH_YES_NO[language]
        phone = phone_cell(rng, person, ["national", "intl", "00", "number", "e164"], [5, 3, 1, 1, 1])
        put(sheet, 4 + index, [person.first_name, shout(rng, person.last_name, 0.1), person.company, person.role,
                               pp.messy_email(rng, person.email or ""), phone, country,
                               yes_no(rng, person, yes, no), person.bus_stop])
    sheet.auto_filter.ref = f"A3:I{3 + len(crew)}"
    finish(book, sheet, path, "A4", [18, 20, 34, 26, 34, 18, 14, 12, 14])
    return crew


def de_bw(rng: random.Random, path: Path) -> list[pp.Person]:
    """Anrede and Titel columns, surnames in capitals, a hidden letter-salutation column, a total."""
    crew = pp.delegation(rng, "DE", (25, 36))
    drop_some(rng, crew)
    book, sheet = workbook("Anmeldungen")
    sheet.row_dimensions[1].height = 60
    title(sheet, 2, "Delegationsreise Cluster2Cluster Zürich, 12. September 2024 – Teilnehmerliste", 11)
    put(sheet, 3, ["Stand: 02.09.2024"], bordered=False)
    header(sheet, 5, ["Anrede", "Titel", "Vorname", "Nachname", "Unternehmen", "Position", "E-Mail", "Mobil",
                      "Präsentation", "Zustieg", "Anmeldung am", "Briefanrede"])
    for index, person in enumerate(crew):
        salutation = rng.choice(["Herr", "Frau"])
        phone = phone_cell(rng, person, ["national", "paren0", "slash", "number", "intl"], [4, 2, 2, 2, 1])
        put(sheet, 6 + index, [salutation, person.title or None, person.first_name,
                               shout(rng, person.last_name, 0.3), person.company, person.role,
                               pp.messy_email(rng, person.email or ""), phone,
                               yes_no(rng, person, ["ja", "Ja", "x"], ["nein", "Nein"]), person.bus_stop,
                               registration_date(rng, dt.date(2024, 9, 12)),
                               f"Sehr geehrte{'r' if salutation == 'Herr' else ''} {salutation} {person.last_name}"],
            formats={10: "DD.MM.YYYY"})
    sheet.column_dimensions["L"].hidden = True
    end = 6 + len(crew)
    put(sheet, end + 1, [None, None, None, "Summe", len(crew)], bordered=False)
    put(sheet, end + 3, ["Bitte Änderungen bis 05.09. an die Geschäftsstelle melden."], bordered=False)
    finish(book, sheet, path, "E6", [8, 12, 14, 18, 36, 26, 32, 18, 12, 20, 13, 30])
    return crew


def nl_brainport(rng: random.Random, path: Path) -> list[pp.Person]:
    """The list on the second sheet, after instructions; 'tussenvoegsel' in its own column."""
    crew = pp.delegation(rng, "NL", (20, 28))
    drop_some(rng, crew)
    book, notes = workbook("Instructies")
    notes["A1"] = "Vul per deelnemer één regel in op het tabblad Deelnemers."
    notes["A2"] = "Pitch: ja/nee. Opstapplaats: waar de bus u ophaalt."
    notes["A1"].font = Font(bold=True)
    sheet = book.create_sheet("Deelnemers")
    header(sheet, 1, ["Voornaam", "Tussenvoegsel", "Achternaam", "Bedrijf", "Functie", "E-mailadres",
                      "Telefoonnummer", "Pitch", "Opstapplaats"])
    particles = ("van der ", "van den ", "van 't ", "van ", "de ", "ter ")
    for index, person in enumerate(crew):
        particle = next((p for p in particles if person.last_name.startswith(p)), "")
        phone = phone_cell(rng, person, ["national", "dashes", "intl", "number", "compact"], [3, 3, 2, 2, 1])
        put(sheet, 2 + index, [person.first_name, particle.strip() or None, person.last_name[len(particle):],
                               person.company, person.role, pp.messy_email(rng, person.email or ""), phone,
                               yes_no(rng, person, ["ja", "Ja"], ["nee", "Nee"]), person.bus_stop])
    sheet.auto_filter.ref = f"A1:I{1 + len(crew)}"
    finish(book, sheet, path, "A2", [14, 12, 18, 32, 22, 34, 18, 8, 20])
    return crew


BE_COUNTRY = ["Belgique", "België", "BE", "Belgium", "Belgique / België"]


def be_bilingue(rng: random.Random, path: Path) -> list[pp.Person]:
    """French/Dutch headers and values, Belgian phone styles (0475/12.34.56), a logo row."""
    crew = pp.delegation(rng, "BE", (22, 30))
    drop_some(rng, crew)
    book, sheet = workbook("Participants - Deelnemers")
    sheet.row_dimensions[1].height = 50
    title(sheet, 2, "Mission Cluster2Cluster Eindhoven – 29/05/2024 – Liste des participants / Deelnemerslijst", 9)
    header(sheet, 4, ["Prénom / Voornaam", "Nom / Naam", "Société / Bedrijf", "Fonction / Functie", "E-mail",
                      "GSM", "Pays / Land", "Pitch (oui-ja / non-nee)", "Arrêt bus / Opstapplaats"])
    for index, person in enumerate(crew):
        number = person.number
        if number is not None and rng.random() < 0.2:
            digits = pp.phone_text(number, "compact")
            phone: Cell = f"{digits[:4]}/{digits[4:6]}.{digits[6:8]}.{digits[8:]}"
        else:
            phone = phone_cell(rng, person, ["national", "intl", "number", "00"], [4, 3, 2, 1])
        last = person.last_name if " " in person.last_name else shout(rng, person.last_name, 0.3)
        put(sheet, 5 + index, [person.first_name, last, person.company, person.role,
                               pp.messy_email(rng, person.email or ""), phone, rng.choice(BE_COUNTRY),
                               yes_no(rng, person, ["oui", "ja", "Ja", "Oui"], ["non", "nee", "Nee"]),
                               person.bus_stop])
    put(sheet, 6 + len(crew), [f"Total: {len(crew)} participants / deelnemers"], bordered=False)
    finish(book, sheet, path, "A5", [18, 20, 32, 24, 34, 18, 14, 14, 22])
    return crew


IT_COUNTRY = ["Italia", "ITALIA", "IT", "Italia"]


def it_emilia(rng: random.Random, path: Path) -> list[pp.Person]:
    """Excel 97 (.xls): Cognome first and in capitals, Nazione, SI/NO, notes."""
    crew = pp.delegation(rng, "IT", (20, 26), stops=False)
    drop_some(rng, crew)
    book, sheet = workbook("Foglio1")
    title(sheet, 1, "CLUSTER MECCATRONICA EMILIA – MISSIONE GRAZ 3/12/2024", 9)
    header(sheet, 3, ["Cognome", "Nome", "Ragione sociale", "Qualifica", "Email", "Telefono", "Nazione",
                      "Partecipa al pitch", "Note"])
    for index, person in enumerate(crew):
        phone = phone_cell(rng, person, ["number", "intl", "national", "number_intl"], [4, 2, 2, 1])
        put(sheet, 4 + index, [shout(rng, person.last_name, 0.7), shout(rng, person.first_name, 0.3),
                               person.company, person.role,
                               pp.messy_email(rng, person.email or ""), phone, rng.choice(IT_COUNTRY),
                               yes_no(rng, person, ["SI", "Si", "sì"], ["NO", "No"]),
                               rng.choice([None, None, None, "vegetariano", "arriva in auto", "parte alle 16"])])
    put(sheet, 5 + len(crew), ["TOTALE", len(crew)], bordered=False)
    widths(sheet, [18, 14, 34, 24, 34, 16, 10, 10, 18])
    if not save_xls(book, path):
        return []
    return crew


WRITERS_A = {
    "it_lombardia.xlsx": it_lombardia,
    "fr_aura.xlsx": fr_aura,
    "ch_romandie_ticino.xlsx": ch_romandie_ticino,
    "de_bw.xlsx": de_bw,
    "nl_brainport.xlsx": nl_brainport,
    "be_bilingue.xlsx": be_bilingue,
    "it_emilia.xls": it_emilia,
}
