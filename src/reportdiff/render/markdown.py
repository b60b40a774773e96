"""Markdown for a memo: a summary, a table per entity, and the rewritten prose word by word."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportdiff.compare import Change, Entity, ReportDiff
from reportdiff.model import Report

from . import _format as f
from ._tabulate import grid
from .text import _TITLES

__all__ = ["diff_markdown", "report_markdown"]


def _cell(text: object) -> str:
    return str(text if text is not None else "—").replace("|", "\\|").replace("\n", " ")


def _words(c: Change) -> str:
    parts = []
    for w in c.words:
        if w.op == "equal":
            parts.append(w.old)
        else:
            if w.old:
                parts.append(f"~~{w.old}~~")
            if w.new:
                parts.append(f"**{w.new}**")
    return " ".join(parts)


def diff_markdown(
    d: ReportDiff, *, labels: dict[str, str] | None = None, words: bool = True
) -> str:
    labels = labels or {}
    s = d.summary
    out = [
        f"# What changed: {d.old.edition.year} → {d.new.edition.year}",
        "",
        f"- **Old:** {_cell(f.edition_line(d.old.edition))}{f.provenance(labels.get('old'))}",
        f"- **New:** {_cell(f.edition_line(d.new.edition))}{f.provenance(labels.get('new'))}",
        "",
    ]
    if not d:
        out.append("No differences.")
        return "\n".join(out) + "\n"
    out.append(f"**{s.added} added, {s.removed} removed, {s.changed} changed.**")
    for entity in Entity:
        changes = d.of(entity)
        if not changes:
            continue
        out += ["", f"## {_TITLES[entity]}", ""]
        rows = [tuple(_cell(v) for v in row) for row in f.change_rows(entity, changes)]
        out.append(grid(rows, f.headers_for(entity), fmt="github"))
        if entity is Entity.SECTION and words:
            for c in changes:
                if c.words:
                    title = c.new.title if c.new is not None else c.key
                    out += ["", f"### {title}", "", _words(c)]
    notes = [n for n in (f.warnings_line(d.old), f.warnings_line(d.new)) if n]
    if notes:
        out += ["", *(f"> {n}" for n in notes)]
    return "\n".join(out) + "\n"


def report_markdown(r: Report, *, label: str | None = None) -> str:
    e = r.edition
    out = [f"# {e.title}", "", f"{_cell(f.edition_line(e))}{f.provenance(label)}", ""]

    def src(x: object) -> str:
        s = x.source  # type: ignore[attr-defined]
        return f"p. {s.page}" + (f" (label {s.page_label})" if s.page_label else "")

    sections: list[tuple[str, tuple[str, ...], Sequence[Sequence[Any]]]] = [
        (
            "Partners",
            ("code", "name", "category", "source"),
            [(p.code, p.name, p.category.value, src(p)) for p in r.partners],
        ),
        (
            "Organisations",
            ("code", "name", "source"),
            [(o.code, o.name, src(o)) for o in r.organisations],
        ),
        (
            "Defence budgets",
            ("country", "year", "amount", "GDP %", "source"),
            [(b.country, b.year, f.money_text(b.money), b.gdp_percent, src(b)) for b in r.budgets],
        ),
        (
            "Missions",
            ("name", "organisation", "location", "status", "source"),
            [(m.name, m.organisation, m.location, m.status.value, src(m)) for m in r.missions],
        ),
        (
            "Agreements",
            ("kind", "title", "parties", "date", "status", "source"),
            [
                (a.kind.value, _cell(a.title), "/".join(a.parties), a.date, a.status.value, src(a))
                for a in r.agreements
            ],
        ),
        (
            "Cited documents",
            ("dossier", "number", "source"),
            [(x.dossier, x.number, src(x)) for x in r.references],
        ),
        (
            "Sections",
            ("title", "level", "source"),
            [
                (_cell(s.title) + ("" if s.heading_found else " (title supplied)"), s.level, src(s))
                for s in r.sections
            ],
        ),
    ]
    for title, headers, rows in sections:
        out += [f"## {title}", ""]
        out.append(grid(rows, headers, fmt="github") if rows else "_none_")
        out.append("")
    if r.warnings:
        out += ["## Warnings", "", *(f"- {w}" for w in r.warnings), ""]
    return "\n".join(out)
