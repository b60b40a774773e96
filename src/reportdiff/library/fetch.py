"""Download an official edition into the user library.

The download streams to a temporary file next to its destination with a timeout and a size
cap, shows a progress bar on a terminal for long downloads, and is kept only when it is a PDF
that parses as an edition of the report (``--force`` keeps any readable PDF).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import TextIO

from reportdiff.errors import FetchError, ReportDiffError, UsageError
from reportdiff.library.editions import catalog, user_library
from reportdiff.model import Report

__all__ = ["download", "fetch"]

_CHUNK = 64 * 1024
# A progress bar is drawn for downloads at least this large, on a terminal only.
_PROGRESS_FROM = 512 * 1024


def _urls_for(year: int) -> tuple[str, ...]:
    entry = catalog().get(year)
    if entry is None:
        known = ", ".join(str(y) for y in sorted(catalog()))
        raise FetchError(f"no edition {year} is in the catalog; known years: {known}")
    if not entry.document_id:
        raise FetchError(
            f"no official download address is known for {year}; save its PDF as "
            f"{user_library() / f'{year}.pdf'} or pass its path"
        )
    base = os.environ.get("REPORTDIFF_FETCH_BASE")
    if base:  # a mirror, or a local server in tests
        return (f"{base.rstrip('/')}/{entry.document_id}.pdf",)
    return entry.urls()


def _bar(done: int, total: int, out: TextIO) -> None:
    width = 30
    filled = int(width * done / total) if total else 0
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done // 1024} / {total // 1024} KiB")
    out.flush()


def download(
    url: str, target: Path, *, max_bytes: int, timeout: float, progress: TextIO | None = None
) -> int:
    """Stream *url* into *target*; return the number of bytes.  Raises FetchError."""
    scheme = urllib.parse.urlparse(url).scheme
    if scheme not in ("http", "https"):
        raise UsageError(f"{url} is not an http(s) address")
    request = urllib.request.Request(url, headers={"User-Agent": "reportdiff"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else 0
            if total > max_bytes:
                raise FetchError(
                    f"{url} is {total // (1024 * 1024)} MB, over the cap of "
                    f"{max_bytes // (1024 * 1024)} MB; raise it with --max-mb"
                )
            show = progress is not None and progress.isatty() and total >= _PROGRESS_FROM
            done = 0
            with target.open("wb") as fh:
                while chunk := response.read(_CHUNK):
                    done += len(chunk)
                    if done > max_bytes:
                        raise FetchError(
                            f"{url} sent more than the cap of {max_bytes // (1024 * 1024)} MB; "
                            "raise it with --max-mb"
                        )
                    fh.write(chunk)
                    if show and progress is not None:
                        _bar(done, total, progress)
            if show and progress is not None:
                progress.write("\n")
            return done
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the response's socket
        raise FetchError(f"{url} answered {exc.code} {exc.reason}; check the address") from exc
    except urllib.error.URLError as exc:
        raise FetchError(f"{url} could not be reached ({exc.reason}); check the network") from exc
    except TimeoutError as exc:
        raise FetchError(f"{url} did not answer within {timeout:g} s; try again later") from exc


def fetch(
    what: str,
    *,
    library: Path | None = None,
    year: int | None = None,
    max_bytes: int = 50 * 1024 * 1024,
    timeout: float = 30.0,
    force: bool = False,
    progress: TextIO | None = None,
) -> tuple[Path, Report]:
    """Download edition *what* (a year or a URL) into the library; return where it was saved
    and its parsed model."""
    from reportdiff.library.load import load

    if what.isdigit() and len(what) == 4:
        year = int(what)
        urls = _urls_for(year)
    else:
        urls = (what,)
    folder = library or user_library()
    folder.mkdir(parents=True, exist_ok=True)
    last_error: ReportDiffError | None = None
    for url in urls:
        fd, name = tempfile.mkstemp(prefix=".download-", suffix=".pdf", dir=folder)
        os.close(fd)
        tmp = Path(name)
        try:
            download(url, tmp, max_bytes=max_bytes, timeout=timeout, progress=progress)
            with tmp.open("rb") as fh:
                if b"%PDF-" not in fh.read(1024):
                    raise FetchError(f"{url} did not send a PDF; check the address")
            report = load(tmp, force=force, use_cache=False)
            if year is not None and report.edition.year not in (year, 0):
                raise FetchError(
                    f"{url} holds the {report.edition.year} edition, not {year}; nothing was kept"
                )
            saved_year = year or report.edition.year
            target = folder / f"{saved_year}-{report.edition.layout.value}.pdf"
            tmp.replace(target)
            return target, report
        except ReportDiffError as exc:
            last_error = exc
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    assert last_error is not None
    raise last_error
