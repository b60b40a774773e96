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

import contextlib
import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from reportdiff import errors
from reportdiff.inputs import sniff
from reportdiff.limits import Limits
from reportdiff.sandbox.envelope import unenforced

try:
    import resource
except ImportError:  # Windows: no rlimits; the wall clock still applies
    resource = None  # type: ignore[assignment]

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
    # A PDF's page queue, shared by every reader of it: a counter of the places taken.
    queue: Any = None


def worker_count() -> int:
    # REPORTDIFF_WORKERS pins the pool's size (1 measures the pool against one reader).
    pinned = os.environ.get("REPORTDIFF_WORKERS", "")
    if pinned.isdigit() and int(pinned) > 0:
        return min(int(pinned), MAX_WORKERS)
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
    if task.queue is not None:
        return _read_queued(task, limits)
    return read_pages(
        task.path,
        password=task.password,
        max_pages=limits.max_pages,
        max_content_bytes=limits.max_content_mb * 1024 * 1024,
        share=task.share,
    )


def _read_queued(task: _Task, limits: Limits) -> Any:
    """This reader's pages of a PDF, taken from the queue it shares with the other readers."""
    from reportdiff.extract import PagesRead, _read_one
    from reportdiff.extract._pdf import PageFailure, iter_pages

    counter = task.queue

    def claim() -> int:
        with counter.get_lock():
            place: int = counter.value
            counter.value = place + 1
        return place

    pages: list[Any] = []
    for raw in iter_pages(
        task.path,
        password=task.password,
        max_pages=limits.max_pages,
        max_content_bytes=limits.max_content_mb * 1024 * 1024,
        claim=claim,
    ):
        if isinstance(raw, PageFailure):
            return PagesRead(task.path.name, tuple(pages), (raw.number, raw.error))
        pages.append(_read_one(raw))
    return PagesRead(task.path.name, tuple(pages))


# ---- the life of a child: tied to its parent, limited, its library logging captured ----

# Live children of this process, killed when it is told to end (SIGTERM, SIGHUP).
_LIVE: set[Any] = set()
# The handlers _kill_live replaced, called after it when they are the program's own.
_PREVIOUS: dict[int, Any] = {}
# pdfminer and pdfplumber log through these; their records become report warnings.
_LOGGERS = ("pdfminer", "pdfplumber")
_MAX_LOGGED = 20


