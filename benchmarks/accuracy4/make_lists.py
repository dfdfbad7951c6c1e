"""The fourth set of unseen lists: hand-made sheets from partner clusters of twelve more countries.

Each list is drawn from its own seed, so running this again writes the same files. Judgement calls
are in README.md beside this file.

Run: python -m benchmarks.accuracy4.make_lists
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Callable
from pathlib import Path

from benchmarks.accuracy4.files import Sheet, write_ods, write_text, write_xlsx
from benchmarks.accuracy4.people import Delegation, Person, international, misdialled, national

LISTS = Path(__file__).resolve().parent / "lists"
Truth = dict[str, object]


def mission(host: str, host_cluster: str, guest: str, guest_cluster: str, city: str, date: str) -> dict[str, str]:
    return {"host": host, "host_cluster": host_cluster, "guest": guest, "guest_cluster": guest_cluster,
            "city": city, "date": date}


def yes_no(person: Person, yes: str, no: str) -> str:
    return yes if person.pitch else no


def spaced(rng: random.Random, text: str) -> str:
    """A cell typed by hand: now and then a stray space before or after."""
    return rng.choice(["", "", "", " "]) + text + rng.choice(["", "", " "])


def es_aragon(path: Path, rng: random.Random, seed: int) -> Truth:
    """Spanish headers, the two surnames in two columns, a logo row, a hidden ID column, notes below."""
    people = Delegation("ES", seed, two_surnames=True).people(14, 5)
    sheet = Sheet("Participantes", merged=["A1:J1"], hidden_columns=["E"])
    sheet.add(["[logotipo] CLÚSTER AERONÁUTICO DE ARAGÓN"], ["Misión Cluster2Cluster a Toulouse – 14 de octubre"],
              ["Listado de participantes (versión 3, 2 de septiembre)"], [],
              ["Nº", "Nombre", "Primer apellido", "Segundo apellido", "DNI", "Empresa", "Cargo",
               "Correo electrónico", "Teléfono móvil", "¿Presenta su empresa? (Sí/No)"])
    for n, p in enumerate(people, 1):
        first, second = p.last_name.split(" ", 1)
        email = f"mailto:{p.email}" if rng.random() < 0.3 else p.email
        phone = national(p.phone) if rng.random() < 0.7 else national(p.phone).replace(" ", "")
        dni = f"{rng.randint(10000000, 99999999)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"
        sheet.add([n, spaced(rng, p.first_name), first, second, dni, p.company, p.role, email, phone,
                   yes_no(p, "Sí", "No")])
    sheet.add([], ["* Los datos personales se tratan conforme al RGPD y solo para esta misión."],
              ["Contacto en el clúster: secretaría técnica, de 9:00 a 14:00."])
    write_xlsx(path, [sheet])
    return {"mission": mission("FR", "Aerospace Valley", "ES", "Clúster Aeronáutico de Aragón", "Toulouse",
                               "2026-10-14"), "people": [p.truth() for p in people]}


def cat_barcelona(path: Path, rng: random.Random, seed: int) -> Truth:
    """Catalan headers, the job in brackets after the name (no role column), Excel's CSV: `;` in cp1252."""
    people = Delegation("ES", seed, two_surnames=True).people(12, 5)
    roles = ["Director general", "Directora tècnica", "Cap de compres", "Enginyer de projectes", "Gerent"]
    sheet = Sheet("llista")
    sheet.add(["Llista de participants – Missió Clúster de l'Automoció de Catalunya a Torí"], [],
              ["Nom i cognoms", "Empresa", "Correu electrònic", "Telèfon", "Presentació (Sí/No)"])
    truths = []
    for n, p in enumerate(people):
        role = "Cap de delegació" if n == 0 else rng.choice(roles)
        phone = international(p.phone) if rng.random() < 0.4 else national(p.phone)
        sheet.add([f"{p.first_name} {p.last_name} ({role})", p.company, p.email, phone, yes_no(p, "Sí", "No")])
        truths.append(p.truth(role=role))
    write_text(path, sheet, delimiter=";", encoding="cp1252")
    return {"mission": mission("IT", "Mesap – Polo della Meccatronica", "ES",
                               "Clúster de l'Automoció de Catalunya", "Torino", "2026-11-05"), "people": truths}


