"""Currencies as the letters write them → ISO 4217, the scale words, and the qualifiers.

Everything here is data for :mod:`reportdiff.parse.numbers`; keys are matched as whole words
(symbols excepted), words case-insensitively, ISO codes only in capitals, and a space inside a
key matches any short run of whitespace, a line break included ("732 miljard US\\ndollar").
"""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "AMBIGUOUS_CURRENCY_WORDS",
    "AMBIGUOUS_SCALES",
    "APPROX_QUALIFIERS",
    "COUNTRY_CURRENCY",
    "CURRENCY_ADJECTIVE",
    "CURRENCY_ADJECTIVE_WORDS",
    "CURRENCY_AFTER",
    "CURRENCY_BEFORE",
    "CURRENCY_CANDIDATES",
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "HEADER_SCALES",
    "NO_CURRENCY",
    "REFERENCE_CURRENCIES",
    "SCALES",
]

# ISO codes: written before ("EUR 12,3 mrd.", "NOK 80,2 miljard") or after ("36 miljard USD")
# the number.  Matched in capitals only, so the Dutch words "eur…", "cad…" are never codes.
CURRENCY_CODES: dict[str, str] = {
    code: code
    for code in (
        "EUR",
        "USD",
        "GBP",
        "NOK",
        "SEK",
        "DKK",
        "PLN",
        "JPY",
        "CHF",
        "CAD",
        "AUD",
        "NZD",
        # The other NATO members' and partners' own currencies.
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "ISK",
        "TRY",
        "MKD",
        "KRW",
        "UAH",
    )
}

# Symbols: only before the number ("€45 miljard", "$ 10 miljard", "US$ 5 mld.").  A bare "$"
# is the US dollar only when no letter (or abbreviation: "Aus.$") is glued before it: "A$",
# "C$", "NZ$" are other dollars, and a "$" after letters not listed here ("HK$", "S$",
# "Sing.$") gives no currency at all (see ``parse.numbers``), so it is never read as USD.
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "US$": "USD",
    "$": "USD",
    "£": "GBP",
    "A$": "AUD",
    "AU$": "AUD",
    "Aus.$": "AUD",
    "Aus$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "Can.$": "CAD",
    "NZ$": "NZD",
}

# Words: only after the number and scale ("46 miljard pond", "732 miljard US dollar").  Plurals
# ("dollars", "ponden", "euro's") are added below.  A dollar word whose adjective is not listed
# here ("Singaporese dollars") names no currency we know: see CURRENCY_ADJECTIVE_WORDS.
_SINGULAR_WORDS: dict[str, str] = {
    "euro": "EUR",
    "Britse pond": "GBP",
    # "het pond": its adjective is uninflected after "een" or without article.
    "Brits pond": "GBP",
    "Britse ponden": "GBP",
    "pond sterling": "GBP",
    "pond": "GBP",
    "US dollar": "USD",
    "US-dollar": "USD",
    "Amerikaanse dollar": "USD",
    "dollar": "USD",
    "Noorse kroon": "NOK",
    "Noorse kronen": "NOK",
    "Deense kroon": "DKK",
    "Deense kronen": "DKK",
    "Zweedse kroon": "SEK",
    "Zweedse kronen": "SEK",
    "Zwitserse frank": "CHF",
    "Zwitserse franken": "CHF",
    "Poolse zloty": "PLN",
    "Poolse złoty": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "Japanse yen": "JPY",
    "yen": "JPY",
    "Canadese dollar": "CAD",
    "Australische dollar": "AUD",
    "Nieuw-Zeelandse dollar": "NZD",
    "Nieuwzeelandse dollar": "NZD",
    # CLDR's Dutch names (a test holds every code's names against Babel's).
    "Tsjechische kroon": "CZK",
    "Tsjechische kronen": "CZK",
    "IJslandse kroon": "ISK",
    "IJslandse kronen": "ISK",
    "Hongaarse forint": "HUF",
    "Roemeense leu": "RON",
    "Bulgaarse lev": "BGN",
    "Bulgaarse leva": "BGN",
    "Turkse lira": "TRY",
    "Macedonische denar": "MKD",
    "Zuid-Koreaanse won": "KRW",
    "Oekraïense hryvnia": "UAH",
}
_PLURALS = {"dollar": "dollars", "pond": "ponden", "euro": ("euro's", "euro’s")}
CURRENCY_WORDS: dict[str, str] = {**_SINGULAR_WORDS}
for _word, _code in _SINGULAR_WORDS.items():
    _last = _word.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
    _plural = _PLURALS.get(_last.casefold())
    if _plural is None or _word.casefold().endswith("pond sterling"):
        continue
    for _form in (_plural,) if isinstance(_plural, str) else _plural:
        CURRENCY_WORDS.setdefault(_word[: len(_word) - len(_last)] + _form, _code)