def _die_with_parent() -> None:
    """End this child when its parent ends, however it ends (even SIGKILL)."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    # The parent may have died before prctl took effect; and other platforms need a
    # fallback anyway: a watcher that ends the child once it has been re-parented.
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="reportdiff-parent-watch", daemon=True).start()


class _Captured(logging.Handler):
    """Keeps library log records (pdfminer's "[WARNING] ..." lines) as warnings, so that
    they reach the report instead of the user's stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) >= _MAX_LOGGED:
            return
        try:
            from reportdiff.textsafe import sanitise

            text = sanitise(f"{record.name}: {record.getMessage()}")[:300]
        except Exception:  # a record that cannot be formatted is not worth a crash
            return
        if text not in self.messages:
            self.messages.append(text)

    def take(self) -> list[str]:
        taken, self.messages = self.messages, []
        return taken


def _capture_logging() -> _Captured:
    handler = _Captured()
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.propagate = False
    return handler


def _enter_child(limits: Limits) -> _Captured:
    """Tie this child to its parent, capture library logging, then apply the limits (last:
    the watcher thread's stack must be mapped before the address space is capped)."""
    _die_with_parent()
    handler = _capture_logging()
    if resource is not None:
        cpu = max(1, int(limits.remaining()) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        base = _vm_bytes()
        if base:
            cap = base + limits.memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return handler


def _child(conn: Connection, tasks: Sequence[_Task], limits: Limits) -> None:
    try:
        captured = _enter_child(limits)
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
            logged = captured.take()
            if logged:
                results.append((task.job, "log", logged))
        # The frozen results pickle as they are: cheaper than JSON both ways.
        conn.send(("done", results))
    except MemoryError:
        conn.send(("memory", None))
    finally:
        conn.close()


def _finish_child(
    conn: Connection,
    job: int,
    kind: str,
    payload: Any,
    logged: list[str],
    parse: Job | None,
    limits: Limits,
) -> None:
    """Join one file's shares into a Document and (unless *parse* is None) parse it, under
    the same limits as the readers: the parse is as exposed to hostile text as the read."""
    try:
        _enter_child(limits)
        conn.send(("start", job))
        try:
            from reportdiff.extract import assemble_pdf

            doc = payload if kind == "text" else assemble_pdf(payload)
            if logged:
                import attrs

                doc = attrs.evolve(doc, warnings=(*doc.warnings, *logged))
            if parse is None:
                result: list[tuple[int, str, Any]] = [(job, "ok", doc)]
            else:
                from reportdiff.parse import parse_document

                report = parse_document(doc, force=parse.force, year=parse.year)
                result = [(job, "ok", report)]
        except errors.ReportDiffError as exc:
            result = [(job, "error", (type(exc).__name__, str(exc)))]
        except MemoryError:
            raise
        except RecursionError as exc:
            result = [(job, "crash", f"RecursionError: {exc}")]
        except Exception as exc:  # anything else is a bug or hostile input
            result = [(job, "crash", f"{type(exc).__name__}: {exc}")]
        conn.send(("done", result))
    except MemoryError:
        conn.send(("memory", None))
    finally:
        conn.close()


def _kill_live(signum: int, _frame: Any) -> None:
    """SIGTERM or SIGHUP: end the children, then end as the signal asks."""
    for proc in list(_LIVE):
        with contextlib.suppress(Exception):  # already gone
            proc.kill()
    previous = _PREVIOUS.get(signum)
    if callable(previous):
        # The caller's own handler (fetch's, which removes its temporary file) goes on.
        previous(signum, _frame)
        return
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _install_cleanup() -> dict[int, Any]:
    """Handlers that kill the children when this process is told to end; returns the old
    ones.  Only the main thread may set handlers."""
    old: dict[int, Any] = {}
    if threading.current_thread() is not threading.main_thread():
        return old
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        previous = signal.getsignal(signum)
        if previous in (signal.SIG_IGN, None):
            continue  # nohup and friends asked to keep running
        if previous is _kill_live:
            continue  # already installed by an outer call
        old[signum] = previous
        _PREVIOUS[signum] = previous
        signal.signal(signum, _kill_live)
    return old


def _restore_cleanup(old: dict[int, Any]) -> None:
    for signum, handler in old.items():
        signal.signal(signum, handler)


def _start(ctx: Any, target: Callable[..., None], args: tuple[Any, ...]) -> tuple[Any, Any]:
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(child, *args), daemon=True)
    proc.start()
    _LIVE.add(proc)
    child.close()
    return proc, parent


def _end_all(running: Sequence[tuple[Any, Any]]) -> None:
    """Kill and reap every child that is still running (an error or a signal got here)."""
    for proc, conn in running:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        conn.close()
        _LIVE.discard(proc)


_warned_unenforced = False


def _warn_unenforced() -> None:
    global _warned_unenforced
    missing = unenforced()
    if missing and not _warned_unenforced:
        _warned_unenforced = True
        warnings.warn(
            f"this platform cannot enforce these limits: {', '.join(missing)}; only the "
            "wall-clock limit applies",
            RuntimeWarning,
            stacklevel=3,
        )


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
    """Read every job's file in limited children, spread over the cores, then join and parse
    each in a limited child of its own: no work on the document's text runs unlimited in this
    process.  Reports come in the jobs' order; see :func:`read_isolated`."""
    reports: list[Report] = _isolated(jobs, limits, while_waiting, parse=True)
    return reports


def read_isolated(
    jobs: Sequence[Job], limits: Limits, while_waiting: Callable[[], object] | None = None
) -> list[Document]:
    """Extract every job's file in limited children, spread over the cores.  Documents come
    in the jobs' order.

    *while_waiting* runs in this process once the children have started (the caller's own
    imports, say), so its cost hides behind theirs.  The first failure, in job order, is
    raised after every child has ended.  One deadline (*limits*.deadline, else *timeout*
    from now) covers reading and joining; every child is killed on the way out, whatever the
    way (an error, Ctrl-C, SIGTERM or SIGHUP).
    """
    docs: list[Document] = _isolated(jobs, limits, while_waiting, parse=False)
    return docs


def _isolated(
    jobs: Sequence[Job],
    limits: Limits,
    while_waiting: Callable[[], object] | None,
    *,
    parse: bool,
) -> list[Any]:
    limits = limits.started()
    _warn_unenforced()
    old_handlers = _install_cleanup()
    running: list[tuple[Any, Any]] = []
    try:
        return _read_and_finish(jobs, limits, while_waiting, running, parse=parse)
    finally:
        _end_all(running)
        _restore_cleanup(old_handlers)


def _read_and_finish(
    jobs: Sequence[Job],
    limits: Limits,
    while_waiting: Callable[[], object] | None,
    running: list[tuple[Any, Any]],
    *,
    parse: bool,
) -> list[Any]:
    kinds = [sniff(job.path, limits.max_bytes) for job in jobs]
    n = worker_count()
    ctx = mp.get_context(limits.method())
    plans: list[list[_Task]] = [[] for _ in range(n)]
    for j, (job, kind) in enumerate(zip(jobs, kinds, strict=True)):
        if kind == "text":
            plans[j % n].append(_Task(j, job.path, job.password, None))
        else:
            # Every reader takes pages from one queue per PDF, heaviest first, until it is
            # empty: a reader that drew light pages takes more, instead of idling while
            # another works through a long page dealt to it in advance.
            queue = ctx.Value("i", 0) if n > 1 else None
            for k in range(n):
                plans[k].append(_Task(j, job.path, job.password, (k, n), queue))
    for tasks in plans:
        if not tasks:
            continue
        running.append(_start(ctx, _child, (tasks, limits)))
    if while_waiting is not None:
        while_waiting()
    if parse and ctx.get_start_method() == "fork":
        # Imported here while the readers work, so that the forked finishers inherit it.
        import reportdiff.parse  # noqa: F401

    deadline = limits.deadline if limits.deadline is not None else time.monotonic()
    failures: dict[int, errors.ReportDiffError] = {}
    shares: dict[int, list[Any]] = {j: [] for j in range(len(jobs))}
    logged: dict[int, list[str]] = {j: [] for j in range(len(jobs))}
    readers = list(running)
    for proc, conn in readers:
        results, stopped, current = _collect(proc, conn, deadline)
        _LIVE.discard(proc)
        if stopped is not None:
            at = current if current is not None else 0
            failures.setdefault(at, _limit_error(jobs[at].path.name, limits, stopped))
            continue
        for index, outcome, value in results or []:
            if outcome == "ok":
                shares[index].append(value)
            elif outcome == "log":
                logged[index].extend(m for m in value if m not in logged[index])
            else:
                failures.setdefault(index, _error(outcome, value, jobs[index].path.name))
    for j in range(len(jobs)):
        if j in failures:
            raise failures[j]

    # Joining the shares and parsing: one limited child per file, under the same deadline.
    finishers = []
    for j, job in enumerate(jobs):
        payload = shares[j][0] if kinds[j] == "text" else shares[j]
        args = (j, kinds[j], payload, logged[j][:_MAX_LOGGED], job if parse else None, limits)
        finisher = _start(ctx, _finish_child, args)
        running.append(finisher)
        finishers.append(finisher)
    out: list[Any] = []
    for j, (proc, conn) in enumerate(finishers):
        results, stopped, _ = _collect(proc, conn, deadline)
        _LIVE.discard(proc)
        if stopped is not None:
            raise _limit_error(jobs[j].path.name, limits, stopped)
        ((_, outcome, value),) = results or [(j, "crash", "no result")]
        if outcome != "ok":
            raise _error(outcome, value, jobs[j].path.name)
        out.append(value)
    return out
