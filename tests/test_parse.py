"""Tests for reportdiff.parse: every kind of fact, the registry, and full-model snapshots."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from reportdiff.errors import NotAnEditionError
from reportdiff.extract import extract
from reportdiff.model import (
    AgreementKind,
    AgreementStatus,
    AmountKind,
    MissionStatus,
    PartnerCategory,
    Report,
)
from reportdiff.parse import parse_document, parser_for
from reportdiff.parse.budgets import amounts_in_sentence, budgets_in_sentence
from reportdiff.parse.context import Sentence
from reportdiff.parse.missions import missions_in_sentence
from reportdiff.parse.references import parse_citations
from reportdiff.parse.sentences import split_sentences
from reportdiff.serialize import report_to_dict

from .conftest import BAD, EDITIONS, LETTER_2021, PRINT_2020, SEED, SYNTHETIC_2031, SYNTHETIC_2032


def _s(text: str) -> Sentence:
    return Sentence(text, 1, "1", 0)


def _budgets(
    text: str, section: str | None = None, year: int = 2021
) -> list[tuple[str, str, str, str, str | None]]:
    return [
        (
            b.country,
            b.year,
            format(b.money.amount, "f"),
            b.money.currency,
            None if b.gdp_percent is None else format(b.gdp_percent, "f"),
        )
        for b in budgets_in_sentence(_s(text), section, year)
    ]


@pytest.fixture(scope="module")
def r2021() -> Report:
    return parse_document(extract(LETTER_2021))


@pytest.fixture(scope="module")
def r2020() -> Report:
    return parse_document(extract(PRINT_2020))


class TestSentences:
    """Sentence splitting keeps abbreviations and ordinals inside their sentence."""

    def test_citation_abbreviations(self) -> None:
        """ "Kst." inside a citation, and a footnote number after it, keep the sentence whole."""
        text = "1 Zie Kst. 28 676, nr. 927. 2 In Noorwegen lag het budget hoger."
        assert [s for _, s in split_sentences(text)] == [
            "1 Zie Kst. 28 676, nr. 927.",
            "2 In Noorwegen lag het budget hoger.",
        ]

    def test_abbreviations_and_ordinals(self) -> None:
        """'nr.', '1. Panzerdivision' and 'o.a.' do not end a sentence."""
        text = (
            "De Duitse 1. Panzerdivision is ingezet (Kamerstuk 29521, nr. 420). Dit betreft "
            "o.a. de brigade. Daarna volgde meer."
        )
        assert [s for _, s in split_sentences(text)] == [
            "De Duitse 1. Panzerdivision is ingezet (Kamerstuk 29521, nr. 420).",
            "Dit betreft o.a. de brigade.",
            "Daarna volgde meer.",
        ]

    def test_lettered_items_are_read_apart(self) -> None:
        """Each item of an enumeration ("a) … b) …") is a sentence of its own, so that its
        parties are never another item's."""
        text = (
            "De stand is als volgt. a) Met België is een SOFA gesloten (vgl. Kamerstuk 36 667 "
            "X, nr. 11). b) Met Frankrijk een Policy Direction; c) met Noorwegen een LoI. "
            "Zie bijlage a) en b) hiervoor."
        )
        assert [s for _, s in split_sentences(text)] == [
            "De stand is als volgt.",
            "a) Met België is een SOFA gesloten (vgl. Kamerstuk 36 667 X, nr. 11).",
            "b) Met Frankrijk een Policy Direction;",
            "c) met Noorwegen een LoI.",
            "Zie bijlage a) en b) hiervoor.",
        ]

    def test_footnote_mark_glued_to_the_full_stop(self) -> None:
        """A footnote mark after the full stop ("2127.2", "samen.3") still ends the sentence;
        a decimal does not."""
        text = (
            "De SOFA is verlengd tot ultimo 2127.2 b) Met Frankrijk werd het hechter. Zij "
            "werkten samen.3 De inzet kost EUR 1.5 miljard. Daarna niets."
        )
        assert [s for _, s in split_sentences(text)] == [
            "De SOFA is verlengd tot ultimo 2127.2",
            "b) Met Frankrijk werd het hechter.",
            "Zij werkten samen.3",
            "De inzet kost EUR 1.5 miljard.",
            "Daarna niets.",
        ]

    def test_dashed_items_after_a_full_stop(self) -> None:
        """A dash after a full stop (a footnote mark between them or not) starts the next
        item of a dashed list, so that one mission's status never becomes another's; a dash
        inside a sentence stays an aside."""
        text = (
            "Per missie: – Operatie Noordlicht: beëindigd per 1 mei.4 – EUTM Sirocco: "
            "ongewijzigd. – UNOMAR – de waarnemers – blijft."
        )
        assert [s for _, s in split_sentences(text)] == [
            "Per missie: – Operatie Noordlicht: beëindigd per 1 mei.4",
            "– EUTM Sirocco: ongewijzigd.",
            "– UNOMAR – de waarnemers – blijft.",
        ]

    def test_after_a_scale_abbreviation(self) -> None:
        """ "mld." ends a sentence before a capitalised word, not before the amount's own
        currency, a bracket or a number (a table row's next cell)."""
        text = (
            "Het budget was € 9 090 mln. Het plan volgt. Duitsland gaf 4,8 mld. EUR uit "
            "(3,1 mrd. (1,2% bbp) in 2097). Frankrijk 2098 EUR 53,9 mrd. 1,6 Spanje 2098 "
            "EUR 12 mrd. 1,3"
        )
        assert [s for _, s in split_sentences(text)] == [
            "Het budget was € 9 090 mln.",
            "Het plan volgt.",
            "Duitsland gaf 4,8 mld. EUR uit (3,1 mrd. (1,2% bbp) in 2097).",
            "Frankrijk 2098 EUR 53,9 mrd. 1,6 Spanje 2098 EUR 12 mrd. 1,3",
        ]

    def test_bullets_after_a_full_stop(self) -> None:
        """A highlights list of full sentences: each bullet after a full stop is its own."""
        text = (
            "Dit veranderde in 2098: • Rusland trad uit het verdrag. • Suriname hoort niet "
            "meer bij de partnerlanden."
        )
        assert [s for _, s in split_sentences(text)] == [
            "Dit veranderde in 2098: • Rusland trad uit het verdrag.",
            "• Suriname hoort niet meer bij de partnerlanden.",
        ]

    def test_bulleted_items(self) -> None:
        """Each bulleted item after a semicolon is read on its own; after a colon the items
        stay with the words that announce them."""
        text = (
            "België in het kort: • Uitgaven defensie 2098: € 7,58 mrd; ter vergelijking "
            "Tsjechië: 1,72% bbp; • Mutatie vergeleken met 2097: + 370 miljoen euro;2 • Verder."
        )
        assert [s for _, s in split_sentences(text)] == [
            "België in het kort: • Uitgaven defensie 2098: € 7,58 mrd; ter vergelijking "
            "Tsjechië: 1,72% bbp;",
            "• Mutatie vergeleken met 2097: + 370 miljoen euro;2",
            "• Verder.",
        ]


