"""Money and percentages as Dutch text writes them, parsed with Babel's locale-aware parser.

"€45 miljard" → 45000000000 EUR; "4,76 miljard" → 4760000000; "1,57%" → 1.57.  Grouping and
decimal separators are the nl_NL locale's, read by ``babel.numbers.parse_decimal(strict=True)``
rather than by swapping characters, so "1.000,5" and "1,000.5" are not confused.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

import attrs

from reportdiff.vocab.currencies import CURRENCY_AFTER, CURRENCY_BEFORE, SCALES

__all__ = ["MoneyMatch", "PercentMatch", "find_money", "find_percentages", "parse_number"]

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


@attrs.frozen
class MoneyMatch:
    start: int
    end: int
    amount: Decimal
    currency: str
    text: str


@attrs.frozen
class PercentMatch:
    start: int
    end: int
    value: Decimal


def parse_number(text: str) -> Decimal | None:
    """A Dutch-formatted number, or None when it is not one."""
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        value = parse_decimal(text, locale="nl_NL", strict=True)
    except (NumberFormatError, ValueError, InvalidOperation):
        return None
    return value if isinstance(value, Decimal) and value.is_finite() else None


@cache
def _money_pattern() -> re.Pattern[str]:
    before = "|".join(re.escape(k) for k in sorted(CURRENCY_BEFORE, key=len, reverse=True))
    after = "|".join(re.escape(k) for k in sorted(CURRENCY_AFTER, key=len, reverse=True))
    scale = "|".join(re.escape(k) for k in sorted(SCALES, key=len, reverse=True))
    return re.compile(
        rf"(?:(?P<pre>{before})\s?)?(?<![\d.,])(?P<num>{_NUM})(?![\d])"
        rf"(?:\s?(?P<scale>{scale})(?!\w))?(?:\s(?P<post>{after})(?!\w))?"
    )


def find_money(text: str) -> list[MoneyMatch]:
    """Every amount with a currency in *text*, scaled to units of that currency."""
    out = []
    for m in _money_pattern().finditer(text):
        pre, post = m.group("pre"), m.group("post")
        if not pre and not post:
            continue
        number = parse_number(m.group("num"))
        if number is None:
            continue
        scale = SCALES.get(m.group("scale") or "", Decimal(1))
        currency = CURRENCY_BEFORE[pre] if pre else CURRENCY_AFTER[post]
        amount = (number * scale).normalize()
        # Decimal.normalize() writes 45E+9; quantize back to a plain integer where it is one.
        if amount == amount.to_integral_value():
            amount = amount.quantize(Decimal(1))
        out.append(MoneyMatch(m.start(), m.end(), amount, currency, m.group(0)))
    return out


_PERCENT = re.compile(rf"(?<![\d.,])(?P<num>{_NUM})\s?(?:%|procent\b)")


def find_percentages(text: str) -> list[PercentMatch]:
    """Every percentage in *text*."""
    out = []
    for m in _PERCENT.finditer(text):
        number = parse_number(m.group("num"))
        if number is not None:
            out.append(PercentMatch(m.start(), m.end(), number))
    return out
