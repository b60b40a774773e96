"""Tests for reportdiff.parse.numbers (money and percentages in Dutch text), with the vocabulary
of reportdiff.vocab.currencies; the date and citation round trips that predate the split still
live here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import assume, given, settings, strategies as st

from reportdiff.dates import MONTHS, find_month, parse_dutch_date
from reportdiff.parse.numbers import (
    MAX_AMOUNT,
    find_money,
    find_percentages,
    find_years,
    number_word,
    parse_number,
)
from reportdiff.parse.references import parse_citations
from reportdiff.vocab.currencies import (
    AMBIGUOUS_CURRENCY_WORDS,
    APPROX_QUALIFIERS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    SCALES,
)

MONTH_NAMES = {v: k for k, v in MONTHS.items()}
SPACES = [" ", "\u00a0", "\u202f"]


def _money(text: str) -> list[tuple[str, str]]:
    """(amount, currency) of every unflagged amount in *text*."""
    return [(str(m.amount), m.currency) for m in find_money(text) if not m.ambiguous]


class TestNumbers:
    """parse_number reads Dutch numbers with Babel's nl_NL rules."""

    def test_examples(self) -> None:
        """Grouping and decimal separators are the nl_NL locale's."""
        assert parse_number("4,76") == Decimal("4.76")
        assert parse_number("1.000,5") == Decimal("1000.5")
        assert parse_number("1,000.5") is None
        assert [m.amount for m in find_money("€ 4,76 miljard en 46 miljard pond")] == [
            Decimal("4760000000"),
            Decimal("46000000000"),
        ]
        assert [p.value for p in find_percentages("(1,57% BBP) en 2 procent")] == [
            Decimal("1.57"),
            Decimal("2"),
        ]

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=200))
    def test_never_raise(self, text: str) -> None:
        """Arbitrary text never makes a parser raise."""
        find_money(text)
        find_percentages(text)
        parse_dutch_date(text)
        find_month(text)
        parse_citations(text)

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "1",
                    "0",
                    "9",
                    " ",
                    "\u00a0",
                    ".",
                    ",",
                    "-",
                    "–",
                    "€",
                    "EUR",
                    " miljard",
                    " bln",
                    " euro",
                    " kronen",
                    "2021",
                    "/",
                    "%",
                    "tussen ",
                    " en ",
                    "ca. ",
                ]
            ),
            max_size=60,
        )
    )
    def test_never_raise_on_number_soup(self, parts: list[str]) -> None:
        """Text made of number pieces never raises, and every amount is within bounds."""
        text = "".join(parts)
        for m in find_money(text):
            assert 0 <= m.amount <= MAX_AMOUNT
            assert text[m.start : m.end] == m.text
        find_percentages(text)

    @settings(max_examples=200, deadline=None)
    @given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
    def test_money_round_trip(self, value: Decimal) -> None:
        """A formatted Dutch amount parses back to the same value."""
        text = f"€ {format_decimal(value, locale='nl_NL', format='#,##0.00')} miljard"
        (m,) = find_money(text)
        assert m.amount == value * 10**9 and m.currency == "EUR"

    @settings(max_examples=200, deadline=None)
    @given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
    def test_percent_round_trip(self, value: Decimal) -> None:
        """A formatted share parses back."""
        text = f"({format_decimal(value, locale='nl_NL', format='0.00')}% BBP)"
        assert [p.value for p in find_percentages(text)] == [value]


class TestKnownBugs:
    """Amounts that earlier versions missed or read wrongly."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("in 2021 EUR 45 bn", [("45000000000", "EUR")]),
            ("2021 € 45 miljard", [("45000000000", "EUR")]),
            ("Het budget 2021: 45 miljard euro", [("45000000000", "EUR")]),
            ("45 000 miljoen euro", [("45000000000", "EUR")]),
            ("EUR 12,3 mrd.", [("12300000000", "EUR")]),
            ("USD 700 miljard", [("700000000000", "USD")]),
            ("NOK 80,2 miljard", [("80200000000", "NOK")]),
            ("Het bedroeg 732 miljard US\ndollar.", [("732000000000", "USD")]),
        ],
        ids=[
            "year-then-code",
            "year-then-symbol",
            "year-colon",
            "space-grouped",
            "code-mrd",
            "code-usd",
            "code-nok",
            "line-break-in-currency",
        ],
    )
    def test_read(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Each is read as one amount of the right value."""
        assert _money(text) == expected

    def test_huge_amount_never_raises(self) -> None:
        """10**28 miljard used to raise from Decimal.quantize; it is dropped."""
        assert find_money(f"€ {10**28} miljard") == []
        assert find_money(f"€ {'9' * 39},{'9' * 30} biljoen") == []
        assert find_money("€ " + "1" * 5000 + " miljard") == []

    def test_cap_is_inclusive(self) -> None:
        """10**15 units is the largest amount kept."""
        assert _money("1.000.000 miljard euro") == [("1000000000000000", "EUR")]
        assert _money("1.000.001 miljard euro") == []

    def test_many_amounts_in_one_sentence(self) -> None:
        """8,000 amounts in one sentence are all found (one pass, no rescans)."""
        text = "Het defensiebudget bedroeg " + ", ".join(
            f"in {2000 + i % 100} € {i},5 miljard" for i in range(8000)
        )
        found = find_money(text)
        assert len(found) == 8000
        assert found[-1].amount == Decimal("7999500000000")


