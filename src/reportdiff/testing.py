"""A pytest plugin for pinning editions: snapshot an edition's model, or its diff against the
previous edition, as reviewed YAML files.

Installed with reportdiff (entry point ``pytest11``); ``pip install "reportdiff[testing]"``
brings pytest-regressions, which it needs.  A newsroom's or a ministry team's own test suite
can then write::

    def test_2022(edition_snapshot):
        edition_snapshot("editions/2022.pdf")

    def test_2022_against_2021(edition_diff_snapshot):
        edition_diff_snapshot("editions/2022.pdf", previous="editions/2021.pdf")

The first run writes the YAML next to the test module and fails; review it, commit it, and
every later run compares against it.  ``pytest --force-regen`` accepts an intended change.
Both fixtures take a year or a path.

A snapshot holds the facts in the model's own order (old before new), and each section's prose
as its sha256 and length (``full_text=True`` keeps the prose).  When a snapshot no longer
matches, the failure says first what changed in reportdiff's terms ("budget DE: gdp 1.5 →
1.57 (p. 3)"), then shows the YAML diff.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

__all__ = ["edition_diff_snapshot", "edition_snapshot", "snapshot_summary"]

_INSTALL = (
    'reportdiff\'s edition snapshots need pytest-regressions: pip install "reportdiff[testing]"'
)


def _file_regression(request: pytest.FixtureRequest) -> Any:
    # Looked up here, not as a fixture argument, so that without pytest-regressions the
    # plugin still imports and the test says what to install rather than "fixture not found".
    if importlib.util.find_spec("pytest_regressions") is None:
        raise pytest.UsageError(_INSTALL)
    return request.getfixturevalue("file_regression")


def _previous_year(year: int, library: Path | None) -> str:
    from .errors import UnknownEditionError
    from .library.editions import list_editions

    earlier = [r["year"] for r in list_editions(library) if r["on_machine"] and r["year"] < year]
    if not earlier:
        raise UnknownEditionError(f"no edition before {year} is on this machine to compare with")
    return str(max(earlier))


# --- the snapshot's content --------------------------------------------------------------------


def _digest(text: Any) -> dict[str, Any]:
    raw = text if isinstance(text, str) else repr(text)
    return {"sha256": hashlib.sha256(raw.encode("utf-8")).hexdigest(), "chars": len(raw)}


def _reduce_report(data: dict[str, Any]) -> dict[str, Any]:
    for section in data.get("sections", []):
        section["text"] = _digest(section["text"])
    return data


def _reduce_diff(data: dict[str, Any]) -> dict[str, Any]:
    for change in data.get("changes", []):
        if change.get("entity") != "section":
            continue
        for side in ("old", "new"):
            fact = change.get(side)
            if isinstance(fact, dict) and "text" in fact:
                fact["text"] = _digest(fact["text"])
        fields = change.get("fields") or {}
        if "text" in fields:
            fields["text"] = [_digest(v) for v in fields["text"]]
        if "words" in change:
            change["words"] = _digest(change["words"])
    return data


def _dump(data: Any) -> str:
    import yaml  # type: ignore[import-untyped]  # no stubs in the test extra

    # sort_keys=False: the model's order (old before new, code before name), not the alphabet's.
    text: str = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    return text


# --- what changed, in reportdiff's terms -------------------------------------------------------

_FIELD_NAMES = {"gdp_percent": "gdp"}


def _as_report(data: dict[str, Any]) -> Any:
    from .serialize import report_from_dict

    body = dict(data)
    # A digest stands in for the prose: equal digests are equal texts.
    body["sections"] = [
        {**s, "text": f"sha256:{s['text']['sha256']}"} if isinstance(s["text"], dict) else s
        for s in data.get("sections", [])
    ]
    return report_from_dict(body)


def _report_lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    from .compare import ChangeKind, diff
    from .render._format import change_key, fact_line, page_text, source_text

    lines = []
    for c in diff(_as_report(old), _as_report(new)).changes:
        where = source_text(c) or page_text(getattr(c.new or c.old, "source", None))
        if c.kind is ChangeKind.CHANGED:
            what = "; ".join(
                f"{_FIELD_NAMES.get(f.name, f.name)} {_value(f.old)} → {_value(f.new)}"
                for f in c.fields
            )
        else:
            fact = c.new if c.kind is ChangeKind.ADDED else c.old
            what = f"{c.kind.value}: {fact_line(fact)}"
        lines.append(f"{c.entity.value} {change_key(c)}: {what}" + (f" ({where})" if where else ""))
    return lines


def _value(v: Any) -> str:
    if isinstance(v, dict) and "sha256" in v:
        return f"text of {v.get('chars')} characters"
    if isinstance(v, str) and v.startswith("sha256:"):
        return v[:15] + "…"  # "sha256:42b40879…": enough to tell two texts apart
    if isinstance(v, list | tuple):
        return "/".join(map(str, v))
    return "—" if v is None else str(v)


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and not ("sha256" in value and "chars" in value):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(_flat(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return {prefix: value}


def _diff_lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Two stored diffs compared change by change: which changes appeared, went, or differ."""

    def index(data: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
        return {(c["entity"], c["key"], c["change"]): c for c in data.get("changes", [])}

    def page(c: dict[str, Any]) -> str:
        for side in ("new", "old"):
            fact = c.get(side)
            if isinstance(fact, dict) and isinstance(fact.get("source"), dict):
                return f" (p. {fact['source'].get('page_label') or fact['source']['page']})"
        return ""

    a, b = index(old), index(new)
    lines = []
    for k in b.keys() - a.keys():
        lines.append(f"{k[0]} {k[1]}: now {k[2]}{page(b[k])}")
    for k in a.keys() - b.keys():
        lines.append(f"{k[0]} {k[1]}: no longer {k[2]}{page(a[k])}")
    for k in a.keys() & b.keys():
        fa, fb = _flat(a[k]), _flat(b[k])
        moved = [
            f"{_FIELD_NAMES.get(p.split('.')[-1], p)} {_value(fa.get(p))} → {_value(fb.get(p))}"
            for p in dict.fromkeys([*fa, *fb])
            if fa.get(p) != fb.get(p) and not p.endswith(".text")
        ]
        if moved:
            lines.append(f"{k[0]} {k[1]} ({k[2]}): {'; '.join(moved)}{page(b[k])}")
    for key in ("old", "new"):
        fa, fb = _flat(old.get(key)), _flat(new.get(key))
        for p in dict.fromkeys([*fa, *fb]):
            if fa.get(p) != fb.get(p):
                lines.append(f"{key} edition: {p} {_value(fa.get(p))} → {_value(fb.get(p))}")
    return sorted(lines)


def snapshot_summary(expected: Any, obtained: Any) -> list[str]:
    """What differs between a stored snapshot and a new one, one line per change, in
    reportdiff's terms: a model snapshot through reportdiff's own diff, a diff snapshot change
    by change."""
    if not isinstance(expected, dict) or not isinstance(obtained, dict):
        return ["the snapshot is not a mapping"]
    if "changes" in expected or "changes" in obtained:
        return _diff_lines(expected, obtained)
    try:
        return _report_lines(expected, obtained)
    except ValueError as exc:  # a snapshot of an older shape: the YAML diff says it all
        return [f"(the stored snapshot is not a current model: {exc})"]


def _check(request: pytest.FixtureRequest, data: Any, basename: str | None) -> None:
    __tracebackhide__ = True
    regression = _file_regression(request)
    from pytest_regressions.common import check_text_files

    def check(obtained: Path, expected: Path) -> None:
        __tracebackhide__ = True
        try:
            check_text_files(obtained, expected, encoding="utf-8")
        except AssertionError as exc:
            import yaml

            lines = snapshot_summary(
                yaml.safe_load(expected.read_text(encoding="utf-8")),
                yaml.safe_load(obtained.read_text(encoding="utf-8")),
            )
            summary = "\n".join(f"  {line}" for line in lines) or "  (no change in the facts)"
            raise AssertionError(
                f"the edition differs from its reviewed snapshot {expected.name}:\n{summary}\n"
                "(if this change is intended, accept it with pytest --force-regen)\n\n"
                f"{exc}"
            ) from None

    name = basename or re.sub(r"\W", "_", request.node.name)
    regression.check(_dump(data), extension=".yml", basename=name, check_fn=check)


# --- the fixtures ------------------------------------------------------------------------------


@pytest.fixture
def edition_snapshot(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Check an edition's parsed model against its reviewed snapshot."""
    _file_regression(request)  # at setup: without pytest-regressions, say so before any work

    def check(
        edition: str | int | Path,
        *,
        basename: str | None = None,
        full_text: bool = False,
        **load: Any,
    ) -> None:
        __tracebackhide__ = True
        from .library.load import load as load_edition
        from .serialize import report_to_dict

        report = load_edition(edition, use_cache=False, **load)
        data = report_to_dict(report)
        _check(request, data if full_text else _reduce_report(data), basename)

    return check


@pytest.fixture
def edition_diff_snapshot(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Check the diff of an edition against the previous one with its reviewed snapshot."""
    _file_regression(request)

    def check(
        edition: str | int | Path,
        *,
        previous: str | int | Path | None = None,
        basename: str | None = None,
        library: Path | None = None,
        full_text: bool = False,
        **load: Any,
    ) -> None:
        __tracebackhide__ = True
        from .compare import diff
        from .library.load import load_many
        from .render.to_json import diff_to_dict

        if previous is None:
            (new,) = load_many([edition], library=library, use_cache=False, **load)
            previous = _previous_year(new.edition.year, library)
        old, new = load_many([previous, edition], library=library, use_cache=False, **load)
        data = diff_to_dict(diff(old, new))
        _check(request, data if full_text else _reduce_diff(data), basename)

    return check
