"""What a file is, checked before anything reads it: missing, empty, too large, PDF or text.

Kept apart from the extraction package so that these checks, made before the parsing workers
start, import nothing heavy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from reportdiff.errors import FileMissingError, NotAPDFError, TooLargeError

__all__ = ["TEXT_SUFFIXES", "sniff"]

TEXT_SUFFIXES = frozenset({".txt", ".text"})


def sniff(path: Path, max_bytes: int) -> Literal["pdf", "text"]:
    """'pdf' or 'text', or the error that says why the file cannot be read as either."""
    if not path.exists():
        raise FileMissingError(f"{path}: no such file; check the path or give a year instead")
    if not path.is_file():
        raise FileMissingError(f"{path} is not a file; give a PDF of the report or a year")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise FileMissingError(
            f"{path} cannot be read ({exc.strerror}); check its permissions"
        ) from exc
    if size == 0:
        raise NotAPDFError(f"{path.name} is empty; download it again")
    if size > max_bytes:
        raise TooLargeError(
            f"{path.name} is {size // (1024 * 1024)} MB, over the cap of "
            f"{max_bytes // (1024 * 1024)} MB; raise it with --max-mb if this really is an edition"
        )
    # The header may follow some junk, as in files mailed through old gateways.
    if b"%PDF-" in head:
        return "pdf"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    raise NotAPDFError(
        f"{path.name} is not a PDF (no %PDF- header); give the report's PDF, or its text "
        "layer as a .txt file"
    )
