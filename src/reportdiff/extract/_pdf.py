"""The one place that talks to pdfminer: PDF pages in, plain characters and shapes out.

Glyphs and shapes are read straight from pdfminer.six's layout objects, with the geometry
pdfplumber gives them (``top = page height - y1``, the MediaBox offset added back): turning
every object into pdfplumber's attribute dicts first cost about half the reading time.  Every
content stream is decoded here under a byte budget per page, so a decompression bomb stops
while it inflates, however its filters are chained and however deep its forms are nested.

Everything after this module works on :class:`RawPage` values, so the rest of the pipeline can
be tested without a PDF library and the dependency stays in one file.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Collection, Iterable, Iterator
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

__all__ = ["Char", "PageFailure", "RawPage", "iter_pages", "page_weights", "preload_reader"]

# pdfminer logs every odd object it meets; a damaged file would otherwise spray warnings
# over the one-line error the user gets.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@attrs.frozen
class Char:
    """One glyph with its box and font, in pdfplumber's coordinates (top-based)."""

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


def _classify(
    exc: BaseException, name: str, page: int | None, password: str | None = None
) -> Exception:
    cause = _cause(exc)
    if isinstance(cause, MemoryError):
        raise cause  # the worker turns it into "needs more than N MB"
    kind = type(cause).__name__
    where = f" at page {page}" if page else ""
    if kind in {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        if password and kind == "PDFPasswordIncorrect":
            return EncryptedPDFError(
                f"{name} is encrypted and the password given does not open it: check --password"
            )
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


class _ContentOverflow(Exception):
    """A page's content streams inflate past the budget (raised mid-decode)."""


class _Budget:
    """Bytes of drawing instructions one page may still inflate to.

    Shared by the page's interpreter and every interpreter it starts for a Form XObject, so
    content drawn through forms — nested, or one form drawn many times — counts as well.
    """

    __slots__ = ("left",)

    def __init__(self, cap: int) -> None:
        self.left = cap

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise _ContentOverflow


def _inflate(data: bytes, limit: int) -> tuple[bytes, bool]:
    """Flate-decode *data*, giving up once the output passes *limit* bytes.

    Returns (output, clean): *clean* is False when the stream is corrupt or truncated, in
    which case pdfminer's own salvage is used on it, as pdfminer would.  Output is produced a
    megabyte at a time, so a bomb is stopped without being held in memory.
    """
    import zlib

    inflater = zlib.decompressobj()
    chunks: list[bytes] = []
    total = 0
    buf = data
    try:
        while buf:
            chunk = inflater.decompress(buf, 1 << 20)
            total += len(chunk)
            if total > limit:
                raise _ContentOverflow
            chunks.append(chunk)
            buf = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        return b"".join(chunks), False
    return b"".join(chunks), inflater.eof


def _lzw(data: bytes, limit: int) -> bytes:
    import io

    from pdfminer.lzw import LZWDecoder

    parts: list[bytes] = []
    total = 0
    for part in LZWDecoder(io.BytesIO(data)).run():
        total += len(part)
        if total > limit:
            raise _ContentOverflow
        parts.append(part)
    return b"".join(parts)


def _decode_capped(stream: Any, limit: int) -> bytes:
    """pdfminer's ``PDFStream.decode``, stopped once any stage's output passes *limit*.

    A stage-for-stage copy of pdfminer.six's decode (decryption, each filter in order, then
    its predictor) built from pdfminer's own decoders, so a stream under the cap decodes to
    exactly the bytes pdfminer would produce.  Only Flate and LZW, which can inflate without
    bound, are run in pieces and counted as they go.  The data is stored on the stream, where
    pdfminer's content parser then finds it.
    """
    import zlib

    from pdfminer import pdftypes as pt, settings
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.ccitt import ccittfaxdecode
    from pdfminer.runlength import rldecode
    from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

    if stream.data is not None:
        return bytes(stream.data)
    data = stream.rawdata
    if data is None:
        return b""
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for f, params in stream.get_filters():
        if f in pt.LITERALS_FLATE_DECODE:
            out, clean = _inflate(data, limit)
            if not clean:
                if settings.STRICT:
                    raise pt.PDFException("Invalid zlib bytes")
                # pdfminer's salvage of a damaged stream: fed a byte at a time, it keeps
                # what came out before the damage — no more than was measured above.
                try:
                    out = pt.decompress_corrupted(data)
                except zlib.error:
                    out = b""
            data = out
        elif f in pt.LITERALS_LZW_DECODE:
            data = _lzw(data, limit)
        elif f in pt.LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif f in pt.LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif f in pt.LITERALS_RUNLENGTH_DECODE:
            data = rldecode(data)
        elif f in pt.LITERALS_CCITTFAX_DECODE:
            data = ccittfaxdecode(data, params)
        elif f in pt.LITERALS_DCT_DECODE or f in pt.LITERALS_JBIG2_DECODE:
            pass  # images: pdfminer leaves them encoded
        elif f in pt.LITERALS_JPX_DECODE:
            pass
        elif f == pt.LITERAL_CRYPT:
            raise pt.PDFNotImplementedError("/Crypt filter is unsupported")
        else:
            raise pt.PDFNotImplementedError(f"Unsupported filter: {f!r}")
        if len(data) > limit:
            raise _ContentOverflow
        if params and "Predictor" in params:
            pred = pt.int_value(params["Predictor"])
            if pred == 1:
                pass
            elif pred == 2:
                data = apply_tiff_predictor(
                    pt.int_value(params.get("Colors", 1)),
                    pt.int_value(params.get("Columns", 1)),
                    pt.int_value(params.get("BitsPerComponent", 8)),
                    data,
                )
            elif pred >= 10:
                data = apply_png_predictor(
                    pred,
                    pt.int_value(params.get("Colors", 1)),
                    pt.int_value(params.get("Columns", 1)),
                    pt.int_value(params.get("BitsPerComponent", 8)),
                    data,
                )
            else:
                raise pt.PDFNotImplementedError(f"Unsupported predictor: {pred!r}")
    stream.data = data
    stream.rawdata = None
    return bytes(data)


@functools.cache
def preload_reader() -> None:
    """Import what reading a page needs (pdfminer's interpreter and the budgeted subclass),
    without reading anything: a parent process calls this before it forks its readers."""
    _interpreter_class()


def _interpreter_class() -> Any:
    """pdfminer's page interpreter, made to decode every stream it runs under a page budget.

    Built on first use, so that importing this module does not import pdfminer.
    """
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, resolve1

    class BudgetInterpreter(PDFPageInterpreter):
        budget: _Budget

        def dup(self) -> BudgetInterpreter:
            # Form XObjects run in a duplicate interpreter: it spends the same budget.
            twin = BudgetInterpreter(self.rsrcmgr, self.device)
            twin.budget = self.budget
            return twin

        def execute(self, streams: Any) -> None:
            for obj in streams:
                stream = resolve1(obj)
                if not isinstance(stream, PDFStream) or stream.objid in self.parent_stream_ids:
                    continue  # pdfminer skips these itself (or reports them)
                self.budget.spend(len(_decode_capped(stream, self.budget.left)))
            super().execute(streams)

    return BudgetInterpreter


def _geometry(page_obj: Any) -> tuple[float, float, float, float]:
    """(width, height, x offset, top offset) of a page, computed as pdfplumber's ``Page``
    does, so that coordinates agree with it to the last bit."""
    import numbers

    from pdfminer.pdftypes import resolve_all

    def attr(key: str, default: Any = None) -> Any:
        value = resolve_all(page_obj.attrs.get(key))
        return default if value is None else value

    rotation = attr("Rotate", 0) % 360
    raw = attr("MediaBox")
    if not all(isinstance(x, numbers.Number) for x in raw):
        raise ValueError(f"MediaBox contains non-number coordinate(s): {raw}")
    x0, x1 = sorted((raw[0], raw[2]))
    y0, y1 = sorted((raw[1], raw[3]))
    if rotation in (90, 270):
        x0, y0, x1, y1 = y0, x0, y1, x1
    mb_height = y1 - y0
    # pdfplumber's inverted box: (x0, height - y1, x1, height - y0)
    top, bottom = mb_height - y1, mb_height - y0
    return x1 - x0, bottom - top, x0, top


_GRAPHIC_KINDS = ("rect", "line", "curve", "image")


def _read_layout(number: int, layout: Any, geometry: tuple[float, float, float, float]) -> RawPage:
    """Glyphs and shape boxes of a pdfminer page layout, with pdfplumber's geometry and
    order: glyphs in drawing order, then rects, lines, curves and images, forms entered
    where they are drawn."""
    import unicodedata

    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect

    width, height, dx, dtop = geometry
    kinds = {LTRect: "rect", LTLine: "line", LTCurve: "curve", LTImage: "image"}
    chars: list[Char] = []
    shapes: dict[str, list[BBox]] = {k: [] for k in _GRAPHIC_KINDS}
    normalize = unicodedata.normalize

    def walk(objs: Any) -> None:
        for obj in objs:
            cls = type(obj)
            if cls is LTChar:
                text = obj.get_text()
                fontname = obj.fontname
                if isinstance(fontname, bytes):
                    fontname = _fix_fontname(fontname)
                x0, x1 = obj.x0, obj.x1
                if dx != 0:
                    x0, x1 = x0 + dx, x1 + dx
                chars.append(
                    Char(
                        text=text if text.isascii() else normalize("NFC", text),
                        x0=float(x0),
                        x1=float(x1),
                        top=float((height - obj.y1) + dtop),
                        bottom=float((height - obj.y0) + dtop),
                        size=float(obj.size),
                        fontname=str(fontname),
                        upright=bool(obj.upright),
                    )
                )
            elif isinstance(obj, LTContainer):
                walk(obj._objs)
            else:
                kind = kinds.get(cls)
                if kind is None:
                    continue
                x0, x1 = obj.x0, obj.x1
                if dx != 0:
                    x0, x1 = x0 + dx, x1 + dx
                shapes[kind].append(
                    BBox(
                        float(x0),
                        float((height - obj.y1) + dtop),
                        float(x1),
                        float((height - obj.y0) + dtop),
                    )
                )

    walk(layout._objs)
    return RawPage(
        number=number,
        width=float(width),
        height=float(height),
        chars=tuple(chars),
        graphics=tuple(box for kind in _GRAPHIC_KINDS for box in shapes[kind]),
    )


def _fix_fontname(name: bytes) -> str:
    # As pdfplumber's fix_fontname_bytes, less its table of Chinese (CP936) font names.
    cut = name.index(b"+") + 1 if b"+" in name else 0
    return str(name[:cut])[2:-1] + str(name[cut:])[2:-1]


def _too_much(name: str, number: int, cap: int) -> ResourceLimitError:
    return ResourceLimitError(
        f"{name} page {number} holds over {cap // (1024 * 1024)} MB of drawing instructions, "
        "far more than a text letter needs: it looks like a decompression bomb; if it is "
        "genuine, raise the limit with --max-content-mb MB"
    )


def _claimed(queue: list[int], claim: Callable[[], int]) -> Iterator[int]:
    while (place := claim()) < len(queue):
        yield queue[place]


def _stored_bytes(page_obj: Any) -> int:
    """Stored (compressed) bytes of a page's content streams, without decoding them."""
    from pdfminer.pdftypes import PDFStream, resolve1

    total = 0
    try:
        for ref in page_obj.contents or []:
            obj = resolve1(ref)
            if isinstance(obj, PDFStream):
                total += len(obj.rawdata or obj.data or b"")
    except Exception:  # a broken reference weighs nothing; reading it reports the damage
        return 0
    return total


def page_weights(path: Path, *, password: str | None = None) -> list[int]:
    """Stored bytes of each page's content streams: a cheap measure of how long a page takes
    to read.  Never decodes."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as fp:
        doc = PDFDocument(PDFParser(fp), password=password or "")
        return [_stored_bytes(p) for p in PDFPage.create_pages(doc)]


def iter_pages(
    path: Path,
    *,
    password: str | None = None,
    max_pages: int = 200,
    max_content_bytes: int = 16 * 1024 * 1024,
    share: tuple[int, int] = (0, 1),
    pages: Collection[int] | None = None,
    claim: Callable[[], int] | None = None,
) -> Iterator[RawPage | PageFailure]:
    """Yield each page of the PDF in order, forgetting it as soon as it is read.

    With *share* ``(k, n)`` only every n-th page from the k-th (0-based) is read, so n workers
    can split a document between them; *pages*, if given, names the 0-based pages to read
    instead.  With *claim*, pages are taken from a queue shared by several readers instead:
    each call returns the next free place in it, and the queue holds the pages heaviest
    first (by stored content bytes, the same order in every reader), so no reader is left
    with the long pages at the end; pages then come in claimed order.

    A page that cannot be read is yielded as a PageFailure, after which iteration
    stops; the caller decides whether what came before is worth keeping.  Errors opening the
    file are raised, and so is a page whose content passes *max_content_bytes*.
    """
    k, n = share
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    name = path.name
    with path.open("rb") as fp:
        try:
            doc = PDFDocument(PDFParser(fp), password=password or "")
            # Listed in full first, as pdfplumber did: the page cap needs the count, and a
            # broken page tree is a file that cannot be opened.
            page_objs = [(p, _geometry(p)) for p in PDFPage.create_pages(doc)]
        except Exception as exc:  # pdfminer raises a zoo of types on hostile input
            raise _classify(exc, name, None, password) from exc
        if len(page_objs) > max_pages:
            raise TooLargeError(
                f"{name} has {len(page_objs)} pages, more than the cap of {max_pages}; "
                "raise it with --max-pages if this really is an edition"
            )
        wanted = set(pages) if pages is not None else None
        rsrcmgr = PDFResourceManager()
        interpreter_class = _interpreter_class()
        if claim is not None:
            weights = [_stored_bytes(p) for p, _ in page_objs]
            queue = sorted(range(len(page_objs)), key=lambda i: (-weights[i], i))
            order: Iterable[int] = _claimed(queue, claim)
        elif wanted is not None:
            order = sorted(wanted)
        else:
            order = range(k, len(page_objs), n)
        for index in order:
            if not 0 <= index < len(page_objs):
                continue
            page_obj, geometry = page_objs[index]
            number = index + 1
            device = PDFPageAggregator(rsrcmgr, pageno=number)
            interpreter = interpreter_class(rsrcmgr, device)
            # A page of a text letter holds tens of kilobytes of drawing instructions; a
            # stream that inflates far beyond that is a decompression bomb, stopped while
            # it inflates, before pdfminer tokenises it for minutes.
            interpreter.budget = _Budget(max_content_bytes)
            try:
                interpreter.process_page(page_obj)
                raw = _read_layout(number, device.get_result(), geometry)
            except _ContentOverflow:
                raise _too_much(name, number, max_content_bytes) from None
            except MemoryError:
                raise
            except Exception as exc:
                yield PageFailure(number, _classify(exc, name, number))
                return
            yield raw
