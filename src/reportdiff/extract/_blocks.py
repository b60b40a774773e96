"""Lines → blocks: decide headings and paragraph starts, join lines, join across page breaks.

The PDF path marks lines from typography and spacing; the text path marks them from the text
alone.  Both then share :func:`assemble`, so dehyphenation and page joining are done once.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterable, Sequence

import attrs

from ._drawn import drawn_tables
from ._furniture import SIGN_OFF, toc_lines
from ._measure import TERMINAL, dominant_size
from ._types import BBox, Block, BlockKind, Line, PageInfo

__all__ = [
    "LineItem",
    "assemble",
    "consecutive",
    "join_lines",
    "mark_pdf_lines",
    "running_lines",
]

# Words after a line-final hyphen that show the hyphen is a real one ("cyber- en informatie").
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "and", "or"})
# Dutch keeps the hyphen where two vowels would otherwise read as one sound
# ("defensie-uitgaven", "zee-eenheid"); these are those pairs.
_VOWEL_CLASHES = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"}
)
# Vowels, with the accented forms Dutch writes ("geëvalueerd", "één"), and the y of "hy-pe".
_VOWELS = frozenset("aeiouyáéíóúàèäëïöüâêîôû")
_MAX_HEADING_CHARS = 120
# A heading in italics where italics are not the headings' type is short (a sentence set in
# italics for emphasis fills the line).
_MAX_ITALIC_HEADING = 80
# A numbered italic line this long at most is a heading.
_MAX_NUMBERED_CHARS = 80


@attrs.frozen
class LineItem:
    """A body line and what it does: start a heading, start a paragraph, or continue."""

    line: Line
    starts: BlockKind | None
    level: int = 0
    # A footnote at a page's foot: it stands alone and no text is joined onto it.
    note: bool = False


def join_lines(prev: str, nxt: str) -> str:
    """Join two lines of one paragraph, undoing line-end hyphenation but keeping real hyphens."""
    if not prev:
        return nxt
    if not nxt:
        return prev
    if prev.endswith("-") and len(prev) > 1 and not prev[-2].isspace():
        # The broken word's last part: "Ko" of "Zuid-Ko-" (a compound's own hyphen before it
        # says nothing of the break).
        before = prev[:-1].rsplit(" ", 1)[-1].rsplit("-", 1)[-1]
        first = nxt.split(" ", 1)[0]
        if first.lower().strip(",") in _CONJUNCTIONS:
            return f"{prev} {nxt}"  # "cyber-" + "en informatiedomein"
        if not first[:1].islower():
            return prev + nxt  # "Duits-" + "Franse", "COVID-" + "19"
        if any(ch.isupper() or ch.isdigit() for ch in before[1:]) or before.isupper():
            return prev + nxt  # "VN-" + "missie", "eFP-" + "inzet"
        if not any(ch in _VOWELS for ch in before.casefold()):
            # Every Dutch syllable has a vowel, so a word broken after a syllable does too;
            # one without is an abbreviation written in lower case ("bbp-" + "aandeel").
            return prev + nxt
        if (before[-1:] + first[:1]).lower() in _VOWEL_CLASHES:
            return prev + nxt  # "defensie-" + "uitgaven"
        return prev[:-1] + nxt  # "samen-" + "werking"
    return f"{prev} {nxt}"


def _pitch(lines: Sequence[Line], size: float) -> float:
    gaps = []
    for a, b in itertools.pairwise(lines):
        if a.page == b.page and a.bbox and b.bbox:
            d = b.bbox.bottom - a.bbox.bottom
            if 0 < d < 2.2 * size:
                gaps.append(d)
    return statistics.median(gaps) if gaps else 1.2 * size


def _is_heading(line: Line, body_size: float, italic_headings: bool) -> bool:
    text = line.text
    if len(text) > _MAX_HEADING_CHARS or text.endswith((",", ";")):
        return False
    if line.bold or line.size >= body_size + 1.5:
        return True
    if line.italic and _SECTION_NUMBER.match(text) and len(text) <= _MAX_NUMBERED_CHARS:
        # "3.6  Verenigd Koninkrijk" in italics: a numbered heading, in a letter too (where
        # an italic line otherwise may be a sentence set off for emphasis).
        return not text.endswith((".", ":"))
    return italic_headings and line.italic and not text.endswith(".")


# A numbered heading's number ("12.", "3.2", "4)"): such a line starts a heading of its own.
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s")
# The average width of a glyph, in font sizes, to estimate whether a word would have fitted.
_GLYPH_WIDTH = 0.5


def _right_edge(lines: Sequence[Line]) -> dict[int, float]:
    """Each page's right text edge: where its longest lines end."""
    edges: dict[int, float] = {}
    for ln in lines:
        if ln.bbox is not None:
            edges[ln.page] = max(edges.get(ln.page, 0.0), ln.bbox.x1)
    return edges


