"""Croatia, Ireland, Luxembourg, Catalonia, Bavaria, Brianza, and two files nobody can read."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from benchmarks.accuracy2 import pools
from benchmarks.accuracy2.common import Built, messy_email, mission, shout, with_phone
from benchmarks.accuracy2.people import Person, draw_people
from benchmarks.accuracy2.sheets import Cell, Sheet, convert, write_text, write_xlsx


def hr_zagreb(directory: Path) -> Built:
    """xlsx with a group row over the field row, a blank row among people, a total and a footnote."""
    rng = random.Random(2101)
    built = Built("hr_zagreb.xlsx", mission("AT", "Steirischer Aerospace Cluster", "HR",
                                            "Hrvatski klaster strojogradnje", "Graz", "2025-10-02"))
    sheet = Sheet(merges=["A1:G1", "A3:B3", "C3:D3", "E3:F3"], bold_rows={3, 4})
    sheet.add("POPIS SUDIONIKA – Cluster2Cluster Graz, 2. listopada 2025.", *[None] * 6)
    sheet.add(None)
    sheet.add("Sudionik", None, "Tvrtka", None, "Kontakt", None, None)
    sheet.add("Ime", "Prezime", "Naziv tvrtke", "Radno mjesto", "E-mail", "Telefon", "Prezentacija (DA/NE)")
    for i, person in enumerate(draw_people(rng, pools.HR, "hr", 15), start=1):
        person, phone = with_phone(rng, person, "HR", rng.choice(["national", "paren0", "00", "national"]),
                                   mobile=i % 4 != 0)
        answer = rng.choice(["DA", "NE", "NE", ""])
        person = built.keep(person.but(pitch=answer == "DA"))
        last = shout(person.last_name) if i % 6 == 0 else person.last_name
        first = person.first_name + (" *" if i == 11 else "")  # a footnote mark, not part of the name
        sheet.add(first, last, person.company, person.role, messy_email(rng, person.email), phone, answer)
        if i == 8:
            sheet.add(None)
    sheet.add(None)
    sheet.add("Ukupno: 15 sudionika")
    sheet.add("* čeka potvrdu")
    write_xlsx(directory / built.name, {"Sudionici": sheet})
    return built


def ie_munster(directory: Path) -> Built:
    """cp1252 CSV: a Title column, one "Surname, Forename" column, Irish and Northern Irish members."""
    rng = random.Random(2202)
    built = Built("ie_munster.csv", mission("CH", "Swiss Precision Cluster", "IE",
                                            "Munster Advanced Manufacturing Cluster", "Neuchâtel", "2026-04-21"))
    rows: list[list[Cell]] = [["Cluster2Cluster Neuchâtel – delegation list (draft 3)", "", "", "", "", "", ""],
                              ["Title", "Surname, Forename", "Organisation", "Position", "Email", "Telephone",
                               "Country"]]
    irish = ["Ireland", "Ireland", "IRL", "Republic of Ireland", "IE", "Éire"]
    people = [(p, "IE") for p in draw_people(rng, pools.IE, "ie", 13)]
    people += [(p.but(country="GB"), "GB") for p in draw_people(rng, pools.GB, "co.uk", 3)]
    for i, (person, region) in enumerate(people, start=1):
        style = "ext:intl" if i == 5 else rng.choice(["national", "intl", "paren0", "national"])
        person, phone = with_phone(rng, person, region, style, mobile=i % 4 != 0)
        title = rng.choice(["Mrs", "Ms", "Dr"] if person.female else ["Mr", "Mr", "Dr"])
        person = built.keep(person)
        surname = shout(person.last_name) if i in (2, 9) else person.last_name
        email = messy_email(rng, person.email)
        if i == 7:
            email = f"{person.first_name} {person.last_name} <{person.email}>"
        country = rng.choice(irish) if region == "IE" else rng.choice(["Northern Ireland", "UK", "United Kingdom"])
        rows.append([title, f"{surname}, {person.first_name}", person.company, person.role, email, phone, country])
    write_text(directory / built.name, rows, ",", "cp1252")
    return built


def lu_grande_region(directory: Path) -> Built:
    """xlsm saved by LibreOffice; headers in French and German; cross-border members; oui/ja/jo."""
    rng = random.Random(2303)
    built = Built("lu_grande_region.xlsm", mission("IT", "Lombardia Aerospace Cluster", "LU",
                                                   "Luxembourg Industrial Cluster", "Torino", "2025-12-03"))
    sheet = Sheet(merges=["A1:H1"])
    sheet.add("Cluster2Cluster Torino – Liste des participants / Teilnehmerliste", *[None] * 7)
    sheet.add("Nom / Name", "Prénom / Vorname", "Société / Firma", "Fonction / Funktion", "E-mail",
              "Tél. / Tel.", "Pays / Land", "Pitch (oui/non)")
    neighbours = [Person("Laurent", "Collignon", "Ardennes Composites S.A.", "Responsable qualité", "BE",
                         "l.collignon@ardennes-composites.lu", None),
                  Person("Thomas", "Becker", "Moselle Précision S.à r.l.", "Vertriebsleiter", "DE",
                         "thomas.becker@moselle-precision.lu", None),
                  Person("Sébastien", "Marchal", "Minett Industrie S.A.", "Ingénieur R&D", "FR",
                         "s.marchal@minett-industrie.lu", None)]
    names = {"LU": ["Luxembourg", "Lëtzebuerg", "LU", "Luxemburg", "Grand-Duché de Luxembourg"],
             "BE": ["Belgique"], "DE": ["Deutschland"], "FR": ["France"]}
    answers = {"oui": True, "non": False, "ja": True, "nee": False, "jo": True, "": False, "Oui": True}
    for i, person in enumerate(draw_people(rng, pools.LU, "lu", 12) + neighbours, start=1):
        person, phone = with_phone(rng, person, person.country, rng.choice(["national", "intl", "00"]),
                                   mobile=i % 3 != 0)
        answer = rng.choice(list(answers))
        person = built.keep(person.but(pitch=answers[answer]))
        sheet.add(shout(person.last_name) if i % 2 else person.last_name, person.first_name, person.company,
                  person.role, messy_email(rng, person.email), phone, rng.choice(names[person.country]), answer)
    source = directory / "lu_grande_region.xlsx"
    write_xlsx(source, {"Participants": sheet})
    convert(source, "xlsm", "Calc MS Excel 2007 VBA XML")
    return built


def cat_barcelona(directory: Path) -> Built:
    """UTF-8 CSV with ';' and Catalan headers: Cognoms holds both surnames, sí/no, an Andorran member."""
    rng = random.Random(2404)
    built = Built("cat_barcelona.csv", mission("PT", "Cluster Metalomecânico do Norte", "ES",
                                               "Clúster Mecatrònic de Catalunya", "Porto", "2026-05-07"))
    rows: list[list[Cell]] = [["Nom", "Cognoms", "Empresa", "Càrrec", "Correu electrònic", "Telèfon mòbil",
                               "País", "Pitch (sí/no)"]]
    countries = ["Espanya", "Espanya", "Catalunya", "ES", "España"]
    for i, person in enumerate(draw_people(rng, pools.CAT, "cat", 16), start=1):
        second = rng.choice(pools.CAT.surnames)
        joined = f"{person.last_name} i {second}" if i % 4 == 0 else f"{person.last_name} {second}"
        person, phone = with_phone(rng, person.but(last_name=joined), "ES",
                                   rng.choice(["national", "intl", "00", "dots"]), mobile=i % 5 != 0)
        answer = rng.choice(["sí", "no", "no", "Sí", "si", ""])
        person = built.keep(person.but(pitch=answer.lower() in ("sí", "si")))
        rows.append([person.first_name, shout(joined) if i % 7 == 0 else joined, person.company, person.role,
                     messy_email(rng, person.email), phone, rng.choice(countries), answer])
    andorran = Person("Mireia", "Armengol Cerqueda", "Pirineus Enginyeria S.L.", "Gerent", "AD",
                      "mireia@pirineus-enginyeria.ad", None)
    andorran, phone = with_phone(rng, andorran, "AD", "intl")
    built.keep(andorran.but(pitch=False))
    rows.append(["Mireia", "Armengol Cerqueda", andorran.company, andorran.role, andorran.email, phone,
                 "Andorra", "no"])
    write_text(directory / built.name, rows, ";", "utf-8")
    return built


def by_oberbayern(directory: Path) -> Built:
    """xlsx with Anrede and Titel columns, an address, comments, Durchwahl numbers, x marks."""
    rng = random.Random(2505)
    built = Built("by_oberbayern.xlsx", mission("CZ", "Moravskoslezský strojírenský klastr", "DE",
                                                "Cluster Mechatronik & Automation Bayern", "Ostrava",
                                                "2025-11-26"))
    sheet = Sheet(merges=["A1:L1"], bold_rows={3})
    sheet.add("Teilnehmerliste Delegationsreise Ostrava (Stand 03.11.)", *[None] * 11)
    sheet.add(None)
    sheet.add("Anrede", "Titel", "Vorname", "Nachname", "Firma", "Funktion", "Straße", "PLZ", "Ort", "Telefon",
              "E-Mail", "Pitch")
    cities = [("Leopoldstraße 12", 80802, "München"), ("Am Gries 4", 83022, "Rosenheim"),
              ("Hauptstraße 7a", 85354, "Freising")]
    for i, person in enumerate(draw_people(rng, pools.BY, "de", 17), start=1):
        mobile = i % 3 != 0
        person, phone = with_phone(rng, person, "DE", rng.choice(["national", "paren0", "slash", "dashes"]),
                                   mobile=mobile)
        if not mobile and i % 2:
            phone, person = direct_line(rng, phone, person)
        title = rng.choice(["Dipl.-Kfm.", "Dr.-Ing.", "Dipl.-Ing. (FH)", "Prof. Dr.", None, None, None])
        mark = rng.choice(["x", None, None, "X"])
        person = built.keep(person.but(pitch=mark is not None))
        street, postcode, city = rng.choice(cities)
        sheet.add("Frau" if person.female else "Herr", title, person.first_name,
                  shout(person.last_name) if i % 4 == 1 else person.last_name, person.company, person.role,
                  street, postcode, city, phone, messy_email(rng, person.email), mark)
        if i == 6:
            sheet.comments[(len(sheet.rows), 3)] = "kommt evtl. erst zum Abendessen"
    sheet.add(None)
    sheet.add(None, None, None, None, None, None, None, None, None, None, "Summe Pitch:", "=COUNTA(L4:L20)")
    write_xlsx(directory / built.name, {"Teilnehmer": sheet})
    return built


def direct_line(rng: random.Random, phone: str, person: Person) -> tuple[str, Person]:
    """A German office number with a Durchwahl ('089 175983-12'): one number, dialled as written."""
    import phonenumbers

    extension = str(rng.randint(10, 99))
    whole = phonenumbers.parse((person.phone or "") + extension)
    if not phonenumbers.is_valid_number(whole):
        return phone, person
    return f"{phone}-{extension}", person.but(phone=(person.phone or "") + extension)


def it_brianza(directory: Path) -> Built:
    """xlsx from another Lombard office: Nominativo surname first with Sig./Sig.ra, a lost phone."""
    rng = random.Random(2606)
    built = Built("it_brianza.xlsx", mission("NL", "Brainport Industries Cluster", "IT",
                                             "Cluster Meccatronica Brianza", "Eindhoven", "2026-01-28"))
    sheet = Sheet(merges=["A1:H1", "A2:H2"], bold_rows={4})
    sheet.add("CLUSTER2CLUSTER EINDHOVEN – 28 GENNAIO 2026", *[None] * 7)
    sheet.add("Elenco iscritti aggiornato al 12/01", *[None] * 7)
    sheet.add(None)
    sheet.add("N.", "Nominativo", "Ragione sociale", "Qualifica", "Indirizzo e-mail", "Cellulare", "Nazione",
              "Pitch")
    styles = ["national", "digits", "intl", "00", "national", "lost"]
    for i, person in enumerate(draw_people(rng, pools.IT, "it", 18), start=1):
        person, phone = with_phone(rng, person, "IT", styles[i % len(styles)])
        salutation = rng.choice(["Dott.ssa", "Sig.ra", "Ing."] if person.female else ["Sig.", "Dott.", "Ing."])
        answer = rng.choice(["SI", "NO", "NO", "sì", ""])
        person = built.keep(person.but(pitch=answer.lower() in ("si", "sì")))
        cell: Cell = int(phone) if phone.isdigit() else phone
        sheet.add(i, f"{salutation} {shout(person.last_name) if i % 5 == 0 else person.last_name} "
                     f"{person.first_name}", person.company, person.role, messy_email(rng, person.email), cell,
                  rng.choice(["Italia", "ITALIA", "IT", "Italia"]), answer)
        if i == 9:
            sheet.add(i, sheet.rows[-1][1], person.company, person.role, person.email, cell, "Italia", answer)
    ticinese = Person("Fabio", "Bernasconi", "Ticino Precisione SA", "Direttore", "CH",
                      "f.bernasconi@ticino-precisione.ch", None)
    ticinese, phone = with_phone(rng, ticinese, "CH", "intl")
    built.keep(ticinese.but(pitch=False))
    sheet.add(19, "Sig. Bernasconi Fabio", ticinese.company, ticinese.role, ticinese.email, phone, "Svizzera", "NO")
    sheet.add(None)
    sheet.add(None, "Totale partecipanti: 19")
    write_xlsx(directory / built.name, {"Iscritti": sheet})
    return built


def refuse_title_only(directory: Path) -> Built:
    """An xlsx holding only its title: the list was never filled in."""
    built = Built("refuse_title_only.xlsx", mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "IT",
                                                    "Cluster Meccatronica Brianza", "Lyon", "2026-06-09"),
                  refuse=True)
    write_xlsx(directory / built.name, {"Foglio1": Sheet([["Elenco partecipanti – in preparazione"]],
                                                         merges=["A1:F1"])})
    return built


def refuse_zip_as_csv(directory: Path) -> Built:
    """A .csv that is a zip archive (the mail program's "compress attachments")."""
    built = Built("refuse_zip_as_csv.csv", mission("DE", "Cluster Mechatronik Baden-Württemberg", "SI",
                                                   "Slovenski grozd za mehatroniko", "Stuttgart", "2026-06-16"),
                  refuse=True)
    inner = io.StringIO("Ime;Priimek;Podjetje\r\nLuka;Novak;Elektronika Bled d.o.o.\r\n")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("udelezenci.csv", inner.getvalue().encode("cp1250"))
    (directory / built.name).write_bytes(buffer.getvalue())
    return built


LISTS = [hr_zagreb, ie_munster, lu_grande_region, cat_barcelona, by_oberbayern, it_brianza, refuse_title_only,
         refuse_zip_as_csv]
