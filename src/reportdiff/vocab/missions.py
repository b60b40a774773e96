"""Missions and operations: canonical name → organisation, location, and every form of the name.

A mission has one canonical name whatever the text calls it: "de NAVO-missie in Afghanistan",
"Resolute Support Mission" and "RSM" are all Resolute Support.  A descriptive phrase ("de
VN-missie in Mali") is resolved through :data:`DESCRIPTIVE`, (organisation, host) → name, only
where one mission of that organisation is in that country; elsewhere it stays
"<ORG>-missie <Land>".

NATO's enhanced Forward Presence is one name with several host countries, so it is keyed by
host ("eFP Litouwen"); the parser supplies the host from the sentence.

What happened to a mission is read as two things: its **mandate** (started, extended, ended)
and the **Dutch contribution** (started, reinforced, reduced, ended).  "De inzet in MINUSMA is
uitgebreid met een C-130-detachement" reinforces the contribution; it does not extend the
mandate.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from reportdiff.model import ContributionStatus, MandateStatus

from ._lexicon import Lexicon

__all__ = [
    "CONTRIBUTION_CUES",
    "CONTRIBUTION_WORDS",
    "DESCRIPTIVE",
    "HOSTED",
    "MANDATE_CUES",
    "MISSIONS",
    "NOT_MISSIONS",
    "MissionEntry",
    "find_missions",
    "lookup_mission",
]


@attrs.frozen
class MissionEntry:
    name: str
    organisation: str
    location: str | None
    forms: tuple[str, ...] = ()


MISSIONS: tuple[MissionEntry, ...] = (
    MissionEntry(
        "MINUSMA",
        "VN",
        "Mali",
        ("Multidimensional Integrated Stabilization Mission in Mali",),
    ),
    MissionEntry("UNIFIL", "VN", "Libanon", ("United Nations Interim Force in Lebanon",)),
    MissionEntry("UNDOF", "VN", "Golanhoogten"),
    MissionEntry("UNTSO", "VN", "Midden-Oosten"),
    MissionEntry("UNMISS", "VN", "Zuid-Soedan"),
    MissionEntry("UNAMA", "VN", "Afghanistan"),
    MissionEntry("UNSMIL", "VN", "Libië"),
    MissionEntry("MINUSCA", "VN", "Centraal-Afrikaanse Republiek"),
    MissionEntry("MONUSCO", "VN", "Congo"),
    MissionEntry(
        "Resolute Support",
        "NAVO",
        "Afghanistan",
        ("Resolute Support Mission", "Resolute Support-missie", "RSM"),
    ),
    MissionEntry("ISAF", "NAVO", "Afghanistan", ("International Security Assistance Force",)),
    MissionEntry("KFOR", "NAVO", "Kosovo", ("Kosovo Force",)),
    MissionEntry("NMI", "NAVO", "Irak", ("NATO Mission Iraq", "NAVO-missie Irak")),
    MissionEntry("Sea Guardian", "NAVO", "Middellandse Zee", ("Sea Guardian",)),
    MissionEntry("EUFOR Althea", "EU", "Bosnië en Herzegovina", ("Althea",)),
    MissionEntry("EUNAVFOR Atalanta", "EU", "Golf van Aden", ("Atalanta",)),
    MissionEntry("EUNAVFOR MED Irini", "EU", "Middellandse Zee", ("Irini",)),
    MissionEntry("EUNAVFOR MED Sophia", "EU", "Middellandse Zee", ("Sophia",)),
    MissionEntry("EUTM Mali", "EU", "Mali"),
    MissionEntry("EUCAP Sahel Mali", "EU", "Mali"),
    MissionEntry("EUMM Georgia", "EU", "Georgië"),
    MissionEntry("EUAM Ukraine", "EU", "Oekraïne"),
    MissionEntry("EULEX Kosovo", "EU", "Kosovo"),
    MissionEntry("EUBAM Libya", "EU", "Libië"),
    MissionEntry(
        "Inherent Resolve",
        "anti-ISIS-coalitie",
        "Irak en Syrië",
        ("Counter-ISIS", "Operation Inherent Resolve"),
    ),
)

# A mission named by its organisation and host ("de VN-missie in Mali"), where that names one
# mission.  NATO in Afghanistan is Resolute Support from 2015 (ISAF before it ended in 2014).
DESCRIPTIVE: dict[tuple[str, str], str] = {
    ("VN", "Mali"): "MINUSMA",
    ("VN", "Libanon"): "UNIFIL",
    ("VN", "Zuid-Soedan"): "UNMISS",
    ("VN", "Libië"): "UNSMIL",
    ("NAVO", "Afghanistan"): "Resolute Support",
    ("NAVO", "Kosovo"): "KFOR",
    ("NAVO", "Irak"): "NMI",
    ("EU", "Bosnië en Herzegovina"): "EUFOR Althea",
    ("EU", "Georgië"): "EUMM Georgia",
}

# Missions with one name and several hosts: the canonical name is "<name> <host>".
HOSTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "eFP": ("NAVO", ("enhanced Forward Presence", "eFP")),
}

# Upper-case words that look like a UN mission's acronym and are not one.
NOT_MISSIONS = frozenset(
    {
        "UNESCO", "UNICEF", "UNHCR", "UNDP", "UNODC", "UNOPS", "UNFPA", "UNEP", "UNGA", "UNSC",
        "UNRWA", "UNCTAD", "UNIDO", "UNITAR", "UNOCHA", "UNDPO", "UNDPPA", "UNSG", "UNCLOS",
        "UNITED",
    }
)  # fmt: skip

# Words for the Dutch part in a mission, as opposed to the mission itself.
CONTRIBUTION_WORDS = re.compile(
    r"\b(?:bijdrage|bijdragen|inzet|deelname|eenheid|eenheden|militairen|detachement|"
    r"(?:draagt|droeg|dragen)\b[^.;]{0,40}?\bbij)\b",
    re.IGNORECASE,
)

# What happened to the Dutch contribution, strongest first.
CONTRIBUTION_CUES: tuple[tuple[ContributionStatus, str], ...] = (
    (
        ContributionStatus.ENDED,
        r"beëindig\w*|be[eë]indigd|afgerond|teruggetrokken\s+uit|terugtrekking\s+uit|"
        r"\bbeëindiging\b",
    ),
    (
        ContributionStatus.REINFORCED,
        r"uitgebreid|uit te breiden|uitbreiding|versterkt|versterking|verhoogd|opgeschaald|"
        r"vergroot",
    ),
    (
        ContributionStatus.REDUCED,
        r"teruggebracht|verminderd|afgeschaald|verkleind|afgebouwd|ingekrompen|verlaagd",
    ),
    (
        ContributionStatus.STARTED,
        r"gestart|begonnen|\bstart\b|nieuwe bijdrage|\bsinds\s+(?:\w+\s+)?\d{4}\b|"
        r"besl\w+\s+(?:in\s+\d{4}\s+)?tot\s+deelname|toegezegd|gaat\s+\w*\s*bijdragen",
    ),
)

# What happened to the mandate (the mission's own, or the Dutch one): strongest first.
MANDATE_CUES: tuple[tuple[MandateStatus, str], ...] = (
    (
        MandateStatus.ENDED,
        r"beëindig\w*|be[eë]indigd|afgerond|aflopen\s+van\s+het\s+mandaat|mandaat\s+\w*\s*afgelopen|"
        r"opgeheven",
    ),
    (MandateStatus.EXTENDED, r"verleng\w*"),
    (MandateStatus.STARTED, r"opgericht|ingesteld|van start gegaan"),
)


@cache
def _lexicon() -> Lexicon[MissionEntry]:
    # A hyphen may come before a name: "VN-missies MINUSMA" is fine, and "EU-operatie" too.
    return Lexicon(((form, e) for e in MISSIONS for form in (e.name, *e.forms)), after_hyphen=True)


def find_missions(text: str) -> list[tuple[int, int, MissionEntry]]:
    """Every named mission in *text*: (start, end, entry), in order."""
    return _lexicon().find(text)


def lookup_mission(name: str) -> MissionEntry | None:
    """The known mission *name* (canonical or another form) stands for."""
    return _lexicon().get(name)
