"""A page's regions are measured from its own geometry: the rules, labels and fields that a
typesetter of another kind puts elsewhere still land in the right region."""

from __future__ import annotations

from reportdiff.extract._lines import segments
from reportdiff.extract._pdf import Char, RawPage
from reportdiff.extract._regions import Geometry, measure, region_of
from reportdiff.extract._types import BBox, Layout, Region

WIDTH, HEIGHT = 595.0, 842.0
SIZE = 9.0


def _text(text: str, x: float, bottom: float, size: float = SIZE) -> list[Char]:
    w = size * 0.5
    return [
        Char(ch, x + i * w, x + (i + 1) * w, bottom - size, bottom, size, "Helvetica")
        for i, ch in enumerate(text)
    ]


def _measure(lines: list[list[Char]], graphics: tuple[BBox, ...] = ()) -> Geometry:
    chars = tuple(c for line in lines for c in line)
    page = RawPage(1, WIDTH, HEIGHT, chars, graphics)
    return measure(page, segments(chars))


def _rule(top: float) -> BBox:
    return BBox(60.0, top, 540.0, top + 0.5)


FOOTER = _text("Tweede Kamer, vergaderjaar 2031–2032, 33 279, nr. 880 3", 60.0, 800.0)


def test_a_print_header_rule_under_the_masthead() -> None:
    """The rule under "Tweede Kamer der Staten-Generaal" and "Vergaderjaar" ends the head."""
    geom = _measure(
        [
            _text("Tweede Kamer der Staten-Generaal", 60.0, 60.0),
            _text("Vergaderjaar 2031–2032", 60.0, 72.0),
            _text("Geachte voorzitter, hierbij het overzicht.", 60.0, 120.0),
            FOOTER,
        ],
        (_rule(80.0),),
    )
    assert geom.layout is Layout.KAMERSTUK
    assert geom.header_bottom == 80.5


def test_a_long_tables_bottom_border_is_no_header_rule() -> None:
    """A table's bottom border alone in a page's top half, under a heading and the table's
    rows (its top border far above), leaves the page without a head: nothing is dropped."""
    rows = [_text(f"Rij {i} Nederland, Polen loopt", 60.0, 100.0 + 12 * i) for i in range(8)]
    geom = _measure(
        [_text("5 Afspraken, verdragen", 60.0, 70.0), *rows, FOOTER],
        (_rule(80.0), _rule(85.0), _rule(200.0)),
    )
    assert geom.layout is Layout.KAMERSTUK
    assert geom.header_bottom is None


def test_a_tables_rows_run_on_from_the_page_before_are_no_head() -> None:
    """A table continued at a page's top: its last rows stand above its bottom border (its
    top border is on the page before). Four lines of cells are no chamber's name."""
    rows = [
        ("Frankrijk", "1928", "€ 59,6 miljard", "2,14 %"),
        ("Luxemburg", "1928/1929", "€ 745 miljoen", "2,8 %"),
        ("Noorwegen", "1928", "€ 10,7 miljard", "1,46 %"),
        ("Verenigd Koninkrijk", "1928/1929", "GBP 59,1 miljard", "2,57 %"),
    ]
    lines = [
        [
            c
            for x, cell in zip((74.0, 220.0, 320.0, 470.0), row, strict=True)
            for c in _text(cell, x, 79.0 + 13.2 * i)
        ]
        for i, row in enumerate(rows)
    ]
    geom = _measure(
        [
            *lines,
            _text("Vergelijkenderwijs: voorgaand verslagjaar gaf Frankrijk op.", 74.0, 150.0),
            FOOTER,
        ],
        (_rule(124.0),),
    )
    assert geom.layout is Layout.KAMERSTUK
    assert geom.header_bottom is None


def test_a_stroke_through_a_line_of_text_is_no_head_rule() -> None:
    """A reviewer's line drawn from a word through the rest of its line to a note in the
    margin, at a page's top: the list items above it are the body's, not a page head."""
    geom = _measure(
        [
            _text("Tweede Kamer, vergaderjaar 1933–1934, 33 279, nr. 2027", 60.0, 45.0),
            _text("– MINUSMA: voortgezet; 250 militairen.", 74.0, 66.0),
            _text("– NMI: voortgezet; 150 militairen.", 74.0, 83.0),
            _text("– UNIFIL: voortgezet; 50 militairen. Voorheen: 80.", 74.0, 100.0),
            _text("– eFP Litouwen: voortgezet; 80 militairen.", 74.0, 117.0),
            FOOTER,
        ],
        (BBox(110.0, 95.5, 420.0, 96.0),),
    )
    assert geom.header_bottom is None or geom.header_bottom < 57.0


