"""Two columns of text are read one after the other; a table and a single column are not
reordered."""

from __future__ import annotations

import itertools
from operator import attrgetter
from typing import Any

from reportdiff.extract._columns import read_columns
from reportdiff.extract._lines import Segment, segments
from reportdiff.extract._pdf import Char

SIZE = 9.0
WIDTH = SIZE * 0.5
LEFT, RIGHT = 60.0, 310.0  # the columns' left edges; each 230 points wide (51 glyphs)


def _chars(x: float, bottom: float, text: str) -> list[Char]:
    return [
        Char(ch, x + i * WIDTH, x + (i + 1) * WIDTH, bottom - SIZE, bottom, SIZE, "Helvetica")
        for i, ch in enumerate(text)
    ]


def _rows(chars: list[Char]) -> list[list[Segment]]:
    return [list(g) for _, g in itertools.groupby(segments(chars), key=attrgetter("line"))]


def _texts(rows: list[list[Segment]]) -> list[str]:
    return [" | ".join(s.text for s in row) for row in rows]


FULL = "x" * 50  # a line of running text filling its column


def test_two_columns_on_their_own_baselines_are_read_one_after_the_other() -> None:
    """A magazine page: the right column's lines sit between the left one's; read across,
    they alternate; read in columns, each column's text runs on."""
    chars = _chars(LEFT, 100.0, "Een kop over beide kolommen heen, breder dan een kolom is")
    for i in range(8):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} " + FULL[:46])
        chars += _chars(RIGHT, 136.0 + 12 * i, f"R{i} " + FULL[:46])
    out = _texts(read_columns(_rows(chars)))
    assert out[0].startswith("Een kop")
    assert [t[:2] for t in out[1:]] == [f"L{i}" for i in range(8)] + [f"R{i}" for i in range(8)]


def test_a_caption_under_both_columns_comes_after_them() -> None:
    """A short line under the left column, set apart, over what spans both columns next: it is
    read after the right column, not between the columns."""
    chars: list[Char] = []
    for i in range(7):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} " + FULL[:46])
        chars += _chars(RIGHT, 136.0 + 12 * i, f"R{i} " + FULL[:46])
    chars += _chars(LEFT, 240.0, "Budgetoverzicht")
    chars += _chars(LEFT, 260.0, "Land Jaar Bedrag in miljoenen Munt Aandeel bbp per land")
    out = _texts(read_columns(_rows(chars)))
    assert [t[:2] for t in out[:14]] == [f"L{i}" for i in range(7)] + [f"R{i}" for i in range(7)]
    assert out[14:] == [
        "Budgetoverzicht",
        "Land Jaar Bedrag in miljoenen Munt Aandeel bbp per land",
    ]


def test_a_table_of_two_columns_is_read_across() -> None:
    """Rows with a cell on each side at one height are a table: read across, as before."""
    chars: list[Char] = []
    for i in range(8):
        chars += _chars(LEFT, 130.0 + 12 * i, f"missie {i} " + FULL[:40])
        chars += _chars(RIGHT, 130.0 + 12 * i, f"voortgezet; {i}0 militairen " + FULL[:20])
    rows = _rows(chars)
    assert read_columns(rows) == rows


def test_a_label_column_beside_values_is_read_across() -> None:
    """A fact sheet's short labels beside long values, on lines of their own: no column of
    running text on the left, so nothing is reordered."""
    chars: list[Char] = []
    for i, label in enumerate(["Categorie", "Herkomst", "Toel.", "Inzet", "Akkoord", "Veld"]):
        chars += _chars(LEFT, 130.0 + 24 * i, label)
        chars += _chars(RIGHT, 142.0 + 24 * i, FULL)
    rows = _rows(chars)
    assert read_columns(rows) == rows


def test_one_column_is_left_alone() -> None:
    """Lines across the page: no gutter, nothing reordered."""
    chars: list[Char] = []
    for i in range(10):
        chars += _chars(LEFT, 130.0 + 12 * i, "y" * 100)
    rows = _rows(chars)
    assert read_columns(rows) == rows


