"""Exports of survey and registration tools no partner had used before, from countries new to the set."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from .files import Look, write_text, write_xlsx
from .handmade import FIXED, mail, mission, rename
from .people import Names, Person, phone, written


def _stamp(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 20))


def ie_surveymonkey(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """SurveyMonkey's xlsx: questions over their sub-answers on two rows, its own empty Email/Name columns."""
    names = Names("en_IE", 607)
    companies = [("Shannon Precision Ltd", "shannonprecision.ie"), ("Corrib Composites DAC", "corrib.ie"),
                 ("Gaeltacht Tooling Teoranta", "gtt.ie"), ("Liffey Robotics Limited", "liffeyrobotics.com")]
    roles = ["Managing Director", "Head of Sales", "Operations Manager", "Procurement Lead", "Engineer"]
    stops = ["Milano Centrale", "Malpensa T1", "Hotel Gallia"]
    people = []
    for index in range(11):
        company, domain = companies[index * len(companies) // 11]
        first, last = names.person()
        people.append(Person(first, last, mail(first, last, domain), phone(rng, "IE"), company, rng.choice(roles),
                             "IE", pitch=rng.random() < 0.4, bus_stop=rng.choice(stops)))
    rename(people, {1: ("Seán", "O'Brien"), 4: ("Aoife", "Ní Bhriain"), 8: ("Ciarán", "McCarthy")})
    top = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
           "Last Name", "Custom Data 1", "Your details for the delegation list", None, None, None, None,
           "Would you like to pitch your company on stage (3 minutes)?",
           "Where will you board the coach on the mission day?"]
    sub = [None] * 9 + ["Name", "Company", "Job title", "Email Address", "Phone Number", "Response", "Response"]
    rows: list[list[object]] = [top, sub]
    for index, p in enumerate(people):
        started = _stamp(rng, dt.date(2026, 2, 2))
        number = written(p.phone, rng.choice(["national", "international", "compact"])) if p.phone else ""
        if index == 6:
            p.phone = phone(rng, "IE", FIXED, "1")
            number = written(p.phone, "national")
        company = "SHANNON PRECISION LIMITED" if index == 2 else p.company
        rows.append([11400000000 + rng.randrange(10**8), 431234567, started, started + dt.timedelta(minutes=4),
                     f"86.{rng.randrange(40, 47)}.{rng.randrange(256)}.{rng.randrange(256)}", None, None, None, None,
                     f"{p.first_name} {p.last_name}", company, p.role, p.email, number,
                     "Yes" if p.pitch else "No", p.bus_stop])
        if index == 5:
            abandoned = _stamp(rng, dt.date(2026, 2, 2))
            rows.append([11400000000 + rng.randrange(10**8), 431234567, abandoned, None, "86.44.1.9"] + [None] * 11)
    write_xlsx(path, rows, Look(title="Sheet"))
    return mission("IT", "IE", "Milano", "2026-03-26", "Lombardia Aerospace Cluster",
                   "Irish Advanced Manufacturing Cluster"), people


UKRAINIAN_LATIN = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
                           ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
                            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia",
                            ""], strict=True))


def latin(word: str) -> str:
    """A Ukrainian name as its passport spells it (the 2010 national transliteration, word-inner forms)."""
    spelled = "".join(UKRAINIAN_LATIN.get(c.lower(), c) for c in word)
    return spelled[:1].upper() + spelled[1:]


