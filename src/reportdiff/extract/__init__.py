"""Extraction: a PDF (or a saved text layer) → a :class:`Document` of pages, metadata and blocks.

The pipeline, one small step a module::

    _pdf       pdfminer pages → glyphs and shapes (the only pdfminer import)
    _lines     glyphs → segments and lines, superscripts put back
    _regions   segments + shapes → measured regions per page
    _cover     leading pages that are a cover sheet (an archive's form), not the edition
    _metadata  header and sidebar lines → Metadata
    _numbering line numbers in the left margin (a2ps, pleading paper), left out
    _margin    notes in a column in the right margin, set apart from the lines beside them
    _blocks    body lines → headings and paragraphs, joined across lines and pages
    _text      a saved text layer → the same marked lines, without geometry
"""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from operator import attrgetter
from pathlib import Path

import attrs

from reportdiff.errors import NotAPDFError, NoTextError
from reportdiff.inputs import sniff

from ._blocks import LineItem, assemble, consecutive, join_lines, mark_pdf_lines
from ._cells import Wrapped, join_wrapped_rows
from ._columns import read_columns
from ._cover import first_head
from ._lines import Segment, dedupe, make_line, segment_line, segments, without_giants
from ._margin import same_column, split_margin
from ._metadata import letter_metadata, masthead, print_metadata
from ._numbering import NumberColumn, numbering, same_numbering
from ._pdf import Char, PageFailure, RawPage, iter_pages, preload_reader
from ._quotes import without_quote_marks
from ._regions import Geometry, measure, region_of
from ._sheets import sheet_halves
from ._skew import deskew
from ._struck import unstruck
from ._text import read_text_layer
from ._types import (
    BBox,
    Block,
    BlockKind,
    Document,
    Layout,
    Line,
    Metadata,
    PageInfo,
    Region,
    RegionBox,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CONTENT_BYTES",
    "DEFAULT_MAX_PAGES",
    "BBox",
    "Block",
    "BlockKind",
    "Document",
    "Layout",
    "Line",
    "Metadata",
    "PageFailure",
    "PageInfo",
    "PageRead",
    "PagesRead",
    "Region",
    "RegionBox",
    "assemble_pdf",
    "consecutive",
    "extract",
    "iter_pages",
    "join_lines",
    "page_warnings",
    "preload_reader",
    "read_page",
    "read_pages",
    "read_pdf",
    "read_text",
]

# Real editions are well under 2 MB and 20 pages; the caps leave a wide margin.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_PAGES = 200
DEFAULT_MAX_CONTENT_BYTES = 16 * 1024 * 1024
# How far past the pages present missing page labels are listed (see page_warnings).
PAGE_LABEL_SLACK = 50


def page_warnings(pages: list[PageInfo]) -> list[str]:
    """Warnings for page labels that skip, repeat, or fall short of the declared total."""
    warnings: list[str] = []
    labels = [int(p.label) for p in pages if p.label and p.label.isdigit()]
    declared = max((p.declared_total for p in pages if p.declared_total), default=None)
    if labels:
        # The declared total and the labels are numbers read from the document ("Pagina 1
        # van 2147483647"): nothing is sized by them.  Missing labels are looked for only up
        # to a cap a little past the pages present; a larger total is reported as a number.
        top = max(declared or 0, max(labels))
        cap = min(top, len(pages) + PAGE_LABEL_SLACK)
        seen = set(labels)
        missing = [m for m in range(1, cap + 1) if m not in seen]
        if missing:
            shown = ", ".join(str(m) for m in missing[:12]) + (" …" if len(missing) > 12 else "")
            beyond = (
                f" (labels were checked up to {cap}; the document declares {top} pages)"
                if top > cap
                else ""
            )
            warnings.append(f"page labels {shown} missing: the document looks incomplete{beyond}")
        repeated = sorted({x for x in labels if labels.count(x) > 1})
        if repeated:
            physical = [p.number for p in pages if p.label == str(repeated[0])]
            warnings.append(
                f"page label {repeated[0]} is printed on physical pages "
                f"{', '.join(map(str, physical))}: their true position is unknown"
            )
    if declared and len(pages) < declared and not labels:
        warnings.append(f"{len(pages)} of {declared} declared pages present")
    return warnings


