"""``reportdiff diff OLD NEW`` (also ``reportdiff OLD NEW``): what changed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TextIO

from .common import (
    EXIT_DIFFERENT,
    EXIT_SAME,
    add_color_option,
    add_output_options,
    add_reading_options,
    color_enabled,
    edition_label,
    edition_paths,
    load_from,
    recall,
    remember,
    write_output,
)

if TYPE_CHECKING:
    from reportdiff.library.results import Recording

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("diff", help="what changed from edition OLD to edition NEW")
    p.add_argument("old", metavar="OLD", help="a year (2020) or a path to a PDF or .txt")
    p.add_argument("new", metavar="NEW", help="a year (2021) or a path to a PDF or .txt")
    add_output_options(p, ("table", "markdown", "json", "html"))
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
    add_color_option(p)
    add_reading_options(p)


def _import_engine() -> None:
    import reportdiff.compare  # noqa: F401


def _import_render() -> None:
    import reportdiff.render  # noqa: F401


def _preload_compare() -> None:
    import reportdiff.compare

    reportdiff.compare.preload()


def _preload_render(fmt: str) -> None:
    import reportdiff.render

    reportdiff.render.preload(fmt)


def _preload_steps(fmt: str) -> tuple[Callable[[], None], ...]:
    """The diff engine and the renderers of *fmt*, imported while the workers read and
    parse, so that their cost hides behind the workers' instead of delaying them; in steps of
    a few milliseconds, so that a file read meanwhile is handed on without waiting for all of
    it.  deepdiff is not imported: the engine needs it only for values it cannot compare
    itself."""
    return (_import_engine, _import_render, _preload_compare, partial(_preload_render, fmt))


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    recording, kept = recall(
        ns,
        "diff",
        [ns.old, ns.new],
        stdout,
        {"only": ns.only, "no_text": ns.no_text, "words": ns.words},
    )
    if kept is not None:
        return kept
    try:
        return _answer(ns, stdout, recording)
    finally:
        if recording is not None:
            recording.discard()  # nothing left to remove once it was kept


def _answer(ns: argparse.Namespace, stdout: TextIO, recording: Recording | None) -> int:
    only = None
    if ns.only:
        # --only is checked before any file is read (a typo costs nothing).
        from reportdiff.compare import parse_entities

        only = parse_entities(ns.only.split(","))
    old, new = load_from(ns, [ns.old, ns.new], while_waiting=_preload_steps(ns.format))
    from reportdiff.compare import diff
    from reportdiff.render import stream_diff

    result = diff(old, new, only=only, text=not ns.no_text)
    labels = {
        k: v
        for k, v in (
            ("old", edition_label(ns.old, ns.library)),
            ("new", edition_label(ns.new, ns.library)),
        )
        if v
    }
    sources = edition_paths(ns, ("old", "new")) if ns.format == "html" else None
    color = ns.format == "table" and color_enabled(ns.color, stdout, ns.output)
    pieces = stream_diff(
        result, ns.format, labels=labels, words=ns.words, sources=sources, color=color
    )
    write_output(ns, pieces, stdout, recording)
    code = EXIT_DIFFERENT if result else EXIT_SAME
    remember(ns, recording, code)
    return code
