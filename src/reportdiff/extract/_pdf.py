"""The one place that talks to pdfminer: PDF pages in, plain characters and shapes out.

Glyphs become :class:`Char` values as pdfminer.six draws them, by a device of our own that does
``LTChar``'s arithmetic without building one (layout objects cost a fifth of the reading time,
pdfplumber's attribute dicts on top of them had cost half), with the geometry pdfplumber gives
them (``top = page height - y1``, the MediaBox offset added back).  Paths, images and forms
still go through pdfminer's layout objects, which are few.  Every content stream is decoded
here, once, under a byte budget per page, so a decompression bomb stops while it inflates,
however its filters are chained and however deep its forms are nested.  Content streams are
tokenised here too, by a regular expression that gives exactly the objects pdfminer's own
parser gives (which had taken three quarters of the reading time); what it is not sure of —
inline images, unpaired brackets, a token cut at a stream's end — is left to pdfminer's.

Everything after this module works on :class:`RawPage` values, so the rest of the pipeline can
be tested without a PDF library and the dependency stays in one file.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import logging
import sys
import types
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

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
    # Glyphs drawn in a text render mode that shows nothing (3, or 7: clip only): the text
    # layer OCR lays under a page's image.
    invisible: int = 0
    # Glyphs left out because no reader of the page sees them: in a layer switched off,
    # off the page, under a point tall, under an opaque fill drawn after them, white on
    # white, or invisible on a page whose text is painted (see _seen).
    unseen: int = 0


# Typographic ligatures ("ﬁ" in "ﬁscale", "ﬂ", "ﬃ"), as a browser or a word processor sets
# them, are their letters: words are matched letter by letter.  Only these: the rest of
# Unicode's compatibility forms ("²", "½") mean something of their own.
LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)


# The Unicode hyphens ("‐" U+2010, and the non-breaking "‑" U+2011), as WeasyPrint and some
# word processors set a word broken at a line's end ("optre‐" / "den") or a compound
# ("Belgisch‐Nederlandse"), are the hyphen-minus a line join and every pattern know.  Not the
# minus sign (U+2212), which signs a number.
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


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


# Above this many bytes of content in one run of the interpreter, pdfminer's own parser is
# used: the fast path holds every object of the content at once, pdfminer one at a time.
_FAST_CONTENT_BYTES = 2 * 1024 * 1024


@functools.cache
def _content_parser() -> Callable[[Sequence[bytes]], list[Any] | None]:
    """A content-stream parser giving exactly the objects pdfminer's ``PDFContentParser``
    gives, tokenised by one compiled regular expression instead of pdfminer's byte-level
    state machine (about three quarters of the reading time).

    It returns None, and pdfminer's parser is used for the whole run, for anything it does
    not treat as pdfminer does: inline images, brackets that do not pair up, an odd
    dictionary, an octal escape past 255, a string or hex string left open, or a stream that
    ends inside a token pdfminer would carry over into the next stream.
    """
    import binascii
    import re

    from pdfminer.psparser import HEX_PAIR, KWD, LIT, SPC, literal_name

    # One token after any whitespace and NULs, by pdfminer's rules (psparser.PSBaseParser):
    # its first byte decides the kind, and a name, keyword or number runs until a byte that
    # ends it (which is not consumed).
    token = re.compile(
        rb"[\s\x00]*(?:"
        rb"([A-Za-z][^#/%\[\]()<>{}\s]*)"  # 1 keyword, true or false
        rb"|([-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*)"  # 2 number
        rb"|/([^#/%\[\]()<>{}\s]*(?:\#[0-9a-fA-F]{0,2}[^#/%\[\]()<>{}\s]*)*)"  # 3 name
        rb"|\(([^()\\]*)\)"  # 4 string without escapes or parentheses
        rb"|(\[|\]|<<|>>|\{|\})"  # 5 array, dictionary or procedure bracket
        rb"|<([0-9a-fA-F\s]*)(?=[^0-9a-fA-F\s])"  # 6 hex string (its end is not consumed)
        rb"|(%)[^\r\n]*"  # 7 comment
        rb"|(\()"  # 8 any other string
        rb"|(>)"  # 9 a '>' on its own, which pdfminer drops
        rb"|([^\s\x00%/\-+.0-9A-Za-z(<>])"  # 10 a keyword of one byte
        rb"|(<)"  # 11 a hex string left open
        rb")"
    )
    name_escape = re.compile(rb"#([0-9a-fA-F]{0,2})")
    string_end = re.compile(rb"[()\\]")
    octal = re.compile(rb"[0-7]{1,3}")
    escapes = {98: b"\b", 116: b"\t", 110: b"\n", 102: b"\f", 114: b"\r", 40: b"(", 41: b")"}
    escapes[92] = b"\\"
    dropped, odd = object(), object()
    opening = {b"[": "a", b"<<": "d", b"{": "p"}
    closing = {b"]": "a", b">>": "d", b"}": "p"}

    def unescape(m: re.Match[bytes]) -> bytes:
        digits = m.group(1)
        return bytes((int(digits, 16),)) if digits else b""

    def hex_pair(m: re.Match[bytes]) -> bytes:
        return bytes((int(m.group(0), 16),))

    def word(tok: bytes) -> Any:
        """A keyword or number, as PSBaseParser's _parse_keyword, _number and _float."""
        if tok[:1].isalpha():
            if tok == b"true":
                return True
            if tok == b"false":
                return False
            if tok == b"BI" or tok == b"ID":
                return odd  # an inline image: its data is not tokens
            return KWD(tok)
        try:
            return float(tok) if b"." in tok else int(tok)
        except ValueError:
            return dropped  # "-", ".", or past int's digit limit: pdfminer drops it too

    def string(data: bytes, i: int) -> tuple[bytes, int] | None:
        """The literal string whose '(' ends at *i*, as _parse_string and _parse_string_1
        read it, and where it ends; None if it is left open or holds an octal past 255."""
        depth = 1
        parts: list[bytes] = []
        n = len(data)
        while True:
            m = string_end.search(data, i)
            if m is None:
                return None
            j = m.start()
            parts.append(data[i:j])
            c = data[j]
            if c == 92:  # backslash
                k = j + 1
                if k >= n:
                    return None
                o = octal.match(data, k)
                if o is not None:
                    code = int(o.group(), 8)
                    if code > 255:
                        return None  # pdfminer's assertion fails
                    parts.append(bytes((code,)))
                    i = o.end()
                    continue
                e = data[k]
                esc = escapes.get(e)
                if esc is not None:
                    parts.append(esc)
                    i = k + 1
                elif e == 13 and k + 1 < n and data[k + 1] == 10 and (k + 1) % 4096:
                    # backslash CR LF: a line continuation, when pdfminer sees the LF in
                    # the same 4096-byte buffer as the CR
                    i = k + 2
                else:
                    i = k + 1  # any other escaped byte is dropped, as pdfminer does
            elif c == 40:
                depth += 1
                parts.append(b"(")
                i = j + 1
            else:
                depth -= 1
                if not depth:
                    return b"".join(parts), j + 1
                parts.append(b")")
                i = j + 1

    # Keywords and numbers, and names, by their bytes: values that are never changed, kept
    # from one run to the next (a page's operators and many of its numbers are the last's).
    words: dict[bytes, Any] = {}
    names: dict[bytes, Any] = {}

    def parse(datas: Sequence[bytes]) -> list[Any] | None:
        top: list[Any] = []
        stack: list[tuple[str, list[Any]]] = [("", top)]
        cur = top
        if len(words) > 100_000 or len(names) > 100_000:
            words.clear()
            names.clear()
        # Pattern.scanner: CPython's (undocumented) match-after-match loop, a fifth faster
        # than calling match with a position.
        scanner: Callable[..., Any] = token.scanner  # type: ignore[attr-defined]
        for data in datas:
            last: re.Match[bytes] | None = None  # the last token, if not a string
            end = 0  # where a string ended
            kind = 0
            raw = b""
            scan = scanner(data).match
            while (m := scan()) is not None:
                last = m
                kind = m.lastindex or 0
                if kind == 1 or kind == 2:
                    tok = m[kind]
                    obj = words.get(tok, words)
                    if obj is words:
                        obj = words[tok] = word(tok)
                    if obj is odd:
                        return None
                    if obj is not dropped:
                        cur.append(obj)
                elif kind == 3:
                    raw = m[3]
                    obj = names.get(raw)
                    if obj is None:
                        body = name_escape.sub(unescape, raw) if b"#" in raw else raw
                        try:
                            name: str | bytes = str(body, "utf-8")
                        except UnicodeDecodeError:
                            name = body
                        obj = names[raw] = LIT(name)
                    cur.append(obj)
                elif kind == 4:
                    cur.append(m[4])
                elif kind == 5:
                    tok = m[5]
                    opened = opening.get(tok)
                    if opened is not None:
                        cur = []
                        stack.append((opened, cur))
                        continue
                    if len(stack) == 1 or stack[-1][0] != closing[tok]:
                        return None  # pdfminer ignores it, or the dictionary stays open
                    done = stack.pop()[1]
                    cur = stack[-1][1]
                    if tok == b">>":
                        if len(done) % 2:
                            return None  # pdfminer raises PSSyntaxError
                        pairs = iter(done)
                        cur.append({literal_name(k): v for k, v in zip(pairs, pairs, strict=True)})
                    else:
                        cur.append(done)
                elif kind == 6:
                    digits = m[6]
                    if not digits.isalnum():  # holds whitespace (or is empty)
                        digits = SPC.sub(b"", digits)
                    if len(digits) % 2:
                        cur.append(HEX_PAIR.sub(hex_pair, digits))  # the odd digit alone
                    else:
                        cur.append(binascii.unhexlify(digits))
                elif kind == 8:
                    found = string(data, m.end())
                    if found is None:
                        return None
                    obj, end = found
                    cur.append(obj)
                    last = None
                    scan = scanner(data, end).match
                elif kind == 10:
                    cur.append(KWD(m[10]))
                elif kind == 11:
                    return None
                # a comment (kind 7) and a lone '>' (kind 9) give nothing
            if last is not None:
                end = last.end()
            if (
                data
                and end == len(data)
                and (kind == 9 or (kind == 3 and (not raw or b"#" in raw)))
            ):
                # The stream ends inside a token that pdfminer does not finish with the
                # newline it adds at a stream's end, but carries over into the next stream
                # (or drops, at the last): a lone '>', a name that is empty or ends in an
                # escape.  Any other token ends there, as it does here.
                return None
        if len(stack) > 1:
            return None  # pdfminer never gives what an unclosed bracket holds
        return top

    return parse


