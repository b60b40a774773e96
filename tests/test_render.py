"""Tests for reportdiff.render: table, Markdown and JSON views of diffs and reports."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest

from reportdiff.compare import Change, ChangeKind, Entity, ReportDiff, diff
from reportdiff.extract import extract
from reportdiff.model import (
    AgreementKind,
    AgreementState,
    AgreementStatus,
    Budget,
    Money,
    Report,
    Source,
)
from reportdiff.parse import parse_document
from reportdiff.render import render_diff, render_report, stream_diff
from reportdiff.render._format import budget_text, source_text
from reportdiff.render.text import diff_table

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


@pytest.fixture(autouse=True)
def _columns(monkeypatch: pytest.MonkeyPatch) -> None:
    # The table follows the terminal; the snapshots are of an 80-column one.
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("NO_COLOR", raising=False)


def _plant(r: Report, **replace: Any) -> Report:
    return attrs.evolve(r, **replace)


class TestTable:
    """The terminal view."""

    @pytest.mark.parametrize("columns", [80, 140])
    def test_fits_the_terminal(
        self, pair: ReportDiff, columns: int, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Every line, the word diff's too, fits $COLUMNS; wider terminals get wider tables."""
        monkeypatch.setenv("COLUMNS", str(columns))
        for words in (False, True):
            lines = render_diff(pair, "table", labels=LABELS, words=words).splitlines()
            assert max(len(line) for line in lines) <= columns
        if columns == 140:
            widest = max(len(line) for line in render_diff(pair, "table").splitlines())
            assert widest > 80

    def test_word_diff_wraps_at_words(self, pair: ReportDiff) -> None:
        """The prose diff is wrapped between words: no word is split across lines."""
        text = diff_table(pair, words=True, width=80)
        prose = text[text.index("Rewritten prose") :].splitlines()
        words = {w for op in pair.changes for x in op.words for w in (x.old + " " + x.new).split()}
        body = [line.strip() for line in prose if line.startswith("    ")]
        assert body and all(len(line) <= 76 for line in body)
        for line in body:
            for token in line.split():
                bare = token.strip("[]{}+-")
                assert not bare or bare == "…" or bare in words, token

    def test_summary_on_top(self, pair: ReportDiff) -> None:
        """The summary comes before the first table."""
        s = pair.summary
        lines = render_diff(pair, "table").splitlines()
        summary = f"{s.added} added, {s.removed} removed, {s.changed} changed"
        if s.not_in_available_text:
            summary += f"; {s.not_in_available_text} not in the available text"
        assert summary in lines and lines.index(summary) < lines.index("")

    def test_colour_as_git(self, pair: ReportDiff) -> None:
        """With colour, added is green, removed red, changed yellow; without, no escape at all."""
        plain = diff_table(pair, width=80, color=False)
        assert "\x1b" not in plain
        coloured = diff_table(pair, width=80, color=True)
        assert "\x1b[32madded\x1b[m" in coloured
        if pair.summary.removed:
            assert "\x1b[31mremoved\x1b[m" in coloured
        assert f"\x1b[33m{pair.summary.changed} changed\x1b[m" in coloured
        # The colours change nothing else: stripped, the text is the plain one.
        assert re.sub("\x1b\\[[0-9;]*m", "", coloured) == plain

    def test_pdf_text_is_escaped(self, r2021: Report) -> None:
        """An escape sequence in a PDF's text reaches the terminal as visible text."""
        partner = r2021.partners[0]
        evil = attrs.evolve(partner, code="ZZ", name="Evil\x1b]0;pwned\x07\x1b[2J")
        d = diff(r2021, _plant(r2021, partners=(*r2021.partners, evil)))
        for text in (diff_table(d, width=80, color=True), render_diff(d, "markdown")):
            assert "\x1b]" not in text and "\x07" not in text and "\x1b[2J" not in text
            assert "\\x1b" in text

    def test_enum_words_and_agreement_title(self, r2021: Report) -> None:
        """Kinds and statuses read as words; a status change names its agreement."""
        a = next(x for x in r2021.agreements if x.kind is AgreementKind.LETTER_OF_INTENT)
        # The engine compares the lasting state (and the contract's status): change both; a
        # letter of intent takes effect when signed, so its being in force is dated later.
        moved = attrs.evolve(
            a, status=AgreementStatus.IN_FORCE, state=AgreementState.IN_FORCE, date="2022-03"
        )
        agreements = tuple(moved if x is a else x for x in r2021.agreements)
        d = diff(r2021, _plant(r2021, agreements=agreements))
        text = diff_table(d, width=140)
        row = next(line for line in text.splitlines() if line.startswith("changed"))
        assert "letter of intent (DE)" in row and "letter_of_intent" not in text
        assert a.title[:40] in row and "signed → in force" in text and "in_force" not in text

    def test_sources(self, pair: ReportDiff, r2021: Report) -> None:
        """Each change shows its page: the printed label, else the physical page, old → new."""
        lines = diff_table(pair, width=140).splitlines()
        header = lines[next(i for i, x in enumerate(lines) if x.startswith("Partners")) + 1]
        assert header.split() == ["change", "key", "details", "page"]
        c = next(
            x
            for x in pair.changes
            if x.kind is ChangeKind.CHANGED and x.entity is not Entity.EDITION
        )
        old_src = attrs.evolve(c.old.source, page=3, page_label=None)
        new_src = attrs.evolve(c.old.source, page=5, page_label="v")
        moved = attrs.evolve(c, old_source=old_src, new_source=new_src)
        assert source_text(moved) == "p. 3 → p. v"
        assert source_text(attrs.evolve(moved, new_source=old_src)) == "p. 3"

    def test_not_in_available_text(self, r2021: Report) -> None:
        """A change the engine could not decide is shown as such and counted apart."""
        gone = Change(
            Entity.PARTNER,
            ChangeKind.UNAVAILABLE,
            r2021.partners[0].code,
            old=r2021.partners[0],
        )
        d = ReportDiff(r2021, r2021, (gone,))
        text = diff_table(d, width=80)
        assert "0 added, 0 removed, 0 changed; 1 not in the available text" in text
        assert "not in the" in text and "available" in text
        md = render_diff(d, "markdown")
        assert "not in the available text" in md

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
    # <del>/<ins> are CommonMark inline HTML; "~~" is an extension many renderers lack.
    assert "<del>" in text and "<ins>" in text and "~~" not in text
    assert "| change " in text
    file_regression.check(text, extension=".md")


