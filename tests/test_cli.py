"""Tests for reportdiff.cli: commands, formats and every exit code, in-process and as a
subprocess."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff.cli import main, parse_args

from .conftest import BAD, LETTER_2021, PRINT_2020, SEED, SYNTHETIC_2031, SYNTHETIC_2032


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class TestArguments:
    """`reportdiff OLD NEW` is `reportdiff diff OLD NEW`."""

    def test_shorthand(self) -> None:
        """Two editions and no command mean diff."""
        ns = parse_args(["2020", "2021", "--format", "json"])
        assert (ns.command, ns.old, ns.new, ns.format) == ("diff", "2020", "2021", "json")

    def test_usage_error_is_trouble(self) -> None:
        """An unknown option is exit 2."""
        code, _, _ = run("diff", "2020", "2021", "--format", "yaml")
        assert code == 2


class TestDiffCommand:
    """Exit codes as diff(1): 0 same, 1 different, 2 trouble."""

    def test_bundled_pair_differs(self) -> None:
        """`reportdiff 2020 2021` prints the tables and exits 1."""
        code, out, err = run("2020", "2021")
        assert code == 1 and err == ""
        assert "added     SR" in out and "added     IL" in out
        for org in ("OVSE", "Northern Group", "JEF", "EI2"):
            assert org in out
        # BE's section is on the pages the 2021 text lacks: not removed, not in the available text
        assert "removed   BE" not in out and "BE's section is" in out
        assert "defensiesamenwerking" in out and "militaire samenwerking" in out

    def test_identical_is_zero(self) -> None:
        """The same edition twice: exit 0 and 'no differences'."""
        code, out, _ = run("diff", "2021", "2021")
        assert code == 0 and out.rstrip().endswith("no differences")

    def test_json_and_output_file(self, tmp_path: Path) -> None:
        """-o writes the JSON to a file and nothing to stdout."""
        target = tmp_path / "diff.json"
        code, out, _ = run(
            "diff", str(SYNTHETIC_2031), str(SYNTHETIC_2032), "-f", "json", "-o", str(target)
        )
        assert code == 1 and out == ""
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["old"]["year"] == 2031 and data["new"]["year"] == 2032

    def test_only_and_no_text(self) -> None:
        """--only partners shows just partners; an unknown kind is trouble."""
        code, out, _ = run(
            "2031",
            "2032",
            "--library",
            str(SYNTHETIC_2031.parent),
            "--only",
            "partners",
            "-f",
            "json",
        )
        assert code == 1
        assert {c["entity"] for c in json.loads(out)["changes"]} == {"partner"}
        code, _, err = run("2020", "2021", "--only", "vlaggen")
        assert code == 2 and "unknown entity 'vlaggen'" in err

    def test_markdown(self) -> None:
        """Markdown output has a title and tables."""
        code, out, _ = run("2020", "2021", "--format", "markdown")
        assert code == 1 and out.startswith("# What changed: 2020 → 2021")


class TestShowAndList:
    """`show` and `list` exit 0 or 2."""

    def test_show_json(self) -> None:
        """`show 2021 --format json` gives the contract's model."""
        code, out, _ = run("show", "2021", "--format", "json")
        data = json.loads(out)
        assert code == 0
        assert [p["code"] for p in data["partners"]] == [
            "BE",
            "LU",
            "DE",
            "FR",
            "NO",
            "GB",
            "US",
            "SR",
            "IL",
        ]

    def test_show_seed_text(self) -> None:
        """A saved text layer is read too."""
        code, out, _ = run("show", str(SEED), "--format", "json")
        assert code == 0 and json.loads(out)["edition"]["source_kind"] == "text"

    def test_list(self) -> None:
        """`list` shows the bundled editions, their kind, and the catalog."""
        code, out, _ = run("list", "--format", "json")
        rows = {r["year"]: r for r in json.loads(out)}
        assert code == 0
        assert rows[2021]["origin"] == "bundled" and rows[2021]["provenance"].startswith(
            "published text"
        )
        assert rows[2020]["provenance"] == "reconstructed from published facts"
        assert rows[2016]["origin"] == "catalog only" and not rows[2016]["on_machine"]