def test_two_columns_on_one_baseline_grid_are_read_one_after_the_other() -> None:
    """A word processor's two columns share the baselines: each line has text on both sides,
    as a table's rows do, but each side is running text (its lines go on in lower case, its
    sentences end inside lines, a word is broken at a line's end): read one after the other."""
    left = [
        "Zes uur 's ochtends, kazerne Oirschot. Een peloton",
        "laadt voertuigen op treinwagons, bestemming Duits-",
        "land. Niemand kijkt ervan op: oefenen bij de ooster-",
        "buren hoort in dat jaar gewoon bij het werk. Ook nu",
        "gaat het zo, zegt de commandant van de compagnie.",
        "maar dat zegt hij elk jaar, lacht een chauffeur.",
    ]
    right = [
        "De vaste kring telt dit jaar zeven strategische part-",
        "ners. Het zijn Duitsland, België, Luxemburg, Frank-",
        "rijk, Noorwegen, het Verenigd Koninkrijk en de Ver-",
        "enigde Staten. Rusland valt er uiteraard buiten; juist",
        "de houding van Moskou brengt de vaste kring dichter",
        "bijeen, en dat merkt men op elke oefening opnieuw.",
    ]
    chars: list[Char] = []
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        chars += _chars(LEFT, 130.0 + 12 * i, a)
        chars += _chars(RIGHT, 130.0 + 12 * i, b)
    assert _texts(read_columns(_rows(chars))) == left + right


def test_two_languages_side_by_side_in_short_paragraphs_are_read_one_after_the_other() -> None:
    """A two-language page: each paragraph beside its translation, on one baseline grid. Short
    paragraphs and names begin many lines in upper case; only a line after one that ends no
    sentence is asked whether it goes on in lower case, and most of those do."""
    left = [
        "Namens het kabinet zend ik u het jaaroverzicht.",
        "Veiligheid waarborgt geen staat alleen; zo bleef",
        "de samenwerking ook in dat jaar richtinggevend.",
        "Strategische partners zijn er met Frankrijk,",
        "België, Luxemburg, Spanje, Duitsland, Noorwegen en",
        "het Verenigd Koninkrijk. Het bondgenotengebied",
        "wordt door Rusland bedreigd. Zo was het al eerder.",
        "Daarbuiten onderhoudt Defensie vaste betrekkingen",
        "met Suriname, Canada en Polen, vooral bij oefenen.",
        "Noorwegen en Denemarken oefenden in het noorden.",
        "Canada zond dit jaar een fregat naar de Noordzee.",
    ]
    right = [
        "On behalf of the cabinet I send you the overview.",
        "No state guarantees its security alone; thus our",
        "cooperation continued to guide Defence that year.",
        "Strategic partnerships exist with France, Belgium,",
        "Luxembourg, Spain, Germany, Norway and the United",
        "Kingdom. Russia is unchanged as the most direct",
        "threat to the allied area. So it was the year before.",
        "Beyond that circle, Defence maintains standing ties",
        "with Suriname, Canada and Poland, above all in drill.",
        "Norway and Denmark trained in the far north together.",
        "Canada sent a frigate along to the North Sea this year.",
    ]
    chars: list[Char] = []
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        chars += _chars(LEFT, 130.0 + 12 * i, a)
        chars += _chars(RIGHT, 130.0 + 12 * i, b)
    assert _texts(read_columns(_rows(chars))) == left + right


def test_a_panel_of_prose_beside_two_columns_is_read_on_its_own() -> None:
    """A brochure's coloured panel at the page's left edge, its lines at heights of their
    own, beside two columns: the panel first, then each column in turn, not one line of each
    after the other."""
    panel = [
        "Rusland staat op geen",
        "enkele partnerlijst",
        "hiernaast, maar zijn",
        "optreden laat zien",
        "waarom samenwerken",
        "telt.",
    ]
    chars: list[Char] = []
    for i, text in enumerate(panel):
        chars += _chars(14.0, 130.0 + 10.5 * i, text)
    col1 = [f"linker kolom regel {i} " + "x" * 18 for i in range(6)]
    col2 = [f"rechter kolom regel {i} " + "x" * 18 for i in range(6)]
    for i in range(6):
        chars += _chars(140.0, 136.0 + 12.6 * i, col1[i])
        chars += _chars(363.0, 133.0 + 12.6 * i, col2[i])
    assert _texts(read_columns(_rows(chars))) == panel + col1 + col2