class TestForms:
    """Every written form of an amount gives its value and currency."""

    @pytest.mark.parametrize(
        ("text", "amount", "currency"),
        [
            ("€45 miljard", "45000000000", "EUR"),
            ("€ 45 mrd.", "45000000000", "EUR"),
            ("45 mrd. euro", "45000000000", "EUR"),
            ("EUR 45 bn", "45000000000", "EUR"),
            ("45 miljard euro", "45000000000", "EUR"),
            ("45 miljard US dollar", "45000000000", "USD"),
            ("45 miljard Amerikaanse dollar", "45000000000", "USD"),
            ("US$ 45 mld", "45000000000", "USD"),
            ("$ 10 miljard", "10000000000", "USD"),
            ("£ 46 miljard", "46000000000", "GBP"),
            ("46 miljard pond sterling", "46000000000", "GBP"),
            ("46 miljard Britse pond", "46000000000", "GBP"),
            ("61,5 miljard Brits pond", "61500000000", "GBP"),  # "het pond": uninflected
            ("GBP 46 mln.", "46000000", "GBP"),
            ("90 miljard Noorse kronen", "90000000000", "NOK"),
            ("3 miljard Zweedse kroon", "3000000000", "SEK"),
            ("DKK 48,2 mld.", "48200000000", "DKK"),
            ("60 miljard złoty", "60000000000", "PLN"),
            ("PLN 60 mrd.", "60000000000", "PLN"),
            ("JPY 8.461 miljard", "8461000000000", "JPY"),
            ("8 461 miljard yen", "8461000000000", "JPY"),
            ("CHF 5 mln", "5000000", "CHF"),
            ("CAD 41,2 miljard", "41200000000", "CAD"),
            ("41,2 miljard Canadese dollar", "41200000000", "CAD"),
            ("AUD 3,8 miljard", "3800000000", "AUD"),
            ("45 duizend euro", "45000", "EUR"),
            ("€ 2,5 biljoen", "2500000000000", "EUR"),
            ("1.132.900 miljoen Amerikaanse dollar", "1132900000000", "USD"),
            ("1 283 000 miljoen Amerikaanse dollar", "1283000000000", "USD"),
            ("45\u00a0000 miljoen euro", "45000000000", "EUR"),
            ("45\u202f000 miljoen euro", "45000000000", "EUR"),
            ("USD 1 341,4 mrd.", "1341400000000", "USD"),
            ("€ 0,045 miljard", "45000000", "EUR"),
            ("€ 12,50", "12.5", "EUR"),
            ("€ 1.5 miljard", "1500000000", "EUR"),
            ("1,000,000 euro", "1000000", "EUR"),
            ("€ 2000 miljoen", "2000000000", "EUR"),
        ],
    )
    def test_form(self, text: str, amount: str, currency: str) -> None:
        """The amount is a plain integer Decimal when integral, exact otherwise."""
        (m,) = find_money(f"Het budget bedroeg {text} in totaal.")
        assert (str(m.amount), m.currency, m.ambiguous) == (amount, currency, False)
        assert m.text == text

    @pytest.mark.parametrize(
        "text",
        [
            "€ 2021",
            "in 2021 en 2022",
            "45 miljard",
            "3 miljard kronen",
            "3 miljard kroon",
            "een stijging van 4,8 miljard ten opzichte van 2020/2021",
            "−4,8 miljard euro",
            "De F35 euro",
            "2021/2022",
            "2021-2022 EUR",
        ],
    )
    def test_no_amount(self, text: str) -> None:
        """Years, amounts without (or with an unknown) currency, and negatives give nothing."""
        assert find_money(text) == []

    def test_fiscal_years(self) -> None:
        """The halves of a fiscal year never take a currency from the amount after them."""
        assert _money("In 2021/2022 EUR 45 bn") == [("45000000000", "EUR")]
        assert _money("In 2021/22 EUR 45 bn") == [("45000000000", "EUR")]
        assert _money("In 2021-22 EUR 45 bn") == [("45000000000", "EUR")]
        assert _money("begrotingsjaar 2021–2022 GBP 46 miljard") == [("46000000000", "GBP")]

    def test_year_then_space_grouped(self) -> None:
        """A four-digit first group is no space grouping: a year and then the amount."""
        assert _money("in 2021 450 miljoen euro") == [("450000000", "EUR")]
        assert _money("in 2021 45 000 miljoen euro") == [("45000000000", "EUR")]

    def test_code_between_amounts(self) -> None:
        """A code between two numbers is the currency of the one before it."""
        assert _money("45 miljard EUR 46 miljard USD") == [
            ("45000000000", "EUR"),
            ("46000000000", "USD"),
        ]
        assert _money("45 miljard EUR 46 miljard") == [("45000000000", "EUR")]

    def test_span(self) -> None:
        """The span is the amount as written, its qualifier excluded."""
        text = "Het defensiebudget bedroeg in 2020 circa € 4,76 miljard, ofwel 1,1% van het BBP."
        (m,) = find_money(text)
        start = text.index("€")
        assert (m.start, m.end, m.text) == (start, start + 14, "€ 4,76 miljard")