def read_text(path: Path) -> Document:
    """Read a saved text layer (``.txt``) into a Document without geometry."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.strip():
        raise NoTextError(f"{path.name} holds no text; give the report's PDF or its text layer")
    meta, pages, items = read_text_layer(text)
    blocks, warnings = assemble(items, pages)
    return Document(
        name=path.name,
        kind="text",
        metadata=meta,
        pages=tuple(pages),
        blocks=tuple(blocks),
        warnings=tuple(page_warnings(pages) + warnings),
    )


@attrs.frozen
class PageRead:
    """One page as a reader hands it on: its measured info, its layout and its lines."""

    info: PageInfo
    layout: Layout
    lines: tuple[Line, ...]
    has_text: bool
    # Most of its glyphs are drawn invisible: an OCR layer under the page's image.
    hidden_text: bool = False
    # Glyphs struck through (deleted in a draft shown with its changes), not read.
    struck: int = 0
    # Glyphs no reader of the page sees (a switched-off layer, white on white, off the page,
    # under a cover), not read.
    unseen: int = 0
    # A sheet that holds two pages side by side (_sheets): those pages, each read as a page
    # of its own (numbered as the sheet until assemble_pdf numbers the pages as printed);
    # the sheet's own lines are then empty.
    halves: tuple[PageRead, ...] = ()
    # Where the column of notes in its right margin starts, when it has one.
    notes_at: float | None = None
    # The page read with one or two notes beside its text set apart as margin notes (with
    # their column's start as *notes_at*): too few to show a column, so taken only when other
    # pages of the document have notes at that place.
    few_notes: PageRead | None = None
    # Where its line numbers stand, when it has them (left out of its lines).
    numbers_at: tuple[NumberColumn, ...] = ()
    # The page read with numbers in its margin left out that count unevenly (with their
    # columns as *numbers_at*): taken only where another page's even count stands there.
    unnumbered: PageRead | None = None


@attrs.frozen
class PagesRead:
    """What one reader got from its share of a PDF's pages."""

    name: str
    pages: tuple[PageRead, ...]
    # The first page of the share that could not be read, and the error that says why.
    failure: tuple[int, Exception] | None = None


_LINE_INDEX = attrgetter("line")
_X0 = attrgetter("x0")


def _line(part: Sequence[Segment], page: int, region: Region) -> Line | None:
    """The line of one visual line's segments in one region."""
    if len(part) == 1:
        # The usual case.  A segment's glyphs are a run of its visual line, which
        # cluster_lines sorted by x0, all finite (dedupe stops a page at a NaN or infinite
        # x0), so sorting them again would change nothing: the line is the segment's.
        return segment_line(part[0], page, region)
    glyphs = [c for seg in part for c in seg.chars]
    text = _side_label(part) if region is Region.BODY else None
    return make_line(
        sorted(glyphs, key=_X0), page, region, text, cells=len(part), first_cell=part[0].text
    )


# A side label is a word or three: "Constatering", "Afspraak", "Budget 1923".
_SIDE_LABEL_CHARS = 25
_SIDE_LABEL_WORDS = 3


def _side_label(part: Sequence[Segment]) -> str | None:
    """The text of a line that is a label in bold beside its value in roman ("Afspraak" in a
    column of its own, then "SOFA koudweertraining: loopt"; a key/value table's row "Land" |
    "Noorwegen"), written as the label and its value: "Afspraak: SOFA koudweertraining:
    loopt".  Read as one run of words, the label would run into the value's first sentence
    as if it were part of it.  None for any other line."""
    if len(part) != 2:
        return None
    label, value = part
    words = label.text.split()
    if (
        not label.bold
        or value.bold
        or len(label.text) > _SIDE_LABEL_CHARS
        or len(words) > _SIDE_LABEL_WORDS
        or not label.text[:1].isupper()
        or label.text[-1:] in ":.;,!?)"
    ):
        return None
    return f"{label.text}: {value.text}"


# A sidebar holds a few short lines in a small type; this many lines or more, set as large as
# the body and with as much text as half the body's, are content.
_SIDE_CONTENT_LINES = 15