def test_a_notes_column_beside_a_tables_cells_is_no_panel() -> None:
    """A table's last column of prose beside its cells ("KFOR NAVO Kosovo 250") is no panel
    of prose beside a page's columns: the cells beside it are not running text."""
    from reportdiff.extract._columns import _panel

    notes = [
        "Doorlopend; rotatie per",
        "vier maanden, zo",
        "besloot de raad.",
        "verlengd tot",
        "eind van het jaar.",
    ]
    cells = ["KFOR NAVO Kosovo 250", "UNMISS VN Zuid-Soedan 80", "UNOMAR VN Sahara 50"]
    side = _rows([c for i, t in enumerate(notes) for c in _chars(300.0, 130.0 + 12 * i, t)])
    other = _rows([c for i, t in enumerate(cells) for c in _chars(60.0, 130.0 + 24 * i, t)])
    assert not _panel(side, other)
    prose = [
        "de brigades oefenen " + "x" * 20,
        "samen met de buren " + "x" * 20,
        "en dat gaat goed " + "x" * 20,
    ]
    beside = _rows([c for i, t in enumerate(prose) for c in _chars(60.0, 130.0 + 24 * i, t)])
    assert _panel(side, beside)


def test_three_columns_are_read_one_after_the_other() -> None:
    """A landscape brochure page in three columns, each line of each column on its own
    baseline or beside the others': read column by column, left to right; a table of three
    columns of cells still reads across."""
    narrow = "x" * 34
    xs = (40.0, 220.0, 400.0)  # each column 160 points wide (35 glyphs)
    chars = _chars(40.0, 100.0, "Een kop over de drie kolommen heen, veel breder dan een kolom is")
    for i in range(9):
        for k, x in enumerate(xs):
            # prose: lines going on in lower case, a sentence ending inside some of them
            line = f"{'abc'[k]}{i} loopt door. Een zin gaat verder" if i % 2 else f"{'abc'[k]}{i} "
            chars += _chars(x, 130.0 + 12 * i + 3 * k, (line + narrow)[:34])
    out = _texts(read_columns(_rows(chars)))
    assert out[0].startswith("Een kop")
    assert [t[:2] for t in out[1:]] == [f"{c}{i}" for c in "abc" for i in range(9)]
    cells: list[Char] = []
    for i in range(8):
        for k, x in enumerate(xs):
            cells += _chars(x, 130.0 + 12 * i, f"cel {i}{k} " + narrow[:20])
    rows = _rows(cells)
    assert read_columns(rows) == rows


def test_text_all_on_one_side_of_a_gutter_is_left_alone() -> None:
    """Lines that all start right of a candidate gutter (an indented block under a line that
    crosses it): one side is empty, and nothing is reordered or fails."""
    chars = _chars(LEFT, 100.0, "Een kop die over de goot heen tot ver in de rechterkolom loopt")
    for i in range(8):
        chars += _chars(RIGHT, 130.0 + 12 * i, f"r{i} loopt door. Een zin " + FULL[:20])
    rows = _rows(chars)
    assert read_columns(rows) == rows


