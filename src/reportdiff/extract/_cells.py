"""Table rows whose cells wrap: the lines of one row joined back into one line.

A cell too narrow for its text wraps onto the lines below, so a row of five cells can take
three visual lines with the other cells empty there.  Read line by line, the cells of a row
interleave ("Memorandum of Kustradarbeelden delen Nederland, Polen ondertekend 5 januari 2031"
and then "Understanding").  Here such a row becomes one line again, its cells in column order
and each cell's lines joined ("Memorandum of Understanding Kustradarbeelden delen …").

A run of lines is a table when its first line has at least three cells (segments: runs of
glyphs a column-wide gap apart), another line has cells side by side too, and no line crosses
the gutters between the columns.  A
line continues the row above it only where the typesetting shows that its text wrapped:

- it is set tight under the line above (no more white space than between a paragraph's lines);
- it fills some of the columns but not all, each of them filled on the line above too;
- in each of its cells, the text is set as the text above it (size, weight and slant);
- no cell of it holds a figure under a figure (figures do not wrap);
- a cell's line above it ends in a word broken by hyphenation, or else in each of its cells
  the first word would not have fitted after the text above it (a column is at least as wide
  as its widest line in the table).

Anything else starts a row of its own, as every line did before: two rows are never joined on
a guess, so a table this cannot read is read as it always was.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from ._blocks import join_lines
from ._lines import Segment

__all__ = ["Wrapped", "join_wrapped_rows"]

# The fewest cells on a table's first line (two cells side by side are as often a label and
# its text, or a sidebar's fragment, as a table).
_MIN_CELLS = 3
# White space between a row's wrapped lines, at most, in font sizes (as between the lines of
# a paragraph: a table's rows are often set further apart).
_TIGHT = 0.6
# A space's width, in font sizes, for whether a word would have fitted on the line above.
_SPACE = 0.2
# A line ending in a word broken by hyphenation ("Kustradarbeel-"), not a dash or a cell
# holding only a hyphen.
_HYPHENATED = re.compile(r"[^\W\d_]-$")
# A cell that holds one figure ("69.100", "1,3", "1969", "1976/1977"): a figure does not wrap
# onto the line below, so a figure under a figure starts another row.
_FIGURE = re.compile(r"[-+\u2212]?\d[\d.,]*%?|(?:19|20|21)\d{2}(?:\s?[/\u2013-]\s?\d{2,4})?")
# Points of slack either way when comparing positions.
_SLACK = 0.5

# One visual line's segments (of one region), left to right.
Row = list[Segment]


def _columns(lines: Sequence[Row]) -> tuple[int, list[list[float]]]:
    """How many of *lines* form a table with the first line's columns, and the columns'
    extents ([x0, x1], left to right) over those lines.  0 when the first line is no table's."""
    if len(lines[0]) < _MIN_CELLS:
        return 0, []
    cols = [[s.bbox.x0, s.bbox.x1] for s in lines[0]]
    count = 1
    for line in lines[1:]:
        trial = [list(c) for c in cols]
        for seg in line:
            hit = [k for k, (x0, x1) in enumerate(trial) if seg.bbox.x0 < x1 and seg.bbox.x1 > x0]
            if len(hit) > 1:
                return count, cols  # it crosses a gutter: prose, or the next thing
            if hit:
                col = trial[hit[0]]
                col[0], col[1] = min(col[0], seg.bbox.x0), max(col[1], seg.bbox.x1)
            else:
                trial.append([seg.bbox.x0, seg.bbox.x1])
                trial.sort()
        if any(a[1] > b[0] for a, b in itertools.pairwise(trial)):
            return count, cols  # two columns grew into each other
        cols, count = trial, count + 1
    return count, cols


def _table(lines: Sequence[Row]) -> tuple[int, list[list[float]]]:
    """_columns, when the lines are a table: at least two of them have cells side by side.  A
    justified line of prose can have gaps as wide as a gutter, but not in step with the next
    line's."""
    count, cols = _columns(lines)
    if sum(len(line) > 1 for line in lines[:count]) < 2:
        return 0, []
    return count, cols


