"""A timeline (``reportdiff timeline``): partners, missions and budgets across several editions.

Partners show their category per edition and when they were first seen; missions their
status per edition; budgets form a series per country and currency by budget year, with the
GDP share.  A year without a figure is a gap, never a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from reportdiff.model import PartnerCategory, Report

__all__ = ["Timeline", "build_timeline"]

_CATEGORY = {PartnerCategory.STRATEGIC: "strategic", PartnerCategory.OTHER: "other"}


@attrs.frozen
class Timeline:
    years: tuple[int, ...]
    # code → {edition year → category}
    partners: dict[str, dict[int, str]]
    # mission → {edition year → status}
    missions: dict[str, dict[int, str]]
    # (country, currency) → {budget year → (amount, gdp share)}
    budgets: dict[tuple[str, str], dict[str, tuple[Decimal, Decimal | None]]]

    def budget_years(self) -> list[str]:
        return sorted({y for series in self.budgets.values() for y in series})


def build_timeline(reports: Sequence[Report]) -> Timeline:
    ordered = sorted(reports, key=lambda r: r.edition.year)
    partners: dict[str, dict[int, str]] = {}
    missions: dict[str, dict[int, str]] = {}
    budgets: dict[tuple[str, str], dict[str, tuple[Decimal, Decimal | None]]] = {}
    for r in ordered:
        year = r.edition.year
        for p in r.partners:
            partners.setdefault(p.code, {})[year] = _CATEGORY[p.category]
        for m in r.missions:
            missions.setdefault(m.name, {})[year] = m.status.value
        for b in r.budgets:
            series = budgets.setdefault((b.country, b.money.currency), {})
            # A later edition's figure for the same budget year is the more recent word.
            series[b.year] = (b.money.amount, b.gdp_percent)
    return Timeline(tuple(r.edition.year for r in ordered), partners, missions, budgets)
