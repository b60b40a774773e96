"""Renderers: a ReportDiff or a Report as a terminal table, Markdown or JSON.

Each takes the typed result and returns text; nothing here computes a difference.  The views
themselves are ``render.text`` (tables), ``render.markdown`` and the JSON functions here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from .to_json import diff_json, document_to_dict, iter_diff_json, iter_report_json, report_json

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from reportdiff.compare import ReportDiff
    from reportdiff.extract import Document
    from reportdiff.library.check import Health
    from reportdiff.library.timeline import Timeline
    from reportdiff.model import Report

__all__ = [
    "FORMATS",
    "Format",
    "diff_json",
    "plot_budgets",
    "preload",
    "render_blocks",
    "render_diff",
    "render_edition_list",
    "render_health",
    "render_report",
    "render_timeline",
    "report_json",
    "stream_diff",
    "stream_report",
]

Format = Literal["table", "markdown", "json", "html"]
FORMATS: tuple[Format, ...] = ("table", "markdown", "json", "html")


# The modules each output format writes with, beyond this package's own (the JSON code):
# tabulate for the tables (about 13 ms to import on its own, most of it its importlib.metadata
# version lookup), Jinja2 for HTML.  A timeline's table needs tabulate but not the diff's views.
_VIEWS: dict[str, tuple[str, ...]] = {
    "table": ("reportdiff.render.text",),
    "markdown": ("reportdiff.render.markdown",),
    "html": ("reportdiff.render.html",),
}
_TIMELINE_VIEWS: dict[str, tuple[str, ...]] = {
    "table": ("reportdiff.render.timeline", "reportdiff.render._tabulate"),
    "markdown": ("reportdiff.render.timeline", "reportdiff.render._tabulate"),
    "html": ("reportdiff.render.timeline", "reportdiff.render.html"),
}


def preload(fmt: str = "json", *, timeline: bool = False) -> None:
    """Import what writing a diff or a report (or with *timeline*, a timeline) in *fmt*
    needs, while the workers read and parse: called by a command, off the path to the first
    line.  An unknown format imports nothing (it is refused where it is used)."""
    import importlib

    views = _TIMELINE_VIEWS.get(fmt, ("reportdiff.render.timeline",)) if timeline else None
    for name in views if views is not None else _VIEWS.get(fmt, ()):
        importlib.import_module(name)


def _require(fmt: str, allowed: Sequence[str]) -> None:
    """An unknown format is a usage error, never a silent fallback to a table."""
    if fmt not in allowed:
        from reportdiff.errors import UsageError

        raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(allowed)}")


def render_diff(
    d: ReportDiff,
    fmt: Format = "table",
    *,
    labels: Mapping[str, str] | None = None,
    words: bool = False,
    sources: Mapping[str, Path] | None = None,
    color: bool = False,
    width: int | None = None,
) -> str:
    """*d* as text in *fmt*; *words* adds the word-level prose diff to the table view
    (Markdown and HTML always have it); *sources* (local files of "old" and "new") lets the
    HTML view link each change to its PDF page; *color* and *width* (default: the terminal's)
    shape the table view."""
    _require(fmt, FORMATS)
    # The table and Markdown views import tabulate; JSON does not need it.
    if fmt == "html":
        from .html import render_diff_html

        return render_diff_html(d, labels=labels, sources=sources)
    if fmt == "json":
        return diff_json(d)
    if fmt == "markdown":
        from .markdown import diff_markdown

        return diff_markdown(d, labels=dict(labels or {}))
    from .text import diff_table

    return diff_table(d, labels=dict(labels or {}), words=words, color=color, width=width)


def render_blocks(doc: Document, fmt: Format = "table") -> str:
    """The extracted blocks of a document, for checking what extraction made of a PDF."""
    _require(fmt, ("table", "markdown", "json"))
    if fmt == "json":
        return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2) + "\n"
    from ._tabulate import grid

    table = [
        (
            f"{b.kind.value} {b.level}" if b.level else b.kind.value,
            f"{b.page} ({b.page_label})" if b.page_label else str(b.page),
            b.text,
        )
        for b in doc.blocks
    ]
    markdown = fmt == "markdown"
    return (
        grid(
            table,
            ("block", "page", "text"),
            fmt="github" if markdown else "simple",
            widths=None if markdown else (10, 8, 58),
        )
        + "\n"
    )


def render_report(
    r: Report,
    fmt: Format = "table",
    *,
    label: str | None = None,
    source: Path | None = None,
    color: bool = False,
    width: int | None = None,
) -> str:
    _require(fmt, FORMATS)
    if fmt == "html":
        from .html import render_report_html

        return render_report_html(r, label=label, source=source)
    if fmt == "json":
        return report_json(r)
    if fmt == "markdown":
        from .markdown import report_markdown

        return report_markdown(r, label=label)
    from .text import report_table

    return report_table(r, label=label, color=color, width=width)


def render_health(h: Health, fmt: str, healthy: bool, title: str) -> str:
    """The parse-health report of ``reportdiff check``."""
    from .check import render_health as render

    return render(h, fmt, healthy, title)


def render_timeline(t: Timeline, fmt: str) -> str:
    _require(fmt, ("table", "markdown", "json", "csv", "html"))
    if fmt == "html":
        import json as _json

        from .html import render_timeline_html
        from .timeline import render_timeline as render

        return render_timeline_html(_json.loads(render(t, "json")))
    from .timeline import render_timeline as render

    return render(t, fmt)


def plot_budgets(t: Timeline, path: Path) -> None:
    from .timeline import plot_budgets as plot

    plot(t, path)


def render_edition_list(rows: Sequence[dict[str, Any]], folders: Sequence[Path], fmt: str) -> str:
    """The editions ``reportdiff list`` shows, and the library folders searched."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"
    from ._tabulate import grid

    table = [
        (
            r["year"],
            r["title"],
            r["form"],
            r["origin"] + (f" ({r['provenance']})" if r["provenance"] else ""),
            "yes" if r["on_machine"] else "no",
            r["sha256"],
        )
        for r in rows
    ]
    headers = ("year", "title", "form", "from", "here", "sha256")
    searched = "library folders searched: " + ", ".join(str(d) for d in folders)
    if fmt == "markdown":
        return grid(table, headers, fmt="github") + f"\n\n{searched}\n"
    return grid(table, headers, widths=(4, 26, 9, 20, 4, 12)) + f"\n\n{searched}\n"


def stream_diff(
    d: ReportDiff,
    fmt: Format = "table",
    *,
    labels: Mapping[str, str] | None = None,
    words: bool = False,
    sources: Mapping[str, Path] | None = None,
    color: bool = False,
    width: int | None = None,
) -> Iterator[str]:
    """:func:`render_diff` in pieces: JSON as it is encoded (never held whole), the other
    formats in one piece."""
    _require(fmt, FORMATS)
    if fmt == "json":
        yield from iter_diff_json(d)
        return
    yield render_diff(d, fmt, labels=labels, words=words, sources=sources, color=color, width=width)


def stream_report(
    r: Report,
    fmt: Format = "table",
    *,
    label: str | None = None,
    source: Path | None = None,
    color: bool = False,
    width: int | None = None,
) -> Iterator[str]:
    """:func:`render_report` in pieces: JSON as it is encoded, the other formats whole."""
    _require(fmt, FORMATS)
    if fmt == "json":
        yield from iter_report_json(r)
        return
    yield render_report(r, fmt, label=label, source=source, color=color, width=width)