def _column_of(seg: Segment, cols: Sequence[Sequence[float]]) -> int:
    for k, (x0, x1) in enumerate(cols):
        if seg.bbox.x0 < x1 and seg.bbox.x1 > x0:
            return k
    return -1


def _first_word_width(seg: Segment) -> float:
    """The width of *seg*'s first word, from its glyphs."""
    glyphs = [c for c in seg.chars if not c.text.isspace()]
    end = glyphs[0]
    for prev, c in itertools.pairwise(seg.chars):
        if c.text.isspace() or c.x0 - prev.x1 > _SPACE * max(c.size, prev.size):
            break
        end = c
    return end.x1 - glyphs[0].x0


def _continues(line: Row, above: Row, cols: Sequence[Sequence[float]], full: int) -> bool:
    """Whether *line* is the wrapped rest of the cells of *above* (see the module's rules)."""
    size = max(s.size for s in (*line, *above))
    top = min(s.bbox.top for s in line)
    if top - max(s.bbox.bottom for s in above) > _TIGHT * size:
        return False
    mine = {_column_of(s, cols): s for s in line}
    theirs = {_column_of(s, cols): s for s in above}
    if -1 in mine or len(mine) != len(line) or len(mine) >= full:
        return False  # a cell of its own, two in one column, or a full row
    if not mine.keys() <= theirs.keys():
        return False
    if any(
        _FIGURE.fullmatch(seg.text.strip()) and _FIGURE.fullmatch(theirs[k].text.strip())
        for k, seg in mine.items()
    ):
        return False  # "Zuid-Korea, vorig jaar | 1968 | USD | 68.300" under "Zuid-Korea | 1969 …"
    broken = fits = False
    for k, seg in mine.items():
        prev = theirs[k]
        if (seg.bold, seg.italic) != (prev.bold, prev.italic) or abs(seg.size - prev.size) > 0.5:
            return False  # a cell's text keeps its typeface: a heading over text is no wrap
        broken = broken or _HYPHENATED.search(prev.text) is not None
        room = cols[k][1] - prev.bbox.x1
        fits = fits or _SPACE * seg.size + _first_word_width(seg) <= room - _SLACK
    # A word broken at the end of a cell's line goes on right below it: this line is the
    # row's.  Else every cell's first word must have been too long for the line above (TeX
    # balances a cell's lines and may break one early, so this alone misses some rows).
    return broken or not fits


class Wrapped(NamedTuple):
    """A table row set on several lines: its lines, and its cells' text in column order."""

    lines: list[Row]
    cells: list[str]


def join_wrapped_rows(lines: Sequence[Row]) -> list[Row | Wrapped]:
    """*lines* (one page's visual lines of one region, in order), with the lines of each table
    row whose cells wrap put together (see the module's rules); every other line as it is."""
    out: list[Row | Wrapped] = []
    i = 0
    while i < len(lines):
        count, cols = _table(lines[i:])
        if count < 2:
            out.append(lines[i])
            i += 1
            continue
        groups: list[list[Row]] = [[lines[i]]]
        for line in lines[i + 1 : i + count]:
            if _continues(line, groups[-1][-1], cols, len(cols)):
                groups[-1].append(line)
            else:
                groups.append([line])
        for group in groups:
            out.append(group[0] if len(group) == 1 else Wrapped(group, _cells(group, cols)))
        i += count
    return out


def _cells(group: Sequence[Row], cols: Sequence[Sequence[float]]) -> list[str]:
    """Each column's text in a row's lines, its lines joined as a paragraph's are."""
    cells: dict[int, str] = {}
    for line in group:
        for seg in line:
            k = _column_of(seg, cols)
            cells[k] = join_lines(cells[k], seg.text) if k in cells else seg.text
    return [cells[k] for k in sorted(cells)]
