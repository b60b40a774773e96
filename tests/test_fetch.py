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
