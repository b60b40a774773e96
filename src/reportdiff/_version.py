"""Versions: the package's, the JSON shape's, and the parser's, which keys the model cache."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = ["PARSER_SOURCES", "SCHEMA_VERSION", "__version__", "parser_version"]

__version__ = "0.1.0"

# The version of the JSON shape (``output-contract.md``): bumped when a field is renamed or
# removed.  Kept here, light to import, so that the cache can check it without the serializer.
SCHEMA_VERSION = 1

# What decides the content of a Report: the extraction and parsing code, the vocabularies
# (data files included) and the model.  The parser version is a digest of all of them, so a
# cached model made before any edit of these (a vocabulary entry, say) is never served: there
# is no version number to forget to bump.
PARSER_SOURCES: tuple[str, ...] = ("extract", "parse", "vocab", "model.py", "dates.py")
_SUFFIXES = frozenset({".py", ".json", ".csv", ".txt", ".toml"})


def _files(root: Path, names: tuple[str, ...] | None) -> list[Path]:
    """The files under *root* that *names* (files or folders in it) hold, of the source
    suffixes; with *names* None, every file of the package but compiled code and the bundled
    editions (package data in a wheel: inputs, hashed as such)."""
    if names is None:
        return sorted(
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.suffix != ".pyc"
            and p.relative_to(root).parts[0] != "editions"
            and "__pycache__" not in p.parts
        )
    out: list[Path] = []
    for name in names:
        path = root / name
        if path.is_file():
            out.append(path)
        elif path.is_dir():
            out += [p for p in path.rglob("*") if p.is_file() and p.suffix in _SUFFIXES]
    return sorted(out)


def digest_sources(root: Path, names: tuple[str, ...] | None = PARSER_SOURCES) -> str:
    """The digest of the sources *names* (default: the parser's; None: the whole package)
    under package folder *root*: their paths and contents, 64 hex digits."""
    h = hashlib.sha256()
    for path in _files(root, names):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


@cache
def parser_version() -> str:
    """The version of the parser that made a Report, as a digest of its sources."""
    return digest_sources(Path(__file__).resolve().parent)[:12]


def __getattr__(name: str) -> str:
    # `PARSER_VERSION` stays available as a constant; it is computed on first use.
    if name == "PARSER_VERSION":
        return parser_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
