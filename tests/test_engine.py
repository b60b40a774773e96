"""Tests for reportdiff.compare, the diff engine: alignment, fuzzy matching, budget deltas,
snapshots."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest

from reportdiff.compare import (
    ENTITIES,
    ChangeKind,
    Entity,
    ReportDiff,
    _engine,
    diff,
    normalise_title,
)
from reportdiff.errors import UsageError
from reportdiff.extract import extract
from reportdiff.model import (
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementKind,
    AgreementState,
    AgreementStatus,
    Amount,
    AmountKind,
    Budget,
    ContributionStatus,
    Coverage,
    Edition,
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
    Unread,
)
from reportdiff.parse import parse_document
from reportdiff.render.to_json import diff_to_dict

from .conftest import LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032

SRC = Source(1, "1", "zin")
SRC2 = Source(3, "3", "een andere zin, in een andere sectie")


def _edition(year: int) -> Edition:
    return Edition(
        year,
        f"Rapportage internationale defensiesamenwerking {year}",
        None,
        None,
        None,
        Layout.LETTER,
        Pages(1, ("1",), None),
    )


def _report(year: int, **facts: Any) -> Report:
    return Report(edition=_edition(year), **facts)


def _budget(country: str, year: str, amount: str, currency: str, gdp: str | None) -> Budget:
    return Budget(
        country, year, Money(Decimal(amount), currency), Decimal(gdp) if gdp else None, SRC
    )


@pytest.fixture(scope="module")
def real() -> ReportDiff:
    return diff(parse_document(extract(PRINT_2020)), parse_document(extract(LETTER_2021)))


@pytest.fixture(scope="module")
def synthetic() -> ReportDiff:
    return diff(parse_document(extract(SYNTHETIC_2031)), parse_document(extract(SYNTHETIC_2032)))


class TestBundledPair:
    """2020 → 2021, the tool's main job."""

    def test_partners_and_organisations_added(self, real: ReportDiff) -> None:
        """SR and IL as other partners; OVSE, Northern Group, JEF and EI2 as organisations."""
        partners = {
            c.key: c.new.category.value
            for c in real.of(Entity.PARTNER)
            if c.kind is ChangeKind.ADDED
        }
        assert partners == {"SR": "other", "IL": "other"}
        orgs = {c.key for c in real.of(Entity.ORGANISATION) if c.kind is ChangeKind.ADDED}
        assert orgs == {"OVSE", "Northern Group", "JEF", "EI2"}

    def test_budgets(self, real: ReportDiff) -> None:
        """DE, GB and US new; BE's section is on the pages the partial 2021 text lacks, so its
        budget is not in the available text, not removed."""
        kinds = {c.key: c.kind for c in real.of(Entity.BUDGET)}
        assert kinds == {
            "BE": ChangeKind.UNAVAILABLE,
            "DE": ChangeKind.ADDED,
            "GB": ChangeKind.ADDED,
            "US": ChangeKind.ADDED,
        }
        us = next(c for c in real.of(Entity.BUDGET) if c.key == "US")
        assert us.new.year == "2021"

    def test_gaps_are_not_removals(self, real: ReportDiff) -> None:
        """Nothing is removed from 2020 to 2021: what 2021 lacks may be on its missing pages
        (the BE budget, the 'België en Luxemburg' section, a citation), and is counted apart."""
        assert real.new.coverage.partial and not real.old.coverage.partial
        assert not [c for c in real.changes if c.kind is ChangeKind.REMOVED]
        gone = {(c.entity, c.key) for c in real.changes if c.kind is ChangeKind.UNAVAILABLE}
        assert (Entity.SECTION, "belgië en luxemburg") in gone
        assert (Entity.BUDGET, "BE") in gone
        assert real.summary.not_in_available_text == len(gone)

    def test_open_skies_is_a_multilateral_treaty_left_by_russia(self, real: ReportDiff) -> None:
        """'de Russische terugtrekking uit het Open Skies-verdrag': a treaty of many parties
        with a withdrawal event; neither NL nor RU is a party, and nothing ended."""
        (change,) = [
            c
            for c in real.of(Entity.AGREEMENT)
            if c.new is not None and "Open Skies" in c.new.title
        ]
        treaty = change.new
        assert treaty.multilateral and treaty.counterpart == "multilateral"
        assert "NL" not in treaty.parties and "RU" not in treaty.parties
        assert [(e.kind, e.party, e.date) for e in treaty.events] == [
            (AgreementEventKind.PARTY_WITHDREW, "RU", "2021-12")
        ]
        assert treaty.state is None and treaty.status is not AgreementStatus.ENDED
        assert change.note == "RU withdrew (2021-12)"

    def test_minusma_is_a_larger_contribution(self, real: ReportDiff) -> None:
        """'De inzet in MINUSMA is uitgebreid met een C-130 detachement' reinforces the Dutch
        contribution; it does not extend the mandate."""
        (change,) = [c for c in real.of(Entity.MISSION) if c.key == "MINUSMA"]
        mission = change.new
        assert mission.contribution is ContributionStatus.REINFORCED
        assert mission.contribution_detail == "een C-130 detachement"
        assert mission.mandate is None and mission.status is MissionStatus.ACTIVE
        assert change.note == "contribution reinforced: een C-130 detachement"

    def test_nato_mission_in_afghanistan_is_resolute_support(self, real: ReportDiff) -> None:
        """'de NAVO-missie in Afghanistan' is Resolute Support, under one canonical name."""
        names = {c.key for c in real.of(Entity.MISSION)}
        assert "Resolute Support" in names and "NAVO-missie Afghanistan" not in names

    def test_every_change_shows_its_page(self, real: ReportDiff) -> None:
        """Every change but the edition's carries the page, label and sentence of each side it
        has, the sentence trimmed at a word boundary."""
        for c in real.changes:
            if c.entity is Entity.EDITION:
                continue
            sides = [s for s in (c.old_source, c.new_source) if s is not None]
            assert sides, c
            assert (c.old is None) == (c.old_source is None), c
            assert (c.new is None) == (c.new_source is None), c
            for source in sides:
                assert source.page >= 1 and source.page_label and source.text
                assert len(source.text) <= 302

    def test_title_change(self, real: ReportDiff) -> None:
        """The wording 'militaire samenwerking' → 'defensiesamenwerking' is reported."""
        (edition,) = real.of(Entity.EDITION)
        fields = {f.name: (f.old, f.new) for f in edition.fields}
        assert fields["title"] == (
            "Rapportage internationale militaire samenwerking",
            "Rapportage internationale defensiesamenwerking",
        )
        assert fields["layout"] == ("kamerstuk", "letter")

    def test_is_truthy_with_summary(self, real: ReportDiff) -> None:
        """A diff with changes is truthy and counts them, the unavailable apart."""
        s = real.summary
        assert bool(real)
        assert s.added + s.removed + s.changed + s.not_in_available_text == len(real.changes)


class TestSyntheticPair:
    """2031 → 2032 (fictional): every kind of change."""

    def test_partner_moves(self, synthetic: ReportDiff) -> None:
        """Japan added, Israel removed."""
        assert {(c.key, c.kind) for c in synthetic.of(Entity.PARTNER)} == {
            ("JP", ChangeKind.ADDED),
            ("IL", ChangeKind.REMOVED),
        }

    def test_budget_deltas(self, synthetic: ReportDiff) -> None:
        """Same currency: money, percent and GDP points; NOK → EUR: no money delta."""
        by = {c.key: c for c in synthetic.of(Entity.BUDGET)}
        de = by["DE"].delta
        assert de is not None
        assert (de.amount, de.percent, de.gdp_points) == (
            Decimal("4000000000"),
            Decimal("6.7"),
            Decimal("0.1"),
        )
        no = by["NO"].delta
        assert no is not None and no.amount is None and no.percent is None
        assert no.note == "currency changed from NOK to EUR: no delta in money"
        gb = by["GB"].delta
        assert gb is not None and gb.note == "fiscal year 2031/2032 → 2032/2033"

    def test_missions_started_and_ended(self, synthetic: ReportDiff) -> None:
        """The Dutch contribution to UNIFIL ended (changed); EUFOR Althea new, a contribution
        started."""
        by = {c.key: c for c in synthetic.of(Entity.MISSION)}
        assert by["UNIFIL"].kind is ChangeKind.CHANGED
        assert [(f.name, f.old, f.new) for f in by["UNIFIL"].fields] == [
            ("status", "active", "ended"),
            ("contribution", None, "ended"),
        ]
        assert by["EUFOR Althea"].kind is ChangeKind.ADDED
        assert by["EUFOR Althea"].note == "contribution started"
        assert set(by) == {"UNIFIL", "EUFOR Althea"}  # MINUSMA and UNTSO: no change

    def test_agreement_states_and_events(self, synthetic: ReportDiff) -> None:
        """A state changes only between two known states (the MoU: signed → suspended); a new
        event is reported as an event (the LoI: extended); the FOL treaty extended in 2031 and
        in force in 2032 has not changed; the declaration with Suriname only mentioned in 2032
        has not changed either."""
        changed = {
            c.old.kind.value: c
            for c in synthetic.of(Entity.AGREEMENT)
            if c.kind is ChangeKind.CHANGED
        }
        assert set(changed) == {"letter_of_intent", "mou"}
        mou = changed["mou"]
        assert (mou.fields[0].name, mou.fields[0].old, mou.fields[0].new) == (
            "state",
            "signed",
            "suspended",
        )
        assert mou.note == "new: suspended (2032)"
        loi = changed["letter_of_intent"]
        assert [f.name for f in loi.fields] == ["events"]
        assert [e.kind for e in loi.new.events] == [AgreementEventKind.EXTENDED]
        added = [
            c.new.counterpart for c in synthetic.of(Entity.AGREEMENT) if c.kind is ChangeKind.ADDED
        ]
        assert added == ["JP"]

    def test_renamed_section(self, synthetic: ReportDiff) -> None:
        """A renamed section is one change, not a removal and an addition."""
        renamed = [c for c in synthetic.of(Entity.SECTION) if c.note and "renamed" in c.note]
        assert len(renamed) == 1
        assert renamed[0].old.title == "Overige multilaterale verbanden"
        assert renamed[0].new.title == "Overige multilaterale samenwerkingsverbanden"

    def test_sections_ranked_by_rewrite(self, synthetic: ReportDiff) -> None:
        """Changed sections come most rewritten first."""
        ratios = [
            c.similarity for c in synthetic.of(Entity.SECTION) if c.kind is ChangeKind.CHANGED
        ]
        assert ratios == sorted(ratios)


