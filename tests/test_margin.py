"""Notes in a column in the right margin (a draft's comments) are set apart from the text; a
second column of text and a table's last column are not."""

from __future__ import annotations

import itertools
from operator import attrgetter

from reportdiff.extract import PageRead, PagesRead, assemble_pdf
from reportdiff.extract._lines import Segment, segments
from reportdiff.extract._margin import split_margin
from reportdiff.extract._pdf import Char
from reportdiff.extract._types import BBox, Layout, Line, PageInfo, Region

SIZE = 10.0
GLYPH = SIZE * 0.5
PAGE = 595.0
TEXT_X = 68.0
NOTE_X = 434.0  # a draft's comment column, right of where the text's lines end (~420)
PROSE = "Luxemburg raamde defensie-uitgaven op 904 miljoen euro, cijfer gelijk"  # to 413


def _chars(x: float, bottom: float, text: str) -> list[Char]:
    return [
        Char(ch, x + i * GLYPH, x + (i + 1) * GLYPH, bottom - SIZE, bottom, SIZE, "Liberation")
        for i, ch in enumerate(text)
    ]


def _rows(chars: list[Char]) -> list[list[Segment]]:
    return [list(g) for _, g in itertools.groupby(segments(chars), key=attrgetter("line"))]


def _texts(rows: list[list[Segment]]) -> list[str]:
    return [" | ".join(s.text for s in row) for row in rows]


def _draft() -> list[Char]:
    """Twelve lines of prose; beside three of them a comment, one of which wraps onto a line
    of its own."""
    chars: list[Char] = []
    notes = {
        2: "[4] FIN: AUD 62 miljard",
        6: "[5] DAO: graag bron",
        9: "[6] FIN: stand 1964?",
    }
    for i in range(12):
        y = 100.0 + 14 * i
        chars += _chars(TEXT_X, y, PROSE)
        if i in notes:
            chars += _chars(NOTE_X, y, notes[i])
        if i == 3:
            chars += _chars(NOTE_X, y, "svp nagaan")
    return chars


def test_a_column_of_comments_beside_the_text_is_set_apart() -> None:
    body, notes = split_margin(_rows(_draft()), PAGE)
    assert _texts(notes) == [
        "[4] FIN: AUD 62 miljard",
        "svp nagaan",
        "[5] DAO: graag bron",
        "[6] FIN: stand 1964?",
    ]
    assert _texts(body) == [PROSE] * 12


def test_a_comment_read_as_one_run_with_its_line_is_cut_from_it() -> None:
    """A line of text that ends a little past the others, its note a word space or so after
    it: one run, cut at the column."""
    chars = _draft()
    long = "Begrotingsjaar 1965–1966: het Verenigd Koninkrijk reserveerde 58,9 mld."  # to 423
    chars += _chars(TEXT_X, 300.0, long) + _chars(NOTE_X, 300.0, "[7] DAO: bron?")
    rows = _rows(chars)
    assert _texts(rows)[-1] == f"{long} [7] DAO: bron?"  # one run as read
    body, notes = split_margin(rows, PAGE)
    assert _texts(body)[-1] == long
    assert _texts(notes)[-1] == "[7] DAO: bron?"


def test_a_second_column_of_text_stays() -> None:
    """A column beside every line of the text is the text's own (the columns' reader takes
    it), not notes."""
    chars: list[Char] = []
    for i in range(12):
        y = 100.0 + 14 * i
        chars += _chars(TEXT_X, y, PROSE) + _chars(NOTE_X, y, "de tweede kolom")
    rows = _rows(chars)
    body, notes = split_margin(rows, PAGE)
    assert notes == []
    assert _texts(body) == _texts(rows)
    assert _texts(body) == _texts(rows)


def test_a_tables_last_column_within_the_text_stays() -> None:
    """A table's figures in a column that starts left of where the prose ends are cells."""
    chars: list[Char] = []
    for i in range(10):
        chars += _chars(TEXT_X, 100.0 + 14 * i, PROSE + " en meer")  # to 463
    for i, country in enumerate(("België", "Duitsland", "Frankrijk", "Noorwegen")):
        y = 260.0 + 14 * i
        chars += _chars(TEXT_X, y, country) + _chars(400.0, y, f"{i + 1},5 mld")
    rows = _rows(chars)
    body, notes = split_margin(rows, PAGE)
    assert notes == []
    assert _texts(body) == _texts(rows)
    assert _texts(body) == _texts(rows)


def test_text_running_across_the_column_keeps_it() -> None:
    """Where a line of the text runs on across the column's edge, it is no margin."""
    chars = _draft() + _chars(TEXT_X, 300.0, PROSE + " en nog veel verder door tot in de marge")
    rows = _rows(chars)
    body, notes = split_margin(rows, PAGE)
    assert notes == []
    assert _texts(body) == _texts(rows)


def _page(struck: int) -> PagesRead:
    def line(text: str, region: Region, top: float) -> Line:
        return Line(text, 1, region, BBox(TEXT_X, top, 420.0, top + SIZE), SIZE)

    lines = (
        line("Australië raamde defensie-uitgaven 1965 op 61,1 miljard dollar.", Region.BODY, 100),
        line("Denemarken raamde defensie-uitgaven 1965 op 7,36 miljard euro.", Region.BODY, 114),
        line("FIN: AUD 62 miljard = stand 1964? svp nagaan", Region.MARGIN, 100),
    )
    page = PageRead(
        PageInfo(1, width=PAGE, height=842.0), Layout.UNKNOWN, lines, True, struck=struck
    )
    return PagesRead("concept.pdf", (page,))


def test_a_side_note_is_read_after_its_pages_text() -> None:
    doc = assemble_pdf([_page(struck=0)])
    assert doc.blocks[-1].text == "FIN: AUD 62 miljard = stand 1964? svp nagaan"
    assert not any("margin" in w for w in doc.warnings)


def test_a_drafts_comments_are_not_read() -> None:
    """In a draft printed with its changes (text struck through), the notes in the margin are
    its reviewers' comments: not read, and a warning says so."""
    doc = assemble_pdf([_page(struck=12)])
    assert all("FIN" not in b.text for b in doc.blocks)
    assert "page 1: the draft's comments in the right margin were not read" in " ".join(
        doc.warnings
    )
