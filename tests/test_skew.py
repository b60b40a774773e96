"""Tests for reportdiff.extract._skew: the text layer of a page scanned askew is straightened
before its glyphs are grouped into lines, and nothing else is touched."""

from __future__ import annotations

import math

import pytest

from reportdiff.extract import read_page
from reportdiff.extract._lines import cluster_lines
from reportdiff.extract._pdf import Char, RawPage
from reportdiff.extract._skew import deskew, page_slope

WIDTH = 595.0
SIZE = 9.0
ADVANCE = 5.0  # the width of one glyph


def _line(words: list[str], x: float, baseline: float, slope: float, *, turned: bool) -> list[Char]:
    """One line of an OCR layer, as tesseract writes it: each word on the baseline it found
    for it (*turned*: each glyph on the line's own slope), a space between words."""
    out: list[Char] = []
    for word in words:
        for i, ch in enumerate(word):
            at = x + i * ADVANCE
            bottom = baseline + slope * ((at if turned else x) - 60)
            out.append(Char(ch, at, at + ADVANCE, bottom - SIZE, bottom, SIZE, "GlyphLessFont"))
        x += len(word) * ADVANCE
        bottom = baseline + slope * (x - 60)
        out.append(Char(" ", x, x + ADVANCE, bottom - SIZE, bottom, SIZE, "GlyphLessFont"))
        x += ADVANCE
    return out


LINES = [
    ["Betreft", "Rapportage", "internationale", "militaire", "samenwerking"],
    ["Hieronder", "volgt", "hoever", "de", "banden", "met", "buitenlandse", "krijgsmachten"],
    ["reikten", "in", "het", "afgelopen", "jaar", "en", "wat", "daarvan", "vaststaat"],
]


def _page(slope: float, *, turned: bool = False) -> list[Char]:
    chars: list[Char] = []
    for n, words in enumerate(LINES):
        chars += _line(words, 60.0, 200.0 + 12.0 * n, slope, turned=turned)
    return chars


def _texts(chars: list[Char]) -> list[str]:
    return ["".join(c.text for c in line).strip() for line in cluster_lines(chars)]


@pytest.mark.parametrize("turned", [False, True], ids=["word-baselines", "turned-lines"])
@pytest.mark.parametrize("degrees", [0.5, -0.5, 1.5])
def test_a_page_scanned_askew_reads_line_by_line(degrees: float, turned: bool) -> None:
    slope = -math.tan(math.radians(degrees))  # top-based: a climbing line's bottoms fall
    chars = _page(slope, turned=turned)
    assert page_slope(chars) == pytest.approx(slope, rel=0.05)
    assert _texts(deskew(chars, WIDTH)) == [" ".join(words) for words in LINES]


def test_askew_lines_are_cut_apart_without_it() -> None:
    # What the scanned letter gave before: its lines cut in pieces, out of order.
    chars = _page(-math.tan(math.radians(1.5)))
    assert len(_texts(chars)) > len(LINES)


def test_a_straight_page_is_left_as_it_is() -> None:
    chars = _page(0.0)
    assert page_slope(chars) == 0.0
    assert deskew(chars, WIDTH) == chars


def test_a_page_turned_too_far_is_not_guessed_at() -> None:
    chars = _page(-math.tan(math.radians(8)))
    assert page_slope(chars) == 0.0
    assert deskew(chars, WIDTH) == chars


def test_words_that_do_not_agree_give_no_slope() -> None:
    # Half the lines climb, half fall: no one slope is the page's.
    chars = _line(LINES[0], 60.0, 200.0, 0.01, turned=False) + _line(
        LINES[1], 60.0, 220.0, -0.01, turned=False
    )
    assert page_slope(chars) == 0.0


def test_too_few_words_give_no_slope() -> None:
    chars = _line(["Datum", "25", "december"], 60.0, 200.0, -0.01, turned=False)
    assert page_slope(chars) == 0.0


def test_only_an_ocr_layer_is_straightened() -> None:
    # The same glyphs drawn visibly (a PDF typeset askew on purpose) are read as drawn; under
    # a scan's image (render mode 3) they are straightened.
    chars = tuple(_page(-math.tan(math.radians(1.5))))
    visible = read_page(RawPage(1, WIDTH, 842.0, chars, ()))
    hidden = read_page(RawPage(1, WIDTH, 842.0, chars, (), invisible=len(chars)))
    assert [ln.text for ln in hidden.lines] == [" ".join(words) for words in LINES]
    assert len(visible.lines) > len(LINES)
