"""Tests for library.results: whole answers kept, and served only when nothing that decides
them has changed."""

from __future__ import annotations

import io
import json
import os
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest

from reportdiff.cli import main
from reportdiff.library import load as load_module, results

from .conftest import LETTER_2021, PRINT_2020


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times editions were loaded (a kept answer loads none)."""
    calls: list[int] = []
    real = load_module.load_many

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(load_module, "load_many", counting)
    return calls


def test_same_command_answered_from_kept_result(counted: list[int]) -> None:
    first = _run("diff", str(PRINT_2020), str(LETTER_2021), "--format", "json")
    assert first[0] == 1 and json.loads(first[1])["summary"]
    assert results.count() == 1 and len(counted) == 1
    again = _run("diff", str(PRINT_2020), str(LETTER_2021), "--format", "json")
    assert again == first
    assert len(counted) == 1  # nothing was loaded the second time


def test_show_is_kept_too(counted: list[int]) -> None:
    first = _run("show", str(LETTER_2021), "--format", "json")
    again = _run("show", str(LETTER_2021), "--format", "json")
    assert again == first and first[0] == 0 and len(counted) == 1


@pytest.mark.parametrize(
    "second,differs",
    [
        pytest.param(["--format", "markdown"], True, id="format"),
        pytest.param(["--only", "partners"], True, id="only"),
        pytest.param(["--no-text"], True, id="no-text"),
        pytest.param(["--words"], True, id="words"),
        pytest.param(["--color", "always"], True, id="color"),
        # The same text for an edition that needs no forcing, but another question.
        pytest.param(["--force"], False, id="force"),
    ],
)
def test_an_option_that_changes_the_output_is_another_answer(
    counted: list[int], second: list[str], differs: bool
) -> None:
    base = ["diff", str(PRINT_2020), str(LETTER_2021)]
    plain = _run(*base)
    other = _run(*base, *second)
    assert len(counted) == 2 and results.count() == 2
    assert (other != plain) is differs
    assert _run(*base) == plain and len(counted) == 2


def test_limits_do_not_change_the_answer(counted: list[int]) -> None:
    base = ["diff", str(PRINT_2020), str(LETTER_2021)]
    plain = _run(*base)
    assert _run(*base, "--timeout", "77", "--memory-mb", "900") == plain
    assert len(counted) == 1


def test_terminal_width_is_part_of_the_key(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["diff", str(PRINT_2020), str(LETTER_2021)]
    monkeypatch.setenv("COLUMNS", "80")
    narrow = _run(*base)
    monkeypatch.setenv("COLUMNS", "160")
    wide = _run(*base)
    assert len(counted) == 2
    assert max(map(len, narrow[1].splitlines())) <= 80 < max(map(len, wide[1].splitlines()))


def test_edited_input_is_read_again(counted: list[int], tmp_path: Path) -> None:
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    shutil.copy(PRINT_2020, old)
    shutil.copy(LETTER_2021, new)
    first = _run("diff", str(old), str(new), "--format", "json")
    shutil.copy(PRINT_2020, new)  # the same path, another content
    second = _run("diff", str(old), str(new), "--format", "json")
    assert len(counted) == 2
    assert first[0] == 1 and second[0] == 0  # an edition compared with itself


def test_another_program_is_another_answer(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["diff", str(PRINT_2020), str(LETTER_2021), "--format", "json"]
    _run(*base)
    monkeypatch.setattr(results, "program_fingerprint", lambda: "an upgraded program")
    _run(*base)
    assert len(counted) == 2


def test_no_cache_neither_reads_nor_writes(counted: list[int]) -> None:
    base = ["diff", str(PRINT_2020), str(LETTER_2021), "--format", "json"]
    _run(*base, "--no-cache")
    assert results.count() == 0
    _run(*base)
    _run(*base, "--no-cache")
    assert len(counted) == 3


def test_a_run_that_warned_is_not_kept(counted: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    real = load_module.load_many

    def warning(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(
            "this platform cannot enforce these limits: memory", RuntimeWarning, stacklevel=2
        )
        return real(*args, **kwargs)

    monkeypatch.setattr(load_module, "load_many", warning)
    base = ["diff", str(PRINT_2020), str(LETTER_2021), "--format", "json"]
    code, _, err = _run(*base)
    assert code == 1 and "warning: this platform cannot enforce" in err
    assert results.count() == 0
    assert "warning" in _run(*base)[2]  # said again, not served silently


def _keep(key: str, text: str, code: int) -> None:
    recording = results.Recording(key)
    recording.write(text)
    recording.keep(code)


def _only_entry() -> Path:
    (entry,) = results.results_dir().glob("*.json")
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_text("{not json"), id="not-json"),
        pytest.param(lambda p: p.write_text("[1, 2]"), id="not-an-object"),
        pytest.param(
            lambda p: p.write_text(json.dumps({"key": "0" * 64, "text": "x", "exit_code": 1})),
            id="another-key",
        ),
        pytest.param(
            lambda p: p.write_text(json.dumps({"key": p.stem, "text": "forged", "exit_code": 7})),
            id="bad-exit-code",
        ),
        pytest.param(
            lambda p: p.write_text(json.dumps({"key": p.stem, "text": 5, "exit_code": 1})),
            id="text-not-a-string",
        ),
        pytest.param(lambda p: p.write_bytes(b"\xff\xfe"), id="not-utf8"),
    ],
)
def test_damaged_entry_is_ignored_and_rebuilt(counted: list[int], damage: Any) -> None:
    base = ["diff", str(PRINT_2020), str(LETTER_2021), "--format", "json"]
    first = _run(*base)
    damage(_only_entry())
    assert _run(*base) == first
    assert len(counted) == 2
    assert json.loads(_only_entry().read_text())["text"] == first[1]  # rewritten whole


def test_oversized_entry_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "MAX_TEXT_BYTES", 10)
    _keep("a" * 64, "short", 0)
    assert results.get("a" * 64) == results.Result("short", 0)
    _keep("b" * 64, "far more than ten bytes", 1)  # over the cap: not kept
    assert results.get("b" * 64) is None and results.count() == 1
    # An entry grown past what a kept answer can take (written by someone else) is not read.
    entry = results.results_dir() / ("a" * 64 + ".json")
    entry.write_text(json.dumps({"key": "a" * 64, "text": "x" * 5000, "exit_code": 0}))
    assert results.get("a" * 64) is None


def test_only_the_newest_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "MAX_ENTRIES", 3)
    keys = [f"{i:064x}" for i in range(5)]
    for i, key in enumerate(keys):
        _keep(key, f"answer {i}", 0)
        # Distinct modification times, oldest first, whatever the clock's resolution.
        entry = results.results_dir() / f"{key}.json"
        os.utime(entry, ns=(i * 10**9, i * 10**9))
    _keep(keys[-1], "answer 4", 0)
    assert results.count() == 3
    assert [results.get(k) is not None for k in keys] == [False, False, True, True, True]


def test_cache_clear_removes_results_and_nothing_else(counted: list[int]) -> None:
    _run("diff", str(PRINT_2020), str(LETTER_2021), "--format", "json")
    stranger = results.results_dir() / "notes.txt"
    stranger.write_text("someone else's")
    code, out, _ = _run("cache", "info")
    assert code == 0 and "2 cached models, 1 cached results" in out
    code, out, _ = _run("cache", "clear")
    assert code == 0 and "removed 2 cached models and 1 cached results" in out
    assert results.count() == 0 and stranger.read_text() == "someone else's"


def test_installed_distributions_name_their_versions(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    (site / "deepdiff-9.1.0.dist-info").mkdir(parents=True)
    (site / "deepdiff").mkdir()
    (site / "old_thing-1.0.egg-info").mkdir()
    listed = results.installed_distributions([str(site), str(tmp_path / "missing")])
    assert listed == ["deepdiff-9.1.0.dist-info", "old_thing-1.0.egg-info"]
    (site / "deepdiff-9.1.0.dist-info").rename(site / "deepdiff-9.2.0.dist-info")
    assert results.installed_distributions([str(site)]) == [
        "deepdiff-9.2.0.dist-info",
        "old_thing-1.0.egg-info",
    ]


def test_result_key_holds_inputs_and_options() -> None:
    inputs = [{"sha256": "a" * 64, "year": 2020, "origin": "path", "label": None, "path": "/x"}]
    key = results.result_key("diff", inputs, {"format": "json"})
    assert key == results.result_key("diff", list(inputs), {"format": "json"})
    assert key != results.result_key("show", inputs, {"format": "json"})
    assert key != results.result_key("diff", inputs, {"format": "table"})
    assert key != results.result_key("diff", [{**inputs[0], "year": 2021}], {"format": "json"})
    assert key != results.result_key(
        "diff", [{**inputs[0], "sha256": "b" * 64}], {"format": "json"}
    )


PIECES = ["plain ", 'quotes " and \\ backslashes ', "control \x01\x1b[2J ", "é ü ß — €", ""]


def test_recording_keeps_exactly_what_was_written() -> None:
    recording = results.Recording("c" * 64)
    for piece in PIECES:
        recording.write(piece)
    recording.keep(1)
    assert results.get("c" * 64) == results.Result("".join(PIECES), 1)
    assert not list(results.results_dir().glob(".tmp-*"))


def test_recording_not_kept_leaves_nothing() -> None:
    recording = results.Recording("d" * 64)
    recording.write("half an answer")
    recording.discard()
    assert results.get("d" * 64) is None
    assert not list(results.results_dir().glob("*"))


def test_recording_over_the_cap_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "MAX_TEXT_BYTES", 10)
    recording = results.Recording("e" * 64)
    recording.write("0123456789")
    recording.write("!")
    recording.keep(0)
    assert results.get("e" * 64) is None
    assert not list(results.results_dir().glob("*"))


def test_failed_output_keeps_no_answer(tmp_path: Path) -> None:
    """An answer that could not be written out (here: -o into a missing folder) is not
    kept, and leaves no temporary file."""
    target = tmp_path / "missing" / "out.json"
    code, _, err = _run(
        "diff", str(PRINT_2020), str(LETTER_2021), "--format", "json", "-o", str(target)
    )
    assert code == 2 and "folder does not exist" in err
    assert results.count() == 0
    assert not list(results.results_dir().glob(".tmp-*"))


def test_long_answer_is_recorded_piece_by_piece(
    counted: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON is written out in pieces as it is encoded, and the kept answer is their whole."""
    from reportdiff.render import to_json

    monkeypatch.setattr(to_json, "_PIECE", 256)
    first = _run("show", str(LETTER_2021), "--format", "json")
    assert first[0] == 0 and len(first[1]) > 10 * 256
    again = _run("show", str(LETTER_2021), "--format", "json")
    assert again == first and len(counted) == 1
