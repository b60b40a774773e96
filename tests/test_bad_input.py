"""Issue #13: every byte of work under a limit.  Each hostile input ends with exit 0 or 2 and
one line, within its limits; signalling the main process leaves no worker behind; the worker
path runs under `spawn`; caches, outputs, options and fetches fail as one line."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reportdiff.cli import main
from reportdiff.extract import PageInfo, page_warnings
from reportdiff.library import cache
from reportdiff.library.editions import sha256_of
from reportdiff.library.load import load
from reportdiff.sandbox.worker import Job, Limits, run_isolated
from reportdiff.serialize import report_to_dict
from reportdiff.textsafe import sanitise

from .conftest import BAD, LETTER_2021, PRINT_2020

# Generous: only to catch a hang, never a timing assertion.
HANG = 120


def cli(*argv: str, timeout: float = HANG) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportdiff", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


class TestHostileDocuments:
    """The crafted PDFs of fixtures/bad/build_bad.py, through the command line."""

    def test_page_total_is_capped(self) -> None:
        """'Pagina 1 van 2147483647' is a number in a warning, not a set of 2**31 labels."""
        run = cli("show", str(BAD / "page-total.pdf"), "--format", "json", "--no-cache")
        assert run.returncode == 0, run.stderr
        warnings = json.loads(run.stdout)["warnings"]
        assert any("declares 2147483647 pages" in w and "checked up to 51" in w for w in warnings)

    def test_page_warnings_never_size_by_the_declared_total(self) -> None:
        """Direct: two pages declaring 2**31 - 1 are checked up to 52 labels."""
        pages = [PageInfo(n, str(n), 2147483647, 595.0, 842.0, ()) for n in (1, 2)]
        (warning,) = page_warnings(pages)
        assert "labels were checked up to 52; the document declares 2147483647 pages" in warning

    @pytest.mark.parametrize("name", ["amounts-8000.pdf", "no-full-stop.pdf", "huge-amount.pdf"])
    def test_slow_parse_ends_within_timeout(self, name: str) -> None:
        """Parsing runs in a limited child: exit 0, or exit 2 with one line at the deadline."""
        run = cli("show", str(BAD / name), "--format", "json", "--no-cache", "--timeout", "20")
        assert run.returncode in (0, 2), run.stderr
        if run.returncode == 2:
            assert "needs more than 20 s" in one_line(run.stderr)
        else:
            assert json.loads(run.stdout)["schema_version"] == 1

    def test_huge_amount_is_never_a_traceback(self) -> None:
        """10**28 miljard: a report (the amount refused or capped) or one line."""
        run = cli("show", str(BAD / "huge-amount.pdf"), "--format", "json", "--no-cache")
        assert run.returncode in (0, 2) and "Traceback" not in run.stderr

    def test_two_documents_of_2000_sections_end_within_timeout(self) -> None:
        """The diff runs under the run's deadline: exit 0/1 with JSON, or 2 and one line."""
        run = cli(
            "diff",
            str(BAD / "sections-2000-a.pdf"),
            str(BAD / "sections-2000-b.pdf"),
            "--format",
            "json",
            "--no-cache",
            "--timeout",
            "10",
        )
        if run.returncode == 2:
            assert "needs more than 10 s" in one_line(run.stderr)
        else:
            assert run.returncode in (0, 1) and json.loads(run.stdout)["schema_version"] == 1


