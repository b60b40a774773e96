"""Renderers: a ReportDiff or a Report as a terminal table, Markdown or JSON.

Each takes the typed result and returns text; nothing here computes a difference.  The views
themselves are ``render.text`` (tables), ``render.markdown`` and the JSON functions here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Literal

from reportdiff.serialize import diff_to_dict, document_to_dict, report_to_dict

if TYPE_CHECKING:
    from reportdiff.engine import ReportDiff
    from reportdiff.extract import Document
    from reportdiff.model import Report

__all__ = [
    "FORMATS",
    "Format",
    "diff_json",
    "render_blocks",
    "render_diff",
    "render_report",
    "report_json",
]

Format = Literal["table", "markdown", "json"]
FORMATS: tuple[Format, ...] = ("table", "markdown", "json")


def diff_json(d: ReportDiff) -> str:
    return json.dumps(diff_to_dict(d), ensure_ascii=False, indent=2) + "\n"


def report_json(r: Report) -> str:
    return json.dumps(report_to_dict(r), ensure_ascii=False, indent=2) + "\n"


def render_diff(
    d: ReportDiff,
    fmt: Format = "table",
    *,
    labels: dict[str, str] | None = None,
    words: bool = False,
) -> str:
    """*d* as text in *fmt*; *words* adds the word-level prose diff to the table view
    (Markdown always has it)."""
    # The table and Markdown views import tabulate; JSON does not need it.
    if fmt == "json":
        return diff_json(d)
    if fmt == "markdown":
        from .markdown import diff_markdown

        return diff_markdown(d, labels=labels)
    from .text import diff_table

    return diff_table(d, labels=labels, words=words)


def render_blocks(doc: Document, fmt: Format = "table") -> str:
    """The extracted blocks of a document, for checking what extraction made of a PDF."""
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


def render_report(r: Report, fmt: Format = "table", *, label: str | None = None) -> str:
    if fmt == "json":
        return report_json(r)
    if fmt == "markdown":
        from .markdown import report_markdown

        return report_markdown(r, label=label)
    from .text import report_table

    return report_table(r, label=label)