# pdfminer.six's package ``__init__`` as released since 2023: its one statement asks
# importlib.metadata for the version (see _import_pdfminer).
_PDFMINER_INIT = """\
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pdfminer.six")
except PackageNotFoundError:
    # package is not installed, return default
    __version__ = "0.0"

if __name__ == "__main__":
    print(__version__)
"""


@functools.cache
def _import_pdfminer() -> None:
    """Import the pdfminer package without its version lookup; called before its first use.

    pdfminer's package ``__init__`` imports importlib.metadata (with email, zipfile and csv)
    to look up its own version: about 8 ms of every cold run, all of it before the first
    page can be read, for a string that reading never asks for.  When the file holds
    exactly that lookup, the package is made from its spec without running it, and
    ``pdfminer.__version__`` is looked up the same way on first use (a module
    ``__getattr__``, PEP 562).  Any other ``__init__``, a package imported already or
    anything unexpected leaves the ordinary import to happen.

    Its other import that reading never uses, charset_normalizer (some 5 ms: ``pdfminer.utils``
    guesses the encoding of a string that declares none with it), is put off until one of its
    attributes is used, by a stand-in module (:class:`_Deferred`).  (The standard library's
    ``importlib.util.LazyLoader`` cannot do it: it loads a module as soon as an ``import``
    statement meets it in ``sys.modules``, as ``pdfminer.utils``'s does.)
    """
    import importlib.util

    if "charset_normalizer" not in sys.modules:
        with contextlib.suppress(Exception):  # not installed: pdfminer's import says so
            if importlib.util.find_spec("charset_normalizer") is not None:
                sys.modules["charset_normalizer"] = _Deferred("charset_normalizer")
    if "pdfminer" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("pdfminer")
        if spec is None or not spec.origin or spec.loader is None:
            return
        with Path(spec.origin).open(encoding="utf-8") as fh:
            source = fh.read(len(_PDFMINER_INIT) + 1)
        if source.replace("\r\n", "\n") != _PDFMINER_INIT:
            return
        package = importlib.util.module_from_spec(spec)
    except Exception:  # an unusual installation: pdfminer imports as it always does
        return

    def attribute(name: str) -> str:
        if name != "__version__":
            raise AttributeError(f"module 'pdfminer' has no attribute {name!r}")
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("pdfminer.six")
        except PackageNotFoundError:
            found = "0.0"
        setattr(package, "__version__", found)  # noqa: B010  # kept: asked once
        return found

    package.__getattr__ = attribute  # type: ignore[method-assign]
    sys.modules["pdfminer"] = package


