"""reportdiff: what changed between two editions of the Dutch defence ministry's yearly report
on international defence cooperation.

>>> import reportdiff
>>> old, new = reportdiff.load(2020), reportdiff.load(2021)   # doctest: +SKIP
>>> changes = reportdiff.diff(old, new)                        # doctest: +SKIP
>>> print(reportdiff.render_diff(changes, "markdown"))         # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._version import PARSER_VERSION, __version__
    from .api import load, load_many, resolve_edition
    from .engine import BudgetDelta, Change, ChangeKind, Entity, FieldChange, ReportDiff, diff
    from .errors import (
        DamagedPDFError,
        EditionNotAvailableError,
        EncryptedPDFError,
        FetchError,
        FileMissingError,
        InputError,
        NotAnEditionError,
        NotAPDFError,
        NoTextError,
        ReportDiffError,
        ResourceLimitError,
        TooLargeError,
        UnknownEditionError,
        UsageError,
    )
    from .limits import Limits
    from .model import (
        Agreement,
        AgreementKind,
        AgreementStatus,
        Budget,
        Edition,
        Kamerstuk,
        Layout,
        Mission,
        MissionStatus,
        Money,
        Organisation,
        Pages,
        Partner,
        PartnerCategory,
        Reference,
        Report,
        Section,
        Source,
    )
    from .render import render_diff, render_report
    from .serialize import SCHEMA_VERSION, diff_to_dict, report_to_dict

__all__ = [
    "PARSER_VERSION",
    "SCHEMA_VERSION",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Budget",
    "BudgetDelta",
    "Change",
    "ChangeKind",
    "DamagedPDFError",
    "Edition",
    "EditionNotAvailableError",
    "EncryptedPDFError",
    "Entity",
    "FetchError",
    "FieldChange",
    "FileMissingError",
    "InputError",
    "Kamerstuk",
    "Layout",
    "Limits",
    "Mission",
    "MissionStatus",
    "Money",
    "NoTextError",
    "NotAPDFError",
    "NotAnEditionError",
    "Organisation",
    "Pages",
    "Partner",
    "PartnerCategory",
    "Reference",
    "Report",
    "ReportDiff",
    "ReportDiffError",
    "ResourceLimitError",
    "Section",
    "Source",
    "TooLargeError",
    "UnknownEditionError",
    "UsageError",
    "__version__",
    "diff",
    "diff_to_dict",
    "load",
    "load_many",
    "render_diff",
    "render_report",
    "report_to_dict",
    "resolve_edition",
]

# Imported on first use, so `reportdiff --help` and a cached run do not pay for every module.
_EXPORTS: dict[str, str] = {
    "Agreement": ".model",
    "AgreementKind": ".model",
    "AgreementStatus": ".model",
    "Budget": ".model",
    "BudgetDelta": ".engine",
    "Change": ".engine",
    "ChangeKind": ".engine",
    "DamagedPDFError": ".errors",
    "Edition": ".model",
    "EditionNotAvailableError": ".errors",
    "EncryptedPDFError": ".errors",
    "Entity": ".engine",
    "FetchError": ".errors",
    "FieldChange": ".engine",
    "FileMissingError": ".errors",
    "InputError": ".errors",
    "Kamerstuk": ".model",
    "Layout": ".model",
    "Limits": ".limits",
    "Mission": ".model",
    "MissionStatus": ".model",
    "Money": ".model",
    "NoTextError": ".errors",
    "NotAPDFError": ".errors",
    "NotAnEditionError": ".errors",
    "Organisation": ".model",
    "PARSER_VERSION": "._version",
    "Pages": ".model",
    "Partner": ".model",
    "PartnerCategory": ".model",
    "Reference": ".model",
    "Report": ".model",
    "ReportDiff": ".engine",
    "ReportDiffError": ".errors",
    "ResourceLimitError": ".errors",
    "SCHEMA_VERSION": ".serialize",
    "Section": ".model",
    "Source": ".model",
    "TooLargeError": ".errors",
    "UnknownEditionError": ".errors",
    "UsageError": ".errors",
    "__version__": "._version",
    "diff": ".engine",
    "diff_to_dict": ".serialize",
    "load": ".api",
    "load_many": ".api",
    "render_diff": ".render",
    "render_report": ".render",
    "report_to_dict": ".serialize",
    "resolve_edition": ".api",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reportdiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
