"""Notes in the page's right margin, beside the text: read apart from it.

A page can set notes in a column of their own right of the text, level with the line each is
about: a typeset side note ("Defensiegeld Frankrijk, 2164-2165: 68,7 miljard euro"), or a
draft printed with its reviewers' comments (LibreOffice's comments in the margin, Word's
balloons: "[9] FIN: AUD 62 miljard = stand 1964? svp nagaan").  Read with the line beside it,
a note runs into that line's sentence, and its figures become the sentence's ("… op 61,1
miljard [9] FIN: AUD 62 miljard = stand 1964? … Australische dollar"): a budget for the wrong
year, of the wrong amount.  Set apart, a side note is read after its page's text, and a draft's
comments are not read at all (``assemble_pdf``).

Such a column is told from the text's own second column, a table's last one or the second of
two pages printed side by side, by five things together: it starts right of where the page's
full lines of prose end, every one of its lines at the same x; it stands right beside where
they mostly end (a box of figures set apart from a magazine's narrow column is content); it is
narrow; it stands beside only some of the text's lines (a column of text or a table fills its
rows); and no line of the text runs across its edge beside the notes (a title, a running head
or a passage set across the page above or below them is read whole, as tufte-latex sets its
title block and full-width passages).
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ._lines import Segment, split_segment

__all__ = ["same_column", "split_margin"]

# Notes stand in the right part of the page.
_RIGHT_PART = 0.55
# The lines of one column start within this many points of each other.
_ALIGN = 3.0
# A column of notes has this many lines at least, this many of them beside a line of text.
_MIN_LINES = 3
_MIN_BESIDE = 2
# The places where runs line up that are tried as the column, the commonest first.
_TRIED = 3
# It stands beside at most this share of the text's lines.
_SPARSE = 0.5
# A line of prose: a first run of this many characters at least.
_PROSE_CHARS = 40
# A note set this many type sizes after the text on its line (more than a word space) is cut
# from it; a note starts at least a word space right of where the prose ends.
_CUT_GAP = 0.6
_SPACE = 0.3
# Its left edge stands within this many type sizes of where the text's lines mostly end
# (nine in ten of them).
_NEAR = 4.0
_MOST = 0.9
# Notes set beside text that runs across the page above or below them are set this much
# smaller than the prose at least.
_SMALLER = 0.92
# The column is at most this share of the page's width wide.
_NOTE_WIDTH = 0.36


def _starts(line: Sequence[Segment], width: float) -> list[float]:
    """Where runs in the page's right part start that are set apart from the text before them
    (a gap of two type sizes, or nothing before them)."""
    return [
        seg.bbox.x0
        for i, seg in enumerate(line)
        if seg.bbox.x0 >= width * _RIGHT_PART
        and (i == 0 or seg.bbox.x0 - line[i - 1].bbox.x1 >= 2 * seg.size)
    ]


def _columns(xs: list[float]) -> list[float]:
    """The starts that runs of *xs* line up at, at most _TRIED of them, the one most of them
    stand within _ALIGN of first (ties in the page's order): a table's last column in the
    page's right part is tried, and refused, before the notes beside it.  (Counted by
    bisection in a sorted copy: a page of thousands of scattered runs stays cheap.)"""
    ordered = sorted(xs)

    def count(x: float) -> int:
        return bisect_right(ordered, x + _ALIGN) - bisect_left(ordered, x - _ALIGN)

    out: list[float] = []
    for x in sorted(xs, key=lambda x: -count(x)):
        if all(abs(x - y) > _ALIGN for y in out):
            out.append(x)
            if len(out) == _TRIED:
                break
    return out


def _cut(line: list[Segment], column: float) -> list[Segment] | None:
    """*line* with the run that crosses the column's edge cut in two at the column (a note
    set a word space or so after the end of a line of text, read with it as one run); None
    when a glyph crosses the edge (the text runs across it)."""
    edge = column - _ALIGN
    out: list[Segment] = []
    for seg in line:
        if not seg.bbox.x0 < edge < seg.bbox.x1 - _ALIGN:
            out.append(seg)
            continue
        parts = split_segment(seg, column, _CUT_GAP, _ALIGN)
        if parts is None:
            return None
        out.extend(parts)
    return out


def _notes_span(lines: Sequence[list[Segment]], column: float) -> tuple[float, float]:
    """From the top of the first line with a run starting at *column* to the bottom of the
    last: where the notes stand."""
    at = [line for line in lines if any(abs(s.bbox.x0 - column) <= _ALIGN for s in line)]
    if not at:
        return (0.0, 0.0)
    return (
        min(s.bbox.top for line in at for s in line),
        max(s.bbox.bottom for line in at for s in line),
    )


def _split_at(
    lines: Sequence[list[Segment]], width: float, column: float, least: int
) -> list[tuple[list[Segment], bool]] | None:
    """*lines* cut at a column of notes starting at *column*, each with whether it stays whole
    (a line across the page above or below the notes: a title, a running head, a passage set
    full width), or None when what starts there is no such column."""
    edge = column - _ALIGN
    top, bottom = _notes_span(lines, column)
    out: list[tuple[list[Segment], bool]] = []
    for line in lines:
        piece = _cut(line, column)
        if piece is not None:
            out.append((piece, False))
            continue
        if min(s.bbox.top for s in line) >= bottom or max(s.bbox.bottom for s in line) <= top:
            out.append((line, True))  # across the page, but above or below the notes
            continue
        return None  # the text runs across the column's edge beside the notes
    split = [line for line, whole in out if not whole]
    at = [
        any(abs(s.bbox.x0 - column) <= _ALIGN for s in line[1:])
        for line in split
        if any(abs(s.bbox.x0 - column) <= _ALIGN for s in line)
    ]
    text_lines = [line for line in split if line[0].bbox.x0 < edge]
    runs = [
        seg
        for line in text_lines
        if (seg := line[0]).bbox.x1 < edge and len(seg.text) >= _PROSE_CHARS
    ]
    if len(at) < least or not runs:
        return None
    if len(split) < len(out):
        # Lines across the page were let stand above or below: then most notes must stand on
        # lines of their own, as tufte-latex's do (set smaller, their lines fall between the
        # text's); a table's last columns, on its rows' lines under a header row across the
        # page, are the table's.
        noted = [line for line in split if any(abs(s.bbox.x0 - column) <= _ALIGN for s in line)]
        beside = sum(1 for line in noted if line[0].bbox.x0 < edge)
        if beside * 2 > len(noted):
            return None
        # ... and the notes are set smaller than the prose, as side notes are (a table beside
        # a box of key figures is set as the text is).
        note_size = statistics.median(s.size for line in noted for s in line if s.bbox.x0 >= edge)
        prose_size = statistics.median(seg.size for seg in runs)
        if note_size > _SMALLER * prose_size:
            return None
    prose = [seg.bbox.x1 for seg in runs]
    # The prose's type size: a table's cells, set smaller, would count for more than its
    # lines.
    size = statistics.median(seg.size for seg in runs)
    # Where the text's lines end: most of them, a quoted line or a heading set wider aside.
    text_edge = sorted(prose)[int(_MOST * (len(prose) - 1))]
    if (
        sum(at) < min(least, _MIN_BESIDE)
        or sum(at) > _SPARSE * len(text_lines)
        # Right of where the prose ends, by a word space (a table's last column stands
        # within the text's width) ...
        or column < max(prose) + _SPACE * size
        # ... and right beside it, in the page's margin: a box of figures set apart from a
        # magazine's narrow column of text is content.
        or column - text_edge > _NEAR * size
        # Narrow: the right half of a sheet that holds two pages side by side is a page.
        or max(s.bbox.x1 for line in split for s in line) - column > _NOTE_WIDTH * width
    ):
        return None
    return out


def split_margin(
    lines: Sequence[list[Segment]], width: float, least: int = _MIN_LINES
) -> tuple[list[list[Segment]], list[list[Segment]], float | None]:
    """*lines* (one page's visual lines of body text, top to bottom) as the text's lines, the
    lines of notes in a column in the right margin and where that column starts; no notes
    (and no column) when there is no such column.

    A column is *least* lines at least: a page's own lines show it from three on.  One or two
    are a column only where other pages of the document confirm one at that place, which
    ``assemble_pdf`` decides: the reader asks for them with *least* 1."""
    xs = [x for line in lines for x in _starts(line, width)]
    if len(xs) < least:
        return list(lines), [], None
    for column in _columns(xs):
        split = _split_at(lines, width, column, least)
        if split is not None:
            break
    else:
        return list(lines), [], None
    edge = column - _ALIGN
    body: list[list[Segment]] = []
    notes: list[list[Segment]] = []
    for line, whole in split:
        if whole:
            body.append(line)
            continue
        left = [s for s in line if s.bbox.x0 < edge]
        right = [s for s in line if s.bbox.x0 >= edge]
        if left:
            body.append(left)
        if right:
            notes.append(right)
    return body, notes, column


def same_column(x: float, columns: Sequence[float]) -> bool:
    """Whether a column of notes starting at *x* lines up with one of *columns*."""
    return any(abs(x - c) <= _ALIGN for c in columns)
