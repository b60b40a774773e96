"""Markdown for a memo: a summary, a table per entity, and the rewritten prose word by word.

The rows come from :mod:`._rows`; this module escapes them for Markdown and marks the prose
diff with ``<del>``/``<ins>``, which CommonMark passes through as inline HTML (``~~`` is a
GitHub extension that other renderers show as tildes).
"""

from __future__ import annotations

import re

from reportdiff.compare import ReportDiff
from reportdiff.model import Report

from ._rows import Piece, Table, View, diff_view, report_view
from ._tabulate import grid

__all__ = ["diff_markdown", "report_markdown"]

# CommonMark punctuation that could start emphasis, code, a link, HTML or a table cell.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def escape(text: str) -> str:
    """*text* shown literally by any CommonMark renderer, on one line."""
    return _SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("\n", " "))


def _table(t: Table) -> str:
    rows = [[escape(c) for c in r.cells] for r in t.rows]
    return grid(rows, t.headers, fmt="github")


def _prose(pieces: tuple[Piece, ...]) -> str:
    parts = []
    for p in pieces:
        text = escape(p.text)
        if p.op == "delete":
            parts.append(f"<del>{text}</del>")
        elif p.op == "insert":
            parts.append(f"<ins>{text}</ins>")
        else:
            parts.append(text)
    return " ".join(parts)


def _tables(view: View, level: str) -> list[str]:
    out: list[str] = []
    for t in view.tables:
        out += ["", f"{level} {escape(t.title)}", ""]
        out.append(_table(t) if t.rows else "_none_")
    return out


def diff_markdown(
    d: ReportDiff, *, labels: dict[str, str] | None = None, words: bool = True
) -> str:
    view = diff_view(d, labels)
    out = [f"# What changed: {view.title}", ""]
    out += [f"- **{role.capitalize()}:** {escape(line)}" for role, line in view.editions]
    out.append("")
    if view.empty:
        out.append("No differences.")
        return "\n".join(out) + "\n"
    counts = [f"{n} {what}" for n, what, _ in view.summary]
    out.append(f"**{', '.join(counts[:3])}{''.join(f'; {x}' for x in counts[3:])}.**")
    out += _tables(view, "##")
    if words and view.prose:
        out += ["", "## Rewritten prose", ""]
        out.append("Deleted words are marked <del>so</del>, inserted words <ins>so</ins>.")
        for p in view.prose:
            out += ["", f"### {escape(p.title)}", "", _prose(p.pieces)]
    if view.notes:
        out += ["", *(f"> {n}" for n in view.notes)]  # our own words, with `code`
    return "\n".join(out) + "\n"


def report_markdown(r: Report, *, label: str | None = None) -> str:
    view = report_view(r, label)
    out = [f"# {escape(view.title)}", ""]
    out += [escape(line) + "  " for _, line in view.editions]
    out += _tables(view, "##")
    if view.notes:
        out += ["", *(escape(n) for n in view.notes)]
    if view.warnings:
        out += ["", "## Warnings", "", *(f"- {escape(w)}" for w in view.warnings)]
    return "\n".join(out) + "\n"
