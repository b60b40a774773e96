"""Read edition metadata from where each layout prints it.

Letter: the reference in the sidebar under "Onze referentie", "Datum"/"Betreft" in the body
column's header, the addressee under the return address, "Afschrift aan" in the sidebar.
Print: the masthead's vergaderjaar, dossier, "Nr. N", the kind of letter and "Den Haag, <date>".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.dates import parse_dutch_date

from ._furniture import (
    ADDRESS_LINE,
    HEAD_FIELD,
    PRINT_DOSSIER,
    PRINT_NUMBER,
    PRINT_PLACE_DATE,
    PRINT_VERGADERJAAR,
    REFERENCE,
    RETURN_ADDRESS,
    SIDEBAR_LABELS,
    SIDEBAR_PHRASES,
    SIDEBAR_SENDER,
    SUBJECT_FIELDS,
)
from ._types import Layout, Metadata

__all__ = ["letter_metadata", "masthead", "print_metadata"]

# A house style of the 2010s sets the reference among the head's fields, under the subject:
# "Ons kenmerk BS2016012345" (or "Onze referentie …") rather than in the sidebar.
_HEAD_REFERENCE = re.compile(r"^(?:Ons kenmerk|Onze referentie)\s*:?\s*(\S+)$")


# The labels of a letter head's other fields, in any house style: where a wrapped subject ends.
_FIELD_LABEL = re.compile(
    r"^(?:(?:Ons|Uw)\s+)?(?:kenmerk|referentie)\b|^Bijlagen?\b|^Uw\s+brief\b", re.I
)


def _is_furniture(text: str) -> bool:
    return (
        text in SIDEBAR_PHRASES
        or text in SIDEBAR_SENDER
        or any(text.startswith(lbl) for lbl in SIDEBAR_LABELS)
        or bool(ADDRESS_LINE.match(text))
    )


def letter_metadata(header: Sequence[str], sidebar: Sequence[str]) -> Metadata:
    """Metadata of a letter from its page-1 header lines and its sidebar lines, in order."""
    reference = None
    copy_lines: list[str] = []
    for i, text in enumerate(sidebar):
        if text.startswith("Onze referentie") and reference is None:
            rest = text[len("Onze referentie") :].strip()
            candidates = [rest] if rest else list(sidebar[i + 1 : i + 3])
            reference = next((c for c in candidates if REFERENCE.match(c)), None)
        if text.startswith("Afschrift aan"):
            for nxt in sidebar[i + 1 :]:
                if _is_furniture(nxt) or REFERENCE.match(nxt):
                    break
                copy_lines.append(nxt)
    if reference is None:
        reference = next((t for t in sidebar if REFERENCE.match(t)), None)
    # The date under its label in the sidebar ("Datum" over "15 juni 2021"), where a house
    # style sets it there rather than in the head beside the subject.
    side_date = None
    # And the subject, where the head's fields were set in the narrow column beside the text
    # (an exported notebook's letter head, indented as the sidebar is): "Betreft …" there.
    side_subject = None
    for i, text in enumerate(sidebar):
        field = HEAD_FIELD.match(text)
        if field is not None and field.group(1) == "Datum" and side_date is None:
            candidates = [field.group(2)] if field.group(2) else list(sidebar[i + 1 : i + 2])
            side_date = next((d for c in candidates if (d := parse_dutch_date(c))), None)
        elif field is not None and field.group(1) in SUBJECT_FIELDS and side_subject is None:
            # A long subject wraps in the narrow column ("Rapportage internationale
            # militaire" over "samenwerking 1921"): its lines run to the next field.
            lines = [field.group(2)] if field.group(2) else []
            for nxt in sidebar[i + 1 :]:
                if (
                    HEAD_FIELD.match(nxt)
                    or _is_furniture(nxt)
                    or REFERENCE.match(nxt)
                    or _FIELD_LABEL.match(nxt)
                ):
                    break
                lines.append(nxt)
            side_subject = " ".join(lines) or None

    date = None
    subject_lines: list[str] = []
    addressee_lines: list[str] = []
    seen_return = False
    in_subject = False
    for text in header:
        m = HEAD_FIELD.match(text)
        if ref := _HEAD_REFERENCE.match(text):
            if reference is None and REFERENCE.match(ref.group(1)):
                reference = ref.group(1)
            in_subject = False
            continue
        if RETURN_ADDRESS.match(text):
            seen_return = True
            continue
        if m and m.group(1) == "Datum":
            date = parse_dutch_date(m.group(2))
            in_subject = False
            continue
        if m and m.group(1) in SUBJECT_FIELDS:
            subject_lines.append(m.group(2))
            in_subject = True
            continue
        if in_subject:
            subject_lines.append(text)
        elif seen_return and date is None and not ADDRESS_LINE.match(text):
            addressee_lines.append(text)
    return Metadata(
        layout=Layout.LETTER,
        subject=" ".join(s for s in subject_lines if s) or side_subject or None,
        date=date or side_date,
        reference=reference,
        addressee=" ".join(addressee_lines) or None,
        copy_to=" ".join(copy_lines) or None,
    )


# A masthead's dossier number, or its "Nr. N", alone on its line: a narrow masthead (or a word
# processor's) sets the dossier's title, or the kind of letter, on the line under it.
_BARE_DOSSIER = re.compile(r"^\d{2}\s?\d{3}(?:-[A-Z0-9]+)?$")
_BARE_NUMBER = re.compile(r"^Nr\.\s*\d+$")


def _joined(header: Sequence[str]) -> list[str]:
    """*header* with a bare dossier number or "Nr. N" joined to the line under it, when that
    line is its title (it begins with a capital and is no masthead line of its own)."""
    out: list[str] = []
    skip = False
    for i, text in enumerate(header):
        if skip:
            skip = False
            continue
        nxt = header[i + 1].strip() if i + 1 < len(header) else ""
        if (
            (_BARE_DOSSIER.match(text.strip()) or _BARE_NUMBER.match(text.strip()))
            and nxt[:1].isupper()
            and not (PRINT_NUMBER.match(nxt) or _BARE_NUMBER.match(nxt))
            and not PRINT_PLACE_DATE.match(nxt)
            and not nxt.startswith("Aan de ")
        ):
            out.append(f"{text.strip()} {nxt}")
            skip = True
        else:
            out.append(text)
    return out


def masthead(headers: Sequence[Sequence[str]]) -> Sequence[str]:
    """The head lines the edition's fields are read from: the first page's, or, when it holds
    no field (an e-book's cover and colophon before the letter), the first page's that does
    (a print's vergaderjaar, dossier or "Nr. N"; a letter's "Datum" or "Betreft")."""
    for lines in headers:
        if any(
            PRINT_VERGADERJAAR.match(t)
            or PRINT_DOSSIER.match(t)
            or PRINT_NUMBER.match(t)
            or _BARE_DOSSIER.match(t.strip())
            or HEAD_FIELD.match(t)
            for t in lines
        ):
            return lines
    return headers[0] if headers else []


def print_metadata(header: Sequence[str]) -> Metadata:
    """Metadata of a parliamentary print from its page-1 masthead lines, in order."""
    vergaderjaar = dossier = dossier_title = number = kind = place = addressee = None
    date = None
    for text in _joined(header):
        if m := PRINT_VERGADERJAAR.match(text):
            vergaderjaar = re.sub(r"\s*[–-]\s*", "–", m.group(1))
        elif (m := PRINT_NUMBER.match(text)) and number is None:
            number, kind = m.group(1), m.group(2).strip()
        elif (m := PRINT_PLACE_DATE.match(text)) and date is None:
            place, date = m.group(1), parse_dutch_date(m.group(2))
        elif text.startswith("Aan de ") and addressee is None:
            addressee = text[len("Aan ") :]
        elif (m := PRINT_DOSSIER.match(text)) and dossier is None:
            dossier, dossier_title = m.group(1).replace(" ", ""), m.group(2).strip()
    return Metadata(
        layout=Layout.KAMERSTUK,
        date=date,
        addressee=addressee,
        vergaderjaar=vergaderjaar,
        dossier=dossier,
        dossier_title=dossier_title,
        number=number,
        letter_kind=kind,
        place=place,
    )
