"""Slovenia, Hungary, Sweden, Denmark, Romania, Slovakia."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.accuracy2 import pools
from benchmarks.accuracy2.common import Built, messy_email, mission, shout, with_phone
from benchmarks.accuracy2.people import Person, draw_people
from benchmarks.accuracy2.sheets import Cell, Sheet, convert, write_ods, write_text, write_xlsx


def si_ljubljana(directory: Path) -> Built:
    """cp1250 CSV with two title lines, numbered rows, DA/NE, a total and a note; no country column."""
    rng = random.Random(1101)
    built = Built("si_ljubljana.csv", mission("IT", "Lombardia Aerospace Cluster", "SI",
                                              "Slovenski grozd za mehatroniko", "Bergamo", "2025-10-14"))
    rows: list[list[Cell]] = [
        ["Seznam udeležencev – Cluster2Cluster Bergamo, 14. 10. 2025", "", "", "", "", "", "", ""],
        ["Slovenski grozd za mehatroniko, Ljubljana", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Št.", "Ime", "Priimek", "Podjetje", "Delovno mesto", "E-pošta", "Telefon", "Predstavitev (DA/NE)"]]
    styles = ["national", "national", "paren0", "00", "compact", "intl", "dots"]
    for i, person in enumerate(draw_people(rng, pools.SI, "si", 18), start=1):
        person, phone = with_phone(rng, person, "SI", rng.choice(styles), mobile=rng.random() < 0.7)
        answer = rng.choice(["DA", "NE", "NE", "da", ""])
        person = built.keep(person.but(pitch=answer.upper() == "DA"))
        last = shout(person.last_name) if i % 5 == 0 else person.last_name
        rows.append([i, person.first_name, last, person.company, person.role, messy_email(rng, person.email),
                     phone, answer])
        if i == 9:
            rows.append([""] * 8)
        if i == 12:  # sent twice: the second time from another colleague's copy
            rows.append([i, person.first_name, person.last_name, person.company, person.role,
                         (person.email or "").upper(), phone, answer])
    rows += [[""] * 8, ["", "Skupaj", "", "", "", "", "18", ""],
             ["Opomba: avtobus odpelje ob 5.30 izpred GZS, Dimičeva 13.", "", "", "", "", "", "", ""]]
    write_text(directory / built.name, rows, ";", "cp1250")
    return built


def hu_pannon(directory: Path) -> Built:
    """ISO-8859-2 CSV; one Név column in Hungarian order (surname first), dr. titles, igen/nem."""
    rng = random.Random(1202)
    built = Built("hu_pannon.csv", mission("DE", "Cluster Mechatronik Baden-Württemberg", "HU",
                                           "Pannon Gépipari Klaszter", "Stuttgart", "2025-11-05"))
    rows: list[list[Cell]] = [["Résztvevők listája - Cluster2Cluster Stuttgart", "", "", "", "", "", ""],
                              ["Név", "Cég", "Beosztás", "E-mail", "Mobil", "Ország", "Pitch (igen/nem)"]]
    countries = ["Magyarország", "Magyarország", "HU", "Magyarország", "Hungary"]
    for i, person in enumerate(draw_people(rng, pools.HU, "hu", 19), start=1):
        person, phone = with_phone(rng, person, "HU", rng.choice(["national", "intl", "dashes", "national"]),
                                   mobile=i % 6 != 0)
        title = "dr. " if i % 7 == 3 else ""
        answer = rng.choice(["igen", "nem", "nem", "Igen", ""])
        person = built.keep(person.but(pitch=answer.lower() == "igen"))
        rows.append([f"{title}{person.last_name} {person.first_name}", person.company, person.role,
                     messy_email(rng, person.email), phone, rng.choice(countries), answer])
    # An Austrian member of the cluster, written as a German speaker writes his name.
    austrian = Person("Thomas", "Gruber", "Gruber Anlagenbau GmbH", "Geschäftsführer", "AT",
                      "t.gruber@gruber-anlagenbau.at", None)
    austrian, phone = with_phone(rng, austrian, "AT", "intl")
    built.keep(austrian.but(pitch=False))
    rows.append(["Thomas Gruber", austrian.company, austrian.role, austrian.email, phone, "Ausztria", "nem"])
    rows += [["", "", "", "", "", "", ""], ["Összesen: 20 fő", "", "", "", "", "", ""]]
    write_text(directory / built.name, rows, ";", "iso8859_2")
    return built


def se_vastsverige(directory: Path) -> Built:
    """UTF-16 tab-separated text (Excel's "Unicode text"); Titel is the job title; Land with a city."""
    rng = random.Random(1303)
    built = Built("se_vastsverige.tsv", mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "SE",
                                                "Västsvenska Industriklustret", "Lyon", "2025-09-23"))
    rows: list[list[Cell]] = [["Förnamn", "Efternamn", "Företag", "Titel", "E-post", "Mobilnummer", "Land",
                               "Pitch (ja/nej)"]]
    lands = ["Sverige", "Sverige", "SE", "Göteborg, Sverige", "SWE", "sverige"]
    people = draw_people(rng, pools.SE, "se", 16)
    for i, person in enumerate(people):
        person, phone = with_phone(rng, person, "SE", rng.choice(["national", "intl", "paren0", "00"]))
        answer = rng.choice(["Ja", "Nej", "Nej", "ja", ""])
        person = built.keep(person.but(pitch=answer.lower() == "ja"))
        company = person.company
        if i > 0 and company == people[0].company and rng.random() < 0.5:
            company = company.upper().removesuffix(" AB")  # the same company, typed by someone else
        rows.append([person.first_name, person.last_name, company, person.role,
                     messy_email(rng, person.email), phone, rng.choice(lands), answer])
    write_text(directory / built.name, rows, "\t", "utf-16")
    return built


