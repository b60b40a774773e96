"""Tests for reportdiff.model: validation and immutability."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from reportdiff.model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Budget,
    Money,
    Partner,
    PartnerCategory,
    Source,
)

SRC = Source(1, "1", "zin")


class TestValidation:
    """Values with rules are checked when made."""

    def test_codes(self) -> None:
        """Country codes are ISO alpha-2, currencies ISO 4217."""
        with pytest.raises(ValueError, match="ISO 3166-1"):
            Partner("Duitsland", "Duitsland", PartnerCategory.STRATEGIC, SRC)
        with pytest.raises(ValueError, match="ISO 4217"):
            Money(Decimal(1), "euro")

    def test_budget_year_and_page(self) -> None:
        """A budget year is YYYY or YYYY/YYYY; a page is 1-based."""
        with pytest.raises(ValueError, match="fiscal year"):
            Budget("DE", "21", Money(Decimal(1), "EUR"), None, SRC)
        with pytest.raises(ValueError):
            Source(0, None, "zin")

    def test_frozen(self) -> None:
        """Facts cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            SRC.page = 2  # type: ignore[misc]


class TestAgreementKey:
    """The stable key: kind, counterpart and the first significant title words."""

    def test_key(self) -> None:
        """Stop words, generic words and the kind's own words do not count."""
        a = Agreement(
            AgreementKind.LETTER_OF_INTENT,
            "Letter of Intent over uitbreiding van de samenwerking bij opleidingen",
            ("NL", "DE"),
            "2021-10",
            AgreementStatus.SIGNED,
            SRC,
        )
        assert a.counterpart == "DE"
        assert a.key == "letter_of_intent|DE|uitbreiding opleidingen"
        # Parties in another order, the countries the title names, an abbreviation: one key.
        b = attrs.evolve(
            a,
            title="LoI met Duitsland over uitbreiding van de samenwerking bij opleidingen",
            parties=("DE", "NL"),
        )
        assert b.key == a.key

    def test_multilateral_counterpart(self) -> None:
        """A treaty of many parties is "multilateral" whoever its members are this year."""
        a = Agreement(
            AgreementKind.TREATY,
            "Verdrag van Bornholm",
            ("NL", "DE", "RU"),
            None,
            AgreementStatus.IN_FORCE,
            SRC,
            multilateral=True,
        )
        assert a.counterpart == "multilateral"
        assert attrs.evolve(a, parties=("NL", "DE")).key == a.key
