"""Organisations the report covers: the report's own Dutch acronym → full name and other forms.

Where there is no acronym (the Northern Group) the full name is the code, as the JSON contract
asks.
"""

from __future__ import annotations

import re
from functools import cache

from ._lexicon import Lexicon

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
def _lexicon() -> Lexicon[str]:
    # "VN-missie" and "NAVO-missie" name the organisation too: a hyphen may follow a form.
    return Lexicon(
        (form, code) for code, (name, others) in ORGANISATIONS.items() for form in (name, *others)
    )


def lookup_organisation(text: str) -> str | None:
    """The code of the organisation *text* names, ignoring a trailing "(ACRONYM)"."""
    plain = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    return _lexicon().get(text) or _lexicon().get(plain)


def find_organisations(text: str) -> list[tuple[int, int, str]]:
    """Every organisation mention in *text*: (start, end, code), in order."""
    return _lexicon().find(text)


def organisation_name(code: str) -> str:
    return ORGANISATIONS[code][0] if code in ORGANISATIONS else code