def _side_is_content(side: Sequence[Line], body: Sequence[Line]) -> bool:
    """Whether what was measured as the sidebar is text like the body's: many lines, in the
    body's type, as much of it as half the body (the right-hand page of two printed side by
    side, which the letter's sidebar edge cut off)."""
    if len(side) < _SIDE_CONTENT_LINES or not body:
        return False
    side_size = statistics.median(ln.size for ln in side)
    body_size = statistics.median(ln.size for ln in body)
    if side_size < body_size - 0.5:
        return False
    return sum(len(ln.text) for ln in side) * 2 >= sum(len(ln.text) for ln in body)


# The most characters of a table cell past the sidebar's edge ("van kracht sedert 2101").
_CELL_CHARS = 30


def _row_runs_past_sidebar(parts: Mapping[Region, Sequence[Segment]]) -> bool:
    """Whether a visual line's segments measured as the sidebar are the last cells of a table
    row in the body: the body's part is cells (two or more, a column-wide gap apart) and the
    sidebar's part is set in the body's type (a letter's sidebar is set smaller).  A table as
    wide as the page runs past the sidebar's edge on the pages after the first."""
    body, side = parts.get(Region.BODY), parts.get(Region.SIDEBAR)
    if not body or not side or len(body) < 2:
        return False
    size = statistics.median(s.size for s in body)
    # A cell holds a figure or a few words; a line of prose there is another page's (two
    # pages printed side by side), never a row's.
    return all(abs(s.size - size) <= 0.5 and len(s.text) <= _CELL_CHARS for s in side)


def read_page(raw: RawPage) -> PageRead:
    page = _read_visible(raw)
    return attrs.evolve(page, unseen=raw.unseen) if raw.unseen else page


def _read_visible(raw: RawPage) -> PageRead:
    kept, struck = unstruck(dedupe(raw.chars), raw.graphics)
    chars: Sequence[Char] = without_quote_marks(without_giants(kept))
    hidden = raw.invisible * 2 > len(raw.chars)
    if hidden:
        # An OCR layer lies as the sheet lay on the scanner: straightened before its glyphs
        # are grouped into lines.  A page typeset as a PDF has no slope to take out.
        chars = deskew(chars, raw.width)
    else:
        halves = sheet_halves(raw, chars)
        if halves is not None:
            read = [_read(half, half.chars, 0, hidden=False) for half in halves if half.chars]
            info = PageInfo(
                number=raw.number, width=round(raw.width, 1), height=round(raw.height, 1)
            )
            return PageRead(info, read[0].layout, (), True, False, struck, halves=tuple(read))
    return _read(raw, chars, struck, hidden)


def _read(raw: RawPage, chars: Sequence[Char], struck: int, hidden: bool) -> PageRead:
    """*raw*, its glyphs *chars* as read (the struck ones out, an OCR layer straightened), as
    its measured lines; its line numbers left out (where they count at an uneven pitch, the
    page is read both ways: assemble_pdf takes the reading without them where another page's
    even count stands in the same column)."""
    segs = segments(chars)
    found = numbering(segs)
    if not found.ids:
        return _read_segments(raw, chars, segs, struck, hidden)
    unnumbered = [c for c in chars if id(c) not in found.ids]
    without = _read_segments(raw, unnumbered, segments(unnumbered), struck, hidden)
    without = attrs.evolve(without, numbers_at=found.columns)
    if found.even:
        return without
    page = _read_segments(raw, chars, segs, struck, hidden)
    return attrs.evolve(page, unnumbered=without)