class TestUnitInBrackets:
    """A figure after its unit in brackets, as key-figure boxes and flattened tables set it."""

    @pytest.mark.parametrize(
        ("text", "amount", "currency", "written"),
        [
            ("bedrag (mld. GBP) 66,9 aandeel bbp 2,87%", "66900000000", "GBP", "(mld. GBP) 66,9"),
            ("bedrag (x EUR 1 mln) 6.440 aandeel", "6440000000", "EUR", "(x EUR 1 mln) 6.440"),
            ("bedrag (x € 1 mln) 2.410", "2410000000", "EUR", "(x € 1 mln) 2.410"),
            ("bedrag (in miljarden US-dollar) 927", "927000000000", "USD", None),
            ("Uitgaven (x 1.000 euro) 850", "850000", "EUR", "(x 1.000 euro) 850"),
        ],
    )
    def test_read(self, text: str, amount: str, currency: str, written: str | None) -> None:
        """One amount: the figure times the bracket's scale, in its currency; the bracket's
        multiplier ("EUR 1 mln") is no amount of its own."""
        (m,) = find_money(text)
        assert (str(m.amount), m.currency, m.ambiguous) == (amount, currency, False)
        assert m.text == (written or m.text) and m.text.startswith("(")

    @pytest.mark.parametrize(
        "text",
        [
            "De begroting (circa 1,1% BBP) 2021 was hoger",  # a share, not a unit
            "bedrag (EUR) 45",  # no scale
            "bedrag (mld.) 45",  # no currency
            "bedrag (mld. EUR of USD) 45",  # two currencies
            "de landen (EU en NAVO) 45 keer",
            "bedrag (miljard kronen) 45",  # a currency word of several countries
        ],
    )
    def test_not_a_unit(self, text: str) -> None:
        """A bracket that does not state one scale and one currency makes no amount."""
        assert find_money(text) == []

    def test_figure_grouped_by_spaces(self) -> None:
        """ "63 900" after the unit is one figure when a word follows; before another figure
        the digits after the space may be the next cell's, and no figure is read at all (not
        a silently wrong 63)."""
        (m,) = find_money("bedrag (x € 1 mln) 63\u202f900 aandeel bbp 2,52%")
        assert (m.amount, m.currency) == (Decimal("63900000000"), "EUR")
        read = [m.amount for m in find_money("bedrag (x € 1 mln) 63 900 2,52%")]
        assert Decimal("63000000") not in read and Decimal("63900000000") not in read

    def test_amount_of_its_own_stays(self) -> None:
        """A figure written with its own currency beside such a bracket is read as before."""
        got = [(str(m.amount), m.text) for m in find_money("België (€ 4,76 miljard) 2020")]
        assert got == [("4760000000", "€ 4,76 miljard")]


class TestVocabulary:
    """Every entry of reportdiff.vocab.currencies is read."""

    @pytest.mark.parametrize(("word", "iso"), sorted(CURRENCY_WORDS.items()))
    def test_word_after(self, word: str, iso: str) -> None:
        """A currency word after the number."""
        assert _money(f"12,5 miljoen {word}") == [("12500000", iso)]

    @pytest.mark.parametrize(("code", "iso"), sorted(CURRENCY_CODES.items()))
    def test_code_both_sides(self, code: str, iso: str) -> None:
        """An ISO code before or after the number."""
        assert _money(f"{code} 12,5 mln") == [("12500000", iso)]
        assert _money(f"12,5 mln {code}") == [("12500000", iso)]

    @pytest.mark.parametrize(("symbol", "iso"), sorted(CURRENCY_SYMBOLS.items()))
    def test_symbol_before(self, symbol: str, iso: str) -> None:
        """A symbol before the number, with or without a space."""
        assert _money(f"{symbol}12,5 mln") == [("12500000", iso)]
        assert _money(f"{symbol} 12,5 mln") == [("12500000", iso)]

    @pytest.mark.parametrize(("scale", "factor"), sorted(SCALES.items()))
    def test_scale(self, scale: str, factor: Decimal) -> None:
        """A scale word multiplies."""
        assert _money(f"€ 3 {scale}") == [(str(3 * factor), "EUR")]

    @pytest.mark.parametrize("word", sorted(AMBIGUOUS_CURRENCY_WORDS))
    def test_ambiguous_currency(self, word: str) -> None:
        """A currency word that does not say which currency gives no amount."""
        assert find_money(f"3 miljard {word}") == []

    def test_scales_bn_and_biljoen(self) -> None:
        """bn is the English billion (10**9); biljoen the Dutch 10**12; bln is ambiguous."""
        assert _money("EUR 45 bn") == [("45000000000", "EUR")]
        assert _money("EUR 45 biljoen") == [("45000000000000", "EUR")]
        (m,) = find_money("EUR 45 bln")
        assert m.ambiguous
        assert (m.amount, m.alternatives) == (Decimal(45 * 10**12), (Decimal(45 * 10**9),))


class TestQualifiers:
    """circa, ruim, bijna, … make an amount approximate."""

    @pytest.mark.parametrize("word", APPROX_QUALIFIERS)
    def test_before_number_and_symbol(self, word: str) -> None:
        """Before the number or before the currency symbol."""
        (m,) = find_money(f"bedroeg {word} 45 miljard euro")
        assert (m.approx, m.qualifier, m.amount) == (True, word, Decimal(45 * 10**9))
        (m,) = find_money(f"bedroeg {word} € 45 miljard")
        assert (m.approx, m.qualifier, m.text) == (True, word, "€ 45 miljard")

    def test_not_approximate(self) -> None:
        """Without a qualifier right before it an amount is exact."""
        (m,) = find_money("circa het dubbele: € 45 miljard")
        assert (m.approx, m.qualifier) == (False, None)

    def test_capitalised(self) -> None:
        """At the start of a sentence."""
        (m,) = find_money("Ruim € 45 miljard.")
        assert (m.approx, m.qualifier) == (True, "Ruim")


