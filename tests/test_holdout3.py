"""The third held-out corpus (fixtures/holdout3): its truth is sound, labelled and up to date.

The corpus is measured once, by the lead, to see how the parser generalises to a fourth grammar
nobody has fitted to.  This module deliberately does NOT parse it and asserts no parser fact:
it checks only the truth files, the PDFs, the generator's ``--check`` and that the grammar shares
no wording with the three earlier grammars.
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

HOLDOUT3 = Path(__file__).resolve().parents[1] / "fixtures" / "holdout3"
INDEX = json.loads((HOLDOUT3 / "truth" / "index.json").read_text(encoding="utf-8"))
EDITIONS = [e["id"] for e in INDEX["editions"]]
LABEL = "Dit is een fictieve rapportage"
KINDS = ("partners", "organisations", "budgets", "missions", "agreements", "references")
OTHER_KINDS = ("plan", "target", "fund", "change", "investment", "contribution")
TRAP_KINDS = ("adversary", "year_adjacent", *OTHER_KINDS)


def truth(eid: str) -> dict[str, Any]:
    return json.loads((HOLDOUT3 / "truth" / f"{eid}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("eid", EDITIONS)
def test_edition_truth(eid: str) -> None:
    """One edition's truth has every fact kind and is labelled synthetic and held out."""
    t = truth(eid)
    assert t["id"] == eid
    assert t["synthetic"] is True
    assert t["held_out"] is True
    assert t["label"].startswith(LABEL)
    assert "holdout3" in t["label"]
    assert 2121 <= t["year"] <= 2125 or 2131 <= t["year"] <= 2135
    assert t["layout"] in ("letter", "kamerstuk")
    assert t["producer"] in ("reportlab", "docx", "html")
    assert (HOLDOUT3 / t["pdf"]).is_file()
    if t["source"] is not None:
        assert (HOLDOUT3 / t["source"]).is_file()
    for kind in (*KINDS, "sections", "traps", "other_amounts"):
        assert isinstance(t[kind], list), kind
    for b in t["budgets"]:
        assert re.fullmatch(r"[A-Z]{2}", b["country"])
        assert re.fullmatch(r"\d{4}(/\d{4})?", b["year"])
        assert Decimal(b["amount"]) > 0
        assert re.fullmatch(r"[A-Z]{3}", b["currency"])
        assert b["placement"] in ("text", "footnote", "table")
    for trap in t["traps"]:
        assert trap["sentence"] and trap["why"]
        assert trap["kind"] in TRAP_KINDS
    for amount in t["other_amounts"]:
        assert amount["kind"] in OTHER_KINDS
        assert re.fullmatch(r"\d+", amount["amount"])


def test_index_and_pairs() -> None:
    """Ten editions in two worlds, every producer in both layouts; pairs labelled synthetic."""
    on_disk = {p.stem for p in (HOLDOUT3 / "truth").glob("*.json")} - {"index"}
    assert on_disk == set(EDITIONS)
    assert len(EDITIONS) == 10
    assert INDEX["synthetic"] is True
    assert len({e["world"] for e in INDEX["editions"]}) == 2
    for producer in ("reportlab", "docx", "html"):
        layouts = {e["layout"] for e in INDEX["editions"] if e["producer"] == producer}
        assert layouts == {"letter", "kamerstuk"}, producer
    pdfs = {p.stem for p in (HOLDOUT3 / "pdf").glob("*.pdf")}
    assert pdfs == set(EDITIONS)
    assert len(INDEX["pairs"]) == len(EDITIONS) - 2
    for rel in INDEX["pairs"]:
        pair = json.loads((HOLDOUT3 / rel).read_text(encoding="utf-8"))
        assert pair["synthetic"] is True
        assert pair["old"] in EDITIONS and pair["new"] in EDITIONS
        for change in pair["changes"]:
            assert {"entity", "change", "identity"} <= set(change)


@pytest.mark.parametrize("eid", EDITIONS)
def test_pdf_exists_and_says_it_is_fictional(eid: str) -> None:
    """The PDF exists and its own first page says it is fictional."""
    pdfplumber = pytest.importorskip("pdfplumber")

    path = HOLDOUT3 / "pdf" / f"{eid}.pdf"
    assert path.is_file() and path.stat().st_size > 0
    with pdfplumber.open(path) as pdf:
        text = " ".join((pdf.pages[0].extract_text() or "").split())
    assert LABEL in text


def test_grammar_shares_no_wording() -> None:
    """No three-word run of the grammar's templates occurs in the three earlier grammars, apart
    from the fixed terms listed in check_overlap.FIXED."""
    spec = importlib.util.spec_from_file_location("check_overlap", HOLDOUT3 / "check_overlap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    wording, _fixed = module.shared()
    assert wording == []


@pytest.mark.skipif(
    importlib.util.find_spec("reportlab") is None or importlib.util.find_spec("docx") is None,
    reason="the generator needs reportlab and python-docx",
)
def test_generator_check() -> None:
    """`generate.py --check` rebuilds truth, sources and reportlab PDFs byte for byte."""
    result = subprocess.run(
        [sys.executable, str(HOLDOUT3 / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