def _read_segments(
    raw: RawPage, chars: Sequence[Char], segs: Sequence[Segment], struck: int, hidden: bool
) -> PageRead:
    """*raw* read from its glyphs *chars* and their segments *segs*."""
    geom = measure(raw, segs)
    # Each segment of a visual line goes to the region its first glyph is in; the segments
    # of one line that share a region are one line again ("Datum" + its date).
    by_region: dict[Region, list[Line]] = defaultdict(list)
    # The body's visual lines wait for the others: two columns are read one after the other
    # (_columns), and a table row whose cells wrap becomes one line (_cells); both need the
    # lines below.
    body: list[list[Segment]] = []
    for _, group in itertools.groupby(segs, key=_LINE_INDEX):
        parts: dict[Region, list[Segment]] = defaultdict(list)
        for seg in group:
            # The segment's first visible glyph (it has one: it has text).
            for lead in seg.chars:
                if not lead.text.isspace():
                    break
            parts[region_of(lead, geom)].append(seg)
        if _row_runs_past_sidebar(parts):
            parts[Region.BODY].extend(parts.pop(Region.SIDEBAR))
        for region, part in parts.items():
            if region is Region.BODY:
                body.append(part)
                continue
            line = _line(part, raw.number, region)
            if line is not None:
                by_region[region].append(line)
    has_text = any(not c.text.isspace() for c in chars)
    split, notes, column = split_margin(body, raw.width)
    if column is not None:
        page = _finished(raw, geom, by_region, split, notes, has_text, hidden, struck)
        return attrs.evolve(page, notes_at=column)
    # One or two notes beside the text are a column only where other pages show one at the
    # same place (assemble_pdf): the page is read both ways.
    few, few_notes, at = split_margin(body, raw.width, least=1)
    page = _finished(raw, geom, by_region, split, notes, has_text, hidden, struck)
    if at is None:
        return page
    alone = _finished(raw, geom, by_region, few, few_notes, has_text, hidden, struck)
    return attrs.evolve(page, few_notes=attrs.evolve(alone, notes_at=at))


def _finished(
    raw: RawPage,
    geom: Geometry,
    regions: Mapping[Region, Sequence[Line]],
    body: Sequence[list[Segment]],
    notes: Sequence[list[Segment]],
    has_text: bool,
    hidden: bool,
    struck: int,
) -> PageRead:
    """The page read: its lines of the regions other than the body (*regions*), the body's
    visual lines (*body*, read into columns and table rows here) and its margin notes."""
    by_region: dict[Region, list[Line]] = defaultdict(list)
    for region, region_lines in regions.items():
        by_region[region].extend(region_lines)
    for part in notes:
        line = _line(part, raw.number, Region.MARGIN)
        if line is not None:
            by_region[Region.MARGIN].append(line)
    for row in join_wrapped_rows(read_columns(body, boxes=raw.graphics)):
        if isinstance(row, Wrapped):
            glyphs = [c for part in row.lines for seg in part for c in seg.chars]
            line = make_line(
                glyphs,
                raw.number,
                Region.BODY,
                " ".join(row.cells),
                len(row.lines),
                len(row.cells),
                row.cells[0],
            )
        else:
            line = _line(row, raw.number, Region.BODY)
        if line is not None:
            by_region[Region.BODY].append(line)
    lines: list[Line] = []
    boxes = []
    for region in Region:
        region_lines = by_region.get(region, [])
        lines.extend(region_lines)
        if region_lines:
            box = region_lines[0].bbox
            for ln in region_lines[1:]:
                if box is not None and ln.bbox is not None:
                    box = box.union(ln.bbox)
            if box is not None:
                boxes.append(RegionBox(region, box.rounded()))
    info = PageInfo(
        number=raw.number,
        label=geom.label,
        declared_total=geom.declared_total,
        width=round(raw.width, 1),
        height=round(raw.height, 1),
        regions=tuple(boxes),
        side_text_unread=_side_is_content(
            by_region.get(Region.SIDEBAR, []), by_region.get(Region.BODY, [])
        ),
    )
    return PageRead(info, geom.layout, tuple(lines), has_text, hidden, struck)


def read_pages(
    path: Path,
    *,
    password: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_content_bytes: int = DEFAULT_MAX_CONTENT_BYTES,
    share: tuple[int, int] = (0, 1),
) -> PagesRead:
    """Read one share of a PDF's pages (every n-th from the k-th) into measured lines."""
    from ._pdf import PageFailure, iter_pages

    pages: list[PageRead] = []
    for raw in iter_pages(
        path,
        password=password,
        max_pages=max_pages,
        max_content_bytes=max_content_bytes,
        share=share,
    ):
        if isinstance(raw, PageFailure):
            return PagesRead(path.name, tuple(pages), (raw.number, raw.error))
        pages.append(read_page(raw))
    return PagesRead(path.name, tuple(pages))


