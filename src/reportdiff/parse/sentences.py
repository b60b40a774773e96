"""Paragraph text → sentences, with the page each sentence starts on."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

__all__ = [
    "BULLETS",
    "RECORD_KEY",
    "RUN_IN_LIST",
    "plain_emphasis",
    "split_fields",
    "split_sentences",
]

# Compiled with the module, not at the first sentence each process reads.
_ORDINAL = re.compile(r"\d{1,2}")
_LETTER = re.compile(r"[a-z]")

# The marks of a bulleted list item, for every reader of lists (a dash is one only in some
# places: each pattern says where).
BULLETS = "•▪◦●‣∙■□◆◇►▶▸"
# A paragraph that opens with a hyphen or an asterisk as a list mark (markdown, a plain-text
# e-mail): its other items are opened by the same mark, run on in one line ("- **België**
# (strategisch) - **Duitsland** …"); group 1 is the mark.
RUN_IN_LIST = re.compile(r"\s*([-*])\s+(?=\S)")

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    {
        "nr",
        "nrs",
        "o.a",
        "bijv",
        "ca",
        "resp",
        "mr",
        "dr",
        "drs",
        "ir",
        "prof",
        "e.d",
        "i.v.m",
        "m.b.t",
        "t.a.v",
        "o.m",
        "z.g",
        "vs",
        "incl",
        "excl",
        "etc",
        "blz",
        "art",
        "lt",
        "kol",
        "gen",
        "adm",
        "min",
        "mln",
        "mld",
        "mrd",
        "st",
        "zgn",
        "dhr",
        "mw",
        "i.c",
        "n.a.v",
        # citations and references inside a sentence ("Zie Kst. 28 676, nr. 927."); not
        # "jl." or "e.a.", which often end one ("op 7-8 december jl. De ministeriële ...")
        "kst",
        "doc",
        # the treaty series: "gesloten in 2069 (Trb. 2069, 77), verbindt Nederland met …"
        "trb",
        "bijl",
        "hfst",
        "vgl",
        "d.d",
        "m.i.v",
        "i.p.v",
        "o.b.v",
        "t.b.v",
        "t.o.v",
        "m.u.v",
        # the budget or fiscal year: "Defensiebudget bgj. 1904-05: 11,5 mrd EUR"
        "bgj",
        "bj",
    }
)
# A sentence ends at a full stop (or ! ?) before a capital or a digit, a bulleted item ends
# where the next bullet begins, and an item of an enumeration ends where the next item's
# marker begins ("…, nr. 11). b) Het gezamenlijk …", "…; c) met Noorwegen …"): each item is
# read on its own, so that the parties, years and amounts of one item are never taken for
# another's.
# A footnote mark glued to the full stop ("samen.3 De …", "tot ultimo 2127.2 b) …") ends a
# sentence too: after a word or a bracket, or after a year (Dutch writes decimals with a
# comma, so "2127.2" followed by a new sentence is a year and its footnote).
# (A sentence may open on an amount's sign: "… onder één commando. €10,7 miljard: zoveel …".)
_NEXT = r"(?=[\"“‘(]?[A-ZÀ-Ý0-9€$£]|[a-z]{1,3}\)\s)"
_BOUNDARY = re.compile(
    # (a reference marker may follow the full stop: "… en Luxemburg.[4] Rusland …")
    r"[.!?]+[\"”’)]*(?:\[\d{1,3}\])*\s+(?=[\"“‘(]?[A-ZÀ-Ý0-9€$£])"
    # A note's mark set apart after a full stop opens the next note: "… EUR 755 mln. [3] Het
    # Franse defensiebudget …", "[1] Kamerstuk …, nr. 914. [2] Kamerstukken …".
    r"|[.!?]+[\"”’)]*\s+(?=\[\d{1,3}\]\s+[\"“‘(]?[A-ZÀ-Ý0-9])"
    # A bulleted item after a semicolon or a full stop ("…; • Mutatie …", "…Texel. • Suriname
    # …"); after a colon the bullets stay with the words that announce them ("Met Zweden: •
    # een MoU …").
    r"|[;.!?]\d{0,2}\s+(?=[" + BULLETS + r"]\s)"
    # A dash after a full stop is no aside but the next item of a dashed list ("…;
    # redeployment afgerond.4 – EUTM Sirocco: …").
    r"|[.!?][\"”’)]*\d{0,3}\s+(?=[–—]\s+[\"“‘(]?[A-ZÀ-Ý])"
    r"|[.!?;:]+[\"”’)]*\s+(?=[a-z]{1,3}\)\s)"
    # The next item of a lettered list after a full stop or a semicolon ("… Koninkrijk. b.
    # Omtrent het …").
    r"|[.!?;]+[\"”’)]*\d{0,3}\s+(?=[a-z]\.\s+[\"“‘(]?[A-ZÀ-Ý])"
    rf"|(?<=[A-Za-zà-ÿ)\]])[.!?]\d{{1,3}}\s+{_NEXT}"
    rf"|(?<=(?<![\d.,])(?:19|20|21)\d\d)\.\d{{1,2}}\s+{_NEXT}"
)


# Scale abbreviations: an amount's currency may follow them ("4,8 mld. EUR"), a number (the
# next cell of a table row: "EUR 53,9 mrd. 1,6 Verenigd Koninkrijk …") or a bracket ("mrd.
# (2,7 procent bbp)"), and then the sentence goes on; a capitalised word that is no currency
# ("€ 9 090 mln. Het …") begins a new one.
_SCALES = frozenset({"mln", "mld", "mrd"})


def _currency_follows(after: str) -> bool:
    """Whether *after* (the text after a scale abbreviation's full stop) begins with a
    currency, as the amount's own."""
    from reportdiff.vocab.currencies import CURRENCY_BEFORE

    from .numbers import find_money

    head = after.split(None, 1)[0] if after.strip() else ""
    if head.rstrip(".,;:)") in CURRENCY_BEFORE:
        return True  # a code or sign written after the scale: "9 mld. US$"
    probe = "1 mld. "
    found = find_money(probe + after[:40], candidates=True)
    return bool(found) and found[0].start == 0 and found[0].end > len(probe)


# Accents that only stress a word ("dat is géén partner", "níet strategisch", "wél partij"):
# taken off before a word is looked for, the length kept so that offsets still hold.
_EMPHASIS = re.compile(r"\b(?:g[eéë]{2}n|n[iíì]et|w[eéè]l)\b", re.IGNORECASE)
_UNSTRESSED = str.maketrans("éëèíìÉËÈÍÌ", "eeeiiEEEII")


def plain_emphasis(text: str) -> str:
    """*text* with the accents that stress "geen", "niet" and "wel" taken off (same length)."""
    if not any(ch in text for ch in "éëèíìÉËÈÍÌ"):
        return text
    return _EMPHASIS.sub(lambda m: m.group(0).translate(_UNSTRESSED), text)


# A dashed or bulleted item that opens on a label: "– Afspraak: DoI …".
_LABELLED_ITEM = re.compile(r"(?P<mark>[–—•▪-])\s+(?P<label>[A-ZÀ-Ý][\w-]{1,20}):\s")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs for *text*; abbreviations and ordinals ("1. Panzerdivision")
    do not end a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    item = _LABELLED_ITEM.match(text)
    if item is not None:
        # A paragraph of dashed or bulleted items that each open on the same label ("– Afspraak:
        # DoI … – Afspraak: MoU …"), run together: each item is a sentence of its own.
        mark, label = (re.escape(item.group(g)) for g in ("mark", "label"))
        again = re.compile(rf"\s(?={mark}\s+{label}:)")
        cuts = [m.end() for m in again.finditer(text)]
        if cuts:
            pieces = [0, *cuts, len(text)]
            for a, b in itertools.pairwise(pieces):
                out += [(a + offset, sentence) for offset, sentence in split_sentences(text[a:b])]
            return out
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()]
        last = before.rsplit(" ", 1)[-1].lstrip("(").lower()
        if last in _SCALES:
            head = text[m.end() : m.end() + 1]
            if head.isdigit() or head == "(" or _currency_follows(text[m.end() :]):
                continue
        elif last in _ABBREVIATIONS or _ORDINAL.fullmatch(last) or _LETTER.fullmatch(last):
            continue
        sentence = text[start : m.end()].strip()
        if sentence:
            out.append((start, sentence))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return out


