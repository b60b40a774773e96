"""A sheet that holds two pages side by side: "printed two to a sheet" (pdfjam's 2-up, a print
dialog's "2 pages per sheet").

Each half is a page of its own, scaled down: its own head, foot, page label and footnotes.
Read as one page, the right-hand page is taken for a letter's sidebar (and not read), or the
halves for two columns, so that the left page's footnotes come in the middle of the text and
a note's figure takes the country named before it.  Each half is therefore measured and read
as the page it is; ``assemble_pdf`` numbers the pages as printed.

A landscape sheet is split where no glyph stands in a band around its middle, when each half
with text reads as a page of the letter or the print (its layout is recognised: page labels,
the sidebar, the print's head or foot).  A landscape page of two columns has no such halves,
nor does a slide.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._lines import segments
from ._pdf import Char, RawPage
from ._regions import measure
from ._types import BBox, Layout

__all__ = ["sheet_halves"]

# A sheet is landscape: this much wider than tall.
_LANDSCAPE = 1.15
# The gutter is looked for in this middle share of the sheet's width, and is at least this
# wide (points).
_MIDDLE = (0.35, 0.65)
_GUTTER = 12.0
# A sheet with fewer visible glyphs holds no pages worth splitting.
_MIN_GLYPHS = 100


def _gutter(chars: Sequence[Char], width: float) -> tuple[float, float] | None:
    """The widest band in the sheet's middle that no glyph overlaps, nearest the middle."""
    lo, hi = width * _MIDDLE[0], width * _MIDDLE[1]
    spans = sorted((c.x0, c.x1) for c in chars if c.x1 > lo and c.x0 < hi)
    gaps: list[tuple[float, float]] = []
    edge = lo
    for x0, x1 in spans:
        if x0 > edge:
            gaps.append((edge, x0))
        edge = max(edge, x1)
    if edge < hi:
        gaps.append((edge, hi))
    wide = [g for g in gaps if g[1] - g[0] >= _GUTTER]
    if not wide:
        return None
    middle = width / 2
    return min(wide, key=lambda g: abs((g[0] + g[1]) / 2 - middle))


# The sheet's own title and foot stand in this share of its height at its top or bottom.
_EDGE = 0.12


def _sheet_furniture(visible: Sequence[Char], raw: RawPage) -> set[float]:
    """The tops of the lines at the sheet's top and bottom edges that run over the gutter
    the rest of the sheet has; empty when it has none."""
    edge = raw.height * _EDGE

    def at_edge(c: Char) -> bool:
        return c.bottom < edge or c.top > raw.height - edge

    gutter = _gutter([c for c in visible if not at_edge(c)], raw.width)
    if gutter is None:
        return set()
    over = {c.top for c in visible if at_edge(c) and c.x1 > gutter[0] and c.x0 < gutter[1]}
    # Every glyph on those lines, not only those over the gutter.
    return {c.top for c in visible if any(abs(c.top - t) < 0.5 for t in over)}


# A page's frame is a shape this large a share of the half's width and of its height.
_FRAME = 0.8


def _framed(half: RawPage) -> bool:
    """Whether a shape frames the half: as wide and tall as most of it."""
    return any(
        g.x1 - g.x0 >= half.width * _FRAME and g.bottom - g.top >= half.height * _FRAME
        for g in half.graphics
    )


def _half(raw: RawPage, chars: list[Char], graphics: list[BBox], x0: float, x1: float) -> RawPage:
    """The part of *raw* between *x0* and *x1*, moved to start at 0, as a page of its own."""
    moved = [
        Char(c.text, c.x0 - x0, c.x1 - x0, c.top, c.bottom, c.size, c.fontname, c.upright)
        for c in chars
    ]
    shapes = [BBox(g.x0 - x0, g.top, g.x1 - x0, g.bottom) for g in graphics]
    return RawPage(raw.number, x1 - x0, raw.height, tuple(moved), tuple(shapes))


def sheet_halves(raw: RawPage, chars: Sequence[Char]) -> tuple[RawPage, RawPage] | None:
    """The two pages a landscape sheet holds side by side, each as a page of its own (the
    right one possibly blank: the last sheet of an odd count); None for any other page.
    *chars* are the sheet's glyphs as read (struck and oversized ones left out)."""
    if raw.width < raw.height * _LANDSCAPE:
        return None
    visible = [c for c in chars if not c.text.isspace()]
    if len(visible) < _MIN_GLYPHS:
        return None
    gutter = _gutter(visible, raw.width)
    furniture: set[float] = set()
    if gutter is None:
        # A print job's own title and foot across the whole sheet (a2ps's, enscript's):
        # lines at its top or bottom edge that run over the middle.  The pages are looked
        # for below and above them, and the lines are no page's.
        furniture = _sheet_furniture(visible, raw)
        if not furniture:
            return None
        gutter = _gutter([c for c in visible if c.top not in furniture], raw.width)
        if gutter is None:
            return None
        chars = [c for c in chars if c.top not in furniture]
    cut = (gutter[0] + gutter[1]) / 2
    left = [c for c in chars if (c.x0 + c.x1) / 2 < cut]
    right = [c for c in chars if (c.x0 + c.x1) / 2 >= cut]
    halves = (
        _half(raw, left, [g for g in raw.graphics if (g.x0 + g.x1) / 2 < cut], 0.0, cut),
        _half(raw, right, [g for g in raw.graphics if (g.x0 + g.x1) / 2 >= cut], cut, raw.width),
    )
    # A print job that frames each page it sets on the sheet (a2ps) says where they are.
    framed = all(_framed(half) for half in halves)
    for half in halves:
        if not any(not c.text.isspace() for c in half.chars):
            continue  # a blank half: the sheet's second page is not there
        if not framed and measure(half, segments(half.chars)).layout is Layout.UNKNOWN:
            return None  # a half that is no page of the letter or the print
    if not any(not c.text.isspace() for c in halves[0].chars):
        return None
    return halves