def test_a_sides_own_columns_are_sought_at_its_commonest_starts() -> None:
    """A side of a gutter is searched for columns of its own only where most of its segments
    start (a column's lines share their left edge), at most a handful of places: searching
    every start of a page of scattered segments, each side of each again, took a mutated PDF
    tens of seconds.  The candidates it keeps are the commonest, left to right."""
    from reportdiff.extract._columns import _NESTED_CANDIDATES, _candidates, _likeliest
    from reportdiff.extract._lines import Segment
    from reportdiff.extract._types import BBox

    def seg(x: float, y: float) -> Segment:
        return Segment("tekst", BBox(x, y, x + 30, y + 8), 8.0, False, ())

    # A column edge at 300 (ten lines start there), one at 420 (six), and stray starts.
    rows = [[seg(40, 10 * i), seg(301, 10 * i)] for i in range(10)]
    rows += [[seg(421, 200 + 10 * i)] for i in range(6)]
    rows += [[seg(100 + 17 * i, 400 + 10 * i)] for i in range(12)]
    candidates = _candidates(rows, 420.0)
    kept = _likeliest(rows, candidates)
    assert len(candidates) > _NESTED_CANDIDATES
    assert len(kept) == _NESTED_CANDIDATES
    assert {299, 419} <= set(kept)  # the edges, less the gutter's slack
    assert kept == sorted(kept)
    assert _likeliest(rows, candidates[:3]) == candidates[:3]


def test_a_line_run_together_across_a_narrow_gutter_is_cut_there() -> None:
    """Two columns with a gutter narrower than the gap that splits a line (ConTeXt's, some 1.3
    em): where a left line and a right line share a baseline they are read as one line across
    the gutter, which would break the columns in two.  Cut where the right column starts, the
    columns are read whole; a line across both columns with a word space there is not cut."""
    right = LEFT + 49 * WIDTH + 1.3 * SIZE  # the right column starts 1.3 em after the left ends
    chars = _chars(LEFT, 100.0, "Een kop over beide kolommen heen, breder dan een kolom is")
    for i in range(12):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i:02} " + FULL[:45])
        # The right column's lines sit between the left one's, but for one (i == 6).
        chars += _chars(right, 136.0 + 12 * i - (6 if i == 6 else 0), f"R{i:02} " + FULL[:45])
    out = _texts(read_columns(_rows(chars)))
    assert out[0].startswith("Een kop")
    assert [t[:3] for t in out[1:]] == [f"L{i:02}" for i in range(12)] + [
        f"R{i:02}" for i in range(12)
    ]


def test_a_line_across_both_columns_between_them_is_not_cut() -> None:
    """A line across both columns between two stretches of them (a heading), with only word
    spaces where the right column starts, stays whole: each stretch is read on its own."""
    right = LEFT + 49 * WIDTH + 1.3 * SIZE
    chars: list[Char] = []
    for i in range(7):
        chars += _chars(LEFT, 130.0 + 12 * i, f"A{i} " + FULL[:46])
        chars += _chars(right, 136.0 + 12 * i, f"B{i} " + FULL[:46])
    chars += _chars(LEFT, 225.0, "Een tussenkop " + "over de volle breedte van de pagina " * 3)
    for i in range(7):
        chars += _chars(LEFT, 245.0 + 12 * i, f"C{i} " + FULL[:46])
        chars += _chars(right, 251.0 + 12 * i, f"D{i} " + FULL[:46])
    out = _texts(read_columns(_rows(chars)))
    assert [t[:2] for t in out] == [
        *(f"A{i}" for i in range(7)),
        *(f"B{i}" for i in range(7)),
        "Ee",
        *(f"C{i}" for i in range(7)),
        *(f"D{i}" for i in range(7)),
    ]
    assert out[14].startswith("Een tussenkop over de volle breedte")


