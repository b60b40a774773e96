"""Countries: ISO 3166-1 alpha-2 code → Dutch name, and every form the letters use for it.

Every ISO 3166-1 country is known by its Dutch name from pycountry's Dutch translation
(``iso3166-1`` in ``pycountry.LOCALES_DIR``): "Bolivia, Multinationale Staat" gives "Bolivia",
"Korea, Democratische Volksrepubliek" gives "Democratische Volksrepubliek Korea".  On top of
that, ``COUNTRIES`` is curated data: the name the letters use, the adjective (inflected and
uninflected, which also catches the prefix in "Duits-Franse"), and abbreviations (VK, VS).
"Koninkrijk" on its own is the Kingdom of the Netherlands, as the letters use it; the
Caribbean parts of the Kingdom (``KINGDOM``) are the Kingdom's own, never a partner.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from . import vocabulary
from ._lexicon import Lexicon

__all__ = [
    "COUNTRIES",
    "DEMONYMS",
    "KINGDOM",
    "NETHERLANDS",
    "all_countries",
    "country_name",
    "defined_abbreviations",
    "edition_abbreviations",
    "english_name_words",
    "find_countries",
    "lookup_country",
]

NETHERLANDS = "NL"

# The people of a country, which plain-language text names the country by ("De Duitsers:
# ruim 77 miljard euro", "de Britten"): forms of the country too.  Where the people's name is
# the country's ("Polen", "Zweden"), it is already one.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "DE": ("Duitsers",),
    "BE": ("Belgen",),
    "FR": ("Fransen",),
    "GB": ("Britten",),
    "US": ("Amerikanen",),
    "LU": ("Luxemburgers",),
    "NO": ("Noren",),
    "DK": ("Denen",),
    "IT": ("Italianen",),
    "ES": ("Spanjaarden",),
    "FI": ("Finnen",),
    "CZ": ("Tsjechen",),
    "LT": ("Litouwers",),
    "LV": ("Letten",),
    "EE": ("Esten",),
    "CA": ("Canadezen",),
    "JP": ("Japanners",),
    "KR": ("Zuid-Koreanen",),
    "AU": ("Australiërs",),
    "RU": ("Russen",),
    "PT": ("Portugezen",),
    "GR": ("Grieken",),
    "TR": ("Turken",),
    "AT": ("Oostenrijkers",),
    "IE": ("Ieren",),
    "SR": ("Surinamers",),
    "UA": ("Oekraïners",),
}

# code: (Dutch name, other forms)
COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    # Strategic partners and the Netherlands
    "NL": (
        "Nederland",
        ("Nederlandse", "Koninkrijk der Nederlanden", "Koninkrijk", "Nederlands", "NL"),
    ),
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
    "BA": ("Bosnië en Herzegovina", ("Bosnië-Herzegovina", "Bosnië", "Bosnische")),
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
    "KP": ("Noord-Korea", ("Noord-Koreaanse", "Democratische Volksrepubliek Korea")),
    "IR": ("Iran", ("Iraanse",)),
    "BY": ("Belarus", ("Wit-Rusland", "Belarussische", "Wit-Russische")),
    "AM": ("Armenië", ("Armeense",)),
    "AZ": ("Azerbeidzjan", ("Azerbeidzjaanse",)),
    "KZ": ("Kazachstan", ("Kazachse",)),
    "TW": ("Taiwan", ("Taiwanese",)),
    "SG": ("Singapore", ("Singaporese",)),
    "PH": ("Filipijnen", ("Filipijnse",)),
    "VN": ("Vietnam", ("Vietnamese",)),
    "TH": ("Thailand", ("Thaise",)),
    "MY": ("Maleisië", ("Maleisische",)),
    "BR": ("Brazilië", ("Braziliaanse",)),
    "MX": ("Mexico", ("Mexicaanse",)),
    "AR": ("Argentinië", ("Argentijnse",)),
    "CL": ("Chili", ("Chileense",)),
    "ZA": ("Zuid-Afrika", ("Zuid-Afrikaanse",)),
    "NG": ("Nigeria", ("Nigeriaanse",)),
    "ET": ("Ethiopië", ("Ethiopische",)),
    "SD": ("Soedan", ("Soedanese",)),
    "TD": ("Tsjaad", ("Tsjadische",)),
    "BF": ("Burkina Faso", ()),
    "MA": ("Marokko", ("Marokkaanse",)),
    "DZ": ("Algerije", ("Algerijnse",)),
    "TN": ("Tunesië", ("Tunesische",)),
    "YE": ("Jemen", ("Jemenitische",)),
    "OM": ("Oman", ("Omaanse",)),
    "BH": ("Bahrein", ("Bahreinse",)),
    "KW": ("Koeweit", ("Koeweitse",)),
    # The Caribbean parts of the Kingdom of the Netherlands.
    "AW": ("Aruba", ("Arubaanse",)),
    "CW": ("Curaçao", ("Curaçaose",)),
    "SX": ("Sint Maarten", ("Sint-Maarten",)),
    "BQ": (
        "Caribisch Nederland",
        ("Bonaire", "Sint Eustatius", "Saba", "Bonaire, Sint Eustatius en Saba", "BES-eilanden"),
    ),
}

# The Kingdom of the Netherlands: the Netherlands and its Caribbean parts.
KINGDOM = frozenset({"NL", "AW", "CW", "SX", "BQ"})
_CARIBBEAN = KINGDOM - {NETHERLANDS}
# Translated names that are also ordinary words or too short to find safely in running text.
_UNSAFE_FORMS = frozenset({"Man", "Jersey", "Georgia", "Guernsey"})


def _pycountry_files() -> tuple[Path, Path] | None:
    """pycountry's ISO 3166-1 database and its locale folder, found without importing the
    package: ``import pycountry`` asks importlib.metadata for its own version, which scans
    every installed distribution (about 25 ms, in every process that parses).  The files
    are the ones ``pycountry.DATABASE_DIR`` and ``pycountry.LOCALES_DIR`` name; if they are
    not where that layout puts them, the package is imported after all."""
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    if spec is not None and spec.origin:
        root = Path(spec.origin).parent
        database, locales = root / "databases" / "iso3166-1.json", root / "locales"
        if database.is_file() and locales.is_dir():
            return database, locales
    try:
        import pycountry
    except ImportError:
        return None
    return Path(pycountry.DATABASE_DIR) / "iso3166-1.json", Path(pycountry.LOCALES_DIR)


def _pycountry_names() -> dict[str, tuple[str, tuple[str, ...]]]:
    """code → (Dutch name, other forms) for every ISO 3166-1 country, from pycountry's data."""
    import json

    files = _pycountry_files()
    if files is None:
        return {}
    database, locales = files
    try:
        nl = gettext.translation("iso3166-1", str(locales), languages=["nl"])
        entries = json.loads(database.read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError):  # no Dutch catalogue: the curated names stand
        return {}
    translate = nl.gettext
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for country in entries:
        dutch = translate(country["name"])
        plain = re.sub(r"\s*\([^)]*\)", "", dutch).strip()
        forms = {dutch, plain}
        # The state's formal name ("Koninkrijk België", "Franse Republiek"), as registers
        # and treaty texts write it; only where the catalogue translates it (an English
        # name left untranslated is no form Dutch text uses).
        official = country.get("official_name")
        if official and translate(official) != official:
            forms.add(translate(official))
        if ", " in plain:
            head, tail = plain.split(", ", 1)
            # "Congo, Democratische Republiek" → "Democratische Republiek Congo"; "Bolivia,
            # Multinationale Staat" → "Bolivia" as well.
            forms.add(f"{tail} {head}")
            if tail.split()[-1] in {"Staat", "Republiek"} and not tail.startswith("Democratische"):
                forms.add(head)
                plain = head
            elif tail in {"Britse", "Amerikaanse"}:
                plain = f"{tail} {head}"
            else:
                plain = f"{tail} {head}"
        out[country["alpha_2"]] = (plain, tuple(sorted(f for f in forms if f not in _UNSAFE_FORMS)))
    return out


