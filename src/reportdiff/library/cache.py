"""The parsed-model cache: Report JSON keyed by the file's sha256 and the parser version.

Stored in ``$REPORTDIFF_CACHE_DIR``, else the user cache folder (platformdirs, which honours
``$XDG_CACHE_HOME``).  A corrupt or foreign entry is ignored and rebuilt; writes go to a
temporary file that is then renamed, so concurrent runs never see half an entry.
"""

from __future__ import annotations

import contextlib
import json
import os
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


def get(key: str) -> Report | None:
    path = cache_dir() / f"{key}.json"
    if not path.is_file():
        return None
    from reportdiff.serialize import report_from_dict

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("cache_key") != key:
            return None
        return report_from_dict(data["report"])
    except (OSError, ValueError, KeyError, TypeError):
        # Missing, unreadable, corrupt or from another version: parse again.
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


def clear() -> int:
    """Remove every cached model; return how many were removed."""
    folder = cache_dir()
    n = 0
    if folder.is_dir():
        for p in folder.glob("*.json"):
            with contextlib.suppress(OSError):
                p.unlink()
                n += 1
    return n


def count() -> int:
    """How many models are cached."""
    folder = cache_dir()
    return len(list(folder.glob("*.json"))) if folder.is_dir() else 0
