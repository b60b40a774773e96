"""How facts read to a person: amounts, budgets, agreements, changes, one line each."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from reportdiff.compare import BudgetDelta, Change, ChangeKind, Entity
from reportdiff.model import (
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementKind,
    AgreementState,
    AgreementStatus,
    Budget,
    Edition,
    Mission,
    MissionStatus,
    Money,
    Partner,
    PartnerCategory,
    Reference,
    Report,
    Source,
)
from reportdiff.textsafe import sanitise

__all__ = [
    "agreement_reading",
    "clean",
    "delta_text",
    "edition_line",
    "enum_text",
    "event_text",
    "fact_line",
    "kind_text",
    "mission_reading",
    "money_text",
    "page_text",
    "provenance",
    "source_text",
]

_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£"}

# Enum values a reader sees as words; acronyms stay acronyms.
_WORDS = {"mou": "MoU", "sofa": "SOFA"}


def enum_text(value: enum.Enum | str | None) -> str:
    """An enum value as words: ``letter_of_intent`` → "letter of intent", ``mou`` → "MoU"."""
    if value is None:
        return "—"
    raw = value.value if isinstance(value, enum.Enum) else value
    text = str(raw)
    return _WORDS.get(text, text.replace("_", " "))


def kind_text(kind: ChangeKind) -> str:
    """A change's kind as the views name it."""
    return "not in the available text" if kind is ChangeKind.UNAVAILABLE else kind.value


def clean(text: object) -> str:
    """Text from a PDF made safe for a terminal and a table cell: control characters and
    escape sequences shown escaped (an ESC in a PDF must not reach the terminal), tabs as a
    space so that column widths hold."""
    return sanitise(str(text).replace("\t", " "))


def page_text(source: Source | None) -> str:
    """ "p. 3": the printed label where there is one, else the physical page."""
    if source is None:
        return ""
    return f"p. {clean(source.page_label) if source.page_label else source.page}"


def _change_source(c: Change, side: str) -> Source | None:
    # The change's own source when the engine gives one, else the fact's.
    own: Source | None = getattr(c, f"{side}_source", None)
    if own is not None:
        return own
    fact_source = getattr(getattr(c, side, None), "source", None)
    return fact_source if isinstance(fact_source, Source) else None


def source_text(c: Change) -> str:
    """Where a change was read: "p. 3" for one side, "p. 3 → p. 5" when both sides have a
    page and they differ."""
    old = page_text(_change_source(c, "old")) if c.kind is not ChangeKind.ADDED else ""
    new = (
        page_text(_change_source(c, "new"))
        if c.kind is ChangeKind.ADDED or c.kind is ChangeKind.CHANGED
        else ""
    )
    if old and new:
        return old if old == new else f"{old} → {new}"
    return old or new


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
    # An approximation ("circa", "ruim") is never shown as an exact figure.
    about = "≈" if b.approximate else ""
    return f"{about}{money_text(b.money)} ({b.year}{gdp})"


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
    """One fact as a short phrase (not yet made terminal-safe: see :func:`clean`)."""
    match fact:
        case Partner():
            return f"{fact.name} ({enum_text(fact.category)})"
        case Budget():
            return budget_text(fact)
        case Mission():
            where = f", {fact.location}" if fact.location else ""
            org = f"{fact.organisation}" if fact.organisation else "?"
            return f"{fact.name} ({org}{where}): {mission_reading(fact)}"
        case Agreement():
            when = f", {fact.date}" if fact.date else ""
            parties = "/".join(fact.parties)
            return (
                f"{fact.title} [{enum_text(fact.kind)}, {parties}{when}]: {agreement_reading(fact)}"
            )
        case Reference():
            # The sentence that cites it; its page is in the views' own page column.
            sentence = fact.source.text
            return sentence if len(sentence) <= 56 else sentence[:55] + "…"
        case Edition():
            return edition_line(fact)
    title = (
        getattr(fact, "title", None) or getattr(fact, "name", None) or getattr(fact, "key", None)
    )
    return str(title if title is not None else fact)


