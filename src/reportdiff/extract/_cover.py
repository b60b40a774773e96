"""Leading pages that are a cover sheet, not the edition.

An archive's copy, a register's download or a release under the Woo can open with a form of
document fields ("Archiefkenmerk PA-2062-200243", "Documentdatum 11 januari 2062", "Bijlagen
Kamerstuk 28 676, nr. 464; …") before the page that carries the letter's head or the print's
masthead.  Read as the edition's text, its fields become what the letter never says: the
attachments it lists are cited, the archive's dates the letter's, and the page with the real
head is not page 1, so the letter's date and reference go unread.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._furniture import (
    HEAD_FIELD,
    PRINT_NUMBER,
    PRINT_PLACE_DATE,
    PRINT_VERGADERJAAR,
    RETURN_ADDRESS,
)
from ._types import Layout, Line, Region

__all__ = ["first_head", "is_cover_sheet"]

# A field's label is a word or a few ("Archiefkenmerk", "Datum archivering", "Kenmerk
# afzender"), in a cell of its own beside its value.
_LABEL_WORDS = 4
_LABEL_CHARS = 30
# A form has a handful of fields at least; a page with two or three label/value lines
# (a letter's head set as a table) is no cover sheet.
_MIN_FIELDS = 4


def _label(line: Line) -> str:
    """A field's label: the line's first run, without its colon."""
    return line.first_cell.strip().rstrip(":").strip()


def _is_field(line: Line) -> bool:
    """Whether *line* is a form's field: two runs of text, the first a short label."""
    if line.cells != 2:
        return False
    label = _label(line)
    return (
        0 < len(label.split()) <= _LABEL_WORDS
        and len(label) <= _LABEL_CHARS
        and label[:1].isupper()
        and not any(ch.isdigit() for ch in label)
        and label[-1:] not in ".;,!?)"
    )


def is_cover_sheet(layout: Layout, lines: Sequence[Line]) -> bool:
    """Whether a page measured as *layout* with *lines* is a cover sheet: no head of its own
    (neither a letter's nor a print's) and mostly a form's fields, distinct labels each, the
    lines of wrapped values and a note or two besides."""
    if layout is not Layout.UNKNOWN or any(ln.region is Region.HEADER for ln in lines):
        return False
    fields = [ln for ln in lines if _is_field(ln)]
    labels = {_label(ln) for ln in fields}
    # A two-column table (a country beside its figure, row after row) has short first cells
    # too; what keeps such a page read is that a cover sheet must stand before the page that
    # opens the edition (first_head), where a letter or a print has no table.
    return len(labels) >= _MIN_FIELDS and len(fields) * 2 >= len(lines)


def _has_first_head(layout: Layout, lines: Sequence[Line]) -> bool:
    """Whether a page carries an edition's opening head: a letter's return address or its
    date and subject fields, or a print's masthead (vergaderjaar, number, place and date);
    not a running head, which every page after the first carries."""
    header = [ln.text for ln in lines if ln.region is Region.HEADER]
    if layout is Layout.LETTER:
        return any(RETURN_ADDRESS.match(t) or HEAD_FIELD.match(t) for t in header)
    if layout is Layout.KAMERSTUK:
        return any(
            PRINT_VERGADERJAAR.match(t) or PRINT_NUMBER.match(t) or PRINT_PLACE_DATE.match(t)
            for t in header
        )
    return False


def first_head(pages: Sequence[tuple[Layout, Sequence[Line]]]) -> int | None:
    """The index of the page (given as its layout and lines) that opens the edition when
    every page before it is a cover sheet or blank; None when the edition opens on its first
    page, or when a page before its head is something else (then nothing is set aside)."""
    for i, (layout, lines) in enumerate(pages):
        if _has_first_head(layout, lines):
            if i == 0:
                return None
            before = pages[:i]
            if all(not ls or is_cover_sheet(lay, ls) for lay, ls in before) and any(
                ls for _, ls in before
            ):
                return i
            return None
    return None