def test_json_is_the_contract(pair: ReportDiff) -> None:
    """JSON carries the contract's top-level keys and one entry per change."""
    data = json.loads(render_diff(pair, "json"))
    # The contract's keys, and each side's provenance (fields may be added).
    assert {"schema_version", "old", "new", "summary", "changes", "provenance"} <= set(data)
    assert data["schema_version"] == 1
    assert len(data["changes"]) == len(pair.changes)
    for change in data["changes"]:
        assert change["change"] in {"added", "removed", "changed", "not_in_available_text"}
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
        # The counts are the model's (the parser tests pin them); this is about the titles.
        for title, facts in (
            ("Partners", r2021.partners),
            ("Organisations", r2021.organisations),
            ("Defence budgets", r2021.budgets),
            ("Missions", r2021.missions),
            ("Agreements", r2021.agreements),
            ("Cited documents", r2021.references),
            ("Sections", r2021.sections),
            ("Warnings", r2021.warnings),
        ):
            assert f"{title} ({len(facts)})" in text.splitlines()
        assert len(r2021.partners) == 9 and len(r2021.references) == 11

    def test_markdown_and_json(self, r2021: Report) -> None:
        """Markdown has a heading per kind; JSON parses back to the same counts."""
        md = render_report(r2021, "markdown")
        assert md.startswith("# Rapportage internationale defensiesamenwerking 2021")
        assert "## Defence budgets" in md
        data = json.loads(render_report(r2021, "json"))
        assert len(data["references"]) == 11 and data["edition"]["reference"] == "BS2021028694"


@pytest.mark.parametrize(
    "piece", [pytest.param(64, id="small-pieces"), pytest.param(1 << 16, id="default")]
)
def test_json_in_pieces_is_the_same_text(
    r2021: Report, piece: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON written out piece by piece is exactly the one-string rendering, which is exactly
    json.dumps with an indent of 2 and a final newline."""
    from reportdiff.render import stream_report, to_json
    from reportdiff.serialize import report_to_dict

    monkeypatch.setattr(to_json, "_PIECE", piece)
    pieces = list(stream_report(r2021, "json"))
    whole = json.dumps(report_to_dict(r2021), ensure_ascii=False, indent=2) + "\n"
    assert "".join(pieces) == render_report(r2021, "json") == whole
    if piece == 64:
        assert len(pieces) > 10 and all(len(p) >= 64 for p in pieces[:-1])
    d = diff(r2021, r2021)
    assert "".join(stream_diff(d, "json")) == render_diff(d, "json")
    assert list(stream_diff(d, "markdown")) == [render_diff(d, "markdown")]


@pytest.mark.parametrize(
    ("fmt", "timeline", "loaded", "not_loaded"),
    [
        ("json", False, [], ["tabulate", "jinja2", "reportdiff.render.text"]),
        ("table", False, ["tabulate", "reportdiff.render.text"], ["jinja2"]),
        ("markdown", False, ["tabulate", "reportdiff.render.markdown"], ["jinja2"]),
        ("html", False, ["jinja2", "reportdiff.render.html"], []),
        ("csv", True, ["reportdiff.render.timeline"], ["tabulate", "jinja2"]),
        ("table", True, ["reportdiff.render.timeline", "tabulate"], ["reportdiff.render.text"]),
        ("html", True, ["reportdiff.render.timeline", "jinja2"], ["tabulate"]),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_preload_imports_what_the_format_writes_with(
    fmt: str, timeline: bool, loaded: list[str], not_loaded: list[str]
) -> None:
    """A command imports the views of its own format while the workers read (a table's
    tabulate, HTML's Jinja2), and nothing another format needs."""
    import subprocess
    import sys

    code = (
        "import sys, reportdiff.render\n"
        f"reportdiff.render.preload({fmt!r}, timeline={timeline!r})\n"
        f"print([m for m in {loaded + not_loaded!r} if m in sys.modules])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == repr(loaded)


def test_an_approximate_budget_is_never_shown_as_exact() -> None:
    exact = Budget("BE", "2063", Money(Decimal("10000000000"), "EUR"), None, Source(2, "2", "z"))
    assert budget_text(exact) == "€10 bn (2063)"
    assert budget_text(attrs.evolve(exact, approximate=True)) == "≈€10 bn (2063)"
