"""The program's first module: ``reportdiff`` and ``python -m reportdiff`` start here.

It only puts the regular expressions an earlier run compiled for this stage of a run (the
command line's, Python's own, the PDF reader's) into ``re``'s cache before anything compiles
them (see reportdiff.regexcache), then hands over to the command line.  It lives outside
``reportdiff.cli`` because importing that package compiles some of them already.
"""

from __future__ import annotations

__all__ = ["run"]


def run() -> None:
    from reportdiff import regexcache

    regexcache.install("start")
    from reportdiff.cli import run as command_line

    command_line()
