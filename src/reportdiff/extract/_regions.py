"""Measure each page's regions (logo, page header, sidebar, footer, body) from its own geometry.

No coordinate is fixed in advance: the sidebar edge is where the "Onze referentie" label, the
page footer or the small-font column starts on *this* page; the footer is where its text sits;
the print's header ends at its rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ._furniture import (
    HEAD_FIELD,
    LETTER_PAGE_LABEL,
    PRINT_FOOTER,
    PRINT_PAGE_LABEL,
    PRINT_PLACE_DATE,
    PRINT_VERGADERJAAR,
    REFERENCE,
    RETURN_ADDRESS,
    SIDE_FIELD_LABEL,
    SIDEBAR_LABELS,
    SIDEBAR_SENDER,
    SUBJECT_FIELDS,
)
from ._lines import Segment
from ._measure import dominant_size
from ._pdf import Char, RawPage
from ._types import BBox, Layout, Region

__all__ = ["Geometry", "measure", "region_of"]


# The labels of a column of fields start within this many points of each other.
_ALIGN = 3.0
# A label starting this close to the page's left edge is in the text's column, not a sidebar.
_LEFT_EDGE = 0.15


@attrs.frozen
class Geometry:
    """The measured edges of one page's regions (``None`` where a page has no such region)."""

    layout: Layout
    sidebar_x: float | None = None
    # Where the sidebar ends, when it is a column of fields beside the addressee only (the
    # text under it runs across the page's width).
    sidebar_bottom: float | None = None
    footer_top: float | None = None
    header_bottom: float | None = None
    logo: BBox | None = None
    label: str | None = None
    declared_total: int | None = None


# The top share of a page where a running page header stands.
_HEAD_BAND = 0.12
# How far apart (in body font sizes) two borders of one table row can be.
_TABLE_ROW = 3.0
# A line of this many cells or more is a table's row.
_ROW_CELLS = 3
# A shape thinner than this (points) in one direction is a stroke: a rule or a cell border.
_THIN = 3.0
# The most lines of text a print's page header holds above its rule (the chamber's name, the
# session year, and a line either side of them for another typesetter's habits).
_HEADER_LINES = 4
# The most white space between a wrapped subject's lines, in font sizes.
_WRAP_GAP = 0.6
# A stroke at least this long is a rule, never part of a logo.
_RULE_MIN_LENGTH = 30.0
# What a typist sets for the emblem before the ministry's name in a page's head.
_EMBLEM_MARKS = " \t▮■█▌▍▎▏|"
# A logo's shapes are narrower than this share of the page (the emblem; not a band across it).
_LOGO_MAX_WIDTH = 0.4
# ... and lower than this share of its height; they may reach this far (points) above its top.
_LOGO_MAX_HEIGHT = 0.15
_SLACK_TOP = 1.0
# An emblem is at least this many points wide and tall, all its shapes together.
_LOGO_MIN = 10.0


def _is_rule(g: BBox) -> bool:
    """A horizontal stroke: a header rule, a table's row border, an underline."""
    return (g.bottom - g.top) < _THIN and (g.x1 - g.x0) >= _RULE_MIN_LENGTH


def _logo(page: RawPage, segs: Sequence[Segment]) -> BBox | None:
    """Shapes in the top band around the page's centre line, with the text beside them.

    Horizontal rules are left out: a header rule or the borders of a table that continues at
    the top of the page are no logo, and the text beside them is body text.  So are shapes as
    wide as the text, and a column rule: an emblem is narrow, and a band across the column
    (a table's shaded header row, a box's background) or the stroke between two columns is
    the body's.
    """
    centre = page.width / 2
    rules = [g for g in page.graphics if _is_rule(g)]
    shapes = [
        g
        for g in page.graphics
        if g.bottom < page.height * 0.2
        # On the page and of an emblem's height: a box that runs on from the page before
        # (Chromium draws it from far above the page's top) frames text, no emblem.
        and g.top >= -_SLACK_TOP
        and g.bottom - g.top < page.height * _LOGO_MAX_HEIGHT
        and abs((g.x0 + g.x1) / 2 - centre) < page.width * 0.15
        and (g.x1 - g.x0) < page.width * _LOGO_MAX_WIDTH
        and not _is_rule(g)
        and not _column_rule(g, segs)
        and not _frames_text(g, segs)
        and not _cell_border(g, rules)
    ]
    if not shapes:
        return None
    box = shapes[0]
    for g in shapes[1:]:
        box = box.union(g)
    if box.x1 - box.x0 < _LOGO_MIN or box.bottom - box.top < _LOGO_MIN:
        return None  # a list's bullets, a column of small marks: no emblem
    if any(s.bbox.bottom < box.top - _SLACK_TOP for s in segs):
        return None  # text above it: shapes among the page's text (a table's shading)
    for s in segs:
        overlaps = s.bbox.top < box.bottom and s.bbox.bottom > box.top
        if overlaps and s.bbox.x0 < box.x1 + 200 and s.bbox.x1 > box.x0 - 200:
            box = box.union(s.bbox)
    return box


