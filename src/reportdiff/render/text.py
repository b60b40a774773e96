"""The terminal view: a summary, then one table per entity, within 80 columns."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from reportdiff.compare import Change, Entity, ReportDiff
from reportdiff.model import Report

from . import _format as f
from ._tabulate import grid

__all__ = ["diff_table", "report_table"]

_TITLES = {
    Entity.EDITION: "Edition",
    Entity.PARTNER: "Partners",
    Entity.ORGANISATION: "Organisations",
    Entity.BUDGET: "Defence budgets",
    Entity.MISSION: "Missions",
    Entity.AGREEMENT: "Agreements",
    Entity.REFERENCE: "Cited documents",
    Entity.SECTION: "Sections (most rewritten first)",
}


# Column widths that keep each table within 80 columns.
_WIDTHS = {
    Entity.BUDGET: (7, 7, 19, 19, 17),
    Entity.EDITION: (8, 34, 34),
}


def _entity_table(entity: Entity, changes: tuple[Change, ...]) -> str:
    return grid(
        f.change_rows(entity, changes),
        f.headers_for(entity),
        widths=_WIDTHS.get(entity, (7, 24, 45)),
    )


def diff_table(d: ReportDiff, *, labels: dict[str, str] | None = None, words: bool = False) -> str:
    labels = labels or {}
    s = d.summary
    out = [f"reportdiff {d.old.edition.year} → {d.new.edition.year}"]
    for side, report in (("old", d.old), ("new", d.new)):
        line = f"{side}: {f.edition_line(report.edition)}{f.provenance(labels.get(side))}"
        out.extend(textwrap.wrap(line, 80, subsequent_indent="     "))
    if not d:
        out.append("no differences")
        return "\n".join(out) + "\n"
    out.append(f"{s.added} added, {s.removed} removed, {s.changed} changed")
    for entity in Entity:
        changes = d.of(entity)
        if not changes:
            continue
        out += ["", f"{_TITLES[entity]} ({len(changes)})", _entity_table(entity, changes)]
        if words and entity is Entity.SECTION:
            for c in changes:
                if c.words:
                    out += ["", f"  {c.key}:", "  " + _inline_words(c)]
    notes = [n for n in (f.warnings_line(d.old), f.warnings_line(d.new)) if n]
    if notes:
        out += ["", *notes]
    return "\n".join(out) + "\n"


def _inline_words(c: Change) -> str:
    parts = []
    for w in c.words:
        if w.op == "equal":
            parts.append(w.old if len(w.old) < 60 else w.old[:25] + " … " + w.old[-25:])
        else:
            if w.old:
                parts.append(f"[-{w.old}-]")
            if w.new:
                parts.append(f"{{+{w.new}+}}")
    return " ".join(parts)


def report_table(r: Report, *, label: str | None = None) -> str:
    e = r.edition
    out = [f"{f.edition_line(e)}{f.provenance(label)}"]
    if e.addressee:
        out.append(f"to: {e.addressee}" + (f"; copy: {e.copy_to}" if e.copy_to else ""))

    def src(x: object) -> str:
        s = x.source  # type: ignore[attr-defined]
        return f"p.{s.page}" + (
            f" ({s.page_label})" if s.page_label and s.page_label != str(s.page) else ""
        )

    blocks: list[tuple[str, tuple[str, ...], Sequence[Sequence[Any]], tuple[int, ...]]] = [
        (
            "Partners",
            ("code", "name", "category", "page"),
            [(p.code, p.name, p.category.value, src(p)) for p in r.partners],
            (5, 24, 10, 10),
        ),
        (
            "Organisations",
            ("code", "name", "page"),
            [(o.code, o.name, src(o)) for o in r.organisations],
            (15, 45, 10),
        ),
        (
            "Defence budgets",
            ("country", "year", "amount", "GDP %", "page"),
            [
                (
                    b.country,
                    b.year,
                    f.money_text(b.money),
                    str(b.gdp_percent) if b.gdp_percent is not None else None,
                    src(b),
                )
                for b in r.budgets
            ],
            (7, 10, 14, 6, 10),
        ),
        (
            "Missions",
            ("name", "org", "location", "status", "page"),
            [(m.name, m.organisation, m.location, m.status.value, src(m)) for m in r.missions],
            (22, 6, 18, 9, 10),
        ),
        (
            "Agreements",
            ("kind", "title", "parties", "date", "status", "page"),
            [
                (a.kind.value, a.title, "/".join(a.parties), a.date, a.status.value, src(a))
                for a in r.agreements
            ],
            (12, 26, 8, 7, 9, 8),
        ),
        (
            "Cited documents",
            ("dossier", "number", "page"),
            [(x.dossier, x.number, src(x)) for x in r.references],
            (12, 8, 10),
        ),
        (
            "Sections",
            ("title", "level", "words", "page"),
            [
                (
                    s.title + ("" if s.heading_found else " *"),
                    str(s.level),
                    str(len(s.text.split())),
                    src(s),
                )
                for s in r.sections
            ],
            (44, 5, 6, 10),
        ),
    ]
    for title, headers, rows, widths in blocks:
        out += ["", f"{title} ({len(rows)})"]
        out.append(grid(rows, headers, widths=widths) if rows else "(none)")
    if any(not s.heading_found for s in r.sections):
        out.append("* title supplied by the parser: the heading is not in the document")
    if r.warnings:
        out += ["", f"Warnings ({len(r.warnings)})", *(f"- {w}" for w in r.warnings)]
    return "\n".join(out) + "\n"
