"""``reportdiff timeline EDITION...|--all``: partners, missions and budgets across editions."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path
from typing import TextIO

from .common import EXIT_SAME, add_output_options, add_reading_options, load_from, write_output

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("timeline", help="partners, missions and budgets across editions")
    p.add_argument("editions", metavar="EDITION", nargs="*")
    p.add_argument("--all", action="store_true", help="every edition on this machine")
    add_output_options(p, ("table", "markdown", "json", "csv", "html"))
    p.add_argument(
        "--plot",
        metavar="FILE",
        type=Path,
        help="draw the budget series to FILE.png, .svg or .pdf (needs the plot extra)",
    )
    add_reading_options(p)


def _preload_output(fmt: str) -> None:
    """What building and writing the timeline in *fmt* needs, imported while the workers
    read instead of before they start."""
    import reportdiff.library.timeline
    import reportdiff.render

    reportdiff.render.preload(fmt, timeline=True)


def run(ns: argparse.Namespace, stdout: TextIO) -> int:
    from reportdiff.errors import UsageError
    from reportdiff.library.editions import list_editions

    if ns.plot is not None:
        # Refused before any work or output, not after the table is printed.
        from reportdiff.render.timeline import check_plot_path

        check_plot_path(ns.plot)
    specs = list(ns.editions)
    if ns.all:
        specs += [str(r["year"]) for r in list_editions(ns.library) if r["on_machine"]]
    if not specs:
        raise UsageError("name the editions (years or paths), or give --all")
    reports = load_from(ns, specs, while_waiting=partial(_preload_output, ns.format))

    from reportdiff.library.timeline import build_timeline
    from reportdiff.render import plot_budgets, render_timeline

    t = build_timeline(reports)
    write_output(ns, render_timeline(t, ns.format), stdout)
    if ns.plot is not None:
        plot_budgets(t, ns.plot)
    return EXIT_SAME
