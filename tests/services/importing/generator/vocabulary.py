"""What people type in attendee lists, written here by hand and on purpose not taken from
c2c/data/headers.json or yes_no.json: the generator is there to find what those lack.

Header spellings are as coordinators type them: abbreviations, capitals, a trailing colon,
a hint in brackets. Names, companies and roles are per country, with their diacritics.
"""

from __future__ import annotations

LANGUAGES = ("it", "fr", "de", "en", "pl", "cs", "es", "pt", "nl")
FIELDS = ("first_name", "last_name", "full_name", "full_name_last_first", "company", "role", "email", "phone",
          "country", "pitch", "bus_stop")

HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "first_name": ("Nome", "NOME", "Nome proprio", "Nome:"),
        "last_name": ("Cognome", "COGNOME", "Cognome:"),
        "full_name": ("Nome e cognome", "Nominativo", "Partecipante", "NOME E COGNOME"),
        "full_name_last_first": ("Cognome e nome", "Cognome Nome", "COGNOME E NOME", "Cognome/Nome"),
        "company": ("Azienda", "Ragione sociale", "Società", "Ditta", "AZIENDA", "Ente/Azienda"),
        "role": ("Ruolo", "Qualifica", "Funzione", "Ruolo aziendale", "Posizione"),
        "email": ("E-mail", "Email", "Mail", "Indirizzo e-mail", "e-mail", "Posta elettronica"),
        "phone": ("Cellulare", "Tel. cellulare", "Telefono", "Tel.", "Cell.", "Recapito telefonico", "N. cellulare"),
        "country": ("Paese", "Nazione", "PAESE", "Paese di provenienza"),
        "pitch": ("Pitch", "Presentazione", "Pitch (sì/no)", "Presentazione aziendale"),
        "bus_stop": ("Fermata", "Fermata bus", "Fermata pullman", "Punto di salita", "Punto di raccolta"),
    },
    "fr": {
        "first_name": ("Prénom", "PRENOM", "Prénom :", "Prenom"),
        "last_name": ("Nom", "NOM", "Nom de famille", "Nom :"),
        "full_name": ("Prénom et nom", "Participant", "Nom complet", "Prénom Nom"),
        "full_name_last_first": ("Nom et prénom", "NOM Prénom", "Nom prénom", "Nom, prénom"),
        "company": ("Entreprise", "Société", "Raison sociale", "Organisme", "ENTREPRISE", "Structure"),
        "role": ("Fonction", "Poste", "Fonction occupée"),
        "email": ("Courriel", "E-mail", "Adresse e-mail", "Mail", "Adresse électronique", "Mél"),
        "phone": ("Téléphone", "Tél.", "Portable", "Tél. portable", "Mobile", "N° de téléphone", "Tel"),
        "country": ("Pays", "PAYS", "Pays :"),
        "pitch": ("Pitch", "Présentation", "Pitch (oui/non)", "Présentation entreprise"),
        "bus_stop": ("Arrêt", "Arrêt bus", "Point de ramassage", "Lieu de prise en charge", "Point de départ navette"),
    },
    "de": {
        "first_name": ("Vorname", "VORNAME", "Vorname:", "Rufname"),
        "last_name": ("Nachname", "NACHNAME", "Familienname", "Zuname"),
        "full_name": ("Vor- und Nachname", "Teilnehmer", "Teilnehmer/in", "Vollständiger Name"),
        "full_name_last_first": ("Nachname, Vorname", "Name, Vorname", "Nachname Vorname"),
        "company": ("Firma", "Unternehmen", "Firmenname", "FIRMA", "Organisation", "Institution"),
        "role": ("Funktion", "Position", "Berufsbezeichnung", "Funktion im Unternehmen"),
        "email": ("E-Mail", "E-Mail-Adresse", "Email", "Mail", "e-mail"),
        "phone": ("Telefon", "Handy", "Mobil", "Mobiltelefon", "Tel.", "Telefonnummer", "Handynummer", "Mobilnummer"),
        "country": ("Land", "LAND", "Staat", "Herkunftsland"),
        "pitch": ("Pitch", "Präsentation", "Pitch (ja/nein)", "Firmenpräsentation"),
        "bus_stop": ("Zustieg", "Haltestelle", "Bushaltestelle", "Abholort", "Zustiegsort"),
    },
    "en": {
        "first_name": ("First name", "First Name", "FIRST NAME", "Given name", "Firstname", "Forename"),
        "last_name": ("Last name", "Surname", "Family name", "LAST NAME", "Lastname"),
        "full_name": ("Full name", "Name", "Attendee", "Participant name", "Delegate"),
        "full_name_last_first": ("Surname, first name", "Last name, first name", "Surname and name"),
        "company": ("Company", "Organisation", "Organization", "Company name", "COMPANY", "Employer"),
        "role": ("Role", "Job title", "Position", "Function"),
        "email": ("Email", "E-mail", "Email address", "E-mail address", "EMAIL", "Mail"),
        "phone": ("Phone", "Mobile", "Mobile phone", "Cell", "Tel.", "Phone number", "Mobile no."),
        "country": ("Country", "COUNTRY", "Country:", "Nationality"),
        "pitch": ("Pitch", "Pitch (Y/N)", "Presentation", "Pitching?"),
        "bus_stop": ("Bus stop", "Pick-up point", "Pickup", "Pick-up stop", "Shuttle stop"),
    },
    "pl": {
        "first_name": ("Imię", "IMIĘ", "Imie", "Imię:"),
        "last_name": ("Nazwisko", "NAZWISKO", "Nazwisko:"),
        "full_name": ("Imię i nazwisko", "Uczestnik", "IMIĘ I NAZWISKO", "Uczestnik/Uczestniczka"),
        "full_name_last_first": ("Nazwisko i imię", "Nazwisko imię", "Nazwisko, imię"),
        "company": ("Firma", "Nazwa firmy", "Przedsiębiorstwo", "Organizacja", "Instytucja", "FIRMA"),
        "role": ("Stanowisko", "Funkcja", "Stanowisko służbowe"),
        "email": ("E-mail", "Adres e-mail", "Email", "Poczta e-mail", "Adres email"),
        "phone": ("Telefon", "Telefon komórkowy", "Tel. kom.", "Nr telefonu", "Komórka", "Numer telefonu"),
        "country": ("Kraj", "Państwo", "KRAJ"),
        "pitch": ("Prezentacja", "Pitch", "Prezentacja firmy"),
        "bus_stop": ("Przystanek", "Miejsce odbioru", "Przystanek autobusowy"),
    },
    "cs": {
        "first_name": ("Jméno", "JMÉNO", "Křestní jméno", "Jmeno"),
        "last_name": ("Příjmení", "PŘÍJMENÍ", "Prijmeni"),
        "full_name": ("Jméno a příjmení", "Účastník", "Celé jméno"),
        "full_name_last_first": ("Příjmení a jméno", "Příjmení, jméno", "Příjmení jméno"),
        "company": ("Firma", "Společnost", "Název firmy", "Organizace", "FIRMA"),
        "role": ("Pozice", "Funkce", "Pracovní pozice"),
        "email": ("E-mail", "Email", "E-mailová adresa", "Mail"),
        "phone": ("Telefon", "Mobil", "Tel.", "Telefonní číslo", "Mobilní telefon"),
        "country": ("Země", "Stát", "ZEMĚ"),
        "pitch": ("Prezentace", "Pitch", "Prezentace firmy"),
        "bus_stop": ("Zastávka", "Místo nástupu", "Nástup"),
    },
    "es": {
        "first_name": ("Nombre", "NOMBRE", "Nombre:"),
        "last_name": ("Apellido", "Apellidos", "Apellido(s)", "APELLIDOS"),
        "full_name": ("Nombre y apellidos", "Nombre completo", "Participante", "Asistente"),
        "full_name_last_first": ("Apellidos y nombre", "Apellidos, nombre", "Apellidos nombre"),
        "company": ("Empresa", "Razón social", "Compañía", "Entidad", "EMPRESA", "Organización"),
        "role": ("Cargo", "Puesto", "Función"),
        "email": ("Correo electrónico", "Email", "E-mail", "Correo", "Correo-e"),
        "phone": ("Teléfono", "Móvil", "Tel.", "Teléfono móvil", "Celular", "Nº de teléfono"),
        "country": ("País", "PAÍS", "Pais"),
        "pitch": ("Presentación", "Pitch", "Pitch (sí/no)"),
        "bus_stop": ("Parada", "Parada de autobús", "Punto de recogida"),
    },
    "pt": {
        "first_name": ("Nome", "Primeiro nome", "Nome próprio", "NOME"),
        "last_name": ("Apelido", "Sobrenome", "Último nome", "APELIDO"),
        "full_name": ("Nome completo", "Participante", "NOME COMPLETO"),
        "full_name_last_first": ("Apelido e nome", "Sobrenome e nome", "Apelido, nome"),
        "company": ("Empresa", "Companhia", "Entidade", "Organização", "EMPRESA"),
        "role": ("Cargo", "Função", "Posição"),
        "email": ("E-mail", "Email", "Correio eletrónico", "Correio electrónico", "Endereço de e-mail"),
        "phone": ("Telefone", "Telemóvel", "Tel.", "Celular", "Nº de telemóvel", "Contacto telefónico"),
        "country": ("País", "PAÍS"),
        "pitch": ("Apresentação", "Pitch", "Pitch (sim/não)"),
        "bus_stop": ("Paragem", "Ponto de embarque", "Local de recolha"),
    },
    "nl": {
        "first_name": ("Voornaam", "VOORNAAM", "Roepnaam"),
        "last_name": ("Achternaam", "Familienaam", "ACHTERNAAM"),
        "full_name": ("Volledige naam", "Deelnemer", "Voor- en achternaam"),
        "full_name_last_first": ("Achternaam, voornaam", "Achternaam voornaam"),
        "company": ("Bedrijf", "Organisatie", "Bedrijfsnaam", "BEDRIJF", "Onderneming"),
        "role": ("Functie", "Rol", "Functietitel"),
        "email": ("E-mail", "E-mailadres", "Email", "Mailadres"),
        "phone": ("Telefoon", "Mobiel", "GSM", "Tel.", "Telefoonnummer", "Mobiel nummer"),
        "country": ("Land", "LAND"),
        "pitch": ("Pitch", "Presentatie", "Pitch (ja/nee)"),
        "bus_stop": ("Opstapplaats", "Halte", "Bushalte", "Ophaalpunt"),
    },
}
# the bare word for "name" heading the surname beside a first-name column ("Name | Vorname")
BARE_NAME = {"de": "Name", "nl": "Naam", "en": "Name"}