BAD_CASES = {
    "missing": (["show", "/nonexistent/edition.pdf"], "no such file"),
    "unknown-year": (["show", "1999"], "no edition 1999 is known; known years: 2013"),
    "year-not-here": (
        ["show", "2016"],
        "is known but not on this machine; run `reportdiff fetch 2016`",
    ),
    "empty": (["show", str(BAD / "empty.pdf")], "is empty"),
    "not-a-pdf": (["show", str(BAD / "text-renamed.pdf")], "is not a PDF (no %PDF- header)"),
    "truncated": (["show", str(BAD / "truncated.pdf")], "is truncated or damaged"),
    "encrypted": (["show", str(BAD / "encrypted.pdf")], "needs a password: use --password"),
    "scan": (["show", str(BAD / "scan.pdf")], "looks like a scan: no text to read"),
    "unrelated": (["show", str(BAD / "unrelated.pdf")], "use --force to parse it anyway"),
    "bomb": (["show", str(BAD / "bomb.pdf")], "looks like a decompression bomb"),
    "bomb-time": (
        ["show", str(BAD / "bomb.pdf"), "--max-content-mb", "200", "--timeout", "2"],
        "needs more than 2 s to read",
    ),
    "bomb-memory": (
        ["show", str(BAD / "bomb.pdf"), "--max-content-mb", "200", "--memory-mb", "40"],
        "needs more than 40 MB to read",
    ),
}


