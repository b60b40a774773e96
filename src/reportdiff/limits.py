"""Caps for reading one file, and the run's one deadline.

A NamedTuple rather than an attrs class: it is made before the parsing workers start, and
nothing heavy is imported before they do.
"""

from __future__ import annotations

import os
import time
from typing import NamedTuple

__all__ = ["Limits"]


class Limits(NamedTuple):
    """Caps for reading one file.  The defaults fit any real edition with a wide margin."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 200
    max_content_mb: int = 16  # drawing instructions on one page, inflated
    timeout: float = 30.0  # wall-clock seconds
    memory_mb: int = 1024  # address space the child may add to what it started with
    # time.monotonic() by which the whole run (reading, parsing, diffing) must end; None
    # means `timeout` from when the work starts.  CLOCK_MONOTONIC is system-wide, so forked
    # and spawned children share it.
    deadline: float | None = None
    # "fork", "spawn" or "forkserver"; None takes $REPORTDIFF_START_METHOD, else fork where
    # the platform has it, else spawn.
    start_method: str | None = None

    def started(self) -> Limits:
        """These limits with the deadline fixed, if it was not: `timeout` from now."""
        if self.deadline is not None:
            return self
        return self._replace(deadline=time.monotonic() + self.timeout)

    def remaining(self) -> float:
        """Seconds left before the deadline (the whole timeout when none is fixed)."""
        if self.deadline is None:
            return self.timeout
        return max(0.0, self.deadline - time.monotonic())

    def method(self) -> str:
        """The multiprocessing start method the workers use."""
        import multiprocessing as mp

        wanted = self.start_method or os.environ.get("REPORTDIFF_START_METHOD") or ""
        available = mp.get_all_start_methods()
        if wanted in available:
            return wanted
        return "fork" if "fork" in available else "spawn"
