"""Missions the Netherlands contributes to, with their status taken from the verbs around them.

Named missions come from the lexicon; NATO's enhanced Forward Presence is keyed by its host
("eFP Litouwen"); "de NAVO-missie in Afghanistan" becomes "NAVO-missie Afghanistan".  The status
is the strongest cue ("beëindiging" > "verlengen"/"uitgebreid" > "sinds"/"gestart") nearest the
mention in its sentence; a mission named with no cue is active.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.model import Mission, MissionStatus
from reportdiff.vocab.countries import country_name, find_countries
from reportdiff.vocab.missions import HOSTED, STATUS_CUES, find_missions

from .context import SectionContext, Sentence

__all__ = ["find_all_missions", "missions_in_sentence"]

_RANK = {
    MissionStatus.ACTIVE: 0,
    MissionStatus.STARTED: 1,
    MissionStatus.EXTENDED: 2,
    MissionStatus.ENDED: 3,
}
_GENERIC = re.compile(r"\b(?P<org>NAVO|EU|VN)-(?:missie|operatie|trainingsmissie)\s+in\s+")
# A cue this far from a mention (in characters) is about something else.
_CUE_REACH = 90


def _status_near(text: str, start: int, end: int) -> MissionStatus:
    best: tuple[int, MissionStatus] | None = None
    for status, pattern in STATUS_CUES:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            distance = max(m.start() - end, start - m.end(), 0)
            if distance <= _CUE_REACH and (best is None or distance < best[0]):
                best = (distance, MissionStatus(status))
    return best[1] if best else MissionStatus.ACTIVE


def missions_in_sentence(sentence: Sentence) -> list[Mission]:
    text = sentence.text
    out: list[Mission] = []
    taken: list[tuple[int, int]] = []
    for key, (org, forms) in HOSTED.items():
        pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?:\s*\([^)]*\))?"
        for m in re.finditer(pattern, text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            host = next(
                (code for s, _, code in find_countries(text[m.end() : m.end() + 40]) if s < 25),
                None,
            )
            location = country_name(host) if host else None
            name = f"{key} {location}" if location else key
            taken.append((m.start(), m.end()))
            out.append(
                Mission(
                    name, org, location, _status_near(text, m.start(), m.end()), sentence.source()
                )
            )
    for start, end, entry in find_missions(text):
        out.append(
            Mission(
                entry.name,
                entry.organisation,
                entry.location,
                _status_near(text, start, end),
                sentence.source(),
            )
        )
    for m in _GENERIC.finditer(text):
        host = next(
            (code for s, _, code in find_countries(text[m.end() : m.end() + 30]) if s == 0), None
        )
        if host is None:
            continue
        location = country_name(host)
        out.append(
            Mission(
                f"{m.group('org')}-missie {location}",
                m.group("org"),
                location,
                _status_near(text, m.start(), m.end()),
                sentence.source(),
            )
        )
    return out


def find_all_missions(sections: Sequence[SectionContext]) -> list[Mission]:
    """Each mission once, with its strongest status and the sentence that gives it."""
    found: dict[str, Mission] = {}
    for section in sections:
        for sentence in section.sentences:
            for mission in missions_in_sentence(sentence):
                known = found.get(mission.name)
                if known is None or _RANK[mission.status] > _RANK[known.status]:
                    found[mission.name] = mission
    return list(found.values())
