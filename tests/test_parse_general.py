"""Fresh wordings for budgets, GDP shares, tables, partners, organisations and running page
furniture: what other writers and typesetters do that the corpus does not."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reportdiff.extract import read_text
from reportdiff.extract._blocks import running_lines
from reportdiff.extract._types import BBox, Block, BlockKind, Document, Line, Region
from reportdiff.model import AmountKind, PartnerCategory
from reportdiff.parse import parse_document
from reportdiff.parse.budgets import amounts_in_sentence, find_amounts
from reportdiff.parse.context import (
    Group,
    SectionContext,
    Sentence,
    chapter_group,
    heading_countries,
    split_heading_number,
)
from reportdiff.parse.organisations import find_organisations_covered, introduced_organisations
from reportdiff.parse.partners import enumerated_partners, find_partners
from reportdiff.parse.tables import table_rows
from reportdiff.vocab.countries import find_countries


def _reads(
    text: str, edition: int = 2099
) -> list[tuple[str, str | None, str | None, str, str | None]]:
    out = []
    for r in amounts_in_sentence(Sentence(text, 1, None, 0), None, edition):
        gdp = None if r.gdp_percent is None else str(r.gdp_percent)
        out.append((r.kind.value, r.country, r.year, f"{r.match.amount} {r.match.currency}", gdp))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Zweden ging voor het jaar 2079 127 miljard Zweedse kronen naar defensie.",
            ("budget", "SE", "2079", "127000000000 SEK", None),
        ),
        (
            "De Italiaanse militaire uitgaven omvatten in het financiële jaar 2083–2084 "
            "EUR 31.500 mln.",
            ("budget", "IT", "2083/2084", "31500000000 EUR", None),
        ),
        (
            "Canada reserveerde in begrotingsjaar 2090-2091 C$ 44,1 miljard voor de "
            "strijdkrachten.",
            ("budget", "CA", "2090/2091", "44100000000 CAD", None),
        ),
        (
            "Met defensie-uitgaven van A$ 70,2 mrd in boekjaar 2088/89 is Australië een "
            "grote speler.",
            ("budget", "AU", "2088/2089", "70200000000 AUD", None),
        ),
        (
            "Het Japanse defensiebudget bedroeg in 2085 JPY 9.000 miljard (een bbp-aandeel "
            "van 1,4%).",
            ("budget", "JP", "2085", "9000000000000 JPY", "1.4"),
        ),
        (
            "Noorwegen besteedde in 2086 NOK 130 miljard aan defensie, overeenkomend met 2,2% bbp.",
            ("budget", "NO", "2086", "130000000000 NOK", "2.2"),
        ),
        (
            "Polen gaf in 2087 PLN 180 miljard uit aan defensie – goed voor 4,1 procent van "
            "het bruto binnenlands product – meer dan ooit.",
            ("budget", "PL", "2087", "180000000000 PLN", "4.1"),
        ),
        (
            "Door het Verenigd Koninkrijk werd in het op 1 april 2084 aangevangen fiscale jaar "
            "63,3 miljard Britse ponden aan defensie besteed.",
            ("budget", "GB", "2084/2085", "63300000000 GBP", None),
        ),
        (
            "Het Franse defensieministerie had over 2085 de beschikking over 55 miljard euro.",
            ("budget", "FR", "2085", "55000000000 EUR", None),
        ),
        (
            "Aan de NAVO meldde België voor 2082 een defensie-uitgave van ongeveer EUR 7,95 "
            "mld.; als bbpfractie is dat 2,48%.",
            ("budget", "BE", "2082", "7950000000 EUR", "2.48"),
        ),
        (
            "Een krijgsmachtbudget van GBP 56.600 mln (3,48% in bbp-termen) gold over 2082-'83 "
            "in het Verenigd Koninkrijk.",
            ("budget", "GB", "2082/2083", "56600000000 GBP", "3.48"),
        ),
        (
            "Voor Duitsland is het defensiecijfer in 2081 vastgesteld op €84,2 miljard, ofwel "
            "een defensiequote van 2,21 procent.",
            ("budget", "DE", "2081", "84200000000 EUR", "2.21"),
        ),
        (
            "In begrotingsjaar 2081 is 102,1 mld. NOK voor de Noorse krijgsmacht begroot door "
            "Noorwegen (defensiequote 1,38%).",
            ("budget", "NO", "2081", "102100000000 NOK", "1.38"),
        ),
    ],
)
def test_budget_sentences(text: str, expected: tuple[str, ...]) -> None:
    assert _reads(text) == [expected]


@pytest.mark.parametrize(
    ("text", "gdp"),
    [
        pytest.param(
            "België, waarvan de defensiebegroting in 2098 op € 9,81 miljard was vastgesteld "
            "(een aandeel in het bbp van 2 procent), geldt als een trouwe bondgenoot.",
            "2",
            id="aandeel-in-het-bbp-van-after-a-verb",
        ),
        pytest.param(
            "Door Polen werd over 2098 PLN 137,1 miljard aan de strijdkrachten besteed, waarmee "
            "het bbpaandeel op 1,5% uitkwam.",
            "1.5",
            id="glued-bbpaandeel-op",
        ),
        pytest.param(
            "Voor Australië stond voor 2098 65,2 mld. AUD als militair budget in de boeken "
            "(bbp-aandeel: 3,14%).",
            "3.14",
            id="colon-in-parentheses",
        ),
        pytest.param(
            "Bij Canada lag het zwaartepunt in 2098 op de marine (militaire uitgaven 2098: "
            "44,8 mld. CAD; bbp-percentage 2,99).",
            "2.99",
            id="bbp-percentage-without-sign",
        ),
        pytest.param(
            "Denemarken heeft over 2098, zo blijkt uit de stukken voor het eigen parlement, "
            "9,89 mld. EUR voor defensie gereserveerd, hetgeen neerkomt op 3,8 pct. bbp.",
            "3.8",
            id="pct-bbp-after-a-clause",
        ),
        pytest.param(
            "Duitsland besteedde in 2098 78,3 miljard euro aan defensie; de NAVO-norm van "
            "2 procent bbp werd daarmee gehaald.",
            None,
            id="nato-norm-is-not-the-share",
        ),
        pytest.param(
            "Duitsland besteedde in 2098 78,3 miljard euro aan defensie, een stijging van "
            "0,2 procent bbp.",
            None,
            id="a-change-in-share-is-not-the-share",
        ),
        pytest.param(
            "Duitsland besteedde in 2098 78,3 miljard euro aan defensie, terwijl Frankrijk "
            "op 1,9 procent bbp uitkwam.",
            None,
            id="another-countrys-share",
        ),
        pytest.param(
            "Duitsland besteedde in 2098 78,3 miljard euro aan defensie, en in 2101 moet dat "
            "3,5 procent bbp worden.",
            None,
            id="another-years-share",
        ),
        pytest.param(
            "Duitsland besteedde in 2098 78,3 miljard euro aan defensie, dat is 12 procent "
            "meer dan in de jaren ervoor en daarmee komt het aandeel ruim boven het "
            "gemiddelde van de bondgenoten uit, zo meldt de regering (1,9% bbp).",
            None,
            id="too-far-from-the-amount",
        ),
        pytest.param(
            "Over 2098 besteedde Frankrijk 3,11% van het Franse bbp aan defensie, in geld "
            "uitgedrukt 67,3 miljard euro.",
            "3.11",
            id="share-before-the-amount",
        ),
        pytest.param(
            "Frankrijk: bbp-aandeel defensie 2098: 3,4% (EUR 10,1 mrd).",
            "3.4",
            id="share-then-amount-in-brackets",
        ),
        pytest.param(
            "De NAVO-norm is 2% bbp; Frankrijk besteedde in 2098 67,3 miljard euro aan defensie.",
            None,
            id="norm-before-the-amount",
        ),
        pytest.param(
            "Duitsland haalde 2,1% bbp in 2097; in 2098 besteedde Frankrijk 67,3 miljard euro "
            "aan defensie.",
            None,
            id="another-countrys-share-before",
        ),
    ],
)
def test_gdp_share_is_bound_to_a_gdp_word(text: str, gdp: str | None) -> None:
    """The share of GDP is the first percentage after the budget that a GDP word names, with
    nothing between the two that makes it another figure's share."""
    ((kind, _country, _year, _amount, share),) = _reads(text)
    assert (kind, share) == ("budget", gdp)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Met defensie-uitgaven ten belope van 71,7 mld. euro over 2098 heeft Frankrijk de "
            "investeringen in de strijdkrachten op peil gehouden.",
            "budget",
            id="budget-noun-names-the-amount",
        ),
        pytest.param(
            "Het defensiebudget 2098: 30,1 miljard euro, waarmee Polen de aanschaf van "
            "tanks kon voortzetten.",
            "budget",
            id="budget-noun-and-colon",
        ),
        pytest.param(
            "Polen had in 2098 een defensiebudget van 30 miljard euro voor investeringen.",
            "investment",
            id="investment-attached-to-the-amount",
        ),
        pytest.param(
            "Het defensiebudget van Polen bevat in 2098 30 miljard euro voor investeringen.",
            "investment",
            id="a-verb-between-noun-and-amount",
        ),
        pytest.param(
            "Volgens de Amerikaanse regering was in 2098 ruim 1.088 mrd dollar voor defensie "
            "beschikbaar.",
            "budget",
            id="available-for-defence-as-a-whole",
        ),
        pytest.param(
            "Met 3,05 procent van zijn bbp, in absolute termen EUR 64,3 mld, investeerde "
            "Frankrijk in 2098 in defensie.",
            "budget",
            id="invested-in-defence-as-a-whole",
        ),
        pytest.param(
            "Canada stelde in 2098 CAD 500 miljoen beschikbaar voor de krijgsmacht van Oekraïne.",
            "contribution",
            id="another-countrys-armed-forces",
        ),
        pytest.param(
            "Duitsland investeerde in 2098 EUR 2 miljard in defensiematerieel.",
            "investment",
            id="invested-in-materiel",
        ),
    ],
)
def test_a_budget_noun_before_the_amount_outranks_a_later_investment_word(
    text: str, kind: str
) -> None:
    ((got, *_),) = _reads(text)
    assert got == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "De Verenigde Staten gaven veel uit; met defensie-uitgaven ten belope van PLN 139,2 "
            "miljard in 2098 hield Polen de strijdkrachten op peil.",
            ("budget", "PL"),
            id="the-country-that-pays-in-it",
        ),
        pytest.param(
            "De defensiebegroting van de Verenigde Staten werd in 2098 gesteld op PLN 139,2 "
            "miljard.",
            ("other", "US"),
            id="no-named-country-pays-in-it",
        ),
        pytest.param(
            "Noorwegen besteedde in 2098 8,37 mld. EUR aan defensie.",
            ("budget", "NO"),
            id="euro-figures-of-any-country",
        ),
        pytest.param(
            "Denemarken besteedde in 2098 DKK 40 miljard aan defensie.",
            ("budget", "DK"),
            id="own-currency",
        ),
    ],
)
def test_a_budget_is_in_its_countrys_currency(text: str, expected: tuple[str, str]) -> None:
    """A budget in a national currency is that nation's: the nearest country named is not
    its owner when it pays in another (CLDR's territory currencies), the euro and the dollar
    aside."""
    ((kind, country, *_),) = _reads(text)
    assert (kind, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "• Uitgaven defensie 2098: circa € 7,58 mrd, ofwel 3,54% van het Belgische bruto "
            "binnenlandse product; ter vergelijking Tsjechië: 1,72% bbp;",
            [("budget", "BE", "2098", "7580000000 EUR", "3.54")],
            id="uitgaven-defensie-and-a-national-gdp",
        ),
        pytest.param(
            "• Mutatie vergeleken met 2097: + 370 miljoen euro;",
            # 2097 is the year compared with, not the change's.
            [("change", None, None, "370000000 EUR", None)],
            id="a-signed-amount-is-a-change",
        ),
    ],
)
def test_key_figure_bullets(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _reads(text) == expected


def test_a_share_between_two_amounts_is_the_first_ones() -> None:
    """A share written after one amount and before the next is the first amount's only."""
    reads = _reads(
        "Het Estse defensiebudget beliep in 2098 1.750 miljoen euro (defensiequote 1,4%) "
        "(in Australië: AUD 65.200 mln)."
    )
    assert [(r[1], r[3], r[4]) for r in reads] == [
        ("EE", "1750000000 EUR", "1.4"),
        ("AU", "65200000000 AUD", None),
    ]


def test_an_ambiguous_amount_says_why_even_when_its_other_readings_are_out_of_bounds() -> None:
    """ "9,086 biljoen yen" reads two ways; the other is past any budget, and the reason
    still says what is ambiguous instead of ending in nothing."""
    ((kind, _country, _year, _amount, _gdp),) = _reads(
        "Defensie-uitgaven Japan, 2098: 9,086 biljoen yen."
    )
    (read,) = amounts_in_sentence(
        Sentence("Defensie-uitgaven Japan, 2098: 9,086 biljoen yen.", 1, None, 0), None, 2099
    )
    assert kind == "other"
    assert read.reason is not None and read.reason.endswith(
        "another reading of its number or scale word"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Het Duitse defensiebudget steeg van EUR 77,6 miljard in 2097 naar EUR 88,9 miljard "
            "in 2098 (1,9% van het Duitse bbp).",
            [
                # The level before the change (not the change itself, which is 11,3 miljard):
                # a comparison either way, never a budget.
                ("other", "DE", "2097", "77600000000 EUR", None),
                ("budget", "DE", "2098", "88900000000 EUR", "1.9"),
            ],
            id="steeg-van-naar",
        ),
        pytest.param(
            "Tegenover GBP 57,6 miljard in 2097/98 stond in begrotingsperiode 2098/99 een Britse "
            "defensiebegroting van 58,7 miljard pond sterling.",
            [
                ("other", "GB", "2097/2098", "57600000000 GBP", None),
                ("budget", "GB", "2098/2099", "58700000000 GBP", None),
            ],
            id="tegenover",
        ),
        pytest.param(
            "Waar de Verenigde Staten in 2097 nog USD 1.052 miljard voor defensie uittrokken, was "
            "dat over 2098 USD 1.066 miljard – 1,3 procent meer dan in 2097.",
            [
                ("other", "US", "2097", "1052000000000 USD", None),
                ("budget", "US", "2098", "1066000000000 USD", None),
            ],
            id="waar-nog-was-dat",
        ),
        pytest.param(
            "Het Britse defensiebudget veranderde in 2098/2099 niet vergeleken met 2097/98: "
            "66.100 mln pond sterling (ofwel 3,3 procent bbp).",
            [("budget", "GB", "2098/2099", "66100000000 GBP", "3.3")],
            id="a-year-compared-with-is-not-the-amounts",
        ),
        pytest.param(
            "Had Luxemburg twaalf maanden eerder 658 miljoen euro opzij gezet voor defensie, in "
            "2098 werd dat 650 miljoen euro.",
            [
                ("other", "LU", "2098", "658000000 EUR", None),
                ("budget", "LU", "2098", "650000000 EUR", None),
            ],
            id="twaalf-maanden-eerder",
        ),
        pytest.param(
            "• Verleden jaar berichtte ik u over Luxemburg: defensie-uitgaven € 628 miljoen.",
            [("other", "LU", None, "628000000 EUR", None)],
            id="verleden-jaar",
        ),
        pytest.param(
            "– Vorig jaarverslag noemde voor Luxemburg defensiegelden ad € 683 miljoen, welk "
            "cijfer inmiddels is geactualiseerd.",
            [("other", "LU", None, "683000000 EUR", None)],
            id="vorig-jaarverslag",
        ),
        pytest.param(
            "Voorgaand jaarbericht: Frankrijk € 56,1 mld. defensiegeld; getal sindsdien herzien.",
            [("other", "FR", None, "56100000000 EUR", None)],
            id="voorgaand-jaarbericht",
        ),
        pytest.param(
            "Duitsland: vorjaarsbrief noemde nog EUR 80,7 miljard, dus opletten bij "
            "vergelijkingen.",
            [("other", "DE", None, "80700000000 EUR", None)],
            id="vorjaarsbrief",
        ),
        pytest.param(
            "Van het budget van Luxemburg gaat 140 miljoen euro naar materieel.",
            [("other", "LU", None, "140000000 EUR", None)],
            id="a-part-of-the-budget-put-first",
        ),
        pytest.param(
            "Frankrijk besteedde in 2090 € 60,2 miljard aan defensie, waarvan ruim € 12 "
            "miljard aan materieel.",
            [
                ("budget", "FR", "2090", "60200000000 EUR", None),
                ("other", "FR", "2090", "12000000000 EUR", None),
            ],
            id="waarvan-a-part",
        ),
        pytest.param(
            "Wat geeft België uit? In 2090 is dat ruim zeven miljard euro (€ 7,23 miljard), "
            "ofwel 2,45 procent bbp-aandeel.",
            [
                ("other", "BE", "2090", "7000000000 EUR", None),
                ("budget", "BE", "2090", "7230000000 EUR", "2.45"),
            ],
            id="a-rounded-figure-restated-exactly-in-brackets",
        ),
        pytest.param(
            "Het Verenigd Koninkrijk besteedde in 2090 GBP 62,6 mld (≈ € 73,2 mld) aan defensie.",
            [
                ("budget", "GB", "2090", "62600000000 GBP", None),
                ("other", None, None, "73200000000 EUR", None),
            ],
            id="a-figure-in-another-currency-in-brackets-is-converted",
        ),
        pytest.param(
            "Zo schat het vredesonderzoeksinstituut SIPRI in Stockholm defensie-uitgaven van "
            "Duitsland over 2090 op 98,3 miljard euro.",
            [("other", "DE", "2090", "98300000000 EUR", None)],
            id="another-sources-estimate",
        ),
        pytest.param(
            "In 2090 stopt Duitsland 91 miljard euro in zijn strijdkrachten, ofwel 2,5 procent "
            "economische omvang.",
            [("budget", "DE", "2090", "91000000000 EUR", None)],
            id="put-into-its-armed-forces",
        ),
        pytest.param(
            "Defensiebudget 2098: Verenigde Staten Luxemburg USD 917 miljard EUR 816 miljoen.",
            [
                ("other", "LU", "2098", "917000000000 USD", None),
                ("budget", "LU", "2098", "816000000 EUR", None),
            ],
            id="a-dollar-figure-beside-the-united-states-is-not-luxembourgs",
        ),
        pytest.param(
            "Defensiebudget 2098 van Luxemburg: USD 0,9 miljard, omgerekend.",
            [("budget", "LU", "2098", "900000000 USD", None)],
            id="a-dollar-figure-converted-is-luxembourgs",
        ),
        pytest.param(
            "Voor Duitsland geen verandering tegenover het vorige verslag: ook over 2098 beloopt "
            "het budget 81,2 miljard euro (bbp-aandeel 2,22%).",
            [("budget", "DE", "2098", "81200000000 EUR", "2.22")],
            id="the-report-before-with-this-years-figure",
        ),
        pytest.param(
            "Australië mikt op 3 % bbp, horizon Noorwegen – Defensiebudget bgj. 2098-99: € 12,1 "
            "mld.",
            [("budget", "NO", "2098/2099", "12100000000 EUR", None)],
            id="a-share-aimed-at-is-not-the-budgets",
        ),
        pytest.param(
            "Het Luxemburgse defensiebudget, dat in 2097 955 miljoen euro bedroeg, groeide over "
            "heel 2098 tot ruim €1,03 miljard.",
            [
                ("other", "LU", "2097", "955000000 EUR", None),
                ("budget", "LU", "2098", "1030000000 EUR", None),
            ],
            id="groeide-tot-is-the-level-reached",
        ),
        pytest.param(
            "Spaanse defensiebegroting omhoog: van 11,2 mld euro (2097) naar € 12,05 mld. (2098).",
            [
                ("other", "ES", "2097", "11200000000 EUR", None),
                ("budget", "ES", "2098", "12050000000 EUR", None),
            ],
            id="years-in-brackets-after-their-amounts",
        ),
    ],
)
def test_two_years_in_one_budget_sentence(text: str, expected: list[tuple[str, ...]]) -> None:
    """Only the later year's figure is the budget; a year right after the earlier amount is
    that amount's; "– 1,3 procent meer" is no second amount of a range."""
    assert _reads(text, edition=2099) == expected


def test_an_earlier_year_beside_a_later_figure_of_another_kind() -> None:
    """A budget table's rows run together with a box beside them: the later year's figure,
    up to the edition's own, is what the table is about, whatever it was taken for; the
    earlier one is no budget."""
    reads = _reads(
        "Jaar Defensiebudget % bbp: Noorwegen 2098/99 € 10 mrd 3% – fregatten → gedeelde "
        "wapensystemen 2099/00 € 9,99 mrd 2,9%",
        edition=2099,
    )
    assert ("budget", "NO", "2098/2099", "10000000000 EUR", "3") not in reads
    assert reads[0][:2] == ("other", "NO")
    # A plan for a later year leaves the year's budget a budget.
    assert _reads(
        "Duitsland besteedt in 2099 EUR 90 mrd aan defensie; voor 2104 is EUR 120 mrd gepland.",
        edition=2099,
    )[0] == ("budget", "DE", "2099", "90000000000 EUR", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Budget Zweedse krijgsmacht (2098): 127 mld. SEK.",
            [("budget", "SE", "2098", "127000000000 SEK", None)],
            id="budget-of-the-armed-forces",
        ),
        pytest.param(
            "Volgens de Finse begroting kreeg defensie in 2098 ruim 6,1 miljard euro.",
            [("budget", "FI", "2098", "6100000000 EUR", None)],
            id="verb-first-kreeg-defensie",
        ),
        pytest.param(
            "De budgetten voor de defensie-industrie groeiden in 2098 met 2 miljard euro.",
            [("change", None, "2098", "2000000000 EUR", None)],
            id="defence-industry-is-not-defence",
        ),
        pytest.param(
            "Zweden besteedde in 2098 127 miljard Zweedse kronen aan defensie, tegenover de 6,1 "
            "miljard euro die Finland uitgaf.",
            [
                ("budget", "SE", "2098", "127000000000 SEK", None),
                # Not Finland's budget: left to `check` (whose it is, is not read).
                ("other", "SE", "2098", "6100000000 EUR", None),
            ],
            id="a-figure-given-for-comparison",
        ),
    ],
)
def test_budget_named_by_its_armed_forces_and_compared_figures(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert _reads(text, edition=2099) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Zet men Finland naast Polen, dan ziet men in 2098 defensiebudgetten van "
            "respectievelijk 6,1 miljard euro en € 38,4 miljard.",
            [
                ("budget", "FI", "2098", "6100000000 EUR", None),
                ("budget", "PL", "2098", "38400000000 EUR", None),
            ],
            id="paired-in-order",
        ),
        pytest.param(
            "Zweden en Canada begrootten voor 2098 respectievelijk € 9,2 miljard en 41 miljard "
            "Amerikaanse dollar voor defensie (respectievelijk 1,4 en 1,3 procent bbp).",
            [
                ("budget", "SE", "2098", "9200000000 EUR", "1.4"),
                ("budget", "CA", "2098", "41000000000 USD", "1.3"),
            ],
            id="with-shares-in-the-same-order",
        ),
        pytest.param(
            "De defensie-uitgaven van de Verenigde Staten en Finland kwamen in 2098 uit op "
            "respectievelijk $ 967 miljard en € 6 miljard, ofwel respectievelijk 3,1% en 1,9% bbp.",
            [
                ("budget", "US", "2098", "967000000000 USD", "3.1"),
                ("budget", "FI", "2098", "6000000000 EUR", "1.9"),
            ],
            id="shares-with-their-sign",
        ),
        pytest.param(
            "België, Duitsland en Frankrijk gaven in 2098 respectievelijk € 9 miljard en € 60 "
            "miljard uit aan defensie.",
            [
                ("other", None, "2098", "9000000000 EUR", None),
                ("other", None, "2098", "60000000000 EUR", None),
            ],
            id="three-countries-two-amounts-nothing-guessed",
        ),
    ],
)
def test_amounts_listed_after_respectievelijk(text: str, expected: list[tuple[str, ...]]) -> None:
    """ "A en B … respectievelijk X en Y": X is A's and Y is B's (before, both went to B, the
    nearest); when the lists do not pair one to one, neither amount is anyone's budget."""
    assert _reads(text, edition=2099) == expected


def _table_reads(
    text: str, header: str, edition: int
) -> list[tuple[str, str | None, str | None, str, str | None]]:
    out = []
    for r in amounts_in_sentence(Sentence(text, 1, None, 0), None, edition, header=header):
        gdp = None if r.gdp_percent is None else str(r.gdp_percent)
        out.append((r.kind.value, r.country, r.year, f"{r.match.amount} {r.match.currency}", gdp))
    return out


_YEAR_COLUMN_ROWS = (
    "Finland 5.900 6.100 1,9 Zweden – 9.200 1,4 Ierland 1.100 1.150 – – = geen cijfer."
)


def test_table_with_a_column_per_year() -> None:
    """ "Land 2097 2098 Bbp 2098 (%)" over "Finland 5.900 6.100 1,9": the edition's year's
    column is the budget, with the share; the year before is context, left to `check`; a
    placeholder is no figure; the legend after the last row is no cell."""
    header = "Defensie-uitgaven, 2097 en 2098 (bedragen in mln euro) Land 2097 2098 Bbp 2098 (%)"
    assert _table_reads(_YEAR_COLUMN_ROWS, header, 2098) == [
        ("other", "FI", "2097", "5900000000 EUR", None),
        ("budget", "FI", "2098", "6100000000 EUR", "1.9"),
        ("budget", "SE", "2098", "9200000000 EUR", "1.4"),
        ("other", "IE", "2097", "1100000000 EUR", None),
        ("budget", "IE", "2098", "1150000000 EUR", None),
    ]


def test_table_with_a_column_per_year_beyond_the_editions_year() -> None:
    """A column for a year after the edition's is a plan; the edition's own is the budget."""
    header = "(bedragen in mln euro) Land 2097 2098 Bbp 2098 (%)"
    assert [(k, c, y) for k, c, y, _, _ in _table_reads(_YEAR_COLUMN_ROWS, header, 2097)] == [
        ("budget", "FI", "2097"),
        ("plan", "FI", "2098"),
        ("plan", "SE", "2098"),
        ("budget", "IE", "2097"),
        ("plan", "IE", "2098"),
    ]


def test_table_with_a_column_per_year_needs_its_currency_and_its_shape() -> None:
    """Without a currency in the header nothing is guessed; a row with more numbers than the
    header has columns is no row."""
    assert _table_reads(_YEAR_COLUMN_ROWS, "Land 2097 2098 Bbp 2098 (%)", 2098) == []
    header = "(bedragen in mln euro) Land 2097 2098"
    assert _table_reads("Finland 5.900 6.100 1,9 2,0", header, 2098) == []


def test_a_period_of_years_is_a_plan_not_a_fiscal_year() -> None:
    (read,) = _reads(
        "Duitsland trekt 300 miljard euro uit voor defensie voor de periode 2084–2087."
    )
    assert read[0] == AmountKind.PLAN.value


def test_a_budget_without_its_scale_is_never_reported() -> None:
    """An amount read without its scale ("EUR 7,34" under a header that was not read) is far
    below any defence budget: it is left to `check`, never reported a billion times too
    small."""
    ((kind, country, _year, amount, _gdp),) = _reads(
        "Het defensiebudget van België bedroeg in 2091 EUR 7,34."
    )
    assert (kind, country, amount) == ("other", "BE", "7.34 EUR")


def test_unknown_dollar_is_never_a_usd_budget() -> None:
    assert _reads("Singapore besteedde in 2080 20 miljard Singaporese dollars aan defensie.") == []


