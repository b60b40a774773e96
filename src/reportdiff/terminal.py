"""What the terminal allows: how wide a table may be, and whether it may be coloured.

Kept apart from the renderers, and light to import, because the command line decides both
before it knows whether it will render anything: they are part of what a cached result of a
command is keyed by (``library.results``).
"""

from __future__ import annotations

import os
import shutil
from typing import TextIO

__all__ = ["DEFAULT_WIDTH", "MIN_WIDTH", "color_enabled", "terminal_width"]

DEFAULT_WIDTH = 80
# Narrower than this no table stays legible; the layout then overflows rather than shreds.
MIN_WIDTH = 40


def terminal_width() -> int:
    """``$COLUMNS``, else the terminal's width, else 80 (output to a pipe or a file)."""
    return max(MIN_WIDTH, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)


def color_enabled(mode: str, stream: TextIO | None = None) -> bool:
    """``--color auto|always|never`` as git has it: *auto* colours only a terminal, and not
    when ``NO_COLOR`` is set (to anything but "") or ``TERM=dumb``."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
