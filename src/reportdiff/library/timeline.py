"""A timeline (``reportdiff timeline``): partners, missions and budgets across several editions.

Partners show their category per edition and when they were first seen; missions their
status per edition; budgets form a series per country and currency by budget year, with the
GDP share.  A year without a figure is a gap, never a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

import attrs

from reportdiff.model import PartnerCategory, Report

__all__ = ["BudgetPoint", "Fact", "Timeline", "build_timeline"]

_CATEGORY = {PartnerCategory.STRATEGIC: "strategic", PartnerCategory.OTHER: "other"}


@attrs.frozen
class Fact:
    """One fact one edition states, as a row of tidy data.  ``unit`` says what ``value`` is:
    a currency code (the value is an amount in units of it), "%" (a share of GDP, in percent),
    "category" or "status" (the value is a word)."""

    edition_year: int
    entity: str  # "partner", "mission", "budget"
    key: str  # the partner's code, the mission's name, "DE 2021" (country and budget year)
    field: str  # "category", "status", "amount", "gdp_percent"
    value: str
    unit: str
    page: int  # the physical page it was read from
    # The text gives the amount as an approximation ("ruim tien miljard", "circa").
    approximate: bool = False


class BudgetPoint(NamedTuple):
    """One budget year of a series: the amount, the GDP share, and whether the text gave the
    amount as an approximation."""

    amount: Decimal
    gdp_percent: Decimal | None
    approximate: bool = False


@attrs.frozen
class Timeline:
    years: tuple[int, ...]
    # code → {edition year → category}
    partners: dict[str, dict[int, str]]
    # mission → {edition year → status}
    missions: dict[str, dict[int, str]]
    # (country, currency) → {budget year → (amount, gdp share, approximate)}
    budgets: dict[tuple[str, str], dict[str, BudgetPoint]]
    # every fact of every edition, in edition order, then in the edition's own order
    facts: tuple[Fact, ...] = ()

    def budget_years(self) -> list[str]:
        return sorted({y for series in self.budgets.values() for y in series})


def build_timeline(reports: Sequence[Report]) -> Timeline:
    ordered = sorted(reports, key=lambda r: r.edition.year)
    partners: dict[str, dict[int, str]] = {}
    missions: dict[str, dict[int, str]] = {}
    budgets: dict[tuple[str, str], dict[str, BudgetPoint]] = {}
    facts: list[Fact] = []
    for r in ordered:
        year = r.edition.year
        for p in r.partners:
            partners.setdefault(p.code, {})[year] = _CATEGORY[p.category]
            facts.append(
                Fact(
                    year,
                    "partner",
                    p.code,
                    "category",
                    _CATEGORY[p.category],
                    "category",
                    p.source.page,
                )
            )
        for m in r.missions:
            missions.setdefault(m.name, {})[year] = m.status.value
            facts.append(
                Fact(year, "mission", m.name, "status", m.status.value, "status", m.source.page)
            )
        for b in r.budgets:
            series = budgets.setdefault((b.country, b.money.currency), {})
            # A later edition's figure for the same budget year is the more recent word.
            series[b.year] = BudgetPoint(b.money.amount, b.gdp_percent, b.approximate)
            key = f"{b.country} {b.year}"
            facts.append(
                Fact(
                    year,
                    "budget",
                    key,
                    "amount",
                    _plain(b.money.amount),
                    b.money.currency,
                    b.source.page,
                    b.approximate,
                )
            )
            if b.gdp_percent is not None:
                facts.append(
                    Fact(
                        year,
                        "budget",
                        key,
                        "gdp_percent",
                        _plain(b.gdp_percent),
                        "%",
                        b.source.page,
                    )
                )
    return Timeline(
        tuple(r.edition.year for r in ordered), partners, missions, budgets, tuple(facts)
    )


def _plain(value: Decimal) -> str:
    # A plain decimal ("45000000000", "1.57"): no exponent, readable by any CSV reader.
    return format(value, "f")
