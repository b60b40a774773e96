"""Currencies as the letters write them → ISO 4217, and the scale words."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["CURRENCY_AFTER", "CURRENCY_BEFORE", "SCALES"]

# Written before the number: "€45 miljard", "$ 10 miljard", "£ 46 miljard".
CURRENCY_BEFORE: dict[str, str] = {"€": "EUR", "EUR": "EUR", "$": "USD", "US$": "USD", "£": "GBP"}
# Written after the number and scale: "46 miljard pond", "732 miljard US dollar".
CURRENCY_AFTER: dict[str, str] = {
    "euro": "EUR",
    "EUR": "EUR",
    "Britse pond": "GBP",
    "pond sterling": "GBP",
    "pond": "GBP",
    "GBP": "GBP",
    "US dollar": "USD",
    "US-dollar": "USD",
    "Amerikaanse dollar": "USD",
    "dollar": "USD",
    "USD": "USD",
    "Noorse kroon": "NOK",
    "Noorse kronen": "NOK",
    "NOK": "NOK",
    "Deense kroon": "DKK",
    "Deense kronen": "DKK",
    "Zweedse kroon": "SEK",
    "Zweedse kronen": "SEK",
    "Zwitserse frank": "CHF",
    "Poolse zloty": "PLN",
    "zloty": "PLN",
    "yen": "JPY",
    "Canadese dollar": "CAD",
    "Australische dollar": "AUD",
}
SCALES: dict[str, Decimal] = {
    "duizend": Decimal(10) ** 3,
    "miljoen": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mln.": Decimal(10) ** 6,
    "miljard": Decimal(10) ** 9,
    "mld": Decimal(10) ** 9,
    "mld.": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "mrd.": Decimal(10) ** 9,
    "biljoen": Decimal(10) ** 12,
}
