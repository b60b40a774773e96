"""Text struck through: deleted, in a draft printed with its tracked changes shown.

A draft released as it stood (under the Open Government Act, say) may show what a reviewer
deleted, struck through, beside what was inserted, underlined: "13,4 miljard euro" struck
and "14,3 miljard euro" inserted after it.  The struck text is no longer the letter's, so
its glyphs are not read (a warning says how many were left out).  A stroke is struck
through a glyph when it crosses the glyph's box well inside it, between _STRIKE_FROM and
_STRIKE_TO of the font size under its top; an underline runs at or under the box's foot,
and a table's rules run between the rows, not through their text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ._pdf import Char
from ._types import BBox

__all__ = ["unstruck"]

# A stroke: at most this thick (points) and at least this long.
_THICK = 1.5
_LONG = 3.0
# Where, under a glyph's top, a stroke strikes it through (in font sizes): LibreOffice's
# strike-through runs at some 0.72, its underline at 1.1.
_STRIKE_FROM = 0.35
_STRIKE_TO = 0.85
# At most this many strokes on a page are looked at.
_MAX_STROKES = 500


def unstruck(chars: Sequence[Char], graphics: Sequence[BBox]) -> tuple[tuple[Char, ...], int]:
    """*chars* without the visible glyphs a stroke strikes through, and how many those were."""
    strokes = sorted(
        ((g.top + g.bottom) / 2, g.x0, g.x1)
        for g in graphics
        if g.bottom - g.top <= _THICK and g.x1 - g.x0 >= _LONG
    )
    if not strokes or len(strokes) > _MAX_STROKES:
        # (a page of that many thin strokes is a drawing or a chart, and the work stays
        # bounded on a page of thousands of shapes)
        return tuple(chars), 0
    heights = [s[0] for s in strokes]
    keep: list[Char] = []
    struck = 0
    for c in chars:
        if not c.text.isspace() and c.upright:
            mid = (c.x0 + c.x1) / 2
            lo = bisect.bisect_left(heights, c.top + _STRIKE_FROM * c.size)
            hi = bisect.bisect_right(heights, c.top + _STRIKE_TO * c.size)
            if any(x0 <= mid <= x1 for _, x0, x1 in strokes[lo:hi]):
                struck += 1
                continue
        keep.append(c)
    return tuple(keep), struck
