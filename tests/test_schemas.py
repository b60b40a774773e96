"""Tests for the JSON Schemas in reportdiff/schemas: the output validates against the contract."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from reportdiff.compare import diff
from reportdiff.extract import extract
from reportdiff.parse import parse_document
from reportdiff.render import diff_json, report_json

from .conftest import EDITIONS, LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032

jsonschema = pytest.importorskip("jsonschema")


def _schema(name: str) -> dict[str, Any]:
    text = resources.files("reportdiff").joinpath("schemas", name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


@pytest.mark.parametrize("name", list(EDITIONS), ids=list(EDITIONS))
def test_show_json_validates(name: str) -> None:
    """`show --format json` of every fixture validates against report.schema.json."""
    data = json.loads(report_json(parse_document(extract(EDITIONS[name]))))
    jsonschema.validate(data, _schema("report.schema.json"))


@pytest.mark.parametrize(
    "pair",
    [(PRINT_2020, LETTER_2021), (SYNTHETIC_2031, SYNTHETIC_2032)],
    ids=["2020-2021", "2031-2032"],
)
def test_diff_json_validates(pair: tuple[Any, Any]) -> None:
    """`diff --format json` validates against diff.schema.json."""
    old, new = (parse_document(extract(p)) for p in pair)
    jsonschema.validate(json.loads(diff_json(diff(old, new))), _schema("diff.schema.json"))


def test_schema_rejects_a_broken_budget() -> None:
    """A budget with a float amount and a lower-case currency is refused."""
    data = json.loads(report_json(parse_document(extract(LETTER_2021))))
    data["budgets"][0]["amount"] = 45e9
    data["budgets"][0]["currency"] = "eur"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema("report.schema.json"))