# A field's label in a record set as "Label: value" lines that extraction joined into one
# paragraph ("Land: Duitsland Status: strategisch partner Begroting (2099): 9,65 miljard euro
# · 1,3% bbp Aanspreekpunt: …"): a capitalised word, up to three more that are not
# capitalised ("Verschil met 2098", "Begroting (2099)", "Apart fonds"), then the colon.
# A chronicle's entries are fields too, each labelled with its date ("maart 2099: …").
_MONTH = (
    r"(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)"
)
_FIELD_LABEL = re.compile(
    r"(?:(?<=^)|(?<=\s))(?P<label>[A-ZÀ-Ý][\w'’-]*(?:\s+(?!"
    + _MONTH
    + r"\b)[a-zà-ÿ0-9(][\w()/'’.–-]*){0,3}"
    r"|(?:\d{1,2}\s+)?" + _MONTH + r"\s+(?:19|20|21)\d{2})\s?:(?=\s|$)"
)
# At least this many labels, the first at the start, make a paragraph a record's fields.
_MIN_FIELDS = 3


# The label of a record's country field: "Land: Duitsland", "Partner: Frankrijk".
RECORD_KEY = re.compile(r"(?i:land|partner(?:land)?|staat|lidstaat|country|bondgenoot)")
# The key of an agreement's card: "Verdrag: Verdrag van Bornholm Partijen: … Geldig vanaf: …".
_CARD_KEY = re.compile(r"(?i:verdrag|overeenkomst|akkoord|agreement|treaty)")
_ACRONYM_LABEL = re.compile(r"[A-Za-z]?[A-Z][A-Za-z0-9-]{1,9}(?<=[A-Z0-9])")
_DATE_LABEL = re.compile(r"(?:\d{1,2}\s+)?" + _MONTH + r"\s+(?:19|20|21)\d{2}")