class TestBudgets:
    """Budgets are a country's defence budget for a year, and nothing else."""

    def test_simple_budget_with_gdp(self) -> None:
        """'€45 miljard (1,57% BBP)' in 2021 for Germany."""
        assert _budgets("Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).") == [
            ("DE", "2021", "45000000000", "EUR", "1.57")
        ]

    def test_fiscal_year_and_change_excluded(self) -> None:
        """A fiscal year budget in pounds; 'een stijging van 4,8 miljard' is no budget."""
        text = (
            "Het Britse defensiebudget kwam in begrotingsjaar 2021/2022 neer op 46 miljard "
            "pond (2,5% BBP); een stijging van 4,8 miljard ten opzichte van 2020/2021."
        )
        assert _budgets(text) == [("GB", "2021/2022", "46000000000", "GBP", "2.5")]

    def test_two_years_in_one_sentence(self) -> None:
        """732 bn for 2021 is the budget; the 36 bn increase is a change, and 768 bn for 2022
        (a later year than the edition's) a projection, not a budget."""
        text = (
            "Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar (3,6% BBP) "
            "en in 2022 stijgt het budget met 36 miljard USD naar een totaal van 768 "
            "miljard USD."
        )
        assert _budgets(text) == [("US", "2021", "732000000000", "USD", "3.6")]
        kinds = [
            (r.kind, r.year, format(r.match.amount, "f"))
            for r in amounts_in_sentence(_s(text), None, 2021)
        ]
        assert kinds == [
            (AmountKind.BUDGET, "2021", "732000000000"),
            (AmountKind.CHANGE, "2022", "36000000000"),
            (AmountKind.PLAN, "2022", "768000000000"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "In het kader van militaire mobiliteit is besloten om €38 miljoen te investeren.",
            "Dat is ongeveer € 0,5 miljard meer dan het defensiebudget in 2019.",
            "Het defensiebudget groeit met een eenmalig fonds van € 2 miljard.",
            "De regering streeft naar een groeipad van het defensiebudget tot 1,24% in 2025.",
        ],
        ids=["investment", "difference", "one-off-fund", "target"],
    )
    def test_not_budgets(self, text: str) -> None:
        """Investments, differences, funds and targets give no budget."""
        assert _budgets(text, section="BE") == []

    def test_country_from_section(self) -> None:
        """A sentence naming no country takes the section's."""
        assert _budgets("Het defensiebudget bedroeg in 2020 circa € 4,76 miljard.", "BE") == [
            ("BE", "2020", "4760000000", "EUR", None)
        ]


