"""Countries: ISO 3166-1 alpha-2 code → Dutch name, and every form the letters use for it.

Forms cover the name, the adjective (inflected and uninflected, which also catches the prefix
in "Duits-Franse"), and abbreviations (VK, VS).  "Koninkrijk" on its own is the Kingdom of the
Netherlands, as the letters use it.
"""

from __future__ import annotations

from functools import cache

from ._lexicon import Lexicon

__all__ = ["COUNTRIES", "NETHERLANDS", "country_name", "find_countries", "lookup_country"]

NETHERLANDS = "NL"

# code: (Dutch name, other forms)
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Strategic partners and the Netherlands
    "NL": ("Nederland", ("Nederlandse", "Koninkrijk der Nederlanden", "Koninkrijk", "Nederlands")),
    "BE": ("België", ("Belgische", "Belgisch")),
    "LU": ("Luxemburg", ("Luxemburgse", "Luxemburgs")),
    "DE": ("Duitsland", ("Duitse", "Duits", "Bondsrepubliek Duitsland")),
    "FR": ("Frankrijk", ("Franse", "Frans")),
    "NO": ("Noorwegen", ("Noorse", "Noors")),
    "GB": ("Verenigd Koninkrijk", ("VK", "Britse", "Brits", "Groot-Brittannië")),
    "US": ("Verenigde Staten", ("VS", "Amerikaanse", "Amerikaans", "Verenigde Staten van Amerika")),
    # Other EU member states
    "AT": ("Oostenrijk", ("Oostenrijkse",)),
    "BG": ("Bulgarije", ("Bulgaarse",)),
    "CY": ("Cyprus", ("Cypriotische",)),
    "CZ": ("Tsjechië", ("Tsjechische",)),
    "DK": ("Denemarken", ("Deense", "Deens")),
    "EE": ("Estland", ("Estse", "Estische")),
    "ES": ("Spanje", ("Spaanse",)),
    "FI": ("Finland", ("Finse",)),
    "GR": ("Griekenland", ("Griekse",)),
    "HR": ("Kroatië", ("Kroatische",)),
    "HU": ("Hongarije", ("Hongaarse",)),
    "IE": ("Ierland", ("Ierse",)),
    "IT": ("Italië", ("Italiaanse",)),
    "LT": ("Litouwen", ("Litouwse",)),
    "LV": ("Letland", ("Letse",)),
    "MT": ("Malta", ("Maltese",)),
    "PL": ("Polen", ("Poolse", "Pools")),
    "PT": ("Portugal", ("Portugese",)),
    "RO": ("Roemenië", ("Roemeense",)),
    "SE": ("Zweden", ("Zweedse", "Zweeds")),
    "SI": ("Slovenië", ("Sloveense",)),
    "SK": ("Slowakije", ("Slowaakse",)),
    # Other NATO allies
    "AL": ("Albanië", ("Albanese",)),
    "CA": ("Canada", ("Canadese",)),
    "IS": ("IJsland", ("IJslandse",)),
    "ME": ("Montenegro", ("Montenegrijnse",)),
    "MK": ("Noord-Macedonië", ("Noord-Macedonische",)),
    "TR": ("Turkije", ("Turkse",)),
    # Partner countries and countries the letters report on
    "SR": ("Suriname", ("Surinaamse",)),
    "IL": ("Israël", ("Israëlische",)),
    "JP": ("Japan", ("Japanse",)),
    "KR": ("Zuid-Korea", ("Zuid-Koreaanse",)),
    "AU": ("Australië", ("Australische",)),
    "NZ": ("Nieuw-Zeeland", ("Nieuw-Zeelandse",)),
    "IN": ("India", ("Indiase",)),
    "ID": ("Indonesië", ("Indonesische",)),
    "CN": ("China", ("Chinese",)),
    "RU": ("Rusland", ("Russische Federatie", "Russische", "Russisch")),
    "UA": ("Oekraïne", ("Oekraïense",)),
    "GE": ("Georgië", ("Georgische",)),
    "MD": ("Moldavië", ("Moldavische",)),
    "BA": ("Bosnië en Herzegovina", ("Bosnië-Herzegovina", "Bosnische")),
    "XK": ("Kosovo", ("Kosovaarse",)),
    "RS": ("Servië", ("Servische",)),
    "AF": ("Afghanistan", ("Afghaanse",)),
    "IQ": ("Irak", ("Iraakse",)),
    "SY": ("Syrië", ("Syrische",)),
    "LB": ("Libanon", ("Libanese",)),
    "JO": ("Jordanië", ("Jordaanse",)),
    "ML": ("Mali", ("Malinese",)),
    "NE": ("Niger", ()),
    "LY": ("Libië", ("Libische",)),
    "EG": ("Egypte", ("Egyptische",)),
    "PK": ("Pakistan", ("Pakistaanse",)),
    "KE": ("Kenia", ("Keniaanse",)),
    "SS": ("Zuid-Soedan", ()),
    "SO": ("Somalië", ("Somalische",)),
    "QA": ("Qatar", ()),
    "SA": ("Saoedi-Arabië", ("Saoedische",)),
    "AE": ("Verenigde Arabische Emiraten", ("VAE",)),
    "CH": ("Zwitserland", ("Zwitserse",)),
    "VE": ("Venezuela", ("Venezolaanse",)),
    "CO": ("Colombia", ("Colombiaanse",)),
}


@cache
def _lexicon() -> Lexicon[str]:
    # A hyphen may come before a form: "Duits-Franse" names Germany and France.
    return Lexicon(
        ((form, code) for code, (name, others) in COUNTRIES.items() for form in (name, *others)),
        after_hyphen=True,
    )


def lookup_country(text: str) -> str | None:
    """The code of a country named exactly by *text* (a name, adjective or abbreviation)."""
    return _lexicon().get(text)


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """Every country mention in *text*: (start, end, code), in order."""
    return _lexicon().find(text)


def country_name(code: str) -> str:
    return COUNTRIES[code][0] if code in COUNTRIES else code