# A nationality adjective before a currency word ("Singaporese dollars", "IJslandse kronen"):
# a regular-expression fragment for the adjective, and the currency words it may stand
# before.  Such an amount closes without a currency unless CURRENCY_WORDS lists the exact
# words: a dollar of an unknown country is never the US dollar.
CURRENCY_ADJECTIVE = r"[^\W\d_][\w-]*?(?:se|sche)"
CURRENCY_ADJECTIVE_WORDS: tuple[str, ...] = (
    "dollar",
    "dollars",
    "kroon",
    "kronen",
    "frank",
    "franken",
    "pond",
    "ponden",
)

# Words that name a currency without saying which: "3 miljard kronen" may be Norwegian, Swedish,
# Danish, Icelandic or Czech.  They close an amount (nothing else is taken as its currency) but
# give none; these are the currencies each may stand for.  ``parse.budgets`` gives such an
# amount the currency of the one country its sentence (or section) is about when that
# country's currency is among these, and never guesses otherwise.
_KRONE = ("NOK", "SEK", "DKK", "ISK", "CZK")
_FRANC = ("CHF", "XOF", "XAF")
CURRENCY_CANDIDATES: dict[str, tuple[str, ...]] = {
    "kroon": _KRONE,
    "kronen": _KRONE,
    "frank": _FRANC,
    "franken": _FRANC,
}
AMBIGUOUS_CURRENCY_WORDS: frozenset[str] = frozenset(CURRENCY_CANDIDATES)

# Currencies other countries' figures are restated or converted in ("indicatief omgerekend
# USD 41 mld"): an amount in one of them says nothing of whose budget it may be.
REFERENCE_CURRENCIES = frozenset({"EUR", "USD"})

# The currency each country pays its defence budget in (ISO 3166-1 alpha-2 → ISO 4217), for
# the countries whose currency an ambiguous word may name.
COUNTRY_CURRENCY: dict[str, str] = {
    "NO": "NOK",
    "SE": "SEK",
    "DK": "DKK",
    "IS": "ISK",
    "CZ": "CZK",
    "CH": "CHF",
    "LI": "CHF",
    # The West African CFA franc's countries.
    **dict.fromkeys(("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"), "XOF"),
    # The Central African CFA franc's countries.
    **dict.fromkeys(("CM", "CF", "TD", "CG", "GQ", "GA"), "XAF"),
}

# The currency of an amount whose currency word names none for sure (ISO 4217's "no
# currency"): such an amount is never a budget, and its candidates say what it may be.
NO_CURRENCY = "XXX"

CURRENCY_BEFORE: dict[str, str] = {**CURRENCY_SYMBOLS, **CURRENCY_CODES}
CURRENCY_AFTER: dict[str, str] = {**CURRENCY_WORDS, **CURRENCY_CODES}

# Scale words after the number.  Dutch uses the long scale: miljard = 10**9, biljoen = 10**12.
# "bn" is not Dutch; it is the English short-scale "billion" = 10**9 ("EUR 45 bn"), as is
# "billion" itself.
SCALES: dict[str, Decimal] = {
    "duizend": Decimal(10) ** 3,
    "miljoen": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mln.": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "mio.": Decimal(10) ** 6,
    "miljard": Decimal(10) ** 9,
    "mld": Decimal(10) ** 9,
    "mld.": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "mrd.": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    # English staff usage after a currency code: "EUR 9.130 m", "USD 86 m", "GBP 4,1 mn".
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "biljoen": Decimal(10) ** 12,
}

# A table's column header gives the scale of the amounts under it in plural words too
# ("bedragen in miljarden euro") or as a multiplier ("x 1.000", "× € 1 mln"); the singular
# words and abbreviations of SCALES count there as well ("Begroting (valuta, mld.)").
HEADER_SCALES: dict[str, Decimal] = {
    "duizenden": Decimal(10) ** 3,
    "miljoenen": Decimal(10) ** 6,
    "miljarden": Decimal(10) ** 9,
    "billions": Decimal(10) ** 9,
    "millions": Decimal(10) ** 6,
    "thousands": Decimal(10) ** 3,
}

# "bln" is the Dutch abbreviation of biljoen (10**12), but English writers use it for billion
# (10**9): the first reading is the Dutch one, the second the other.  An amount with such a
# scale is marked ambiguous, never silently read either way.
AMBIGUOUS_SCALES: dict[str, tuple[Decimal, Decimal]] = {
    "bln": (Decimal(10) ** 12, Decimal(10) ** 9),
    "bln.": (Decimal(10) ** 12, Decimal(10) ** 9),
}

# Written directly before an amount or its currency symbol: "circa € 4,76 miljard".
APPROX_QUALIFIERS: tuple[str, ...] = (
    "circa",
    "ca.",
    "ca",
    "ruim",
    "bijna",
    "ongeveer",
    "zo'n",
    "zo’n",
    "rond",
    "omstreeks",
    "ruwweg",
    "grofweg",
    "pakweg",
    "krap",
    "om en nabij",
    "afgerond",
    # A bound rather than the figure: "iets boven € 8,2 miljard", "nog net geen € 730 miljoen".
    "iets boven",
    "iets onder",
    "net boven",
    "net onder",
    "net geen",
    "nog net geen",
    "iets meer dan",
    "iets minder dan",
    "meer dan",
    "minder dan",
    "ruim boven",
)
