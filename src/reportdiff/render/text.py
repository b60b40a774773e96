"""The terminal view: a summary, then one table per entity, as wide as the terminal.

The rows come from :mod:`._rows`; this module only lays them out: column widths that fit
*width*, word diffs wrapped at word boundaries, and, with *color*, git's colours (additions
green, removals red, changes yellow).  Every cell is terminal-safe before it gets here, so the
only escape sequences in the output are the colours added below.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from reportdiff.compare import ReportDiff
from reportdiff.model import Report
from reportdiff.terminal import color_enabled, terminal_width

from ._rows import Piece, Table, Tone, View, diff_view, report_view
from ._tabulate import grid

__all__ = ["color_enabled", "diff_table", "fit_widths", "report_table", "terminal_width"]

_GAP = 2  # tabulate's "simple" format puts two spaces between columns

_SGR = {
    "added": "32",
    "removed": "31",
    "changed": "33",
    "unavailable": "36",
    "delete": "31",
    "insert": "32",
    "title": "1",
}


def _paint(text: str, tone: str | None, color: bool) -> str:
    if not color or tone is None or not text:
        return text
    return f"\x1b[{_SGR[tone]}m{text}\x1b[m"


# --- tables ------------------------------------------------------------------------------------


def fit_widths(natural: Sequence[int], caps: Sequence[int | None], width: int) -> list[int]:
    """Column widths within *width*: every column its natural width when they all fit;
    otherwise capped columns keep at most their cap and the others share what is left (a
    column that needs less than its share gives the rest to the others), and what is still
    left widens the capped columns again."""
    room = width - _GAP * (len(natural) - 1)
    if sum(natural) <= room:
        return list(natural)
    widths = [min(n, c) if c is not None else 0 for n, c in zip(natural, caps, strict=True)]
    left = room - sum(widths)
    pending = sorted((i for i, c in enumerate(caps) if c is None), key=lambda i: natural[i])
    while pending:
        share = max(8, left // len(pending))
        i = pending.pop(0)
        widths[i] = min(natural[i], share)
        left -= widths[i]
    for i, n in enumerate(natural):
        if left <= 0:
            break
        grow = min(n - widths[i], left)
        widths[i] += grow
        left -= grow
    return widths


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


def _table(t: Table, width: int, color: bool) -> str:
    columns = len(t.headers)
    # tabulate pads every header by two, so a column is never narrower than that.
    natural = [
        max([len(t.headers[i]) + 2, *(len(r.cells[i]) for r in t.rows)]) for i in range(columns)
    ]
    # A cap below the padded header would be overruled by tabulate and overflow the line.
    caps = [
        None if c is None else max(c, len(h) + 2) for c, h in zip(t.caps, t.headers, strict=True)
    ]
    widths = fit_widths(natural, caps, width)
    rows = []
    for r in t.rows:
        cells = []
        for i, cell in enumerate(r.cells):
            lines = _wrap(cell, widths[i])
            if i == t.kind_column:
                # Each wrapped line coloured by itself, so a colour never spans a line break.
                lines = [_paint(line, r.tone, color) for line in lines]
            cells.append("\n".join(lines))
        rows.append(cells)
    return grid(rows, t.headers)


# --- prose -------------------------------------------------------------------------------------

# An unchanged run longer than this many words shows its first and last few only.
_KEEP = 6


def _tokens(pieces: Sequence[Piece]) -> list[tuple[str, str | None]]:
    """The diff as words, each with its colour; a deletion is marked [-…-], an insertion
    {+…+} (readable without colour too, as git's --word-diff=plain)."""
    out: list[tuple[str, str | None]] = []
    for p in pieces:
        words = p.text.split()
        if not words:
            continue
        if p.op == "equal":
            if len(words) > 2 * _KEEP:
                words = [*words[:_KEEP], "…", *words[-_KEEP:]]
            out += [(w, None) for w in words]
            continue
        start, end = ("[-", "-]") if p.op == "delete" else ("{+", "+}")
        words[0] = start + words[0]
        words[-1] += end
        out += [(w, p.op) for w in words]
    return out


def _wrap_words(pieces: Sequence[Piece], width: int, indent: str, color: bool) -> list[str]:
    """Word diff lines of at most *width* columns, broken between words only (a word longer
    than a line is cut)."""
    room = max(10, width - len(indent))
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word, tone in _tokens(pieces):
        chunks = [word[i : i + room] for i in range(0, len(word), room)]
        for chunk in chunks:
            need = len(chunk) + (1 if line else 0)
            if line and used + need > room:
                lines.append(indent + " ".join(line))
                line, used, need = [], 0, len(chunk)
            line.append(_paint(chunk, tone, color))
            used += need
    if line:
        lines.append(indent + " ".join(line))
    return lines


# --- the views ---------------------------------------------------------------------------------


def _header(view: View, width: int, color: bool, prefix: str) -> list[str]:
    out = [_paint(f"{prefix}{view.title}", "title", color)]
    for role, line in view.editions:
        lead = f"{role}: "
        out += textwrap.wrap(
            lead + line, width, subsequent_indent=" " * len(lead), break_on_hyphens=False
        )
    return out


def _summary(parts: Sequence[tuple[int, str, Tone]], color: bool) -> str:
    counted = [_paint(f"{n} {what}", tone if n else None, color) for n, what, tone in parts]
    # The first three are the changes; what could not be read is counted apart.
    line = ", ".join(counted[:3])
    return line + "".join(f"; {x}" for x in counted[3:])


def _body(view: View, width: int, color: bool) -> list[str]:
    out: list[str] = []
    for t in view.tables:
        out += ["", _paint(t.title, "title", color)]
        out.append(_table(t, width, color) if t.rows else "(none)")
    return out


def diff_table(
    d: ReportDiff,
    *,
    labels: dict[str, str] | None = None,
    words: bool = False,
    color: bool = False,
    width: int | None = None,
) -> str:
    """The diff as tables within *width* columns (the terminal's when None)."""
    width = width or terminal_width()
    view = diff_view(d, labels)
    out = _header(view, width, color, "reportdiff ")
    if view.empty:
        out.append("no differences")
        return "\n".join(out) + "\n"
    out.append(_summary(view.summary, color))
    out += _body(view, width, color)
    if words and view.prose:
        out += ["", _paint("Rewritten prose", "title", color)]
        for p in view.prose:
            out += ["", f"  {p.title}:", *_wrap_words(p.pieces, width, "    ", color)]
    if view.notes:
        out += ["", *view.notes]
    return "\n".join(out) + "\n"


def report_table(
    r: Report, *, label: str | None = None, color: bool = False, width: int | None = None
) -> str:
    """One edition's facts as tables within *width* columns."""
    width = width or terminal_width()
    view = report_view(r, label)
    out = [line for _, line in view.editions[:1]]
    out += [line for _, line in view.editions[1:]]
    out = [textwrap.fill(line, width, break_on_hyphens=False) for line in out]
    out += _body(view, width, color)
    out += list(view.notes)
    if view.warnings:
        out += ["", _paint(f"Warnings ({len(view.warnings)})", "title", color)]
        out += [
            textwrap.fill(w, width, initial_indent="- ", subsequent_indent="  ")
            for w in view.warnings
        ]
    return "\n".join(out) + "\n"
