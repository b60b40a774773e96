"""Defence budgets: a country's budget for a calendar or fiscal year, with its share of GDP.

A sentence is read only when it names a defence budget ("defensiebudget", ...).  In it, every
amount with a currency is a budget unless its context says otherwise: a change ("een stijging
van 4,8 miljard", "stijgt met 36 miljard"), a difference ("€ 0,5 miljard meer dan"), an
investment ("€38 miljoen te investeren") or a fund.  The year is the nearest year or fiscal year
before the amount; the GDP share is a percentage followed by "BBP" before the next amount.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.model import Budget, Money
from reportdiff.vocab.countries import find_countries
from reportdiff.vocab.headings import BUDGET_TERMS

from .context import SectionContext, Sentence
from .numbers import MoneyMatch, find_money, find_percentages

__all__ = ["budgets_in_sentence", "explain_amounts", "find_budgets"]

_CHANGE_BEFORE = re.compile(
    r"(?:stijging|toename|verhoging|daling|afname|verlaging|groei|verschil|stijgt|daalt|groeit|"
    r"extra|additioneel|aanvullend|\bmet)\s+(?:\w+\s+){0,2}(?:van\s+|met\s+)?"
    r"(?:circa|ongeveer|ruim|bijna|zo'n|ca\.)?\s*$",
    re.IGNORECASE,
)
_NOT_BUDGET_AFTER = re.compile(
    r"^\W{0,3}(?:meer|minder|extra|hoger|lager)\b|^[^.;]{0,30}?\b(?:te investeren|"
    r"geïnvesteerd|investering|fonds)\b",
    re.IGNORECASE,
)
_FUND_BEFORE = re.compile(
    r"(?:fonds|eenmalig\w*|investering\w*|investeren)\W+(?:\w+\W+){0,4}$", re.IGNORECASE
)
_YEAR = re.compile(
    r"(?:begrotingsjaar\s+)?\b(?P<fy>(?:19|20)\d{2}/(?:19|20)\d{2})\b|\b(?P<y>(?:19|20)\d{2})\b"
)
_TARGET_BEFORE = re.compile(
    r"(?:groeipad|doel\w*|streven|norm|tot|naar)\s+(?:\w+\s+){0,2}$", re.IGNORECASE
)


def _not_a_budget(text: str, m: MoneyMatch) -> str | None:
    """Why the amount *m* in *text* is not a budget figure, or None when nothing says so."""
    head, tail = text[: m.start], text[m.end :]
    if _CHANGE_BEFORE.search(head):
        return "a change"
    if _FUND_BEFORE.search(head):
        return "a fund or investment"
    if _NOT_BUDGET_AFTER.search(tail):
        return "a difference or investment"
    return None


def explain_amounts(text: str) -> list[str]:
    """The amounts in *text* that nothing explains as a change, a difference, an investment
    or a fund: in a sentence that gave no budget, the parse-health check lists them as misses."""
    return [m.text for m in find_money(text) if _not_a_budget(text, m) is None]


def _mentions_budget(text: str) -> int | None:
    lower = text.lower()
    positions = [lower.find(term) for term in BUDGET_TERMS if term in lower]
    return min(positions) if positions else None


def _year_before(text: str, pos: int) -> str | None:
    year = None
    for m in _YEAR.finditer(text, 0, pos):
        year = m.group("fy") or m.group("y")
    return year


def budgets_in_sentence(
    sentence: Sentence, section_country: str | None, default_year: int
) -> list[Budget]:
    """The budgets one sentence states."""
    text = sentence.text
    term_at = _mentions_budget(text)
    if term_at is None:
        return []
    # The country is the one named nearest before the budget term ("Het Duitse
    # defensiebudget"), else anywhere in the sentence, else the section's.
    before = [code for start, _, code in find_countries(text) if start < term_at]
    anywhere = [code for _, _, code in find_countries(text)]
    country = before[-1] if before else (anywhere[0] if anywhere else section_country)
    if country is None:
        return []
    money = find_money(text)
    percents = find_percentages(text)
    out: list[Budget] = []
    for i, m in enumerate(money):
        if _not_a_budget(text, m) is not None:
            continue
        year = _year_before(text, m.start) or str(default_year)
        limit = money[i + 1].start if i + 1 < len(money) else len(text)
        gdp = None
        for p in percents:
            if m.end <= p.start < limit:
                after = text[p.end : p.end + 25]
                if re.search(r"BBP|bbp|GDP|bruto binnenlands product", after) and not (
                    _TARGET_BEFORE.search(text[m.end : p.start])
                ):
                    gdp = p.value
                break
        out.append(Budget(country, year, Money(m.amount, m.currency), gdp, sentence.source()))
    return out


def find_budgets(sections: Sequence[SectionContext], default_year: int) -> list[Budget]:
    found: dict[tuple[str, str], Budget] = {}
    for section in sections:
        for sentence in section.sentences:
            for budget in budgets_in_sentence(sentence, section.country, default_year):
                found.setdefault((budget.country, budget.year), budget)
    return list(found.values())