@pytest.mark.parametrize(
    ("header", "lead", "expected"),
    [
        # The scale in the column header applies to cells written without one.
        (
            "Staat Periode Begroting (valuta, mld.) Deel van bbp (%)",
            "",
            ("7340000000", "12300000000"),
        ),
        (None, "Staat Jaar Uitgaven (x 1.000) % bbp ", ("7340", "12300000000")),
        ("Defensie-uitgaven van partners, in miljarden", "", ("7340000000", "12300000000")),
        # No scale, or two different ones: nothing is guessed.
        ("Staat Periode Begroting Deel van bbp", "", ("7.34", "12300000000")),
        ("Bedragen in miljoenen (mld.)", "", ("7.34", "12300000000")),
    ],
    ids=["heading-mld", "lead-x1000", "heading-plural", "no-scale", "two-scales"],
)
def test_table_scale_from_its_header(
    header: str | None, lead: str, expected: tuple[str, str]
) -> None:
    text = lead + "België 2091 EUR 7,34 2,74 Spanje 2091 EUR 12,3 mld. 1,3"
    rows = table_rows(text, header=header)
    assert tuple(str(r.money.amount) for r in rows) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Land Jaar Defensie-uitgaven (mld. euro) bbp-aandeel (%)",
            [
                ("budget", "BE", "2091", "8990000000 EUR", "1.51"),
                ("budget", "DE", "2091", "93100000000 EUR", "1.6"),
            ],
        ),
        # No currency stated: bare numbers are no amounts.
        ("Land Jaar Defensie-uitgaven (mld.) bbp-aandeel (%)", []),
        # Two currencies stated: which one is not said.
        ("Land Jaar Uitgaven (mld. euro of dollar) bbp-aandeel (%)", []),
    ],
    ids=["currency-in-header", "no-currency", "two-currencies"],
)
def test_table_with_the_currency_in_its_header(
    header: str, expected: list[tuple[str, ...]]
) -> None:
    text = "België 2091 8,99 1,51 Duitsland 2091 93,1 1,6"
    reads = amounts_in_sentence(Sentence(text, 1, None, 0), None, 2099, header=header)
    got = [
        (
            r.kind.value,
            r.country,
            r.year,
            f"{r.match.amount} {r.match.currency}",
            str(r.gdp_percent),
        )
        for r in reads
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "België (EUR) 2091 7,2 1,91 % Verenigd Koninkrijk (GBP) 2091/92 61 — "
            "Noorwegen (NOK) 2091 88,8 1,18 %",
            [
                ("BE", "2091", "7200000000 EUR", "1.91"),
                ("GB", "2091/2092", "61000000000 GBP", "None"),
                ("NO", "2091", "88800000000 NOK", "1.18"),
            ],
            id="codes",
        ),
        # "kronen" names several currencies: no guess, and no row.
        pytest.param(
            "Noorwegen (kronen) 2091 88,8 1,18 % België (EUR) 2091 7,2 1,9 %",
            [("BE", "2091", "7200000000 EUR", "1.9")],
            id="ambiguous-word",
        ),
        # A cell whose amount contradicts its country cell's currency is no row.
        pytest.param(
            "België (EUR) 2091 GBP 7,2 1,91 % Spanje (EUR) 2091 12,3 1,3 %",
            [("ES", "2091", "12300000000 EUR", "1.3")],
            id="contradiction",
        ),
    ],
)
def test_table_with_the_currency_in_the_country_cell(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    """ "Partner (munt)": each row's country cell names the currency of its bare amount."""
    rows = table_rows(text, header="Partner (munt) Begrotingsjaar Uitgaven (mld.) bbp-aandeel")
    got = [
        (r.country, r.year, f"{r.money.amount} {r.money.currency}", str(r.gdp_percent))
        for r in rows
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        pytest.param(
            "Tabel 2 — defensie-uitgaven van partners in de eurozone (bedragen in euro)",
            ["8990000000 EUR", "93100000000 EUR"],
            id="currency-in-caption",
        ),
        pytest.param("Tabel 2 — defensie-uitgaven van partners", [], id="no-currency"),
        pytest.param(
            "Tabel 2 — bedragen in euro, voor Noorwegen in kronen", [], id="two-currencies"
        ),
        pytest.param(
            "In 2091 gaf België EUR 8,9 mld. uit; de tabel hieronder geeft de cijfers.",
            [],
            id="prose-with-an-amount",
        ),
    ],
)
def test_table_currency_from_its_caption(caption: str, expected: list[str]) -> None:
    """A caption right before the column header gives the currency of bare-number cells
    when the header names none; a caption with two currencies, or prose stating an amount,
    gives none."""
    title = "Land Jaar Defensie-uitgaven (mld.) bbp-aandeel (%)"
    before = SectionContext("Bijlage", 1, Group.INTRO, True, None)
    before.blocks = [Block(BlockKind.PARAGRAPH, caption, 3, None)]
    table = SectionContext(title, 2, Group.INTRO, True, None)
    table.sentences = [Sentence("België 2091 8,99 1,51 Duitsland 2091 93,1 1,6", 3, None, 0)]
    budgets, _amounts = find_amounts([before, table], 2091, [])
    assert [f"{b.money.amount} {b.money.currency}" for b in budgets] == expected


def test_table_scale_from_its_caption_and_a_header_over_two_headings() -> None:
    """ "… landsvaluta (x 1 mld.)" above the header gives the scale of cells written without
    one; a header row set as two headings ("Land Jaar Valuta Bedrag Defensiequote", "(%)")
    is still the rows' header."""
    caption = SectionContext("Bijlage", 1, Group.INTRO, True, None)
    caption.blocks = [
        Block(
            BlockKind.PARAGRAPH, "Tabel B.1 Uitgaven voor defensie, landsvaluta (x 1 mld.)", 3, None
        )
    ]
    first = SectionContext("Land Jaar Valuta Bedrag Defensiequote", 2, Group.INTRO, True, None)
    second = SectionContext("(%)", 2, Group.INTRO, True, None)
    second.sentences = [
        Sentence("België 2091 EUR 7,95 2,48 Noorwegen 2091 NOK 108,4 1,51", 3, None, 0)
    ]
    budgets, _amounts = find_amounts([caption, first, second], 2091, [])
    assert [(b.country, f"{b.money.amount} {b.money.currency}") for b in budgets] == [
        ("BE", "7950000000 EUR"),
        ("NO", "108400000000 NOK"),
    ]


def test_table_scale_from_a_caption_run_on_into_the_paragraph_before() -> None:
    """The caption set as the last line of the paragraph before the table ("… zonder partner
    te zijn. Tabel 4 Uitgaven … (miljoenen, in landsvaluta)") gives the scale of the cells;
    without it a cell's "EUR 7.950" would be no budget at all (too small for one)."""
    before = SectionContext("Uitgaven", 1, Group.INTRO, True, None)
    paragraph = (
        "De tabel zet twee jaren naast elkaar. Nederland staat erin ter vergelijking, zonder "
        "partner te zijn; wie te laat was, staat in de tekst hierboven bij zijn regio. "
        "Tabel 4 Uitgaven voor defensie, 2090 en 2091 (miljoenen, in landsvaluta)"
    )
    before.blocks = [Block(BlockKind.PARAGRAPH, paragraph, 3, None)]
    table = SectionContext("Land 2090 2091 % bbp 2091", 2, Group.INTRO, True, None)
    table.sentences = [
        Sentence(
            "België EUR 7.610 EUR 7.950 2,48 Noorwegen NOK 98.100 NOK 108.400 1,51", 3, None, 0
        )
    ]
    budgets, _amounts = find_amounts([before, table], 2091, [])
    assert [(b.country, b.year, f"{b.money.amount} {b.money.currency}") for b in budgets] == [
        ("BE", "2091", "7950000000 EUR"),
        ("NO", "2091", "108400000000 NOK"),
    ]
    before.blocks = [Block(BlockKind.PARAGRAPH, paragraph.rsplit(" Tabel", 1)[0], 3, None)]
    budgets, _amounts = find_amounts([before, table], 2091, [])
    assert budgets == []


@pytest.mark.parametrize(
    ("note", "years"),
    [
        ("† Boekjaar april tot maart; hier staat 2091 voor 2091/92.", ("2091/2092", "2091")),
        ("† Boekjaar april tot maart; hier staat 2091 voor 2090/91.", ("2090/2091", "2091")),
        # No example: which fiscal year the column's year stands for is not said.
        ("† Boekjaar april tot maart.", ("2091", "2091")),
    ],
)
def test_a_mark_a_note_defines_as_a_fiscal_year(note: str, years: tuple[str, str]) -> None:
    """ "Japan† JPY 8.090 JPY 8.500" in the 2091 column, and under the table the note on the
    mark: the budget is the fiscal year's; an unmarked row keeps the column's year."""
    caption = SectionContext("Uitgaven", 1, Group.INTRO, True, None)
    caption.blocks = [
        Block(BlockKind.PARAGRAPH, "Tabel 2 Uitgaven (miljarden, landsvaluta)", 3, None)
    ]
    table = SectionContext("Land 2090 2091 % bbp 2091", 2, Group.INTRO, True, None)
    table.sentences = [
        Sentence("Japan† JPY 8.090 JPY 8.500 1,1 Noorwegen NOK 98,1 NOK 108,4 1,51", 3, None, 0),
        Sentence(note, 3, None, 0),
    ]
    budgets, _amounts = find_amounts([caption, table], 2091, [])
    assert [(b.country, b.year) for b in budgets] == [("JP", years[0]), ("NO", years[1])]


def test_table_rows_with_hyphenated_fiscal_years_and_header_in_text() -> None:
    text = (
        "Land Boekjaar Defensie-uitgaven In % bbp Duitsland 2095-2096 EUR 112,9 mrd. 3,79 "
        "Canada 2095–96 CAD 48,0 mrd. 1,9 Polen | 2095 | EUR 62,6 mrd. | 4,2"
    )
    rows = [(r.country, r.year, r.money.amount, r.gdp_percent) for r in table_rows(text)]
    assert rows == [
        ("DE", "2095/2096", Decimal("112900000000"), Decimal("3.79")),
        ("CA", "2095/2096", Decimal("48000000000"), Decimal("1.9")),
        ("PL", "2095", Decimal("62600000000"), Decimal("4.2")),
    ]


def _section(texts: list[str], group: Group = Group.INTRO) -> list[SectionContext]:
    sec = SectionContext("Inleiding", 1, group, False, None)
    sec.sentences = [Sentence(t, 1, None, 0) for t in texts]
    return [sec]


def _partners(texts: list[str]) -> list[tuple[str, str]]:
    return [(p.code, p.category.value) for p in find_partners(_section(texts))]


def test_bulleted_partner_list_items_on_their_own() -> None:
    assert _partners(
        [
            "Als strategische partners gelden in 2090:",
            "• België;",
            "- het Verenigd Koninkrijk;",
            "• de Verenigde Staten.",
            "Daarnaast werd samengewerkt met Japan.",
        ]
    ) == [("BE", "strategic"), ("GB", "strategic"), ("US", "strategic")]


def test_bulleted_partner_list_running_on_in_the_next_paragraph() -> None:
    """Items that run on past a paragraph break ("…: • België; • Duitsland;" then "•
    Frankrijk; • de Verenigde Staten.") stay in the list; a full stop ends it."""
    assert _partners(
        [
            "Strategische partners waren in 2090: • België; • Duitsland;",
            "• Frankrijk; • de Verenigde Staten.",
            "• Japan.",
        ]
    ) == [("BE", "strategic"), ("DE", "strategic"), ("FR", "strategic"), ("US", "strategic")]


def test_dash_bulleted_partner_list_after_a_colon() -> None:
    """ "…: – Het Verenigd Koninkrijk; – Noorwegen; – België." is a list, and "als strategisch
    aangemerkte partners" announces strategic ones."""
    assert _partners(
        [
            "2.1 Als strategisch aangemerkte partners, 2090: – Het Verenigd Koninkrijk; – "
            "Noorwegen; – België."
        ]
    ) == [("GB", "strategic"), ("NO", "strategic"), ("BE", "strategic")]


def test_items_led_by_a_country_in_a_partner_chapter() -> None:
    """Under the other partners' heading, an item led by a country and a colon is that
    partner's entry; not one that ends or denies the partnership, casts the country as a
    threat, or belongs to a list of figures."""
    chapter = SectionContext("Partnerlanden buiten kernkring", 2, Group.OTHER, True, None)
    chapter.sentences = [
        Sentence(text, 2, None, 0)
        for text in (
            "Minder intensief, doch evengoed, werkten onze militairen samen met deze landen:",
            "• Canada: Canadese vliegers trainden met Nederlandse.",
            "• Zuid-Korea: vervallen per 2095.",
            "• Rusland: hoofddreiging van het bondgenootschap.",
            "• Duitsland: juiste bedrag zie bijlage.",
        )
    ]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == [("CA", "other")]


def test_key_figure_lines_run_together_under_a_partner_heading() -> None:
    """ "Aantal (2052): acht Landen: België, …" (two key-figure lines the extraction ran
    together) lists the chapter's partners; a treaty's parties after its name and a colon
    are no partners."""
    chapter = SectionContext("Strategische partners", 2, Group.STRATEGIC, True, None)
    chapter.sentences = [
        Sentence(text, 2, None, 0)
        for text in (
            "Aantal (2052): drie Landen: België, Luxemburg en Duitsland.",
            "Let op: verdragsstaten Verdrag van Bornholm: Denemarken, Rusland en Zweden.",
        )
    ]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == [
        ("BE", "strategic"),
        ("LU", "strategic"),
        ("DE", "strategic"),
    ]


def test_a_partners_table_by_its_column_header() -> None:
    """Under "Land Categorie Nadruk Wijziging" each row's category cell, right after the
    country cell, says what the country is; a country named in a cell of another column is
    no row of its own."""
    table = SectionContext("Land Categorie Nadruk Wijziging", 2, Group.GENERAL, True, None)
    table.sentences = [
        Sentence(
            "België strategisch marinevaartuigen geen Canada overig pilotenopleiding en "
            "oefeningen met Duitsland geen",
            2,
            None,
            0,
        )
    ]
    assert [(p.code, p.category.value) for p in find_partners([table])] == [
        ("BE", "strategic"),
        ("CA", "other"),
    ]


def _matrix(header: str, rows: str, *notes: str) -> list[tuple[str, str]]:
    table = SectionContext(header, 2, Group.GENERAL, True, None)
    table.sentences = [Sentence(text, 2, None, 0) for text in (rows, *notes)]
    return [(p.code, p.category.value) for p in find_partners([table])]


def test_a_partner_matrix_marks_each_countrys_category() -> None:
    """A matrix under "Land strategisch overig multilateraal verband": each row's yes mark in
    a category's column says what the country is (a note's mark glued on counts); a note
    under it that names countries is no row; the third column, two words, is one label."""
    assert _matrix(
        "Land strategisch overig multilateraal verband",
        "België ✓ — ✓ Canada — ✓ ✓ Zuid-Korea ✓² — — Polen — ✓¹ ✓",
        "Opmerking: matrix zonder Rusland, China (geen partnerland).",
    ) == [("BE", "strategic"), ("CA", "other"), ("KR", "strategic"), ("PL", "other")]


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # the rows do not all have as many marks
        ("Land strategisch overig", "België ✓ — Canada — ✓ ✓"),
        # a cell that is no mark: a table of figures, not a matrix
        ("Land strategisch overig", "België ✓ 12 Canada — ✓"),
        # header words that cannot be parted into the three columns with certainty
        ("Land lid van strategisch overleg overig", "België ✓ — ✓ Canada — ✓ ✓"),
        # no category among the labels
        ("Land NAVO EU", "België ✓ ✓ Canada ✓ —"),
    ],
)
def test_a_matrix_read_only_when_its_shape_is_certain(header: str, rows: str) -> None:
    assert _matrix(header, rows) == []


def test_a_matrix_row_marking_both_categories_or_neither_gives_nothing() -> None:
    assert _matrix("Land strategisch overig", "België ✓ ✓ Canada — — Estland — ✓") == [
        ("EE", "other")
    ]


def test_cooperation_denied_names_no_partner() -> None:
    """In a partner chapter's body, a sentence that rules cooperation out names no partner."""
    chapter = SectionContext("Landoptreden", 2, Group.STRATEGIC, True, None)
    chapter.sentences = [
        Sentence(text, 2, None, 0)
        for text in (
            "Rusland wordt hier uitsluitend als dreiging benoemd; samenwerking is uitgesloten.",
            "Zolang de agressie voortduurt, is Rusland van samenwerking uitgesloten.",
            "Rusland valt nadrukkelijk buiten iedere vorm van samenwerking.",
            # The negation at the end of its clause, far from the cue, with the verb last.
            "Rusland geldt bij hen allen als hoofddreiging; contacten met Russische militairen "
            "onderhoudt Defensie in dit verband en ook verder in het geheel niet.",
            "Rusland, waarmee generlei militaire samenwerking bestaat, blijft maatgevend.",
            "Met Estland en Canada werd nauw samengewerkt.",
        )
    ]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == [
        ("EE", "strategic"),
        ("CA", "strategic"),
    ]


def test_partners_with_the_same_status_as_the_sentence_before() -> None:
    """ "Diezelfde status hadden ook …" gives its countries the category of the sentence
    before; without such words a following list is no partner list."""
    assert _partners(
        [
            "Strategische partners van Defensie waren in 2090 België en Duitsland.",
            "Diezelfde status hadden ook Denemarken en Frankrijk.",
            "Met Italië en Spanje werd gesproken.",
        ]
    ) == [("BE", "strategic"), ("DE", "strategic"), ("DK", "strategic"), ("FR", "strategic")]


def test_partner_relations_said_not_to_be_strategic() -> None:
    """ "partnerrelaties, geen strategische, met …" names other partners; it is no denial."""
    assert _partners(
        [
            "Daarbuiten had Defensie in 2090 partnerrelaties, geen strategische, met Australië en "
            "Canada."
        ]
    ) == [("AU", "other"), ("CA", "other")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Samenwerking, niet-strategisch van karakter, bestond gedurende 2090 met Australië en "
        "Canada.",
        "Met Australië en Canada was er in 2090 niet-strategische samenwerking.",
    ],
)
def test_cooperation_said_not_to_be_strategic(sentence: str) -> None:
    """Cooperation called not strategic ("niet-strategisch van karakter") is with other
    partners: no strategic cue, and no denial."""
    assert _partners([sentence]) == [("AU", "other"), ("CA", "other")]


def test_bulleted_partner_list_in_one_sentence() -> None:
    assert _partners(["Andere partnerlanden waren: • Estland; • Canada; • Zuid-Korea."]) == [
        ("EE", "other"),
        ("CA", "other"),
        ("KR", "other"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Italië en Spanje horen niet bij de strategische partners.",
        "Italië en Spanje behoren niet tot de strategische partners.",
        "Italië en Spanje maken geen deel uit van de strategische partners.",
        "Italië en Spanje vallen niet onder de strategische partners van Nederland.",
    ],
)
def test_negated_strategic_cue_gives_other_partners(text: str) -> None:
    assert _partners([text]) == [("IT", "other"), ("ES", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Italië verloor strategische status, ofschoon de contacten hecht blijven.",
        "Italië: teruggezet uit strategische status.",
        "Italië is afgewaardeerd van strategisch partner naar partnerland.",
    ],
)
def test_a_country_that_lost_the_strategic_category_is_an_other_partner(text: str) -> None:
    assert _partners([text]) == [("IT", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verder kwamen Litouwen en Canada als partner in beeld.", ["LT", "CA"]),
        ("Canada is een belangrijk partnerland.", ["CA"]),
        # Denied: no partner at all.
        ("Rusland en Belarus zijn geen partnerlanden.", []),
        ("Israël geldt niet langer als partner.", []),
        # "nimmer", and a threat in a compound ("systeemrivaal"): no partner.
        ("China geldt in Haagse ogen als systeemrivaal, nimmer als partner.", []),
        ("Iran, de hoofdtegenstander in de regio, is nooit partner geweest.", []),
        # "evenmin": neither, opening the clause or after the verb
        ("Evenmin geldt China kabinetsbreed als partner.", []),
        ("China geldt evenmin als partner.", []),
        # The cue denied before it, in a label; "naast" sets others beside, it denies nothing.
        ("Context (buiten partnerlijst): Rusland ▲ defensiebudget sterk, China idem.", []),
        ("Naast de partnerlanden Estland en Polen werkt Nederland samen.", ["EE", "PL"]),
        # Absent, or taken off: no partner.
        ("Partnerlanden, afwezig: Japan (voorheen vermeld).", []),
        ("Partnerland eraf: Japan (editie 2121 nog aanwezig).", []),
    ],
)
def test_other_partner_cues_and_their_denial(text: str, expected: list[str]) -> None:
    assert [code for code, _, _ in enumerated_partners(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The circle of strategic partners under another collective noun.
        (
            "Polen, Finland en Zweden vormen samen de strategische kern van de samenwerking.",
            [("PL", "strategic"), ("FI", "strategic"), ("SE", "strategic")],
        ),
        ("Buiten deze strategische groep valt Canada.", [("CA", "other")]),
        # Said of the countries, as a predicate.
        (
            "Tot de landen die het kabinet strategisch acht, horen Polen en Finland.",
            [("PL", "strategic"), ("FI", "strategic")],
        ),
        ("Japan en Canada worden niet strategisch geacht.", [("JP", "other"), ("CA", "other")]),
        # A clause that points back at the list before it.
        (
            "Het gaat om Polen, Finland en Zweden; zij behoren alle drie tot de strategische "
            "partners.",
            [("PL", "strategic"), ("FI", "strategic"), ("SE", "strategic")],
        ),
        (
            "Verder noemen we Canada en Japan; strategische partners zijn deze landen niet.",
            [("CA", "other"), ("JP", "other")],
        ),
        # Denied in the second clause: other partners still, only not strategic ones.
        (
            "Canada en Japan zijn partnerlanden; zij zijn niet strategisch.",
            [("CA", "other"), ("JP", "other")],
        ),
        # A clause with countries of its own is not about the list before it.
        (
            "Rusland blijft een dreiging; Polen en Finland zijn strategische partners.",
            [("PL", "strategic"), ("FI", "strategic")],
        ),
        ("Sinds dit jaar rekent Defensie ook Ierland tot haar partnerkring.", [("IE", "other")]),
        # Said of the relation.
        ("Met Polen, dat veel investeert, blijft de band strategisch.", [("PL", "strategic")]),
        # Partners, with the strategic label denied right after the word.
        (
            "Verder werkt Defensie samen met Chili en Peru: partners, maar geen strategische.",
            [("CL", "other"), ("PE", "other")],
        ),
    ],
)
def test_strategic_cues_beyond_the_word_partner(text: str, expected: list[tuple[str, str]]) -> None:
    assert _partners([text]) == expected


def test_relations_the_report_covers_are_other_partners() -> None:
    assert _partners(
        ["Deze rapportage gaat daarnaast in op de relaties met Finland en Japan."]
    ) == [("FI", "other"), ("JP", "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nieuw is het HDC (Hoge Noorden Defensiecomité).",
            [("HDC", "Hoge Noorden Defensiecomité")],
        ),
        (
            "Daarnaast werkt Nederland mee aan het Waddenzee-initiatief, kortweg WZI.",
            [("WZI", "Waddenzee-initiatief")],
        ),
        (
            "Ook het Europees Trainingsplatform (afgekort: ETP) groeide.",
            [("ETP", "Europees Trainingsplatform")],
        ),
        # The acronym first, its name spelled out after "voluit:".
        (
            "Het speelveld omvat AVO (voluit: Arctisch Veiligheidsoverleg) en de OVSE.",
            [("AVO", "Arctisch Veiligheidsoverleg")],
        ),
        # The sentence's first words are no part of the name.
        (
            "Uit de Noordelijke Oefenunie (NOU) kwamen dit jaar twee initiatieven.",
            [("NOU", "Noordelijke Oefenunie")],
        ),
        # The last of a list: the forum's name, not the list's.
        (
            "Groepen waar we bij horen: PESCO, EI2, Northern Group en het Baltisch "
            "Defensieforum (BDF).",
            [("BDF", "Baltisch Defensieforum")],
        ),
        # A fund introduced with its acronym is money paid to projects, not a grouping.
        ("EU: projecten gefund door het Europees Defensiefonds (EDF).", []),
        ("Het NAVO Innovatiefonds (NIF) investeerde in start-ups.", []),
    ],
)
def test_unknown_organisations_in_either_order(text: str, expected: list[tuple[str, str]]) -> None:
    assert introduced_organisations(text) == expected


def test_known_organisations_with_the_acronym_first() -> None:
    sections = _section(
        [
            "Nederland participeert bovendien in de JEF (Joint Expeditionary Force) en de "
            "Noord-Atlantische Verdragsorganisatie (NAVO)."
        ]
    )
    assert {o.code for o in find_organisations_covered(sections)} == {"JEF", "NAVO"}


def test_organisations_of_the_multilateral_chapter_are_covered() -> None:
    """A multilateral section's list ("Multilaterale kaders: • de NAVO; • de OVSE") covers its
    organisations wherever the chapter stands; an organisation named only in a country's
    section does not count."""
    country = SectionContext("België: bilaterale relatie", 2, Group.STRATEGIC, True, None)
    country.sentences = [Sentence("België en de EU werkten samen aan drones.", 2, None, 0)]
    frameworks = SectionContext("Partners en verbanden", 1, Group.MULTILATERAL, True, None)
    frameworks.sentences = [Sentence("Multilaterale kaders: • de NAVO; • de OVSE.", 3, None, 0)]
    intro = _section(["Dit verslag gaat over 2099."])
    found = find_organisations_covered([*intro, country, frameworks])
    assert {o.code for o in found} == {"NAVO", "OVSE"}


def _line(text: str, page: int, top: float) -> Line:
    return Line(text, page, Region.BODY, BBox(72, top, 400, top + 10), 10.0)


def test_running_header_repeated_on_most_pages_is_dropped() -> None:
    lines = [
        _line("Eerste bladzijde begint hier.", 1, 100),
        _line("Het defensiebudget voor 2057/2058 is", 1, 700),
        _line("▮ Ministerie van Defensie", 2, 40),
        _line("vastgesteld op CAD 41,2 miljard.", 2, 100),
        _line("Verder met de tekst.", 2, 700),
        _line("▮ Ministerie van Defensie", 3, 40.5),
        _line("Slot van de brief.", 3, 100),
    ]
    assert running_lines(lines) == {2, 5}


def test_a_line_repeated_at_another_height_stays() -> None:
    lines = [
        _line("Samenwerking", 1, 100),
        _line("tekst", 1, 600),
        _line("Samenwerking", 2, 300),
        _line("tekst", 2, 600),
    ]
    assert 0 not in running_lines(lines) and 2 not in running_lines(lines)


def _kronen(text: str, section: str | None = None) -> list[tuple[str, str | None, str, str | None]]:
    out = []
    for r in amounts_in_sentence(Sentence(text, 1, None, 0), section, 2099):
        out.append((r.kind.value, r.country, f"{r.match.amount} {r.match.currency}", r.reason))
    return out


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        # The one country the sentence is about pays in one of the word's currencies.
        (
            "Het Noorse defensiebudget bedroeg in 2099 88 500 miljoen kronen (2,7% BBP).",
            None,
            ("budget", "NO", "88500000000 NOK", None),
        ),
        (
            "Zwitserland gaf in 2099 6 miljard franken uit aan defensie.",
            None,
            ("budget", "CH", "6000000000 CHF", None),
        ),
        # No country in the sentence: the section's.
        (
            "Het defensiebudget bedroeg in 2099 45 miljard kronen.",
            "DK",
            ("budget", "DK", "45000000000 DKK", None),
        ),
        # Two countries that pay in crowns: which crowns is not stated.
        (
            "Noorwegen en Zweden besteedden in 2099 samen 200 miljard kronen aan defensie.",
            None,
            # (The country named nearest before it is still the amount's owner.)
            ("other", "SE", "200000000000 XXX", "currency not stated"),
        ),
        # The country's currency is not one of the word's.
        (
            "Het Duitse defensiebudget bedroeg in 2099 80 miljard kronen.",
            None,
            ("other", "DE", "80000000000 XXX", "currency not stated"),
        ),
        # No country at all.
        (
            "Het defensiebudget bedroeg in 2099 45 miljard kronen.",
            None,
            ("other", None, "45000000000 XXX", "currency not stated"),
        ),
    ],
)
def test_ambiguous_currency_word_settled_by_the_one_country(
    text: str, section: str | None, expected: tuple[str, str | None, str, str | None]
) -> None:
    assert _kronen(text, section) == [expected]


def test_unsettled_crowns_are_kept_as_other_amounts_not_budgets() -> None:
    """find_amounts keeps an unsettled amount, with its reason, and makes no budget of it."""
    from reportdiff.parse.budgets import find_amounts

    sentence = Sentence("Het Duitse defensiebudget bedroeg in 2099 80 miljard kronen.", 1, None, 0)
    section = SectionContext(
        "Duitsland", 1, Group.STRATEGIC, True, None, countries=("DE",), sentences=[sentence]
    )
    budgets, amounts = find_amounts([section], 2099, [])
    assert budgets == []
    assert [(a.kind, a.money.amount, a.money.currency, a.reason) for a in amounts] == [
        (AmountKind.OTHER, Decimal("80000000000"), "XXX", "currency not stated")
    ]


