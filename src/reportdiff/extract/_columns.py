"""Reading order: text set in two columns is read one column after the other.

A page set in two columns (a magazine's, a newsletter's) has, at each height, a line of the
left column beside a line of the right one.  Read straight across, each left line is glued to
the right line beside it and both columns' sentences are cut into pieces that alternate.  Here
such a stretch of lines is found and its left column is read before its right one; what spans
both columns (a heading over them, a wide table, a one-column lede) stays where it is and ends
the stretch.

A stretch is two columns only when the page shows it:

- a gutter: an x that no line of the stretch crosses, with text on both sides of it;
- at least ``_MIN_LINES`` lines, and a few on each side;
- on each side, most lines run (nearly) the column's full width, as running text does.  A
  table's label column does not ("Categorie", "Herkomst" beside their values);
- fewer than half of its lines have text on both sides at one height, or else both sides are
  running text: long lines, many of them beginning in lower case as they go on with the
  sentence above.  A table's rows have text on both sides (each cell beside the next), and
  its cells each begin anew; two columns set on one baseline grid have it too, and read as
  prose on each side.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
import statistics
from collections.abc import Sequence

import attrs

from ._lines import Segment, split_segment
from ._types import BBox

__all__ = ["read_columns"]

# One visual line's segments (of one region), left to right.
Row = list[Segment]

# The fewest lines of a stretch in two columns, and the fewest on each side.
_MIN_LINES = 6
_MIN_SIDE = 3
# On each side, at least this share of the lines run at least _FULL of the column's width.
_FULL_SHARE = 0.5
_FULL = 0.75
# A column is at least this share of the text's width on the page.
_MIN_COLUMN = 0.3
# A panel beside the columns (see _panel) starts or ends at least this share of the text's
# width from the other side, has at least this many lines, and this share of them go on in
# lower case.
_MIN_PANEL_OFFSET = 0.1
_MIN_PANEL = 5
_PANEL_RUNS_ON = 0.6
# At most this share of a panel's lines hold a figure.
_PANEL_FIGURES = 0.34
# White space, in font sizes, that sets a caption apart from the column above it.
_APART = 1.0
# A side of a gutter is read as a page of its own (it may hold columns of its own) this many
# times over at most: a panel beside two columns needs two; a crafted page of many thin columns
# gets no deeper.
_MAX_DEPTH = 3
# The most gutters (with the columns nested in their sides) one page's lines are weighed at.
# A typeset page needs some tens, a page of three columns and boxes about a thousand; a
# mutated page of hundreds of scattered runs needed hundreds of thousands (seven seconds).
# Past it, what is left is read across, as a page with no columns is.
_MAX_WEIGHED = 20_000


class _Budget:
    """How many more gutters one page's search may weigh (_MAX_WEIGHED)."""

    def __init__(self) -> None:
        self.left = _MAX_WEIGHED

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


# A heading under a column (see _trim) is this long at most; a line that ends so ends a
# sentence.
_HEADING_CHARS = 60
# A line that breaks off mid-sentence: it ends on a comma, a hyphen, or a word that cannot
# end one (an article, a preposition, a conjunction): "Eveneens zit Nederland bij".
_BREAKS_OFF = re.compile(
    r"(?:[,-]|\b(?:de|het|een|bij|van|met|in|op|aan|voor|naar|om|tot|uit|door|over|te|en|of|"
    r"dat|die|als|dan|maar|onze|ons|hun|zijn|haar|is|werd|wordt|wij|we)\b)\s*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\W*[\"'‘’“”„«»]|[\"'‘’“”„«»]\W*$")
# Points a segment may reach into the gutter and still be on its side.
_SLACK = 1.0
# A line run together across a gutter (see _mend_breaks) is cut in a gap this many font sizes
# wide at least (a justified line's widest word space is some 0.5), its right part starting
# this many points at most from where the right column's lines start.
_MEND_GAP = 0.8
_MEND_ALIGN = 1.5


def _crosses(seg: Segment, x: float) -> bool:
    return seg.bbox.x0 < x - _SLACK and seg.bbox.x1 > x + _SLACK


