"""Model ⇄ plain data, generated from the attrs classes: walked from their fields one way
(:func:`to_plain`), structured by a cattrs converter the other.  They feed the JSON output, the
snapshots and the cache.

Nothing here is written field by field: a field added to a model class appears in the JSON, the
snapshots and the cache at once.  Only the types that JSON has no word for have hooks: Decimal
(an exact string), date (ISO), enums (their value), tuples (lists).  One shape departs from the
classes on purpose, because the contract (``output-contract.md``) fixed it first: a budget's
``money`` is flattened into ``amount`` and ``currency``.

The shape is the public contract: adding a field is allowed; renaming or removing one bumps
:data:`SCHEMA_VERSION`.  ``tests/test_schemas.py`` validates every output against the JSON
Schemas in ``reportdiff/schemas``, and checks that they name every model field.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING, Any

import attrs

from reportdiff._version import SCHEMA_VERSION
from reportdiff.model import Budget, Report

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "Plain",
    "converter",
    "fact_to_dict",
    "report_from_dict",
    "report_to_dict",
    "to_plain",
]

Plain = dict[str, Any]


def _decimal(value: Any, _type: Any) -> Decimal:
    if not isinstance(value, str | int):
        raise ValueError(f"a decimal must be written as a string, not {type(value).__name__}")
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"{value!r} is not a decimal") from exc
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal")
    return number


def _date(value: Any, _type: Any) -> date:
    if not isinstance(value, str):
        raise ValueError(f"a date must be an ISO string, not {type(value).__name__}")
    return date.fromisoformat(value)


def _str(value: Any, _type: Any) -> str:
    # cattrs would turn 12 into "12"; data that is not what we wrote is foreign, not coercible.
    if not isinstance(value, str):
        raise ValueError(f"expected a string, not {type(value).__name__}")
    return value


def _int(value: Any, _type: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, not {type(value).__name__}")
    return value


def _bool(value: Any, _type: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, not {type(value).__name__}")
    return value


@cache
def converter() -> cattrs.Converter:
    """The one converter: model classes ⇄ plain JSON-ready data.  Imported here, when data is
    structured (the cache, the plugin's snapshots), not by output: writing a diff needs only
    :func:`to_plain`, and cattrs with its generated functions cost about 20 ms of it."""
    import cattrs
    from cattrs.gen import make_dict_structure_fn

    conv = cattrs.Converter(unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(date, _date)
    conv.register_structure_hook(str, _str)
    conv.register_structure_hook(int, _int)
    conv.register_structure_hook(bool, _bool)

    budget_in = make_dict_structure_fn(Budget, conv)

    def structure_budget(d: Any, _type: Any) -> Budget:
        if not isinstance(d, dict):
            raise ValueError("a budget must be an object")
        nested = {k: v for k, v in d.items() if k not in ("amount", "currency")}
        nested["money"] = {"amount": d.get("amount"), "currency": d.get("currency")}
        return budget_in(nested, Budget)

    # A budget's flattened money is written in one place, to_plain.
    conv.register_unstructure_hook(Budget, to_plain)
    conv.register_structure_hook(Budget, structure_budget)
    return conv


def to_plain(value: Any) -> Any:
    """Any model value (a fact, a tuple of facts, a Decimal, an enum) as plain data: what
    ``converter().unstructure`` gives, walked from the classes' fields instead of through the
    functions cattrs writes for each class (cattrs and those functions cost about 20 ms of
    writing the first diff of a run, all of it after the last edition is parsed;
    ``tests/test_serialize.py`` holds the two equal)."""
    return _plain(value)


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if attrs.has(kind):
        plain = {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(kind)}
        if kind is Budget:
            # As the converter's hook: the money's amount and currency in the budget itself.
            flat: Plain = {}
            for key, item in plain.items():
                if key == "money":
                    flat.update(item)
                else:
                    flat[key] = item
            return flat
        return plain
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list, set, frozenset)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})


def fact_to_dict(fact: object) -> Plain:
    """Any one fact (partner, budget, section, edition, ...) as plain data."""
    if not attrs.has(type(fact)):
        raise TypeError(f"not a fact: {type(fact).__name__}")
    plain = to_plain(fact)
    assert isinstance(plain, dict)
    return plain


def report_to_dict(report: Report) -> Plain:
    return {"schema_version": SCHEMA_VERSION, **fact_to_dict(report)}


def report_from_dict(d: Plain) -> Report:
    """The inverse of :func:`report_to_dict`; raises ValueError on data of another shape."""
    if not isinstance(d, dict):
        raise ValueError("a report must be an object")
    if d.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"schema_version {d.get('schema_version')!r} is not {SCHEMA_VERSION}")
    body = {k: v for k, v in d.items() if k != "schema_version"}
    conv = converter()
    import cattrs

    try:
        return conv.structure(body, Report)
    except (cattrs.BaseValidationError, TypeError, KeyError, AttributeError) as exc:
        raise ValueError(f"not a report: {exc}") from exc
