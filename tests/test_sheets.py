"""A sheet that holds two pages side by side is read as those two pages."""

from __future__ import annotations

from reportdiff.extract import PagesRead, assemble_pdf, read_page
from reportdiff.extract._pdf import Char, RawPage
from reportdiff.extract._sheets import sheet_halves
from reportdiff.extract._types import BBox

WIDTH, HEIGHT = 842.0, 595.0  # A4 landscape
SIZE = 7.0
HALF = WIDTH / 2


def _text(text: str, x: float, bottom: float, size: float = SIZE) -> list[Char]:
    w = size * 0.5
    return [
        Char(ch, x + i * w, x + (i + 1) * w, bottom - size, bottom, size, "Helvetica")
        for i, ch in enumerate(text)
    ]


def _page(x: float, number: int, total: int, sentences: list[str]) -> list[Char]:
    """A letter's page scaled to half a sheet: its text, and its label at the foot."""
    chars: list[Char] = []
    for i, sentence in enumerate(sentences):
        chars += _text(sentence, x + 30.0, 80.0 + 12 * i)
    chars += _text(f"Pagina {number} van {total}", x + 300.0, 560.0, 5.5)
    return chars


LEFT = [
    "Duitsland reserveerde in 2021 een bedrag van € 88,5 miljard",
    "voor defensie, ofwel 1,87 procent van het bbp.1",
    "1 Kamerstuk 21 501-28, nr. 745.",
] * 3
RIGHT = [
    "Met Frankrijk werd een Letter of Intent getekend over de",
    "opleiding van mariniers, die in 2021 in werking trad.",
    "Ook Noorwegen bleef een strategische partner van Nederland.",
] * 3


def _sheet(number: int, right: bool = True) -> RawPage:
    chars = _page(0.0, 2 * number - 1, 3, LEFT)
    if right:
        chars += _page(HALF, 2 * number, 3, RIGHT)
    return RawPage(number, WIDTH, HEIGHT, tuple(chars), ())


def test_a_sheet_of_two_pages_is_split_between_them() -> None:
    halves = sheet_halves(_sheet(1), _sheet(1).chars)
    assert halves is not None
    left, right = halves
    assert "".join(c.text for c in left.chars).count("Duitsland") == 3
    assert "".join(c.text for c in right.chars).count("Frankrijk") == 3
    assert min(c.x0 for c in right.chars) < HALF  # moved to the half's own left edge


def test_the_pages_are_read_and_numbered_as_printed() -> None:
    """Two sheets, the second with its right half blank: three pages, numbered 1 to 3 with
    their own labels; a warning says how the PDF is printed."""
    doc = assemble_pdf([PagesRead("2up.pdf", (read_page(_sheet(1)), read_page(_sheet(2, False))))])
    assert [(p.number, p.label) for p in doc.pages] == [(1, "1"), (2, "2"), (3, "3")]
    # Read page after page: the left page, the right one, then the next sheet's.
    text = " ".join(b.text for b in doc.blocks)
    assert text.index("Duitsland") < text.index("Frankrijk") < text.rindex("Duitsland")
    assert any(2 in b.pages and "Frankrijk" in b.text for b in doc.blocks)
    assert any("two pages side by side" in w for w in doc.warnings)
    assert not any("missing" in w for w in doc.warnings)


def test_a_landscape_page_of_two_columns_is_one_page() -> None:
    """Two columns on a landscape page, with no page of its own on either side (no label, no
    head): one page, read as it was."""
    chars: list[Char] = []
    for i in range(20):
        chars += _text("Een regel in de linkerkolom van de brede pagina.", 40.0, 80.0 + 12 * i)
        chars += _text(
            "Een regel in de rechterkolom van de brede pagina.", HALF + 20.0, 80.0 + 12 * i
        )
    raw = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert sheet_halves(raw, raw.chars) is None


def test_a_portrait_page_is_never_split() -> None:
    chars = _page(0.0, 1, 2, LEFT)
    raw = RawPage(1, 595.0, 842.0, tuple(chars), ())
    assert sheet_halves(raw, raw.chars) is None


def test_a_print_jobs_framed_pages_under_its_own_title_are_split() -> None:
    """a2ps's sheet: its own title across the top and foot across the bottom (over the middle),
    a frame around each page it sets, and pages no layout is recognised in: split, and the
    sheet's title and foot are no page's text."""
    chars: list[Char] = []
    chars += _text(
        "Nieuwsbrief Internationale Samenwerking - nummer 12 - titel van de taak", 250.0, 30.0
    )
    for i, sentence in enumerate(LEFT):
        chars += _text(sentence, 40.0, 90.0 + 12 * i)
    for i, sentence in enumerate(RIGHT):
        chars += _text(sentence, HALF + 20.0, 90.0 + 12 * i)
    chars += _text("Ministerie van Defensie     12 oktober 2006     2/4", 260.0, 580.0)
    frames = (BBox(24.0, 42.0, 415.0, 559.0), BBox(427.0, 42.0, 818.0, 559.0))
    sheet = RawPage(1, WIDTH, HEIGHT, tuple(chars), frames)
    halves = sheet_halves(sheet, sheet.chars)
    assert halves is not None
    left, right = ("".join(c.text for c in h.chars) for h in halves)
    assert left.count("Duitsland") == 3 and right.count("Frankrijk") == 3
    assert "Nieuwsbrief" not in left + right and "Ministerie" not in left + right


def test_unframed_pages_under_a_title_across_the_sheet_need_a_known_layout() -> None:
    """The same sheet without frames: its halves are no page of a letter or a print, so it is
    read as one page."""
    chars: list[Char] = []
    chars += _text(
        "Nieuwsbrief Internationale Samenwerking - nummer 12 - titel van de taak", 250.0, 30.0
    )
    for i, sentence in enumerate(LEFT):
        chars += _text(sentence, 40.0, 90.0 + 12 * i)
    for i, sentence in enumerate(RIGHT):
        chars += _text(sentence, HALF + 20.0, 90.0 + 12 * i)
    sheet = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert sheet_halves(sheet, sheet.chars) is None
