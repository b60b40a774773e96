"""Notes in a column in the right margin (a draft's comments) are set apart from the text; a
second column of text and a table's last column are not."""

from __future__ import annotations

import itertools
from operator import attrgetter

import attrs

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


def _chars(x: float, bottom: float, text: str, size: float = SIZE) -> list[Char]:
    glyph = size * 0.5
    return [
        Char(ch, x + i * glyph, x + (i + 1) * glyph, bottom - size, bottom, size, "Liberation")
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
    body, notes, _ = split_margin(_rows(_draft()), PAGE)
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
    body, notes, _ = split_margin(rows, PAGE)
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
    body, notes, _ = split_margin(rows, PAGE)
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
    body, notes, _ = split_margin(rows, PAGE)
    assert notes == []
    assert _texts(body) == _texts(rows)
    assert _texts(body) == _texts(rows)


def test_text_running_across_the_column_beside_the_notes_keeps_it() -> None:
    """Where a line of the text runs on across the column's edge beside the notes, it is no
    margin."""
    across = PROSE + " en nog veel verder door tot in de marge"
    chars = [c for c in _draft() if c.bottom != 170.0] + _chars(TEXT_X, 170.0, across)
    rows = _rows(chars)
    body, notes, _ = split_margin(rows, PAGE)
    assert notes == []
    assert _texts(body) == _texts(rows)


def test_lines_across_the_page_above_and_below_the_notes_are_read_whole() -> None:
    """tufte-latex sets its title block and full-width passages across the page, above and
    below the side notes in its wide margin; the notes, set smaller, fall between the text's
    lines. The lines across the page are the page's, and the notes are still a column."""
    title = "De Rapportage internationale defensiesamenwerking 2024, nader beschouwd door ons"
    wide = PROSE + " en nog veel verder door tot in de marge"
    notes = [
        "1 Kamerstuk 33 279,",
        "nr. 844, defensienota,",
        "uitwerkingsbrief.",
        "2 Zie ook nr. 851,",
        "de voortgangsbrief",
        "van dit voorjaar.",
    ]
    chars = _chars(TEXT_X, 70.0, title)
    for i in range(12):
        chars += _chars(TEXT_X, 100.0 + 14 * i, PROSE)
    # two notes' first lines level with a line of text, the others between the text's lines
    for note, bottom in zip(notes, (128.0, 137.0, 146.0, 170.0, 179.0, 188.0), strict=True):
        chars += _chars(NOTE_X, bottom, note, size=7.0)
    chars += _chars(TEXT_X, 300.0, wide)
    body, found, column = split_margin(_rows(chars), PAGE)
    assert column == NOTE_X
    assert _texts(found) == notes
    assert _texts(body) == [title, *[PROSE] * 12, wide]


def test_a_wide_margin_a_third_of_the_page_holds_notes() -> None:
    """tufte-latex's margin is about a third of the page wide: a margin table's rows reach
    from the column's start (399) almost to the paper's edge."""
    prose = "Belgische plus Nederlandse mijnenbestrijders en fregatten wo"  # to 368
    rows = {
        3: "Land Jaar Bedrag % bbp",
        4: "België 2024 EUR 8,66 mld 2,4",
        5: "Nederland (referentie) 2024 EUR 21,35 mld 2,11 (raming)",  # to 591
    }
    chars: list[Char] = []
    for i in range(12):
        y = 100.0 + 14 * i
        chars += _chars(TEXT_X, y, prose)
        if i in rows:
            chars += _chars(399.0, y, rows[i], size=7.0)
    body, notes, _ = split_margin(_rows(chars), PAGE)
    assert _texts(notes) == list(rows.values())
    assert _texts(body) == [prose] * 12


def test_notes_beside_a_table_whose_last_column_is_in_the_right_part() -> None:
    """A table's last column lines up in the page's right part more often than the notes do;
    it is tried first, refused (the prose runs across it) and the notes are found.  How far
    they stand from the text is measured in the prose's type, not the table's smaller one."""
    chars: list[Char] = []
    for i in range(12):
        chars += _chars(TEXT_X, 100.0 + 14 * i, PROSE)  # to 413
    for i in range(8):
        y = 290.0 + 12 * i
        chars += _chars(TEXT_X, y, f"Land {i}", 8.0) + _chars(360.0, y, f"{i},9 mld", 8.0)
    note_x = 447.0  # 34 points right of the prose: within four of its type sizes (10 pt)
    for i, note in ((1, "vorig jaar 4,1 mld??"), (5, "NIEUW!"), (9, "check")):
        chars += _chars(note_x, 100.0 + 14 * i, note)
    body, notes, column = split_margin(_rows(chars), PAGE)
    assert column == note_x
    assert _texts(notes) == ["vorig jaar 4,1 mld??", "NIEUW!", "check"]
    assert _texts(body)[:12] == [PROSE] * 12
    assert _texts(body)[12] == "Land 0 | 0,9 mld"


def test_one_note_is_a_column_only_when_asked_for_as_few() -> None:
    """One note beside the text does not show a column on its own page; the reader asks for
    it with ``least=1`` and assemble_pdf takes it only where another page confirms it."""
    chars: list[Char] = []
    for i in range(12):
        chars += _chars(TEXT_X, 100.0 + 14 * i, PROSE)
    chars += _chars(NOTE_X, 100.0 + 14 * 4, "missie al gestopt?")
    rows = _rows(chars)
    body, notes, column = split_margin(rows, PAGE)
    assert (notes, column) == ([], None)
    assert _texts(body)[4] == f"{PROSE} | missie al gestopt?"
    body, notes, column = split_margin(rows, PAGE, least=1)
    assert column == NOTE_X
    assert _texts(notes) == ["missie al gestopt?"]
    assert _texts(body) == [PROSE] * 12


def _read(lines: tuple[Line, ...], number: int = 1, **kw: object) -> PageRead:
    info = PageInfo(number, width=PAGE, height=842.0)
    return PageRead(info, Layout.UNKNOWN, lines, True, **kw)  # type: ignore[arg-type]


def _body(text: str, page: int) -> Line:
    return Line(text, page, Region.BODY, BBox(TEXT_X, 100, 420.0, 100 + SIZE), SIZE)


def test_a_pages_few_notes_are_set_apart_where_another_page_has_a_column_there() -> None:
    """A reader's copy (a phrase struck through on page 1): its notes are not read, the one
    note on page 2 neither, since page 1 has its column at the same place."""
    mission = "UNIFIL loopt door met 40 militairen."
    as_read = _read((_body(f"{mission} missie al gestopt?", 2),), 2)
    apart = _read(
        (
            _body(mission, 2),
            Line("missie al gestopt?", 2, Region.MARGIN, BBox(436, 100, 500, 110), SIZE),
        ),
        2,
        notes_at=436.0,
    )
    page = attrs.evolve(as_read, few_notes=apart)
    partner = "Duitsland blijft de belangrijkste partner van Nederland."
    noted = _read(
        (_body(partner, 1), Line("NIEUW!", 1, Region.MARGIN, BBox(434, 100, 470, 110), SIZE)),
        notes_at=434.0,
        struck=3,
    )
    plain = _read((_body(partner, 1),), struck=3)
    texts = [b.text for b in assemble_pdf([PagesRead("a.pdf", (noted, page))]).blocks]
    assert texts == [partner, mission]
    # Without a column of notes elsewhere, the page is read as it stands.
    texts = [b.text for b in assemble_pdf([PagesRead("a.pdf", (plain, page))]).blocks]
    assert texts == [partner, f"{mission} missie al gestopt?"]


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


def test_a_tables_last_columns_under_a_header_across_the_page_stay() -> None:
    """A table whose header row runs across the page: its last columns, dashes where no figure
    is given, stand right of where the prose ends and beside only its rows, yet beside the
    rows' cells they are the table's."""
    chars: list[Char] = []
    for i in range(8):
        chars += _chars(TEXT_X, 100.0 + 14 * i, PROSE)
    header = "Land Begrotingsjaar Valuta Vastgesteld % bbp Opgave ministerie Verschil (mln)"
    chars += _chars(TEXT_X, 230.0, header)  # to 468: across the column's edge
    table = (
        ("Luxemburg", "800 mln"),
        ("Duitsland", "94,6 mld"),
        ("Frankrijk", "88,9 mld"),
        ("Nederland", "27,6 mld"),
    )
    for i, (country, amount) in enumerate(table):
        y = 244.0 + 14 * i
        for x, cell in ((TEXT_X, country), (200.0, "2045"), (260.0, "EUR"), (320.0, amount)):
            chars += _chars(x, y, cell)
        chars += _chars(NOTE_X, y, "–") + _chars(500.0, y, "–")
    rows = _rows(chars)
    body, notes, _ = split_margin(rows, PAGE)
    assert notes == []
    assert _texts(body) == _texts(rows)
