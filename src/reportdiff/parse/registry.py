"""Year → parser.  An unknown newer year falls back to the newest parser, with a warning."""

from __future__ import annotations

from .base import EditionParser
from .editions import Edition2020, Edition2021

__all__ = ["PARSERS", "parser_for"]

PARSERS: tuple[type[EditionParser], ...] = (Edition2020, Edition2021)


def parser_for(year: int | None) -> tuple[EditionParser, str | None]:
    """The parser for *year*, and a warning when it had to fall back."""
    for cls in PARSERS:
        if year in cls.years:
            return cls(), None
    newest = max(PARSERS, key=lambda cls: max(cls.years))
    if year is None:
        return (
            newest(),
            f"the edition's year could not be read; parsed with the {newest.name} parser",
        )
    if year > max(newest.years):
        return newest(), (
            f"no parser for {year} yet; parsed with the newest ({newest.name}) parser: "
            "check the result with `reportdiff check`"
        )
    return EditionParser(), f"no parser for {year}; parsed with the generic parser"
