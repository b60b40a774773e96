"""The command line: one module per subcommand, each with ``register(sub)`` (its arguments)
and ``run(ns, stdout) -> int`` (the call into the library).  ``parse_args(argv)`` is kept apart
from ``main(argv) -> int``.

Exit codes, as diff(1) has them: ``diff`` gives 0 when the editions do not differ, 1 when they
do, 2 on trouble; the other commands give 0 or 2 (``check`` 1 when unhealthy).  Trouble is one
line on stderr, never a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from typing import NoReturn, Protocol, TextIO

from reportdiff._version import __version__

from . import cache, check, diff, fetch, listing, show, timeline
from .common import EXIT_TROUBLE

__all__ = ["COMMANDS", "build_parser", "main", "parse_args", "run"]


class _Command(Protocol):
    """What a subcommand module provides."""

    def register(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...

    def run(self, ns: argparse.Namespace, stdout: TextIO) -> int: ...


# Each subcommand's module; the order is the order of `reportdiff --help`.
_MODULES: dict[str, _Command] = {
    "diff": diff,
    "show": show,
    "list": listing,
    "fetch": fetch,
    "check": check,
    "timeline": timeline,
    "cache": cache,
}
COMMANDS = tuple(_MODULES)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportdiff",
        description="What changed between two editions of the Rapportage internationale "
        "defensiesamenwerking. `reportdiff OLD NEW` is `reportdiff diff OLD NEW`.",
    )
    parser.add_argument("--version", action="version", version=f"reportdiff {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _MODULES.values():
        module.register(sub)
    for command in sub.choices.values():
        # --debug is accepted after the subcommand too; SUPPRESS keeps the top-level value
        # when it is not given here.
        command.add_argument(
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse *argv*; ``OLD NEW`` with no command means ``diff OLD NEW``."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if not a.startswith("-")), None)
    if first is not None and first not in COMMANDS:
        args.insert(args.index(first), "diff")
    ns = build_parser().parse_args(args)
    if ns.command is None:
        build_parser().print_help(sys.stderr)
        raise SystemExit(EXIT_TROUBLE)
    return ns


def _say(err: TextIO | None, line: str) -> None:
    """Write one sanitised line to *err*; a closed or broken stderr must not change the exit
    code, so any failure to write is swallowed."""
    from reportdiff.textsafe import sanitise

    with contextlib.suppress(Exception):
        if err is not None:
            err.write(f"{sanitise(line)}\n")
            err.flush()


@contextlib.contextmanager
def _warnings_to(err: TextIO | None) -> Iterator[list[str]]:
    """Python warnings (an unenforced limit, say) as one sanitised line each; the list it
    yields holds what was said, so that a run that warned is not answered from the cache
    next time (the warning must be seen again)."""
    said: list[str] = []

    def show(message: Warning | str, *_args: object, **_kwargs: object) -> None:
        said.append(str(message))
        _say(err, f"reportdiff: warning: {message}")

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield said


def _run_command(ns: argparse.Namespace, out: TextIO | None) -> int:
    """Run the command; a command that reads editions runs inside one envelope: one
    deadline (--timeout) and one memory budget (--memory-mb) for the whole run."""
    command = _MODULES[ns.command]
    if not hasattr(ns, "memory_mb") or getattr(ns, "no_isolation", False):
        return command.run(ns, out)  # type: ignore[arg-type]
    from reportdiff.sandbox.envelope import envelope

    from .common import limits_from

    with envelope(limits_from(ns)) as limits:
        ns.deadline = limits.deadline
        return command.run(ns, out)  # type: ignore[arg-type]


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; return the exit code.  Trouble is always exit 2 and one line on
    stderr (sanitised: text from a PDF may hold terminal escapes)."""
    out = stdout if stdout is not None else sys.stdout  # None when fd 1 is closed
    err = stderr if stderr is not None else sys.stderr
    try:
        # argparse writes usage errors to sys.stderr: send them where *stderr* says.
        redirect = contextlib.redirect_stderr(err) if err is not None else contextlib.nullcontext()
        with redirect:
            ns = parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors are trouble, --help/--version are not
        return exc.code if isinstance(exc.code, int) and exc.code in (0, 2) else EXIT_TROUBLE
    from reportdiff.errors import ReportDiffError

    try:
        with _warnings_to(err) as said:
            ns.warned = said
            return _run_command(ns, out)
    except ReportDiffError as exc:
        if ns.debug:
            raise
        _say(err, f"reportdiff: error: {exc}")
        return EXIT_TROUBLE
    except KeyboardInterrupt:
        _say(err, "reportdiff: interrupted")
        return EXIT_TROUBLE
    except BrokenPipeError:
        return EXIT_TROUBLE
    except MemoryError:
        if ns.debug:
            raise
        _say(err, "reportdiff: error: out of memory; lower the input or raise --memory-mb")
        return EXIT_TROUBLE
    except Exception as exc:
        if ns.debug:
            raise
        _say(
            err,
            f"reportdiff: internal error: {type(exc).__name__}: {exc}; rerun with --debug "
            "and report it",
        )
        return EXIT_TROUBLE


def run() -> None:
    """The console script.  Output still buffered at exit is flushed here, so that a closed
    or full standard output is exit 2, not Python's exit 120."""
    code = main()
    stream = sys.stdout
    if stream is not None:
        try:
            stream.flush()
        except Exception:
            code = EXIT_TROUBLE
            # Point fd 1 at /dev/null so that the interpreter's own flush at exit is quiet.
            with contextlib.suppress(OSError, ValueError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
    _end(code)


def _end(code: int) -> NoReturn:
    """End the process with *code* once the exit handlers have run, without the
    interpreter's teardown.

    By now the output is flushed, every file the command wrote is closed and renamed into
    place, and every child is reaped; what is left is freeing each module and object one by
    one, some 40 ms of a 0.3 s diff, for memory the system takes back at once anyway.  The
    exit handlers (logging's flush, multiprocessing's clean-up) still run, as at a normal
    exit."""
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None:  # not CPython's atexit: end as usual
        sys.exit(code)
    run_handlers()
    # What the handlers wrote too (os._exit flushes nothing).
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()
    os._exit(code)
