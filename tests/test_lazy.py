"""Tests for the lean paths: field comparison without deepdiff (decided exactly as deepdiff
decides), and a cached diff that imports neither deepdiff nor the readers."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from reportdiff.compare import _engine

from .conftest import EDITIONS, LETTER_2021, PRINT_2020

# (old value, new value) pairs where Python's `==` and deepdiff part ways, or nearly do.
PAIRS: list[tuple[Any, Any]] = [
    # deepdiff, like Decimal, finds 1.10 and 1.1 equal: a figure printed with another number
    # of decimals is the same figure, and the model keeps Decimals for exactly that.
    (Decimal("1.0"), Decimal("1")),
    (Decimal("1.10"), Decimal("1.1")),
    (Decimal("2.5"), Decimal("2.50")),
    # Equal to Python, but another type: a change to deepdiff.
    (1, 1.0),
    (1, True),
    (Decimal("1"), 1),
    ((1, 2), [1, 2]),
    (None, ()),
    (None, ""),
    (float("nan"), float("nan")),
    ("a", "a"),
    ("a", "b"),
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}),
    ({"a": 1}, {"a": 1, "b": None}),
    (((1,), (2,)), ((2,), (1,))),
    (("a", "a", "b"), ("b", "a")),
    (({"k": (1, 2)},), ({"k": (2, 1)},)),
    (({"k": Decimal("1.0")},), ({"k": Decimal("1")},)),
    (({"k": 1},), ({"k": 1.0},)),
    ((date(2021, 1, 1),), (date(2021, 1, 1),)),
    (date(2021, 1, 1), date(2021, 1, 2)),
    (("x", ("a", "b")), ("x", ("b", "a"))),
    ((), ()),
    ((), ("a",)),
]


@pytest.mark.parametrize("old,new", PAIRS)
@pytest.mark.parametrize("unordered", [False, True])
def test_same_decision_as_deepdiff(old: Any, new: Any, unordered: bool) -> None:
    """_changed_fields decides every pair as the deepdiff version does, in both modes."""
    before, after = {"x": old, "y": "same"}, {"x": new, "y": "same"}
    keys = ("x",) if unordered else ()
    assert _engine._known(before) and _engine._known(after)
    assert _engine._changed_fields(before, after, unordered=keys) == (
        _engine._deep_changed_fields(before, after, unordered=keys)
    )


def test_unknown_values_go_to_deepdiff() -> None:
    """A value of a type the fast path does not know is left to deepdiff."""
    before, after = {"x": frozenset({1})}, {"x": frozenset({1.0})}
    assert not _engine._known(before)
    assert _engine._changed_fields(before, after) == _engine._deep_changed_fields(before, after)


def test_diffs_of_real_editions_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Diffs of the fixture editions are the same with deepdiff deciding every field, and the
    fast path never has to hand a Report's values to deepdiff."""
    from reportdiff.library.load import load_many

    reports = load_many(list(EDITIONS.values()), force=True)
    pairs = [*pairwise(reports), (reports[0], reports[-1]), (reports[-1], reports[0])]
    fast = [_engine.diff(a, b) for a, b in pairs]

    def refuse(*_args: Any, **_kwargs: Any) -> list[str]:
        raise AssertionError("a Report's values went to deepdiff")

    monkeypatch.setattr(_engine, "_deep_changed_fields", refuse)
    assert [_engine.diff(a, b) for a, b in pairs] == fast
    monkeypatch.undo()
    deep = _engine._deep_changed_fields
    monkeypatch.setattr(_engine, "_changed_fields", deep)
    assert [_engine.diff(a, b) for a, b in pairs] == fast


# What a warm run must not import: the readers, the parser, the workers, deepdiff, and (for
# the countries' Dutch names) pycountry's package, whose import scans every distribution.
HEAVY = (
    "pdfminer",
    "pdfplumber",
    "deepdiff",
    "numpy",
    "pycountry",
    "reportdiff.parse",
    "reportdiff.extract",
    "multiprocessing",
)
# What an answer kept whole (library.results) needs not import either: it is written as kept.
MODEL = ("reportdiff.model", "reportdiff.compare", "reportdiff.render", "attrs", "cattrs")


@pytest.mark.parametrize(
    "fmt,unused",
    [
        pytest.param("json", HEAVY + MODEL, id="same-command-result-kept"),
        pytest.param("markdown", HEAVY, id="other-format-models-cached"),
    ],
)
def test_cached_diff_imports_no_heavy_module(
    tmp_path: Path, fmt: str, unused: tuple[str, ...]
) -> None:
    """A diff served from the cache starts no worker and imports none of *unused*: the same
    command again is answered from the kept result; another format from the cached models."""
    env_cache = str(tmp_path / "cache")
    code = (
        "import os, sys\n"
        f"os.environ['REPORTDIFF_CACHE_DIR'] = {env_cache!r}\n"
        "from reportdiff.cli import main\n"
        "import io, contextlib\n"
        "argv = ['diff', sys.argv[1], sys.argv[2], '--format', sys.argv[4]]\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(argv)\n"
        "print(code, len(out.getvalue()))\n"
        "for name in list(sys.modules):\n"
        "    if name in sys.argv[5].split(','):\n"
        "        print('imported', name, file=sys.stderr)\n"
    )
    args = [sys.executable, "-c", code, str(PRINT_2020), str(LETTER_2021)]
    first = subprocess.run([*args, "fill", "json", ""], check=True, capture_output=True, text=True)
    done = subprocess.run(
        [*args, "check", fmt, ",".join(unused)], check=True, capture_output=True, text=True
    )
    assert "imported" not in done.stderr, done.stderr
    code_, size = done.stdout.split()
    assert code_ == "1" and int(size) > 1000
    if fmt == "json":
        assert done.stdout == first.stdout  # the same answer, exit code and length