@pytest.mark.parametrize(
    ("text", "section", "unread"),
    [
        # A table row whose figure stands apart from its currency: no amount read from it.
        ("Duitsland (EUR) 2069 79.000 (bbp 1,78%) +0", None, ["DE"]),
        (
            "Noorwegen (NOK) 2070 99.800 +1,5 Luxemburg (EUR) 2070 789 (bbp 3,7%)",
            None,
            ["NO", "LU"],
        ),
        # No country named: the section's.
        ("Uitgaven (EUR): 2069 – 79.000", "FR", ["FR"]),
        # Read as a budget: nothing unread.
        ("Duitsland besteedde in 2069 EUR 79 miljard aan defensie.", None, []),
        # Every figure gave an amount: a country named beside it is named for another reason.
        (
            "België trok over 2069 7.530 miljoen euro uit voor zijn strijdkrachten (eigen "
            "bbp-aandeel niet bekendgemaakt; Canada: 2,25%).",
            None,
            [],
        ),
        (
            "4.6 Nieuwe fregatten komen er, in een Belgisch-Nederlands programma; Nederland "
            "investeert daarin EUR 1,2 miljard.",
            None,
            [],
        ),
        # No currency, or no figure but years, or only the Netherlands: nothing to read.
        ("Nieuw in 2069: deelname aan UNIFIL (VN, Libanon) met 120 militairen.", None, []),
        ("Duitsland rekent sinds 2002 in euro.", None, []),
        ("Nederland (EUR) 2069 15.000", None, []),
    ],
)
def test_figures_beside_a_country_and_a_currency_left_unread(
    text: str, section: str | None, unread: list[str]
) -> None:
    """find_unread_figures names the countries of a sentence that holds a currency and a
    figure but gave them no amount: their budget may be there, unread."""
    from reportdiff.parse.budgets import find_amounts, find_unread_figures

    sentence = Sentence(text, 2, "2", 0)
    context = SectionContext(
        "Uitgaven",
        1,
        Group.OTHER,
        True,
        section,
        countries=(section,) if section else (),
        sentences=[sentence],
    )
    _budgets, amounts = find_amounts([context], 2069, [])
    found = find_unread_figures([context], amounts)
    assert [u.country for u in found] == unread
    assert all(u.source == sentence.source() for u in found)


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        # A category given to "the first five" in words not read: the countries stay unread.
        (
            "Met België, Duitsland, Frankrijk en Noorwegen wordt structureel samengewerkt, met "
            "dien verstande dat aan eerstgenoemde landen de hoedanigheid van strategisch "
            "partner toekomt.",
            ["BE", "DE", "FR", "NO"],
        ),
        # Refused, ended, proposed, a threat, or no word for partners: nothing unread.
        ("Zweden staat in 1986 niet op onze partnerlijst.", []),
        ("Italië is, na beëindiging van het partnerschap, uit de kring gevallen.", []),
        ("Over de aanmerking van Polen als partner wordt in 2031 beslist.", []),
        ("Rusland zien de strategische partners als bedreiging.", []),
        ("Het Verdrag van Texel bindt Nederland, Denemarken en Zweden.", []),
        # A list of three or more countries, with no word for partners: the partners may be
        # listed in words not read ("kerngroep").
        (
            "De kerngroep omvatte in 1982 zes landen: België, Duitsland, het Verenigd "
            "Koninkrijk, de Verenigde Staten, Frankrijk en Noorwegen.",
            ["BE", "DE", "GB", "US", "FR", "NO"],
        ),
        # Not a list (other words between the countries), or a list of figures: nothing.
        ("Met Denemarken werd geoefend, met Zweden gevlogen en later ook met Finland.", []),
        ("Denemarken, Zweden en Finland gaven samen 12 miljard euro uit.", []),
        ("Partijen bij het verdrag zijn nu Nederland, Denemarken, Noorwegen en Zweden.", []),
    ],
)
def test_countries_beside_a_word_for_partners_left_unread(text: str, unread: list[str]) -> None:
    """find_unread_partners names the countries a sentence names beside a word for partners,
    or lists three or more of, refusing them nothing, that were not read as partners."""
    from reportdiff.parse.partners import find_unread_partners

    sentence = Sentence(text, 1, "1", 0)
    section = SectionContext("Partners", 1, Group.INTRO, True, None, sentences=[sentence])
    found = find_unread_partners([section], [])
    assert [u.country for u in found] == unread
    # A country read as a partner is not unread.
    from reportdiff.model import Partner, PartnerCategory

    read = [Partner(code, code, PartnerCategory.OTHER, sentence.source()) for code in unread]
    assert find_unread_partners([section], read) == []


def test_a_table_header_repeated_at_each_page_top_stays() -> None:
    """A table's column header repeated at the top of the pages it runs over heads rows set
    tight under it: it is content, not a running header."""
    lines = [
        _line("Eerste bladzijde begint hier.", 1, 100),
        _line("Slot van de eerste bladzijde.", 1, 700),
        _line("Land Jaar Bedrag", 2, 64),
        _line("Polen 2099 EUR 38,4 mld", 2, 79.5),
        _line("Zweden 2099 EUR 13,2 mld", 2, 95),
        _line("Land Jaar Bedrag", 3, 64),
        _line("Verenigde Staten 2099 USD 1 215 mld", 3, 79.5),
        _line("Canada 2099 CAD 41,2 mld", 3, 95),
    ]
    assert running_lines(lines) == set()


class TestHeadingStructure:
    """Chapter structure read from headings numbered and worded in any scheme."""

    @pytest.mark.parametrize(
        ("heading", "title", "depth"),
        [
            ("2.1 België", "België", 2),
            ("3. Strategische partners", "Strategische partners", 1),
            ("A. Strategische partners", "Strategische partners", 1),
            ("A.1 Duitsland", "Duitsland", 2),
            ("II. Overige partners", "Overige partners", 1),
            ("II.3 Relatie met Noorwegen", "Relatie met Noorwegen", 2),
            ("(b) Frankrijk", "Frankrijk", 1),
            ("§ 4 NAVO", "NAVO", 1),
            ("2041 in het kort", "2041 in het kort", 0),
            ("EU-missies", "EU-missies", 0),
            ("V-22 en helikopters", "V-22 en helikopters", 0),
        ],
    )
    def test_heading_numbers(self, heading: str, title: str, depth: int) -> None:
        """A heading's number is stripped, whatever the scheme; a year or an acronym stays."""
        assert split_heading_number(heading) == (title, depth)

    @pytest.mark.parametrize(
        ("title", "group"),
        [
            ("Strategische partners", Group.STRATEGIC),
            ("Onze strategische partnerlanden", Group.STRATEGIC),
            ("Partners buiten de strategische kring", Group.OTHER),
            ("Niet-strategische partners", Group.OTHER),
            ("Andere landen waarmee wordt samengewerkt", Group.OTHER),
            ("Landen waar ik minder vaak kwam", Group.OTHER),
            ("Coalities en fora", Group.MULTILATERAL),
            ("Kleinere tafels waaraan ik zat", Group.MULTILATERAL),
            ("Berichten uit strategische partnerhoofdsteden", Group.STRATEGIC),
            ("Berichten uit andere hoofdsteden", Group.OTHER),
            ("Andere samenwerkende staten (alfabetisch)", Group.OTHER),
            ("Projectpartners", Group.OTHER),
            ("Strategische staten", Group.STRATEGIC),
            ("Verenigde Staten", None),
            ("Tweede gesprek met de Verenigde Staten", None),
            ("Tweede Kamer der Staten-Generaal · Vergaderjaar 2193–2194", None),
            ("Bijdrage van de permanente vertegenwoordiging", Group.MULTILATERAL),
            ("Overige multilaterale verbanden", Group.MULTILATERAL),
            ("Bijlage: partnerbegrotingen", None),
            ("Operationele inzet", None),
        ],
    )
    def test_chapter_by_its_words(self, title: str, group: Group | None) -> None:
        """A partner chapter is known by its words, not only by a fixed list of titles."""
        assert chapter_group(title) is group

    @pytest.mark.parametrize(
        ("title", "header"),
        [
            ("Veld Gegeven", True),
            ("Veld Jaar Gegeven Wijz./bbp", True),
            ("Capaciteiten en aanschaf", False),
            ("Operationeel", False),
        ],
    )
    def test_a_tables_column_header(self, title: str, header: bool) -> None:
        """A heading of capitalised labels is a table's column header (what stands under it
        belongs to the country heading right above); a sub-heading in words is not."""
        from reportdiff.parse.context import _COLUMN_HEADER

        assert bool(_COLUMN_HEADER.fullmatch(title)) is header

    def test_country_heading_with_words_around_it(self) -> None:
        """ "Relatie met Duitsland" is Germany's section; "Samenwerking met België en
        Luxemburg" both."""
        assert heading_countries("Relatie met Duitsland") == ("DE",)
        assert heading_countries("Samenwerking met België en Luxemburg") == ("BE", "LU")
        # A bilingual heading: the country its Dutch half names, unless the other half names
        # another one.
        assert heading_countries("België / Belgium") == ("BE",)
        assert heading_countries("Canada / Canada") == ("CA",)
        assert heading_countries("Duitsland / Frankrijk") == ()
        # With the article the name takes in running text.
        assert heading_countries("Betrekkingen met het Verenigd Koninkrijk") == ("GB",)
        assert heading_countries("De Verenigde Staten") == ("US",)
        assert heading_countries("Relaties met de Verenigde Staten en Canada") == ("US", "CA")
        assert heading_countries("Relatie met de pers") == ()
        # The country the heading opens with, its subtitle set apart by a dash or a colon.
        assert heading_countries("België — bijdrage uit Brussel") == ("BE",)
        assert heading_countries("Duitsland: de motor van Europa") == ("DE",)
        assert heading_countries("België en Luxemburg – Benelux") == ("BE", "LU")
        assert heading_countries("Afrika – de Sahel") == ()

    def test_table_or_sheet_heading_of_one_country(self) -> None:
        """A table's or a fact sheet's heading names its country, with the year it is of."""
        assert heading_countries("Tabel Verenigd Koninkrijk") == ("GB",)
        assert heading_countries("Kerncijfers Denemarken 2052") == ("DK",)
        assert heading_countries("Kerncijfers Canada 2052/2053") == ("CA",)
        assert heading_countries("Landenfiche Noorwegen") == ("NO",)
        assert heading_countries("Kerncijfers partnerlanden 2052") == ()
        assert heading_countries("Tabel 3") == ()
        # A year is only dropped after such a word: "Frankrijk 2052" is no country heading.
        assert heading_countries("Frankrijk 2052") == ()

    def test_the_figure_of_the_report_before(self) -> None:
        """ "vorige opgave GBP 63,1 mld" after this year's figure is the earlier report's."""
        line = (
            "Verenigd Koninkrijk: £ 65,9 miljard in 2052/2053 | 3,61% bbp | vorige opgave "
            "GBP 63,1 mld"
        )
        reads = amounts_in_sentence(Sentence(line, 1, None, 0), "GB", 2052)
        assert [(r.kind.value, str(r.match.amount)) for r in reads] == [
            ("budget", "65900000000"),
            ("other", "63100000000"),
        ]
        # Told apart as an earlier figure, so that nothing later takes it for this year's.
        assert "earlier" in (reads[1].reason or "")

    def test_year_after_until_is_no_amount_year(self) -> None:
        """A year that ends a term after the figure ("looptijd t/m 2057") is not the figure's
        year; a year plainly after it still is."""
        box = (
            "bedrag (mld. EUR) 8,03 aandeel bbp 1,73% Afspraken met Nederland MoU amfibische "
            "oefeningen verlengd, looptijd t/m 2057"
        )
        (read,) = amounts_in_sentence(Sentence(box, 1, None, 0), "BE", 2055)
        assert (read.kind.value, read.country, read.year) == ("budget", "BE", None)
        plain = "Het Belgische defensiebudget bedroeg € 8,03 miljard in 2055."
        (read,) = amounts_in_sentence(Sentence(plain, 1, None, 0), "BE", 2055)
        assert (read.kind.value, read.year) == ("budget", "2055")

    def test_netherlands_as_counterpart_owns_no_amount(self) -> None:
        """A key-figure box flattened into one text: the Netherlands named after the amount
        as the other side of the agreements ("Afspraken met Nederland") is not its owner;
        the section's country is.  Named before it, or plainly, the Netherlands still is."""
        box = (
            "Categorie overig partnerland Defensiebegroting begrotingsjaar 2052 bedrag "
            "(x € 1 mln) 6.440 aandeel bbp 3,45% Afspraken met Nederland geen eigen afspraak"
        )
        (read,) = amounts_in_sentence(Sentence(box, 1, None, 0), "DK", 2052)
        assert (read.kind.value, read.country, read.year) == ("budget", "DK", "2052")
        assert (read.match.amount, read.match.currency) == (Decimal("6440000000"), "EUR")
        own = "Nederland besteedde in 2052 € 9,06 miljard aan defensie."
        (read,) = amounts_in_sentence(Sentence(own, 1, None, 0), "DK", 2052)
        assert read.country == "NL"


class TestPartnerCues:
    """The cue words of a partner enumeration."""

    def test_strategic_partnerlanden_is_one_strategic_cue(self) -> None:
        """ "deze strategische partnerlanden: …" lists strategic partners; the word
        "partnerlanden" inside that cue is no other-partners cue of its own."""
        found = enumerated_partners(
            "In alfabetische volgorde telde Defensie deze strategische partnerlanden: België, "
            "Denemarken en de Verenigde Staten."
        )
        assert [(code, cat.value) for code, cat, _ in found] == [
            ("BE", "strategic"),
            ("DK", "strategic"),
            ("US", "strategic"),
        ]

    def test_plain_partnerlanden_are_other_partners(self) -> None:
        """ "De overige partnerlanden zijn Canada en Suriname." """
        found = enumerated_partners("De overige partnerlanden zijn Canada en Suriname.")
        assert [(code, cat.value) for code, cat, _ in found] == [
            ("CA", "other"),
            ("SR", "other"),
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Buiten de strategische kring onderhield Defensie betrekkingen met Tsjechië en "
                "Canada.",
                [("CZ", "other"), ("CA", "other")],
            ),
            (
                "Daarnaast behoren Noorwegen en Frankrijk tot deze strategische kring.",
                [("NO", "strategic"), ("FR", "strategic")],
            ),
            (
                "Een tweede kring bestaat uit landen waarmee de samenwerking beperkt blijft, te "
                "weten Canada en Zweden.",
                [("CA", "other"), ("SE", "other")],
            ),
            (
                "Naast de strategische partners werkt Defensie samen met Estland en Letland.",
                [("EE", "other"), ("LV", "other")],
            ),
        ],
    )
    def test_circles_of_partners(self, text: str, expected: list[tuple[str, str]]) -> None:
        """The strategic "kring" and the circles around it, with their negations."""
        assert [(c, k.value) for c, k, _ in enumerated_partners(text)] == expected


class TestSpendingWords:
    """Sentences that name defence spending in other words."""

    @pytest.mark.parametrize(
        "text",
        [
            "De Verenigde Staten, die voor 2104 1.285 mld. USD aan de eigen krijgsmacht "
            "besteedden, blijven een partner.",
            "In de Canadese staatsbegroting voor 2104 is voor het defensieapparaat een post "
            "opgenomen van 46,6 mld. CAD.",
            "De Franse militaire spending 2104: EUR 59,6 miljard.",
            "Australië maakte de defensiecijfers openbaar; het budget voor 2104: AUD 74,2 miljard.",
        ],
    )
    def test_is_a_budget(self, text: str) -> None:
        """Each states the country's defence budget for 2104."""
        kinds = [a.kind for a in amounts_in_sentence(Sentence(text, 1, None, 0), None, 2104)]
        assert kinds == [AmountKind.BUDGET]


def test_a_question_states_no_partner_and_no_budget() -> None:
    """A question (a parliamentary one, quoted in the report) asks; only the answer states.
    "… dat Rusland, anders dan België, geen enkele rol speelt in de samenwerking?" made
    Russia a partner."""
    chapter = SectionContext("Strategische partners", 1, Group.STRATEGIC, True, None)
    chapter.sentences = [
        Sentence(text, 2, None, 0)
        for text in (
            "Vraag 4: Klopt het dat Belarus, anders dan Polen, geen enkele rol speelt in de "
            "Nederlandse defensiesamenwerking?",
            "Vraag 5: Zijn Japan en Canada strategische partners?",
            "Antwoord: met Polen werd nauw samengewerkt.",
        )
    ]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == [("PL", "strategic")]
    assert [r[0] for r in _reads("Klopt het dat Polen in 2098 € 38 miljard aan defensie gaf?")] == [
        "other"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "De Poolse krijgsmacht kon in 2098 beschikken over 38,4 miljard euro.",
            [("budget", "PL", "2098", "38400000000 EUR", None)],
            id="armed-forces-had-at-their-disposal",
        ),
        pytest.param(
            "Zweden stelde in 2098 SEK 127 miljard beschikbaar voor zijn krijgsmacht.",
            [("budget", "SE", "2098", "127000000000 SEK", None)],
            id="made-available-for-its-armed-forces",
        ),
        pytest.param(
            "Defensie kostte Finland in 2098 1,9% van het Finse bbp: EUR 6,1 mld.",
            [("budget", "FI", "2098", "6100000000 EUR", "1.9")],
            id="defence-cost-the-country",
        ),
        pytest.param(
            "Zet men Finland naast Polen – wat elk land bijdraagt, zegt weinig – dan ziet men "
            "in 2098 defensiebudgetten van respectievelijk 6,1 miljard euro en € 38,4 miljard.",
            [
                ("budget", "FI", "2098", "6100000000 EUR", None),
                ("budget", "PL", "2098", "38400000000 EUR", None),
            ],
            id="a-budget-noun-right-before-outranks-an-earlier-contribution-word",
        ),
    ],
)
def test_more_budget_wordings(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _reads(text, edition=2099) == expected


def test_year_column_cells_with_their_own_currency() -> None:
    header = "(mld.) Land 2097 2098 % bbp 2098"
    assert _table_reads("Zweden SEK 121 SEK 127 1,4", header, 2098) == [
        ("other", "SE", "2097", "121000000000 SEK", None),
        ("budget", "SE", "2098", "127000000000 SEK", "1.4"),
    ]


def test_year_columns_with_a_currency_and_a_basis_column() -> None:
    """A multi-year matrix: a currency column and a basis column between the country and the
    years, a word after a year saying what its figures are ("2161 real.", "2164 raming"); the
    edition's year is the budget, earlier years are comparisons, later ones plans.  A fiscal
    basis that names its year ("boekjaar 2163/2164") makes the columns fiscal years; one that
    does not name it leaves the row unread (its years are not guessed)."""
    header = (
        "(bedragen x mld) land valuta basis 2161 real. 2162 real. 2163 2164 raming "
        "2165 raming bbp 2163 opmerking"
    )
    rows = (
        "België EUR kalenderjaar 6,71 7,13 7,37 7,65 8,27 2,07 % eerste opgave in deze matrix "
        "Canada CAD boekjaar 2163/2164 39 40,8 40,8 44,5 48,1 3,3 % ongewijzigd cijfer "
        "Zweden SEK boekjaar 136 145 150,4 164 177 3,2 % nieuwe basis"
    )
    reads = _table_reads(rows, header, 2163)
    assert [r for r in reads if r[0] == "budget"] == [
        ("budget", "BE", "2163", "7370000000 EUR", "2.07"),
        ("budget", "CA", "2163/2164", "40800000000 CAD", "3.3"),
    ]
    assert ("other", "BE", "2162", "7130000000 EUR", None) in reads
    assert ("plan", "CA", "2165/2166", "48100000000 CAD", None) in reads
    assert not [r for r in reads if r[1] == "SE" and r[0] == "budget"]


def test_a_year_column_headers_second_line_set_as_a_heading() -> None:
    """The header row over two headings, its second line ("begroting", under the edition's
    year) after the first: the rows under the second are read under the first."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2163."),
            ("h", 2, "Meerjarig defensiebudget per land (bedragen x mld, eigen valuta)"),
            (
                "p",
                0,
                "Kolom 2163 = peiljaarbegroting (rapportagecijfer); 2161–2162 = realisatie; "
                "2164–2165 = meerjarenraming partner. Bedragen x mld; valuta per regel.",
            ),
            ("h", 2, "land valuta 2161 real. 2162 real. 2163 2164 raming bbp 2163 opmerking"),
            ("h", 2, "begroting"),
            (
                "p",
                0,
                "Duitsland EUR 75,5 79 87,8 92,6 2,3 % — Luxemburg EUR 0,683 0,714 0,776 "
                "0,819 2,58 % —",
            ),
        ]
    )
    budgets = {(b.country, b.year): b.money.amount for b in parse_document(doc).budgets}
    assert budgets == {("DE", "2163"): Decimal("87800000000"), ("LU", "2163"): Decimal("776000000")}


def test_notes_that_give_a_countrys_figure() -> None:
    """ "1 Finland, 2098: 6,1 mld. euro; 1,9% bbp." under a budget table is that table's row;
    elsewhere only a note with its share of GDP says the figure is the defence budget."""
    notes = "1 Finland, 2098: 6,1 mld. euro; 1,9% bbp. 2 Ierland, 2098: 1,15 mld. euro."
    assert _table_reads(notes, "Land Jaar Bedrag % bbp", 2098) == [
        ("budget", "FI", "2098", "6100000000 EUR", "1.9"),
        ("budget", "IE", "2098", "1150000000 EUR", None),
    ]
    assert [r for r in _reads(notes, edition=2098) if r[0] == "budget"] == [
        ("budget", "FI", "2098", "6100000000 EUR", "1.9")
    ]


def test_a_fact_sheet_item_ends_at_the_next_bullet() -> None:
    """In a country's fact sheet whose items run on in one sentence, "Meerjarenplan" in the
    next item does not make the budget a plan."""
    text = "• Defensiebudget 2098: 38,4 mld EUR • Meerjarenplan 2098-2105, totaal: 300 mld EUR"
    reads = amounts_in_sentence(Sentence(text, 1, None, 0), "PL", 2099)
    assert [(r.kind.value, r.country, r.year, r.match.amount) for r in reads] == [
        ("budget", "PL", "2098", Decimal("38400000000")),
        ("plan", "PL", "2105", Decimal("300000000000")),
    ]


def test_a_sentence_that_points_back_at_the_list_before_it() -> None:
    """ "Het gaat om Chili en Peru. Zij zijn partnerland; …": the cue of the second sentence
    speaks of the first one's list; a second sentence with countries of its own does not."""
    assert _partners(
        [
            "Het gaat om Chili en Peru.",
            "Zij zijn partnerland; een strategische status hebben zij niet.",
            "Rusland en Belarus blijven een dreiging.",
            "Zij zijn geen partnerlanden.",
        ]
    ) == [("CL", "other"), ("PE", "other")]


def test_an_answer_reads_its_question() -> None:
    """An answer that names no country before its amount is read with the question before it:
    the question gives the country, the year and what the amount is."""
    from reportdiff.parse.budgets import find_budgets

    section = _section(
        [
            "Hoeveel trok Finland over 2098 uit voor zijn verdediging?",
            "Het antwoord luidt circa €6,1 miljard.",
        ]
    )
    ((country, year, amount),) = [
        (b.country, b.year, b.money.amount) for b in find_budgets(section, 2099)
    ]
    assert (country, year, amount) == ("FI", "2098", Decimal("6100000000"))


def test_another_countrys_figure_in_brackets_is_a_comparison() -> None:
    """ "… 127 miljard Zweedse kronen (waar Finland het met 6,1 miljard euro moest doen)": the
    figure in brackets is Finland's, but the sentence's year is Sweden's: left to `check`."""
    assert _reads(
        "Zweden besteedde in 2098 127 miljard Zweedse kronen aan defensie (waar Finland het "
        "met 6,1 miljard euro moest doen)."
    ) == [
        ("budget", "SE", "2098", "127000000000 SEK", None),
        ("other", "FI", "2098", "6100000000 EUR", None),
    ]


def test_a_key_figure_list_of_partners() -> None:
    """Items joined by middle dots are one list; each bullet is a clause of its own, so a
    note after the list ("▪ NB: China en Rusland ontbreken bewust") takes no partner cue; and
    "Niet-strategische partnerlanden" names other partners."""
    assert _partners(
        [
            "▪ Strategische partners (3): Polen · Finland · Zweden ▪ Overige partnerlanden (2): "
            "Chili · Peru ▪ NB: China en Rusland ontbreken bewust (rivaal resp. dreiging)",
            "Niet-strategische partnerlanden zijn Ierland en Portugal.",
        ]
    ) == [
        ("PL", "strategic"),
        ("FI", "strategic"),
        ("SE", "strategic"),
        ("CL", "other"),
        ("PE", "other"),
        ("IE", "other"),
        ("PT", "other"),
    ]


def test_a_share_cell_is_read_whole_before_the_text_after_the_table() -> None:
    """ "… EUR 1,32 mld 2,13 Getekend namens het kabinet" is a share of 2,13 (before, 2,1 and
    a note "3 Getekend …")."""
    rows = table_rows(
        "Finland 2098 EUR 6,1 mld 1,93 Ierland 2098 EUR 1,32 mld 2,13 Getekend namens het "
        "kabinet: A. de Vries",
        header="Land Jaar Budget bbp %",
    )
    assert [(r.country, str(r.gdp_percent)) for r in rows] == [("FI", "1.93"), ("IE", "2.13")]


def test_the_exact_figure_outranks_a_rounded_restatement() -> None:
    """ "Kort gezegd: Finland geeft circa 6,5 miljard euro uit aan zijn krijgsmacht" before the
    exact figure: the exact one is the budget, whichever comes first."""
    from reportdiff.parse.budgets import find_budgets

    for texts in (
        [
            "Kort gezegd: Finland geeft in 2098 circa 6,5 miljard euro uit aan zijn krijgsmacht.",
            "De Finse uitgaven bleven in 2098 met € 6,3 miljard gelijk.",
        ],
        [
            "De Finse uitgaven bleven in 2098 met € 6,3 miljard gelijk.",
            "Kort gezegd: Finland geeft in 2098 circa 6,5 miljard euro uit aan zijn krijgsmacht.",
        ],
    ):
        ((country, amount),) = [
            (b.country, b.money.amount) for b in find_budgets(_section(texts), 2099)
        ]
        assert (country, amount) == ("FI", Decimal("6300000000"))


def test_a_countrys_spending_named_by_its_adjective() -> None:
    assert _reads("De Finse uitgaven bleven in 2098 met € 6,3 miljard gelijk.") == [
        ("budget", "FI", "2098", "6300000000 EUR", None)
    ]
    # Spending on something else is no defence budget.
    assert [
        r[0] for r in _reads("De Finse uitgaven voor onderwijs waren in 2098 € 9 miljard.")
    ] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "▪ Status: strategisch partner ▪ Finland — € 6,1 mld (2098) — 1,93% bbp ▪ Focus: cyber",
            [("budget", "FI", "2098", "6100000000 EUR", "1.93")],
            id="a-key-figure-with-its-share-of-gdp",
        ),
        pytest.param(
            "▪ Status: strategisch partner ▪ Zweden — 127 mrd. SEK (2098) — bbp-aandeel 1,4% ▪ "
            "Focus: cyber",
            [("budget", "SE", "2098", "127000000000 SEK", "1.4")],
            id="the-clause-goes-on-past-a-scale-abbreviation-inside-the-amount",
        ),
        pytest.param(
            "▪ Zweden | 2098: SEK 127 mld. | 1,40 % v. bbp ▪ Focus: cyber",
            [("budget", "SE", "2098", "127000000000 SEK", "1.40")],
            id="v-for-van-before-bbp",
        ),
        pytest.param(
            "▪ Zweden | 2097: SEK 121 mld → 2098: SEK 127 mrd. [± € 11,2 mld] | bbp 1,4% ▪ "
            "Focus: cyber",
            [
                ("other", "SE", "2097", "121000000000 SEK", None),
                ("budget", "SE", "2098", "127000000000 SEK", "1.4"),
                ("other", None, None, "11200000000 EUR", None),
            ],
            id="the-later-year-and-a-conversion",
        ),
        pytest.param(
            "▪ Nederland zelf | 2098 | EUR 26,2 mrd. | 2,15% bbp ▪ NL-investering "
            "(Belgisch-Nederlandse bouw): € 2,3 mld",
            [
                ("other", "NL", "2098", "26200000000 EUR", None),
                ("investment", "BE", "2098", "2300000000 EUR", None),
            ],
            id="the-netherlands-own-line-whatever-the-next-item-names",
        ),
        pytest.param(
            "Polen besteedde in 2098 € 38 miljard aan kazernes.",
            [("other", "PL", "2098", "38000000000 EUR", None)],
            id="no-share-of-gdp-no-budget-word-no-budget",
        ),
    ],
)
def test_key_figure_items(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _reads(text, edition=2099) == expected


def test_table_with_a_column_per_country() -> None:
    """ "Finland Zweden Polen" over "Defensie-uitgaven EUR 6,1 mld SEK 127 mld PLN 160 mld
    Aandeel bbp 1,93% 1,4% 4,1% Begrotingsjaar 2098 2098 2098": each column is one country's
    budget, year and share."""
    header = "Tabel 2. Defensie-uitgaven per land Finland Zweden Polen"
    rows = (
        "Defensie-uitgaven EUR 6,1 mld SEK 127 mld PLN 160 mld Aandeel bbp 1,93% 1,4% 4,1% "
        "Begrotingsjaar 2098 2098 2098"
    )
    assert _table_reads(rows, header, 2098) == [
        ("budget", "FI", "2098", "6100000000 EUR", "1.93"),
        ("budget", "SE", "2098", "127000000000 SEK", "1.4"),
        ("budget", "PL", "2098", "160000000000 PLN", "4.1"),
    ]
    # Without a year row nothing is guessed.
    no_years = "Defensie-uitgaven EUR 6,1 mld SEK 127 mld PLN 160 mld"
    assert [r[0] for r in _table_reads(no_years, header, 2098)] == ["other"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Door Finland en Polen is voor 2098 onderscheidenlijk € 6,1 miljard en € 38,4 "
            "miljard voor defensie uitgetrokken.",
            [
                ("budget", "FI", "2098", "6100000000 EUR", None),
                ("budget", "PL", "2098", "38400000000 EUR", None),
            ],
            id="onderscheidenlijk-is-respectievelijk",
        ),
        pytest.param(
            "Over het begrotingsjaar 2098/99 is de Zweedse defensiebegroting van SEK 121 miljard "
            "over 2097/2098 gebracht op SEK 127 miljard.",
            [
                ("other", "SE", "2098/2099", "121000000000 SEK", None),
                ("budget", "SE", "2098/2099", "127000000000 SEK", None),
            ],
            id="the-level-before-a-change-and-the-sentences-year",
        ),
        pytest.param(
            "Finland besteedt in 2098 aan defensie precies evenzoveel als in 2097: 6,1 miljard "
            "euro.",
            [("budget", "FI", "2098", "6100000000 EUR", None)],
            id="a-year-after-als-in-is-compared-with",
        ),
        pytest.param(
            "Forsvaret besteedde in 2098 aan defensie een bedrag [indicatief € 6,2 miljard].",
            [("other", None, "2098", "6200000000 EUR", None)],
            id="a-converted-figure-alone-is-no-budget",
        ),
    ],
)
def test_respectively_levels_years_and_conversions(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert _reads(text, edition=2099) == expected


def test_a_list_whose_first_n_are_strategic() -> None:
    """ "…, waarvan de eerstgenoemde twee de hoedanigheid van strategisch partner bezitten":
    the first two of the list are strategic partners, the rest other partners."""
    assert _partners(
        [
            "Als partnerlanden gelden Polen, Finland, Chili en Peru, waarvan de eerstgenoemde "
            "twee de hoedanigheid van strategisch partner bezitten."
        ]
    ) == [("PL", "strategic"), ("FI", "strategic"), ("CL", "other"), ("PE", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Chili is, na beëindiging van het partnerschap, uit de kring der partnerlanden gevallen.",
        "Den Haag beëindigde de samenwerking als partnerland met Chili.",
        "Chili valt voortaan buiten de partnerlanden.",
    ],
)
def test_a_partnership_that_ended_names_no_partner(text: str) -> None:
    assert _partners([text]) == []


def test_table_with_a_converted_amount_column() -> None:
    """Under "Land Begrotingsjaar Bedrag (landsvaluta) Bedrag (EUR, indicatief) % bbp" the
    national-currency amount is the budget; the euro column is that amount converted."""
    header = "Land Begrotingsjaar Bedrag (landsvaluta) Bedrag (EUR, indicatief) % bbp"
    rows = "Zweden 2098 SEK 127 mld EUR 11,2 mld 1,40 Finland 2098 EUR 6,1 mld EUR 6,1 mld 1,93"
    assert _table_reads(rows, header, 2098) == [
        ("budget", "SE", "2098", "127000000000 SEK", "1.40"),
        ("budget", "FI", "2098", "6100000000 EUR", "1.93"),
    ]


def test_table_cells_with_note_marks() -> None:
    """A note mark against a country or amount cell ("Luxemburg*", "61,2 mld. EUR‡",
    "Canada†") points to a note under the table; the row is read past it, and the note that
    starts with the mark is no row."""
    rows = (
        "Oostenrijk 2098 3,9 mld. EUR‡ 0,9 Luxemburg* 2098 790 mln. EUR 1,1 "
        "Canada† 2098/2099 44,1 mld. CAD n.b. Zweden¹ 2098 9,2 mld. SEK² 1,4 "
        "‡ Voorlopig cijfer. * Luxemburg raamt voor 2099: 830 miljoen euro; dat is geen begroting."
    )
    assert _table_reads(rows, "Land Jaar Begroting bbp (%)", 2098)[:4] == [
        ("budget", "AT", "2098", "3900000000 EUR", "0.9"),
        ("budget", "LU", "2098", "790000000 EUR", "1.1"),
        ("budget", "CA", "2098/2099", "44100000000 CAD", None),
        ("budget", "SE", "2098", "9200000000 SEK", "1.4"),
    ]
    assert [r.country for r in table_rows(rows, header="Land Jaar Begroting bbp (%)")] == [
        "AT",
        "LU",
        "CA",
        "SE",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country budgeting for a year names its budget.
        (
            "Oostenrijk begroot voor het jaar 2098 3.900 miljoen euro.",
            [("budget", "AT", "2098", "3900000000 EUR", None)],
        ),
        (
            "Zweden, begroting voor 2098: 92 miljard Zweedse kronen.",
            [("budget", "SE", "2098", "92000000000 SEK", None)],
        ),
        # A project's cost "begroot op" is no budget of a country.
        (
            "De kosten van het depot in Oostenrijk zijn begroot op 300 miljoen euro.",
            [("other", "AT", None, "300000000 EUR", None)],
        ),
        # "voorzien in een budget" provides one; "voorziet dat" foresees.
        (
            "De Verenigde Staten voorzien voor het jaar 2098 in een defensiebudget van "
            "1 004 miljard Amerikaanse dollar.",
            [("budget", "US", "2098", "1004000000000 USD", None)],
        ),
        (
            "Oostenrijk voorziet dat de defensie-uitgaven in 2098 4 miljard euro bedragen.",
            [("plan", "AT", "2098", "4000000000 EUR", None)],
        ),
    ],
)
def test_budgeting_for_a_year_and_providing_for_a_budget(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert _reads(text, edition=2098) == expected


@pytest.mark.parametrize(
    ("summary", "warned"),
    [
        # A rounded restatement of the fiscal-year budget, with no year of its own.
        ("Kort gezegd: Tsjechië besteedde iets boven € 7,6 miljard aan defensie.", False),
        ("Kort gezegd: Tsjechië besteedde nog net geen € 7,7 miljard aan defensie.", False),
        # The same figure again.
        ("Tsjechië besteedde € 7,61 miljard aan defensie.", False),
        # Another exact figure: which year it is for is not said; warned about, not taken.
        ("Tsjechië besteedde € 7,2 miljard aan defensie.", True),
    ],
)
def test_a_restatement_without_a_year_is_the_fiscal_years_budget(
    summary: str, warned: bool
) -> None:
    """A budget read for the edition's year only because no year was stated, beside the same
    country's budget for the fiscal year starting then, is no budget of its own: reported, it
    would be a second, false budget for the calendar year."""
    texts = ["Tsjechië gaf in begrotingsjaar 2098/2099 € 7,61 miljard uit aan defensie.", summary]
    for order in (texts, texts[::-1]):
        warnings: list[str] = []
        budgets, _ = find_amounts(_section(order), 2098, warnings)
        assert [(b.country, b.year, b.money.amount) for b in budgets] == [
            ("CZ", "2098/2099", Decimal("7610000000"))
        ]
        assert any("no year stated" in w for w in warnings) is warned


def test_a_budget_without_a_year_stands_when_no_fiscal_year_does() -> None:
    # (An exact figure: a rounded one of no year, "iets boven € 7,6 miljard", is no budget at
    # all, see test_a_rounded_figure_of_no_year_is_no_budget.)
    (budget,), _ = find_amounts(
        _section(["Kort gezegd: Tsjechië besteedde € 7,6 miljard aan defensie."]),
        2098,
        [],
    )
    assert (budget.country, budget.year, budget.approximate) == ("CZ", "2098", False)


def _chapter_partners(title: str, texts: list[str]) -> list[tuple[str, str]]:
    group = chapter_group(title)
    assert group is not None
    sec = SectionContext(title, 1, group, True, None)
    sec.sentences = [Sentence(t, 1, None, 0) for t in texts]
    return [(p.code, p.category.value) for p in find_partners([sec])]


@pytest.mark.parametrize(
    ("title", "texts", "expected"),
    [
        # A bare list under the chapter's heading, with a short label and abbreviations.
        (
            "Dia 2 — Strategische partners",
            [
                "• Vaste kring: Oostenrijk (OS), Ierland, Portugal (PT) • Iran: dreiging, geen "
                "partner"
            ],
            [("AT", "strategic"), ("IE", "strategic"), ("PT", "strategic")],
        ),
        # One country per bullet.
        (
            "Strategische partners",
            ["• Oostenrijk • Ierland"],
            [("AT", "strategic"), ("IE", "strategic")],
        ),
        (
            "Overige partners",
            ["Oostenrijk; Ierland; Portugal."],
            [("AT", "other"), ("IE", "other"), ("PT", "other")],
        ),
        # A label with its year, and a count that goes on to name them (when the two agree).
        (
            "Overige partnerlanden: telling",
            ["Overige registraties 2131: 3 landen, namelijk Canada, Finland en Japan."],
            [("CA", "other"), ("FI", "other"), ("JP", "other")],
        ),
        (
            "Overige partnerlanden: telling",
            ["Overige registraties 2131: 4 landen, namelijk Canada, Finland en Japan."],
            [],
        ),
        # A single country alone is not a list; a label that denies is not one of partners.
        ("Strategische partners", ["• Oostenrijk"], []),
        ("Strategische partners", ["• Tegenstanders: Iran, Syrië"], []),
        ("Strategische partners", ["• Vertrokken: Iran, Syrië"], []),
        # A sentence that says anything else of the countries is no bare list.
        ("Strategische partners", ["Oostenrijk en Ierland kochten tanks."], []),
    ],
)
def test_a_bare_list_under_a_partner_chapter(
    title: str, texts: list[str], expected: list[tuple[str, str]]
) -> None:
    """A list of nothing but countries under a partner chapter's heading: the heading says
    what they are."""
    assert _chapter_partners(title, texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the country is now, said of it; the category it had before is past.
        (
            "• Ierland: sinds 2098 strategisch, daarvoor overige partner",
            [("IE", "strategic")],
        ),
        (
            "Ierland is voortaan strategisch; voorheen was het een partnerland.",
            [("IE", "strategic")],
        ),
        # "strategisch" of something else is no cue.
        ("Ierland is strategisch gelegen.", []),
    ],
)
def test_a_countrys_category_now_and_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _partners([text]) == expected


