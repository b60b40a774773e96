"""What the two layouts print around the body text: labels, footers and address lines.

This is layout vocabulary, kept as data so that a new edition's furniture is one edit here.
"""

from __future__ import annotations

import re

__all__ = [
    "ADDRESS_LINE",
    "HEAD_FIELD",
    "LETTER_PAGE_LABEL",
    "PRINT_DOSSIER",
    "PRINT_FOOTER",
    "PRINT_NUMBER",
    "PRINT_PAGE_LABEL",
    "PRINT_PLACE_DATE",
    "PRINT_VERGADERJAAR",
    "REFERENCE",
    "RETURN_ADDRESS",
    "SIDEBAR_LABELS",
    "SIDEBAR_PHRASES",
    "SIDEBAR_SENDER",
    "SIDE_FIELD_LABEL",
    "SIGN_OFF",
    "SUBJECT_FIELDS",
    "toc_lines",
]

# Letter (Rijkshuisstijl)
LETTER_PAGE_LABEL = re.compile(r"\bPagina\s+(\d+)\s+van\s+(\d+)\b")
RETURN_ADDRESS = re.compile(r"^>?\s*Retouradres\b")
REFERENCE = re.compile(r"^[A-Z]{2,5}[-/]?\d{6,}$")
# The fields of the letter's head, each on a line of its own: "Datum 25 januari 2022",
# "Betreft Rapportage …" (a long subject wraps onto the lines under it); "Onderwerp" is the
# older letters' name for the subject.
HEAD_FIELD = re.compile(r"^(Datum|Betreft|Onderwerp)\b\s*:?\s*(.*)$")  # "Betreft: …" too
SUBJECT_FIELDS = ("Betreft", "Onderwerp")
# A field's label alone on its line, its value under it, in a column of such fields beside the
# addressee: "Datum", "Onderwerp", "Kenmerk", "Bijlagen", "Directie".
SIDE_FIELD_LABEL = re.compile(
    r"^(?:Datum|Betreft|Onderwerp|(?:(?:Ons|Uw)\s+)?(?:kenmerk|referentie)|Bijlagen?|Bijlage\(n\)"
    r"|Directie|Contactpersoon|Behandeld\s+door|Doorkiesnummer)\s*:?$",
    re.I,
)
SIDEBAR_LABELS = (
    "Onze referentie",
    "Uw referentie",
    "Afschrift aan",
    "Bijlage(n)",
    "Contactpersoon",
)
# The fixed sentence at the foot of the first page's sidebar, as a text extractor splits it.
SIDEBAR_PHRASES = (
    "Bij beantwoording datum, onze referentie en betreft vermelden.",
    "Bij beantwoording datum,",
    "onze referentie en betreft",
    "vermelden.",
)
SIDEBAR_SENDER = ("Ministerie van Defensie",)
# Street + number, "Postbus N", a Dutch postcode + place, an internal mail code, a web address.
ADDRESS_LINE = re.compile(
    r"^(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\s+\S.*|MPC\s+\w+(?:\s+\w)?|www\.\S+|"
    r"[A-Z][a-zé]+(?:straat|weg|plein|laan|gracht|kade|hof|markt)?\s+\d+[a-zA-Z]?)$"
)

# Parliamentary print (Kamerstuk)
PRINT_VERGADERJAAR = re.compile(r"^Vergaderjaar\s+(\d{4}\s*[–-]\s*\d{4})")
PRINT_DOSSIER = re.compile(r"^(\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\s+([A-Z].+)$")
PRINT_NUMBER = re.compile(r"^Nr\.\s*(\d+)\s+(.+)$")
PRINT_PLACE_DATE = re.compile(r"^(Den Haag|'s-Gravenhage|’s-Gravenhage),\s+(.+\d{4})\s*$")
PRINT_FOOTER = re.compile(
    r"^(?:kst-\d+-\d+|ISSN\s+\d{4}\s*-\s*\d{4}|['’]s-Gravenhage\s+\d{4}|"
    r"Tweede Kamer, vergaderjaar\s.*)"
)
PRINT_PAGE_LABEL = re.compile(
    r"Tweede Kamer, vergaderjaar\s+\d{4}\s*[–-]\s*\d{4},\s*[\d ]+(?:-[A-Z0-9]+)?,"
    r"\s*nr\.\s*\d+\s+(\d+)\s*$"
)

# The closing lines of a letter: not a sentence, so no "ends mid-sentence" warning for them.
SIGN_OFF = re.compile(
    r"^(?:Hoogachtend,?|De (?:Minister|Staatssecretaris|minister|staatssecretaris) van Defensie,?"
    r"(?:\s.*)?)$"
)

# A table of contents: its heading, and its entries, a title run out to its page number by
# leader dots ("Strategische partners ........ 2").  Navigation, not text: its titles would
# read as statements about the partners ("Aanleiding … 2 Strategische partners … 2 België").
TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$|…{2,}\s*\d{1,3}\s*$")
TOC_HEADING = re.compile(r"^(?:Inhoud|Inhoudsopgave|Inhoudstafel)\s*$")


def toc_lines(texts: list[str]) -> set[int]:
    """The indexes of *texts* (a document's body lines, in order) that are a table of
    contents: each entry, and the heading right above the first of them."""
    out = {i for i, t in enumerate(texts) if TOC_ENTRY.search(t)}
    out |= {i - 1 for i in out if i > 0 and TOC_HEADING.match(texts[i - 1])}
    return out
