"""Tests for reportdiff.library.timeline: presence across editions, budget series and the plot."""

from __future__ import annotations

import csv
import io
import json
import struct
from pathlib import Path
from typing import Any

import pytest

from reportdiff.cli import main
from reportdiff.extract import extract
from reportdiff.library.timeline import Timeline, build_timeline
from reportdiff.parse import parse_document
from reportdiff.render import render_timeline

from .conftest import LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032

PATHS = [PRINT_2020, LETTER_2021, SYNTHETIC_2031, SYNTHETIC_2032]


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return build_timeline([parse_document(extract(p)) for p in PATHS])


class TestTimeline:
    """Presence, status and series across editions."""

    def test_partners(self, timeline: Timeline) -> None:
        """Israel appears in 2021, leaves in 2032; Japan arrives in 2032."""
        assert timeline.years == (2020, 2021, 2031, 2032)
        assert timeline.partners["IL"] == {2021: "other", 2031: "other"}
        assert timeline.partners["JP"] == {2032: "other"}
        assert timeline.partners["DE"] == dict.fromkeys((2020, 2021, 2031, 2032), "strategic")

    def test_missions(self, timeline: Timeline) -> None:
        """UNIFIL: active, active, ended."""
        assert timeline.missions["UNIFIL"] == {2021: "active", 2031: "active", 2032: "ended"}

    def test_budget_gaps_are_gaps(self, timeline: Timeline) -> None:
        """A year without a figure is absent, never zero; currencies are separate series."""
        us = timeline.budgets[("US", "USD")]
        assert sorted(us) == ["2021", "2022", "2031", "2032"]
        assert "2020" not in us
        assert ("NO", "NOK") in timeline.budgets and ("NO", "EUR") in timeline.budgets
        row = next(
            r
            for r in csv.reader(io.StringIO(render_timeline(timeline, "csv")))
            if r[:2] == ["BE", "EUR"]
        )
        assert row[2] == "4.76 bn (1.1%)" and set(row[3:]) == {""}


def test_timeline_snapshot(timeline: Timeline, data_regression: Any) -> None:
    """The timeline over the fixtures, as reviewed."""
    data_regression.check(json.loads(render_timeline(timeline, "json")))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


class TestPlot:
    """--plot draws the budget series."""

    def test_png(self, tmp_path: Path) -> None:
        """A valid 800 × 450 PNG."""
        pytest.importorskip("matplotlib")
        target = tmp_path / "budgets.png"
        code = main(["timeline", *map(str, PATHS), "--plot", str(target)], stdout=io.StringIO())
        assert code == 0 and _png_size(target) == (800, 450)

    def test_svg(self, tmp_path: Path) -> None:
        """A valid SVG of 8 × 4.5 inches."""
        pytest.importorskip("matplotlib")
        target = tmp_path / "budgets.svg"
        assert main(["timeline", "--all", "--plot", str(target)], stdout=io.StringIO()) == 0
        text = target.read_text(encoding="utf-8")
        assert "<svg" in text and 'width="576pt"' in text and 'height="324pt"' in text

    def test_without_matplotlib(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without the plot extra the message says how to get it."""
        import builtins

        real_import = builtins.__import__

        def no_matplotlib(name: str, *args: Any, **kwargs: Any) -> Any:
            if name.startswith("matplotlib"):
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", no_matplotlib)
        err = io.StringIO()
        code = main(
            ["timeline", "--all", "--plot", str(tmp_path / "b.png")],
            stdout=io.StringIO(),
            stderr=err,
        )
        assert code == 2 and "install the plot extra" in err.getvalue()
