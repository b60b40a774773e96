"""The diff engine: two Reports → a typed :class:`ReportDiff` of semantic changes.

Entities are aligned by stable keys (partners and budgets by country, missions by canonical
name, agreements by kind + counterpart + subject, references by dossier/number, sections by
normalised title); agreements and sections that do not align by key are then matched fuzzily,
so a reworded title or a renamed section shows as *changed*, not as removed and added.  deepdiff
compares the fields of each aligned pair; Decimals are compared exactly.  This is the only
module that imports deepdiff.
"""

from __future__ import annotations

import difflib
import enum
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, TypeVar

import attrs

from reportdiff.model import (
    Agreement,
    Budget,
    Mission,
    Organisation,
    Partner,
    Reference,
    Report,
    Section,
    Source,
)
from reportdiff.vocab.editions import TITLE

__all__ = [
    "ENTITIES",
    "BudgetDelta",
    "Change",
    "ChangeKind",
    "Entity",
    "FieldChange",
    "ReportDiff",
    "Summary",
    "WordOp",
    "diff",
    "normalise_title",
    "parse_entities",
    "preload",
]

T = TypeVar("T")

# Agreements whose titles are at least this similar (same kind and counterpart) are one.
AGREEMENT_MATCH = 0.6
# Sections whose titles, or else texts, are at least this similar are one section renamed.
SECTION_TITLE_MATCH = 0.75
SECTION_TEXT_MATCH = 0.6


class Entity(enum.Enum):
    EDITION = "edition"
    PARTNER = "partner"
    ORGANISATION = "organisation"
    BUDGET = "budget"
    MISSION = "mission"
    AGREEMENT = "agreement"
    REFERENCE = "reference"
    SECTION = "section"


# The names ``--only`` and ``diff(only=...)`` accept: plural and singular alike.
ENTITIES: dict[str, Entity] = {
    "edition": Entity.EDITION,
    "partners": Entity.PARTNER,
    "organisations": Entity.ORGANISATION,
    "budgets": Entity.BUDGET,
    "missions": Entity.MISSION,
    "agreements": Entity.AGREEMENT,
    "references": Entity.REFERENCE,
    "sections": Entity.SECTION,
}
_NAMES: dict[str, Entity] = {
    **ENTITIES,
    **{e.value: e for e in Entity},
    "editions": Entity.EDITION,
    "organizations": Entity.ORGANISATION,
    "organization": Entity.ORGANISATION,
}


def parse_entities(names: Iterable[str | Entity]) -> list[Entity]:
    """Entity names as a user writes them ("partners", "partner", Entity.PARTNER) → Entities;
    an unknown name is a :class:`~reportdiff.errors.UsageError`, never a silent empty diff."""
    from reportdiff.errors import UsageError

    out: list[Entity] = []
    unknown: list[str] = []
    for name in names:
        if isinstance(name, Entity):
            out.append(name)
            continue
        key = str(name).strip().lower()
        if not key:
            continue
        if key in _NAMES:
            out.append(_NAMES[key])
        else:
            unknown.append(str(name))
    if unknown:
        raise UsageError(
            f"unknown entity {', '.join(repr(u) for u in unknown)}; use {', '.join(ENTITIES)}"
        )
    if not out:
        raise UsageError(f"no entity named; use {', '.join(ENTITIES)}")
    return out


class ChangeKind(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    # In the old edition, and absent from a part of the new one that could not be read (a
    # missing page, a chapter not found): not a removal, and counted apart.
    UNAVAILABLE = "not_in_available_text"


@attrs.frozen
class FieldChange:
    """One field of a matched pair that differs."""

    name: str
    old: Any
    new: Any


@attrs.frozen
class BudgetDelta:
    """How a headline budget moved.  Only within one currency; ``note`` says why not."""

    amount: Decimal | None
    percent: Decimal | None
    gdp_points: Decimal | None
    note: str | None = None


@attrs.frozen
class WordOp:
    """One step of a word-level diff: ``equal``, ``delete``, ``insert`` or ``replace``."""

    op: str
    old: str
    new: str


@attrs.frozen
class Change:
    """One semantic change between the editions."""

    entity: Entity
    kind: ChangeKind
    key: str
    old: Any = None
    new: Any = None
    fields: tuple[FieldChange, ...] = ()
    delta: BudgetDelta | None = None
    similarity: float | None = None
    words: tuple[WordOp, ...] = ()
    context: tuple[Budget, ...] = ()
    note: str | None = None
    # Where each side was read: page, page label and sentence.
    old_source: Source | None = None
    new_source: Source | None = None


@attrs.frozen
class Summary:
    added: int
    removed: int
    changed: int
    not_in_available_text: int = 0


@attrs.frozen
class ReportDiff:
    """What changed from ``old`` to ``new``.  Falsy when nothing did."""

    old: Report
    new: Report
    changes: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def summary(self) -> Summary:
        kinds = [c.kind for c in self.changes]
        return Summary(
            kinds.count(ChangeKind.ADDED),
            kinds.count(ChangeKind.REMOVED),
            kinds.count(ChangeKind.CHANGED),
            kinds.count(ChangeKind.UNAVAILABLE),
        )

    def of(self, entity: Entity) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.entity is entity)


