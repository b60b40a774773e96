"""The one row model behind the terminal and Markdown views.

A diff or a report becomes a :class:`View` once: header lines, a summary, titled tables of
:class:`Row` (plain, terminal-safe cells, each row with the tone of its change) and the prose
diffs as :class:`Piece` runs.  ``text`` and ``markdown`` only skin a View (widths and colour,
or escaping and ``<del>``/``<ins>``); neither decides what a row says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from reportdiff.compare import Change, ChangeKind, Entity, ReportDiff
from reportdiff.model import Report

from . import _format as f

__all__ = ["Piece", "Prose", "Row", "Table", "View", "diff_view", "report_view"]

Tone = Literal["added", "removed", "changed", "unavailable"]
_TONES: dict[ChangeKind, Tone] = {
    ChangeKind.ADDED: "added",
    ChangeKind.REMOVED: "removed",
    ChangeKind.CHANGED: "changed",
    ChangeKind.UNAVAILABLE: "unavailable",
}

TITLES = {
    Entity.EDITION: "Edition",
    Entity.PARTNER: "Partners",
    Entity.ORGANISATION: "Organisations",
    Entity.BUDGET: "Defence budgets",
    Entity.MISSION: "Missions",
    Entity.AGREEMENT: "Agreements",
    Entity.REFERENCE: "Cited documents",
    Entity.SECTION: "Sections, most rewritten first",
}


@attrs.frozen
class Row:
    cells: tuple[str, ...]
    tone: Tone | None = None


@attrs.frozen
class Table:
    """A titled table.  ``caps`` is, per column, the widest it may be kept when the terminal is
    narrow (None: it shares the remaining width); the Markdown view ignores it."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    caps: tuple[int | None, ...]
    # Which column holds the change's kind (the cell the terminal colours), if any.
    kind_column: int | None = None


@attrs.frozen
class Piece:
    """A run of a word-level prose diff: ``equal``, ``delete`` or ``insert``."""

    op: Literal["equal", "delete", "insert"]
    text: str


@attrs.frozen
class Prose:
    title: str
    pieces: tuple[Piece, ...]


@attrs.frozen
class View:
    """Everything a view shows, in order."""

    title: str
    # (role, line): the editions compared, or the one edition shown
    editions: tuple[tuple[str, str], ...]
    # (count, phrase, tone) for the summary line; empty for a report
    summary: tuple[tuple[int, str, Tone], ...]
    tables: tuple[Table, ...]
    prose: tuple[Prose, ...] = ()
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    empty: bool = False


# --- a diff ------------------------------------------------------------------------------------

# The widest each narrow column is kept; "not in the available text" wraps within 10.
_KIND, _KEY, _PAGE = 10, 24, 13


def _row(c: Change, cells: Sequence[str]) -> Row:
    return Row(tuple(f.clean(x) for x in cells), _TONES.get(c.kind))


def _table(entity: Entity, changes: tuple[Change, ...]) -> Table:
    title = f"{TITLES[entity]} ({len(changes)})"
    if entity is Entity.EDITION:
        rows = tuple(
            Row((f.clean(fc.name), f.clean(fc.old), f.clean(fc.new)), "changed")
            for c in changes
            for fc in c.fields
        )
        return Table(title, ("field", "old", "new"), rows, (12, None, None))
    if entity is Entity.BUDGET:
        rows = tuple(
            _row(
                c,
                (
                    f.kind_text(c.kind),
                    c.key,
                    f.budget_text(c.old),
                    f.budget_text(c.new),
                    f.delta_text(c.delta, c.old) or (c.note or ""),
                    f.source_text(c),
                ),
            )
            for c in changes
        )
        headers = ("change", "country", "old", "new", "delta", "page")
        return Table(title, headers, rows, (_KIND, 7, None, None, None, _PAGE), 0)
    key = "agreement" if entity is Entity.AGREEMENT else "key"
    rows = tuple(
        _row(c, (f.kind_text(c.kind), f.change_key(c), f.change_detail(c), f.source_text(c)))
        for c in changes
    )
    return Table(title, ("change", key, "details", "page"), rows, (_KIND, _KEY, None, _PAGE), 0)