def _fits_above(above: Line, line: Line, right: dict[int, float]) -> bool:
    """Whether *line*'s first word would have fitted at the end of the line *above* (before
    its page's right text edge): if so, the line above was ended by the writer, not broken
    because it was full."""
    assert above.bbox is not None
    first = line.text.split(" ", 1)[0]
    room = right.get(above.page, above.bbox.x1) - above.bbox.x1
    return room >= (len(first) + 1) * _GLYPH_WIDTH * line.size


def _wraps_onto(prev: Line, line: Line, right: dict[int, float]) -> bool:
    """Whether heading line *line* is the wrapped rest of heading line *prev*.

    A wrapped heading keeps its typography, does not start with a section number, and its
    first word would not have fitted at the end of the line above (else the writer broke the
    line on purpose: two headings).
    """
    if abs(prev.size - line.size) > 0.5 or prev.bold != line.bold or prev.italic != line.italic:
        return False
    if _SECTION_NUMBER.match(line.text) or prev.bbox is None:
        return False
    if re.search(r"\w-$", prev.text) and line.text[:1].islower():
        return True  # a word broken over the two lines ("verdragspart-" over "ners")
    return not _fits_above(prev, line, right)


def _runs_on(
    line: Line,
    nxt: Line | None,
    pitch: float,
    body_size: float,
    italic_headings: bool,
    right: dict[int, float],
) -> bool:
    """Whether bold line *line* runs on into the roman line under it, mid-sentence: a lead-in
    or a question set in bold ("Hoe staat de Letter of Intent … met Frankrijk er-" over
    "voor? Die bestaat …"), which opens a paragraph and is no heading.  A heading's sentence
    never runs on in roman type: a heading that wraps keeps its type, and a heading ends short
    of the margin, where the writer ended it (as does a table's header row over its first
    row, "Missie  Stand" over "legeropdracht EUFOR Althea …")."""
    if nxt is None or nxt.page != line.page or nxt.bbox is None or line.bbox is None:
        return False
    if not line.bold or abs(line.size - nxt.size) > 1.0:
        return False  # a larger line (a title, a drop cap) is told by its size
    if line.cells > 1:
        return False  # a table's header row over its first row ("Missie   Stand")
    if _is_heading(nxt, body_size, italic_headings) or TERMINAL.search(line.text):
        return False
    # Mid-sentence: the line under it goes on in lower case (a long heading filling the line
    # over a paragraph's first word, "Aan de …", or a table's header row over a country's
    # name, does not).
    if not nxt.text[:1].islower():
        return False
    if not 0 <= _first_bottom(nxt) - line.bbox.bottom <= 1.3 * pitch:
        return False
    # The sentence was broken because the line was full: a word broken at its end ("er-" over
    # "voor? …"), or no room left for the next line's first word.
    if re.search(r"\w-$", line.text):
        return True
    return not _fits_above(line, nxt, right)


def _out_of_an_indent(
    line: Line, prev: Line | None, before: Line | None, right: dict[int, float]
) -> bool:
    """Whether *line* starts a paragraph by going back to the margin after two or more lines
    set further in (a list whose marks are drawn, not written: "relatie: goed, …" and "LoI
    inzake …: geldend sedert juni 2121", then "Men zegt dat …"; a quotation set in): what
    was set in has ended.  A paragraph whose first line alone is set in does not count, nor
    a line that goes on in lower case (a sentence still running), nor one whose first word
    would not have fitted on the line above (text set around a box beside it, which goes on
    at the margin below the box: "… namelijk Australië, Finland, Italië, Japan," over
    "Luxemburg, Polen en Zweden.")."""
    if prev is None or before is None or line.bbox is None or prev.bbox is None:
        return False
    if before.bbox is None or not (line.page == prev.page == before.page):
        return False
    if not line.text[:1].isupper() or line.cells > 1 or prev.cells > 1:
        return False
    em = line.size
    if not (
        prev.bbox.x0 - line.bbox.x0 >= 0.8 * em
        and abs(before.bbox.x0 - prev.bbox.x0) <= 0.2 * em
        and _first_bottom(line) > prev.bbox.bottom
    ):
        return False
    return _fits_above(prev, line, right)


