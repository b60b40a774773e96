"""Cited parliamentary documents, in every form the letters use.

(Kamerstuk 29521, nr. 420)              29521/420
(Kamerstuk 29 521, nr. 420)             29521/420
(Kamerstuk 35925 X, nr. 17)             35925-X/17   (budget chapter)
(Kamerstuk 21501-28, nr. 217)           21501-28/217 (sub-dossier)
(Kamerstuk 28676, nrs. 356, 371 en 376) three documents
(Kamerstukken 28 676 en 29 521, nr. 264) one number in two dossiers
Kamerstukken 28676 en 34 919, nrs. 775 resp. 803  one number each, in order
Kamerstukken II 2040/41, 28 676, nr. 952 chamber and parliamentary year before the dossier
Kamerstukken II, vergaderjaar 2082–2083, 34 919, nr. 858
Tweede Kamer, vergaderjaar 2021–2022, 33 279, nr. 32   the official citation, the chamber first
Kst. 28 676, nr. 927                    the abbreviation
Kamerstukken II 2040/41, 29521, 990     no "nr." after the chamber and year
Kamerstuk nr. 900 in dossier 28 676     the number first (Kamerstuk 937 uit dossier 29521)
Kamerstukken II, dossiernummer 33279, ondernummer 828   the parts named
Ref: dossier 36702-X, stuk nr. 48; TK 34919 #861        "stuk nr.", "#"
Aldus ook stuk 54 uit Kamerdossier 37052-X             "stuk" first
het Kamerstuk met dossiernummer 34919 en volgnummer 931  both parts named
KST_21501-28_883                        the identifier as a data field
Kamerbrief van 13 juni 2042 (33 279, nr. 877)  dossier and number, no series name
Zie 28676, nrs. 736 en 873              the same, two numbers
Kamerstuk 28676 (nr. 736)               the number in brackets
TK 2040-2041, 35 267-X, 12              the chamber's abbreviation and the year, no "nr."
het commissieverslag 28676, nr. 807     the kind of document instead of the series
nrs. 889 en 891 van dossier 29521       the numbers first, "van/in dossier" or "van Kamerstuk"
dossier 21501-28, volgnummer 765        "volgnummer" for the number
kst-29521-854, kst-21501-28-955         the identifier of officielebekendmakingen.nl
(33279-896), (35624-X-25)               the same without "kst-", where a citation is pointed to
Tweede Kamer, stuk 34919, nr. 886      the chamber and "stuk" before the dossier
stuk 29521 nummer 719                   "stuk" as the series' name
• 33279, stuk 735                       "stuk" for the number, in a list of sources
Kamerdossier 21501-28, onder nr. 884    the dossier named so, "onder" before the number
als 29521, nr. 890; 28676, volgnummer 864  no series name, a five-digit dossier
(Kamerstukken II, 28676, 955)           the number bare, without a year
(TK 33279-954), Kamerstuk 29521/903     the compact form after the series' name
Ka- merstuk 29 521, nr. 420             a word broken at a line end
Kamerdossier 21501-28, doc. 784         "doc." for the number
• 21501-28 (doc. 733)                   the number marked in brackets, in a list of sources
Parl.St. TK 2036-37, nr. 21501-28/963   the slash form after the chamber and year, "nr." first
[TK-stuk 29521, volgnr. 722]            "TK-stuk", "volgnr."
Dutch parliamentary paper 29521, item 722   in English
Tweede Kamer der Staten-Generaal, 2068/69, 29521, nr. 995   the chamber's full name
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.dates import YEAR
from reportdiff.model import Reference
from reportdiff.vocab.errata import CORRECTS

from .context import Sentence
from .sentences import BULLETS

__all__ = ["CITATION", "find_references", "parse_citations"]

_DOSSIER = (
    r"\d{2}\s?\d{3}(?:\s?-\s?[A-Z0-9]+|\s(?:[IVXLC]+|[A-Z])(?![\w-])"
    # a budget chapter written out: "35 687, hoofdstuk X"
    r"|\s*,?\s*(?i:hoofdstuk)\s+(?:[IVXLC]+|[A-Z])(?![\w-]))?"
)
# Compiled with the module, not at the first sentence each process reads.
_DOSSIER_PARTS = re.compile(
    r"(\d{2})\s?(\d{3})(?:\s?-\s?([A-Z0-9]+)|\s([IVXLC]+|[A-Z])"
    r"|\s*,?\s*(?i:hoofdstuk)\s+([IVXLC]+|[A-Z]))?"
)
_DOSSIER_RE = re.compile(_DOSSIER)
# What every form below holds: the dossier's five digits (perhaps split after the second).
_ANY_DOSSIER = re.compile(r"\d{2}\s?\d{3}")
_RESP = re.compile(r"(?i)\bresp")
# The name of the series: "Kamerstuk", "Kamerstukken", "Kst.", "Kst" (or the chamber itself,
# as the official citation has it: "Tweede Kamer, vergaderjaar …"), then the chamber ("II",
# "I") and a parliamentary year ("2040/41", "vergaderjaar 2082–2083"), each optional and each
# perhaps followed by a comma.
_SERIES = (
    # (a footnote's marker may be glued to the name: "2Kamerstuk 21 501-28, nr. 745")
    r"(?:(?:\b|(?<=\d))(?i:kamerstuk(?:ken)?|kamerdossier|kst)\b\.?|\b(?:TK|EK)(?:-(?i:stuk(?:ken)?))?\b"
    r"|\b(?:Tweede|Eerste)\s+Kamer(?:\s+der\s+Staten-Generaal)?\b|\b(?i:stuk)\b(?=\s*\d{2}\s?\d{3})"
    # in English: "Dutch parliamentary paper 29521, item 722", "Parliamentary Papers II"
    r"|\b(?i:(?:dutch\s+)?parliamentary\s+(?:papers?|documents?)))"
    r"(?:\s*,?\s*(?:I{1,2}|Tweede\s+Kamer|Eerste\s+Kamer)(?![\w]))?"
    r"(?:\s*,?\s*(?:(?i:vergaderjaar)\s+)?" + YEAR + r"\s?[/–—-]\s?(?:" + YEAR + r"|\d{2})(?!\d))?"
)
CITATION = re.compile(
    rf"{_SERIES}\s*,?\s*(?:(?i:dossier(?:nummer)?|stuk)\s+)?"
    rf"(?P<dossiers>{_DOSSIER}(?:\s*(?:,|en)\s*{_DOSSIER})*)\s*,?\s*(?:(?i:onder)\s+)?"
    r"(?P<nrs>(?i:(?:stuk\s+)?nrs?\.?|nummers?|volgnummers?|volgnrs?\.|stuknummers?|ondernummers?"
    r"|no\.|doc\.|documents?|items?)|#)\s*"
    r"(?P<numbers>\d+(?:\s*(?:,|en|(?i:resp\.?|respectievelijk))\s*\d+)*)"
)
_NUMBERS = r"\d{1,4}(?:\s*(?:,|en)\s*\d{1,4})*(?![\d,.]\d)"
# Right after a cited number ("nr. 722"): a semicolon there goes on to the next citation.
_AFTER_A_NUMBER = "(?:" + "|".join(rf"(?<=nr\.\s\d{{{n}}})" for n in range(1, 5)) + ")"
# The other orders and shapes of one citation (one dossier, one or more numbers):
# - the number without "nr." where the chamber and the parliamentary year say it is a
#   citation: "Kamerstukken II 2140/41, 29521, 990";
# - the number first: "Kamerstuk nr. 900 in dossier 28 676";
# - the number in brackets: "Kamerstuk 28676 (nr. 736)";
# - dossier and number with no series name, the number marked "nr.", after a bracket or
#   "zie": "Zie 33279, nr. 839", "Kamerbrief van 13 juni 2042 (33 279, nr. 877)", "(29 521,
#   nrs. 930 en 978)".
_YEARED_SERIES = (
    r"(?:\b(?i:kamerstuk(?:ken)?|kst)\b\.?|\b(?:TK|EK)\b)\s*,?\s*"
    r"(?:I{1,2}|Tweede\s+Kamer|Eerste\s+Kamer)?"
    r"\s*,?\s*(?:(?i:vergaderjaar)\s+)?" + YEAR + r"\s?[/–—-]\s?(?:" + YEAR + r"|\d{2})(?!\d)"
)
_OTHER_ORDERS = (
    re.compile(
        rf"{_YEARED_SERIES}\s*,\s*(?P<dossiers>{_DOSSIER})\s*,\s*(?P<numbers>\d{{1,4}})"
        r"(?![\d,.]?\d|\s*(?i:nrs?\b|en\b))"
    ),
    re.compile(
        r"\b(?i:kamerstuk(?:ken)?)\s+(?:(?i:nrs?\.?|nummers?)\s*)?(?P<numbers>\d{1,4})\s+"
        rf"(?i:in|uit|van)\s+(?:(?i:het)\s+)?(?i:dossier)\s+(?P<dossiers>{_DOSSIER})"
    ),
    re.compile(
        r"\b(?i:kamerstuk(?:ken)?)\s+"
        rf"(?P<dossiers>{_DOSSIER})\s*\(\s*(?i:nrs?\.?)\s*(?P<numbers>{_NUMBERS})\s*\)"
    ),
    # The number first, the dossier after it: "(vide nr. 703 van Kamerstuk 34919)", "(nrs. 889
    # en 891 van dossier 29521)", "stuk nr. 973 in dossier 21 501-28".
    re.compile(
        r"\b(?i:nrs?\.?|nummers?|volgnummers?|stuk)\s*(?P<numbers>" + _NUMBERS + r")\s+"
        r"(?i:van|in|uit)\s+(?:(?i:het)\s+)?(?i:kamerstuk(?:ken)?|kamerdossier|dossier)\s+"
        rf"(?P<dossiers>{_DOSSIER})"
    ),
    # Both parts named: "het Kamerstuk met dossiernummer 34919 en volgnummer 931".
    re.compile(
        r"\b(?i:kamerstuk(?:ken)?)\s+(?i:met)\s+(?i:dossiernummer)\s+"
        rf"(?P<dossiers>{_DOSSIER})\s+(?i:en)\s+(?i:(?:volg|onder|stuk)?nummer)\s+"
        rf"(?P<numbers>{_NUMBERS})"
    ),
    # "dossier 21501-28, volgnummer 765"
    re.compile(
        rf"\b(?i:dossier)\s+(?P<dossiers>{_DOSSIER})\s*,\s*(?i:(?:stuk|volg)?nummers?|(?:stuk\s+)?nrs?\.)\s*"
        rf"(?P<numbers>{_NUMBERS})"
    ),
    # The kind of document instead of the series: "het commissieverslag 28676, nr. 807",
    # "de motie 36 410 X, nr. 12".
    re.compile(
        r"\b(?i:(?:commissie)?verslag|(?:kamer)?brief|nota|motie|amendement|"
        r"memorie\s+van\s+(?:toelichting|antwoord))\s+"
        rf"(?P<dossiers>{_DOSSIER})\s*,\s*(?i:nrs?\.)\s*(?P<numbers>{_NUMBERS})"
    ),
    # The series and the dossier, then the number bare, without a year: "(Kamerstukken II,
    # 28676, 955)", "Kst. 29521, 906;".  The number must end the citation (a bracket, a
    # semicolon, a full stop or the end follows), so that "Kamerstuk 28676, 12 pagina's" and a
    # second dossier ("Kamerstukken 28676, 29521") are not read as one.
    re.compile(
        r"(?:\b(?i:kamerstuk(?:ken)?|kst)\b\.?|\b(?:TK|EK)\b)"
        r"(?:\s*,?\s*(?:I{1,2}|Tweede\s+Kamer|Eerste\s+Kamer)(?![\w]))?"
        rf"\s*,?\s*(?P<dossiers>{_DOSSIER})\s*,\s*(?P<numbers>\d{{1,4}})"
        r"(?=\s*[);\]]|\.(?!\d)|\s*$)"
    ),
    # The dossier, then the number marked in brackets, where a citation is pointed to (a list
    # item, after "zie" or "bron"): "• 21501-28 (doc. 733)", "zie 29521 (nr. 12)".
    re.compile(
        r"(?:^|(?<=[;:" + BULLETS + r"])|\b(?i:zie|vgl\.?|cf\.?|cfr\.?|bron:?))\s*"
        rf"(?P<dossiers>{_DOSSIER})\s*\(\s*(?i:nrs?\.?|doc\.|stuk|nummers?|volgnummers?)\s*"
        rf"(?P<numbers>{_NUMBERS})\s*\)"
    ),
    # The dossier, then "stuk" and the number, where a citation is pointed to (a list item, a
    # bracket, after "zie"): "• 33279, stuk 735", "(21501-28, stuk 728)".
    re.compile(
        r"(?:^|(?<=[(;:" + BULLETS + r"])|\b(?i:zie|vgl\.?|cf\.?)(?:\s+(?i:ook))?)\s*"
        rf"(?P<dossiers>{_DOSSIER})\s*,?\s*(?i:stuk)\s+(?P<numbers>{_NUMBERS})"
    ),
    # With no series name, the dossier written as one five-digit number (a sub-dossier or
    # chapter perhaps after it), then "nr." or "volgnummer": "als 29521, nr. 890 gedrukt",
    # "onder 28676, volgnummer 864".  Not after a currency or another figure ("EUR 12500,
    # nr. 4" is none).
    re.compile(
        r"(?<![\d.,€$£]\s)(?<![\d.,€$£])(?<![A-Z]{3}\s)\b"
        r"(?P<dossiers>\d{5}(?:-[A-Z0-9]{1,4}|\s[IVXLC]+(?![\w-]))?)\s*,\s*"
        r"(?:(?i:onder)\s+)?(?i:nrs?\.|volgnummers?)\s*(?P<numbers>" + _NUMBERS + r")"
    ),
    # The same with the word "nummer" in full, the dossier perhaps written with a space:
    # "» 28 676, nummer 869 (Tweede Kamer)".
    re.compile(
        r"(?<![\d.,€$£]\s)(?<![\d.,€$£])(?<![A-Z]{3}\s)"
        rf"\b(?P<dossiers>{_DOSSIER})\s*,\s*(?i:nummers?|volgnummers?)\s+(?P<numbers>{_NUMBERS})"
    ),
    # With no series name, only where a reference is pointed to: after a bracket or "zie",
    # "vgl." (with "ook", "hiervoor", "hierover"): "EUR 12 500, nr. 4" is none.
    # (Also after a semicolon right after a cited number: the next citation of a list, "(28
    # 676, nr. 722; 28 676, nr. 784)".)
    re.compile(
        r"(?:\(|" + _AFTER_A_NUMBER + r";\s*"
        r"|\b(?i:zie|vgl\.?|cf\.?)(?:\s+(?i:ook|hiervoor|hierover|daarover))?\s+)"
        rf"(?P<dossiers>{_DOSSIER})\s*,\s*(?i:nrs?\.)\s*(?P<numbers>{_NUMBERS})"
    ),
)
# The identifier of officielebekendmakingen.nl: "kst-29521-854", "kst-21501-28-955",
# "kst-36247-X-36" (the last part is the number, the rest the dossier).
_KST_ID = re.compile(
    r"(?<![\w-])(?i:kst)-(?P<base>\d{5})(?:-(?P<sub>[A-Z0-9]{1,4}))?-(?P<nr>\d{1,5})\b"
    # the same written with underscores, as a data field: "KST_21501-28_883", "KST_34919_792"
    r"|(?<![\w-])KST_(?P<base_>\d{5})(?:-(?P<sub_>[A-Z0-9]{1,4}))?_(?P<nr_>\d{1,5})(?![\w-])"
)
# The same identifier without "kst-", where a citation is pointed to (in brackets, after
# "Kamerstuk(ken)", "zie", "vgl." or "Bron:"): "(33279-896)", "(35624-X-25)", "Bron:
# Kamerstukken 28676-896".  With two parts the last must have three or four digits: "21501-28"
# is a dossier of its own (a sub-dossier), not document 28, and which one is meant is not said.
_COMPACT_ID = re.compile(
    r"(?:\(|(?:\b(?i:kamerstuk(?:ken)?|zie|vgl|bron|kst)|\bTK|\bEK)\b\.?:?\s*)"
    r"(?P<base>\d{5})-(?:(?P<sub>[A-Z]{1,4}|\d{1,2})-(?P<nr>\d{1,4})|(?P<nr2>\d{3,4}))"
    r"(?![\w-]|[.,]\d)"
)
# The same with a slash before the number, only after the series' name: "Kamerstuk 29521/903",
# "TK 21501-28/780" (a bare "(12345/678)" says nothing of what it is).
# The series may carry its chamber and year, and "nr." may stand before the pair: "Parl.St. TK
# 2036-37, nr. 21501-28/963", as a Belgian writer cites.
_SLASH_ID = re.compile(
    _SERIES + r"\s*,?\s*(?:(?i:nrs?\.?|nummer|no\.)\s*)?"
    r"(?P<base>\d{5})(?:-(?P<sub>[A-Z]{1,4}|\d{1,2}))?/(?P<nr>\d{1,4})(?![\w/-]|[.,]\d)"
)
# A word broken at a line end ("Ka- merstuk", "Kamer-\nstukken"): joined again before citations
# are looked for (only letters on both sides, a lower-case one after the hyphen).
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad]\s+(?=[a-z])")


def _normalise_dossier(text: str) -> str:
    text = text.strip()
    m = _DOSSIER_PARTS.fullmatch(text)
    if not m:
        return text.replace(" ", "")
    base = m.group(1) + m.group(2)
    sub = m.group(3) or m.group(4) or m.group(5)
    return f"{base}-{sub}" if sub else base


def parse_citations(text: str) -> list[tuple[str, str]]:
    """(dossier, number) for every document *text* cites, in order."""
    if not _ANY_DOSSIER.search(text):
        return []  # every form has a dossier number: most sentences are passed over at once
    text = _LINE_BREAK_HYPHEN.sub("", text)
    found: list[tuple[int, str, str]] = []
    for m in CITATION.finditer(text):
        dossiers = [_normalise_dossier(d) for d in _DOSSIER_RE.findall(m.group("dossiers"))]
        numbers = re.findall(r"\d+", m.group("numbers"))
        respectively = _RESP.search(m.group("numbers")) is not None
        if len(dossiers) > 1 and len(numbers) > 1:
            # "Kamerstukken 28676 en 34 919, nrs. 775 resp. 803" pairs them in order; without
            # "respectievelijk" which number belongs to which dossier is not said, and a
            # guessed pair would be a false citation: `check` lists the sentence instead.
            if respectively and len(dossiers) == len(numbers):
                found += [(m.start(), d, n) for d, n in zip(dossiers, numbers, strict=True)]
            continue
        for dossier in dossiers:
            for number in numbers:
                found.append((m.start(), dossier, number))
    taken = [(m.start(), m.end()) for m in CITATION.finditer(text)]
    for pattern in _OTHER_ORDERS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue  # part of a citation already read
            taken.append((m.start(), m.end()))
            dossier = _normalise_dossier(m.group("dossiers"))
            found += [(m.start(), dossier, n) for n in re.findall(r"\d+", m.group("numbers"))]
    for m in _KST_ID.finditer(text):
        base, sub = m.group("base") or m.group("base_"), m.group("sub") or m.group("sub_")
        dossier = f"{base}-{sub}" if sub else base
        found.append((m.start(), dossier, m.group("nr") or m.group("nr_")))
    for m in _SLASH_ID.finditer(text):
        sub = m.group("sub")
        dossier = f"{m.group('base')}-{sub}" if sub else m.group("base")
        taken.append((m.start(), m.end()))
        found.append((m.start(), dossier, m.group("nr")))
    for m in _COMPACT_ID.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sub = m.group("sub")
        dossier = f"{m.group('base')}-{sub}" if sub else m.group("base")
        found.append((m.start(), dossier, m.group("nr") or m.group("nr2")))
    found.sort(key=lambda f: f[0])
    return [(dossier, number) for _, dossier, number in found]


def find_references(sentences: Sequence[Sentence]) -> list[Reference]:
    """Every cited document once, with the first sentence that cites it."""
    seen: dict[str, Reference] = {}
    for sentence in sentences:
        if CORRECTS.search(sentence.text):
            # An erratum cites the wrong number beside the right one ("nr. 933 onjuist
            # vermeld; bedoeld: nr. 915"); the corrected text cites the right one.
            continue
        for dossier, number in parse_citations(sentence.text):
            key = f"{dossier}/{number}"
            if key not in seen:
                seen[key] = Reference(dossier, number, sentence.source())
    return list(seen.values())
