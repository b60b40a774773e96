"""Options shared by several commands, and the two things every command does with them:
load editions under the limits the options give, and write the output where ``-o`` says."""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reportdiff.limits import Limits

if TYPE_CHECKING:
    from reportdiff.library.results import Recording
    from reportdiff.model import Report
    from reportdiff.sandbox.worker import Idle

__all__ = [
    "EXIT_DIFFERENT",
    "EXIT_SAME",
    "EXIT_TROUBLE",
    "add_color_option",
    "add_output_options",
    "add_reading_options",
    "color_enabled",
    "edition_label",
    "edition_paths",
    "limits_from",
    "load_from",
    "non_negative_int",
    "positive_float",
    "positive_int",
    "recall",
    "remember",
    "write_output",
]

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2
_DEFAULTS = Limits()

# Bounds for numeric options: past them a value is a typo, and some (a timeout of 1e30 s)
# would overflow the timers they are handed to.
_MAX_SECONDS = 7 * 24 * 3600.0
_MAX_COUNT = 10_000_000


def positive_float(text: str) -> float:
    """An argparse type: a finite number of seconds above 0 (at most a week)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value <= 0 or value > _MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text!r} must be a number above 0 and at most {_MAX_SECONDS:g}"
        )
    return value


def _bounded_int(text: str, low: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not low <= value <= _MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text!r} must be from {low} to {_MAX_COUNT}")
    return value


def positive_int(text: str) -> int:
    """An argparse type: a whole number from 1 (to ten million)."""
    return _bounded_int(text, 1)


def non_negative_int(text: str) -> int:
    """An argparse type: a whole number from 0 (to ten million)."""
    return _bounded_int(text, 0)


def add_reading_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("reading editions")
    g.add_argument(
        "--library", type=Path, metavar="DIR", help="look for editions (YEAR*.pdf) in DIR first"
    )
    g.add_argument("--password", help="password of an encrypted PDF")
    g.add_argument(
        "--force",
        action="store_true",
        help="parse a document even if it does not look like an edition",
    )
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    g.add_argument(
        "--timeout",
        type=positive_float,
        default=_DEFAULTS.timeout,
        metavar="SECONDS",
        help="wall-clock limit for the whole run: reading, parsing and comparing "
        f"(default: {_DEFAULTS.timeout:g})",
    )
    g.add_argument(
        "--memory-mb",
        type=positive_int,
        default=_DEFAULTS.memory_mb,
        metavar="MB",
        help="memory each reading process, and the comparison, may add "
        f"(default: {_DEFAULTS.memory_mb})",
    )
    g.add_argument(
        "--max-pages",
        type=positive_int,
        default=_DEFAULTS.max_pages,
        metavar="N",
        help=f"refuse PDFs with more pages (default: {_DEFAULTS.max_pages})",
    )
    g.add_argument(
        "--max-mb",
        type=positive_int,
        default=_DEFAULTS.max_bytes // (1024 * 1024),
        metavar="MB",
        help=f"refuse files larger than this (default: {_DEFAULTS.max_bytes // (1024 * 1024)})",
    )
    g.add_argument(
        "--max-content-mb",
        type=positive_int,
        default=_DEFAULTS.max_content_mb,
        metavar="MB",
        help="refuse a page whose drawing instructions inflate beyond this "
        f"(default: {_DEFAULTS.max_content_mb})",
    )
    g.add_argument(
        "--no-isolation",
        action="store_true",
        help="parse in this process, without the limits (for debugging)",
    )


def add_color_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the table: auto (a terminal, unless NO_COLOR is set), always, never",
    )


def color_enabled(mode: str, stdout: TextIO, output: str | None) -> bool:
    """Whether the table is coloured: written to a file (``-o``), only with ``always``."""
    from reportdiff.terminal import color_enabled as enabled

    if output not in (None, "-"):
        return mode == "always"
    return enabled(mode, stdout)


def add_output_options(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument(
        "--format", "-f", choices=formats, default="table", help="output format (default: table)"
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help="write to FILE instead of standard output ('-')",
    )


def limits_from(ns: argparse.Namespace) -> Limits:
    """The limits the options give; the run's deadline, once fixed by the command line's
    envelope, is kept (``ns.deadline``)."""
    return Limits(
        max_bytes=ns.max_mb * 1024 * 1024,
        max_pages=ns.max_pages,
        max_content_mb=ns.max_content_mb,
        timeout=ns.timeout,
        memory_mb=ns.memory_mb,
        deadline=getattr(ns, "deadline", None),
    )


def write_output(
    ns: argparse.Namespace,
    text: str | Iterable[str],
    stdout: TextIO | None,
    recording: Recording | None = None,
) -> None:
    """Write *text* (or its pieces, as they come) to ``-o FILE`` or standard output, and to
    the *recording* of the answer if there is one; any failure is an OutputError (a broken
    pipe stays a BrokenPipeError: the reader left, which is not worth a message)."""
    from reportdiff.errors import OutputError
    from reportdiff.textsafe import sanitise

    pieces: Iterable[str] = (text,) if isinstance(text, str) else text
    if ns.output in (None, "-"):
        if stdout is None:
            raise OutputError("standard output is closed; give -o FILE")
        try:
            for piece in pieces:
                stdout.write(piece)
                if recording is not None:
                    recording.write(piece)
            stdout.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: a closed file object
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise OutputError(
                f"cannot write to standard output ({sanitise(reason)}); give -o FILE"
            ) from None
        return
    target = Path(ns.output)
    try:
        with target.open("w", encoding="utf-8") as fh:
            for piece in pieces:
                fh.write(piece)
                if recording is not None:
                    recording.write(piece)
    except OSError as exc:
        if isinstance(exc, IsADirectoryError) or target.is_dir():
            why = "it is a folder; give a file name"
        elif isinstance(exc, FileNotFoundError):
            why = "its folder does not exist; create it first"
        elif isinstance(exc, PermissionError):
            why = "permission denied; choose another file or change its permissions"
        else:
            why = f"{exc.strerror or exc}"
        raise OutputError(f"cannot write {sanitise(target)}: {why}") from None


def load_from(
    ns: argparse.Namespace, specs: Sequence[str], while_waiting: Idle | None = None
) -> list[Report]:
    from reportdiff.library.load import load_many

    return load_many(
        specs,
        library=ns.library,
        password=ns.password,
        force=ns.force,
        use_cache=not ns.no_cache,
        isolate=not ns.no_isolation,
        limits=limits_from(ns),
        while_waiting=while_waiting,
    )


def edition_paths(ns: argparse.Namespace, attrs: Sequence[str]) -> dict[str, Path]:
    """The local file of each edition named by the arguments *attrs* ("old", "new"), for views
    that link to the PDF's pages."""
    from reportdiff.library.load import resolve_edition

    return {a: resolve_edition(getattr(ns, a), library=ns.library).path.resolve() for a in attrs}


