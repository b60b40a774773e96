"""Two Reports → a :class:`ReportDiff` of semantic changes (the only deepdiff user)."""

from __future__ import annotations

from ._engine import (
    ENTITIES,
    BudgetDelta,
    Change,
    ChangeKind,
    Entity,
    FieldChange,
    ReportDiff,
    Summary,
    WordOp,
    diff,
    normalise_title,
    parse_entities,
)
from ._match import preload

__all__ = [
    "ENTITIES",
    "BudgetDelta",
    "Change",
    "ChangeKind",
    "Entity",
    "FieldChange",
    "ReportDiff",
    "Summary",
    "WordOp",
    "diff",
    "normalise_title",
    "parse_entities",
    "preload",
]