class _Deferred(types.ModuleType):
    """A stand-in for a module in ``sys.modules`` that imports the module on the first use of
    any of its attributes (``charset_normalizer.detect``, its ``__path__`` for a submodule's
    import, ``from charset_normalizer import …``) and gives that; the module then stands in
    ``sys.modules`` itself.  An ``import`` statement that meets the stand-in finds a module
    (its ``__spec__`` is None, so it is not taken for one being imported) and loads nothing."""

    def __getattr__(self, name: str) -> Any:
        import importlib

        if sys.modules.get(self.__name__) is self:
            sys.modules.pop(self.__name__, None)
        return getattr(importlib.import_module(self.__name__), name)


# The descent (a share of the size) taken for a font whose matrix turns its glyphs: its
# /FontBBox, in the turned glyph space, says nothing useful of where its glyphs stand (dvips's
# bitmap fonts: from 0.33 em above the baseline to 0.92 em below).
_TURNED_DESCENT = 0.2


def _turned_box(fontsize: float, rise: float) -> tuple[float, float]:
    """The bottom and top, in text space before the text matrix, of the box of a glyph whose
    font turns it upside down under a text matrix that turns it back: its extent about the
    origin mirrored, so that the box stands where the glyph is drawn, 0.8 em above the
    baseline and 0.2 em below.  Computed as for any font, the box stood mirrored below the
    baseline, and a table's or a frame's rule under a line ran through the glyphs' boxes as
    a strike-through does."""
    descent = -_TURNED_DESCENT * fontsize
    return rise - descent - fontsize, rise - descent


def _flip(font: Any) -> float:
    """-1 when a Type 3 font's own matrix turns its glyphs upside down (dvips's bitmap fonts:
    /FontMatrix [… 0 0 -… …], set under a text matrix that turns them back), else 1.

    pdfminer tells a glyph upright from the text matrix and the page's alone, as if every
    font's matrix were the standard one: every glyph of such a font came out not upright,
    and no text was read from the page."""
    matrix = getattr(font, "matrix", None)
    try:
        return -1.0 if matrix is not None and matrix[0] * matrix[3] < 0 else 1.0
    except (TypeError, IndexError):  # a malformed /FontMatrix: as pdfminer reads it
        return 1.0


def _standard_width(font: Any, text: str) -> float:
    """The width of a visible glyph whose font gives it none, from the standard font's own
    metrics: groff writes Times-Roman with a /Widths array that holds 0 for the "fi"
    ligature, so pdfminer set every glyph after it in the run one ligature too far left,
    until the next move put the text back ("fictie ve").  0 when the font is not one of the
    standard fourteen or the glyph is not in its metrics (a combining mark)."""
    from pdfminer.fontmetrics import FONT_METRICS

    name = str(getattr(font, "fontname", "") or "").split("+")[-1]
    metrics = FONT_METRICS.get(name)
    if metrics is None:
        return 0
    # A ligature may come as its letters ("fi" for the glyph "fi"): the metrics know it by its
    # own character.
    width = metrics[1].get(text) or metrics[1].get(_LIGATURE_OF.get(text, ""))
    return width / 1000 if isinstance(width, int | float) else 0


_LIGATURE_OF = {letters: chr(code) for code, letters in LIGATURES.items()}


@functools.cache
def preload_reader() -> None:
    """Import what reading a page needs (pdfminer's interpreter and the budgeted subclass),
    without reading anything: a parent process calls this before it forks its readers."""
    _import_pdfminer()
    _interpreter_class()
    _reader_class()
    _content_parser()


