"""The one place that talks to pdfplumber: PDF pages in, plain characters and shapes out.

Everything after this module works on :class:`RawPage` values, so the rest of the pipeline can
be tested without a PDF library and the dependency stays in one file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from reportdiff.errors import (
    DamagedPDFError,
    EncryptedPDFError,
    ResourceLimitError,
    TooLargeError,
)

from ._types import BBox

__all__ = ["Char", "PageFailure", "RawPage", "iter_pages"]

# pdfminer logs every odd object it meets; a damaged file would otherwise spray warnings
# over the one-line error the user gets.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@attrs.frozen
class Char:
    """One glyph with its box and font, as pdfplumber reports it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    upright: bool = True

    @property
    def font(self) -> str:
        # A subset font is named "ABCDEF+Helvetica-Bold"; the part after the "+" is the font.
        return self.fontname.split("+")[-1]


@attrs.frozen
class PageFailure:
    """A page that could not be read, and why."""

    number: int
    error: Exception


@attrs.frozen
class RawPage:
    """One physical page: its glyphs and the boxes of its non-text shapes."""

    number: int
    width: float
    height: float
    chars: tuple[Char, ...]
    graphics: tuple[BBox, ...]


def _cause(exc: BaseException) -> BaseException:
    """The pdfminer exception inside pdfplumber's ``PdfminerException`` wrapper."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
    return inner if inner is not None else exc


def _classify(exc: BaseException, name: str, page: int | None) -> Exception:
    cause = _cause(exc)
    if isinstance(cause, MemoryError):
        raise cause  # the worker turns it into "needs more than N MB"
    kind = type(cause).__name__
    where = f" at page {page}" if page else ""
    if kind in {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        return EncryptedPDFError(
            f"{name} is encrypted and needs a password: use --password PASSWORD"
        )
    if page is None:
        return DamagedPDFError(
            f"{name} is truncated or damaged: it cannot be opened ({kind}: {str(cause)[:80]}); "
            "download it again or use another copy"
        )
    return DamagedPDFError(
        f"{name} is damaged or truncated{where} ({kind}: {str(cause)[:80]}); "
        "download it again or use another copy"
    )


def _graphics(page: Any) -> tuple[BBox, ...]:
    boxes = []
    for kind in ("rects", "lines", "curves", "images"):
        for obj in getattr(page, kind):
            boxes.append(
                BBox(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
            )
    return tuple(boxes)


def _inflated_size(stream: Any, cap: int) -> int:
    """How many bytes a content stream inflates to, counting no further than just past *cap*.

    Flate data is inflated a megabyte at a time and thrown away, so a bomb is measured
    without ever being held in memory; other encodings are decoded as pdfminer would.
    """
    import zlib

    from pdfminer.pdftypes import LITERALS_FLATE_DECODE

    if getattr(stream, "data", None) is not None:
        return len(stream.data)
    filters = stream.get_filters()
    raw = getattr(stream, "rawdata", None)
    plain_flate = (
        raw is not None
        and not getattr(stream, "decipher", None)
        and len(filters) == 1
        and filters[0][0] in LITERALS_FLATE_DECODE
    )
    if not plain_flate:
        return len(stream.get_data())
    inflater = zlib.decompressobj()
    total = 0
    buf = raw
    try:
        while buf and total <= cap:
            total += len(inflater.decompress(buf, 1 << 20))
            buf = inflater.unconsumed_tail
    except zlib.error:
        return total  # pdfminer copes with a corrupt tail; so do we
    return total


def _page_content_size(page_obj: Any, cap: int) -> int:
    """Bytes of drawing instructions a page holds: its content streams and form XObjects."""
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfminer.psparser import LIT

    total = 0
    streams = list(page_obj.contents or [])
    xobjects = resolve1((page_obj.resources or {}).get("XObject")) or {}
    if isinstance(xobjects, dict):
        for ref in xobjects.values():
            obj = resolve1(ref)
            if isinstance(obj, PDFStream) and obj.attrs.get("Subtype") is LIT("Form"):
                streams.append(obj)
    for ref in streams:
        obj = resolve1(ref)
        if isinstance(obj, PDFStream):
            total += _inflated_size(obj, cap - total)
            if total > cap:
                break
    return total


def iter_pages(
    path: Path,
    *,
    password: str | None = None,
    max_pages: int = 200,
    max_content_bytes: int = 16 * 1024 * 1024,
    share: tuple[int, int] = (0, 1),
) -> Iterator[RawPage | PageFailure]:
    """Yield each page of the PDF in order, closing it as soon as it is read.

    With *share* ``(k, n)`` only every n-th page from the k-th (0-based) is read, so n workers
    can split a document between them.  A page that cannot be read is yielded as a
    PageFailure, after which iteration stops; the caller decides whether what came before is
    worth keeping.  Errors opening the file are raised.
    """
    k, n = share
    import pdfplumber

    name = path.name
    try:
        pdf = pdfplumber.open(path, password=password, unicode_norm="NFC")
    except Exception as exc:  # pdfminer raises a zoo of types on hostile input
        raise _classify(exc, name, None) from exc
    try:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise _classify(exc, name, None) from exc
        if len(pages) > max_pages:
            raise TooLargeError(
                f"{name} has {len(pages)} pages, more than the cap of {max_pages}; "
                "raise it with --max-pages if this really is an edition"
            )
        for index, page in enumerate(pages):
            if index % n != k:
                continue
            # A page of a text letter holds tens of kilobytes of drawing instructions; a
            # stream that inflates far beyond that is a decompression bomb, refused before
            # pdfminer tokenises it for minutes.
            try:
                size = _page_content_size(page.page_obj, max_content_bytes)
            except MemoryError:
                raise
            except Exception:
                size = 0  # unreadable here: pdfminer's own error comes below
            if size > max_content_bytes:
                raise ResourceLimitError(
                    f"{name} page {page.page_number} holds over "
                    f"{max_content_bytes // (1024 * 1024)} MB of drawing instructions, far more "
                    "than a text letter needs: it looks like a decompression bomb; if it is "
                    "genuine, raise the limit with --max-content-mb MB"
                )
            try:
                raw = _read_page(page)
            except Exception as exc:
                yield PageFailure(page.page_number, _classify(exc, name, page.page_number))
                return
            finally:
                page.close()
            yield raw
    finally:
        # Closing walks the page tree again; on a broken file that raises once more, and the
        # error the user needs has been raised or yielded already.
        try:
            pdf.close()
        except Exception:
            pdf.stream.close()


def _read_page(page: Any) -> RawPage:
    # Duplicate glyphs (fake bold, overprinting) are removed by `dedupe` later, in linear
    # time; pdfplumber's own dedupe_chars() costs several times the extraction itself.
    chars = tuple(
        Char(
            text=c["text"],
            x0=float(c["x0"]),
            x1=float(c["x1"]),
            top=float(c["top"]),
            bottom=float(c["bottom"]),
            size=float(c["size"]),
            fontname=str(c.get("fontname", "")),
            upright=bool(c.get("upright", True)),
        )
        for c in page.chars
    )
    return RawPage(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        chars=chars,
        graphics=_graphics(page),
    )
