"""Agreements: kind, title, parties, date and status, read from the sentence that names them.

The title is the kind's phrase with the capitalised name before it ("International Innovation
MoU", "Forward Operating Location (FOL)-verdrag") and the complement after it ("over ...",
"inzake ...", "tussen ... en ..."), up to the end of the clause.  Parties are the Netherlands
plus the countries in the sentence, else the section's country, else the organisation the
title names.  The status is the strongest cue near the mention; none means "mentioned".
A back-reference ("het verdrag", "dit verdrag") to an agreement already found is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.dates import find_month
from reportdiff.model import Agreement, AgreementStatus
from reportdiff.vocab.agreements import STATUS_CUES, find_agreement_kinds
from reportdiff.vocab.countries import NETHERLANDS, find_countries
from reportdiff.vocab.organisations import find_organisations

from .context import SectionContext, Sentence

__all__ = ["agreements_in_sentence", "find_agreements"]

_COMPLEMENT = re.compile(
    r"^(?:\s*\([^)]*\))?(?:\s+(?:ondertekend|getekend|gesloten|afgesloten))?"
    r"(?P<rest>\s+(?:over|inzake|betreffende|met betrekking tot|tussen|ter|voor|op het gebied van|"
    r"met)\b[^,.;]*(?:\.\d[^,.;]*)?)?"
)
# Where a title's complement ends: a finite verb, a relative pronoun, or a status participle.
_TITLE_STOP = re.compile(
    r"\s(?:is|wordt|werd|zijn|worden|werden|heeft|hebben|had|zal|zullen|kan|blijft|bleef|die|"
    r"dat|waarmee|waarin|ondertekend|getekend|verlengd|opgeschort|voortgezet|gesloten|"
    r"beëindigd|van kracht|met\s+\w+\s+jaar)\b"
)
_DETERMINERS = frozenset({"Het", "De", "Een", "Dit", "Deze", "Dat"})
_ANAPHOR = re.compile(r"(?:\b(?:[Dd]it|[Dd]eze|[Hh]et|[Dd]at)\s+)$")
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’&-]*|of|for|and|on|the|van|der)$")
_REACH = 80


def _status(text: str, start: int, end: int) -> AgreementStatus:
    """The first cue, in priority order, within reach of the mention."""
    nearest: tuple[int, AgreementStatus] | None = None
    for status, pattern in STATUS_CUES:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            distance = max(m.start() - end, start - m.end(), 0)
            if distance <= _REACH:
                return status
            if nearest is None or distance < nearest[0]:
                nearest = (distance, status)
    return nearest[1] if nearest else AgreementStatus.MENTIONED


def _title(text: str, start: int, end: int) -> str:
    words = text[:start].split()
    name: list[str] = []
    while words and _NAME_WORD.match(words[-1]) and len(name) < 6:
        name.insert(0, words.pop())
    while name and (name[0].islower() or name[0] in _DETERMINERS):
        name.pop(0)
    head = " ".join([*name, text[start:end]])
    m = _COMPLEMENT.match(text[end:])
    tail = ""
    if m:
        paren = re.match(r"^\s*\([^)]*\)", text[end:])
        if paren:
            tail += paren.group(0)
        if m.group("rest"):
            tail += m.group("rest")
    stop = _TITLE_STOP.search(tail)
    if stop:
        tail = tail[: stop.start()]
    return re.sub(r"\s+", " ", (head + tail).strip()).rstrip(".")


def agreements_in_sentence(
    sentence: Sentence, section_countries: Sequence[str], known: Sequence[Agreement]
) -> list[Agreement]:
    text = sentence.text
    out: list[Agreement] = []
    for start, end, kind in find_agreement_kinds(text):
        complement = _COMPLEMENT.match(text[end:])
        back_reference = _ANAPHOR.search(text[:start]) and not (
            complement and complement.group("rest")
        )
        if back_reference and any(a.kind is kind for a in (*known, *out)):
            continue
        title = _title(text, start, end)
        countries = [c for _, _, c in find_countries(text) if c != NETHERLANDS]
        if not countries:
            countries = [c for c in section_countries if c != NETHERLANDS]
        if not countries:
            countries = [c for _, _, c in find_organisations(title)]
        parties = tuple(dict.fromkeys([NETHERLANDS, *countries]))
        date = find_month(text)
        if date is None:
            year = re.search(r"\b(?:in|per|sinds)\s+((?:19|20)\d{2})\b", text, re.IGNORECASE)
            date = year.group(1) if year else None
        out.append(
            Agreement(kind, title, parties, date, _status(text, start, end), sentence.source())
        )
    return out


def find_agreements(sections: Sequence[SectionContext]) -> list[Agreement]:
    found: list[Agreement] = []
    keys: set[str] = set()
    for section in sections:
        for sentence in section.sentences:
            for agreement in agreements_in_sentence(sentence, section.countries, found):
                key = agreement.key
                if key not in keys:
                    keys.add(key)
                    found.append(agreement)
    return found
