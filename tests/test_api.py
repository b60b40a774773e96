"""Tests for the public API in reportdiff/__init__.py."""

from __future__ import annotations

import reportdiff


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, computed from the one listing, and every name in it resolves."""
    assert list(reportdiff.__all__) == sorted(reportdiff.__all__)
    assert {"load", "diff", "check", "timeline", "fetch", "Report", "ReportDiffError"} <= set(
        reportdiff.__all__
    )
    for name in reportdiff.__all__:
        assert getattr(reportdiff, name) is not None


def test_load_and_diff() -> None:
    """reportdiff.load(year) and reportdiff.diff(a, b) give typed results."""
    old, new = reportdiff.load(2020), reportdiff.load(2021)
    assert isinstance(old, reportdiff.Report) and new.edition.year == 2021
    result = reportdiff.diff(old, new)
    assert isinstance(result, reportdiff.ReportDiff) and bool(result)
    assert reportdiff.render_diff(result, "json").startswith("{")
    assert not reportdiff.diff(new, new)


def test_errors_share_one_base() -> None:
    """Every public error is a ReportDiffError."""
    errors = [getattr(reportdiff, n) for n in reportdiff.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, reportdiff.ReportDiffError) for e in errors)