# the group row over a two-row header (a merged cell above the fields it groups)
GROUPS: dict[str, dict[str, str]] = {
    "it": {"person": "Partecipante", "company": "Dati azienda", "contact": "Contatti", "logistics": "Logistica"},
    "fr": {"person": "Participant", "company": "Entreprise", "contact": "Coordonnées", "logistics": "Logistique"},
    "de": {"person": "Teilnehmer", "company": "Unternehmen", "contact": "Kontakt", "logistics": "Logistik"},
    "en": {"person": "Attendee", "company": "Company details", "contact": "Contact details", "logistics": "Logistics"},
    "pl": {"person": "Uczestnik", "company": "Dane firmy", "contact": "Kontakt", "logistics": "Logistyka"},
    "cs": {"person": "Účastník", "company": "Firma", "contact": "Kontakt", "logistics": "Logistika"},
    "es": {"person": "Participante", "company": "Datos de la empresa", "contact": "Contacto", "logistics": "Logística"},
    "pt": {"person": "Participante", "company": "Dados da empresa", "contact": "Contactos", "logistics": "Logística"},
    "nl": {"person": "Deelnemer", "company": "Bedrijfsgegevens", "contact": "Contactgegevens", "logistics": "Logistiek"},
}
GROUP_OF = {"first_name": "person", "last_name": "person", "full_name": "person", "full_name_last_first": "person",
            "company": "company", "role": "company", "email": "contact", "phone": "contact", "country": "company",
            "pitch": "logistics", "bus_stop": "logistics"}

