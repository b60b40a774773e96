"""Extraction: a PDF (or a saved text layer) → a :class:`Document` of pages, metadata and blocks.

The pipeline, one small step a module::

    _pdf       pdfplumber pages → glyphs and shapes (the only pdfplumber import)
    _lines     glyphs → segments and lines, superscripts put back
    _regions   segments + shapes → measured regions per page
    _metadata  header and sidebar lines → Metadata
    _blocks    body lines → headings and paragraphs, joined across lines and pages
    _text      a saved text layer → the same marked lines, without geometry
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

from reportdiff.errors import FileMissingError, NotAPDFError, NoTextError, TooLargeError

from ._blocks import LineItem, assemble, consecutive, join_lines, mark_pdf_lines
from ._lines import dedupe, make_line, segments
from ._metadata import letter_metadata, print_metadata
from ._pdf import Char
from ._regions import measure, region_of
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
    "PageInfo",
    "Region",
    "RegionBox",
    "consecutive",
    "extract",
    "join_lines",
    "page_warnings",
    "read_pdf",
    "read_text",
]

# Real editions are well under 2 MB and 20 pages; the caps leave a wide margin.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_PAGES = 200
DEFAULT_MAX_CONTENT_BYTES = 16 * 1024 * 1024
_TEXT_SUFFIXES = {".txt", ".text"}


def page_warnings(pages: list[PageInfo]) -> list[str]:
    """Warnings for page labels that skip, repeat, or fall short of the declared total."""
    warnings: list[str] = []
    labels = [int(p.label) for p in pages if p.label and p.label.isdigit()]
    declared = max((p.declared_total for p in pages if p.declared_total), default=None)
    if labels:
        top = max(declared or 0, max(labels))
        missing = sorted(set(range(1, top + 1)) - set(labels))
        if missing:
            shown = ", ".join(str(m) for m in missing[:12]) + (" …" if len(missing) > 12 else "")
            warnings.append(f"page labels {shown} missing: the document looks incomplete")
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


def _check_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise FileMissingError(f"{path}: no such file; check the path or give a year instead")
    if not path.is_file():
        raise FileMissingError(f"{path} is not a file; give a PDF of the report or a year")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise FileMissingError(
            f"{path} cannot be read ({exc.strerror}); check its permissions"
        ) from exc
    if size == 0:
        raise NotAPDFError(f"{path.name} is empty; download it again")
    if size > max_bytes:
        raise TooLargeError(
            f"{path.name} is {size // (1024 * 1024)} MB, over the cap of "
            f"{max_bytes // (1024 * 1024)} MB; raise it with --max-mb if this really is an edition"
        )
    return head


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


def read_pdf(
    path: Path,
    *,
    password: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_content_bytes: int = DEFAULT_MAX_CONTENT_BYTES,
) -> Document:
    """Read a PDF edition page by page into a Document, measuring each page's regions."""
    from ._pdf import iter_pages

    pages: list[PageInfo] = []
    lines: list[Line] = []
    warnings: list[str] = []
    layouts: list[Layout] = []
    any_text = False
    for raw in iter_pages(
        path, password=password, max_pages=max_pages, max_content_bytes=max_content_bytes
    ):
        if isinstance(raw, Exception):
            if not pages:
                raise raw
            warnings.append(f"{raw}; read the {len(pages)} pages before it")
            break
        chars = dedupe(raw.chars)
        any_text = any_text or any(not c.text.isspace() for c in chars)
        segs = segments(chars)
        geom = measure(raw, segs)
        layouts.append(geom.layout)
        # Each segment of a visual line goes to the region its first glyph is in; the segments
        # of one line that share a region are one line again ("Datum" + its date).
        by_region: dict[Region, list[Line]] = defaultdict(list)
        for _, group in itertools.groupby(segs, key=lambda s: s.line):
            parts: dict[Region, list[Char]] = defaultdict(list)
            for seg in group:
                lead = next((c for c in seg.chars if not c.text.isspace()), seg.chars[0])
                parts[region_of(lead, geom)].extend(seg.chars)
            for region, part in parts.items():
                line = make_line(sorted(part, key=lambda c: c.x0), raw.number, region)
                if line is not None:
                    by_region[region].append(line)
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
        pages.append(
            PageInfo(
                number=raw.number,
                label=geom.label,
                declared_total=geom.declared_total,
                width=round(raw.width, 1),
                height=round(raw.height, 1),
                regions=tuple(boxes),
            )
        )
    if not pages:
        raise NotAPDFError(f"{path.name} has no pages; download it again")
    if not any_text:
        raise NoTextError(
            f"{path.name} looks like a scan: no text to read; run OCR on it first "
            "(for example ocrmypdf) or use the official PDF"
        )
    layout = (
        Layout.LETTER
        if Layout.LETTER in layouts
        else (Layout.KAMERSTUK if Layout.KAMERSTUK in layouts else Layout.UNKNOWN)
    )
    first = [ln for ln in lines if ln.page == pages[0].number]
    header = [ln.text for ln in first if ln.region is Region.HEADER]
    if layout is Layout.LETTER:
        sidebar = [ln.text for ln in lines if ln.region is Region.SIDEBAR]
        meta = letter_metadata(header, sidebar)
    elif layout is Layout.KAMERSTUK:
        meta = print_metadata(header)
    else:
        meta = Metadata()
    body = [ln for ln in lines if ln.region is Region.BODY]
    items: list[LineItem] = mark_pdf_lines(body, italic_headings=layout is Layout.KAMERSTUK)
    blocks, block_warnings = assemble(items, pages)
    return Document(
        name=path.name,
        kind="pdf",
        metadata=meta,
        pages=tuple(pages),
        blocks=tuple(blocks),
        warnings=tuple(page_warnings(pages) + warnings + block_warnings),
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
    head = _check_file(path, max_bytes)
    if b"%PDF-" in head:
        return read_pdf(
            path, password=password, max_pages=max_pages, max_content_bytes=max_content_bytes
        )
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return read_text(path)
    raise NotAPDFError(
        f"{path.name} is not a PDF (no %PDF- header); give the report's PDF, or its text "
        "layer as a .txt file"
    )
