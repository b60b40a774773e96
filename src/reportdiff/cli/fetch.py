"""``reportdiff fetch YEAR|URL``: download an edition's official PDF into the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from .common import EXIT_SAME

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    from reportdiff.library.fetch import fetch

    path, report = fetch(
        ns.what,
        library=ns.library,
        year=ns.year,
        max_bytes=ns.max_mb * 1024 * 1024,
        timeout=ns.timeout,
        force=ns.force,
        progress=sys.stderr,
    )
    stdout.write(f"saved {report.edition.title} to {path}\n")
    return EXIT_SAME
