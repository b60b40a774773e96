"""The command line.  ``parse_args(argv)`` is kept apart from ``main(argv) -> int``.

Exit codes, as diff(1) has them: ``diff`` gives 0 when the editions do not differ, 1 when they
do, 2 on trouble; the other commands give 0 or 2.  Trouble is one line on stderr, never a
traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ._version import __version__

if TYPE_CHECKING:
    from .library import EditionFile
    from .limits import Limits
    from .model import Report

__all__ = ["COMMANDS", "main", "parse_args", "run"]

COMMANDS = ("diff", "show", "list", "fetch", "check", "timeline", "cache")
EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2


def _add_common(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("reading editions")
    g.add_argument(
        "--library", type=Path, metavar="DIR", help="look for editions (YEAR*.pdf) in DIR first"
    )
    g.add_argument("--password", help="password of an encrypted PDF")
    g.add_argument(
        "--force",
        action="store_true",
        help="parse a document even if it does not look like an edition",
    )
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    g.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="wall-clock limit for reading one PDF (default: 30)",
    )
    g.add_argument(
        "--memory-mb",
        type=int,
        default=1024,
        metavar="MB",
        help="memory limit for reading one PDF (default: 1024)",
    )
    g.add_argument(
        "--max-pages",
        type=int,
        default=200,
        metavar="N",
        help="refuse PDFs with more pages (default: 200)",
    )
    g.add_argument(
        "--max-mb",
        type=int,
        default=50,
        metavar="MB",
        help="refuse files larger than this (default: 50)",
    )
    g.add_argument(
        "--max-content-mb",
        type=int,
        default=16,
        metavar="MB",
        help="refuse a page whose drawing instructions inflate beyond this (default: 16)",
    )
    g.add_argument(
        "--no-isolation",
        action="store_true",
        help="parse in this process, without the limits (for debugging)",
    )


def _add_output(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument(
        "--format", "-f", choices=formats, default="table", help="output format (default: table)"
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help="write to FILE instead of standard output ('-')",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportdiff",
        description="What changed between two editions of the Rapportage internationale "
        "defensiesamenwerking. `reportdiff OLD NEW` is `reportdiff diff OLD NEW`.",
    )
    parser.add_argument("--version", action="version", version=f"reportdiff {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("diff", help="what changed from edition OLD to edition NEW")
    p.add_argument("old", metavar="OLD", help="a year (2020) or a path to a PDF or .txt")
    p.add_argument("new", metavar="NEW", help="a year (2021) or a path to a PDF or .txt")
    _add_output(p, ("table", "markdown", "json"))
    p.add_argument(
        "--only",
        metavar="KINDS",
        help="compare only these, comma-separated: edition, partners, organisations, "
        "budgets, missions, agreements, references, sections",
    )
    p.add_argument("--no-text", action="store_true", help="leave the sections' prose out")
    p.add_argument(
        "--words", action="store_true", help="show the word-level prose diff in the table view too"
    )
    _add_common(p)

    p = sub.add_parser("show", help="the parsed model of one edition")
    p.add_argument("edition", metavar="EDITION", help="a year or a path")
    _add_output(p, ("table", "markdown", "json"))
    p.add_argument(
        "--blocks",
        action="store_true",
        help="show the extracted headings and paragraphs instead of the facts",
    )
    _add_common(p)

    p = sub.add_parser("list", help="the editions known, where each comes from")
    _add_output(p, ("table", "markdown", "json"))
    p.add_argument("--library", type=Path, metavar="DIR", help="an extra library folder")

    p = sub.add_parser("fetch", help="download an edition's official PDF into the library")
    p.add_argument("what", metavar="YEAR|URL")
    p.add_argument(
        "--year", type=int, help="the year of a URL's edition (read from it if not given)"
    )
    p.add_argument("--max-mb", type=int, default=50, metavar="MB", help="size cap (default: 50)")
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="network timeout (default: 30)",
    )
    p.add_argument("--library", type=Path, metavar="DIR", help="save into DIR")
    p.add_argument("--force", action="store_true", help="keep it even if it is not an edition")

    p = sub.add_parser("check", help="parse-health report for one edition")
    p.add_argument("edition", metavar="EDITION")
    _add_output(p, ("table", "markdown", "json"))
    p.add_argument(
        "--max-misses",
        type=int,
        default=0,
        metavar="N",
        help="unexplained misses allowed before exit 1 (default: 0)",
    )
    p.add_argument(
        "--max-unknown-headings",
        type=int,
        default=0,
        metavar="N",
        help="unknown headings allowed before exit 1 (default: 0)",
    )
    _add_common(p)

    p = sub.add_parser("timeline", help="partners, missions and budgets across editions")
    p.add_argument("editions", metavar="EDITION", nargs="*")
    p.add_argument("--all", action="store_true", help="every edition on this machine")
    _add_output(p, ("table", "markdown", "json", "csv"))
    p.add_argument(
        "--plot",
        metavar="FILE",
        type=Path,
        help="draw the budget series to FILE.png or FILE.svg (needs the plot extra)",
    )
    _add_common(p)

    p = sub.add_parser("cache", help="show or clear the parsed-model cache")
    p.add_argument("action", choices=("info", "clear"))
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


def _limits(ns: argparse.Namespace) -> Limits:
    from .limits import Limits

    return Limits(
        max_bytes=ns.max_mb * 1024 * 1024,
        max_pages=ns.max_pages,
        max_content_mb=ns.max_content_mb,
        timeout=ns.timeout,
        memory_mb=ns.memory_mb,
    )


def _write(ns: argparse.Namespace, text: str, stdout: TextIO) -> None:
    if ns.output in (None, "-"):
        stdout.write(text)
        stdout.flush()
    else:
        Path(ns.output).write_text(text, encoding="utf-8")


def _load(
    ns: argparse.Namespace, specs: Sequence[str], while_waiting: Callable[[], object] | None = None
) -> list[Report]:
    from .api import load_many

    return load_many(
        specs,
        library=ns.library,
        password=ns.password,
        force=ns.force,
        use_cache=not ns.no_cache,
        isolate=not ns.no_isolation,
        limits=_limits(ns),
        while_waiting=while_waiting,
    )


def _import_engine() -> None:
    """Import the diff engine while the workers parse, so its cost hides behind theirs."""
    from .engine import preload

    preload(hide_numpy=True)


def _label(spec: str, library: Path | None) -> str | None:
    from .api import resolve_edition

    found: EditionFile = resolve_edition(spec, library=library)
    return found.label


def cmd_diff(ns: argparse.Namespace, stdout: TextIO) -> int:
    from .engine import ENTITIES, diff
    from .errors import UsageError
    from .render import render_diff

    only = None
    if ns.only:
        names = [n.strip() for n in ns.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in ENTITIES]
        if unknown:
            raise UsageError(
                f"--only does not know {', '.join(unknown)}; use {', '.join(ENTITIES)}"
            )
        only = [ENTITIES[n] for n in names]
    old, new = _load(ns, [ns.old, ns.new], while_waiting=_import_engine)
    result = diff(old, new, only=only, text=not ns.no_text)
    labels = {
        k: v
        for k, v in (("old", _label(ns.old, ns.library)), ("new", _label(ns.new, ns.library)))
        if v
    }
    _write(ns, render_diff(result, ns.format, labels=labels, words=ns.words), stdout)
    return EXIT_DIFFERENT if result else EXIT_SAME


def cmd_show(ns: argparse.Namespace, stdout: TextIO) -> int:
    from .render import render_blocks, render_report

    if ns.blocks:
        from .api import resolve_edition
        from .worker import Job, read_isolated

        found = resolve_edition(ns.edition, library=ns.library)
        job = Job(found.path, ns.password, ns.force, found.year)
        if ns.no_isolation:
            from .extract import extract

            doc = extract(found.path, password=ns.password)
        else:
            (doc,) = read_isolated([job], _limits(ns))
        _write(ns, render_blocks(doc, ns.format), stdout)
        return EXIT_SAME

    (report,) = _load(ns, [ns.edition])
    _write(ns, render_report(report, ns.format, label=_label(ns.edition, ns.library)), stdout)
    return EXIT_SAME


def cmd_list(ns: argparse.Namespace, stdout: TextIO) -> int:
    import json

    from .library import library_dirs, list_editions
    from .render._tabulate import grid

    rows = list_editions(ns.library)
    if ns.format == "json":
        _write(ns, json.dumps(rows, ensure_ascii=False, indent=2) + "\n", stdout)
        return EXIT_SAME
    table = [
        (
            r["year"],
            r["title"],
            r["form"],
            r["origin"] + (f" ({r['provenance']})" if r["provenance"] else ""),
            "yes" if r["on_machine"] else "no",
            r["sha256"],
        )
        for r in rows
    ]
    headers = ("year", "title", "form", "from", "here", "sha256")
    folders = "library folders searched: " + ", ".join(str(d) for d in library_dirs(ns.library))
    if ns.format == "markdown":
        _write(ns, grid(table, headers, fmt="github") + f"\n\n{folders}\n", stdout)
    else:
        _write(ns, grid(table, headers, widths=(4, 26, 9, 20, 4, 12)) + f"\n\n{folders}\n", stdout)
    return EXIT_SAME


def cmd_cache(ns: argparse.Namespace, stdout: TextIO) -> int:
    from . import cache

    if ns.action == "clear":
        stdout.write(f"removed {cache.clear()} cached models from {cache.cache_dir()}\n")
    else:
        folder = cache.cache_dir()
        n = len(list(folder.glob("*.json"))) if folder.is_dir() else 0
        stdout.write(f"{folder}: {n} cached models\n")
    return EXIT_SAME


def _dispatch(ns: argparse.Namespace, stdout: TextIO) -> int:
    # The commands that need more than the core live in their own modules, imported on use.
    handlers: dict[str, tuple[str, str]] = {
        "diff": (".cli", "cmd_diff"),
        "show": (".cli", "cmd_show"),
        "list": (".cli", "cmd_list"),
        "cache": (".cli", "cmd_cache"),
        "fetch": (".fetch", "cmd_fetch"),
        "check": (".check", "cmd_check"),
        "timeline": (".timeline", "cmd_timeline"),
    }
    module, name = handlers[ns.command]
    handler: Callable[[argparse.Namespace, TextIO], int] = getattr(
        importlib.import_module(module, __package__), name
    )
    return handler(ns, stdout)


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
    from .errors import ReportDiffError

    try:
        return _dispatch(ns, out)
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
