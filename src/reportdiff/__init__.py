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

from ._exports import EXPORTS as _EXPORTS

# The public API is listed once, in the imports below.  They run for type checkers only: at
# run time each name is imported on first use (see `__getattr__`), so `reportdiff --help`, a
# parsing worker and a cached run do not pay for every module.  The run-time table is read
# from these same import lines (generated into `_exports.py`, which tests/test_api.py holds to
# them), so a name cannot be exported in one place and missing in another.
# (`X as X` is how a type checker is told that a name is re-exported on purpose.)
if TYPE_CHECKING:
    from ._version import (
        PARSER_VERSION as PARSER_VERSION,
        __version__ as __version__,
    )
    from .compare import (
        BudgetDelta as BudgetDelta,
        Change as Change,
        ChangeKind as ChangeKind,
        Entity as Entity,
        FieldChange as FieldChange,
        ReportDiff as ReportDiff,
        diff as diff,
    )
    from .errors import (
        DamagedPDFError as DamagedPDFError,
        EditionNotAvailableError as EditionNotAvailableError,
        EncryptedPDFError as EncryptedPDFError,
        FetchError as FetchError,
        FileMissingError as FileMissingError,
        InputError as InputError,
        NotAnEditionError as NotAnEditionError,
        NotAPDFError as NotAPDFError,
        NoTextError as NoTextError,
        ReportDiffError as ReportDiffError,
        ResourceLimitError as ResourceLimitError,
        TooLargeError as TooLargeError,
        UnknownEditionError as UnknownEditionError,
        UsageError as UsageError,
    )
    from .library.check import (
        Health as Health,
        health as check,
    )
    from .library.fetch import (
        fetch as fetch,
    )
    from .library.load import (
        load as load,
        load_many as load_many,
        read_blocks as read_blocks,
        resolve_edition as resolve_edition,
    )
    from .library.timeline import (
        Timeline as Timeline,
        build_timeline as timeline,
    )
    from .limits import (
        Limits as Limits,
    )
    from .model import (
        Agreement as Agreement,
        AgreementKind as AgreementKind,
        AgreementStatus as AgreementStatus,
        Budget as Budget,
        Edition as Edition,
        Kamerstuk as Kamerstuk,
        Layout as Layout,
        Mission as Mission,
        MissionStatus as MissionStatus,
        Money as Money,
        Organisation as Organisation,
        Pages as Pages,
        Partner as Partner,
        PartnerCategory as PartnerCategory,
        Reference as Reference,
        Report as Report,
        Section as Section,
        Source as Source,
    )
    from .render import (
        render_diff as render_diff,
        render_report as render_report,
    )
    from .render.to_json import (
        diff_to_dict as diff_to_dict,
    )
    from .serialize import (
        SCHEMA_VERSION as SCHEMA_VERSION,
        report_to_dict as report_to_dict,
    )


__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    found = _EXPORTS.get(name)
    if found is None:
        raise AttributeError(f"module 'reportdiff' has no attribute {name!r}")
    module, attr = found
    value = getattr(importlib.import_module(module, __name__), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