def edition_label(spec: str, library: Path | None) -> str | None:
    """The bundled label of edition *spec* ("published text", ...), or None."""
    from reportdiff.library.load import resolve_edition

    return resolve_edition(spec, library=library).label


def recall(
    ns: argparse.Namespace,
    command: str,
    specs: Sequence[str],
    stdout: TextIO,
    options: dict[str, object],
) -> tuple[Recording | None, int | None]:
    """With the cache on: a recording for this command's answer and, when the answer is
    kept already, its exit code after writing it where the output goes.  *options* are the
    command's own options that change the output; the format, ``--force``, the table's width
    and colour are added here.  ``(None, None)`` with ``--no-cache``."""
    if ns.no_cache:
        return None, None
    from reportdiff.library import results
    from reportdiff.library.load import identify
    from reportdiff.terminal import terminal_width

    inputs = identify(specs, library=ns.library, limits=limits_from(ns))
    key = results.result_key(
        command,
        inputs,
        {
            **options,
            "format": ns.format,
            "force": ns.force,
            "color": ns.format == "table" and color_enabled(ns.color, stdout, ns.output),
            "width": terminal_width(),
        },
    )
    hit = results.get(key)
    if hit is None:
        return results.Recording(key), None
    write_output(ns, hit.text, stdout)
    return None, hit.exit_code


def remember(ns: argparse.Namespace, recording: Recording | None, code: int) -> None:
    """Keep the recorded answer, unless the run printed a warning (it must be seen again)."""
    if recording is None:
        return
    if getattr(ns, "warned", None):
        recording.discard()
    else:
        recording.keep(code)
