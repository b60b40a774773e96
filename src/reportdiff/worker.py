"""Parse PDFs in child processes with time and memory limits, in parallel.

pdfminer has no limit on how far a compressed stream inflates, so a crafted 200 KB file can
hold the interpreter for minutes.  Each file is therefore read in a forked child that caps its
own address space (``RLIMIT_AS``) and CPU time (``RLIMIT_CPU``); the parent adds a wall-clock
timeout and kills the child when it runs over.  The same children give the parallel parse of
the two editions of a diff.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import errors
from .limits import Limits

if TYPE_CHECKING:
    from .model import Report

__all__ = ["Job", "Limits", "parse_in_process", "run_isolated"]


class Job(NamedTuple):
    """One file to read."""

    path: Path
    password: str | None = None
    force: bool = False
    year: int | None = None


def parse_in_process(job: Job, limits: Limits) -> Report:
    """Extract and parse one file in this process (no isolation)."""
    from .extract import extract
    from .parse import parse_document

    doc = extract(
        job.path,
        password=job.password,
        max_pages=limits.max_pages,
        max_bytes=limits.max_bytes,
        max_content_bytes=limits.max_content_mb * 1024 * 1024,
    )
    return parse_document(doc, force=job.force, year=job.year)


def _vm_bytes() -> int:
    try:
        statm = Path("/proc/self/statm").read_text()
        return int(statm.split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _child(conn: Connection, job: Job, limits: Limits) -> None:
    try:
        cpu = max(1, int(limits.timeout) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        base = _vm_bytes()
        if base:
            cap = base + limits.memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        # The frozen model pickles as it is: cheaper than JSON both ways.
        conn.send(("ok", parse_in_process(job, limits)))
    except errors.ReportDiffError as exc:
        conn.send(("error", (type(exc).__name__, str(exc))))
    except MemoryError:
        conn.send(("memory", ""))
    except BaseException as exc:  # anything else is a bug or hostile input
        conn.send(("crash", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _limit_error(job: Job, limits: Limits, what: str) -> errors.ResourceLimitError:
    name = job.path.name
    if what == "time":
        return errors.ResourceLimitError(
            f"{name} needs more than {limits.timeout:g} s to read; if it is genuine, raise the "
            "limit with --timeout SECONDS"
        )
    return errors.ResourceLimitError(
        f"{name} needs more than {limits.memory_mb} MB to read; if it is genuine, raise the "
        "limit with --memory-mb MB"
    )


def _result(job: Job, limits: Limits, message: tuple[str, Any]) -> Report:
    from .model import Report

    kind, payload = message
    if kind == "ok" and isinstance(payload, Report):
        return payload
    if kind == "error":
        cls_name, text = payload
        cls = getattr(errors, cls_name, errors.ReportDiffError)
        raise cls(text)
    if kind == "memory":
        raise _limit_error(job, limits, "memory")
    raise errors.DamagedPDFError(
        f"{job.path.name} could not be read ({payload}); it may be damaged: try another copy, "
        "or rerun with --debug --no-isolation and report it"
    )


def run_isolated(
    jobs: Sequence[Job], limits: Limits, while_waiting: Callable[[], object] | None = None
) -> list[Report]:
    """Parse every job in its own limited child, all at once; results in the jobs' order.

    *while_waiting* runs in this process once the children have started (the caller's own
    imports, say), so its cost hides behind theirs.  The first failure (in job order) is
    raised after every child has ended.
    """
    ctx = mp.get_context("fork")
    running = []
    for job in jobs:
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, job, limits), daemon=True)
        proc.start()
        child.close()
        running.append((job, proc, parent))
    if while_waiting is not None:
        while_waiting()
    outcomes: list[Report | BaseException] = []
    deadline = time.monotonic() + limits.timeout
    for job, proc, conn in running:
        remaining = max(0.0, deadline - time.monotonic())
        try:
            if conn.poll(remaining):
                try:
                    message = conn.recv()
                except EOFError:
                    message = None
            else:
                message = ("timeout", "")
        finally:
            conn.close()
        if message is None or message[0] == "timeout":
            proc.kill()
            proc.join()
            code = proc.exitcode
            if message is None and code is not None and code < 0 and -code not in (9, 24):
                outcomes.append(_limit_error(job, limits, "memory"))
            else:
                outcomes.append(_limit_error(job, limits, "time"))
            continue
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        try:
            outcomes.append(_result(job, limits, message))
        except errors.ReportDiffError as exc:
            outcomes.append(exc)
    reports: list[Report] = []
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
        reports.append(outcome)
    return reports
