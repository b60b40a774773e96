"""Missions and operations: canonical name → organisation, location, and the forms of the name.

NATO's enhanced Forward Presence is one name with several host countries, so it is keyed by
host ("eFP Litouwen"); the parser supplies the host from the sentence.  A mission named only by
its organisation and country ("de NAVO-missie in Afghanistan") gets the canonical name
"<ORG>-missie <Land>".
"""

from __future__ import annotations

from functools import cache

import attrs

from ._lexicon import Lexicon

__all__ = ["HOSTED", "MISSIONS", "STATUS_CUES", "MissionEntry", "find_missions"]


@attrs.frozen
class MissionEntry:
    name: str
    organisation: str
    location: str | None
    forms: tuple[str, ...] = ()


MISSIONS: tuple[MissionEntry, ...] = (
    MissionEntry("MINUSMA", "VN", "Mali"),
    MissionEntry("UNIFIL", "VN", "Libanon"),
    MissionEntry("UNDOF", "VN", "Golanhoogten"),
    MissionEntry("UNTSO", "VN", "Midden-Oosten"),
    MissionEntry("UNMISS", "VN", "Zuid-Soedan"),
    MissionEntry("UNAMA", "VN", "Afghanistan"),
    MissionEntry("UNSMIL", "VN", "Libië"),
    MissionEntry("Resolute Support", "NAVO", "Afghanistan", ("Resolute Support Mission", "RSM")),
    MissionEntry("KFOR", "NAVO", "Kosovo"),
    MissionEntry("NMI", "NAVO", "Irak", ("NATO Mission Iraq",)),
    MissionEntry("Sea Guardian", "NAVO", "Middellandse Zee"),
    MissionEntry("EUFOR Althea", "EU", "Bosnië en Herzegovina", ("Althea",)),
    MissionEntry("EUNAVFOR Atalanta", "EU", "Golf van Aden", ("Atalanta",)),
    MissionEntry("EUNAVFOR MED Irini", "EU", "Middellandse Zee", ("Irini",)),
    MissionEntry("EUTM Mali", "EU", "Mali"),
    MissionEntry("EUCAP Sahel Mali", "EU", "Mali"),
    MissionEntry("EUMM Georgia", "EU", "Georgië"),
    MissionEntry("EUAM Ukraine", "EU", "Oekraïne"),
    MissionEntry("Inherent Resolve", "anti-ISIS-coalitie", "Irak en Syrië", ("Counter-ISIS",)),
)

# Missions with one name and several hosts: the canonical name is "<name> <host>".
HOSTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "eFP": ("NAVO", ("enhanced Forward Presence", "eFP")),
}

# Words that tell a mission's status, strongest first.
STATUS_CUES: tuple[tuple[str, str], ...] = (
    ("ended", r"beëindig\w*|afgerond|afgesloten|teruggetrokken|terugtrekking|be[eë]indigd"),
    ("extended", r"verleng\w*|uitgebreid|uit te breiden|uitbreiding|uit te breiden"),
    (
        "started",
        r"gestart|start\b|begonnen|sinds\s+\d{4}|nieuwe bijdrage|toegezegd|"
        r"draagt\s+\w*\s*bij",
    ),
)


@cache
def _lexicon() -> Lexicon[MissionEntry]:
    # A hyphen may come before a name: "VN-missies MINUSMA" is fine, and "EU-operatie" too.
    return Lexicon(((form, e) for e in MISSIONS for form in (e.name, *e.forms)), after_hyphen=True)


def find_missions(text: str) -> list[tuple[int, int, MissionEntry]]:
    """Every named mission in *text*: (start, end, entry), in order."""
    return _lexicon().find(text)
