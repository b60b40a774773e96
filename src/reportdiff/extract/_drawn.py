"""Tables drawn with characters: a plain-text table printed as it is, with borders of "-", "="
and "+" and cells between "|" (a2ps or enscript printing a text file, psql, tabulate, a
reStructuredText grid table, Markdown), or with box-drawing characters ("─", "│", "┼").

Typeset, a table's cells stand a column-wide gap apart, and extraction tells them apart by
that gap.  Drawn in a fixed-width font, each row is one run of text: the borders would be read
as words and the rows as one paragraph, so that a row's figure goes to the country of the row
above.  Here the borders are left out and each row becomes the line a typeset row gives: its
cells joined by spaces, their count kept; _blocks makes each row a paragraph of its own.  The
lines between two borders are one row where borders part every row; otherwise a line whose
first cell is empty carries on the row above (its cells wrapped).

Lines are a drawn table only together: a run of them holding a border and a row, or rows
between "|" at both ends.  A lone "BILATERAAL | strategisch" is text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ._types import Line

__all__ = ["drawn_tables"]

_SEPARATORS = "|│┃"
_RULING = "-=─━═:~"
_JUNCTIONS = "+|│┃┼┬┴├┤┌┐└┘╪╫╬╤╧╞╡╒╕╘╛╔╗╚╝╠╣╦╩"
_BORDER_CHARS = frozenset(_RULING + _JUNCTIONS + " ")


def _is_border(text: str) -> bool:
    """ "+-----+----+", "|---|:--:|", "-----+-----" (psql), "╞═════╪════╡"; not a plain rule
    ("------": an underline, _blocks'), which has no junction."""
    body = text.strip()
    return (
        bool(body)
        and set(body) <= _BORDER_CHARS
        and sum(ch in _RULING for ch in body) >= 3
        and any(ch in _JUNCTIONS for ch in body)
    )


def _cells(text: str) -> list[str] | None:
    """The cells of a row drawn with separators, or None when *text* has none."""
    if not any(sep in text for sep in _SEPARATORS):
        return None
    for sep in _SEPARATORS[1:]:
        text = text.replace(sep, _SEPARATORS[0])
    parts = text.strip().split(_SEPARATORS[0])
    if text.strip().startswith(_SEPARATORS[0]):
        parts = parts[1:]
    if text.strip().endswith(_SEPARATORS[0]) and parts:
        parts = parts[:-1]
    return [" ".join(p.split()) for p in parts]


def _framed(text: str) -> bool:
    body = text.strip()
    return len(body) > 1 and body[0] in _SEPARATORS and body[-1] in _SEPARATORS


def _merged(lines: Sequence[tuple[Line, list[str]]]) -> tuple[Line, list[str]]:
    """The lines of one row, their cells put together column by column."""
    first, cells = lines[0]
    joined = list(cells)
    box = first.bbox
    for ln, more in lines[1:]:
        for i, cell in enumerate(more):
            if i < len(joined):
                joined[i] = f"{joined[i]} {cell}".strip()
            else:
                joined.append(cell)
        if box is not None and ln.bbox is not None:
            box = box.union(ln.bbox)
    return attrs.evolve(first, bbox=box, rows=len(lines)), joined


def _row_line(line: Line, cells: Sequence[str]) -> Line:
    kept = [c for c in cells if c]
    return attrs.evolve(
        line,
        text=" ".join(kept),
        cells=max(1, len(kept)),
        first_cell=kept[0] if len(kept) > 1 else "",
    )


def _table(run: Sequence[Line]) -> list[Line]:
    """The rows of one drawn table, its lines *run* (borders and rows, top to bottom)."""
    groups: list[list[tuple[Line, list[str]]]] = [[]]
    for ln in run:
        if _is_border(ln.text):
            if groups[-1]:
                groups.append([])
            continue
        cells = _cells(ln.text) or [ln.text.strip()]
        groups[-1].append((ln, cells))
    groups = [g for g in groups if g]
    # Borders part every row when more than one group follows the header's.
    grid = len(groups) > 2
    rows: list[tuple[Line, list[str]]] = []
    for group in groups:
        if grid:
            rows.append(_merged(group))
            continue
        for ln, cells in group:
            continues = rows and not cells[0] and any(cells) and rows[-1][0].page == ln.page
            if continues:
                rows[-1] = _merged([rows[-1], (ln, cells)])
            else:
                rows.append((ln, cells))
    return [_row_line(ln, cells) for ln, cells in rows]


def drawn_tables(body: Sequence[Line]) -> tuple[list[Line], set[int]]:
    """*body* with its drawn tables' borders left out and their rows as typeset rows, and
    those rows (by ``id``)."""
    kinds = [
        "border" if _is_border(ln.text) else "row" if _cells(ln.text) is not None else None
        for ln in body
    ]
    if "border" not in kinds and kinds.count("row") < 2:
        return list(body), set()
    out: list[Line] = []
    drawn: set[int] = set()
    k = 0
    while k < len(body):
        end = k
        while end < len(body) and kinds[end] is not None and body[end].page == body[k].page:
            end += 1
        run = body[k:end]
        rows = [ln for ln, kind in zip(run, kinds[k:end], strict=True) if kind == "row"]
        table = bool(rows) and (
            len(rows) < len(run) or (len(rows) >= 2 and all(_framed(ln.text) for ln in rows))
        )
        if not table:
            out.append(body[k])
            k += 1
            continue
        for row in _table(run):
            out.append(row)
            drawn.add(id(row))
        k = end
    return out, drawn
