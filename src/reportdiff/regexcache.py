"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

The parser and its vocabularies compile some 230 patterns as they are imported.  Python's
``re`` compiles a pattern in pure Python, so this is about 40 ms of every cold run: more than
half of building the parser, and as much as reading a short edition.  ``re`` keeps what it
compiled only for the life of the process.  This module keeps the compiled programs in a file
next to the model cache, and on the next run puts the patterns built from them into ``re``'s
own cache before the parser is imported, so that its ``re.compile`` calls find them there.

A program is the list of opcodes ``re`` hands to its C engine (``_sre.compile``), and its
format is private to each CPython version, so:

- the file is tied to the exact interpreter build and engine (``sys.version``,
  ``_sre.MAGIC``, ``_sre.CODESIZE``) and to this file's format, and carries a SHA-256 of its
  body; anything else in it, or anything unexpected, and it is ignored;
- a program is only written after the pattern built from it compared equal to the one ``re``
  compiled itself (CPython compares the source, the flags and the whole program), and the C
  engine validates every program again as it is loaded;
- every failure is silent and costs only the time saved: ``re`` then compiles as usual.

The patterns come in two files, one for each stage of a run: ``start``, what is compiled
before the parser is built (the command line's, Python's own, the PDF reader's), installed as
the program starts, and ``parser``, installed as the parser is built, which on two cores runs
beside the first reader instead of before it.  Reading only the first file early keeps the
cost of loading the larger second one off the path every run waits on.

No text from a document goes in: only our own patterns (and any other module's compiled in
the same process), so the file holds nothing a ``--no-cache`` run must not keep.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's C engine: no stubs
import contextlib
import hashlib
import marshal
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

__all__ = ["STAGES", "install", "mark", "path", "update"]

# The stages of a run, in order (see above).
STAGES = ("start", "parser")

_FORMAT = b"reportdiff-patterns 1\n"
# Larger than this is not ours: it is not read.
_MAX_BYTES = 16 * 1024 * 1024
# re's cache is meant to hold 512 patterns (``re._MAXCACHE``, 3.11 to 3.13), but it drops
# only its oldest entry, one for each pattern it compiles once it holds that many; entries put
# in directly may take it past the mark.  So every kept pattern goes in (the parser alone
# compiles over 300, with the start stage's more than the mark less a margin), newest last:
# those already used go first, and ours would go only after as many new patterns were
# compiled as the cache held before them.  This bound only keeps a strange file from filling
# memory.
_MAX_ENTRIES = 2048
# The keys put in by install(): update() writes the file only when others were compiled.
# It leaves the file as it is for fewer new patterns than this, holding fewer characters
# than that: some are built from a set in another library (babel's plural rules, some 50
# characters), so they differ from run to run and would have the file written each time, for
# a gain below a millisecond; while one of the vocabularies' large alternations (4,000
# characters) costs some 5 ms to compile, and must be kept however few are new.
_WORTH = 8
_WORTH_CHARS = 1000
# A pattern as re's cache keys it, less its type: (pattern, flags).
_Key = tuple[str | bytes, int]
_installed: dict[str, set[_Key]] = {}
# The patterns compiled before the parser was built (see mark()): what update() keeps in the
# start file; None until mark() is called, when update() keeps everything in the parser file.
_before_parser: list[_Key] | None = None


def path(stage: str = "parser") -> Path | None:
    """Where the programs of *stage* are kept: beside the parsed models
    (``$REPORTDIFF_CACHE_DIR``, else the user cache folder), one file per stage and
    interpreter build."""
    try:
        env = os.environ.get("REPORTDIFF_CACHE_DIR")
        if env:
            root = Path(env)
        else:
            import platformdirs

            root = Path(platformdirs.user_cache_dir("reportdiff", appauthor=False))
        build = hashlib.sha256("|".join(map(str, _stamp())).encode()).hexdigest()[:16]
        suffix = "" if stage == "parser" else f"-{stage}"
        return root / f"patterns-{sys.implementation.cache_tag}-{build}{suffix}.bin"
    except Exception:  # no cache folder on this platform: nothing is kept
        return None


def _stamp() -> tuple[str, int, int]:
    return (sys.version, _sre.MAGIC, _sre.CODESIZE)


def _read(file: Path) -> dict[_Key, tuple[Any, ...]]:
    """The programs kept in *file*; {} unless it is ours: a regular file (not a link), owned
    by this user and writable by no one else (``$REPORTDIFF_CACHE_DIR`` may be a shared
    folder, and marshal is not meant for data someone else wrote), of our format, build and
    checksum."""
    fd = os.open(file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            return {}
        if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
            return {}
        data = fh.read(_MAX_BYTES + 1)
    if len(data) > _MAX_BYTES or not data.startswith(_FORMAT):
        return {}
    digest, _, body = data[len(_FORMAT) :].partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode() != digest:
        return {}
    stamp, programs = marshal.loads(body)
    if tuple(stamp) != _stamp() or not isinstance(programs, dict):
        return {}
    return programs


def install(stage: str = "parser") -> int:
    """Put the patterns kept for *stage* into ``re``'s cache; returns how many (0 for a stage
    installed already).  Call before the modules that compile them are imported."""
    if stage in _installed:
        return 0  # read once: the patterns are in re's cache or were pushed out by others
    kept = _installed[stage] = set()
    file = path(stage)
    if file is None:
        return 0
    try:
        programs = _read(file)
        cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
        room = max(0, _MAX_ENTRIES - len(cache))
        added = 0
        for (pattern, flags), (final, code, groups, groupindex, indexgroup) in programs.items():
            if room <= 0:
                break
            key = (type(pattern), pattern, flags)  # re's own key: str or bytes
            kept.add((pattern, flags))
            if key in cache:
                continue  # compiled already (by a module imported before)
            cache[key] = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
            room -= 1
            added += 1
    except Exception:  # an old, damaged or foreign file: re compiles as usual
        return 0
    return added


def _program(pattern: str | bytes, flags: int) -> tuple[Any, ...] | None:
    """The program ``re`` builds for *pattern*, the way ``re._compiler.compile`` builds it;
    None unless the pattern built from it equals the one ``re`` compiled."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex = {str(name): int(i) for name, i in tree.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags | tree.state.flags)
    program = (final, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    built = _sre.compile(pattern, *program[:3], groupindex, tuple(indexgroup))
    if built != re.compile(pattern, flags):
        return None
    return program


def _compiled() -> list[_Key]:
    """The (pattern, flags) of every pattern in ``re``'s cache (text or bytes: pdfminer's
    are bytes)."""
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    return [
        (key[1], int(key[2]))
        for key in list(cache)
        if key[0] in (str, bytes) and type(key[1]) is key[0] and not int(key[2]) & re.DEBUG
    ]


def mark() -> None:
    """Note the patterns compiled so far as the start stage's: call just before the parser is
    built."""
    global _before_parser
    _before_parser = _compiled()


def update() -> int:
    """Keep the patterns compiled so far, each in its stage's file, when enough of them were
    missing from the files; returns how many were added (0 on every run after the first,
    until the patterns change)."""
    before = set(_before_parser or ())
    compiled = _compiled()
    added = 0
    for stage in STAGES:
        if stage == "start" and _before_parser is not None:
            # What the start stage compiled, as noted at mark(): re's cache drops its oldest
            # entries once it holds 512, so the parser's patterns may have pushed some of these
            # out by now; they are still this stage's (and their programs are built from the
            # pattern and flags alone).
            wanted = list(_before_parser)
        else:
            wanted = [k for k in compiled if (k in before) == (stage == "start")]
        kept = _installed.get(stage, set())
        new = [k for k in wanted if k not in kept]
        # Kept in this stage's file but compiled in the other stage now (a file written
        # before the stages were split, or code moved): rewritten, so that they are not read
        # twice.
        elsewhere = len(kept) - len(kept.intersection(wanted))
        worth = len(new) >= _WORTH or sum(len(pattern) for pattern, _ in new) >= _WORTH_CHARS
        if (new and (worth or not kept)) or elsewhere >= _WORTH:
            added += _write(stage, wanted, new)
    return added


def _write(stage: str, wanted: list[_Key], new: list[_Key]) -> int:
    """Keep the programs of *wanted* in *stage*'s file, building those of *new*; returns how
    many were added."""
    file = path(stage)
    if file is None:
        return 0
    try:
        # Where nothing can be written, the programs are not worth building.
        file.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(file.parent, os.W_OK):
            return 0
        programs = {}
        with contextlib.suppress(Exception):
            programs = _read(file)
        # Only what this run compiled in this stage is kept: a pattern no longer compiled
        # (or now compiled in the other stage) goes.
        current = set(wanted)
        programs = {key: program for key, program in programs.items() if key in current}
        added = 0
        for pattern, flags in new:
            if (pattern, flags) in programs:
                continue
            program = _program(pattern, flags)
            if program is not None:
                programs[(pattern, flags)] = program
                added += 1
        body = marshal.dumps((_stamp(), programs))
        data = _FORMAT + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
        if len(data) > _MAX_BYTES:
            return 0
        import tempfile  # only to write, once: not on every run's path

        fd, name = tempfile.mkstemp(dir=file.parent, prefix=".tmp-patterns-")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            tmp.replace(file)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        _installed[stage] = set(programs)
        return added
    except Exception:  # a read-only or full disk: nothing is kept, nothing breaks
        return 0
