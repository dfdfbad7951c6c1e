"""Lists partner clusters make by hand, each writer with the habits of their country and office."""

from __future__ import annotations

import random
from pathlib import Path

from phonenumbers import PhoneNumberType

from .files import Look, make_macro_enabled, write_ods, write_text, write_xlsx
from .people import Names, Person, ascii_slug, phone, written

MOBILE, FIXED = PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE


def mission(host: str, guest: str, city: str, date: str, host_cluster: str, guest_cluster: str) -> dict[str, str]:
    return {"host": host, "host_cluster": host_cluster, "guest": guest, "guest_cluster": guest_cluster,
            "city": city, "date": date}


def mail(first: str, last: str, domain: str, habit: str = "first.last") -> str:
    given, family = ascii_slug(first), ascii_slug(last)
    return {"first.last": f"{given}.{family}", "f.last": f"{given[0]}.{family}", "flast": f"{given[0]}{family}",
            "first": given}[habit] + "@" + domain


def rename(people: list[Person], names: dict[int, tuple[str, str]]) -> None:
    """Give chosen rows the names a locale's generator never makes (particles, apostrophes, hyphens)."""
    for index, (first, last) in names.items():
        person = people[index]
        person.first_name, person.last_name = first, last
        person.email = mail(first, last, (person.email or "@").split("@")[1])


