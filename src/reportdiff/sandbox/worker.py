"""Read PDFs in child processes with time and memory limits, spread over the cores.

pdfminer has no limit on how far a compressed stream inflates, so a crafted 200 KB file can
hold the interpreter for minutes.  Files are therefore read in forked children that cap their
own address space (``RLIMIT_AS``) and CPU time (``RLIMIT_CPU``); the parent adds a wall-clock
timeout and kills a child that runs over.

The same children make the work parallel.  When there are fewer files than workers (a diff),
every worker takes pages of every PDF from one queue per file, heaviest first and the largest
file first, and hands back measured lines, each page pickled as soon as it is read (some 6
KB, under half of what its lines take as objects).  Under ``fork`` the first reader starts as
soon as reading is loaded, and this process builds the parser while it reads; the other
readers start once the parser is built and share it.  Once a file's pages are all read, a
reader with the parser and nothing to parse joins them and parses the file, or else a child
forked for it does (it shares the parser too), so the largest edition's parse starts while
the others are still read, and one long edition is spread over the cores as well as the two
editions of a diff.  When there are more files than workers (a timeline), each worker takes
whole files from one queue, largest first, and parses each as soon as it is read, without its
pages crossing between processes; only the last n files (the smallest) are read as a diff's
are, every worker taking their pages, so that a worker that runs out of whole files helps the
others finish instead of idling; their parser is built before they are forked (reading whole
files while it is built, as a diff's first reader does, was measured twice and gained
nothing: the extra fork, the pages crossing processes and three processes on two cores cost
what the overlap gave).  Either way the join and the parse run in a limited child: no work on
a document's text runs unlimited in this process.  A worker with nothing left to be handed
ends as soon as it is idle, while the others finish.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import partial
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

__all__ = [
    "Job",
    "Limits",
    "parse_in_process",
    "read_isolated",
    "run_isolated",
    "worker_count",
]

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
    # A PDF's page queue, shared by every reader of it: the index of its counter of the
    # places taken (see _COUNTERS).
    queue: int | None = None
    # Set when this task reads the whole file: the worker then joins and parses it at once.
    whole: bool = False


# The counters the workers share, one array made before they are forked: [0] counts the
# whole files taken, [1 + i] the pages taken of the i-th PDF whose pages are shared, and
# [_EXHAUSTED + 1 + i] is set once a reader found that PDF's queue empty, so that a reader
# started later does not open the file only to find no page left.  At most one such PDF a
# worker: a diff has fewer files than workers; a timeline shares its last n.
_FILES = 0
_EXHAUSTED = MAX_WORKERS
_COUNTERS = 1 + 2 * MAX_WORKERS


class _Plan(NamedTuple):
    """What one worker is to do, sent to it once it runs (its imports under way)."""

    # Whole files taken from one queue shared by every worker (counter _FILES), in order.
    files: tuple[_Task, ...]
    # Then its own tasks, in order: its shares of the PDFs whose pages are shared.
    tasks: tuple[_Task, ...]
    limits: Limits
    # For each job, how to parse it once it is read (None: only read).
    orders: tuple[Job | None, ...]


class _Pages(NamedTuple):
    """A reader's share of a PDF, on its way to the worker that joins it: each page pickled
    as it was read, so that neither the reader nor this process holds a long edition as
    objects, and this process never loads text from the file."""

    name: str
    pages: list[bytes]
    # The pickled (page number, error) of the first page of the share that failed.
    failure: bytes | None = None


# What a caller does while the children read and parse (its own imports, say): one call, or
# steps taken one at a time while nothing is to be handed out.
Idle = Callable[[], object] | Sequence[Callable[[], object]]


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


def _run_task(task: _Task, limits: Limits, counters: Any) -> Any:
    from reportdiff.extract import read_pages, read_text

    if task.share is None:
        return read_text(task.path)
    if task.queue is not None:
        return _read_queued(task, limits, counters)
    return read_pages(
        task.path,
        password=task.password,
        max_pages=limits.max_pages,
        max_content_bytes=limits.max_content_mb * 1024 * 1024,
        share=task.share,
    )


def _claim(counters: Any, index: int) -> int:
    """Take the next place of the queue counted by counter *index*."""
    with counters.get_lock():
        place: int = counters[index]
        counters[index] = place + 1
    return place


def _read_queued(task: _Task, limits: Limits, counters: Any) -> _Pages:
    """This reader's pages of a PDF, taken from the queue it shares with the other readers."""
    import pickle

    from reportdiff.extract import PageFailure, iter_pages, read_page

    assert task.queue is not None
    pages: list[bytes] = []
    if counters[_EXHAUSTED + task.queue]:
        return _Pages(task.path.name, pages)  # every page is taken: nothing to open
    for raw in iter_pages(
        task.path,
        password=task.password,
        max_pages=limits.max_pages,
        max_content_bytes=limits.max_content_mb * 1024 * 1024,
        claim=partial(_claim, counters, task.queue),
    ):
        if isinstance(raw, PageFailure):
            failure = pickle.dumps((raw.number, raw.error), 5)
            return _Pages(task.path.name, pages, failure)
        pages.append(pickle.dumps(read_page(raw), 5))
    # The queue ran out (the pages this reader took are all read).
    counters[_EXHAUSTED + task.queue] = 1
    return _Pages(task.path.name, pages)


