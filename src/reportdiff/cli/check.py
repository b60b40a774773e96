"""``reportdiff check EDITION``: a parse-health report; exit 1 past the thresholds."""

from __future__ import annotations

import argparse
from typing import TextIO

from .common import (
    EXIT_DIFFERENT,
    EXIT_SAME,
    add_output_options,
    add_reading_options,
    load_from,
    non_negative_int,
    write_output,
)

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="parse-health report for one edition")
    p.add_argument("edition", metavar="EDITION")
    add_output_options(p, ("table", "markdown", "json"))
    p.add_argument(
        "--max-misses",
        type=non_negative_int,
        default=0,
        metavar="N",
        help="unexplained misses allowed before exit 1 (default: 0)",
    )
    p.add_argument(
        "--max-unknown-headings",
        type=non_negative_int,
        default=0,
        metavar="N",
        help="unknown headings allowed before exit 1 (default: 0)",
    )
    add_reading_options(p)


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    from reportdiff.library.check import health
    from reportdiff.render import render_health

    (report,) = load_from(ns, [ns.edition])
    h = health(report)
    healthy = h.healthy(ns.max_misses, ns.max_unknown_headings)
    write_output(ns, render_health(h, ns.format, healthy, report.edition.title), stdout)
    return EXIT_SAME if healthy else EXIT_DIFFERENT
