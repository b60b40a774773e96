"""The diff engine: two Reports → a typed :class:`ReportDiff` of semantic changes that are true.

Entities are aligned by stable keys (partners and budgets by country, missions by canonical
name and aliases, agreements by kind + counterpart + subject, references by dossier/number,
sections by normalised title), duplicates of a key kept apart ("inleiding#2").  What the keys
leave unmatched is matched fuzzily (rapidfuzz), over blocked candidates only (``_match``), so a
reworded title or a renamed section shows as one change, or as none, and never as removed and
added.  deepdiff compares the fields of each aligned pair, sets without order and provenance
(sources, mentions) left out; Decimals are compared exactly.

What is reported, and what is not:

- An agreement's *state* (proposed, signed, in force, suspended, ended, withdrawn) changes only
  when both editions state one; "mentioned" is no state.  *Events* (signed, extended, a party
  withdrew) are reported when the new edition reports one the old did not.  A reworded title,
  or parties in another order, is no change.
- A mission's change is what the new edition reports that the old did not: a mandate started,
  extended or ended, a contribution started, reinforced, reduced or ended.  A mission started
  or extended last year and simply active now has not changed.
- A fact in one edition and absent from the other is *removed* (or *added*) only when the other
  edition's text could have stated it; otherwise it is ``not_in_available_text`` (``_coverage``).
- Budgets: the headline figures, and every year both editions state a figure for (a figure
  restated).  A headline that only moved on to the edition's own year has not changed.

This module is the only one that imports deepdiff.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, TypeVar

import attrs

from reportdiff.dates import MONTH_PATTERN, YEAR
from reportdiff.model import (
    MULTILATERAL,
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementState,
    Amount,
    Budget,
    Mission,
    MissionStatus,
    Organisation,
    Reference,
    Report,
    Section,
    Source,
    Unread,
    title_words,
)
from reportdiff.vocab.agreements import EFFECTIVE_FROM, EFFECTIVE_ON_SIGNING, STATUS_CUES
from reportdiff.vocab.currencies import REFERENCE_CURRENCIES
from reportdiff.vocab.editions import TITLE
from reportdiff.vocab.missions import MISSION_NOUNS

from . import _coverage as cov
from ._match import CAP, align, blocked_candidates, similarity

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
]

T = TypeVar("T")

# Agreements of one kind and counterpart whose subjects are at least this alike are one.
AGREEMENT_MATCH = 0.6
# Sections whose titles, or else texts, are at least this similar are one section renamed.
SECTION_TITLE_MATCH = 0.75
SECTION_TEXT_MATCH = 0.6
# A source sentence longer than this is trimmed at a word boundary.
SOURCE_CHARS = 300


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
    # In one edition, and absent from a part of the other that could not be read (a missing
    # page, a chapter not found): not a removal (or an addition), and counted apart.
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
    # Where each side was read: page, page label and the whole sentence (trimmed at a word
    # boundary past 300 characters).
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
    """What changed from ``old`` to ``new``.  Falsy when nothing did.  ``warnings`` says where
    the comparison itself had to cut a corner (a candidate cap)."""

    old: Report
    new: Report
    changes: tuple[Change, ...]
    warnings: tuple[str, ...] = ()

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


# Where a fact was read, or who else named it: never a change of the fact itself.
PROVENANCE = ("source", "mentions", "page_starts", "aliases")


def _plain(value: Any) -> Any:
    """A fact as nested dicts and tuples for deepdiff: enums as their values, Decimals kept
    (so 1.10 and 1.1 are equal), provenance left out."""
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.name not in PROVENANCE
        }
    if isinstance(value, tuple | list):
        return tuple(_plain(v) for v in value)
    return value


# Leaf types whose equality is deepdiff's: the same type, then ``==`` (Decimal 1.10 equals 1.1,
# as deepdiff has it; 1 and 1.0, or 1 and True, differ in type and so differ).
_LEAVES = (str, int, float, Decimal, bool, type(None), date)


def _known(value: Any) -> bool:
    """Whether *value* is made only of dicts, tuples, lists and :data:`_LEAVES`, for which
    :func:`_same` decides exactly as deepdiff would."""
    if isinstance(value, dict):
        return all(type(k) is str and _known(v) for k, v in value.items())
    if isinstance(value, tuple | list):
        return all(_known(v) for v in value)
    return isinstance(value, _LEAVES)


def _same(a: Any, b: Any, *, unordered: bool = False) -> bool:
    """deepdiff's equality of two :func:`_known` values: types equal all the way down.

    *unordered* is deepdiff's ``ignore_order`` (without ``report_repetition``), at every depth:
    sequences are equal when each item of either has an equal item in the other.
    """
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(
            _same(v, b[k], unordered=unordered) for k, v in a.items()
        )
    if isinstance(a, tuple | list):
        if not unordered:
            return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
        return all(any(_same(x, y, unordered=True) for y in b) for x in a) and all(
            any(_same(y, x, unordered=True) for x in a) for y in b
        )
    return bool(a == b)


def _changed_fields(
    old: dict[str, Any], new: dict[str, Any], *, unordered: Sequence[str] = ()
) -> list[str]:
    """The keys of two plain dicts whose values differ (the *unordered* keys are compared as
    sets), in the old dict's order.

    Decided here for the plain values a Report is made of, exactly as deepdiff decides (the
    tests hold the two against each other), so that a diff, a cached one above all, does not
    pay deepdiff's import (asyncio, cachebox: about 25 ms); anything else goes to deepdiff.
    """
    keys = [*old, *(k for k in new if k not in old)]
    if _known(old) and _known(new):
        changed = {
            k
            for k in keys
            if (
                not _same(old.get(k), new.get(k), unordered=True)
                if k in unordered  # deepdiff compares a missing set as None
                else k not in old or k not in new or not _same(old[k], new[k])
            )
        }
    else:
        changed = set(_deep_changed_fields(old, new, unordered=unordered))
    return [k for k in keys if k in changed]


def _deep_changed_fields(
    old: dict[str, Any], new: dict[str, Any], *, unordered: Sequence[str] = ()
) -> list[str]:
    """:func:`_changed_fields` by deepdiff, for values :func:`_same` does not know."""
    from deepdiff import DeepDiff

    ordered = {k: v for k, v in old.items() if k not in unordered}
    ordered_new = {k: v for k, v in new.items() if k not in unordered}
    changed = {
        str(k) for k in DeepDiff(ordered, ordered_new, ignore_order=False).affected_root_keys
    }
    sets_old = {k: old.get(k) for k in unordered}
    sets_new = {k: new.get(k) for k in unordered}
    changed |= {str(k) for k in DeepDiff(sets_old, sets_new, ignore_order=True).affected_root_keys}
    return [k for k in old if k in changed] + [k for k in new if k in changed and k not in old]


def _trim(source: Source | None) -> Source | None:
    """*source* with its sentence trimmed at a word boundary past :data:`SOURCE_CHARS`."""
    if source is None or len(source.text) <= SOURCE_CHARS:
        return source
    cut = source.text[:SOURCE_CHARS]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return attrs.evolve(source, text=cut.rstrip(" ,;:") + " …")


def _source(fact: Any) -> Source | None:
    found = getattr(fact, "source", None)
    return _trim(found) if isinstance(found, Source) else None


def _change(
    entity: Entity, kind: ChangeKind, key: str, old: Any = None, new: Any = None, **more: Any
) -> Change:
    """A Change with the sources of its facts (unless given)."""
    more.setdefault("old_source", _source(old))
    more.setdefault("new_source", _source(new))
    return Change(entity, kind, key, old, new, **more)


def _absent(
    entity: Entity, key: str, fact: Any, *, side: str, readable: bool, other: Report
) -> Change:
    """A fact of one side only: added/removed when the other side's text could have stated it,
    else not in the available text."""
    year = other.edition.year
    if readable:
        kind = ChangeKind.REMOVED if side == "old" else ChangeKind.ADDED
        note = _reports(fact) if side == "new" else None
    else:
        kind = ChangeKind.UNAVAILABLE
        note = f"not in the available text of the {year} edition"
    if side == "old":
        return _change(entity, kind, key, old=fact, note=note)
    return _change(entity, kind, key, new=fact, note=note)


def _reports(fact: Any) -> str | None:
    """What the edition reports happened to a fact it adds: a mission's mandate and Dutch
    contribution, an agreement's events."""
    if isinstance(fact, Mission):
        parts = []
        if fact.mandate is not None:
            parts.append(f"mandate {fact.mandate.value}")
        if fact.contribution is not None:
            detail = f": {fact.contribution_detail}" if fact.contribution_detail else ""
            parts.append(f"contribution {fact.contribution.value}{detail}")
        return "; ".join(parts) or None
    if isinstance(fact, Agreement) and fact.events:
        return ", ".join(str(e) for e in fact.events)
    return None


