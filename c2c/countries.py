"""Country names in Italian, French, German and English (and ISO codes) to ISO 3166 alpha-2."""

from __future__ import annotations

from functools import cache

from c2c.text import fold

# the countries Cluster2Cluster delegations come from, and their neighbours
_NAMES: dict[str, tuple[str, ...]] = {
    "IT": ("Italy", "Italia", "Italie", "Italien"),
    "FR": ("France", "Francia", "Frankreich"),
    "DE": ("Germany", "Germania", "Allemagne", "Deutschland", "Federal Republic of Germany", "BRD"),
    "CH": ("Switzerland", "Svizzera", "Suisse", "Schweiz", "Confederazione Svizzera", "Confédération suisse"),
    "AT": ("Austria", "Autriche", "Österreich"),
    "PL": ("Poland", "Polonia", "Pologne", "Polen", "Polska"),
    "CA": ("Canada", "Kanada"),
    "BE": ("Belgium", "Belgio", "Belgique", "Belgien", "België"),
    "NL": ("Netherlands", "The Netherlands", "Holland", "Paesi Bassi", "Olanda", "Pays-Bas", "Niederlande"),
    "LU": ("Luxembourg", "Lussemburgo", "Luxemburg"),
    "ES": ("Spain", "Spagna", "Espagne", "Spanien", "España"),
    "PT": ("Portugal", "Portogallo"),
    "GB": ("United Kingdom", "UK", "Great Britain", "England", "Regno Unito", "Gran Bretagna", "Inghilterra",
           "Royaume-Uni", "Angleterre", "Vereinigtes Königreich", "Großbritannien", "Grossbritannien", "England"),
    "IE": ("Ireland", "Irlanda", "Irlande", "Irland"),
    "US": ("United States", "United States of America", "USA", "Stati Uniti", "États-Unis", "Vereinigte Staaten"),
    "CZ": ("Czech Republic", "Czechia", "Repubblica Ceca", "République tchèque", "Tschechien"),
    "SK": ("Slovakia", "Slovacchia", "Slovaquie", "Slowakei"),
    "SI": ("Slovenia", "Slovénie", "Slowenien"),
    "HR": ("Croatia", "Croazia", "Croatie", "Kroatien"),
    "HU": ("Hungary", "Ungheria", "Hongrie", "Ungarn"),
    "RO": ("Romania", "Roumanie", "Rumänien"),
    "BG": ("Bulgaria", "Bulgarie", "Bulgarien"),
    "GR": ("Greece", "Grecia", "Grèce", "Griechenland"),
    "SE": ("Sweden", "Svezia", "Suède", "Schweden"),
    "NO": ("Norway", "Norvegia", "Norvège", "Norwegen"),
    "DK": ("Denmark", "Danimarca", "Danemark", "Dänemark"),
    "FI": ("Finland", "Finlandia", "Finlande", "Finnland"),
    "LI": ("Liechtenstein",),
    "MC": ("Monaco", "Principato di Monaco"),
    "SM": ("San Marino",),
    "MT": ("Malta", "Malte"),
    "TR": ("Turkey", "Türkiye", "Turchia", "Turquie", "Türkei"),
    "IL": ("Israel", "Israele", "Israël"),
    "CN": ("China", "Cina", "Chine"),
    "JP": ("Japan", "Giappone", "Japon"),
    "IN": ("India", "Inde", "Indien"),
    "BR": ("Brazil", "Brasile", "Brésil", "Brasilien"),
    "MX": ("Mexico", "Messico", "Mexique", "Mexiko"),
    "MA": ("Morocco", "Marocco", "Maroc", "Marokko"),
    "TN": ("Tunisia", "Tunisie", "Tunesien"),
}


@cache
def _by_name() -> dict[str, str]:
    table = {fold(name): code for code, names in _NAMES.items() for name in names}
    table.update({code.lower(): code for code in _iso_codes()})
    return table


@cache
def _iso_codes() -> frozenset[str]:
    import phonenumbers

    # every region phonenumbers knows is an ISO 3166 alpha-2 code (bar the non-geographic "001")
    return frozenset(code for code in phonenumbers.SUPPORTED_REGIONS if code.isalpha())


def country_code(text: str) -> str | None:
    """'Schweiz', 'Allemagne', 'italia', 'CH' -> 'CH', 'DE', 'IT', 'CH'; None when unknown."""
    key = fold(text)
    if not key:
        return None
    return _by_name().get(key)