TITLES = {
    "it": ("Cluster2Cluster – elenco partecipanti", "Missione a Lione – iscritti"),
    "fr": ("Liste des participants", "Mission Cluster2Cluster – inscrits"),
    "de": ("Teilnehmerliste", "Delegationsreise – Anmeldungen"),
    "en": ("Attendee list", "Cluster2Cluster mission – registrations"),
    "pl": ("Lista uczestników", "Misja gospodarcza – zgłoszenia"),
    "cs": ("Seznam účastníků", "Podnikatelská mise – přihlášky"),
    "es": ("Lista de participantes", "Misión empresarial – inscritos"),
    "pt": ("Lista de participantes", "Missão empresarial – inscritos"),
    "nl": ("Deelnemerslijst", "Handelsmissie – inschrijvingen"),
}
TOTALS = {"it": "Totale", "fr": "Total", "de": "Gesamt", "en": "Total", "pl": "Razem", "cs": "Celkem",
          "es": "Total", "pt": "Total", "nl": "Totaal"}
NOTES = {"it": "Compilato da: segreteria", "fr": "Mis à jour le 12/10", "de": "Stand: 12.10.", "en": "Updated 12 Oct",
         "pl": "Stan na 12.10", "cs": "Stav k 12. 10.", "es": "Actualizado el 12/10", "pt": "Atualizado a 12/10",
         "nl": "Bijgewerkt op 12-10"}

