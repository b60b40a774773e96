"""Which language a sentence is in, told by its function words.

The reports are Dutch; an edition made for allies may set an English translation beside the
Dutch text ("Defence budget, Germany: EUR 83 billion (1953)"), and a letter may quote an
English communiqué.  Such a sentence is not read for facts: its country names are not in the
Dutch vocabulary (its figures would go to the section's country), and its numbers are written
the English way ("USD 1,128 billion" is 1128 billion, not 1.128).  The Dutch text beside it
states the same facts.

Only words that are not also words of the other language count ("of", "in", "is", "was",
"per" and "over" are both). A sentence is English when it has at least three English words and
more than four times as many as Dutch ones, so that a Dutch sentence dotted with English
("actief in the JEF, the European Union, de NAVO") stays Dutch, and a name in English inside a
Dutch sentence ("Declaration of Intent", "Status of Forces Agreement") brings none. A short
line of figures has few function words, so the subject's own English words count too
("billion", "defence"), and the English names of countries ("Germany", "United Kingdom";
pycountry's, through vocab.countries).
"""

from __future__ import annotations

import re

from .countries import english_name_words

__all__ = ["in_english"]

ENGLISH_WORDS = frozenset(
    {
        "the", "and", "with", "for", "to", "its", "that", "this", "by", "from", "has", "have",
        "had", "were", "which", "their", "our", "will", "been", "on", "at", "as", "an", "be",
        "are", "these", "those", "it", "than", "into", "also", "not", "cent",
    }
)  # fmt: skip
DUTCH_WORDS = frozenset(
    {
        "de", "het", "een", "en", "met", "voor", "van", "te", "dat", "dit", "die", "zijn",
        "werd", "wordt", "door", "naar", "bij", "ook", "niet", "aan", "om", "heeft", "hebben",
        "onze", "ons", "deze", "zich", "tot", "uit", "nog", "al", "dan", "wij", "we", "op",
        "hun", "waar", "als", "maar", "er", "zij", "worden", "werden", "ik", "uw", "geen",
        "meer", "na", "sinds", "tussen", "tegen", "onder", "per",
    }
)  # fmt: skip
# Words of the reports' subject that Dutch writes otherwise ("miljard", "defensie").
ENGLISH_SUBJECT_WORDS = frozenset({"billion", "million", "defence", "defense", "spending"})
# The fewest English words, and how many times the Dutch ones, that make a sentence English.
_LEAST = 3
_RATIO = 4

_WORD = re.compile(r"[^\W\d_]+")


def in_english(text: str) -> bool:
    """Whether *text* is an English sentence rather than a Dutch one."""
    words = _WORD.findall(text.lower())
    names = english_name_words()
    english = sum(w in ENGLISH_WORDS or w in ENGLISH_SUBJECT_WORDS or w in names for w in words)
    if english < _LEAST:
        return False
    return english > _RATIO * sum(w in DUTCH_WORDS for w in words)