def ua_typeform(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Typeform's CSV: one column a question, 1/0 answers, names typed in Latin or Cyrillic, a resubmission."""
    names = Names("uk_UA", 608)
    companies = [('TOV "Kharkiv Avia Tekh"', "kharkivaviatech.com.ua"), ("LLC Motor-Prylad", "motorprylad.ua"),
                 ("ТОВ «Промавтоматика»", "promavtomatyka.com"), ("PrJSC Dnipro Turbo", "dniproturbo.ua")]
    roles = ["CEO", "Commercial Director", "Chief Engineer", "Head of Export Department", "Sales Manager"]
    people = []
    for index in range(10):
        company, domain = companies[index * len(companies) // 10]
        first, last = names.person()
        if index not in (3, 7):
            first, last = latin(first), latin(last)
        people.append(Person(first, last, mail(latin(first) if index in (3, 7) else first,
                                               latin(last) if index in (3, 7) else last, domain),
                             phone(rng, "UA"), company, rng.choice(roles), "UA", pitch=rng.random() < 0.5))
    header = ["#", "What's your first name?", "And your last name?", "Which company do you represent?",
              "Your job title", "Your work email", "Your mobile number", "Would you like to pitch your company?",
              "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]
    rows: list[list[object]] = [header]
    for index, p in enumerate(people):
        submitted = _stamp(rng, dt.date(2026, 3, 1))
        last = p.last_name.upper() if index == 5 else p.last_name
        number = written(p.phone, rng.choice(["international", "e164", "national"])) if p.phone else ""
        role = p.role
        if index == 2:
            role, p.role = "Sales Manager", "Head of Sales"
        rows.append([f"{rng.getrandbits(64):016x}"[:14], p.first_name, last, p.company, role, p.email, number,
                     int(bool(p.pitch)), (submitted - dt.timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S"),
                     submitted.strftime("%Y-%m-%d %H:%M:%S"), f"{rng.getrandbits(40):010x}",
                     "VIP" if index == 0 else ""])
    resubmitted = rows[3][:]
    resubmitted[0], resubmitted[4] = f"{rng.getrandbits(64):016x}"[:14], people[2].role
    resubmitted[9] = "2026-03-25 17:02:11"
    rows.append(resubmitted)
    write_text(path, rows, delimiter=",", encoding="utf-8", line_end="\n")
    return mission("PL", "UA", "Rzeszów", "2026-04-16", "Stowarzyszenie Dolina Lotnicza",
                   "Kharkiv Aerospace Cluster"), people


SERBIAN = {"first": ["Marko", "Jelena", "Nikola", "Milica", "Stefan", "Ivana", "Dušan", "Ana", "Vladimir", "Snežana",
                     "Đorđe", "Tamara"],
           "last": ["Petrović", "Đorđević", "Janković", "Nikolić", "Stojanović", "Marković", "Ilić", "Živković",
                    "Popović", "Kovačević", "Savić", "Radosavljević"]}


def rs_jotform(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Jotform's xlsx: bilingual questions, its (###) ###-#### phone mask over Serbian numbers, Da/Ne."""
    companies = [("Metalac d.o.o.", "metalac-ns.rs", "RS"), ("Sirmium Steel a.d.", "sirmiumsteel.rs", "RS"),
                 ("Banat Tehnika d.o.o.", "banattehnika.rs", "RS"), ("Krajina Alati d.o.o.", "krajina-alati.ba", "BA")]
    roles = ["Direktor", "Komercijalni direktor", "Rukovodilac proizvodnje", "Inženjer", "Menadžer prodaje"]
    firsts, lasts = rng.sample(SERBIAN["first"], 11), rng.sample(SERBIAN["last"], 11)
    people = []
    for index in range(11):
        company, domain, country = companies[index * len(companies) // 11]
        people.append(Person(firsts[index], lasts[index], mail(firsts[index], lasts[index], domain),
                             phone(rng, country), company, rng.choice(roles), country, pitch=rng.random() < 0.45))
    header = ["Submission Date", "Ime i prezime / Full name", "Kompanija / Company", "Pozicija / Position",
              "E-pošta / E-mail", "Telefon / Phone", "Država / Country", "Prezentacija kompanije / Company pitch",
              "Submission ID"]
    rows: list[list[object]] = [header]
    countries = {"RS": ["Srbija", "Serbia", "Srbija"], "BA": ["Bosna i Hercegovina"]}
    for index, p in enumerate(people):
        digits = written(p.phone, "compact") if p.phone else ""
        masked = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}" if index % 2 == 0 else written(p.phone, "international")
        company = "METALAC DOO" if index == 1 else p.company
        rows.append([_stamp(rng, dt.date(2026, 4, 1)).strftime("%b %d, %Y"), f"{p.first_name} {p.last_name}",
                     company, p.role, p.email, masked, rng.choice(countries[p.country]), "Da" if p.pitch else "Ne",
                     str(5900000000000000000 + rng.randrange(10**15))])
    write_xlsx(path, rows, Look(title="Prijave"))
    return mission("AT", "RS", "Graz", "2026-05-19", "Steirischer Aerospace Cluster", "Vojvodina Metal Cluster"), people


MAGHREB = {"MA": (["Youssef", "Fatima-Zahra", "Mohamed Amine", "Salma", "Hicham", "Khadija", "Omar", "Anas", "Imane"],
                  ["El Amrani", "Benjelloun", "Alaoui", "Berrada", "Tazi", "El Idrissi", "Chraibi", "Bennani",
                   "Ouazzani"]),
           "TN": (["Sami", "Leila", "Mehdi", "Ines"], ["Ben Salah", "Trabelsi", "Jaziri", "Ben Ammar"])}


def ma_limesurvey(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """LimeSurvey's CSV of full answers: every cell quoted, an unfinished response, a shuttle stop."""
    companies = [("Atlas Usinage SARL AU", "atlas-usinage.ma", "MA"), ("Maghreb Câblage S.A.", "maghrebcablage.ma", "MA"),
                 ("Tanger Aéro Structures SARL", "tas.ma", "MA"), ("Tunisie Composites SARL", "tuncomp.com.tn", "TN")]
    roles = ["Directeur général", "Responsable commercial", "Directrice industrielle", "Acheteur", "Gérante"]
    stops = ["Aéroport Toulouse-Blagnac", "Gare Matabiau", "Hôtel Mercure Compans"]
    people = []
    order = {"MA": rng.sample(range(9), 9), "TN": rng.sample(range(4), 4)}
    for index in range(11):
        company, domain, country = companies[min(index * 4 // 11 + (index >= 9), 3)]
        firsts, lasts = MAGHREB[country]
        pick = order[country].pop()
        first, last = firsts[pick], lasts[pick]
        people.append(Person(first, last, mail(first, last, domain, rng.choice(["first.last", "flast"])),
                             phone(rng, country), company, rng.choice(roles), country,
                             pitch=rng.random() < 0.4, bus_stop=rng.choice(stops)))
    header = ["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started",
              "Nom", "Prénom", "Entreprise", "Fonction", "Adresse e-mail", "Téléphone", "Pays",
              "Souhaitez-vous présenter votre entreprise lors de la session de pitch ?",
              "Point de ramassage de la navette"]
    rows: list[list[object]] = [header]
    countries = {"MA": ["Maroc", "Maroc", "MA"], "TN": ["Tunisie"]}
    for index, p in enumerate(people):
        done = _stamp(rng, dt.date(2026, 5, 4))
        number = written(p.phone, rng.choice(["international", "national", "dashes"])) if p.phone else ""
        last = p.last_name.upper() if index % 3 == 0 else p.last_name
        rows.append([index + 1, done.strftime("%Y-%m-%d %H:%M:%S"), 3, "fr", rng.randrange(10**9),
                     (done - dt.timedelta(minutes=6)).strftime("%Y-%m-%d %H:%M:%S"), last, p.first_name,
                     p.company, p.role, p.email, number, rng.choice(countries[p.country]),
                     "Oui" if p.pitch else "Non", p.bus_stop])
        if index == 4:
            rows.append([len(people) + 1, "", 1, "fr", rng.randrange(10**9), "2026-05-09 10:12:40"] + [""] * 9)
    write_text(path, rows, delimiter=",", encoding="utf-8", quote_all=True, line_end="\n")
    return mission("FR", "MA", "Toulouse", "2026-06-18", "Aerospace Valley",
                   "Cluster Maghreb Aéronautique et Automobile"), people


def ca_cvent(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Cvent's registration report: title rows, Registration Status (Cancelled), Work Phone with x ext, a total."""
    english, french = Names("en_CA", 609), Names("fr_CA", 619)
    companies = [("Maple Aero Inc.", "mapleaero.ca"), ("Great Lakes Machining Ltd.", "glmachining.com"),
                 ("Niagara Composites Corp.", "niagaracomposites.ca"), ("Lakeshore Tool & Die Inc", "lakeshoretd.ca"),
                 ("Usinage Franco-Ontarien Inc.", "ufo-usinage.ca")]
    roles = ["President", "VP Business Development", "Director of Operations", "Purchasing Manager",
             "Directrice des ventes", "Program Manager"]
    people = []
    for index in range(13):
        company, domain = companies[index * len(companies) // 13]
        first, last = (french if "Franco" in company else english).person()
        people.append(Person(first, last, mail(first, last, domain, rng.choice(["first.last", "flast"])),
                             phone(rng, "CA", FIXED, rng.choice(["416", "905", "613", "519", "647"])), company, rng.choice(roles), "CA", pitch=rng.random() < 0.4))
    rows: list[list[object]] = [["Registration Report"], ["Event: Cluster2Cluster Mission – Munich 2026"],
                                ["Run Date: 05/11/2026 9:14 AM (GMT-05:00) Eastern Time"], [],
                                ["Attendee Type", "Registration Status", "Last Name", "First Name", "Company Name",
                                 "Title", "Email Address", "Work Phone", "Mobile Phone", "Country", "Pitch Session",
                                 "Registration Date"]]
    cancelled = 0
    for index, p in enumerate(people):
        work = written(p.phone, "national") if p.phone else ""
        mobile = ""
        if index % 4 == 1:
            work = f"{work} x{rng.randrange(100, 400)}"
        if index % 5 == 3:
            p.phone = phone(rng, "CA", prefix=rng.choice(["416", "647", "905"]))
            work, mobile = "", written(p.phone, "intl-dashes")
        kind = "Delegation Lead" if index == 0 else rng.choice(["Delegate", "Delegate", "Cluster Staff"])
        rows.append([kind, "Accepted", p.last_name, p.first_name, p.company, p.role, p.email, work, mobile,
                     "Canada" if index != 7 else "CA", "Yes" if p.pitch else "No",
                     _stamp(rng, dt.date(2026, 3, 9)).strftime("%m/%d/%Y")])
        if index in (5, 10):
            gone = Person(*english.person(), None, phone(rng, "CA", FIXED, "905"), p.company, "Engineer", "CA")
            rows.append(["Delegate", "Cancelled", gone.last_name, gone.first_name, gone.company, gone.role,
                         mail(gone.first_name, gone.last_name, p.email.split("@")[1]), written(gone.phone, "national"),
                         "", "Canada", "No", _stamp(rng, dt.date(2026, 3, 9)).strftime("%m/%d/%Y")])
            cancelled += 1
    rows += [[], [f"Total Registrants: {len(people) + cancelled}"]]
    write_xlsx(path, rows, Look(bold_rows=[1, 5], title="Registration Report"))
    return mission("DE", "CA", "München", "2026-05-27", "bavAIRia e.V. Luft- und Raumfahrtcluster",
                   "Ontario Aerospace Council"), people


def il_swapcard(rng: random.Random, path: Path) -> tuple[dict[str, str], list[Person]]:
    """Swapcard's CSV (UTF-8 with BOM): English headers, names and titles typed in Hebrew or in Latin."""
    hebrew, latin_names = Names("he_IL", 610), Names("en_US", 620)
    companies = [('טכנו-מתכת בע"מ', "techno-metal.co.il"), ("Negev Optics Ltd.", "negevoptics.com"),
                 ("Galil Robotics Ltd", "galilrobotics.co.il"), ('ש.ב. הנדסה בע"מ', "sb-eng.co.il")]
    roles_he = ['מנכ"ל', "סמנכ\"ל שיווק", "מהנדסת ראשית", "מנהל רכש"]
    roles_en = ["CEO", "VP Sales", "CTO", "Business Development Manager"]
    people = []
    for index in range(10):
        company, domain = companies[index * len(companies) // 10]
        in_hebrew = "בע" in company
        first, last = (hebrew if in_hebrew else latin_names).person()
        local = f"user{rng.randrange(10, 99)}" if in_hebrew else None
        email = f"{local}@{domain}" if local else mail(first, last, domain)
        people.append(Person(first, last, email, phone(rng, "IL"), company,
                             rng.choice(roles_he if in_hebrew else roles_en), "IL", pitch=None))
    rename(people, {4: ("Yossi", "Ben-David"), 6: ("Noa", "Levi")})
    header = ["First name", "Last name", "Email", "Job title", "Organization", "Mobile phone", "Country",
              "Badge type", "Created at"]
    rows: list[list[object]] = [header]
    countries = ["Israel", "IL", "ישראל", "Israel"]
    for p in people:
        number = written(p.phone, rng.choice(["intl-dashes", "national", "e164"])) if p.phone else ""
        rows.append([p.first_name, p.last_name, p.email, p.role, p.company, number, rng.choice(countries),
                     rng.choice(["Exhibitor", "Visitor"]), _stamp(rng, dt.date(2026, 6, 1)).isoformat() + "Z"])
    write_text(path, rows, delimiter=",", encoding="utf-8-sig", line_end="\n")
    return mission("IT", "IL", "Bologna", "2026-07-08", "Clust-ER Meccatronica e Motoristica",
                   "Israel Advanced Manufacturing Cluster"), people