def test_a_masthead_alone_makes_a_print() -> None:
    """A print whose footer is set some other way is still a print: its masthead says so."""
    geom = _measure(
        [
            _text("Tweede Kamer der Staten-Generaal", 60.0, 60.0),
            _text("Vergaderjaar 2072–2073", 60.0, 72.0),
            _text("Den Haag, 10 maart 2073", 60.0, 110.0),
            _text("Commissie Defensie – 10 maart 2073", 60.0, 800.0),
        ]
    )
    assert geom.layout is Layout.KAMERSTUK
    assert geom.header_bottom == 110.5


def test_a_page_label_at_the_top_ends_the_head() -> None:
    """ "Pagina 1 van 3" in a running head at the top ends the page's head; the page has no
    foot because of it (before, everything under it was footer)."""
    geom = _measure(
        [
            _text("Rapportage 2066          Pagina 1 van 3", 60.0, 40.0),
            _text("België besteedt in 2066 € 8,1 miljard aan defensie.", 60.0, 120.0),
        ]
    )
    assert geom.layout is Layout.LETTER
    assert geom.footer_top is None
    assert geom.label is None
    assert geom.header_bottom == 40.5


def test_a_subject_wrapped_under_betreft_stays_in_the_head() -> None:
    """A long subject wraps onto the line under "Betreft"; the salutation, set apart, does not
    belong to it, nor does the next field."""
    label = _text("Pagina 1 van 2", 450.0, 800.0)
    geom = _measure(
        [
            _text("Datum 27 april 2072", 60.0, 100.0),
            _text("Betreft Rapportage internationale militaire", 60.0, 112.0),
            _text("samenwerking 2071", 60.0, 123.0),
            _text("Geachte voorzitter,", 60.0, 160.0),
            label,
        ]
    )
    assert geom.layout is Layout.LETTER
    assert geom.header_bottom == 123.5


def test_the_next_field_is_not_the_subject() -> None:
    """A field label right under the subject ends it."""
    geom = _measure(
        [
            _text("Betreft Rapportage 2071", 60.0, 112.0),
            _text("Datum 27 april 2072", 60.0, 123.0),
            _text("Pagina 1 van 2", 450.0, 800.0),
        ]
    )
    assert geom.header_bottom == 112.5


def test_a_page_label_at_the_left_marks_no_sidebar() -> None:
    """A mirrored page sets "Pagina 2 van 3" in its outer margin, at the left: the page has
    no sidebar because of it (before, the whole page was read as sidebar)."""
    geom = _measure(
        [
            _text("België besteedt in 2082 € 7,4 miljard aan defensie.", 60.0, 120.0),
            _text("Pagina 2 van 3", 60.0, 800.0),
        ]
    )
    assert geom.layout is Layout.LETTER
    assert geom.sidebar_x is None
    assert geom.label == "2"


def test_a_reference_label_at_the_left_edge_marks_no_sidebar() -> None:
    """A brochure-style letter carries its reference in a panel at the page's left edge: no
    sidebar edge there (before, the whole page was sidebar, none of it read); one further in
    still marks the sidebar."""
    body = _text("België besteedt in 2182 € 7,6 miljard aan defensie.", 140.0, 120.0)
    geom = _measure(
        [_text("Onze referentie", 14.0, 700.0), body, _text("Pagina 2 van 3", 440.0, 800.0)]
    )
    assert geom.sidebar_x == 439.0
    geom = _measure([_text("Onze referentie", 14.0, 700.0), body])
    assert geom.sidebar_x is None
    geom = _measure([_text("Onze referentie", 440.0, 700.0), body])
    assert geom.sidebar_x == 439.0


def test_a_band_across_the_column_is_no_logo() -> None:
    """A shaded band as wide as the text (a table's header row, a box's background) in the
    page's top band is the body's: the text above and beside it is no logo."""
    geom = _measure(
        [
            _text("Overige partnerstaten", 60.0, 80.0),
            _text("Land Samenwerking en begroting", 60.0, 150.0),
            FOOTER,
        ],
        (BBox(60.0, 140.0, 540.0, 154.0),),
    )
    assert geom.logo is None


