"""Partner countries: the introduction's enumerations, then the headings of partner sections.

"... de strategische partners van Defensie, namelijk België en Luxemburg, Duitsland ..." gives
strategic partners; "... andere landen, namelijk Suriname en Israël" gives other partners.  A
country heading under "Overige partnerlanden" is an other partner; one before it, a strategic
partner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.model import Partner, PartnerCategory, Source
from reportdiff.vocab.countries import NETHERLANDS, country_name, find_countries

from .context import Group, SectionContext, Sentence

__all__ = ["find_partners"]

_ENUMERATION = re.compile(r"\b(?:namelijk|te weten|waaronder|zijnde)\b|:\s")
_STRATEGIC = re.compile(r"strategische partner", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(?:andere|overige)\s+(?:partner)?landen\b|\bandere partners\b|\boverige partnerlanden\b",
    re.IGNORECASE,
)


def _enumerated(sentence: Sentence) -> list[tuple[PartnerCategory, str]]:
    """(category, code) for the countries a sentence enumerates as partners."""
    out: list[tuple[PartnerCategory, str]] = []
    text = sentence.text
    cues = [(m.start(), PartnerCategory.STRATEGIC) for m in _STRATEGIC.finditer(text)]
    cues += [(m.start(), PartnerCategory.OTHER) for m in _OTHER.finditer(text)]
    cues.sort()
    for i, (pos, category) in enumerate(cues):
        stop = cues[i + 1][0] if i + 1 < len(cues) else len(text)
        marker = _ENUMERATION.search(text, pos, stop)
        if marker is None:
            continue
        # The list runs to the end of the clause: the next full stop or the next cue.
        segment_end = stop
        clause_end = re.search(r"\.\s|\.$|;", text[marker.end() : stop])
        if clause_end:
            segment_end = marker.end() + clause_end.start()
        for _, _, code in find_countries(text[marker.end() : segment_end]):
            if code != NETHERLANDS:
                out.append((category, code))
    return out


def find_partners(sections: Sequence[SectionContext]) -> list[Partner]:
    found: dict[str, Partner] = {}
    for section in sections:
        for sentence in section.sentences:
            for category, code in _enumerated(sentence):
                if code not in found:
                    found[code] = Partner(code, country_name(code), category, sentence.source())
    for section in sections:
        if not section.heading_found or section.heading_block is None:
            continue
        if section.group not in (Group.INTRO, Group.STRATEGIC, Group.OTHER):
            continue
        category = (
            PartnerCategory.OTHER if section.group is Group.OTHER else PartnerCategory.STRATEGIC
        )
        block = section.heading_block
        for code in section.countries:
            if code == NETHERLANDS or code in found:
                continue
            found[code] = Partner(
                code, country_name(code), category, Source(block.page, block.page_label, block.text)
            )
    return list(found.values())