def _stretches(lines: Sequence[Row], x: float) -> list[tuple[int, int]]:
    """The runs (start, end) of lines that no segment crosses at *x*."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if any(_crosses(seg, x) for seg in line):
            if start is not None:
                out.append((start, i))
            start = None
        elif start is None:
            start = i
    if start is not None:
        out.append((start, len(lines)))
    return out


def _is_text_column(segs: Sequence[Segment], width: float, share: float = _MIN_COLUMN) -> bool:
    """Whether the segments (one side of a stretch, one per line at most) are running text: a
    column of at least *share* of the text's width whose lines mostly fill it."""
    if len(segs) < _MIN_SIDE:
        return False
    x0 = min(s.bbox.x0 for s in segs)
    x1 = max(s.bbox.x1 for s in segs)
    if x1 - x0 < share * width:
        return False
    full = sum(s.bbox.x1 - s.bbox.x0 >= _FULL * (x1 - x0) for s in segs)
    return full >= _FULL_SHARE * len(segs)


# Running text: this share of a side's lines, after its first, go on with the sentence of the
# line above (they begin in lower case), and its lines hold this many characters on average.
_RUNS_ON = 0.4
_RUNNING_CHARS = 25
# A sentence that ends inside a line, and the fewest lines of a side where one does or where a
# word is broken at the end.
_SENTENCE_INSIDE = re.compile(r"\w[.!?]['’”\"]?\s+['‘“\"]?[A-ZÀ-Ý]")
_FLOWS = 2
# A line that ends a sentence (or a clause a list or a quotation follows).
_ENDS_SENTENCE = re.compile(r"[.!?:;]['’”\")]*$")


def _running_text(side: Sequence[Row]) -> bool:
    """Whether one side of a stretch is running text, as a column of prose is and a table's
    column is not: its lines are long, many begin in lower case, going on with the sentence
    above, and its sentences flow over the lines: some end inside a line ("… Oirschot. Een
    peloton"), or a word is broken at a line's end ("oosterbu-" over "ren").  A table's cells
    each hold their own item, row by row."""
    texts = ["".join(c.text for c in row[0].chars).strip() for row in side]
    if len(texts) < _MIN_SIDE or sum(map(len, texts)) < _RUNNING_CHARS * len(texts):
        return False
    # Asked only of the lines after one that ends no sentence: after a full stop a line
    # begins in upper case whatever the text is (short paragraphs, one per row of a
    # two-language page, end many lines so).
    going = [nxt for t, nxt in itertools.pairwise(texts) if not _ENDS_SENTENCE.search(t)]
    on = sum(1 for t in going if t[:1].islower())
    if len(going) < _MIN_SIDE or on < _RUNS_ON * len(going):
        return False
    flows = sum(1 for t in texts if _SENTENCE_INSIDE.search(t)) + sum(
        1 for t, nxt in itertools.pairwise(texts) if t.endswith("-") and nxt[:1].islower()
    )
    return flows >= _FLOWS


def _sides(lines: Sequence[Row], x: float) -> tuple[list[Row], list[Row]]:
    left = [[s for s in line if s.bbox.x1 <= x + _SLACK] for line in lines]
    right = [[s for s in line if s.bbox.x0 >= x - _SLACK] for line in lines]
    return [p for p in left if p], [p for p in right if p]


def _panel(side: Sequence[Row], other: Sequence[Row]) -> bool:
    """Whether *side* is a panel of running text beside the rest (a brochure's coloured
    column at the page's edge): one segment a line, narrower than the other side, at least
    _MIN_PANEL lines, most of them going on in lower case, as prose does (a fact sheet's
    labels each begin anew)."""
    if len(side) < _MIN_PANEL or len(other) < _MIN_SIDE or any(len(row) > 1 for row in side):
        return False
    x0 = min(row[0].bbox.x0 for row in side)
    x1 = max(row[0].bbox.x1 for row in side)
    o0 = min(s.bbox.x0 for row in other for s in row)
    o1 = max(s.bbox.x1 for row in other for s in row)
    if x1 - x0 >= o1 - o0:
        return False
    # Beside running text (a page's columns), not beside a table's cells ("KFOR NAVO Kosovo
    # 250" beside a notes column of prose).
    cells = ["".join(c.text for c in s.chars).strip() for row in other for s in row]
    if sum(1 for t in cells if t[:1].islower()) < _RUNS_ON * len(cells):
        return False
    texts = ["".join(c.text for c in row[0].chars).strip() for row in side]
    on = sum(1 for t in texts[1:] if t[:1].islower())
    # Prose ends sentences ("… telt."); a table's column of statuses and counts ("voortgezet;
    # 150 militairen") is full of figures and ends none.
    ends = any(t.endswith((".", "!", "?")) or _SENTENCE_INSIDE.search(t) for t in texts)
    figures = sum(1 for t in texts if any(ch.isdigit() for ch in t))
    return (
        on >= _PANEL_RUNS_ON * (len(texts) - 1) and ends and figures <= _PANEL_FIGURES * len(texts)
    )


