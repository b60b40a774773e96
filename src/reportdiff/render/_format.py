"""How facts read to a person: amounts, budgets, agreements, changes, one line each."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportdiff.compare import BudgetDelta, Change, ChangeKind, Entity
from reportdiff.model import (
    Agreement,
    Budget,
    Edition,
    Mission,
    Money,
    Partner,
    Reference,
    Report,
)

__all__ = [
    "delta_text",
    "edition_line",
    "fact_line",
    "money_text",
    "provenance",
]

_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£"}


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f")


def money_text(m: Money | None, amount: Decimal | None = None, *, signed: bool = False) -> str:
    """ "€45 bn", "NOK 90 bn", "€38 mln"."""
    value = amount if amount is not None else (m.amount if m else None)
    if value is None or m is None:
        return "—"
    sign = "+" if signed and value > 0 else ("−" if value < 0 else "")
    value = abs(value)
    for size, word in (
        (Decimal(10) ** 12, "tn"),
        (Decimal(10) ** 9, "bn"),
        (Decimal(10) ** 6, "mln"),
    ):
        if value >= size:
            scaled = f"{_num(value / size)} {word}"
            break
    else:
        scaled = _num(value)
    symbol = _SYMBOL.get(m.currency)
    return f"{sign}{symbol}{scaled}" if symbol else f"{sign}{m.currency} {scaled}"


def _pct(value: Decimal) -> str:
    # A share is shown as the text wrote it: "2,0%" stays "2.0%".
    return format(value, "f")


def budget_text(b: Budget | None) -> str:
    if b is None:
        return "—"
    gdp = f", {_pct(b.gdp_percent)}% GDP" if b.gdp_percent is not None else ""
    return f"{money_text(b.money)} ({b.year}{gdp})"


def delta_text(d: BudgetDelta | None, old: Budget | None) -> str:
    if d is None:
        return ""
    parts = []
    if d.amount is not None and old is not None:
        pct = ""
        if d.percent is not None:
            pct = f" ({'+' if d.percent > 0 else ''}{_pct(d.percent)}%)"
        parts.append(money_text(old.money, d.amount, signed=True) + pct)
    if d.gdp_points is not None:
        sign = "+" if d.gdp_points > 0 else ""
        parts.append(f"{sign}{_pct(d.gdp_points)} GDP pt")
    if d.note:
        parts.append(d.note)
    return "; ".join(parts)


def fact_line(fact: Any) -> str:
    """One fact as a short phrase."""
    match fact:
        case Partner():
            return f"{fact.name} ({fact.category.value})"
        case Budget():
            return budget_text(fact)
        case Mission():
            where = f", {fact.location}" if fact.location else ""
            org = f"{fact.organisation}" if fact.organisation else "?"
            return f"{fact.name} ({org}{where}): {fact.status.value}"
        case Agreement():
            when = f", {fact.date}" if fact.date else ""
            parties = "/".join(fact.parties)
            return f"{fact.title} [{fact.kind.value}, {parties}{when}]: {fact.status.value}"
        case Reference():
            sentence = fact.source.text
            quote = sentence if len(sentence) <= 48 else sentence[:47] + "…"
            return f"p. {fact.source.page}: {quote}"
        case Edition():
            return edition_line(fact)
    title = (
        getattr(fact, "title", None) or getattr(fact, "name", None) or getattr(fact, "key", None)
    )
    return str(title if title is not None else fact)


def edition_line(e: Edition) -> str:
    pages = f"{e.pages.count} page{'s' if e.pages.count != 1 else ''}"
    ident = e.reference or (
        f"Kamerstuk {e.kamerstuk.dossier}, nr. {e.kamerstuk.number}" if e.kamerstuk else ""
    )
    date = e.date.isoformat() if e.date else "undated"
    return f"{e.title} ({e.layout.value}, {date}, {pages}{', ' + ident if ident else ''})"


def provenance(label: str | None) -> str:
    return f" [{label}]" if label else ""


def change_detail(c: Change) -> str:
    """What a change is, in a phrase."""
    if c.kind is ChangeKind.ADDED:
        return fact_line(c.new)
    if c.kind is ChangeKind.REMOVED:
        return fact_line(c.old)
    parts = []
    for f in c.fields:
        if c.entity is Entity.SECTION and f.name == "text":
            continue
        parts.append(f"{f.name}: {_short(f.old)} → {_short(f.new)}")
    if c.entity is Entity.SECTION and c.similarity is not None:
        parts.append(f"text {round(c.similarity * 100)}% alike")
    if c.note and c.entity is not Entity.BUDGET:
        parts.append(c.note)
    return "; ".join(parts)


def _short(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "/".join(str(v) for v in value)
    if isinstance(value, Decimal):
        return _num(value)
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def warnings_line(report: Report) -> str | None:
    n = len(report.warnings)
    if not n:
        return None
    return (
        f"{report.edition.year}: {n} warning{'s' if n != 1 else ''} "
        f"(see `reportdiff show {report.edition.year}`)"
    )


def change_key(c: Change) -> str:
    """The key a reader sees: agreements by kind and counterpart, others by their key."""
    if c.entity is Entity.AGREEMENT:
        fact = c.new if c.new is not None else c.old
        return f"{fact.kind.value} ({fact.counterpart})"
    return c.key


# The columns of each entity's table, shared by the terminal and Markdown views.
BUDGET_HEADERS = ("change", "country", "old", "new", "delta")
EDITION_HEADERS = ("field", "old", "new")
CHANGE_HEADERS = ("change", "key", "details")


def change_rows(entity: Entity, changes: tuple[Change, ...]) -> list[tuple[str, ...]]:
    """One table row per change (per changed field for the edition)."""
    if entity is Entity.BUDGET:
        return [
            (
                c.kind.value,
                c.key,
                budget_text(c.old),
                budget_text(c.new),
                delta_text(c.delta, c.old) or (c.note or ""),
            )
            for c in changes
        ]
    if entity is Entity.EDITION:
        return [(fc.name, str(fc.old), str(fc.new)) for c in changes for fc in c.fields]
    return [(c.kind.value, change_key(c), change_detail(c)) for c in changes]


def headers_for(entity: Entity) -> tuple[str, ...]:
    if entity is Entity.BUDGET:
        return BUDGET_HEADERS
    if entity is Entity.AGREEMENT:
        return ("change", "agreement", "details")
    return EDITION_HEADERS if entity is Entity.EDITION else CHANGE_HEADERS