def dk_midtjylland(directory: Path) -> Built:
    """ODS with a merged title, section headings by area, phones as number cells, a total."""
    rng = random.Random(1404)
    built = Built("dk_midtjylland.ods", mission("BE", "Mechatronics Cluster Flanders–Wallonia", "DK",
                                                "Midtjysk Produktionsklynge", "Gent", "2026-03-18"))
    sheet = Sheet(merges=["A1:G1"])
    sheet.add("Deltagerliste – Cluster2Cluster Gent, 18. marts 2026", None, None, None, None, None, None)
    sheet.add(None)
    sheet.add("Fornavn", "Efternavn", "Virksomhed", "Stilling", "E-mail", "Telefon", "Pitch")
    people = draw_people(rng, pools.DK, "dk", 14)
    for i, person in enumerate(people):
        if i in (0, 7):
            sheet.add("Aarhus-området" if i == 0 else "Herning og Silkeborg")
        person, phone = with_phone(rng, person, "DK", rng.choice(["national", "intl", "compact", "digits"]))
        answer = rng.choice(["Ja", "Nej", "Nej", ""])
        person = built.keep(person.but(pitch=answer == "Ja"))
        cell: Cell = int(phone) if phone.isdigit() else phone
        sheet.add(person.first_name, person.last_name, person.company, person.role,
                  messy_email(rng, person.email), cell, answer)
    sheet.add(None)
    sheet.add("I alt", None, None, None, None, 14)
    write_ods(directory / built.name, {"Deltagere": sheet})
    return built


def ro_transilvania(directory: Path) -> Built:
    """UTF-8 CSV with a BOM, commas; Nume is the surname, Prenume the given name; a Moldovan guest."""
    rng = random.Random(1505)
    built = Built("ro_transilvania.csv", mission("ES", "Clúster Aeronáutico de Aragón", "RO",
                                                 "Clusterul de Mecatronică Transilvania", "Zaragoza",
                                                 "2026-02-10"))
    rows: list[list[Cell]] = [["Nr. crt.", "Nume", "Prenume", "Companie", "Funcție", "E-mail", "Telefon", "Țara"]]
    countries = ["România", "RO", "Romania", "ROMÂNIA"]
    people = draw_people(rng, pools.RO, "ro", 17)
    for i, person in enumerate(people, start=1):
        person, phone = with_phone(rng, person, "RO", rng.choice(["national", "paren0", "00", "dots", "national"]),
                                   mobile=i % 5 != 0)
        if i == 4:
            person = person.but(role="Director vânzări, export")
        person = built.keep(person)
        last = shout(person.last_name) if i % 2 else person.last_name
        rows.append([i, last, person.first_name, person.company, person.role, messy_email(rng, person.email),
                     phone, rng.choice(countries)])
        if i == 10:
            rows.append([i, last, person.first_name, person.company, person.role, person.email, phone, "RO"])
    moldovan = Person("Victoria", "Ceban", "Codru Metal S.R.L.", "Director tehnic", "MD",
                      "v.ceban@codrumetal.md", None)
    moldovan, phone = with_phone(rng, moldovan, "MD", "intl")
    built.keep(moldovan)
    rows.append([18, "CEBAN", "Victoria", moldovan.company, moldovan.role, moldovan.email, phone,
                 "Republica Moldova"])
    write_text(directory / built.name, rows, ",", "utf-8-sig")
    return built


def sk_kosice(directory: Path) -> Built:
    """.xls saved by LibreOffice: degrees in their own columns, -ová surnames, a bus stop column."""
    rng = random.Random(1606)
    built = Built("sk_kosice.xls", mission("PL", "Klaster Lotniczy Dolny Śląsk", "SK",
                                           "Košický strojársky klaster", "Wrocław", "2025-06-12"))
    sheet = Sheet(merges=["A1:J1"])
    sheet.add("Zoznam účastníkov – Cluster2Cluster Wrocław 12. 6. 2025", *[None] * 9)
    sheet.add("P. č.", "Titul", "Meno", "Priezvisko", "Titul za menom", "Organizácia", "Funkcia", "E-mail",
              "Telefón", "Nástupné miesto")
    stops = ["Košice, Hlavná stanica", "Prešov, Solivar", "Poprad, OC Max"]
    for i, person in enumerate(draw_people(rng, pools.SK, "sk", 16), start=1):
        person, phone = with_phone(rng, person, "SK", rng.choice(["national", "slash", "intl", "paren0"]),
                                   mobile=i % 4 != 0)
        before = rng.choice(["Ing.", "Ing.", "Mgr.", "doc. Ing.", "", "Bc."])
        after = rng.choice(["PhD.", "", "", "CSc."]) if before.endswith("Ing.") else ""
        person = built.keep(person.but(bus_stop=stops[i % 3]))
        sheet.add(i, before or None, person.first_name, person.last_name, after or None, person.company,
                  person.role, messy_email(rng, person.email), phone, person.bus_stop)
    sheet.add(None)
    sheet.add(None, None, "Spolu", None, None, None, None, None, None, None)
    sheet.rows[-1][3] = 16
    source = directory / "sk_kosice.xlsx"
    write_xlsx(source, {"Účastníci": sheet})
    convert(source, "xls", "MS Excel 97")
    return built


LISTS = [si_ljubljana, hu_pannon, se_vastsverige, dk_midtjylland, ro_transilvania, sk_kosice]
