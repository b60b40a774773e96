"""The held-out corpus (fixtures/holdout): its truth is sound, labelled synthetic and up to date.

The held-out corpus is a measurement of how the parser generalises to phrasings its authors have
not seen, so this module deliberately does NOT assert the parser's facts on it: run
``python benchmarks/score_corpus.py --corpus fixtures/holdout`` (and ``--pairs``) for that.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

HOLDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "holdout"
INDEX = json.loads((HOLDOUT / "truth" / "index.json").read_text(encoding="utf-8"))
EDITIONS = [e["id"] for e in INDEX["editions"]]
LABEL = "Dit is een fictieve rapportage"
KINDS = ("partners", "organisations", "budgets", "missions", "agreements", "references")
OTHER_KINDS = ("plan", "target", "fund", "change", "investment", "contribution")


def truth(eid: str) -> dict[str, Any]:
    return json.loads((HOLDOUT / "truth" / f"{eid}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("eid", EDITIONS)
def test_edition_truth(eid: str) -> None:
    """One edition's truth has every fact kind, is labelled synthetic and held out."""
    t = truth(eid)
    assert t["id"] == eid
    assert t["synthetic"] is True
    assert t["held_out"] is True
    assert t["label"].startswith(LABEL)
    assert 2081 <= t["year"] <= 2085 or 2091 <= t["year"] <= 2095
    assert t["layout"] in ("letter", "kamerstuk")
    assert t["producer"] in ("reportlab", "docx", "html")
    assert (HOLDOUT / t["pdf"]).is_file()
    if t["source"] is not None:
        assert (HOLDOUT / t["source"]).is_file()
    for kind in (*KINDS, "sections", "traps", "other_amounts"):
        assert isinstance(t[kind], list), kind
    for b in t["budgets"]:
        assert re.fullmatch(r"[A-Z]{2}", b["country"])
        assert re.fullmatch(r"\d{4}(/\d{4})?", b["year"])
        assert Decimal(b["amount"]) > 0
        assert re.fullmatch(r"[A-Z]{3}", b["currency"])
        assert b["placement"] in ("text", "footnote", "table")
    for trap in t["traps"]:
        assert trap["sentence"] and trap["why"] and trap["kind"]
    for amount in t["other_amounts"]:
        assert amount["kind"] in OTHER_KINDS
        assert Decimal(amount["amount"]) > 0


def test_index_and_pairs() -> None:
    """At least ten editions in two worlds, every producer in both layouts; pairs labelled."""
    on_disk = {p.stem for p in (HOLDOUT / "truth").glob("*.json")} - {"index"}
    assert on_disk == set(EDITIONS)
    assert len(EDITIONS) >= 10
    assert INDEX["synthetic"] is True
    assert len({e["world"] for e in INDEX["editions"]}) == 2
    for producer in ("reportlab", "docx", "html"):
        layouts = {e["layout"] for e in INDEX["editions"] if e["producer"] == producer}
        assert layouts == {"letter", "kamerstuk"}, producer
    assert len(INDEX["pairs"]) == len(EDITIONS) - 2
    for rel in INDEX["pairs"]:
        pair = json.loads((HOLDOUT / rel).read_text(encoding="utf-8"))
        assert pair["synthetic"] is True
        assert pair["old"] in EDITIONS and pair["new"] in EDITIONS
        for change in pair["changes"]:
            assert {"entity", "change", "identity"} <= set(change)


@pytest.mark.parametrize("eid", EDITIONS)
def test_pdf_exists_and_says_it_is_fictional(eid: str) -> None:
    """The PDF exists and its own first page says it is fictional."""
    import pdfplumber

    path = HOLDOUT / "pdf" / f"{eid}.pdf"
    assert path.is_file() and path.stat().st_size > 0
    with pdfplumber.open(path) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert LABEL in text


def test_grammar_is_not_the_corpus_grammar() -> None:
    """A spot check that the wording is new: no trap sentence of the held-out truth (these
    include every budget sentence with the year before the amount) occurs in the corpus truth."""
    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "truth"
    seen = set()
    for path in corpus.glob("*.json"):
        if path.stem != "index":
            seen |= {t["sentence"] for t in json.loads(path.read_text(encoding="utf-8"))["traps"]}
    for eid in EDITIONS:
        for t in truth(eid)["traps"]:
            assert t["sentence"] not in seen, t["sentence"]


@pytest.mark.skipif(
    importlib.util.find_spec("reportlab") is None or importlib.util.find_spec("docx") is None,
    reason="the generator needs reportlab and python-docx",
)
def test_generator_check() -> None:
    """`generate.py --check` rebuilds truth, sources and reportlab PDFs byte for byte."""
    result = subprocess.run(
        [sys.executable, str(HOLDOUT / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