# --- comparing fields ------------------------------------------------------------------------


def preload(*, hide_numpy: bool = False) -> None:
    """Import deepdiff now rather than at the first comparison.

    deepdiff imports numpy when it is installed, only to compare numpy values, which a Report
    never holds.  With *hide_numpy* (for a process that is ours, as the command line's is)
    numpy is hidden during that import, unless it is loaded already, which saves a tenth of a
    second; deepdiff then simply works without numpy support.
    """
    if "deepdiff" in sys.modules:
        return
    hide = hide_numpy and "numpy" not in sys.modules
    if hide:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        import deepdiff  # noqa: F401
    finally:
        if hide:
            del sys.modules["numpy"]


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    from deepdiff import DeepDiff

    found = DeepDiff(old, new, ignore_order=False)
    keys = [str(k) for k in found.affected_root_keys]
    return tuple(FieldChange(k, old.get(k), new.get(k)) for k in old if k in keys)


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _fields(fact: Any, names: Sequence[str]) -> dict[str, Any]:
    return {name: _plain(getattr(fact, name)) for name in names}


def _align(
    old: Iterable[T], new: Iterable[T], key: Callable[[T], str]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Pairs with equal keys, then what is left on each side (order kept)."""
    old_by = {key(x): x for x in old}
    new_by = {key(x): x for x in new}
    pairs = [(old_by[k], new_by[k]) for k in old_by if k in new_by]
    return (
        pairs,
        [x for k, x in old_by.items() if k not in new_by],
        [x for k, x in new_by.items() if k not in old_by],
    )


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _fuzzy(
    old: list[T], new: list[T], score: Callable[[T, T], float], threshold: float
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Greedy best-first matching of what the keys left unmatched."""
    scored = sorted(
        ((score(a, b), i, j) for i, a in enumerate(old) for j, b in enumerate(new)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[T, T]] = []
    for value, i, j in scored:
        if value < threshold or i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old[i], new[j]))
    return (
        pairs,
        [x for i, x in enumerate(old) if i not in used_old],
        [x for j, x in enumerate(new) if j not in used_new],
    )


def _simple(
    entity: Entity,
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], str],
    names: Sequence[str],
) -> list[Change]:
    pairs, removed, added = _align(old, new, key)
    changes = [Change(entity, ChangeKind.ADDED, key(x), new=x) for x in added]
    changes += [Change(entity, ChangeKind.REMOVED, key(x), old=x) for x in removed]
    for a, b in pairs:
        fields = _field_changes(_fields(a, names), _fields(b, names))
        if fields:
            changes.append(Change(entity, ChangeKind.CHANGED, key(a), a, b, fields))
    return changes


# --- per entity ------------------------------------------------------------------------------


def _title_wording(title: str) -> str:
    m = TITLE.search(title)
    return re.sub(r"\s+(?:19|20)\d{2}$", "", m.group("title") if m else title)


def _edition_changes(old: Report, new: Report) -> list[Change]:
    a, b = old.edition, new.edition
    fields = _field_changes(
        {"title": _title_wording(a.title), "layout": a.layout.value},
        {"title": _title_wording(b.title), "layout": b.layout.value},
    )
    if not fields:
        return []
    return [Change(Entity.EDITION, ChangeKind.CHANGED, "edition", a, b, fields)]


def _headline(report: Report, country: str) -> tuple[Budget | None, tuple[Budget, ...]]:
    mine = [b for b in report.budgets if b.country == country]
    if not mine:
        return None, ()
    year = str(report.edition.year)
    own = next((b for b in mine if b.year == year or b.year.startswith(year + "/")), None)
    head = own or mine[0]
    return head, tuple(b for b in mine if b is not head)


