"""Tests for the public API in reportdiff/__init__.py."""

from __future__ import annotations

import ast
from pathlib import Path

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


# ---- the export table: generated from the one listing, checked here ----

_INIT = Path(__file__).resolve().parents[1] / "src" / "reportdiff" / "__init__.py"
_TABLE = _INIT.with_name("_exports.py")


def _table_from_imports() -> dict[str, tuple[str, str]]:
    """public name → (module, name in that module), from __init__'s TYPE_CHECKING imports."""
    tree = ast.parse(_INIT.read_text(encoding="utf-8"))
    guard = next(
        n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"
    )
    table: dict[str, tuple[str, str]] = {}
    for node in guard.body:
        assert isinstance(node, ast.ImportFrom) and node.module, "only `from . import` here"
        for alias in node.names:
            assert alias.asname, f"{alias.name}: re-export as `{alias.name} as NAME`"
            table[alias.asname] = ("." + node.module, alias.name)
    return table


def _table_text() -> str:
    rows = "".join(
        f'    "{k}": ("{m}", "{n}"),\n' for k, (m, n) in sorted(_table_from_imports().items())
    )
    return (
        '"""The run-time table of reportdiff\'s exports: public name → (module, name in it).\n'
        "\n"
        "GENERATED from the TYPE_CHECKING imports in ``__init__.py``, the one listing of the\n"
        "public API, by ``python tests/test_api.py``; tests/test_api.py fails when this file no\n"
        "longer matches them.  A file, because reading the listing with ``ast`` at every start\n"
        "cost about 3 ms of a cached diff's 100.\n"
        '"""\n'
        "\n"
        f"EXPORTS: dict[str, tuple[str, str]] = {{\n{rows}}}\n"
    )


def test_export_table_matches_the_listing() -> None:
    """_exports.py is what the TYPE_CHECKING imports say, to the byte."""
    assert _TABLE.read_text(encoding="utf-8") == _table_text(), (
        "reportdiff/_exports.py is stale: run `python tests/test_api.py` to regenerate it"
    )


def test_export_table_is_used() -> None:
    """The run-time exports are the generated table's."""
    from reportdiff._exports import EXPORTS

    assert reportdiff.__all__ == sorted(EXPORTS)


if __name__ == "__main__":
    _TABLE.write_text(_table_text(), encoding="utf-8")
    print(f"wrote {_TABLE}")
