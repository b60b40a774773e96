"""Line numbers printed in the left margin: a2ps's "every fifth line", pleading paper, LaTeX's
lineno, a word processor's line numbering.

Read with the text, they become words of it: "130 Canada: bijgepraat" is a heading no longer,
"EUR 95 60,5 miljard" an amount of 95, and a table's row a cell longer.  Such numbers are
told by what numbering is, not by a printer's habits (their size, their font):

- each is the first thing on its visual line, a number alone, with a gap after it;
- they stand in one column (their right or left edges aligned), left of where the page's
  text lines start;
- they count lines: down the page they rise by one step (or a multiple of it, where a line is
  not numbered), and the height from one to the next grows with the count between them.

A chronology whose years hang in the margin ("2019  Start van …") passes the first two tests
and fails the last: its entries are paragraphs of different lengths.  Fewer than three numbers
on a page say too little, and are read as text.
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

__all__ = ["margin_numbers"]

# Numbers on a page that can show a column that counts.
_LEAST = 3
# Edges in one column agree within this many points.
_ALIGNED = 1.5
# The text starts at least this share of its size right of the numbers' column.
_GAP = 0.5
# Height per counted line, from one number to the next, within this share of its median.
_PITCH_SPREAD = 0.35


@attrs.frozen
class _Number:
    value: int
    chars: tuple[Char, ...]
    x0: float
    x1: float
    bottom: float
    text_x0: float | None  # where the line's text goes on after the number, if it does

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


def _leading_number(seg: Segment) -> _Number | None:
    """The number *seg* starts with, when a gap or the segment's end follows it."""
    visible = [c for c in seg.chars if not c.text.isspace()]
    digits: list[Char] = []
    for c in visible:
        # A digit a glyph's width or more after the last is another number ("5  12").
        if not c.text.isdigit() or (digits and c.x0 - digits[-1].x1 >= c.size):
            break
        digits.append(c)
    if not digits or len(digits) > 5:
        return None
    follow = visible[len(digits)] if len(digits) < len(visible) else None
    if follow is not None and follow.x0 - digits[-1].x1 < _GAP * follow.size:
        return None  # "2007." or "3e": the number is a word of the text
    return _Number(
        value=int("".join(c.text for c in digits)),
        chars=tuple(digits),
        x0=digits[0].x0,
        x1=digits[-1].x1,
        bottom=max(c.bottom for c in digits),
        text_x0=None if follow is None else follow.x0,
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


def _counts_lines(column: Sequence[_Number]) -> bool:
    """Whether the numbers of *column*, top to bottom, count the lines they stand on."""
    ordered = sorted(column, key=lambda n: n.bottom)
    steps = [b.value - a.value for a, b in pairwise(ordered)]
    if any(step <= 0 for step in steps):
        return False
    unit = min(steps)
    if any(step % unit for step in steps):
        return False
    pitches = [(b.bottom - a.bottom) / (b.value - a.value) for a, b in pairwise(ordered)]
    middle = statistics.median(pitches)
    return middle > 0 and all(abs(p - middle) <= _PITCH_SPREAD * middle for p in pitches)


def margin_numbers(segs: Sequence[Segment]) -> set[int]:
    """The ``id`` of each glyph of a line number in the left margin of the page *segs* are
    read from (empty when it has none)."""
    firsts: dict[int, Segment] = {}
    for seg in segs:
        held = firsts.get(seg.line)
        if held is None or seg.bbox.x0 < held.bbox.x0:
            firsts[seg.line] = seg
    numbers = [n for seg in firsts.values() if (n := _leading_number(seg)) is not None]
    if len(numbers) < _LEAST:
        return set()
    # Where the page's lines start: the commonest left edge of their text, a number left
    # out (its line's text starts after it).
    starts: Counter[int] = Counter()
    numbered = {id(n.chars[0]) for n in numbers}
    by_first = {id(n.chars[0]): n for n in numbers}
    for seg in firsts.values():
        lead = next((c for c in seg.chars if not c.text.isspace()), None)
        if lead is None:
            continue
        if id(lead) in numbered:
            after = by_first[id(lead)].text_x0
            if after is not None:
                starts[round(after)] += 1
        else:
            starts[round(seg.bbox.x0)] += 1
    if not starts:
        return set()
    text_left = starts.most_common(1)[0][0]
    size = statistics.median(c.size for n in numbers for c in n.chars)
    margin = [
        n
        for n in numbers
        if n.x1 <= text_left - _GAP * size and (n.text_x0 is None or n.text_x0 >= text_left - 1)
    ]
    column = _aligned(margin)
    if len(column) < _LEAST or not _counts_lines(column):
        return set()
    return {id(c) for n in column for c in n.chars}