YES_NO: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "it": (("sì", "Sì", "si", "SI", "SÌ"), ("no", "No", "NO")),
    "fr": (("oui", "Oui", "OUI"), ("non", "Non", "NON")),
    "de": (("ja", "Ja", "JA"), ("nein", "Nein", "NEIN")),
    "en": (("yes", "Yes", "Y", "YES"), ("no", "No", "N")),
    "pl": (("tak", "Tak", "TAK"), ("nie", "Nie", "NIE")),
    "cs": (("ano", "Ano", "ANO"), ("ne", "Ne", "NE")),
    "es": (("sí", "Sí", "si", "SÍ"), ("no", "No")),
    "pt": (("sim", "Sim", "SIM"), ("não", "Não", "nao")),
    "nl": (("ja", "Ja", "JA"), ("nee", "Nee", "NEE")),
}
# a form's free-text answer to 'will you pitch?': yes, no, and not yet decided (phrased apart
# from c2c/data/yes_no.json, so the generator finds what that lacks)
FREE_TEXT: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "it": (("Sì, volentieri", "Sì grazie", "Certo!"), ("No, grazie", "No, quest'anno no"), ("Forse", "Non lo so ancora")),
    "fr": (("Oui, avec plaisir", "Oui bien sûr"), ("Non merci", "Non, pas cette fois"), ("Peut-être", "Je ne sais pas encore")),
    "de": (("Ja, gerne", "Ja klar"), ("Nein, danke", "Nein, dieses Mal nicht"), ("Vielleicht", "Weiß ich noch nicht")),
    "en": (("Yes please", "Yes, 3 minutes", "Sure!"), ("No thanks", "No, not this time"), ("Maybe", "Not sure yet", "TBD")),
    "pl": (("Tak, chętnie", "Tak, oczywiście"), ("Nie, dziękuję", "Nie tym razem"), ("Może", "Jeszcze nie wiem")),
    "cs": (("Ano, rád", "Ano, určitě"), ("Ne, děkuji", "Ne, tentokrát ne"), ("Možná", "Ještě nevím")),
    "es": (("Sí, claro", "Sí, con gusto"), ("No, gracias", "No, esta vez no"), ("Tal vez", "Todavía no lo sé")),
    "pt": (("Sim, claro", "Sim, obrigado"), ("Não, obrigado", "Não, desta vez não"), ("Talvez", "Ainda não sei")),
    "nl": (("Ja, graag", "Ja hoor"), ("Nee, dank je", "Nee, deze keer niet"), ("Misschien", "Weet ik nog niet")),
}
MARKS = (("x", "X", "✓", "✔", "○"), ("-", "–", "✗", "×"))  # ○ and ×: a Japanese list's yes and no
# how a spreadsheet program writes TRUE/FALSE into a csv in each language (Excel localises them)
BOOLEAN_WORDS = {"it": ("VERO", "FALSO"), "fr": ("VRAI", "FAUX"), "de": ("WAHR", "FALSCH"), "en": ("TRUE", "FALSE"),
                 "pl": ("PRAWDA", "FAŁSZ"), "cs": ("PRAVDA", "NEPRAVDA"), "es": ("VERDADERO", "FALSO"),
                 "pt": ("VERDADEIRO", "FALSO"), "nl": ("WAAR", "ONWAAR")}

