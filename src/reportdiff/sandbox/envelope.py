"""One deadline and one memory budget for the work that runs in the main process.

The PDFs are read and parsed in limited children (:mod:`reportdiff.sandbox.worker`); what is
left in the main process (joining results, the diff, rendering) runs inside
:func:`envelope`: a ``SIGALRM`` timer raises :class:`ResourceLimitError` at the run's
deadline, and a soft ``RLIMIT_AS`` turns runaway allocation into a MemoryError, reported as
the same error.  Both are restored on the way out.  Where the platform lacks either (no
``resource`` or ``setitimer`` on Windows, or not the main thread), that limit is not enforced
and :func:`unenforced` says so.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from reportdiff.errors import ResourceLimitError
from reportdiff.limits import Limits

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

__all__ = ["alarm", "envelope", "limit_error", "unenforced", "vm_bytes"]


def vm_bytes() -> int:
    """This process's address space, or 0 where it cannot be read."""
    try:
        statm = Path("/proc/self/statm").read_text()
        return int(statm.split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return 0


def unenforced() -> list[str]:
    """The limits this platform cannot enforce."""
    missing = []
    if resource is None or not hasattr(resource, "RLIMIT_AS"):
        missing.append("memory (--memory-mb)")
    if resource is None or not hasattr(resource, "RLIMIT_CPU"):
        missing.append("CPU time")
    if not hasattr(signal, "setitimer") and not sys.platform.startswith("linux"):
        missing.append("the deadline of the main process")
    return missing


def limit_error(limits: Limits, what: str, name: str = "the run") -> ResourceLimitError:
    if what == "time":
        return ResourceLimitError(
            f"{name} needs more than {limits.timeout:g} s; if the input is genuine, raise the "
            "limit with --timeout SECONDS"
        )
    return ResourceLimitError(
        f"{name} needs more than {limits.memory_mb} MB; if the input is genuine, raise the "
        "limit with --memory-mb MB"
    )


@contextlib.contextmanager
def alarm(seconds: float, error: Callable[[], BaseException]) -> Iterator[None]:
    """Raise ``error()`` after *seconds*, even inside a blocking call, and restore whatever
    timer was set before.  A SIGALRM timer works in the main thread only; elsewhere this does
    nothing and the caller's own checks must bound the work."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expired(_signum: int, _frame: Any) -> None:
        raise error()

    old_handler = signal.signal(signal.SIGALRM, expired)
    old_timer = signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_timer[0]:
            signal.setitimer(signal.ITIMER_REAL, *old_timer)


@contextlib.contextmanager
def _deadline(limits: Limits) -> Iterator[None]:
    # A little grace, so that a worker's own (more precise) timeout is reported first.
    with alarm(limits.remaining() + 1.0, lambda: limit_error(limits, "time")):
        yield


@contextlib.contextmanager
def _memory(limits: Limits) -> Iterator[None]:
    base = vm_bytes()
    if resource is None or not base:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = base + limits.memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, soft)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    except MemoryError:
        raise limit_error(limits, "memory") from None
    except ImportError as exc:
        # Under the cap, the loader cannot map an extension module ("failed to map segment
        # from shared object", "cannot allocate memory"): the budget is too small, not the
        # install broken.
        if _OUT_OF_MEMORY.search(str(exc)):
            raise limit_error(limits, "memory") from None
        raise
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


_OUT_OF_MEMORY = re.compile(r"failed to map|cannot allocate memory|out of memory", re.IGNORECASE)


@contextlib.contextmanager
def envelope(limits: Limits) -> Iterator[Limits]:
    """Run the body under *limits*' deadline (fixed now if it was not) and memory budget;
    yields the limits with the deadline fixed, to pass on to the workers."""
    limits = limits.started()
    with _deadline(limits), _memory(limits):
        yield limits
