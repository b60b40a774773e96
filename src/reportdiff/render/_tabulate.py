"""The one place that imports tabulate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tabulate import tabulate

__all__ = ["grid"]


def grid(
    rows: Sequence[Sequence[Any]],
    headers: Sequence[str],
    *,
    fmt: str = "simple",
    widths: Sequence[int | None] | None = None,
) -> str:
    """A table; *widths* wraps each column to at most that many characters."""
    return tabulate(
        [list(r) for r in rows],
        headers=list(headers),
        tablefmt=fmt,
        maxcolwidths=list(widths) if widths else None,
        disable_numparse=True,
        missingval="—",
    )
