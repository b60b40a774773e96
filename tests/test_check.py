"""Tests for reportdiff.library.check: the parse-health report."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import attrs
import pytest

from reportdiff.cli import main
from reportdiff.extract import extract
from reportdiff.library.check import health
from reportdiff.parse import parse_document

from .conftest import FIXTURES, LETTER_2021, PRINT_2020, SEED, SYNTHETIC_2031, SYNTHETIC_2032

DRIFT = FIXTURES / "synthetic" / "2033-drift-letter.pdf"


@pytest.mark.parametrize(
    "path",
    [PRINT_2020, LETTER_2021, SEED, SYNTHETIC_2031, SYNTHETIC_2032],
    ids=["2020", "2021", "seed", "2031", "2032"],
)
def test_fixtures_are_healthy(path: object) -> None:
    """The bundled and synthetic editions have no unexplained misses or unknown headings."""
    h = health(parse_document(extract(path)))  # type: ignore[arg-type]
    assert h.misses == () and h.unknown_headings == ()
    assert h.healthy()


class TestDrift:
    """The planted problems of the drift edition are all found."""

    def test_planted_problems(self) -> None:
        """Unknown heading, unparsed amount, bare percentage, unknown mission, odd citation."""
        h = health(parse_document(extract(DRIFT)))
        assert h.unknown_headings == ("Samenwerking in de ruimte",)
        reasons = " | ".join(m.reason for m in h.misses)
        assert "an amount that gave no budget (3 miljard Zweedse kronen)" in reasons
        assert "a percentage that gave no fact" in reasons
        # UNFICYP is now read as a mission the vocabulary does not know, and listed as such.
        assert [(u.kind, u.code) for u in h.unknown_entities] == [("mission", "UNFICYP")]
        assert h.amounts_by_kind == {"budget": 1, "other": 1}
        assert "a citation that gave no reference" in reasons
        assert all(m.page == 1 for m in h.misses)
        assert h.facts["budgets"] == 1 and h.per_section["Samenwerking in de ruimte"] == 0

    def test_exit_codes_and_thresholds(self) -> None:
        """Exit 1 with misses; thresholds can allow them; exit 0 when healthy."""
        out = io.StringIO()
        assert main(["check", str(DRIFT), "-f", "json"], stdout=out) == 1
        data = json.loads(out.getvalue())
        assert data["healthy"] is False and len(data["misses"]) == 3
        assert (
            main(
                ["check", str(DRIFT), "--max-misses", "3", "--max-unknown-headings", "1"],
                stdout=io.StringIO(),
            )
            == 0
        )
        assert main(["check", "2021"], stdout=io.StringIO()) == 0
        assert main(["check", "1999"], stdout=io.StringIO(), stderr=io.StringIO()) == 2


def test_unknown_organisation_and_amount_kinds_are_listed() -> None:
    """An organisation the vocabulary does not know, introduced with its acronym, is listed
    with known=False; every amount is listed with what it was taken for."""
    from reportdiff.model import (
        Amount,
        AmountKind,
        Edition,
        Layout,
        Money,
        Organisation,
        Pages,
        Report,
        Source,
    )

    src = Source(1, "1", "Nederland trad toe tot het Noordzee-initiatief (NZI).")
    edition = Edition(
        year=2047,
        title="t",
        date=None,
        reference=None,
        kamerstuk=None,
        layout=Layout.LETTER,
        pages=Pages(1, ("1",), None),
        addressee=None,
        copy_to=None,
        vergaderjaar=None,
        parser="generic",
        source_kind="pdf",
    )
    report = Report(
        edition=edition,
        organisations=(Organisation("NZI", "Noordzee-initiatief", src, known=False),),
        amounts=(
            Amount(AmountKind.PLAN, Money(Decimal("5"), "EUR"), "US", "2048", src, reason="x"),
            Amount(AmountKind.FUND, Money(Decimal("7"), "EUR"), "DE", None, src, reason="y"),
        ),
    )
    h = health(report)
    assert [(u.kind, u.code, u.name) for u in h.unknown_entities] == [
        ("organisation", "NZI", "Noordzee-initiatief")
    ]
    assert h.amounts_by_kind == {"plan": 1, "fund": 1}
    assert [(a.kind, a.amount, a.year) for a in h.amounts] == [
        ("plan", "5", "2048"),
        ("fund", "7", None),
    ]


def test_a_figure_left_unread_beside_a_country_is_a_miss() -> None:
    """A sentence that names a country beside a currency and a figure no amount was read from
    is listed as a miss, with the country: its budget may be there, unread."""
    from reportdiff.model import (
        Coverage,
        Edition,
        Layout,
        Pages,
        Report,
        Section,
        Source,
        Unread,
    )

    row = "Luxemburg (EUR) 2070 789 (bbp 3,7%) +0"
    src = Source(2, "2", row)
    edition = Edition(
        2070,
        "Rapportage internationale defensiesamenwerking 2070",
        None,
        None,
        None,
        Layout.LETTER,
        Pages(2, ("1", "2"), None),
    )
    report = Report(
        edition=edition,
        sections=(Section("Begrotingen", 2, row, src),),
        coverage=Coverage(unread_figures=(Unread("LU", src),)),
    )
    (miss,) = health(report).misses
    assert miss.sentence == row and miss.page == 2
    assert "a figure beside a currency that gave no amount for LU" in miss.reason
    said = "Met België en Frankrijk wordt samengewerkt; zij gelden als strategisch partner."
    partners = attrs.evolve(
        report,
        sections=(Section("Partners", 1, said, Source(1, "1", said)),),
        coverage=Coverage(unread_partners=(Unread("FR", Source(1, "1", said)),)),
    )
    (miss,) = health(partners).misses
    assert miss.reason == "a word for partners beside a country that gave no partner: FR"