def pt_porto(path: Path, rng: random.Random, seed: int) -> Truth:
    """LibreOffice: an instructions sheet first, name and job on two lines of one cell, mailto: links, S/N."""
    people = Delegation("PT", seed, two_surnames=True).people(13, 5)
    guide = Sheet("Instruções")
    guide.add(["Como preencher esta lista"], ["1. Uma linha por participante."],
              ["2. Na coluna Nome / Função escreva o nome completo e, na linha seguinte, a função."],
              ["3. Apresentação: S se a empresa apresenta um pitch, N caso contrário."])
    sheet = Sheet("Participantes")
    sheet.add(["Missão empresarial a Lyon – Cluster Metalomecânico do Norte"], [],
              ["Nome / Função", "Empresa", "E-mail", "Telemóvel", "Apresentação (S/N)", "Data de chegada"])
    for p in people:
        email = f"mailto:{p.email}" if rng.random() < 0.5 else p.email
        phone = national(p.phone) if rng.random() < 0.7 else international(p.phone)
        sheet.add([f"{p.first_name} {p.last_name}\n{p.role}", p.company, email, phone, yes_no(p, "S", "N"),
                   f"{rng.choice([12, 13])}/10/2026"])
    write_ods(path, [guide, sheet])
    return {"mission": mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "PT", "Cluster Metalomecânico do Norte",
                               "Lyon", "2026-10-13"), "people": [p.truth() for p in people]}


def tussenvoegsel(last_name: str) -> tuple[str, str]:
    words = last_name.split()
    prefix = [w for w in words[:-1] if w.islower()]
    return " ".join(prefix), " ".join(words[len(prefix):])


def nl_eindhoven(path: Path, rng: random.Random, seed: int) -> Truth:
    """Dutch with a tussenvoegsel column, `Name <mail>` addresses, one person twice with the phone corrected."""
    people = Delegation("NL", seed).people(15, 5)
    sheet = Sheet("Blad1")
    sheet.add(["Voornaam", "Tussenvoegsel", "Achternaam", "Bedrijf", "Functie", "E-mail", "Telefoonnummer",
               "Pitch (ja/nee)"])

    def row(p: Person, phone: str) -> list[str | None]:
        prefix, rest = tussenvoegsel(p.last_name)
        email = f"{p.first_name} {p.last_name} <{p.email}>" if rng.random() < 0.5 else p.email
        return [p.first_name, prefix, rest, p.company, p.role, email, phone, yes_no(p, "ja", "nee")]

    twice = people[3]
    for p in people:
        if p is twice:
            sheet.add(row(p, national(misdialled(p.phone, rng)).replace(" ", "-")))
        else:
            sheet.add(row(p, national(p.phone).replace(" ", "-") if rng.random() < 0.7 else international(p.phone)))
    sheet.add(row(twice, national(twice.phone).replace(" ", "-")))
    sheet.add([], ["Aanmelden kan tot 1 september; wijzigingen graag per mail."], ["Stand: 28-08-2026"])
    write_text(path, sheet, delimiter=";", encoding="utf-8-sig")
    return {"mission": mission("DE", "Cluster Mechatronik Baden-Württemberg", "NL", "Brainport Industries Cluster",
                               "Stuttgart", "2026-09-29"), "people": [p.truth() for p in people]}


