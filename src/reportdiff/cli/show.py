"""``reportdiff show EDITION``: the parsed model of one edition, or its extracted blocks."""

from __future__ import annotations

import argparse
from functools import partial
from typing import TextIO

from .common import (
    EXIT_SAME,
    add_color_option,
    add_output_options,
    add_reading_options,
    color_enabled,
    edition_label,
    edition_paths,
    limits_from,
    load_from,
    recall,
    remember,
    write_output,
)

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("show", help="the parsed model of one edition")
    p.add_argument("edition", metavar="EDITION", help="a year or a path")
    add_output_options(p, ("table", "markdown", "json", "html"))
    p.add_argument(
        "--blocks",
        action="store_true",
        help="show the extracted headings and paragraphs instead of the facts",
    )
    add_color_option(p)
    add_reading_options(p)


def _preload_output(fmt: str) -> None:
    """The renderers of *fmt*, imported while the workers read and parse instead of before
    they start."""
    import reportdiff.render

    reportdiff.render.preload(fmt)


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    if ns.blocks:
        from reportdiff.library.load import read_blocks
        from reportdiff.render import render_blocks

        doc = read_blocks(
            ns.edition,
            library=ns.library,
            password=ns.password,
            isolate=not ns.no_isolation,
            limits=limits_from(ns),
        )
        write_output(ns, render_blocks(doc, ns.format), stdout)
        return EXIT_SAME
    recording, kept = recall(ns, "show", [ns.edition], stdout, {})
    if kept is not None:
        return kept
    try:
        (report,) = load_from(ns, [ns.edition], while_waiting=partial(_preload_output, ns.format))
        from reportdiff.render import stream_report

        label = edition_label(ns.edition, ns.library)
        source = edition_paths(ns, ("edition",))["edition"] if ns.format == "html" else None
        color = ns.format == "table" and color_enabled(ns.color, stdout, ns.output)
        pieces = stream_report(report, ns.format, label=label, source=source, color=color)
        write_output(ns, pieces, stdout, recording)
        remember(ns, recording, EXIT_SAME)
        return EXIT_SAME
    finally:
        if recording is not None:
            recording.discard()  # nothing left to remove once it was kept