class TestAmbiguity:
    """A number Dutch and English read differently is flagged, never guessed."""

    def test_comma_three_digits(self) -> None:
        """'1,000 miljard': Dutch 1,000 = 1; an English writer meant 1000."""
        (m,) = find_money("1,000 miljard euro")
        assert m.ambiguous
        assert m.amount == Decimal(10**9) and m.alternatives == (Decimal(10**12),)

    @pytest.mark.parametrize(
        ("text", "amount"),
        [
            ("€ 1.000 miljoen", "1000000000"),
            ("€ 0,500 miljard", "500000000"),
            ("€ 1000,500 miljoen", "1000500000"),
            ("€ 1.000,500 miljoen", "1000500000"),
            ("€ 4,75 miljard", "4750000000"),
        ],
    )
    def test_not_ambiguous(self, text: str, amount: str) -> None:
        """A dot and three digits is Dutch grouping; no English grouping fits the others."""
        assert _money(text) == [(amount, "EUR")]

    def test_percentage(self) -> None:
        """'1,000%' is flagged too."""
        (p,) = find_percentages("1,000%")
        assert p.ambiguous


class TestRanges:
    """Both ends of a range get its scale and currency."""

    @pytest.mark.parametrize(
        "text",
        [
            "tussen 40 en 45 miljard euro",
            "40–45 miljard euro",
            "40-45 miljard euro",
            "€ 40–45 miljard",
            "€ 40 – 45 miljard",
            "van 40 tot 45 miljard euro",
            "40 à 45 miljard euro",
            "EUR 40 tot EUR 45 mrd.",
        ],
    )
    def test_range(self, text: str) -> None:
        """Never 40 euro: both ends are in billions of euro."""
        low, high = find_money(f"Het budget ligt {text} in 2025.")
        assert (low.amount, low.currency, low.range_part) == (Decimal(40 * 10**9), "EUR", "low")
        assert (high.amount, high.currency, high.range_part) == (Decimal(45 * 10**9), "EUR", "high")
        assert not low.ambiguous and not high.ambiguous

    def test_mixed_scales(self) -> None:
        """Each end keeps the scale it writes."""
        low, high = find_money("tussen 800 miljoen en 1,2 miljard euro")
        assert (low.amount, high.amount) == (Decimal(8 * 10**8), Decimal(12 * 10**8))

    def test_inverted(self) -> None:
        """A low end above the high end is flagged."""
        low, high = find_money("tussen 500 en 1,2 miljard euro")
        assert low.ambiguous and high.ambiguous

    def test_approx(self) -> None:
        """A qualifier before the range qualifies both ends."""
        low, high = find_money("circa 40–45 miljard euro")
        assert low.approx and high.approx

    def test_lists(self) -> None:
        """A list shares the scale and currency written after its last item."""
        assert _money("40, 45 en 50 miljard euro") == [
            ("40000000000", "EUR"),
            ("45000000000", "EUR"),
            ("50000000000", "EUR"),
        ]
        # The € before the first item is not shared forwards in a list, but the scale is.
        assert _money("€ 40, 45 en 50 miljard") == [("40000000000", "EUR")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("3, 45 miljard euro", [("45000000000", "EUR")]),
            ("45 miljard euro, 12 landen", [("45000000000", "EUR")]),
            ("45 miljard euro en 3 miljard", [("45000000000", "EUR")]),
            ("2 en 45 miljard kronen", []),
        ],
    )
    def test_nothing_flows_wrongly(self, text: str, expected: list[tuple[str, str]]) -> None:
        """A bare comma, a closed amount, or an unknown currency passes nothing on."""
        assert _money(text) == expected


class TestPercentages:
    """Shares of GDP in every written form."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("1,57%", "1.57"),
            ("1,57 %", "1.57"),
            ("1,57\u00a0%", "1.57"),
            ("1,57 procent", "1.57"),
            ("1.57%", "1.57"),
            ("2.5 procent", "2.5"),
            ("anderhalf procent", "1.5"),
            ("100%", "100"),
        ],
    )
    def test_form(self, text: str, value: str) -> None:
        """Dutch decimal comma, or a dot followed by one or two digits."""
        (p,) = find_percentages(f"ofwel {text} van het bbp")
        assert p.value == Decimal(value) and not p.ambiguous

    @pytest.mark.parametrize(
        ("text", "value"),
        [("bbp-percentage 2,99", "2.99"), ("bbppercentage: 2,5", "2.5"), ("percentage 3", "3")],
    )
    def test_named_by_the_word_percentage(self, text: str, value: str) -> None:
        """A number right after the word "percentage" is one, with no sign of its own."""
        (p,) = find_percentages(f"(uitgaven: 9 mld. EUR; {text})")
        assert p.value == Decimal(value)

    def test_not_percentages(self) -> None:
        """'procentpunt' is a difference, not a share; a bare number after other words is
        no percentage."""
        assert find_percentages("een stijging van 2 procentpunt") == []
        assert find_percentages("het percentage van 2099 en 3,5 miljard") == []


# -- property tests: render an amount as a writer would, read it back exactly ------------------

BEFORE = [(s, iso) for s, iso in CURRENCY_SYMBOLS.items()] + list(CURRENCY_CODES.items())
AFTER = list(CURRENCY_WORDS.items()) + list(CURRENCY_CODES.items())
PREFIXES = [
    "Het defensiebudget bedroeg in {y} ",
    "In {y} ",
    "Het budget {y}: ",
    "In begrotingsjaar {y}/{z} ",
    "In {y}-{zz} ",
    "{y} ",
    "Het Duitse defensiebudget kwam in {y} neer op ",
]
SUFFIXES = ["", ".", " (1,57% BBP).", " in {z}.", ", ofwel 2 procent van het bbp.", " per jaar"]


@dataclass(frozen=True)
class Written:
    text: str
    amount: Decimal
    currency: str
    approx: bool


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


@st.composite
def numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as a Dutch (or English-decimal) writer renders it unambiguously, and its value."""
    whole = draw(st.integers(0, 10**7))
    frac = draw(st.sampled_from(["", "", "5", "25", "05", "1234"]))
    style = draw(st.sampled_from(["plain", "dot", "space", "english-decimal"]))
    digits = str(whole)
    if style == "dot":
        text = _group(digits, ".") + (f",{frac}" if frac else "")
    elif style == "space":
        text = _group(digits, draw(st.sampled_from(SPACES))) + (f",{frac}" if frac else "")
    elif style == "english-decimal":
        # A dot followed by one or two digits cannot be Dutch grouping.
        frac = draw(st.sampled_from(["5", "25", "05"]))
        text = f"{digits}.{frac}"
    else:
        text = digits + (f",{frac}" if frac else "")
    value = Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    return text, value


