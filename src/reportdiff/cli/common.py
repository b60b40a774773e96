"""Options shared by several commands, and the two things every command does with them:
load editions under the limits the options give, and write the output where ``-o`` says."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reportdiff.limits import Limits

if TYPE_CHECKING:
    from reportdiff.model import Report

__all__ = [
    "EXIT_DIFFERENT",
    "EXIT_SAME",
    "EXIT_TROUBLE",
    "add_output_options",
    "add_reading_options",
    "edition_label",
    "edition_paths",
    "limits_from",
    "load_from",
    "write_output",
]

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2
_DEFAULTS = Limits()


def add_reading_options(p: argparse.ArgumentParser) -> None:
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
        default=_DEFAULTS.timeout,
        metavar="SECONDS",
        help=f"wall-clock limit for reading one PDF (default: {_DEFAULTS.timeout:g})",
    )
    g.add_argument(
        "--memory-mb",
        type=int,
        default=_DEFAULTS.memory_mb,
        metavar="MB",
        help=f"memory limit for reading one PDF (default: {_DEFAULTS.memory_mb})",
    )
    g.add_argument(
        "--max-pages",
        type=int,
        default=_DEFAULTS.max_pages,
        metavar="N",
        help=f"refuse PDFs with more pages (default: {_DEFAULTS.max_pages})",
    )
    g.add_argument(
        "--max-mb",
        type=int,
        default=_DEFAULTS.max_bytes // (1024 * 1024),
        metavar="MB",
        help=f"refuse files larger than this (default: {_DEFAULTS.max_bytes // (1024 * 1024)})",
    )
    g.add_argument(
        "--max-content-mb",
        type=int,
        default=_DEFAULTS.max_content_mb,
        metavar="MB",
        help="refuse a page whose drawing instructions inflate beyond this "
        f"(default: {_DEFAULTS.max_content_mb})",
    )
    g.add_argument(
        "--no-isolation",
        action="store_true",
        help="parse in this process, without the limits (for debugging)",
    )


def add_output_options(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
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


def limits_from(ns: argparse.Namespace) -> Limits:
    return Limits(
        max_bytes=ns.max_mb * 1024 * 1024,
        max_pages=ns.max_pages,
        max_content_mb=ns.max_content_mb,
        timeout=ns.timeout,
        memory_mb=ns.memory_mb,
    )


def write_output(ns: argparse.Namespace, text: str, stdout: TextIO) -> None:
    if ns.output in (None, "-"):
        stdout.write(text)
        stdout.flush()
    else:
        Path(ns.output).write_text(text, encoding="utf-8")


def load_from(
    ns: argparse.Namespace, specs: Sequence[str], while_waiting: Callable[[], object] | None = None
) -> list[Report]:
    from reportdiff.library.load import load_many

    return load_many(
        specs,
        library=ns.library,
        password=ns.password,
        force=ns.force,
        use_cache=not ns.no_cache,
        isolate=not ns.no_isolation,
        limits=limits_from(ns),
        while_waiting=while_waiting,
    )


def edition_paths(ns: argparse.Namespace, attrs: Sequence[str]) -> dict[str, Path]:
    """The local file of each edition named by the arguments *attrs* ("old", "new"), for views
    that link to the PDF's pages."""
    from reportdiff.library.load import resolve_edition

    return {
        a: resolve_edition(getattr(ns, a), library=ns.library).path.resolve() for a in attrs
    }


def edition_label(spec: str, library: Path | None) -> str | None:
    """The bundled label of edition *spec* ("published text", ...), or None."""
    from reportdiff.library.load import resolve_edition

    return resolve_edition(spec, library=library).label