class TestTrouble:
    """Bad input: exit 2, one line on stderr, no traceback."""

    @pytest.mark.parametrize("case", list(BAD_CASES), ids=list(BAD_CASES))
    def test_bad_input(self, case: str) -> None:
        """Each case names what is wrong and what to do."""
        argv, message = BAD_CASES[case]
        code, out, err = run(*argv)
        assert code == 2, err
        assert out == ""
        assert message in err
        assert err.count("\n") == 1 and err.startswith("reportdiff: error: ")
        assert "Traceback" not in err

    def test_password_opens_encrypted(self) -> None:
        """The right password reads the encrypted copy."""
        code, out, _ = run("show", str(BAD / "encrypted.pdf"), "--password", "geheim", "-f", "json")
        assert code == 0 and json.loads(out)["edition"]["reference"] == "BS2021028694"

    def test_force_parses_unrelated(self) -> None:
        """--force reads a document that is not an edition."""
        code, out, _ = run("show", str(BAD / "unrelated.pdf"), "--force", "-f", "json")
        assert code == 0 and json.loads(out)["partners"] == []

    def test_debug_shows_traceback(self) -> None:
        """--debug lets the exception through for a bug report."""
        from reportdiff.errors import FileMissingError

        with pytest.raises(FileMissingError):
            main(["--debug", "show", "/nonexistent.pdf"])
        with pytest.raises(FileMissingError):
            main(["show", "/nonexistent.pdf", "--debug"])  # after the subcommand too

    def test_wrong_password_is_not_a_missing_one(self) -> None:
        """A wrong password says so; no password says which option to use."""
        code, _, err = run("show", str(BAD / "encrypted.pdf"), "--password", "fout", "--no-cache")
        assert code == 2
        assert err.strip().endswith("the password given does not open it: check --password")
        code, _, err = run("show", str(BAD / "encrypted.pdf"), "--no-cache")
        assert code == 2 and "needs a password: use --password PASSWORD" in err

    def test_too_little_memory_is_a_limit_not_a_damaged_file(self) -> None:
        """A --memory-mb too small to run at all names the limit to raise (a real process:
        in this test process everything is imported already, so 20 MB more may suffice)."""
        proc = subprocess.run(
            [*_console(), "show", "2021", "--no-cache", "--memory-mb", "20"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        code, err = proc.returncode, proc.stderr
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert "needs more than 20 MB" in err and "--memory-mb MB" in err
        assert "damaged" not in err and "internal error" not in err

    def test_bare_command_prints_help(self) -> None:
        """`reportdiff` alone prints the help, with every command, and exits 2."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main([], stdout=out, stderr=err)
        assert code == 2
        assert "COMMAND" in err.getvalue() and "timeline" in err.getvalue()


def _console() -> list[str]:
    exe = shutil.which("reportdiff")
    return [exe] if exe else [sys.executable, "-m", "reportdiff"]


class TestSubprocess:
    """The installed command, as a user runs it."""

    def test_main_job(self, tmp_path: Path) -> None:
        """`reportdiff 2020 2021` exits 1 with the tables on stdout."""
        env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(tmp_path)}
        proc = subprocess.run(
            [*_console(), "2020", "2021"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        assert proc.stdout.startswith("reportdiff 2020 → 2021")
        assert proc.stderr == ""

    def test_trouble_has_no_traceback(self, tmp_path: Path) -> None:
        """A truncated PDF gives exit 2 and one line."""
        env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(tmp_path)}
        proc = subprocess.run(
            [*_console(), "show", str(BAD / "truncated.pdf")],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 2
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
        assert "truncated or damaged" in proc.stderr

    def test_output_file_and_exit_handlers_survive_the_quick_exit(self, tmp_path: Path) -> None:
        """The console script ends without the interpreter's teardown (cli._end): what it
        wrote with -o is whole, its exit code is kept, and the exit handlers still run."""
        out = tmp_path / "diff.json"
        script = (
            "import atexit, sys\n"
            "atexit.register(lambda: print('handler ran'))\n"
            "from reportdiff.cli import run\n"
            f"sys.argv = ['reportdiff', '2020', '2021', '-f', 'json', '-o', {str(out)!r}]\n"
            "run()\n"
        )
        env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(tmp_path / "cache")}
        proc = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        # The handler's own output (to a pipe: block-buffered) is flushed after it ran.
        assert (proc.stdout, proc.stderr) == ("handler ran\n", "")
        assert json.loads(out.read_text(encoding="utf-8"))["summary"]["added"] == 45

    def test_stdout_is_flushed_before_the_quick_exit(self, tmp_path: Path) -> None:
        """Output still buffered when the command returns (a pipe is block-buffered) reaches
        the reader whole."""
        env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(tmp_path)}
        proc = subprocess.run(
            [*_console(), "2020", "2021", "-f", "json"],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 1
        assert json.loads(proc.stdout)["old"]["year"] == 2020

    def test_python_m(self) -> None:
        """`python -m reportdiff --version` works."""
        proc = subprocess.run(
            [sys.executable, "-m", "reportdiff", "--version"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0 and proc.stdout.startswith("reportdiff ")


def test_print_edition_path_and_letter_path_agree() -> None:
    """Paths to the bundled files give the same diff as the years."""
    code_years, out_years, _ = run("2020", "2021", "-f", "json")
    code_paths, out_paths, _ = run(str(PRINT_2020), str(LETTER_2021), "-f", "json")
    assert code_years == code_paths == 1
    assert json.loads(out_years)["summary"] == json.loads(out_paths)["summary"]


def test_cli_import_is_light() -> None:
    """Importing the command line loads no PDF, diff or table library."""
    code = (
        "import sys, reportdiff.cli\n"
        "heavy = [m for m in ('pdfplumber', 'pdfminer', 'deepdiff', 'tabulate', 'babel',"
        " 'multiprocessing') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.stdout.strip() == "[]", proc.stderr


class TestShowBlocks:
    """`show --blocks` shows what extraction made of a PDF."""

    @pytest.mark.parametrize(
        "path",
        [LETTER_2021, PRINT_2020, *sorted((BAD.parent / "variants").glob("*.pdf"))],
        ids=lambda p: p.stem,
    )
    def test_blocks_have_no_furniture(self, path: Path) -> None:
        """Headings as headings, paragraphs without sidebar, footer or masthead text."""
        code, out, _ = run("show", str(path), "--blocks", "-f", "json")
        data = json.loads(out)
        assert code == 0 and data["blocks"]
        text = " ".join(b["text"] for b in data["blocks"])
        for furniture in (
            "Onze referentie",
            "Pagina ",
            "www.defensie.nl",
            "kst-33279",
            "ISSN",
            "Retouradres",
            "Vergaderjaar",
        ):
            assert furniture not in text
        headings = [b["text"] for b in data["blocks"] if b["kind"] == "heading"]
        assert headings[:1] in (["Frankrijk"], ["Inleiding"])
        assert data["metadata"]["date"] in ("2022-01-25", "2020-12-18")
