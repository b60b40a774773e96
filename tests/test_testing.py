"""Tests for reportdiff.testing, the pytest plugin, run in a fresh project with pytester."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from .conftest import LETTER_2021, PRINT_2020

pytest_plugins = ["pytester"]

TEXT_2021 = Path(__file__).parents[1] / "fixtures" / "text" / "rapportage-2021-extracted-text.txt"


def test_plugin_pins_editions(pytester: pytest.Pytester) -> None:
    """A project's own tests snapshot a model and a diff; a changed edition then fails."""
    editions = pytester.mkdir("editions")
    shutil.copy(PRINT_2020, editions / "2020.pdf")
    shutil.copy(LETTER_2021, editions / "2021.pdf")
    pytester.makepyfile(
        test_editions="""
        def test_2021(edition_snapshot):
            edition_snapshot("editions/2021.pdf")

        def test_2021_against_previous(edition_diff_snapshot):
            edition_diff_snapshot("editions/2021.pdf", previous="editions/2020.pdf")
        """
    )
    first = pytester.runpytest("-p", "no:cacheprovider")
    first.assert_outcomes(failed=2)  # the first run writes the snapshots
    snapshot = pytester.path / "test_editions" / "test_2021.yml"
    assert snapshot.is_file()
    second = pytester.runpytest("-p", "no:cacheprovider")
    second.assert_outcomes(passed=2)
    # Another document where 2021 was: both snapshots catch it.
    shutil.copy(PRINT_2020, editions / "2021.pdf")
    third = pytester.runpytest("-p", "no:cacheprovider")
    third.assert_outcomes(failed=2)
    assert "the edition differs from its reviewed snapshot test_2021.yml" in third.stdout.str()


def test_snapshot_is_ordered_and_prose_is_hashed(pytester: pytest.Pytester) -> None:
    """Facts keep the model's order (old before new); prose is a sha256 and a length, unless
    full_text=True."""
    editions = pytester.mkdir("editions")
    shutil.copy(PRINT_2020, editions / "2020.pdf")
    shutil.copy(LETTER_2021, editions / "2021.pdf")
    pytester.makepyfile(
        test_editions="""
        def test_diff(edition_diff_snapshot):
            edition_diff_snapshot("editions/2021.pdf", previous="editions/2020.pdf")

        def test_full(edition_snapshot):
            edition_snapshot("editions/2020.pdf", full_text=True)
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(failed=2)
    text = (pytester.path / "test_editions" / "test_diff.yml").read_text(encoding="utf-8")
    assert text.index("\nold:") < text.index("\nnew:") < text.index("\nchanges:")
    data = yaml.safe_load(text)
    change = next(c for c in data["changes"] if c["entity"] == "section" and "words" in c)
    assert set(change["words"]) == {"sha256", "chars"} and len(change["words"]["sha256"]) == 64
    full = yaml.safe_load((pytester.path / "test_editions" / "test_full.yml").read_text())
    assert all(isinstance(s["text"], str) and s["text"] for s in full["sections"])


def test_failure_names_the_change_first(pytester: pytest.Pytester) -> None:
    """A changed figure fails with the change in reportdiff's words before the YAML diff."""
    pytester.makepyfile(
        test_editions="""
        def test_2021(edition_snapshot):
            edition_snapshot("2021.txt")
        """
    )
    layer = TEXT_2021.read_text(encoding="utf-8")
    (pytester.path / "2021.txt").write_text(layer, encoding="utf-8")
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(failed=1)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)
    assert "(1,57% BBP)" in layer
    (pytester.path / "2021.txt").write_text(layer.replace("(1,57% BBP)", "(1,5% BBP)"))
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    line = "budget DE: gdp 1.57 → 1.5 (p. 8)"
    assert line in out
    assert out.index(line) < out.index("--force-regen") < out.index("-  gdp_percent: '1.57'")


def test_without_pytest_regressions(pytester: pytest.Pytester) -> None:
    """Without pytest-regressions the test says what to install; the plugin still loads."""
    pytester.makeconftest(
        """
        import importlib.util
        real = importlib.util.find_spec

        def find_spec(name, *args, **kwargs):
            if name == "pytest_regressions":
                return None
            return real(name, *args, **kwargs)

        importlib.util.find_spec = find_spec
        """
    )
    pytester.makepyfile(
        test_editions="""
        def test_2021(edition_snapshot):
            edition_snapshot("2021.txt")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    assert 'pip install "reportdiff[testing]"' in result.stdout.str()
