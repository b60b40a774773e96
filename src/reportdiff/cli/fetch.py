"""``reportdiff fetch YEAR|URL``: download an edition's official PDF into the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from reportdiff.limits import Limits

from .common import EXIT_SAME, positive_float, positive_int

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("fetch", help="download an edition's official PDF into the library")
    p.add_argument("what", metavar="YEAR|URL")
    p.add_argument(
        "--year", type=positive_int, help="the year of a URL's edition (read from it if not given)"
    )
    p.add_argument(
        "--max-mb",
        type=positive_int,
        default=50,
        metavar="MB",
        help="size cap of the download and of the parse (default: 50)",
    )
    p.add_argument(
        "--timeout",
        type=positive_float,
        default=30.0,
        metavar="SECONDS",
        help="deadline for the whole download, and for reading it (default: 30)",
    )
    p.add_argument("--library", type=Path, metavar="DIR", help="save into DIR")
    p.add_argument("--force", action="store_true", help="keep it even if it is not an edition")
    p.add_argument(
        "--overwrite", action="store_true", help="replace a file of the same name in the library"
    )
    p.add_argument(
        "--allow-redirects-to-other-hosts",
        action="store_true",
        help="follow a redirect to another host (refused by default)",
    )


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
        overwrite=ns.overwrite,
        allow_other_hosts=ns.allow_redirects_to_other_hosts,
        limits=Limits(timeout=ns.timeout),
    )
    stdout.write(f"saved {report.edition.title} to {path}\n")
    return EXIT_SAME
