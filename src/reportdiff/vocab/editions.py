"""How the report names itself, so a document can be recognised as an edition."""

from __future__ import annotations

import re

from reportdiff.dates import YEAR

__all__ = ["REPORT_DOSSIER", "TITLE"]

# "Rapportage internationale militaire samenwerking 2020", "... defensiesamenwerking 2021",
# and the early prints' "stand van zaken internationale militaire samenwerking" / "IMS".
TITLE = re.compile(
    r"(?P<title>(?:[Rr]apportage|[Ss]tand van zaken)\s+(?:internationale\s+)?"
    r"(?P<wording>militaire samenwerking|defensiesamenwerking|IMS)(?:\s+(?P<year>" + YEAR + r"))?)"
)
# Kamerstukdossier 33 279 "Internationale militaire samenwerking".
REPORT_DOSSIER = "33279"
