"""Tests for reportdiff.parse.numbers and reportdiff.dates: never raise, and round-trip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.dates import MONTHS, find_month, parse_dutch_date
from reportdiff.parse.numbers import find_money, find_percentages, parse_number
from reportdiff.parse.references import parse_citations

MONTH_NAMES = {v: k for k, v in MONTHS.items()}


class TestNumbers:
    """Dutch numbers, money and shares."""

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


class TestDates:
    """Dutch month names."""

    @settings(max_examples=200, deadline=None)
    @given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    def test_round_trip(self, d: date) -> None:
        """'25 januari 2022' style dates parse back to the date."""
        assert parse_dutch_date(f"Datum {d.day} {MONTH_NAMES[d.month]} {d.year}") == d
        assert find_month(f"in {MONTH_NAMES[d.month]} {d.year}") == f"{d.year:04d}-{d.month:02d}"

    def test_impossible_date(self) -> None:
        """31 februari is no date."""
        assert parse_dutch_date("31 februari 2021") is None


@settings(max_examples=200, deadline=None)
@given(st.integers(10000, 99999), st.lists(st.integers(1, 999), min_size=1, max_size=4))
def test_citation_round_trip(dossier: int, numbers: list[int]) -> None:
    """'Kamerstuk D, nrs. A, B en C' gives back each (dossier, number)."""
    nums = [str(n) for n in numbers]
    written = nums[0] if len(nums) == 1 else ", ".join(nums[:-1]) + " en " + nums[-1]
    label = "nr." if len(nums) == 1 else "nrs."
    text = f"(Kamerstuk {str(dossier)[:2]} {str(dossier)[2:]}, {label} {written})"
    assert parse_citations(text) == [(str(dossier), n) for n in nums]