def test_a_heading_under_the_left_column_comes_after_both() -> None:
    """A bold heading under the left column, below where the right one ends and not set
    apart by white space, right under a line that breaks off mid-sentence ("… zit Nederland
    bij" over "Toezeggingen", a box across the page): it opens what comes next, so it is read
    after the right column, whose text goes on from the left one's."""
    left = [f"L{i} " + FULL[:46] for i in range(8)] + ["L8 " + FULL[:38] + " zit bij"]
    chars: list[Char] = []
    for i, text in enumerate(left):
        chars += _chars(LEFT, 130.0 + 12 * i, text)
    for i in range(6):
        chars += _chars(RIGHT, 136.0 + 12 * i, f"R{i} " + FULL[:46])
    chars += [
        Char(c.text, c.x0, c.x1, c.top, c.bottom, c.size, "Helvetica-Bold")
        for c in _chars(LEFT, 242.0, "Toezeggingen")
    ]
    out = _texts(read_columns(_rows(chars)))
    assert out == [*left, *(f"R{i} " + FULL[:46] for i in range(6)), "Toezeggingen"]
    # Under a line that ends a sentence (or a list item), the bold line may follow it.
    ended = _chars(LEFT, 226.0, "L8 " + FULL[:38] + " klaar.")
    kept = [c for c in chars if not (221.0 <= c.bottom <= 227.0 and c.x0 < RIGHT)] + ended
    out = _texts(read_columns(_rows(kept)))
    assert out[8:10] == ["L8 " + FULL[:38] + " klaar.", "Toezeggingen"]


def test_columns_on_one_baseline_with_a_narrow_gutter_throughout_are_cut_there() -> None:
    """Two columns on one baseline grid with a gutter of 1.4 em, narrower than the gap that
    splits a line (Scribus's linked frames): every line runs on across the gutter.  The
    gutter lines up down the page, as no word space does: each line is cut there and the
    columns read one after the other."""
    right = LEFT + 49 * WIDTH + 1.4 * SIZE
    chars: list[Char] = []
    for i in range(10):
        # prose: lines going on in lower case, a sentence ending inside some of them
        left = f"l{i} loopt door. Een zin gaat verder " if i % 2 else f"l{i} "
        chars += _chars(LEFT, 130.0 + 12 * i, (left + FULL)[:49])
        chars += _chars(right, 130.0 + 12 * i, (f"r{i} loopt door. Een zin " + FULL)[:49])
    rows = _rows(chars)
    assert all(len(row) == 1 for row in rows)  # run together across the gutter
    out = _texts(read_columns(rows))
    assert [t[:2] for t in out] == [f"l{i}" for i in range(10)] + [f"r{i}" for i in range(10)]


def _words(x0: float, x1: float, bottom: float, words: list[str]) -> list[Char]:
    """*words* set justified from *x0* to *x1*: the space spread evenly between them."""
    width = sum(len(w) for w in words) * WIDTH
    space = (x1 - x0 - width) / (len(words) - 1)
    chars: list[Char] = []
    x = x0
    for w in words:
        chars += _chars(x, bottom, w)
        x += len(w) * WIDTH + space
    return chars


def test_a_justified_line_spread_wide_is_one_line_of_its_column() -> None:
    """A narrow justified column's line of a few long words, spread so wide that its spaces
    split it ("dat   België,   Duitsland,   Frankrijk,"), is put together again: it runs from
    the column's left edge to its right edge, its spaces are even, and no piece but the first
    starts where other lines start.  Beside the other column it is read in its column."""
    chars: list[Char] = []
    for i in range(9):
        bottom = 130.0 + 12 * i
        if i == 4:
            words = ["dat", "België,", "Duitsland,", "Frankrijk,"]
            chars += _words(LEFT, LEFT + 49 * WIDTH, bottom, words)
        else:
            chars += _chars(LEFT, bottom, (f"L{i} loopt door. Een zin gaat " + FULL)[:49])
        chars += _chars(RIGHT, bottom + 6, (f"R{i} loopt door. Een zin gaat " + FULL)[:49])
    rows = _rows(chars)
    assert len(rows[8]) == 4  # "dat", "België,", "Duitsland,", "Frankrijk," apart
    out = _texts(read_columns(rows))
    assert out[4] == "dat België, Duitsland, Frankrijk,"
    assert [t[:2] for t in out[:4]] == ["L0", "L1", "L2", "L3"]
    assert [t[:2] for t in out[9:]] == [f"R{i}" for i in range(9)]