class TestAlignment:
    """Unit cases for matching entities between editions."""

    def test_identical_reports_do_not_differ(self) -> None:
        """The same report twice: no changes, falsy."""
        r = parse_document(extract(SYNTHETIC_2031))
        result = diff(r, r)
        assert not result and result.changes == ()

    def test_reworded_agreement_is_the_same_agreement(self) -> None:
        """A reworded title under the same kind and counterpart is the same agreement, and no
        change by itself; what happened to it (an extension) is its change."""
        old = Agreement(
            AgreementKind.LETTER_OF_INTENT,
            "Letter of Intent over opleiding van helikoptervliegers",
            ("NL", "DE"),
            "2031",
            AgreementStatus.SIGNED,
            SRC,
            state=AgreementState.SIGNED,
            events=(AgreementEvent(AgreementEventKind.SIGNED, "2031"),),
        )
        new = attrs.evolve(
            old,
            title="Letter of Intent over de opleiding van alle helikoptervliegers",
            status=AgreementStatus.EXTENDED,
            state=None,
            events=(AgreementEvent(AgreementEventKind.EXTENDED, "2032"),),
        )
        result = diff(_report(2031, agreements=(old,)), _report(2032, agreements=(new,)))
        (change,) = result.changes
        assert change.kind is ChangeKind.CHANGED
        assert {f.name for f in change.fields} == {"events"}
        reworded = attrs.evolve(old, title="LoI over de opleiding van helikoptervliegers")
        assert not diff(_report(2031, agreements=(old,)), _report(2032, agreements=(reworded,)))

    @pytest.mark.parametrize(
        ("old_title", "new_title"),
        [
            ("Letter of Intent over personeelsuitwisseling", "LoI over personeelsuitwisseling"),
            (
                "Memorandum of Understanding (MoU) over cyberverdediging",
                "MoU over samenwerking op het gebied van cyberverdediging",
            ),
            ("Status of Forces Agreement met België", "SOFA met België"),
            (
                "memorandum over de verwerving van munitie",
                "MoU met Noorwegen over de gezamenlijke verwerving van munitie",
            ),
        ],
        ids=["loi", "mou", "sofa", "country-named"],
    )
    def test_abbreviated_or_reworded_titles_are_no_change(
        self, old_title: str, new_title: str
    ) -> None:
        """Abbreviations and their spelled-out forms, and generic words, read alike."""
        kind = (
            AgreementKind.SOFA
            if "SOFA" in new_title
            else (AgreementKind.LETTER_OF_INTENT if "LoI" in new_title else AgreementKind.MOU)
        )
        a = Agreement(kind, old_title, ("NL", "BE", "NO"), None, AgreementStatus.MENTIONED, SRC)
        b = attrs.evolve(a, title=new_title, parties=("NO", "BE", "NL"), source=SRC2)
        assert not diff(_report(1, agreements=(a,)), _report(2, agreements=(b,)))

    def test_two_agreements_of_one_kind_and_counterpart_stay_apart(self) -> None:
        """Two LoIs with Germany on different subjects: each matched to its own rewording."""
        a1 = Agreement(
            AgreementKind.LETTER_OF_INTENT,
            "Letter of Intent over helikoptervliegers",
            ("NL", "DE"),
            None,
            AgreementStatus.MENTIONED,
            SRC,
        )
        a2 = attrs.evolve(a1, title="Letter of Intent over militaire mobiliteit")
        b1 = attrs.evolve(a1, title="LoI over de opleiding van helikoptervliegers")
        b2 = attrs.evolve(a1, title="LoI over militaire mobiliteit in Europa")
        assert not diff(_report(1, agreements=(a1, a2)), _report(2, agreements=(b2, b1)))

    def test_treaty_left_by_a_party(self) -> None:
        """A multilateral treaty keeps its identity when a party withdraws: one change, with the
        withdrawal and the parties as sets."""
        old = Agreement(
            AgreementKind.TREATY,
            "Verdrag van Bornholm",
            ("NL", "DE", "DK", "RU"),
            None,
            AgreementStatus.IN_FORCE,
            SRC,
            state=AgreementState.IN_FORCE,
            multilateral=True,
        )
        new = attrs.evolve(
            old,
            title="Bornholm-verdrag over incidenten op zee",
            parties=("DK", "NL", "DE"),
            events=(AgreementEvent(AgreementEventKind.PARTY_WITHDREW, "2042", "RU"),),
        )
        (change,) = diff(_report(2041, agreements=(old,)), _report(2042, agreements=(new,))).changes
        assert [f.name for f in change.fields] == ["events", "parties"]
        assert change.note == "new: RU withdrew (2042); no longer a party: RU"

    def test_different_counterpart_is_another_agreement(self) -> None:
        """The same title with another counterpart does not match."""
        old = Agreement(
            AgreementKind.MOU, "MoU over cyber", ("NL", "FR"), None, AgreementStatus.SIGNED, SRC
        )
        new = attrs.evolve(old, parties=("NL", "DE"))
        kinds = sorted(
            c.kind.value
            for c in diff(_report(1, agreements=(old,)), _report(2, agreements=(new,))).changes
        )
        assert kinds == ["added", "removed"]

    def test_currency_change(self) -> None:
        """Across currencies both figures are kept and no money delta is made up."""
        result = diff(
            _report(2031, budgets=(_budget("NO", "2031", "90000000000", "NOK", "1.6"),)),
            _report(2032, budgets=(_budget("NO", "2032", "8100000000", "EUR", "1.7"),)),
        )
        (c,) = result.changes
        assert c.delta is not None and c.delta.amount is None
        assert c.delta.gdp_points == Decimal("0.1")
        assert c.old.money.currency == "NOK" and c.new.money.currency == "EUR"

    def test_fiscal_year_change(self) -> None:
        """Calendar → fiscal year is noted."""
        result = diff(
            _report(2031, budgets=(_budget("GB", "2031", "50", "GBP", None),)),
            _report(2032, budgets=(_budget("GB", "2032/2033", "55", "GBP", None),)),
        )
        (c,) = result.changes
        assert c.delta is not None and c.delta.amount == Decimal("5")
        assert c.delta.percent == Decimal("10.0")
        assert c.note == "year basis changed from calendar 2031 to fiscal 2032/2033"

    def test_exact_decimals(self) -> None:
        """1.10% and 1.1% are the same number; no float noise."""
        result = diff(
            _report(2031, budgets=(_budget("BE", "2031", "4760000000", "EUR", "1.10"),)),
            _report(2031, budgets=(_budget("BE", "2031", "4760000000.0", "EUR", "1.1"),)),
        )
        assert not result

    def test_mission_ended(self) -> None:
        """A status change shows as changed with old and new status."""
        m = Mission("UNIFIL", "VN", "Libanon", MissionStatus.ACTIVE, SRC)
        result = diff(
            _report(1, missions=(m,)),
            _report(2, missions=(attrs.evolve(m, status=MissionStatus.ENDED),)),
        )
        (c,) = result.changes
        assert (c.kind, c.fields[0].old, c.fields[0].new) == (ChangeKind.CHANGED, "active", "ended")

    def test_mission_started_last_year_and_active_now_has_not_changed(self) -> None:
        """Started (or extended) last year, simply active now: no change; a reinforcement is."""
        m = Mission(
            "UNMISS",
            "VN",
            "Zuid-Soedan",
            MissionStatus.STARTED,
            SRC,
            contribution=ContributionStatus.STARTED,
        )
        active = attrs.evolve(m, status=MissionStatus.ACTIVE, contribution=None)
        assert not diff(_report(1, missions=(m,)), _report(2, missions=(active,)))
        more = attrs.evolve(
            active, contribution=ContributionStatus.REINFORCED, contribution_detail="200 militairen"
        )
        (c,) = diff(_report(1, missions=(active,)), _report(2, missions=(more,))).changes
        assert [f.name for f in c.fields] == ["contribution", "contribution_detail"]

    def test_mission_named_by_an_alias(self) -> None:
        """An older model's "NAVO-missie Afghanistan" and "Resolute Support" with that alias are
        one mission."""
        old = Mission("NAVO-missie Afghanistan", "NAVO", "Afghanistan", MissionStatus.ACTIVE, SRC)
        new = Mission(
            "Resolute Support",
            "NAVO",
            "Afghanistan",
            MissionStatus.ACTIVE,
            SRC2,
            aliases=("de NAVO-missie in Afghanistan",),
        )
        assert not diff(_report(1, missions=(old,)), _report(2, missions=(new,)))

    def test_entity_moved_between_sections_is_no_change(self) -> None:
        """The same mission cited elsewhere in the text (another page and sentence) is unchanged."""
        m = Mission("MINUSMA", "VN", "Mali", MissionStatus.ACTIVE, SRC)
        assert not diff(
            _report(1, missions=(m,)), _report(2, missions=(attrs.evolve(m, source=SRC2),))
        )

    def test_renamed_section_by_title(self) -> None:
        """'Verenigde Naties' → 'Verenigde Naties (VN)' aligns by normalised title."""
        assert normalise_title("Verenigde Naties (VN)") == normalise_title("Verenigde Naties")
        a = Section("Overige verbanden", 1, "Tekst over de JEF en de Northern Group.", SRC)
        b = attrs.evolve(a, title="Overige samenwerkingsverbanden")
        (c,) = diff(_report(1, sections=(a,)), _report(2, sections=(b,))).changes
        assert c.kind is ChangeKind.CHANGED and c.note is not None and "renamed" in c.note

    def test_duplicate_titles_are_kept_apart(self) -> None:
        """A second section with the same title gets a key of its own and is compared too."""
        a = Section("Inleiding", 1, "De eerste inleiding over de partners.", SRC)
        b = Section("Inleiding", 1, "De tweede inleiding over de missies.", SRC2)
        b2 = attrs.evolve(b, text="De tweede inleiding over de missies en de verdragen.")
        result = diff(_report(1, sections=(a, b)), _report(2, sections=(a, b2)))
        (c,) = result.changes
        assert (c.kind, c.key) == (ChangeKind.CHANGED, "inleiding#2")
        assert c.old_source is not None and c.old_source.page == 3

    def test_restated_budget_is_its_own_change(self) -> None:
        """Both editions give a 2031 figure for DE, with different amounts: a restatement,
        apart from the headline change."""
        old = _report(2031, budgets=(_budget("DE", "2031", "60000000000", "EUR", "2.0"),))
        new = _report(
            2032,
            budgets=(
                _budget("DE", "2032", "64000000000", "EUR", "2.1"),
                _budget("DE", "2031", "61000000000", "EUR", "2.0"),
            ),
        )
        by = {c.key: c for c in diff(old, new).changes}
        assert set(by) == {"DE", "DE 2031"}
        restated = by["DE 2031"]
        assert restated.kind is ChangeKind.CHANGED and restated.note is not None
        assert restated.note.startswith("restated")
        assert restated.delta is not None and restated.delta.amount == Decimal("1000000000")

    def test_headline_that_only_moved_on_a_year_is_no_change(self) -> None:
        """The same figure for 2031 and for 2032 is not a change of the budget."""
        assert not diff(
            _report(2031, budgets=(_budget("BE", "2031", "4760000000", "EUR", "1.1"),)),
            _report(2032, budgets=(_budget("BE", "2032", "4760000000", "EUR", "1.1"),)),
        )

    def test_a_gdp_share_read_on_one_side_only_is_no_change(self) -> None:
        """A share of GDP one edition gives and the other does not (as read) is one the parser
        missed on that side, not news: the same amount is no change, and a changed amount is
        reported without the share."""
        assert not diff(
            _report(2031, budgets=(_budget("BE", "2031", "4760000000", "EUR", None),)),
            _report(2032, budgets=(_budget("BE", "2032", "4760000000", "EUR", "1.1"),)),
        )
        (c,) = diff(
            _report(2031, budgets=(_budget("BE", "2031", "4760000000", "EUR", "1.1"),)),
            _report(2032, budgets=(_budget("BE", "2032", "5000000000", "EUR", None),)),
        ).changes
        assert [f.name for f in c.fields] == ["year", "amount"]
        assert c.delta is not None and c.delta.gdp_points is None
        (c,) = diff(
            _report(2031, budgets=(_budget("BE", "2031", "4760000000", "EUR", "1.1"),)),
            _report(2032, budgets=(_budget("BE", "2032", "4760000000", "EUR", "1.2"),)),
        ).changes
        assert [(f.name, f.old, f.new) for f in c.fields] == [
            ("year", "2031", "2032"),
            ("gdp_percent", Decimal("1.1"), Decimal("1.2")),
        ]

    def test_the_only_agreement_of_its_kind_matches_by_its_sentences_subject(self) -> None:
        """One DoI with Norway on each side, the subject written before the kind in one
        sentence (so missing from its title): the same agreement, no removal and addition;
        with another subject in the sentence they stay apart."""
        said = (
            "Voor medische evacuatie uit inzetgebieden blijft een Declaration of Intent met "
            "Noorwegen het kader."
        )
        old = Agreement(
            AgreementKind.DECLARATION_OF_INTENT,
            "Declaration of Intent met Noorwegen het kader",
            ("NL", "NO"),
            None,
            AgreementStatus.MENTIONED,
            Source(1, "1", said),
        )
        new = attrs.evolve(
            old,
            title="Declaration of Intent over medische evacuatie uit inzetgebieden",
            source=Source(
                2,
                "2",
                "Een Declaration of Intent over medische evacuatie uit inzetgebieden vormt de "
                "grondslag voor wat wij met Noorwegen doen.",
            ),
        )
        assert not diff(_report(2031, agreements=(old,)), _report(2032, agreements=(new,)))
        other = attrs.evolve(
            new,
            title="Declaration of Intent over gezamenlijke luchtverdediging",
            source=Source(2, "2", "Een Declaration of Intent over luchtverdediging met Noorwegen."),
        )
        kinds = {
            c.kind
            for c in diff(
                _report(2031, agreements=(old,)), _report(2032, agreements=(other,))
            ).changes
        }
        assert kinds == {ChangeKind.REMOVED, ChangeKind.ADDED}

    def test_an_agreement_named_twice_matches_by_its_sentences_subject(self) -> None:
        """An MoU read twice in the old edition (a highlight and the detail) and once in the
        new, its title there without the subject: matched, not "added"."""

        def mou(title: str, said: str) -> Agreement:
            return Agreement(
                AgreementKind.MOU,
                title,
                ("NL", "AU", "DE"),
                None,
                AgreementStatus.MENTIONED,
                Source(1, "1", said),
            )

        highlight = mou(
            "Memorandum met Australië en Duitsland over munitieaankopen in consortiumverband",
            "Memorandum (MoU) met Australië en Duitsland over munitieaankopen in "
            "consortiumverband: verlengd.",
        )
        detail = mou(
            "Memorandum of Understanding over munitieaankopen in consortiumverband tot 2033",
            "Nederland, Australië en Duitsland besloten dat het Memorandum of Understanding "
            "over munitieaankopen in consortiumverband tot 2033 blijft gelden.",
        )
        new = mou(
            "Memorandum of Understanding met Australië en Duitsland het kader",
            "Voor munitieaankopen in consortiumverband blijft een Memorandum of Understanding "
            "met Australië en Duitsland het kader.",
        )
        changes = diff(
            _report(2031, agreements=(highlight, detail)), _report(2032, agreements=(new,))
        ).of(Entity.AGREEMENT)
        assert ChangeKind.ADDED not in {c.kind for c in changes}

    def test_an_agreement_the_other_text_still_mentions_is_not_removed(self) -> None:
        """An agreement read in one edition only, while the other edition's text names its
        counterpart and its subject in one sentence, was missed on that side: not in the
        available text, with that sentence, rather than removed or added."""
        doi = Agreement(
            AgreementKind.DECLARATION_OF_INTENT,
            "Declaration of Intent met Spanje over opleiding van landmachtpersoneel",
            ("NL", "ES"),
            None,
            AgreementStatus.MENTIONED,
            SRC,
        )
        said = "Grondslag voor de opleiding van landmachtpersoneel met Spanje is een afspraak."
        other = Section("Spanje", 2, f"Met Spanje ging het goed. {said} Verder niets.", SRC2)
        (c,) = diff(_report(2031, agreements=(doi,)), _report(2032, sections=(other,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None
        assert f'(p. 3: "{said}")' in c.note
        (c,) = diff(_report(2031, sections=(other,)), _report(2032, agreements=(doi,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE
        # All but one of three or more subject words are enough (a title may have taken a
        # word from its sentence).
        longer = attrs.evolve(doi, title=f"{doi.title} toepassing")
        (c,) = diff(_report(2031, agreements=(longer,)), _report(2032, sections=(other,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE
        # Without the counterpart (in a section that is not Spain's own: there every
        # sentence speaks of Spain), or with one subject word only, it is removed.
        for text in (said.replace("met Spanje ", ""), "Opleiding met Spanje is een afspraak."):
            gone = Section("Samenwerking", 2, text, SRC2)
            (c,) = diff(_report(2031, agreements=(doi,)), _report(2032, sections=(gone,))).of(
                Entity.AGREEMENT
            )
            assert c.kind is ChangeKind.REMOVED

    def test_a_word_that_may_name_the_kind_is_a_mention(self) -> None:
        """One subject word needs the kind named beside it; a word that may name the kind but
        is not read as one ("beleidsrichtlijn", often a country's own policy) will do to keep
        the change from being asserted: the other edition may well speak of this Policy
        Direction."""
        pd = Agreement(
            AgreementKind.POLICY_DIRECTION,
            "Policy Direction inzake munitiebeheer",
            ("NL", "DE", "NO"),
            None,
            AgreementStatus.MENTIONED,
            SRC,
        )
        said = (
            "Met ingang van november 2031 geldt de beleidsrichtlijn over munitiebeheer, mede "
            "met Noorwegen."
        )
        other = Section("Duitsland", 2, f"Met Duitsland ging het goed. {said}", SRC2)
        (c,) = diff(_report(2031, sections=(other,)), _report(2032, agreements=(pd,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None and said in c.note
        plain = Section(
            "Duitsland", 2, "Met Duitsland ging het goed. Munitiebeheer met Noorwegen.", SRC2
        )
        (c,) = diff(_report(2031, sections=(plain,)), _report(2032, agreements=(pd,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.ADDED

    def test_a_title_of_one_word_beside_its_kind_is_told_by_its_sentence(self) -> None:
        """ "Joint Policy Direction (JPD)" leaves one word of its own ("joint"): the subject
        in the sentence it was read from tells it in the other edition, whose abbreviation
        ("JPD") is not read as an agreement."""
        jpd = Agreement(
            AgreementKind.POLICY_DIRECTION,
            "Joint Policy Direction (JPD)",
            ("NL", "SR"),
            None,
            AgreementStatus.MENTIONED,
            Source(
                1,
                "1",
                "Joint Policy Direction (JPD), partner Suriname, onderwerp marineoptreden "
                "noordzeebreed: getekend 3 februari 2161.",
            ),
        )
        said = "JPD, partner Suriname, onderwerp marineoptreden noordzeebreed: doorlopend geldig."
        other = Section("Afsprakenoverzicht", 2, f"Actuele stand. {said}", SRC2)
        (c,) = diff(_report(2161, agreements=(jpd,)), _report(2162, sections=(other,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None and said in c.note
        # Gone, or the subject's words in a sentence about an agreement of another kind.
        for text in (
            "Actuele stand. SOFA, partner Frankrijk.",
            "Actuele stand. SOFA, partner Suriname, onderwerp marineoptreden noordzeebreed.",
        ):
            gone = Section("Afsprakenoverzicht", 2, text, SRC2)
            (c,) = diff(_report(2161, agreements=(jpd,)), _report(2162, sections=(gone,))).of(
                Entity.AGREEMENT
            )
            assert c.kind is ChangeKind.REMOVED

    def test_an_agreement_the_other_edition_read_without_its_counterpart(self) -> None:
        """The other edition has the agreement's kind and subject, but no country beside it
        (a line under a country's name that was not read as a heading): the agreement may be
        that one, so it is not in the available text, neither removed nor added."""
        doi = Agreement(
            AgreementKind.DECLARATION_OF_INTENT,
            "DoI opleiding landmachtpersoneel",
            ("NL", "ES"),
            None,
            AgreementStatus.MENTIONED,
            SRC,
        )
        unplaced = attrs.evolve(
            doi, title="Declaration of Intent inz. opleiding landmachtpersoneel", parties=("NL",)
        )
        for old, new in (((doi,), (unplaced,)), ((unplaced,), (doi,))):
            kinds = [
                c.kind
                for c in diff(_report(2031, agreements=old), _report(2032, agreements=new)).of(
                    Entity.AGREEMENT
                )
                if set((c.new or c.old).parties) == {"NL", "ES"}
            ]
            assert kinds == [ChangeKind.UNAVAILABLE]
        # Only its words, with the kind and no country: a mention of it too.
        said = "Afspraken: Declaration of Intent inz. opleiding landmachtpersoneel (loopt)."
        other = Section("Samenwerking", 2, f"Verder niets. {said}", SRC2)
        (c,) = diff(_report(2031, agreements=(doi,)), _report(2032, sections=(other,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE
        # Another country named beside it: another agreement's words.
        named = Section("Samenwerking", 2, said.replace("(loopt)", "met Italië (loopt)"), SRC2)
        (c,) = diff(_report(2031, agreements=(doi,)), _report(2032, sections=(named,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.REMOVED

    def test_a_title_that_is_only_the_kind_is_told_by_its_sentence(self) -> None:
        """A title that is only the kind ("Status of Forces Agreement (…)") has no subject: the
        long words of the sentence it was read from stand in, half of them and at least two
        found with the counterpart in one sentence of the other edition."""
        read = (
            "Voor brandstofopslag met het Verenigd Koninkrijk biedt de Status of Forces "
            "Agreement (statusregeling voor buitenlandse troepen) de grondslag."
        )
        sofa = Agreement(
            AgreementKind.SOFA,
            "Status of Forces Agreement (statusregeling voor buitenlandse troepen)",
            ("NL", "GB"),
            None,
            AgreementStatus.MENTIONED,
            Source(2, "2", read),
        )
        said = (
            "Op brandstofopslag met het Verenigd Koninkrijk is een statusregeling voor "
            "buitenlandse troepen van toepassing."
        )
        other = Section("Afspraken", 2, said, SRC2)
        (c,) = diff(_report(2046, agreements=(sofa,)), _report(2047, sections=(other,))).of(
            Entity.AGREEMENT
        )
        assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None
        assert f'(p. 3: "{said}")' in c.note
        # One long word in common ("brandstofopslag"), or the subject without the counterpart:
        # removed.
        for text in (
            "Brandstofopslag met het Verenigd Koninkrijk kwam ter sprake.",
            said.replace("met het Verenigd Koninkrijk ", ""),
        ):
            gone = Section("Afspraken", 2, text, SRC2)
            (c,) = diff(_report(2046, agreements=(sofa,)), _report(2047, sections=(gone,))).of(
                Entity.AGREEMENT
            )
            assert c.kind is ChangeKind.REMOVED

    def test_one_subject_word_with_the_kind_named_beside_it(self) -> None:
        """A table row's agreement ("SOFA munitiedepots verlengd Italië, Noorwegen september
        2092") is told by its one subject word, a status and a month being no subject, when
        the kind is named beside it with the counterparts; without the kind it is removed."""
        row = "SOFA munitiedepots verlengd Italië, Noorwegen september 2092"
        sofa = Agreement(
            AgreementKind.SOFA,
            "SOFA",
            ("NL", "IT", "NO"),
            None,
            AgreementStatus.EXTENDED,
            Source(3, "3", row),
        )
        merged = (
            "DoI stafdetachering in werking België sinds 2091 SOFA munitiedepots doorlopend "
            "Italië, Noorwegen – en Zweden."
        )
        (c,) = diff(
            _report(2092, agreements=(sofa,)),
            _report(2093, sections=(Section("Afspraken", 2, merged, SRC2),)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.UNAVAILABLE
        bare = "Munitiedepots in Italië en Noorwegen bleven in gebruik."
        (c,) = diff(
            _report(2092, agreements=(sofa,)),
            _report(2093, sections=(Section("Afspraken", 2, bare, SRC2),)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.REMOVED

    def test_additions_to_a_partial_old_edition_are_unavailable(self) -> None:
        """Symmetrically: what the new edition has and a partial old one lacks may be on the
        old one's missing pages."""
        old = attrs.evolve(_report(1), coverage=Coverage(partial=True, missing_labels=("2",)))
        m = Mission("KFOR", "NAVO", "Kosovo", MissionStatus.ACTIVE, SRC)
        (c,) = diff(old, _report(2, missions=(m,))).changes
        assert c.kind is ChangeKind.UNAVAILABLE and c.new is m
        assert c.note == "not in the available text of the 1 edition"

    def test_long_source_sentences_are_trimmed_at_a_word(self) -> None:
        """A source sentence past 300 characters ends at a word boundary with an ellipsis."""
        long = Source(2, "2", "woord " * 80)
        m = Mission("KFOR", "NAVO", "Kosovo", MissionStatus.ACTIVE, long)
        (c,) = diff(_report(1), _report(2, missions=(m,))).changes
        assert c.new_source is not None and c.new_source.text.endswith("woord …")
        assert len(c.new_source.text) <= 302 and c.new.source is long

    def test_only_and_no_text(self, synthetic: ReportDiff) -> None:
        """--only limits the entities, by any of their names; text=False drops prose changes
        but keeps sections added, removed and renamed."""
        for only in ([Entity.PARTNER], ["partners"], ["partner"], ["Partners "]):
            result = diff(synthetic.old, synthetic.new, only=only)
            assert {c.entity for c in result.changes} == {Entity.PARTNER}
        with pytest.raises(UsageError, match="unknown entity 'vlaggen'"):
            diff(synthetic.old, synthetic.new, only=["vlaggen"])
        sections = diff(synthetic.old, synthetic.new, text=False).of(Entity.SECTION)
        assert sections
        for c in sections:
            assert not c.words
            assert c.kind is not ChangeKind.CHANGED or {f.name for f in c.fields} & {
                "title",
                "level",
            }
        assert "overige multilaterale verbanden" in {c.key for c in sections}


def _stable(d: ReportDiff) -> dict[str, Any]:
    """The JSON diff without what changes with every release (the tool and parser versions)."""
    data = diff_to_dict(d)
    for side in data["provenance"].values():
        side.pop("tool_version")
        side.pop("parser_version")
    return data


def test_diff_snapshot_bundled(real: ReportDiff, data_regression: Any) -> None:
    """The JSON diff of 2020 → 2021, as reviewed."""
    data_regression.check(_stable(real))


def test_diff_snapshot_synthetic(synthetic: ReportDiff, data_regression: Any) -> None:
    """The JSON diff of the synthetic pair, as reviewed."""
    data_regression.check(_stable(synthetic))


@pytest.mark.parametrize("pair", ["real", "synthetic"])
@pytest.mark.parametrize("name", list(ENTITIES))
def test_each_only_value_reports_what_changed(
    name: str, pair: str, request: pytest.FixtureRequest
) -> None:
    """`--only NAME` reports exactly the full diff's changes of that entity, for every name
    `--only` takes: nothing is dropped silently, and on the bundled and synthetic pairs every
    entity has changes to show (the edition only where its wording or layout differs)."""
    full: ReportDiff = request.getfixturevalue(pair)
    entity = ENTITIES[name]
    only = diff(full.old, full.new, only=[name])
    assert only.changes == full.of(entity)
    singular = diff(full.old, full.new, only=[entity.value])
    assert singular.changes == only.changes
    assert only.changes, f"{name}: the {pair} pair changes it"


class TestScale:
    """#13: two long documents with thousands of sections are matched in about linear time."""

    def test_section_matching_is_blocked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """2,000 sections a side, a tenth renamed: every rename is found, and the number of
        fuzzy comparisons stays a small multiple of the sections, not their square."""
        import random

        from reportdiff.compare import _engine

        rng = random.Random(13)
        vocabulary = [f"woord{i}" for i in range(6000)]

        def text() -> str:
            return " ".join(rng.choice(vocabulary) for _ in range(60))

        n = 2000
        old_sections = tuple(
            Section(f"Paragraaf {i} over {rng.choice(vocabulary)}", 2, text(), SRC)
            for i in range(n)
        )
        new_sections = tuple(
            attrs.evolve(s, title=f"Hernoemd {i} {s.title.split()[-1]} bijgewerkt")
            if i % 10 == 0
            else s
            for i, s in enumerate(old_sections)
        )
        calls = 0
        score = _engine._section_score

        def counting(a: Section, b: Section) -> float:
            nonlocal calls
            calls += 1
            return score(a, b)

        monkeypatch.setattr(_engine, "_section_score", counting)
        result = diff(
            _report(1, sections=old_sections), _report(2, sections=new_sections), only=["sections"]
        )
        renamed = [c for c in result.changes if c.note and c.note.startswith("renamed")]
        assert len(renamed) == n // 10
        assert not [c for c in result.changes if c.kind is not ChangeKind.CHANGED]
        assert calls <= (n // 10) * 25  # the unmatched tenth, at most CAP candidates each


class TestIdentityInTheText:
    """What the parsers give the engine to match on: one key per treaty however it is written,
    and a withdrawal as an event of the treaty."""

    @staticmethod
    def _read(text: str) -> list[Agreement]:
        from reportdiff.parse.agreements import agreements_in_sentence
        from reportdiff.parse.context import Sentence

        return agreements_in_sentence(Sentence(text, 1, "1", 0), (), ())

    def test_one_treaty_written_three_ways_is_one_key(self) -> None:
        """The Open Skies treaty by its English, Dutch and compound names: one key."""
        keys = {
            a.key
            for text in (
                "Rusland trok zich in 2021 terug uit het Open Skies-verdrag.",
                "Het Verdrag inzake het Open Luchtruim bleef voor Nederland van kracht.",
                "Nederland blijft partij bij het Open Skies verdrag.",
            )
            for a in self._read(text)
        }
        assert keys == {"treaty|multilateral|open skies"}

    def test_withdrawal_is_an_event_of_the_treaty(self) -> None:
        """'X trok zich terug uit het verdrag': party_withdrew X; X is no party, and the treaty
        of many parties has not ended for the Netherlands."""
        (a,) = self._read(
            "Rusland trok zich in mei 2042 terug uit het Verdrag van Bornholm; voor de overige "
            "partijen blijft het verdrag van kracht."
        )
        assert a.multilateral and "RU" not in a.parties
        assert [(e.kind, e.party, e.date) for e in a.events] == [
            (AgreementEventKind.PARTY_WITHDREW, "RU", "2042-05")
        ]
        assert a.state is AgreementState.IN_FORCE

    def test_abbreviation_in_brackets_is_the_same_agreement(self) -> None:
        """'Memorandum of Understanding (MoU)' is one agreement, not two."""
        found = self._read(
            "Met het Verenigd Koninkrijk is in januari 2041 een Memorandum of Understanding "
            "(MoU) over cyberverdediging ondertekend."
        )
        assert [(a.kind, a.parties, a.state) for a in found] == [
            (AgreementKind.MOU, ("NL", "GB"), AgreementState.SIGNED)
        ]

    def test_history_recalled_is_no_new_event(self) -> None:
        """'Het memorandum, in 2051 gesloten, bleef in 2052 van kracht': in force; the signing
        is dated 2051, so against the 2051 edition it is not news."""
        (a,) = self._read(
            "Het memorandum over munitie, in 2051 tussen Nederland en Noorwegen gesloten, bleef "
            "in 2052 van kracht."
        )
        assert a.state is AgreementState.IN_FORCE
        assert [(e.kind, e.date) for e in a.events] == [(AgreementEventKind.SIGNED, "2051")]
        before = attrs.evolve(a, events=(), state=AgreementState.IN_FORCE)
        assert not diff(_report(2051, agreements=(before,)), _report(2052, agreements=(a,)))


class TestUnreadAmounts:
    """A budget missing beside an amount the parser could not classify is not shown gone."""

    def test_removed_only_when_the_text_shows_it(self) -> None:
        """GB's budget is missing from the new text, which gives an amount for GB the parser
        could not read as a budget: not in the available text, with the reason; without that
        amount it is removed."""
        old = _report(2031, budgets=(_budget("GB", "2031", "50000000000", "GBP", None),))
        unread = Amount(
            AmountKind.OTHER,
            Money(Decimal("52000000000"), "GBP"),
            "GB",
            "2032",
            SRC2,
            reason="the sentence names no defence budget or spending",
        )
        (change,) = diff(old, _report(2032, amounts=(unread,))).changes
        assert change.kind is ChangeKind.UNAVAILABLE
        assert change.note is not None and "could not be read as a budget (p. 3" in change.note
        (gone,) = diff(old, _report(2032)).changes
        assert gone.kind is ChangeKind.REMOVED

    @pytest.mark.parametrize(
        ("kind", "unavailable"),
        [
            (AmountKind.CONTRIBUTION, True),
            (AmountKind.INVESTMENT, True),
            (AmountKind.CHANGE, False),
            (AmountKind.PLAN, False),
        ],
    )
    def test_a_budget_taken_for_a_contribution_or_investment(
        self, kind: AmountKind, unavailable: bool
    ) -> None:
        """An amount taken for a contribution or an investment may be the budget, read with
        a cue about something else ("… voor defensie beschikbaar"): beside it a missing
        budget is not shown gone; a change or a plan is told by its own words."""
        old = _report(2031, budgets=(_budget("CZ", "2031", "180000000000", "CZK", None),))
        other = Amount(kind, Money(Decimal("187000000000"), "CZK"), "CZ", "2032", SRC2)
        (change,) = diff(old, _report(2032, amounts=(other,))).changes
        assert (change.kind is ChangeKind.UNAVAILABLE) is unavailable

    def test_added_only_when_the_old_text_lacked_it(self) -> None:
        """The same the other way: an unread GB amount in the old text makes a new GB budget
        no addition."""
        unread = Amount(AmountKind.OTHER, Money(Decimal("5"), "GBP"), "GB", "2031", SRC)
        new = _report(2032, budgets=(_budget("GB", "2032", "50000000000", "GBP", None),))
        (change,) = diff(_report(2031, amounts=(unread,)), new).changes
        assert change.kind is ChangeKind.UNAVAILABLE
        (added,) = diff(_report(2031), new).changes
        assert added.kind is ChangeKind.ADDED


class TestUnreads:
    """A budget missing beside a figure the parser read no amount from is not shown gone."""

    ROW = Source(2, "2", "Luxemburg (EUR) 2070 789 (bbp 3,7%) +0")

    def test_removed_only_when_no_figure_is_left_unread(self) -> None:
        old = _report(2069, budgets=(_budget("LU", "2069", "789000000", "EUR", "3.7"),))
        coverage = Coverage(unread_figures=(Unread("LU", self.ROW),))
        (change,) = diff(old, _report(2070, coverage=coverage)).changes
        assert change.kind is ChangeKind.UNAVAILABLE
        assert change.note == (
            "the 2070 text names LU beside a currency and a figure that could not be read "
            "(p. 2: “Luxemburg (EUR) 2070 789 (bbp 3,7%) +0”); see `reportdiff check`"
        )
        # Another country's unread figure says nothing of LU's budget.
        elsewhere = Coverage(unread_figures=(Unread("NO", self.ROW),))
        (gone,) = diff(old, _report(2070, coverage=elsewhere)).changes
        assert gone.kind is ChangeKind.REMOVED

    def test_added_only_when_the_old_text_read_all_its_figures(self) -> None:
        new = _report(2070, budgets=(_budget("LU", "2070", "789000000", "EUR", "3.7"),))
        coverage = Coverage(unread_figures=(Unread("LU", self.ROW),))
        (change,) = diff(_report(2069, coverage=coverage), new).changes
        assert change.kind is ChangeKind.UNAVAILABLE
        (added,) = diff(_report(2069), new).changes
        assert added.kind is ChangeKind.ADDED


class TestUnreadInTheCountrysCurrency:
    """A budget missing beside an unread amount in its own currency (given to no country, or
    to another) is not shown gone, unless another country's budget is in that currency."""

    STRAY = Amount(
        AmountKind.OTHER,
        Money(Decimal("60200000000"), "GBP"),
        "DK",  # a table row whose "Verenigd Koninkrijk" broke over two lines
        "1912",
        SRC2,
        reason="the sentence names no defence budget or spending",
    )

    def test_an_unread_amount_in_the_currency_only_that_country_uses(self) -> None:
        old = _report(1911, budgets=(_budget("GB", "1911", "58000000000", "GBP", None),))
        (change,) = diff(old, _report(1912, amounts=(self.STRAY,))).changes
        assert change.kind is ChangeKind.UNAVAILABLE
        assert change.note is not None and change.note.startswith(
            "the 1912 text gives an amount in GBP, the currency of GB's budget, that could not "
            "be read as a budget (p. 3"
        )

    def test_not_when_another_budget_is_in_that_currency(self) -> None:
        old = _report(1911, budgets=(_budget("GB", "1911", "58000000000", "GBP", None),))
        other = _budget("GG", "1912", "10000000", "GBP", None)
        changes = diff(old, _report(1912, budgets=(other,), amounts=(self.STRAY,))).changes
        (gone,) = [c for c in changes if c.key == "GB"]
        assert gone.kind is ChangeKind.REMOVED

    def test_not_in_a_currency_others_figures_are_restated_in(self) -> None:
        """Suriname's budget in dollars: an unread dollar amount (a figure converted into
        dollars, say) says nothing of it."""
        old = _report(2126, budgets=(_budget("SR", "2126", "150000000", "USD", None),))
        converted = attrs.evolve(
            self.STRAY, money=Money(Decimal("41000000000"), "USD"), country=None
        )
        (gone,) = diff(old, _report(2127, amounts=(converted,))).changes
        assert gone.kind is ChangeKind.REMOVED


class TestUnreadPartners:
    """A partner on one side only is not shown added or removed while the other edition names
    the country beside a word for partners in a sentence no partner was read from."""

    SAID = Source(
        1,
        "1",
        "Met België en Frankrijk wordt structureel samengewerkt, met dien verstande dat aan "
        "eerstgenoemde twee landen de hoedanigheid van strategisch partner toekomt.",
    )

    def test_named_but_unread(self) -> None:
        fr = Partner("FR", "Frankrijk", PartnerCategory.STRATEGIC, SRC)
        coverage = Coverage(unread_partners=(Unread("FR", self.SAID),))
        (c,) = diff(_report(1928, partners=(fr,)), _report(1929, coverage=coverage)).changes
        assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None
        assert c.note.startswith("the 1929 text names it as it speaks of partners (p. 1: ")
        (c,) = diff(_report(1928, coverage=coverage), _report(1929, partners=(fr,))).changes
        assert c.kind is ChangeKind.UNAVAILABLE
        # Another country's mention says nothing of France.
        other = Coverage(unread_partners=(Unread("BE", self.SAID),))
        (c,) = diff(_report(1928, partners=(fr,)), _report(1929, coverage=other)).changes
        assert c.kind is ChangeKind.REMOVED


class TestUnreadReferences:
    """A citation on one side only is not shown added or removed while the other edition's
    text still gives its dossier and number in a form not read as a citation."""

    REF = Reference("33279", "994", SRC)

    @pytest.mark.parametrize(
        "text",
        [
            "Ik verwijs naar dossier 33279, onder nummer 994, waarin de regering dat uitsprak.",
            "Zie het stuk 33 279 (994) van vorig jaar.",
        ],
    )
    def test_still_given_in_other_words(self, text: str) -> None:
        other = Section("Verantwoording", 2, text, SRC2)
        (c,) = diff(_report(2156, references=(self.REF,)), _report(2157, sections=(other,))).of(
            Entity.REFERENCE
        )
        assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None
        assert f'(p. 3: "{text}")' in c.note
        (c,) = diff(_report(2156, sections=(other,)), _report(2157, references=(self.REF,))).of(
            Entity.REFERENCE
        )
        assert c.kind is ChangeKind.UNAVAILABLE

    @pytest.mark.parametrize(
        "text",
        [
            "Zie Kamerstuk 33279, nr. 995.",  # another number of the dossier
            "Er werden 994 militairen ingezet; zie dossier 33279.",  # the number before it
            "Het kostte 33279,994 euro.",  # one number, not two
        ],
    )
    def test_gone(self, text: str) -> None:
        other = Section("Verantwoording", 2, text, SRC2)
        (c,) = diff(_report(2156, references=(self.REF,)), _report(2157, sections=(other,))).of(
            Entity.REFERENCE
        )
        assert c.kind is ChangeKind.REMOVED


def test_an_organisations_name_as_written_is_no_change() -> None:
    """The acronym is the organisation: the name an edition writes for one the vocabulary
    does not know differs with its wording, and is not reported."""
    spill = Organisation("NZI", "EI2 en het Noordzee-initiatief", SRC, known=False)
    plain = Organisation("NZI", "Noordzee-initiatief", SRC2, known=False)
    assert not diff(_report(2009, organisations=(spill,)), _report(2010, organisations=(plain,)))


class TestUnreadMissions:
    """A mission on one side only is not shown added or removed when the other edition's text
    still names it: the parser missed it there."""

    def _mission(self, name: str) -> Mission:
        return Mission(name, "EU", "Rode Zee", MissionStatus.ACTIVE, SRC)

    def test_named_in_the_other_text(self) -> None:
        old = _report(2031, missions=(self._mission("missie Zeeleeuw"),))
        text = "De Zeeleeuw-missie, onder de vlag van de EU, gaat door; 40 militairen."
        new = _report(2032, sections=(Section("Uitzendingen", 1, text, SRC2),))
        (change,) = [c for c in diff(old, new).changes if c.entity is Entity.MISSION]
        assert change.kind is ChangeKind.UNAVAILABLE
        assert change.note is not None and "Zeeleeuw-missie" in change.note

    def test_gone_from_the_other_text(self) -> None:
        old = _report(2031, missions=(self._mission("missie Zeeleeuw"),))
        new = _report(
            2032, sections=(Section("Uitzendingen", 1, "Geen inzet in de Rode Zee.", SRC2),)
        )
        (change,) = [c for c in diff(old, new).changes if c.entity is Entity.MISSION]
        assert change.kind is ChangeKind.REMOVED

    def test_only_its_place_named_is_no_mention(self) -> None:
        """ "eFP Litouwen": Lithuania named elsewhere is where, not which mission."""
        new = _report(
            2032, missions=(attrs.evolve(self._mission("eFP Litouwen"), organisation="NAVO"),)
        )
        old = _report(
            2031, sections=(Section("Partners", 1, "Met Litouwen werkten we samen.", SRC),)
        )
        (change,) = [c for c in diff(old, new).changes if c.entity is Entity.MISSION]
        assert change.kind is ChangeKind.ADDED


def _dossier_number_regex(text: str, dossier: str, number: str) -> int | None:
    """What the scan stands in for: the pattern it replaced, compiled for each citation."""
    pattern = re.compile(
        r"(?<!\d)"
        + re.escape(dossier[:-3])
        + r"[\s.\u00a0\u202f]?"
        + re.escape(dossier[-3:])
        + r"(?!\d).{0,60}?(?<![\d,.])"
        + re.escape(number)
        + r"(?!\d)",
        re.DOTALL,
    )
    m = pattern.search(text)
    return m.start() if m else None


@pytest.mark.parametrize(("dossier", "number"), [("33279", "994"), ("21501", "2"), ("1234", "56")])
def test_dossier_then_number_finds_what_the_pattern_found(dossier: str, number: str) -> None:
    # Random texts over the characters that matter (digits, the gaps, separators, an Arabic
    # digit, letters and both parts), each scanned and searched with the old pattern.
    rng = random.Random(f"{dossier}/{number}")
    pieces = [
        dossier, dossier[:-3], dossier[-3:], number, "1", "9", "٣", " ", "\u00a0", "\u202f",
        ".", ",", "/", "\n", "nr", "a", "_", "x" * 50,
    ]  # fmt: skip
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = _dossier_number_regex(text, dossier, number)
        assert _engine._dossier_then_number(text, dossier, number) == expected, text
        found += expected is not None
    assert found > 40  # the texts hold matches, not only misses


class TestDescribedOrAbbreviated:
    """A mission or an agreement the other edition gives in words not read as one (a
    description instead of the name, an abbreviation without a legend) is no change."""

    def test_a_mission_described_by_its_organisation_and_host(self) -> None:
        nmi = Mission("NMI", "NAVO", "Irak", MissionStatus.ACTIVE, SRC)
        described = "Lopend: de Iraakse NAVO-adviesmissie, met 250 Nederlandse militairen."
        (c,) = diff(
            _report(2091, missions=(nmi,)),
            _report(2092, sections=(Section("Inzet", 2, described, SRC2),)),
        ).of(Entity.MISSION)
        assert c.kind is ChangeKind.UNAVAILABLE
        # The organisation and the host without a word for a mission: removed.
        other = "Irak en de NAVO bleven in gesprek over de toekomst van de regio."
        (c,) = diff(
            _report(2091, missions=(nmi,)),
            _report(2092, sections=(Section("Inzet", 2, other, SRC2),)),
        ).of(Entity.MISSION)
        assert c.kind is ChangeKind.REMOVED

    def test_a_mission_described_as_a_group(self) -> None:
        nmi = Mission("NMI", "NAVO", "Irak", MissionStatus.ACTIVE, SRC)
        text = "Voor de bondgenootschappelijke adviseursgroep in Irak (NAVO) bleef de bezetting."
        (c,) = diff(
            _report(2091, missions=(nmi,)),
            _report(2092, sections=(Section("Inzet", 2, text, SRC2),)),
        ).of(Entity.MISSION)
        assert c.kind is ChangeKind.UNAVAILABLE

    def test_a_mission_in_a_region_described(self) -> None:
        untso = Mission("UNTSO", "VN", "Midden-Oosten", MissionStatus.ACTIVE, SRC)
        described = (
            "Nederland leverde 12 officieren aan de VN-waarnemersmissie in het Midden-Oosten."
        )
        (c,) = diff(
            _report(2092, sections=(Section("Inzet", 2, described, SRC2),)),
            _report(2093, missions=(untso,)),
        ).of(Entity.MISSION)
        assert c.kind is ChangeKind.UNAVAILABLE

    def test_an_agreement_in_its_partners_own_section(self) -> None:
        pd = Agreement(
            AgreementKind.POLICY_DIRECTION,
            "Policy Direction over samenwerking tussen speciale eenheden",
            ("NL", "ES"),
            None,
            AgreementStatus.IN_FORCE,
            SRC,
        )
        text = "De eerder gesloten PD over samenwerking tussen speciale eenheden bleef gelden."
        (c,) = diff(
            _report(2084, sections=(Section("Spanje", 2, text, SRC2),)),
            _report(2085, agreements=(pd,)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.UNAVAILABLE
        # A sentence that names another country is not about Spain, in whatever section.
        other = "De eerder met Italië gesloten PD over samenwerking tussen speciale eenheden gold."
        (c,) = diff(
            _report(2084, sections=(Section("Italië", 2, other, SRC2),)),
            _report(2085, agreements=(pd,)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.ADDED
        # One that names no country may stand under the wrong heading (the country's own line
        # not read as one): in Italy's section it may still be Spain's, and is not called added.
        (c,) = diff(
            _report(2084, sections=(Section("Italië", 2, text, SRC2),)),
            _report(2085, agreements=(pd,)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.UNAVAILABLE

    def test_one_long_compound_of_a_two_word_subject(self) -> None:
        pd = Agreement(
            AgreementKind.POLICY_DIRECTION,
            "Policy Direction over uitwisseling van inlichtingenofficieren",
            ("NL", "NO", "LU"),
            None,
            AgreementStatus.IN_FORCE,
            SRC,
        )
        row = "2. PD inlichtingenofficieren – Noorwegen, Luxemburg en Nederland: loopt door."
        (c,) = diff(
            _report(2091, agreements=(pd,)),
            _report(2092, sections=(Section("Afspraken", 2, row, SRC2),)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.UNAVAILABLE
        # Without both counterparts it is not that agreement.
        short = "2. PD inlichtingenofficieren – Noorwegen en Nederland: loopt door."
        (c,) = diff(
            _report(2091, agreements=(pd,)),
            _report(2092, sections=(Section("Afspraken", 2, short, SRC2),)),
        ).of(Entity.AGREEMENT)
        assert c.kind is ChangeKind.REMOVED


class TestApproximateBudgets:
    """An approximation ("ruim tien miljard", "circa 8,5 miljard") is rounded at its last
    digit (half a unit either way), at most a tenth of itself: an exact figure within that is
    no change."""

    @staticmethod
    def _pair(old: Budget, new: Budget) -> ReportDiff:
        return diff(_report(2063, budgets=(old,)), _report(2064, budgets=(new,)))

    def test_an_exact_figure_within_the_approximation_is_no_change(self) -> None:
        about = attrs.evolve(_budget("BE", "2063", "10000000000", "EUR", None), approximate=True)
        exact = _budget("BE", "2064", "10200000000", "EUR", None)
        assert not self._pair(about, exact)
        assert not self._pair(attrs.evolve(exact, year="2063"), attrs.evolve(about, year="2064"))

    @pytest.mark.parametrize(
        ("approx", "exact"),
        [
            ("10000000000", "11500000000"),  # beyond a tenth of "tien miljard"
            ("8500000000", "8600000000"),  # "circa 8,5 miljard" is rounded to 0.1 bn
            ("95800000000", "95900000000"),  # "afgerond € 95,8 mld."
        ],
        ids=["beyond-a-tenth", "beyond-the-last-digit", "rounded"],
    )
    def test_a_figure_beyond_it_is_a_change(self, approx: str, exact: str) -> None:
        about = attrs.evolve(_budget("BE", "2063", approx, "EUR", None), approximate=True)
        (c,) = self._pair(about, _budget("BE", "2064", exact, "EUR", None)).changes
        assert c.kind is ChangeKind.CHANGED
        assert [f.name for f in c.fields] == ["year", "amount"]

    def test_two_exact_figures_always_differ(self) -> None:
        (c,) = self._pair(
            _budget("BE", "2063", "10000000000", "EUR", None),
            _budget("BE", "2064", "10200000000", "EUR", None),
        ).changes
        assert c.delta is not None and c.delta.amount == Decimal("200000000")


class TestAgreementStateRecalled:
    """A later edition that puts an agreement at an earlier step of its life ("overeengekomen
    in 2091" of one called "nog steeds geldig" the year before) recalls its history; a step
    forward, a suspension or a resumption is a change."""

    @staticmethod
    def _states(
        old: AgreementState,
        new: AgreementState,
        old_events: tuple[AgreementEvent, ...] = (),
        new_events: tuple[AgreementEvent, ...] = (),
        kind: AgreementKind = AgreementKind.LETTER_OF_INTENT,
    ) -> list[tuple[str, Any, Any]]:
        def loi(state: AgreementState, events: tuple[AgreementEvent, ...]) -> Agreement:
            return Agreement(
                kind,
                "Letter of Intent over luchtruimsurveillance",
                ("NL", "DE"),
                None,
                AgreementStatus.MENTIONED,
                SRC,
                state=state,
                events=events,
            )

        changes = diff(
            _report(2092, agreements=(loi(old, old_events),)),
            _report(2093, agreements=(loi(new, new_events),)),
        ).of(Entity.AGREEMENT)
        return [(f.name, f.old, f.new) for c in changes for f in c.fields if f.name == "state"]

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            (AgreementState.IN_FORCE, AgreementState.SIGNED),
            (AgreementState.IN_FORCE, AgreementState.PROPOSED),
            (AgreementState.SIGNED, AgreementState.PROPOSED),
        ],
        ids=["in-force-then-signed", "in-force-then-proposed", "signed-then-proposed"],
    )
    def test_an_earlier_step_is_no_change(self, old: AgreementState, new: AgreementState) -> None:
        assert self._states(old, new) == []

    @pytest.mark.parametrize(
        ("old", "new"),
        [
            (AgreementState.PROPOSED, AgreementState.SIGNED),
            (AgreementState.IN_FORCE, AgreementState.SUSPENDED),
            (AgreementState.SUSPENDED, AgreementState.IN_FORCE),
            (AgreementState.IN_FORCE, AgreementState.ENDED),
        ],
        ids=["signed", "suspended", "resumed", "ended"],
    )
    def test_a_step_forward_is_a_change(self, old: AgreementState, new: AgreementState) -> None:
        assert self._states(old, new) == [("state", old.value, new.value)]

    def test_in_force_after_a_signing_is_news_only_when_shown(self) -> None:
        """Signed, then in force: a change when the new edition says it entered into force
        since, or (for a treaty or a SOFA, which enter into force on their own date) when the
        old edition signed it in its own year; not when the old edition only recalled a
        signing years before ("overeengekomen in 2089, geldt onverkort"), and not for an
        arrangement that took effect when it was signed (a letter of intent, an MoU)."""
        signed, in_force = AgreementState.SIGNED, AgreementState.IN_FORCE
        sofa = AgreementKind.SOFA

        def event(kind: AgreementEventKind, date: str) -> tuple[AgreementEvent, ...]:
            return (AgreementEvent(kind, date),)

        news = [("state", "signed", "in_force")]
        this_year = event(AgreementEventKind.SIGNED, "2092-05")
        assert self._states(signed, in_force, this_year, kind=sofa) == news
        assert self._states(signed, in_force, this_year) == []
        for kind in (sofa, AgreementKind.LETTER_OF_INTENT):
            assert (
                self._states(
                    signed,
                    in_force,
                    event(AgreementEventKind.SIGNED, "2089"),
                    event(AgreementEventKind.ENTERED_INTO_FORCE, "2093-01"),
                    kind=kind,
                )
                == news
            )
            assert (
                self._states(signed, in_force, event(AgreementEventKind.SIGNED, "2089"), kind=kind)
                == []
            )
            assert self._states(signed, in_force, kind=kind) == []

    def test_in_force_unchanged_is_no_news(self) -> None:
        """Signed in the old edition's own year, then "onveranderd geldend": the new edition
        says nothing changed, so no coming into force is printed."""
        old = Agreement(
            AgreementKind.MOU,
            "MoU inzake uitwisseling van liaisonofficieren",
            ("NL", "LT"),
            "2092-08",
            AgreementStatus.SIGNED,
            Source(
                3,
                "3",
                "MoU inzake uitwisseling van liaisonofficieren Litouwen ondertekend op 08-08-2092",
            ),
            state=AgreementState.SIGNED,
            events=(AgreementEvent(AgreementEventKind.SIGNED, "2092-08"),),
        )
        text = "MoU inzake uitwisseling van liaisonofficieren Litouwen onveranderd geldend"
        new = attrs.evolve(
            old, date=None, source=Source(3, "3", text), state=AgreementState.IN_FORCE, events=()
        )
        changes = diff(_report(2092, agreements=(old,)), _report(2093, agreements=(new,)))
        assert changes.of(Entity.AGREEMENT) == ()
        # Said without "onveranderd": an MoU took effect when it was signed, no news, unless
        # the new edition dates its being in force after 2092 ("geldig sedert 1 juli 2093");
        # a SOFA signed in 2092 and in force in 2093 entered into force in between.
        plain = attrs.evolve(new, source=Source(3, "3", text.replace("onveranderd ", "")))
        assert (
            diff(_report(2092, agreements=(old,)), _report(2093, agreements=(plain,))).of(
                Entity.AGREEMENT
            )
            == ()
        )
        from_text = Source(3, "3", "MoU liaisonofficieren Litouwen (geldend vanaf 01-06-2093)")
        for dated in (attrs.evolve(plain, date="2093-07"), attrs.evolve(plain, source=from_text)):
            (c,) = diff(_report(2092, agreements=(old,)), _report(2093, agreements=(dated,))).of(
                Entity.AGREEMENT
            )
            assert [(f.name, f.old, f.new) for f in c.fields] == [("state", "signed", "in_force")]
        old_sofa = attrs.evolve(old, kind=AgreementKind.SOFA)
        new_sofa = attrs.evolve(plain, kind=AgreementKind.SOFA)
        (c,) = diff(
            _report(2092, agreements=(old_sofa,)), _report(2093, agreements=(new_sofa,))
        ).of(Entity.AGREEMENT)
        assert [(f.name, f.old, f.new) for f in c.fields] == [("state", "signed", "in_force")]


def test_an_agreement_named_in_a_heading_is_not_removed() -> None:
    """A question set in bold on a line of its own is read as a heading: an agreement it names
    is still in that text, not removed."""
    mou = Agreement(
        AgreementKind.MOU,
        "MoU",
        ("NL", "DK", "SR"),
        None,
        AgreementStatus.MENTIONED,
        Source(2, "2", "MoU duikersopleiding Denemarken, Suriname geldend 1-8-2006"),
    )
    question = (
        "Hoe staat het Memorandum of Understanding over duikersopleiding met Denemarken en "
        "Suriname ervoor?"
    )
    heading = Section(question, 2, "Geldig sedert 2006.", Source(3, "3", question))
    (c,) = diff(_report(2006, agreements=(mou,)), _report(2007, sections=(heading,))).of(
        Entity.AGREEMENT
    )
    assert c.kind is ChangeKind.UNAVAILABLE and c.note is not None
    assert f'(p. 3: "{question}")' in c.note


def test_an_organisation_the_other_text_still_names_is_not_removed() -> None:
    """The EU read in the old edition, not in the new one whose text still names it (a
    paragraph led by "Europese Unie." that the reading order broke up): not in the available
    text, with the sentence that names it; one the new text does not name is removed."""
    eu = Organisation("EU", "Europese Unie", Source(4, "4", "Europese Unie."))
    jef = Organisation("JEF", "Joint Expeditionary Force", Source(4, "4", "JEF."))
    text = "NAVO. Bilaterale samenwerking dient Europese Unie. Het Unieverdrag biedt grondslag."
    section = Section("6. Verdragsrechtelijke kaders", 1, text, Source(4, "4", "6."))
    changes = diff(_report(2111, organisations=(eu, jef)), _report(2112, sections=(section,))).of(
        Entity.ORGANISATION
    )
    kinds = {c.key: c.kind for c in changes}
    assert kinds == {"EU": ChangeKind.UNAVAILABLE, "JEF": ChangeKind.REMOVED}
    (unavailable,) = [c for c in changes if c.key == "EU"]
    assert unavailable.note == (
        'the 2112 text names it too (p. 4: "Bilaterale samenwerking dient Europese Unie.") in '
        "words not read as taking part in it; see `reportdiff check`"
    )


def test_an_organisation_the_other_editions_heading_names_is_not_removed() -> None:
    """A line of names set in bold is read as a heading ("Hoofdkaders: EU, NAVO, VN. Plus
    lidmaatschap: NORDEFCO; OVSE"): an organisation it names is not shown to be gone."""
    nordefco = Organisation("NORDEFCO", "Nordic Defence Cooperation", Source(2, "2", "NORDEFCO."))
    jef = Organisation("JEF", "Joint Expeditionary Force", Source(2, "2", "JEF."))
    title = "Hoofdkaders 1994: EU, NAVO, VN. Plus lidmaatschap: NORDEFCO; OVSE"
    section = Section(title, 2, "Toelichting volgt.", Source(2, "2", title))
    changes = diff(
        _report(1993, organisations=(nordefco, jef)), _report(1994, sections=(section,))
    ).of(Entity.ORGANISATION)
    kinds = {c.key: c.kind for c in changes}
    assert kinds == {"NORDEFCO": ChangeKind.UNAVAILABLE, "JEF": ChangeKind.REMOVED}
    (unavailable,) = [c for c in changes if c.key == "NORDEFCO"]
    assert unavailable.note is not None and "in the heading" in unavailable.note
