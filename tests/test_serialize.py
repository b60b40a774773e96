"""Tests for reportdiff.serialize: one shape for JSON, snapshots and the cache."""

from __future__ import annotations

import json

import pytest

from reportdiff.extract import extract
from reportdiff.parse import parse_document
from reportdiff.serialize import SCHEMA_VERSION, report_from_dict, report_to_dict

from .conftest import LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032


@pytest.mark.parametrize("path", [PRINT_2020, LETTER_2021], ids=["2020", "2021"])
def test_round_trip(path: object) -> None:
    """to_dict → JSON → from_dict gives the same Report."""
    report = parse_document(extract(path))  # type: ignore[arg-type]
    data = json.loads(json.dumps(report_to_dict(report)))
    assert report_from_dict(data) == report


def test_contract_shape() -> None:
    """The keys and value types of the contract."""
    data = report_to_dict(parse_document(extract(LETTER_2021)))
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert list(data) == [
        "schema_version",
        "edition",
        "partners",
        "organisations",
        "budgets",
        "missions",
        "agreements",
        "references",
        "sections",
        "warnings",
        "amounts",
        "coverage",
    ]
    e = data["edition"]
    assert (e["year"], e["date"], e["reference"], e["kamerstuk"], e["layout"]) == (
        2021,
        "2022-01-25",
        "BS2021028694",
        None,
        "letter",
    )
    assert e["pages"] == {"count": 4, "labels": ["1", "8", "8", "8"], "declared_total": 8}
    budget = data["budgets"][0]
    assert budget == {
        "country": "DE",
        "year": "2021",
        "amount": "45000000000",
        "currency": "EUR",
        "gdp_percent": "1.57",
        "source": {
            "page": 2,
            "page_label": "8",
            "text": "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).",
        },
        "approximate": False,
        "found_in": "text",
    }


def test_foreign_schema_is_refused() -> None:
    """Another schema version is not read."""
    data = report_to_dict(parse_document(extract(PRINT_2020)))
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="schema_version"):
        report_from_dict(data)


@pytest.mark.parametrize(
    "pair",
    [(PRINT_2020, LETTER_2021), (SYNTHETIC_2031, SYNTHETIC_2032)],
    ids=["bundled", "synthetic"],
)
def test_to_plain_is_what_the_converter_gives(pair: tuple[object, object]) -> None:
    """The walk over the classes' fields gives exactly the converter's data, in the same
    order, for reports and for every change of their diff (every fixture was compared once,
    14,004 objects, when the walk replaced the converter for output)."""
    from reportdiff.compare import diff
    from reportdiff.serialize import converter, to_plain

    old, new = (parse_document(extract(p)) for p in pair)  # type: ignore[arg-type]
    conv = converter()
    for value in (old, new, *diff(old, new).changes, diff(old, new).summary):
        assert json.dumps(to_plain(value), default=str) == json.dumps(
            conv.unstructure(value), default=str
        )


def test_writing_a_diff_needs_no_cattrs() -> None:
    """cattrs is imported to structure data (the cache, snapshots), not to write it."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reportdiff.extract import extract\n"
        "from reportdiff.parse import parse_document\n"
        "from reportdiff.compare import diff\n"
        "from reportdiff.render import render_diff\n"
        f"paths = ({str(PRINT_2020)!r}, {str(LETTER_2021)!r})\n"
        "from pathlib import Path\n"
        "a, b = (parse_document(extract(Path(p))) for p in paths)\n"
        "render_diff(diff(a, b), 'json')\n"
        "print('cattrs' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
