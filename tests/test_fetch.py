"""Tests for reportdiff.library.fetch, against a local HTTP server on 127.0.0.1 that the test
starts.
Nothing here reaches the internet."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from reportdiff.cli import main
from reportdiff.errors import FetchError, NotAnEditionError
from reportdiff.library.fetch import fetch

from .conftest import BAD, PRINT_2020


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes, float]]] = {}

    def do_GET(self) -> None:
        status, body, delay = self.routes.get(self.path, (404, b"not found", 0.0))
        if delay:
            time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.routes = {
        "/kst-33279-32.pdf": (200, PRINT_2020.read_bytes(), 0.0),
        "/not-a-pdf.pdf": (200, b"<html>moved</html>", 0.0),
        "/unrelated.pdf": (200, (BAD / "unrelated.pdf").read_bytes(), 0.0),
        "/slow.pdf": (200, PRINT_2020.read_bytes(), 3.0),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class TestFetch:
    """Downloads are checked before they are kept."""

    def test_fetch_year_from_catalog(
        self, server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """`reportdiff fetch 2020` gets kst-33279-32.pdf and keeps it in the library."""
        monkeypatch.setenv("REPORTDIFF_FETCH_BASE", server)
        path, report = fetch("2020", library=tmp_path)
        assert path == tmp_path / "2020-kamerstuk.pdf"
        assert path.read_bytes() == PRINT_2020.read_bytes()
        assert report.edition.kamerstuk is not None and report.edition.kamerstuk.number == "32"
        assert [p.name for p in tmp_path.iterdir()] == ["2020-kamerstuk.pdf"]

    def test_fetch_url_via_cli(self, server: str, tmp_path: Path) -> None:
        """The command saves a URL's edition and says where."""
        code = main(["fetch", f"{server}/kst-33279-32.pdf", "--library", str(tmp_path)])
        assert code == 0 and (tmp_path / "2020-kamerstuk.pdf").is_file()

    def test_not_a_pdf(self, server: str, tmp_path: Path) -> None:
        """An HTML page is refused and nothing is kept."""
        with pytest.raises(FetchError, match="did not send a PDF"):
            fetch(f"{server}/not-a-pdf.pdf", library=tmp_path)
        assert list(tmp_path.iterdir()) == []

    def test_not_an_edition(self, server: str, tmp_path: Path) -> None:
        """A PDF that is not the report is refused unless forced."""
        with pytest.raises(NotAnEditionError):
            fetch(f"{server}/unrelated.pdf", library=tmp_path)
        assert list(tmp_path.iterdir()) == []

    def test_size_cap(self, server: str, tmp_path: Path) -> None:
        """A download over the cap stops."""
        with pytest.raises(FetchError, match="over the cap"):
            fetch(f"{server}/kst-33279-32.pdf", library=tmp_path, max_bytes=1000)

    def test_timeout(self, server: str, tmp_path: Path) -> None:
        """A server that does not answer in time gives a clear error."""
        with pytest.raises(
            FetchError, match=r"did not (answer|finish) within 0\.5 s|could not be reached"
        ):
            fetch(f"{server}/slow.pdf", library=tmp_path, timeout=0.5)

    def test_http_error(self, server: str, tmp_path: Path) -> None:
        """A 404 says so."""
        with pytest.raises(FetchError, match="answered 404"):
            fetch(f"{server}/missing.pdf", library=tmp_path)

    def test_year_without_address(self, tmp_path: Path) -> None:
        """2021 has no known download address: the error says what to do instead."""
        with pytest.raises(FetchError, match="no official download address is known for 2021"):
            fetch("2021", library=tmp_path)


