"""Text struck through is deleted text: a draft printed with its tracked changes shown."""

from __future__ import annotations

from reportdiff.extract._pdf import Char
from reportdiff.extract._struck import unstruck
from reportdiff.extract._types import BBox

SIZE = 9.5


def _chars(x: float, top: float, text: str) -> list[Char]:
    w = SIZE * 0.5
    return [
        Char(ch, x + i * w, x + (i + 1) * w, top, top + SIZE, SIZE, "LiberationSans")
        for i, ch in enumerate(text)
    ]


def test_a_stroke_through_the_glyphs_strikes_them_and_an_underline_does_not() -> None:
    """LibreOffice's strike-through runs at some 0.72 of the font size under the glyphs' top,
    its underline at 1.1: "13,4 miljard euro" struck, "14,3 miljard euro" inserted."""
    deleted = _chars(100.0, 428.0, "13,4 miljard euro")
    inserted = _chars(100.0 + 18 * SIZE * 0.5, 428.0, "14,3 miljard euro")
    strike = BBox(100.0, 428.0 + 0.72 * SIZE, 100.0 + 17 * SIZE * 0.5, 428.0 + 0.72 * SIZE)
    under = BBox(inserted[0].x0, 428.0 + 1.1 * SIZE, inserted[-1].x1, 428.0 + 1.1 * SIZE)
    kept, struck = unstruck(deleted + inserted, (strike, under))
    assert "".join(c.text for c in kept).strip() == "14,3 miljard euro"
    assert struck == len("13,4miljardeuro")


def test_rules_and_boxes_strike_nothing() -> None:
    """A table's rule between rows, a box's frame and a thick bar strike no glyph through."""
    row = _chars(100.0, 200.0, "België 2021 € 8,1 mld")
    rule_above = BBox(90.0, 199.0, 300.0, 199.0)
    rule_below = BBox(90.0, 200.0 + SIZE + 1, 300.0, 200.0 + SIZE + 1)
    box = BBox(90.0, 190.0, 300.0, 220.0)
    kept, struck = unstruck(row, (rule_above, rule_below, box))
    assert struck == 0
    assert kept == tuple(row)


def test_a_page_of_many_strokes_is_a_drawing() -> None:
    """Beyond 500 thin strokes a page is a drawing or a chart: nothing is struck, and the
    work stays bounded."""
    row = _chars(100.0, 200.0, "België 2021")
    strokes = tuple(
        BBox(90.0 + i * 0.01, 200.0 + 0.72 * SIZE, 300.0, 200.0 + 0.72 * SIZE) for i in range(501)
    )
    assert unstruck(row, strokes) == (tuple(row), 0)
