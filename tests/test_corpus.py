"""The variety corpus (fixtures/corpus): its truth is sound, it is up to date, and the parser
reads every edition as its truth says.

The corpus is synthetic: editions written in many phrasings and typeset by three producers
(reportlab, Word/LibreOffice, HTML/Chromium) that the parser was not fitted to.  The last class
is the yardstick, so it asserts the truth exactly, per fact kind; see
benchmarks/score_corpus.py for precision and recall.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
INDEX = json.loads((CORPUS / "truth" / "index.json").read_text(encoding="utf-8"))
EDITIONS = [e["id"] for e in INDEX["editions"]]
LABEL = "Dit is een fictieve rapportage"
KINDS = ("partners", "organisations", "budgets", "missions", "agreements", "references")


def truth(eid: str) -> dict[str, Any]:
    return json.loads((CORPUS / "truth" / f"{eid}.json").read_text(encoding="utf-8"))


class TestTruth:
    """Every truth file is complete, labelled synthetic, and names files that exist."""

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_edition_truth(self, eid: str) -> None:
        """The truth of one edition has every fact kind and is labelled synthetic."""
        t = truth(eid)
        assert t["id"] == eid
        assert t["synthetic"] is True
        assert t["label"].startswith(LABEL)
        assert t["layout"] in ("letter", "kamerstuk")
        assert t["producer"] in ("reportlab", "docx", "html")
        assert (CORPUS / t["pdf"]).is_file()
        if t["source"] is not None:
            assert (CORPUS / t["source"]).is_file()
        for kind in (*KINDS, "sections", "traps", "other_amounts"):
            assert isinstance(t[kind], list), kind
        for b in t["budgets"]:
            assert re.fullmatch(r"[A-Z]{2}", b["country"])
            assert re.fullmatch(r"\d{4}(/\d{4})?", b["year"])
            assert Decimal(b["amount"]) > 0
            assert re.fullmatch(r"[A-Z]{3}", b["currency"])
        for trap in t["traps"]:
            assert trap["sentence"] and trap["why"] and trap["kind"]
        for amount in t["other_amounts"]:
            assert amount["kind"] in (
                "plan",
                "target",
                "fund",
                "change",
                "investment",
                "contribution",
            )
            assert Decimal(amount["amount"]) > 0

    def test_index_and_pairs(self) -> None:
        """The index lists every truth file; every pair file exists and is labelled."""
        on_disk = {p.stem for p in (CORPUS / "truth").glob("*.json")} - {"index"}
        assert on_disk == set(EDITIONS)
        assert len(EDITIONS) >= 24
        assert {e["producer"] for e in INDEX["editions"]} == {"reportlab", "docx", "html"}
        for layout in ("letter", "kamerstuk"):
            producers = {e["producer"] for e in INDEX["editions"] if e["layout"] == layout}
            assert len(producers) == 3, layout
        for rel in INDEX["pairs"]:
            pair = json.loads((CORPUS / rel).read_text(encoding="utf-8"))
            assert pair["synthetic"] is True
            assert pair["old"] in EDITIONS and pair["new"] in EDITIONS
            for change in pair["changes"]:
                assert {"entity", "change", "identity"} <= set(change)

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_pdf_says_it_is_fictional(self, eid: str) -> None:
        """The edition's own first page says it is fictional."""
        import pdfplumber

        with pdfplumber.open(CORPUS / "pdf" / f"{eid}.pdf") as pdf:
            text = " ".join((pdf.pages[0].extract_text() or "").split())
        assert LABEL in text


@pytest.mark.skipif(
    importlib.util.find_spec("reportlab") is None or importlib.util.find_spec("docx") is None,
    reason="the generator needs reportlab and python-docx",
)
def test_generator_check() -> None:
    """`generate.py --check` rebuilds truth, sources and reportlab PDFs byte for byte."""
    result = subprocess.run(
        [sys.executable, str(CORPUS / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------------------------------------
# The parser against the truth


@functools.cache
def parsed(eid: str) -> Any:
    import reportdiff

    return reportdiff.load(CORPUS / "pdf" / f"{eid}.pdf", use_cache=False)


def _v(x: Any) -> Any:
    return getattr(x, "value", x)


class TestParsedFacts:
    """Each edition parses to exactly its truth, one fact kind per test."""

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_partners(self, eid: str) -> None:
        got = sorted({(p.code, _v(p.category)) for p in parsed(eid).partners})
        want = sorted((p["code"], p["category"]) for p in truth(eid)["partners"])
        assert got == want

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_organisations(self, eid: str) -> None:
        got = sorted({o.code for o in parsed(eid).organisations})
        assert got == sorted(truth(eid)["organisations"])

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_budgets(self, eid: str) -> None:
        got = sorted(
            {
                (
                    b.country,
                    b.year,
                    Decimal(b.money.amount),
                    b.money.currency,
                    None if b.gdp_percent is None else Decimal(b.gdp_percent),
                )
                for b in parsed(eid).budgets
            }
        )
        want = sorted(
            (
                b["country"],
                b["year"],
                Decimal(b["amount"]),
                b["currency"],
                None if b["gdp_percent"] is None else Decimal(b["gdp_percent"]),
            )
            for b in truth(eid)["budgets"]
        )
        assert got == want

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_missions(self, eid: str) -> None:
        got = sorted({m.name for m in parsed(eid).missions})
        assert got == sorted(m["name"] for m in truth(eid)["missions"])

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_agreements(self, eid: str) -> None:
        got = Counter((_v(a.kind), frozenset(a.parties)) for a in parsed(eid).agreements)
        want = Counter((a["kind"], frozenset(a["parties"])) for a in truth(eid)["agreements"])
        assert got == want

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_references(self, eid: str) -> None:
        got = sorted({(r.dossier, r.number) for r in parsed(eid).references})
        want = sorted((r["dossier"], r["number"]) for r in truth(eid)["references"])
        assert got == want

    @pytest.mark.parametrize("eid", EDITIONS)
    def test_section_titles(self, eid: str) -> None:
        """Every heading of the edition is a section, its numbering aside."""

        def norm(title: str) -> str:
            return re.sub(r"^\d+(\.\d+)*\.?\s+", "", " ".join(title.split())).casefold()

        got = {norm(s.title) for s in parsed(eid).sections}
        missing = [s["title"] for s in truth(eid)["sections"] if norm(s["title"]) not in got]
        assert missing == []