def test_a_column_rule_is_no_logo() -> None:
    """The stroke between two columns of a list, text on both sides of it, is no emblem."""
    geom = _measure(
        [
            _text("– Canada", 80.0, 120.0),
            _text("– Verenigd Koninkrijk", 320.0, 120.0),
            _text("– Suriname", 80.0, 135.0),
            FOOTER,
        ],
        (BBox(297.0, 105.0, 297.5, 140.0),),
    )
    assert geom.logo is None


def test_a_tables_cells_at_the_top_are_no_logo() -> None:
    """A table at the top of a page, each cell framed by a rectangle of its own: the middle
    cells sit around the centre line, but a frame with text inside it is a cell, not an
    emblem; the table is body text."""
    rows = [("Instrument", "Partijen", "Stand"), ("SOFA kustwachtsteun", "NO + NL", "loopt")]
    lines = [
        _text(cell, x, 110.0 + 16 * i)
        for i, row in enumerate(rows)
        for cell, x in zip(row, (65.0, 257.0, 363.0), strict=True)
    ]
    frames = tuple(
        BBox(x0, 98.0 + 16 * i, x1, 114.0 + 16 * i)
        for i in range(len(rows))
        for x0, x1 in ((60.0, 252.0), (252.0, 358.0), (358.0, 540.0))
    )
    assert _measure([*lines, FOOTER], frames).logo is None


def test_a_tables_cell_borders_at_the_top_are_no_logo() -> None:
    """A table continued at the top of a page, its grid drawn stroke by stroke (each cell's
    top and bottom rules and its upright borders, some around the centre line): an upright
    stroke from one rule to the next is a cell's border, not an emblem, and the rows are
    body text."""
    rows = ["Verenigde Staten USD 1.083 miljard 2102", "Luxemburg EUR 768 miljoen 2102"]
    lines = [_text(row, 61.0, 46.0 + 14.4 * i) for i, row in enumerate(rows)]
    strokes: list[BBox] = []
    for i in range(len(rows)):
        top, bottom = 33.5 + 14.4 * i, 47.9 + 14.4 * i
        for x0, x1 in ((57.0, 281.4), (280.8, 387.2), (386.7, 471.2)):
            strokes += [
                BBox(x0, top, x1, top + 0.6),
                BBox(x0, bottom, x1, bottom + 0.6),
                BBox(x0, top, x0 + 0.6, bottom + 0.6),
                BBox(x1 - 0.6, top, x1, bottom + 0.6),
            ]
    assert _measure([*lines, FOOTER], tuple(strokes)).logo is None


def test_an_emblem_is_a_logo() -> None:
    """The emblem at the top centre with the ministry's name beside it stays the logo."""
    geom = _measure(
        [_text("Ministerie van Defensie", 310.0, 60.0), FOOTER],
        (BBox(292.0, 20.0, 304.0, 70.0),),
    )
    assert geom.logo is not None and geom.logo.x0 == 292.0


def test_a_lists_bullets_near_the_centre_are_no_logo() -> None:
    """Small squares before a list's items in a box right of the centre (a web page printed
    by Chromium): no emblem, and the items beside them are the text."""
    items = [
        _text(f"KFOR — Kosovo: lopend; {40 + i} militairen.", 321.0, 80.0 + 14 * i)
        for i in range(6)
    ]
    bullets = tuple(BBox(311.0, 72.0 + 14 * i, 314.0, 75.0 + 14 * i) for i in range(6))
    assert _measure([*items, FOOTER], bullets).logo is None


def test_shapes_below_text_are_no_logo() -> None:
    """A table's shaded cells under a caption at the page's top, and a box run on from the
    page before (drawn from far above the page's top), are no emblem."""
    caption = _text("Tabel 1 – Partnerlandbudgetten voor krijgsmachten", 43.0, 55.0)
    row = _text("België 2193 € 9,53 mld.", 216.0, 95.0)
    shading = (BBox(213.0, 68.0, 244.0, 105.0), BBox(244.0, 68.0, 301.0, 105.0))
    assert _measure([caption, row, FOOTER], shading).logo is None
    run_on = (BBox(290.0, -474.0, 300.0, 45.0),)
    assert _measure([row, FOOTER], run_on).logo is None


