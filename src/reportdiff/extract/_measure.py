"""Small measures that several extraction steps share: where a sentence ends, and the body
text size of a page or a document."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

__all__ = ["TERMINAL", "dominant_size"]

# A line that ends a sentence or a clause: the next line does not continue it.
TERMINAL = re.compile(r"[.!?:;)”\"’]\s*$")


class _Sized(Protocol):
    @property
    def size(self) -> float: ...

    @property
    def text(self) -> str: ...


def dominant_size(items: Iterable[_Sized]) -> float:
    """The font size that carries the most characters: the body text's size."""
    weights: dict[float, int] = {}
    for item in items:
        weights[item.size] = weights.get(item.size, 0) + len(item.text)
    return max(weights, key=lambda k: weights[k]) if weights else 0.0
