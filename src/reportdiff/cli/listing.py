"""``reportdiff list``: the editions the library knows, and where each comes from."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .common import EXIT_SAME, add_output_options, write_output

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="the editions known, where each comes from")
    add_output_options(p, ("table", "markdown", "json"))
    p.add_argument("--library", type=Path, metavar="DIR", help="an extra library folder")


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    from reportdiff.library.editions import library_dirs, list_editions
    from reportdiff.render import render_edition_list

    rows = list_editions(ns.library)
    write_output(ns, render_edition_list(rows, library_dirs(ns.library), ns.format), stdout)
    return EXIT_SAME
