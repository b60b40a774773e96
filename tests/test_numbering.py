"""Line numbers printed in the left margin are not read as words of the text; numbers that do
not count lines (a chronology's years, a list's numbers) are.  A page whose numbers count
unevenly is read without them only where another page counts evenly in the same column."""

from __future__ import annotations

from reportdiff.extract import PagesRead, assemble_pdf, read_page
from reportdiff.extract._lines import segments
from reportdiff.extract._numbering import NumberColumn, margin_numbers, numbering, same_numbering
from reportdiff.extract._pdf import Char, RawPage

WIDTH, HEIGHT = 595.0, 842.0
SIZE = 10.6
PITCH = 10.55
TEXT_X = 60.1
MONO = SIZE * 0.6  # a fixed-width font's advance


def _run(text: str, x: float, bottom: float, size: float = SIZE) -> list[Char]:
    w = size * 0.6
    return [
        Char(ch, x + i * w, x + (i + 1) * w, bottom - size, bottom, size, "Courier")
        for i, ch in enumerate(text)
        if ch != " "
    ]


def _number(n: int, bottom: float, size: float = 6.3, middle: float = 44.25) -> list[Char]:
    """A line number as a2ps prints it: small, centred on a column left of the text."""
    text = str(n)
    w = size * 0.6
    return _run(text, middle - len(text) * w / 2, bottom, size)


LINES = [
    "Terugblik. Vorig jaar noteerden we voor Luxemburg over 2006 circa EUR",
    "752 miljoen. Actueel cijfer: verderop.",
    "Frankrijk reserveerde EUR",
    "60,5 miljard, defensiejaar 2007 (1,3% bbp).",
    "Kopij, tips? Mail gerust; volgend nummer verschijnt over twaalf",
    "maanden. Veel leesplezier!",
    "BILATERAAL | strategisch",
    "Canada: bijgepraat",
    "Helikopterbemanningen leren bij Canadese instructeurs.",
    "Geldzaken: zie cijferkader.",
    "Digitale verdediging oefenen we in Tallinn.",
    "Italiaanse plus Nederlandse fregatten patrouilleren.",
    "Akkoord-in-de-maak? Nauwelijks.",
    "Met Italië verkennen ambtenaren een gedeeld oefendorp.",
    "Op papier: niets.",
    "Slotwoord van de redactie.",
]


def _page(numbered: dict[int, int], first_line: int = 0) -> RawPage:
    """The page of LINES, with the numbers *numbered* (line index → number) beside them."""
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * (first_line + i)
        chars += _run(text, TEXT_X, bottom)
        if i in numbered:
            chars += _number(numbered[i], bottom)
    return RawPage(1, WIDTH, HEIGHT, tuple(chars), ())


def _texts(raw: RawPage) -> list[str]:
    return [ln.text for ln in read_page(raw).lines]


def test_a2ps_numbers_every_fifth_line_are_left_out() -> None:
    # numbers 75, 80, 85 on every fifth line, 100 and more centred on the same column
    raw = _page({0: 75, 5: 80, 10: 85, 15: 90})
    texts = _texts(raw)
    assert texts[0].startswith("Terugblik. Vorig jaar")
    assert "maanden. Veel leesplezier!" in texts
    assert "Op papier: niets." in texts
    assert not any(t[:1].isdigit() and t.split()[0] in {"75", "80", "85", "90"} for t in texts)


def test_three_digit_numbers_centred_on_the_column_are_one_column() -> None:
    raw = _page({0: 95, 5: 100, 10: 105, 15: 110})
    assert len(margin_numbers(segments(raw.chars))) == 2 + 3 + 3 + 3


def test_every_line_numbered_in_the_texts_own_size() -> None:
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * i
        chars += _run(text, TEXT_X, bottom)
        n = str(i + 1)
        chars += _run(n, 48.0 - len(n) * MONO, bottom)  # right-aligned at x 48
    texts = _texts(RawPage(1, WIDTH, HEIGHT, tuple(chars), ()))
    assert texts[1] == "752 miljoen. Actueel cijfer: verderop."
    assert texts[3] == "60,5 miljard, defensiejaar 2007 (1,3% bbp)."


def test_years_hanging_in_the_margin_are_text() -> None:
    # A chronology: each year before an entry of its own length; the years do not count lines.
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        chars += _run(text, TEXT_X, 100.0 + PITCH * i)
    for line, year in ((0, 2019), (2, 2020), (7, 2021), (8, 2022)):
        chars += _run(str(year), 20.0, 100.0 + PITCH * line)
    raw = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert margin_numbers(segments(raw.chars)) == set()


def test_numbers_at_the_texts_own_edge_are_text() -> None:
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        chars += _run(f"{i + 1} {text}" if i % 5 == 0 else text, TEXT_X, 100.0 + PITCH * i)
    raw = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert margin_numbers(segments(raw.chars)) == set()
    assert _texts(raw)[0].startswith("1 Terugblik.")


def test_two_numbers_say_too_little() -> None:
    raw = _page({0: 5, 5: 10})
    assert margin_numbers(segments(raw.chars)) == set()


def test_numbers_that_do_not_rise_are_no_line_numbers() -> None:
    raw = _page({0: 15, 5: 10, 10: 5})
    assert margin_numbers(segments(raw.chars)) == set()


