"""Tests for reportdiff.render: table, Markdown and JSON views of diffs and reports."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reportdiff.compare import ReportDiff, diff
from reportdiff.extract import extract
from reportdiff.model import Report
from reportdiff.parse import parse_document
from reportdiff.render import render_diff, render_report

from .conftest import LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032

PAIRS = {
    "2020-2021": (PRINT_2020, LETTER_2021),
    "2031-2032-synthetic": (SYNTHETIC_2031, SYNTHETIC_2032),
}
LABELS = {"old": "bundled: reconstructed from published facts", "new": "bundled: published text"}


def _labels(d: ReportDiff) -> dict[str, str] | None:
    # Only the real pair is bundled; the synthetic one is read from paths.
    return LABELS if d.old.edition.year == 2020 else None


@pytest.fixture(scope="module", params=list(PAIRS), ids=list(PAIRS))
def pair(request: pytest.FixtureRequest) -> ReportDiff:
    old, new = PAIRS[request.param]
    return diff(parse_document(extract(old)), parse_document(extract(new)))


@pytest.fixture(scope="module")
def r2021() -> Report:
    return parse_document(extract(LETTER_2021))


class TestTable:
    """The terminal view."""

    def test_fits_80_columns(self, pair: ReportDiff) -> None:
        """Every line fits in 80 columns, with or without the prose diff."""
        for words in (False, True):
            lines = render_diff(pair, "table", labels=LABELS, words=words).splitlines()
            assert max(len(line) for line in lines if not line.startswith("  ")) <= 80

    def test_summary_on_top(self, pair: ReportDiff) -> None:
        """The summary comes before the first table."""
        s = pair.summary
        lines = render_diff(pair, "table").splitlines()
        summary = f"{s.added} added, {s.removed} removed, {s.changed} changed"
        assert summary in lines and lines.index(summary) < lines.index("")

    def test_no_differences(self, r2021: Report) -> None:
        """Identical editions say so."""
        assert render_diff(diff(r2021, r2021), "table").splitlines()[-1] == "no differences"

    def test_word_diff_on_request(self, pair: ReportDiff) -> None:
        """--words adds the marked-up prose to the table view."""
        assert "{+" not in render_diff(pair, "table")
        assert "{+" in render_diff(pair, "table", words=True)


def test_table_snapshot(pair: ReportDiff, file_regression: Any) -> None:
    """The table view, as reviewed."""
    file_regression.check(render_diff(pair, "table", labels=_labels(pair)), extension=".txt")


def test_markdown_snapshot(pair: ReportDiff, file_regression: Any) -> None:
    """The Markdown view with the word-level prose diff, as reviewed."""
    text = render_diff(pair, "markdown", labels=_labels(pair))
    assert "~~" in text and "**" in text
    file_regression.check(text, extension=".md")


def test_json_is_the_contract(pair: ReportDiff) -> None:
    """JSON carries the contract's top-level keys and one entry per change."""
    data = json.loads(render_diff(pair, "json"))
    assert set(data) == {"schema_version", "old", "new", "summary", "changes"}
    assert data["schema_version"] == 1
    assert len(data["changes"]) == len(pair.changes)
    for change in data["changes"]:
        assert change["change"] in {"added", "removed", "changed"}
        assert change["entity"] in {
            "edition",
            "partner",
            "organisation",
            "budget",
            "mission",
            "agreement",
            "reference",
            "section",
        }


class TestReport:
    """`show` views of one edition."""

    def test_table_lists_every_kind(self, r2021: Report) -> None:
        """Each kind of fact has a titled table with its count."""
        text = render_report(r2021, "table")
        for title in (
            "Partners (9)",
            "Organisations (7)",
            "Defence budgets (4)",
            "Missions (6)",
            "Agreements (9)",
            "Cited documents (11)",
            "Sections (11)",
            "Warnings (10)",
        ):
            assert title in text

    def test_markdown_and_json(self, r2021: Report) -> None:
        """Markdown has a heading per kind; JSON parses back to the same counts."""
        md = render_report(r2021, "markdown")
        assert md.startswith("# Rapportage internationale defensiesamenwerking 2021")
        assert "## Defence budgets" in md
        data = json.loads(render_report(r2021, "json"))
        assert len(data["references"]) == 11 and data["edition"]["reference"] == "BS2021028694"
