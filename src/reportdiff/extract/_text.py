"""Already-extracted text (a PDF's text layer saved as ``.txt``) → the same lines as a PDF gives.

A plain text extractor reads straight across the page, so the sidebar is glued to or
interleaved with body lines, the footer sits between pages, and a raised ordinal ("43" + "e")
leaves its "e" on a line of its own.  Without geometry, the furniture is recognised by its
words (``_furniture``) and the lone superscript is put back in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.dates import parse_dutch_date

from ._blocks import LineItem
from ._furniture import (
    ADDRESS_LINE,
    LETTER_PAGE_LABEL,
    PRINT_FOOTER,
    PRINT_PAGE_LABEL,
    PRINT_PLACE_DATE,
    REFERENCE,
    RETURN_ADDRESS,
    SIDEBAR_LABELS,
    SIDEBAR_PHRASES,
    SIDEBAR_SENDER,
    toc_lines,
)
from ._measure import TERMINAL
from ._metadata import print_metadata
from ._pdf import HYPHENS, LIGATURES
from ._types import BlockKind, Layout, Line, Metadata, PageInfo, Region

__all__ = ["read_text_layer"]

_SUPERSCRIPT = re.compile(r"^(e|ste|de|ste\.|er)$")
_ORDINAL_BASE = re.compile(r"\b(\d{1,3})(?= [A-Z])")
_TITLE_HINT = re.compile(r"(?i)rapportage|samenwerking")
_MAX_HEADING_WORDS = 8
_MAX_HEADING_CHARS = 60


def _strip_glued(text: str) -> str:
    """Remove sidebar words a straight-across reading glued to the end of a body line."""
    for phrase in (*SIDEBAR_SENDER, *SIDEBAR_PHRASES):
        if text.endswith(" " + phrase):
            return text[: -len(phrase)].rstrip()
    return text


def _split_pages(raw: Sequence[str]) -> list[tuple[list[str], str | None, int | None]]:
    pages: list[tuple[list[str], str | None, int | None]] = []
    current: list[str] = []
    for text in raw:
        stripped = text.strip()
        m = LETTER_PAGE_LABEL.fullmatch(stripped)
        pm = PRINT_PAGE_LABEL.search(stripped)
        if m or pm:
            if m:
                pages.append((current, m.group(1), int(m.group(2))))
            else:
                assert pm is not None
                pages.append((current, pm.group(1), None))
            current = []
            continue
        current.append(stripped)
    if any(current):
        pages.append((current, None, None))
    return pages


def _rejoin_superscripts(lines: list[str]) -> list[str]:
    out: list[str] = []
    pending: str | None = None
    for text in lines:
        if _SUPERSCRIPT.match(text):
            pending = text
            continue
        if pending is not None and text:
            m = _ORDINAL_BASE.search(text)
            if m:
                text = text[: m.end()] + pending + text[m.end() :]
            else:
                out.append(pending)  # not a superscript after all
            pending = None
        out.append(text)
    if pending is not None:
        out.append(pending)
    return out


def _letter_header(lines: list[str]) -> tuple[Metadata, int]:
    """Read the interleaved letterhead of page 1; return the metadata and where the body starts."""
    reference = date_text = subject = None
    addressee: list[str] = []
    copy_to: list[str] = []
    content = [(i, t) for i, t in enumerate(lines) if t]
    seen_return = seen_datum = seen_betreft = False
    mode = ""
    consumed: set[int] = set()
    body_start = len(lines)
    for k, (i, text) in enumerate(content):
        text = _strip_glued(text)
        if RETURN_ADDRESS.match(text):
            seen_return, mode = True, "addressee"
            continue
        if text.startswith("Onze referentie"):
            nxt = content[k + 1][1] if k + 1 < len(content) else ""
            if REFERENCE.match(nxt):
                reference = nxt
                consumed.add(content[k + 1][0])
            continue
        if i in consumed or text in SIDEBAR_PHRASES or text in SIDEBAR_SENDER:
            continue
        if text.startswith("Datum"):
            date_text, seen_datum, mode = text[len("Datum") :].strip(), True, ""
            continue
        if text.startswith("Afschrift aan"):
            mode = "copy"
            continue
        if text.startswith("Betreft"):
            seen_betreft = True
            rest = text[len("Betreft") :].strip()
            if rest:
                subject = rest
            else:
                before = content[k - 1] if k else (i, "")
                after = content[k + 1] if k + 1 < len(content) else (i, "")
                pick = before if _TITLE_HINT.search(before[1]) else after
                subject = pick[1]
                consumed.add(pick[0])
                if pick is before and copy_to and copy_to[-1] == pick[1]:
                    copy_to.pop()
            continue
        if (
            seen_datum
            and seen_betreft
            and not ADDRESS_LINE.match(text)
            and (len(text) >= 40 or TERMINAL.search(text))
        ):
            body_start = i
            break
        if ADDRESS_LINE.match(text) or any(text.startswith(lbl) for lbl in SIDEBAR_LABELS):
            if mode in {"addressee", "copy"}:
                mode = "done-" + mode
            continue
        if mode == "addressee" and seen_return:
            addressee.append(text)
        elif mode == "copy":
            copy_to.append(text)
    meta = Metadata(
        layout=Layout.LETTER,
        subject=subject,
        date=parse_dutch_date(date_text) if date_text else None,
        reference=reference,
        addressee=" ".join(addressee) or None,
        copy_to=" ".join(copy_to) or None,
    )
    return meta, body_start


def _clean_later_page(lines: list[str]) -> list[str]:
    out: list[str] = []
    skip_ref = False
    for text in lines:
        text = _strip_glued(text)
        if text.startswith("Onze referentie"):
            skip_ref = True
            continue
        if skip_ref and REFERENCE.match(text):
            skip_ref = False
            continue
        if PRINT_FOOTER.match(text):
            continue
        out.append(text)
    return out


def _is_heading(text: str, prev_content: str | None, prev_heading: bool = False) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and len(text) <= _MAX_HEADING_CHARS
        and text[:1].isupper()
        and not TERMINAL.search(text)
        and not text.endswith((",", "-"))
        and (prev_content is None or prev_heading or bool(TERMINAL.search(prev_content)))
    )


def _mark(page_lines: list[str], page: int) -> list[LineItem]:
    contents = toc_lines(page_lines)
    page_lines = ["" if i in contents else t for i, t in enumerate(page_lines)]
    items: list[LineItem] = []
    prev: str | None = None
    blank_before = True
    prev_heading = False
    for text in page_lines:
        if not text:
            blank_before = True
            continue
        line = Line(text=text, page=page, region=Region.BODY)
        standalone = blank_before or prev is None or bool(TERMINAL.search(prev or ""))
        if standalone and _is_heading(text, prev, prev_heading):
            items.append(LineItem(line, BlockKind.HEADING, 2))
            prev_heading = True
        elif prev is None or prev_heading or (blank_before and TERMINAL.search(prev)):
            items.append(LineItem(line, BlockKind.PARAGRAPH))
            prev_heading = False
        else:
            items.append(LineItem(line, None))
            prev_heading = False
        prev, blank_before = text, False
    return items


def read_text_layer(text: str) -> tuple[Metadata, list[PageInfo], list[LineItem]]:
    """Pages, metadata and marked body lines of a saved text layer."""
    text = text.translate(LIGATURES).translate(HYPHENS)  # as the PDF reader does
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
    pages = _split_pages(raw)
    letter = any(LETTER_PAGE_LABEL.search(t) for t in raw) or any(
        t.strip().startswith("Onze referentie") for t in raw
    )
    infos: list[PageInfo] = []
    items: list[LineItem] = []
    meta = Metadata()
    for n, (lines, label, total) in enumerate(pages, start=1):
        infos.append(PageInfo(number=n, label=label, declared_total=total))
        if n == 1 and letter:
            meta, start = _letter_header(lines)
            lines = lines[start:]
            lines = [t for t in lines if t not in SIDEBAR_PHRASES]
        elif n == 1:
            head_end = next((i for i, t in enumerate(lines) if PRINT_PLACE_DATE.match(t)), None)
            if head_end is not None:
                meta = print_metadata([t for t in lines[: head_end + 1] if t])
                lines = lines[head_end + 1 :]
        lines = _rejoin_superscripts(_clean_later_page(lines))
        items.extend(_mark(lines, n))
    return meta, infos, items