def test_the_ministrys_name_heads_a_letters_later_page() -> None:
    """ "▮ Ministerie van Defensie" as text at the top of a letter's later page (a typist's
    emblem) is the page's head, not its first line of text."""
    geom = _measure(
        [
            _text("▮ Ministerie van Defensie", 60.0, 36.0),
            _text("Verenigde Staten 2149 US$ 1.300 mrd 1,91%", 60.0, 127.0),
            _text("Pagina 2 van 3", 450.0, 800.0),
        ]
    )
    assert geom.layout is Layout.LETTER
    assert geom.header_bottom == 36.5


def test_a_letters_head_alone_makes_a_letter() -> None:
    """A covering letter with neither page labels nor a sidebar (a magazine's house style) is
    still a letter: its date and subject fields say so, and the head ends with the subject."""
    geom = _measure(
        [
            _text("Retouradres Postbus 20701 2500 ES Den Haag", 60.0, 90.0),
            _text("Datum 9 november 2182", 60.0, 130.0),
            _text("Betreft Rapportage internationale militaire samenwerking 2182", 60.0, 142.0),
            _text("Geachte voorzitter,", 60.0, 190.0),
        ]
    )
    assert geom.layout is Layout.LETTER
    assert geom.header_bottom == 142.5


def test_a_date_field_alone_in_the_body_makes_no_letter() -> None:
    """One field of a letter's head is not enough: "Datum" alone may be a table's column."""
    geom = _measure(
        [
            _text("Datum 9 november 2182", 60.0, 130.0),
            _text("België besteedt in 2182 € 8,1 miljard aan defensie.", 60.0, 160.0),
        ]
    )
    assert geom.layout is Layout.UNKNOWN


def _field_column_page(page_label: bool) -> list[list[Char]]:
    """A letter whose head sets its fields as a column beside the addressee, each label over
    its value, and whose text runs across the page under it."""
    side = 400.0
    lines = [
        _text("Retouradres Postbus 20701 2500 ES Den Haag", 60.0, 110.0),
        _text("Datum", side, 110.0),
        _text("6 maart 1962", side, 121.0),
        _text("Aan de Voorzitter van de", 60.0, 130.0),
        _text("Tweede Kamer der Staten-Generaal", 60.0, 141.0),
        _text("Onderwerp", side, 141.0),
        _text("Rapportage internationale militaire", side, 152.0),
        _text("samenwerking 1961", side, 163.0),
        _text("Kenmerk", side, 180.0),
        _text("DGB/SP-1962/12964", side, 191.0),
        _text("Geachte Voorzitter,", 60.0, 230.0),
        _text(
            "Dit is de rapportage over de internationale militaire samenwerking van 1961 en meer.",
            60.0,
            244.0,
        ),
        _text("België besteedt in 1961 € 7,4 miljard.", 60.0, 258.0),
        _text("Tabel: België 1961 € 7,4 mld", 60.0, 272.0) + _text("1,2 %", 420.0, 272.0),
    ]
    if page_label:
        lines.append(_text("Pagina 1 van 3", 480.0, 800.0))
    return lines


def test_a_column_of_fields_beside_the_addressee_is_the_sidebar_down_to_its_last_field() -> None:
    """ "Datum", "Onderwerp" and "Kenmerk" alone on their lines, right of the addressee: the
    sidebar, down to the bottom of its last value; above that, the head.  A table's cell under
    it at the same x is the body's, and a page label further right is in the foot."""
    for page_label in (False, True):
        geom = _measure(_field_column_page(page_label))
        assert geom.layout is Layout.LETTER
        assert geom.sidebar_x == 399.0
        assert geom.sidebar_bottom == 191.5
        assert geom.header_bottom == 191.5
        cell = Char("1", 420.0, 424.5, 263.0, 272.0, SIZE, "Helvetica")
        assert region_of(cell, geom) is Region.BODY
        field = Char("D", 400.0, 404.5, 101.0, 110.0, SIZE, "Helvetica")
        assert region_of(field, geom) is Region.SIDEBAR


def test_one_field_label_at_the_right_makes_no_column() -> None:
    """A lone "Datum" in the page's right half (a table's column header) is no column of
    fields."""
    geom = _measure(
        [
            _text("Retouradres Postbus 20701 2500 ES Den Haag", 60.0, 110.0),
            _text("Datum", 400.0, 110.0),
            _text("6 maart 1962", 400.0, 121.0),
            _text(
                "Dit is de rapportage over de internationale samenwerking van 1961.", 60.0, 200.0
            ),
        ]
    )
    assert geom.sidebar_x is None
    assert geom.sidebar_bottom is None