# the countries delegations come from, the language their people write in
COUNTRIES = {"IT": "it", "FR": "fr", "CH": "de", "DE": "de", "AT": "de", "PL": "pl", "CZ": "cs", "CA": "fr",
             "ES": "es", "PT": "pt", "NL": "nl", "BE": "fr"}
LANGUAGE_COUNTRIES = {"it": ("IT",), "fr": ("FR", "CA", "BE", "CH"), "de": ("DE", "CH", "AT"), "en": ("IT", "FR", "DE"),
                      "pl": ("PL",), "cs": ("CZ",), "es": ("ES",), "pt": ("PT",), "nl": ("NL", "BE")}

GIVEN = {
    "it": ("Giulia", "Marco", "Francesca", "Niccolò", "Anna Maria", "Gianluca", "Chiara", "Davide", "Ilaria"),
    "fr": ("Benoît", "Élodie", "Jean-Pierre", "Marie-Ève", "Théo", "Camille", "François", "Hélène", "Gaëlle"),
    "de": ("Jörg", "Ursula", "Lukas", "Käthe", "Matthias", "Bärbel", "Stefan", "Anna-Lena", "Jürgen"),
    "pl": ("Małgorzata", "Łukasz", "Agnieszka", "Paweł", "Wojciech", "Katarzyna", "Zofia", "Grzegorz"),
    "cs": ("Jiří", "Tereza", "Tomáš", "Kateřina", "Lukáš", "Zdeňka", "Ondřej", "Petra"),
    "es": ("José", "María", "Íñigo", "Lucía", "Álvaro", "Begoña", "Sergio", "Nuria"),
    "pt": ("João", "Inês", "Gonçalo", "Mariana", "Tiago", "Conceição", "Rui", "Beatriz"),
    "nl": ("Sanne", "Daan", "Femke", "Joost", "Maarten", "Anouk", "Bram", "Lieke"),
}
SURNAMES = {
    "it": ("Rossi", "Bianchi", "Colombo", "Ferrari", "Galli", "Brambilla", "Ricci", "Marchetti", "Fumagalli"),
    "fr": ("Marchal", "Lefèvre", "Girard", "Rousseau", "Bérard", "Fontaine", "Mercier", "Chevalier", "Côté"),
    "de": ("Müller", "Schäfer", "Weiß", "Hoffmann", "Krüger", "Schröder", "Wagner", "Zimmermann", "Böhm"),
    "pl": ("Wiśniewska", "Kowalski", "Nowak", "Wójcik", "Kamińska", "Lewandowski", "Żółkiewski", "Dąbrowska"),
    "cs": ("Dvořák", "Nováková", "Svoboda", "Černý", "Procházková", "Kučera", "Veselý", "Horáková"),
    "es": ("García", "Muñoz", "Fernández", "Iglesias", "Núñez", "Ortega", "Castillo", "Domínguez"),
    "pt": ("Gonçalves", "Ferreira", "Antunes", "Magalhães", "Rodrigues", "Simões", "Lopes", "Azevedo"),
    "nl": ("Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos"),
}
# surnames that start with a particle, as their language writes them: capitalised in Italian and
# for French articles (De Luca, Le Gall), lower in Dutch, German, Spanish, Portuguese and for
# French 'de' (van der Berg, von Matt, del Valle, da Costa, de Gaulle)
PARTICLE_SURNAMES = {
    "it": ("De Luca", "Della Valle", "Di Stefano", "Lo Russo", "De Santis", "Dal Molin"),
    "fr": ("Le Gall", "du Pont", "Le Roux", "de Gaulle", "La Fontaine"),
    "de": ("von Matt", "von der Heide", "zu Salm", "vom Bruch"),
    "pl": ("Kowalski", "Nowak"),
    "cs": ("Dvořák", "Svoboda"),
    "es": ("del Valle", "de Diego"),
    "pt": ("da Costa", "de Matos"),
    "nl": ("van der Berg", "van Dijk", "ter Horst", "van den Broek"),
}
# particles whose case only the language says (DEL RÍO, DOS SANTOS, DE LA TOUR, DALLA CHIESA)
LOWER_PARTICLE_SURNAMES = {
    "it": ("Dalla Chiesa",), "fr": ("de la Tour", "de Villiers", "des Rosiers"), "de": ("von Matt",),
    "pl": ("Nowak",), "cs": ("Svoboda",), "es": ("de la Fuente", "del Río", "de Castro"),
    "pt": ("dos Santos", "da Silva", "de Sousa"), "nl": ("de Vries", "de Jong"),
}
# surnames with an elision, as their language writes them (D'AMICO -> D'Amico, D'ARCY -> d'Arcy)
APOSTROPHE_SURNAMES = {"it": ("D'Amico", "Dell'Orto", "Sant'Ambrogio"), "fr": ("d'Arcy", "L'Hôte", "de l'Isle"),
                       "en": ("O'Neill",)}
