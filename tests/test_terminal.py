"""Tests for terminal: the table's width and whether it is coloured."""

from __future__ import annotations

import io
import os

import pytest

from reportdiff.terminal import MIN_WIDTH, color_enabled, terminal_width


@pytest.mark.parametrize(
    ("mode", "tty", "env", "expected"),
    [
        pytest.param("auto", True, {}, True, id="auto-terminal"),
        pytest.param("auto", False, {}, False, id="auto-pipe"),
        pytest.param("auto", True, {"NO_COLOR": "1"}, False, id="auto-no-color"),
        pytest.param("auto", True, {"NO_COLOR": ""}, True, id="auto-empty-no-color"),
        pytest.param("auto", True, {"TERM": "dumb"}, False, id="auto-dumb-terminal"),
        pytest.param("always", False, {"NO_COLOR": "1"}, True, id="always-wins"),
        pytest.param("never", True, {}, False, id="never-wins"),
    ],
)
def test_color_mode(
    mode: str, tty: bool, env: dict[str, str], expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--color auto colours a terminal only, not under NO_COLOR or TERM=dumb; always and
    never win."""
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("NO_COLOR", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    stream = io.StringIO()
    stream.isatty = lambda: tty  # type: ignore[method-assign]
    assert color_enabled(mode, stream) is expected


def test_no_stream_is_no_terminal() -> None:
    assert color_enabled("auto", None) is False


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        pytest.param("132", 132, id="columns"),
        pytest.param("20", MIN_WIDTH, id="too-narrow"),
    ],
)
def test_width_from_columns(columns: str, expected: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert terminal_width() == expected


def test_width_without_a_terminal_is_80(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_terminal(*_args: object) -> os.terminal_size:
        raise OSError("not a terminal")

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(os, "get_terminal_size", no_terminal)
    assert terminal_width() == 80