@vocabulary
def english_name_words() -> frozenset[str]:
    """The words of countries' English names that no Dutch name has ("germany", "belgium",
    "united", "kingdom"), lower case, four letters or more: a sentence that uses them is
    written in English (see vocab.languages)."""
    import json

    files = _pycountry_files()
    if files is None:
        return frozenset()
    try:
        entries = json.loads(files[0].read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    dutch = {
        w
        for name, forms in all_countries().values()
        for form in (name, *forms)
        for w in re.findall(r"[^\W\d_]+", form.lower())
    }
    english = {
        w
        for country in entries
        for key in ("name", "common_name")
        for w in re.findall(r"[^\W\d_]+", country.get(key, "").lower())
    }
    return frozenset(w for w in english - dutch if len(w) >= 4)


@vocabulary
def all_countries() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every country: pycountry's Dutch names, with the curated ``COUNTRIES`` on top."""
    merged = dict(_pycountry_names())
    for code, (name, others) in COUNTRIES.items():
        extra = merged.get(code, (name, ()))
        forms = tuple(dict.fromkeys((*others, *(f for f in (extra[0], *extra[1]) if f != name))))
        merged[code] = (name, forms)
    return merged


@vocabulary
def _alpha3() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code → alpha-2 code ("DEU" → "DE"), from pycountry's data."""
    import json

    files = _pycountry_files()
    if files is None:
        return {}
    try:
        entries = json.loads(files[0].read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError):
        return {}
    return {c["alpha_3"]: c["alpha_2"] for c in entries if "alpha_3" in c and "alpha_2" in c}


@vocabulary
def _lexicon() -> Lexicon[str]:
    # A hyphen may come before a form: "Duits-Franse" names Germany and France.  A form two
    # countries share (pycountry's "Congo") is kept for the curated one, or the first.
    entries: dict[str, str] = {}
    for code, (name, others) in all_countries().items():
        for form in (name, *others):
            if len(form) >= 3 or form.isupper():
                entries.setdefault(form, code)
    for code, (name, others) in COUNTRIES.items():
        for form in (name, *others):
            entries[form] = code
        if " " not in name and name[-1] not in "sxz":
            # The genitive: "Frankrijks volksvertegenwoordiging", "Belgiës begroting".
            entries.setdefault(f"{name}s", code)
    for code, people in DEMONYMS.items():
        for form in people:
            entries.setdefault(form, code)
    # A text typed or printed without accents (plain text, an ASCII typesetter such as
    # mandoc) writes "Belgie", "Italie", "Oekraine": each form is known without its marks
    # too, where that names no other country.
    for form, code in list(entries.items()):
        plain = _without_marks(form)
        if plain != form:
            entries.setdefault(plain, code)
    return Lexicon(entries.items(), after_hyphen=True)


def _without_marks(text: str) -> str:
    """*text* with its letters' accents and diaereses dropped ("België" → "Belgie")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def lookup_country(text: str) -> str | None:
    """The code of a country named exactly by *text* (a name, adjective or abbreviation)."""
    return _lexicon().get(text)


# The abbreviations the edition being parsed defines for countries ("België (BE)"), set by
# :func:`edition_abbreviations` around one parse.  A context variable rather than a parameter:
# every fact kind finds countries, and one edition's "BE" must never leak into another's.
_EDITION_FORMS: ContextVar[Lexicon[str] | None] = ContextVar("edition_forms", default=None)

# A country's name with an abbreviation in brackets right after it ("Verenigde Staten (VS)",
# "België (BE)"), or the abbreviation with the name in brackets ("BE (België)").
_ABBREVIATION = r"[A-Z]{2,4}"


def _derived(abbreviation: str, code: str, name: str) -> bool:
    """Whether *abbreviation* can stand for the country: its ISO code, or letters of its name
    in order from the first ("VS" for Verenigde Staten, "BE" for België, "DLD" for
    Duitsland); "EUR" after "België" is a currency, not the country."""
    if abbreviation == code or _alpha3().get(abbreviation) == code:
        return True
    letters = iter(name.upper())
    return abbreviation[0] == name[:1].upper() and all(c in letters for c in abbreviation)


def defined_abbreviations(text: str) -> dict[str, str]:
    """The country abbreviations *text* defines ("Verenigde Staten (VS), België (BE)" →
    {"VS": "US", "BE": "BE"}): an upper-case abbreviation in brackets right after a country's
    name (or the name in brackets after it) that can stand for that country.  An abbreviation
    in *reserved* (currency codes, organisations), one already known as another country's, or
    one the text defines for two countries, is left out."""
    found: dict[str, set[str]] = {}
    lexicon = _lexicon()
    candidates: list[tuple[str, str]] = []  # (abbreviation, country code)
    # Only around an upper-case word in brackets, or before a bracket: a whole edition is not
    # run through the country lexicon for the few places that may define one.
    for m in _AFTER_NAME.finditer(text):
        window = text[max(0, m.start() - 60) : m.start()]
        mentions = [x for x in lexicon.find(window) if not window[x[1] :].strip()]
        if mentions:
            candidates.append((m.group(1), mentions[-1][2]))
    for pattern in (_BEFORE_NAME, _DASH_NAME):
        for m in pattern.finditer(text):
            code = lexicon.get(m.group(2).strip())
            if code is not None:
                candidates.append((m.group(1), code))
    for abbreviation, code in candidates:
        known = lexicon.get(abbreviation)
        if known is not None and known != code:
            continue
        if _derived(abbreviation, code, country_name(code)):
            found.setdefault(abbreviation, set()).add(code)
    return {a: next(iter(codes)) for a, codes in found.items() if len(codes) == 1}


_AFTER_NAME = re.compile(r"\(\s?(" + _ABBREVIATION + r")\s?\)")
_BEFORE_NAME = re.compile(r"(?<![\w-])(" + _ABBREVIATION + r")\s?\(\s?([^()]{3,40}?)\s?\)")
# The code, a dash and the name, as a slide, a legend or a table row gives them: "DEU –
# Duitsland – strat. partner".
_DASH_NAME = re.compile(
    r"(?<![\w/-])(" + _ABBREVIATION + r")\s[–—-]\s([^\W\d_][^–—()·|;:,\d]{2,38}?)"
    r"(?=\s[–—-]\s|\s*[(·|;:,]|\s*$)"
)
# Countries by their ISO alpha-3 codes joined by slashes, as a list of parties: "NLD/DEU/NOR".
# Only when every part of the list is such a code: a list of other acronyms ("EU/VN",
# "AND/OF") names no country.
_CODE_LIST = re.compile(r"(?<![\w/])[A-Z]{3}(?:\s?/\s?[A-Z]{3})+(?![\w/])")
_CODE = re.compile(r"[A-Z]{3}")
# Alpha-3 codes that are also English words, never read alone as a country.
_WORDS = frozenset({"AND", "ARE", "BEN", "CAN", "COM", "PER", "TON", "GUM", "MAC"})


@contextmanager
def edition_abbreviations(defined: Mapping[str, str]) -> Iterator[None]:
    """Within this block :func:`find_countries` also knows *defined* (abbreviation → code).
    An edition that defines a country by its ISO alpha-3 code ("DEU – Duitsland") writes
    countries so: every alpha-3 code is then read, also one it never defines ("NLD 2031: …"),
    except those that are English words ("AND", "CAN")."""
    forms = {a: c for a, c in defined.items() if _lexicon().get(a) is None}
    alpha3 = _alpha3()
    if any(alpha3.get(a) == c for a, c in defined.items()):
        for a, c in alpha3.items():
            if a not in _WORDS and c not in _CARIBBEAN and _lexicon().get(a) is None:
                forms.setdefault(a, c)
    token = _EDITION_FORMS.set(Lexicon(forms.items()) if forms else None)
    try:
        yield
    finally:
        _EDITION_FORMS.reset(token)


def find_countries(text: str) -> list[tuple[int, int, str]]:
    """Every country mention in *text*: (start, end, code), in order.  The Caribbean parts of
    the Kingdom are left out: in running text they are places of the Kingdom's own ("noodhulp
    op Sint Maarten"), never a partner or a party beside the Netherlands; ``lookup_country``
    still knows them.  Within :func:`edition_abbreviations`, the edition's own abbreviations
    count too."""
    found = [m for m in _lexicon().find(text) if m[2] not in _CARIBBEAN]
    if "/" in text:
        found = _with_code_lists(text, found)
    edition = _EDITION_FORMS.get()
    if edition is None:
        return found
    more = [m for m in edition.find(text) if not any(s < m[1] and m[0] < e for s, e, _ in found)]
    return sorted(found + more) if more else found


def _with_code_lists(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*found* with the countries of every list of alpha-3 codes in *text* ("NLD/USA")."""
    alpha3 = _alpha3()
    more: list[tuple[int, int, str]] = []
    for m in _CODE_LIST.finditer(text):
        parts = [(p.start(), p.end(), alpha3.get(p.group())) for p in _CODE.finditer(m.group())]
        if all(code is not None for _, _, code in parts):
            more += [(m.start() + a, m.start() + b, code) for a, b, code in parts if code]
    if not more:
        return found
    more = [m for m in more if not any(s < m[1] and m[0] < e for s, e, _ in found)]
    return sorted(found + more)


def country_name(code: str) -> str:
    known = all_countries().get(code)
    return known[0] if known else code