def test_a_justified_line_whose_word_ends_where_short_lines_end_is_put_together() -> None:
    """A word of the spread line may end where a few short lines (a paragraph's last) end
    too: the line is still put together up to the column's right edge, not cut after it."""
    from reportdiff.extract._columns import _mend_justified

    chars: list[Char] = []
    for i in range(9):
        bottom = 130.0 + 12 * i
        if i == 4:
            # 28 glyphs and three spaces of 7 over 49: "België," ends at glyph 17
            words = ["dat", "België,", "Denemarken,", "Spanje,"]
            chars += _words(LEFT, LEFT + 49 * WIDTH, bottom, words)
        elif i in (1, 2, 6):
            chars += _chars(LEFT, bottom, f"L{i} kort einde.")  # 17 glyphs
        else:
            chars += _chars(LEFT, bottom, (f"L{i} loopt door. Een zin gaat " + FULL)[:49])
    rows = _rows(chars)
    assert len(rows[4]) == 4
    assert _texts(_mend_justified(rows))[4] == "dat België, Denemarken, Spanje,"


def test_columns_go_on_under_a_line_across_them() -> None:
    """Under a line across both columns, a few lines in the same two columns (too few to
    show columns on their own) are still read column by column, not across."""
    chars: list[Char] = []
    for i in range(8):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} loopt door. Een zin gaat " + FULL[:20])
        chars += _chars(RIGHT, 136.0 + 12 * i, f"R{i} loopt door. Een zin gaat " + FULL[:20])
    chars += _chars(
        LEFT, 240.0, "Een regel over beide kolommen heen, die veel breder is dan een kolom"
    )
    for i in range(8, 12):
        chars += _chars(LEFT, 252.0 + 12 * (i - 8), f"L{i} loopt door. Een zin gaat " + FULL[:20])
        chars += _chars(RIGHT, 252.0 + 12 * (i - 8), f"R{i} loopt door. Een zin gaat " + FULL[:20])
    out = _texts(read_columns(_rows(chars)))
    assert [t[:3].strip() for t in out] == [
        *(f"L{i}" for i in range(8)),
        *(f"R{i}" for i in range(8)),
        "Een",
        *(f"L{i}" for i in range(8, 12)),
        *(f"R{i}" for i in range(8, 12)),
    ]


def test_a_table_under_two_columns_is_not_taken_for_them() -> None:
    """Rows of cells under two columns, their first cells inside the left column: no
    continuation of the columns (a table's rows are in pieces), read across."""
    from reportdiff.extract._columns import _continued, _stretches

    chars: list[Char] = []
    for i in range(8):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} loopt door. Een zin gaat " + FULL[:20])
        chars += _chars(RIGHT, 136.0 + 12 * i, f"R{i} loopt door. Een zin gaat " + FULL[:20])
    chars += _chars(
        LEFT, 240.0, "Een regel over beide kolommen heen, die veel breder is dan een kolom"
    )
    for i in range(4):
        bottom = 252.0 + 12 * i
        chars += _chars(LEFT, bottom, "Luxemburg")
        chars += _chars(LEFT + 100, bottom, "2087")
        chars += _chars(LEFT + 160, bottom, "675")
        chars += _chars(RIGHT, bottom, "EUR")
        chars += _chars(RIGHT + 100, bottom, "1,5")
    rows = _rows(chars)
    gutter = RIGHT - 3
    stretches = _stretches(rows, gutter)
    assert len(stretches) == 2
    assert _continued(rows, gutter, stretches, stretches[:1]) == stretches[:1]


def test_cells_apart_are_not_put_together() -> None:
    """A table's row whose cells reach from edge to edge stays in cells: a figure opens a
    cell, and a cell that starts where the other rows' cells start is one."""
    from reportdiff.extract._columns import _mend_justified

    chars: list[Char] = []
    for i in range(8):
        chars += _words(LEFT, LEFT + 49 * WIDTH, 130.0 + 12 * i, ["België", f"{i},5", "mld"])
    rows = _rows(chars)
    assert _mend_justified(rows) == rows


