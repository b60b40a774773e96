"""The parsed-model cache: Report JSON keyed by the file's sha256 and the parser version.

Stored in ``$REPORTDIFF_CACHE_DIR``, else the user cache folder (platformdirs, which honours
``$XDG_CACHE_HOME``).  A corrupt or foreign entry is ignored and rebuilt; writes go to a
temporary file that is then renamed, so concurrent runs never see half an entry.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from reportdiff._version import SCHEMA_VERSION, parser_version

if TYPE_CHECKING:
    from reportdiff.model import Report


__all__ = ["cache_dir", "cache_key", "clear", "count", "get", "put"]


def cache_dir() -> Path:
    env = os.environ.get("REPORTDIFF_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("reportdiff", appauthor=False)) / "models"


def cache_key(sha256: str, *, force: bool = False, year: int | None = None) -> str:
    """The key of a file's model: its content, the parser (a digest of the parser's sources),
    the JSON shape, and every option that changes the model: the year the file was resolved
    as (a file resolved as 2022 is parsed as 2022) and ``--force``."""
    hint = f"-y{year}" if year is not None else ""
    return f"{sha256}-p{parser_version()}-s{SCHEMA_VERSION}{hint}{'-forced' if force else ''}"


# An entry larger than this is not read (real models are tens of KB): it is not ours, or it
# is damaged, and reading it whole would cost the memory the limits protect.
MAX_ENTRY_BYTES = 64 * 1024 * 1024
# The names reportdiff gives its entries (see cache_key) and its temporary files; `clear`
# removes nothing else, so that a shared $REPORTDIFF_CACHE_DIR keeps its other files.
_ENTRY = re.compile(r"[0-9a-f]{64}-p[0-9A-Za-z._]+-s\d+(-y\d+)?(-forced)?\.json")
_TEMPORARY = re.compile(r"\.tmp-[0-9A-Za-z_]+\.json")


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not a number a model holds")


def get(key: str) -> Report | None:
    """The cached model under *key*, or None: an entry is trusted only when it has the
    right size, parses as JSON without NaN or Infinity, names its own key, structures into
    a Report and serialises back to exactly what was read."""
    path = cache_dir() / f"{key}.json"
    from reportdiff.serialize import report_from_dict, report_to_dict

    try:
        # Stat before reading: a huge or special file is never read whole.
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            return None
        with path.open("rb") as fh:
            raw = fh.read(MAX_ENTRY_BYTES + 1)
        if len(raw) > MAX_ENTRY_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
        if not isinstance(data, dict) or data.get("cache_key") != key:
            return None
        plain = data.get("report")
        if not isinstance(plain, dict):
            return None
        report = report_from_dict(plain)
        if report_to_dict(report) != plain:
            return None  # a field of the wrong kind that structuring let through
        return report
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        # Missing, unreadable, corrupt, too deep or from another version: parse again.
        return None


def put(key: str, report: Report) -> None:
    import tempfile

    from reportdiff.serialize import report_to_dict

    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"cache_key": key, "report": report_to_dict(report)}, ensure_ascii=False
        )
        fd, name = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=folder)
        tmp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        tmp.replace(folder / f"{key}.json")
    except OSError:
        # A cache that cannot be written only costs speed.
        with contextlib.suppress(OSError, UnboundLocalError):
            tmp.unlink()


def _ours(folder: Path) -> list[Path]:
    """The entries and temporary files reportdiff wrote in *folder*, by name."""
    if not folder.is_dir():
        return []
    return [
        p
        for p in folder.iterdir()
        if (_ENTRY.fullmatch(p.name) or _TEMPORARY.fullmatch(p.name)) and p.is_file()
    ]


def clear() -> int:
    """Remove every cached model, and the compiled patterns kept beside them (see
    reportdiff.regexcache: rebuilt by the next run), and nothing else; return how many
    models were removed."""
    from reportdiff import regexcache

    n = 0
    for p in _ours(cache_dir()):
        with contextlib.suppress(OSError):
            p.unlink()
            n += _ENTRY.fullmatch(p.name) is not None
    for stage in regexcache.STAGES:
        kept = regexcache.path(stage)
        if kept is not None:
            with contextlib.suppress(OSError):
                kept.unlink()
    return n


def count() -> int:
    """How many models are cached."""
    return sum(1 for p in _ours(cache_dir()) if _ENTRY.fullmatch(p.name))