def _columns_throughout(side: Sequence[Row], depth: int, budget: _Budget) -> bool:
    """Whether *side* (one side of a gutter, some of its lines in pieces) is itself set in
    columns from top to bottom: a gutter at which it reads as two columns (the two right-hand
    columns of three), which at most a few of its lines cross (a photo's caption or a
    heading set over both, _THROUGHOUT)."""
    if depth > _MAX_DEPTH or len(side) < _MIN_LINES:
        return False
    width = max(s.bbox.x1 for row in side for s in row) - min(
        s.bbox.x0 for row in side for s in row
    )
    for y in _likeliest(side, _candidates(side, width)):
        stretches = _stretches(side, y)
        if len(stretches) > _FEW_CROSSINGS + 1:
            continue  # crossed by more than a few lines: no columns of its own
        if sum(b - a for a, b in stretches) < _THROUGHOUT * len(side):
            continue
        if stretches == [(0, len(side))]:
            if _two_columns(side, y, width, depth, budget):
                return True
            continue
        # (each stretch read as plain columns, with none of its own: the work stays bounded)
        found = [
            (a, b) for a, b in stretches if _two_columns(side[a:b], y, width, _MAX_DEPTH, budget)
        ]
        found = _continued(side, y, stretches, found)
        if sum(b - a for a, b in found) >= _THROUGHOUT * len(side):
            return True
    return False


# The share of a side's lines that may be in pieces and the side still no table's cells (see
# _two_columns).
_FEW_PIECES = 0.1
# At most this many lines (or runs of lines) may cross a side's own gutter (a caption, a
# heading over both columns; see _columns_throughout).  It also bounds the work: each
# stretch between them is searched for columns again.
_FEW_CROSSINGS = 2
# The share of a side's lines that its own columns must hold (see _columns_throughout).
_THROUGHOUT = 0.75


# The gutters a side of a gutter is searched at for columns of its own: where most of its
# segments start (a column's lines share their left edge).  Searching every start, each side
# of each searched again, took a mutated page with hundreds of scattered segments tens of
# seconds; a column's edge is always among the commonest starts.
_NESTED_CANDIDATES = 6


def _likeliest(side: Sequence[Row], candidates: list[int]) -> list[int]:
    """The *candidates* at which most segments of *side* start, at most _NESTED_CANDIDATES of
    them, left to right."""
    if len(candidates) <= _NESTED_CANDIDATES:
        return candidates
    starts = collections.Counter(round(s.bbox.x0 - 2 * _SLACK) for row in side for s in row)
    ranked = sorted(candidates, key=lambda x: (-starts[x], x))
    return sorted(ranked[:_NESTED_CANDIDATES])


def _two_columns(lines: Sequence[Row], x: float, width: float, depth: int, budget: _Budget) -> bool:
    if len(lines) < _MIN_LINES or not budget.spend():
        return False
    left, right = _sides(lines, x)
    if _panel(left, right) or _panel(right, left):
        # A panel of prose beside the rest, whatever the rest holds (it is read on its own,
        # see read_columns).
        return True
    # Each side is a column of running text, or columns of its own (three columns: one gutter,
    # then the other), on one baseline grid (its lines in pieces) or on baselines of their own
    # (its lines each reaching over its width only in part).  A side with lines in pieces
    # that is no columns is a table's cells.
    sides = (left, right)
    # In pieces: more than a few of its lines (a justified line of a few words, spread so
    # wide that its spaces split it, is no table's row).
    pieces = [sum(len(p) > 1 for p in side) > _FEW_PIECES * len(side) for side in sides]
    nested = [
        _columns_throughout(side, depth + 1, budget)
        if has or not _is_text_column([p[0] for p in side], width)
        else False
        for has, side in zip(pieces, sides, strict=True)
    ]
    if any(has and not nest for has, nest in zip(pieces, nested, strict=True)):
        return False
    if 2 * sum(len(line) > 1 for line in lines) >= len(lines) and not all(
        nest or _running_text(side) for nest, side in zip(nested, sides, strict=True)
    ):
        # Most lines have text on both sides at one height: a table's rows, each read
        # across, unless both sides read as running text (two columns set on one baseline
        # grid, see _running_text; a side in columns of its own was found to be so above).
        return False
    # Beside columns of its own, a column is a narrower share of the text's width.
    share = _MIN_COLUMN * 2 / 3 if any(nested) else _MIN_COLUMN
    return all(
        nest or _is_text_column([p[0] for p in side], width, share)
        for nest, side in zip(nested, sides, strict=True)
    )


