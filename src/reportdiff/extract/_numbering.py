"""Line numbers printed in a page's margin: a2ps's "every fifth line", pleading paper, LaTeX's
lineno (left or right), a word processor's line numbering.

Read with the text, they become words of it: "130 Canada: bijgepraat" is a heading no longer,
"EUR 95 60,5 miljard" an amount of 95, and a table's row a cell longer.  Such numbers are
told by what numbering is, not by a printer's habits (their size, their font):

- each is the first thing on its visual line (the last, in the right margin), a number alone,
  with a gap between it and the text;
- they stand in one column (their right or left edges or their middles aligned), left of
  where the page's text lines start (right of where they end);
- they count lines: down the page they rise by one step (or a multiple of it, where a line is
  not numbered), and the height from one to the next grows with the count between them (for
  most steps; space before a heading or a speaker's turn makes some wider).

A chronology whose years hang in the margin ("2019  Start van …") passes the first two tests
and fails the last: its entries are paragraphs of different lengths.  Fewer than three numbers
on a page say too little by themselves.

A page whose numbers count but stand unevenly (an annex with a table, which lineno numbers as
one line, and a few lines between headings) is told apart by the rest of the document: its
count is the same numbering where another page's even count stands in the same column, in
type of the same size (:func:`same_numbering`); else it is read as text.  So is a page with
only one or two numbers (a table's page, numbered as few lines).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

import attrs

from ._lines import Segment
from ._pdf import Char

__all__ = ["NumberColumn", "Numbering", "margin_numbers", "numbering", "same_numbering"]

# A number whose foot stands this share of its line's type size above the line's baseline is
# raised (a superscript).
_RAISED = 0.3
# ... and its top level with that text's, within this share of its size.
_TOP_LEVEL = 0.3
# A line number has at most this many digits.
_MAX_DIGITS = 5
# Numbers on a page that can show a column that counts.
_LEAST = 3
# Edges in one column agree within this many points.
_ALIGNED = 1.5
# The text starts at least this share of its size right of the numbers' column.
_GAP = 0.5
# Two columns of numbers are one where their type's sizes differ by at most this (points).
_SAME_SIZE = 0.5
# Height per counted line, from one number to the next, within this share of its median ...
_PITCH_SPREAD = 0.35
# ... for at least this share of the steps.
_EVEN_SHARE = 0.75


@attrs.frozen
class _Number:
    """A number at a line's outer end.  Its coordinates are taken from the margin it stands
    in: as printed for the left margin, mirrored (x → -x) for the right, so that one reading
    serves both."""

    value: int
    chars: tuple[Char, ...]
    x0: float
    x1: float
    bottom: float
    text_x0: float | None  # where the line's text goes on after the number, if it does

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


def _span(c: Char, right: bool) -> tuple[float, float]:
    return (-c.x1, -c.x0) if right else (c.x0, c.x1)


def _outer_number(seg: Segment, right: bool) -> _Number | None:
    """The number *seg* starts with (ends with, in the right margin), when a gap or the
    segment's end is on its inner side.  Read from the outer end only as far as it must be:
    every line of every page is asked."""
    glyphs = reversed(seg.chars) if right else iter(seg.chars)
    visible = (c for c in glyphs if not c.text.isspace())
    digits: list[Char] = []
    follow: Char | None = None
    for c in visible:
        # A digit set apart from the last is another number: the text's own ("6  1,34
        # miljard", a line numbered 6 that opens on a figure).
        if not c.text.isdigit() or (
            digits and _span(c, right)[0] - _span(digits[-1], right)[1] >= _GAP * c.size
        ):
            follow = c
            break
        digits.append(c)
        if len(digits) > _MAX_DIGITS:
            return None
    if not digits:
        return None
    inner = _span(digits[-1], right)[1]
    if follow is not None and _span(follow, right)[0] - inner < _GAP * follow.size:
        return None  # "2007." or "3e": the number is a word of the text
    ordered = digits[::-1] if right else digits
    return _Number(
        value=int("".join(c.text for c in ordered)),
        chars=tuple(digits),
        x0=_span(digits[0], right)[0],
        x1=inner,
        bottom=max(c.bottom for c in digits),
        text_x0=None if follow is None else _span(follow, right)[0],
    )


def _aligned(numbers: Sequence[_Number]) -> list[_Number]:
    """The largest group of *numbers* in one column: right edges aligned, left edges or
    middles (a2ps centres its numbers)."""
    best: list[_Number] = []
    for edge in (attrgetter("x1"), attrgetter("x0"), attrgetter("middle")):
        for anchor in numbers:
            at = edge(anchor)
            group = [n for n in numbers if abs(edge(n) - at) <= _ALIGNED]
            if len(group) > len(best):
                best = group
    return best


def _rising(column: Sequence[_Number]) -> list[_Number]:
    """The longest run of *column*'s numbers, top to bottom, whose values rise: a number that
    breaks the count (two lines' numbers on one baseline read as "1165", a figure of the text
    in the margin) stays text, and the others are still a count."""
    ordered = sorted(column, key=lambda n: n.bottom)
    # best[i]: the longest rising run that ends with ordered[i] (quadratic: a page holds a
    # few dozen numbers at most).
    best: list[list[_Number]] = []
    for i, n in enumerate(ordered):
        runs = [best[j] for j in range(i) if ordered[j].value < n.value]
        best.append([*max(runs, key=len, default=[]), n])
    return max(best, key=len, default=[])


def _counts(column: Sequence[_Number]) -> bool:
    """Whether the values of *column*, top to bottom, rise by one step or a multiple of it."""
    ordered = sorted(column, key=lambda n: n.bottom)
    steps = [b.value - a.value for a, b in pairwise(ordered)]
    if any(step <= 0 for step in steps):
        return False
    unit = min(steps, default=1)
    return not any(step % unit for step in steps)


def _counts_lines(column: Sequence[_Number]) -> bool:
    """Whether the numbers of *column*, top to bottom, count the lines they stand on."""
    if not _counts(column):
        return False
    ordered = sorted(column, key=lambda n: n.bottom)
    pitches = [(b.bottom - a.bottom) / (b.value - a.value) for a, b in pairwise(ordered)]
    middle = statistics.median(pitches)
    if middle <= 0:
        return False
    # Most steps keep the pitch; some are wider (space before a heading or a speaker's turn,
    # a table's row), none much narrower.
    even = sum(abs(p - middle) <= _PITCH_SPREAD * middle for p in pitches)
    return even >= _EVEN_SHARE * len(pitches) and min(pitches) >= (1 - _PITCH_SPREAD) * middle


def _raised(number: _Number, segs: Sequence[Segment]) -> bool:
    """Whether *number* is set as a superscript to the text beside it: its top level with that
    text's top and its foot well above that text's baseline, and no text beside it on its own
    baseline.  (A number set midway between two lines, as lineno numbers a table, is neither.)"""
    own = set(map(id, number.chars))
    top = min(c.top for c in number.chars)
    beside = [
        seg
        for seg in segs
        if not own.intersection(map(id, seg.chars))
        and seg.bbox.top < number.bottom
        and seg.bbox.bottom > top
    ]
    if any(abs(seg.bbox.bottom - number.bottom) <= _RAISED * seg.size for seg in beside):
        return False
    return any(
        abs(seg.bbox.top - top) <= _TOP_LEVEL * seg.size
        and seg.bbox.bottom - number.bottom > _RAISED * seg.size
        for seg in beside
    )


@attrs.frozen
class NumberColumn:
    """Where a page's line numbers stand: the margin, their left and right edges (medians,
    mirrored in the right margin) and their type's size."""

    right: bool
    x0: float
    x1: float
    size: float


