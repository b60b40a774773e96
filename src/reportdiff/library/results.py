"""Results of whole commands, kept so that the same question about the same files is answered
again without parsing, comparing or rendering anything.

A repeated ``reportdiff 2020 2021`` (a memo rewritten, a script run twice) is the commonest
warm run, and the parsed-model cache alone cannot make it cheap: loading a model means
importing the model, the diff engine and the renderers, several times the cost of the answer.
So the rendered text and the exit code of a ``diff`` or ``show`` are kept as well, under a key
that holds everything that decides them:

- the program: a digest of every file of the installed package (code, vocabularies,
  templates), the Python version, and the name and version of every installed distribution
  (a library upgraded, deepdiff or pdfminer say, is another program);
- the inputs: each file's sha256, and the year, origin and label it was resolved as;
- the command and every option that changes the output, with the table's width and whether
  it is coloured resolved as they would be for this run.

Limits (``--timeout``, ``--memory-mb``) are left out: an answer that was found within them is
the same answer.  A run that printed a warning, or failed, is not kept: a warning must be seen
every time.  Entries are checked on reading (size, shape, their own key) and written
atomically, as the model cache's are; ``--no-cache`` neither reads nor writes them, and
``reportdiff cache clear`` removes them with the models.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple, TextIO

from reportdiff._version import digest_sources
from reportdiff.library.cache import cache_dir

__all__ = [
    "Recording",
    "Result",
    "clear",
    "count",
    "get",
    "installed_distributions",
    "program_fingerprint",
    "result_key",
]

# The shape of an entry; bumped when it changes.
FORMAT = 1
# Answers bigger than this are not kept (a diff of two editions is tens of kilobytes).
MAX_TEXT_BYTES = 16 * 1024 * 1024
# At most this many answers are kept; the oldest go first.
MAX_ENTRIES = 256
_ENTRY = re.compile(r"[0-9a-f]{64}\.json")
_TEMPORARY = re.compile(r"\.tmp-[0-9A-Za-z_]+\.json")


class Result(NamedTuple):
    """What a command printed, and the code it exited with."""

    text: str
    exit_code: int


def results_dir() -> Path:
    return cache_dir() / "results"


def installed_distributions(folders: Sequence[str]) -> list[str]:
    """The metadata folders of the distributions installed in *folders* (``sys.path``).

    A distribution's metadata folder is named by its version ("deepdiff-9.1.0.dist-info"):
    listing them tells every installed version, as importlib.metadata would, at a fraction
    of its cost (it reads each one's metadata)."""
    found: set[str] = set()
    for folder in folders:
        with contextlib.suppress(OSError), os.scandir(folder or ".") as entries:
            found.update(e.name for e in entries if e.name.endswith((".dist-info", ".egg-info")))
    return sorted(found)


@cache
def program_fingerprint() -> str:
    """A digest of the program that renders an answer: every file of this package, the
    Python version, and every installed distribution's name and version."""
    h = hashlib.sha256()
    h.update(sys.version.encode() + b"\0")
    package = Path(__file__).resolve().parents[1]
    h.update(digest_sources(package, names=None).encode() + b"\0")
    for name in installed_distributions(sys.path):
        h.update(name.encode() + b"\0")
    return h.hexdigest()


def result_key(
    command: str,
    inputs: Sequence[Mapping[str, object]],
    options: Mapping[str, object],
) -> str:
    """The key of *command*'s answer for *inputs* (each file's sha256 and how it was
    resolved) under *options* (every option that changes the output)."""
    material = json.dumps(
        {
            "format": FORMAT,
            "program": program_fingerprint(),
            "command": command,
            "inputs": list(inputs),
            "options": dict(options),
        },
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(material.encode()).hexdigest()


def get(key: str) -> Result | None:
    """The answer kept under *key*, or None (also for an entry that is damaged, foreign or
    too big: the command then runs)."""
    path = results_dir() / f"{key}.json"
    try:
        info = path.stat()
        # A kept text takes at most 6 bytes a character in JSON ("\u0001"), plus the key.
        if not stat.S_ISREG(info.st_mode) or info.st_size > 6 * MAX_TEXT_BYTES + 4096:
            return None
        data = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        text, code = data.get("text"), data.get("exit_code")
        if not isinstance(text, str) or type(code) is not int or code not in (0, 1):
            return None
        return Result(text, code)
    except (OSError, ValueError, RecursionError):
        return None


class Recording:
    """An answer being written out: each piece goes to a temporary entry as it is written,
    so that a long answer is never held whole, and the entry is kept under *key* only when
    :meth:`keep` is called (the command finished cleanly); otherwise :meth:`discard` removes
    it.  A piece that cannot be recorded (a full disk, the size cap) only ends the
    recording: the answer is still written."""

    def __init__(self, key: str) -> None:
        self.key = key
        self._file: TextIO | None = None
        self._tmp: Path | None = None
        self._size = 0
        self._failed = False

    def write(self, piece: str) -> None:
        if self._failed:
            return
        self._size += len(piece)
        if self._size > MAX_TEXT_BYTES:
            self.discard()
            return
        try:
            if self._file is None:
                import tempfile

                folder = results_dir()
                folder.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=folder)
                self._tmp = Path(name)
                self._file = os.fdopen(fd, "w", encoding="utf-8")
                self._file.write(f'{{"key": {json.dumps(self.key)}, "text": "')
            # The piece as the inside of a JSON string: its encoding less the quotes.
            self._file.write(json.dumps(piece, ensure_ascii=False)[1:-1])
        except OSError:
            self.discard()

    def keep(self, exit_code: int) -> None:
        """The answer is complete and exited with *exit_code*: keep it."""
        if self._failed or exit_code not in (0, 1):
            self.discard()
            return
        if self._file is None:
            self.write("")  # an empty answer is an answer
        if self._file is None or self._tmp is None:
            return
        try:
            self._file.write(f'", "exit_code": {exit_code}}}')
            self._file.close()
            self._tmp.replace(results_dir() / f"{self.key}.json")
            self._file, self._tmp, self._failed = None, None, True  # done: nothing to discard
            _prune(results_dir())
        except OSError:
            self.discard()

    def discard(self) -> None:
        """Give up the recording and remove what was written of it."""
        self._failed = True
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()
            self._tmp = None


def _entries(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if _ENTRY.fullmatch(p.name) and p.is_file()]


def _prune(folder: Path) -> None:
    """Keep the newest MAX_ENTRIES answers."""
    entries = _entries(folder)
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        with contextlib.suppress(OSError):
            old.unlink()


def clear() -> int:
    """Remove every kept answer (and nothing else); return how many were removed."""
    folder = results_dir()
    n = 0
    if not folder.is_dir():
        return 0
    for p in folder.iterdir():
        if p.is_file() and (_ENTRY.fullmatch(p.name) or _TEMPORARY.fullmatch(p.name)):
            with contextlib.suppress(OSError):
                p.unlink()
                n += _ENTRY.fullmatch(p.name) is not None
    with contextlib.suppress(OSError):
        folder.rmdir()  # only if nothing else is in it
    return n


def count() -> int:
    """How many answers are kept."""
    return len(_entries(results_dir()))