def staff(rng: random.Random, names: Names, companies: list[tuple[str, str]], roles: list[str], count: int,
          country: str, habits: tuple[str, ...] = ("first.last",)) -> list[Person]:
    """COUNT people of COMPANIES (name, mail domain), one to three a company, in list order."""
    people = []
    for index in range(count):
        company, domain = companies[min(index * len(companies) // count, len(companies) - 1)]
        first, last = names.person()
        people.append(Person(first, last, mail(first, last, domain, rng.choice(habits)),
                             phone(rng, country), company, rng.choice(roles), country))
    return people


def it_piemonte(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Turin's office: logo and title, Partecipante/Contatti over their columns, surnames in capitals."""
    names = Names("it_IT", 601)
    companies = [("Meccanica Ferrero S.r.l.", "meccanicaferrero.it"), ("Avio Componenti S.p.A.", "aviocomponenti.com"),
                 ("Stampi Canavese SRL", "stampicanavese.it"), ("Torino Compositi s.r.l.", "torinocompositi.it"),
                 ("Officine Dalmasso & Figli Snc", "dalmasso.it")]
    roles = ["Amministratore delegato", "Responsabile commerciale", "Direttore tecnico", "Ufficio acquisti",
             "Export manager", "Responsabile qualità"]
    people = staff(rng, names, companies, roles, 11, "IT", ("first.last", "f.last"))
    people[1].first_name, people[1].last_name = "Gian Luca", "De Luca"
    people[4].first_name, people[4].last_name = "Chiara", "D'Amico"
    people[1].email, people[4].email = "gianluca.deluca@meccanicaferrero.it", "c.damico@aviocomponenti.com"
    people[6].first_name, people[6].last_name = names.person(female=True)
    people[6].email = mail(people[6].first_name, people[6].last_name, "stampicanavese.it")
    for person in people:
        person.pitch = rng.random() < 0.4
    rows: list[list[object]] = [
        [None, None, "Missione Cluster2Cluster – Strasburgo, 12 marzo 2026"],
        [None, None, "Delegazione piemontese – elenco aggiornato al 20/02/2026"], [], [],
        ["N.", "Partecipante", None, "Azienda", "Ruolo", "Contatti", None, "Codice fiscale",
         "Presentazione aziendale", "Note"],
        [None, "Cognome", "Nome", None, None, "Cellulare", "E-mail", None, None, None]]
    titles = {2: "Ing.", 6: "Dott.ssa", 8: "Dott."}
    phones = ["national", "dots", "international", "compact"]
    for index, p in enumerate(people):
        surname = p.last_name.upper() + (" *" if index == 0 else "")
        given = f"{titles[index]} {p.first_name}" if index in titles else p.first_name
        number = written(p.phone, rng.choice(phones)) if p.phone else None
        if index == 3:
            p.phone = phone(rng, "IT", FIXED, "011")
            number = written(p.phone, "national") + " int. 23"
        if index == 7:
            number = f"{number} / {written(phone(rng, 'IT', FIXED, '011'), 'national')}"
        company = "MECCANICA FERRERO SRL" if index == 2 else p.company
        email = f"{p.first_name} {p.last_name} <{p.email}>" if index == 5 else p.email
        pitch = ("SI" if rng.random() < 0.5 else "sì") if p.pitch else rng.choice(["NO", "no", ""])
        fiscal = "".join(rng.choice("ABCDEFGHLMNPRSTVZ0123456789") for _ in range(16))
        rows.append([index + 1, surname, given, company, p.role, number, email, fiscal, pitch,
                     rng.choice([None, None, "vegetariano", "arriva la sera prima"])])
    rows += [[None, f"Totale partecipanti: {len(people)}"], [], ["* capodelegazione"],
             ["N.B. conferme definitive entro il 27/02"]]
    merges = ["C1:J1", "C2:J2", "A5:A6", "B5:C5", "D5:D6", "E5:E6", "F5:G5", "H5:H6", "I5:I6", "J5:J6"]
    write_xlsx(path, rows, Look(merges=merges, bold_rows=[1, 5, 6], hidden_columns=["H"], logo=True,
                                widths={"B": 18, "D": 28, "G": 34}, title="Iscritti"))
    return mission("FR", "IT", "Strasbourg", "2026-03-12", "Pôle Véhicule du Futur Grand Est",
                   "Cluster Meccatronica Piemonte"), people


def fr_bretagne(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Brest's office, Excel's French CSV (cp1252, ';'): NOM in capitals, a cancellation, a doubled row."""
    names = Names("fr_FR", 602)
    companies = [("Naval Armor SAS", "naval-armor.fr"), ("Kerlann Composites SARL", "kerlann.bzh"),
                 ("Breizh Usinage EURL", "breizh-usinage.fr"), ("Ateliers de l'Iroise SA", "ateliers-iroise.fr"),
                 ("Morlaix Hydraulique", "morlaix-hydraulique.fr")]
    roles = ["Gérant", "Directeur commercial", "Responsable achats", "Chargée d'affaires", "Ingénieur méthodes",
             "Président"]
    people = staff(rng, names, companies, roles, 13, "FR", ("first.last", "flast"))
    rename(people, {1: ("Jean-Yves", "Le Gall"), 4: ("Anne-Sophie", "de Kergariou"), 7: ("Erwan", "L'Hostis"),
                10: ("Marie", "Le Bihan-Quéré")})
    for person in people:
        person.pitch = rng.random() < 0.35
    habits = ["national", "dots", "paren0", "compact"]
    rows: list[list[object]] = [["Délégation Bretagne – Mission C2C Stuttgart (6 mai 2026)"] + [""] * 7,
                                [""] * 8,
                                ["NOM", "Prénom", "Société", "Fonction", "Tél. portable", "Courriel",
                                 "Pitch entreprise (oui/non)", "Remarques"]]
    cancelled = Person(*names.person(), None, None, companies[2][0], "Technicien", "FR")
    for index, p in enumerate(people):
        number = written(p.phone, rng.choice(habits)) if p.phone else ""
        if index == 5:
            p.phone = phone(rng, "FR", FIXED, "298")
            number = written(p.phone, "national") + " poste 214"
        pitch = rng.choice(["oui", "OUI", "Oui"]) if p.pitch else rng.choice(["non", "NON", ""])
        company = "NAVAL ARMOR S.A.S." if index == 2 else p.company
        note = rng.choice(["", "", "", "vient en voiture", "végétarien"])
        if index == 8:
            rows.append([p.last_name.upper(), p.first_name, company, p.role, "", p.email, pitch, ""])
            note = "doublon : tél. ajouté"
        rows.append([p.last_name.upper(), p.first_name, company, p.role, number, p.email, pitch, note])
        if index == 6:
            cancelled.email = mail(cancelled.first_name, cancelled.last_name, companies[2][1])
            rows.append([cancelled.last_name.upper(), cancelled.first_name, cancelled.company, cancelled.role,
                         written(phone(rng, "FR"), "national"), cancelled.email, "non", "annulé"])
    rows += [[""] * 8, ["Contact : Gwenaëlle Tanguy, chargée de mission, 02 98 00 00 00"] + [""] * 7]
    write_text(path, rows, delimiter=";", encoding="cp1252")
    return mission("DE", "FR", "Stuttgart", "2026-05-06", "Cluster Mechatronik Baden-Württemberg",
                   "Bretagne Pôle Naval"), people


def de_sachsen(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Dresden's office: a notes sheet first, Titel and Anrede columns, Telefon or Mobil, a struck-out row."""
    names = Names("de_DE", 603)
    companies = [("Elbtal Präzisionstechnik GmbH & Co. KG", "elbtal-praezision.de"),
                 ("Müller Antriebe e.K.", "mueller-antriebe.de"), ("Sachsen Automation AG", "sachsen-automation.de"),
                 ("Erzgebirge Gusswerk GmbH", "erzguss.de"), ("Lausitz Laser UG (haftungsbeschränkt)", "lausitz-laser.de")]
    roles = ["Geschäftsführer", "Vertriebsleiterin", "Leiter Einkauf", "Entwicklungsingenieur", "Key Account Manager",
             "Prokurist"]
    people = staff(rng, names, companies, roles, 12, "DE", ("first.last", "f.last"))
    rename(people, {3: ("Hans-Jürgen", "von der Heide"), 6: ("Anna Lena", "Schäfer"), 9: ("Kai-Uwe", "Groß")})
    names.female.add("Anna Lena")
    titles = {0: "Dr.", 3: "Prof. Dr.-Ing.", 7: "Dipl.-Ing."}
    for person in people:
        person.pitch = rng.random() < 0.4
    rows: list[list[object]] = [["Teilnehmerliste C2C-Mission Breslau 2026"], [],
                                ["Nr.", "Anrede", "Titel", "Vorname", "Nachname", "Unternehmen", "Position",
                                 "Telefon", "Mobil", "E-Mail", "Kurzvortrag", "Bemerkung"]]
    struck: list[int] = []
    for index, p in enumerate(people):
        salutation = "Frau" if p.first_name in names.female else "Herr"
        landline = index % 3 == 1
        if landline:
            p.phone = phone(rng, "DE", FIXED, "351")
        number = written(p.phone, rng.choice(["national", "paren0", "international"])) if p.phone else ""
        if landline and index == 4:
            national = written(p.phone, "national")
            number = national[:-3] + "-" + national[-3:]
        pitch = "ja" if p.pitch else rng.choice(["nein", ""])
        rows.append([len(rows) - 2, salutation, titles.get(index, ""), p.first_name, p.last_name, p.company, p.role,
                     number if landline else "", "" if landline else number, p.email, pitch, ""])
        if index in (4, 8):
            gone = Person(*names.person(), None, phone(rng, "DE"), p.company, rng.choice(roles), "DE")
            gone.email = mail(gone.first_name, gone.last_name, p.email.split("@")[1])
            rows.append([len(rows) - 2, "Frau" if gone.first_name in names.female else "Herr", "", gone.first_name, gone.last_name,
                         gone.company, gone.role, "", written(gone.phone, "national"), gone.email, "nein",
                         "abgesagt" if index == 4 else ""])
            if index == 8:
                struck.append(len(rows))
    rows += [[], ["Stand: 02.04.2026, Änderungen bitte an die Geschäftsstelle"]]
    notes = {"Hinweise": [["Hinweise zur Mission"], ["Bitte Liste im Blatt 'Teilnehmer' pflegen."],
                          ["Abgesagte Teilnehmer durchstreichen, nicht löschen."]]}
    write_xlsx(path, rows, Look(bold_rows=[3], struck_rows=struck, sheets_before=notes, title="Teilnehmer"))
    make_macro_enabled(path)
    return mission("PL", "DE", "Wrocław", "2026-04-21", "Klaster Lotniczy Dolny Śląsk",
                   "Cluster Maschinenbau Sachsen"), people


def pl_slask(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Katowice's office in LibreOffice: one name cell with Polish titles, TAK/NIE, a cancellation, Razem."""
    names = Names("pl_PL", 604)
    companies = [("Hutmen Sp. z o.o.", "hutmen.pl"), ("Zakład Mechaniczny Nowicki sp.j.", "zm-nowicki.pl"),
                 ("Silesia Tools S.A.", "silesiatools.com.pl"), ("Bielsko Aero Spółka z o.o.", "bielskoaero.pl")]
    roles = ["Prezes Zarządu", "Dyrektor handlowy", "Kierownik produkcji", "Specjalista ds. zakupów",
             "Inżynier konstruktor", "Właściciel"]
    people = staff(rng, names, companies, roles, 10, "PL", ("first.last", "flast"))
    for person in people:
        person.pitch = rng.random() < 0.4
    titles = {0: "mgr inż.", 3: "dr hab. inż.", 6: "mgr"}
    rows: list[list[object]] = [["Lista uczestników – misja C2C Ostrawa, 9.06.2026"], [],
                                ["Lp.", "Imię i nazwisko", "Firma", "Stanowisko", "Telefon", "E-mail",
                                 "Prezentacja firmy", "Uwagi"]]
    for index, p in enumerate(people):
        name = f"{p.first_name} {p.last_name}"
        if index in titles:
            name = f"{titles[index]} {name}"
        if index == 4:
            name = f"{p.last_name.upper()} {p.first_name}"
        number = written(p.phone, rng.choice(["national", "dashes", "international"])) if p.phone else ""
        if index == 2:
            p.phone = phone(rng, "PL", FIXED, "32")
            number = written(p.phone, "national") + " wew. 12"
        company = "HUTMEN SP. Z O.O." if index == 1 else p.company
        rows.append([index + 1, name, company, p.role, number, p.email,
                     rng.choice(["TAK", "tak"]) if p.pitch else rng.choice(["NIE", "nie"]), ""])
        if index == 5:
            gone = Person(*names.person(), None, None, p.company, "Technolog", "PL")
            rows.append([index + 1.5, f"{gone.first_name} {gone.last_name}", gone.company, gone.role,
                         written(phone(rng, "PL"), "national"),
                         mail(gone.first_name, gone.last_name, p.email.split("@")[1]), "NIE", "rezygnacja"])
    for number, row in enumerate(rows[3:], start=1):
        row[0] = number
    rows += [[None, f"Razem: {len(people)} osób"]]
    write_ods(path, rows)
    return mission("CZ", "PL", "Ostrava", "2026-06-09", "Moravskoslezský strojírenský klastr",
                   "Śląski Klaster Przemysłowy"), people


def ch_romandie(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Neuchâtel's office: UTF-8 with BOM, ';', headers in French and German, Pays written four ways."""
    romands, alemannic = Names("fr_CH", 605), Names("de_CH", 615)
    companies = [("Microtec Jura SA", "microtec-jura.ch"), ("Précision Horlogère Sàrl", "precision-horlogere.ch"),
                 ("Bieler Feinmechanik AG", "bieler-fm.ch"), ("Zünd Systemtechnik GmbH", "zuend-systemtechnik.ch"),
                 ("Rheintal Optik Anstalt", "rheintal-optik.li")]
    roles = ["Directeur", "Responsable R&D", "Leiter Verkauf", "CEO", "Chef de projet", "Einkäufer"]
    people: list[Person] = []
    for index in range(12):
        company, domain = companies[index * len(companies) // 12]
        region = "LI" if domain.endswith(".li") else "CH"
        first, last = (alemannic if "AG" in company or "GmbH" in company or region == "LI" else romands).person()
        people.append(Person(first, last, mail(first, last, domain), phone(rng, region), company, rng.choice(roles),
                             region, pitch=rng.random() < 0.4))
    countries = {"CH": ["CH", "Suisse", "Schweiz", "Suisse", "Svizzera"], "LI": ["FL", "Liechtenstein"]}
    rows: list[list[object]] = [["Nom / Name", "Prénom / Vorname", "Entreprise / Firma", "Fonction / Funktion",
                                 "Téléphone / Telefon", "E-mail", "Pays / Land", "Présentation / Präsentation"]]
    for p in people:
        country = rng.choice(countries[p.country])
        number = written(p.phone, "national" if p.country == "CH" and rng.random() < 0.6 else "00") \
            if p.phone else ""
        german = p.company.endswith(("AG", "GmbH", "Anstalt"))
        answer = (("ja" if p.pitch else "nein") if german else ("oui" if p.pitch else "non"))
        rows.append([p.last_name, p.first_name, p.company, p.role, number, p.email, country, answer])
    write_text(path, rows, delimiter=";", encoding="utf-8-sig")
    return mission("IT", "CH", "Torino", "2026-09-24", "Lombardia Aerospace Cluster",
                   "Cluster Microtechnique Romand"), people


def be_wallonie(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Liège's office, Excel's "Unicode text" (UTF-16, tabs): one NOM Prénom cell, GSM, a withdrawal."""
    names = Names("fr_BE", 606)
    companies = [("Mecatech Liège SRL", "mecatech-liege.be"), ("Thermi-Lux SA", "thermilux.be"),
                 ("Ateliers Dumont scrl", "ateliers-dumont.be"), ("Hainaut Surface Treatment SA", "hst.be")]
    roles = ["Administrateur délégué", "Sales manager", "Responsable production", "Directrice financière",
             "Account manager"]
    people = staff(rng, names, companies, roles, 9, "BE", ("first.last", "f.last"))
    rename(people, {2: ("Pierre-Yves", "De Smet"), 5: ("Giuseppe", "D'Onofrio"), 7: ("Marie", "Vandenberghe")})
    for person in people:
        person.pitch = rng.random() < 0.4
    rows: list[list[object]] = [["NOM Prénom", "Entreprise", "Fonction", "GSM", "E-mail", "Pitch", "Commentaire"]]
    for index, p in enumerate(people):
        national = written(p.phone, "national") if p.phone else ""
        number = {0: national.replace(" ", "/", 1).replace(" ", "."), 1: national}.get(
            index % 3, written(p.phone, "paren0") if p.phone else "")
        rows.append([f"{p.last_name.upper()} {p.first_name}", p.company, p.role, number, p.email,
                     "Oui" if p.pitch else "Non", ""])
        if index == 3:
            gone = Person(*names.person(), None, None, p.company, "Technicien", "BE")
            rows.append([f"{gone.last_name.upper()} {gone.first_name}", gone.company, gone.role,
                         written(phone(rng, "BE"), "national"),
                         mail(gone.first_name, gone.last_name, p.email.split("@")[1]), "Non",
                         "désistement"])
    write_text(path, rows, delimiter="\t", encoding="utf-16")
    return mission("LU", "BE", "Luxembourg", "2026-10-15", "Luxembourg Materials & Manufacturing Cluster",
                   "Pôle MecaTech Wallonie"), people