@st.composite
def amounts(draw: st.DrawFn) -> Written:
    number, value = draw(numbers())
    scale_word = draw(st.sampled_from([None, *SCALES]))
    scale = SCALES[scale_word] if scale_word else Decimal(1)
    # A bare four-digit 1900–2100 is a year, never an amount (tested separately).
    assume(
        scale_word or not (len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100)
    )
    before = draw(st.booleans())
    cur_text, iso = draw(st.sampled_from(BEFORE if before else AFTER))
    core = f"{number} {scale_word}" if scale_word else number
    if before:
        # Symbols may touch the number ("€45"); codes are words and need a space ("EUR 45").
        glue = draw(st.sampled_from(["", " "])) if cur_text in CURRENCY_SYMBOLS else " "
        core = f"{cur_text}{glue}{core}"
    else:
        core = f"{core} {cur_text}"
    qualifier = draw(st.sampled_from([None, *APPROX_QUALIFIERS]))
    if qualifier:
        core = f"{qualifier} {core}"
    y = draw(st.integers(1900, 2099))
    fill = {"y": y, "z": y + 1, "zz": f"{(y + 1) % 100:02d}"}
    prefix = draw(st.sampled_from(PREFIXES)).format(**fill)
    suffix = draw(st.sampled_from(SUFFIXES)).format(**fill)
    assume(value * scale <= MAX_AMOUNT)  # larger amounts are dropped (tested separately)
    return Written(prefix + core + suffix, value * scale, iso, qualifier is not None)


class TestRoundTrip:
    """Generated amounts in generated Dutch sentences read back exactly."""

    @settings(max_examples=600, deadline=None)
    @given(amounts())
    def test_exact(self, written: Written) -> None:
        """The one amount, its currency and its approx flag; integral amounts as integers."""
        (m,) = find_money(written.text)
        assert (m.amount, m.currency, m.approx, m.ambiguous) == (
            written.amount,
            written.currency,
            written.approx,
            False,
        )
        assert m.text == written.text[m.start : m.end]
        if m.amount == m.amount.to_integral_value():
            assert m.amount.as_tuple().exponent == 0

    @settings(max_examples=300, deadline=None)
    @given(
        st.integers(1, 999),
        st.integers(0, 999),
        st.sampled_from([None, *SCALES]),
        st.sampled_from(AFTER),
    )
    def test_ambiguous_flagged(
        self, lead: int, three: int, scale_word: str | None, currency: tuple[str, str]
    ) -> None:
        """'L,DDD' is flagged, and both the Dutch and the English value are offered."""
        scale = SCALES[scale_word] if scale_word else Decimal(1)
        number = f"{lead},{three:03d}"
        text = (
            f"In 2021 bedroeg het {number}{' ' + scale_word if scale_word else ''} {currency[0]}."
        )
        (m,) = find_money(text)
        dutch = Decimal(f"{lead}.{three:03d}") * scale
        english = Decimal(lead * 1000 + three) * scale
        assert m.ambiguous and m.currency == currency[1]
        assert m.amount == dutch
        # The English reading is offered unless it is out of bounds; the flag is set regardless.
        assert english in m.alternatives or english > MAX_AMOUNT

    @settings(max_examples=200, deadline=None)
    @given(
        st.integers(1900, 2100),
        st.sampled_from(BEFORE),
        st.sampled_from(["in {y} ", "{y} ", "Het budget {y}: ", "{y}/{z} ", "{y}–{z} "]),
        st.integers(1, 999),
        st.sampled_from(["bn", "miljard", "mrd.", "mln"]),
    )
    def test_year_never_amount(
        self, y: int, cur: tuple[str, str], prefix: str, n: int, scale_word: str
    ) -> None:
        """A year next to an amount never becomes (part of) it."""
        text = prefix.format(y=y, z=y + 1) + f"{cur[0]} {n} {scale_word}"
        assert _money(text) == [(str(n * SCALES[scale_word]), cur[1])]

    @settings(max_examples=200, deadline=None)
    @given(
        st.integers(1, 500),
        st.integers(1, 500),
        st.sampled_from(["tussen {a} en {b}", "{a}–{b}", "{a} tot {b}", "{a} à {b}"]),
        st.sampled_from(["miljoen", "miljard", "mrd."]),
        st.sampled_from(AFTER),
    )
    def test_ranges(self, a: int, d: int, form: str, scale_word: str, cur: tuple[str, str]) -> None:
        """Both ends of a range get the scale and currency written after the high end."""
        b = a + d
        text = f"In 2030 ligt het budget {form.format(a=a, b=b)} {scale_word} {cur[0]}."
        low, high = find_money(text)
        scale = SCALES[scale_word]
        assert (low.amount, high.amount) == (a * scale, b * scale)
        assert (low.currency, high.currency) == (cur[1], cur[1])
        assert (low.range_part, high.range_part) == ("low", "high")