def mission_reading(m: Mission) -> str:
    """What the edition says of a mission, as precisely as it says it: "mandate extended;
    contribution reinforced: een C-130-detachement", else its coarse status ("active")."""
    parts = []
    if m.mandate is not None:
        parts.append(f"mandate {enum_text(m.mandate)}")
    if m.contribution is not None:
        detail = f": {m.contribution_detail}" if m.contribution_detail else ""
        parts.append(f"contribution {enum_text(m.contribution)}{detail}")
    return "; ".join(parts) or enum_text(m.status)


# The state an event leaves an agreement in: the event says it, the state need not be repeated.
_IMPLIED_STATE = {
    AgreementEventKind.SIGNED: AgreementState.SIGNED,
    AgreementEventKind.ENTERED_INTO_FORCE: AgreementState.IN_FORCE,
    AgreementEventKind.SUSPENDED: AgreementState.SUSPENDED,
    AgreementEventKind.ENDED: AgreementState.ENDED,
}


def event_text(e: AgreementEvent) -> str:
    """ "RU withdrew 2021-12", "entered into force 2087-07", "extended"."""
    when = f" {e.date}" if e.date else ""
    if e.kind is AgreementEventKind.PARTY_WITHDREW:
        return f"{e.party or 'a party'} withdrew{when}"
    return f"{enum_text(e.kind)}{when}"


def agreement_reading(a: Agreement) -> str:
    """What the edition says of an agreement: its lasting state (unless an event already says
    it) and this year's events, "in force; RU withdrew 2021-12"; else its coarse status
    ("mentioned")."""
    implied = {_IMPLIED_STATE.get(e.kind) for e in a.events}
    parts = []
    if a.state is not None and a.state not in implied:
        parts.append(enum_text(a.state))
    parts += [event_text(e) for e in a.events]
    return "; ".join(parts) or enum_text(a.status)


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
    """What a change is, in a phrase; a changed agreement is named by its title, since its key
    (kind and counterpart) does not say which one it is."""
    if c.kind is ChangeKind.ADDED:
        return fact_line(c.new)
    if c.kind in (ChangeKind.REMOVED, ChangeKind.UNAVAILABLE):
        return fact_line(c.old)
    parts = []
    for fc in c.fields:
        if c.entity is Entity.SECTION and fc.name == "text":
            continue
        parts.append(f"{fc.name}: {_short(fc.old)} → {_short(fc.new)}")
    if c.entity is Entity.SECTION and c.similarity is not None:
        parts.append(f"text {round(c.similarity * 100)}% alike")
    if c.note and c.entity is not Entity.BUDGET:
        parts.append(c.note)
    detail = "; ".join(parts)
    if c.entity is Entity.AGREEMENT:
        fact = c.new if c.new is not None else c.old
        title = getattr(fact, "title", None)
        if title and not any(fc.name == "title" for fc in c.fields):
            return f"{title}: {detail}" if detail else str(title)
    return detail


def _short(value: Any) -> str:
    if isinstance(value, tuple | list):
        return "/".join(str(v) for v in value)
    if isinstance(value, Decimal):
        return _num(value)
    if isinstance(value, enum.Enum):
        return enum_text(value)
    if value is None:
        return "—"
    text = str(value)
    if value in {e.value for e in _FIELD_ENUMS}:
        text = enum_text(text)
    return text if len(text) <= 60 else text[:57] + "…"


# Field values arrive as plain values (the engine compares plain dicts): these read as words.
_FIELD_ENUMS: tuple[enum.Enum, ...] = (
    *AgreementKind,
    *AgreementEventKind,
    *AgreementStatus,
    *AgreementState,
    *MissionStatus,
    *PartnerCategory,
)


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
        if fact is not None:
            return f"{enum_text(fact.kind)} ({fact.counterpart})"
    return c.key
