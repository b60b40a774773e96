"""Tests for fixtures/build.py: rebuilding is byte for byte, and every fixture is labelled."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import FIXTURES


def test_rebuild_is_identical() -> None:
    """`python fixtures/build.py --check` rebuilds every PDF identically."""
    pytest.importorskip("reportlab")
    proc = subprocess.run(
        [sys.executable, str(FIXTURES / "build.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


# Generated corpora are labelled as a whole: their README section says they are synthetic,
# and their generator's index lists every edition it wrote.
GENERATED = (
    "corpus",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
    "holdout88",
    "holdout89",
    "holdout90",
    "holdout91",
    "holdout92",
    "holdout93",
    "holdout94",
    "holdout95",
    "holdout96",
    "holdout97",
    "holdout98",
    "holdout99",
    "holdout100",
    "holdout101",
    "holdout102",
    "holdout103",
    "holdout104",
    "holdout105",
    "holdout106",
    "holdout107",
    "holdout108",
    "holdout109",
    "holdout110",
    "holdout111",
    "holdout112",
)


def test_every_fixture_is_labelled() -> None:
    """fixtures/README.md names each fixture file and says what kind it is."""
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    files = [
        p
        for p in FIXTURES.rglob("*")
        if p.is_file()
        and p.suffix in {".pdf", ".txt", ".src"}
        and p.relative_to(FIXTURES).parts[0] not in GENERATED
    ]
    assert files
    for path in files:
        assert path.name in readme, f"{path.name} is not described in fixtures/README.md"
    for kind in ("published text", "reconstructed from published facts", "synthetic"):
        assert kind in readme


@pytest.mark.parametrize("folder", GENERATED)
def test_generated_corpora_are_labelled_synthetic(folder: str) -> None:
    """Every PDF of a generated corpus is in its index, and the corpus is labelled synthetic."""
    import json

    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"(`{folder}/`)", 1)
    assert len(section) == 2, f"fixtures/README.md has no section on {folder}/"
    assert "**synthetic**" in section[1].split("\n## ", 1)[0].lower()
    index = json.loads((FIXTURES / folder / "truth" / "index.json").read_text(encoding="utf-8"))
    assert index["synthetic"] is True
    listed = {f"{e}.pdf" if isinstance(e, str) else f"{e['id']}.pdf" for e in index["editions"]}
    pdfs = {p.name for p in (FIXTURES / folder / "pdf").glob("*.pdf")}
    assert pdfs and pdfs == listed


# Where a letter's sidebar column starts (the HTML producer's fixed block; the body ends left of
# it, at about 420 pt).
_SIDEBAR_X = 445


# The corpora with editions Chromium made from HTML (holdout35/ and holdout36/ are typeset by
# LaTeX and by a Word producer only; holdout44/'s HTML is WeasyPrint's, whose notes are CSS
# footnotes and whose lists stand in two columns, not a list of endnotes).
def _producers(folder: str) -> set[str]:
    import json

    index = json.loads((FIXTURES / folder / "truth" / "index.json").read_text(encoding="utf-8"))
    return {e["producer"] for e in index["editions"] if isinstance(e, dict)}


HTML_MADE = tuple(
    f
    for f in GENERATED
    if any((FIXTURES / f / "src").glob("*.html")) and "weasyprint" not in _producers(f)
)


@pytest.mark.parametrize("folder", HTML_MADE)
def test_html_editions_print_every_note_whole(folder: str) -> None:
    """Every endnote of an HTML-made edition is in its PDF whole: none runs past the text
    column into the margin, where the printed page would cut its lines short and the truth
    would hold facts the PDF does not say."""
    import html
    import re

    pdfplumber = pytest.importorskip("pdfplumber")

    def squeeze(text: str) -> str:
        return re.sub(r"[\s\u00ad-]+", "", text)

    sources = sorted((FIXTURES / folder / "src").glob("*.html"))
    assert sources
    for source in sources:
        items = [
            html.unescape(re.sub(r"<[^>]+>", "", note))
            for note in re.findall(r"<li>(.*?)</li>", source.read_text(encoding="utf-8"), re.S)
        ]
        with pdfplumber.open(FIXTURES / folder / "pdf" / f"{source.stem}.pdf") as pdf:
            everything = squeeze("".join(page.extract_text() or "" for page in pdf.pages))
            pages = pdf.pages
            if "-letter-" in source.stem:
                # A letter's sidebar (its reference, from x ≈ 450 pt) runs beside the body on
                # every page: its lines would interleave with a note printed beside them.
                pages = [page.filter(lambda obj: obj.get("x0", 0) < _SIDEBAR_X) for page in pages]
            printed = squeeze("".join(page.extract_text() or "" for page in pages))
        for item in items:
            note = squeeze(item)
            # Whole, or (a list set beside a floated box, whose lines the extractor reads
            # interleaved with the box's) every word of it printed: a line cut short at the
            # margin loses its last words.
            whole = note in printed or all(squeeze(w) in everything for w in item.split())
            assert whole, f"{source.stem}: a note is cut: {note[:60]}…"


def test_2021_source_is_the_seeds_text() -> None:
    """Every body line of the 2021 source is a line of the seed, in the seed's order."""
    seed = [
        line.strip()
        for line in (FIXTURES / "text" / "rapportage-2021-extracted-text.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]
    body = []
    for line in (FIXTURES / "sources" / "2021-letter.src").read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "%@=":
            continue
        body.append(line.removeprefix("# ").replace("43^e", "43"))
    position = 0
    for line in body:
        assert line in seed[position:], line
        position = seed.index(line, position) + 1
