"""Tests for reportdiff.compare, the diff engine: alignment, fuzzy matching, budget deltas,
snapshots."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from reportdiff.compare import ChangeKind, Entity, ReportDiff, diff, normalise_title
from reportdiff.errors import UsageError
from reportdiff.extract import extract
from reportdiff.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Budget,
    Edition,
    Layout,
    Mission,
    MissionStatus,
    Money,
    Pages,
    Report,
    Section,
    Source,
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
        """BE present in 2020 and absent in 2021; DE, GB and US new."""
        kinds = {c.key: c.kind for c in real.of(Entity.BUDGET)}
        assert kinds == {
            "BE": ChangeKind.REMOVED,
            "DE": ChangeKind.ADDED,
            "GB": ChangeKind.ADDED,
            "US": ChangeKind.ADDED,
        }
        us = next(c for c in real.of(Entity.BUDGET) if c.key == "US")
        assert us.new.year == "2021" and [b.year for b in us.context] == ["2022"]

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
        """A diff with changes is truthy and counts them."""
        s = real.summary
        assert bool(real) and s.added + s.removed + s.changed == len(real.changes)


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
        """UNIFIL ended (changed), EUFOR Althea new."""
        by = {c.key: c for c in synthetic.of(Entity.MISSION)}
        assert by["UNIFIL"].kind is ChangeKind.CHANGED
        assert [(f.name, f.old, f.new) for f in by["UNIFIL"].fields] == [
            ("status", "active", "ended")
        ]
        assert by["EUFOR Althea"].kind is ChangeKind.ADDED

    def test_agreement_statuses(self, synthetic: ReportDiff) -> None:
        """Signed → extended, signed → suspended, extended → in force."""
        moves = {
            c.old.kind.value: (c.old.status.value, c.new.status.value)
            for c in synthetic.of(Entity.AGREEMENT)
            if c.kind is ChangeKind.CHANGED
        }
        assert moves["letter_of_intent"] == ("signed", "extended")
        assert moves["mou"] == ("signed", "suspended")
        assert moves["treaty"] == ("extended", "in_force")

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
        """A reworded title under the same kind and counterpart is a title change."""
        old = Agreement(
            AgreementKind.LETTER_OF_INTENT,
            "Letter of Intent over opleiding van helikoptervliegers",
            ("NL", "DE"),
            "2031",
            AgreementStatus.SIGNED,
            SRC,
        )
        new = attrs.evolve(
            old,
            title="Letter of Intent over de opleiding van alle helikoptervliegers",
            status=AgreementStatus.EXTENDED,
        )
        result = diff(_report(2031, agreements=(old,)), _report(2032, agreements=(new,)))
        (change,) = result.changes
        assert change.kind is ChangeKind.CHANGED
        assert {f.name for f in change.fields} == {"title", "status"}

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


def test_diff_snapshot_bundled(real: ReportDiff, data_regression: Any) -> None:
    """The JSON diff of 2020 → 2021, as reviewed."""
    data_regression.check(diff_to_dict(real))


def test_diff_snapshot_synthetic(synthetic: ReportDiff, data_regression: Any) -> None:
    """The JSON diff of the synthetic pair, as reviewed."""
    data_regression.check(diff_to_dict(synthetic))


def test_preload_hides_numpy_only_during_the_import() -> None:
    """After preload(hide_numpy=True) deepdiff is loaded and numpy is still importable."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reportdiff.compare import preload\n"
        "preload(hide_numpy=True)\n"
        "assert 'deepdiff' in sys.modules and 'numpy' not in sys.modules\n"
        "try:\n"
        "    import numpy\n"
        "except ImportError:\n"
        "    pass  # numpy not installed here: nothing was hidden for good either\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.stdout.strip() == "ok", proc.stderr
