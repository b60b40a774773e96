"""Download an official edition into the user library.

The download streams to a temporary file next to its destination under one deadline for the
whole transfer and a size cap (the same ``--max-mb`` then caps the parse), shows a progress bar
on a terminal for long downloads, and is kept only when it is a PDF that parses as an edition
of the report (``--force`` keeps any readable PDF).  Every redirect is checked (http(s) only,
the same host unless allowed), a body shorter than its Content-Length is refused, the
temporary file is removed on every way out (SIGTERM included), and an existing file is not
replaced without ``overwrite``.  Messages name the URL, never the temporary file.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from reportdiff.errors import FetchError, ReportDiffError, UsageError
from reportdiff.library.editions import catalog, user_library
from reportdiff.limits import Limits
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


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to http(s), and only to the first URL's host unless allowed."""

    def __init__(self, origin: str, allow_other_hosts: bool) -> None:
        super().__init__()
        self.origin = origin
        self.allow_other_hosts = allow_other_hosts

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        parts = urllib.parse.urlparse(newurl)
        if parts.scheme not in ("http", "https"):
            fp.close()
            raise FetchError(
                f"{req.full_url} redirects to {newurl}, which is not an http(s) address; "
                "nothing was downloaded"
            )
        if (parts.hostname or "") != self.origin and not self.allow_other_hosts:
            fp.close()
            raise FetchError(
                f"{req.full_url} redirects to another host ({parts.hostname}); nothing was "
                "downloaded; rerun with --allow-redirects-to-other-hosts if you trust it"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Expired(Exception):
    """The download's deadline passed (raised by the alarm, turned into a FetchError)."""


def _alarm(seconds: float) -> contextlib.AbstractContextManager[None]:
    """Raise _Expired after *seconds*, even inside a blocking read (main thread only;
    elsewhere the per-read checks and socket timeouts bound the download)."""
    from reportdiff.sandbox.envelope import alarm

    return alarm(seconds, _Expired)


@contextlib.contextmanager
def _terminated_raises() -> Iterator[None]:
    """SIGTERM and SIGHUP raise FetchError here, so that the `finally` clauses that remove the
    temporary file run (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: Any) -> None:
        raise FetchError(f"interrupted by signal {signum}; nothing was kept")

    old: dict[int, Any] = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) not in (signal.SIG_IGN, None):
            old[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)


def download(
    url: str,
    target: Path,
    *,
    max_bytes: int,
    timeout: float,
    progress: TextIO | None = None,
    allow_other_hosts: bool = False,
) -> int:
    """Stream *url* into *target* within *timeout* seconds in all; return the number of
    bytes.  Raises FetchError."""
    parts = urllib.parse.urlparse(url)
    if parts.scheme not in ("http", "https"):
        raise UsageError(f"{url} is not an http(s) address")
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_CheckedRedirects(parts.hostname or "", allow_other_hosts))
    request = urllib.request.Request(url, headers={"User-Agent": "reportdiff"})
    try:
        with _alarm(timeout), opener.open(request, timeout=timeout) as response:
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
                # read1: at most one receive per call, so a server that trickles bytes still
                # meets the deadline check below.
                while chunk := response.read1(_CHUNK):
                    if time.monotonic() > deadline:
                        raise _Expired
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
            if length is not None and length.isdigit() and done < total:
                raise FetchError(
                    f"{url} sent {done} of the {total} bytes it announced; the download was cut "
                    "short, try again"
                )
            return done
    except _Expired:
        raise FetchError(
            f"{url} did not finish within {timeout:g} s; try again later or raise --timeout"
        ) from None
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the response's socket
        raise FetchError(f"{url} answered {exc.code} {exc.reason}; check the address") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"{url} did not answer within {timeout:g} s; try again later") from exc
        raise FetchError(f"{url} could not be reached ({exc.reason}); check the network") from exc
    except TimeoutError as exc:
        raise FetchError(f"{url} did not answer within {timeout:g} s; try again later") from exc
    except http.client.HTTPException as exc:
        raise FetchError(f"{url} sent a broken answer ({type(exc).__name__}); try again") from exc
    except OSError as exc:
        raise FetchError(f"{url} could not be downloaded ({exc.strerror or exc})") from exc


def _keep(tmp: Path, target: Path, overwrite: bool) -> None:
    """Move the finished download to *target*; an existing file is replaced only when
    *overwrite*.  Without it, a hard link creates the name atomically or fails if taken."""
    if overwrite:
        tmp.replace(target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise FetchError(
            f"{target} already exists; nothing was replaced (rerun with --overwrite to replace it)"
        ) from None
    except OSError:  # no hard links here (some network or FAT file systems)
        if target.exists():
            raise FetchError(
                f"{target} already exists; nothing was replaced (rerun with --overwrite to "
                "replace it)"
            ) from None
        tmp.replace(target)


def _renamed(exc: ReportDiffError, tmp: Path, url: str) -> ReportDiffError:
    """*exc* with the temporary file's name replaced by the URL it came from."""
    text = str(exc)
    if tmp.name not in text:
        return exc
    text = text.replace(str(tmp), url).replace(tmp.name, url)
    try:
        return type(exc)(text)
    except TypeError:
        return FetchError(text)


def fetch(
    what: str,
    *,
    library: Path | None = None,
    year: int | None = None,
    max_bytes: int = 50 * 1024 * 1024,
    timeout: float = 30.0,
    force: bool = False,
    progress: TextIO | None = None,
    overwrite: bool = False,
    allow_other_hosts: bool = False,
    limits: Limits | None = None,
) -> tuple[Path, Report]:
    """Download edition *what* (a year or a URL) into the library; return where it was saved
    and its parsed model.  *max_bytes* caps the download and the parse alike; *limits* (its
    size cap replaced by *max_bytes*) govern the parse."""
    from reportdiff.library.load import load

    if what.isdigit() and len(what) == 4:
        year = int(what)
        urls = _urls_for(year)
    else:
        urls = (what,)
    folder = library or user_library()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise NotADirectoryError(20, "not a folder")
    except OSError as exc:
        raise FetchError(
            f"cannot save into {folder} ({exc.strerror or exc}); give --library DIR, a folder "
            "you can write"
        ) from None
    parse_limits = (limits or Limits())._replace(max_bytes=max_bytes)
    last_error: ReportDiffError | None = None
    with _terminated_raises():
        for url in urls:
            try:
                fd, name = tempfile.mkstemp(prefix=".download-", suffix=".pdf", dir=folder)
            except OSError as exc:
                raise FetchError(
                    f"cannot save into {folder} ({exc.strerror or exc}); give --library DIR, "
                    "a folder you can write"
                ) from None
            os.close(fd)
            tmp = Path(name)
            try:
                download(
                    url,
                    tmp,
                    max_bytes=max_bytes,
                    timeout=timeout,
                    progress=progress,
                    allow_other_hosts=allow_other_hosts,
                )
                with tmp.open("rb") as fh:
                    if b"%PDF-" not in fh.read(1024):
                        raise FetchError(f"{url} did not send a PDF; check the address")
                try:
                    report = load(tmp, force=force, use_cache=False, limits=parse_limits)
                except ReportDiffError as exc:
                    raise _renamed(exc, tmp, url) from None
                if year is not None and report.edition.year not in (year, 0):
                    raise FetchError(
                        f"{url} holds the {report.edition.year} edition, not {year}; "
                        "nothing was kept"
                    )
                saved_year = year or report.edition.year
                target = folder / f"{saved_year}-{report.edition.layout.value}.pdf"
                _keep(tmp, target, overwrite)
                return target, report
            except ReportDiffError as exc:
                last_error = exc
            except OSError as exc:
                last_error = FetchError(f"{url} could not be saved ({exc.strerror or exc})")
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
    assert last_error is not None
    raise last_error