def _cell_border(g: BBox, rules: Sequence[BBox]) -> bool:
    """Whether *g* is a table cell's upright border: a thin upright stroke running from one
    horizontal rule to another (a grid drawn cell by cell); an emblem's bar ends in no rule."""
    if (g.x1 - g.x0) >= _THIN:
        return False

    def on_rule(y: float) -> bool:
        return any(
            r.top - 1.0 <= y <= r.bottom + 1.0 and r.x0 - 1.0 <= g.x0 and g.x1 <= r.x1 + 1.0
            for r in rules
        )

    return on_rule(g.top) and on_rule(g.bottom)


def _frames_text(g: BBox, segs: Sequence[Segment]) -> bool:
    """Whether *g* holds text inside it: a table's cell or a framed box, not an emblem (the
    ministry's name stands beside an emblem, never in it)."""
    return any(
        s.bbox.x0 >= g.x0 - 1
        and s.bbox.x1 <= g.x1 + 1
        and s.bbox.top >= g.top - 1
        and s.bbox.bottom <= g.bottom + 1
        for s in segs
    )


def _column_rule(g: BBox, segs: Sequence[Segment]) -> bool:
    """Whether *g* is a stroke between two columns of text: thin and upright, with text on
    both sides of it at its height (an emblem's bar has the ministry's name on one side)."""
    if (g.x1 - g.x0) >= _THIN or (g.bottom - g.top) < _RULE_MIN_LENGTH:
        return False
    beside = [s for s in segs if s.bbox.top < g.bottom and s.bbox.bottom > g.top]
    return any(s.bbox.x1 <= g.x0 for s in beside) and any(s.bbox.x0 >= g.x1 for s in beside)


def _in_grid(rule: BBox, strokes: Sequence[BBox], row: float) -> bool:
    """Whether another horizontal stroke under the same columns lies within a table row of
    *rule*: then the rule is one of a table's borders, not a header rule."""
    for g in strokes:
        apart = abs(g.top - rule.top)
        if 1.0 < apart <= row and g.x0 < rule.x1 and g.x1 > rule.x0:
            return True
    return False


def _rule(
    page: RawPage, segs: Sequence[Segment], above_ok: Sequence[Segment], body_size: float = 10.0
) -> BBox | None:
    """The print's header rule: a thin shape spanning over half the page, in its top half,
    standing alone (a table at the top of a page has a ladder of such rules), under no more
    than the header's few lines of text (*above_ok*, a running page header, not counted).

    A table's bottom border can stand alone too, a page's height below its top border when the
    table is long; the text above it, and the border above it across the same columns, tell
    it from the header rule, which has only the chamber's name and the session year above it.
    """
    strokes = [g for g in page.graphics if _is_rule(g)]
    row = _TABLE_ROW * max(body_size, 1.0)
    skip = {id(s) for s in above_ok}

    def header_like(rule: BBox) -> bool:
        if any(g.bottom < rule.top - 1.0 and g.x0 < rule.x1 and g.x1 > rule.x0 for g in strokes):
            return False
        if any(
            s.bbox.top < rule.top
            and s.bbox.bottom > rule.bottom
            and s.bbox.x0 < rule.x1
            and s.bbox.x1 > rule.x0
            for s in segs
        ):
            # A stroke through a line of text (struck through, a reviewer's line from a word
            # to a note in the margin) is no rule under a page's head.
            return False
        above = [s for s in segs if s.bbox.bottom <= rule.top and id(s) not in skip]
        lines = Counter(s.line for s in above)
        # Rows of a table run on from the page before stand above its bottom border: two
        # lines of three cells or more are such rows, not a chamber's name and session year.
        rows = sum(1 for cells in lines.values() if cells >= _ROW_CELLS)
        return len(lines) <= _HEADER_LINES and rows < 2

    rules = [
        g
        for g in strokes
        if (g.x1 - g.x0) > page.width * 0.5
        and g.top < page.height / 2
        and not _in_grid(g, strokes, row)
        and header_like(g)
    ]
    return min(rules, key=lambda g: g.top) if rules else None


