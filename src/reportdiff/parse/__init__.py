"""Parsing: an extracted Document → a typed Report, through the per-year parser registry.

One module per kind of fact (partners, organisations, budgets, missions, agreements,
references), the section and sentence context they share, and the registry.
"""

from __future__ import annotations

from reportdiff.extract import Document
from reportdiff.model import Report

from .base import TITLE, EditionParser, identify_year
from .registry import PARSERS, parser_for

__all__ = [
    "PARSERS",
    "TITLE",
    "EditionParser",
    "identify_year",
    "parse_document",
    "parser_for",
    "preload",
]


def parse_document(doc: Document, *, force: bool = False, year: int | None = None) -> Report:
    """Parse *doc* with the parser registered for its year (read from the document unless
    given)."""
    year = year if year is not None else identify_year(doc)
    parser, warning = parser_for(year)
    warnings = [warning] if warning else []
    if year is None:
        # Refuse a non-edition before anything else; a forced one is parsed as year 0.
        parser.check_identity(doc, force)
    return parser.parse(doc, year or 0, force=force, warnings=warnings)


def preload() -> None:
    """Import every parser and build every vocabulary now, without parsing anything: a
    parent process calls this before it forks its workers, so that they share one copy
    instead of each importing and compiling its own (about a tenth of a second a worker)."""
    from reportdiff import vocab

    vocab.preload()