# ---- the life of a child: tied to its parent, limited, its library logging captured ----

# Live children of this process, killed when it is told to end (SIGTERM, SIGHUP).
_LIVE: set[Any] = set()
# The handlers _kill_live replaced, called after it when they are the program's own.
_PREVIOUS: dict[int, Any] = {}
# pdfminer and pdfplumber log through these; their records become report warnings.
_LOGGERS = ("pdfminer", "pdfplumber")
_MAX_LOGGED = 20


@functools.cache
def _prctl() -> Any:
    """Linux's prctl, looked up once: by the parent before it forks (_warm_up), so that no
    child spends time importing ctypes."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


# The pid of the process that forks the children, set just before each fork: a child that
# runs only after its parent has died (a signal between the fork and its first line) would
# otherwise take its new parent for its own, and live on.
_PARENT: int | None = None


def _die_with_parent() -> None:
    """End this child when its parent ends, however it ends (even SIGKILL)."""
    parent = _PARENT if _PARENT is not None else os.getppid()  # None under spawn
    prctl = _prctl()
    if prctl is not None:
        pr_set_pdeathsig = 1
        prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
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


def _warm_up(parser: bool) -> None:
    """Import what reading a PDF needs and (if *parser*) the parser with every vocabulary
    built: code and our own vocabularies only, no file is read.

    The parent calls it before forking, so that it is done once instead of once a worker:
    the workers share the parent's copy (reading and parsing would wait for it either way,
    and each worker past the first saves a tenth of a second of CPU for the reader, as much
    for the parser).  A worker calls it as it starts: a no-op after such a preload, the
    imports themselves under ``spawn``."""
    from reportdiff import regexcache

    # The patterns an earlier run compiled, before they are compiled again: those of the
    # reader (a no-op when the command line installed them as it started), then, as the
    # parser is built, the parser's; after it, any compiled that were not kept yet (only on
    # a first run, or new code).
    regexcache.install("start")
    from reportdiff.extract import preload_reader

    preload_reader()
    _prctl()
    if parser:
        fresh = "reportdiff.parse" not in sys.modules
        if fresh:
            regexcache.mark()
            regexcache.install("parser")
        from reportdiff.parse import preload

        preload()
        if fresh:
            regexcache.update()


def _limit(limits: Limits) -> None:
    """Apply the limits, before the first file is touched (and after the watcher thread
    started: its stack must be mapped before the address space is capped)."""
    if resource is not None:
        cpu = max(1, int(limits.remaining()) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        base = _vm_bytes()
        if base:
            cap = base + limits.memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _attempt(work: Callable[[], Any]) -> tuple[str, Any]:
    """(outcome, value) of *work*: "ok" and its result, or how it failed, in a form that
    pickles (the exception's class name and text)."""
    try:
        return "ok", work()
    except errors.ReportDiffError as exc:
        return "error", (type(exc).__name__, str(exc))
    except MemoryError:
        raise
    except RecursionError as exc:
        return "crash", f"RecursionError: {exc}"
    except Exception as exc:  # anything else is a bug or hostile input
        return "crash", f"{type(exc).__name__}: {exc}"


def _finish(kind: str, shares: list[Any], logged: Sequence[str], parse: Job | None) -> Any:
    """Join one file's shares into a Document and (unless *parse* is None) parse it.  Runs in
    a worker, under its limits: the parse is as exposed to hostile text as the read.

    *shares* is emptied on the way: the pages go once the Document holds what it needs of
    them, so that the parse reuses their memory instead of adding to it."""
    from reportdiff.extract import assemble_pdf

    shares[:] = [_loaded(share) for share in shares]
    doc = shares[0] if kind == "text" else assemble_pdf(shares)
    shares.clear()
    if logged:
        import attrs

        doc = attrs.evolve(doc, warnings=(*doc.warnings, *logged))
    if parse is None:
        return doc
    # Imported only now: a worker that only reads never pays for the parser.
    from reportdiff.parse import parse_document

    return parse_document(doc, force=parse.force, year=parse.year)


def _loaded(share: Any) -> Any:
    """A share as extract reads it: the pages another reader passed on (see _Pages) are
    loaded here, in a limited child, each page's bytes let go as its objects come."""
    if not isinstance(share, _Pages):
        return share  # read by this worker: already objects
    import pickle

    from reportdiff.extract import PagesRead

    blobs = share.pages
    pages = []
    while blobs:
        pages.append(pickle.loads(blobs.pop()))
    pages.reverse()
    failure = None if share.failure is None else pickle.loads(share.failure)
    return PagesRead(share.name, tuple(pages), failure)


def _child(conn: Connection, counters: Any, parser: bool, collect: bool = True) -> None:
    """A worker: import what it needs, take its plan, read its files (whole files taken from
    the queue shared with the other workers, then its own tasks), then join and parse the
    files it is told to, until told to stop.

    Each result is sent as soon as it is ready, so that the parent can hand a file whose
    pages are all read to a worker while the others still read.  A share of pages travels
    pickled page by page (see _Pages), and the parent passes it on without loading it: text
    from the file is only ever turned back into objects in a limited child.
    """
    if collect:
        gc.enable()  # off in the parent while it forked (see _read_and_finish)
    try:
        _die_with_parent()
        captured = _capture_logging()
        # While the parent sends the plans: the imports need no file.
        _warm_up(parser)
        plan: _Plan = conn.recv()
        limits = plan.limits
        _limit(limits)

        def claimed() -> Iterator[_Task]:
            while plan.files and (place := _claim(counters, _FILES)) < len(plan.files):
                yield plan.files[place]
            yield from plan.tasks

        for task in claimed():
            conn.send(("start", task.job))
            outcome, value = _attempt(partial(_run_task, task, limits, counters))
            logged = captured.take()
            if task.whole and outcome == "ok":
                kind = "text" if task.share is None else "pdf"
                shares, value = [value], None
                outcome, value = _attempt(
                    partial(_finish, kind, shares, logged, plan.orders[task.job])
                )
                captured.take()
            conn.send(("report" if task.whole else "share", task.job, outcome, value, logged))
            value = None  # not held while the next file is read
        conn.send(("idle",))
        while True:
            order = conn.recv()
            if order is None:
                return
            job, kind, shares, logged = order
            del order  # the shares go as they are loaded (see _finish)
            conn.send(("start", job))
            outcome, value = _attempt(partial(_finish, kind, shares, logged, plan.orders[job]))
            del shares
            captured.take()
            conn.send(("report", job, outcome, value, ()))
            value = None
    except MemoryError:
        conn.send(("memory",))
    except (EOFError, BrokenPipeError):
        pass  # the parent is gone, or gave up on this worker
    finally:
        conn.close()


def _finisher(
    conn: Connection, limits: Limits, order: tuple[Any, ...], parse: Job, collect: bool = True
) -> None:
    """A child forked once a file's pages are all read, from a parent that has built the
    parser meanwhile (see _read_and_finish): it joins the pages and parses the file under
    the limits, sharing the parent's parser instead of importing its own.  Its order came
    with the fork, so the pages never cross a pipe a second time."""
    if collect:
        gc.enable()  # off in the parent while it forked (see _fork_finisher)
    try:
        _die_with_parent()
        captured = _capture_logging()
        _limit(limits)
        job, kind, shares, logged = order
        conn.send(("start", job))
        # _finish empties *shares* as it goes: the pages go once the Document holds them.
        outcome, value = _attempt(partial(_finish, kind, shares, logged, parse))
        del shares
        captured.take()
        conn.send(("report", job, outcome, value, ()))
    except MemoryError:
        conn.send(("memory",))
    except (EOFError, BrokenPipeError):
        pass  # the parent is gone
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
    # Two-way: the parent sends a worker the files to join and parse.
    global _PARENT
    parent, child = ctx.Pipe(duplex=True)
    proc = ctx.Process(target=target, args=(child, *args), daemon=True)
    _PARENT = os.getpid()  # inherited by the forked child (see _die_with_parent)
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


def run_isolated(
    jobs: Sequence[Job], limits: Limits, while_waiting: Idle | None = None
) -> list[Report]:
    """Read every job's file in limited children, spread over the cores, and join and parse
    each in one of them: no work on the document's text runs unlimited in this process.
    Reports come in the jobs' order; see :func:`read_isolated`."""
    reports: list[Report] = _isolated(jobs, limits, while_waiting, parse=True)
    return reports


def read_isolated(
    jobs: Sequence[Job], limits: Limits, while_waiting: Idle | None = None
) -> list[Document]:
    """Extract every job's file in limited children, spread over the cores.  Documents come
    in the jobs' order.

    *while_waiting* (the caller's own imports, say) runs in this process while the children
    read and parse, a step at a time whenever nothing is to be handed out and a core is free
    of them, so that its cost hides behind theirs; what did not run by the end is skipped.  The
    first failure, in job order, is raised once no child has work left (files not yet joined
    are then left alone).  One deadline (*limits*.deadline, else *timeout* from now) covers
    reading, joining and parsing; every child is killed on the way out, whatever the way (an
    error, Ctrl-C, SIGTERM or SIGHUP).
    """
    docs: list[Document] = _isolated(jobs, limits, while_waiting, parse=False)
    return docs


def _isolated(
    jobs: Sequence[Job],
    limits: Limits,
    while_waiting: Idle | None,
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


class _Worker:
    """The parent's view of one worker: what it is on, and what it still owes."""

    def __init__(self, proc: Any, conn: Connection) -> None:
        self.proc = proc
        self.conn = conn
        self.current: int | None = None  # the job it last started
        self.reading = True  # until it says "idle"
        self.parsing: list[int] = []  # jobs sent to it to join and parse, not yet reported
        self.shared: set[int] = set()  # jobs it sent a share of
        self.parser = True  # it can join and parse (forked after the parser was built)
        self.once = False  # it was forked to join and parse one file, and then ends
        # Orders handed to it and not sent yet, and whether one it was sent is unreported.
        # An order goes only to a worker waiting for one: a share of pages is larger than a
        # pipe holds, and a worker still reading (or parsing) sends its own large message
        # first, so both ends would wait on a full pipe until the deadline.
        self.orders: list[tuple[Any, ...]] = []
        self.sent = False

    def feed(self) -> None:
        """Send the next order if the worker is waiting for one."""
        if self.orders and not self.reading and not self.sent:
            order = self.orders.pop(0)
            self.sent = True
            with contextlib.suppress(OSError, ValueError):  # it died just now: read below
                self.conn.send(order)

    def busy(self) -> bool:
        return self.reading or bool(self.parsing)


def _plans(
    jobs: Sequence[Job], kinds: Sequence[str], n: int
) -> tuple[tuple[_Task, ...], list[list[_Task]], list[int]]:
    """The whole files every worker takes from the shared queue, each worker's own tasks,
    and the number of shares each file is read in."""
    files: tuple[_Task, ...] = ()
    plans: list[list[_Task]] = [[] for _ in range(n)]
    expected = [1] * len(jobs)
    if len(jobs) > n:
        # Whole files from one queue, largest first, so that no worker is left with the big
        # one at the end; each parsed where it was read (no pages cross processes).
        order = sorted(range(len(jobs)), key=lambda j: (-_size(jobs[j].path), j))
        # But the last n PDFs (the smallest) have their pages shared, as a diff's are: a
        # worker that finds no whole file left takes their pages instead of idling while
        # the others finish theirs.
        pdfs = [j for j in order if kinds[j] != "text"]
        tail = pdfs[len(pdfs) - n :] if n > 1 else []
        files = tuple(
            _Task(
                j,
                jobs[j].path,
                jobs[j].password,
                None if kinds[j] == "text" else (0, 1),
                whole=True,
            )
            for j in order
            if j not in tail
        )
        for i, j in enumerate(tail):
            expected[j] = n
            for k in range(n):
                plans[k].append(_Task(j, jobs[j].path, jobs[j].password, (k, n), 1 + i))
        return files, plans, expected
    queues = 0
    # The largest file first: its pages are read first, so that its parse, the longest, starts
    # while the others are still being read instead of after them.
    for j in sorted(range(len(jobs)), key=lambda j: (-_size(jobs[j].path), j)):
        job, kind = jobs[j], kinds[j]
        if kind == "text" or n == 1:
            share = None if kind == "text" else (0, 1)
            plans[j % n].append(_Task(j, job.path, job.password, share, whole=True))
        else:
            # Every reader takes pages from one queue per PDF, heaviest first, until it is
            # empty: a reader that drew light pages takes more, instead of idling while
            # another works through a long page dealt to it in advance.
            queues += 1
            expected[j] = n
            for k in range(n):
                plans[k].append(_Task(j, job.path, job.password, (k, n), queues))
    return files, plans, expected


def _read_and_finish(
    jobs: Sequence[Job],
    limits: Limits,
    while_waiting: Idle | None,
    running: list[tuple[Any, Any]],
    *,
    parse: bool,
) -> list[Any]:
    from multiprocessing.connection import wait

    kinds = [sniff(job.path, limits.max_bytes) for job in jobs]
    cores = worker_count()
    # The cores this process may run on (a pinned pool size still leaves the others free).
    cpus = _cpus()
    files, plans, expected = _plans(jobs, kinds, cores)
    orders = tuple(job if parse else None for job in jobs)
    # Only the workers with something to do: a text file alone needs one.
    needed = [tuple(tasks) for tasks in plans if tasks or files]
    ctx = mp.get_context(limits.method())
    # As the gc module's documentation advises for a parent that forks: no collection while
    # the code and vocabularies are loaded (they all live on, so a collection only walks
    # them, about 3 % of a diff), and the parent's objects frozen out of the collector while
    # the workers are forked: a child's collections then never touch them, so the memory
    # they sit on stays shared instead of being copied into every worker.  Each child
    # collects again as it starts (_child); the parent once they are forked.
    collecting = gc.isenabled()
    fork = ctx.get_start_method() == "fork"
    # When no worker takes whole files (a diff, one edition), reading needs no parser.  The
    # parser is then built here while the first reader reads, instead of before any reader
    # starts (it is most of the imports, and on two cores the two run side by side); the
    # other readers start once it is built and share it, so they read what is left and then
    # join and parse.  A file whose pages are in while no reader with the parser is free is
    # joined and parsed in a child forked for it (_fork_finisher), which shares it too.
    late = parse and fork and not files
    early = needed[: max(1, len(needed) - 1)] if late else needed
    workers: list[_Worker] = []

    def begin(plans: Sequence[tuple[_Task, ...]], parser: bool, has_parser: bool) -> None:
        """Fork a reader for each plan and send it the plan (with every parent's object frozen
        out of the collector meanwhile: see above)."""
        gc.freeze()
        try:
            started = [_start(ctx, _child, (counters, parser, collecting)) for _ in plans]
        finally:
            gc.unfreeze()
        running.extend(started)
        for (proc, conn), tasks in zip(started, plans, strict=True):
            with contextlib.suppress(OSError, ValueError):  # it died: read below
                conn.send(_Plan(files, tasks, limits, orders))
            worker = _Worker(proc, conn)
            worker.parser = has_parser
            workers.append(worker)

    gc.disable()
    try:
        if fork:
            _warm_up(parse and not late)
        # Held until the run ends: the workers count in it.
        counters = ctx.Array("i", _COUNTERS)
        # Every worker of a timeline parses, so each imports the parser as it starts, while
        # the plans are sent (a no-op after the parent's preload); in a diff only the joining
        # ones do, when told to.
        begin(early, parse and bool(files), not late)
        if late:
            _warm_up(True)  # the parser, while the first reader reads
            begin(needed[len(early) :], False, True)
    finally:
        if collecting:
            gc.enable()

    deadline = limits.deadline if limits.deadline is not None else time.monotonic()
    failures: dict[int, errors.ReportDiffError] = {}
    done: dict[int, Any] = {}
    shares: dict[int, list[Any]] = {j: [] for j in range(len(jobs))}
    logged: dict[int, list[str]] = {j: [] for j in range(len(jobs))}
    alive = list(workers)
    steps = [while_waiting] if callable(while_waiting) else list(while_waiting or ())
    # The files still to be handed out to a child that joins and parses them (a whole file
    # is parsed where it is read).
    undealt = {task.job for plan in needed for task in plan if not task.whole}

    def hand_out(j: int) -> None:
        """File *j* is read: the least busy worker joins and parses it (a child forked for it
        when the readers have no parser)."""
        undealt.discard(j)
        if failures or not (alive or late):
            return
        capable = [w for w in alive if w.parser and not (late and w.parsing)]
        if not capable:
            # No reader with the parser is free: a child of this process joins and parses
            # the file beside them (it shares the parser built here).
            order = (j, kinds[j], shares[j], logged[j][:_MAX_LOGGED])
            shares[j] = []
            proc, conn = _fork_finisher(ctx, limits, order, jobs[j], collecting)
            running.append((proc, conn))
            finisher = _Worker(proc, conn)
            finisher.reading = False
            finisher.once = True
            finisher.parsing.append(j)
            alive.append(finisher)
            return
        # Fewest files to parse first, so that two files read at the end are parsed side by
        # side; then one that has finished reading.
        worker = min(capable, key=lambda w: (len(w.parsing), w.reading))
        worker.parsing.append(j)
        worker.orders.append((j, kinds[j], shares[j], logged[j][:_MAX_LOGGED]))
        shares[j] = []
        worker.feed()

    def retire(worker: _Worker) -> None:
        """*worker* gets no more work: it is told to end (a finished file can only be handed
        to a worker still alive, so none is lost this way)."""
        with contextlib.suppress(OSError, ValueError):
            worker.conn.send(None)
        alive.remove(worker)
        _LIVE.discard(worker.proc)

    def lost(worker: _Worker, stopped: str) -> None:
        """*worker* ended without finishing: its file failed; what it still owed is not
        coming (a file whose pages it had not started is read whole by the others)."""
        alive.remove(worker)
        _LIVE.discard(worker.proc)
        at = worker.current if worker.current is not None else 0
        failures.setdefault(at, _limit_error(jobs[at].path.name, limits, stopped))
        for j in worker.parsing:
            failures.setdefault(j, _limit_error(jobs[j].path.name, limits, stopped))
        if worker.reading:
            for j in range(len(jobs)):
                if expected[j] > 1 and j not in worker.shared and j != at:
                    expected[j] -= 1
                    if len(shares[j]) == expected[j] and j not in failures:
                        hand_out(j)

    while alive and len(done) + len(failures) < len(jobs):
        if failures and not any(w.busy() for w in alive):
            break  # the rest can no longer be finished; the first failure is raised
        if steps and sum(w.busy() for w in alive) < cpus and not wait([w.conn for w in alive], 0):
            # Nothing to hand out this moment, and a core is free: one step of the caller's
            # own work, a few milliseconds, so that a file read meanwhile waits no longer
            # than that.  While every core has a child at work the step waits: run beside
            # them it would only slow the parse of the longest edition, which the result
            # waits for, and be no sooner done.
            steps.pop(0)()
            continue
        ready = wait([w.conn for w in alive], max(0.0, deadline - time.monotonic()))
        if not ready:
            for worker in list(alive):
                if worker.busy():
                    worker.proc.kill()
                    lost(worker, "time")
            break
        for worker in [w for w in alive if w.conn in ready]:
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                worker.proc.join(5)
                # Killed by its own CPU limit (SIGXCPU), or by the kernel for memory.
                lost(worker, "time" if worker.proc.exitcode == -24 else "memory")
                continue
            what = message[0]
            if what == "start":
                worker.current = message[1]
            elif what == "memory":
                lost(worker, "memory")
            elif what == "idle":
                worker.reading = False
                if not worker.parser or not (undealt or worker.parsing):
                    # A reader without the parser, or with nothing left to be handed, has
                    # nothing more to do: it ends (and is reaped on the way out) while the
                    # others finish, instead of waiting for orders.
                    retire(worker)
                else:
                    worker.feed()  # the order handed to it while it read
            elif what == "share":
                _, j, outcome, value, more = message
                worker.shared.add(j)
                logged[j].extend(m for m in more if m not in logged[j])
                if outcome != "ok":
                    failures.setdefault(j, _error(outcome, value, jobs[j].path.name))
                    continue
                shares[j].append(value)
                if len(shares[j]) == expected[j] and j not in failures:
                    hand_out(j)
            else:  # "report"
                _, j, outcome, value, _more = message
                if j in worker.parsing:
                    worker.parsing.remove(j)
                worker.sent = False
                if worker.once:
                    alive.remove(worker)  # a finisher: it ends once it has reported
                    _LIVE.discard(worker.proc)
                elif not undealt and not worker.busy():
                    # Nothing is left to hand it: it ends now, while the others finish,
                    # instead of being told to at the end (its exit then costs the last
                    # reaping nothing).
                    retire(worker)
                else:
                    worker.feed()
                if outcome == "ok":
                    done[j] = value
                else:
                    failures.setdefault(j, _error(outcome, value, jobs[j].path.name))
    for worker in alive:
        with contextlib.suppress(OSError, ValueError):
            worker.conn.send(None)  # done: the worker ends; _end_all reaps it
    for j in range(len(jobs)):
        if j in failures:
            raise failures[j]
    for j in range(len(jobs)):
        if j not in done:
            raise _error("crash", "no result", jobs[j].path.name)
    return [done[j] for j in range(len(jobs))]


def _fork_finisher(
    ctx: Any, limits: Limits, order: tuple[Any, ...], job: Job, collecting: bool
) -> tuple[Any, Any]:
    """Fork a child that joins and parses one file (see _finisher), its order passed with the
    fork.  As for the readers, the parent's objects are frozen out of the collector while it
    forks, so that the child's collections leave the parser's memory shared."""
    gc.disable()
    gc.freeze()
    try:
        return _start(ctx, _finisher, (limits, order, job, collecting))
    finally:
        gc.unfreeze()
        if collecting:
            gc.enable()


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        return os.cpu_count() or 1


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