def test_numbers_in_the_right_margin_are_left_out() -> None:
    # lineno's \rightlinenumbers: every line, right of a justified column's edge.
    chars: list[Char] = []
    right = TEXT_X + MONO * max(len(t) for t in LINES)
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * i
        chars += _run(text, TEXT_X, bottom)
        chars += _run(str(i + 1), right + 12.0, bottom, 7.0)
    raw = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert _texts(raw)[1] == "752 miljoen. Actueel cijfer: verderop."
    assert _texts(raw)[-1] == "Slotwoord van de redactie."


def test_a_line_numbered_right_before_a_figure() -> None:
    # "6" in the margin, then the line's text opens on "1,34 miljard": two numbers, apart.
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * i
        chars += _run("1,34 miljard euro." if i == 5 else text, TEXT_X, bottom)
        chars += _run(str(i + 1), 48.0 - len(str(i + 1)) * MONO, bottom)
    assert _texts(RawPage(1, WIDTH, HEIGHT, tuple(chars), ()))[5] == "1,34 miljard euro."


def test_a_number_that_breaks_the_count_stays_and_the_rest_go() -> None:
    # Two lines' numbers read on one baseline ("1165") break the count; the others still
    # count the lines.
    numbered = {i: i + 1 for i in range(len(LINES))}
    numbered[7] = 1165
    raw = _page(numbered)
    gone = margin_numbers(segments(raw.chars))
    assert len(gone) == sum(len(str(n)) for i, n in numbered.items() if i != 7)


def test_footnote_marks_hanging_in_the_margin_are_text() -> None:
    """A page's footnotes, their marks small, raised and hanging left of the notes' text, one
    note a line: the marks rise by one at the line pitch, as line numbers would, but stand
    above their line's baseline (LaTeX's footnote marks)."""
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * i
        chars += _run(text, TEXT_X, bottom)
        chars += _run(str(13 + i), 46.0, bottom - 4.0, 6.0)  # raised by 4 points
    raw = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert margin_numbers(segments(raw.chars)) == set()


def test_a_number_set_between_two_rows_is_still_a_line_number() -> None:
    """lineno numbers a table as one line, its number midway down the table: a little above
    the next row's baseline, no superscript."""
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * i
        chars += _run(text, TEXT_X, bottom)
        chars += _run(str(i + 1), 46.0, bottom - (2.0 if i == 4 else 0.0), 6.0)
    raw = RawPage(1, WIDTH, HEIGHT, tuple(chars), ())
    assert len(margin_numbers(segments(raw.chars))) == sum(
        len(str(i + 1)) for i in range(len(LINES))
    )


def _uneven_page(number: int, rows: dict[int, int]) -> RawPage:
    """Page *number* of LINES with the numbers *rows* (line index → number) beside them, and
    the gaps between them too uneven to show a count by themselves."""
    chars: list[Char] = []
    for i, text in enumerate(LINES):
        bottom = 100.0 + PITCH * i
        chars += _run(text, TEXT_X, bottom)
        if i in rows:
            chars += _run(str(rows[i]), 46.0, bottom, 6.0)
    return RawPage(number, WIDTH, HEIGHT, tuple(chars), ())


def test_an_uneven_count_is_offered_not_taken() -> None:
    # 1, 2, 3 beside lines 0, 1 and 9: they count, but one step is nine lines high.
    raw = _uneven_page(1, {0: 1, 1: 2, 9: 3})
    found = numbering(segments(raw.chars))
    assert not found.even
    assert len(found.ids) == 3
    assert margin_numbers(segments(raw.chars)) == set()
    assert _texts(raw)[0].startswith("1 Terugblik.")


def test_the_same_column_is_one_numbering() -> None:
    a = NumberColumn(right=False, x0=46.0, x1=49.6, size=6.0)
    assert same_numbering(a, NumberColumn(right=False, x0=42.4, x1=49.6, size=6.0))
    assert not same_numbering(a, NumberColumn(right=True, x0=46.0, x1=49.6, size=6.0))
    assert not same_numbering(a, NumberColumn(right=False, x0=46.0, x1=49.6, size=10.0))
    assert not same_numbering(a, NumberColumn(right=False, x0=30.0, x1=33.6, size=6.0))


def _document(*pages: RawPage) -> list[str]:
    doc = assemble_pdf([PagesRead("numbered.pdf", tuple(read_page(p) for p in pages))])
    return [b.text for b in doc.blocks]


def test_an_uneven_count_is_taken_where_another_page_counts_evenly_in_its_column() -> None:
    """lineno numbers an annex's table as one line: on that page the numbers stand far apart,
    and one alone; they are the numbering the other pages show in the same column."""
    even = _uneven_page(1, {i: i + 1 for i in range(len(LINES))})
    uneven = _uneven_page(2, {0: 17, 1: 18, 9: 19})
    alone = _uneven_page(3, {4: 20})
    words = " ".join(_document(even, uneven, alone)).split()
    assert not {"17", "18", "19", "20"} & set(words)
    assert words.count("Terugblik.") == 3
    assert [words[i - 1] for i, w in enumerate(words) if w == "Kopij,"] == ["bbp)."] * 3


def test_an_uneven_count_alone_in_its_document_is_text() -> None:
    # No page counts evenly: the numbers are the text's (a list's, a chronology's).
    text = " ".join(_document(_uneven_page(1, {0: 1, 1: 2, 9: 3}), _uneven_page(2, {4: 4})))
    assert "1 Terugblik." in text and "4 Kopij" in text