def same_numbering(a: NumberColumn, b: NumberColumn) -> bool:
    """Whether two pages' columns of numbers are one numbering: the same margin, left or right
    edges aligned, type of the same size."""
    return (
        a.right == b.right
        and (abs(a.x0 - b.x0) <= _ALIGNED or abs(a.x1 - b.x1) <= _ALIGNED)
        and abs(a.size - b.size) <= _SAME_SIZE
    )


@attrs.frozen
class Numbering:
    """A page's line numbers: the ``id`` of each of their glyphs and their columns; *even*
    when they count lines at an even pitch (else they are only taken where another page's
    even count stands in the same column)."""

    ids: frozenset[int] = frozenset()
    columns: tuple[NumberColumn, ...] = ()
    even: bool = True


def margin_numbers(segs: Sequence[Segment]) -> set[int]:
    """The ``id`` of each glyph of a line number in the left or the right margin of the page
    *segs* are read from (empty when it has none)."""
    found = numbering(segs)
    return set(found.ids) if found.even else set()


def numbering(segs: Sequence[Segment]) -> Numbering:
    """The line numbers in the left and the right margin of the page *segs* are read from: an
    even count on either side is taken; else a count at an uneven pitch, offered."""
    sides = [s for right in (False, True) if (s := _side_numbers(segs, right)) is not None]
    even = [s for s in sides if s[2]]
    chosen = even or sides
    return Numbering(
        ids=frozenset(i for ids, _, _ in chosen for i in ids),
        columns=tuple(column for _, column, _ in chosen),
        even=bool(even) or not sides,
    )


def _side_numbers(
    segs: Sequence[Segment], right: bool
) -> tuple[set[int], NumberColumn, bool] | None:
    outer: dict[int, Segment] = {}
    for seg in segs:
        held = outer.get(seg.line)
        if held is None or (seg.bbox.x1 > held.bbox.x1 if right else seg.bbox.x0 < held.bbox.x0):
            outer[seg.line] = seg
    # A number raised above the text beside it is a note's mark (a footnote's, hanging in
    # the margin; clustered apart, as a line of its own), not a line's number, which stands on
    # the baseline of its line.
    numbers = [
        n
        for seg in outer.values()
        if (n := _outer_number(seg, right)) is not None and not _raised(n, segs)
    ]
    if not numbers:
        return None
    # Where the page's lines start (end, on the right): the commonest edge of their text, a
    # number left out (its line's text goes on past it).
    edges: Counter[int] = Counter()
    by_first = {id(n.chars[0]): n for n in numbers}
    for seg in outer.values():
        visible = [c for c in seg.chars if not c.text.isspace()]
        if not visible:
            continue
        lead = visible[-1] if right else visible[0]
        number = by_first.get(id(lead))
        if number is None:
            edges[round(_span(lead, right)[0])] += 1
        elif number.text_x0 is not None:
            edges[round(number.text_x0)] += 1
    if not edges:
        return None
    text_edge = edges.most_common(1)[0][0]
    size = statistics.median(c.size for n in numbers for c in n.chars)
    margin = [
        n
        for n in numbers
        if n.x1 <= text_edge - _GAP * size and (n.text_x0 is None or n.text_x0 >= text_edge - 1)
    ]
    column = _rising(_aligned(margin))
    if not column or not _counts(column):
        return None
    where = NumberColumn(
        right=right,
        x0=statistics.median(n.x0 for n in column),
        x1=statistics.median(n.x1 for n in column),
        size=statistics.median(c.size for n in column for c in n.chars),
    )
    # Fewer than three numbers cannot show a count: offered, as an uneven count is.
    even = len(column) >= _LEAST and _counts_lines(column)
    return {id(c) for n in column for c in n.chars}, where, even