def _sides(
    entity: Entity,
    removed: Iterable[tuple[Any, str]],
    added: Iterable[tuple[Any, str]],
    old: Report,
    new: Report,
    readable: Callable[[Report, Any], bool],
) -> list[Change]:
    out = [
        _absent(entity, k, x, side="new", readable=readable(old, x), other=old) for x, k in added
    ]
    out += [
        _absent(entity, k, x, side="old", readable=readable(new, x), other=new) for x, k in removed
    ]
    return out


def _anywhere(report: Report, _fact: Any) -> bool:
    return cov.available(report)


# --- per entity ------------------------------------------------------------------------------


def _title_wording(title: str) -> str:
    m = TITLE.search(title)
    return re.sub(r"\s+" + YEAR + r"$", "", m.group("title") if m else title)


def _edition_changes(old: Report, new: Report) -> list[Change]:
    a, b = old.edition, new.edition
    before = {"title": _title_wording(a.title), "layout": a.layout.value}
    after = {"title": _title_wording(b.title), "layout": b.layout.value}
    names = _changed_fields(before, after)
    if not names:
        return []
    fields = tuple(FieldChange(n, before[n], after[n]) for n in names)
    return [Change(Entity.EDITION, ChangeKind.CHANGED, "edition", a, b, fields)]


def _partner_changes(old: Report, new: Report) -> list[Change]:
    found = align(old.partners, new.partners, lambda p: p.code)
    changes = _sides(
        Entity.PARTNER,
        found.removed,
        found.added,
        old,
        new,
        lambda r, _p: cov.partner_available(r),
    )
    changes = [_unread_partner(c, old if c.kind is ChangeKind.ADDED else new) for c in changes]
    for a, b, key, _ in found.pairs:
        changes += _simple_change(Entity.PARTNER, key, a, b, ("name", "category"))
    return changes


def _unread_partner(change: Change, other: Report) -> Change:
    """*change* (a partner added or removed), unless the *other* edition names the country
    beside a word for partners, or in its partner chapter, in a sentence no partner was read
    from: then the parser missed it there, and it is not in the available text."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return change
    mention = cov.unread_partner(other, change.key)
    if mention is None:
        return change
    where = mention.source.page_label or mention.source.page
    note = (
        f"the {other.edition.year} text names it as it speaks of partners (p. {where}: "
        f'"{mention.source.text}") in words not read as a partnership; see `reportdiff check`'
    )
    return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)


def _simple_change(entity: Entity, key: str, a: Any, b: Any, names: Sequence[str]) -> list[Change]:
    pa, pb = _plain(a), _plain(b)
    before = {n: pa[n] for n in names}
    after = {n: pb[n] for n in names}
    fields = tuple(FieldChange(n, before[n], after[n]) for n in _changed_fields(before, after))
    return [_change(entity, ChangeKind.CHANGED, key, a, b, fields=fields)] if fields else []


def _organisation_changes(old: Report, new: Report) -> list[Change]:
    def key(o: Organisation) -> str:
        return o.code

    found = align(old.organisations, new.organisations, key)
    # Added or removed only.  The acronym is the organisation; a name read from the text
    # (for one the vocabulary does not know) differs with each edition's wording ("EI2 en
    # het Noordzee-initiatief" against "Noordzee-initiatief"), not with the organisation, and
    # a known one's name is the vocabulary's, the same in both.
    changes = _sides(Entity.ORGANISATION, found.removed, found.added, old, new, _anywhere)
    return [_unread_organisation(c, old if c.kind is ChangeKind.ADDED else new) for c in changes]


def _unread_organisation(change: Change, other: Report) -> Change:
    """*change* (an organisation added or removed), unless the *other* edition's text still
    names the organisation in words not read as taking part in it (a paragraph led by its
    name that the reading order broke up): then it is not in the available text."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return change
    from reportdiff.vocab.organisations import find_organisations

    fact = change.new if change.kind is ChangeKind.ADDED else change.old
    for section in other.sections:
        # A heading is text too: a line of figures or names set in bold ("Hoofdkaders: EU,
        # NAVO, VN. Plus lidmaatschap: NORDEFCO; OVSE") is read as one.
        named = [
            (start, end)
            for start, end, code in find_organisations(section.title)
            if code == fact.code
        ]
        if section.heading_found and named:
            page, label = section.source.page, section.source.page_label
            text = _sentence_around(section.title, *named[0])
            note = (
                f"the {other.edition.year} text names it too (p. {label or page}, in the heading "
                f'"{text}") in words not read as taking part in it; see `reportdiff check`'
            )
            return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)
        for start, end, code in find_organisations(section.text):
            if code != fact.code:
                continue
            page, label = section.page_at(start)
            text = _sentence_around(section.text, start, end)
            note = (
                f'the {other.edition.year} text names it too (p. {label or page}: "{text}") '
                "in words not read as taking part in it; see `reportdiff check`"
            )
            return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)
    return change


