"""A cover sheet before the edition (an archive's form of document fields) is not its text."""

from __future__ import annotations

from datetime import date

from reportdiff.extract import PageRead, PagesRead, assemble_pdf
from reportdiff.extract._cover import first_head, is_cover_sheet
from reportdiff.extract._types import BBox, Layout, Line, PageInfo, Region

_FIELDS = (
    ("Archiefkenmerk", "PA-2062-200243"),
    ("Documenttitel", "Rapportage internationale militaire samenwerking 2061"),
    ("Afzender", "Minister van Defensie"),
    ("Documentdatum", "11 januari 2062"),
    ("Datum archivering", "26 maart 2062"),
    ("Bewaartermijn", "20 jaar"),
    ("Bijlagen", "Kamerstuk 28 676, nr. 464 (NAVO); Kamerstuk 29 521, nr. 550"),
)


def _line(
    text: str,
    page: int,
    top: float,
    region: Region = Region.BODY,
    cells: int = 1,
    first_cell: str = "",
) -> Line:
    bbox = BBox(72.0, top, 500.0, top + 10.0)
    return Line(text, page, region, bbox, 10.0, cells=cells, first_cell=first_cell)


def _cover(page: int = 1) -> list[Line]:
    lines = [_line("Documentinformatie", page, 60.0)]
    for i, (label, value) in enumerate(_FIELDS):
        lines.append(_line(f"{label}: {value}", page, 90.0 + 14 * i, cells=2, first_cell=label))
    lines.append(_line("Dit exemplaar is gearchiveerd.", page, 300.0))
    return lines


def _letter(page: int) -> list[Line]:
    return [
        _line("Retouradres Postbus 20701 2500 ES Den Haag", page, 100.0, Region.HEADER),
        _line("De Voorzitter van de Tweede Kamer der Staten-Generaal", page, 120.0, Region.HEADER),
        _line("Datum: 11 januari 2062", page, 160.0, Region.HEADER),
        _line(
            "Betreft: Rapportage internationale militaire samenwerking 2061",
            page,
            174.0,
            Region.HEADER,
        ),
        _line("Ons kenmerk: BS206272167", page, 188.0, Region.HEADER),
        _line("1. Aanleiding", page, 240.0),
        _line("Hierbij bied ik u de rapportage aan (Kamerstuk 33 279, nr. 805).", page, 260.0),
    ]


def test_a_form_of_fields_before_the_letters_head_is_a_cover_sheet() -> None:
    pages = [(Layout.UNKNOWN, _cover()), (Layout.LETTER, _letter(2))]
    assert is_cover_sheet(*pages[0])
    assert first_head(pages) == 1


def test_the_edition_opening_on_its_first_page_sets_nothing_aside() -> None:
    assert first_head([(Layout.LETTER, _letter(1)), (Layout.UNKNOWN, _cover(2))]) is None


def test_prose_before_the_head_is_no_cover_sheet() -> None:
    """A first page whose head was not recognised, with the letter's text on it, is read: only
    a form is set aside."""
    prose = [
        _line(f"Zin {i} van de brief over de samenwerking.", 1, 80.0 + 14 * i) for i in range(8)
    ]
    prose += [_line("Status: definitief", 1, 300.0, cells=2, first_cell="Status")]
    assert not is_cover_sheet(Layout.UNKNOWN, prose)
    assert first_head([(Layout.UNKNOWN, prose), (Layout.LETTER, _letter(2))]) is None


def test_a_few_fields_make_no_form() -> None:
    few = _cover()[:4]  # the title and three fields
    assert not is_cover_sheet(Layout.UNKNOWN, few)


def test_a_running_print_head_opens_nothing() -> None:
    """A print's running head on page 2 is no masthead: the page before it stays."""
    running = [
        _line("Tweede Kamer, vergaderjaar 2062–2063, 33 279, nr. 1701 2", 2, 40.0, Region.HEADER),
        _line("Tekst van de tweede bladzijde.", 2, 100.0),
    ]
    assert first_head([(Layout.UNKNOWN, _cover()), (Layout.KAMERSTUK, running)]) is None


def _page(number: int, layout: Layout, lines: list[Line]) -> PageRead:
    return PageRead(PageInfo(number, width=595.0, height=842.0), layout, tuple(lines), True)


def test_the_cover_sheet_is_not_read_and_the_head_after_it_is() -> None:
    """Its attachments are not cited, the letter's head on page 2 gives the metadata, and the
    pages keep their physical numbers; a warning says which page was set aside."""
    doc = assemble_pdf(
        [
            PagesRead(
                "archief.pdf",
                (_page(1, Layout.UNKNOWN, _cover()), _page(2, Layout.LETTER, _letter(2))),
            )
        ]
    )
    text = " ".join(b.text for b in doc.blocks)
    assert "28 676" not in text and "Archiefkenmerk" not in text
    assert "Kamerstuk 33 279, nr. 805" in text
    assert doc.blocks[0].page == 2
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.metadata.date == date(2062, 1, 11)
    assert doc.metadata.reference == "BS206272167"
    assert doc.metadata.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert any(w.startswith("page 1: a cover sheet") and "on page 2" in w for w in doc.warnings)
