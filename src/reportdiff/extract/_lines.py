"""Glyphs → lines: cluster characters by baseline, put superscripts back, build the text.

Each step is a small pure function over :class:`Char` values, in the manner of pdfplumber's
own table finder.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise
from operator import attrgetter, itemgetter

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
    "segment_line",
    "segments",
    "split_segment",
]

# A glyph this much smaller than the text around it, and raised, is a superscript ("43" + "e").
SUPERSCRIPT_RATIO = 0.8
# A horizontal gap wider than this many font sizes splits a visual line into two segments
# (body and sidebar on the same baseline).
COLUMN_GAP = 1.5
# A gap wider than this share of the font size between glyphs of one size means a space was
# there.  A justified line is set with spaces shrunk below their width: TeX takes Times's
# 0.25 em down to 0.19 em, and 0.2 joined such a line into one word.
SPACE_GAP = 0.15
# Between glyphs of two sizes (a note mark or a superscript beside the text) the gap is
# measured against the smaller, which takes the looser ratio: a mark set a hair after a full
# stop ("voetnoot.²") stays on its word.
MIXED_SPACE_GAP = 0.2


def _space_gap(size: float, other: float) -> float:
    """The widest gap between two visible glyphs of these sizes that is no space."""
    if size == other:
        return SPACE_GAP * size
    return MIXED_SPACE_GAP * (size if size < other else other)


# A font's weight and slant are read from its PostScript name, as typesetters write them: a
# style after the family ("Arial-BoldMT", "Arial,Italic", "LMRoman10-Bold"), the URW fonts'
# short forms that TeX's Times and Helvetica use ("NimbusRomNo9L-Medi", "-ReguItal",
# "-MediItal"), Adobe's "-It" and "-BoldIt", and Computer Modern's names and their T1 versions
# (cm-super's "SF…"), which have no style part at all ("CMBX10" and "SFBX1000" bold, "CMTI10"
# italic, "CMSL10" slanted).
_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demi")
_BOLD_STYLE = re.compile(r"medi(?:um)?|med|sb|bd")
_ITALIC_STYLE = re.compile(r".*(?:it|ital|italic|obl|oblique|slanted|kursiv)(?:mt|ps)?")
_CM_BOLD = re.compile(r"(?:cm|ec|sf)(?:bx|b|ssbx|sx|bxsl|bxti|bi|bl)\d+")
_CM_ITALIC = re.compile(r"(?:cm|ec|sf)(?:ti|sl|ssi|si|bxti|bxsl|bi|bl|itt|sltt|u)\d+")


def _style(font: str) -> str:
    """The style part of a font name, after its family: "bolditalic" of "Arial-BoldItalic",
    "medi" of "NimbusRomNo9L-Medi"; "" when the name has none."""
    for sep in ("-", ","):
        if sep in font:
            return font.rsplit(sep, 1)[1]
    return ""


@cache
def _bold_font(fontname: str) -> bool:
    font = fontname.split("+")[-1].lower()
    style = _style(font)
    return (
        any(w in font for w in _BOLD_WORDS)
        or bool(_BOLD_STYLE.match(style))
        or bool(_CM_BOLD.fullmatch(font))
    )


@cache
def _italic_font(fontname: str) -> bool:
    font = fontname.split("+")[-1].lower()
    return (
        "italic" in font
        or "oblique" in font
        or bool(_ITALIC_STYLE.fullmatch(_style(font)))
        or bool(_CM_ITALIC.fullmatch(font))
    )


def is_bold(char: Char) -> bool:
    return _bold_font(char.fontname)


def is_italic(char: Char) -> bool:
    return _italic_font(char.fontname)


# attrgetter and itemgetter run in C: cheaper than a lambda or a generator per glyph.
_X0 = attrgetter("x0")
_X1 = attrgetter("x1")
_TOP = attrgetter("top")
_BOTTOM = attrgetter("bottom")
_SIZE = attrgetter("size")
_FONTNAME = attrgetter("fontname")
_BASELINE = attrgetter("bottom", "x0")
_COUNT = itemgetter(1)


def _modal_size(chars: Sequence[Char]) -> float:
    """The most common size of the visible glyphs, rounded to 0.1 pt (0.0 when there are none)."""
    return _rounded_mode([c.size for c in chars if not c.text.isspace()])


def _rounded_mode(sizes: list[float]) -> float:
    """``statistics.mode([round(s, 1) for s in sizes])``, or 0.0 for no sizes: the same value,
    with each distinct size rounded once instead of every glyph's.

    ``statistics.mode`` counts with a Counter and returns the first of the most common values
    in input order.  A Counter of the raw sizes keeps them in first-seen order, and a rounded
    value is first seen where the first raw size that rounds to it is, so summing the counts
    per rounded value in that order and taking the first maximum gives the same value.
    """
    if not sizes:
        return 0.0
    first = sizes[0]
    if sizes.count(first) == len(sizes):  # one size throughout: most lines
        return round(first, 1)
    counts: dict[float, int] = {}
    for size, n in Counter(sizes).items():
        if size != size:
            # NaN: statistics.mode counts each rounded NaN on its own (NaN != NaN); do the same.
            return statistics.mode([round(s, 1) for s in sizes])
        rounded = round(size, 1)
        counts[rounded] = counts.get(rounded, 0) + n
    return max(counts.items(), key=_COUNT)[0]


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
    small = SUPERSCRIPT_RATIO * _modal_size(upright)
    lines = cluster_lines_plain(upright)
    merged: list[list[Char]] = []
    for i, line in enumerate(lines):
        lead = line[0]
        if lead.size >= small and not lead.text.isspace():
            # The largest visible size (max() below) is at least this visible glyph's, so
            # the line is no superscript: the answer for nearly every line, found at once.
            merged.append(line)
            continue
        visible = [c for c in line if not c.text.isspace()]
        if visible and max(map(_SIZE, visible)) < small:
            host = _superscript_host(visible, [*merged[-1:], *lines[i + 1 : i + 2]])
            if host is not None:
                host.extend(line)
                continue
        merged.append(line)
    return [sorted(line, key=_X0) for line in merged]


def _superscript_host(small: Sequence[Char], neighbours: Sequence[list[Char]]) -> list[Char] | None:
    for line in neighbours:
        ref = max(line, key=_SIZE)
        if ref.size < small[0].size / SUPERSCRIPT_RATIO:
            continue
        left = min(map(_X0, line)) - ref.size
        right = max(map(_X1, line)) + ref.size
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
    line: list[Char] = []
    # The largest glyph of the current line, as its baseline and size (no line yet: None).
    ref_bottom: float | None = None
    ref_size = 0.0
    for c in sorted(chars, key=_BASELINE):
        bottom, size = c.bottom, c.size
        # min(ref_size, size) and max(...) spelled out: the same value, without a call per glyph.
        if ref_bottom is not None and abs(bottom - ref_bottom) <= 0.3 * (
            size if size < ref_size else ref_size
        ):
            line.append(c)
            if size > ref_size:
                ref_bottom, ref_size = bottom, size
            continue
        line = [c]
        lines.append(line)
        ref_bottom, ref_size = bottom, size
    return lines


# A glyph this many times the page's common size is no text: a watermark or a background
# figure.
_GIANT = 6.0


def without_giants(chars: Sequence[Char]) -> Sequence[Char]:
    """*chars* without glyphs six times the page's common size or more: a watermark ("CONCEPT"
    set diagonally across a draft, 80 pt over 10 pt text) or a figure in the background,
    whose letters would otherwise land one by one in the lines they cross ("defensOie-
    uitgaven", "PLitouwen").  A title is two or three times the text's size."""
    if not chars:
        return chars
    # The common size is at least the smallest: with nothing six times that, there is no
    # giant, and the page's sizes need not be counted (two passes in C instead).
    sizes = list(map(_SIZE, chars))
    if max(sizes) < _GIANT * min(sizes):
        return chars
    common = _modal_size(chars)
    if common <= 0 or not any(c.size >= _GIANT * common for c in chars):
        return chars
    return [c for c in chars if c.size < _GIANT * common]


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
        text = c.text
        # Worked out for every glyph, whitespace too: a NaN or infinite position stops the
        # page here (int() raises), which read_page relies on (every x0 after this is finite).
        fx, fy = c.x0 / cell, c.top / cell
        gx, gy = int(fx), int(fy)
        if text.isspace():
            # Whitespace is always kept, and never looked up (look-ups are by the glyph's own,
            # visible, text), so it need not be filed.
            out.append(c)
            continue
        nx = gx - 1 if fx - gx < 0.5 else gx + 1
        ny = gy - 1 if fy - gy < 0.5 else gy + 1
        own = (text, gx, gy)
        # Nearly every glyph has no glyph of the same text in the four cells: four look-ups
        # say so without building the cell list and calling _twin_in.
        near = (
            own in grid
            or (text, nx, gy) in grid
            or (text, gx, ny) in grid
            or (text, nx, ny) in grid
        )
        if near and _twin_in(grid, c, ((gx, gy), (nx, gy), (gx, ny), (nx, ny)), tolerance):
            continue
        filed = grid.get(own)
        if filed is None:
            grid[own] = [c]
        else:
            filed.append(c)
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


# Leader dots that run a cell out to the next ("1984 ........ 3,4 %", a tab's dotted leader):
# the space between two cells.  Not those that run a title out to its page number at the end
# of the line (a table of contents, which _furniture tells by them).
_LEADERS = re.compile(r" ?(?:\. ?){4,}+(?!\s*\d{1,3}\s*$)(?=\S)")


def _without_leaders(text: str) -> str:
    return _LEADERS.sub(" ", text) if "...." in text or ". ." in text else text


# A minus sign (U+2212) between two letters or digits is a hyphen: R's pdf() device, and any
# writer that maps the hyphen to the font's minus glyph, sets "Staten−Generaal",
# "kst−33279−1602", "21 501−28"; so does a2ps (Courier's minus), also in a rule of them under
# a heading ("−−−−−−") and in a list's dash at a line's start ("− EUFOR Althea").  One that
# signs a number ("−0,3 %") has a space or nothing before it and a digit after it.
_MINUS_AS_HYPHEN = re.compile(r"(?<=\w)\u2212(?=\w)|\u2212{2,}|^\u2212(?=\s)")


# A spacing accent right before a letter is that letter's: TeX with its old 7-bit fonts (OT1,
# Texinfo's default) sets "ë" as the accent "¨" placed over an "e", so the text reads
# "Belgi¨e", "ori¨entatie".  Each becomes its combining mark after the letter, then composed.
_SPACING_ACCENTS = {
    "\u00a8": "\u0308",  # diaeresis
    "\u00b4": "\u0301",  # acute
    "\u02c6": "\u0302",  # circumflex
    "\u02dc": "\u0303",  # tilde
    "\u00b8": "\u0327",  # cedilla
    "\u02c7": "\u030c",  # caron
    "\u02d8": "\u0306",  # breve
    "\u02da": "\u030a",  # ring
}
_ACCENT_BEFORE_LETTER = re.compile("([" + "".join(_SPACING_ACCENTS) + "])([^\\W\\d_])")


def _plain(raw: str) -> str:
    """A line's (or a segment's) text as every later stage reads it: an accent set apart
    joined to its letter, composed (NFC), its hyphens set as minus signs made hyphens,
    without leader dots."""
    text = raw.strip()
    if any(accent in text for accent in _SPACING_ACCENTS):
        text = _ACCENT_BEFORE_LETTER.sub(lambda m: m.group(2) + _SPACING_ACCENTS[m.group(1)], text)
    text = unicodedata.normalize("NFC", text)
    if "\u2212" in text:
        text = _MINUS_AS_HYPHEN.sub(lambda m: "-" * len(m.group()), text)
    return _without_leaders(text)


def _inside(space: Char, prev_x1: float) -> bool:
    """Whether a space glyph starts well inside the visible glyph before it: set over that
    glyph, not after it (iText sets a list item's space under the item's first letter:
    "K" then " " at the same x, then "amerstukken"), it separates nothing."""
    return space.x0 < prev_x1 - 0.5 * space.size * SPACE_GAP


def line_text(chars: Sequence[Char]) -> str:
    """The text of one line's glyphs, with spaces where the gaps are and single spaces only."""
    out: list[str] = []
    # The previous glyph when it was visible; None at the start and after whitespace.  (A
    # visible glyph always ends ``out`` with its text, so "out ends in text" is "prev is set".)
    prev: Char | None = None
    for c in chars:
        text = c.text
        if text.isspace():
            if prev is not None and not _inside(c, prev.x1):
                out.append(" ")
                prev = None
            continue
        if prev is not None:
            size, prev_size = c.size, prev.size
            if c.x0 - prev.x1 > (
                SPACE_GAP * size if size == prev_size else _space_gap(size, prev_size)
            ):
                out.append(" ")
        out.append(text)
        prev = c
    return _plain("".join(out))


def bbox_of(chars: Sequence[Char]) -> BBox:
    return BBox(
        min(map(_X0, chars)),
        min(map(_TOP, chars)),
        max(map(_X1, chars)),
        max(map(_BOTTOM, chars)),
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
    italic: bool = False  # as make_line's: 90% of its visible glyphs are italic


def segments(chars: Iterable[Char]) -> list[Segment]:
    """Split every visual line at wide gaps, so side-by-side columns come apart."""
    out: list[Segment] = []
    for index, line in enumerate(cluster_lines(chars)):
        # One pass over the line finds where its runs start and puts their text together as
        # line_text(run) would (the same steps in the same order, a run starting afresh).
        pieces: list[str] = []  # line_text's ``out``, for all the line's runs in turn
        add = pieces.append
        starts = [(0, 0)]  # (glyph, piece) where each run starts
        last_x1 = last_size = 0.0  # the line's last visible glyph's, once there is one
        seen = False  # a visible glyph came before
        after_text = False  # the previous glyph was visible (line_text's ``prev``)
        for i, c in enumerate(line):
            text = c.text
            if text.isspace():
                if after_text and not _inside(c, last_x1):
                    add(" ")
                    after_text = False
                continue
            size = c.size
            if seen:
                gap = c.x0 - last_x1
                # COLUMN_GAP * max(last_size, size), spelled out
                if gap > COLUMN_GAP * (size if size > last_size else last_size):
                    starts.append((i, len(pieces)))
                # line_text's space test (prev is the last visible glyph then)
                elif after_text and gap > (
                    SPACE_GAP * size if size == last_size else _space_gap(size, last_size)
                ):
                    add(" ")
            add(text)
            last_x1, last_size = c.x1, size
            seen = after_text = True
        starts.append((len(line), len(pieces)))
        for (first, piece), (stop, piece_stop) in pairwise(starts):
            _add_segment(out, line[first:stop], pieces[piece:piece_stop], index)
    return out


def split_segment(
    seg: Segment, start: float, least: float, slack: float
) -> tuple[Segment, Segment] | None:
    """*seg* cut in two before the glyph that starts within *slack* points of *start*, after a
    gap at least *least* font sizes wide (a column's line and the next column's, run together
    on one baseline across a gutter narrower than COLUMN_GAP), each part as ``segments`` would
    have made it; None when there is no such gap."""
    visible = [i for i, c in enumerate(seg.chars) if not c.text.isspace()]
    for a, b in pairwise(visible):
        left, right = seg.chars[a], seg.chars[b]
        if abs(right.x0 - start) > slack:
            continue
        if right.x0 - left.x1 < least * max(left.size, right.size):
            return None
        parts = [segments(seg.chars[: a + 1]), segments(seg.chars[b:])]
        if any(len(part) != 1 for part in parts):
            return None
        return attrs.evolve(parts[0][0], line=seg.line), attrs.evolve(parts[1][0], line=seg.line)
    return None


def _add_segment(out: list[Segment], run: list[Char], pieces: list[str], line: int) -> None:
    """Append the run as a Segment, unless it has no text (it is whitespace only)."""
    text = _plain("".join(pieces))  # as line_text
    if not text:
        return
    # Text comes from visible glyphs only, so there are some.
    visible = [c for c in run if not c.text.isspace()]
    bold, italic = _typeface(visible)
    out.append(
        Segment(
            text=text,
            bbox=bbox_of(visible),
            size=_rounded_mode(list(map(_SIZE, visible))),
            bold=bold,
            chars=tuple(run),
            line=line,
            italic=italic,
        )
    )


def _typeface(visible: Sequence[Char]) -> tuple[bool, bool]:
    """Whether the (visible) glyphs are bold and whether italic: at least 90% of them are in a
    bold (an italic) font, the share worked out as ``count / len`` as it always was."""
    if not visible:
        return False, False
    fonts = list(map(_FONTNAME, visible))
    first = fonts[0]
    if fonts.count(first) == len(fonts):
        # One font (nearly every line): a share of 1.0 or 0.0.
        return _bold_font(first), _italic_font(first)
    n = len(fonts)
    return sum(map(_bold_font, fonts)) / n >= 0.9, sum(map(_italic_font, fonts)) / n >= 0.9


def make_line(
    group: Sequence[Char],
    page: int,
    region: Region,
    text: str | None = None,
    rows: int = 1,
    cells: int = 1,
    first_cell: str = "",
) -> Line | None:
    """One line from its glyphs (sorted left to right), or None when it holds no text.

    *text*, when given, is the line's text as put together from its glyphs elsewhere, set on
    *rows* visual lines (a table row's wrapped cells, joined cell by cell); *cells* is how many
    runs of text apart it was put together from, *first_cell* the first of them."""
    visible = [c for c in group if not c.text.isspace()]
    if not visible:
        return None
    if text is None:
        text = line_text(group)
    if not text:
        return None
    bold, italic = _typeface(visible)
    return Line(
        text=text,
        page=page,
        region=region,
        bbox=bbox_of(visible),
        size=_rounded_mode(list(map(_SIZE, visible))),
        bold=bold,
        italic=italic,
        rows=rows,
        cells=cells,
        first_cell=first_cell,
    )


def segment_line(seg: Segment, page: int, region: Region) -> Line:
    """``make_line(seg.chars, page, region)`` for a segment ``segments`` gave, from what the
    segment holds: its text, box, size, boldness and slant were worked out from the same glyphs
    the same way, and it has text, so the line is never None."""
    return Line(
        text=seg.text,
        page=page,
        region=region,
        bbox=seg.bbox,
        size=seg.size,
        bold=seg.bold,
        italic=seg.italic,
    )
