"""The command line: one module per subcommand, each with ``register(sub)`` (its arguments)
and ``run(ns, stdout) -> int`` (the call into the library).  ``parse_args(argv)`` is kept apart
from ``main(argv) -> int``.

Exit codes, as diff(1) has them: ``diff`` gives 0 when the editions do not differ, 1 when they
do, 2 on trouble; the other commands give 0 or 2 (``check`` 1 when unhealthy).  Trouble is one
line on stderr, never a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Protocol, TextIO

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
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse *argv*; ``OLD NEW`` with no command means ``diff OLD NEW``."""
    args = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args if not a.startswith("-")), None)
    if first is not None and first not in COMMANDS:
        args.insert(args.index(first), "diff")
    ns = build_parser().parse_args(args)
    if ns.command is None:
        build_parser().print_usage(sys.stderr)
        raise SystemExit(EXIT_TROUBLE)
    return ns


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; return the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        ns = parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors are trouble, --help/--version are not
        return int(exc.code) if isinstance(exc.code, int) else EXIT_TROUBLE
    from reportdiff.errors import ReportDiffError

    try:
        return _MODULES[ns.command].run(ns, out)
    except ReportDiffError as exc:
        if ns.debug:
            raise
        err.write(f"reportdiff: error: {exc}\n")
        return EXIT_TROUBLE
    except KeyboardInterrupt:
        err.write("reportdiff: interrupted\n")
        return EXIT_TROUBLE
    except BrokenPipeError:
        return EXIT_TROUBLE
    except Exception as exc:
        if ns.debug:
            raise
        err.write(
            f"reportdiff: internal error: {type(exc).__name__}: {exc}; rerun with --debug "
            "and report it\n"
        )
        return EXIT_TROUBLE


def run() -> None:
    """The console script."""
    sys.exit(main())
