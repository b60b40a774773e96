"""Section headings the parser knows: group headings, and words of budget and change."""

from __future__ import annotations

__all__ = [
    "BUDGET_TERMS",
    "GENERAL_CHAPTER_WORDS",
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
OTHER_PARTNER_GROUPS = (
    "Overige partnerlanden",
    "Overige landen",
    "Andere partnerlanden",
    "Overige partners",
    "Andere partners",
    "Andere landen",
    "Overige bilaterale samenwerking",
)
MULTILATERAL_GROUPS = (
    "Multilaterale samenwerking",
    "Overige multilaterale verbanden",
    "Overige multilaterale samenwerkingsverbanden",
    "Multilaterale verbanden",
)
# Words of a chapter that is none of the groups above ("Inzet in missies en operaties",
# "Bijlage: defensiebudgetten"): a heading with one of them ends the partner chapters.
GENERAL_CHAPTER_WORDS = frozenset(
    {
        "missies",
        "missie",
        "operaties",
        "inzet",
        "bijlage",
        "bijlagen",
        "tabel",
        "slot",
        "afsluiting",
    }
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