class TestLinear:
    """Pathological input is read in one pass: big inputs finish (no timing asserts)."""

    @pytest.mark.parametrize(
        "unit", ["1", "1 ", "111 ", "1.", "1,", "1 000 ", "1,000 ", "1\u00a0000\u202f"]
    )
    def test_megabyte_of_digits(self, unit: str) -> None:
        """A megabyte of digits and separators: per-match rescans would not finish."""
        text = unit * (1_000_000 // len(unit))
        assert find_money(text) == []
        find_percentages(text)

    @pytest.mark.parametrize("unit", ["1–", "-1", "2021 EUR ", "€ 1 ", "tussen 1 en ", "1%"])
    def test_big_mixed(self, unit: str) -> None:
        """Long chains of ranges, signs, years, amounts and percentages."""
        text = unit * (200_000 // len(unit))
        for m in find_money(text):
            assert 0 <= m.amount <= MAX_AMOUNT
        find_percentages(text)

    @settings(max_examples=25, deadline=None)
    @given(
        st.lists(
            st.sampled_from([*"0123456789 .,/-–€$%", "\u00a0", " EUR ", " mld ", " en "]),
            min_size=1,
            max_size=12,
        )
    )
    def test_repeated_unit(self, pieces: list[str]) -> None:
        """Any short unit of number pieces repeated to 100 000 characters."""
        unit = "".join(pieces)
        text = unit * (100_000 // len(unit) + 1)
        found = find_money(text)
        assert all(text[m.start : m.end] == m.text for m in found)
        find_percentages(text)


class TestDates:
    """Dutch month names (reportdiff.dates)."""

    @settings(max_examples=200, deadline=None)
    @given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    def test_round_trip(self, d: date) -> None:
        """'25 januari 2022' style dates parse back to the date."""
        assert parse_dutch_date(f"Datum {d.day} {MONTH_NAMES[d.month]} {d.year}") == d
        assert find_month(f"in {MONTH_NAMES[d.month]} {d.year}") == f"{d.year:04d}-{d.month:02d}"

    def test_impossible_date(self) -> None:
        """31 februari is no date."""
        assert parse_dutch_date("31 februari 2021") is None


class TestCitations:
    """Kamerstuk citations (reportdiff.parse.references)."""

    @settings(max_examples=200, deadline=None)
    @given(st.integers(10000, 99999), st.lists(st.integers(1, 999), min_size=1, max_size=4))
    def test_round_trip(self, dossier: int, numbers: list[int]) -> None:
        """'Kamerstuk D, nrs. A, B en C' gives back each (dossier, number)."""
        nums = [str(n) for n in numbers]
        written = nums[0] if len(nums) == 1 else ", ".join(nums[:-1]) + " en " + nums[-1]
        label = "nr." if len(nums) == 1 else "nrs."
        text = f"(Kamerstuk {str(dossier)[:2]} {str(dossier)[2:]}, {label} {written})"
        assert parse_citations(text) == [(str(dossier), n) for n in nums]


# --- Currencies of other countries, plurals, footnote markers (generality) ---


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("71.500 miljoen Australische dollars", "71500000000", "AUD"),
        ("A$ 58,3 mrd", "58300000000", "AUD"),
        ("AU$ 12 miljard", "12000000000", "AUD"),
        # An abbreviation before the symbol: an Australian dollar, never the US one.
        ("Aus.$ 91.800 mln.", "91800000000", "AUD"),
        ("Can.$ 2 mld.", "2000000000", "CAD"),
        ("C$ 39,9 miljard", "39900000000", "CAD"),
        ("27 miljard Canadese dollars", "27000000000", "CAD"),
        ("NZ$ 5,2 mrd", "5200000000", "NZD"),
        ("5,2 miljard Nieuw-Zeelandse dollars", "5200000000", "NZD"),
        ("NZD 5,2 mrd", "5200000000", "NZD"),
        ("850 miljard Amerikaanse dollars", "850000000000", "USD"),
        ("US$ 850 mld.", "850000000000", "USD"),
        ("90 miljard Zweedse kronen", "90000000000", "SEK"),
        ("6 miljard Zwitserse franken", "6000000000", "CHF"),
        ("CHF 6 mrd", "6000000000", "CHF"),
        ("62 miljard Britse ponden", "62000000000", "GBP"),
        ("3,4 miljard euro's", "3400000000", "EUR"),
    ],
)
def test_currency_of_the_country_named(text: str, amount: str, currency: str) -> None:
    (m,) = find_money(text)
    assert (m.amount, m.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    "text",
    [
        "8 miljard Singaporese dollars",
        "HK$ 40 mrd",
        "S$ 17 mrd",
        "Sing.$ 17 mrd",
        "7 miljard Faeröerse kronen",
        "12 miljard kronen",
    ],
)
def test_a_dollar_or_krone_of_an_unknown_country_is_no_amount(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # A footnote's number before an ISO code is the footnote's, not an amount.
        ("1 AUD 77.800 mln: dat werd begroot door Australië", "77800000000", "AUD"),
        ("3 CAD 41,2 miljard voor 2057/2058", "41200000000", "CAD"),
        # Markers glued to a word or to punctuation are never numbers.
        ("begroot door Australië.2 AUD 77.800 mln", "77800000000", "AUD"),
        ("uitgaven:4 EUR 12 mrd", "12000000000", "EUR"),
        ("(zie noot)5 45 miljard euro", "45000000000", "EUR"),
    ],
)
def test_footnote_markers_are_no_amounts(text: str, amount: str, currency: str) -> None:
    assert [(m.amount, m.currency) for m in find_money(text)] == [(Decimal(amount), currency)]


