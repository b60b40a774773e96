"""Tests for the JSON Schemas in reportdiff/schemas: the output validates against the contract."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import attrs
import pytest

from reportdiff import model
from reportdiff.compare import ChangeKind, diff
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


# Where each model class is described in report.schema.json; Budget's money is written flat
# (amount, currency), as serialize.py does.
_REPORT_DEFS = {
    "Report": None,  # the root object
    "Edition": "edition",
    "Pages": "edition.pages",
    "Kamerstuk": "edition.kamerstuk",
    "Partner": "partner",
    "Organisation": "organisation",
    "Budget": "budget",
    "Money": "amount.money",
    "Amount": "amount",
    "Mission": "mission",
    "Agreement": "agreement",
    "AgreementEvent": "agreement_event",
    "Reference": "reference",
    "Section": "section",
    "Source": "source",
    "Coverage": "coverage",
    "Unread": "unread",
}


def _properties(schema: dict[str, Any], where: str | None) -> set[str]:
    """The property names of the object at *where* ("def" or "def.property") of *schema*."""
    if where is None:
        node = schema
    else:
        name, _, prop = where.partition(".")
        node = schema["$defs"][name]
        if prop:
            node = node["properties"][prop]
    for option in node.get("oneOf", []):
        if option.get("type") == "object":
            node = option
    return set(node["properties"])


def _fields(cls: type) -> set[str]:
    names = {f.name for f in attrs.fields(cls)}
    if cls is model.Budget:
        names = (names - {"money"}) | {"amount", "currency"}
    return names


def test_every_model_class_is_in_the_report_schema() -> None:
    """Every attrs class of reportdiff.model has a place in report.schema.json, and every one
    of its fields is a property there: the schema cannot fall behind the model."""
    classes = {
        name: obj
        for name in model.__all__
        if isinstance(obj := getattr(model, name), type) and attrs.has(obj)
    }
    assert set(classes) == set(_REPORT_DEFS), "map each new model class to its schema place"
    schema = _schema("report.schema.json")
    for name, cls in classes.items():
        missing = _fields(cls) - _properties(schema, _REPORT_DEFS[name])
        assert not missing, f"{name}: {sorted(missing)} not in report.schema.json"


def test_the_diff_schema_names_every_change_field() -> None:
    """Change, Summary, BudgetDelta and the edition are described in diff.schema.json (Change's
    `kind` is written `change`, as the contract has it; a budget delta's note is the change's)."""
    from reportdiff.compare import BudgetDelta, Change, Summary

    schema = _schema("diff.schema.json")
    item = schema["properties"]["changes"]["items"]["properties"]
    assert ({f.name for f in attrs.fields(Change)} - {"kind"}) | {"change"} <= set(item)
    summary = schema["properties"]["summary"]["properties"]
    assert {f.name for f in attrs.fields(Summary)} <= set(summary)
    delta = item["delta"]["properties"]
    assert {f.name for f in attrs.fields(BudgetDelta)} - {"note"} <= set(delta)
    assert _fields(model.Edition) <= _properties(schema, "edition")
    assert set(schema["properties"]["changes"]["items"]["properties"]["change"]["enum"]) == {
        k.value for k in ChangeKind
    }


def test_diff_json_carries_each_sides_provenance() -> None:
    """The diff JSON says, per side, the library label, sha256, partial flag and what is
    missing, the warnings and the versions; the partial 2021 letter says it is partial."""
    from reportdiff.library.load import load_many

    old, new = load_many([2020, 2021], use_cache=False, isolate=False)
    data = json.loads(diff_json(diff(old, new)))
    jsonschema.validate(data, _schema("diff.schema.json"))
    before, after = data["provenance"]["old"], data["provenance"]["new"]
    assert (before["basis"], after["basis"]) == ("reconstructed", "published")
    assert after["partial"] is True and after["missing_labels"] == ["2", "3", "4", "5", "6", "7"]
    assert before["partial"] is False
    assert len(after["sha256"]) == 64 and after["sha256"] == data["new"]["sha256"]
    assert after["warnings"] and after["tool_version"] and after["parser_version"]
    assert data["summary"]["not_in_available_text"] >= 1