def _italic_wrap(prev: Line, line: Line, nxt: Line | None) -> bool:
    """Whether italic *line* is the wrapped rest of the italic heading *prev* (see
    _standalone_italic): italic in the same size, with an upright line after it."""
    return (
        prev.italic
        and line.italic
        and not line.bold
        and abs(prev.size - line.size) <= 0.5
        and nxt is not None
        and not nxt.italic
        and nxt.page == line.page
        and line.text.rstrip()[-1:] not in ".,;:!?"
    )


def _standalone_italic(line: Line, prev: Line | None, nxt: Line | None, after: Line | None) -> bool:
    """Whether italic line *line* is a heading where italics are not the headings' type (a
    letter, which may set a sentence in italics for emphasis): a line of its own between
    finished sentences, itself no sentence ("Blokje vijf — uitgezonden eenheden" between a
    paragraph's last line and "Minister Wolters-Haan: Laatste blokje …", set in the body's
    size with no space after it).  The line before ends a sentence (or the page begins with
    it), the line after is upright and opens one, and the line ends in no punctuation."""
    wrapped = False
    if nxt is not None and nxt.italic and not nxt.bold and after is not None:
        # A heading wrapped over two italic lines ("Blokje vier — clubjes, fora,
        # verdragspart-" over "ners"): the line after both is the upright one.
        if not (line.text.rstrip().endswith("-") and abs(nxt.size - line.size) <= 0.5):
            return False
        nxt, wrapped = after, True
    if not line.italic or line.bold or nxt is None or nxt.italic or nxt.page != line.page:
        return False
    text = line.text.strip()
    ends = text[-1:] in '.,;:!?)"”’' or (text.endswith("-") and not wrapped)
    if len(text) > _MAX_ITALIC_HEADING or not text[:1].isupper() or ends:
        return False
    if line.cells > 1 or not nxt.text[:1].isupper():
        return False
    return prev is None or prev.page != line.page or bool(TERMINAL.search(prev.text))


def _level(line: Line, body_size: float) -> int:
    if line.size >= body_size + 1.5:
        return 1
    return 2 if line.bold else 3


# A running header or footer: the same text (digits aside) at the same height, at the top or
# the bottom of the body on at least half the pages, two at the least.
_RUNNING_EDGE = 2  # how many lines at either edge of a page's body are looked at
_RUNNING_SLACK = 3.0  # points of height within which two lines are at the same position
_DIGITS = re.compile(r"\d+")


def _top(line: Line) -> float:
    return line.bbox.top if line.bbox is not None else 0.0


# A table's rows follow each other closer than this many font sizes of white space.
_ROW_GAP = 1.0


def _heads_rows(line: Line, below: Sequence[Line]) -> bool:
    """Whether *line* heads rows set tight under it: a table's column header repeated at the
    top of every page the table runs over, which is content, not a running header.  A running
    header stands apart from the text (or from its own second line, which stands apart)."""
    if len(below) < 2 or line.bbox is None:
        return False
    prev = line
    for nxt in below[:2]:
        if prev.bbox is None or nxt.bbox is None:
            return False
        if nxt.bbox.top - prev.bbox.bottom > _ROW_GAP * max(prev.size, nxt.size):
            return False
        prev = nxt
    return True


def _one_counter(texts: Iterable[str]) -> bool:
    """Whether lines alike but for their digits differ in one number at most: a running
    line's page number ("Pagina 3 van 9").  Footnotes at the foot of two pages, alike in shape
    ("3 Cfr. … nr. 28676/968." and "6 Cfr. … nr. 28676/752."), differ in more: they are
    content."""
    runs = [_DIGITS.findall(text) for text in texts]
    differing = [k for k, values in enumerate(zip(*runs, strict=True)) if len(set(values)) > 1]
    return len(differing) <= 1