# Where a sentence ends inside a section's text, for quoting the one around a match.
_SENTENCE_STOP = re.compile(r"[.!?;](?=\s+[A-Z0-9])")
_QUOTE_MAX = 200


def _sentence_around(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)]
    after = _SENTENCE_STOP.search(text, end)
    sentence = text[(before[-1] if before else 0) : (after.end() if after else len(text))].strip()
    return sentence if len(sentence) <= _QUOTE_MAX else sentence[: _QUOTE_MAX - 1] + "…"


def _reference_changes(old: Report, new: Report) -> list[Change]:
    def key(r: Reference) -> str:
        return r.key

    found = align(old.references, new.references, key)
    return [
        _unread_reference(c, old if c.kind is ChangeKind.ADDED else new)
        for c in _sides(Entity.REFERENCE, found.removed, found.added, old, new, _anywhere)
    ]


def _reference_mention(report: Report, ref: Reference) -> Source | None:
    """The sentence of *report* that still gives *ref*'s dossier and, shortly after it, its
    number, in a form not read as a citation ("TK-stuk 33 279/994", a footnote set apart)."""
    main = ref.dossier.split("-")[0]
    if not main.isdigit() or len(main) < 4 or not ref.number.isdigit():
        return None
    for section in report.sections:
        start = _dossier_then_number(section.text, main, ref.number)
        if start is not None:
            return _sentence_at(section, start)
    return None


# What may stand between a dossier's thousands and the rest ("33 279", "33.279").
_THOUSANDS_GAP = ".\u00a0\u202f"
# How far after the dossier its number may stand.
_NUMBER_REACH = 60


def _dossier_then_number(text: str, dossier: str, number: str) -> int | None:
    r"""Where *text* first gives *dossier* ("33279", also "33 279") and, within 60
    characters after it, *number* as a number of its own ("nr. 994", "/994"); None if
    nowhere.

    It finds what ``(?<!\d)33[\s.\u00a0\u202f]?279(?!\d).{0,60}?(?<![\d,.])994(?!\d)``
    (DOTALL) finds, scanning instead of compiling a pattern for each citation: the diff
    asks this of every citation added or removed, and compiling each took longer than the
    rest of the diff.  (``\d`` and ``\s`` are ``str.isdecimal`` and ``str.isspace``.)"""
    head, tail = dossier[:-3], dossier[-3:]
    size = len(text)
    at = text.find(head)
    while at != -1:
        if at == 0 or not text[at - 1].isdecimal():
            after = at + len(head)
            gaps = [after]
            if after < size and (text[after].isspace() or text[after] in _THOUSANDS_GAP):
                gaps.append(after + 1)
            for rest in gaps:
                end = rest + len(tail)
                if text.startswith(tail, rest) and not (end < size and text[end].isdecimal()):
                    found = text.find(number, end, end + _NUMBER_REACH + len(number))
                    while found != -1:
                        close = found + len(number)
                        before = text[found - 1]
                        if (
                            not before.isdecimal()
                            and before not in ",."
                            and not (close < size and text[close].isdecimal())
                        ):
                            return at
                        found = text.find(number, found + 1, end + _NUMBER_REACH + len(number))
        at = text.find(head, at + 1)
    return None


