"""Section headings the parser knows: group headings, and words of budget and change."""

from __future__ import annotations

__all__ = [
    "BUDGET_TERMS",
    "GROUP_HEADINGS",
    "INTRO_TITLE",
    "MULTILATERAL_GROUPS",
    "OPENING_TITLE",
    "OTHER_PARTNER_GROUPS",
    "STRATEGIC_GROUPS",
]

INTRO_TITLE = "Inleiding"
OPENING_TITLE = "Aanhef"  # the opening words of a letter that has an "Inleiding" heading too
STRATEGIC_GROUPS = (
    "Strategische partners",
    "Strategische partnerlanden",
    "Bilaterale samenwerking",
)
OTHER_PARTNER_GROUPS = ("Overige partnerlanden", "Overige landen", "Andere partnerlanden")
MULTILATERAL_GROUPS = (
    "Multilaterale samenwerking",
    "Overige multilaterale verbanden",
    "Overige multilaterale samenwerkingsverbanden",
    "Multilaterale verbanden",
)
GROUP_HEADINGS = (INTRO_TITLE, *STRATEGIC_GROUPS, *OTHER_PARTNER_GROUPS, *MULTILATERAL_GROUPS)

# A sentence about a defence budget names one of these.
BUDGET_TERMS = (
    "defensiebudget",
    "defensiebegroting",
    "defensie-uitgaven",
    "defensieuitgaven",
    "budget voor defensie",
    "begroting voor defensie",
    "militaire uitgaven",
)
