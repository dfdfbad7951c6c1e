"""The words printed sheets use, in the reader's language (the mission's: it, en, fr or de).

A column is headed the way people say it ("Company", "Società"), never by a field's name
(``first_name``). A word missing in a language falls back to English.
"""

from __future__ import annotations

from collections.abc import Mapping

# key: (en, it, fr, de)
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "page": ("Page", "Pagina", "Page", "Seite"),
    "of": ("of", "di", "sur", "von"),
    "programme": ("Programme", "Programma", "Programme", "Programm"),
    "day": ("Day", "Giorno", "Jour", "Tag"),
    "time": ("Time", "Ora", "Heure", "Zeit"),
    "what": ("What", "Attività", "Activité", "Programmpunkt"),
    "where": ("Where", "Dove", "Lieu", "Ort"),
    "badges": ("Badges", "Badge", "Badges", "Namensschilder"),
    "sign_in": ("Sign-in sheet", "Foglio firme", "Feuille d'émargement", "Anwesenheitsliste"),
    "delegation": ("Delegation", "Delegazione", "Délégation", "Delegation"),
    "no_cluster": ("No cluster", "Senza cluster", "Sans cluster", "Ohne Cluster"),
    "name": ("Name", "Nome e cognome", "Nom", "Name"),
    "company": ("Company", "Azienda", "Entreprise", "Unternehmen"),
    "role": ("Role", "Ruolo", "Fonction", "Funktion"),
    "signature": ("Signature", "Firma", "Signature", "Unterschrift"),
    "b2b_meetings": ("B2B meetings", "Incontri B2B", "Rendez-vous B2B", "B2B-Gespräche"),
    "b2b_matrix": ("B2B matrix", "Matrice B2B", "Matrice B2B", "B2B-Matrix"),
    "b2b_schedule": ("B2B schedule", "Agenda B2B", "Planning B2B", "B2B-Terminplan"),
    "table": ("Table", "Tavolo", "Table", "Tisch"),
    "company_a": ("Company A", "Azienda A", "Entreprise A", "Unternehmen A"),
    "company_b": ("Company B", "Azienda B", "Entreprise B", "Unternehmen B"),
    "meets": ("Meets", "Incontra", "Rencontre", "Trifft"),
    "who_they_are": ("Who they are", "Chi sono", "Qui ils sont", "Wer sie sind"),
    "meeting": ("Meeting", "Incontro", "Rendez-vous", "Gespräch"),
    "no_meeting": ("No meeting at this table.", "Nessun incontro a questo tavolo.",
                   "Aucun rendez-vous à cette table.", "Kein Gespräch an diesem Tisch."),
    "coach_manifest": ("Coach manifest", "Lista passeggeri", "Liste des passagers", "Fahrgastliste"),
    "stop": ("Stop", "Fermata", "Arrêt", "Haltestelle"),
    "destination": ("destination", "destinazione", "destination", "Ziel"),
    "mobile": ("Mobile", "Cellulare", "Portable", "Handy"),
    "gets_off": ("Gets off", "Scende a", "Descend à", "Steigt aus"),
    "operator": ("Operator", "Compagnia", "Transporteur", "Busunternehmen"),
    "plate": ("Plate", "Targa", "Immatriculation", "Kennzeichen"),
    "driver": ("Driver", "Autista", "Chauffeur", "Fahrer"),
    "seats": ("Seats", "Posti", "Places", "Sitzplätze"),
    "reserved": ("reserved", "riservati", "réservées", "reserviert"),
    "used": ("used", "occupati", "occupées", "belegt"),
    "free": ("free", "liberi", "libres", "frei"),
    "no_route": ("No route yet.", "Nessun percorso.", "Pas encore d'itinéraire.", "Noch keine Route."),
    "pitch_agenda": ("Pitch agenda", "Scaletta dei pitch", "Ordre de passage des pitchs", "Pitch-Reihenfolge"),
    "pitch_booklet": ("Pitch booklet", "Catalogo dei pitch", "Livret des pitchs", "Pitch-Broschüre"),
    "speakers": ("Speakers", "Relatori", "Intervenants", "Vortragende"),
    "cluster": ("Cluster", "Cluster", "Cluster", "Cluster"),
    "session": ("Session", "Sessione", "Session", "Sitzung"),
    "note": ("Note", "Nota", "Remarque", "Hinweis"),
    "start": ("Start", "Inizio", "Début", "Beginn"),
    "end": ("End", "Fine", "Fin", "Ende"),
    "no_pitches": ("No pitches yet.", "Ancora nessun pitch.", "Pas encore de pitch.", "Noch keine Pitches."),
    "no_coaches": ("No coaches yet.", "Nessun pullman.", "Pas encore de car.", "Noch kein Bus."),
    "nobody": ("Nobody yet.", "Ancora nessuno.", "Personne pour l'instant.", "Noch niemand."),
    # the contact catalogue
    "country": ("Country", "Paese", "Pays", "Land"),
    "website": ("Website", "Sito web", "Site web", "Website"),
    "core_business": ("Core business", "Attività principale", "Cœur de métier", "Kerngeschäft"),
    "areas_of_interest": ("Areas of interest", "Aree di interesse", "Domaines d'intérêt", "Interessengebiete"),
    "partners_sought": ("Partners sought", "Partner cercati", "Partenaires recherchés", "Gesuchte Partner"),
    "current_projects": ("Current projects", "Progetti in corso", "Projets en cours", "Laufende Projekte"),
    "email": ("E-mail", "E-mail", "Courriel", "E-Mail"),
    "phone": ("Phone", "Telefono", "Téléphone", "Telefon"),
    "language": ("Language", "Lingua", "Langue", "Sprache"),
    "withheld": ("{n} contact(s) not listed: no consent to share",
                 "{n} contatto/i non elencati: nessun consenso alla condivisione",
                 "{n} contact(s) non listé(s) : pas de consentement au partage",
                 "{n} Kontakt(e) nicht aufgeführt: keine Einwilligung"),
    "companies": ("companies", "aziende", "entreprises", "Unternehmen"),
    "people": ("people listed", "persone elencate", "personnes listées", "Personen aufgeführt"),
    "catalogue": ("Contact catalogue", "Catalogo dei contatti", "Catalogue des contacts", "Kontaktkatalog"),
    "contact_name": ("Name", "Nome", "Nom", "Name"),  # one person on a card, not a sign-in sheet's column
}
_ORDER = ("en", "it", "fr", "de")


def words(language: str) -> Mapping[str, str]:
    """Every printed word in ``language`` (English when c2c does not speak it)."""
    index = _ORDER.index(language) if language in _ORDER else 0
    return {key: spelled[index] for key, spelled in _WORDS.items()}