def _unread_reference(change: Change, other: Report) -> Change:
    """*change* (a citation added or removed), unless the *other* edition's text still gives
    the dossier and number: the parser missed the citation on that side."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return change
    fact = change.new if change.kind is ChangeKind.ADDED else change.old
    mention = _reference_mention(other, fact)
    if mention is None:
        return change
    where = mention.page_label or mention.page
    note = (
        f'the {other.edition.year} text gives it too (p. {where}: "{mention.text}") in a form '
        "not read as a citation; see `reportdiff check`"
    )
    return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)


# Budgets -------------------------------------------------------------------------------------


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
    elif _is_fiscal(old.year) and _is_fiscal(new.year) and old.year != new.year:
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


def _budget_fields(b: Budget) -> dict[str, Any]:
    return {
        "year": b.year,
        "currency": b.money.currency,
        "amount": b.money.amount,
        "gdp_percent": b.gdp_percent,
    }


def _budget_changed_fields(a: Budget, b: Budget) -> list[str]:
    """The fields of two budgets that differ, a share of GDP only when both editions give
    one: a share read on one side only is one the parser did not find on the other (an
    edition's wording it does not know), not a share that appeared or went.  Nor does the
    amount differ when one side is an approximation the other's figure falls within ("ruim
    tien miljard" against "10,2 miljard"): the text does not say it changed."""
    names = _changed_fields(_budget_fields(a), _budget_fields(b))
    if a.gdp_percent is None or b.gdp_percent is None:
        names = [n for n in names if n != "gdp_percent"]
    if "amount" in names and a.money.currency == b.money.currency and _within_approximation(a, b):
        names = [n for n in names if n != "amount"]
    return names


# An approximation ("circa 8,5 miljard", "afgerond € 95,8 mld.", "ruim tien miljard") is taken
# to be rounded at its last stated digit, and never to be off by more than this share of itself.
_APPROXIMATION = Decimal("0.1")


def _tolerance(amount: Decimal) -> Decimal:
    """How far the true figure may lie from an approximate *amount*: half a unit of its last
    digit that is not zero, as rounding leaves it (0.05 bn of "8,5 miljard", 0.005 bn of
    "4.760 miljoen", 0.5 bn of "tien miljard"), at most a tenth of the amount."""
    digits = amount.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    return min(Decimal(10) ** exponent / 2, abs(amount) * _APPROXIMATION)


def _within_approximation(a: Budget, b: Budget) -> bool:
    """Whether the two amounts agree once an approximate side is taken for what it is."""
    if not (a.approximate or b.approximate):
        return False
    tolerance = max(_tolerance(x.money.amount) if x.approximate else Decimal(0) for x in (a, b))
    return abs(a.money.amount - b.money.amount) <= tolerance


def _own_year(report: Report, b: Budget) -> bool:
    year = str(report.edition.year)
    return b.year == year or b.year.startswith(year + "/")


def _unread_note(report: Report, amount: Amount | Unread, country: str) -> str:
    """Why *country*'s budget, absent from *report*, is not reported as added or removed."""
    where = f"p. {amount.source.page_label or amount.source.page}"
    if isinstance(amount, Amount) and amount.country != country:
        return (
            f"the {report.edition.year} text gives an amount in {amount.money.currency}, the "
            f"currency of {country}'s budget, that could not be read as a budget ({where}: "
            f"{amount.reason or 'unclassified'}); see `reportdiff check`"
        )
    if isinstance(amount, Unread):
        return (
            f"the {report.edition.year} text names {amount.country} beside a currency and a "
            f"figure that could not be read ({where}: “{_clip(amount.source.text)}”); see "
            "`reportdiff check`"
        )
    return (
        f"the {report.edition.year} text gives an amount for {amount.country} that could not "
        f"be read as a budget ({where}: {amount.reason or 'unclassified'}); see `reportdiff check`"
    )


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unread(
    report: Report, country: str, currency: str, shared: set[str]
) -> Amount | Unread | None:
    """What in *report* may be *country*'s budget, unread: an amount not taken for one, a
    figure beside a currency that gave no amount, or an amount not taken for a budget in
    *currency* (its budget's in the other edition), unless another country's budget is in
    that currency too (*shared*) or others' figures are restated in it (the euro, the
    dollar).  A table row whose country name broke over two lines leaves its figure with no
    country, or another's, but still in the country's own currency."""
    found = cov.unread_amount(report, country) or cov.unread_figure(report, country)
    if found is None and currency not in shared and currency not in REFERENCE_CURRENCIES:
        found = cov.unread_in_currency(report, currency)
    return found


def _budget_changes(old: Report, new: Report) -> list[Change]:
    countries = list(
        dict.fromkeys([b.country for b in old.budgets] + [b.country for b in new.budgets])
    )
    changes = []
    for country in countries:
        a, a_ctx = _headline(old, country)
        b, b_ctx = _headline(new, country)
        context = a_ctx + b_ctx
        # The currencies of the other countries' budgets, in either edition.
        shared = {x.money.currency for x in (*old.budgets, *new.budgets) if x.country != country}
        if a is None and b is not None:
            unread = _unread(old, country, b.money.currency, shared)
            if not cov.budget_available(old, country):
                kind = ChangeKind.UNAVAILABLE
                note: str | None = f"not in the available text of the {old.edition.year} edition"
            elif unread is not None:
                kind, note = ChangeKind.UNAVAILABLE, _unread_note(old, unread, country)
            else:
                kind, note = ChangeKind.ADDED, None
            changes.append(_change(Entity.BUDGET, kind, country, new=b, context=context, note=note))
        elif b is None and a is not None:
            unread = _unread(new, country, a.money.currency, shared)
            if cov.budget_available(new, country) and unread is not None:
                kind, note = ChangeKind.UNAVAILABLE, _unread_note(new, unread, country)
            elif cov.budget_available(new, country):
                kind, note = (
                    ChangeKind.REMOVED,
                    f"no budget for {country} in the {new.edition.year} text",
                )
            else:
                kind = ChangeKind.UNAVAILABLE
                note = (
                    f"{country}'s section is not in the available text of the "
                    f"{new.edition.year} edition"
                )
            changes.append(_change(Entity.BUDGET, kind, country, old=a, context=context, note=note))
        elif a is not None and b is not None:
            names = _budget_changed_fields(a, b)
            if (
                names == ["year"]
                and _own_year(old, a)
                and _own_year(new, b)
                and (_is_fiscal(a.year) == _is_fiscal(b.year))
            ):
                names = []  # the same figure, moved on to the edition's own year
            if names:
                before, after = _budget_fields(a), _budget_fields(b)
                fields = tuple(FieldChange(n, before[n], after[n]) for n in names)
                delta = budget_delta(a, b)
                changes.append(
                    _change(
                        Entity.BUDGET,
                        ChangeKind.CHANGED,
                        country,
                        a,
                        b,
                        fields=fields,
                        delta=delta,
                        context=context,
                        note=delta.note,
                    )
                )
        changes += _restated(country, old, new)
    return changes


def _restated(country: str, old: Report, new: Report) -> list[Change]:
    """A year both editions give a figure for, with another amount or share in the new one."""
    out = []
    olds = {b.year: b for b in old.budgets if b.country == country}
    news = {b.year: b for b in new.budgets if b.country == country}
    for year in sorted(set(olds) & set(news)):
        a, b = olds[year], news[year]
        names = [
            n for n in _budget_changed_fields(a, b) if n in ("amount", "currency", "gdp_percent")
        ]
        if not names:
            continue
        before, after = _budget_fields(a), _budget_fields(b)
        delta = budget_delta(a, b)
        note = (
            f"restated: the {new.edition.year} edition gives {country}'s {year} figure "
            f"differently from the {old.edition.year} edition"
        )
        out.append(
            _change(
                Entity.BUDGET,
                ChangeKind.CHANGED,
                f"{country} {year}",
                a,
                b,
                fields=tuple(FieldChange(n, before[n], after[n]) for n in names),
                delta=attrs.evolve(delta, note=None),
                note=note + (f"; {delta.note}" if delta.note else ""),
            )
        )
    return out


# Missions ------------------------------------------------------------------------------------


def _mission_alias_key(name: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", name.lower())
    text = re.sub(r"\b(?:de|het|in|the)\b", " ", text)
    return " ".join(re.sub(r"[-\s]+", " ", text).split())


def _mission_changes(old: Report, new: Report) -> list[Change]:
    def key(m: Mission) -> str:
        return m.name

    def forms(m: Mission) -> set[str]:
        return {_mission_alias_key(x) for x in (m.name, *m.aliases)}

    def candidates(left_old: list[int], left_new: list[int]) -> Iterable[tuple[int, int]]:
        return [
            (i, j)
            for i in left_old
            for j in left_new
            if forms(old.missions[i]) & forms(new.missions[j])
        ]

    found = align(
        old.missions,
        new.missions,
        key,
        candidates=candidates,
        score=lambda _a, _b: 1.0,
        threshold=1.0,
    )
    changes = [
        _unread_mission(c, old if c.kind is ChangeKind.ADDED else new)
        for c in _sides(Entity.MISSION, found.removed, found.added, old, new, _anywhere)
    ]
    for a, b, k, _ in found.pairs:
        fields = _mission_fields(a, b)
        if fields:
            changes.append(_change(Entity.MISSION, ChangeKind.CHANGED, k, a, b, fields=fields))
    return changes


# The words of a mission's name that do not tell it from another.
_GENERIC_MISSION_WORDS = MISSION_NOUNS | frozenset(
    {
        "de",
        "het",
        "van",
        "in",
        "eu",
        "vn",
        "un",
        "navo",
        "nato",
        "the",
        "of",
    }
)


def _mission_mention(report: Report, mission: Mission) -> Source | None:
    """The sentence of *report* that names *mission* by the distinctive words of its name
    ("Zeeleeuw" of "missie Zeeleeuw", "UNTSO"), though no mission was read from it."""
    from reportdiff.vocab.countries import find_countries

    words = [
        w
        for name in (mission.name, *mission.aliases)
        for w in re.findall(r"[\w-]+", re.sub(r"\([^)]*\)", " ", name))
        if w.casefold() not in _GENERIC_MISSION_WORDS
        and (len(w) >= 4 or w.isupper())
        and not find_countries(w)  # "eFP Litouwen": the country is where, not which
    ]
    for word in dict.fromkeys(words):
        # An acronym as written; a word in any case, also inside a compound ("Zeeleeuw-missie").
        flags = 0 if word.isupper() else re.IGNORECASE
        pattern = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![^\W-])", flags)
        for section in report.sections:
            m = pattern.search(section.text)
            if m is not None:
                return _sentence_at(section, m.start())
    return _described(report, mission)


# A word for a mission or for a presence abroad, also at the end of a compound
# ("adviesmissie", "NAVO-presentie", "vredesmacht", "adviseursgroep", "Nederlandse inzet").
_MISSION_WORD = re.compile(
    r"\w*(?:missie|operatie|presentie|aanwezigheid|macht|groep|inzet|contingent|detachement)\b",
    re.I,
)


def _described(report: Report, mission: Mission) -> Source | None:
    """The sentence of *report* that describes *mission* without its name: its organisation,
    its host country and a word for a mission, together in one sentence ("de vooruitgeschoven
    NAVO-presentie (NAVO, Litouwen)", "de Iraakse NAVO-adviesmissie"), though no mission was
    read from it."""
    from reportdiff.vocab.countries import find_countries, lookup_country

    if not mission.location or not mission.organisation:
        return None
    # A country by any of its names ("Irak", "Iraakse"); a region as written ("het
    # Midden-Oosten").
    host = lookup_country(mission.location)
    region = None if host else mission.location.casefold()
    org = re.compile(r"(?<![\w])" + re.escape(mission.organisation) + r"(?![^\W-])")
    for section in report.sections:
        text = section.text
        start = 0
        for end_m in [*_SENTENCE_END.finditer(text), None]:
            end = end_m.end() if end_m else len(text)
            sentence = text[start:end]
            if (
                org.search(sentence)
                and _MISSION_WORD.search(sentence)
                and (
                    region in sentence.casefold()
                    if region
                    else host in {code for _, _, code in find_countries(sentence)}
                )
            ):
                return _sentence_at(section, start)
            start = end
    return None


def _unread_mission(change: Change, other: Report) -> Change:
    """*change* (a mission added or removed), unless the *other* edition's text still names
    the mission: then the parser missed it on that side, and it is not in the available
    text, not a change."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return change
    fact = change.new if change.kind is ChangeKind.ADDED else change.old
    mention = _mission_mention(other, fact)
    if mention is None:
        return change
    where = mention.page_label or mention.page
    note = (
        f'the {other.edition.year} text names it too (p. {where}: "{mention.text}") in words '
        "not read as a mission; see `reportdiff check`"
    )
    return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)


def _mission_fields(a: Mission, b: Mission) -> tuple[FieldChange, ...]:
    """What the new edition reports of the mission that the old did not: a status, mandate
    or contribution it gives (an active mission after last year's start or extension has not
    changed), and the detail of a contribution change."""
    names = ("status", "mandate", "contribution", "contribution_detail")
    pa, pb = _plain(a), _plain(b)
    before = {n: pa[n] for n in names}
    after = {n: pb[n] for n in names}
    out: list[FieldChange] = []
    for name in _changed_fields(before, after):
        if after[name] is None:
            continue  # the new edition says nothing of it: no news, no change
        if name == "status" and b.status is MissionStatus.ACTIVE:
            continue
        if (
            name == "contribution_detail"
            and not any(f.name == "contribution" for f in out)
            and (before[name] is None)
        ):
            continue
        out.append(FieldChange(name, before[name], after[name]))
    return tuple(out)


# Agreements ----------------------------------------------------------------------------------


def _agreement_subjects(a: Agreement) -> list[str]:
    from reportdiff.vocab.agreements import subject_text

    return [subject_text(a.title)]


def _comparable(a: Agreement, b: Agreement) -> bool:
    """Whether two agreements can be one: the same kind, and the same counterpart (parties in
    any order), or both treaties of many parties."""
    if a.kind is not b.kind:
        return False
    return a.counterpart == b.counterpart or a.multilateral or b.multilateral


# The content words of a sentence about an agreement: long enough to be the subject's.
_CONTENT_WORD = 6


def _same_subject_in_sentences(a: Agreement, b: Agreement) -> bool:
    """Whether the sentences the two agreements were read from share their subject: at least
    two content words, half of the shorter sentence's.  A title may miss a subject written
    before the kind ("Voor medische evacuatie uit inzetgebieden blijft een Declaration of
    Intent met Noorwegen het kader"); the sentence has it.  (Two agreements of one kind and
    counterpart about the same subject are taken for one: at worst a change is missed, never
    an agreement reported gone that is still there.)"""
    from reportdiff.vocab.agreements import subject_text

    def words(x: Agreement) -> set[str]:
        return {w for w in subject_text(x.source.text).split() if len(w) >= _CONTENT_WORD}

    wa, wb = words(a), words(b)
    shared = wa & wb
    return len(shared) >= 2 and len(shared) * 2 >= min(len(wa), len(wb))


def _agreement_score(a: Agreement, b: Agreement, *, unique: bool) -> float:
    """How alike two comparable agreements' subjects are, 0..1; the only agreement of its kind
    and counterpart on each side matches unless its subject plainly differs; an equal date
    breaks ties."""
    sa, sb = _agreement_subjects(a), _agreement_subjects(b)
    best = max(
        (similarity(x, y, scorer="token_set") if x and y else 0.0 for x in sa for y in sb),
        default=0.0,
    )
    empty = not any(sa) or not any(sb)
    if unique and (empty or best >= 0.3):
        best = max(best, AGREEMENT_MATCH)
    elif a.counterpart == b.counterpart and _same_subject_in_sentences(a, b):
        # The same kind and counterpart, and sentences about the same subject: one agreement
        # whose titles were read differently (a subject written before the kind, or named
        # twice in one edition).
        best = max(best, AGREEMENT_MATCH)
    tie = 0.001 if a.date is not None and a.date == b.date else 0.0
    return best + tie


# The order an agreement's life runs in.
_LIFECYCLE = {AgreementState.PROPOSED: 0, AgreementState.SIGNED: 1, AgreementState.IN_FORCE: 2}


def _recalled(old: AgreementState, new: AgreementState) -> bool:
    """Whether the new edition puts the agreement at an earlier step of its life than the old
    one did: it recalls its history ("overeengekomen in 2091, geldt onverkort" of one the
    edition before called "nog steeds geldig"), it does not undo it.  A suspension or an end
    is no earlier step; a resumption after one is news."""
    return old in _LIFECYCLE and new in _LIFECYCLE and _LIFECYCLE[new] < _LIFECYCLE[old]


# An agreement said to be as it was: "onveranderd geldend", "ongewijzigd van kracht",
# "loopt zonder wijziging door".
_UNCHANGED = re.compile(
    r"\b(?:onveranderd|ongewijzigd|zonder\s+wijziging(?:en)?|als\s+voorheen)\b", re.IGNORECASE
)


def _came_into_force(a: Agreement, b: Agreement, old_year: int) -> bool:
    """Whether an agreement the old edition called signed and the new one in force is shown to
    have come into force in between: the old edition signed it in its own year (news then,
    in force now), or the new one says it entered into force since.  An old edition that
    only recalled a signing years before ("overeengekomen in 2091, geldt onverkort", in the
    2094 edition) did not say it was not in force yet.  Other steps are not this question."""
    if (a.state, b.state) != (AgreementState.SIGNED, AgreementState.IN_FORCE):
        return True
    if _UNCHANGED.search(b.source.text):
        # "DoI … onveranderd geldend": the new edition says nothing changed; a step it did
        # not report is not printed as one.
        return False

    def year(e: AgreementEvent) -> int | None:
        return int(e.date[:4]) if e.date else None

    signed = [year(e) for e in a.events if e.kind is AgreementEventKind.SIGNED]
    entered = [year(e) for e in b.events if e.kind is AgreementEventKind.ENTERED_INTO_FORCE]
    if any(y is None or y > old_year for y in entered):
        return True
    # An arrangement that takes effect when it is signed ("DoI … ondertekend per mei 2061",
    # then "onverkort geldend") was in force already, unless the new edition dates its being
    # in force after the old edition's year ("getekend 26 februari 1967, geldigheid volgt
    # later", then "geldig sedert 1 juli 1968").
    if b.kind in EFFECTIVE_ON_SIGNING:
        since = EFFECTIVE_FROM.search(b.source.text)
        dated = int(since.group(1)) if since else int(b.date[:4]) if b.date else None
        return dated is not None and dated > old_year
    return any(y is not None and y >= old_year for y in signed)


def _new_events(a: Agreement, b: Agreement, old_year: int) -> list[AgreementEvent]:
    """The events of *b* that are news: not reported by the old edition (the same kind and
    party is the same event, whatever date each edition gives it: editions restate history in
    their own words), and not dated in or before the old edition's year (history the new
    edition recalls: "in 2051 gesloten, bleef in 2052 van kracht")."""
    seen = {(e.kind, e.party) for e in a.events}
    return [
        e
        for e in b.events
        if (e.kind, e.party) not in seen and (e.date is None or int(e.date[:4]) > old_year)
    ]


def _real_parties(a: Agreement) -> frozenset[str]:
    return frozenset(p for p in a.parties if p != MULTILATERAL)


def _agreement_fields(
    a: Agreement, b: Agreement, old_year: int
) -> tuple[tuple[FieldChange, ...], str | None]:
    """State transitions (both states known), new events, parties (as sets, both listed)."""
    names = ("state", "events", "parties")
    pa, pb = _plain(a), _plain(b)
    before = {n: pa[n] for n in names}
    after = {n: pb[n] for n in names}
    changed = _changed_fields(before, after, unordered=("events", "parties"))
    out = []
    note = None
    for name in changed:
        if name == "state":
            if a.state is None or b.state is None or _recalled(a.state, b.state):
                continue
            if not _came_into_force(a, b, old_year):
                continue
            out.append(FieldChange("state", a.state.value, b.state.value))
        elif name == "events":
            fresh = _new_events(a, b, old_year)
            if not fresh:
                continue
            out.append(FieldChange("events", a.events, b.events))
            note = "new: " + ", ".join(str(e) for e in fresh)
        elif name == "parties":
            ra, rb = _real_parties(a), _real_parties(b)
            if len(ra) < 2 or len(rb) < 2 or ra == rb:
                continue  # a party list on one side only, or the same parties in another order
            out.append(FieldChange("parties", tuple(sorted(ra)), tuple(sorted(rb))))
            gone, joined = sorted(ra - rb), sorted(rb - ra)
            what = "; ".join(
                x
                for x in (
                    f"no longer a party: {', '.join(gone)}" if gone else "",
                    f"new party: {', '.join(joined)}" if joined else "",
                )
                if x
            )
            note = f"{note}; {what}" if note else what
    return tuple(out), note


# A sentence still mentions an agreement when it names the agreement's counterparts and
# its subject's words, up to this many of them (the first in the title), each at least
# _SUBJECT_MIN letters long; fewer than two such words are too little to tell it by.
_SUBJECT_WORDS = 4
_SUBJECT_MIN = 4
# A subject word this long is a compound of its own ("inlichtingenofficieren"): of a title's
# two subject words, it alone tells the agreement.
_DISTINCT_WORD = 14
# The words of the sentence an agreement was read from that may name its subject when its
# title does not: at least this long (shorter ones are mostly the frame: "biedt", "geldt").
_SENTENCE_WORD_MIN = 7
# Words of that sentence that frame a subject rather than name it: a status ("verlengd",
# "ondertekend") or a month ("september").
_FRAME_WORD = re.compile(
    "|".join(f"(?:{cue})" for _, cue in STATUS_CUES) + "|" + MONTH_PATTERN, re.IGNORECASE
)


def _mention(report: Report, agreement: Agreement) -> Source | None:
    """The sentence of *report* that still mentions *agreement* (its counterparts and the
    words of its subject), though no agreement was read from it; None when there is none or
    the title has too few words to tell it by.  A title of one word besides its kind
    ("Joint Policy Direction (JPD)": "joint") is tried, and then the subject in the sentence
    it was read from ("… partner Suriname, onderwerp marineoptreden noordzeebreed …")."""
    found = _mention_by(report, agreement, from_source=False)
    words = title_words(agreement.title)
    # Only when that one word is nowhere in the other edition: where it is, without the kind
    # beside it, the title has said what it can ("kustwachttaken" discussed before an MoU on
    # it was signed).
    if (
        found is None
        and len(words) == 1
        and not any(words[0] in section.text.lower() for section in report.sections)
    ):
        from reportdiff.vocab.agreements import find_agreement_kinds

        found = _mention_by(report, agreement, from_source=True)
        # A sentence that names an agreement of another kind speaks of that one ("… tekenden
        # Nederland en Noorwegen de Status of Forces Agreement …", in a house style that
        # words every signing alike).
        kinds = {k for _, _, k in find_agreement_kinds(found.text)} if found else set()
        if kinds and agreement.kind not in kinds:
            found = None
    return found


def _mention_by(report: Report, agreement: Agreement, *, from_source: bool) -> Source | None:
    """_mention by the words of *agreement*'s title, or (*from_source*, or when the title has
    none) by those of the sentence it was read from."""
    from reportdiff.vocab.agreements import find_agreement_kinds, kinds_maybe_named, subject_text
    from reportdiff.vocab.countries import find_countries

    words = [w for w in title_words(agreement.title)[:_SUBJECT_WORDS] if len(w) >= _SUBJECT_MIN]
    if from_source:
        words = []
    # All the subject's words, or all but one of three or more: a title may have taken a word
    # from its own sentence ("… offshore-infrastructuur (toepassing …)"); of two, one will do
    # when it is a long compound of its own ("PD inlichtingenofficieren – Noorwegen, …" for
    # the Policy Direction over uitwisseling van inlichtingenofficieren).
    needed = len(words) - 1 if len(words) >= 3 else len(words)
    long_words = [w for w in words if len(w) >= _DISTINCT_WORD]
    # With one subject word only, the sentence must name the kind too.
    with_kind = len(words) == 1
    if not words:
        # A title that is only the kind ("Status of Forces Agreement (statusregeling …)"):
        # the subject is in the sentence it was read from ("Voor brandstofopslag met het
        # Verenigd Koninkrijk biedt de …"), among words that only frame it ("biedt de
        # grondslag"; a status or a date: "verlengd", "september"), so half of its long words
        # will do, and at least two; or one ("SOFA munitiedepots verlengd …", a table's row)
        # with the kind named beside it.
        words = [
            w
            for w in dict.fromkeys(subject_text(agreement.source.text).split())
            if len(w) >= _SENTENCE_WORD_MIN and not _FRAME_WORD.fullmatch(w)
        ]
        needed = max(2, (len(words) + 1) // 2)
        if len(words) == 1:
            needed, with_kind = 1, True
        elif not words:
            return None
    # A word's stem, so that "oefenterrein" finds "oefenterreinen" and the reverse.
    stems = [re.compile(r"\b" + re.escape(w[: max(_SUBJECT_MIN, len(w) - 2)])) for w in words]
    distinct = [s for w, s in zip(words, stems, strict=True) if w in long_words]

    def enough(text: str) -> bool:
        found = sum(1 for stem in stems if stem.search(text))
        return found >= needed or (
            len(words) == 2 and found == 1 and any(s.search(text) for s in distinct)
        )

    others = _real_parties(agreement) - {"NL"}

    def names(sentence: str) -> bool:
        # (a word that may name the kind will do beside the counterparts: this only keeps a
        # change from being asserted; with no country in the sentence the kind itself is
        # needed, below)
        return not with_kind or agreement.kind in kinds_maybe_named(sentence)

    for section in report.sections:
        # A heading is text too: a question set in bold on a line of its own ("Hoe staat de
        # Declaration of Intent over luchttransport met Duitsland ervoor?") is read as one.
        title = section.title
        if (
            section.heading_found
            and enough(title.lower())
            and others <= {code for _, _, code in find_countries(title)}
            and names(title)
        ):
            return section.source
        text = section.text
        lowered = text.lower()
        if not enough(lowered):
            continue
        # A country's own section speaks of it in every sentence ("Spanje": "De eerder
        # gesloten PD over samenwerking tussen speciale eenheden gold onverminderd.").
        named = {code for _, _, code in find_countries(section.title)}
        start = 0
        for end_m in [*_SENTENCE_END.finditer(text), None]:
            end = end_m.end() if end_m else len(text)
            sentence = lowered[start:end]
            if not enough(sentence):
                start = end
                continue
            in_sentence = {code for _, _, code in find_countries(text[start:end])}
            if (others <= named | in_sentence and names(text[start:end])) or (
                # The kind and the subject, and no country at all: its parties were not
                # written beside it (a line under a country's name that was not read as its
                # heading), so it may well be this agreement.
                not in_sentence
                and agreement.kind in {k for _, _, k in find_agreement_kinds(text[start:end])}
            ):
                return _sentence_at(section, start)
            start = end
    return None


def _without_parties(report: Report, agreement: Agreement) -> Agreement | None:
    """The agreement of *report* of *agreement*'s kind and subject whose counterpart the text
    did not give (the Netherlands its only party), when *agreement* has one: the same
    agreement, maybe, read without the country it is with."""
    words = {w for w in title_words(agreement.title) if len(w) >= _SUBJECT_MIN}
    if len(words) < 2 or not _real_parties(agreement) - {"NL"}:
        return None
    for other in report.agreements:
        if other.kind is not agreement.kind or _real_parties(other) - {"NL"}:
            continue
        theirs = {w for w in title_words(other.title) if len(w) >= _SUBJECT_MIN}
        if len(words & theirs) >= 2 and len(words & theirs) * 2 >= min(len(words), len(theirs)):
            return other
    return None


def _unread_agreement(change: Change, other: Report) -> Change:
    """*change* (an agreement added or removed), unless the *other* edition's text still
    mentions the agreement in words not read as one: then it is not in the available text,
    not a change (the parser missed it on that side)."""
    if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED):
        return change
    fact = change.new if change.kind is ChangeKind.ADDED else change.old
    unplaced = _without_parties(other, fact)
    if unplaced is not None:
        where = unplaced.source.page_label or unplaced.source.page
        note = (
            f'the {other.edition.year} text has it too (p. {where}: "{unplaced.source.text}"), '
            "without the countries it is with; see `reportdiff check`"
        )
        return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)
    mention = _mention(other, fact)
    if mention is None:
        return change
    where = mention.page_label or mention.page
    note = (
        f'the {other.edition.year} text mentions it too (p. {where}: "{mention.text}") in '
        "words not read as an agreement; see `reportdiff check`"
    )
    return attrs.evolve(change, kind=ChangeKind.UNAVAILABLE, note=note)


def _agreement_changes(old: Report, new: Report) -> tuple[list[Change], list[str]]:
    warnings: list[str] = []
    olds, news = old.agreements, new.agreements
    unique: set[tuple[int, int]] = set()

    def group(x: Agreement) -> tuple[str, str]:
        return x.kind.value, x.counterpart

    def candidates(left_old: list[int], left_new: list[int]) -> Iterable[tuple[int, int]]:
        by_kind: dict[str, list[int]] = {}
        for j in left_new:
            by_kind.setdefault(news[j].kind.value, []).append(j)
        old_count = Counter(group(olds[i]) for i in left_old)
        new_count = Counter(group(news[j]) for j in left_new)
        capped = 0
        out = []
        for i in left_old:
            a = olds[i]
            cands = [j for j in by_kind.get(a.kind.value, []) if _comparable(a, news[j])]
            if len(cands) > CAP:
                capped += 1
                same = [j for j in cands if news[j].counterpart == a.counterpart]
                cands = list(dict.fromkeys([*same, *cands]))[:CAP]
            for j in cands:
                out.append((i, j))
                if (
                    old_count[group(a)] == 1
                    and new_count[group(news[j])] == 1
                    and (group(a) == group(news[j]))
                ):
                    unique.add((id(a), id(news[j])))
        if capped:
            warnings.append(
                f"agreement matching: {capped} agreement(s) had more than {CAP} candidates of "
                "the same kind; only the first were compared"
            )
        return out

    def score(a: Agreement, b: Agreement) -> float:
        return _agreement_score(a, b, unique=(id(a), id(b)) in unique)

    def key(a: Agreement) -> str:
        return a.key

    found = align(olds, news, key, candidates=candidates, score=score, threshold=AGREEMENT_MATCH)
    changes = [
        _unread_agreement(c, old if c.kind is ChangeKind.ADDED else new)
        for c in _sides(Entity.AGREEMENT, found.removed, found.added, old, new, _anywhere)
    ]
    for a, b, k, _ in found.pairs:
        fields, note = _agreement_fields(a, b, old.edition.year)
        if fields:
            changes.append(
                _change(Entity.AGREEMENT, ChangeKind.CHANGED, k, a, b, fields=fields, note=note)
            )
    return changes, warnings


# Sections ------------------------------------------------------------------------------------


def normalise_title(title: str) -> str:
    """A section title for matching: lower case, no acronym in brackets, no punctuation."""
    title = re.sub(r"\s*\([^)]*\)", "", title)
    title = re.sub(r"[^\w\s]", " ", title.lower())
    return " ".join(title.split())


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    a, b = old.split(), new.split()
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return tuple(WordOp(op, " ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in ops)


def _section_score(a: Section, b: Section) -> float:
    """Title similarity when the titles are alike, else text similarity (rapidfuzz)."""
    title = similarity(normalise_title(a.title), normalise_title(b.title))
    if title >= SECTION_TITLE_MATCH:
        return title
    text = similarity(a.text, b.text)
    return text if text >= SECTION_TEXT_MATCH else 0.0


# A sentence's end; not the full stop of an abbreviation a sentence goes on after ("inz.",
# "m.b.t.", "o.a."), each a fixed-width look-behind of its own.
_ABBREVIATED = ("inz", "ca", "bijv", "resp", "evt", "o.a", "t.b.v", "m.b.t", "incl", "excl")
_SENTENCE_END = re.compile(
    # The look-behinds after the stop, so that they are tried at a stop only.
    r"[.!?]" + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATED) + r"[\"”’)]*\s+"
)


def _sentence_at(section: Section, offset: int) -> Source:
    """The source of the sentence of *section* around character *offset*: its page and label."""
    text = section.text
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, max(0, offset)):
        start = m.end()
    end_m = _SENTENCE_END.search(text, max(offset, start))
    end = end_m.start() + 1 if end_m else len(text)
    page, label = section.page_at(start)
    sentence = " ".join(text[start:end].split()) or section.title
    return _trim(Source(page, label, sentence)) or Source(page, label, sentence)


def _first_change_sources(
    a: Section, b: Section, ops: Sequence[WordOp]
) -> tuple[Source | None, Source | None]:
    """The sentences where the texts first differ, on each side."""
    words_a = words_b = 0
    for op in ops:
        if op.op != "equal":
            return (
                _sentence_at(a, _char_offset(a.text, words_a)),
                _sentence_at(b, _char_offset(b.text, words_b)),
            )
        n = len(op.old.split())
        words_a += n
        words_b += n
    return _source(a), _source(b)


def _char_offset(text: str, word_index: int) -> int:
    for i, m in enumerate(re.finditer(r"\S+", text)):
        if i == word_index:
            return m.start()
    return len(text)


def _section_changes(
    old: Report, new: Report, *, text: bool = True
) -> tuple[list[Change], list[str]]:
    """Sections added, removed, renamed, and (with *text*) rewritten."""
    warnings: list[str] = []

    def key(s: Section) -> str:
        return normalise_title(s.title)

    def candidates(left_old: list[int], left_new: list[int]) -> Iterable[tuple[int, int]]:
        texts_old = [(key(old.sections[i]), old.sections[i].text) for i in left_old]
        texts_new = [(key(new.sections[j]), new.sections[j].text) for j in left_new]
        blocked, capped = blocked_candidates(texts_old, texts_new)
        if capped:
            warnings.append(
                f"section matching: {capped} section(s) shared rare words with more than {CAP} "
                "others; only the closest were compared"
            )
        return [(left_old[a], left_new[j]) for a, js in enumerate(blocked) for j in js]

    found = align(
        old.sections,
        new.sections,
        key,
        candidates=candidates,
        score=_section_score,
        threshold=min(SECTION_TITLE_MATCH, SECTION_TEXT_MATCH),
    )
    changes = _sides(Entity.SECTION, found.removed, found.added, old, new, _anywhere)
    rewritten = []
    for a, b, k, _ in found.pairs:
        before = {"title": a.title, "level": a.level, "text": a.text}
        after = {"title": b.title, "level": b.level, "text": b.text}
        names = _changed_fields(before, after)
        if not text:
            # Without prose, a rename or a change of level is still a change.
            names = [n for n in names if n != "text"]
        if not names:
            continue
        fields = tuple(FieldChange(n, before[n], after[n]) for n in names)
        ops = word_diff(a.text, b.text) if "text" in names else ()
        similarity_ = round(_ratio(a.text, b.text), 3)
        note = (
            f"renamed from “{a.title}” to “{b.title}”"
            if normalise_title(a.title) != normalise_title(b.title)
            else None
        )
        old_source, new_source = (
            _first_change_sources(a, b, ops) if ops else (_source(a), _source(b))
        )
        rewritten.append(
            Change(
                Entity.SECTION,
                ChangeKind.CHANGED,
                k,
                a,
                b,
                fields,
                similarity=similarity_,
                words=ops if text else (),
                note=note,
                old_source=old_source,
                new_source=new_source,
            )
        )
    rewritten.sort(key=lambda c: (c.similarity if c.similarity is not None else 1.0, c.key))
    return changes + rewritten, warnings


_ORDER = {kind: i for i, kind in enumerate(ChangeKind)}


def diff(
    old: Report, new: Report, *, only: Iterable[str | Entity] | None = None, text: bool = True
) -> ReportDiff:
    """What changed from edition *old* to edition *new*.

    *only* limits the entities compared (names as ``--only`` takes them, plural or singular,
    or :class:`Entity` members); *text* False leaves the sections' prose out but still reports
    sections added, removed and renamed.
    """
    wanted = set(parse_entities(only)) if only is not None else set(Entity)
    warnings: list[str] = []

    def agreements() -> list[Change]:
        found, notes = _agreement_changes(old, new)
        warnings.extend(notes)
        return found

    def sections() -> list[Change]:
        found, notes = _section_changes(old, new, text=text)
        warnings.extend(notes)
        return found

    builders: list[tuple[Entity, Callable[[], list[Change]]]] = [
        (Entity.EDITION, lambda: _edition_changes(old, new)),
        (Entity.PARTNER, lambda: _partner_changes(old, new)),
        (Entity.ORGANISATION, lambda: _organisation_changes(old, new)),
        (Entity.BUDGET, lambda: _budget_changes(old, new)),
        (Entity.MISSION, lambda: _mission_changes(old, new)),
        (Entity.AGREEMENT, agreements),
        (Entity.REFERENCE, lambda: _reference_changes(old, new)),
        (Entity.SECTION, sections),
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
    return ReportDiff(old, new, tuple(changes), tuple(warnings))