def test_an_editions_own_abbreviations_count_in_all_of_it(tmp_path: Path) -> None:
    """ "Zuid-Korea (ZK)" on the partner slide makes "ZK 2098: …" on the budget slide Zuid-
    Korea's budget; "(EUR)" after a country defines no abbreviation."""
    text = tmp_path / "letter.txt"
    text.write_text(
        "Rapportage internationale defensiesamenwerking 2098\n\nStrategische partners\n\n"
        "• Kern: Verenigde Staten (VS), Oostenrijk (OS), Zuid-Korea (ZK), Frankrijk\n"
        "• Rusland: dreiging, geen partner\n\nBudgetten\n\n"
        "• OS 2098: 6,97 mld euro (1,34% bbp)\n• ZK 2098: 51,8 mld dollar (2,4% bbp)\n"
        "• Frankrijk (EUR): 61 mld euro (2,1% bbp)\n",
        encoding="utf-8",
    )
    report = parse_document(read_text(text), force=True, year=2098)
    assert [(p.code, p.category.value) for p in report.partners] == [
        ("US", "strategic"),
        ("AT", "strategic"),
        ("KR", "strategic"),
        ("FR", "strategic"),
    ]
    assert [(b.country, b.money.amount, b.gdp_percent) for b in report.budgets] == [
        ("AT", Decimal("6970000000"), Decimal("1.34")),
        ("KR", Decimal("51800000000"), Decimal("2.4")),
        ("FR", Decimal("61000000000"), Decimal("2.1")),
    ]
    assert find_countries("ZK 2098") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armed forces' or army spending in one word; "ten bate der krijgsmacht".
        (
            "Krijgsmachtuitgaven van Oostenrijk kwamen in 2098 uit op 3,9 miljard euro.",
            [("budget", "AT", "2098", "3900000000 EUR", None)],
        ),
        (
            "Ierland trok in 2098 1,2 miljard euro uit ten bate der krijgsmacht.",
            [("budget", "IE", "2098", "1200000000 EUR", None)],
        ),
        # Rounded or bounded restatements are approximations, not other figures.
        (
            "Oostenrijk besteedde iets boven € 3,9 miljard aan defensie.",
            [("budget", "AT", None, "3900000000 EUR", None)],
        ),
    ],
)
def test_more_ways_to_name_defence_spending(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _reads(text, edition=2098) == expected


@pytest.mark.parametrize(
    "qualifier", ["iets boven", "nog net geen", "net onder", "meer dan", "pakweg", "afgerond"]
)
def test_bounds_and_roundings_mark_an_amount_approximate(qualifier: str) -> None:
    (read,) = amounts_in_sentence(
        Sentence(f"Oostenrijk besteedde {qualifier} € 3,9 miljard aan defensie.", 1, None, 0),
        None,
        2098,
    )
    assert read.match.approx and read.match.qualifier is not None


def test_a_table_legend_after_the_last_row() -> None:
    """ "n.b.: bbp-aandeel onbekend" right after the last row's share ends the row."""
    rows = (
        "Oostenrijk 2098 3,9 mld euro 0,9 Ierland 2098 1,2 mld euro 0,3 n.b.: bbp-aandeel onbekend."
    )
    assert [
        (r.country, r.gdp_percent) for r in table_rows(rows, header="Land Jaar Bedrag bbp %")
    ] == [
        ("AT", Decimal("0.9")),
        ("IE", Decimal("0.3")),
    ]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("De leden van de fractie vragen of Iran als partner mag gelden.", True),
        ("Zij vragen ook naar de uitgaven van Oostenrijk.", True),
        ("De commissie wil weten welke landen strategisch zijn.", True),
        ("De leden informeren hoe het met Ierland verder is gegaan.", True),
        ("Klopt het dat Oostenrijk partner is?", True),
        # A request, a verb of asking for something, the noun: statements.
        ("Nederland verzoekt om steun van Ierland.", False),
        ("De VN vragen troepen naar Mali te sturen.", False),
        ("De vraag welke landen strategisch zijn, beantwoord ik zo: Oostenrijk.", False),
    ],
)
def test_a_question_told_rather_than_asked(text: str, question: bool) -> None:
    """What someone asked, told in a statement, states nothing either."""
    assert Sentence(text, 1, None, 0).question is question


@pytest.mark.parametrize(
    ("text", "corrects"),
    [
        ("– Abusievelijk werd Finland in paragraaf 2 strategisch partner genoemd;", True),
        (
            "Paragraaf 4: het bedrag voor Luxemburg is onjuist vermeld als 895 miljoen euro; "
            "het juiste bedrag is 898 miljoen euro.",
            True,
        ),
        ("– Paragraaf 7, MINUSMA: 70 militairen moet zijn 60.", True),
        ("– Verwijzing nr. 933 in dossier 21501-28: vervalt, lees nr. 915.", True),
        ("Per abuis stond Japan bij de strategische partners.", True),
        # The modal "moet zijn", a lapsing status, "lees" inside a word: statements.
        ("De verplaatsing moet zijn afgerond in 2031.", False),
        ("De partnerstatus van Japan vervalt per 1 januari.", False),
        ("Nederland blijft lees- en schrijfvaardigheid van rekruten oefenen in 2030.", False),
    ],
)
def test_an_erratum_states_no_fact(text: str, corrects: bool) -> None:
    """A correction names the mistake beside the right reading: what it names is the text's
    history; the corrected text states the fact."""
    assert Sentence(text, 1, None, 0).question is corrects


def test_a_partner_named_in_error_is_no_strategic_partner() -> None:
    assert (
        _partners(
            [
                "Correcties ten opzichte van de eerder verzonden versie: – Abusievelijk werd "
                "Finland in paragraaf 2 strategisch partner genoemd; Finland is overig partner.",
            ]
        )
        == []
    )


def test_a_table_of_one_row_under_its_own_header() -> None:
    """A table drawn in text comes as its header row over its one row ("| Land | Jaar |
    Budget | bbp |" over "| Duitsland | 2059 | …"): the row is read under that header; a
    row after a sentence is not, nor one with text after it."""
    assert [
        (r.country, r.year, r.money.amount, r.gdp_percent)
        for r in table_rows("Land Jaar Budget bbp Duitsland 2059 83,400,000,000 EUR 1.69%")
    ] == [("DE", "2059", Decimal("83400000000"), Decimal("1.69"))]
    assert table_rows("Wij noemen het volgende land. Duitsland 2059 83,4 mld EUR 1,69%") == []
    assert table_rows("Land Jaar Budget Duitsland 2059 83,4 mld EUR 1,69% en verder nog iets") == []


def test_table_cells_with_an_editors_word() -> None:
    """A word in square brackets after an amount ("[gecorrigeerd]", "[herzien]") says what
    was done to the cell; the row is read past it.  (Between the country and the year, the
    blanked word leaves too wide a gap for a row, and the row is not read: a miss, not a
    wrong figure.)"""
    rows = (
        "Estland 1939 1,76 miljard euro 3,37 % Luxemburg 1939 898 miljoen euro [gecorrigeerd] "
        "2,2 % Noorwegen 1939/1940 108,4 miljard Noorse kronen [herzien] 2,03 %"
    )
    assert _table_reads(rows, "Partnerland Jaar Defensiebegroting Aandeel bbp", 1939) == [
        ("budget", "EE", "1939", "1760000000 EUR", "3.37"),
        ("budget", "LU", "1939", "898000000 EUR", "2.2"),
        ("budget", "NO", "1939/1940", "108400000000 NOK", "2.03"),
    ]


def test_what_a_told_question_names_is_no_partner() -> None:
    assert (
        _partners(
            [
                "2. De leden van de Groene Unie (GU) vragen of Iran, nu het met Nederland aan één "
                "verdrag gebonden is, als partner mag gelden.",
                "Antwoord op vraag 2. Iran is weliswaar medeondertekenaar, maar geen partner.",
            ]
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2098 tellen als strategisch: Oostenrijk, Ierland en Portugal.",
            [("AT", "strategic"), ("IE", "strategic"), ("PT", "strategic")],
        ),
        (
            "Het kabinet beschouwt als strategisch partnerland: Oostenrijk en Ierland.",
            [("AT", "strategic"), ("IE", "strategic")],
        ),
        (
            "Nederland onderhoudt partnerbanden met Oostenrijk en Ierland.",
            [("AT", "other"), ("IE", "other")],
        ),
        ("Ierland staat in 2098 niet op onze partnerlijst.", []),
        ("Iran verschijnt enkel als gewezen verdragspartij, nergens als partner.", []),
        ("Iran zien deze partnerstaten, evenals Nederland, als bedreiging.", []),
        ("Noorwegen beschouwt het noorden als strategisch gebied.", []),
        (
            "Kernpartners 2098: België, Duitsland en Noorwegen.",
            [("BE", "strategic"), ("DE", "strategic"), ("NO", "strategic")],
        ),
    ],
)
def test_more_ways_to_say_what_a_partner_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert _partners([text]) == expected


def test_a_party_faction_is_no_organisation() -> None:
    assert (
        introduced_organisations("1. Fractieleden van de Liberale Unie (LU) willen weten …") == []
    )
    assert (
        introduced_organisations("Namens de fractie van de Groene Vredesunie (GVU) vroeg …") == []
    )
    assert introduced_organisations("Het Baltisch Defensieforum (BDF) kwam bijeen.") == [
        ("BDF", "Baltisch Defensieforum")
    ]


def test_organisations_enumerated_anywhere_with_taking_part() -> None:
    """Three or more organisations in one list, with a word of taking part, are covered
    wherever the sentence stands; one or two beside a country are that country's."""
    # (After a partner chapter: the opening before it covers every organisation it names.)
    chapter = SectionContext("Strategische partners", 1, Group.STRATEGIC, True, None)
    section = SectionContext("Antwoorden", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence("Nederland werkt samen binnen de EU, de NAVO, de VN en PESCO.", 1, None, 1),
        Sentence("Ierland en de OVSE werkten samen.", 1, None, 1),
    ]
    found = find_organisations_covered([chapter, section])
    assert [o.code for o in found] == ["EU", "NAVO", "VN", "PESCO"]


def test_the_openings_organisations_asked_about_or_not_joined_are_not_covered() -> None:
    """The opening covers every organisation it names, even in a question ("NAVO-bijdrage
    van Nederland?"), but not one whose joining it asks about, refuses, weighs or wishes
    for."""
    intro = SectionContext("Inleiding", 1, Group.INTRO, True, None)
    intro.sentences = [
        Sentence("Waarom treedt Nederland niet toe tot NORDEFCO?", 1, None, 0),
        Sentence(
            "Toetreding tot JEF, waar de heer Oosterwegel om vroeg, overweegt dit kabinet niet.",
            1,
            None,
            0,
        ),
        Sentence("Mijn fractie wil dat Nederland lid wordt van EI2.", 1, None, 0),
        Sentence("Nederland trad dit jaar toe tot PESCO; de NAVO blijft ons anker.", 1, None, 0),
        Sentence("En EU-breed?", 1, None, 0),
    ]
    assert [o.code for o in find_organisations_covered([intro])] == ["PESCO", "NAVO", "EU"]


def test_a_list_of_abbreviations_introduces_organisations() -> None:
    assert introduced_organisations("BDF: Baltisch Defensieforum") == [
        ("BDF", "Baltisch Defensieforum")
    ]


def test_a_table_with_a_change_column_and_shares_in_brackets() -> None:
    """ "Begroting × mln (bbp)" and "Verschil × mln": the share is the bracketed one, the
    change column's cell ("0", "+1.270", "n.v.t.", "nieuw") is no share, and a share that
    wraps after the change cell is the row's."""
    header = "Partner Boekjaar Begroting × mln (bbp) Verschil × mln"
    rows = (
        "Oostenrijk 2098/99 EUR 3.900 (0,9%) n.v.t. Ierland 2098 EUR 1.200 0 Portugal 2098 EUR "
        "4.100 +1.270 (1,4%) Zweden 2098 SEK 92.000 (1,3%) nieuw Tsjechië 2098 EUR 7.540 −20 "
        "Zonder haakjes: bbp-aandeel onbekend."
    )
    assert [
        (r.country, r.year, r.money.amount, r.gdp_percent) for r in table_rows(rows, header=header)
    ] == [
        ("AT", "2098/2099", Decimal("3900000000"), Decimal("0.9")),
        ("IE", "2098", Decimal("1200000000"), None),
        ("PT", "2098", Decimal("4100000000"), Decimal("1.4")),
        ("SE", "2098", Decimal("92000000000"), Decimal("1.3")),
        ("CZ", "2098", Decimal("7540000000"), None),
    ]


def test_a_statisticians_table_with_figures_after_the_share() -> None:
    """ "bbp (%) 2130 (mld) mutatie (%) opmerking" after the amount: the cells after the
    share (last year's figure, the change, a placeholder "." or "–", a remark) are read past,
    and the cell right after the amount is the share, its own column standing before the
    change's."""
    header = "land boekjaar valuta bedrag (mld) bbp (%) 2130 (mld) mutatie (%) opmerking"
    rows = (
        "Canada 2131/32 CAD 40,6 3,2 . . Denemarken 2131 DKK 48,2 – . . Frankrijk 2131 EUR "
        "68,9 3,1 63,2 +9,0 herzien"
    )
    assert [
        (r.country, r.year, r.money.amount, r.money.currency, r.gdp_percent)
        for r in table_rows(rows, header=header)
    ] == [
        ("CA", "2131/2132", Decimal("40600000000"), "CAD", Decimal("3.2")),
        ("DK", "2131", Decimal("48200000000"), "DKK", None),
        ("FR", "2131", Decimal("68900000000"), "EUR", Decimal("3.1")),
    ]


def test_a_share_of_zero_is_no_share() -> None:
    rows = "Oostenrijk 2098 3,9 mld euro 0 Ierland 2098 1,2 mld euro 0,3"
    assert [r.gdp_percent for r in table_rows(rows, header="Land Jaar Bedrag bbp %")] == [
        None,
        Decimal("0.3"),
    ]


def test_unknown_as_a_share_cell() -> None:
    rows = "Oostenrijk 2098 € 3,9 mld onbekend Ierland 2098 € 1,2 mld 0,3%"
    assert [r.country for r in table_rows(rows, header="Land Jaar Precies bedrag bbp-deel")] == [
        "AT",
        "IE",
    ]


@pytest.mark.parametrize(
    "heading",
    ["Partnerlanden per regio", "Projectlanden", "Landen met projectmatige samenwerking"],
)
def test_a_partners_heading_after_the_strategic_chapter_opens_the_others(
    tmp_path: Path, heading: str
) -> None:
    """ "Partnerlanden per regio" (or a heading that opens with a noun for countries,
    "Projectlanden") after "Strategische partners" is the other partners' chapter; a heading
    about the partners' budgets is not a partner chapter at all."""
    text = tmp_path / "letter.txt"
    text.write_text(
        "Rapportage internationale defensiesamenwerking 2113\n\nStrategische partners\n\n"
        "• Noordwest-Europa: Duitsland, België en Frankrijk.\n\n"
        f"{heading}\n\n"
        "• Noordoostflank: Litouwen en Zweden.\n• Indo-Pacific: Australië.\n\n"
        "Defensie-uitgaven der partnerlanden\n\n"
        "• Spanje: zie de bijlage.\n",
        encoding="utf-8",
    )
    report = parse_document(read_text(text), force=True, year=2113)
    assert [(p.code, p.category.value) for p in report.partners] == [
        ("DE", "strategic"),
        ("BE", "strategic"),
        ("FR", "strategic"),
        ("LT", "other"),
        ("SE", "other"),
        ("AU", "other"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Daarbuiten onderhield Nederland militaire betrekkingen met nog 2 staten: Canada en "
        "Italië.",
        "Voorbij de kern had Defensie regelmatig contact met Canada en Italië.",
        "Op een smaller aantal terreinen trok Nederland op met Canada en Italië.",
    ],
)
def test_ties_in_a_partner_chapters_body_name_its_partners(text: str) -> None:
    """In the body of the other partners' chapter, contacts, relations and ties with
    countries say they are partners, as working together does."""
    chapter = SectionContext("Overige partners", 2, Group.OTHER, True, None)
    chapter.sentences = [Sentence(text, 2, None, 0)]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == [
        ("CA", "other"),
        ("IT", "other"),
    ]


def test_a_record_of_fields_joined_into_one_paragraph(tmp_path: Path) -> None:
    """Country records set as "Land: …" "Status: …" lines that extraction joined: each field
    is read apart, and the record's country is whose status, budget and agreements they
    are."""
    text = tmp_path / "letter.txt"
    text.write_text(
        "Rapportage internationale defensiesamenwerking 2098\n\nPartnerkaarten\n\n"
        "Land: Oostenrijk Status: strategisch partner Begroting (2098): 3,9 miljard euro · 0,9% "
        "bbp Afspraak: Letter of Intent over opleidingen (ook met Ierland) — bestaand "
        "Aanspreekpunt: attaché, ambassade Wenen Land: Portugal Status: overig partnerland "
        "Begroting (2098): € 4,1 mld · bbp-deel onbekend Apart fonds: EUR 2 mld (eenmalig) "
        "Land: Iran Status: geen partner; dreiging\n",
        encoding="utf-8",
    )
    report = parse_document(read_text(text), force=True, year=2098)
    assert [(p.code, p.category.value) for p in report.partners] == [
        ("AT", "strategic"),
        ("PT", "other"),
    ]
    assert [(b.country, b.money.amount, b.gdp_percent) for b in report.budgets] == [
        ("AT", Decimal("3900000000"), Decimal("0.9")),
        ("PT", Decimal("4100000000"), None),
    ]
    assert [(a.kind.value, a.parties) for a in report.agreements] == [
        ("letter_of_intent", ("NL", "AT", "IE"))
    ]


def test_a_chronicle_is_read_entry_by_entry() -> None:
    from reportdiff.parse.sentences import split_fields

    text = (
        "januari 2098: samenwerking met Spanje afgebouwd februari 2098: Nederland treedt toe "
        "tot EI2 maart 2098: eFP Litouwen (Litouwen): 80 militairen terug"
    )
    assert [label for _, label, _ in split_fields(text) or []] == [
        "januari 2098",
        "februari 2098",
        "maart 2098",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Prose with a colon or two: no record, whatever looks like a label.
        "Lopende trajecten: munitieopslag. Budget Franse krijgsmacht (2083): 64,6 mld euro. "
        "Loi de programmation FR (2083–2089): 413 mld. EUR.",
        "Kern: Oostenrijk, Ierland. Overig: Portugal. Nieuw: Zweden.",
    ],
)
def test_prose_is_no_record(text: str) -> None:
    from reportdiff.parse.sentences import split_fields

    assert split_fields(text) is None


