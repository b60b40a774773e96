"""Tests for reportdiff.library.timeline: presence across editions, budget series and the plot."""

from __future__ import annotations

import csv
import io
import json
import re
import struct
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from reportdiff.cli import main
from reportdiff.errors import UsageError
from reportdiff.extract import extract
from reportdiff.library.timeline import Timeline, build_timeline
from reportdiff.parse import parse_document
from reportdiff.render import render_timeline
from reportdiff.render.timeline import _plain_number, check_plot_path

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
        # The 2021 letter's 768 bn for 2022 is a projection (an amount of kind plan), no budget.
        assert sorted(us) == ["2021", "2031", "2032"]
        assert "2020" not in us
        assert ("NO", "NOK") in timeline.budgets and ("NO", "EUR") in timeline.budgets
        budget_years = {r["key"] for r in _csv(timeline) if r["key"].startswith("BE ")}
        assert budget_years == {"BE 2020"}


def _csv(t: Timeline) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_timeline(t, "csv"))))


class TestCsv:
    """--format csv is tidy data: one row per fact, one type per column."""

    def test_columns_have_one_type(self, timeline: Timeline) -> None:
        """Years and pages are integers; a value is a number exactly when its unit is a
        currency or "%", and a word when it is a category or a status."""
        rows = _csv(timeline)
        assert list(rows[0]) == [
            "edition_year",
            "entity",
            "key",
            "field",
            "value",
            "unit",
            "page",
            "approximate",
        ]
        assert len(rows) == len(timeline.facts)
        for row in rows:
            assert int(row["edition_year"]) in timeline.years
            assert int(row["page"]) >= 1
            assert row["approximate"] in {"true", "false"}
            assert row["entity"] in {"partner", "mission", "budget"}
            numeric = row["unit"] == "%" or re.fullmatch(r"[A-Z]{3}", row["unit"]) is not None
            assert numeric == (row["entity"] == "budget")
            if numeric:
                Decimal(row["value"])  # a plain decimal, never "4.76 bn"
                assert re.fullmatch(r"\d+(\.\d+)?", row["value"]), row
            else:
                assert row["unit"] in {"category", "status"} and row["value"].isalpha()

    def test_facts(self, timeline: Timeline) -> None:
        """Belgium's 2020 budget and Germany's category, as the editions state them; the
        print gives Belgium's budget as "circa € 4,76 miljard", an approximation."""
        rows = [tuple(r.values()) for r in _csv(timeline)]
        assert ("2020", "budget", "BE 2020", "amount", "4760000000", "EUR", "1", "true") in rows
        assert ("2020", "budget", "BE 2020", "gdp_percent", "1.1", "%", "1", "false") in rows
        assert ("2021", "partner", "DE", "category", "strategic", "category", "1", "false") in rows
        assert ("2032", "mission", "UNIFIL", "status", "ended", "status", "3", "false") in rows


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
        """A valid PNG, 800 wide, with one panel per currency and one of GDP shares: five
        panels of 250 px plus 100 for the axis for EUR, GBP, NOK, USD and GDP."""
        pytest.importorskip("matplotlib")
        target = tmp_path / "budgets.png"
        code = main(["timeline", *map(str, PATHS), "--plot", str(target)], stdout=io.StringIO())
        assert code == 0 and _png_size(target) == (800, 1350)

    def test_svg(self, tmp_path: Path) -> None:
        """A valid SVG of 8 inches wide, one panel per currency, plain numbers on the axes."""
        pytest.importorskip("matplotlib")
        target = tmp_path / "budgets.svg"
        assert main(["timeline", "--all", "--plot", str(target)], stdout=io.StringIO()) == 0
        text = target.read_text(encoding="utf-8")
        assert "<svg" in text and 'width="576pt"' in text
        for title in ("Defence budgets in EUR", "Defence budgets in USD", "share of GDP"):
            assert title in text
        assert "10^" not in text and "\\times" not in text

    def test_pdf(self, tmp_path: Path) -> None:
        """--plot x.pdf works."""
        pytest.importorskip("matplotlib")
        target = tmp_path / "budgets.pdf"
        code = main(["timeline", *map(str, PATHS), "--plot", str(target)], stdout=io.StringIO())
        assert code == 0 and target.read_bytes()[:5] == b"%PDF-"

    def test_axis_numbers_are_plain(self) -> None:
        """Thousands grouped, no powers of ten; whole numbers without decimals."""
        assert _plain_number(1250.0) == "1,250"
        assert _plain_number(45.0) == "45"
        assert _plain_number(2.5) == "2.5"

    def test_unknown_suffix_refused(self, tmp_path: Path) -> None:
        """A file name matplotlib would not write is a usage error."""
        with pytest.raises(UsageError, match=r"\.png, \.svg or \.pdf"):
            check_plot_path(tmp_path / "budgets.jpg")
        check_plot_path(tmp_path / "budgets.PDF")

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
