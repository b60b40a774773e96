"""An e-mail's quote marks: the "> " a mail client sets before every line of the text it
quotes in a reply ("> Strategische partnerlanden", "> >   - België: …").  Printed, the marks
are glyphs like any other: left in, they open every sentence, hide a list's bullets behind
them and keep a heading from being a line of its own.  They are taken out when they stand as
a column: at the same place at the start of enough of a page's lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from operator import attrgetter

from ._lines import cluster_lines_plain
from ._pdf import Char

__all__ = ["without_quote_marks"]

_MARK = ">"
# The fewest quoted lines on a page, and the least share of its lines they make up: a page of
# a reply quotes a whole letter; one "> 2 %" in a table is no quoting.
_LEAST_LINES = 5
_LEAST_SHARE = 0.3
# How far apart (points) the marks of one column may start.
_SLACK = 1.5
_TEXT = attrgetter("text")
_X0 = attrgetter("x0")


def _leading_marks(line: Sequence[Char]) -> list[Char] | None:
    """The quote marks that open *line* (its glyphs left to right): one or more ">", with
    only spaces between them, then a space or the line's end (a quoted empty line); None when
    the line does not open so."""
    marks: list[Char] = []
    for i, c in enumerate(line):
        if c.text.isspace():
            continue
        if c.text == _MARK:
            marks.append(c)
            continue
        if not marks:
            return None
        # The text after the marks stands a space apart from the last of them (a written
        # space, or a gap as wide): ">2 %" is a comparison, not a quote.
        last = marks[-1]
        spaced = line[i - 1].text.isspace() or c.x0 - last.x1 >= 0.2 * last.size
        return marks if spaced else None
    return marks or None


def without_quote_marks(chars: Sequence[Char]) -> Sequence[Char]:
    """*chars* without the quote marks of the lines a reply quotes, when at least _LEAST_LINES
    lines, and _LEAST_SHARE of the page's, open with them at one place."""
    # Most pages have no ">" at all, or too few to quote anything: a count in C settles it.
    if list(map(_TEXT, chars)).count(_MARK) < _LEAST_LINES:
        return chars
    upright = [c for c in chars if c.upright]
    lines = [sorted(line, key=_X0) for line in cluster_lines_plain(upright)]
    lines = [line for line in lines if any(not c.text.isspace() for c in line)]
    opened = [(marks, line) for line in lines if (marks := _leading_marks(line)) is not None]
    if len(opened) < _LEAST_LINES:
        return chars
    column, _ = Counter(round(marks[0].x0) for marks, _ in opened).most_common(1)[0]
    quoted = [marks for marks, _ in opened if abs(marks[0].x0 - column) <= _SLACK]
    if len(quoted) < _LEAST_LINES or len(quoted) < _LEAST_SHARE * len(lines):
        return chars
    drop = {id(c) for marks in quoted for c in marks}
    return [c for c in chars if id(c) not in drop]
