"""Vocabulary as data: countries, organisations, missions, agreement kinds, currencies, headings.

Each module holds one lexicon and the small lookup built from it; parsers import these rather
than spelling names inline, so a new spelling in a new edition is one edit in one place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from ._lexicon import Lexicon

__all__ = ["Lexicon", "preload", "vocabulary"]

T = TypeVar("T")

# Every vocabulary builder of the modules imported so far, in the order they were defined.
_BUILDERS: list[Callable[[], object]] = []


def vocabulary(build: Callable[[], T]) -> Callable[[], T]:
    """Mark *build* as the builder of a vocabulary's lookup (a lexicon, a compiled pattern):
    it runs once a process, on first use, or at :func:`preload`."""
    cached = functools.cache(build)
    _BUILDERS.append(cached)
    return cached


def preload() -> None:
    """Build every vocabulary of the modules imported so far.  A parent process calls this
    (through ``parse.preload``) before it forks the workers that parse, so that they share
    one copy instead of each compiling its own; nothing is read from any document."""
    for build in _BUILDERS:
        build()