def split_fields(text: str, *, running: bool = False) -> list[tuple[int, str, str]] | None:
    """(offset, label, field text) for every field of *text* when it is a run of "Label:
    value" fields, else None: it starts with a label, has at least three, and is a record (a
    country field among them) or a chronicle (every label a date).  A field's text is its
    label, the colon and its value, as written.

    A record's fields may stand one or two to a paragraph, set apart by space: with *running*
    (the paragraph comes right after a record's fields), any paragraph that starts with a
    label goes on with the record, and one that starts with the country's field ("Land:
    België") starts a record, however few its fields.

    Prose with a colon or two ("Budget Franse krijgsmacht (2083): …") is no record: its
    sentences are split as sentences, never at what only looks like a label."""
    labels = list(_FIELD_LABEL.finditer(text))
    lead = len(text) - len(text.lstrip())
    if not labels or labels[0].start() != lead:
        return None
    names = [m.group("label") for m in labels]
    if len(labels) < _MIN_FIELDS:
        if not (running or RECORD_KEY.fullmatch(names[0])):
            return None
        return _fields(text, labels)
    record = any(RECORD_KEY.fullmatch(n) or _CARD_KEY.fullmatch(n) for n in names)
    dates = [m for m in labels if _DATE_LABEL.fullmatch(m.group("label"))]
    # A chronicle is cut at its dates only: "september 2099: eFP Litouwen (Litouwen): …" is
    # one entry.
    chronicle = (
        len(dates) >= _MIN_FIELDS and labels[0] is dates[0] and 2 * len(dates) >= len(labels)
    )
    # A list of abbreviations: "AVO: Arctisch Veiligheidsoverleg BDF: Baltisch …", cut at
    # its abbreviations only.
    acronyms = [m for m in labels if _ACRONYM_LABEL.fullmatch(m.group("label"))]
    glossary = (
        len(acronyms) >= _MIN_FIELDS
        and labels[0] is acronyms[0]
        and 2 * len(acronyms) >= len(labels)
    )
    if chronicle and not record:
        labels = dates
    elif glossary and not record:
        labels = acronyms
    elif not record:
        return None
    return _fields(text, labels)


def _fields(text: str, labels: Sequence[re.Match[str]]) -> list[tuple[int, str, str]]:
    out = []
    for m, nxt in zip(labels, [*labels[1:], None], strict=True):
        end = nxt.start() if nxt is not None else len(text)
        field = text[m.start() : end].strip()
        if field:
            out.append((m.start(), m.group("label"), field))
    return out