@functools.cache
def _interpreter_class() -> Any:
    """pdfminer's page interpreter, made to decode every stream it runs under a page budget,
    and to find the method for each operator faster.

    Built on first use, so that importing this module does not import pdfminer.
    """
    from pdfminer import settings
    from pdfminer.pdfinterp import (
        PDFContentParser,
        PDFInterpreterError,
        PDFPageInterpreter,
        log as interp_log,
    )
    from pdfminer.pdftypes import PDFStream, resolve1, stream_value
    from pdfminer.psparser import PSEOF, PSKeyword, PSLiteral, keyword_name, literal_name

    class BudgetInterpreter(PDFPageInterpreter):
        budget: _Budget
        # The CharReader below: it is told what of the page is hidden and what is opaque.
        device: Any
        # The optional content groups a viewer shows switched off (their object numbers):
        # the document's, set by iter_pages.
        off: frozenset[int] = frozenset()
        # Whether what is filled now covers what lies under it: full fill alpha, the normal
        # blend mode and no soft mask (an ExtGState's /ca, /BM and /SMask; pdfminer reads
        # none of them).  A form starts with its parent's.
        opaque: bool = True
        # Operator keyword → (method name, operand count): pdfminer works both out from the
        # keyword's name for every operator it runs.  Keywords are interned by pdfminer's
        # parser; only the operators this class implements are kept, so the table stays
        # small whatever a file holds.
        operators: ClassVar[dict[Any, tuple[str, int]]] = {}

        def dup(self) -> BudgetInterpreter:
            # Form XObjects run in a duplicate interpreter: it spends the same budget, and
            # sees the same switched-off layers and the parent's fill opacity.
            twin = BudgetInterpreter(self.rsrcmgr, self.device)
            twin.budget = self.budget
            twin.off = self.off
            twin.opaque = self.opaque
            twin.clip = self.clip
            return twin

        # The bounding box, in device space, of the clipping path (None: the page): a fill
        # covers only what lies inside it.  A form starts with its parent's.
        clip: tuple[float, float, float, float] | None = None

        def init_state(self, ctm: Any) -> None:
            super().init_state(ctm)
            self.saved: list[tuple[bool, tuple[float, float, float, float] | None]] = []
            # One entry per open marked-content sequence: whether it opened a hidden layer.
            self.marks: list[bool] = []
            self.device.opaque = self.opaque
            self.device.clip = self.clip

        def do_q(self) -> None:
            super().do_q()
            self.saved.append((self.opaque, self.clip))

        def do_Q(self) -> None:
            super().do_Q()
            if self.saved:
                self.opaque, self.clip = self.saved.pop()
                self.device.opaque, self.device.clip = self.opaque, self.clip

        def do_W(self) -> None:
            """Narrow the clipping path's box to the current path's (pdfminer keeps no
            clipping path)."""
            points: list[tuple[float, float]] = [
                (float(seg[i]), float(seg[i + 1]))
                for seg in self.curpath
                for i in range(1, len(seg) - 1, 2)
                if isinstance(seg[i], (int, float)) and isinstance(seg[i + 1], (int, float))
            ]
            if not points:
                return
            a, b, c, d, e, f = self.ctm
            xs = [a * x + c * y + e for x, y in points]
            ys = [b * x + d * y + f for x, y in points]
            box = (min(xs), min(ys), max(xs), max(ys))
            if self.clip is not None:
                box = (
                    max(box[0], self.clip[0]),
                    max(box[1], self.clip[1]),
                    min(box[2], self.clip[2]),
                    min(box[3], self.clip[3]),
                )
            self.clip = self.device.clip = box

        def do_W_a(self) -> None:
            self.do_W()

        def do_gs(self, name: Any) -> None:
            """Read what an ExtGState says of fills covering what is under them."""
            try:
                states = resolve1(self.resources.get("ExtGState"))
                state = (
                    resolve1(states.get(literal_name(name))) if isinstance(states, dict) else None
                )
                if not isinstance(state, dict):
                    return
                alpha = resolve1(state.get("ca", 1))
                blend = resolve1(state.get("BM"))
                if isinstance(blend, list) and blend:
                    blend = resolve1(blend[0])
                mask = resolve1(state.get("SMask"))
            except Exception:  # a damaged resource changes nothing
                return
            opaque = self.opaque
            if isinstance(alpha, (int, float)):
                opaque = alpha >= _OPAQUE
            if blend is not None:
                opaque = opaque and _name(blend) in _NORMAL_BLENDS
            if mask is not None and _name(mask) != "None":
                opaque = False
            self.opaque = self.device.opaque = opaque

        def do_sh(self, name: Any) -> None:
            # A shading paints an area in colours not read here: white text may stand on it.
            self.device.shaded = True

        def do_BMC(self, tag: Any) -> None:
            self.marks.append(False)
            super().do_BMC(tag)

        def do_BDC(self, tag: Any, props: Any) -> None:
            hidden = isinstance(tag, PSLiteral) and tag.name == "OC" and not self.shown(props)
            self.marks.append(hidden)
            if hidden:
                self.device.hidden += 1
            super().do_BDC(tag, props)

        def do_EMC(self) -> None:
            if self.marks and self.marks.pop():
                self.device.hidden -= 1
            super().do_EMC()

        def do_Do(self, xobjid_arg: Any) -> None:
            # A form or image may belong to a layer of its own (its /OC entry).
            try:
                xobj = stream_value(self.xobjmap[literal_name(xobjid_arg)])
                layer = xobj.get("OC")
            except Exception:
                layer = None  # pdfminer meets the same failure, and decides
            if layer is not None and not self.shown(layer, named=False):
                return
            hidden = self.device.hidden
            super().do_Do(xobjid_arg)
            # What the form left open or changed is its own.
            self.device.hidden = hidden
            self.device.opaque, self.device.clip = self.opaque, self.clip

        def shown(self, props: Any, *, named: bool = True) -> bool:
            """Whether a viewer shows the optional content *props* marks: a name in the
            page's /Properties, or the group or membership dictionary itself."""
            if not self.off:
                return True
            try:
                ref = props
                if named and isinstance(props, PSLiteral):
                    table = resolve1(self.resources.get("Properties"))
                    ref = table.get(props.name) if isinstance(table, dict) else None
                return _layer_shown(ref, self.off)
            except Exception:  # a damaged layer entry hides nothing
                return True

        def execute(self, streams: Any) -> None:
            """pdfminer's ``execute``, with every stream decoded under the budget first.

            A copy of pdfminer.six's loop (its guard against forms that draw themselves,
            then one operator after another), less its debug logging, with the method for
            each operator looked up once instead of once per use (about 6% of the reading
            time).  Each stream is resolved and decoded once: pdfminer's parser finds the
            data ``_decode_capped`` stored on it.  The objects come from ``_content_parser``,
            all parsed before the first operator runs, or, where it declines the content,
            from pdfminer's ``PDFContentParser`` as pdfminer reads them.
            """
            for obj in streams:
                stream = resolve1(obj)
                if not isinstance(stream, PDFStream) or stream.objid in self.parent_stream_ids:
                    continue  # skipped (or reported) below, as pdfminer does
                self.budget.spend(len(_decode_capped(stream, self.budget.left)))
            valid_streams: list[PDFStream] = []
            self.stream_ids.clear()
            for obj in streams:
                stream = stream_value(obj)
                if stream.objid is None:
                    interp_log.warning(
                        "Execute called on non-indirect object (inline image?) %r", stream
                    )
                    continue
                if stream.objid in self.parent_stream_ids:
                    interp_log.warning(
                        "Refusing to execute circular reference to content stream %d",
                        stream.objid,
                    )
                else:
                    valid_streams.append(stream)
                    self.stream_ids.add(stream.objid)
            objects: Iterable[Any] | None = self.fast_objects(valid_streams)
            if objects is None:
                try:
                    parser = PDFContentParser(valid_streams)
                except PSEOF:
                    return  # empty page
                objects = _objects(parser)
            operators = self.operators
            for obj in objects:
                if not isinstance(obj, PSKeyword):
                    self.push(obj)
                    continue
                known = operators.get(obj)
                if known is None:
                    name = keyword_name(obj)
                    method = "do_{}".format(
                        name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
                    )
                    if not hasattr(self, method):
                        if settings.STRICT:
                            raise PDFInterpreterError(f"Unknown operator: {name!r}")
                        continue
                    nargs = getattr(self, method).__code__.co_argcount - 1
                    known = operators[obj] = (method, nargs)
                method, nargs = known
                if nargs:
                    args = self.pop(nargs)
                    if len(args) == nargs:
                        getattr(self, method)(*args)
                else:
                    getattr(self, method)()

        @staticmethod
        def fast_objects(streams: list[PDFStream]) -> list[Any] | None:
            """Every object of *streams*, parsed before any is run, or None where pdfminer's
            own parser must read them (it reads them as it goes)."""
            if settings.STRICT:
                return None
            try:
                datas = [stream.get_data() for stream in streams]
            except Exception:
                return None  # pdfminer meets the same failure, at its own time
            if sum(map(len, datas)) > _FAST_CONTENT_BYTES:
                return None
            return _content_parser()([bytes(d) for d in datas])

    def _objects(parser: PDFContentParser) -> Iterator[Any]:
        nextobject = parser.nextobject
        while True:
            try:
                (_, obj) = nextobject()
            except PSEOF:
                return
            yield obj

    return BudgetInterpreter