class TestAmountKinds:
    """Every amount gets a kind; only yearly budgets become budgets."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Voor 2022 is een defensiebudget van USD 800 miljard voorzien.", AmountKind.PLAN),
            ("Het meerjarenplan van NOK 1 635 miljard voor 2021–2032 loopt.", AmountKind.PLAN),
            ("Dat is een stijging van 3,8 miljard euro ten opzichte van 2020.", AmountKind.CHANGE),
            (
                "Nederland droeg in 2021 45 miljoen euro bij aan het trustfonds.",
                AmountKind.CONTRIBUTION,
            ),
            (
                "Daarnaast beschikt Duitsland over een speciaal fonds van EUR 100 miljard.",
                AmountKind.FUND,
            ),
            (
                "Nederland investeert de komende jaren €0,85 miljard in luchtverdediging.",
                AmountKind.INVESTMENT,
            ),
            ("Het Duitse defensiebudget bedroeg in 2021 4,755 miljoen euro.", AmountKind.OTHER),
        ],
        ids=["plan", "multi-year", "change", "contribution", "fund", "investment", "ambiguous"],
    )
    def test_kinds(self, text: str, kind: AmountKind) -> None:
        (read,) = amounts_in_sentence(_s(text), "DE", 2021)
        assert read.kind is kind and read.reason

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Frankrijk gaf in 2021 60 500 miljoen euro uit aan defensie (3,34 procent bbp).",
                ("FR", "2021", "60500000000", "EUR", "3.34"),
            ),
            (
                "Noorwegen beschikt in 2021 over een defensiebegroting van bijna EUR 12,7 mrd..",
                ("NO", "2021", "12700000000", "EUR", None),
            ),
            (
                "In 2021 EUR 45 bn besteedde Duitsland aan defensie.",
                ("DE", "2021", "45000000000", "EUR", None),
            ),
            (
                "Met € 781 mln (3,53 procent bbp) lag het Luxemburgse defensiebudget in 2021 "
                "hoger.",
                ("LU", "2021", "781000000", "EUR", "3.53"),
            ),
            (
                "De defensie-uitgaven van de VS kwamen in 2021 uit op USD 700 miljard, 3,1% van "
                "het bruto binnenlands product.",
                ("US", "2021", "700000000000", "USD", "3.1"),
            ),
        ],
        ids=[
            "uit-aan-defensie",
            "beschikt-over-mrd",
            "code-after-year",
            "met-x-lag",
            "written-out",
        ],
    )
    def test_budget_wordings(self, text: str, expected: tuple[str, ...]) -> None:
        assert _budgets(text) == [expected]

    def test_netherlands_own_money_is_no_budget(self) -> None:
        assert _budgets("Nederland besteedde in 2021 € 12 miljard aan defensie.") == []

    def test_many_amounts_in_one_sentence_is_linear_and_capped(self) -> None:
        """8,000 amounts in one sentence: read in well under a second, capped with a warning."""
        import time

        text = "Het Duitse defensiebudget bedroeg " + ", ".join(["€ 5 miljard"] * 8000) + "."
        warnings: list[str] = []
        t0 = time.monotonic()
        reads = amounts_in_sentence(_s(text), "DE", 2021, warnings=warnings)
        assert time.monotonic() - t0 < 5
        assert len(reads) <= 400 and warnings


class TestTables:
    """Budget tables as extraction gives them: rows joined into one paragraph."""

    def test_rows_with_header(self) -> None:
        from reportdiff.parse.tables import table_rows

        text = (
            "Denemarken 2054 6,06 mld EUR 3,12% Frankrijk 2054/2055 79,1 mld EUR 2,67 "
            "Noorwegen 2054 EUR 12,7 mld – 1. In het fiscale jaar 2054/2055 besteedde ..."
        )
        rows = table_rows(text, header="Land Begrotingsjaar Bedrag Aandeel bbp")
        assert [
            (r.country, r.year, str(r.money.amount), r.money.currency, r.gdp_percent) for r in rows
        ] == [
            ("DK", "2054", "6060000000", "EUR", Decimal("3.12")),
            ("FR", "2054/2055", "79100000000", "EUR", Decimal("2.67")),
            ("NO", "2054", "12700000000", "EUR", None),
        ]

    def test_prose_is_no_table(self) -> None:
        from reportdiff.parse.tables import table_rows

        assert table_rows("Duitsland 2021 was een goed jaar; € 5 miljard ging naar defensie.") == []
        assert table_rows("Duitsland gaf in 2021 89 mld. EUR uit aan defensie en meer.") == []

    def test_a_category_column_before_the_year(self) -> None:
        """ "Land Categorie Jaar Bedrag Valuta bbp": a one-word cell between the country and
        the year."""
        from reportdiff.parse.tables import table_rows

        text = (
            "Duitsland strategisch 2041 89 mld. EUR 1,74 % Frankrijk strategisch – zie par. "
            "3.5.2 Verenigd Koninkrijk strategisch 2041/42 66,5 mld. GBP 2,7 % Noorwegen "
            "strategisch – zie par."
        )
        rows = table_rows(text, header="Land Categorie Jaar Bedrag Valuta bbp")
        assert [
            (r.country, r.year, str(r.money.amount), r.money.currency, r.gdp_percent) for r in rows
        ] == [
            ("DE", "2041", "89000000000", "EUR", Decimal("1.74")),
            ("GB", "2041/2042", "66500000000", "GBP", Decimal("2.7")),
        ]


class TestPartners:
    """Partners by what the text says."""

    def test_negated_enumeration(self) -> None:
        from reportdiff.parse.partners import enumerated_partners

        text = "Japan en Zuid-Korea zijn geen strategische partners, maar wel belangrijke partners."
        assert enumerated_partners(text) == [
            ("JP", PartnerCategory.OTHER, True),
            ("KR", PartnerCategory.OTHER, True),
        ]

    def test_places_and_adversaries_are_no_partners(self) -> None:
        from reportdiff.parse.partners import enumerated_partners

        assert enumerated_partners("Rusland blijft de grootste dreiging; China ook.") == []
        text = "De strategische partners oefenden samen in Noorwegen."
        assert enumerated_partners(text) == []

    def test_numbered_headings(self) -> None:
        from reportdiff.parse.context import split_heading_number

        assert split_heading_number("2.1 België") == ("België", 2)
        assert split_heading_number("3. Strategische partners") == ("Strategische partners", 1)
        assert split_heading_number("2041 in het kort") == ("2041 in het kort", 0)


class TestUnknownOrganisations:
    def test_introduced_with_acronym(self) -> None:
        from reportdiff.parse.organisations import introduced_organisations

        text = (
            "Nederland trad toe tot het Noordzee-initiatief (NZI) en het Baltisch Defensieforum "
            "(BDF); een Status of Forces Agreement (SOFA) en de Kosovo Force (KFOR) niet."
        )
        assert introduced_organisations(text) == [
            ("NZI", "Noordzee-initiatief"),
            ("BDF", "Baltisch Defensieforum"),
        ]


class TestMissions:
    """Missions get their canonical name, organisation, location and status."""

    def test_efp_keyed_by_host_and_extended(self) -> None:
        """'eFP in Litouwen te verlengen' is eFP Litouwen, extended."""
        text = (
            "Nederland heeft besloten het mandaat voor de enhanced Forward Presence (eFP) in "
            "Litouwen te verlengen en uit te breiden."
        )
        (m,) = missions_in_sentence(_s(text))
        assert (m.name, m.organisation, m.location, m.status) == (
            "eFP Litouwen",
            "NAVO",
            "Litouwen",
            MissionStatus.EXTENDED,
        )

    def test_ended_and_generic(self) -> None:
        """'beëindiging van de NAVO-missie in Afghanistan' ends that mission."""
        (m,) = missions_in_sentence(
            _s("In 2021 werd besloten tot beëindiging van de NAVO-missie in Afghanistan.")
        )
        assert (m.name, m.status) == ("Resolute Support", MissionStatus.ENDED)

    def test_list_of_un_missions_is_active(self) -> None:
        """A plain list of contributions is active."""
        found = missions_in_sentence(
            _s(
                "Het Koninkrijk leverde een bijdrage aan de VN-missies "
                "MINUSMA, UNIFIL, UNDOF en UNTSO."
            )
        )
        assert [(m.name, m.location, m.status) for m in found] == [
            ("MINUSMA", "Mali", MissionStatus.ACTIVE),
            ("UNIFIL", "Libanon", MissionStatus.ACTIVE),
            ("UNDOF", "Golanhoogten", MissionStatus.ACTIVE),
            ("UNTSO", "Midden-Oosten", MissionStatus.ACTIVE),
        ]


class TestReferences:
    """Every citation form of the letters."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("(Kamerstuk 29521, nr. 420)", [("29521", "420")]),
            ("(Kamerstuk 29 521, nr. 420)", [("29521", "420")]),
            ("(Kamerstuk 35925 X, nr. 17)", [("35925-X", "17")]),
            ("(Kamerstuk 21501-28, nr. 217)", [("21501-28", "217")]),
            (
                "(Kamerstuk 28676, nrs. 356, 371 en 376)",
                [("28676", "356"), ("28676", "371"), ("28676", "376")],
            ),
            ("(Kamerstukken 28 676 en 29 521, nr. 264)", [("28676", "264"), ("29521", "264")]),
            ("geen verwijzing, nr. 5", []),
        ],
        ids=[
            "plain",
            "spaced",
            "budget-chapter",
            "sub-dossier",
            "several-numbers",
            "two-dossiers",
            "none",
        ],
    )
    def test_citations(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Each form gives its documents."""
        assert parse_citations(text) == expected


class TestEdition2021:
    """The 2021 letter gives the facts its text states."""

    def test_edition(self, r2021: Report) -> None:
        """Metadata of the letter."""
        e = r2021.edition
        assert (e.year, e.reference, e.date.isoformat() if e.date else None) == (
            2021,
            "BS2021028694",
            "2022-01-25",
        )
        assert e.title == "Rapportage internationale defensiesamenwerking 2021"
        assert e.layout.value == "letter" and e.kamerstuk is None
        assert (e.pages.count, e.pages.labels, e.pages.declared_total) == (
            4,
            ("1", "8", "8", "8"),
            8,
        )
        assert e.parser == "2021"

    def test_partners(self, r2021: Report) -> None:
        """Seven strategic partners and two others."""
        strategic = [p.code for p in r2021.partners if p.category is PartnerCategory.STRATEGIC]
        other = [p.code for p in r2021.partners if p.category is PartnerCategory.OTHER]
        assert strategic == ["BE", "LU", "DE", "FR", "NO", "GB", "US"]
        assert other == ["SR", "IL"]
        assert r2021.partners[0].source.page == 1
        assert "namelijk België en Luxemburg" in r2021.partners[0].source.text

    def test_budgets(self, r2021: Report) -> None:
        """DE, GB (fiscal year) and US, and nothing that is not a yearly budget."""
        got = [
            (b.country, b.year, b.money.amount, b.money.currency, b.gdp_percent)
            for b in r2021.budgets
        ]
        assert got == [
            ("DE", "2021", Decimal("45000000000"), "EUR", Decimal("1.57")),
            ("GB", "2021/2022", Decimal("46000000000"), "GBP", Decimal("2.5")),
            ("US", "2021", Decimal("732000000000"), "USD", Decimal("3.6")),
        ]
        # 768 bn "in 2022" is a projection for the next year: an amount of kind PLAN.
        plans = [
            (a.country, a.year, a.money.amount) for a in r2021.amounts if a.kind.value == "plan"
        ]
        assert plans == [("US", "2022", Decimal("768000000000"))]
        de = r2021.budgets[0]
        assert (de.source.page, de.source.page_label) == (2, "8")
        assert (
            de.source.text == "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP)."
        )

    def test_missions(self, r2021: Report) -> None:
        """eFP Lithuania, MINUSMA (a larger contribution: active, not extended), UNIFIL, UNDOF,
        UNTSO, and the ended NATO mission in Afghanistan (Resolute Support)."""
        got = {m.name: m.status for m in r2021.missions}
        assert got == {
            "eFP Litouwen": MissionStatus.EXTENDED,
            "MINUSMA": MissionStatus.ACTIVE,
            "Resolute Support": MissionStatus.ENDED,
            "UNIFIL": MissionStatus.ACTIVE,
            "UNDOF": MissionStatus.ACTIVE,
            "UNTSO": MissionStatus.ACTIVE,
        }

    def test_agreements(self, r2021: Report) -> None:
        """The agreements in the text, with kind, parties, date and status."""
        got = {(a.kind, a.parties, a.date, a.status) for a in r2021.agreements}
        assert got == {
            (AgreementKind.OTHER, ("NL", "RU"), None, AgreementStatus.MENTIONED),
            (AgreementKind.LETTER_OF_INTENT, ("NL", "DE"), "2021-10", AgreementStatus.SIGNED),
            (AgreementKind.TREATY, ("NL", "FR"), "2021", AgreementStatus.EXTENDED),
            (AgreementKind.SOFA, ("NL", "FR"), "2021-06", AgreementStatus.SIGNED),
            (AgreementKind.MOU, ("NL", "US"), "2021", AgreementStatus.INTENDED),
            (AgreementKind.TREATY, ("NL", "US"), "2021", AgreementStatus.EXTENDED),
            (AgreementKind.DECLARATION_OF_INTENT, ("NL", "SR"), None, AgreementStatus.SIGNED),
            # Russia left Open Skies, a treaty of many parties: nothing ended for NL.
            (AgreementKind.TREATY, ("multilateral",), "2021-12", AgreementStatus.MENTIONED),
            (AgreementKind.POLICY_DIRECTION, ("NL", "JEF"), "2021-06", AgreementStatus.SIGNED),
        }
        titles = {a.title for a in r2021.agreements}
        assert "Forward Operating Location (FOL)-verdrag tussen het Koninkrijk en de VS" in titles
        assert "International Innovation MoU met betrekking tot space-samenwerking" in titles

    def test_references(self, r2021: Report) -> None:
        """All eleven cited documents, each once."""
        assert [r.key for r in r2021.references] == [
            "35925-X/17",
            "29521/420",
            "27925/769",
            "29521/426",
            "34919/80",
            "21501-28/217",
            "28676/356",
            "28676/371",
            "28676/376",
            "29521/435",
            "26150/193",
        ]

    def test_organisations(self, r2021: Report) -> None:
        """The seven organisations the introduction names."""
        assert sorted(o.code for o in r2021.organisations) == sorted(
            ["EU", "NAVO", "VN", "OVSE", "Northern Group", "JEF", "EI2"]
        )

    def test_fragment_sections_are_titled_from_content(self, r2021: Report) -> None:
        """Fragment pages without their heading are filed under what they name most."""
        supplied = [(s.title, s.source.page) for s in r2021.sections if not s.heading_found]
        assert supplied == [
            ("Inleiding", 1),
            ("Duitsland", 2),
            ("Verenigd Koninkrijk", 3),
            ("NAVO", 4),
        ]

    def test_seed_text_gives_the_same_facts(self, r2021: Report) -> None:
        """The saved text layer yields the same model, apart from where it came from."""
        seed = report_to_dict(parse_document(extract(SEED)))
        pdf = report_to_dict(r2021)
        seed["edition"].pop("source_kind")
        pdf["edition"].pop("source_kind")
        assert seed == pdf


class TestEdition2020:
    """The reconstructed 2020 print."""

    def test_facts(self, r2020: Report) -> None:
        """Seven strategic partners, the Belgian budget, EU/NAVO/VN, dossier and number."""
        assert [p.code for p in r2020.partners] == ["BE", "LU", "DE", "FR", "NO", "GB", "US"]
        assert [(b.country, b.year, b.money.amount, b.gdp_percent) for b in r2020.budgets] == [
            ("BE", "2020", Decimal("4760000000"), Decimal("1.1"))
        ]
        assert [o.code for o in r2020.organisations] == ["EU", "NAVO", "VN"]
        e = r2020.edition
        assert e.kamerstuk is not None
        assert (e.kamerstuk.dossier, e.kamerstuk.number) == ("33279", "32")
        assert e.title == "Rapportage internationale militaire samenwerking 2020"
        assert e.parser == "2020"


class TestRegistry:
    """Year → parser, with a warning when it falls back."""

    def test_known_and_fallback(self) -> None:
        """2020 and 2021 have parsers; 2031 falls back to the newest, with a warning."""
        assert parser_for(2020)[0].name == "2020"
        assert parser_for(2021)[0].name == "2021" and parser_for(2021)[1] is None
        parser, warning = parser_for(2031)
        assert parser.name == "2021"
        assert warning is not None and "no parser for 2031" in warning

    def test_synthetic_edition_records_the_fallback(self) -> None:
        """The fallback warning reaches the report."""
        report = parse_document(extract(SYNTHETIC_2031))
        assert report.edition.parser == "2021"
        assert any("no parser for 2031" in w for w in report.warnings)

    def test_not_an_edition(self) -> None:
        """An unrelated letter is refused, and parsed anyway with force."""
        doc = extract(BAD / "unrelated.pdf")
        with pytest.raises(NotAnEditionError, match="use --force"):
            parse_document(doc)
        forced = parse_document(doc, force=True)
        assert forced.partners == () and forced.budgets == ()


@pytest.mark.parametrize("path", list(EDITIONS.values()), ids=list(EDITIONS))
def test_model_snapshot(path: Path, data_regression: Any) -> None:
    """The full model of every fixture edition, as reviewed."""
    data_regression.check(report_to_dict(parse_document(extract(path))))


def test_synthetic_pair_facts() -> None:
    """The synthetic editions give the facts their sources state."""
    a = parse_document(extract(SYNTHETIC_2031))
    b = parse_document(extract(SYNTHETIC_2032))
    assert [p.code for p in a.partners if p.category is PartnerCategory.OTHER] == ["SR", "IL"]
    assert [p.code for p in b.partners if p.category is PartnerCategory.OTHER] == ["SR", "JP"]
    assert {(x.country, x.money.currency) for x in b.budgets} >= {("NO", "EUR")}
    assert {m.name: m.status for m in b.missions}["UNIFIL"] is MissionStatus.ENDED
    assert {m.name: m.status for m in b.missions}["EUFOR Althea"] is MissionStatus.STARTED
    assert {a.kind: a.status for a in b.agreements}[AgreementKind.MOU] is AgreementStatus.SUSPENDED
    # The MoU sentence starts on page 1 and runs onto page 2: its source is where it starts.
    memo = next(x for x in a.agreements if x.kind is AgreementKind.MOU)
    assert (memo.source.page, memo.source.page_label) == (1, "1")
    norway = next(x for x in a.budgets if x.country == "NO")
    assert (norway.source.page, norway.source.page_label) == (2, "2")


def test_section_page_map() -> None:
    """A section that runs over a page break knows the page of every character."""
    report = parse_document(extract(SYNTHETIC_2032))
    section = next(s for s in report.sections if s.title == "Verenigde Staten")
    assert (section.source.page, section.page_starts) == (2, ((0, 3, "3"),))
    assert section.page_at(len(section.text) - 1) == (3, "3")


class TestFragments:
    """Fragments (text after missing pages) against blocks that only look out of order."""

    def test_footnotes_set_after_a_paragraph_are_no_fragment(self) -> None:
        """A page's footnotes, set after the paragraph that runs on to the next page, do not
        start a headless fragment, so a complete edition is not taken for a partial one."""
        path = Path(__file__).parent.parent / "fixtures/corpus/pdf/2064-kamerstuk-docx.pdf"
        report = parse_document(extract(path))
        assert report.coverage.partial is False
        assert report.coverage.headless_sections == ()
        assert not [s.title for s in report.sections if s.title.startswith("(vervolg")]
        assert "Noorwegen" in [s.title for s in report.sections]

    def test_a_forward_jump_over_missing_pages_is_a_fragment(self) -> None:
        """The 2021 letter (pages 1, 8, 8, 8 of 8) is partial, and says so."""
        report = parse_document(extract(LETTER_2021))
        assert report.coverage.partial is True


class TestOwnerAcrossItems:
    """A figure with no country before it and two after it, the first in the next list item
    or box, is nobody's the sentence names; a caption right after it names its owner."""

    def test_the_next_items_country_is_not_the_owner(self) -> None:
        text = (
            "▪ militaire satellietcommunicatie € 741 mln – A400M-vlieguren via de Belgische "
            "vloot defensie-uitgaven Luxemburg 2072 · 3,6% bbp"
        )
        assert _budgets(text) == []

    def test_the_sections_country_among_them_owns_it(self) -> None:
        text = (
            "▪ militaire satellietcommunicatie € 741 mln – A400M-vlieguren via de Belgische "
            "vloot defensie-uitgaven Luxemburg 2072 · 3,6% bbp"
        )
        assert [b[0] for b in _budgets(text, "LU", 2072)] == ["LU"]

    def test_a_caption_right_after_the_figure_names_its_owner(self) -> None:
        assert _budgets(
            "€ 81,4 miljard Duitse defensiebegroting 2026; Frankrijk volgt", None, 2026
        )[0][:4] == ("DE", "2026", "81400000000", "EUR")


def test_the_edition_named_with_its_own_number_is_no_reference() -> None:
    """A review's note of the print it reviews ("Rapportage internationale militaire
    samenwerking 1941 · kst-33279-1460") names the edition itself; last year's edition cited
    by its title, or another dossier, is a reference."""
    from reportdiff.model import Reference, Source
    from reportdiff.parse.base import _itself

    def ref(dossier: str, number: str, text: str) -> Reference:
        return Reference(dossier, number, Source(1, None, text))

    own = "Rapportage internationale militaire samenwerking 1941 · kst-33279-1460"
    last = "de Rapportage internationale militaire samenwerking 1940 (Kamerstuk 33 279, nr. 12)"
    assert _itself(ref("33279", "1460", own), 1941)
    assert not _itself(ref("33279", "12", last), 1941)
    assert not _itself(ref("29521", "420", own), 1941)