def test_a_box_beside_a_column_is_read_on_its_own() -> None:
    """A tinted box of key figures beside a column of prose, their lines on one baseline
    ("ligt er inmiddels vast?" beside "vorig jaar: € 7,02 mld"): the box stands where no
    other text reaches, so its lines are read after the page's text; a box of its own (no
    text beside it) or the page's ground changes nothing."""
    from reportdiff.extract._types import BBox

    chars: list[Char] = []
    for i in range(6):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} loopt door met de zin")
        chars += _chars(RIGHT + 80, 130.0 + 12 * i, f"B{i} 2181: € 7,{i} mld")
    chars += _chars(LEFT, 220.0, "Na het kader gaat de tekst verder.")
    rows = _rows(chars)
    box = BBox(RIGHT + 70, 110.0, RIGHT + 250, 205.0)
    out = _texts(read_columns(rows, boxes=(box,)))
    assert [t[:2] for t in out] == [f"L{i}" for i in range(6)] + ["Na"] + [
        f"B{i}" for i in range(6)
    ]
    ground = BBox(0.0, 0.0, 595.0, 842.0)
    assert read_columns(rows, boxes=(ground,)) == read_columns(rows)


def test_a_comment_framed_in_the_margin_comes_after_the_pages_text() -> None:
    """A reviewer's comment in a frame in the right margin, beside one line of a paragraph
    ("… verdiepte zich" | "BS/DAB [2]: check met DGB" | "verder."), is read after the page's
    text, not between two lines of a sentence; a box inside a line (a redaction, text on
    both sides of it) is left where it is."""
    from reportdiff.extract._types import BBox

    chars: list[Char] = []
    for i in range(4):
        chars += _chars(LEFT, 130.0 + 12 * i, f"regel {i} van de alinea die doorloopt")
    chars += _chars(RIGHT + 60, 154.0, "BS/DAB [2]: check met DGB")
    rows = _rows(chars)
    frame = BBox(RIGHT + 55, 143.0, RIGHT + 200, 157.0)
    out = _texts(read_columns(rows, boxes=(frame,)))
    assert out == [
        "regel 0 van de alinea die doorloopt",
        "regel 1 van de alinea die doorloopt",
        "regel 2 van de alinea die doorloopt",
        "regel 3 van de alinea die doorloopt",
        "BS/DAB [2]: check met DGB",
    ]
    line = _chars(LEFT, 200.0, "een bedrag van") + _chars(LEFT + 100, 200.0, "5.1.2i")
    line += _chars(LEFT + 140, 200.0, "is niet openbaar")
    rows = _rows(line)
    redaction = BBox(LEFT + 98, 190.0, LEFT + 130, 202.0)
    assert read_columns(rows, boxes=(redaction,)) == read_columns(rows)


def test_a_page_of_many_boxes_is_read_across() -> None:
    """More than 40 boxes on a page are a table's grid or a drawing: none is read apart."""
    from reportdiff.extract._types import BBox

    chars: list[Char] = []
    for i in range(6):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} loopt door met de zin")
        chars += _chars(RIGHT + 80, 130.0 + 12 * i, f"B{i} 2181: € 7,{i} mld")
    rows = _rows(chars)
    boxes = tuple(
        BBox(RIGHT + 70, 110.0 + i * 100, RIGHT + 250, 205.0 + i * 100) for i in range(41)
    )
    assert read_columns(rows, boxes=boxes) == read_columns(rows)


def test_a_page_that_would_be_weighed_too_long_is_read_across(monkeypatch: Any) -> None:
    """Every gutter weighed counts against the page's budget (a mutated page of hundreds of
    scattered runs once took seven seconds); past it, the lines are read across, as a page
    with no columns is."""
    import reportdiff.extract._columns as columns

    chars: list[Char] = []
    for i in range(8):
        chars += _chars(LEFT, 130.0 + 12 * i, f"L{i} " + FULL[:46])
        chars += _chars(RIGHT, 136.0 + 12 * i, f"R{i} " + FULL[:46])
    rows = _rows(chars)
    assert [t[:2] for t in _texts(read_columns(rows))][:2] == ["L0", "L1"]
    monkeypatch.setattr(columns, "_MAX_WEIGHED", 0)
    assert read_columns(rows) == rows