# A fill this opaque hides what it is drawn over; the blend modes that paint as an opaque
# fill does.  A highlighter's mark is drawn translucent or multiplied, and hides nothing.
_OPAQUE = 0.999
# A glyph less than a point tall is no text a reader of the page can make out.
_LEGIBLE = 1.0
_NORMAL_BLENDS = frozenset({"Normal", "Compatible"})


def _name(value: Any) -> str:
    """A PDF name's text ("/Normal" → "Normal"), or the value's repr."""
    from pdfminer.psparser import PSLiteral

    return str(value.name) if isinstance(value, PSLiteral) else repr(value)


def _hidden_layers(doc: Any) -> frozenset[int]:
    """The object numbers of the optional content groups (layers) a viewer opens switched
    off: the default configuration's /OFF list, or every group but its /ON list when its
    base state is off.  A draft's earlier wording or a designer's notes are often kept in
    such a layer: no reader sees them."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    def refs(value: Any) -> set[int]:
        value = resolve1(value)
        items = value if isinstance(value, list) else [value]
        return {item.objid for item in items if isinstance(item, PDFObjRef)}

    try:
        props = resolve1(doc.catalog.get("OCProperties"))
        if not isinstance(props, dict):
            return frozenset()
        default = resolve1(props.get("D"))
        if not isinstance(default, dict):
            return frozenset()
        if _name(resolve1(default.get("BaseState"))) == "OFF":
            return frozenset(refs(props.get("OCGs")) - refs(default.get("ON")))
        return frozenset(refs(default.get("OFF")))
    except Exception:  # a damaged layer list hides nothing
        return frozenset()


def _layer_shown(ref: Any, off: frozenset[int]) -> bool:
    """Whether the optional content *ref* names (a group, or a membership dictionary of
    groups with its visibility policy) is shown when the groups *off* are switched off."""
    from pdfminer.pdftypes import PDFObjRef, resolve1

    if isinstance(ref, PDFObjRef) and ref.objid in off:
        return False
    entry = resolve1(ref)
    if not isinstance(entry, dict) or _name(resolve1(entry.get("Type"))) != "OCMD":
        return True
    members = resolve1(entry.get("OCGs"))
    members = members if isinstance(members, list) else [members]
    states = [not (isinstance(m, PDFObjRef) and m.objid in off) for m in members if m is not None]
    if not states:
        return True
    policy = _name(resolve1(entry.get("P"))) if entry.get("P") is not None else "AnyOn"
    if policy == "AllOn":
        return all(states)
    if policy == "AnyOff":
        return not all(states)
    if policy == "AllOff":
        return not any(states)
    return any(states)


def _white(space: Any, color: Any) -> bool:
    """Whether *color* in the colour space *space* is paper white: gray 1, RGB 1 1 1 or
    CMYK 0 0 0 0 (an ICC-based space by its number of components).  A pattern, a spot
    colour or anything unread is not."""
    name = getattr(space, "name", "")
    if name not in ("DeviceGray", "DeviceRGB", "DeviceCMYK", "ICCBased", "CalGray", "CalRGB"):
        return False
    values = color if isinstance(color, (tuple, list)) else (color,)
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return False
    if len(values) == 4:
        return all(v <= 0.01 for v in values)
    return len(values) in (1, 3) and all(v >= 0.99 for v in values)


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

# pdfminer font → (its name, the text and width of each glyph code met so far)
_FontCache = weakref.WeakKeyDictionary[Any, tuple[str, dict[int, tuple[str, float]]]]


@functools.cache
def _reader_class() -> Any:
    """A pdfminer device that makes :class:`Char` values as glyphs are drawn.

    pdfminer's ``PDFPageAggregator`` builds an ``LTChar`` per glyph (a matrix product for its
    box, a handful of attributes we never read) only for us to walk the tree again and copy
    five numbers out: that was about a fifth of the reading time.  This device does the same
    arithmetic as ``LTChar.__init__`` — the same operations in the same order, so every float
    is bit-identical — and makes the :class:`Char` at once.  Paths, images and forms are
    few, so they still go through pdfminer's own ``PDFLayoutAnalyzer``, which keeps its
    classification of paths into rects, lines and curves.

    Built on first use, so that importing this module does not import pdfminer.
    """
    import unicodedata

    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.pdfdevice import logger as device_logger
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.utils import mult_matrix

    normalize = unicodedata.normalize

    class CharReader(PDFLayoutAnalyzer):
        def __init__(
            self,
            rsrcmgr: Any,
            pageno: int,
            geometry: tuple[float, float, float, float],
            fonts: _FontCache,
        ) -> None:
            super().__init__(rsrcmgr, pageno=pageno)
            _, self.page_height, self.dx, self.dtop = geometry
            self.fonts = fonts
            self.chars: list[Char] = []
            self.result: Any = None
            self.invisible = 0
            # What a reader of the printed page cannot see (set by the interpreter): the
            # number of switched-off layers open, and whether a fill now hides what is under.
            self.hidden = 0
            self.opaque = True
            self.clip: tuple[float, float, float, float] | None = None
            # Glyphs drawn in a hidden layer, left out.
            self.unseen = 0
            # Runs of glyphs (start, end) drawn in paper white; every filled shape in device
            # space with the number of glyphs drawn before it, whether it is white, and
            # whether it is opaque; whether a shading painted some area.
            self.white: list[tuple[int, int]] = []
            self.unpainted: list[tuple[int, int]] = []
            # The part of the page a viewer shows, top-based as the glyphs are (set by
            # begin_page; None: all of it).
            self.visible: tuple[float, float, float, float] | None = None
            self.fills: list[tuple[float, float, float, float, int, bool, bool]] = []
            self.shaded = False

        def begin_page(self, page: Any, ctm: Any) -> None:
            """pdfminer's, and the part of the page a viewer shows: its CropBox within its
            MediaBox, through the matrix pdfminer draws the page with (its rotation and
            origin applied), top-based as the glyphs are."""
            super().begin_page(page, ctm)
            try:
                media = [float(v) for v in page.mediabox]
                crop = [float(v) for v in page.cropbox]
                mx0, mx1 = sorted((media[0], media[2]))
                my0, my1 = sorted((media[1], media[3]))
                cx0, cx1 = sorted((crop[0], crop[2]))
                cy0, cy1 = sorted((crop[1], crop[3]))
            except (TypeError, ValueError, IndexError):
                return  # boxes that cannot be read hide nothing
            x0, y0, x1, y1 = max(mx0, cx0), max(my0, cy0), min(mx1, cx1), min(my1, cy1)
            if x1 <= x0 or y1 <= y0:
                return
            a, b, c, d, e, f = ctm
            corners = ((x0, y0), (x1, y1), (x0, y1), (x1, y0))
            xs = [a * px + c * py + e for px, py in corners]
            ys = [b * px + d * py + f for px, py in corners]
            height, dx, dtop = self.page_height, self.dx, self.dtop
            self.visible = (
                min(xs) + dx,
                (height - max(ys)) + dtop,
                max(xs) + dx,
                (height - min(ys)) + dtop,
            )

        def shows(self, char: Char) -> bool:
            """Whether the middle of *char* lies on the part of the page a viewer shows."""
            assert self.visible is not None
            x0, top, x1, bottom = self.visible
            x = (char.x0 + char.x1) / 2
            y = (char.top + char.bottom) / 2
            return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1

        def receive_layout(self, ltpage: Any) -> None:
            self.result = ltpage

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
            """PDFTextDevice.render_string, step for step, counting the glyphs drawn in a
            render mode that shows nothing (written out rather than calling it: it runs for
            every string of every page)."""
            assert self.ctm is not None
            matrix = mult_matrix(textstate.matrix, self.ctm)
            font = textstate.font
            fontsize = textstate.fontsize
            scaling = textstate.scaling * 0.01
            charspace = textstate.charspace * scaling
            wordspace = textstate.wordspace * scaling
            rise = textstate.rise
            assert font is not None
            if font.is_multibyte():
                wordspace = 0
            dxscale = 0.001 * fontsize * scaling
            before = len(self.chars)
            draw = (
                self.render_string_vertical if font.is_vertical() else self.render_string_horizontal
            )
            textstate.linematrix = draw(
                seq,
                matrix,
                textstate.linematrix,
                font,
                fontsize,
                scaling,
                charspace,
                wordspace,
                rise,
                dxscale,
                ncs,
                graphicstate,
            )
            drawn = len(self.chars) - before
            if not drawn:
                return
            chars = self.chars
            if self.hidden or (chars[before].upright and chars[before].size < _LEGIBLE):
                # In a switched-off layer, or under a point tall (every glyph of a string
                # has its first's size): nothing a reader sees.
                del chars[before:]
                self.unseen += drawn
                return
            if self.visible is not None and not (
                self.shows(chars[before]) and self.shows(chars[-1])
            ):
                # A string runs straight, so one whose ends are both on the page is on it.
                kept = [c for c in chars[before:] if self.shows(c)]
                self.unseen += drawn - len(kept)
                chars[before:] = kept
                drawn = len(kept)
                if not drawn:
                    return
            mode = textstate.render
            if mode in _INVISIBLE_MODES:
                self.invisible += drawn
                self.unpainted.append((before, before + drawn))
            elif (mode not in _FILL_MODES or _white(ncs, graphicstate.ncolor)) and (
                mode not in _STROKE_MODES or _white(graphicstate.scs, graphicstate.scolor)
            ):
                self.white.append((before, before + drawn))

        def paint_path(
            self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any
        ) -> None:
            if self.hidden:
                return
            items = self.cur_item._objs
            known = len(items)
            super().paint_path(gstate, stroke, fill, evenodd, path)
            if fill:
                white = _white(gstate.ncs, gstate.ncolor)
                drawn = len(self.chars)
                clip = self.clip
                for obj in items[known:]:
                    x0, y0, x1, y1 = obj.x0, obj.y0, obj.x1, obj.y1
                    if clip is not None:
                        # Only the part inside the clipping path is painted.
                        x0, y0 = max(x0, clip[0]), max(y0, clip[1])
                        x1, y1 = min(x1, clip[2]), min(y1, clip[3])
                        if x1 <= x0 or y1 <= y0:
                            continue
                    self.fills.append((x0, y0, x1, y1, drawn, white, self.opaque))

        def render_image(self, name: str, stream: Any) -> None:
            if not self.hidden:
                super().render_image(name, stream)

        def glyphs(self, font: Any) -> tuple[str, dict[int, tuple[str, float]]]:
            """The font's name as pdfplumber gives it, and its glyphs read so far.

            Shared by every page of the document (pdfminer's resource manager hands each
            page the same font object): a glyph's text and width depend only on the font
            and its code, so each is looked up — and normalised — once.  Held by weak
            reference: a font written inline in a form is made afresh each time the form
            is drawn, and must not pile up here.
            """
            known = self.fonts.get(font)
            if known is None:
                fontname = font.fontname
                if isinstance(fontname, bytes):
                    fontname = _fix_fontname(fontname)
                known = self.fonts[font] = (str(fontname) + _described_style(font), {})
            return known

        def glyph(
            self, font: Any, cid: int, cache: dict[int, tuple[str, float]]
        ) -> tuple[str, float]:
            # What PDFLayoutAnalyzer.render_char asks the font, in the same order.
            try:
                text = font.to_unichr(cid)
                assert isinstance(text, str), str(type(text))
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            textwidth = font.char_width(cid)
            if textwidth == 0 and text and not text.isspace():
                textwidth = _standard_width(font, text)
            font.char_disp(cid)
            if not text.isascii():
                text = normalize("NFC", text.translate(LIGATURES).translate(HYPHENS))
            known = cache[cid] = (text, textwidth)
            return known

        def render_char(
            self,
            matrix: Any,
            font: Any,
            fontsize: float,
            scaling: float,
            rise: float,
            cid: int,
            ncs: Any,
            graphicstate: Any,
        ) -> float:
            # Only vertical fonts come here (horizontal text takes the inlined path below):
            # LTChar.__init__'s arithmetic, step for step.
            fontname, cache = self.glyphs(font)
            known = cache.get(cid)
            text, textwidth = known if known is not None else self.glyph(font, cid, cache)
            textdisp = font.char_disp(cid)
            adv = textwidth * fontsize * scaling
            vertical = font.is_vertical()
            flip = _flip(font)
            if vertical:
                assert isinstance(textdisp, tuple)
                (vx, vy) = textdisp
                vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
                vy = (1000 - vy) * fontsize * 0.001
                bbox = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
            elif flip < 0:
                bottom, top = _turned_box(fontsize, rise)
                bbox = (0, bottom, adv, top)
            else:
                descent = font.get_descent() * fontsize
                bbox = (0, descent + rise, adv, descent + rise + fontsize)
            (a, b, c, d, e, f) = matrix
            upright = a * d * scaling * flip > 0 and b * c * flip <= 0
            (bx0, by0, bx1, by1) = bbox
            left1, bottom1 = a * bx0 + c * by0 + e, b * bx0 + d * by0 + f
            right1, bottom2 = a * bx1 + c * by0 + e, b * bx1 + d * by0 + f
            right2, top1 = a * bx1 + c * by1 + e, b * bx1 + d * by1 + f
            left2, top2 = a * bx0 + c * by1 + e, b * bx0 + d * by1 + f
            x0 = min(left1, left2, right1, right2)
            y0 = min(bottom1, bottom2, top1, top2)
            x1 = max(left1, left2, right1, right2)
            y1 = max(bottom1, bottom2, top1, top2)
            if x1 < x0:
                (x0, x1) = (x1, x0)
            if y1 < y0:
                (y0, y1) = (y1, y0)
            self.add_char(text, x0, y0, x1, y1, x1 - x0 if vertical else y1 - y0, fontname, upright)
            return adv

        def add_char(
            self,
            text: str,
            x0: float,
            y0: float,
            x1: float,
            y1: float,
            size: float,
            fontname: str,
            upright: bool,
        ) -> None:
            # pdfplumber's geometry: top-based, the MediaBox offset added back.
            dx, height, dtop = self.dx, self.page_height, self.dtop
            if dx != 0:
                x0, x1 = x0 + dx, x1 + dx
            self.chars.append(
                Char(
                    text=text,
                    x0=float(x0),
                    x1=float(x1),
                    top=float((height - y1) + dtop),
                    bottom=float((height - y0) + dtop),
                    size=float(size),
                    fontname=fontname,
                    upright=bool(upright),
                )
            )

        def render_string_horizontal(
            self,
            seq: Any,
            matrix: Any,
            pos: Any,
            font: Any,
            fontsize: float,
            scaling: float,
            charspace: float,
            wordspace: float,
            rise: float,
            dxscale: float,
            ncs: Any,
            graphicstate: Any,
        ) -> Any:
            """PDFTextDevice.render_string_horizontal with render_char and LTChar inlined.

            The matrix, font, size and rise are fixed for the whole string, so the parts of
            the glyph box that depend on them alone are worked out at its first glyph;
            Python evaluates ``p * q + r * s + t`` as ``(p * q + r * s) + t``, so a sum
            taken from a part worked out earlier is the same float.
            """
            (x, y) = pos
            needcharspace = False
            fontname, cache = self.glyphs(font)
            add = self.chars.append
            dx, height, dtop = self.dx, self.page_height, self.dtop
            ready = False
            for obj in seq:
                if isinstance(obj, (int, float)):
                    x -= obj * dxscale
                    needcharspace = True
                elif isinstance(obj, bytes):
                    for cid in font.decode(obj):
                        if needcharspace:
                            x += charspace
                        # utils.translate_matrix(matrix, (x, y)): the glyph's origin.
                        if not ready:
                            (a, b, c, d, e, f) = matrix
                            yc, yd = y * c, y * d
                        e1 = x * a + yc + e
                        f1 = x * b + yd + f
                        known = cache.get(cid)
                        text, textwidth = (
                            known if known is not None else self.glyph(font, cid, cache)
                        )
                        adv = textwidth * fontsize * scaling
                        if not ready:
                            # LTChar's box (0, descent + rise, adv, descent + rise + fontsize)
                            flip = _flip(font)
                            if flip < 0:
                                by0, by1 = _turned_box(fontsize, rise)
                            else:
                                descent = font.get_descent() * fontsize
                                by0 = descent + rise
                                by1 = descent + rise + fontsize
                            upright = bool(a * d * scaling * flip > 0 and b * c * flip <= 0)
                            # apply_matrix_rect: a * bx + c * by + e, b * bx + d * by + f
                            ax0c0, bx0d0 = a * 0 + c * by0, b * 0 + d * by0
                            ax0c1, bx0d1 = a * 0 + c * by1, b * 0 + d * by1
                            cy0, dy0, cy1, dy1 = c * by0, d * by0, c * by1, d * by1
                            ready = True
                        aadv, badv = a * adv, b * adv
                        left1, bottom1 = ax0c0 + e1, bx0d0 + f1
                        right1, bottom2 = aadv + cy0 + e1, badv + dy0 + f1
                        right2, top1 = aadv + cy1 + e1, badv + dy1 + f1
                        left2, top2 = ax0c1 + e1, bx0d1 + f1
                        x0 = min(left1, left2, right1, right2)
                        y0 = min(bottom1, bottom2, top1, top2)
                        x1 = max(left1, left2, right1, right2)
                        y1 = max(bottom1, bottom2, top1, top2)
                        if x1 < x0:
                            (x0, x1) = (x1, x0)
                        if y1 < y0:
                            (y0, y1) = (y1, y0)
                        size = y1 - y0
                        if dx != 0:
                            x0, x1 = x0 + dx, x1 + dx
                        add(
                            Char(
                                text=text,
                                x0=float(x0),
                                x1=float(x1),
                                top=float((height - y1) + dtop),
                                bottom=float((height - y0) + dtop),
                                size=float(size),
                                fontname=fontname,
                                upright=upright,
                            )
                        )
                        x += adv
                        if cid == 32 and wordspace:
                            x += wordspace
                        needcharspace = True
                else:
                    device_logger.warning(
                        "Cannot render horizontal string because "
                        "%r is not a valid int, float or bytes.",
                        obj,
                    )
            return (x, y)

    return CharReader


def _read_page(number: int, reader: Any, geometry: tuple[float, float, float, float]) -> RawPage:
    """The page a reader has just been through: its glyphs in drawing order, then the boxes
    of its rects, lines, curves and images (pdfplumber's order), forms entered where they
    are drawn."""
    from pdfminer.layout import LTContainer, LTCurve, LTImage, LTLine, LTRect

    width, height, dx, dtop = geometry
    kinds = {LTRect: "rect", LTLine: "line", LTCurve: "curve", LTImage: "image"}
    shapes: dict[str, list[BBox]] = {k: [] for k in _GRAPHIC_KINDS}

    def walk(objs: Any) -> None:
        for obj in objs:
            if isinstance(obj, LTContainer):
                walk(obj._objs)
                continue
            kind = kinds.get(type(obj))
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

    walk(reader.result._objs)
    chars, unseen = _seen(reader, geometry, shapes)
    return RawPage(
        number=number,
        width=float(width),
        height=float(height),
        chars=tuple(chars),
        graphics=tuple(box for kind in _GRAPHIC_KINDS for box in shapes[kind]),
        invisible=reader.invisible,
        unseen=unseen,
    )


def _cut_words(chars: Sequence[Char], covered: set[int]) -> set[int]:
    """The *covered* glyphs of words partly in sight, which are read whole: a table cell's
    background drawn after the cell before it cuts off that cell's overflowing word
    ("Ontwerp-begrot|ing"), and a reviewer's note icon flattened onto the page hides a
    letter or two ("uitgaven [] n € 7,77 mld."); the words are what their writer wrote.  A
    word covered whole (a paragraph pasted over, a redaction box) stays covered."""
    back: set[int] = set()
    for i in sorted(covered):
        if i in back:
            continue
        # The word around glyph i: its neighbours in drawing order on the same line, with
        # no space and no gap between them.
        start = end = i
        while start > 0 and _joined(chars[start - 1], chars[start]):
            start -= 1
        while end + 1 < len(chars) and _joined(chars[end], chars[end + 1]):
            end += 1
        word = range(start, end + 1)
        if any(j not in covered for j in word):
            back.update(j for j in word if j in covered)
    return back


def _joined(prev: Char, char: Char) -> bool:
    """Whether *char* goes on the word *prev* is in."""
    return (
        not prev.text.isspace()
        and not char.text.isspace()
        and abs(prev.top - char.top) < 1
        and -1 <= char.x0 - prev.x1 <= 0.3 * char.size
    )


def _seen(
    reader: Any, geometry: tuple[float, float, float, float], shapes: dict[str, list[BBox]]
) -> tuple[list[Char], int]:
    """The glyphs *reader* drew that a reader of the page can see, and how many it drew
    that none can (besides those it left out as it went: see ``render_string``).

    Not seen: a glyph under an opaque fill drawn after it (a paragraph pasted over, a
    redaction box); a glyph in paper white that stands on nothing coloured (no image,
    no filled shape that is not white, no shading on its page); and, on a page whose
    text is mostly painted, an invisible glyph that lies on no image or shape (an OCR
    layer lies on its scan, and the text layer of lettering turned into outlines on the
    outlines).
    """
    chars: list[Char] = reader.chars
    covers = [f for f in reader.fills if f[4] and f[6] and f[2] - f[0] >= 2 and f[3] - f[1] >= 2]
    white = reader.white if not reader.shaded else []
    unpainted = reader.unpainted if reader.invisible * 2 <= len(chars) else []
    if not covers and not white and not unpainted:
        return chars, reader.unseen
    _, height, dx, dtop = geometry

    def box(x0: float, y0: float, x1: float, y1: float) -> BBox:
        return BBox(x0 + dx, (height - y1) + dtop, x1 + dx, (height - y0) + dtop)

    def on(char: Char, grounds: Iterable[BBox]) -> bool:
        x, y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
        return any(g.x0 <= x <= g.x1 and g.top <= y <= g.bottom for g in grounds)

    out: set[int] = set()
    if covers:
        # The glyphs by their tops, so that each cover looks only at the lines it spans (a
        # table's cells are filled one by one after the text before them).
        by_top = sorted((c.top, i) for i, c in enumerate(chars))
        tops = [t for t, _ in by_top]
        for x0, y0, x1, y1, before, _, _ in covers:
            b = box(x0, y0, x1, y1)
            for k in range(bisect.bisect_left(tops, b.top - 0.5), len(tops)):
                top, i = by_top[k]
                if top > b.bottom:
                    break
                c = chars[i]
                if (
                    i < before
                    and c.x0 >= b.x0 - 0.5
                    and c.x1 <= b.x1 + 0.5
                    and c.bottom <= b.bottom + 0.5
                ):
                    out.add(i)
    if out:
        out -= _cut_words(chars, out)
    if white:
        grounds = list(shapes["image"])
        grounds += [box(*f[:4]) for f in reader.fills if not f[5]]
        for start, end in white:
            out.update(i for i in range(start, end) if not on(chars[i], grounds))
    if unpainted:
        grounds = [b for kind in _GRAPHIC_KINDS for b in shapes[kind]]
        for start, end in unpainted:
            out.update(i for i in range(start, end) if not on(chars[i], grounds))
    if not out:
        return chars, reader.unseen
    return [c for i, c in enumerate(chars) if i not in out], reader.unseen + len(out)


# Text render modes that paint nothing: 3 (invisible) and 7 (add to the clipping path only).
_INVISIBLE_MODES = frozenset({3, 7})
# The modes that fill glyphs (in the fill colour) and that stroke them (in the stroke colour).
_FILL_MODES = frozenset({0, 2, 4, 6})
_STROKE_MODES = frozenset({1, 2, 5, 6})


# The font descriptor's flags (PDF 32000, 9.8.2): italic, and bold forced.
_ITALIC_FLAG = 1 << 6
_FORCE_BOLD_FLAG = 1 << 18


def _described_style(font: Any) -> str:
    """What the font's descriptor says of its style, as a name's style part ("-DescBold",
    "-DescItalic", "-DescBoldItalic"), or "": a weight of 600 or more or bold forced, an
    italic flag or a slanted angle.  Some families name their styles with letters only
    (Linux Libertine's "LinLibertineOZ" is its semibold, "…OZI" its semibold italic), which
    the name alone does not tell."""
    descriptor = getattr(font, "descriptor", None)
    if not isinstance(descriptor, dict):
        return ""

    def number(key: str) -> float:
        value = descriptor.get(key)
        return float(value) if isinstance(value, (int, float)) else 0.0

    flags = int(number("Flags"))
    bold = number("FontWeight") >= 600 or bool(flags & _FORCE_BOLD_FLAG)
    italic = bool(flags & _ITALIC_FLAG) or abs(number("ItalicAngle")) >= 5
    return "-Desc" + "Bold" * bold + "Italic" * italic if bold or italic else ""


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
    _import_pdfminer()
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
    _import_pdfminer()
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
        off = _hidden_layers(doc)
        rsrcmgr = PDFResourceManager()
        interpreter_class = _interpreter_class()
        reader_class = _reader_class()
        fonts: _FontCache = weakref.WeakKeyDictionary()
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
            device = reader_class(rsrcmgr, number, geometry, fonts)
            interpreter = interpreter_class(rsrcmgr, device)
            interpreter.off = off
            # A page of a text letter holds tens of kilobytes of drawing instructions; a
            # stream that inflates far beyond that is a decompression bomb, stopped while
            # it inflates, before pdfminer tokenises it for minutes.
            interpreter.budget = _Budget(max_content_bytes)
            try:
                interpreter.process_page(page_obj)
                raw = _read_page(number, device, geometry)
            except _ContentOverflow:
                raise _too_much(name, number, max_content_bytes) from None
            except MemoryError:
                raise
            except Exception as exc:
                yield PageFailure(number, _classify(exc, name, number))
                return
            yield raw
