"""Agreement kinds and how each is written in Dutch and English; the words that tell a status."""

from __future__ import annotations

import re
from functools import cache

from reportdiff.model import AgreementKind, AgreementStatus

__all__ = ["KIND_FORMS", "STATUS_CUES", "find_agreement_kinds"]

KIND_FORMS: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.LETTER_OF_INTENT: (
        "Letter of Intent",
        "letter of intent",
        "LoI",
        "intentiebrief",
    ),
    AgreementKind.DECLARATION_OF_INTENT: (
        "intentieverklaring",
        "Declaration of Intent",
        "declaration of intent",
        "gezamenlijke verklaring",
    ),
    AgreementKind.MOU: ("memorandum of understanding", "Memorandum of Understanding", "MoU", "MOU"),
    AgreementKind.SOFA: ("Status of Forces Agreement", "Status of Forces", "SOFA"),
    AgreementKind.TREATY: ("verdrag", "Verdrag", "-verdrag"),
    AgreementKind.POLICY_DIRECTION: ("Policy Direction",),
    AgreementKind.OTHER: ("-overeenkomst", "overeenkomst", "Technical Arrangement", "arrangement"),
}

# The verb or noun nearest to the agreement tells its status; first match of the closest cue.
STATUS_CUES: tuple[tuple[AgreementStatus, str], ...] = (
    (
        AgreementStatus.INTENDED,
        r"intentie uitgesproken|voornemens|voornemen|zal\s+\w+\s+ondertekenen|"
        r"wil\s+toetreden|te\s+ondertekenen",
    ),
    (AgreementStatus.SUSPENDED, r"opgeschort|opschorting|geschorst"),
    (
        AgreementStatus.ENDED,
        r"beëindigd|beëindiging|opgezegd|terugtrekking uit|trekt zich terug|"
        r"teruggetrokken|afgelopen",
    ),
    (AgreementStatus.EXTENDED, r"verleng\w*"),
    (AgreementStatus.SIGNED, r"ondertek\w*|getekend|gesloten|overeengekomen|afgesloten"),
    (AgreementStatus.IN_FORCE, r"in werking getreden|van kracht|in werking"),
)


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, AgreementKind]]:
    index: dict[str, AgreementKind] = {}
    for kind, forms in KIND_FORMS.items():
        for form in forms:
            index[form] = kind
    alternatives = sorted(index, key=len, reverse=True)
    parts = []
    for alt in alternatives:
        if alt.startswith("-"):
            # "FOL-verdrag", "INCSEA-overeenkomst": the named compound is the agreement.
            parts.append(r"[\w()]+" + re.escape(alt))
        else:
            parts.append(r"(?<![\w-])" + re.escape(alt))
    return re.compile("(?:" + "|".join(parts) + r")(?!\w)"), index


def find_agreement_kinds(text: str) -> list[tuple[int, int, AgreementKind]]:
    """Every agreement-kind mention in *text*: (start, end, kind)."""
    pattern, index = _pattern()
    out = []
    for m in pattern.finditer(text):
        word = m.group(0)
        kind = index.get(word)
        if kind is None:
            suffix = next(s for s in index if s.startswith("-") and word.endswith(s))
            kind = index[suffix]
        out.append((m.start(), m.end(), kind))
    return out
