"""The third set's own people, companies and phone numbers, drawn from a seeded random generator.

Every name, company and address here is made up for this set; phones are drawn in each country's
mobile or landline ranges and kept only when phonenumbers calls them valid, so the truth's E.164
number is one a careful person could dial.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

import phonenumbers

FIRST = {
    "IT": ["Alessandro", "Chiara", "Davide", "Elena", "Federico", "Giorgia", "Lorenzo", "Martina", "Matteo",
           "Noemi", "Riccardo", "Sara", "Tommaso", "Valentina", "Vittorio", "Ilaria", "Gabriele", "Beatrice"],
    "FR": ["Antoine", "Camille", "Clément", "Élodie", "Guillaume", "Hélène", "Julien", "Laure", "Mathieu",
           "Nathalie", "Olivier", "Pauline", "Quentin", "Sophie", "Thibault", "Aurélie", "Benoît", "Margaux"],
    "CH": ["Adrian", "Corinne", "Fabian", "Jessica", "Lukas", "Nadine", "Reto", "Sandra", "Urs", "Yvonne",
           "Loïc", "Mélanie", "Cédric", "Romain", "Séverine", "Daniela", "Marco", "Livia"],
    "DE": ["Andreas", "Birgit", "Christoph", "Doris", "Florian", "Heike", "Jörg", "Katrin", "Matthias",
           "Nicole", "Ralf", "Sabine", "Tobias", "Ute", "Wolfgang", "Jürgen", "Stefanie", "Dirk"],
    "PL": ["Agnieszka", "Bartosz", "Dorota", "Grzegorz", "Joanna", "Krzysztof", "Magdalena", "Marcin",
           "Paweł", "Renata", "Tomasz", "Urszula", "Wojciech", "Zofia", "Łukasz", "Małgorzata"],
    "NL": ["Bram", "Daan", "Eline", "Femke", "Joost", "Lieke", "Maarten", "Niels", "Roel", "Sanne", "Thijs",
           "Wouter", "Ilse", "Jeroen", "Marloes", "Sjoerd"],
    "BE": ["Pieter", "Griet", "Koen", "Sofie", "Arnaud", "Delphine"],
    "GR": ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Κώστας", "Σοφία", "Γιάννης",
           "Αγγελική", "Παναγιώτης", "Βασιλική"],
    "GR_LATIN": ["Giorgos", "Maria", "Nikos", "Eleni", "Dimitris", "Katerina", "Kostas", "Sofia", "Giannis",
                 "Angeliki", "Panagiotis", "Vasiliki"],
    "LI": ["Marcel", "Brigitte"],
}
LAST = {
    "IT": ["Bellini", "Castelli", "Colombo", "Fontana", "Galli", "Greco", "Lombardi", "Marchetti", "Moretti",
           "Negri", "Pellegrini", "Rinaldi", "Santoro", "Testa", "Vitale", "De Santis", "Dal Molin", "Lo Bianco"],
    "FR": ["Bertrand", "Chevalier", "Dumas", "Fabre", "Gauthier", "Lacroix", "Marchand", "Mercier", "Perrot",
           "Renard", "Roussel", "Vidal", "de la Fontaine", "Le Gall", "Mallet", "Boyer", "Fournier", "Giraud"],
    "CH": ["Ammann", "Brunner", "Gerber", "Hofstetter", "Kälin", "Meier", "Schnyder", "Zürcher", "Rochat",
           "Favre", "Bonvin", "Jaquet", "Monnier", "Zbinden", "Vuilleumier", "Bernasconi"],
    "DE": ["Becker", "Dietrich", "Engel", "Fuchs", "Graf", "Hartmann", "Kühn", "Lange", "Möller", "Pohl",
           "Richter", "Schäfer", "Vogel", "Wolff", "Ziegler", "von Arnim", "Krüger", "Seidel"],
    "PL": ["Adamczyk", "Błaszczyk", "Dudek", "Górski", "Jabłońska", "Kaczmarek", "Lewandowska", "Mazur",
           "Nowicki", "Pawlak", "Sikora", "Wróbel", "Zając", "Kowalczyk", "Szymańska", "Wieczorek"],
    "NL": ["Bakker", "de Groot", "Hendriks", "Jansen", "Kok", "Meijer", "Mulder", "Smit", "van Dijk",
           "van der Linden", "Visser", "Vos", "de Boer", "Dekker", "Peeters", "Willems"],
    "BE": ["Claes", "Maes", "Wouters", "Dubois", "Lambert", "Janssens"],
    "GR": ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Δημητρίου", "Νικολάου", "Καραγιάννης", "Βασιλείου",
           "Αθανασίου", "Μακρής", "Ζαχαρίου", "Λαμπράκης", "Σταυρόπουλος"],
    "GR_LATIN": ["Papadopoulos", "Oikonomou", "Georgiou", "Dimitriou", "Nikolaou", "Karagiannis",
                 "Vasileiou", "Athanasiou", "Makris", "Zachariou", "Lamprakis", "Stavropoulos"],
    "LI": ["Büchel", "Frommelt"],
}
# Greek women's surnames take the genitive form; the list pairs a name with the form its bearer writes.
GREEK_FEMININE = {"Παπαδόπουλος": "Παπαδοπούλου", "Καραγιάννης": "Καραγιάννη", "Μακρής": "Μακρή",
                  "Λαμπράκης": "Λαμπράκη", "Σταυρόπουλος": "Σταυροπούλου", "Papadopoulos": "Papadopoulou",
                  "Karagiannis": "Karagianni", "Makris": "Makri", "Lamprakis": "Lampraki",
                  "Stavropoulos": "Stavropoulou"}
FEMALE = {"Chiara", "Elena", "Giorgia", "Martina", "Noemi", "Sara", "Valentina", "Ilaria", "Beatrice", "Camille",
          "Élodie", "Hélène", "Laure", "Nathalie", "Pauline", "Sophie", "Aurélie", "Margaux", "Corinne", "Jessica",
          "Nadine", "Sandra", "Yvonne", "Mélanie", "Séverine", "Daniela", "Livia", "Birgit", "Doris", "Heike",
          "Katrin", "Nicole", "Sabine", "Ute", "Stefanie", "Brigitte"}
GREEK_DOMAINS = {"Αλουμίνιο": "alumthess", "Μεταλλουργία": "metvolou", "Κατασκευές": "katmag"}
GREEK_WOMEN = {"Μαρία", "Ελένη", "Κατερίνα", "Σοφία", "Αγγελική", "Βασιλική", "Maria", "Eleni", "Katerina",
               "Sofia", "Angeliki", "Vasiliki"}

COMPANIES = {
    "IT": [("Meccanica Valsusa", "S.r.l."), ("Torneria Canavese", "S.r.l."), ("Stampi Alpini", "S.p.A."),
           ("Officine Pinerolesi", "S.r.l."), ("Tecnofusioni Biellesi", "S.r.l."), ("Saldature Monviso", "S.n.c."),
           ("Aerostrutture Murge", "S.r.l."), ("Compositi Salento", "S.p.A."), ("Elettronica Daunia", "S.r.l."),
           ("Ingranaggi del Tavoliere", "S.r.l."), ("Avionica Levante", "S.p.A."), ("Lamiere Lariane", "S.r.l.")],
    "FR": [("Usinage du Forez", "SAS"), ("Mécanique de Précision Vosgienne", "SARL"), ("Composites d'Alsace", "SAS"),
           ("Fonderie Lorraine", "SA"), ("Découpe Laser Champenoise", "SAS"), ("Électronique du Rhin", "SARL"),
           ("Ateliers Occitans", "SAS"), ("Aéro-Pièces Garonne", "SAS"), ("Traitements de Surface Tarnais", "SARL")],
    "CH": [("Décolletage Vallée de Joux", "SA"), ("Microtechnique Jurassienne", "SA"), ("Horlotec", "Sàrl"),
           ("Präzisionsteile Grenchen", "AG"), ("Stanztechnik Biel", "GmbH"), ("Mecafil Ticino", "SA"),
           ("Usinage Fribourgeois", "SA")],
    "DE": [("Feinwerktechnik Erzgebirge", "GmbH"), ("Sächsische Gussteile", "GmbH & Co. KG"),
           ("Lausitzer Blechbearbeitung", "GmbH"), ("Dresdner Sensorik", "AG"), ("Zwickauer Antriebe", "GmbH"),
           ("Vogtland Präzision", "GmbH"), ("Pfalz Kunststofftechnik", "GmbH")],
    "PL": [("Śląskie Zakłady Obróbki", "Sp. z o.o."), ("Metal-Tech Gliwice", "Sp. z o.o."),
           ("Odlewnia Bytom", "S.A."), ("Precyzja Rybnik", "Sp. z o.o."), ("Hydraulika Zabrze", "Sp. z o.o."),
           ("Automatyka Tychy", "S.A.")],
    "NL": [("Twentse Precisie", "B.V."), ("Hengelo Composites", "B.V."), ("Enschede Motion Systems", "B.V."),
           ("Almelo Plaatwerk", "B.V."), ("Oost-Nederland Lasertechniek", "B.V."), ("Deventer Vision", "B.V.")],
    "BE": [("Limburg Mechatronics", "NV"), ("Liège Usinage", "SRL")],
    "GR": [("Αλουμίνιο Θεσσαλίας", "Α.Ε."), ("Μεταλλουργία Βόλου", "Α.Β.Ε.Ε."), ("Thessaly Steel Works", "S.A."),
           ("Larissa Precision", "S.A."), ("Κατασκευές Μαγνησίας", "Ε.Π.Ε."), ("Hellenic Castings", "S.A.")],
    "LI": [("Rheintal Präzision", "AG")],
}
ROLES: dict[str, list[str | None]] = {
    "IT": ["Amministratore delegato", "Responsabile commerciale", "Direttore tecnico", "Ufficio acquisti",
           "Export manager", "Responsabile qualità", "Titolare", None],
    "FR": ["Directeur général", "Responsable commercial", "Directrice technique", "Chargée d'affaires",
           "Responsable achats", "Gérant", "Ingénieur R&D", None],
    "CH": ["CEO", "Head of Sales", "Business Development Manager", "CTO", "Key Account Manager",
           "Responsable des achats", None],
    "DE": ["Geschäftsführer", "Vertriebsleiter", "Leiterin Einkauf", "Technischer Leiter", "Key Account Manager",
           "Prokurist", None],
    "PL": ["Prezes Zarządu", "Dyrektor handlowy", "Kierownik produkcji", "Specjalista ds. eksportu",
           "Dyrektor techniczny", None],
    "NL": ["Directeur", "Sales Manager", "Inkoper", "Business Developer", "Technisch directeur", None],
    "BE": ["Zaakvoerder", "Directeur commercial"],
    "GR": ["Διευθύνων Σύμβουλος", "Sales Manager", "Υπεύθυνος Πωλήσεων", "Export Manager", "Τεχνικός Διευθυντής",
           None],
    "LI": ["Geschäftsführer"],
}
TLD = {"IT": "it", "FR": "fr", "CH": "ch", "DE": "de", "PL": "pl", "NL": "nl", "BE": "be", "GR": "gr", "LI": "li"}
MOBILE: dict[str, list[tuple[str, str, int]]] = {  # a national mobile prefix and how many digits follow it
    "IT": [("+39", "3" + p, 7) for p in ("20", "28", "31", "35", "38", "40", "45", "47", "49", "66", "88", "93")],
    "FR": [("+33", p, 8) for p in ("6", "7")],
    "CH": [("+41", p, 7) for p in ("76", "78", "79")],
    "DE": [("+49", p, 8) for p in ("151", "160", "170", "176")],
    "PL": [("+48", p, 7) for p in ("50", "60", "66", "69", "79", "88")],
    "NL": [("+31", "6", 8)],
    "BE": [("+32", p, 6) for p in ("470", "475", "486", "495")],
    "GR": [("+30", p, 8) for p in ("69",)],
    "LI": [("+423", p, 5) for p in ("78", "79")],
}


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and (c.isalnum() or c in " -'"))


def polish_form(first: str, last: str) -> str:
    """A Polish -ski/-cki surname agrees with its bearer: Jabłońska for a woman, Jabłoński for a man."""
    woman = first.endswith("a")
    for male, female in (("ski", "ska"), ("cki", "cka")):
        if woman and last.endswith(male):
            return last[:-3] + female
        if not woman and last.endswith(female):
            return last[:-3] + male
    return last


@dataclass
class Person:
    first: str
    last: str
    email: str
    phone: str | None  # E.164
    company: str
    role: str | None
    country: str
    pitch: bool | None = None
    bus_stop: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def truth(self) -> dict[str, object]:
        return {"first_name": self.first, "last_name": self.last, "email": self.email, "phone": self.phone,
                "company": self.company, "role": self.role, "country": self.country, "pitch": self.pitch,
                "bus_stop": self.bus_stop}


class People:
    """Draws people of a country without repeating a name or an e-mail within one generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[tuple[str, str]] = set()
        self.emails: set[str] = set()

    def mobile(self, country: str) -> str:
        while True:
            code, prefix, digits = self.rng.choice(MOBILE[country])
            number = code + prefix + "".join(self.rng.choice("0123456789") for _ in range(digits))
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number

    def landline(self, country: str) -> str:
        code = {"CH": "+41"}[country]
        while True:
            number = code + self.rng.choice(["32", "21", "24"]) + str(self.rng.randrange(1000000, 9999999))
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number

    def person(self, country: str, companies: list[str] | None = None, latin: bool = False) -> Person:
        """A person of COUNTRY; a Greek one is written in Greek script unless LATIN, their e-mail always in Latin."""
        while True:
            i, j = self.rng.randrange(len(FIRST[country])), self.rng.randrange(len(LAST[country]))
            first, last = FIRST[country][i], LAST[country][j]
            mail_first, mail_last = first, last
            if country == "GR":
                mail_first, mail_last = FIRST["GR_LATIN"][i], LAST["GR_LATIN"][j]
                if latin:
                    first, last = mail_first, mail_last
                if first in GREEK_WOMEN:
                    last = GREEK_FEMININE.get(last, last)
                    mail_last = GREEK_FEMININE.get(mail_last, mail_last)
            if country == "PL":
                last = polish_form(first, last)
            if (first, last) not in self.names:
                break
        self.names.add((first, last))
        company = self.rng.choice(companies) if companies else self.company(country)
        email = self.email(mail_first, mail_last, company, country)
        return Person(first, last, email, self.mobile(country), company, self.rng.choice(ROLES[country]), country)

    def company(self, country: str) -> str:
        stem, form = self.rng.choice(COMPANIES[country])
        return f"{stem} {form}"

    def email(self, first: str, last: str, company: str, country: str) -> str:
        stem = company.split(" ")[0] if len(company.split(" ")[0]) > 5 else " ".join(company.split(" ")[:2])
        domain = ascii_fold(stem).lower().replace(" ", "-").replace("'", "")
        if not domain.isascii():
            domain = GREEK_DOMAINS.get(stem.split(" ")[0], "hellasmetal")
        domain = f"{domain}.{TLD[country]}"
        f, lname = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
        style = self.rng.choice(["{f}.{l}", "{i}{l}", "{l}", "{f}"])
        while True:
            local = style.format(f=f, l=lname, i=f[0]).replace("'", "")
            address = f"{local}@{domain}"
            if address not in self.emails:
                self.emails.add(address)
                return address
            style = "{f}.{l}" if style != "{f}.{l}" else "{f}.{l}{n}".replace("{n}", str(self.rng.randrange(2, 9)))