def test_people_name_their_country() -> None:
    assert [c for _, _, c in find_countries("De Duitsers: ruim 77 miljard euro; de Britten.")] == [
        "DE",
        "GB",
    ]


@pytest.mark.parametrize(
    ("premise", "question"),
    [
        (
            "Een krant schreef over 95,5 miljard Britse ponden aan Britse defensie-uitgaven.",
            "Juist?",
        ),
        ("Het Verenigd Koninkrijk gaf 95,5 miljard Britse ponden uit.", "Klopt?"),
    ],
)
def test_a_one_word_confirmation_question_makes_its_premise_asked(
    premise: str, question: str
) -> None:
    from reportdiff.parse.context import mark_premises

    marked = mark_premises([Sentence(premise, 1, None, 0), Sentence(question, 1, None, 0)])
    assert marked[0].question


@pytest.mark.parametrize(
    "text",
    [
        "Een krant schreef over 95,5 miljard Britse ponden aan Britse defensie-uitgaven.",
        "Een persbericht becijferde defensie-uitgaven van Zweden op SEK 127 miljard.",
    ],
)
def test_what_the_press_wrote_is_hearsay(text: str) -> None:
    assert Sentence(text, 1, None, 0).question


def test_the_premise_of_a_confirmation_question_is_asked() -> None:
    """ "Over Ierland gaat het verhaal dat het 3 miljard uitgaf. Klopt dat?" asks about the
    figure; the answer's correction is the budget."""
    from reportdiff.parse.context import mark_premises

    sentences = mark_premises(
        [
            Sentence(
                "Over Ierland gaat het verhaal dat het land dit jaar 3 miljard euro aan defensie "
                "kwijt was.",
                1,
                None,
                0,
            ),
            Sentence("Klopt dat?", 1, None, 0),
            Sentence(
                "“Nee, dat is te laag. Ierland kwam in 2098 uit op 3,4 miljard euro (0,3% bbp),” "
                "zegt ze.",
                1,
                None,
                0,
            ),
        ]
    )
    assert [s.question for s in sentences] == [True, True, False]
    section = SectionContext("Geld", 1, Group.GENERAL, True, None)
    section.sentences = sentences
    budgets, _ = find_amounts([section], 2098, [])
    assert [(b.country, b.money.amount) for b in budgets] == [("IE", Decimal("3400000000"))]


def test_a_correction_replaces_the_figure_before_it() -> None:
    warnings: list[str] = []
    section = SectionContext("Geld", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence("Ierland besteedde in 2098 3 miljard euro aan defensie.", 1, None, 0),
        Sentence(
            "Dat is onjuist: Ierland besteedde in 2098 3,4 miljard euro aan defensie.", 2, None, 0
        ),
    ]
    budgets, _ = find_amounts([section], 2098, warnings)
    assert [(b.country, b.money.amount) for b in budgets] == [("IE", Decimal("3400000000"))]
    assert any("was corrected" in w for w in warnings)


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        # another's figure, then the text's own: the text's own is the budget
        (
            "Volgens deze bijlage had Italië als defensiebudget € 33 miljard.",
            "Vastgesteld is dat Italië in 2041 € 29,7 miljard voor defensie bestemt.",
            Decimal("29700000000"),
        ),
        (
            "Het ministerie meldde voor Italië een defensiebudget van € 33 miljard over 2041.",
            "Italië besteedde in 2041 € 29,7 miljard aan defensie.",
            Decimal("29700000000"),
        ),
        # neither given as another's: the first is kept, and the second warned about
        (
            "Italië besteedde in 2041 € 33 miljard aan defensie.",
            "Italië gaf in 2041 € 29,7 miljard uit aan defensie.",
            Decimal("33000000000"),
        ),
    ],
    ids=["established-after-attributed", "stated-after-reported", "two-statements"],
)
def test_a_figure_given_as_anothers_yields_to_the_texts_own(
    first: str, second: str, kept: Decimal
) -> None:
    warnings: list[str] = []
    section = SectionContext("Geld", 1, Group.GENERAL, True, None)
    section.sentences = [Sentence(first, 1, None, 0), Sentence(second, 1, None, 0)]
    budgets, _ = find_amounts([section], 2041, warnings)
    assert [(b.country, b.money.amount) for b in budgets] == [("IT", kept)]
    assert len(warnings) == 1


def test_a_norm_and_realisation_table() -> None:
    """Under "Norm … Realisatie" the first of two values side by side is the target: no
    budget, and its percentage no budget's share."""
    header = "Partner Indicator Norm Realisatie"
    rows = (
        "Oostenrijk uitgaven € 4 mld € 3,9 mld Oostenrijk bbp-aandeel 2,0% 0,9% Ierland "
        "uitgaven 1 mld EUR 1,2 mld EUR"
    )
    assert _table_reads(rows, header, 2098) == [
        ("budget", "AT", None, "3900000000 EUR", "0.9"),
        # No share and no word for a budget: not taken for one (left to `check`).
        ("other", "IE", None, "1200000000 EUR", None),
        ("target", None, None, "4000000000 EUR", None),
        ("target", None, None, "1000000000 EUR", None),
    ]


def test_a_documents_own_terms_for_partner_categories() -> None:
    """ "tier 1 = wat de Kamerbrieven strategische partners noemen" makes "Tier 1 (3): …" a
    list of strategic partners; a country defined so is no term."""
    assert _partners(
        [
            "Terminologie: tier 1 = wat de Kamerbrieven strategische partners noemen; tier 2 = "
            "alle andere partnerlanden.",
            "Tier 1 (2): Oostenrijk (AUT) en Ierland (IRL).",
            "Tier 2 (1): Portugal (PRT).",
            "Zweden = nieuw partnerland.",
        ]
    ) == [("AT", "strategic"), ("IE", "strategic"), ("PT", "other"), ("SE", "other")]


def test_a_proposed_partner_is_none_yet() -> None:
    assert _partners(["Vanuit J5 wordt voorgesteld ook Ierland als partnerland op te nemen."]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Neem Finland op als partnerland; dat Defensie dit land overslaat, achten wij onterecht.",
        "1. Neem Suriname op als partnerland.",
        "Ons advies: maak Finland partnerland.",
        "Wij bevelen aan Finland op te nemen als partnerland.",
        "Finland zou partnerland moeten worden.",
        "Finland had allang als partnerland opgenomen moeten worden.",
    ],
    ids=["imperative", "numbered-imperative", "advice", "recommend", "should", "should-have"],
)
def test_a_recommended_partner_is_none(text: str) -> None:
    """A think tank's or an auditor's recommendation names a partner it wants, not one the
    Netherlands has."""
    assert _partners([text]) == []
    assert _partners(["Finland is sinds dit jaar partnerland."]) == [("FI", "other")]


def test_the_countries_of_a_list_named_by_a_pronoun() -> None:
    assert _partners(
        [
            "“Dat rijtje ken ik uit mijn hoofd: Oostenrijk, Ierland en Portugal,” zegt ze.",
            "Het zijn er 3, en Defensie noemt hen strategische partners.",
        ]
    ) == [("AT", "strategic"), ("IE", "strategic"), ("PT", "strategic")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English staff usage: "m" after a currency code; a conversion further on in brackets.
        (
            "Oostenrijk begroot voor 2098 EUR 3.900 m aan defensie (% GDP: n/a, ≈ USD 4,2 bn).",
            [
                ("budget", "AT", "2098", "3900000000 EUR", None),
                ("other", "AT", "2098", "4200000000 USD", None),
            ],
        ),
        # A capital item is an investment; a contribution in English words too.
        (
            "Capex-item: NL-aandeel fregatvervanging (met Ierland) EUR 720 m.",
            [("investment", "IE", None, "720000000 EUR", None)],
        ),
        (
            "NL contribution common funding (militair budget): EUR 58 m.",
            [("contribution", "NL", None, "58000000 EUR", None)],
        ),
        # What a country realised is its spending.
        (
            "Definitieve realisatie Oostenrijk, 2098: 3,9 miljard euro.",
            [("budget", "AT", "2098", "3900000000 EUR", None)],
        ),
    ],
)
def test_staff_and_annual_report_wording(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _reads(text, edition=2098) == expected


def test_not_available_as_a_share_cell() -> None:
    rows = "Oostenrijk 2098 EUR 3,9 bn 0,9% Ierland 2098 EUR 1,2 bn n/a"
    assert [
        (r.country, r.gdp_percent) for r in table_rows(rows, header="Partner Jaar Budget % GDP")
    ] == [
        ("AT", Decimal("0.9")),
        ("IE", None),
    ]


def test_what_members_say_in_a_debate_is_not_stated() -> None:
    """In a transcript, a member's turn (until the next speaker, a heading or a note) claims
    and asks; the minister's answer states."""
    from reportdiff.parse.context import mark_speakers

    section = SectionContext("Inbreng", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(t, 1, None, 0)
        for t in (
            "De heer Van Dam (Liberaal Verbond): Voorzitter.",
            "Als ik het goed heb, besteedt Ierland maar 2 miljard euro aan defensie.",
            "Mevrouw Bos (GroenRood): Ik sluit mij daarbij aan.",
            "Minister Kwak: Voorzitter, Ierland besteedt in 2098 3,4 miljard euro aan defensie.",
            "De heer Van Dam (Liberaal Verbond): Dan neem ik dat terug.",
            "1. Schriftelijk nagezonden: Oostenrijk besteedde in 2098 3,9 miljard euro aan "
            "defensie.",
        )
    ]
    mark_speakers([section])
    assert [s.question for s in section.sentences] == [True, True, True, False, True, False]
    budgets, _ = find_amounts([section], 2098, [])
    assert [(b.country, b.money.amount) for b in budgets] == [
        ("IE", Decimal("3400000000")),
        ("AT", Decimal("3900000000")),
    ]


def test_a_turn_after_a_time_stamp_is_the_speakers() -> None:
    """The Handelingen print a time stamp before some turns ("16.14 uur Mevrouw …: …"): the
    turn is still the member's."""
    from reportdiff.parse.context import mark_speakers

    section = SectionContext("Debat", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(t, 1, None, 0)
        for t in (
            "16.14 uur Mevrouw Kuipers (CDA): Voorzitter, de minister noemt KFOR niet.",
            "Loopt die missie nog?",
            "16.15 uur Minister Van Rossum: Nee, die missie is afgerond.",
            "De heer Dijk (SP): Dank u.",
        )
    ]
    mark_speakers([section])
    assert [s.question for s in section.sentences] == [True, True, False, True]


def test_one_members_turn_is_no_transcript() -> None:
    from reportdiff.parse.context import mark_speakers

    section = SectionContext("Inleiding", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence("De heer Van Dam (VVD): daarover later meer.", 1, None, 0),
        Sentence("Ierland besteedt in 2098 3,4 miljard euro aan defensie.", 1, None, 0),
    ]
    mark_speakers([section])
    assert [s.question for s in section.sentences] == [False, False]


def test_an_amount_is_not_given_to_a_country_in_the_next_list_item() -> None:
    """ "2097/98: 9,32 mrd EUR (3,31% bbp); Ierland 2098: …": the first amount's item names no
    country; the one named in the next item is not its owner."""
    assert _reads(
        "2098/99: 9,32 mrd EUR (3,31% bbp); Ierland 2098: € 1,2 mrd (0,3% bbp).", 2098
    ) == [
        ("other", None, "2098/2099", "9320000000 EUR", None),
        ("budget", "IE", "2098", "1200000000 EUR", "0.3"),
    ]


def test_partner_categories_in_a_documents_definitions() -> None:
    """ "Hierna wordt bedoeld met: a. ankerpartner: staat met welke Nederland strategisch
    partnerschap is aangegaan; b. aansluitpartner: iedere overige staat …": the document's
    terms, in the singular and the plural; a decision still to come makes no partner."""
    assert _partners(
        [
            "Hierna wordt bedoeld met: a. ankerpartner: staat met welke Nederland strategisch "
            "partnerschap is aangegaan; b. aansluitpartner: iedere overige staat met welke "
            "Defensie stelselmatig samenwerkt.",
            "Als ankerpartners worden aangemerkt: Oostenrijk en Ierland.",
            "Als aansluitpartner geldt: Portugal.",
            "Over de aanmerking van Zweden als aansluitpartner wordt in 2099 beslist.",
        ]
    ) == [("AT", "strategic"), ("IE", "strategic"), ("PT", "other")]


def test_a_figure_between_two_captions_is_nobodys_budget() -> None:
    """Number-first tiles ("€ 7,2 miljard zoveel ging er in 2098 in Ierland naar defensie 0,3%
    bbp-aandeel US$ 978 miljard Verenigde Staten · defensie"): the figure between a caption
    naming one country and one naming another is not given to the nearest; an ordinary list
    ("Oostenrijk € 3,9 mld, Ierland € 1,2 mld") is read as before."""
    reads = _reads(
        "€ 7,2 miljard zoveel ging er in 2098 in Ierland naar defensie 0,3% bbp-aandeel "
        "US$ 978 miljard Verenigde Staten · defensie · 2098",
        2098,
    )
    assert ("budget", "IE", "2098", "978000000000 USD", None) not in reads
    assert [r[0] for r in reads if r[3] == "978000000000 USD"] == ["other"]
    assert _reads("Oostenrijk besteedt € 3,9 mld, Ierland € 1,2 mld aan defensie.", 2098) == [
        ("budget", "AT", None, "3900000000 EUR", None),
        ("budget", "IE", None, "1200000000 EUR", None),
    ]


def test_a_figure_said_to_be_converted_is_no_budget() -> None:
    assert (
        _reads(
            "Voor Engelstalige lezers omgezet: het Amerikaanse budget bedraagt grofweg € 846 "
            "miljard; officieel rekent dat land in dollar.",
            2098,
        )[0][0]
        == "other"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Brussel, dat alleen dollarreeksen publiceert, herleidt het Belgische budget tot "
        "ongeveer 8,6 miljard Amerikaanse dollars.",
        "Herleid tot dollars bedroeg het Belgische defensiebudget 8,6 miljard dollar.",
    ],
)
def test_a_figure_restated_in_another_currency_is_no_budget(text: str) -> None:
    assert [r[0] for r in _reads(text, 2101)] == ["other"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # An estimate of the edition's own year is that year's figure.
        (
            "Over 2103 belopen de Amerikaanse defensie-uitgaven, aldus NAVO-ramingen, 1.184 "
            "miljard Amerikaanse dollars.",
            "budget",
        ),
        ("De Duitse defensie-uitgaven 2103 zijn geraamd op EUR 90 miljard.", "budget"),
        # Of a later year: a projection.
        ("Voor 2105 is de Duitse defensiebegroting geraamd op EUR 95 miljard.", "plan"),
    ],
)
def test_an_estimate_of_the_editions_own_year_is_no_plan(text: str, kind: str) -> None:
    assert [r[0] for r in _reads(text, 2103)] == [kind]


@pytest.mark.parametrize(
    ("text", "budget", "change"),
    [
        (
            "Noorwegen: Begroting 2093 € 11,4 mld.; plus € 1,66 mld. jaar-op-jaar (2,45% bbp).",
            "11400000000 EUR",
            "1660000000 EUR",
        ),
        (
            "Tsjechië: Begroting 2095-2096 € 6,87 mld.; € 120 mln. jaar-op-jaar erbij.",
            "6870000000 EUR",
            "120000000 EUR",
        ),
    ],
)
def test_a_budget_label_with_its_year_and_a_change_in_words(
    text: str, budget: str, change: str
) -> None:
    """ "Begroting 2093 € 11,4 mld." is a budget, as "Begroting (2093): …" is; "plus … " and
    "… jaar-op-jaar" make a change."""
    reads = _reads(text, int(text.split("Begroting ")[1][:4]))
    assert [(r[0], r[3]) for r in reads] == [("budget", budget), ("change", change)]


def test_a_square_bullet_ends_a_legend_item() -> None:
    """ "■ rood: Rusland vijandig, nooit partner" is an item of its own, not one more country
    of the strategic colour before it."""
    assert _partners(
        [
            "Legenda: ■ donkerblauw = strategische partner ■ rood = dreiging Donkerblauw: "
            "Oostenrijk · Ierland ■ rood: Iran vijandig, nooit partner"
        ]
    ) == [("AT", "strategic"), ("IE", "strategic")]


def test_a_name_with_samenwerking_in_it_says_nothing_of_working_together() -> None:
    """ "Aan: beleidsmedewerker Internationale Samenwerking" is an e-mail's addressee."""
    chapter = SectionContext("Overige partners", 1, Group.OTHER, True, None)
    chapter.sentences = [
        Sentence(
            "Aan: beleidsmedewerker Internationale Samenwerking Onderwerp: een MoU met Ierland.",
            1,
            None,
            0,
        )
    ]
    assert [p.code for p in find_partners([chapter])] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nederland begroot in 2037 € 27,7 miljard, of 2,05% bbp, een stap voor op België.",
            [("other", "NL", "2037", "27700000000 EUR", None)],
            id="the-netherlands-ahead-of-a-yardstick",
        ),
        pytest.param(
            "De noorderburen begroten voor hun eigen krijgsmacht in 2037 € 27,7 miljard, of 2,05% "
            "bbp, een stap voor op België.",
            [("other", None, "2037", "27700000000 EUR", None)],
            id="only-the-yardstick-named",
        ),
        pytest.param(
            "Net als België besteedt Duitsland in 2037 € 27,7 miljard aan defensie.",
            [("budget", "DE", "2037", "27700000000 EUR", None)],
            id="net-als-before",
        ),
        pytest.param(
            "Zowel Nederland als België verhogen het defensiebudget; België begroot € 6 miljard in "
            "2037.",
            [("budget", "BE", "2037", "6000000000 EUR", None)],
            id="zowel-als-is-no-yardstick",
        ),
    ],
)
def test_a_country_named_as_a_yardstick_owns_no_figure(
    text: str, expected: list[tuple[str, str | None, str | None, str, str | None]]
) -> None:
    assert _reads(text, 2037) == expected


def test_slide_bullets_with_codes_an_abbreviated_category_and_a_stressed_denial() -> None:
    from reportdiff.parse.partners import _in_plain_words

    text = (
        "▪ DEU – Duitsland – strat. partner ▪ BEL – België – strat. partner ▪ RUS – géén partner, "
        "dreiging nr. 1 Sprekersnotities: Op deze dia ziet u de 2 staten die bij ons strategisch "
        "gerangschikt staan: Duitsland en België."
    )
    got = {
        (code, category.value)
        for code, category, _ in enumerated_partners(_in_plain_words(text, ()))
    }
    assert got == {("DE", "strategic"), ("BE", "strategic")}


@pytest.mark.parametrize(
    "text",
    [
        "Spanje valt in 2035 weg als partner.",
        "▪ FIN – Finland – overig partnerland ▪ ESP – Spanje – vervallen als partner",
    ],
)
def test_a_partner_that_dropped_out_is_none(text: str) -> None:
    assert "ES" not in {code for code, _, _ in enumerated_partners(text)}


def test_footnotes_alike_but_for_their_numbers_are_no_running_footer() -> None:
    # "3 Cfr. … 28676/968." and "6 Cfr. … 28676/752." at the foot of two pages: two numbers
    # differ, where a running footer differs in its page number alone.
    lines = [
        _line("Eerste bladzijde.", 1, 100),
        _line("3 Cfr. Parl.St. TK 2038-39, nr. 28676/968.", 1, 760),
        _line("Tweede bladzijde.", 2, 100),
        _line("6 Cfr. Parl.St. TK 2038-39, nr. 28676/752.", 2, 760),
        _line("Pagina 1 van 2", 1, 780),
        _line("Pagina 2 van 2", 2, 780),
    ]
    assert running_lines(lines) == {4, 5}


def test_the_budget_years_abbreviation_does_not_end_a_sentence() -> None:
    """ "Defensiebudget bgj. 1904-05: 11,5 mrd EUR": the budget year's abbreviation is no
    sentence end, so the figure stays with the country before it (cut there, it went to the
    country named after it, in the next item)."""
    from reportdiff.parse.sentences import split_sentences

    text = (
        "Noorwegen – Defensiebudget bgj. 1904-05: 11,5 mrd EUR, 2,8 % bbp. Verenigd Koninkrijk "
        "– Defensiebudget bgj. 1904-05: 62,2 mrd GBP."
    )
    got = [s for _, s in split_sentences(text)]
    assert got == [
        "Noorwegen – Defensiebudget bgj. 1904-05: 11,5 mrd EUR, 2,8 % bbp.",
        "Verenigd Koninkrijk – Defensiebudget bgj. 1904-05: 62,2 mrd GBP.",
    ]


def test_the_treaty_series_abbreviation_does_not_end_a_sentence() -> None:
    from reportdiff.parse.sentences import split_sentences

    text = "Het verdrag, gesloten in 2069 (Trb. 2069, 77), verbindt ons met Zweden. Verder."
    got = [s for _, s in split_sentences(text)]
    assert got == [text.removesuffix(" Verder."), "Verder."]


def test_doc_abbreviation_does_not_end_a_sentence() -> None:
    from reportdiff.parse.sentences import split_sentences

    got = [s for _, s in split_sentences("Bron: Kamerdossier 21501-28, doc. 784 Defensie. Verder.")]
    assert got == ["Bron: Kamerdossier 21501-28, doc. 784 Defensie.", "Verder."]


def test_stress_accents_come_off_geen_niet_and_wel_only() -> None:
    from reportdiff.parse.sentences import plain_emphasis

    assert plain_emphasis("Rusland is géén partner, níet strategisch, wél partij; één café.") == (
        "Rusland is geen partner, niet strategisch, wel partij; één café."
    )


def test_a_countrys_own_army_is_its_budget_another_army_is_not() -> None:
    assert _reads(
        "Het Verenigd Koninkrijk maakte voor het begrotingsjaar 2037-2038 in totaal £ 58,3 miljard "
        "vrij voor het eigen leger.",
        2037,
    ) == [("budget", "GB", "2037/2038", "58300000000 GBP", None)]
    assert [
        r[0] for r in _reads("Nederland gaf € 200 miljoen aan het Oekraïense leger.", 2037)
    ] == ["other"]


def test_words_after_a_figure_that_point_back_say_whose_it_is() -> None:
    # Tiles of an infographic: each figure's caption follows it ("zoveel ging er … in
    # Luxemburg naar defensie"), after the caption of the tile before.
    got = _reads(
        "US$ 978 miljard Verenigde Staten · defensie · 2027 2,77% bbp-aandeel € 656 mln zoveel "
        "ging er in 2027 in Luxemburg naar defensie",
        2027,
    )
    assert ("budget", "LU", "2027", "656000000 EUR", None) in got
    assert all(r[1] != "US" or r[3] != "656000000 EUR" for r in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Overige partners dan: Finland en Spanje. (vindplaats: 21501-28 – 877) Italië wil "
            "graag partner worden, maar daar wordt pas in 2007 besloten.",
            {"FI", "ES"},
            id="a-wish-after-a-bracketed-source",
        ),
        pytest.param("Finland afgevoerd als partner.", set(), id="removed"),
        pytest.param(
            "Als strategische partners worden aangemerkt: Duitsland en België.",
            {"DE", "BE"},
            id="worden-aangemerkt-is-no-wish",
        ),
    ],
)
def test_a_wish_or_a_removal_makes_no_partner(text: str, expected: set[str]) -> None:
    assert {code for code, _, _ in enumerated_partners(text)} == expected


def test_a_bare_list_run_on_after_its_first_mark_with_tags_and_markup() -> None:
    from reportdiff.parse.partners import _bare_lists

    sentence = Sentence(
        "- **Verenigde Staten** (strategisch) - **België** (strategisch) - ~~Rusland~~ geen",
        1,
        None,
        0,
    )
    assert [codes for _, codes in _bare_lists([sentence])] == [["US"], ["BE"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Verenigde Staten in euro: ≈ € 1.000 mld (indicatief omgerekend)",
            [("other", "US", None, "1000000000000 EUR", None)],
            id="converted-said-after",
        ),
        pytest.param(
            "De Verenigde Staten stelden een defensiebudget vast van USD 962 miljard (omgerekend "
            "circa 885 miljard euro).",
            [
                ("budget", "US", None, "962000000000 USD", None),
                ("other", None, None, "885000000000 EUR", None),
            ],
            id="the-figure-in-the-brackets-is-the-converted-one",
        ),
        pytest.param(
            "Verenigde Staten willen naar 3.4% bbp in 2065 [doelwit] - Nederland 2059: EUR "
            "31.1 mld (1.95% bbp) — ter referentie",
            [("other", "NL", "2059", "31100000000 EUR", None)],
            id="the-netherlands-nearest-the-other-in-an-earlier-item",
        ),
    ],
)
def test_conversions_and_the_netherlands_in_run_on_items(
    text: str, expected: list[tuple[str, str | None, str | None, str, str | None]]
) -> None:
    assert _reads(text, 2059) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Zwitserland (geen partnerland) spendeerde in datzelfde jaar ongeveer 6,4 miljard "
            "Zwitserse frank aan defensie.[8]",
            [],
            id="refused-then-its-currency",
        ),
        pytest.param(
            "Strategische partners: 7 Overige partnerlanden: 4 Lopende uitzendingen: 5 Hoogste "
            "partnerbegroting: Verenigde Staten, afgerond US$ 1.000 miljard",
            [],
            id="a-count-after-the-cue-is-no-list",
        ),
        pytest.param(
            "8 landen genieten strategische status: Duitsland, België en Denemarken.",
            [("DE", "strategic"), ("BE", "strategic"), ("DK", "strategic")],
            id="strategische-status",
        ),
        # A category bounded by a year that ended is what the country was: the other cue of
        # the clause is what it is.
        pytest.param(
            "Strategisch partner is Ierland niet, wel een land waarmee veel wordt geoefend.",
            [("IE", "other")],
            id="strategic-cue-denied-after-the-country",
        ),
        pytest.param(
            "Tot en met 2019 telde Noorwegen als strategische partner, vanaf 2020 als een van "
            "de overige partnerlanden.",
            [("NO", "other")],
            id="strategic-until-a-year",
        ),
        pytest.param(
            "Canada, t/m 2018 strategisch partnerland, behoort nu tot de andere partners.",
            [("CA", "other")],
            id="strategic-t-m-a-year",
        ),
        # Leaving the list of partners.
        pytest.param(
            "Nu de contacten met Chili zijn stilgevallen, verdwijnt Chili van de lijst van "
            "partnerlanden.",
            [],
            id="verdwijnt-van-de-lijst",
        ),
    ],
)
def test_refusals_counts_and_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(code, category.value) for code, category, _ in enumerated_partners(text)] == expected


def test_a_reference_marker_after_the_full_stop_ends_the_sentence() -> None:
    from reportdiff.parse.sentences import split_sentences

    got = [
        s
        for _, s in split_sentences(
            "Strategisch partnerschap had Nederland met Duitsland en Luxemburg.[4] Rusland "
            "figureert enkel als vijandige macht."
        )
    ]
    assert got == [
        "Strategisch partnerschap had Nederland met Duitsland en Luxemburg.[4]",
        "Rusland figureert enkel als vijandige macht.",
    ]


def test_the_spending_of_a_country_said_to_be_no_partner_is_no_budget() -> None:
    assert _reads(
        "Oostenrijk (geen partnerland) spendeerde in datzelfde jaar ongeveer 4,7 miljard euro "
        "aan defensie.",
        2078,
    ) == [("other", "AT", None, "4700000000 EUR", None)]


@pytest.mark.parametrize(
    ("text", "edition", "expected"),
    [
        pytest.param(
            "Antwoord: de defensiebegroting van Tsjechië bedroeg dat jaar CZK 169,1 miljard, 0,3 "
            "procent minder dan in 1952.",
            1953,
            [("budget", "CZ", None, "169100000000 CZK", None)],
            id="a-year-compared-with-after-the-amount-is-not-its-own",
        ),
        pytest.param(
            "Het Britse defensiebudget bedroeg over begrotingsjaar 1955/56 evenals in 1954/1955 "
            "71,2 miljard Britse pond.",
            1955,
            [("budget", "GB", "1955/1956", "71200000000 GBP", None)],
            id="evenals-in",
        ),
    ],
)
def test_a_year_compared_with_is_never_the_amounts(
    text: str, edition: int, expected: list[tuple[str, str | None, str | None, str, str | None]]
) -> None:
    assert _reads(text, edition) == expected


def test_lists_take_the_categories_named_after_respectively_in_order() -> None:
    got = enumerated_partners(
        "Enerzijds België en Duitsland, anderzijds Australië en Japan worden als partnerland "
        "aangemerkt, en wel onderscheidenlijk als strategisch partner, dan wel als "
        "niet-strategisch partnerland."
    )
    assert [(code, category.value) for code, category, _ in got] == [
        ("BE", "strategic"),
        ("DE", "strategic"),
        ("AU", "other"),
        ("JP", "other"),
    ]
    # Lists and categories that do not pair: nothing is guessed.
    assert (
        enumerated_partners(
            "Enerzijds België, anderzijds Japan, en voorts Canada worden partnerland, "
            "onderscheidenlijk als strategisch partner en als niet-strategisch partnerland."
        )
        == []
    )


