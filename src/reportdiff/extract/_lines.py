"""Glyphs → lines: cluster characters by baseline, put superscripts back, build the text.

Each step is a small pure function over :class:`Char` values, in the manner of pdfplumber's
own table finder.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import attrs

from ._pdf import Char
from ._types import BBox, Line, Region

__all__ = [
    "Segment",
    "cluster_lines",
    "dedupe",
    "is_bold",
    "is_italic",
    "line_text",
    "make_line",
    "segments",
]

# A glyph this much smaller than the text around it, and raised, is a superscript ("43" + "e").
SUPERSCRIPT_RATIO = 0.8
# A horizontal gap wider than this many font sizes splits a visual line into two segments
# (body and sidebar on the same baseline).
COLUMN_GAP = 1.5
# A gap wider than this share of the font size between glyphs means a space was there.
SPACE_GAP = 0.2


@cache
def _bold_font(fontname: str) -> bool:
    font = fontname.split("+")[-1].lower()
    return any(w in font for w in ("bold", "black", "heavy", "semibold", "demi"))


@cache
def _italic_font(fontname: str) -> bool:
    font = fontname.split("+")[-1].lower()
    return "italic" in font or "oblique" in font


def is_bold(char: Char) -> bool:
    return _bold_font(char.fontname)


def is_italic(char: Char) -> bool:
    return _italic_font(char.fontname)


def _modal_size(chars: Sequence[Char]) -> float:
    sizes = [round(c.size, 1) for c in chars if not c.text.isspace()]
    return statistics.mode(sizes) if sizes else 0.0


def cluster_lines(chars: Iterable[Char]) -> list[list[Char]]:
    """Group glyphs into visual lines, top to bottom, each sorted left to right.

    Glyphs are first grouped by baseline.  A resulting line made only of small glyphs that sit
    raised just above a neighbouring line's baseline, next to its text, is a superscript and is
    merged into that line, so "43" + raised "e" reads "43e" and never becomes a line of its own.
    Small text on a baseline of its own (a footer, a label) stays a line.
    """
    upright = [c for c in chars if c.upright and c.text]
    if not upright:
        return []
    modal = _modal_size(upright)
    lines = cluster_lines_plain(upright)
    merged: list[list[Char]] = []
    for i, line in enumerate(lines):
        visible = [c for c in line if not c.text.isspace()]
        if visible and max(c.size for c in visible) < SUPERSCRIPT_RATIO * modal:
            host = _superscript_host(visible, [*merged[-1:], *lines[i + 1 : i + 2]])
            if host is not None:
                host.extend(line)
                continue
        merged.append(line)
    return [sorted(line, key=lambda c: c.x0) for line in merged]


def _superscript_host(small: Sequence[Char], neighbours: Sequence[list[Char]]) -> list[Char] | None:
    for line in neighbours:
        ref = max(line, key=lambda k: k.size)
        if ref.size < small[0].size / SUPERSCRIPT_RATIO:
            continue
        left = min(c.x0 for c in line) - ref.size
        right = max(c.x1 for c in line) + ref.size
        raised = all(
            ref.top - 0.3 * ref.size <= c.bottom < ref.bottom - 0.1 * ref.size for c in small
        )
        near = all(left <= c.x0 <= right for c in small)
        # A superscript is short: a footer or sidebar line next to body text is not one.
        if raised and near and len(small) <= 4:
            return line
    return None


def cluster_lines_plain(chars: Iterable[Char]) -> list[list[Char]]:
    """Group glyphs by baseline: a glyph joins the line whose largest glyph's baseline is
    within 0.3 of a font size of its own."""
    lines: list[list[Char]] = []
    ref: Char | None = None  # the largest glyph of the current line
    for c in sorted(chars, key=lambda c: (c.bottom, c.x0)):
        if ref is not None and abs(c.bottom - ref.bottom) <= 0.3 * min(ref.size, c.size):
            lines[-1].append(c)
            if c.size > ref.size:
                ref = c
            continue
        lines.append([c])
        ref = c
    return lines


def dedupe(chars: Sequence[Char], tolerance: float = 1.0) -> list[Char]:
    """Drop glyphs drawn twice at (almost) the same place in the same font, as pdfplumber's
    ``dedupe_chars`` does, in linear time.

    Glyphs are filed by text in a grid of cells twice the tolerance wide, so a twin within the
    tolerance lies in the glyph's own cell or in the neighbour on the side it is nearer to:
    four look-ups, not a comparison with every glyph.
    """
    cell = 2 * tolerance
    grid: dict[tuple[str, int, int], list[Char]] = {}
    out: list[Char] = []
    for c in chars:
        fx, fy = c.x0 / cell, c.top / cell
        gx, gy = int(fx), int(fy)
        if not c.text.isspace():
            nx = gx - 1 if fx - gx < 0.5 else gx + 1
            ny = gy - 1 if fy - gy < 0.5 else gy + 1
            if _twin_in(grid, c, ((gx, gy), (nx, gy), (gx, ny), (nx, ny)), tolerance):
                continue
        grid.setdefault((c.text, gx, gy), []).append(c)
        out.append(c)
    return out


def _twin_in(
    grid: dict[tuple[str, int, int], list[Char]],
    c: Char,
    cells: tuple[tuple[int, int], ...],
    tolerance: float,
) -> bool:
    for x, y in cells:
        for k in grid.get((c.text, x, y), ()):
            if (
                k.fontname == c.fontname
                and abs(k.size - c.size) < 0.05
                and abs(k.x0 - c.x0) <= tolerance
                and abs(k.top - c.top) <= tolerance
            ):
                return True
    return False


def line_text(chars: Sequence[Char]) -> str:
    """The text of one line's glyphs, with spaces where the gaps are and single spaces only."""
    out: list[str] = []
    prev: Char | None = None
    for c in chars:
        if c.text.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            prev = c
            continue
        if prev is not None and not prev.text.isspace() and out and out[-1] != " ":
            gap = c.x0 - prev.x1
            if gap > SPACE_GAP * min(prev.size, c.size):
                out.append(" ")
        out.append(c.text)
        prev = c
    return unicodedata.normalize("NFC", "".join(out).strip())


