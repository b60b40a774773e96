"""Caps for reading one file.

A NamedTuple rather than an attrs class: it is made before the parsing workers start, and
nothing heavy is imported before they do.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Limits"]


class Limits(NamedTuple):
    """Caps for reading one file.  The defaults fit any real edition with a wide margin."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 200
    max_content_mb: int = 16  # drawing instructions on one page, inflated
    timeout: float = 30.0  # wall-clock seconds
    memory_mb: int = 1024  # address space the child may add to what it started with
