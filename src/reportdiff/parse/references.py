"""Cited parliamentary documents, in every form the letters use.

(Kamerstuk 29521, nr. 420)              29521/420
(Kamerstuk 29 521, nr. 420)             29521/420
(Kamerstuk 35925 X, nr. 17)             35925-X/17   (budget chapter)
(Kamerstuk 21501-28, nr. 217)           21501-28/217 (sub-dossier)
(Kamerstuk 28676, nrs. 356, 371 en 376) three documents
(Kamerstukken 28 676 en 29 521, nr. 264) one number in two dossiers
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.model import Reference

from .context import Sentence

__all__ = ["CITATION", "find_references", "parse_citations"]

_DOSSIER = r"\d{2}\s?\d{3}(?:-[A-Z0-9]+|\s(?:[IVXLC]+|[A-Z])(?![\w-]))?"
CITATION = re.compile(
    rf"Kamerstuk(?:ken)?\s+(?P<dossiers>{_DOSSIER}(?:\s*(?:,|en)\s*{_DOSSIER})*)\s*,?\s*"
    r"(?P<nrs>nrs?)\.\s*(?P<numbers>\d+(?:\s*(?:,|en)\s*\d+)*)"
)


def _normalise_dossier(text: str) -> str:
    text = text.strip()
    m = re.fullmatch(r"(\d{2})\s?(\d{3})(?:(-[A-Z0-9]+)|\s([IVXLC]+|[A-Z]))?", text)
    if not m:
        return text.replace(" ", "")
    base = m.group(1) + m.group(2)
    if m.group(3):
        return base + m.group(3)
    if m.group(4):
        return f"{base}-{m.group(4)}"
    return base


def parse_citations(text: str) -> list[tuple[str, str]]:
    """(dossier, number) for every document *text* cites, in order."""
    out = []
    for m in CITATION.finditer(text):
        dossiers = [_normalise_dossier(d) for d in re.findall(_DOSSIER, m.group("dossiers"))]
        numbers = re.findall(r"\d+", m.group("numbers"))
        for dossier in dossiers:
            for number in numbers:
                out.append((dossier, number))
    return out


def find_references(sentences: Sequence[Sentence]) -> list[Reference]:
    """Every cited document once, with the first sentence that cites it."""
    seen: dict[str, Reference] = {}
    for sentence in sentences:
        for dossier, number in parse_citations(sentence.text):
            key = f"{dossier}/{number}"
            if key not in seen:
                seen[key] = Reference(dossier, number, sentence.source())
    return list(seen.values())