def _pieces(c: Change) -> tuple[Piece, ...]:
    out: list[Piece] = []
    for w in c.words:
        if w.op == "equal":
            out.append(Piece("equal", f.clean(w.old)))
            continue
        if w.old:
            out.append(Piece("delete", f.clean(w.old)))
        if w.new:
            out.append(Piece("insert", f.clean(w.new)))
    return tuple(out)


def diff_view(d: ReportDiff, labels: dict[str, str] | None = None) -> View:
    labels = labels or {}
    s = d.summary
    editions = tuple(
        (side, f.clean(f.edition_line(r.edition) + f.provenance(labels.get(side))))
        for side, r in (("old", d.old), ("new", d.new))
    )
    summary: list[tuple[int, str, Tone]] = [
        (s.added, "added", "added"),
        (s.removed, "removed", "removed"),
        (s.changed, "changed", "changed"),
    ]
    unavailable = getattr(s, "not_in_available_text", 0)
    if unavailable:
        summary.append((unavailable, "not in the available text", "unavailable"))
    tables = tuple(_table(e, d.of(e)) for e in Entity if d.of(e))
    prose = tuple(
        Prose(f.clean(c.new.title if c.new is not None else c.key), _pieces(c))
        for c in d.of(Entity.SECTION)
        if c.words
    )
    notes = tuple(n for n in (f.warnings_line(d.old), f.warnings_line(d.new)) if n)
    return View(
        f"{d.old.edition.year} → {d.new.edition.year}",
        editions,
        tuple(summary),
        tables,
        prose,
        notes,
        empty=not d,
    )


# --- one edition -------------------------------------------------------------------------------


def report_view(r: Report, label: str | None = None) -> View:
    e = r.edition

    def page(x: object) -> str:
        return f.page_text(getattr(x, "source", None))

    def table(
        title: str,
        headers: tuple[str, ...],
        rows: Sequence[Sequence[object]],
        caps: tuple[int | None, ...],
    ) -> Table:
        clean = tuple(Row(tuple("—" if v is None else f.clean(v) for v in row)) for row in rows)
        return Table(f"{title} ({len(clean)})", headers, clean, caps)

    tables = (
        table(
            "Partners",
            ("code", "name", "category", "page"),
            [(p.code, p.name, f.enum_text(p.category), page(p)) for p in r.partners],
            (5, None, 10, _PAGE),
        ),
        table(
            "Organisations",
            ("code", "name", "page"),
            [(o.code, o.name, page(o)) for o in r.organisations],
            (15, None, _PAGE),
        ),
        table(
            "Defence budgets",
            ("country", "year", "amount", "GDP %", "page"),
            [(b.country, b.year, f.money_text(b.money), b.gdp_percent, page(b)) for b in r.budgets],
            (7, 10, None, 6, _PAGE),
        ),
        table(
            "Missions",
            ("name", "org", "location", "status", "page"),
            [
                (m.name, m.organisation, m.location, f.enum_text(m.status), page(m))
                for m in r.missions
            ],
            (None, 6, None, 9, _PAGE),
        ),
        table(
            "Agreements",
            ("kind", "title", "parties", "date", "status", "page"),
            [
                (
                    f.enum_text(a.kind),
                    a.title,
                    "/".join(a.parties),
                    a.date,
                    f.enum_text(a.status),
                    page(a),
                )
                for a in r.agreements
            ],
            (12, None, 8, 7, 9, _PAGE),
        ),
        table(
            "Cited documents",
            ("dossier", "number", "page"),
            [(x.dossier, x.number, page(x)) for x in r.references],
            (12, 8, _PAGE),
        ),
        table(
            "Sections",
            ("title", "level", "words", "page"),
            [
                (
                    s.title + ("" if s.heading_found else " *"),
                    s.level,
                    len(s.text.split()),
                    page(s),
                )
                for s in r.sections
            ],
            (None, 5, 6, _PAGE),
        ),
    )
    lines = [("edition", f.clean(f.edition_line(e) + f.provenance(label)))]
    if e.addressee:
        to = f"to: {e.addressee}" + (f"; copy: {e.copy_to}" if e.copy_to else "")
        lines.append(("to", f.clean(to)))
    notes: list[str] = []
    if any(not s.heading_found for s in r.sections):
        notes.append("* title supplied by the parser: the heading is not in the document")
    warnings = tuple(f.clean(w) for w in r.warnings)
    return View(f.clean(e.title), tuple(lines), (), tables, (), tuple(notes), warnings)