class _Hostile(http.server.BaseHTTPRequestHandler):
    """Redirects, a trickle and a short body."""

    other = ""  # the base URL of another host (the same server under "localhost")

    def do_GET(self) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            if self.path == "/to-other-host":
                self._redirect(f"{self.other}/kst-33279-32.pdf")
            elif self.path == "/to-file":
                self._redirect("file:///etc/passwd")
            elif self.path == "/same-host":
                self._redirect("/kst-33279-32.pdf")
            elif self.path == "/kst-33279-32.pdf":
                self._send(PRINT_2020.read_bytes(), len(PRINT_2020.read_bytes()))
            elif self.path == "/short":
                self._send(PRINT_2020.read_bytes()[:1000], len(PRINT_2020.read_bytes()))
            elif self.path == "/trickle":
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(100):
                    self.wfile.write(b"%")
                    self.wfile.flush()
                    time.sleep(0.2)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, body: bytes, length: int) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    port = httpd.server_address[1]
    _Hostile.other = f"http://localhost:{port}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class TestHostileServers:
    """Issue #13: redirects checked, one deadline, Content-Length verified, no overwrite."""

    def test_redirect_to_another_host_is_refused(self, hostile: str, tmp_path: Path) -> None:
        with pytest.raises(FetchError, match=r"redirects to another host \(localhost\)"):
            fetch(f"{hostile}/to-other-host", library=tmp_path)
        assert list(tmp_path.iterdir()) == []

    def test_redirect_to_another_host_when_allowed(self, hostile: str, tmp_path: Path) -> None:
        path, _ = fetch(f"{hostile}/to-other-host", library=tmp_path, allow_other_hosts=True)
        assert path.read_bytes() == PRINT_2020.read_bytes()

    def test_redirect_to_a_file_url_is_refused(self, hostile: str, tmp_path: Path) -> None:
        with pytest.raises(FetchError, match=r"not an http|file:.* is not allowed"):
            fetch(f"{hostile}/to-file", library=tmp_path, allow_other_hosts=True)

    def test_redirect_on_the_same_host_is_followed(self, hostile: str, tmp_path: Path) -> None:
        path, _ = fetch(f"{hostile}/same-host", library=tmp_path)
        assert path.name == "2020-kamerstuk.pdf"

    def test_trickle_is_stopped_by_the_deadline(self, hostile: str, tmp_path: Path) -> None:
        """A server sending a byte every 0.2 s never trips a socket timeout; the total
        deadline stops it, and no temporary file is left."""
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"did not finish within 1 s"):
            fetch(f"{hostile}/trickle", library=tmp_path, timeout=1)
        assert time.monotonic() - started < 15  # a hang guard only
        assert list(tmp_path.iterdir()) == []

    def test_short_body_is_refused(self, hostile: str, tmp_path: Path) -> None:
        with pytest.raises(FetchError, match=r"sent 1000 of the \d+ bytes it announced"):
            fetch(f"{hostile}/short", library=tmp_path)
        assert list(tmp_path.iterdir()) == []

    def test_existing_file_is_not_overwritten(self, hostile: str, tmp_path: Path) -> None:
        (tmp_path / "2020-kamerstuk.pdf").write_bytes(b"mine")
        with pytest.raises(FetchError, match="already exists; nothing was replaced"):
            fetch(f"{hostile}/kst-33279-32.pdf", library=tmp_path)
        assert (tmp_path / "2020-kamerstuk.pdf").read_bytes() == b"mine"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["2020-kamerstuk.pdf"]
        fetch(f"{hostile}/kst-33279-32.pdf", library=tmp_path, overwrite=True)
        assert (tmp_path / "2020-kamerstuk.pdf").read_bytes() == PRINT_2020.read_bytes()

    def test_library_that_is_a_file(self, hostile: str, tmp_path: Path) -> None:
        not_a_folder = tmp_path / "lib"
        not_a_folder.write_text("a file")
        code = main(["fetch", f"{hostile}/kst-33279-32.pdf", "--library", str(not_a_folder)])
        assert code == 2

    def test_errors_name_the_url_not_the_temporary_file(self, server: str, tmp_path: Path) -> None:
        with pytest.raises(NotAnEditionError) as info:
            fetch(f"{server}/unrelated.pdf", library=tmp_path)
        assert ".download-" not in str(info.value) and f"{server}/unrelated.pdf" in str(info.value)

    def test_max_mb_caps_the_parse_too(self, server: str, tmp_path: Path) -> None:
        """One --max-mb for the download and the load that follows."""
        size = len(PRINT_2020.read_bytes())
        with pytest.raises(FetchError, match="over the cap"):
            fetch(f"{server}/kst-33279-32.pdf", library=tmp_path, max_bytes=size - 1)