def be_flanders(path: Path, rng: random.Random, seed: int) -> Truth:
    """Flemish: a header on two rows under merged groups, company cells merged down their people, a hidden column."""
    people = Delegation("BE", seed).people(14, 5)
    sheet = Sheet("Deelnemers", merged=["A1:I1", "A3:B3", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4"],
                  hidden_columns=["I"])
    sheet.add(["Mechatronica-missie naar Rijsel – deelnemerslijst"], [],
              ["Deelnemer", None, "Bedrijf", "Functie", "Contact", None, "Land", "Pitch"],
              ["Voornaam", "Naam", None, None, "E-mail", "GSM", None, None, "Intern nr."])
    first_row = len(sheet.rows) + 1
    for n, p in enumerate(people):
        same_firm = n > 0 and people[n - 1].company == p.company
        sheet.add([p.first_name, p.last_name, None if same_firm else p.company, p.role, p.email, national(p.phone),
                   "België", yes_no(p, "ja", "nee"), f"BE-{rng.randint(1000, 9999)}"])
    row = first_row
    for firm in dict.fromkeys(p.company for p in people):
        count = sum(p.company == firm for p in people)
        if count > 1:
            sheet.merged.append(f"C{row}:C{row + count - 1}")
        row += count
    write_xlsx(path, [sheet])
    return {"mission": mission("FR", "Pôle Mecatech Hauts-de-France", "BE", "Mechatronics Cluster Flanders–Wallonia",
                               "Lille", "2026-10-20"), "people": [p.truth() for p in people]}


def cz_brno(path: Path, rng: random.Random, seed: int) -> Truth:
    """Czech CSV in cp1250: a title column, a date of birth, a `Vedoucí delegace` heading above its one person."""
    people = Delegation("CZ", seed).people(14, 5)
    sheet = Sheet("List1")
    sheet.add(["Seznam účastníků – mise do Katovic, 21. 10. 2026"], [],
              ["Titul", "Jméno", "Příjmení", "Firma", "Pozice", "E-mail", "Telefon", "Datum narození",
               "Prezentace (ano/ne)"])

    def row(p: Person) -> list[str | None]:
        phone = national(p.phone) if rng.random() < 0.6 else international(p.phone)
        born = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(1962, 1995)}"
        return [rng.choice(["Ing.", "Ing.", "Mgr.", "Bc.", "", ""]), p.first_name, p.last_name, p.company, p.role,
                p.email, phone, born, yes_no(p, "ano", "ne")]

    sheet.add(["Vedoucí delegace"], row(people[0]), ["Účastníci"])
    for p in people[1:]:
        sheet.add(row(p))
    write_text(path, sheet, delimiter=";", encoding="cp1250")
    return {"mission": mission("PL", "Klaster Lotniczy Dolny Śląsk", "CZ", "Moravskoslezský strojírenský klastr",
                               "Katowice", "2026-10-21"), "people": [p.truth() for p in people]}


def sk_kosice(path: Path, rng: random.Random, seed: int) -> Truth:
    """Slovak "Unicode text" (UTF-16, tabs): two numbers in a cell, an office line with its extension, arrival."""
    delegation = Delegation("SK", seed)
    people = delegation.people(13, 5)
    sheet = Sheet("Hárok1")
    sheet.add(["Meno", "Priezvisko", "Spoločnosť", "Funkcia", "E-mail", "Telefón", "Dátum príchodu",
               "Prezentácia (áno/nie)"])
    truths = []
    for p in people:
        kind = rng.random()
        office = delegation.landline()
        if kind < 0.25:
            phone, truth = f"{national(p.phone)} / {national(office)}", p.truth()
        elif kind < 0.4:
            phone, truth = f"{international(office)} kl. {rng.randint(10, 99)}", p.with_phone(office).truth()
        else:
            phone, truth = national(p.phone), p.truth()
        sheet.add([p.first_name, p.last_name, p.company, p.role, p.email, phone, "20.10.2026",
                   yes_no(p, "áno", "nie")])
        truths.append(truth)
    write_text(path, sheet, delimiter="\t", encoding="utf-16")
    return {"mission": mission("AT", "Automotive Cluster Vienna Region", "SK", "Slovenský strojársky klaster",
                               "Wien", "2026-10-21"), "people": truths}


def hu_gyor(path: Path, rng: random.Random, seed: int) -> Truth:
    """Hungarian: family name first in one `Név` column, `Dr.` before some, instructions first, igen/nem."""
    people = Delegation("HU", seed).people(13, 5)
    guide = Sheet("Kitöltési útmutató")
    guide.add(["Kérjük, résztvevőnként egy sort töltsenek ki."], ["A prezentáció oszlopba igen vagy nem kerüljön."],
              ["Határidő: szeptember 15."])
    sheet = Sheet("Résztvevők", merged=["A1:F1"])
    sheet.add(["Győri Járműipari Klaszter – stuttgarti üzleti misszió"],
              [f"Delegációvezető: {people[0].last_name} {people[0].first_name}"], [],
              ["Név", "Cég", "Beosztás", "E-mail", "Mobil", "Prezentáció (igen/nem)"])
    for p in people:
        written = national(p.phone)
        phone = rng.choice([written, international(p.phone), written.replace(" ", "-", 1).replace(" ", "/", 1)])
        title = "Dr. " if rng.random() < 0.2 else ""
        sheet.add([f"{title}{p.last_name} {p.first_name}", p.company, p.role, p.email, phone,
                   yes_no(p, "igen", "nem")])
    write_xlsx(path, [guide, sheet])
    return {"mission": mission("DE", "Cluster Mechatronik Baden-Württemberg", "HU", "Győri Járműipari Klaszter",
                               "Stuttgart", "2026-11-10"), "people": [p.truth() for p in people]}


