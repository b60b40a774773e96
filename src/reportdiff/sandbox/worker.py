"""Read PDFs in child processes with time and memory limits, spread over the cores.

pdfminer has no limit on how far a compressed stream inflates, so a crafted 200 KB file can
hold the interpreter for minutes.  Files are therefore read in forked children that cap their
own address space (``RLIMIT_AS``) and CPU time (``RLIMIT_CPU``); the parent adds a wall-clock
timeout and kills a child that runs over.

The same children make the work parallel: with *n* workers, worker *k* reads pages k, k+n,
k+2n ... of every PDF, and hands back measured lines (``extract.PagesRead``).  The parent joins
the shares into Documents and parses them into Reports, so one long edition is spread over the
cores as well as the two editions of a diff.
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

from reportdiff import errors
from reportdiff.inputs import sniff
from reportdiff.limits import Limits

if TYPE_CHECKING:
    from reportdiff.extract import Document
    from reportdiff.model import Report

__all__ = ["Job", "Limits", "parse_in_process", "read_isolated", "run_isolated", "worker_count"]

# More workers than this gain little on an edition of ten pages or so.
MAX_WORKERS = 4


class Job(NamedTuple):
    """One file to read."""

    path: Path
    password: str | None = None
    force: bool = False
    year: int | None = None


class _Task(NamedTuple):
    job: int  # index into the jobs
    path: Path
    password: str | None
    share: tuple[int, int] | None  # (k, n) of a PDF's pages; None reads a text layer whole


def worker_count() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def parse_in_process(job: Job, limits: Limits) -> Report:
    """Extract and parse one file in this process (no isolation)."""
    from reportdiff.extract import extract
    from reportdiff.parse import parse_document

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


def _run_task(task: _Task, limits: Limits) -> Any:
    from reportdiff.extract import read_pages, read_text

    if task.share is None:
        return read_text(task.path)
    return read_pages(
        task.path,
        password=task.password,
        max_pages=limits.max_pages,
        max_content_bytes=limits.max_content_mb * 1024 * 1024,
        share=task.share,
    )


def _child(conn: Connection, tasks: Sequence[_Task], limits: Limits) -> None:
    try:
        cpu = max(1, int(limits.timeout) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        base = _vm_bytes()
        if base:
            cap = base + limits.memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        results: list[tuple[int, str, Any]] = []
        for task in tasks:
            conn.send(("start", task.job))
            try:
                results.append((task.job, "ok", _run_task(task, limits)))
            except errors.ReportDiffError as exc:
                results.append((task.job, "error", (type(exc).__name__, str(exc))))
            except MemoryError:
                raise
            except Exception as exc:  # anything else is a bug or hostile input
                results.append((task.job, "crash", f"{type(exc).__name__}: {exc}"))
        # The frozen results pickle as they are: cheaper than JSON both ways.
        conn.send(("done", results))
    except MemoryError:
        conn.send(("memory", None))
    finally:
        conn.close()


def _limit_error(name: str, limits: Limits, what: str) -> errors.ResourceLimitError:
    if what == "time":
        return errors.ResourceLimitError(
            f"{name} needs more than {limits.timeout:g} s to read; if it is genuine, raise the "
            "limit with --timeout SECONDS"
        )
    return errors.ResourceLimitError(
        f"{name} needs more than {limits.memory_mb} MB to read; if it is genuine, raise the "
        "limit with --memory-mb MB"
    )


def _error(kind: str, payload: Any, name: str) -> errors.ReportDiffError:
    if kind == "error":
        cls_name, text = payload
        cls = getattr(errors, cls_name, errors.ReportDiffError)
        error: errors.ReportDiffError = cls(text)
        return error
    return errors.DamagedPDFError(
        f"{name} could not be read ({payload}); it may be damaged: try another copy, "
        "or rerun with --debug --no-isolation and report it"
    )


def _collect(
    proc: Any, conn: Connection, deadline: float
) -> tuple[list[tuple[int, str, Any]] | None, str | None, int | None]:
    """Read one child's messages: (results, what stopped it, the job it was on)."""
    current: int | None = None
    try:
        while True:
            if not conn.poll(max(0.0, deadline - time.monotonic())):
                proc.kill()
                return None, "time", current
            try:
                kind, value = conn.recv()
            except EOFError:
                proc.join()
                # Killed by its own CPU limit (SIGXCPU), or by the kernel for memory.
                return None, "time" if proc.exitcode == -24 else "memory", current
            if kind == "start":
                current = value
            elif kind == "memory":
                return None, "memory", current
            else:
                return value, None, current
    finally:
        conn.close()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()


def run_isolated(
    jobs: Sequence[Job], limits: Limits, while_waiting: Callable[[], object] | None = None
) -> list[Report]:
    """Read every job's file in limited children, spread over the cores, and parse the
    Documents here.  Reports come in the jobs' order; see :func:`read_isolated`."""
    from reportdiff.parse import parse_document

    docs = read_isolated(jobs, limits, while_waiting)
    return [parse_document(d, force=j.force, year=j.year) for d, j in zip(docs, jobs, strict=True)]


def read_isolated(
    jobs: Sequence[Job], limits: Limits, while_waiting: Callable[[], object] | None = None
) -> list[Document]:
    """Extract every job's file in limited children, spread over the cores.  Documents come
    in the jobs' order.

    *while_waiting* runs in this process once the children have started (the caller's own
    imports, say), so its cost hides behind theirs.  The first failure, in job order, is
    raised after every child has ended.
    """
    kinds = [sniff(job.path, limits.max_bytes) for job in jobs]
    n = worker_count()
    plans: list[list[_Task]] = [[] for _ in range(n)]
    for j, (job, kind) in enumerate(zip(jobs, kinds, strict=True)):
        if kind == "text":
            plans[j % n].append(_Task(j, job.path, job.password, None))
        else:
            for k in range(n):
                plans[k].append(_Task(j, job.path, job.password, (k, n)))
    ctx = mp.get_context("fork")
    running = []
    for tasks in plans:
        if not tasks:
            continue
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, tasks, limits), daemon=True)
        proc.start()
        child.close()
        running.append((proc, parent))
    if while_waiting is not None:
        while_waiting()

    deadline = time.monotonic() + limits.timeout
    failures: dict[int, errors.ReportDiffError] = {}
    shares: dict[int, list[Any]] = {j: [] for j in range(len(jobs))}
    for proc, conn in running:
        results, stopped, current = _collect(proc, conn, deadline)
        if stopped is not None:
            at = current if current is not None else 0
            failures.setdefault(at, _limit_error(jobs[at].path.name, limits, stopped))
            continue
        for index, outcome, value in results or []:
            if outcome == "ok":
                shares[index].append(value)
            else:
                failures.setdefault(index, _error(outcome, value, jobs[index].path.name))

    from reportdiff.extract import assemble_pdf

    docs: list[Document] = []
    for j in range(len(jobs)):
        if j in failures:
            raise failures[j]
        docs.append(shares[j][0] if kinds[j] == "text" else assemble_pdf(shares[j]))
    return docs