def _children(pid: int) -> set[int]:
    """Every descendant of *pid*, from /proc."""
    found: set[int] = set()
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            kids = (task / "children").read_text().split() if (task / "children").exists() else []
            for kid in map(int, kids):
                if kid not in found:
                    found.add(kid)
                    frontier.append(kid)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _default_action(signum: int) -> Callable[[], None] | None:
    """What gives the child *signum*'s default action, whatever the suite inherited: under
    nohup SIGHUP is ignored, and a program keeps an ignored SIGHUP ignored, as it should.
    (SIGKILL has no action to set.)"""
    if signum == signal.SIGKILL:
        return None

    def reset() -> None:
        signal.signal(signum, signal.SIG_DFL)

    return reset


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_signalled_main_process_leaves_no_worker(signum: int) -> None:
    """A slow read (the bomb, with the content cap raised and a long timeout) is signalled
    mid-run: two seconds later none of its workers is alive."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reportdiff",
            "show",
            str(BAD / "bomb.pdf"),
            "--no-cache",
            "--max-content-mb",
            "4000",
            "--memory-mb",
            "4000",
            "--timeout",
            "300",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_default_action(signum),
    )
    try:
        workers: set[int] = set()
        for _ in range(200):  # the workers start within a second or so
            workers = _children(proc.pid)
            if workers:
                break
            time.sleep(0.05)
        assert workers, "no worker started"
        time.sleep(0.5)
        workers |= _children(proc.pid)
        proc.send_signal(signum)
        proc.wait(HANG)
        time.sleep(2)
        assert [w for w in workers if _alive(w)] == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


class TestPortableWorkers:
    """The worker path under `spawn`, as on platforms without fork."""

    def test_spawn_gives_the_same_model(self) -> None:
        (spawned,) = run_isolated([Job(LETTER_2021)], Limits(start_method="spawn"))
        (forked,) = run_isolated([Job(LETTER_2021)], Limits(start_method="fork"))
        assert spawned == forked

    def test_spawn_from_the_environment(self) -> None:
        env = {**os.environ, "REPORTDIFF_START_METHOD": "spawn"}
        run = subprocess.run(
            [sys.executable, "-m", "reportdiff", "show", "2021", "--no-cache", "-f", "json"],
            capture_output=True,
            text=True,
            timeout=HANG,
            env=env,
        )
        assert run.returncode == 0 and json.loads(run.stdout)["edition"]["year"] == 2021

    def test_spawn_still_limits(self) -> None:
        from reportdiff.errors import ResourceLimitError

        with pytest.raises(ResourceLimitError, match="needs more than 1 s"):
            run_isolated(
                [Job(BAD / "bomb.pdf")],
                Limits(max_content_mb=500, timeout=1, start_method="spawn"),
            )


class TestCacheEntries:
    """Entries are validated and size-capped before they are trusted."""

    @pytest.mark.parametrize(
        "entry",
        [
            "[]",
            "42",
            "[" * 100_000 + "]" * 100_000,
            '{"cache_key": "%s", "report": {"schema_version": 1}}',
        ],
        ids=["list", "number", "deep", "wrong-shape"],
    )
    def test_bad_entry_is_rebuilt(self, entry: str) -> None:
        report = load(LETTER_2021, use_cache=False)
        key = cache.cache_key(sha256_of(LETTER_2021), year=None)
        path = cache.cache_dir() / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry.replace("%s", key) if "%s" in entry else entry)
        assert cache.get(key) is None
        assert load(LETTER_2021) == report

    @pytest.mark.parametrize("field", ["nan-amount", "year-x"])
    def test_poisoned_field_is_discarded(self, field: str) -> None:
        report = load(LETTER_2021, use_cache=False)
        key = cache.cache_key(sha256_of(LETTER_2021))
        plain = report_to_dict(report)
        if field == "year-x":
            plain["edition"]["year"] = "x"
        else:
            assert plain["budgets"], "the letter has budgets"
            plain["budgets"][0]["amount"] = "NaN"
        text = json.dumps({"cache_key": key, "report": plain})
        path = cache.cache_dir() / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        assert cache.get(key) is None

    def test_oversized_entry_is_not_read(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """An entry over the cap is refused by its size, before any read."""
        key = cache.cache_key("0" * 64)
        path = cache.cache_dir() / f"{key}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:  # sparse: 600 MB that take no disk
            fh.truncate(600 * 1024 * 1024)

        def no_reading(*_a: object, **_k: object) -> bytes:
            raise AssertionError("read a 600 MB entry")

        monkeypatch.setattr(Path, "read_text", no_reading)
        monkeypatch.setattr(Path, "read_bytes", no_reading)
        assert cache.get(key) is None

    def test_clear_keeps_other_files(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        shared = tmp_path / "shared"
        shared.mkdir()
        monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(shared))
        (shared / "notes.json").write_text("{}")
        (shared / "mine.txt").write_text("keep")
        load(LETTER_2021)
        assert cache.count() == 1
        assert cache.clear() == 1
        assert sorted(p.name for p in shared.iterdir()) == ["mine.txt", "notes.json"]


def run_main(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class TestOneLineTrouble:
    """Every failure the user or the data can cause: exit 2 and one line."""

    @pytest.mark.parametrize(
        ("option", "value"),
        [
            ("--timeout", "nan"),
            ("--timeout", "inf"),
            ("--timeout", "1e30"),
            ("--timeout", "-5"),
            ("--memory-mb", "0"),
            ("--max-pages", "-1"),
            ("--max-mb", "-3"),
        ],
    )
    def test_numeric_options_are_checked(self, option: str, value: str) -> None:
        code, _, err = run_main("show", "2021", option, value)
        assert code == 2 and f"argument {option}:" in err

    def test_output_into_missing_folder(self, tmp_path: Path) -> None:
        code, _, err = run_main("show", "2021", "-f", "json", "-o", str(tmp_path / "no" / "x"))
        assert code == 2 and "its folder does not exist" in one_line(err)

    def test_output_into_a_directory(self, tmp_path: Path) -> None:
        code, _, err = run_main("show", "2021", "-f", "json", "-o", str(tmp_path))
        assert code == 2 and "it is a folder" in one_line(err)

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    def test_output_into_dev_full(self) -> None:
        code, _, err = run_main("show", "2021", "-f", "json", "-o", "/dev/full")
        assert code == 2 and "No space left on device" in one_line(err)

    def test_closed_stdout(self) -> None:
        run = subprocess.run(
            [sys.executable, "-m", "reportdiff", "show", "2021", "-f", "json"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=HANG,
            preexec_fn=lambda: os.close(1),
        )
        assert run.returncode == 2 and "standard output is closed" in one_line(run.stderr)

    def test_closed_stderr_keeps_exit_2(self) -> None:
        run = subprocess.run(
            [sys.executable, "-m", "reportdiff", "diff", "2020", "/nonexistent"],
            capture_output=False,
            stdout=subprocess.DEVNULL,
            timeout=HANG,
            preexec_fn=lambda: os.close(2),
        )
        assert run.returncode == 2

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
    def test_unreadable_file_is_checked_before_hashing(self, tmp_path: Path) -> None:
        path = tmp_path / "locked.pdf"
        path.write_bytes(PRINT_2020.read_bytes())
        path.chmod(0)
        code, _, err = run_main("show", str(path))
        assert code == 2 and "check its permissions" in one_line(err)

    def test_huge_sparse_file_is_refused_before_hashing(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "huge.pdf"
        with path.open("wb") as fh:
            fh.write(b"%PDF-1.4\n")
            fh.truncate(8 * 1024**3)

        def no_hashing(_path: Path) -> str:
            raise AssertionError("hashed before the size check")

        monkeypatch.setattr("reportdiff.library.load.sha256_of", no_hashing)
        code, _, err = run_main("show", str(path))
        assert code == 2 and "over the cap of 50 MB" in one_line(err)

    def test_escapes_in_a_file_name_are_shown_not_obeyed(self, tmp_path: Path) -> None:
        path = tmp_path / "evil\x1b]0;pwned\x07\x1b[2J.pdf"
        path.write_bytes(b"not a pdf at all")
        code, _, err = run_main("show", str(path))
        line = one_line(err)
        assert code == 2 and "\x1b" not in line and "\x07" not in line
        assert "\\x1b]0;pwned\\x07\\x1b[2J" in line

    def test_library_errors_are_safe_too(self) -> None:
        """An error raised to a library caller quotes the document safely: one line, no raw
        control byte (fuzz cases 348 and 892: pdfminer's message held \x1e and \x0c)."""
        from reportdiff.errors import DamagedPDFError

        message = str(DamagedPDFError("x.pdf is damaged (ValueError: digit found: \x1e\x0c)"))
        assert message == "x.pdf is damaged (ValueError: digit found: \\x1e\\x0c)"
        assert len(message.splitlines()) == 1

    def test_sanitise(self) -> None:
        assert sanitise("a\x1b[2Jb\x9bc\nd\te") == "a\\x1b[2Jb\\x9bc\\x0ad\te"
        assert sanitise("x\u202ey") == "x\\u202ey"
