"""Tests for the public API in reportdiff/__init__.py."""

from __future__ import annotations

import reportdiff


def _isort_key(name: str) -> tuple[int, str]:
    # Constants, then classes, then the rest: the order ruff's RUF022 keeps.
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted and every name in it resolves."""
    assert list(reportdiff.__all__) == sorted(reportdiff.__all__, key=_isort_key)
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