def _blocks_document(blocks: list[tuple[str, int, str]]) -> Document:
    """A one-page document of (kind, level, text) blocks: "h" a heading, "p" a paragraph."""
    from reportdiff.extract._types import Metadata, PageInfo

    made = tuple(
        Block(
            BlockKind.HEADING if kind == "h" else BlockKind.PARAGRAPH,
            text,
            1,
            "1",
            level=level if kind == "h" else 0,
        )
        for kind, level, text in blocks
    )
    return Document("test.pdf", "pdf", Metadata(), (PageInfo(1, "1"),), made)


def test_an_english_translation_beside_the_dutch_text_is_not_read() -> None:
    """A bilingual edition: the English sentence ("Defence budget, Germany: EUR 83 billion")
    under another country's heading gives that country no budget, and the edition says how
    many English sentences it did not read."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale militaire samenwerking 1953."),
            ("h", 2, "Strategische partners / Strategic partners"),
            ("h", 2, "Spanje / Spain"),
            ("p", 0, "Vanaf dit verslagjaar telt Spanje strategisch mee."),
            ("p", 0, "Defence budget, Germany: EUR 83 billion (1953)."),
        ]
    )
    report = parse_document(doc)
    assert [(p.code, p.category.value) for p in report.partners] == [("ES", "strategic")]
    assert report.budgets == ()
    assert any("1 sentence(s) in English" in w for w in report.warnings)


def test_an_answers_run_in_label_is_not_part_of_its_sentence() -> None:
    """Written questions and answers: the answer's run-in label ("Antwoord") is no word of
    the answer, so "Strategisch: …" opens it as a list's label does; partners by project
    ("Projectmatig daarnaast: …") are other partners."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale militaire samenwerking 1921."),
            ("h", 2, "Vraag 2 Welke landen gelden als strategisch, welke als projectpartner?"),
            (
                "p",
                0,
                "Antwoord Strategisch: België, Duitsland en Frankrijk. Projectmatig daarnaast: "
                "Australië en Japan.",
            ),
        ]
    )
    report = parse_document(doc)
    assert [(p.code, p.category.value) for p in report.partners] == [
        ("BE", "strategic"),
        ("DE", "strategic"),
        ("FR", "strategic"),
        ("AU", "other"),
        ("JP", "other"),
    ]
    assert report.partners[0].source.text == "Strategisch: België, Duitsland en Frankrijk."


@pytest.mark.parametrize(("level", "parties"), [(3, ("NL", "DK")), (2, None)])
def test_a_heading_set_smaller_than_the_countrys_is_part_of_its_section(
    level: int, parties: tuple[str, ...] | None
) -> None:
    # "Denemarken" in bold, then "Afspraken" in italics: the agreement is Denmark's.  Set as
    # large as the country's, "Afspraken" may be a section of its own: no party is guessed.
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 2, "Strategische partners"),
            ("h", 2, "Denemarken"),
            ("h", level, "Samenwerking"),
            ("p", 0, "De marines oefenden samen in het Kattegat."),
            ("h", level, "Afspraken"),
            ("p", 0, "• Policy Direction munitie-inkoop – van kracht, loopt door."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    found = [a.parties for a in report.agreements]
    assert found == ([parties] if parties else [])


def test_a_heading_that_lists_organisations_opens_their_chapter() -> None:
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 2, "Overige partners"),
            ("h", 2, "Canada"),
            ("p", 0, "Met Canada werd in het noordpoolgebied geoefend."),
            ("h", 2, "EU, VN en NAVO"),
            ("p", 0, "NAVO: de verdedigingsplannen vragen meer eenheden."),
            ("p", 0, "EU: vaker samen inkopen."),
            ("p", 0, "VN: Nederland levert stafofficieren."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    assert {o.code for o in report.organisations} == {"EU", "VN", "NAVO"}


def test_a_numbered_chapter_that_lists_organisations_follows_a_budget_chapter() -> None:
    # "4. NAVO; Unie; VN" after "3. Defensiebudgetten": the organisations' chapter all the
    # same, with the EU under a name the vocabulary does not know it by ("Unie").
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 2, "2. Strategische partners"),
            ("p", 0, "Strategische partners zijn België en Duitsland."),
            ("h", 2, "3. Defensiebudgetten"),
            ("p", 0, "Opgegeven budgetten 2095, miljoenen, nationale valuta."),
            ("h", 2, "4. NAVO; Unie; VN"),
            ("p", 0, "• NAVO: eenheden gereserveerd voor regionale planning."),
            ("p", 0, "• EU: collectieve munitieaanschaf."),
            ("p", 0, "• VN: waarnemers, stafofficieren."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    assert {o.code for o in report.organisations} == {"EU", "VN", "NAVO"}


def test_a_heading_that_comes_back_under_every_country_is_part_of_its_section() -> None:
    # "Afspraken" set as large as the countries' headings, but under each of them: the
    # agreement under "Estland" is Estonia's; a note at the foot of that page ("2 …") names
    # no country and is given none (it may be any country's).
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 2, "Overige partners"),
            ("h", 2, "Canada"),
            ("h", 2, "Afspraken"),
            ("p", 0, "• MoU arctische training – van kracht."),
            ("h", 2, "Estland"),
            ("h", 2, "Afspraken"),
            ("p", 0, "• LoI cyberverdediging – geldt vanaf 2093."),
            ("p", 0, "2 Defensiebudget 2095: EUR 61,2 mld. (1,9% bbp)."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    assert sorted(a.parties for a in report.agreements) == [("NL", "CA"), ("NL", "EE")]
    assert report.budgets == ()


def test_a_note_at_the_foot_of_a_page_is_the_country_whose_text_marks_it() -> None:
    # The notes of a page are set after its last section ("Verenigd Koninkrijk"), but note 2
    # is marked in France's text ("in voetnoot2"): its budget is France's.  A note no text
    # marks is given no country.
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 2, "Strategische partners"),
            ("h", 2, "Frankrijk"),
            ("p", 0, "Categorie: strategisch | Defensiebudget: in voetnoot2 | Speerpunt: Sahel"),
            ("h", 2, "Verenigd Koninkrijk"),
            ("p", 0, "Categorie: strategisch | Speerpunt: amfibische eenheden"),
            ("p", 0, "2 Defensiebudget (2095): EUR 62,5 mld, 2,84 % bbp."),
            ("p", 0, "3 Defensiebudget (2095): EUR 9,9 mld."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    assert [(b.country, str(b.money.amount)) for b in report.budgets] == [("FR", "62500000000")]


def test_a_paragraph_led_by_a_country_gives_its_figures_that_country() -> None:
    # One-line partner paragraphs ("Land: focus. Budget …"), where the budget sentence names
    # no country: the paragraph's lead does, up to the next lead, also one the sentence
    # splitter left inside a sentence after "tabel 1.".  An aside in brackets leads nothing,
    # and a note at the page's foot still takes the country of the text that marks it, not
    # the lead of the paragraph it is set after, even with its mark glued to its first word.
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 2, "Strategische partners"),
            (
                "p",
                0,
                "Verenigd Koninkrijk: mariniers; jacht op onderzeeboten. Defensiebudget "
                "2095-2096: GBP 63,5 mld; 1,36% bbp. Budgetcijfers: tabel 1. Verenigde Staten: "
                "onderhoud F-35. Budget (2095): USD 1.059 mld; bbp-aandeel 2,96%.",
            ),
            ("p", 0, "Duitsland: landmachtintegratie. Duitse uitgavencijfers volgen in voetnoot.2"),
            (
                "p",
                0,
                "België: marinestaf. De defensiebegroting sloot op 7.310 miljoen euro (eigen "
                "aandeel niet bekendgemaakt; Canada: 2,2%). Dat is EUR 90 mln meer dan in 2094.",
            ),
            ("p", 0, "Zuid-Korea: artilleriegranaten; productiecapaciteit."),
            ("p", 0, "2Duitse defensie kreeg in 2095 € 76,6 miljard toebedeeld (1,3% BBP)."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    assert sorted((b.country, b.year, str(b.money.amount)) for b in report.budgets) == [
        ("BE", "2095", "7310000000"),
        ("DE", "2095", "76600000000"),
        ("GB", "2095/2096", "63500000000"),
        ("US", "2095", "1059000000000"),
    ]
    change = next(a for a in report.amounts if a.money.amount == Decimal("90000000"))
    assert change.country == "BE"


@pytest.mark.parametrize(
    "text",
    [
        "Namens de fractie wordt gevraagd hoe het staat met de Nederlanders in UNIFIL.",
        "De leden van de fractie wensen te vernemen of Japan inmiddels partnerland is.",
        "Bij de fractie leeft de vraag of Rusland geen strategisch partner kan worden.",
        "De leden zijn benieuwd of Zweden een MoU heeft getekend.",
    ],
)
def test_a_question_told_in_other_words_states_nothing(text: str) -> None:
    assert Sentence(text, 1, None, 0).question


def test_the_noun_question_alone_is_no_question() -> None:
    assert not Sentence("De vraag welke landen partner zijn, is beantwoord.", 1, None, 0).question


def test_a_partnership_said_not_to_exist() -> None:
    text = "Dat bericht klopt niet: een partnerschap met Chili bestaat niet."
    assert enumerated_partners(text) == []


def test_a_year_in_the_record_before_is_not_the_amounts() -> None:
    # Records run on in one sentence: Czechia's last-year figure "(2094: 6,17 mld)" stands
    # before the United Kingdom's amount, whose own year follows it in its clause.
    text = (
        "Tsjechië — Categorie: OP; Defensiebudget (2095): € 7,09 mld ↑ (2094: 6,17 mld); "
        "Verenigd Koninkrijk — Categorie: OP; Defensiebudget: £ 81,2 mld in 2095–2096"
    )
    reads = amounts_in_sentence(Sentence(text, 1, None, 0), None, 2095)
    budgets = [(r.country, r.year) for r in reads if r.kind is AmountKind.BUDGET]
    assert budgets == [("CZ", "2095"), ("GB", "2095/2096")]
    # A year after the amount beyond another country's name is that country's.
    other = "In 2091 gaf Duitsland € 90 miljard uit, Frankrijk € 60 miljard in 2092."
    reads = amounts_in_sentence(Sentence(other, 1, None, 0), None, 2092)
    assert [(r.country, r.year) for r in reads] == [("DE", "2091"), ("FR", "2092")]


def test_a_country_left_out_of_the_partners_is_none() -> None:
    """In a partner chapter's prose, a country said to be missing from the list is no partner,
    however the sentence goes on about the cooperation."""
    chapter = SectionContext("Strategische partners", 1, Group.STRATEGIC, True, None)
    chapter.sentences = [
        Sentence(t, 1, None, 0)
        for t in (
            "Met Frankrijk en Noorwegen wordt eveneens nauw samengewerkt.",
            "Rusland, dat in voornoemde opsomming uiteraard ontbreekt, vormt daarentegen de "
            "mogendheid wier optreden het belang dezer samenwerking het scherpst doet uitkomen.",
        )
    ]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == [
        ("FR", "strategic"),
        ("NO", "strategic"),
    ]


def test_an_amount_set_as_a_heading_is_read_for_no_one() -> None:
    """A slide's key figure in large type ("DKK 49,4 mrd") is no budget, but is kept as an
    amount so that the diff does not call the budget in that currency gone; a column's unit
    ("Uitgaven (x € 1 mln)") is no amount."""
    sections = []
    for title in ("DKK 49,4 mrd", "Land Jaar Uitgaven (x € 1 mln)"):
        block = Block(BlockKind.HEADING, title, 3, "3")
        sec = SectionContext(title, 2, Group.GENERAL, True, block)
        sec.sentences = []
        sections.append(sec)
    budgets, amounts = find_amounts(sections, 2077, [])
    assert budgets == []
    assert [(a.kind, a.money.amount, a.money.currency, a.country) for a in amounts] == [
        (AmountKind.OTHER, Decimal("49400000000"), "DKK", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ieder dezer landen meet zijn samenwerking af aan Russische dreiging.", []),
        ("Samenwerking met Estland tegen dreiging vanuit Rusland.", [("EE", "strategic")]),
        ("Met Polen werken we samen tegen de Russische dreiging.", [("PL", "strategic")]),
    ],
    ids=["the-threat-itself", "threat-from", "partner-against-the-threat"],
)
def test_a_country_named_as_the_threat_is_no_partner(
    text: str, expected: list[tuple[str, str]]
) -> None:
    chapter = SectionContext("Strategische partners", 1, Group.STRATEGIC, True, None)
    chapter.sentences = [Sentence(text, 1, None, 0)]
    assert [(p.code, p.category.value) for p in find_partners([chapter])] == expected


def test_a_heading_naming_an_organisation_in_a_partner_chapter_is_about_it() -> None:
    """A slide titled "NAVO blijft hoeksteen" in the other partners' chapter speaks of the
    organisations it lists; the chapter goes on after it."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2095."),
            ("h", 1, "Overige partners"),
            ("h", 2, "NAVO blijft hoeksteen"),
            ("p", 0, "▪ NAVO: regionale plannen ▪ EU: capaciteitsprojecten ▪ VN: waarnemers"),
            ("h", 2, "Canada"),
            ("p", 0, "Met Canada werd samengewerkt bij de opleiding van vliegers."),
        ]
    )
    report = parse_document(doc, force=True, year=2095)
    assert {o.code for o in report.organisations} == {"NAVO", "EU", "VN"}
    assert [(p.code, p.category.value) for p in report.partners] == [("CA", "other")]


def test_a_sentence_set_large_opens_no_chapter() -> None:
    """A magazine's lede set in large type is read as a heading, but its words ("partners",
    "nooit") are no chapter's title: the countries under it keep their own chapter."""
    lede = (
        "Oefenen, inkopen, uitzenden: Defensie deed het in 2083 bijna nooit meer in haar "
        "eentje. Een rondgang langs de partners."
    )
    assert chapter_group(lede) is None
    assert chapter_group("Overige partnerlanden") is Group.OTHER


def test_a_country_named_on_a_line_of_its_own_is_whose_figures_follow() -> None:
    # A typed letter's underlined country names, which a scan's text layer gives as plain
    # paragraphs: the figure that names no country is the one named above it, until a
    # paragraph names another country.
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2155."),
            ("h", 2, "Strategische partners"),
            ("p", 0, "Duitsland"),
            (
                "p",
                0,
                "Belangrijk bij Duitsland: divisies met Nederlandse brigades erin. Budget "
                "2155-2156: € 94,6 miljard (1,99 procent bbp). Vorig jaar: 93 miljard euro.",
            ),
            ("p", 0, "het Verenigd Koninkrijk"),
            ("p", 0, "Amfibisch trainen naast mariniers. Budget: GBP 70,9 miljard."),
            ("p", 0, "Met Italië werd over munitie gesproken. Budget: € 30,1 miljard."),
        ]
    )
    report = parse_document(doc, force=True, year=2155)
    assert [(b.country, b.year, b.money.amount, b.gdp_percent) for b in report.budgets] == [
        ("DE", "2155/2156", Decimal("94600000000"), Decimal("1.99")),
        ("GB", "2155", Decimal("70900000000"), None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Duitsland", "DE"),
        ("het Verenigd Koninkrijk", "GB"),
        ("Noorwegen:", "NO"),
        # A sentence, a date or two countries are no line of a country's own.
        ("Duitsland blijft partner.", None),
        ("Duitsland 2155", None),
        ("België en Luxemburg", None),
        ("Strategische partners", None),
    ],
)
def test_caption_country(text: str, expected: str | None) -> None:
    from reportdiff.parse.context import caption_country

    assert caption_country(text) == expected


def test_a_table_whose_rows_are_paragraphs_of_their_own() -> None:
    # A word processor's (or OCR's) table: the caption, the column header and each row a
    # paragraph; the scale is the caption's ("in miljoenen"), the share column the header's.
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2155."),
            ("h", 2, "Bijlage"),
            ("p", 0, "Gemelde budgetten 2155, in miljoenen eigen valuta."),
            ("p", 0, "Tabel 1. Budgetten partnerlanden 2155"),
            ("p", 0, "Land Jaar Bedrag % bbp"),
            ("p", 0, "Luxemburg 2155 EUR 699 1,6"),
            ("p", 0, "Denemarken (*) 2155 EUR 7.060 2,08"),
            ("p", 0, "Japan 2155/56 JPY 9.131.000 2,2 (*) Cijfer overgenomen uit 2154."),
            ("p", 0, "Italië 2155 EUR 30.100 1,5"),
        ]
    )
    report = parse_document(doc, force=True, year=2155)
    assert [(b.country, b.year, b.money.amount, b.gdp_percent) for b in report.budgets] == [
        ("LU", "2155", Decimal("699000000"), Decimal("1.6")),
        ("DK", "2155", Decimal("7060000000"), Decimal("2.08")),
        ("JP", "2155/2156", Decimal("9131000000000"), Decimal("2.2")),
        ("IT", "2155", Decimal("30100000000"), Decimal("1.5")),
    ]


def test_a_table_kept_in_one_paragraph_takes_its_scale_from_the_caption_above() -> None:
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2153."),
            ("h", 2, "Bijlage"),
            ("p", 0, "Gemelde budgetten 2153, in miljoenen eigen valuta."),
            (
                "p",
                0,
                "Land Jaar Bedrag % bbp Duitsland 2153 EUR 82.800 1,82 Verenigd Koninkrijk "
                "2153/54 GBP 54.600 3,49",
            ),
        ]
    )
    report = parse_document(doc, force=True, year=2153)
    assert [(b.country, b.year, b.money.amount, b.gdp_percent) for b in report.budgets] == [
        ("DE", "2153", Decimal("82800000000"), Decimal("1.82")),
        ("GB", "2153/2154", Decimal("54600000000"), Decimal("3.49")),
    ]


def test_a_header_paragraph_heads_only_the_rows_right_under_it() -> None:
    # Prose between the header and a row-shaped line ends the table: no scale is carried
    # over, and "EUR 699" alone is no budget.
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2155."),
            ("h", 2, "Bijlage"),
            ("p", 0, "Bedragen in miljoenen."),
            ("p", 0, "Land Jaar Bedrag % bbp"),
            ("p", 0, "De tabel volgt na de zomer."),
            ("p", 0, "Luxemburg 2155 EUR 699 1,6"),
        ]
    )
    report = parse_document(doc, force=True, year=2155)
    assert report.budgets == ()


@pytest.mark.parametrize(
    "text",
    [
        "Russisch optreden vormt de aanleiding; partnerschap met Rusland is uitgesloten.",
        "Een partnerschap met Belarus is niet aan de orde.",
    ],
)
def test_a_partnership_ruled_out_makes_no_partner(text: str) -> None:
    assert _partners([text]) == []


def test_an_enumeration_gives_the_category_a_passing_mention_did_not() -> None:
    # "rekent Denemarken tot partnerlanden" in passing, then the enumeration of the strategic
    # partners: Denmark is a strategic partner.  Once enumerated, a country keeps its category.
    assert _partners(
        [
            "Met uitgaven ad circa 50 mld. kronen rekent Denemarken tot partnerlanden wier "
            "investeringsruimte het grootst is.",
            "Strategische partnerkring gedurende 2066: België, Duitsland, Noorwegen en Denemarken.",
            "Overige partnerlanden: Japan, Canada en Denemarken.",
        ]
    ) == [
        ("DK", "strategic"),
        ("BE", "strategic"),
        ("DE", "strategic"),
        ("NO", "strategic"),
        ("JP", "other"),
        ("CA", "other"),
    ]


def test_a_lettered_list_item_after_a_full_stop_is_a_sentence_of_its_own() -> None:
    from reportdiff.parse.sentences import split_sentences

    text = (
        "a. Met ingang van 1 mei 2066 werkt de PD tussen Nederland en het Verenigd Koninkrijk. "
        "b. Omtrent het MoU tussen Nederland en Noorwegen valt niets te melden; c. De SOFA met "
        "België is getekend."
    )
    assert [s[:2] for _, s in split_sentences(text)] == ["a.", "b.", "c."]


@pytest.mark.parametrize(
    "text",
    [
        "Ingevolge Duitse begrotingswetgeving is over 2062 ten behoeve der krijgsmacht EUR "
        "81.500 mln. beschikbaar gesteld (2,64 procent van het bbp).",
        "Duitsland stelde over 2062 voor de krijgsmacht EUR 81.500 mln. beschikbaar.",
    ],
)
def test_money_made_available_for_the_armed_forces_as_a_whole_is_the_budget(text: str) -> None:
    assert [(k, c, y, a) for k, c, y, a, _ in _reads(text, 2062)] == [
        ("budget", "DE", "2062", "81500000000 EUR")
    ]


def test_a_count_of_partners_is_listed_in_the_sentences_after_it() -> None:
    # "zeven strategische partners", then the seven in two sentences: read when the count
    # matches the countries named, never when it does not.
    listed = [
        "In 2161 telde Nederland zeven strategische partners.",
        "Heel nauw trekken we op met België, Luxemburg en Duitsland.",
        "Daarna komen Frankrijk, Noorwegen, het Verenigd Koninkrijk en de Verenigde Staten.",
        "Rusland staat niet in dit lijstje.",
    ]
    assert _partners(listed) == [
        (code, "strategic") for code in ("BE", "LU", "DE", "FR", "NO", "GB", "US")
    ]
    assert _partners([listed[0].replace("zeven", "acht"), *listed[1:]]) == []


def test_a_which_question_answered_by_a_list() -> None:
    assert _partners(
        [
            "Welke landen zijn in 2161 verder nog partner?",
            "• Italië • Spanje • Japan • Polen Samen met Italië: piloten krijgen daar les.",
        ]
    ) == [("IT", "other"), ("ES", "other"), ("JP", "other"), ("PL", "other")]
    # A yes-or-no question asks; its premise is not the report's.
    assert _partners(["Is Rusland partner?", "• Rusland • Belarus"]) == []


def test_the_other_countries_of_a_treaty_are_no_partners() -> None:
    assert (
        _partners(
            ["De andere landen van dat verdrag zijn Duitsland, Denemarken, Noorwegen en Zweden."]
        )
        == []
    )


def test_a_count_of_countries_in_a_partner_chapter() -> None:
    # In the strategic partners' chapter, "deze vier landen" counts its partners; the list
    # follows, in prose or as bullets.
    for listed in (
        "Het zijn België, Duitsland, Frankrijk en Noorwegen.",
        "• België • Duitsland • Frankrijk • Noorwegen Met België delen we een marine.",
    ):
        texts = ["Met deze vier landen werken we het nauwst samen.", listed]
        found = [
            (p.code, p.category.value) for p in find_partners(_section(texts, Group.STRATEGIC))
        ]
        assert found == [(c, "strategic") for c in ("BE", "DE", "FR", "NO")]
    # Five said, four listed: none is taken.
    texts = [
        "Met deze vijf landen werken we het nauwst samen.",
        "Het zijn België, Duitsland, Frankrijk en Noorwegen.",
    ]
    assert find_partners(_section(texts, Group.STRATEGIC)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ter vergelijking: Noorwegen steekt ruim € 8 miljard in defensie.",
        "Vergelijkenderwijs: over 2061 besteedde Frankrijk 60 miljard euro aan defensie.",
    ],
)
def test_a_sentence_that_compares_gives_no_budget(text: str) -> None:
    assert [k for k, *_ in _reads(text, 2062)] == ["other"]


def test_a_note_mark_set_apart_after_a_full_stop_ends_the_sentence() -> None:
    # "… mln. [3] Het Franse …": the note mark opens the next note, whose budget is a
    # sentence of its own, and read.
    from reportdiff.parse.sentences import split_sentences

    text = (
        "Ter vergelijking: 2065 EUR 755 mln. [3] Het Franse defensiebudget 2066 bedraagt "
        "€ 63,2 miljard."
    )
    first, second = (t for _, t in split_sentences(text))
    assert first == "Ter vergelijking: 2065 EUR 755 mln."
    assert second.startswith("[3] Het Franse")
    assert [k for k, *_ in _reads(first, 2066)] == ["other"]
    assert [(k, c) for k, c, *_ in _reads(second, 2066)] == [("budget", "FR")]


def test_on_no_partner_list_at_all_is_no_partner() -> None:
    assert _partners(["Rusland staat op geen enkele partnerlijst; zijn optreden telt."]) == []


def test_organisations_one_belongs_to() -> None:
    # Past the partner chapters, a list of three organisations is the Netherlands' when the
    # sentence says it belongs to them ("waar we bij horen"), as it is with "werkt samen in".
    partners = SectionContext("Strategische partners", 1, Group.STRATEGIC, True, None)
    partners.sentences = [Sentence("België blijft de naaste partner.", 1, None, 0)]
    groups = SectionContext("Bij welke andere groepen horen we?", 1, Group.GENERAL, True, None)
    groups.sentences = [
        Sentence(
            "Andere groepen van landen waar we bij horen: PESCO, EI2 en Northern Group.", 1, None, 1
        )
    ]
    found = find_organisations_covered([partners, groups])
    assert {o.code for o in found} == {"PESCO", "EI2", "Northern Group"}


def test_a_list_ends_at_an_item_that_announces_its_own_or_denies_a_partnership() -> None:
    """Bulleted items after a strategic list: an item that announces the other partners, or
    one that says Russia is no partner, is no strategic partner of the list before."""
    assert _partners(
        [
            "▪ Strategische partners (2): België · Duitsland",
            "▪ Overige partnerlanden (2): Estland · Polen",
            "▪ Rusland: geen partner — primaire dreiging",
        ]
    ) == [("BE", "strategic"), ("DE", "strategic"), ("EE", "other"), ("PL", "other")]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # the working together is said of something else than the country's clause
        (
            "Rusland staat op geen enkele partnerlijst hiernaast, maar zijn optreden laat "
            "zien waarom samenwerken telt.",
            [],
        ),
        # a country's adjective says whose the action is
        (
            "Russisch optreden sinds 1982 maakte samenwerking met België en Luxemburg wel "
            "urgenter.",
            [("BE", "other"), ("LU", "other")],
        ),
    ],
    ids=["denied-in-its-own-clause", "adjective"],
)
def test_working_together_names_only_the_countries_it_is_said_of(
    text: str, partners: list[tuple[str, str]]
) -> None:
    assert _partners_in_chapter([text]) == partners


def _partners_in_chapter(texts: list[str]) -> list[tuple[str, str]]:
    return [(p.code, p.category.value) for p in find_partners(_section(texts, Group.OTHER))]


def test_a_tables_rows_with_the_amount_before_the_year() -> None:
    """ "Land Budget Jaar % bbp": each row a country, its amount, the year, the share; a row
    whose country cell says more ("(vorig jaar)", "(referentie)") is not read, and a
    currency's adjective in a cell ("Canadese dollar") starts no row."""
    text = (
        "Luxemburg 698 mln euro 1984 3,4 % Luxemburg (vorig jaar) 671 mln euro 1983 – "
        "Noorwegen * 12 400 mln euro 1984 2,65 % Denemarken €6.820.000.000 1984 1,22 % "
        "Canada 42 600 mln Canadese dollar 1984/1985 2,6 % Nederland (referentie) EUR 9,27 "
        "mrd. 1984 2,03 %"
    )
    rows = [
        (r.country, r.year, r.money.amount, r.money.currency, r.gdp_percent)
        for r in table_rows(text, header="Land Budget Jaar % bbp")
    ]
    assert rows == [
        ("LU", "1984", Decimal("698000000"), "EUR", Decimal("3.4")),
        ("NO", "1984", Decimal("12400000000"), "EUR", Decimal("2.65")),
        ("DK", "1984", Decimal("6820000000"), "EUR", Decimal("1.22")),
        ("CA", "1984/1985", Decimal("42600000000"), "CAD", Decimal("2.6")),
    ]
    # Without a header that puts the amount first, nothing is read.
    assert table_rows(text, header="Overzicht") == []


def test_a_register_table_with_formal_names_articles_and_a_qualified_column() -> None:
    """ "Staat Vastgesteld budget Begrotingsjaar Aandeel bbp": the amount's column qualified
    by a word; each country cell a state's formal name with its article ("het Koninkrijk
    België", "de Franse Republiek"), which belongs to its own row, not the row above's
    share; a note mark set apart after the country ("Luxemburg ¹"); a share cell written in
    words ("niet opgegeven"); the reference row ("(ter referentie)") not read."""
    text = (
        "het Koninkrijk België 7,28 miljard euro 2101 2,61% het Groothertogdom Luxemburg ¹ "
        "€ 768.000.000 2101 niet opgegeven de Franse Republiek € 59.300.000.000 2101 2,1% "
        "Het Koninkrijk der Nederlanden (ter referentie) EUR 12,4 miljard 2101 1,38%"
    )
    header = "Staat Vastgesteld budget Begrotingsjaar Aandeel bbp"
    rows = [
        (r.country, r.year, r.money.amount, r.gdp_percent) for r in table_rows(text, header=header)
    ]
    assert rows == [
        ("BE", "2101", Decimal("7280000000"), Decimal("2.61")),
        ("LU", "2101", Decimal("768000000"), None),
        ("FR", "2101", Decimal("59300000000"), Decimal("2.1")),
    ]
    # One row, each row a paragraph of its own under the header: still a row.
    one = table_rows("België € 7.560.000.000 2111 niet opgegeven", header=header)
    assert [(r.country, r.money.amount) for r in one] == [("BE", Decimal("7560000000"))]