# countries that write particles their own way, whatever the bearer's language (Belgium keeps them
# capitalised as registered, Van Damme, De Smet, though French speakers may write de Villiers): a
# name in capitals from there does not say its case
OWN_PARTICLE_CUSTOM = ("BE",)

LEGAL_FORMS = {
    "IT": ("S.r.l.", "Srl", "S.p.A.", "SpA", "S.n.c."), "FR": ("SAS", "SARL", "S.A.", "SA"),
    "CH": ("AG", "SA", "GmbH", "Sàrl"), "DE": ("GmbH", "AG", "GmbH & Co. KG", "KG"), "AT": ("GmbH", "AG"),
    "PL": ("Sp. z o.o.", "S.A.", "sp. z o.o."), "CZ": ("s.r.o.", "a.s.", "spol. s r.o."), "CA": ("inc.", "ltée", "Inc."),
    "ES": ("S.L.", "S.A.", "SL"), "PT": ("Lda.", "S.A.", "Unipessoal Lda."), "NL": ("B.V.", "N.V.", "BV"),
    "BE": ("SA", "SRL", "NV", "BV"),
}
COMPANY_WORDS = ("Avioparts", "Aérocomposites", "Präzisionsteile", "Mechatronika", "Lotnictwo Serwis", "Strojírny",
                 "Aeroestructuras", "Compósitos", "Vliegtuigdelen", "Titan Tech", "Meccanica Fine", "Usinage Alpin",
                 "Leichtbau", "Skrzydła", "Hydraulika", "Turbomeca Services", "Optronique", "Galvanica Lombarda")
ROLES = {
    "it": ("Amministratore delegato", "Direttore tecnico", "Responsabile commerciale", "Ufficio acquisti", "CEO"),
    "fr": ("Directeur général", "Responsable R&D", "Chargée d'affaires", "Directrice technique", "PDG"),
    "de": ("Geschäftsführer", "Leiterin Vertrieb", "Technischer Leiter", "Einkauf", "CTO"),
    "en": ("CEO", "Head of Sales", "Business Development Manager", "Engineer", "Procurement"),
    "pl": ("Prezes zarządu", "Dyrektor handlowy", "Kierownik projektu", "Inżynier"),
    "cs": ("Jednatel", "Obchodní ředitel", "Vedoucí výroby", "Projektový manažer"),
    "es": ("Director general", "Responsable de compras", "Ingeniera de proyectos", "Gerente"),
    "pt": ("Diretor-geral", "Gestora de projeto", "Engenheiro", "Responsável comercial"),
    "nl": ("Directeur", "Accountmanager", "Projectleider", "Inkoper"),
}
STOPS = ("Milano Cadorna", "Gallarate", "Malpensa T1", "Lyon Part-Dieu", "Gare de Grenoble", "Hauptbahnhof",
         "Piazzale Lotto", "Aéroport Saint-Exupéry")


# what an extension is called after a phone number, in the lists' languages: the importer knows no
# such list (any word followed by a few digits at the end of the cell is an extension)
EXTENSION_WORDS = ("ext.", "int.", "interno", "poste", "Durchwahl", "DW", "kl.", "wew.", "lok.", "toestel", "linka",
                   "ramal", "x")