def _subject_bottom(segs: Sequence[Segment], betreft: Segment, sidebar_x: float | None) -> float:
    """Where the letter's subject ends: the "Betreft" line, and the lines a long subject wraps
    onto, set tight under it and starting where it or its text starts (the sidebar beside
    them aside)."""
    if sidebar_x is not None:
        segs = [s for s in segs if s.bbox.x0 < sidebar_x]
    starts = {round(s.bbox.x0) for s in segs if s.line == betreft.line}
    bottom, size = betreft.bbox.bottom, betreft.size
    for line in sorted({s.line for s in segs if s.line > betreft.line}):
        parts = [s for s in segs if s.line == line]
        first = min(parts, key=lambda s: s.bbox.x0)
        tight = first.bbox.top - bottom <= _WRAP_GAP * size
        if not tight or abs(first.size - size) > 0.5:
            break
        if not any(abs(first.bbox.x0 - x) <= 2.0 for x in starts):
            break
        if HEAD_FIELD.match(first.text) or first.text.startswith(SIDEBAR_LABELS):
            break  # the next field of the head, not the subject's next line
        bottom = max(s.bbox.bottom for s in parts)
    return bottom


def _letter_head(page: RawPage, segs: Sequence[Segment]) -> bool:
    """Whether the page's top half holds a letter's head with neither page labels nor a
    sidebar (a covering letter in a house style of its own): a return address, or both the
    date and the subject fields ("Datum 9 november 2182", "Betreft Rapportage …")."""
    top = [s for s in segs if s.bbox.bottom < page.height / 2]
    if any(RETURN_ADDRESS.match(s.text) for s in top):
        return True
    fields = {
        "Betreft" if m.group(1) in SUBJECT_FIELDS else m.group(1)
        for s in top
        if (m := HEAD_FIELD.match(s.text)) and m.group(2)
    }
    return fields == {"Datum", "Betreft"}


def _field_column(page: RawPage, segs: Sequence[Segment]) -> tuple[float, float] | None:
    """A letter's head fields set as a column beside the addressee, each label alone on its
    line over its value ("Datum" over "6 maart 1962", "Onderwerp" over the subject, "Kenmerk",
    "Bijlagen"), the text under them running across the page: where the column starts, and
    where it ends (the bottom of its last line above the first line of text that runs across
    its edge).  None when the page's top half has no two such labels, in its right half, one
    above the other."""
    labels = [
        s
        for s in segs
        if SIDE_FIELD_LABEL.match(s.text.strip())
        and s.bbox.x0 > page.width / 2
        and s.bbox.bottom < page.height / 2
    ]
    for first in sorted(labels, key=lambda s: s.bbox.top):
        x = first.bbox.x0
        aligned = [s for s in labels if abs(s.bbox.x0 - x) <= _ALIGN and s is not first]
        if not aligned:
            continue
        edge = x - _ALIGN
        below = [s for s in segs if s.bbox.top > first.bbox.top]
        across = [s.bbox.top for s in below if s.bbox.x0 < edge < s.bbox.x1]
        end = min(across, default=page.height)
        column = [s for s in segs if s.bbox.x0 >= edge and first.bbox.top <= s.bbox.top < end]
        return x - 1, max(s.bbox.bottom for s in column) + 0.5
    return None


