"""How the report names itself, so a document can be recognised as an edition."""

from __future__ import annotations

import re

from reportdiff.dates import YEAR

__all__ = ["REPORT_DOSSIER", "SUBJECT", "TITLE"]

# "Rapportage internationale militaire samenwerking 2020", "... defensiesamenwerking 2021",
# and the early prints' "stand van zaken internationale militaire samenwerking" / "IMS".
TITLE = re.compile(
    r"(?P<title>(?:[Rr]apportage|[Ss]tand van zaken)\s+(?:internationale\s+)?"
    r"(?P<wording>militaire samenwerking|defensiesamenwerking|IMS)(?:\s+(?P<year>" + YEAR + r"))?)"
)
# A letter's subject that names the report's topic and a year, however it names the report
# itself ("Factsheet internationale defensiesamenwerking 2161", "Jaaroverzicht internationale
# militaire samenwerking over 2019"): the yearly report, sent under another name.
SUBJECT = re.compile(
    r"\binternationale\s+(?:militaire\s+samenwerking|defensiesamenwerking)\s+"
    r"(?:(?:over|in)\s+(?:het\s+jaar\s+)?)?(?P<year>" + YEAR + r")\b",
    re.IGNORECASE,
)
# Kamerstukdossier 33 279 "Internationale militaire samenwerking".
REPORT_DOSSIER = "33279"
