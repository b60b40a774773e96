"""How a document corrects itself: an erratum, a re-issue's list of corrections.

"Abusievelijk werd Finland in paragraaf 2 strategisch partner genoemd", "het bedrag voor
Luxemburg is onjuist vermeld als 895 miljoen euro; het juiste bedrag is 898 miljoen euro",
"Verwijzing nr. 933 in dossier 21501-28: vervalt, lees nr. 915", "70 militairen moet zijn 80".
Such a sentence names what was wrong beside what is right, and what it names is the text's
history, not the year's facts: the corrected text states those.  Its facts are not read.
"""

from __future__ import annotations

import re

__all__ = ["CORRECTS"]

# A figure, a number or a currency right after the word that gives the right reading: the
# erratum's "moet zijn 80", "lees: nr. 915", not the modal "moet zijn afgerond".
_READING = r"\s*:?\s*(?:(?:nr\.?|nummer|€|[A-Z]{3}\b)\s*)?\d"

CORRECTS = re.compile(
    # the mistake named as such
    r"\b(?:abusievelijk|per\s+abuis|bij\s+vergissing|foutievelijk|ten\s+onrechte)\b"
    r"|\b(?:onjuist|foutief|verkeerd|incorrect)\s+(?:\w+\s+)?"
    r"(?:vermeld|weergegeven|opgenomen|genoemd|overgenomen|afgedrukt|geciteerd)\b"
    # the right reading given in its place
    r"|\b(?:moet|moeten|dient|dienen)\s+(?:te\s+)?zijn"
    + _READING
    + r"|(?:^|[,;:–—-]\s*)lees"
    + _READING
    + r"|\bvervalt\s*[,;:]\s*lees\b"
    r"|\b(?:het\s+)?juiste\s+(?:bedrag|aantal|cijfer|getal|nummer)\s+is\b"
    r"|\b(?:rectificatie|erratum|errata)\b",
    re.IGNORECASE,
)