def test_code_between_numbers_stays_with_a_scaled_one() -> None:
    assert [(m.amount, m.currency) for m in find_money("45 miljard EUR 46 miljard")] == [
        (Decimal("45000000000"), "EUR")
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("in boekjaar 2094/95", [("2094/2095", False)]),
        ("het financiële jaar 2084–2085", [("2084/2085", False)]),
        ("begrotingsjaar 2084-2085", [("2084/2085", False)]),
        ("in 2084-85", [("2084/2085", False)]),
        ("voor de periode 2084–2085", [("2085", True)]),
        ("voor 2043–2046", [("2046", True)]),
        ("in 2081 en 2082", [("2081", False), ("2082", False)]),
        # A fiscal year named by the day it began, after January, runs into the next year.
        ("in het op 1 april 2084 aangevangen fiscale jaar", [("2084/2085", False)]),
        ("het boekjaar dat in juli 2043 begon", [("2043/2044", False)]),
        ("the fiscal year beginning 1 April 2043", [("2043/2044", False)]),
        ("in het op 1 januari 2084 begonnen boekjaar", [("2084", False)]),
        ("op 1 april 2084 werd besloten", [("2084", False)]),
    ],
)
def test_years_and_fiscal_years(text: str, years: list[tuple[str, bool]]) -> None:
    from reportdiff.parse.numbers import find_years

    assert [(y.year, y.period) for y in find_years(text)] == years


class TestCurrencyCandidates:
    """A currency word that names several currencies ("kronen") gives its candidates on
    request, and nothing otherwise."""

    def test_left_out_by_default(self) -> None:
        assert find_money("Het bedroeg 88 500 miljoen kronen.") == []

    @pytest.mark.parametrize(
        ("text", "amount", "candidates"),
        [
            ("88 500 miljoen kronen", "88500000000", ("NOK", "SEK", "DKK", "ISK", "CZK")),
            ("3 miljard kroon", "3000000000", ("NOK", "SEK", "DKK", "ISK", "CZK")),
            ("6 miljard franken", "6000000000", ("CHF", "XOF", "XAF")),
        ],
    )
    def test_candidates_on_request(
        self, text: str, amount: str, candidates: tuple[str, ...]
    ) -> None:
        (m,) = find_money(f"Het bedroeg {text} in totaal.", candidates=True)
        assert (m.amount, m.currency, m.currency_candidates) == (
            Decimal(amount),
            "XXX",
            candidates,
        )
        assert m.text == text

    def test_shared_backwards_in_a_list(self) -> None:
        got = [
            (str(m.amount), m.currency, len(m.currency_candidates))
            for m in find_money("2 en 45 miljard kronen", candidates=True)
        ]
        assert got == [("2000000000", "XXX", 5), ("45000000000", "XXX", 5)]

    def test_a_stated_currency_has_no_candidates(self) -> None:
        (m,) = find_money("90 miljard Noorse kronen", candidates=True)
        assert (m.currency, m.currency_candidates) == ("NOK", ())

    def test_an_unknown_nationality_stays_out(self) -> None:
        """'Faeröerse kronen' names a currency we do not list: no candidates are guessed;
        'IJslandse kronen' is CLDR's Dutch name of ISK."""
        assert find_money("7 miljard Faeröerse kronen", candidates=True) == []
        (m,) = find_money("7 miljard IJslandse kronen", candidates=True)
        assert (m.amount, m.currency) == (Decimal("7000000000"), "ISK")


class TestYearsSpelledOut:
    """Fiscal years written with their months, and years past 2099."""

    @pytest.mark.parametrize(
        ("text", "year"),
        [
            ("in het boekjaar april 2101–maart 2102 aan defensie", "2101/2102"),
            ("over de periode van juli 2043 tot juni 2044", "2043/2044"),
            ("van oktober 2030 tot en met september 2031", "2030/2031"),
            ("in fiscal year 2101/02", "2101/2102"),
            ("in 2105", "2105"),
            ("in begrotingsjaar 2161/'62 werd", "2161/2162"),
            ("over 2164-'65 GBP", "2164/2165"),
            ("Noorwegen, 2173-’74: afgerond", "2173/2174"),
            ("in de twaalf maanden vanaf april 2163 gerealiseerd", "2163/2164"),
            ("in de twaalf maanden vanaf januari 2163", "2163"),
            ("aanvangende 1 april 1930 en eindigende 31 maart 1931 8.997 miljard", "1930/1931"),
            ("van 1 juli 2043 tot en met 30 juni 2044", "2043/2044"),
            ("1 oktober 2030 – 30 september 2031", "2030/2031"),
        ],
    )
    def test_fiscal_year_by_months(self, text: str, year: str) -> None:
        """Twelve months over two consecutive years are one fiscal year."""
        assert [y.year for y in find_years(text)] == [year]

    def test_months_over_more_than_two_years_are_no_fiscal_year(self) -> None:
        """ "mei 2043 - juni 2045" is two years, not a fiscal year."""
        assert [y.year for y in find_years("van mei 2043 - juni 2045")] == ["2043", "2045"]

    @pytest.mark.parametrize(
        "text",
        [
            "tussen 1 januari 2030 en 31 december 2031",  # 24 months
            "van 1 april 2030 tot 31 december 2031",  # 21 months
            "op 1 april 2030 en op 31 maart 2031",  # two dates, no span
        ],
    )
    def test_dated_ends_that_are_no_twelve_months(self, text: str) -> None:
        """Dated ends of a period are a fiscal year only when they span twelve months."""
        assert all("/" not in y.year for y in find_years(text))


