"""Tests for reportdiff.testing, the pytest plugin, run in a fresh project with pytester."""

from __future__ import annotations

import shutil

import pytest

from .conftest import LETTER_2021, PRINT_2020

pytest_plugins = ["pytester"]


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
    assert (pytester.path / "test_editions" / "test_2021.yml").is_file()
    second = pytester.runpytest("-p", "no:cacheprovider")
    second.assert_outcomes(passed=2)
    # Another document where 2021 was: both snapshots catch it.
    shutil.copy(PRINT_2020, editions / "2021.pdf")
    third = pytester.runpytest("-p", "no:cacheprovider")
    third.assert_outcomes(failed=2)
