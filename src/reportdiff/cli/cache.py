"""``reportdiff cache info|clear``: the cache of parsed models and of results."""

from __future__ import annotations

import argparse
from typing import TextIO

from .common import EXIT_SAME

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cache", help="show or clear the cache of parsed models and results")
    p.add_argument("action", choices=("info", "clear"))


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    from reportdiff.library import cache, results

    if ns.action == "clear":
        models, answers = cache.clear(), results.clear()
        stdout.write(
            f"removed {models} cached models and {answers} cached results from "
            f"{cache.cache_dir()}\n"
        )
    else:
        stdout.write(
            f"{cache.cache_dir()}: {cache.count()} cached models, {results.count()} cached "
            "results\n"
        )
    return EXIT_SAME
