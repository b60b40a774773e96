"""The one matcher every vocabulary uses: all written forms of its entries, longest first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, TypeVar

__all__ = ["Lexicon", "longest_first"]

T = TypeVar("T")


def longest_first(form: str) -> tuple[int, str]:
    """Sort key for the forms of an alternation: longest first, so that a longer form wins
    over a shorter one it starts with; then alphabetically, so that the pattern is the same
    in every process (a set's order changes with each run's string hashing)."""
    return (-len(form), form)


class Lexicon(Generic[T]):
    """Finds the forms of a vocabulary in text and says what each one stands for.

    The alternation is built longest form first, so "Verenigd Koninkrijk" wins over
    "Koninkrijk".  *after_hyphen* allows a form right after a hyphen ("Duits-Franse" names
    France as well as Germany); without it, "Zuid-Korea" does not also match a "Korea".
    """

    def __init__(self, entries: Iterable[tuple[str, T]], *, after_hyphen: bool = False) -> None:
        self.index: dict[str, T] = dict(entries)
        forms = sorted(self.index, key=longest_first)
        before = r"(?<!\w)" if after_hyphen else r"(?<![\w-])"
        self.pattern = re.compile(before + "(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")

    def get(self, form: str) -> T | None:
        """What exactly *form* stands for, or None."""
        return self.index.get(form.strip())

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Every form in *text*: (start, end, what it stands for), in order."""
        return [(m.start(), m.end(), self.index[m.group(0)]) for m in self.pattern.finditer(text)]
