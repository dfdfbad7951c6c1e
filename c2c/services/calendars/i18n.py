"""The one translation table of calendar labels (it, en, fr, de) and its two helpers."""

from __future__ import annotations

from c2c.parsing import LANGUAGES

CALENDAR_LANGUAGES = LANGUAGES

# key -> language -> text; ``{name}`` fields are filled by ``label``
LABELS: dict[str, dict[str, str]] = {
    "your_pitch": {
        "it": "Il tuo pitch — {start}–{end}, {minutes} min, {ordinal} di {total}",
        "en": "Your pitch — {start}–{end}, {minutes} min, {ordinal} of {total}",
        "fr": "Votre pitch — {start}–{end}, {minutes} min, {ordinal} sur {total}",
        "de": "Ihr Pitch — {start}–{end}, {minutes} Min., {ordinal} von {total}",
    },
    "running_order": {"it": "Ordine dei pitch", "en": "Running order", "fr": "Ordre de passage", "de": "Reihenfolge"},
    "company": {"it": "Azienda", "en": "Company", "fr": "Entreprise", "de": "Unternehmen"},
    "speakers": {"it": "Relatori", "en": "Speakers", "fr": "Intervenants", "de": "Vortragende"},
    "session": {"it": "Sessione", "en": "Session", "fr": "Session", "de": "Sitzung"},
    "outbound": {"it": "Pullman di andata", "en": "Outbound coach", "fr": "Car aller", "de": "Bus Hinfahrt"},
    "return": {"it": "Pullman di ritorno", "en": "Return coach", "fr": "Car retour", "de": "Bus Rückfahrt"},
    "transfer": {"it": "Pullman di trasferimento", "en": "Transfer coach", "fr": "Car de transfert", "de": "Transferbus"},
    "pickup": {"it": "salita a {stop} alle {time}", "en": "pickup at {stop}, {time}",
               "fr": "montée à {stop} à {time}", "de": "Abfahrt {stop} um {time}"},
    "stop": {"it": "Fermata", "en": "Stop", "fr": "Arrêt", "de": "Haltestelle"},
    "address": {"it": "Indirizzo", "en": "Address", "fr": "Adresse", "de": "Adresse"},
    "time": {"it": "Orario", "en": "Time", "fr": "Heure", "de": "Uhrzeit"},
    "coach": {"it": "Pullman", "en": "Coach", "fr": "Car", "de": "Bus"},
    "driver_phone": {"it": "Telefono autista", "en": "Driver's phone", "fr": "Téléphone du chauffeur",
                     "de": "Telefon Fahrer"},
    "destination": {"it": "Destinazione", "en": "Destination", "fr": "Destination", "de": "Ziel"},
    "stops": {"it": "Fermate", "en": "Stops", "fr": "Arrêts", "de": "Haltestellen"},
    "meeting": {"it": "B2B con {counterpart}", "en": "B2B with {counterpart}",
                "fr": "B2B avec {counterpart}", "de": "B2B mit {counterpart}"},
    "counterpart": {"it": "Interlocutore", "en": "Counterpart", "fr": "Interlocuteur", "de": "Gesprächspartner"},
    "table": {"it": "Tavolo", "en": "Table", "fr": "Table", "de": "Tisch"},
    "reminder": {"it": "Promemoria", "en": "Reminder", "fr": "Rappel", "de": "Erinnerung"},
}


def label(key: str, lang: str, **fields: object) -> str:
    text = LABELS[key].get(lang) or LABELS[key]["en"]
    return text.format(**fields) if fields else text


def ordinal(number: int, lang: str) -> str:
    """5 -> '5th' (en), '5°' (it), '5e' (fr), '5.' (de)."""
    if lang == "it":
        return f"{number}°"
    if lang == "fr":
        return "1er" if number == 1 else f"{number}e"
    if lang == "de":
        return f"{number}."
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"

