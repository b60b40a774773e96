"""A pytest plugin for pinning editions: snapshot an edition's model, or its diff against the
previous edition, with pytest-regressions.

Installed with reportdiff (entry point ``pytest11``), so a newsroom's or a ministry team's own
test suite can write::

    def test_2022(edition_snapshot):
        edition_snapshot("editions/2022.pdf")

    def test_2022_against_2021(edition_diff_snapshot):
        edition_diff_snapshot("editions/2022.pdf", previous="editions/2021.pdf")

The first run writes the YAML next to the test module; review it, commit it, and every later
run compares against it.  Both fixtures take a year or a path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

__all__ = ["edition_diff_snapshot", "edition_snapshot"]


def _previous_year(year: int, library: Path | None) -> str:
    from .errors import UnknownEditionError
    from .library.editions import list_editions

    earlier = [r["year"] for r in list_editions(library) if r["on_machine"] and r["year"] < year]
    if not earlier:
        raise UnknownEditionError(f"no edition before {year} is on this machine to compare with")
    return str(max(earlier))


@pytest.fixture
def edition_snapshot(data_regression: Any) -> Callable[..., None]:
    """Check an edition's parsed model against its reviewed snapshot."""

    def check(edition: str | int | Path, *, basename: str | None = None, **load: Any) -> None:
        from .library.load import load as load_edition
        from .serialize import report_to_dict

        report = load_edition(edition, use_cache=False, **load)
        data_regression.check(report_to_dict(report), basename=basename)

    return check


@pytest.fixture
def edition_diff_snapshot(data_regression: Any) -> Callable[..., None]:
    """Check the diff of an edition against the previous one with its reviewed snapshot."""

    def check(
        edition: str | int | Path,
        *,
        previous: str | int | Path | None = None,
        basename: str | None = None,
        library: Path | None = None,
        **load: Any,
    ) -> None:
        from .compare import diff
        from .library.load import load_many
        from .render.to_json import diff_to_dict

        if previous is None:
            (new,) = load_many([edition], library=library, use_cache=False, **load)
            previous = _previous_year(new.edition.year, library)
        old, new = load_many([previous, edition], library=library, use_cache=False, **load)
        data_regression.check(diff_to_dict(diff(old, new)), basename=basename)

    return check