class TestNumbersInWords:
    """Dutch numbers below a million written as one word, as amounts with a scale and a
    currency after them."""

    @pytest.mark.parametrize(
        ("word", "value"),
        [
            ("tachtig", 80),
            ("tweeëntwintig", 22),
            ("eenentwintig", 21),
            ("honderd", 100),
            ("honderdtwintig", 120),
            ("zevenhonderdvierenveertig", 744),
            ("achthonderdnegenendertig", 839),
            ("duizend", 1000),
            ("achtduizendvijfhonderd", 8500),
            ("vierenveertigduizend", 44000),
            ("en", None),
            ("eenhonderd", None),
            ("vierentien", None),
        ],
    )
    def test_number_word(self, word: str, value: int | None) -> None:
        assert number_word(word) == value

    def test_amounts_in_words(self) -> None:
        found = find_money("Luxemburg trok zevenhonderdvierenveertig miljoen euro uit.")
        assert [(m.amount, m.currency) for m in found] == [(Decimal("744000000"), "EUR")]
        (approx,) = find_money("ruim tachtig miljard euro")
        assert approx.amount == Decimal("80000000000") and approx.approx

    @pytest.mark.parametrize(
        "text",
        [
            "Nederland stuurde twee fregatten.",
            "vijf miljoen inwoners",
            "twee of drie miljard euro",
            "tussen vijf en zes miljard euro",
        ],
    )
    def test_no_amount_without_scale_and_currency_or_in_a_choice(self, text: str) -> None:
        assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fiscal year over a century's turn is the next century's, never back to its start.
        ("boekjaar 2099/00", [("2099/2100", False)]),
        ("1999-00", [("1999/2000", False)]),
        # "2021-18" is no pair of years: the first alone.
        ("2021-18", [("2021", False)]),
        ("periode 2097-03", [("2103", True)]),
    ],
)
def test_years_across_a_centurys_turn(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(y.year, y.period) for y in find_years(text)] == expected


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Italië trok vierentwintig miljard driehonderd miljoen euro uit", "24300000000", "EUR"),
        ("ruim zeven miljard vijfhonderd miljoen Noorse kronen", "7500000000", "NOK"),
        ("een begroting van tweehonderd miljard zestig miljoen yen", "200060000000", "JPY"),
        ("vijfhonderdtwaalf miljoen euro", "512000000", "EUR"),
    ],
)
def test_an_amount_in_words_of_falling_scales_is_one_amount(
    text: str, amount: str, currency: str
) -> None:
    # Read as one amount, never as its last part alone ("… driehonderd miljoen euro").
    (money,) = find_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    "text", ["twee miljoen drie miljard euro", "vier miljard vijf miljard euro"]
)
def test_scales_that_do_not_fall_are_no_amount(text: str) -> None:
    assert find_money(text) == []


class TestDecimalInWords:
    """A decimal written in words is never read as one of its halves."""

    @pytest.mark.parametrize(
        "text",
        [
            "De uitgaven bedragen vijfenzestig komma drie miljard Brits pond.",
            "België besteedt tien komma twee miljard euro aan defensie.",
            "Duitsland: tweeëntachtig komma zes miljard euro.",
        ],
        ids=["pond", "euro-sentence", "euro-colon"],
    )
    def test_left_unread(self, text: str) -> None:
        """Neither "drie miljard" nor "vijfenzestig" is the amount the sentence states."""
        assert find_money(text) == []

    def test_whole_number_in_words_still_read(self) -> None:
        """A number in words with its scale and currency is still an amount."""
        assert [m.amount for m in find_money("ruim zevenhonderdvierenveertig miljoen euro")] == [
            Decimal("744000000")
        ]


def test_a_full_stop_is_no_currency_sign() -> None:
    """ "Aus.$" is a symbol, but its full stop is no sign of money: a sentence without a
    currency is passed over before it is read for amounts."""
    from reportdiff.parse.numbers import may_hold_money

    assert not may_hold_money("Nederland werkte in 2080 nauw samen met Noorwegen.")
    assert may_hold_money("Aus.$ 91.800 mln.")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Voor 1965 reserveerde Zuid-Korea 60,2 miljard (USD) voor defensie", "60200000000", "USD"),
        ("834 miljoen (EUR): zoveel kostte de Luxemburgse krijgsmacht", "834000000", "EUR"),
        ("kwam over 1974 uit op 59 mrd. (AUD) (goed voor 3,1 % bbp)", "59000000000", "AUD"),
    ],
    ids=["billions-usd", "millions-eur", "abbreviated-scale"],
)
def test_a_scaled_figure_with_its_currency_in_brackets_after_it(
    text: str, amount: str, currency: str
) -> None:
    assert [(m.amount, m.currency) for m in find_money(text)] == [(Decimal(amount), currency)]


def test_brackets_after_a_figure_that_name_no_currency_give_none() -> None:
    assert find_money("12 miljoen (circa) werd genoemd") == []
