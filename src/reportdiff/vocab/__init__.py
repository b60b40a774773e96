"""Vocabulary as data: countries, organisations, missions, agreement kinds, currencies, headings.

Each module holds one lexicon and the small lookup built from it; parsers import these rather
than spelling names inline, so a new spelling in a new edition is one edit in one place.
"""

from ._lexicon import Lexicon

__all__ = ["Lexicon"]
