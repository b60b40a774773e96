"""Tests for reportdiff.extract._lines: the shortcuts taken for speed give what the plain
steps give."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given, settings, strategies as st

from reportdiff.extract._lines import (
    _bold_font,
    _italic_font,
    _modal_size,
    _rounded_mode,
    dedupe,
    line_text,
    make_line,
    segment_line,
    segments,
    without_giants,
)
from reportdiff.extract._pdf import Char
from reportdiff.extract._types import Region

# Few sizes, some rounding to the same 0.1 pt and some to ±0.0, so ties are frequent.
SIZES = st.sampled_from([9.0, 9.04, 8.96, 10.0, 10.05, 10.149, 6.0, 0.04, -0.04, 0.0, -0.0])
FONTS = st.sampled_from(["ABCDEF+Helvetica", "ABCDEF+Helvetica-Bold", "Times-Italic", "Arial"])
TEXTS = st.sampled_from(["a", "e", "1", ".", " ", "\xa0", "e\u0301"])


def _plain_mode(sizes: list[float]) -> float:
    """What _modal_size computed before: statistics.mode of the rounded sizes."""
    rounded = [round(s, 1) for s in sizes]
    return statistics.mode(rounded) if rounded else 0.0


class TestRoundedMode:
    def test_first_most_common_wins_a_tie(self) -> None:
        # 10.0 and 9.0 are both seen twice; 10.0 (as 9.96, rounded) is seen first.
        sizes = [9.96, 9.0, 10.0, 9.04, 12.0]
        assert _rounded_mode(sizes) == statistics.mode([round(s, 1) for s in sizes]) == 10.0

    def test_no_sizes(self) -> None:
        assert _rounded_mode([]) == 0.0
        assert _modal_size([Char(" ", 0, 1, 0, 1, 9.0, "F")]) == 0.0

    @settings(max_examples=500, deadline=None)
    @given(st.lists(SIZES, max_size=30))
    def test_as_statistics_mode(self, sizes: list[float]) -> None:
        got, want = _rounded_mode(sizes), _plain_mode(sizes)
        assert (got, str(got)) == (want, str(want))  # -0.0 and 0.0 told apart


def _glyph(draw: st.DrawFn, x: float, bottom: float) -> Char:
    size = draw(SIZES.filter(lambda s: s > 1))
    text = draw(TEXTS)
    return Char(text, x, x + size * 0.5, bottom - size, bottom, size, draw(FONTS))


@st.composite
def _lines_of_glyphs(draw: st.DrawFn) -> list[Char]:
    chars: list[Char] = []
    for row in range(draw(st.integers(1, 3))):
        x = draw(st.floats(-20, 300))
        for _ in range(draw(st.integers(1, 12))):
            chars.append(_glyph(draw, x, 100.0 + 14 * row + draw(st.sampled_from([0.0, 0.5]))))
            x += draw(st.sampled_from([0.0, 1.0, 4.5, 6.0, 20.0]))  # touching, spaced, far
    return draw(st.permutations(chars))


class TestSegments:
    @settings(max_examples=300, deadline=None)
    @given(_lines_of_glyphs())
    def test_segment_is_its_line(self, chars: list[Char]) -> None:
        """segments builds the text as line_text does, and segment_line gives make_line's."""
        for seg in segments(chars):
            assert seg.text == line_text(seg.chars)
            assert segment_line(seg, 2, Region.BODY) == make_line(seg.chars, 2, Region.BODY)