def si_ljubljana(path: Path, rng: random.Random, seed: int) -> Truth:
    """Slovenian: one sheet per company, the company named only above each sheet's table."""
    delegation = Delegation("SI", seed)
    sheets, truths = [], []
    for name, domain in delegation.companies(4):
        sheet = Sheet(name.split()[0][:31])
        sheet.add([f"Podjetje: {name}"], [],
                  ["Ime", "Priimek", "Delovno mesto", "E-pošta", "Telefon", "Predstavitev (da/ne)"])
        for _ in range(rng.randint(2, 4)):
            p = delegation.person((name, domain))
            sheet.add([p.first_name, p.last_name, p.role, p.email, national(p.phone), yes_no(p, "da", "ne")])
            truths.append(p.truth())
        sheets.append(sheet)
    write_xlsx(path, sheets)
    return {"mission": mission("IT", "Cluster Comet Friuli Venezia Giulia", "SI", "Slovenski grozd orodjarjev",
                               "Udine", "2026-09-24"), "people": truths}


def ro_cluj(path: Path, rng: random.Random, seed: int) -> Truth:
    """Romanian CSV UTF-8: `Nume` (the surname) before `Prenume`, Da/Nu, a total under the list."""
    people = Delegation("RO", seed).people(14, 5)
    sheet = Sheet("Sheet1")
    sheet.add(["Nume", "Prenume", "Companie", "Funcție", "Email", "Telefon", "Prezentare (Da/Nu)"])
    for p in people:
        phone = national(p.phone) if rng.random() < 0.6 else international(p.phone)
        sheet.add([p.last_name, p.first_name, p.company, p.role, p.email, phone, yes_no(p, "Da", "Nu")])
    sheet.add([], [f"Total participanți: {len(people)}"])
    write_text(path, sheet, delimiter=",", encoding="utf-8-sig")
    return {"mission": mission("FR", "Aerospace Cluster Auvergne-Rhône-Alpes", "RO", "Transilvania Aerospace Cluster",
                               "Lyon", "2026-11-17"), "people": [p.truth() for p in people]}