def _column_of(side: Sequence[Row]) -> tuple[float, float]:
    """Where a column (one side of a stretch) starts, as most of its lines do, and where its
    widest line ends."""
    starts = collections.Counter(round(row[0].bbox.x0) for row in side)
    return float(starts.most_common(1)[0][0]), max(s.bbox.x1 for row in side for s in row)


def _fits(side: Sequence[Row], column: tuple[float, float]) -> bool:
    """Whether *side* is set in *column*: every segment inside it, most lines starting at its
    left edge and most running (nearly) its full width, as a column's running text does, and
    at most one line in pieces (a justified line spread wide; a table's rows are in cells)."""
    x0, x1 = column
    if len(side) < _MIN_SIDE or sum(len(row) > 1 for row in side) > 1:
        return False
    # (a ragged line may run a glyph past the longest line of the stretch it continues)
    if any(s.bbox.x0 < x0 - _MEND_ALIGN or s.bbox.x1 > x1 + s.size for r in side for s in r):
        return False
    aligned = sum(abs(row[0].bbox.x0 - x0) <= _MEND_ALIGN for row in side)
    full = sum(row[-1].bbox.x1 - row[0].bbox.x0 >= _FULL * (x1 - x0) for row in side)
    return min(aligned, full) >= _FULL_SHARE * len(side)


