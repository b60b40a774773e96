"""How a document defines its own words: a definitions article and its entries.

"Hierna wordt bedoeld met: a. ankerpartner: staat met welke Nederland strategisch partnerschap
is aangegaan; b. werkafspraak: Memorandum of Understanding, ook MoU."  Partners read their
categories from such entries, agreements their kinds: one pattern for both.
"""

from __future__ import annotations

import re

__all__ = ["DEFINITIONS", "DEFINITION_ENTRY"]

# A sentence that defines the document's words.
DEFINITIONS = re.compile(
    r"\b(?:wordt\s+(?:bedoeld|verstaan)|verstaan\s+onder|bedoeld\s+met|begripsbepaling\w*|"
    r"definities)\b",
    re.IGNORECASE,
)
# One entry: the term (a word or two, lower case) after a list letter or a colon or semicolon,
# then its colon; the meaning follows (up to the next semicolon).
DEFINITION_ENTRY = re.compile(
    r"(?:^|[:;]\s*|(?<=\s)[a-z]\.\s+)(?P<term>[a-zà-ÿ][a-zà-ÿ-]{3,30}(?:\s[a-zà-ÿ-]{3,30})?)"
    r"\s*:\s*(?P<meaning>[^;]{0,160})"
)
