"""Straighten the text layer of a page scanned askew.

OCR lays its text over the page image where the words lie on the scan: a sheet fed half a
degree askew gives lines whose baselines climb 4 pt across the page.  Grouping glyphs by
baseline then cuts one line in two, or joins the end of one to the start of the next (a
letter's subject read as "Betreft Rapportage" under "internationale militaire samenwerking").

The slope is measured from the page's own words: OCR writes a line word by word, each word
on the baseline it found for it (or the whole line turned by the angle), so two words drawn
one after the other on one line give the slope between them.  The median of those slopes is
the page's.  The glyphs are then sheared back (each word's height corrected by slope × its
distance from the middle of the page), which for angles this small is the rotation to within
a hundredth of a point.  Only a slope that most of the words agree on is corrected; a page
turned further than a few degrees is left as it is, not guessed at.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence

from ._pdf import Char

__all__ = ["deskew", "page_slope"]

# Below this slope (0.1°) the baselines drift less than a point across a column: nothing to
# straighten.  Above _STEEPEST (about 3°) the page is turned, not askew, and is left alone.
_FLATTEST = 0.0017
_STEEPEST = 0.05
# Too few words to measure a slope from (a page of headings only, a nearly empty page).
_MIN_SAMPLES = 8
# This share of the measured slopes must lean the way the median does.
_AGREEMENT = 0.75
# Glyphs this many sizes apart or nearer are of one line (OCR spaces a justified line's words
# widely, and sets its glyphs in a font of its own whose widths say little).
_WORD_GAP = 4


class _Run:
    """Glyphs drawn one after the other on one baseline in one size, near each other: a
    word, the words of a line OCR wrote straight, or one glyph of a line it wrote turned.
    Two runs drawn one after the other are thus on different baselines, or far apart."""

    __slots__ = ("bottom", "chars", "size", "x0", "x1")

    def __init__(self, c: Char) -> None:
        self.chars = [c]
        self.x0, self.x1, self.bottom, self.size = c.x0, c.x1, c.bottom, c.size


def _runs(chars: Sequence[Char]) -> list[_Run]:
    runs: list[_Run] = []
    run: _Run | None = None
    for c in chars:
        if c.text.isspace():
            continue
        if (
            run is not None
            and abs(c.bottom - run.bottom) < 0.01
            and abs(c.size - run.size) < 0.01
            and -0.1 * run.size <= c.x0 - run.x1 <= _WORD_GAP * run.size
        ):
            run.chars.append(c)
            run.x1 = c.x1
            continue
        run = _Run(c)
        runs.append(run)
    return runs


def _slopes(runs: Sequence[_Run]) -> list[float]:
    """The slope between each two runs drawn one after the other on one line: the next to
    the right, at most a few sizes away, its baseline within a third of the size."""
    out = []
    for a, b in itertools.pairwise(runs):
        size = a.size
        if size <= 0 or abs(b.size - size) > 0.1 * size:
            continue
        gap = b.x0 - a.x1
        # From start to start: OCR puts a word's baseline where the word begins.
        dx = b.x0 - a.x0
        if gap < -0.1 * size or gap > _WORD_GAP * size or dx < 0.5 * size:
            continue
        dy = b.bottom - a.bottom
        if abs(dy) > size / 3:
            continue
        out.append(dy / dx)
    return out


def page_slope(chars: Sequence[Char]) -> float:
    """How far the page's baselines drop per point to the right (top-based coordinates:
    negative when the lines climb), or 0.0 when the page lies straight, is turned too far,
    or its words do not agree."""
    slopes = _slopes(_runs(chars))
    if len(slopes) < _MIN_SAMPLES:
        return 0.0
    slope = statistics.median(slopes)
    if not _FLATTEST <= abs(slope) <= _STEEPEST:
        return 0.0
    leaning = sum(1 for s in slopes if s * slope > 0)
    if leaning < _AGREEMENT * len(slopes):
        return 0.0
    return slope


def deskew(chars: Sequence[Char], width: float) -> list[Char]:
    """*chars* with the page's slope taken out of their heights (the same glyphs when the
    page lies straight), in the same order."""
    slope = page_slope(chars)
    if not slope:
        return list(chars)
    middle = width / 2
    shift: dict[int, float] = {}
    for run in _runs(chars):
        dy = slope * ((run.x0 + run.x1) / 2 - middle)
        for c in run.chars:
            shift[id(c)] = dy
    out = []
    last = 0.0
    for c in chars:
        # A space takes the shift of the word before it: it belongs to no run.
        dy = shift.get(id(c), last)
        last = dy
        out.append(
            Char(c.text, c.x0, c.x1, c.top - dy, c.bottom - dy, c.size, c.fontname, c.upright)
        )
    return out