def measure(page: RawPage, segs: Sequence[Segment]) -> Geometry:
    """Find this page's layout and region edges from its segments and shapes."""
    body_size = dominant_size(segs)
    logo = _logo(page, segs)

    labels = [s for s in segs if LETTER_PAGE_LABEL.search(s.text)]
    # "Pagina 2 van 5" closes a letter's page; a typist's running head can carry it at the top
    # instead, where it ends the page's head rather than starting its foot.
    head_labels = [s for s in labels if s.bbox.bottom < page.height * _HEAD_BAND]
    label_segs = [s for s in labels if s not in head_labels]
    ref_label_segs = [s for s in segs if any(s.text.startswith(lbl) for lbl in SIDEBAR_LABELS)]
    print_footer = [
        s for s in segs if PRINT_FOOTER.match(s.text) and s.bbox.top > page.height * 0.75
    ]

    # A word processor's print repeats the footer line as a page header on the pages after
    # the first ("Tweede Kamer, vergaderjaar …, nr. 57 2" above the text).
    print_head = [
        s for s in segs if PRINT_FOOTER.match(s.text) and s.bbox.bottom < page.height * _HEAD_BAND
    ]

    # A print's masthead names the session year ("Vergaderjaar 2020–2021") in the top half of
    # its first page: a print whose footer is set some other way is still a print.
    masthead = [
        s for s in segs if PRINT_VERGADERJAAR.match(s.text) and s.bbox.bottom < page.height / 2
    ]

    if label_segs or ref_label_segs:
        layout = Layout.LETTER
    elif print_footer or print_head or masthead:
        layout = Layout.KAMERSTUK
    elif head_labels or _letter_head(page, segs):
        layout = Layout.LETTER
    else:
        layout = Layout.UNKNOWN

    label: str | None = None
    declared: int | None = None
    footer_top: float | None = None
    sidebar_x: float | None = None
    sidebar_bottom: float | None = None
    header_bottom: float | None = None

    if layout is Layout.LETTER:
        if label_segs:
            lowest = max(label_segs, key=lambda s: s.bbox.top)
            m = LETTER_PAGE_LABEL.search(lowest.text)
            assert m is not None
            label, declared = m.group(1), int(m.group(2))
            footer_top = lowest.bbox.top - 1
        # The sidebar is the page's right column: a page label set at the left (a mirrored
        # page's outer margin) marks no sidebar edge, nor does a reference label at the page's
        # very left edge (a brochure's panel), which would make the whole page sidebar and
        # none of it read.
        right = [s for s in label_segs if s.bbox.x0 > page.width / 2]
        anchors = [s.bbox.x0 for s in right + ref_label_segs if s.bbox.x0 > page.width * _LEFT_EDGE]
        # A sidebar that holds only the reference has no label to anchor on: the small-font
        # column on the right half is the sidebar then.
        small_right = [
            s
            for s in segs
            if s.size < body_size * 0.85
            and s.bbox.x0 > page.width / 2
            and (footer_top is None or s.bbox.top < footer_top)
        ]
        fields = _field_column(page, segs)
        if fields is not None and (not anchors or fields[0] < min(anchors) - 1):
            # The fields' column beside the addressee is the sidebar down to its last field,
            # and everything above that the head (a page label further right is in the foot).
            sidebar_x, sidebar_bottom = fields
            header_bottom = sidebar_bottom
        elif anchors:
            sidebar_x = min(anchors) - 1
        elif small_right and any(REFERENCE.match(s.text) for s in small_right):
            sidebar_x = min(s.bbox.x0 for s in small_right) - 1
        betreft = [
            s
            for s in segs
            if s.text.startswith("Betreft") and (sidebar_x is None or s.bbox.x0 < sidebar_x)
        ]
        if betreft:
            lowest = max(betreft, key=lambda s: s.bbox.top)
            header_bottom = _subject_bottom(segs, lowest, sidebar_x) + 0.5
        if head_labels:
            head = max(s.bbox.bottom for s in head_labels) + 0.5
            header_bottom = max(header_bottom or head, head)
        # The logo block's name, set as text on every page ("▮ Ministerie van Defensie"):
        # the page's head, whatever draws (or does not draw) the emblem beside it.
        named = [
            s
            for s in segs
            if s.bbox.bottom < page.height * _HEAD_BAND
            and s.text.strip(_EMBLEM_MARKS) in SIDEBAR_SENDER
        ]
        if named:
            head = max(s.bbox.bottom for s in named) + 0.5
            header_bottom = max(header_bottom or head, head)
    elif layout is Layout.KAMERSTUK:
        if print_footer:
            footer_top = min(s.bbox.top for s in print_footer) - 1
        for s in print_footer + print_head:
            m = PRINT_PAGE_LABEL.search(s.text)
            if m:
                label = m.group(1)
        rule = _rule(page, segs, print_head, body_size)
        place = [s for s in segs if PRINT_PLACE_DATE.match(s.text)]
        if place:
            header_bottom = min(place, key=lambda s: s.bbox.top).bbox.bottom + 0.5
        elif rule is not None:
            header_bottom = rule.bottom
        if print_head:
            head = max(s.bbox.bottom for s in print_head) + 0.5
            header_bottom = max(header_bottom or head, head)
    return Geometry(
        layout=layout,
        sidebar_x=sidebar_x,
        sidebar_bottom=sidebar_bottom,
        footer_top=footer_top,
        header_bottom=header_bottom,
        logo=logo,
        label=label,
        declared_total=declared,
    )


def region_of(c: Char, geom: Geometry) -> Region:
    """Which region a glyph belongs to on a measured page."""
    cy = (c.top + c.bottom) / 2
    logo = geom.logo
    if (
        logo is not None
        and logo.top - 1 <= cy <= logo.bottom + 1
        and logo.x0 - 1 <= c.x0 <= logo.x1 + 1
    ):
        return Region.LOGO
    if geom.footer_top is not None and c.top >= geom.footer_top:
        return Region.FOOTER
    if (
        geom.sidebar_x is not None
        and c.x0 >= geom.sidebar_x
        and (geom.sidebar_bottom is None or cy <= geom.sidebar_bottom)
    ):
        return Region.SIDEBAR
    if geom.header_bottom is not None and cy <= geom.header_bottom:
        return Region.HEADER
    if logo is not None and c.bottom <= logo.bottom:
        return Region.LOGO
    return Region.BODY
