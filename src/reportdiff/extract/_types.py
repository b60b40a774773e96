"""The values extraction produces: pages, lines with positions, blocks and letter metadata.

They are the pipeline's first stages (PDF → lines with positions → blocks); nothing here knows
about partners or budgets.
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

__all__ = [
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
]


@attrs.frozen
class BBox:
    """A rectangle in PDF points, origin top-left (pdfplumber's ``top``/``bottom``)."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(
            min(self.x0, other.x0),
            min(self.top, other.top),
            max(self.x1, other.x1),
            max(self.bottom, other.bottom),
        )

    def rounded(self) -> BBox:
        return BBox(round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))


class Region(enum.Enum):
    """Where on a page a line sits."""

    BODY = "body"
    SIDEBAR = "sidebar"
    HEADER = "header"
    FOOTER = "footer"
    LOGO = "logo"
    # Notes in a column of their own in the right margin: read after the page's text, or,
    # a draft's comments, not at all.
    MARGIN = "margin"


class Layout(enum.Enum):
    """The two forms an edition is published in."""

    LETTER = "letter"
    KAMERSTUK = "kamerstuk"
    UNKNOWN = "unknown"


@attrs.frozen
class RegionBox:
    """One measured region of one page."""

    region: Region
    bbox: BBox


@attrs.frozen
class Line:
    """One line of text in one region, with its typography."""

    text: str
    page: int
    region: Region
    bbox: BBox | None = None
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    # The visual lines it was set on: more than one for a table row whose cells wrap.
    rows: int = 1
    # The runs of text, apart by more than a space, it was put together from: more than one
    # for a table row's cells (or a label and its value).
    cells: int = 1
    # The first of those runs, when there are several (a row's first cell, a label).
    first_cell: str = ""


@attrs.frozen
class PageInfo:
    """A physical page: its 1-based number, printed label and measured regions."""

    number: int
    label: str | None = None
    declared_total: int | None = None
    width: float | None = None
    height: float | None = None
    regions: tuple[RegionBox, ...] = ()
    # The sidebar held as much text, set as the body's, as the body itself: no sidebar but
    # content the page's measurement did not read (two pages printed side by side).
    side_text_unread: bool = False


class BlockKind(enum.Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@attrs.frozen
class Block:
    """A heading or a paragraph of body text, in reading order, with where it came from.

    ``page`` is the physical page it starts on; ``pages`` every page it spans when a paragraph
    was joined across a page break.
    """

    kind: BlockKind
    text: str
    page: int
    page_label: str | None
    bbox: BBox | None = None
    level: int = 0
    pages: tuple[int, ...] = ()
    # (character offset, physical page) for each page the text runs onto
    page_starts: tuple[tuple[int, int], ...] = ()

    def page_at(self, offset: int) -> int:
        """The physical page the character at *offset* is on."""
        page = self.page
        for start, number in self.page_starts:
            if offset >= start:
                page = number
        return page


@attrs.frozen
class Metadata:
    """What the letterhead or the print's masthead says about the edition."""

    layout: Layout = Layout.UNKNOWN
    subject: str | None = None
    date: date | None = None
    reference: str | None = None
    addressee: str | None = None
    copy_to: str | None = None
    vergaderjaar: str | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    number: str | None = None
    letter_kind: str | None = None
    place: str | None = None


@attrs.frozen
class Document:
    """An extracted document: metadata, pages and body blocks, plus what looked wrong."""

    name: str
    kind: str  # "pdf" or "text"
    metadata: Metadata
    pages: tuple[PageInfo, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
