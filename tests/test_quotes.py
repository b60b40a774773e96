"""An e-mail's quote marks ("> ") before the lines a reply quotes are taken out."""

from __future__ import annotations

import itertools
from operator import attrgetter

from reportdiff.extract._lines import segments
from reportdiff.extract._pdf import Char
from reportdiff.extract._quotes import without_quote_marks

SIZE = 10.0
GLYPH = 6.0  # a monospaced font's advance


def _chars(x: float, bottom: float, text: str) -> list[Char]:
    return [
        Char(ch, x + i * GLYPH, x + (i + 1) * GLYPH, bottom - SIZE, bottom, SIZE, "NotoSansMono")
        for i, ch in enumerate(text)
    ]


def _page(lines: list[str]) -> list[Char]:
    return [c for i, text in enumerate(lines) for c in _chars(50.0, 100.0 + 12 * i, text)]


def _texts(chars: list[Char]) -> list[str]:
    return [
        " | ".join(s.text for s in group)
        for _, group in itertools.groupby(segments(chars), key=attrgetter("line"))
    ]


QUOTED = [
    "zaterdag 13 februari 2123 11:40, afzender Bureau Wetgeving:",
    "",
    "> Strategische partnerlanden",
    "> ==========================",
    ">",
    "> Kerngroep 2122: België, Duitsland en Frankrijk.",
    ">   - België: maritiem zwaartepunt.",
    "> >   - Duitsland: stafoverleg (jaarlijks).",
    ">       * Opgave Duitsland, periode 2122: 89,7 miljard euro.",
]


def test_the_marks_of_a_quoted_text_are_taken_out() -> None:
    chars = list(without_quote_marks(_page(QUOTED)))
    assert _texts(chars) == [
        "zaterdag 13 februari 2123 11:40, afzender Bureau Wetgeving:",
        "Strategische partnerlanden",
        "==========================",
        "Kerngroep 2122: België, Duitsland en Frankrijk.",
        "- België: maritiem zwaartepunt.",
        "- Duitsland: stafoverleg (jaarlijks).",
        "* Opgave Duitsland, periode 2122: 89,7 miljard euro.",
    ]
    # What follows a mark keeps its place: a list's indent is still read.
    item = next(c for c in chars if c.text == "*")
    assert item.x0 == 50.0 + 8 * GLYPH


def test_a_few_comparisons_are_no_quoting() -> None:
    """ "> 2 %" in a handful of rows, or ">2" glued to its number, is no reply's quote."""
    rows = [f"Land {i}: uitgaven > 2 % van het bbp" for i in range(8)]
    page = _page([*rows, *[f"regel {i} van de tekst" for i in range(30)]])
    assert without_quote_marks(page) is page
    glued = _page([f">{i} procent" for i in range(8)])
    assert without_quote_marks(glued) is glued


def test_marks_not_in_one_column_stay() -> None:
    """Quote marks at the start of lines that start at different places are no column."""
    page = [
        c
        for i in range(8)
        for c in _chars(50.0 + 40 * (i % 4), 100.0 + 12 * i, f"> regel {i} van de tekst")
    ]
    assert len(without_quote_marks(page)) == len(page)