def _continued(
    lines: Sequence[Row],
    x: float,
    stretches: Sequence[tuple[int, int]],
    found: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """*found* (the stretches that read as two columns at *x*) with the other *stretches* that
    go on in the same two columns: each side set in the column of a found stretch's side
    (_fits).  A stretch too short or too bare to show columns on its own (a few lines under
    a heading run together with the column beside it, some of them short as a paragraph's
    last lines are) is read as the columns it continues, not across."""
    if not found:
        return list(found)
    a, b = max(found, key=lambda s: s[1] - s[0])
    columns = [_column_of(side) for side in _sides(lines[a:b], x)]
    if len(columns) != 2:
        return list(found)
    out = set(found)
    for a, b in stretches:
        if (a, b) in out:
            continue
        sides = _sides(lines[a:b], x)
        if len(sides[0]) and len(sides[1]) and all(map(_fits, sides, columns)):
            out.add((a, b))
    return sorted(out)


def _trim(lines: Sequence[Row], a: int, b: int, x: float) -> int:
    """Where the stretch *a*:*b* ends: before its last lines when they stand on one side, below
    the other column's end and set apart from the text above them (a caption over what spans
    both columns next, which is read after both columns, not between them)."""
    left = [i for i in range(a, b) if lines[i][0].bbox.x1 <= x + _SLACK]
    right = [i for i in range(a, b) if lines[i][-1].bbox.x0 >= x - _SLACK]
    for side, other in ((left, right), (right, left)):
        if not side or not other:
            continue
        other_end = max(lines[i][-1].bbox.bottom for i in other)
        tail = [i for i in side if lines[i][0].bbox.top > other_end]
        if not tail or tail[-1] != b - 1:
            continue
        first = tail[0]
        above = [i for i in side if i < first]
        if not above:
            continue
        size = lines[first][0].size
        if lines[first][0].bbox.top - lines[above[-1]][0].bbox.bottom > _APART * size:
            return first
        # Or from a line set as a heading, bold where the column's text is not, right
        # under a line that breaks off mid-sentence ("… Eveneens zit Nederland bij" over
        # "Toezeggingen", a box's heading across the page): no heading stands in the middle
        # of a sentence, which goes on at the top of the right column; the heading opens
        # what comes after both.  (A lead-in with its colon, "Geldt sinds maart 2181:", is
        # no heading, nor is a pull quote in large type.)
        body = collections.Counter(
            (round(lines[i][0].size), lines[i][0].bold) for i in above
        ).most_common(1)[0][0]
        for k, i in enumerate(tail):
            head = lines[i][0]
            prev = lines[tail[k - 1] if k else above[-1]][0]
            if (
                head.bold
                and not body[1]
                and len(head.text) <= _HEADING_CHARS
                and not _QUOTED.search(head.text)
                and not head.text.rstrip().endswith(":")
                and not prev.bold  # (a heading's own first line, when it wraps)
                and _BREAKS_OFF.search(prev.text)
            ):
                return i
    return b


def _candidates(lines: Sequence[Row], width: float) -> list[int]:
    """Where a gutter can be: just left of where a right column's lines start (the left
    column's lines end at various points before it): any segment starting well into the
    text's width, first on its line or not."""
    edge = min(s.bbox.x0 for line in lines for s in line)
    return sorted(
        {
            round(s.bbox.x0 - 2 * _SLACK)
            for line in lines
            for s in line
            if s.bbox.x0 - edge >= _MIN_PANEL_OFFSET * width
        }
    )


def _mend_breaks(
    lines: Sequence[Row], gutter: float, stretches: Sequence[tuple[int, int]]
) -> tuple[list[Row], float] | None:
    """*lines* with each line that alone breaks two stretches of columns apart cut at the
    gutter, when it is a left column's line and a right column's run together on one baseline
    (a gutter narrower than the gap that splits segments: ConTeXt's, some 1.3 em); None when
    there is no such line; with the lines, the gutter right before the right column.  The cut
    must fall in a gap of at least _MEND_GAP font sizes, right before where the right column's
    lines start, so that a line across both columns (a heading, a table's row) is never cut."""
    starts = collections.Counter(
        round(s.bbox.x0)
        for a, b in stretches
        for line in lines[a:b]
        for s in line
        if s.bbox.x0 >= gutter - _SLACK
    )
    if not starts:
        return None
    column_start = starts.most_common(1)[0][0]
    out = list(lines)
    mended = False
    for (_, b), (a, _) in itertools.pairwise(stretches):
        if a - b != 1:
            continue  # more than one line across: text that spans both columns
        row: Row = []
        for seg in lines[b]:
            if not _crosses(seg, gutter):
                row.append(seg)
                continue
            cut = split_segment(seg, column_start, _MEND_GAP, _MEND_ALIGN)
            if cut is None:
                break
            row.extend(cut)
        else:
            out[b] = row
            mended = True
    return (out, column_start - 2 * _SLACK) if mended else None


def _aligned_gutters(lines: Sequence[Row]) -> list[float]:
    """Where a gutter narrower than the gap that splits segments runs down the lines: at least
    _MIN_LINES lines have a gap of _MEND_GAP font sizes or more (wider than a justified line's
    widest word space) right before one x, within _MEND_ALIGN points (three columns set on
    one baseline grid in Scribus, some 1.5 em apart: every line of the second column runs on
    into the third's).  A gap lined up so on that many lines is no word space."""
    starts: list[float] = []
    for line in lines:
        for seg in line:
            visible = [c for c in seg.chars if not c.text.isspace()]
            starts.extend(
                b.x0
                for a, b in itertools.pairwise(visible)
                if b.x0 - a.x1 >= _MEND_GAP * max(a.size, b.size)
            )
    starts.sort()
    out: list[float] = []
    group: list[float] = []
    for x in starts:
        if group and x - group[0] > _MEND_ALIGN:
            if len(group) >= _MIN_LINES:
                out.append(statistics.median(group))
            group = []
        group.append(x)
    if len(group) >= _MIN_LINES:
        out.append(statistics.median(group))
    return out


# A justified line's word space that split it (see _mend_justified): narrower than this many
# font sizes (a line of a few short words in a narrow column gets spaces of some three), the
# spaces of one line equal within _EVEN_SPACES (justification spreads them evenly).  A
# column's edge: where at least _EDGE_LINES segments start (or end), within _MEND_ALIGN
# points; where a piece of a line starts, at least _MIN_LINES (a column's or a table's
# cells' start, not the chance meeting of a few pieces).
_WIDE_WORD_SPACE = 4.0
_EVEN_SPACES = 1.25
_EDGE_LINES = 3
# A figure, a currency sign or a dash (an empty cell's mark) opening a piece: a table's cell,
# never joined.
_CELL_START = re.compile(r"^[\d€$£¥(+−–—-]")


def _edges(values: Sequence[float], least: int) -> list[float]:
    """The values that at least *least* of *values* share, within _MEND_ALIGN points."""
    ordered = sorted(values)
    out: list[float] = []
    lo = 0
    for hi, v in enumerate(ordered):
        while v - ordered[lo] > _MEND_ALIGN:
            lo += 1
        if hi - lo + 1 >= least:
            out.append(v)
    return out


def _on_edge(x: float, edges: Sequence[float]) -> bool:
    i = bisect.bisect_left(edges, x - _MEND_ALIGN)
    return i < len(edges) and edges[i] <= x + _MEND_ALIGN


def _justified_run(
    line: Row, i: int, starts: Sequence[float], ends: Sequence[float], cells: Sequence[float]
) -> int:
    """The index of the last piece of a justified line that starts with piece *i*, or *i*:
    the furthest piece that ends on an edge (a word of the line may end where other lines'
    pieces happen to, "Suriname," above "op"), with even spaces up to it."""
    if not _on_edge(line[i].bbox.x0, starts):
        return i
    gaps: list[float] = []
    last = i
    for k in range(i + 1, len(line)):
        prev, piece = line[k - 1], line[k]
        gap = piece.bbox.x0 - prev.bbox.x1
        if (
            gap >= _WIDE_WORD_SPACE * max(prev.size, piece.size)
            or _on_edge(piece.bbox.x0, cells)
            or _CELL_START.match(piece.text)
        ):
            break
        gaps.append(gap)
        # Two spaces at least, and even: one wide gap may be a table's cells apart.
        if max(gaps) > _EVEN_SPACES * min(gaps):
            break
        if _on_edge(piece.bbox.x1, ends) and len(gaps) > 1:
            last = k
    return last


# How many lines above and below a justified line's pieces are looked at for a whole line of
# the same column (see _mend_justified).
_NEIGHBOURS = 4


def _column_beside(lines: Sequence[Row], row: int, x0: float, x1: float) -> bool:
    """Whether a line near *row* is one segment from *x0* to *x1*: the column's width, run
    whole, as a justified paragraph's other lines are (a table's other rows are in cells too,
    and two columns' lines run to the left column's edge only)."""
    near = lines[max(0, row - _NEIGHBOURS) : row + _NEIGHBOURS + 1]
    return any(
        abs(s.bbox.x0 - x0) <= _MEND_ALIGN and abs(s.bbox.x1 - x1) <= _MEND_ALIGN
        for other in near
        if other is not lines[row]
        for s in other
    )


def _mend_justified(lines: Sequence[Row]) -> list[Row]:
    """*lines* with the pieces of a justified line put together again: a narrow column's line
    of a few long words, spread so wide that a word space is wider than the gap that splits
    segments (Scribus's three columns: "dat   België,   Duitsland,   Frankrijk,").  Pieces
    are joined when together they run from a column's left edge to its right edge, as a
    whole line of the column near them does, their spaces are even, and none but the first
    starts where many lines start (a table's cells, the next column)."""
    segs = [s for line in lines for s in line]
    if len(segs) < _MIN_LINES:
        return list(lines)
    starts = _edges([s.bbox.x0 for s in segs], _EDGE_LINES)
    ends = _edges([s.bbox.x1 for s in segs], _EDGE_LINES)
    cells = _edges([s.bbox.x0 for s in segs], _MIN_LINES)
    out: list[Row] = []
    for index, line in enumerate(lines):
        row: Row = []
        i = 0
        while i < len(line):
            j = _justified_run(line, i, starts, ends, cells)
            if j > i and not _column_beside(lines, index, line[i].bbox.x0, line[j].bbox.x1):
                j = i
            if j > i:
                parts = line[i : j + 1]
                row.append(
                    attrs.evolve(
                        parts[0],
                        text=" ".join(p.text for p in parts),
                        bbox=functools.reduce(BBox.union, (p.bbox for p in parts)),
                        chars=tuple(c for p in parts for c in p.chars),
                        bold=all(p.bold for p in parts),
                        italic=all(p.italic for p in parts),
                    )
                )
            else:
                row.append(line[i])
            i = j + 1
        out.append(row)
    return out


def _cut_at_gutters(lines: Sequence[Row]) -> list[Row]:
    """*lines* with every segment that runs across an aligned gutter (see _aligned_gutters)
    cut there, where it has the gap; a segment that crosses it without one (a heading over
    the columns) is left whole."""
    gutters = _aligned_gutters(lines)
    if not gutters:
        return list(lines)
    out: list[Row] = []
    for line in lines:
        row: Row = []
        for seg in line:
            parts = [seg]
            for x in gutters:
                last = parts[-1]
                if last.bbox.x0 < x - _MEND_ALIGN and last.bbox.x1 > x:
                    cut = split_segment(last, x, _MEND_GAP, _MEND_ALIGN)
                    if cut is not None:
                        parts[-1:] = list(cut)
            row.extend(parts)
        out.append(row)
    return out


def _inside(seg: Segment, box: BBox) -> bool:
    b = seg.bbox
    return (
        b.x0 >= box.x0 - _SLACK
        and b.x1 <= box.x1 + _SLACK
        and b.top >= box.top - _SLACK
        and b.bottom <= box.bottom + _SLACK
    )


def _in_a_margin(lines: Sequence[Row], box: BBox) -> bool:
    """Whether *box* stands in a margin no other text reaches into: no segment runs across
    either of its sides (a reviewer's comment in a frame beside the text, the other comments
    in the same margin)."""

    def across(s: Segment, x: float) -> bool:
        return s.bbox.x0 < x - _SLACK and s.bbox.x1 > x + _SLACK

    return not any(across(s, box.x0) or across(s, box.x1) for line in lines for s in line)


def _read_box(lines: Sequence[Row], box: BBox) -> list[Row] | None:
    """*lines* with a box's text read on its own (a sidebar of key figures on a tinted ground
    beside a column of prose, "In cijfers" beside "Wat ligt er inmiddels vast?"; a comment
    framed in the margin): over the box's height, each line's part outside it first and then
    the box's lines, or the other way round when the box stands left of the text (a box in a
    margin no text reaches into: after the page's text); None when no line holds text both
    inside the box and beside it (a box of its own, or the page's ground), or fewer than
    _MIN_SIDE lines do and the box stands in the text's way (a redaction's box in a line), or
    what stands beside a box in the text's way is no running text (cards of key figures)."""
    rows = [i for i, line in enumerate(lines) if any(_inside(s, box) for s in line)]
    beside = [i for i in rows if not all(_inside(s, box) for s in lines[i])]
    margin = _in_a_margin(lines, box)
    if not beside or (len(beside) < _MIN_SIDE and not margin):
        return None
    if margin:
        # An aside in the margin: read after the page's text, so that it never stands
        # between two lines of one of its sentences.
        kept = [[s for s in line if not _inside(s, box)] for line in lines]
        notes = [[s for s in lines[i] if _inside(s, box)] for i in rows]
        return [line for line in kept if line] + notes
    a, b = rows[0], rows[-1] + 1
    inner: list[Row] = []
    outer: list[Row] = []
    for line in lines[a:b]:
        inside = [s for s in line if _inside(s, box)]
        outside = [s for s in line if not _inside(s, box)]
        if any(s.bbox.x0 < box.x1 and s.bbox.x1 > box.x0 for s in outside):
            return None  # text running across the box's edge: no box beside text
        if any(s.bbox.x0 < box.x0 for s in outside) and any(s.bbox.x0 > box.x0 for s in outside):
            return None  # text on both sides of it: a box inside a line (a redaction)
        if inside:
            inner.append(inside)
        if outside:
            outer.append(outside)
    if not _running_text(outer):
        return None  # beside cards of figures, not a column of prose: read across
    left = min(s.bbox.x0 for row in outer for s in row) < box.x0
    return [*lines[:a], *(outer + inner if left else inner + outer), *lines[b:]]


# A box whose text may be read on its own: at least this wide and this tall (points: a
# comment of one line in a frame), and narrower than this share of the text's width (a
# page's ground is no box).
_BOX_WIDTH = 60.0
_BOX_HEIGHT = 10.0
# At most this many such boxes on a page are read apart (see _read_boxes).
_MAX_BOXES = 40
_BOX_SHARE = 0.7


def _touch(a: BBox, b: BBox) -> bool:
    """Whether two boxes share a side, or part of one: a table's cells drawn as boxes."""
    across = a.top < b.bottom - _SLACK and b.top < a.bottom - _SLACK
    along = a.x0 < b.x1 - _SLACK and b.x0 < a.x1 - _SLACK
    return (across and (abs(a.x1 - b.x0) <= _SLACK or abs(b.x1 - a.x0) <= _SLACK)) or (
        along and (abs(a.bottom - b.top) <= _SLACK or abs(b.bottom - a.top) <= _SLACK)
    )


def _read_boxes(lines: Sequence[Row], boxes: Sequence[BBox]) -> list[Row]:
    """*lines* with the text of each box on its own read apart (see _read_box); a box that
    touches another (a table's cells, each drawn as a box) is a table's, read across."""
    if not boxes or not lines:
        return list(lines)
    x0 = min(s.bbox.x0 for line in lines for s in line)
    x1 = max(s.bbox.x1 for line in lines for s in line)
    # a box filled and stroked is drawn twice
    shapes = [
        box
        for box in dict.fromkeys(boxes)
        if box.x1 - box.x0 >= _BOX_WIDTH
        and box.bottom - box.top >= _BOX_HEIGHT
        and box.x1 - box.x0 <= _BOX_SHARE * (x1 - x0)
    ]
    if len(shapes) > _MAX_BOXES:
        # A page of many boxes is a table's grid or a drawing: read across (and the work
        # stays bounded on a page of thousands of shapes).
        return list(lines)
    out = list(lines)
    for box in shapes:
        if any(other is not box and _touch(box, other) for other in shapes):
            continue
        read = _read_box(out, box)
        if read is not None:
            out = read
    return out


def read_columns(
    lines: Sequence[Row],
    depth: int = 0,
    boxes: Sequence[BBox] = (),
    budget: _Budget | None = None,
) -> list[Row]:
    """*lines* (one page's visual lines of one region, top to bottom) in reading order: each
    stretch set in two columns read left column first (see the module's rules), every other
    line where it was; the text of a box (*boxes*: the page's shapes) beside the text read
    on its own."""
    budget = budget or _Budget()
    if depth == 0:
        lines = _read_boxes(lines, boxes)
    if len(lines) < _MIN_LINES or depth > _MAX_DEPTH:
        return list(lines)
    if depth == 0:
        lines = _cut_at_gutters(_mend_justified(lines))
    width = max(s.bbox.x1 for line in lines for s in line) - min(
        s.bbox.x0 for line in lines for s in line
    )
    best: tuple[int, float, list[tuple[int, int]]] | None = None
    for x in _candidates(lines, width):
        stretches = _stretches(lines, x)
        found = [(a, b) for a, b in stretches if _two_columns(lines[a:b], x, width, depth, budget)]
        found = _continued(lines, x, stretches, found)
        covered = sum(b - a for a, b in found)
        if found and (best is None or covered > best[0]):
            best = (covered, x, found)
    if best is None:
        return list(lines)
    _, gutter, stretches = best
    mended = _mend_breaks(lines, gutter, stretches)
    if mended is not None:
        # The gutter right before the right column: a mended line's left part may reach
        # further right than the other lines of its column (a hyphen hung in the margin).
        lines, gutter = mended
        every = _stretches(lines, gutter)
        stretches = _continued(
            lines,
            gutter,
            every,
            [(a, b) for a, b in every if _two_columns(lines[a:b], gutter, width, depth, budget)],
        )
    out: list[Row] = []
    at = 0
    for a, b in stretches:
        b = _trim(lines, a, b, gutter)
        out.extend(lines[at:a])
        left, right = _sides(lines[a:b], gutter)
        # Each side read on its own: a side may hold columns of its own (a panel beside two
        # columns).
        out.extend(read_columns(left, depth + 1, budget=budget))
        out.extend(read_columns(right, depth + 1, budget=budget))
        at = b
    out.extend(lines[at:])
    return out