def running_lines(lines: Sequence[Line]) -> set[int]:
    """Indexes of *lines* that are a running header or footer the region measurement did not
    catch ("▮ Ministerie van Defensie" above every page, a document title at every foot).

    Such a line is repeated at the same position on most pages, and stands at an edge of the
    page's body; a sentence running on across the page break must not be cut by it.
    """
    by_page: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.bbox is not None:
            by_page.setdefault(ln.page, []).append(i)
    if len(by_page) < 2:
        return set()
    seen: dict[str, list[tuple[int, int, float]]] = {}
    for page, idx in by_page.items():
        ordered = sorted(idx, key=lambda i: _top(lines[i]))
        edge = dict.fromkeys([*ordered[:_RUNNING_EDGE], *ordered[-_RUNNING_EDGE:]])
        for i in edge:
            ln = lines[i]
            if _heads_rows(ln, [lines[k] for k in ordered if _top(lines[k]) > _top(ln)]):
                continue
            key = _DIGITS.sub("#", " ".join(ln.text.split())).casefold()
            if len(key) < 4 or ln.bbox is None:
                continue
            seen.setdefault(key, []).append((page, i, ln.bbox.top))
    need = max(2, (len(by_page) + 1) // 2)
    out: set[int] = set()
    for hits in seen.values():
        if not _one_counter(lines[i].text for _, i, _ in hits):
            continue
        tops = sorted(t for _, _, t in hits)
        median = tops[len(tops) // 2]
        same = [(p, i) for p, i, t in hits if abs(t - median) <= _RUNNING_SLACK]
        if len({p for p, _ in same}) >= need:
            out.update(i for _, i in same)
    return out | _running_titles(lines, by_page, need)


def _running_titles(lines: Sequence[Line], by_page: dict[int, list[int]], need: int) -> set[int]:
    """A running header whose words change from page to page (the current section's title, as
    a stylesheet's ``string-set`` writes it): the topmost line of most pages, at one height, in
    a type smaller than the text's, above a gap."""
    size = dominant_size([ln for ln in lines if ln.bbox is not None])
    tops: list[tuple[int, float]] = []
    for idx in by_page.values():
        ordered = sorted(idx, key=lambda i: _top(lines[i]))
        first = lines[ordered[0]]
        below = lines[ordered[1]] if len(ordered) > 1 else None
        if first.size >= size - 1.0 or first.bbox is None:
            continue
        if below is None or below.bbox is None or below.bbox.top - first.bbox.bottom < size:
            continue
        tops.append((ordered[0], first.bbox.top))
    if len(tops) < need:
        return set()
    heights = sorted(t for _, t in tops)
    median = heights[len(heights) // 2]
    same = {i for i, t in tops if abs(t - median) <= _RUNNING_SLACK}
    return same if len(same) >= need else set()


def _first_bottom(line: Line) -> float:
    """Where *line*'s first visual line ends: a table row set on several lines is as far from
    the line above it as its first line is."""
    assert line.bbox is not None
    if line.rows == 1:
        return line.bbox.bottom
    return line.bbox.top + (line.bbox.bottom - line.bbox.top) / line.rows


# A line drawn with one character over and over ("=========", "---------"): set as text
# under a line, as plain text marks a heading (a mail, a text file printed); alone, a rule.
_RULE = re.compile(r"\s*([=\-~_*#+])\1{2,}\s*")


def _width(box: BBox) -> float:
    return box.x1 - box.x0


def _underlines(rule: str, ln: Line, above: Line) -> bool:
    """Whether the rule *rule* (line *ln*) underlines the line *above*: as wide, from half to
    one and a half times; or, when *above* runs on into a column beside it (a table's row on
    the same baseline, "MULTILATERAAL (NAVO/EU/VN)   +------+----+"), as many characters as
    its first run of text."""
    assert ln.bbox is not None and above.bbox is not None
    text = above.text
    if 0.5 * _width(above.bbox) <= _width(ln.bbox) <= 1.5 * _width(above.bbox) + ln.size:
        pass
    elif (
        above.cells > 1
        and 0.5 * len(above.first_cell) <= len(rule) <= 1.5 * len(above.first_cell) + 2
    ):
        text = above.first_cell
    else:
        return False
    return len(text) <= _MAX_HEADING_CHARS and not text.endswith((",", ";", ":"))


def _without_rules(body: Sequence[Line]) -> tuple[list[Line], set[int]]:
    """*body* without its lines drawn with one character, and the lines (by id) such a rule
    underlines as a heading: the line right above it on the page, short enough for a heading
    and not broken off mid-sentence, the rule reaching at least half as wide (and not far
    beyond it).  Every such heading is of the first level: "=" over "-" is one writer's
    hierarchy, and another's two ways to underline; a chapter the parser has no word for then
    ends the one before rather than passing its partners' category on to the countries in
    it."""
    if not any(_RULE.fullmatch(ln.text) for ln in body):
        return list(body), set()
    kept: list[Line] = []
    underlined: set[int] = set()
    for ln in body:
        rule = _RULE.fullmatch(ln.text)
        size = ln.size
        if rule is None:
            kept.append(ln)
            continue
        above = kept[-1] if kept else None
        before = kept[-2] if len(kept) > 1 else None
        if (
            above is not None
            and id(above) not in underlined
            # not a sentence's last line ("inzet, eerder verschenen …" under "…, akkoorden,"),
            # which a box drawn with the same character may have under it
            and not (
                before is not None
                and before.page == above.page
                and above.text[:1].islower()
                and not TERMINAL.search(before.text)
            )
            and above.bbox is not None
            and ln.bbox is not None
            and (
                (
                    above.page == ln.page
                    and -0.5 * size <= ln.bbox.top - above.bbox.bottom <= 1.5 * size
                )
                # the heading the last line of its page, its rule the next page's first
                or above.page + 1 == ln.page
            )
            and _underlines(rule.group(0).strip(), ln, above)
        ):
            underlined.add(id(above))
    return kept, underlined


# A heading told by its place alone, where the typography is lost: at most this many words.
_MAX_BARE_HEADING_WORDS = 8
# ... and ending this far short of its page's right text edge (a share of the text's width).
_BARE_HEADING_SHORT = 0.6
_LIST_START = re.compile(r"[•▪◦●‣∙■□◆◇►▶▸*–—-]|\d{1,2}[.)]\s|[a-z][.)]\s")


def _bare_heading(
    ln: Line,
    prev: Line | None,
    nxt: Line | None,
    gap: float | None,
    pitch: float,
    left: dict[int, float],
    right: dict[int, float],
) -> bool:
    """Whether *ln* is a heading by its place alone, as an OCR layer gives one (one invisible
    font: no bold, no size): a short line that does not end a sentence, after a finished
    sentence and a blank line, with its paragraph set tight under it ("De veiligheidssituatie"
    over "Nauwelijks behoeft betoog, dat …")."""
    text = ln.text
    if (
        prev is None
        or nxt is None
        or gap is None
        or gap <= 1.45 * pitch
        or ln.bbox is None
        or nxt.bbox is None
        or nxt.page != ln.page
        or not TERMINAL.search(prev.text)
    ):
        return False
    if (
        len(text.split()) > _MAX_BARE_HEADING_WORDS
        or not text[:1].isupper()
        or TERMINAL.search(text)
        or text.endswith((",", ";", ":", "-"))
        or _LIST_START.match(text)
    ):
        return False
    below = _first_bottom(nxt) - ln.bbox.bottom
    start, end = left.get(ln.page, ln.bbox.x0), right.get(ln.page, ln.bbox.x1)
    short = ln.bbox.x1 - start <= _BARE_HEADING_SHORT * (end - start)
    return 0 < below <= 1.3 * pitch and short and nxt.text[:1].isupper()


def _left_edge(lines: Sequence[Line]) -> dict[int, float]:
    """Each page's left text edge: where its lines start, the leftmost."""
    edges: dict[int, float] = {}
    for ln in lines:
        if ln.bbox is not None:
            edges[ln.page] = min(edges.get(ln.page, ln.bbox.x0), ln.bbox.x0)
    return edges


def mark_pdf_lines(
    lines: Sequence[Line], *, italic_headings: bool = False, bare_headings: bool = False
) -> list[LineItem]:
    """Mark body lines from their typography and the space above them.  With
    *bare_headings* (a text layer with no typography: OCR), a heading is also told by its
    place alone (_bare_heading)."""
    running = running_lines(lines)
    body = [ln for i, ln in enumerate(lines) if ln.bbox is not None and i not in running]
    contents = toc_lines([ln.text for ln in body])
    body = [ln for i, ln in enumerate(body) if i not in contents]
    body, drawn = drawn_tables(body)
    body, underlined = _without_rules(body)
    size = dominant_size(body)
    pitch = _pitch(body, size)
    right = _right_edge(body)
    left = _left_edge(body) if bare_headings else {}
    items: list[LineItem] = []
    prev: Line | None = None
    prev_heading = False
    # The spacing between the lines of one size since the last heading on the page, for the
    # spacing its paragraphs are set with (see _spaced_apart).
    spacing: list[float] = []
    for k, ln in enumerate(body):
        nxt = body[k + 1] if k + 1 < len(body) else None
        assert ln.bbox is not None
        new_page = prev is None or prev.page != ln.page
        gap = (
            None
            if new_page or prev is None or prev.bbox is None
            else _first_bottom(ln) - prev.bbox.bottom
        )
        if id(ln) in drawn:
            # A drawn table's rows are known for sure: each is a paragraph of its own, lest a
            # row's figure or word go to the row above ("afgerond in september" of one
            # mission read as the next one's status).
            items.append(LineItem(ln, BlockKind.PARAGRAPH))
            spacing = []
            prev, prev_heading = ln, False
            continue
        heading = (
            id(ln) in underlined
            or _is_heading(ln, size, italic_headings)
            or _standalone_italic(ln, prev, nxt, body[k + 2] if k + 2 < len(body) else None)
            # the second line of such a heading, wrapped ("… verdragspart-" over "ners")
            or (prev_heading and prev is not None and _italic_wrap(prev, ln, nxt))
        )
        if bare_headings and not heading:
            heading = _bare_heading(ln, prev, nxt, gap, pitch, left, right)
        lead = (
            heading
            and id(ln) not in underlined
            and _runs_on(
                ln, body[k + 1] if k + 1 < len(body) else None, pitch, size, italic_headings, right
            )
        )
        heading = heading and not lead
        if heading:
            # A heading that wraps onto a second bold line continues the same heading; a
            # heading line directly under another one ("Bijlage …" over "Tabel 1. …") is a
            # heading of its own.
            wraps = (
                prev_heading
                and prev is not None
                and gap is not None
                and gap <= 1.3 * pitch
                and _wraps_onto(prev, ln, right)
            )
            starts = None if wraps else BlockKind.HEADING
            level = 1 if id(ln) in underlined else _level(ln, size)
            items.append(LineItem(ln, starts, level))
        elif (
            prev_heading
            or new_page
            or (prev is not None and id(prev) in drawn)  # the line after a drawn table
            or (gap is not None and gap > 1.45 * pitch)
            or (
                gap is not None
                and not ln.text[:1].islower()
                and _spaced_apart(gap, spacing, ln.size)
            )
        ):
            items.append(LineItem(ln, BlockKind.PARAGRAPH))
        elif lead and prev is not None and TERMINAL.search(prev.text):
            # A bold lead-in after a finished sentence opens a paragraph of its own.
            items.append(LineItem(ln, BlockKind.PARAGRAPH))
        elif _out_of_an_indent(ln, prev, body[k - 2] if k >= 2 else None, right):
            items.append(LineItem(ln, BlockKind.PARAGRAPH))
        elif _key_value_row(ln, prev):
            # The next row of a two-column table ("Maart | Begroting Frankrijk vastgesteld"):
            # a row of its own, not the row above's words run on.
            items.append(LineItem(ln, BlockKind.PARAGRAPH))
        elif gap is not None and gap < 0 and prev is not None and TERMINAL.search(prev.text):
            # Back up the page: the top of the next column.  A sentence ended at the foot of
            # the column before starts a paragraph here; one cut there runs on.
            items.append(LineItem(ln, BlockKind.PARAGRAPH))
        else:
            items.append(LineItem(ln, None))
        if heading or gap is None or prev is None or abs(prev.size - ln.size) > _SAME_SIZE:
            spacing = []
        elif gap > 0:
            spacing.append(gap)
        prev, prev_heading = ln, heading
    return _defer_notes(items, size)


# A list item's mark at a line's start.
_LIST_MARK = re.compile(r"\s*[•▪◦●‣∙■□◆◇►▶▸*–—-]\s")


# A table's key cell: a word or three.
_KEY_WORDS = 3
_KEY_CHARS = 25


def _short_key(cell: str) -> bool:
    """A key: a few words, no figure and no colon (a label with its colon, "Duitsland: EUR
    93,2 mld", is a record of a list the words above it still speak of, which the parser
    reads as such)."""
    return (
        0 < len(cell) <= _KEY_CHARS
        and len(cell.split()) <= _KEY_WORDS
        and not any(ch.isdigit() for ch in cell)
        and not cell.endswith(":")
    )


def _key_value_row(line: Line, prev: Line | None) -> bool:
    """Whether *line* is the next row of a two-column table under *prev*: both set as two
    cells a column-wide gap apart, from the same left edge, in one size, each first cell a
    short key ("Maart", "Kenmerk:"); not a list set in columns ("• Australië   • Luxemburg"
    over "• Italië   • Spanje"), nor a wider table's row whose cells wrap ("Intentieverklaring
    (DoI) inzake munitievoorraden op   Canada" over "afroep   Luxemburg")."""
    return (
        prev is not None
        and not _LIST_MARK.match(line.text)
        and not _LIST_MARK.match(prev.text)
        and _short_key(line.first_cell)
        and _short_key(prev.first_cell)
        and line.cells == 2
        and prev.cells == 2
        and line.bbox is not None
        and prev.bbox is not None
        and abs(line.bbox.x0 - prev.bbox.x0) <= 2.0
        and abs(line.size - prev.size) <= _SAME_SIZE
    )


# Lines this much apart in size are set in one size.
_SAME_SIZE = 0.3
# Space above a line this many times its paragraph's line spacing, and at least this share of
# a font size more, sets it apart: the next paragraph.
_SPACED = 1.25
_SPACED_POINTS = 0.3


def _spaced_apart(gap: float, spacing: Sequence[float], size: float) -> bool:
    """Whether a line *gap* under the one above starts a paragraph, the lines above it being
    *spacing* apart: a list of items set in a smaller type, each item a line or two with a
    little space between the items ("Loopt door: DoI over …" over "en Italië", then
    "Getekend: …"), is more space apart than its own lines, though less than the page's
    body text would need for a paragraph.  (A line that goes on in lower case goes on with
    the sentence above, whatever the space: the caller asks only of the others.)"""
    if not spacing:
        return False
    tight = min(spacing)
    return gap >= _SPACED * tight and gap - tight >= _SPACED_POINTS * size


# A footnote starts with its marker: "1 Kamerstuk …", "2. Het …", "* …", or a raised marker
# set as a line of its own ("1", then the note's text).
_NOTE_MARKER = re.compile(r"^(?:\d{1,3}[.)]?|\*)(?:\s|$)")
# Footnotes are set at least this many points smaller than the body text.
_NOTE_SMALLER = 1.0
# A page number on a line of its own.
_FOLIO = re.compile(r"\d{1,4}")


def _page_notes(items: Sequence[LineItem], size: float) -> list[tuple[int, int]]:
    """The footnote runs, as (first, end) indexes: the small-print lines that close a page,
    the first of them starting with a note marker."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and items[j].line.page == items[i].line.page:
            j += 1
        # A folio under the notes, read as body text (a page number alone, set as large as
        # the text): the notes end above it (and with no notes above it, it is no note).
        end = j
        while end > i and _FOLIO.fullmatch(items[end - 1].line.text.strip()):
            end -= 1
        start = end
        while start > i and items[start - 1].line.size <= size - _NOTE_SMALLER:
            start -= 1
        if start == end:
            start = j
        while start < j and not _NOTE_MARKER.match(items[start].line.text):
            start += 1
        if start < j:
            runs.append((start, j))
        i = j
    return runs


def _defer_notes(items: list[LineItem], size: float) -> list[LineItem]:
    """Mark footnotes, and move those that cut a paragraph running on to the next page
    ("… is memo-", the notes, "randum …") to after that paragraph's end, so the paragraph is
    joined across the page break as if the notes were not there."""
    runs = _page_notes(items, size)
    if not runs:
        return items
    out = list(items)
    for first, end in runs:
        out[first] = attrs.evolve(out[first], starts=BlockKind.PARAGRAPH, note=True)
        for k in range(first + 1, end):
            out[k] = attrs.evolve(out[k], note=True)
    # From the last page's notes backwards, so earlier indexes stay valid.
    for first, end in reversed(runs):
        before = out[first - 1] if first > 0 else None
        after = out[end] if end < len(out) else None
        if (
            before is None
            or after is None
            or before.note
            or after.note
            or _block_kind(out, first - 1) is not BlockKind.PARAGRAPH
            or TERMINAL.search(before.line.text)
            or after.starts is BlockKind.HEADING
            or after.line.page == before.line.page
        ):
            continue
        stop = end + 1
        while stop < len(out) and out[stop].starts is None and not out[stop].note:
            stop += 1
        out[first:stop] = out[end:stop] + out[first:end]
    return out


def _block_kind(items: Sequence[LineItem], index: int) -> BlockKind | None:
    """The kind of block the item at *index* belongs to."""
    for k in range(index, -1, -1):
        if items[k].starts is not None:
            return items[k].starts
    return None


def consecutive(a: PageInfo | None, b: PageInfo | None) -> bool:
    """Whether page *b* directly follows page *a* (by printed label where both have one)."""
    if a is None or b is None:
        return True
    if a.label is not None and b.label is not None:
        if a.label.isdigit() and b.label.isdigit():
            return int(b.label) == int(a.label) + 1
        return False
    return b.number == a.number + 1


@attrs.define
class _Open:
    kind: BlockKind
    text: str
    page: int
    label: str | None
    bbox: BBox | None
    level: int
    pages: list[int]
    last_page: int
    page_starts: list[tuple[int, int]] = attrs.field(factory=list)
    note: bool = False

    def freeze(self) -> Block:
        return Block(
            kind=self.kind,
            text=self.text,
            page=self.page,
            page_label=self.label,
            bbox=self.bbox.rounded() if self.bbox else None,
            level=self.level,
            pages=tuple(self.pages),
            page_starts=tuple(self.page_starts),
        )


def _lowest(items: Sequence[LineItem]) -> bool:
    """Whether the last line is the lowest text of its page, as a text cut off runs to the
    page's foot (an aside read after the page's text, a reviewer's comment from the margin,
    stands higher: that the text ends on it says nothing of the document)."""
    last = items[-1].line
    if last.bbox is None:
        return True
    return all(
        item.line.bbox is None or item.line.bbox.bottom <= last.bbox.bottom + 1.0
        for item in items
        if item.line.page == last.page
    )


def assemble(items: Sequence[LineItem], pages: Sequence[PageInfo]) -> tuple[list[Block], list[str]]:
    """Join marked lines into blocks; a paragraph cut by a page break is joined when the pages
    follow each other, and reported when they do not."""
    by_number = {p.number: p for p in pages}
    blocks: list[Block] = []
    warnings: list[str] = []
    current: _Open | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            blocks.append(current.freeze())
            current = None

    for item in items:
        ln = item.line
        label = by_number[ln.page].label if ln.page in by_number else None
        in_note = current is not None and current.note
        if item.note or in_note:
            # Footnotes stand apart from the text, and the text after them starts afresh;
            # a footnote's own wrapped lines join as any paragraph's do.
            if not (item.note and in_note and item.starts is None):
                item = attrs.evolve(item, starts=item.starts or BlockKind.PARAGRAPH)
        elif current is not None and ln.page != current.last_page and item.starts is None:
            # A page break inside a block: join only across consecutive pages, otherwise it
            # is a fragment boundary and the text on each side stands alone.
            if current.kind is BlockKind.PARAGRAPH and consecutive(
                by_number.get(current.last_page), by_number.get(ln.page)
            ):
                pass
            else:
                item = LineItem(ln, BlockKind.PARAGRAPH)
        if (
            item.starts is BlockKind.PARAGRAPH
            and current is not None
            and ln.page != current.last_page
            and not item.note
            and not current.note
        ):
            prev_page = by_number.get(current.last_page)
            if (
                current.kind is BlockKind.PARAGRAPH
                and not TERMINAL.search(current.text)
                and consecutive(prev_page, by_number.get(ln.page))
            ):
                item = LineItem(ln, None)  # the paragraph runs on over the page break
            elif current.kind is BlockKind.PARAGRAPH and not TERMINAL.search(current.text):
                tail = current.text[-40:]
                warnings.append(
                    f"text breaks off mid-sentence at the end of page {current.last_page}"
                    f" (…{tail}); the next page does not continue it"
                )
            if item.starts is not None and ln.text[:1].islower():
                warnings.append(f"page {ln.page} starts mid-sentence ({ln.text[:40]}…)")
        if item.starts is not None or current is None:
            close()
            current = _Open(
                kind=item.starts or BlockKind.PARAGRAPH,
                text=ln.text,
                page=ln.page,
                label=label,
                bbox=ln.bbox,
                level=item.level if item.starts is BlockKind.HEADING else 0,
                pages=[ln.page],
                last_page=ln.page,
                note=item.note,
            )
            if item.starts is None and blocks == [] and ln.text[:1].islower():
                warnings.append(f"page {ln.page} starts mid-sentence ({ln.text[:40]}…)")
            continue
        joined = join_lines(current.text, ln.text)
        if ln.page != current.last_page:
            current.page_starts.append((len(joined) - len(ln.text), ln.page))
        current.text = joined
        if ln.page != current.last_page:
            current.pages.append(ln.page)
            current.last_page = ln.page
        elif current.bbox is not None and ln.bbox is not None:
            current.bbox = current.bbox.union(ln.bbox)
    if current is not None:
        ending = current.kind is BlockKind.PARAGRAPH and not TERMINAL.search(current.text)
        # The signatory's name under the sign-off, set apart from it, ends no sentence either.
        signed = bool(SIGN_OFF.match(current.text)) or bool(
            blocks and SIGN_OFF.match(blocks[-1].text)
        )
        if ending and not signed and _lowest(items):
            warnings.append(
                f"the text ends mid-sentence on page {current.last_page}"
                f" (…{current.text[-40:]}): the document looks cut off"
            )
        close()
    return blocks, warnings
