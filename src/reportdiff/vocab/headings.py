"""Section headings the parser knows: group headings, and words of budget and change."""

from __future__ import annotations

__all__ = [
    "BUDGET_TERMS",
    "COUNTRY_HEADING_PREFIXES",
    "GENERAL_CHAPTER_WORDS",
    "GROUP_HEADINGS",
    "INTRO_TITLE",
    "MULTILATERAL_GROUPS",
    "MULTILATERAL_HEADING_WORDS",
    "NOT_PARTNER_WORDS",
    "OPENING_TITLE",
    "OTHER_CUE_WORDS",
    "OTHER_PARTNER_GROUPS",
    "PARTNER_HEADING_WORDS",
    "RELATED_HEADINGS",
    "STRATEGIC_CUE_WORDS",
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
# Headings the lists above do not hold are read by their words: a heading about partners
# (a PARTNER word) is the strategic chapter when it says "strategisch" and nothing that sets it
# apart ("overige", "buiten de strategische kring", "niet-strategische"), else the other
# partners' chapter; a heading with a MULTILATERAL word is the multilateral chapter.
# (The partners' capitals stand for them: "Berichten uit andere hoofdsteden", a chapter of
# reports sent from the embassies; a lawyer's "staten" stands for "landen": "Andere
# samenwerkende staten".)
PARTNER_HEADING_WORDS = (
    "partner",
    "landen",
    "staten",
    "bilateral",
    "bondgenot",
    "hoofdstad",
    "hoofdsteden",
)
# Names holding a partner word that are no word for partners: the parliament ("Tweede Kamer
# der Staten-Generaal", a masthead) and a country ("Verenigde Staten").
NOT_PARTNER_WORDS = ("staten-generaal", "verenigde staten")
STRATEGIC_CUE_WORDS = ("strategisch",)
OTHER_CUE_WORDS = (
    "overig",
    "ander",
    "buiten",
    "niet",
    "tweede",
    "verdere",
    "overige",
    # "Landen waar ik minder vaak kwam", "Minder intensieve partners"
    "minder",
    # partners by project: "Projectpartners", "Projectlanden"
    "project",
)
MULTILATERAL_HEADING_WORDS = (
    "multilateral",
    # the adjective alone, as a heading: "4 Multilateraal"
    "multilateraal",
    "coalitie",
    "fora",
    "verbanden",
    "internationale organisaties",
    "internationale instellingen",
    "bondgenootschap",
    # "Alliantie, Unie": NATO and the EU by the names their members use
    "alliantie",
    # "Gremia en samenwerkingsvormen", "Clubs, fora, coalities", "Organisaties en
    # overlegtafels"
    "gremia",
    # "Lichtere overlegvormen": the lighter formats of consultation, the smaller fora
    "overlegvormen",
    "overlegorganen",
    "clubs",
    "organisaties",
    "overlegtafels",
    # "Kleinere tafels waaraan ik zat": the fora by the tables they meet at
    "tafels",
    # The Netherlands' permanent representation to NATO and the EU ("Bijdrage van de
    # permanente vertegenwoordiging"): its chapter is theirs.
    "permanente vertegenwoordiging",
)
# Words before a country in a heading that only say it is about that country:
# "Relatie met Duitsland", "Samenwerking met Frankrijk", "Bilaterale betrekkingen met Noorwegen".
COUNTRY_HEADING_PREFIXES = (
    "relatie met",
    "relaties met",
    "samenwerking met",
    "bilaterale samenwerking met",
    "betrekkingen met",
    "bilaterale betrekkingen met",
    "bilaterale relatie met",
    "partnerschap met",
    "defensiesamenwerking met",
    # A table's or a fact sheet's heading for one country: "Tabel Verenigd Koninkrijk",
    # "Kerncijfers Denemarken 2052", "Landenfiche Noorwegen".
    "tabel",
    "kerncijfers",
    "kerngegevens",
    "kengetallen",
    "fiche",
    "landenfiche",
    "factsheet",
    "landenprofiel",
)
GROUP_HEADINGS = (INTRO_TITLE, *STRATEGIC_GROUPS, *OTHER_PARTNER_GROUPS, *MULTILATERAL_GROUPS)
# The heading of a web page's list of links to other papers ("Gerelateerde documenten", "Zie
# ook"), printed with the page: what the site relates to the letter, not what the letter
# cites.  (A letter's own list of background papers, "Achtergrondstukken", is cited.)
RELATED_HEADINGS = (
    r"gerelateerde?\s+(?:documenten|stukken|publicaties|kamerstukken|links)",
    r"zie\s+ook",
    r"lees\s+ook",
    r"related\s+(?:documents|links|content)",
    r"see\s+also",
)

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