def _unfold(sheets: Sequence[PageRead]) -> list[PageRead]:
    """The pages the *sheets* hold, numbered from 1 as printed: a sheet of two pages side by
    side gives both, any other page itself."""
    out: list[PageRead] = []
    for sheet in sheets:
        for k, page in enumerate(sheet.halves or (sheet,)):
            number = len(out) + 1
            lines = tuple(attrs.evolve(ln, page=number) for ln in page.lines)
            info = attrs.evolve(page.info, number=number)
            # (the sheet's struck and unseen glyphs are counted once, on its first page)
            struck = sheet.struck if k == 0 else 0
            unseen = sheet.unseen if k == 0 else 0
            # (a half's few notes are not weighed: its lines' numbers would be the sheet's)
            out.append(
                attrs.evolve(
                    page,
                    info=info,
                    lines=lines,
                    struck=struck,
                    unseen=unseen,
                    halves=(),
                    few_notes=None,
                    unnumbered=None,
                )
            )
    return out


def _with_few_notes(pages: Sequence[PageRead]) -> list[PageRead]:
    """*pages*, each page with one or two notes in its right margin read with them set apart
    where another page has a column of notes at the same place (a reader's annotations: many
    on one page, one on the next)."""
    columns = [p.notes_at for p in pages if p.notes_at is not None]
    return [
        p.few_notes
        if p.few_notes is not None
        and p.few_notes.notes_at is not None
        and same_column(p.few_notes.notes_at, columns)
        else p
        for p in pages
    ]


def _with_uneven_numbers(pages: Sequence[PageRead]) -> list[PageRead]:
    """*pages*, each page whose margin numbers count at an uneven pitch read without them
    where another page's even count stands in the same column (lineno numbers an annex's
    table as one line, so the numbers beside it stand far apart)."""
    columns = [c for p in pages for c in p.numbers_at]
    return [
        p.unnumbered
        if p.unnumbered is not None
        and any(same_numbering(c, d) for c in p.unnumbered.numbers_at for d in columns)
        else p
        for p in pages
    ]