def qc_montreal(path: Path, rng: random.Random, seed: int) -> Truth:
    """Québec: French headers, North American numbers with `poste`/`ext.`, `Nom <courriel>`, arrival date."""
    people = Delegation("CA", seed).people(14, 5)
    sheet = Sheet("Délégation", merged=["A1:H1"])
    sheet.add(["Aéro Montréal — Mission Cluster2Cluster Toulouse 2026"], ["Liste des participants"], [],
              ["Prénom", "Nom", "Entreprise", "Titre", "Courriel", "Téléphone", "Date d'arrivée", "Pitch (oui/non)"])
    for p in people:
        digits = str(p.phone.national_number)
        phone = rng.choice([national(p.phone), f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                            f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"])
        if rng.random() < 0.3:
            phone += rng.choice([" poste ", " ext. ", " #"]) + str(rng.randint(100, 499))
        email = f"{p.first_name} {p.last_name} <{p.email}>" if rng.random() < 0.4 else p.email
        sheet.add([p.first_name, p.last_name, p.company, p.role, email, phone, "2026-10-12",
                   yes_no(p, "oui", "non")])
    sheet.add([], ["Note : les heures d'arrivée sont à l'heure de Paris."])
    write_xlsx(path, [sheet])
    return {"mission": mission("FR", "Aerospace Valley", "CA", "Aéro Montréal", "Toulouse", "2026-10-14"),
            "people": [p.truth() for p in people]}


def ch_basel(path: Path, rng: random.Random, seed: int) -> Truth:
    """Swiss: one trilingual header row, a canton column, Swiss numbers written three ways, pitch in each language."""
    delegation = Delegation("CH", seed)
    people = delegation.people(15, 6)
    cantons = {"de_CH": ["BS", "BL", "ZH", "AG", "SG", "BE"], "fr_CH": ["GE", "VD", "NE", "JU"],
               "it_CH": ["TI"]}
    answers = {"de_CH": ("ja", "nein"), "fr_CH": ("oui", "non"), "it_CH": ("sì", "no")}
    sheet = Sheet("Delegation", merged=["A1:H1"])
    sheet.add(["Swiss Precision Cluster – Delegation / Délégation / Delegazione Milano"], [],
              ["Vorname / Prénom / Nome", "Name / Nom / Cognome", "Firma / Entreprise / Azienda",
               "Funktion / Fonction / Funzione", "E-Mail", "Telefon / Téléphone / Telefono",
               "Kanton / Canton / Cantone", "Pitch (ja/oui/sì)"])
    for p in people:
        written = national(p.phone)
        phone = rng.choice([written, international(p.phone),
                            international(p.phone).replace(" ", " (0)", 1), written.replace(" ", "")])
        sheet.add([p.first_name, p.last_name, p.company, p.role, p.email, phone, rng.choice(cantons[p.locale]),
                   yes_no(p, *answers[p.locale])])
    write_xlsx(path, [sheet])
    return {"mission": mission("IT", "Lombardia Aerospace Cluster", "CH", "Swiss Precision Cluster", "Milano",
                               "2026-09-30"), "people": [p.truth() for p in people]}


def at_graz(path: Path, rng: random.Random, seed: int) -> Truth:
    """Austrian: Anrede and Titel columns, a `Delegationsleitung` section, an empty spacer column, a second person twice."""
    people = Delegation("AT", seed).people(14, 5)
    sheet = Sheet("Teilnehmer")
    sheet.add(["Steirischer Aerospace Cluster – Unternehmerreise Brno"], ["Stand 03.09.2026"], [],
              ["Anrede", "Titel", "Vorname", "Nachname", None, "Unternehmen", "Funktion", "E-Mail", "Telefon",
               "Anreise", "Pitch"])

    def row(p: Person, phone: str) -> list[str | None]:
        title = rng.choice(["", "", "Mag.", "DI", "Ing.", "Dr."])
        return [rng.choice(["Herr", "Frau"]), title, p.first_name, p.last_name, None, p.company, p.role, p.email,
                phone, "Vorabend", yes_no(p, "ja", "nein")]

    def written(p: Person) -> str:
        return national(p.phone) if rng.random() < 0.6 else international(p.phone)

    twice = people[6]
    sheet.add(["Delegationsleitung"], row(people[0], written(people[0])), ["Teilnehmende Unternehmen"])
    for p in people[1:]:
        sheet.add(row(p, national(misdialled(p.phone, rng)) if p is twice else written(p)))
    sheet.add(row(twice, written(twice)))
    write_xlsx(path, [sheet])
    return {"mission": mission("CZ", "Moravskoslezský strojírenský klastr", "AT", "Steirischer Aerospace Cluster",
                               "Brno", "2026-11-03"), "people": [p.truth() for p in people]}


def refuse_truncated(path: Path, rng: random.Random, seed: int) -> Truth:
    """An xlsx cut short, as a failed mail download leaves it."""
    whole = path.with_suffix(".tmp.xlsx")
    at_graz(whole, rng, seed)
    data = whole.read_bytes()
    whole.unlink()
    path.write_bytes(data[: len(data) // 2])
    return {"mission": mission("CZ", "Moravskoslezský strojírenský klastr", "AT", "Steirischer Aerospace Cluster",
                               "Brno", "2026-11-03"), "refuse": True, "people": []}


def refuse_pdf(path: Path, rng: random.Random, seed: int) -> Truth:
    """A PDF print of the list, renamed .xlsx by someone who thought that would do."""
    text = "Seznam ucastniku - mise do Katovic"
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(body)
    return {"mission": mission("PL", "Klaster Lotniczy Dolny Śląsk", "CZ", "Moravskoslezský strojírenský klastr",
                               "Katowice", "2026-10-21"), "refuse": True, "people": []}


BUILDERS: dict[str, Callable[[Path, random.Random, int], Truth]] = {
    "es_aragon.xlsx": es_aragon, "cat_barcelona.csv": cat_barcelona, "pt_porto.ods": pt_porto,
    "nl_eindhoven.csv": nl_eindhoven, "be_flanders.xlsx": be_flanders, "cz_brno.csv": cz_brno,
    "sk_kosice.tsv": sk_kosice, "hu_gyor.xlsx": hu_gyor, "si_ljubljana.xlsx": si_ljubljana,
    "ro_cluj.csv": ro_cluj, "qc_montreal.xlsx": qc_montreal, "ch_basel.xlsx": ch_basel, "at_graz.xlsx": at_graz,
    "refuse_truncated.xlsx": refuse_truncated, "refuse_pdf.xlsx": refuse_pdf,
}


def main() -> None:
    LISTS.mkdir(exist_ok=True)
    for name, build in BUILDERS.items():
        seed = zlib.crc32(name.encode())
        truth = build(LISTS / name, random.Random(seed), seed)
        truth.setdefault("refuse", False)
        stem = name.split(".")[0]
        (LISTS / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