def test_a_tables_remarks_column_ends_its_rows() -> None:
    """A last column of remarks ("Opmerking") after the share: "2,06% ongewijzigd" ends the
    row, as does a remark where the share is left empty; without that column in the header
    a word after the share is no cell of the row."""
    text = (
        "België 2050 8,66 mld. EUR 2,06% ongewijzigd Noorwegen 2050-51 7,97 mld. EUR 2,32% "
        "Verenigde Staten 2050 1.259 mld. USD 2,92% Verenigde Staten 2049 1.183 mld. USD "
        "vorige editie"
    )
    rows = [
        (r.country, r.year, r.money.amount, r.gdp_percent)
        for r in table_rows(text, header="Land Jaar Uitgaven % bbp Opmerking")
    ]
    assert rows == [
        ("BE", "2050", Decimal("8660000000"), Decimal("2.06")),
        ("NO", "2050/2051", Decimal("7970000000"), Decimal("2.32")),
        ("US", "2050", Decimal("1259000000000"), Decimal("2.92")),
        ("US", "2049", Decimal("1183000000000"), None),
    ]
    plain = table_rows(text, header="Land Jaar Uitgaven % bbp")
    assert "BE" not in [r.country for r in plain]


def test_a_figure_of_no_year_in_an_edition_of_no_known_year_is_no_budget() -> None:
    """A forced parse of a document whose year is not known (year 0): a budget that states
    no year of its own is no budget (its year would be a guess, and "0" is no year), and
    one that states its year still is."""
    sections = _section(
        [
            "Duitsland besteedt EUR 51,9 miljard aan defensie.",
            "Frankrijk besteedde in 2021 EUR 39,2 miljard aan defensie.",
        ],
        Group.STRATEGIC,
    )
    budgets, amounts = find_amounts(sections, 0, [])
    assert [(b.country, b.year) for b in budgets] == [("FR", "2021")]
    de = [a for a in amounts if a.country == "DE"]
    assert de and de[0].kind is AmountKind.OTHER and de[0].year is None


def test_a_scaled_figure_above_a_tables_row_is_no_column_header() -> None:
    """A row set with its cells centred on the amount's two lines: "44,3 miljard" comes
    before the country's cell.  It gives the row below no scale: "1,21 Deense kroon" is not
    1,21 billion."""
    text = "44,3 miljard Denemarken 1912 1,21 Deense kroon"
    amounts = [r.money.amount for r in table_rows(text, header="Land Begrotingsjaar Bedrag")]
    assert Decimal("1210000000") not in amounts


def test_a_rounded_figure_of_no_year_is_no_budget() -> None:
    """ "ruim EUR 66 mrd." said of no year: not the edition's year's budget."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 1992."),
            ("h", 2, "Strategische partners"),
            (
                "p",
                0,
                "Alleen al Frankrijk besteedt jaarlijks ruim EUR 66 mrd. aan eigen strijdkrachten.",
            ),
            ("p", 0, "Duitsland besteedde in 1992 ruim EUR 41 mrd. aan defensie."),
        ]
    )
    report = parse_document(doc)
    assert [(b.country, b.year, b.money.amount, b.approximate) for b in report.budgets] == [
        ("DE", "1992", Decimal("41000000000"), True)
    ]


def test_a_records_fields_in_paragraphs_of_their_own_make_one_record() -> None:
    """A record set with space between its fields, one or two to a paragraph: "Land: België"
    starts it, the fields after it go on with it, and the status field gives the partner its
    category."""
    from reportdiff.parse.sentences import split_fields

    assert split_fields("Land: België") == [(0, "Land", "Land: België")]
    assert split_fields("Status: strategisch partner") is None
    assert split_fields("Status: strategisch partner", running=True) == [
        (0, "Status", "Status: strategisch partner")
    ]
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2098."),
            ("h", 2, "Kaarten"),
            ("p", 0, "Land: België"),
            ("p", 0, "Status: strategisch partner Defensiebudget: zie de tabel"),
            ("p", 0, "Aanspreekpunt: defensieattaché, ambassade Brussel"),
            ("p", 0, "Land: Zweden"),
            ("p", 0, "Status: overig partnerland"),
        ]
    )
    assert [(p.code, p.category.value) for p in parse_document(doc).partners] == [
        ("BE", "strategic"),
        ("SE", "other"),
    ]


@pytest.mark.parametrize(
    ("subject", "edition"),
    [
        ("Factsheet internationale defensiesamenwerking 2161", True),
        ("Jaaroverzicht internationale militaire samenwerking over 2019", True),
        ("Factsheet internationale defensiesamenwerking", False),  # no year: not the yearly report
        ("Beleidsbrief defensie 2161", False),
    ],
    ids=["factsheet", "jaaroverzicht-over", "no-year", "other-topic"],
)
def test_a_letter_whose_subject_names_the_topic_and_a_year_is_an_edition(
    subject: str, edition: bool
) -> None:
    """A letter that never prints the report's title, but whose subject names the topic and
    a year, is the yearly report sent under another name; without a year, or on another
    topic, it is refused."""
    from reportdiff.errors import NotAnEditionError
    from reportdiff.extract._types import Metadata, PageInfo
    from reportdiff.parse.base import EditionParser

    blocks = (Block(BlockKind.PARAGRAPH, "Geachte voorzitter,", 1, "1"),)
    doc = Document("brief.pdf", "pdf", Metadata(subject=subject), (PageInfo(1, "1"),), blocks)
    if edition:
        EditionParser().check_identity(doc, force=False)
    else:
        with pytest.raises(NotAnEditionError):
            EditionParser().check_identity(doc, force=False)


def test_a_subject_under_its_label_in_the_body_names_the_edition() -> None:
    """A letterhead's fields stacked in the body, each label over its value ("Betreft" over
    the report's title, below the sender, the addressee, the date and the reference): the
    subject names the edition and its year."""
    from reportdiff.errors import NotAnEditionError
    from reportdiff.extract._types import Metadata, PageInfo
    from reportdiff.parse.base import EditionParser, identify_year

    head = [
        (BlockKind.HEADING, "Algemene Toetsingskamer"),
        (BlockKind.PARAGRAPH, "Postbus 20015 · 2500 EA Den Haag"),
        (BlockKind.PARAGRAPH, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        (BlockKind.HEADING, "Datum"),
        (BlockKind.PARAGRAPH, "13 april 2043"),
        (BlockKind.HEADING, "Ons kenmerk"),
        (BlockKind.PARAGRAPH, "ATK/2043/1271"),
        (BlockKind.HEADING, "Betreft"),
    ]

    def doc(subject: str) -> Document:
        blocks = tuple(
            Block(kind, text, 1, "1") for kind, text in [*head, (BlockKind.PARAGRAPH, subject)]
        )
        return Document("brief.pdf", "pdf", Metadata(), (PageInfo(1, "1"),), blocks)

    edition = doc("Rapportage internationale defensiesamenwerking 2042")
    EditionParser().check_identity(edition, force=False)
    assert identify_year(edition) == 2042
    with pytest.raises(NotAnEditionError):
        EditionParser().check_identity(doc("Jaarverslag Toetsingskamer 2042"), force=False)


def test_neither_nor_names_no_partner() -> None:
    """ "Rusland noch China is partnerstaat": neither is a partner, and the countries named
    beside a "noch" in a list of partners are not either."""
    assert enumerated_partners("Rusland noch China is partnerstaat; beide zijn factoren.") == []
    assert [
        c
        for c, _, _ in enumerated_partners(
            "Noch Rusland, noch China is partnerland, wel België en Duitsland als strategische "
            "partners."
        )
    ] == ["BE", "DE"]


def test_a_run_in_heading_names_the_organisation_its_paragraph_is_about() -> None:
    """ "NAVO. Het Noord-Atlantisch Verdrag vormt grondslag …": a paragraph led by the
    organisation's name alone, as a heading of its own would be; a name inside a sentence is
    not."""
    sections = _section(
        [
            "NAVO.",
            "Het Noord-Atlantisch Verdrag vormt grondslag voor collectieve verdediging.",
            "Verenigde Naties.",
            "Nederland bundelt bijdragen aan vredesoperaties met partnerstaten.",
            "De OVSE kwam dit jaar niet bijeen.",
        ],
        Group.OTHER,  # (in the opening, every organisation named would count)
    )
    assert [o.code for o in find_organisations_covered(sections)] == ["NAVO", "VN"]


def test_an_items_caption_country_leads_its_sub_items() -> None:
    """ "• Canada (overig partnerland)" as a paragraph of its own, its sub-items under it: the
    budget item is Canada's, and a sub-item that names another country in brackets ("(ook
    met Litouwen)") keeps the caption's."""
    from reportdiff.parse.context import caption_country

    assert caption_country("• Canada (overig partnerland)") == "CA"
    assert caption_country("Canada: begroting 2137") is None
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2137."),
            ("h", 2, "Partnerlanden"),
            ("p", 0, "• België (strategisch partner)"),
            ("p", 0, "– MoU inzake gedeelde munitieopslag: zie punt 6"),
            ("p", 0, "– SOFA inzake satellietverbindingen (ook met Litouwen): zie punt 6"),
            ("p", 0, "• Canada (overig partnerland)"),
            (
                "p",
                0,
                "– begroting 2137-2138: 39,9 mld. CAD (bbp-aandeel 1,24%), bedrag onveranderd",
            ),
        ]
    )
    report = parse_document(doc)
    assert [(b.country, b.year, b.money.amount) for b in report.budgets] == [
        ("CA", "2137/2138", Decimal("39900000000"))
    ]
    assert {(a.kind.value, frozenset(a.parties)) for a in report.agreements} == {
        ("mou", frozenset({"NL", "BE"})),
        ("sofa", frozenset({"NL", "BE", "LT"})),
    }


def test_a_country_cell_after_a_bare_share_starts_a_row() -> None:
    """ "Luxemburg 688 mln EUR 2161 3 Verenigd Koninkrijk GBP 60.700 mln 2161/62 – …": the
    share "3" before the next country is no figure whose currency the country names (as
    "42 600 mln Canadese dollar" is)."""
    text = (
        "Luxemburg 688 mln EUR 2161 3 Verenigd Koninkrijk GBP 60.700 mln 2161/62 – Verenigde "
        "Staten USD 1.087.000 mln 2161 2,4 Canada CAD 36.700 mln 2161/62 1,55 Bron: nationale "
        "begrotingsdocumenten."
    )
    rows = table_rows(text, header="Land Defensie-uitgaven Peiljaar % bbp Opmerking")
    assert [(r.country, r.year, r.money.amount) for r in rows] == [
        ("LU", "2161", Decimal("688000000")),
        ("GB", "2161/2162", Decimal("60700000000")),
        ("US", "2161", Decimal("1087000000000")),
        ("CA", "2161/2162", Decimal("36700000000")),
    ]


def test_a_key_figure_is_read_with_the_labels_under_it() -> None:
    """A tile of a big number over small text, each a paragraph of its own: "€ 55,4 mld" over
    "Franse defensiebegroting 2028-’29" and "1,7% bbp-aandeel" is France's budget with its
    share; the next tile's figure starts a tile of its own."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2028."),
            ("h", 2, "Begrotingen in beeld"),
            ("p", 0, "€ 55,4 mld"),
            ("p", 0, "Franse defensiebegroting 2028-’29 · = vorig jaar"),
            ("p", 0, "1,7% bbp-aandeel"),
            ("p", 0, "€ 8,51 mld zoveel ging er in 2028 in België naar defensie"),
        ]
    )
    budgets = [
        (b.country, b.year, b.money.amount, b.gdp_percent) for b in parse_document(doc).budgets
    ]
    assert ("FR", "2028/2029", Decimal("55400000000"), Decimal("1.7")) in budgets
    assert ("BE", "2028", Decimal("8510000000"), None) in budgets


def test_a_key_figure_under_a_label_is_not_given_the_next_label() -> None:
    """Labels set above their figures ("defensiebudget Luxemburg 2191" over "€ 644 mln", then
    "… 2190" over "€ 600 mln"): a figure is not read with the label under it, which is the
    next figure's."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2191."),
            ("h", 2, "Defensiebudgetten in beeld"),
            ("p", 0, "defensiebudget Luxemburg 2191"),
            ("p", 0, "€ 644 mln"),
            ("p", 0, "defensiebudget Luxemburg 2190"),
            ("p", 0, "€ 600 mln"),
        ]
    )
    budgets = [(b.country, b.year, b.money.amount) for b in parse_document(doc).budgets]
    assert ("LU", "2190", Decimal("644000000")) not in budgets


def test_a_country_compared_with_the_strategic_partners_is_no_strategic_one() -> None:
    """ "Met Litouwen is de samenwerking, zij het op bescheidener schaal dan met de strategische
    partnerlanden, voortgezet": a partner, set against the strategic ones."""
    assert enumerated_partners(
        "Met Litouwen is de samenwerking, zij het op bescheidener schaal dan met de "
        "strategische partnerlanden, voortgezet op het gebied van materieel."
    ) == [("LT", PartnerCategory.OTHER, True)]
    assert [
        c for c, cat, _ in enumerated_partners("Strategische partners zijn België en Duitsland.")
    ] == ["BE", "DE"]


def test_a_country_twice_in_a_table_is_compared_with_itself() -> None:
    """A budget table that lists a country twice, this year and the year before: the earlier
    row is a comparison, no budget."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2046."),
            ("h", 2, "Land Jaar Budget % bbp"),
            ("p", 0, "Luxemburg 2046 653 mln. EUR n.b."),
            ("p", 0, "Luxemburg 2045 604 mln. EUR Frankrijk 2046 56,2 mld. EUR 1,84%"),
        ]
    )
    report = parse_document(doc)
    budgets = {(b.country, b.year): b.money.amount for b in report.budgets}
    assert budgets == {("LU", "2046"): Decimal("653000000"), ("FR", "2046"): Decimal("56200000000")}
    (earlier,) = [a for a in report.amounts if a.year == "2045"]
    assert earlier.kind is AmountKind.OTHER and "2045" in (earlier.reason or "")


def test_an_earlier_years_figure_beside_the_budget_is_a_comparison() -> None:
    """A sentence after a country's budget gives its outturn for the year before ("De
    realisatie over 2102 kwam uit op € 807 miljoen"), or a fiscal year's (2103/04 beside
    2104/05): an edition reports one budget a country, the latest up to its own year; the
    earlier figure is context.  A figure for a year past the edition's is no proof of that."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2104."),
            ("h", 2, "Luxemburg"),
            (
                "p",
                0,
                "De Luxemburgse defensiebegroting voor 2104 bedraagt EUR 810 mln., wat "
                "overeenkomt met 1,2% van het bbp. De realisatie over 2103 kwam uit op € 807 "
                "miljoen.",
            ),
            ("h", 2, "Duitsland"),
            (
                "p",
                0,
                "Vastgestelde defensie-uitgaven Duitsland 2104/05: 95,8 miljard euro (aandeel "
                "bbp 3,8%). De realisatie over 2103/04 kwam uit op € 86,3 miljard.",
            ),
            ("h", 2, "Noorwegen"),
            ("p", 0, "Noorwegen besteedde in 2104 NOK 110,3 miljard aan defensie."),
        ]
    )
    report = parse_document(doc)
    budgets = {(b.country, b.year): b.money.amount for b in report.budgets}
    assert budgets == {
        ("LU", "2104"): Decimal("810000000"),
        ("DE", "2104/2105"): Decimal("95800000000"),
        ("NO", "2104"): Decimal("110300000000"),
    }
    earlier = {a.year: a for a in report.amounts if a.year in ("2103", "2103/2104")}
    assert {a.kind for a in earlier.values()} == {AmountKind.OTHER}
    assert "beside LU's budget for 2104 (page 1)" in (earlier["2103"].reason or "")
    # The edition's year unknown (a forced parse of year 0): nothing is compared.
    assert {(b.country, b.year) for b in parse_document(doc, year=0, force=True).budgets} >= {
        ("LU", "2103"),
        ("LU", "2104"),
    }


def test_hearsay_states_nothing() -> None:
    """What the writer passes on without vouching for it ("Kranten hier beweren: …", "… maar
    dat is gangpraat", "Men zegt dat …") is no fact of the report: no agreement, budget or
    partner; a sentence the writer states beside it is one.  "Naar verluidt" alone passes on
    a figure as reported."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2121."),
            ("h", 2, "Strategische partners"),
            ("h", 3, "België — bijdrage uit Brussel"),
            (
                "p",
                0,
                "De Belgische defensiebegroting voor 2121 bedraagt € 8,2 miljard. "
                "Kranten hier beweren: België zou binnenkort met ons een nieuwe "
                "intentieverklaring over gezamenlijke inkoop willen tekenen; mij is daar niets "
                "van bekend.",
            ),
            ("h", 3, "Noorwegen — bijdrage uit Oslo"),
            (
                "p",
                0,
                "Naar verluidt wil Noorwegen in 2121 NOK 108 miljard uitgeven, maar dat is "
                "gangpraat. Men zegt dat China er zijn samenwerking zoekt.",
            ),
        ]
    )
    report = parse_document(doc)
    assert {(p.code, p.category) for p in report.partners} == {
        ("BE", PartnerCategory.STRATEGIC),
        ("NO", PartnerCategory.STRATEGIC),
    }
    assert report.agreements == ()
    assert {(b.country, b.year) for b in report.budgets} == {("BE", "2121")}
    from reportdiff.parse.context import Sentence

    assert not Sentence(
        "Naar verluidt besteedt Duitsland in 2041 € 77,3 miljard aan defensie.", 1, None, 0
    ).question
    # Rumour in a compound is rumour too.
    assert Sentence(
        "UNIFIL: ontbreekt als missie, maar wandelganggeruchten spreken over verkenning.",
        1,
        None,
        0,
    ).question


def test_a_budget_labels_heading_gives_the_year_of_the_figures_under_it() -> None:
    """A record's first row set as a heading ("Begroting 2121/22", then "Bedrag GBP 56,2
    miljard"): the figure is that fiscal year's, not the edition's."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2121."),
            ("h", 2, "Verenigd Koninkrijk"),
            ("p", 0, "Defensiebegroting Verenigd Koninkrijk, zoals mij opgegeven:"),
            ("h", 3, "Begroting 2121/22"),
            ("p", 0, "Bedrag GBP 56,2 miljard Aandeel bbp 2,12 procent"),
        ]
    )
    (budget,) = parse_document(doc).budgets
    assert (budget.country, budget.year, budget.money.amount) == (
        "GB",
        "2121/2122",
        Decimal("56200000000"),
    )


def test_an_emphatic_en_joins_a_list() -> None:
    """ "…, Noorwegen én Luxemburg": the emphatic "én" joins the last item as "en" does."""
    assert [
        c
        for c, _, _ in enumerated_partners(
            "Zoveel strategische partners telden wij in 1921: zeven, te weten België, "
            "Duitsland, het Verenigd Koninkrijk, Frankrijk, de Verenigde Staten, Noorwegen én "
            "Luxemburg."
        )
    ] == ["BE", "DE", "GB", "FR", "US", "NO", "LU"]


def test_a_list_set_apart_by_semicolons() -> None:
    """A list whose items a semicolon sets apart ("Duitsland; België; …; Noorwegen alsmede
    Luxemburg") is one list, not clauses; partners "zonder strategische status" are other
    partners; a semicolon before a clause still ends the clause."""
    strategic = enumerated_partners(
        "- Strategische partners in 2101: Duitsland; België; het Verenigd Koninkrijk; "
        "Frankrijk; de Verenigde Staten; Noorwegen alsmede Luxemburg."
    )
    assert [c for c, cat, _ in strategic if cat is PartnerCategory.STRATEGIC] == [
        "DE", "BE", "GB", "FR", "US", "NO", "LU"
    ]  # fmt: skip
    others = enumerated_partners(
        "Op afgebakende terreinen werkt Defensie samen met vier landen zonder strategische "
        "status: Estland; Japan; Spanje alsmede Tsjechië."
    )
    assert [(c, cat) for c, cat, _ in others] == [
        (c, PartnerCategory.OTHER) for c in ("EE", "JP", "ES", "CZ")
    ]
    assert [c for c, _, _ in enumerated_partners(
        "Duitsland is strategisch partner; België werkte mee aan de oefening."
    )] == ["DE"]  # fmt: skip


def test_a_country_heading_outside_the_partner_chapters() -> None:
    """A country's heading under a chapter the parser has no group for, in an edition that
    enumerates its strategic partners: one of them is strategic, any other is not."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 1924."),
            (
                "p",
                0,
                "Zoveel strategische partners telden wij in 1924: drie, te weten België, "
                "Duitsland én Frankrijk.",
            ),
            ("h", 2, "Strategisch: de naaste kring"),
            ("h", 3, "België"),
            ("p", 0, "Met België delen wij een marine."),
            ("h", 2, "Vrienden op afstand"),
            ("h", 3, "Canada"),
            ("p", 0, "Canadese vliegers oefenden boven Drenthe."),
        ]
    )
    partners = {p.code: p.category for p in parse_document(doc).partners}
    assert partners == {
        "BE": PartnerCategory.STRATEGIC,
        "DE": PartnerCategory.STRATEGIC,
        "FR": PartnerCategory.STRATEGIC,
        "CA": PartnerCategory.OTHER,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Eveneens zit Nederland bij Northern Group, JEF en PESCO.",
        "Voorts participeren wij in Northern Group, JEF en PESCO.",
    ],
)
def test_sitting_at_an_organisations_table_is_taking_part(sentence: str) -> None:
    """ "Eveneens zit Nederland bij Northern Group, JEF en PESCO", "participeren wij in":
    three organisations the Netherlands takes part in, wherever the sentence stands."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 1982."),
            ("h", 2, "Strategische partners"),
            ("p", 0, "België en Duitsland zijn strategische partners."),
            ("p", 0, sentence),
        ]
    )
    assert {"Northern Group", "JEF", "PESCO"} <= {o.code for o in parse_document(doc).organisations}


def test_a_pull_quote_or_a_lede_set_large_opens_no_chapter() -> None:
    """In a strategic partners' chapter, a pull quote set as a heading ("'Met 250 mensen bij
    missie Zeeleeuw tellen we echt mee'") and a sentence set large are no chapter titles: the
    country headings after them are still the chapter's; a partner "tot nu toe overig
    partnerland" that "is sinds 2193 strategisch partner" is strategic."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2193."),
            ("h", 1, "Strategische partners"),
            (
                "h",
                1,
                "strategische partners, elk een verhaal apart: België, Duitsland, Frankrijk en "
                "Italië, met elk een eigen geschiedenis en een eigen toekomst",
            ),
            ("h", 2, "Duitsland: onze brigades, hun divisies"),
            ("p", 0, "De Duitse en Nederlandse brigades oefenden samen."),
            ("h", 1, "'Met 250 mensen bij missie Zeeleeuw tellen we echt mee'"),
            ("h", 2, "Frankrijk: Europa als ambitie"),
            ("p", 0, "Met Frankrijk werd over de Europese defensie gesproken."),
            ("h", 2, "Italië: helikopters en schepen"),
            ("p", 0, "Italië, tot nu toe overig partnerland, is sinds 2193 strategisch partner."),
        ]
    )
    partners = {p.code: p.category for p in parse_document(doc).partners}
    assert partners["FR"] is PartnerCategory.STRATEGIC
    assert partners["IT"] is PartnerCategory.STRATEGIC
    # The year's own past tense is no former category.
    assert enumerated_partners(
        "Gedurende 2062 waren overig partnerland: Canada, Finland en Zweden."
    ) == [(c, PartnerCategory.OTHER, False) for c in ("CA", "FI", "SE")]


def test_a_list_item_led_by_an_organisation_is_its_entry() -> None:
    """ "• NAVO: eenheden van ons zijn ingeschreven …" under a heading that names no
    organisation ("Drie grote huizen"): the item is NATO's entry; a question's is not."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 1924."),
            ("h", 2, "Strategische partners"),
            ("p", 0, "België en Duitsland zijn strategische partners."),
            ("h", 2, "Drie grote huizen"),
            (
                "p",
                0,
                "• NAVO: eenheden van ons zijn ingeschreven binnen regionale plannen. "
                "• EU: Nederland koopt met collega-lidstaten samen in. "
                "• VN: is Nederland daar nog wel actief?",
            ),
        ]
    )
    assert {o.code for o in parse_document(doc).organisations} == {"NAVO", "EU"}


