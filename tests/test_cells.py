"""Table rows whose cells wrap are joined back into one line, and nothing else is."""

from __future__ import annotations

import itertools
from operator import attrgetter

from reportdiff.extract._cells import Wrapped, join_wrapped_rows
from reportdiff.extract._lines import Segment, segments
from reportdiff.extract._pdf import Char

SIZE = 9.0
WIDTH = SIZE * 0.5  # every glyph of these lines is this wide
PITCH = 11.0  # baseline to baseline, as a paragraph's lines


def _line(cells: list[tuple[float, str]], bottom: float, font: str = "Helvetica") -> list[Char]:
    """The glyphs of one visual line: each cell's text from its x, glyph after glyph."""
    out = []
    for x, text in cells:
        for i, ch in enumerate(text):
            x0 = x + i * WIDTH
            out.append(Char(ch, x0, x0 + WIDTH, bottom - SIZE, bottom, SIZE, font))
    return out


def _rows(*lines: list[Char]) -> list[list[Segment]]:
    chars = [c for line in lines for c in line]
    return [list(g) for _, g in itertools.groupby(segments(chars), key=attrgetter("line"))]


def _texts(rows: list[list[Segment]]) -> list[str]:
    out = []
    for row in join_wrapped_rows(rows):
        if isinstance(row, Wrapped):
            out.append(" | ".join(row.cells))
        else:
            out.append(" | ".join(s.text for s in row))
    return out


# Three columns, 130 points apart: room for 22 glyphs and a gutter wider than a column gap.
COLS = (50.0, 180.0, 310.0)


def _table(*rows: tuple[str, str, str], first: float = 100.0) -> list[list[Char]]:
    return [
        _line([(x, text) for x, text in zip(COLS, row, strict=True) if text], first + i * PITCH)
        for i, row in enumerate(rows)
    ]


def test_a_wrapped_cell_joins_its_row() -> None:
    """ "Memorandum of" / "Understanding": the second word did not fit, the row is one line."""
    lines = _table(
        ("Soort", "Titel", "Partijen"),
        ("Declaration of Intent", "Brandstofketen", "Nederland, België"),
        ("Memorandum of", "Kustradarbeelden", "Nederland, Polen"),
        ("Understanding", "", ""),
    )
    assert _texts(_rows(*lines)) == [
        "Soort | Titel | Partijen",
        "Declaration of Intent | Brandstofketen | Nederland, België",
        "Memorandum of Understanding | Kustradarbeelden | Nederland, Polen",
    ]


def test_a_line_that_would_have_fitted_starts_a_row() -> None:
    """A short cell under a short cell could have been set on the line above: a row of its own
    (with one cell empty), never joined on a guess."""
    lines = _table(
        ("Soort", "Titel", "Partijen"),
        ("Declaration of Intent", "Brandstofketen", "Nederland, België"),
        ("MoU", "Radar", "Nederland, Polen"),
        ("SOFA", "Inzet", ""),
    )
    assert _texts(_rows(*lines))[-2:] == ["MoU | Radar | Nederland, Polen", "SOFA | Inzet"]


def test_a_hyphenated_cell_joins_its_row_even_when_a_word_would_fit() -> None:
    """A word broken at a cell's line end goes on right below it (TeX may break a cell's line
    early, so the fit test alone would miss the row)."""
    lines = _table(
        ("Soort", "Titel", "Partijen"),
        ("Declaration of Intent", "Duikersopleiding Noord", "Nederland, Polen"),
        ("Memorandum", "Kustradarbeel-", "Nederland, Polen"),
        ("of Understan-", "den delen", ""),
        ("ding", "", ""),
    )
    assert _texts(_rows(*lines))[-1] == (
        "Memorandum of Understanding | Kustradarbeelden delen | Nederland, Polen"
    )


def test_full_rows_stay_apart() -> None:
    """Rows that fill every column are rows, however tight."""
    lines = _table(
        ("Land", "Jaar", "Bedrag"),
        ("Duitsland", "2031", "77,3 mld"),
        ("Frankrijk", "2031", "62,7 mld"),
    )
    assert _texts(_rows(*lines)) == [
        "Land | Jaar | Bedrag",
        "Duitsland | 2031 | 77,3 mld",
        "Frankrijk | 2031 | 62,7 mld",
    ]


def test_a_heading_over_text_is_no_wrap() -> None:
    """A bold line over a regular one in the same column keeps both lines."""
    lines = [
        *_table(("Veld", "Jaar", "Gegeven"), ("Herkomst", "2152", "Kamerstuk 21 501-28,")),
        _line([(50.0, "Noorwegen")], 100 + 2 * PITCH, font="Helvetica-Bold"),
        _line([(50.0, "Fiche Noorwegen")], 100 + 3 * PITCH),
    ]
    assert _texts(_rows(*lines))[-2:] == ["Noorwegen", "Fiche Noorwegen"]


def test_a_row_set_apart_is_not_joined() -> None:
    """A line further below than a paragraph's line pitch is not a cell's next line."""
    lines = _table(
        ("Soort", "Titel", "Partijen"),
        ("Memorandum of", "Kustradarbeelden", "Nederland, Polen"),
    )
    lines.append(_line([(50.0, "Understanding")], 100 + 3 * PITCH))
    assert _texts(_rows(*lines))[-1] == "Understanding"


def test_justified_prose_is_no_table() -> None:
    """One justified line with gaps as wide as a gutter, then prose: no table, no joining."""
    lines = [
        _line([(50.0, "Resterende"), (120.0, "verdragsstaten:"), (210.0, "Nederland,")], 100.0),
        _line([(50.0, "Denemarken.")], 100.0 + PITCH),
    ]
    assert _texts(_rows(*lines)) == ["Resterende | verdragsstaten: | Nederland,", "Denemarken."]


def test_a_line_across_the_gutters_ends_the_table() -> None:
    """The prose after a table crosses its gutters: it is never a cell."""
    lines = _table(
        ("Soort", "Titel", "Partijen"),
        ("Memorandum of", "Kustradarbeelden", "Nederland, Polen"),
    )
    lines.append(_line([(50.0, "Understanding is een woord dat over de kolommen loopt")], 122.0))
    assert _texts(_rows(*lines))[-1] == "Understanding is een woord dat over de kolommen loopt"


def test_a_figure_under_a_figure_starts_a_row() -> None:
    """A row with its last cell empty, under a full row: none of its first words would have
    fitted on the line above, as a wrapped cell's would not, yet figures do not wrap, so it is
    a row of its own."""
    cols = (50.0, 180.0, 230.0, 280.0)
    rows = [
        ("Land", "Jaar", "Bedrag", "% bbp"),
        ("Zuid-Korea (ROK)", "1969", "69.100", "1,3"),
        ("Zuid-Korea, vorig jaar", "1968", "68.300", ""),
        ("Noorwegen", "1969", "12.000", "1,6"),
    ]
    lines = [
        _line([(x, t) for x, t in zip(cols, row, strict=True) if t], 100.0 + i * PITCH)
        for i, row in enumerate(rows)
    ]
    assert _texts(_rows(*lines)) == [
        "Land | Jaar | Bedrag | % bbp",
        "Zuid-Korea (ROK) | 1969 | 69.100 | 1,3",
        "Zuid-Korea, vorig jaar | 1968 | 68.300",
        "Noorwegen | 1969 | 12.000 | 1,6",
    ]
