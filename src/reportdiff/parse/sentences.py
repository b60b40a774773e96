"""Paragraph text → sentences, with the page each sentence starts on."""

from __future__ import annotations

import re

__all__ = ["BULLETS", "split_sentences"]

# The marks of a bulleted list item, for every reader of lists (a dash is one only in some
# places: each pattern says where).
BULLETS = "•▪◦●‣∙"

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
_NEXT = r"(?=[\"“‘(]?[A-ZÀ-Ý0-9]|[a-z]{1,3}\)\s)"
_BOUNDARY = re.compile(
    r"[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-Ý0-9])"
    # A bulleted item after a semicolon or a full stop ("…; • Mutatie …", "…Texel. • Suriname
    # …"); after a colon the bullets stay with the words that announce them ("Met Zweden: •
    # een MoU …").
    r"|[;.!?]\d{0,2}\s+(?=[" + BULLETS + r"]\s)"
    # A dash after a full stop is no aside but the next item of a dashed list ("…;
    # redeployment afgerond.4 – EUTM Sirocco: …").
    r"|[.!?][\"”’)]*\d{0,3}\s+(?=[–—]\s+[\"“‘(]?[A-ZÀ-Ý])"
    r"|[.!?;:]+[\"”’)]*\s+(?=[a-z]{1,3}\)\s)"
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


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs for *text*; abbreviations and ordinals ("1. Panzerdivision")
    do not end a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()]
        last = before.rsplit(" ", 1)[-1].lstrip("(").lower()
        if last in _SCALES:
            head = text[m.end() : m.end() + 1]
            if head.isdigit() or head == "(" or _currency_follows(text[m.end() :]):
                continue
        elif (
            last in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}", last) or re.fullmatch(r"[a-z]", last)
        ):
            continue
        sentence = text[start : m.end()].strip()
        if sentence:
            out.append((start, sentence))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return out
