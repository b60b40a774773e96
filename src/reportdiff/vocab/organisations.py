"""Organisations the report covers: the report's own Dutch acronym → full name and other forms.

Where there is no acronym (the Northern Group) the full name is the code, as the JSON contract
asks.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["ORGANISATIONS", "find_organisations", "lookup_organisation", "organisation_name"]

ORGANISATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "EU": ("Europese Unie", ("EU",)),
    "NAVO": ("Noord-Atlantische Verdragsorganisatie", ("NAVO", "NATO")),
    "VN": ("Verenigde Naties", ("VN", "United Nations")),
    "OVSE": (
        "Organisatie voor Veiligheid en Samenwerking in Europa",
        ("OVSE", "Organisatie van Veiligheid en Samenwerking in Europa", "OSCE"),
    ),
    "Northern Group": ("Northern Group", ()),
    "JEF": ("Joint Expeditionary Force", ("JEF",)),
    "EI2": ("European Intervention Initiative", ("EI2", "EII")),
    "Benelux": ("Benelux", ()),
    "PESCO": ("Permanent Structured Cooperation", ("PESCO",)),
    "NORDEFCO": ("Nordic Defence Cooperation", ("NORDEFCO",)),
}


@cache
def _forms() -> tuple[re.Pattern[str], dict[str, str]]:
    index: dict[str, str] = {}
    for code, (name, others) in ORGANISATIONS.items():
        for form in (name, *others):
            index[form] = code
    alternatives = sorted(index, key=len, reverse=True)
    # "VN-missie" and "NAVO-missie" name the organisation too, so a hyphen may follow.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
    return pattern, index


def lookup_organisation(text: str) -> str | None:
    """The code of the organisation *text* names, ignoring a trailing "(ACRONYM)"."""
    plain = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    index = _forms()[1]
    return index.get(text.strip()) or index.get(plain)


def find_organisations(text: str) -> list[tuple[int, int, str]]:
    """Every organisation mention in *text*: (start, end, code), in order."""
    pattern, index = _forms()
    return [(m.start(), m.end(), index[m.group(0)]) for m in pattern.finditer(text)]


def organisation_name(code: str) -> str:
    return ORGANISATIONS[code][0] if code in ORGANISATIONS else code