def _is_fiscal(year: str) -> bool:
    return "/" in year


def budget_delta(old: Budget, new: Budget) -> BudgetDelta:
    notes = []
    if _is_fiscal(old.year) != _is_fiscal(new.year):
        basis = {True: "fiscal", False: "calendar"}
        notes.append(
            f"year basis changed from {basis[_is_fiscal(old.year)]} {old.year} to "
            f"{basis[_is_fiscal(new.year)]} {new.year}"
        )
    elif _is_fiscal(old.year) and _is_fiscal(new.year):
        notes.append(f"fiscal year {old.year} → {new.year}")
    gdp = None
    if old.gdp_percent is not None and new.gdp_percent is not None:
        gdp = new.gdp_percent - old.gdp_percent
    if old.money.currency != new.money.currency:
        notes.append(
            f"currency changed from {old.money.currency} to {new.money.currency}: no delta in money"
        )
        return BudgetDelta(None, None, gdp, "; ".join(notes))
    amount = new.money.amount - old.money.amount
    percent = None
    if old.money.amount:
        percent = (amount / old.money.amount * 100).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_EVEN
        )
    return BudgetDelta(amount, percent, gdp, "; ".join(notes) or None)


def _budget_changes(old: Report, new: Report) -> list[Change]:
    countries = list(
        dict.fromkeys([b.country for b in old.budgets] + [b.country for b in new.budgets])
    )
    changes = []
    for country in countries:
        a, a_ctx = _headline(old, country)
        b, b_ctx = _headline(new, country)
        context = a_ctx + b_ctx
        if a is None and b is not None:
            changes.append(Change(Entity.BUDGET, ChangeKind.ADDED, country, new=b, context=context))
        elif b is None and a is not None:
            changes.append(
                Change(
                    Entity.BUDGET,
                    ChangeKind.REMOVED,
                    country,
                    old=a,
                    context=context,
                    note=f"no budget for {country} in the {new.edition.year} text",
                )
            )
        elif a is not None and b is not None:
            names = ("year", "currency", "amount", "gdp_percent")
            fields = _field_changes(
                {
                    "year": a.year,
                    "currency": a.money.currency,
                    "amount": a.money.amount,
                    "gdp_percent": a.gdp_percent,
                },
                {
                    "year": b.year,
                    "currency": b.money.currency,
                    "amount": b.money.amount,
                    "gdp_percent": b.gdp_percent,
                },
            )
            fields = tuple(f for f in fields if f.name in names)
            if fields:
                delta = budget_delta(a, b)
                changes.append(
                    Change(
                        Entity.BUDGET,
                        ChangeKind.CHANGED,
                        country,
                        a,
                        b,
                        fields,
                        delta=delta,
                        context=context,
                        note=delta.note,
                    )
                )
    return changes


def _agreement_changes(old: Report, new: Report) -> list[Change]:
    pairs, removed, added = _align(old.agreements, new.agreements, lambda a: a.key)

    def score(a: Agreement, b: Agreement) -> float:
        if a.kind is not b.kind or a.counterpart != b.counterpart:
            return 0.0
        return difflib.SequenceMatcher(None, a.title.lower(), b.title.lower()).ratio()

    fuzzy, removed, added = _fuzzy(removed, added, score, AGREEMENT_MATCH)
    names = ("kind", "title", "parties", "date", "status")
    changes = [Change(Entity.AGREEMENT, ChangeKind.ADDED, x.key, new=x) for x in added]
    changes += [Change(Entity.AGREEMENT, ChangeKind.REMOVED, x.key, old=x) for x in removed]
    for a, b in [*pairs, *fuzzy]:
        # The date moves with the edition's year; it is context, not a change of its own.
        fields = tuple(
            f for f in _field_changes(_fields(a, names), _fields(b, names)) if f.name != "date"
        )
        if fields:
            changes.append(Change(Entity.AGREEMENT, ChangeKind.CHANGED, a.key, a, b, fields))
    return changes


