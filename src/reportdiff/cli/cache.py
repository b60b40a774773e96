"""``reportdiff cache info|clear``: the parsed-model cache."""

from __future__ import annotations

import argparse
from typing import TextIO

from .common import EXIT_SAME

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cache", help="show or clear the parsed-model cache")
    p.add_argument("action", choices=("info", "clear"))


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    from reportdiff.library import cache

    if ns.action == "clear":
        stdout.write(f"removed {cache.clear()} cached models from {cache.cache_dir()}\n")
    else:
        stdout.write(f"{cache.cache_dir()}: {cache.count()} cached models\n")
    return EXIT_SAME