def assemble_pdf(reads: Sequence[PagesRead]) -> Document:
    """One Document from the shares its readers read: metadata, blocks and warnings."""
    name = reads[0].name
    failures = [r.failure for r in reads if r.failure is not None]
    first_failure = min(failures, key=lambda f: f[0]) if failures else None
    pages = sorted((p for r in reads for p in r.pages), key=lambda p: p.info.number)
    warnings: list[str] = []
    if first_failure is not None:
        number, error = first_failure
        pages = [p for p in pages if p.info.number < number]
        if not pages:
            raise error
        n = len(pages)
        warnings.append(f"{error}; read the {n} page{'s' if n != 1 else ''} before it")
    if not pages:
        raise NotAPDFError(f"{name} has no pages; download it again")
    if any(p.halves for p in pages):
        sheets = len(pages)
        pages = _unfold(pages)
        warnings.append(
            f"the PDF prints two pages side by side on {'each' if sheets > 1 else 'its'} "
            f"sheet: read as the {len(pages)} pages it holds, numbered as printed (page 3 is "
            "the left half of sheet 2)"
        )
    pages = _with_few_notes(_with_uneven_numbers(pages))
    if not any(p.has_text for p in pages):
        raise NoTextError(
            f"{name} looks like a scan: no text to read; run OCR on it first "
            "(for example ocrmypdf) or use the official PDF"
        )
    crowded = [p.info.number for p in pages if p.info.side_text_unread]
    if crowded:
        shown = ", ".join(map(str, crowded))
        warnings.append(
            f"page{'s' if len(crowded) > 1 else ''} {shown}: the right-hand column holds text "
            "set like the body (two pages side by side?), not read; nothing that may stand "
            "there is called removed or added"
        )
    struck = [p.info.number for p in pages if p.struck]
    if struck:
        shown = ", ".join(map(str, struck))
        warnings.append(
            f"page{'s' if len(struck) > 1 else ''} {shown}: text struck through (deleted in a "
            "draft shown with its changes) was not read; check those pages if the deletions "
            "matter"
        )
    unseen = [p.info.number for p in pages if p.unseen]
    if unseen:
        shown = ", ".join(map(str, unseen))
        count = sum(p.unseen for p in pages)
        warnings.append(
            f"page{'s' if len(unseen) > 1 else ''} {shown}: {count} character"
            f"{'s' if count != 1 else ''} no reader of the page sees (in a layer switched "
            "off, white on white, off the page, under a point tall or covered by a shape "
            "drawn over them) were not read; open the PDF's layers or its text if they matter"
        )
    # Notes in a column in the right margin are read after their page's text: a side note
    # of a typeset page says what the text says.  In a draft printed with its changes they
    # are its reviewers' comments ("FIN: AUD 62 miljard = stand 1964? svp nagaan"), no part
    # of what the letter will say: not read.
    draft = any(p.struck for p in pages)
    noted = [p.info.number for p in pages if any(ln.region is Region.MARGIN for ln in p.lines)]
    if noted and draft:
        shown = ", ".join(map(str, noted))
        warnings.append(
            f"page{'s' if len(noted) > 1 else ''} {shown}: the draft's comments in the right "
            "margin were not read; check them if they matter"
        )
    with_text = [p for p in pages if p.has_text]
    scanned = sum(p.hidden_text for p in with_text) * 2 > len(with_text)
    if scanned:
        warnings.append(
            "the text is an invisible layer under page images (OCR of a scan): names and "
            "figures may be misread; check every fact against its page"
        )
    # Every page keeps its place in the count; a cover sheet's lines are not read.
    infos = [p.info for p in pages]
    opening = first_head([(p.layout, p.lines) for p in pages])
    if opening is not None:
        cover, pages = pages[:opening], pages[opening:]
        shown = ", ".join(str(p.info.number) for p in cover)
        warnings.append(
            f"page{'s' if len(cover) > 1 else ''} {shown}: a cover sheet (a form of document "
            f"fields before the edition's head on page {pages[0].info.number}), not read as "
            "the edition's text"
        )
    layouts = [p.layout for p in pages]
    layout = (
        Layout.LETTER
        if Layout.LETTER in layouts
        else (Layout.KAMERSTUK if Layout.KAMERSTUK in layouts else Layout.UNKNOWN)
    )
    lines = [ln for p in pages for ln in p.lines]
    header = masthead([[ln.text for ln in p.lines if ln.region is Region.HEADER] for p in pages])
    if layout is Layout.LETTER:
        sidebar = [ln.text for ln in lines if ln.region is Region.SIDEBAR]
        meta = letter_metadata(header, sidebar)
    elif layout is Layout.KAMERSTUK:
        meta = print_metadata(header)
    else:
        meta = Metadata()
    read = (Region.BODY,) if draft else (Region.BODY, Region.MARGIN)
    body = [ln for ln in lines if ln.region in read]
    items: list[LineItem] = mark_pdf_lines(
        body, italic_headings=layout is Layout.KAMERSTUK, bare_headings=scanned
    )
    blocks, block_warnings = assemble(items, infos)
    return Document(
        name=name,
        kind="pdf",
        metadata=meta,
        pages=tuple(infos),
        blocks=tuple(blocks),
        warnings=tuple(page_warnings(infos) + warnings + block_warnings),
    )


def read_pdf(
    path: Path,
    *,
    password: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_content_bytes: int = DEFAULT_MAX_CONTENT_BYTES,
) -> Document:
    """Read a PDF edition page by page into a Document, measuring each page's regions."""
    return assemble_pdf(
        [
            read_pages(
                path, password=password, max_pages=max_pages, max_content_bytes=max_content_bytes
            )
        ]
    )


def extract(
    path: Path,
    *,
    password: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_content_bytes: int = DEFAULT_MAX_CONTENT_BYTES,
) -> Document:
    """Read a PDF or a saved text layer, after checking that the file is what it claims."""
    if sniff(path, max_bytes) == "text":
        return read_text(path)
    return read_pdf(
        path, password=password, max_pages=max_pages, max_content_bytes=max_content_bytes
    )