def normalise_title(title: str) -> str:
    """A section title for matching: lower case, no acronym in brackets, no punctuation."""
    title = re.sub(r"\s*\([^)]*\)", "", title)
    title = re.sub(r"[^\w\s]", " ", title.lower())
    return " ".join(title.split())


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    a, b = old.split(), new.split()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return tuple(WordOp(op, " ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in ops)


def _section_changes(old: Report, new: Report, *, text: bool = True) -> list[Change]:
    """Sections added, removed, renamed, and (with *text*) rewritten."""

    def key(s: Section) -> str:
        return normalise_title(s.title)

    pairs, removed, added = _align(old.sections, new.sections, key)

    def score(a: Section, b: Section) -> float:
        title = difflib.SequenceMatcher(None, key(a), key(b)).ratio()
        if title >= SECTION_TITLE_MATCH:
            return title
        text = _ratio(a.text, b.text)
        return text if text >= SECTION_TEXT_MATCH else 0.0

    fuzzy, removed, added = _fuzzy(
        removed, added, lambda a, b: score(a, b), min(SECTION_TITLE_MATCH, SECTION_TEXT_MATCH)
    )
    changes = [Change(Entity.SECTION, ChangeKind.ADDED, key(x), new=x) for x in added]
    changes += [Change(Entity.SECTION, ChangeKind.REMOVED, key(x), old=x) for x in removed]
    rewritten = []
    for a, b in [*pairs, *fuzzy]:
        fields = _field_changes(
            {"title": a.title, "level": a.level, "text": a.text},
            {"title": b.title, "level": b.level, "text": b.text},
        )
        if not text:
            # Without prose, a rename or a change of level is still a change.
            fields = tuple(f for f in fields if f.name != "text")
        if not fields:
            continue
        similarity = round(_ratio(a.text, b.text), 3)
        note = f"renamed from “{a.title}” to “{b.title}”" if key(a) != key(b) else None
        rewritten.append(
            Change(
                Entity.SECTION,
                ChangeKind.CHANGED,
                key(a),
                a,
                b,
                fields,
                similarity=similarity,
                words=word_diff(a.text, b.text) if text else (),
                note=note,
            )
        )
    rewritten.sort(key=lambda c: (c.similarity if c.similarity is not None else 1.0, c.key))
    return changes + rewritten


_ORDER = {kind: i for i, kind in enumerate(ChangeKind)}


def diff(
    old: Report, new: Report, *, only: Iterable[Entity] | None = None, text: bool = True
) -> ReportDiff:
    """What changed from edition *old* to edition *new*.

    *only* limits the entities compared (names as ``--only`` takes them, plural or singular,
    or :class:`Entity` members); *text* False leaves the sections' prose out but still reports
    sections added, removed and renamed.
    """
    wanted = set(parse_entities(only)) if only is not None else set(Entity)

    def key_of_partner(p: Partner) -> str:
        return p.code

    def key_of_org(o: Organisation) -> str:
        return o.code

    def key_of_mission(m: Mission) -> str:
        return m.name

    def key_of_reference(r: Reference) -> str:
        return r.key

    builders: list[tuple[Entity, Callable[[], list[Change]]]] = [
        (Entity.EDITION, lambda: _edition_changes(old, new)),
        (
            Entity.PARTNER,
            lambda: _simple(
                Entity.PARTNER, old.partners, new.partners, key_of_partner, ("name", "category")
            ),
        ),
        (
            Entity.ORGANISATION,
            lambda: _simple(
                Entity.ORGANISATION, old.organisations, new.organisations, key_of_org, ("name",)
            ),
        ),
        (Entity.BUDGET, lambda: _budget_changes(old, new)),
        (
            Entity.MISSION,
            lambda: _simple(
                Entity.MISSION,
                old.missions,
                new.missions,
                key_of_mission,
                ("organisation", "location", "status"),
            ),
        ),
        (Entity.AGREEMENT, lambda: _agreement_changes(old, new)),
        (
            Entity.REFERENCE,
            lambda: _simple(Entity.REFERENCE, old.references, new.references, key_of_reference, ()),
        ),
        (Entity.SECTION, lambda: _section_changes(old, new, text=text)),
    ]
    changes: list[Change] = []
    for entity, build in builders:
        if entity not in wanted:
            continue
        found = build()
        if entity is not Entity.SECTION:
            found.sort(key=lambda c: (_ORDER[c.kind], c.key))
        else:
            found.sort(key=lambda c: _ORDER[c.kind])  # stable: keeps the rewrite ranking
        changes.extend(found)
    return ReportDiff(old, new, tuple(changes))