def _plain_dedupe(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """dedupe as it was first written: every glyph filed, a helper called for each."""
    cell = 2 * tolerance
    grid: dict[tuple[str, int, int], list[Char]] = {}
    out: list[Char] = []
    for c in chars:
        fx, fy = c.x0 / cell, c.top / cell
        gx, gy = int(fx), int(fy)
        if not c.text.isspace():
            nx = gx - 1 if fx - gx < 0.5 else gx + 1
            ny = gy - 1 if fy - gy < 0.5 else gy + 1
            cells = ((gx, gy), (nx, gy), (gx, ny), (nx, ny))
            if any(
                k.fontname == c.fontname
                and abs(k.size - c.size) < 0.05
                and abs(k.x0 - c.x0) <= tolerance
                and abs(k.top - c.top) <= tolerance
                for x, y in cells
                for k in grid.get((c.text, x, y), ())
            ):
                continue
        grid.setdefault((c.text, gx, gy), []).append(c)
        out.append(c)
    return out


@st.composite
def _overprinted(draw: st.DrawFn) -> list[Char]:
    # Positions on and around cell edges (cells are 2 pt), negative ones too.
    coord = st.sampled_from([-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 0.99, 1.0, 1.01, 2.0, 3.0, 4.5])
    chars = []
    for _ in range(draw(st.integers(0, 25))):
        x, top = draw(coord), draw(coord)
        size = draw(st.sampled_from([9.0, 9.04, 9.05, 9.1]))
        chars.append(Char(draw(TEXTS), x, x + 4, top, top + size, size, draw(FONTS)))
    return chars


class TestDedupe:
    @settings(max_examples=500, deadline=None)
    @given(_overprinted(), st.sampled_from([1.0, 0.5]))
    def test_as_first_written(self, chars: list[Char], tolerance: float) -> None:
        assert dedupe(chars, tolerance) == _plain_dedupe(chars, tolerance)


def _word_chars(words: list[str], size: float, gap: float, x: float = 10.0) -> list[Char]:
    """Glyphs of *words*, each glyph half the size wide, touching within a word and *gap*
    points apart between words (no space glyph, as TeX sets a line)."""
    chars = []
    for word in words:
        for ch in word:
            chars.append(Char(ch, x, x + size * 0.5, 100 - size, 100.0, size, "F+Times"))
            x += size * 0.5
        x += gap
    return chars


class TestSpaces:
    """A space is read from the gap between glyphs when no space glyph was set."""

    def test_tight_justified_line(self) -> None:
        """TeX shrinks a justified line's spaces to 0.19 em (Times): still spaces."""
        chars = _word_chars(["Nederland", "zelf", "spendeerde"], 9.46, 0.19 * 9.46)
        assert line_text(chars) == "Nederland zelf spendeerde"
        assert [s.text for s in segments(chars)] == ["Nederland zelf spendeerde"]

    def test_kerning_within_a_word(self) -> None:
        """A gap of an eighth of an em inside a word (loose kerning) is no space."""
        assert line_text(_word_chars(["Ka", "merstuk"], 10.0, 1.2)) == "Kamerstuk"

    def test_note_mark_stays_on_its_word(self) -> None:
        """A note mark set small a hair after the full stop (0.17 of its own size) is not
        split off from it: the gap between two sizes is measured with the looser ratio."""
        body = _word_chars(["voetnoot."], 9.5, 0.0)
        mark = Char("2", body[-1].x1 + 0.95, body[-1].x1 + 3.7, 95.0, 99.0, 5.5, "F+Times")
        assert line_text([*body, mark]) == "voetnoot.2"

    def test_a_space_set_over_the_glyph_before_it_is_no_space(self) -> None:
        """iText sets a list item's space glyph under the item's first letter ("K", then " "
        at the same x, then "amerstukken"): it separates nothing; a space after a glyph
        still does."""
        word = _word_chars(["Kamerstukken"], 10.5, 0.0)
        k = word[0]
        over = Char(" ", k.x0, k.x0 + 2.6, k.top + 2.0, k.bottom + 2.0, 10.5, k.fontname)
        chars = [word[0], over, *word[1:]]
        assert line_text(chars) == "Kamerstukken"
        assert [seg.text for seg in segments(chars)] == ["Kamerstukken"]
        after = Char(" ", k.x1, k.x1 + 2.6, k.top, k.bottom, 10.5, k.fontname)
        assert line_text([k, after, *word[1:]]) == "K amerstukken"


class TestFontStyle:
    """Weight and slant are read from the font's PostScript name."""

    @pytest.mark.parametrize(
        ("name", "bold", "italic"),
        [
            ("ABCDEF+NimbusRomNo9L-Medi", True, False),  # TeX's Times bold
            ("NimbusRomNo9L-Regu", False, False),
            ("NimbusRomNo9L-ReguItal", False, True),
            ("NimbusRomNo9L-MediItal", True, True),
            ("LMRoman10-Bold", True, False),
            ("LMRoman10-Italic", False, True),
            ("CMBX10", True, False),
            ("CMTI10", False, True),
            ("CMSL10", False, True),
            ("CMR10", False, False),
            ("SFBX1000", True, False),
            ("SFRM1000", False, False),
            ("Arial-BoldMT", True, False),
            ("Arial,Italic", False, True),
            ("TimesNewRomanPS-BoldItalicMT", True, True),
            ("MinionPro-It", False, True),
            ("MyriadPro-Semibold", True, False),
            ("Helvetica-Oblique", False, True),
            ("LiberationSerif", False, False),
            ("Calibri-Light", False, False),
            ("Lato-Hairline", False, False),
            ("CMMI10", False, False),  # math italic letters are no italic text
        ],
    )
    def test_style(self, name: str, bold: bool, italic: bool) -> None:
        assert (_bold_font(name), _italic_font(name)) == (bold, italic)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a tab's dotted leader between two cells: the space between them
        ("1984.......................................3,4 %", "1984 3,4 %"),
        ("Canada 42 600 mln 1984/1985 ........ 2,6 %", "Canada 42 600 mln 1984/1985 2,6 %"),
        ("1983 . . . . . . . –", "1983 –"),
        # a contents entry run out to its page number keeps its leader (_furniture reads it)
        ("Strategische partners ........ 2", "Strategische partners ........ 2"),
        ("zie hierna ....", "zie hierna ...."),
    ],
    ids=["glued", "spaced", "dotted-spaced", "contents", "at-the-end"],
)
def test_leader_dots_between_cells_are_a_space(text: str, read: str) -> None:
    chars = [
        Char(ch, 10 + 5 * i, 15 + 5 * i, 90, 100, 10.0, "Helvetica") for i, ch in enumerate(text)
    ]
    assert line_text(chars) == read
    assert [s.text for s in segments(chars)] == [read]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # R's pdf() device sets the hyphen as the font's minus sign
        ("Staten\u2212Generaal", "Staten-Generaal"),
        ("kst\u221233279\u22121602", "kst-33279-1602"),
        ("21 501\u221228, nr. 937", "21 501-28, nr. 937"),
        # a2ps's rule of minus signs under a heading, and its list dash
        ("\u2212\u2212\u2212\u2212\u2212", "-----"),
        ("\u2212 EUFOR Althea", "- EUFOR Althea"),
        # a minus that signs a number stays one
        ("groei \u22120,3 %", "groei \u22120,3 %"),
        # TeX's 7-bit fonts set an accent apart, before its letter
        ("Belgi\u00a8e en ori\u00a8entatie", "België en oriëntatie"),
        ("caf\u00b4e", "café"),
        # an accent that stands alone is kept
        ("a \u00a8 b", "a \u00a8 b"),
    ],
    ids=[
        "minus-in-a-word",
        "minus-in-a-code",
        "minus-in-a-dossier",
        "a-rule-of-minus-signs",
        "a-list-dash-as-minus",
        "a-negative-number",
        "diaeresis",
        "acute",
        "a-lone-accent",
    ],
)
def test_a_glyph_set_for_another(text: str, read: str) -> None:
    """A minus sign set for a hyphen, and a spacing accent set before its letter, are read
    as the hyphen and the accented letter every pattern knows."""
    chars = [
        Char(ch, 10 + 5 * i, 15 + 5 * i, 90, 100, 10.0, "Helvetica") for i, ch in enumerate(text)
    ]
    assert line_text(chars) == read
    assert [s.text for s in segments(chars)] == [read]


def test_a_watermarks_letters_are_no_text() -> None:
    """A draft's "CONCEPT" set at 80 pt across 10 pt text: its letters would land one by one
    in the lines they cross ("defensOie-uitgaven"); a title twice the text's size stays."""
    text = [
        Char(ch, 70 + 5 * i, 75 + 5 * i, 100, 110, 10.0, "Arial") for i, ch in enumerate("defensie")
    ]
    title = [
        Char(ch, 70 + 12 * i, 82 + 12 * i, 60, 84, 24.0, "Arial") for i, ch in enumerate("Brief")
    ]
    mark = Char("O", 92, 150, 60, 141, 81.2, "Arial")
    kept = without_giants([*title, *text[:4], mark, *text[4:]])
    assert line_text([c for c in kept if c.size == 10.0]) == "defensie"
    assert mark not in kept and len(kept) == len(title) + len(text)
    assert without_giants(text) == text
