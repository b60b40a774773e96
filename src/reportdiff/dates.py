"""Dutch dates: "25 januari 2022" → ``date(2022, 1, 25)``, "oktober 2021" → month precision."""

from __future__ import annotations

import re
from datetime import date

__all__ = ["MONTHS", "MONTH_PATTERN", "UNTIL", "YEAR", "find_month", "parse_dutch_date"]

# A year as the reports write it, for every pattern that reads one (one definition, so that
# the parser's idea of a year is the same everywhere).  The twenty-second century is in: a
# tool that reads yearly reports should not stop at 2099, and the synthetic corpora use it.
YEAR = r"(?:19|20|21)\d{2}"
# What bounds a period before its last year: "t/m 2061", "tot en met eind 2061", "tot in 2061".
UNTIL = r"(?:t/m|tot\s+en\s+met|tot(?:\s+in)?)\s+(?:(?:eind|begin|medio)\s+)?"

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MONTH_PATTERN = "|".join(MONTHS)
_FULL = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({MONTH_PATTERN})\s+(\d{{4}})\b", re.IGNORECASE)


def parse_dutch_date(text: str) -> date | None:
    """The first full Dutch date in *text*, or None when there is none or it is impossible."""
    m = _FULL.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None


def find_month(text: str) -> str | None:
    """The first "<month> <year>" in *text* as ``YYYY-MM``, or None."""
    m = _FULL.search(text)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}"
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower()]:02d}"
    return None