def test_a_prints_dossier_line_read_as_text_identifies_the_edition() -> None:
    """A print whose masthead was not measured (its colophon read as body text): the dossier
    line "33 279 Internationale militaire samenwerking" identifies it, and the covering note's
    title gives its year."""
    from reportdiff.parse.base import EditionParser, identify_year

    doc = _blocks_document(
        [
            ("h", 2, "Tweede Kamer der Staten-Generaal"),
            ("p", 0, "Vergaderjaar 2041–2042"),
            ("h", 2, "33 279 Internationale militaire samenwerking"),
            ("h", 2, "Nr. 1160 BRIEF VAN DE MINISTER VAN DEFENSIE"),
            ("p", 0, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
            ("p", 0, "Dit is een fictieve rapportage."),
            (
                "p",
                0,
                "Ter kennisneming stuur ik mee: Rapportage internationale militaire "
                "samenwerking 2041.",
            ),
        ]
    )
    EditionParser().check_identity(doc, force=False)
    assert identify_year(doc) == 2041


def test_a_title_wrapped_over_two_headings_gives_the_year() -> None:
    """The title in large type wrapped onto two lines, each read as a heading: joined, they
    name the edition and its year; a paragraph under a heading is not joined to it."""
    from reportdiff.parse.base import identify_year

    doc = _blocks_document(
        [
            ("h", 1, "Rapportage internationale militaire"),
            ("h", 1, "samenwerking 2041"),
            ("p", 0, "Dit is een fictieve rapportage."),
        ]
    )
    assert identify_year(doc) == 2041
    doc = _blocks_document(
        [
            ("h", 1, "Rapportage internationale militaire samenwerking"),
            ("p", 0, "2039 was een jaar van veel overleg."),
        ]
    )
    assert identify_year(doc) is None


@pytest.mark.parametrize(
    ("title", "group"),
    [
        ("4 Alliantie, Unie", Group.MULTILATERAL),
        ("Binnen de alliantie", Group.MULTILATERAL),
        ("Strategische partners", Group.STRATEGIC),
    ],
    ids=["alliance-and-union", "within-the-alliance", "strategic"],
)
def test_the_alliance_opens_the_multilateral_chapter(title: str, group: Group) -> None:
    """NATO and the EU by the names their members use ("Alliantie, Unie") head the chapter of
    the organisations the Netherlands takes part in."""
    assert chapter_group(title) is group


def test_the_second_category_of_partners_is_the_other_partners() -> None:
    """ "Tweede categorie: Estland, Litouwen, Spanje en Zweden." under a heading of no
    category of its own: the second tier, other partners."""
    assert _partners_in_chapter(
        ["Tweede categorie: Estland, Litouwen, Spanje en Zweden. Samenwerking blijft beperkt."]
    ) == [("EE", "other"), ("LT", "other"), ("ES", "other"), ("SE", "other")]


def test_a_tables_column_after_the_share_holds_remarks() -> None:
    """ "Land Jaar Uitgaven % bbp Let op": whatever heads the column after the share's, its
    cell is a remark that ends the row; a country named after it that starts no row of its
    own ("Nederland (referentie)") ends the remark."""
    text = (
        "Duitsland 1962 85,2 mrd. EUR 3,06 Noorwegen 1962 7,84 mrd. EUR 2,1 euro-omrekening "
        "Zuid-Korea 1962 54,1 mrd. USD 2,97 eerste vermelding Nederland (referentie) 1962 "
        "8,93 mrd. EUR 1,52 eigen land Herkomst: landelijke begrotingsstukken."
    )
    rows = [
        (r.country, r.money.amount, r.gdp_percent)
        for r in table_rows(text, header="Land Jaar Uitgaven % bbp Let op")
    ]
    assert rows == [
        ("DE", Decimal("85200000000"), Decimal("3.06")),
        ("NO", Decimal("7840000000"), Decimal("2.1")),
        ("KR", Decimal("54100000000"), Decimal("2.97")),
    ]


def test_a_tables_column_of_last_years_figure_is_read_past() -> None:
    """ "Land Boekjaar Valuta Bedrag (mln.) % bbp Vorig jaar (mln.) Opmerking": the amount is
    in millions (the header's scale), last year's figure after the share is no cell of the
    amount's, and the remark may be long and hold a figure of its own."""
    text = (
        "België 2191 EUR 7.670 1,2 7.200 ontwerpbegroting; vorig jaar: raming, n.t.b. "
        "Verenigd Koninkrijk 2192/93 GBP 55.500 2,29 — ontwerpbegroting; ongewijzigd t.o.v. "
        "rapportage vj.; excl. pensioenen; idem incl.: 58.275 mln. Verenigde Staten 2191 USD "
        "1.056.000 3,38 1.090.000 begroting; vorig jaar: realisatie"
    )
    header = "Land Boekjaar Valuta Bedrag (mln.) % bbp Vorig jaar (mln.) Opmerking"
    rows = [
        (r.country, r.year, r.money.amount, r.gdp_percent) for r in table_rows(text, header=header)
    ]
    assert rows == [
        ("BE", "2191", Decimal("7670000000"), Decimal("1.2")),
        ("GB", "2192/2193", Decimal("55500000000"), Decimal("2.29")),
        ("US", "2191", Decimal("1056000000000"), Decimal("3.38")),
    ]


def test_a_row_whose_figure_is_marked_unchanged_is_still_its_countrys() -> None:
    """ "(ongewijzigd)" in a country's cell says its figure is last year's repeated: still the
    country's figure for the row's year.  Any other remark ("(referentie)") makes no row."""
    text = (
        "Noorwegen 2108 EUR 11,2 mld. – Verenigde Staten (ongewijzigd) 2108 USD 1.135 mld. – "
        "Zweden 2108 EUR 14,9 mld. 3% Nederland (referentie) 2108 EUR 8,7 mld. 1,33%"
    )
    rows = [
        (r.country, r.year, r.money.amount, r.gdp_percent)
        for r in table_rows(text, header="Land Jaar Valuta Bedrag % bbp")
    ]
    assert rows == [
        ("NO", "2108", Decimal("11200000000"), None),
        ("US", "2108", Decimal("1135000000000"), None),
        ("SE", "2108", Decimal("14900000000"), Decimal("3")),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9,27 miljard euro: zoveel kostte de Belgische krijgsmacht over 1974.",
            [("budget", "BE", "1974", "9270000000 EUR", None)],
        ),
        (
            "Het uitwisselingsprogramma met de Verenigde Staten kost Defensie 18 miljoen euro "
            "per jaar.",
            [("other", "US", None, "18000000 EUR", None)],
        ),
        (
            "Begroot 2099 (Australische krijgsmacht, totaal): AUD 59,3 mld.",
            [("budget", "AU", "2099", "59300000000 AUD", None)],
        ),
        (
            "Met België in 2063 veel overleg; €10,7 miljard: zoveel kostte de Belgische "
            "krijgsmacht over het boekjaar 2063/64.",
            [("budget", "BE", "2063/2064", "10700000000 EUR", None)],
        ),
    ],
    ids=[
        "what-the-armed-forces-cost",
        "what-something-costs-the-ministry",
        "budgeted-label",
        "year-of-the-figure",
    ],
)
def test_what_a_countrys_armed_forces_cost(
    text: str, expected: list[tuple[str, str | None, str | None, str, str | None]]
) -> None:
    """What a country's armed forces cost, named by its adjective, is its defence spending;
    what something costs "Defensie" (the ministry) is not.  A year in a clause before the
    amount's gives way to the year the amount's own clause says it is for."""
    assert _reads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voor Duitsland noteer ik, begrotingsjaar 1967: EUR 84,7 mld.",
            [("budget", "DE", "1967", "84700000000 EUR", None)],
        ),
        (
            "Luxemburg trekt voor 1967 756 miljoen euro uit, krijgsmachtbreed.",
            [("budget", "LU", "1967", "756000000 EUR", None)],
        ),
        # A budget year that is no label of the figure says nothing of what it is for.
        (
            "In begrotingsjaar 2024 stort Duitsland 50 miljoen euro in het Europees Defensiefonds.",
            [("other", "DE", "2024", "50000000 EUR", None)],
        ),
        (
            "Frankrijk, boekjaar 2098-2099: EUR 58,1 mld.",
            [("budget", "FR", "2098/2099", "58100000000 EUR", None)],
        ),
    ],
    ids=["budget-year", "across-the-armed-forces", "budget-year-not-a-label", "fiscal-year-label"],
)
def test_a_countrys_budget_year_and_its_whole_armed_forces(
    text: str, expected: list[tuple[str, str | None, str | None, str, str | None]]
) -> None:
    """A country's figure for its budget year ("begrotingsjaar 1967"), or spent across its
    armed forces ("krijgsmachtbreed"), is its defence budget."""
    assert _reads(text) == expected


def test_a_sentence_may_open_on_an_amounts_sign() -> None:
    from reportdiff.parse.sentences import split_sentences

    text = (
        "Punt met België in 1963: één commando. €10,7 miljard: zoveel kostte het. "
        "Budget 9 mld. € daarna."
    )
    assert [s for _, s in split_sentences(text)] == [
        "Punt met België in 1963: één commando.",
        "€10,7 miljard: zoveel kostte het.",
        "Budget 9 mld. € daarna.",
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            [
                "Buiten die voorhoede werkte Defensie anno 2001 ook nauw met Australië, Tsjechië, "
                "Estland en Polen."
            ],
            [("AU", "other"), ("CZ", "other"), ("EE", "other"), ("PL", "other")],
        ),
        (["Rusland ontbreekt op iedere partnerlijst; Russisch optreden maakt het urgenter."], []),
    ],
    ids=["besides-the-vanguard", "missing-from-every-list"],
)
def test_partners_outside_the_partner_chapters(
    texts: list[str], expected: list[tuple[str, str]]
) -> None:
    """Countries worked with besides the strategic group are other partners; a country said
    to be missing from every partner list is none."""
    assert _partners(texts) == expected


def test_in_rows_run_together_a_cue_is_its_own_rows() -> None:
    """A chronicle's summary table read as one sentence: "partnerland" in November's row is
    not said of the countries of the rows far before it (Russia leaving a treaty in May)."""
    found = dict(
        _partners(
            [
                "Januari Begroting België vastgesteld Mei Rusland verlaat Verdrag van Bornholm "
                "Augustus DoI Estland en het Verenigd Koninkrijk: verlengd Oktober LoI Denemarken: "
                "loopt door Oktober operatie Noordlicht: nu 100 November Zweden nieuw partnerland"
            ]
        )
    )
    assert found.get("SE") == "other"
    assert not {"RU", "BE", "EE", "GB"} & set(found)


def test_a_countrys_genitive_names_it() -> None:
    assert _reads(
        "Op 18 maart keurde Frankrijks volksvertegenwoordiging 64,9 miljard euro defensiegeld "
        "goed, ongeveer 2,7 pct. bbp, geldend voor 2099."
    ) == [("budget", "FR", "2099", "64900000000 EUR", "2.7")]


def test_next_years_figure_is_a_plan() -> None:
    assert _reads(
        "Op 22 december maakte Australië bekend volgend jaar 67,62 miljard Australische dollars "
        "aan defensie te willen besteden."
    ) == [("plan", "AU", None, "67620000000 AUD", None)]


def test_a_ministrys_own_unit_is_no_organisation() -> None:
    assert introduced_organisations("Van: DGB/DIS (Directie Internationale Samenwerking)") == []


def test_a_prints_dossier_line_run_together_with_its_masthead() -> None:
    from reportdiff.parse.base import EditionParser

    doc = _blocks_document(
        [
            ("h", 1, "Tweede Kamer der Staten-Generaal"),
            (
                "p",
                0,
                "Vergaderjaar 2141–2142 33 279 Internationale militaire samenwerking Nr. 1300 "
                "NOTA DIRECTEUR-GENERAAL BELEID AAN MINISTER VAN DEFENSIE",
            ),
        ]
    )
    EditionParser().check_identity(doc, force=False)


def test_an_english_gloss_between_the_share_and_its_label() -> None:
    assert _reads(
        "Duitsland gaf in 2099 EUR 50 miljard uit aan defensie; bbp-aandeel (GDP-share): 1,56%."
    ) == [("budget", "DE", "2099", "50000000000 EUR", "1.56")]


def test_the_english_word_for_a_threat_makes_no_partner() -> None:
    assert (
        _partners(["overige partnerlanden – Rusland: in 2094 nog steeds Europa's grootste threat."])
        == []
    )


def test_a_heading_of_organisations_after_a_general_chapter_opens_the_multilateral_one() -> None:
    """ "NATO, EU, UN / NAVO, Europese Unie, VN" after a table's chapter: the organisations
    it lists are the multilateral chapter's ("UN" is the United Nations)."""
    doc = _blocks_document(
        [
            ("h", 1, "Rapportage internationale defensiesamenwerking 2099"),
            ("h", 1, "Tabel 1. Afspraken, status ultimo 2099"),
            ("p", 0, "Zie de rijen hieronder."),
            ("h", 2, "NATO, EU, UN / NAVO, Europese Unie, VN"),
            ("p", 0, "– EU: joint procurement-trajecten. – VN: stafofficieren, observers."),
        ]
    )
    report = parse_document(doc, year=2099)
    assert {"EU", "VN"} <= {o.code for o in report.organisations}


def test_a_comparisons_label_may_name_what_it_compares_with() -> None:
    """ "Vergelijkenderwijs met artikelen 3 t/m 5: …" gives an earlier year's figure for
    comparison, no budget of the edition."""
    (read,) = _reads(
        "Vergelijkenderwijs met artikelen 3 t/m 5: de Verenigde Staten begrootte voor defensie "
        "over 2097 nog 820 miljard Amerikaanse dollar."
    )
    assert read[0] == "other" and read[1:3] == ("US", "2097")


def test_a_budget_label_run_on_from_the_line_above() -> None:
    """A notes list whose lines were joined: "Begroting 2121:" after a word in lower case with
    no stop between starts a line, and labels the figure after it; the same word in lower
    case mid-sentence labels nothing."""
    from reportdiff.parse.context import Sentence

    def reads(text: str) -> list[tuple[str, str | None, str | None]]:
        found = amounts_in_sentence(Sentence(text, 1, None, 0), "LU", 2121)
        return [(r.kind.value, r.country, r.year) for r in found]

    assert reads("relatie: goed, frequent contact op stafniveau Begroting 2121: € 755 mln.") == [
        ("budget", "LU", "2121")
    ]
    assert reads("het ziekenhuis kreeg begroting 2121: € 755 mln.") == [("other", "LU", "2121")]


def test_a_conversion_in_brackets_after_the_verb_that_ends_the_clause() -> None:
    """ "AUD 59,9 miljard uitgetrokken (omgerekend circa € 36,5 mld.)": the bracket is the
    figure before it converted, so the share after the bracket is still the figure's; a bare
    bracket a few words on is no conversion."""
    from reportdiff.parse.context import Sentence

    def reads(text: str) -> list[tuple[str, str | None, str, str | None]]:
        found = amounts_in_sentence(Sentence(text, 1, None, 0), "AU", 2121)
        gdp = [None if r.gdp_percent is None else str(r.gdp_percent) for r in found]
        return [
            (r.kind.value, r.year, r.match.currency, g) for r, g in zip(found, gdp, strict=True)
        ]

    assert reads(
        "Voor 2121 heeft men AUD 59,9 miljard uitgetrokken (omgerekend circa € 36,5 mld.); "
        "dat is bbp-aandeel 1,3 procent."
    ) == [("budget", "2121", "AUD", "1.3"), ("other", None, "EUR", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Strategisch, anno 1961: België, Duitsland en het Verenigd Koninkrijk.",
            [("BE", "strategic"), ("DE", "strategic"), ("GB", "strategic")],
        ),
        ("Strategisch: België en Frankrijk.", [("BE", "strategic"), ("FR", "strategic")]),
        (
            "Strategisch waren in 1961 België en Frankrijk.",
            [("BE", "strategic"), ("FR", "strategic")],
        ),
        ("Strategisch belangrijk: de Noordzee, waar Noorwegen en Denemarken patrouilleren.", []),
        # a strategic rival is no strategic partner
        (
            "Gesprekspartners in Washington waarschuwden voor China, dat hier als strategische "
            "rivaal wordt gezien.",
            [],
        ),
        ("Japan geldt als strategische partner.", [("JP", "strategic")]),
        # nor a strategic competitor
        (
            "China wordt beschouwd als strategisch concurrent; militaire samenwerking is "
            "uitgesloten.",
            [],
        ),
        # the status written as one word
        (
            "Ultimo 1906 genoten strategischepartnerstatus: België en Duitsland.",
            [("BE", "strategic"), ("DE", "strategic")],
        ),
    ],
    ids=[
        "label-with-year",
        "label",
        "put-first",
        "strategically-important",
        "strategic-rival",
        "as-strategic-partner",
        "strategic-competitor",
        "status-in-one-word",
    ],
)
def test_strategic_alone_labels_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Strategisch" alone, as a list's label or put first, answers "Wie golden als
    strategisch?"; "strategisch belangrijk" says nothing of a partner."""
    assert _partners([text]) == expected


def test_questions_and_answer_labels_set_as_headings_open_no_chapter() -> None:
    """A list of questions and answers: each question set as a heading ("Vraag 12: Wat
    besteedt Nederland zelf? Wordt voldaan aan de bondgenootschappelijke maatstaf?") and
    "Antwoord" over every answer open no chapter; the chapter is the one their numbered
    heading opens ("Lichtere overlegvormen": the smaller fora)."""
    from reportdiff.parse.context import build_sections

    doc = _blocks_document(
        [
            ("h", 1, "Lichtere overlegvormen"),
            ("h", 2, "Vraag 20: Aan welke gremia doet ons land mee?"),
            ("h", 2, "Antwoord"),
            ("p", 0, "Beperktere gremia: EI2, JEF en PESCO."),
            ("h", 2, "Vraag 21: Wat besteedt Nederland zelf? Wordt voldaan aan de maatstaf?"),
            ("h", 2, "Antwoord"),
            ("p", 0, "Voor 1961 beloopt de Nederlandse krijgsmachtbegroting € 12,6 miljard."),
            ("h", 2, "Vraag 22: Welke overeenkomsten bestaan er?"),
            ("h", 2, "Antwoord"),
            ("p", 0, "Geen nieuwe."),
        ]
    )
    groups = {s.group for s in build_sections(doc, []) if s.sentences}
    assert groups == {Group.MULTILATERAL}


def test_a_count_that_goes_on_to_name_the_partners_is_their_list() -> None:
    """ "strategische kring: 7 landen, namelijk België, …" counts the partners and names them
    ("Strategische partners: 7." alone is a count, with no list)."""
    assert _partners(
        [
            "Departementale telling 1941, strategische kring: 3 landen, namelijk België, "
            "Duitsland en Frankrijk."
        ]
    ) == [("BE", "strategic"), ("DE", "strategic"), ("FR", "strategic")]


def test_never_a_partner_in_the_other_partners_chapter() -> None:
    """In the other partners' chapter, a sentence that names Russia as the reason for working
    together, "nimmer als samenwerkingsland", makes no country a partner."""
    sec = SectionContext("Tweede ring: overige partners", 1, Group.OTHER, True, None)
    sec.sentences = [
        Sentence(
            "Frappant: Rusland verschijnt pal na België op, uitsluitend als aanleiding voor "
            "intensievere samenwerking, nimmer als samenwerkingsland.",
            1,
            None,
            0,
        )
    ]
    assert find_partners([sec]) == []


def test_a_countrys_name_alone_leads_the_sentences_after_it() -> None:
    """A run-in head ("Duitsland." on its own, then "Uitgaven 1921: …") leads the sentences
    after it, until the next: each figure is its country's, not the list item's before."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2137."),
            ("h", 2, "Strategische partners"),
            (
                "p",
                0,
                "– Verenigde Staten: zwaartepunt maritiem. Duitsland. Uitgaven 2137: 76,8 "
                "miljard euro, ofwel 2,93 % bbp. Luxemburg. Uitgaven 2137: 687 miljoen euro.",
            ),
        ]
    )
    report = parse_document(doc)
    assert [(b.country, b.year, b.money.amount) for b in report.budgets] == [
        ("DE", "2137", Decimal("76800000000")),
        ("LU", "2137", Decimal("687000000")),
    ]


def test_a_citation_set_as_a_heading_is_cited() -> None:
    """A list of consulted papers whose lines were read as headings: each is a reference,
    with the page and the line it stands on."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2137."),
            ("h", 2, "Geraadpleegde Kamerstukken"),
            ("h", 3, "Kamerstukken II 2136/37, 21 501-28, nr. 937 — EU-Defensieraad"),
            ("h", 3, "Kamerstukken II 2136/37, 28 676, nr. 704 — NAVO-ministeriëlen"),
        ]
    )
    report = parse_document(doc)
    assert [(r.dossier, r.number, r.source.text) for r in report.references] == [
        ("21501-28", "937", "Kamerstukken II 2136/37, 21 501-28, nr. 937 — EU-Defensieraad"),
        ("28676", "704", "Kamerstukken II 2136/37, 28 676, nr. 704 — NAVO-ministeriëlen"),
    ]


def test_a_topics_run_in_head_ends_the_countrys_lead() -> None:
    """ "• Oekraïne." leads what follows, until a run-in head of another topic ("• Norm."):
    the figure after that is no longer Ukraine's (here the Netherlands' own, named by a
    run-in head the sentence splitter left at the end of a sentence)."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2137."),
            ("h", 2, "Hoofdlijnen"),
            (
                "p",
                0,
                "• Oekraïne. Geen partnerland, niettemin grootste afnemer van onze militaire "
                "hulp. • Norm. Eigen uitgaven 2137: EUR 26,1 mld., 2,02% bbp.",
            ),
            (
                "p",
                0,
                "• Oekraïne. Geen partnerland. • Norm. Partners die de norm halen: 6. • "
                "Nederland. Eigen uitgaven 2137: EUR 26,2 mld., 2,02% bbp.",
            ),
        ]
    )
    report = parse_document(doc)
    assert report.budgets == ()
    assert [(a.country, a.money.amount) for a in report.amounts if a.money.amount > 10**10] == [
        (None, Decimal("26100000000")),
        ("NL", Decimal("26200000000")),
    ]


def test_the_adjective_alone_heads_the_multilateral_chapter() -> None:
    """ "4 Multilateraal" heads the chapter of the organisations: the EU and the UN it names
    in full are covered."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2137."),
            ("h", 1, "4 Multilateraal"),
            (
                "p",
                0,
                "Hoofdkaders blijven Europese Unie, Noord-Atlantische Verdragsorganisatie, "
                "Verenigde Naties; institutioneel veranderde daar in 2137 niets relevants.",
            ),
        ]
    )
    assert {o.code for o in parse_document(doc).organisations} == {"EU", "NAVO", "VN"}


def test_a_numbered_run_in_head_gives_the_party() -> None:
    """ "4.4 Finland." set as a paragraph of its own, not as a heading: the agreements under
    it that name no country are Finland's."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2047."),
            ("h", 1, "4 Overige partners"),
            ("p", 0, "4.4 Finland."),
            ("p", 0, "Samenwerkingsterreinen: territoriale verdediging, reservistenbestel."),
            ("p", 0, "De PD gevechtsduikers is sinds 2046 van kracht."),
            ("p", 0, "4.5 Italië."),
            ("p", 0, "De MoU helikopteropleidingen is sinds 2045 van kracht."),
        ]
    )
    found = {(a.kind.value, frozenset(a.parties)) for a in parse_document(doc).agreements}
    assert found == {
        ("policy_direction", frozenset({"NL", "FI"})),
        ("mou", frozenset({"NL", "IT"})),
    }


def test_a_run_in_head_alone_makes_no_partner() -> None:
    """ "4.5 Finland." in the other partners' chapter names the country the next sentences are
    about; it says nothing of it itself (here they end the partnership)."""
    assert (
        _chapter_partners(
            "Overige partners",
            [
                "4.5 Finland.",
                "Met ingang van 2044 vervalt Finland als partnerland, waarna resterende "
                "regelingen werden afgewikkeld.",
            ],
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "lead", "ends"),
    [
        ("Duitsland.", "DE", False),
        ("4.4 Finland.", "FI", False),
        # a run-in head the sentence splitter left at the end of the sentence before it
        ("Voor 2049 gold nog € 8,19 mld. 4.5 Finland.", "FI", False),
        ("Aantal partners dat de norm haalt: 6. • Nederland.", "NL", False),
        # a topic's run-in head ends the lead
        ("• Norm.", None, True),
        ("Tekst. 5.1 NAVO.", None, True),
        # a sentence that says something is no head
        ("Zie 2.1 Frankrijk voor meer.", None, False),
        ("Finland", None, False),
    ],
)
def test_run_in_heads(text: str, lead: str | None, ends: bool) -> None:
    from reportdiff.parse.context import ends_a_lead, lead_country

    assert lead_country(text) == lead
    assert ends_a_lead(text) is ends


def test_a_heading_that_denies_or_threatens_heads_no_partner() -> None:
    """A slide's title in the other partners' part, "China: systeemrivaal → geen mil.", heads
    no partner's section; "Canada" does."""
    doc = _blocks_document(
        [
            ("p", 0, "Dit is de rapportage internationale defensiesamenwerking 2137."),
            ("h", 1, "Overige partners"),
            ("h", 2, "Canada"),
            ("p", 0, "Gezamenlijke vliegeropleiding, poolgebiedoperaties."),
            ("h", 2, "China: systeemrivaal → geen mil."),
            ("p", 0, "Contacten beperkt tot diplomatiek overleg."),
        ]
    )
    assert [(p.code, p.category.value) for p in parse_document(doc).partners] == [("CA", "other")]


@pytest.mark.parametrize(
    ("follow_up", "kept"),
    [
        pytest.param(
            "Zo schat de jaarlijkse NAVO-raming de defensie-uitgaven van Tsjechië over 2100 op "
            "9,13 miljard euro.",
            False,
            id="an-example-of-the-other-sources",
        ),
        pytest.param(
            "Volgens die raming besteedt Tsjechië in 2100 9,13 miljard euro aan defensie.",
            False,
            id="that-estimate-goes-on",
        ),
        pytest.param(
            "Tsjechië besteedt in 2100 9,13 miljard euro aan defensie.",
            True,
            id="a-sentence-of-its-own-is-the-reports",
        ),
    ],
)
def test_a_sentence_going_on_with_another_source_gives_that_sources_figure(
    tmp_path: Path, follow_up: str, kept: bool
) -> None:
    """ "Wie andere bronnen raadpleegt, vindt soms een hoger getal. Zo schat …": the example
    is the other source's estimate; a sentence that does not go on with it is the report's."""
    text = tmp_path / "letter.txt"
    text.write_text(
        "Rapportage internationale defensiesamenwerking 2100\n\nTsjechië\n\n"
        "Wie andere bronnen raadpleegt, vindt soms een hoger of lager getal. "
        f"{follow_up}\n",
        encoding="utf-8",
    )
    report = parse_document(read_text(text), force=True, year=2100)
    budgets = [(b.country, b.year, b.money.amount) for b in report.budgets]
    assert budgets == ([("CZ", "2100", Decimal("9130000000"))] if kept else [])


def test_a_web_pages_related_papers_are_not_cited(tmp_path: Path) -> None:
    """A web page printed with the letter lists papers the site relates to it ("Gerelateerde
    documenten"): not the letter's citations.  A letter's own background papers are."""
    text = tmp_path / "letter.txt"
    text.write_text(
        "Rapportage internationale defensiesamenwerking 2161\n\nAfronding\n\n"
        "Achtergrond biedt eerdere correspondentie: Kamerstuk 29 521, nr. 842.\n\n"
        "Achtergrondstukken\n\nKamerstuk 28 676, nr. 954.\n\n"
        "Gerelateerde documenten\n\nKamerstuk 29 521, nr. 842.\n\nKamerstuk 33 279, nr. 947.\n",
        encoding="utf-8",
    )
    report = parse_document(read_text(text), force=True, year=2161)
    assert [(r.dossier, r.number) for r in report.references] == [
        ("29521", "842"),
        ("28676", "954"),
    ]


def test_a_category_named_then_counted_and_listed_in_the_next_sentence() -> None:
    """ "Belangrijkste partners noemen wij strategisch." names the category and no country;
    the sentence after it counts and lists them: those are the category's partners, when
    as many as it counts."""
    assert _partners(
        [
            "Belangrijkste partners noemen wij strategisch.",
            "Aantal 2001: 3, namelijk België, Duitsland en Frankrijk.",
        ]
    ) == [("BE", "strategic"), ("DE", "strategic"), ("FR", "strategic")]
    # a count that does not match: which of them are meant would be a guess
    assert (
        _partners(
            [
                "Belangrijkste partners noemen wij strategisch.",
                "Aantal 2001: 4, namelijk België, Duitsland en Frankrijk.",
            ]
        )
        == []
    )


def test_daarbuiten_opening_a_sentence_sets_the_countries_beside_the_group() -> None:
    """ "Daarbuiten: projectsamenwerking, met …" after the strategic group: other partners;
    "in Europa en daarbuiten" is a place, not the group."""
    assert _partners(["Daarbuiten: projectsamenwerking, met Canada, Estland en Zweden."]) == [
        ("CA", "other"),
        ("EE", "other"),
        ("SE", "other"),
    ]
    assert _partners(["Wij oefenen in Europa en daarbuiten, met Canada en Estland."]) == []


_GROUP_OF_SEVEN = (
    "Nederland werkt bovenal samen met België, Duitsland, Frankrijk, Luxemburg, Noorwegen, "
    "het Verenigd Koninkrijk en de Verenigde Staten: kopgroep 2161."
)
_SEVEN = [
    ("BE", "strategic"),
    ("DE", "strategic"),
    ("FR", "strategic"),
    ("LU", "strategic"),
    ("NO", "strategic"),
    ("GB", "strategic"),
    ("US", "strategic"),
]


def test_a_stated_count_of_a_category_takes_the_one_list_of_that_many() -> None:
    """ "7 kernpartners" in a summary, and one sentence, with no category word of its own,
    that lists exactly seven countries: those are the strategic partners.  "4
    aandachtslanden" says no category, so the list of four stays unread."""
    texts = [
        "Kort samengevat: 7 kernpartners; 4 aandachtslanden; 5 missies.",
        _GROUP_OF_SEVEN,
        "Aandachtslanden: Estland, Finland, Suriname en Zuid-Korea.",
    ]
    assert _partners(texts) == _SEVEN
    # the other partners counted too: "4 verdere partnerlanden"
    texts[0] = "Het netwerk omvatte 7 kernpartners naast 4 verdere partnerlanden."
    assert _partners(texts) == [
        *_SEVEN,
        ("EE", "other"),
        ("FI", "other"),
        ("SR", "other"),
        ("KR", "other"),
    ]


def test_partners_by_project_are_other_partners() -> None:
    """ "Projectpartners", "projectlanden", "projectmatig": partners by project, not strategic
    ones."""
    assert _partners(["Projectpartners: Estland, Finland en Zuid-Korea."]) == [
        ("EE", "other"),
        ("FI", "other"),
        ("KR", "other"),
    ]
    assert _partners(["Met Australië en Japan werkte Defensie projectmatig samen."]) == [
        ("AU", "other"),
        ("JP", "other"),
    ]


def test_a_stated_count_takes_no_list_when_it_is_not_sure_which() -> None:
    """Two lists of seven, two counts of one category, or a count in the past: which list is
    meant would be a guess."""
    second = (
        "Aan de oefening namen Canada, Denemarken, Estland, Finland, Italië, Japan en Zweden "
        "deel zonder ons."
    )
    other_seven = "Wij spraken met Canada, Denemarken, Estland, Finland, Italië, Japan en Zweden."
    count = "Kort samengevat: 7 kernpartners; 5 missies."
    assert _partners([count, _GROUP_OF_SEVEN, other_seven]) == []
    assert _partners([count, "Elders staan 6 kernpartners.", _GROUP_OF_SEVEN]) == []
    assert _partners(["Voorheen telden wij 7 kernpartners.", _GROUP_OF_SEVEN]) == []
    assert _partners(["Wij hebben geen 7 kernpartners meer.", _GROUP_OF_SEVEN]) == []
    # last year's count is not this year's: this year's stands
    assert _partners([count, "Vorig jaar waren er 6 kernpartners.", _GROUP_OF_SEVEN]) == _SEVEN
    # a list of the parties to an exercise is no candidate, so the group is still found
    assert _partners([count, _GROUP_OF_SEVEN, second]) == _SEVEN


def test_countries_listed_beside_the_group_without_a_word_for_working_together() -> None:
    """ "Naast die kopgroep zoekt Defensie Australië, … op.": other partners; a list with a
    threat in it is not."""
    assert _partners(
        ["Naast die kopgroep zoekt Defensie Australië, Suriname, Tsjechië en Zuid-Korea op."]
    ) == [("AU", "other"), ("SR", "other"), ("CZ", "other"), ("KR", "other")]
    assert (
        _partners(
            ["Naast die kopgroep volgen wij Rusland, China, Iran en Noord-Korea als dreiging."]
        )
        == []
    )