def bbox_of(chars: Sequence[Char]) -> BBox:
    return BBox(
        min(c.x0 for c in chars),
        min(c.top for c in chars),
        max(c.x1 for c in chars),
        max(c.bottom for c in chars),
    )


@attrs.frozen
class Segment:
    """A run of glyphs on one baseline with no column-wide gap in it."""

    text: str
    bbox: BBox
    size: float
    bold: bool
    chars: tuple[Char, ...]
    line: int = 0  # which visual line of the page it is part of


def segments(chars: Iterable[Char]) -> list[Segment]:
    """Split every visual line at wide gaps, so side-by-side columns come apart."""
    out: list[Segment] = []
    for index, line in enumerate(cluster_lines(chars)):
        run: list[Char] = []
        last: Char | None = None
        for c in line:
            if not c.text.isspace():
                if last is not None and c.x0 - last.x1 > COLUMN_GAP * max(last.size, c.size):
                    out.append(_segment(run, index))
                    run = []
                last = c
            run.append(c)
        if run:
            out.append(_segment(run, index))
    return [s for s in out if s.text]


def _segment(run: Sequence[Char], line: int) -> Segment:
    visible = [c for c in run if not c.text.isspace()] or list(run)
    return Segment(
        text=line_text(run),
        bbox=bbox_of(visible),
        size=_modal_size(visible),
        bold=_share(visible, is_bold) >= 0.9,
        chars=tuple(run),
        line=line,
    )


def _share(chars: Sequence[Char], test: Callable[[Char], bool]) -> float:
    visible = [c for c in chars if not c.text.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if test(c)) / len(visible)


def make_line(group: Sequence[Char], page: int, region: Region) -> Line | None:
    """One line from its glyphs (sorted left to right), or None when it holds no text."""
    visible = [c for c in group if not c.text.isspace()]
    if not visible:
        return None
    text = line_text(group)
    if not text:
        return None
    return Line(
        text=text,
        page=page,
        region=region,
        bbox=bbox_of(visible),
        size=_modal_size(visible),
        bold=_share(visible, is_bold) >= 0.9,
        italic=_share(visible, is_italic) >= 0.9,
    )
