"""Tests for reportdiff.extract: regions, lines, superscripts, hyphenation, blocks, metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reportdiff.extract import (
    BlockKind,
    Document,
    Layout,
    PageInfo,
    Region,
    extract,
    join_lines,
    page_warnings,
)
from reportdiff.extract._blocks import mark_pdf_lines
from reportdiff.extract._lines import cluster_lines, dedupe, line_text
from reportdiff.extract._pdf import Char, PageFailure
from reportdiff.extract._text import read_text_layer
from reportdiff.render.to_json import block_to_dict

from .conftest import (
    EDITIONS,
    FIXTURES,
    LETTER_2021,
    PRINT_2020,
    SEED,
    SYNTHETIC_2031,
    SYNTHETIC_2032,
    VARIANTS,
)

SIDEBAR_WORDS = (
    "Onze referentie",
    "BS2021028694",
    "Pagina",
    "Ministerie van Defensie",
    "Plein 4",
    "www.defensie.nl",
    "vermelden.",
    "Kazernestraat",
    "Retouradres",
)


def _paragraphs(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]


def _headings(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is BlockKind.HEADING]


def _plain(value: object) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


class TestJoinLines:
    """Dehyphenation joins broken words and keeps real hyphens."""

    @pytest.mark.parametrize(
        ("prev", "nxt", "joined"),
        [
            ("de samen-", "werking met", "de samenwerking met"),
            ("het Duits-", "Franse project", "het Duits-Franse project"),
            ("binnen de VN-", "missie MINUSMA", "binnen de VN-missie MINUSMA"),
            ("voor het cyber-", "en informatiedomein", "voor het cyber- en informatiedomein"),
            ("rol als gast-", "en doorvoerland", "rol als gast- en doorvoerland"),
            ("de COVID-", "19-crisis", "de COVID-19-crisis"),
            ("de defensie-", "uitgaven stijgen", "de defensie-uitgaven stijgen"),
            ("een zee-", "eenheid", "een zee-eenheid"),
            ("Uitgaven (bbp-", "aandeel)", "Uitgaven (bbp-aandeel)"),
            ("gewone regel", "en de volgende", "gewone regel en de volgende"),
            ("België, Zuid-Ko-", "rea lopend", "België, Zuid-Korea lopend"),
        ],
        ids=[
            "plain-break",
            "compound-capital",
            "acronym",
            "conjunction-en",
            "gast-en",
            "digits",
            "vowel-clash-eu",
            "vowel-clash-ee",
            "lower-case-abbreviation",
            "no-hyphen",
            "compound-broken-again",
        ],
    )
    def test_join(self, prev: str, nxt: str, joined: str) -> None:
        """Each case joins as Dutch spelling wants it."""
        assert join_lines(prev, nxt) == joined


def _char(text: str, x0: float, bottom: float, size: float = 9.0, font: str = "Helvetica") -> Char:
    return Char(text, x0, x0 + size * 0.5, bottom - size, bottom, size, font)


class TestLines:
    """Glyphs become lines; superscripts rejoin their line."""

    def test_superscript_rejoins_its_line(self) -> None:
        """A small raised 'e' after '43' reads '43e', not a line of its own."""
        chars = [
            _char("4", 100, 200),
            _char("3", 104.5, 200),
            _char("e", 109, 196.6, size=5.4),
            _char(" ", 112, 200),
            _char("G", 114.5, 200),
        ]
        lines = cluster_lines(chars)
        assert len(lines) == 1
        assert line_text(lines[0]) == "43e G"

    def test_small_label_on_its_own_baseline_stays_a_line(self) -> None:
        """A footer line in a small font is not mistaken for a superscript."""
        body = [_char(c, 100 + i * 5, 700) for i, c in enumerate("tekst")]
        footer = [_char(c, 100 + i * 3, 720, size=6.5) for i, c in enumerate("Pagina")]
        texts = [line_text(ln) for ln in cluster_lines(body + footer)]
        assert texts == ["tekst", "Pagina"]

    def test_dedupe_removes_overprinted_glyphs(self) -> None:
        """A glyph drawn twice at the same place (fake bold) is kept once."""
        a = _char("A", 100, 200)
        chars = [a, _char("A", 100.4, 200.3), _char("B", 106, 200)]
        assert [c.text for c in dedupe(chars)] == ["A", "B"]


class TestPageWarnings:
    """Page labels that skip, repeat or fall short are reported, not refused."""

    def test_skipped_and_repeated_labels(self) -> None:
        """Labels 1, 8, 8 of 8 give both warnings."""
        pages = [PageInfo(1, "1", 8), PageInfo(2, "8", 8), PageInfo(3, "8", 8)]
        warnings = page_warnings(pages)
        assert warnings == [
            "page labels 2, 3, 4, 5, 6, 7 missing: the document looks incomplete",
            "page label 8 is printed on physical pages 2, 3: their true position is unknown",
        ]

    def test_complete_document_has_no_warning(self) -> None:
        """Labels 1, 2 of 2 are complete."""
        assert page_warnings([PageInfo(1, "1", 2), PageInfo(2, "2", 2)]) == []


@pytest.fixture(scope="module")
def letter() -> Document:
    return extract(LETTER_2021)


@pytest.fixture(scope="module")
def kamerstuk() -> Document:
    return extract(PRINT_2020)


class TestLetterLayout:
    """The 2021 ministry letter: regions, metadata and clean body text."""

    def test_metadata(self, letter: Document) -> None:
        """Reference, date, subject, addressee and copy come from where they are printed."""
        m = letter.metadata
        assert m.layout is Layout.LETTER
        assert m.reference == "BS2021028694"
        assert m.date == date(2022, 1, 25)
        assert m.subject == "Rapportage internationale defensiesamenwerking 2021"
        assert m.addressee == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
        assert m.copy_to == "de Voorzitter van de Eerste Kamer der Staten-Generaal"

    def test_page_labels(self, letter: Document) -> None:
        """The footers give labels 1, 8, 8, 8 of a declared 8."""
        assert [p.label for p in letter.pages] == ["1", "8", "8", "8"]
        assert {p.declared_total for p in letter.pages} == {8}

    def test_regions_are_measured(self, letter: Document) -> None:
        """Each page has a body left of a sidebar, a footer and a logo."""
        for page in letter.pages:
            regions = {r.region: r.bbox for r in page.regions}
            assert {Region.BODY, Region.SIDEBAR, Region.FOOTER, Region.LOGO} <= set(regions)
            assert regions[Region.BODY].x1 < regions[Region.SIDEBAR].x0
            assert regions[Region.FOOTER].top > regions[Region.BODY].bottom
        assert Region.HEADER in {r.region for r in letter.pages[0].regions}

    def test_body_has_no_furniture(self, letter: Document) -> None:
        """No sidebar, footer, logo or letterhead text reaches a block."""
        for block in letter.blocks:
            for word in SIDEBAR_WORDS:
                assert word not in block.text, (word, block.text[:60])

    def test_headings(self, letter: Document) -> None:
        """Bold lines are headings, in reading order."""
        assert _headings(letter) == [
            "Frankrijk",
            "Verenigde Staten",
            "Overige partnerlanden",
            "Suriname",
            "Verenigde Naties",
            "Organisatie van Veiligheid en Samenwerking in Europa",
            "Overige multilaterale verbanden",
        ]

    def test_superscript_and_real_hyphens(self, letter: Document) -> None:
        """'43e' is rejoined; 'Duits-Franse' and 'cyber- en' keep their hyphens."""
        text = " ".join(_paragraphs(letter))
        assert "Nederlandse 43e Gemechaniseerde Brigade" in text
        assert "het Duits-Franse project" in text
        assert "het cyber- en informatiedomein" in text
        assert "gast- en doorvoerland" in text

    def test_fragments_are_not_joined(self, letter: Document) -> None:
        """A page break between fragments (labels 8 → 8) does not join their text."""
        paragraphs = _paragraphs(letter)
        assert any(p.endswith("een Status of Forces") for p in paragraphs)
        assert any(p.startswith("De Britse regering heeft in maart 2021") for p in paragraphs)
        assert any(
            "text breaks off mid-sentence at the end of page 2" in w for w in letter.warnings
        )


class TestPrintLayout:
    """The 2020 parliamentary print: masthead, footer and body."""

    def test_metadata(self, kamerstuk: Document) -> None:
        """Vergaderjaar, dossier, number, kind and date come from the masthead."""
        m = kamerstuk.metadata
        assert m.layout is Layout.KAMERSTUK
        assert (m.vergaderjaar, m.dossier, m.number) == ("2020–2021", "33279", "32")
        assert m.dossier_title == "Internationale militaire samenwerking"
        assert m.letter_kind == "BRIEF VAN DE MINISTER VAN DEFENSIE"
        assert m.date == date(2020, 12, 18)
        assert m.reference is None

    def test_footer_and_header_stay_out(self, kamerstuk: Document) -> None:
        """No footer or masthead line reaches the body."""
        text = " ".join(b.text for b in kamerstuk.blocks)
        for word in ("kst-33279-32", "ISSN", "vergaderjaar 2020", "Tweede Kamer der Staten"):
            assert word not in text
        assert _headings(kamerstuk) == ["Inleiding", "België en Luxemburg"]
        assert kamerstuk.pages[0].label == "1"


class TestMultiPageFlow:
    """Synthetic editions: paragraphs and headings across page breaks."""

    def test_paragraph_joined_across_consecutive_pages(self) -> None:
        """A paragraph cut by a page break between pages 1 and 2 comes out whole."""
        doc = extract(SYNTHETIC_2031)
        assert [p.label for p in doc.pages] == ["1", "2", "3"]
        assert doc.warnings == ()
        joined = next(b for b in doc.blocks if b.pages == (1, 2))
        assert joined.text == (
            "In mei 2031 ondertekenden beide ministers een memorandum of understanding over "
            "maritieme samenwerking in de Noordzee."
        )
        offset, page = joined.page_starts[0]
        assert page == 2 and joined.page_at(offset) == 2 and joined.page_at(0) == 1
        # The soft hyphens of the source were printed at line ends and are joined again.
        duits = next(b for b in doc.blocks if b.text.startswith("Het Duitse defensiebudget"))
        assert "samenwerkingsafspraken opnieuw zijn vastgelegd" in duits.text
        assert "defensie-eenheden" in duits.text
        assert "-" not in duits.text.replace("defensie-eenheden", "")

    def test_heading_at_the_foot_of_a_page(self) -> None:
        """A heading alone at the foot of page 2 keeps its paragraph on page 3."""
        doc = extract(SYNTHETIC_2032)
        index = next(i for i, b in enumerate(doc.blocks) if b.text == "Verenigde Staten")
        heading, paragraph = doc.blocks[index], doc.blocks[index + 1]
        assert heading.kind is BlockKind.HEADING and heading.page == 2
        assert paragraph.kind is BlockKind.PARAGRAPH and paragraph.page == 3
        assert paragraph.text.startswith("Het Amerikaanse defensiebudget bedroeg in 2032")


class TestSeedText:
    """The saved text layer gives the same body as the PDF built from it."""

    def test_same_paragraphs_as_the_pdf(self) -> None:
        """Seed .txt and 2021 PDF yield identical headings and paragraphs."""
        seed, pdf = extract(SEED), extract(LETTER_2021)
        assert _paragraphs(seed) == _paragraphs(pdf)
        assert _headings(seed) == _headings(pdf)
        assert seed.metadata.reference == pdf.metadata.reference
        assert seed.metadata.date == pdf.metadata.date
        assert seed.metadata.subject == pdf.metadata.subject

    def test_superscript_line_is_rejoined(self) -> None:
        """The lone 'e' line goes back after '43'."""
        _, _, items = read_text_layer(
            "tekst dat deel uitmaakt\ne\nvan de Nederlandse 43 Gemechaniseerde Brigade.\n"
        )
        assert [i.line.text for i in items][-1] == "van de Nederlandse 43e Gemechaniseerde Brigade."


class TestVariants:
    """Layout variants of the 2021 text: the extraction measures, it does not assume."""

    @pytest.mark.parametrize("path", VARIANTS, ids=[p.stem for p in VARIANTS])
    def test_variant_gives_the_same_text(self, path: Path) -> None:
        """Every variant yields the letter's paragraphs and headings, with no furniture."""
        reference = extract(LETTER_2021)
        doc = extract(path)
        assert _headings(doc) == _headings(reference)
        assert _paragraphs(doc) == _paragraphs(reference)
        assert doc.metadata.reference == "BS2021028694"

    def test_shifted_sidebar_is_measured(self) -> None:
        """The sidebar 20 pt to the left is found 20 pt to the left."""
        shifted = extract(next(p for p in VARIANTS if "shifted" in p.name))
        normal = extract(LETTER_2021)

        def sidebar_x(doc: Document) -> float:
            return next(r.bbox.x0 for r in doc.pages[1].regions if r.region is Region.SIDEBAR)

        assert sidebar_x(normal) - sidebar_x(shifted) == pytest.approx(20, abs=0.5)


@pytest.mark.parametrize("path", list(EDITIONS.values()), ids=list(EDITIONS))
def test_blocks_snapshot(path: Path, data_regression: Any) -> None:
    """The blocks of every fixture, as reviewed."""
    doc = extract(path)
    data_regression.check(
        {
            "metadata": {
                f: _plain(getattr(doc.metadata, f))
                for f in (
                    "layout",
                    "subject",
                    "date",
                    "reference",
                    "addressee",
                    "copy_to",
                    "vergaderjaar",
                    "dossier",
                    "dossier_title",
                    "number",
                    "letter_kind",
                )
            },
            "pages": [
                {"number": p.number, "label": p.label, "declared_total": p.declared_total}
                for p in doc.pages
            ],
            "warnings": list(doc.warnings),
            "blocks": [block_to_dict(b) for b in doc.blocks],
        }
    )


class TestShares:
    """Pages read in shares by several workers join into one document."""

    def test_shares_join_to_the_whole(self) -> None:
        """Two shares of the 2021 letter give the document one reader gives."""
        from reportdiff.extract import assemble_pdf, read_pages

        whole = extract(LETTER_2021)
        shares = [read_pages(LETTER_2021, share=(k, 2)) for k in range(2)]
        assert [p.info.number for p in shares[0].pages] == [1, 3]
        assert assemble_pdf(shares) == whole

    def test_damaged_page_cuts_the_document(self) -> None:
        """A page one share could not read ends the document there, with a warning."""
        from reportdiff.errors import DamagedPDFError
        from reportdiff.extract import PagesRead, assemble_pdf, read_pages

        first, second = (read_pages(SYNTHETIC_2031, share=(k, 2)) for k in range(2))
        broken = PagesRead(
            second.name, (), (2, DamagedPDFError("2031-letter.pdf is damaged at page 2"))
        )
        doc = assemble_pdf([first, broken])
        assert [p.number for p in doc.pages] == [1]
        assert "2031-letter.pdf is damaged at page 2; read the 1 page before it" in doc.warnings
        with pytest.raises(DamagedPDFError):
            assemble_pdf([PagesRead(second.name, (), (1, DamagedPDFError("damaged at page 1")))])


# --- the content cap, enforced while streams are decoded -----------------------------------


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF written by hand: object 1 is the catalog, 2 the page tree, 3 the one page."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< " + extra + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _one_page(content: bytes, filters: bytes = b"", xobjects: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> " + xobjects + b" >> /Contents 5 0 R >>",
        _FONT,
        _stream(content, filters),
    ]


def _turned_type3(tmp_path: Path, stroke_y: int) -> Any:
    """One page in a Type 3 font whose matrix turns its glyphs upside down, set under a text
    matrix that turns them back, as dvips's bitmap fonts are (latex, dvips, ps2pdf): "Dit is
    een test" on the baseline y = 700, and a stroke across the page at *stroke_y*."""
    from reportdiff.extract._pdf import iter_pages

    codes = sorted(set(b"Ditsenl"))
    differences = b" ".join(b"%d /%s" % (c, bytes([c])) for c in codes)
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -20 60 80]"
        b" /FontMatrix [0.01 0 0 -0.01 0 0] /CharProcs 6 0 R"
        b" /Encoding << /Type /Encoding /Differences [32 /space " + differences + b"] >>"
        b" /FirstChar 32 /LastChar 116 /Widths [" + b" ".join([b"50"] * 85) + b"] >>"
    )
    # Every glyph draws the same box, 0.4 em wide and 0.7 em high over its baseline (the
    # font's y axis points down).
    procs = b"<< /space 7 0 R " + b" ".join(b"/%s 7 0 R" % bytes([c]) for c in codes) + b" >>"
    glyph = _stream(b"50 0 0 -70 40 0 d1 0 -70 40 70 re f")
    text = b"BT /F1 10 Tf 1 0 0 -1 72 700 Tm (Dit is een test) Tj ET"
    rule = b"0.5 w 60 %d m 300 %d l S" % (stroke_y, stroke_y)
    objs = _one_page(text + b"\n" + rule)
    objs[3] = font
    objs += [procs, glyph]
    path = tmp_path / "type3.pdf"
    path.write_bytes(_pdf(objs))
    return next(iter(iter_pages(path)))


def _forms(depth: int, fanout: int, leaf: bytes) -> bytes:
    """A page whose content draws form X0, which draws X1 *fanout* times, and so on: the
    page executes fanout**depth copies of *leaf* from a file of a few kilobytes."""
    first = 6  # objects 1-5 are the catalog, pages, page, font and content
    objs = _one_page(b"/X0 Do", xobjects=b"/XObject << /X0 %d 0 R >>" % first)
    for level in range(depth + 1):
        if level < depth:
            body = b" ".join([b"/X Do"] * fanout)
            res = b"/Resources << /XObject << /X %d 0 R >> >>" % (first + level + 1)
        else:
            body, res = leaf, b"/Resources << /Font << /F1 4 0 R >> >>"
        objs.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] " + res))
    return _pdf(objs)


def _read(tmp_path: Path, data: bytes, cap: int) -> list[Any]:
    from reportdiff.extract._pdf import iter_pages

    path = tmp_path / "crafted.pdf"
    path.write_bytes(data)
    return list(iter_pages(path, max_content_bytes=cap))


class TestTurnedType3:
    """A Type 3 font whose matrix turns its glyphs, under a text matrix that turns them back
    (the bitmap fonts of latex, dvips and ps2pdf): its glyphs are upright and stand over
    their baseline.  pdfminer took them for glyphs not upright, and no text was read."""

    def test_its_glyphs_are_upright_text(self, tmp_path: Path) -> None:
        from reportdiff.extract import read_page

        raw = _turned_type3(tmp_path, 600)
        assert all(c.upright for c in raw.chars)
        assert [ln.text for ln in read_page(raw).lines] == ["Dit is een test"]

    def test_their_boxes_stand_over_the_baseline(self, tmp_path: Path) -> None:
        """A rule under the line runs under the glyphs' boxes and strikes nothing through; a
        stroke through the glyphs' middle does."""
        from reportdiff.extract._struck import unstruck

        under = _turned_type3(tmp_path, 697)
        baseline = 842 - 700
        assert all(
            c.top < baseline - 5 and baseline < c.bottom <= baseline + 3 for c in under.chars
        )
        assert unstruck(under.chars, under.graphics)[1] == 0
        through = _turned_type3(tmp_path, 704)
        assert unstruck(through.chars, through.graphics)[1] > 0


class TestContentCap:
    """A bomb is stopped while it inflates, through chained filters and nested forms."""

    def test_double_flate_bomb_stopped_while_decoding(self, tmp_path: Path) -> None:
        import tracemalloc
        import zlib

        from reportdiff.errors import ResourceLimitError

        content = b"BT /F1 9 Tf 72 720 Td (" + b" " * (64 * 1024 * 1024) + b") Tj ET"
        twice = zlib.compress(zlib.compress(content, 9), 9)
        pdf = _pdf(_one_page(twice, b"/Filter [/FlateDecode /FlateDecode]"))
        tracemalloc.start()
        try:
            with pytest.raises(ResourceLimitError, match="decompression bomb"):
                _read(tmp_path, pdf, 1024 * 1024)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        # Decoded in pieces and stopped at the cap: nowhere near the 64 MB it inflates to.
        assert peak < 8 * 1024 * 1024

    def test_chained_filters_under_the_cap_read_as_pdfminer_reads_them(
        self, tmp_path: Path
    ) -> None:
        import zlib

        content = b"BT /F1 12 Tf 72 720 Td (Hallo) Tj ET"
        twice = zlib.compress(zlib.compress(content))
        (page,) = _read(
            tmp_path, _pdf(_one_page(twice, b"/Filter [/FlateDecode /FlateDecode]")), 1024
        )
        assert "".join(c.text for c in page.chars) == "Hallo"
        assert page.chars[0].top == pytest.approx(842 - 720 - 12 * 0.718, abs=1.0)

    def test_nested_forms_count_against_the_cap(self, tmp_path: Path) -> None:
        from reportdiff.errors import ResourceLimitError

        # 10**4 executions of a 1 KB form: 10 MB of drawing instructions from a tiny file.
        leaf = b"BT /F1 9 Tf 72 720 Td (x) Tj ET" + b" " * 1000
        with pytest.raises(ResourceLimitError, match="page 1 holds over 1 MB"):
            _read(tmp_path, _forms(depth=4, fanout=10, leaf=leaf), 1024 * 1024)

    def test_text_inside_forms_is_read(self, tmp_path: Path) -> None:
        leaf = b"BT /F1 9 Tf 72 720 Td (ab) Tj ET"
        (page,) = _read(tmp_path, _forms(depth=2, fanout=3, leaf=leaf), 1024 * 1024)
        assert "".join(c.text for c in page.chars) == "ab" * 9


# --- content streams: the fast tokeniser against pdfminer's PDFContentParser -----------------


def _typed(obj: Any) -> Any:
    """*obj* with every value's type spelled out (1, 1.0 and True differ; names and keywords
    are pdfminer's interned objects, compared by identity)."""
    if isinstance(obj, list):
        return ["list", [_typed(x) for x in obj]]
    if isinstance(obj, dict):
        return ["dict", [(k, _typed(v)) for k, v in obj.items()]]
    if type(obj).__name__ in {"PSLiteral", "PSKeyword"}:
        return [type(obj).__name__, id(obj), obj.name]
    return [type(obj).__name__, obj]


def _pdfminer_objects(datas: list[bytes]) -> list[Any]:
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSEOF

    streams = []
    for data in datas:
        stream = PDFStream({}, data)
        stream.data = data
        streams.append(stream)
    parser = PDFContentParser(streams)
    out = []
    while True:
        try:
            out.append(parser.nextobject()[1])
        except PSEOF:
            return out


_SAME_AS_PDFMINER = {
    "operators": [b"BT /F1 12 Tf 72 712 Td (Hello) Tj T* ET q Q"],
    "numbers": [b"1 -2 +3 -.5 1. 1.5.3 0012 . - + --5 -+5 1e5 .5e 00.5"],
    "a number past int's digit limit": [b"1 " + b"9" * 5000 + b" 2"],
    "names with #xx": [b"/F1 /A#42C /A#4 /A#4g /A##41 /#41 / /a\xc3\xa9 /\xe9 /x# 1"],
    "strings with escapes": [
        rb"(a\n\t\b\f\r\(\)\\b) (\101\1012\0) (\q\x) (\
x) ( )"
    ],
    "nested parentheses": [b"(a(b(c)d)e) (() ()) (\\(x) (a\\)b)"],
    "a CR LF continuation in a string": [b"(a\\\r\nb) (c\\\rd) (e\\\nf)"],
    "a CR LF continuation across pdfminer's 4096-byte buffers": [
        b"%" + b"x" * 4089 + b"\n(ab\\\r\ncd) Tj"
    ],
    "hex strings": [b"<41> <4 1\n42> <414> <> < > <41x << /A <41>>> Tj"],
    "arrays in TJ": [b"[(A) -250 (B) 12.5 <0043>] TJ [] [[1] [/a [2]]]"],
    "dictionaries in BDC": [b"/Span << /MCID 0 /Alt (x) /K [1 2] /D << /E true >> >> BDC EMC"],
    "procedures": [b"{ 1 { 2 } add } 3"],
    "comments": [b"1 % a comment ) ] >>\n2 %\r3 %% 4"],
    "true, false and null": [b"true false null True"],
    "one-byte keywords": [b"' \" * ! ) \x80 a\x00b \x00 5"],
    "a lone >": [b"1 > 2 >3 <<>>"],
    "streams split between tokens": [b"BT /F1 12 Tf", b" 72 712 Td", b"(Hi) Tj ET\n", b"", b"/F"],
    "an array across streams": [b"[(A) -250", b" (B)] TJ"],
    "a keyword and a number at stream ends": [b"q 1", b"2 Q", b"3"],
}


@pytest.mark.parametrize("datas", _SAME_AS_PDFMINER.values(), ids=_SAME_AS_PDFMINER.keys())
def test_content_objects_are_pdfminers(datas: list[bytes]) -> None:
    from reportdiff.extract._pdf import _content_parser

    got = _content_parser()(datas)
    assert got is not None
    assert _typed(got) == _typed(_pdfminer_objects(datas))


_LEFT_TO_PDFMINER = {
    "an inline image": [b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \xff EI Q"],
    "ID without BI": [b"1 ID 2"],
    "an unclosed array": [b"[1 2 (a) Tj"],
    "a stray ]": [b"1 ] 2"],
    "a dictionary closed by ]": [b"<< /A 1 ] >>"],
    "a dictionary with an odd count": [b"<< /A >> BDC"],
    "an octal escape past 255": [rb"(\400) Tj"],
    "an unterminated string": [b"(abc Tj"],
    "an unterminated hex string": [b"<41 "],
    "an empty name carried into the next stream": [b"/", b"F1 12 Tf"],
    "a name escape carried into the next stream": [b"/A#4", b"1 Do"],
    "a '>' carried into the next stream": [b"<< /A 1 >", b"> BDC"],
    "a string across streams": [b"(a", b"b) Tj"],
}


@pytest.mark.parametrize("datas", _LEFT_TO_PDFMINER.values(), ids=_LEFT_TO_PDFMINER.keys())
def test_odd_content_is_left_to_pdfminer(datas: list[bytes]) -> None:
    from reportdiff.extract._pdf import _content_parser

    assert _content_parser()(datas) is None


def test_page_with_an_inline_image_is_read(tmp_path: Path) -> None:
    """pdfminer reads the page whose content the fast tokeniser leaves to it."""
    content = b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \xff EI Q BT /F1 9 Tf 72 720 Td (ab) Tj ET"
    (page,) = _read(tmp_path, _pdf(_one_page(content)), 1024 * 1024)
    assert "".join(c.text for c in page.chars) == "ab"
    assert len(page.graphics) == 1  # the image


# --- glyph boxes: the reader's arithmetic against pdfminer's, written out plainly -----------

_WIDTHS = [500 + (i * 37) % 400 for i in range(91)]  # codes 32..122


def _oracle(
    text: bytes | list[bytes | int],
    size: float,
    tm: tuple[float, ...],
    ctm: tuple[float, ...],
    tc: float = 0,
    tw: float = 0,
    tz: float = 100,
    ts: float = 0,
) -> list[tuple[float, float, float, float, float, bool]]:
    """(x0, x1, y0, y1, size, upright) of each glyph in PDF space, as pdfminer.six's
    render_string, LTChar and apply_matrix_rect compute them, without shortcuts."""

    def mult(m1: tuple[float, ...], m0: tuple[float, ...]) -> tuple[float, ...]:
        (a1, b1, c1, d1, e1, f1), (a0, b0, c0, d0, e0, f0) = m1, m0
        return (
            a0 * a1 + c0 * b1,
            b0 * a1 + d0 * b1,
            a0 * c1 + c0 * d1,
            b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0,
            b0 * e1 + d0 * f1 + f0,
        )

    matrix = mult(tm, ctm)
    scaling = tz * 0.01
    charspace, wordspace, dxscale = tc * scaling, tw * scaling, 0.001 * size * scaling
    x, y, needcharspace = 0.0, 0.0, False
    out = []
    for part in text if isinstance(text, list) else [text]:
        if isinstance(part, int):
            x -= part * dxscale
            needcharspace = True
            continue
        for cid in part:
            if needcharspace:
                x += charspace
            (a, b, c, d, e, f) = matrix
            m = (a, b, c, d, x * a + y * c + e, x * b + y * d + f)
            adv = float(_WIDTHS[cid - 32]) * 0.001 * size * scaling
            descent = -200 * 0.001 * size
            bx0, by0, bx1, by1 = (0, descent + ts, adv, descent + ts + size)
            (a, b, c, d, e, f) = m
            pts = [
                (a * px + c * py + e, b * px + d * py + f)
                for px, py in ((bx0, by0), (bx1, by0), (bx1, by1), (bx0, by1))
            ]
            (l1, b1), (r1, b2), (r2, t1), (l2, t2) = pts
            x0, y0 = min(l1, l2, r1, r2), min(b1, b2, t1, t2)
            x1, y1 = max(l1, l2, r1, r2), max(b1, b2, t1, t2)
            out.append((x0, x1, y0, y1, y1 - y0, a * d * scaling > 0 and b * c <= 0))
            x += adv
            if cid == 32 and wordspace:
                x += wordspace
            needcharspace = True
    return out


class TestGlyphBoxes:
    """Glyph boxes are pdfminer's to the last bit, however the text is set."""

    def test_boxes_as_pdfminer_computes_them(self, tmp_path: Path) -> None:
        content = (
            b"BT /F1 11 Tf 2.5 Tc 4 Tw 85 Tz 1.5 Ts 0.866 0.5 -0.5 0.866 100.25 500 Tm"
            b" (Ab c) Tj ET"
            b" BT /F1 9 Tf -1 0 0 1 300 300 Tm [(xy) -250 (z)] TJ ET"
            b" BT /F1 10.5 Tf 0 -1 1 0 50 60 Tm (Qz) Tj ET"
        )
        font = (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Oracle /FirstChar 32 /LastChar 122"
            b" /Widths [" + b" ".join(b"%d" % w for w in _WIDTHS) + b"]"
            b" /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>"
        )
        descriptor = (
            b"<< /Type /FontDescriptor /FontName /Oracle /Flags 32 /FontBBox [0 -200 1000 800]"
            b" /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"
        )
        objs = _one_page(content)
        # A MediaBox that does not start at the origin: pdfplumber adds the offset back.
        objs[2] = objs[2].replace(b"[0 0 595 842]", b"[9 -7 600 800]")
        objs[3] = font
        objs.append(descriptor)
        (page,) = _read(tmp_path, _pdf(objs), 1024 * 1024)
        ctm = (1, 0, 0, 1, -9, 7)
        spacing = (2.5, 4, 85, 1.5)  # Tc, Tw, Tz and Ts hold until they are set again
        expected = [
            *_oracle(b"Ab c", 11, (0.866, 0.5, -0.5, 0.866, 100.25, 500), ctm, *spacing),
            *_oracle([b"xy", -250, b"z"], 9, (-1, 0, 0, 1, 300, 300), ctm, *spacing),
            *_oracle(b"Qz", 10.5, (0, -1, 1, 0, 50, 60), ctm, *spacing),
        ]
        height, dx, dtop = 807, 9, 7
        assert "".join(c.text for c in page.chars) == "Ab cxyzQz"
        assert [c.fontname for c in page.chars] == ["Oracle"] * 9
        got = [(c.x0, c.x1, c.top, c.bottom, c.size, c.upright) for c in page.chars]
        assert got == [
            (x0 + dx, x1 + dx, (height - y1) + dtop, (height - y0) + dtop, size, upright)
            for x0, x1, y0, y1, size, upright in expected
        ]
        assert [c.upright for c in page.chars] == [True] * 4 + [False] * 5


# Small parliamentary prints drawn with reportlab, one mechanism each.  y is measured from the
# top of an A4 page (842 points) so the coordinates read like the extracted ones.
_A4_HEIGHT = 841.89
_FOOTER = "Tweede Kamer, vergaderjaar 2099–2100, 33 279, nr. 99"


class _Print:
    """A reportlab canvas that writes a print's pages: body text, rules, footer."""

    def __init__(self, path: Path) -> None:
        # reportlab builds the fixtures; without it these tests cannot draw their pages.
        canvas = pytest.importorskip("reportlab.pdfgen.canvas")
        self.path = path
        self.canvas = canvas.Canvas(str(path), pagesize=(595.28, _A4_HEIGHT))

    def text(
        self, y: float, text: str, font: str = "Helvetica", size: float = 9.0, x: float = 78
    ) -> None:
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, _A4_HEIGHT - y, text)

    def rule(self, y: float, x0: float = 78, x1: float = 518) -> None:
        self.canvas.setLineWidth(0.7)
        self.canvas.line(x0, _A4_HEIGHT - y, x1, _A4_HEIGHT - y)

    def page_end(self, number: int) -> None:
        self.text(812, f"{_FOOTER} {number}", size=7.5)
        self.canvas.showPage()

    def save(self) -> Document:
        self.canvas.save()
        return extract(self.path)


_LONG = "De samenwerking met de partners van Nederland werd in dit jaar opnieuw verder verdiept en"


class TestHeadingsApart:
    """A heading line directly under another heading line is a heading of its own."""

    def test_stacked_headings_are_two(self, tmp_path: Path) -> None:
        """A numbered heading under a heading, and an italic caption under a bold heading,
        each start a heading, however tight the spacing; a wrapped heading stays one."""
        pdf = _Print(tmp_path / "headings.pdf")
        pdf.text(100, _LONG)
        pdf.text(112, "uitgebreid naar nieuwe domeinen.")
        pdf.text(135, "12. Overige samenwerkingsverbanden", "Helvetica-Bold", 10.5)
        pdf.text(149, "13. Bijlage: defensiebudgetten van partners", "Helvetica-Bold", 10.5)
        pdf.text(164, "Tabel 1. Defensiebudgetten van partnerlanden", "Helvetica-Oblique")
        pdf.text(
            190,
            "Een bijzonder lange kop over de samenwerking met de Verenigde Staten en",
            "Helvetica-Bold",
            10.5,
        )
        pdf.text(203, "Canada", "Helvetica-Bold", 10.5)
        pdf.text(218, "De staven overleggen periodiek.")
        pdf.page_end(1)
        doc = pdf.save()
        assert _headings(doc) == [
            "12. Overige samenwerkingsverbanden",
            "13. Bijlage: defensiebudgetten van partners",
            "Tabel 1. Defensiebudgetten van partnerlanden",
            "Een bijzonder lange kop over de samenwerking met de Verenigde Staten en Canada",
        ]


class TestTableAtThePageTop:
    """A table that runs on at the top of the next page is body text, not header or logo."""

    @pytest.mark.parametrize("cells", [False, True])
    def test_rows_on_the_next_page_are_kept(self, tmp_path: Path, cells: bool) -> None:
        """Whole-width row rules (reportlab) or per-cell border pieces (a browser): the
        ladder of rules is a table's, so neither its top rule is taken for the header rule
        nor its borders near the centre for a logo."""
        pdf = _Print(tmp_path / "table.pdf")
        pdf.text(100, "De budgetten staan in de tabel.")
        pdf.page_end(1)
        rows = [
            ("Land Jaar Bedrag", "Helvetica-Bold"),
            ("Verenigd Koninkrijk 2099 GBP 67,8 mld 3,2", "Helvetica"),
            ("Polen 2099 EUR 38,4 mld 2,42", "Helvetica"),
            ("Verenigde Staten 2099 USD 1 215 mld 3", "Helvetica"),
        ]
        y = 64.0
        for text, font in rows:
            if cells:
                for x0, x1 in ((78, 233), (233, 322), (322, 452), (452, 518)):
                    pdf.rule(y, x0, x1)
            else:
                pdf.rule(y)
            pdf.text(y + 11, text, font)
            y += 15.5
        pdf.rule(y)
        pdf.text(y + 30, "Met deze tabel sluit de rapportage af.")
        pdf.page_end(2)
        doc = pdf.save()
        body = " ".join(b.text for b in doc.blocks)
        for text, _ in rows:
            assert text in body
        page2 = next(p for p in doc.pages if p.number == 2)
        assert {r.region for r in page2.regions} == {Region.BODY, Region.FOOTER}


class TestPageBreakInsideAWord:
    """A word hyphenated at the foot of a page is joined with its rest on the next page."""

    def test_hyphen_across_footnotes_and_a_running_header(self, tmp_path: Path) -> None:
        """The page's footnotes and the next page's running header stand between "memo-"
        and "randum": the word is joined all the same, and the footnotes stay a block."""
        pdf = _Print(tmp_path / "hyphen.pdf")
        pdf.text(100, "Noorwegen", "Helvetica-Bold", 10.5)
        pdf.text(114, "Noorwegen blijft een belangrijke partner. Op 1 september 2099 is memo-")
        pdf.text(720, "1 Kamerstuk 21 501-28, nr. 865.", size=7.5)
        pdf.text(732, "2 Kamerstuk 33 279, nr. 896.", size=7.5)
        pdf.page_end(1)
        pdf.text(35, f"{_FOOTER} 2", "Helvetica-Oblique", 7.5)
        pdf.rule(38)
        pdf.text(70, "randum of understanding tussen Noorwegen en Nederland in werking getreden.")
        pdf.text(95, "Zweden", "Helvetica-Bold", 10.5)
        pdf.text(110, "Zweden blijft een belangrijke partner.")
        pdf.canvas.showPage()
        doc = pdf.save()
        texts = [b.text for b in doc.blocks]
        joined = next(b for b in doc.blocks if "memorandum" in b.text)
        assert joined.text == (
            "Noorwegen blijft een belangrijke partner. Op 1 september 2099 is memorandum of "
            "understanding tussen Noorwegen en Nederland in werking getreden."
        )
        assert joined.pages == (1, 2)
        notes = texts.index("1 Kamerstuk 21 501-28, nr. 865. 2 Kamerstuk 33 279, nr. 896.")
        assert texts.index(joined.text) < notes < texts.index("Zweden")
        assert not any("vergaderjaar" in t for t in texts)
        assert not any("mid-sentence" in w for w in doc.warnings)

    def test_paragraph_across_notes_with_raised_markers(self, tmp_path: Path) -> None:
        """Footnotes whose markers are raised and set apart from their text (a line "1" of
        their own, then the note): still the page's notes, so the paragraph that runs on to
        the next page ("… Kamerstuk 34 919," / "nr. 752. …") is joined across them."""
        pdf = _Print(tmp_path / "notes.pdf")
        pdf.text(100, "Noorwegen", "Helvetica-Bold", 10.5)
        pdf.text(114, "Noorwegen blijft een partner.1 Meer staat in Kamerstuk 34 919,")
        for k, (y, note) in enumerate(((720, "Kamerstuk 21 501-28, nr. 865."), (732, "Zie ook."))):
            pdf.text(y - 2, str(k + 1), size=5.5)
            pdf.text(y, note, size=7.0, x=92)
        pdf.page_end(1)
        pdf.text(70, "nr. 752. Daarna is het memorandum in werking getreden.")
        pdf.text(95, "Zweden", "Helvetica-Bold", 10.5)
        pdf.text(110, "Zweden blijft een belangrijke partner.")
        pdf.canvas.showPage()
        doc = pdf.save()
        texts = [b.text for b in doc.blocks]
        assert (
            "Noorwegen blijft een partner.1 Meer staat in Kamerstuk 34 919, nr. 752. Daarna is "
            "het memorandum in werking getreden."
        ) in texts
        notes = next(t for t in texts if "865" in t)
        assert notes == "1 Kamerstuk 21 501-28, nr. 865. 2 Zie ook."

    def test_paragraph_across_notes_over_a_folio(self, tmp_path: Path) -> None:
        """A page number set under the notes as large as the text (XeLaTeX's folio, read as
        body text) does not hide them: the paragraph is joined across them all the same."""
        pdf = _Print(tmp_path / "folio.pdf")
        pdf.text(100, "Noorwegen", "Helvetica-Bold", 10.5)
        pdf.text(114, "De partners zijn, namelijk België, Duitsland,")
        pdf.text(700, "1 Kamerstuk 21 501-28, nr. 865.", size=7.5)
        pdf.text(712, "2 Zie ook paragraaf 5.", size=7.5)
        pdf.text(760, "1", x=298)
        pdf.page_end(1)
        pdf.text(70, "Frankrijk en Luxemburg. Daarna volgt de rest.")
        pdf.canvas.showPage()
        doc = pdf.save()
        texts = [b.text for b in doc.blocks]
        assert (
            "De partners zijn, namelijk België, Duitsland, Frankrijk en Luxemburg. Daarna volgt "
            "de rest."
        ) in texts


class TestLigatures:
    """Typographic ligatures, as browsers and word processors set them, are read as their
    letters, so that words match letter by letter ("ﬁctieve" → "fictieve")."""

    def test_pdf_from_a_browser(self) -> None:
        from reportdiff.extract import iter_pages, read_page

        path = FIXTURES / "corpus" / "pdf" / "2043-letter-html.pdf"
        text = " ".join(
            line.text
            for raw in iter_pages(path)
            if not isinstance(raw, PageFailure)
            for line in read_page(raw).lines
        )
        assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
        assert "fictieve" in text

    def test_ligature_a_font_gives_no_width(self, tmp_path: Path) -> None:
        """A standard font whose ToUnicode gives the "fi" ligature as its two letters (as
        groff writes Times-Roman): pdfminer finds no width for it in the font's metrics, so
        the letters after it were set one ligature too far left and the word came apart
        ("fictie ve"); the glyph now takes the metric width of the ligature itself."""
        from reportdiff.extract import extract

        cmap = (
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /G def "
            b"1 begincodespacerange <00> <FF> endcodespacerange "
            b"1 beginbfchar <AE> <00660069> endbfchar endcmap CMapName currentdict /CMap "
            b"defineresource pop end end"
        )
        font = (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /ToUnicode 6 0 R"
            b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding"
            b" /Differences [174 /fi] >> >>"
        )
        # "fi" (0.556 em) "ctie" (0.444 + 0.278 + 0.278 + 0.444 em), then "ve" where groff
        # places it: 20 points on at 10 points.
        content = b"BT /F1 10 Tf 72 700 Td (\256ctie) Tj 20 0 Td (ve rapportage) Tj ET"
        objects = [*_one_page(content), _stream(cmap)]
        objects[3] = font
        path = tmp_path / "groff.pdf"
        path.write_bytes(_pdf(objects))
        assert "fictieve rapportage" in " ".join(b.text for b in extract(path).blocks)

    def test_text_layer(self) -> None:
        _, _, items = read_text_layer("Het ﬁscale jaar en de oﬃciële ﬂank.\n")
        assert "Het fiscale jaar en de officiële flank." in [i.line.text for i in items]


# Reads the 2021 letter in a fresh interpreter and says whether importlib.metadata was
# imported on the way, and what pdfminer.__version__ then gives.
_LEAN = """
import json, sys
from pathlib import Path
from reportdiff.extract import _pdf, extract
{patch}
extract(Path({path!r}))
lean = "importlib.metadata" not in sys.modules
deferred = "charset_normalizer.api" not in sys.modules
import pdfminer
from importlib.metadata import version
# Once used, charset_normalizer is the real module, whichever way it is asked for.
import charset_normalizer.api
from charset_normalizer import from_bytes
from pdfminer.utils import make_compat_str
works = str(from_bytes(b"hello").best()) == "hello" and make_compat_str(b"abc") == "abc"
real = type(sys.modules["charset_normalizer"]).__name__ == "module"
print(json.dumps([lean, deferred, works and real, pdfminer.__version__, version("pdfminer.six")]))
"""


@pytest.mark.parametrize(
    "patch,lean",
    [("", True), ("_pdf._PDFMINER_INIT = 'another __init__'", False)],
    ids=["known-init", "other-init"],
)
def test_pdfminer_is_imported_without_its_version_lookup(patch: str, lean: bool) -> None:
    # pdfminer's __init__ only looks up its version (importlib.metadata, some 8 ms of a cold
    # run); when it is exactly that, reading skips it and the version is looked up on use.
    # Any other __init__ is run as usual.  charset_normalizer, which reading never uses, is
    # imported on its first use, and works as itself then.
    import json
    import subprocess
    import sys

    code = _LEAN.format(patch=patch, path=str(LETTER_2021))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    skipped, deferred, works, given, installed = json.loads(done.stdout)
    assert skipped is lean
    assert deferred is True  # charset_normalizer: imported on its first use only
    assert works is True
    assert given == installed


class TestColumnJump:
    """The top of the next column (a line above the one before it on the page) starts a
    paragraph when the column before ended a sentence, and runs on when it did not."""

    @staticmethod
    def _items(first: str) -> list[Any]:
        from reportdiff.extract._types import BBox, Line

        def line(text: str, bottom: float, x0: float) -> Line:
            return Line(text, 1, Region.BODY, BBox(x0, bottom - 9, x0 + 200, bottom), 9.0)

        lines = [line(f"regel {i} van de linkerkolom", 100 + 12 * i, 60) for i in range(5)]
        lines += [line(first, 160, 60)]
        lines += [line("en zo verder in de rechterkolom", 100, 310)]
        lines += [line(f"regel {i} van de rechterkolom", 112 + 12 * i, 310) for i in range(4)]
        return mark_pdf_lines(lines)

    def test_after_a_sentence_a_paragraph_starts(self) -> None:
        items = self._items("en hier eindigt de zin.")
        assert items[6].starts is BlockKind.PARAGRAPH

    def test_a_cut_sentence_runs_on(self) -> None:
        items = self._items("en hier loopt de zin door")
        assert items[6].starts is None


class TestBoldLeadIn:
    """A bold line whose sentence runs on into the roman line under it (a question, a lead-in
    phrase) opens a paragraph and is no heading; a heading, a wrapped heading and a table's
    header row stay what they are."""

    _Q1 = "Hoe staat de Letter of Intent over gedeelde oefenterreinen met Frankrijk er-"
    # As wide as the line above: the sentence went on because the line was full.
    _Q2 = "Hoe staat de Status of Forces Agreement over het grensoverschrijdend oefenen"

    def _doc(self, tmp_path: Path, second: str) -> Document:
        pdf = _Print(tmp_path / "leads.pdf")
        pdf.text(100, "Overeenkomsten", "Helvetica-Bold", 10.5)
        pdf.text(118, self._Q1, "Helvetica-Bold")
        pdf.text(130, "voor? Die bestaat en wordt gewoon uitgevoerd.")
        pdf.text(142, second, "Helvetica-Bold")
        pdf.text(154, "met Frankrijk en Suriname ervoor? Geldig sinds 2006.")
        pdf.page_end(1)
        return pdf.save()

    def test_questions_in_bold_are_paragraphs(self, tmp_path: Path) -> None:
        doc = self._doc(tmp_path, self._Q2)
        assert _headings(doc) == ["Overeenkomsten"]
        assert _paragraphs(doc) == [
            "Hoe staat de Letter of Intent over gedeelde oefenterreinen met Frankrijk ervoor? "
            "Die bestaat en wordt gewoon uitgevoerd.",
            "Hoe staat de Status of Forces Agreement over het grensoverschrijdend oefenen met "
            "Frankrijk en Suriname ervoor? Geldig sinds 2006.",
        ]

    def test_a_short_bold_line_is_a_heading(self, tmp_path: Path) -> None:
        """A bold line that ends short of the margin was ended on purpose: a heading, even
        over a line that starts in lower case."""
        doc = self._doc(tmp_path, "Status of Forces")
        assert _headings(doc) == ["Overeenkomsten", "Status of Forces"]

    def test_a_table_header_row_stays_a_heading(self, tmp_path: Path) -> None:
        pdf = _Print(tmp_path / "table.pdf")
        pdf.text(100, "Missie", "Helvetica-Bold")
        pdf.text(100, "Kader", "Helvetica-Bold", x=300)
        pdf.text(100, "Stand van zaken op de peildatum", "Helvetica-Bold", x=380)
        pdf.text(112, "legeropdracht EUFOR Althea")
        pdf.text(112, "EU", x=300)
        pdf.text(112, "voortgezet; 250 militairen", x=380)
        pdf.page_end(1)
        doc = pdf.save()
        assert _headings(doc) == ["Missie Kader Stand van zaken op de peildatum"]


class TestUnicodeHyphens:
    """The hyphen U+2010 (WeasyPrint breaks words with it: "Ko‐" / "ninkrijk") is the
    hyphen-minus every join and pattern knows."""

    def test_pdf_from_weasyprint(self) -> None:
        doc = extract(FIXTURES / "holdout44" / "pdf" / "2051-kamerstuk-weasyprint.pdf")
        text = " ".join(b.text for b in doc.blocks)
        assert "\u2010" not in text
        assert "Frankrijk, Noorwegen, het Verenigd Koninkrijk en de Verenigde Staten" in text

    def test_text_layer(self) -> None:
        _, _, items = read_text_layer(
            "Het Verenigd Ko\u2010\nninkrijk en Belgisch\u2010Nederlands.\n"
        )
        assert [i.line.text for i in items] == [
            "Het Verenigd Ko-",
            "ninkrijk en Belgisch-Nederlands.",
        ]


class TestTableOfContents:
    """A table of contents (titles run out to their page numbers by leader dots) is
    navigation, not text: its titles would read as statements ("Strategische partners … 2
    België … 2")."""

    def test_entries_and_their_heading_are_left_out(self, tmp_path: Path) -> None:
        pdf = _Print(tmp_path / "toc.pdf")
        pdf.text(100, "Inhoud", "Helvetica-Bold", 10.5)
        pdf.text(116, "Aanleiding " + "." * 60 + " 2")
        pdf.text(128, "Strategische partners " + "." * 50 + " 2")
        pdf.text(140, "    België " + "." * 62 + " 2")
        pdf.text(170, "Aanleiding", "Helvetica-Bold", 10.5)
        pdf.text(186, "De samenwerking met de partners werd verdiept.")
        pdf.page_end(1)
        doc = pdf.save()
        assert _headings(doc) == ["Aanleiding"]
        assert _paragraphs(doc) == ["De samenwerking met de partners werd verdiept."]

    def test_a_heading_named_contents_without_entries_stays(self, tmp_path: Path) -> None:
        pdf = _Print(tmp_path / "inhoud.pdf")
        pdf.text(100, "Inhoud", "Helvetica-Bold", 10.5)
        pdf.text(116, "De inhoud van de samenwerking bleef gelijk.")
        pdf.page_end(1)
        assert _headings(pdf.save()) == ["Inhoud"]


class TestInvisibleText:
    """A text layer drawn invisible under page images (OCR of a scan) is read, with a warning
    that its names and figures may be misread."""

    _OCR = "the text is an invisible layer under page images"

    def test_a_scan_with_an_ocr_layer(self) -> None:
        doc = extract(FIXTURES / "holdout45" / "pdf" / "2141-letter-scan.pdf")
        assert any(w.startswith(self._OCR) for w in doc.warnings)
        assert "Dit is een fictieve rapportage" in " ".join(b.text for b in doc.blocks)

    def test_a_typeset_pdf_has_no_such_warning(self) -> None:
        assert not any(w.startswith(self._OCR) for w in extract(LETTER_2021).warnings)

    def test_render_mode_three_is_counted(self, tmp_path: Path) -> None:
        from reportdiff.extract import iter_pages

        content = b"BT /F1 10 Tf 3 Tr 72 700 Td (verborgen) Tj 0 Tr 0 -12 Td (zichtbaar) Tj ET"
        path = tmp_path / "hidden.pdf"
        path.write_bytes(_pdf(_one_page(content)))
        (raw,) = [p for p in iter_pages(path) if not isinstance(p, PageFailure)]
        # Counted, and, on a page whose other text is painted and with no image or shape
        # under it, left out as text no reader sees.
        assert (raw.invisible, raw.unseen) == (9, 9)
        assert "".join(c.text for c in raw.chars) == "zichtbaar"


def _page_text(objects: list[bytes], tmp_path: Path) -> tuple[str, int]:
    """The glyphs read from the one page of *objects*, and how many were left out unseen."""
    from reportdiff.extract import iter_pages

    path = tmp_path / "page.pdf"
    path.write_bytes(_pdf(objects))
    (raw,) = [p for p in iter_pages(path) if not isinstance(p, PageFailure)]
    return "".join(c.text for c in raw.chars), raw.unseen


def _with(
    objects: list[bytes], page: bytes | None = None, catalog: bytes | None = None
) -> list[bytes]:
    out = list(objects)
    if catalog is not None:
        out[0] = catalog
    if page is not None:
        out[2] = page
    return out


class TestUnseenText:
    """Text a reader of the printed page cannot see is not read: a draft's wording kept in a
    layer switched off, paper-white text on nothing coloured, text off the page, under a
    point tall, or covered by an opaque shape drawn after it.  What can be seen stays."""

    _OCG_PAGE = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> /Properties << /oc1 6 0 R >> >> /Contents 5 0 R >>"
    )

    def _layered(self, config: bytes) -> list[bytes]:
        content = (
            b"/OC /oc1 BDC BT /F1 10 Tf 72 700 Td (concept) Tj ET EMC"
            b" BT /F1 10 Tf 72 680 Td (brief) Tj ET"
        )
        objects = _with(
            _one_page(content),
            page=self._OCG_PAGE,
            catalog=b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << "
            + config
            + b" >> >> >>",
        )
        return [*objects, b"<< /Type /OCG /Name (Concepttekst) >>"]

    def test_a_layer_switched_off_is_not_read(self, tmp_path: Path) -> None:
        assert _page_text(self._layered(b"/OFF [6 0 R]"), tmp_path) == ("brief", 7)

    def test_a_layer_off_by_the_base_state_is_not_read(self, tmp_path: Path) -> None:
        assert _page_text(self._layered(b"/BaseState /OFF"), tmp_path) == ("brief", 7)

    def test_a_layer_switched_on_is_read(self, tmp_path: Path) -> None:
        assert _page_text(self._layered(b"/ON [6 0 R]"), tmp_path) == ("conceptbrief", 0)

    def test_a_form_in_a_layer_switched_off_is_not_read(self, tmp_path: Path) -> None:
        form = _stream(
            b"BT /F1 10 Tf 72 700 Td (concept) Tj ET",
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /OC 6 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >>",
        )
        objects = _one_page(
            b"/X1 Do BT /F1 10 Tf 72 680 Td (brief) Tj ET", xobjects=b"/XObject << /X1 7 0 R >>"
        )
        objects[0] = (
            b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R]"
            b" >> >> >>"
        )
        objects += [b"<< /Type /OCG /Name (Concepttekst) >>", form]
        assert _page_text(objects, tmp_path) == ("brief", 0)

    def test_white_text_on_the_white_page_is_not_read(self, tmp_path: Path) -> None:
        content = b"BT /F1 10 Tf 1 g 72 700 Td (oud) Tj 0 g 0 -20 Td (nieuw) Tj ET"
        assert _page_text(_one_page(content), tmp_path) == ("nieuw", 3)

    def test_white_text_on_a_dark_band_is_read(self, tmp_path: Path) -> None:
        content = (
            b"0 0 0.5 rg 60 690 300 30 re f BT /F1 10 Tf 1 1 1 rg 72 700 Td (kop) Tj"
            b" 0 g 0 -40 Td (tekst) Tj ET"
        )
        assert _page_text(_one_page(content), tmp_path) == ("koptekst", 0)

    def test_text_off_the_page_is_not_read(self, tmp_path: Path) -> None:
        content = b"BT /F1 10 Tf -400 700 Td (weg) Tj 472 -20 Td (hier) Tj ET"
        assert _page_text(_one_page(content), tmp_path) == ("hier", 3)

    def test_text_outside_the_crop_box_is_not_read(self, tmp_path: Path) -> None:
        content = b"BT /F1 10 Tf 72 820 Td (snijmarge) Tj 0 -120 Td (brief) Tj ET"
        page = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /CropBox [36 36 559 806]"
            b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        )
        assert _page_text(_with(_one_page(content), page=page), tmp_path) == ("brief", 9)

    def test_text_on_a_rotated_page_stays(self, tmp_path: Path) -> None:
        content = b"BT /F1 10 Tf 72 700 Td (liggend) Tj ET"
        page = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90"
            b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        )
        assert _page_text(_with(_one_page(content), page=page), tmp_path) == ("liggend", 0)

    def test_text_under_a_point_tall_is_not_read(self, tmp_path: Path) -> None:
        content = b"BT /F1 0.5 Tf 72 700 Td (klein) Tj /F1 10 Tf 0 -20 Td (groot) Tj ET"
        assert _page_text(_one_page(content), tmp_path) == ("groot", 5)

    def test_text_covered_by_an_opaque_shape_is_not_read(self, tmp_path: Path) -> None:
        content = b"BT /F1 10 Tf 72 700 Td (geheim) Tj 0 -20 Td (open) Tj ET 0 g 70 695 60 16 re f"
        assert _page_text(_one_page(content), tmp_path) == ("open", 6)

    def test_a_word_cut_by_a_later_cell_is_read_whole(self, tmp_path: Path) -> None:
        # The first cell's word runs into the next cell, whose background is drawn after it;
        # the word on the next line is covered from its start by a redaction box.
        content = (
            b"BT /F1 10 Tf 72 700 Td (Ontwerp-begroting) Tj ET 0.9 g 130 695 60 16 re f"
            b" BT 0 g /F1 10 Tf 72 680 Td (zwart) Tj ET 0 g 70 675 40 16 re f"
        )
        assert _page_text(_one_page(content), tmp_path) == ("Ontwerp-begroting", 5)

    def test_a_fill_outside_its_clipping_path_covers_nothing(self, tmp_path: Path) -> None:
        # A page-wide white rectangle clipped to the lower half, as Qt paints a background.
        content = b"BT /F1 10 Tf 72 700 Td (kop) Tj ET q 0 0 595 400 re W n 1 g 0 0 595 842 re f Q"
        assert _page_text(_one_page(content), tmp_path) == ("kop", 0)

    def test_a_shape_drawn_before_the_text_covers_nothing(self, tmp_path: Path) -> None:
        content = b"0.9 g 70 695 60 16 re f BT 0 g /F1 10 Tf 72 700 Td (kader) Tj ET"
        assert _page_text(_one_page(content), tmp_path) == ("kader", 0)

    def test_a_translucent_or_multiplied_mark_covers_nothing(self, tmp_path: Path) -> None:
        for state in (b"/ca 0.4", b"/BM /Multiply"):
            content = (
                b"BT /F1 10 Tf 72 700 Td (gemarkeerd) Tj ET q /G1 gs 1 1 0 rg 70 695 80 16 re f Q"
            )
            objects = _one_page(content)
            objects[2] = (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1"
                b" 4 0 R >> /ExtGState << /G1 << /Type /ExtGState " + state + b" >> >> >>"
                b" /Contents 5 0 R >>"
            )
            assert _page_text(objects, tmp_path) == ("gemarkeerd", 0), state

    def test_damaged_layers_and_states_hide_nothing(self, tmp_path: Path) -> None:
        # A layer list of the wrong types, a property name the page does not have, a state
        # that is no dictionary, a clipping path of no numbers: read as if they were absent.
        content = (
            b"/OC /missing BDC /G1 gs /G2 gs W n BT /F1 10 Tf 72 700 Td (tekst) Tj ET EMC EMC"
            b" q /nope gs Q Q"
        )
        objects = _one_page(content)
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs 7 /D [1 2] >> >>"
        objects[2] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1"
            b" 4 0 R >> /Properties 5 /ExtGState << /G1 (x) /G2 << /ca /half /BM 3 >> >> >>"
            b" /Contents 5 0 R >>"
        )
        assert _page_text(objects, tmp_path) == ("tekst", 0)

    def test_the_warning_names_the_pages(self, tmp_path: Path) -> None:
        path = tmp_path / "wit.pdf"
        content = (
            b"BT /F1 10 Tf 1 g 72 700 Td (Oud bedrag) Tj 0 g 0 -20 Td"
            b" (De samenwerking met de partners werd verdiept.) Tj ET"
        )
        path.write_bytes(_pdf(_one_page(content)))
        doc = extract(path)
        assert any(
            w.startswith("page 1: 10 characters no reader of the page sees") for w in doc.warnings
        ), doc.warnings
        assert "Oud bedrag" not in " ".join(b.text for b in doc.blocks)


class TestRunningSectionTitle:
    """A running header that names the current section (a stylesheet's ``string-set``) changes
    from page to page; set small at one height above a gap on most pages, it is no text."""

    @staticmethod
    def _lines(head_size: float) -> list[Any]:
        from reportdiff.extract._types import BBox, Line

        out = []
        for page, title in enumerate(("Aanleiding", "Strategische partners", "Partnerbegrotingen")):
            out.append(Line(title, page + 1, Region.BODY, BBox(60, 44, 200, 52), head_size))
            for i in range(6):
                top = 80 + 14 * i
                text = f"regel {i} van pagina {page + 1} met gewone tekst erin."
                out.append(Line(text, page + 1, Region.BODY, BBox(60, top, 500, top + 10), 10.0))
        return out

    def test_small_titles_at_the_top_of_every_page_are_left_out(self) -> None:
        texts = [i.line.text for i in mark_pdf_lines(self._lines(7.5))]
        assert "Strategische partners" not in texts and len(texts) == 18

    def test_lines_in_the_texts_own_size_are_kept(self) -> None:
        texts = [i.line.text for i in mark_pdf_lines(self._lines(10.0))]
        assert "Strategische partners" in texts and len(texts) == 21


class TestSideIsContent:
    """What the letter's sidebar edge cut off is content when it holds many lines in the
    body's type, as much text as half the body: the page's right half is flagged unread, and
    the report partial, so that nothing is called removed because of it."""

    @staticmethod
    def _lines(n: int, size: float, x0: float) -> list[Any]:
        from reportdiff.extract._types import BBox, Line

        return [
            Line(
                f"regel {i} met gewone tekst erin, zo lang als een regel.",
                1,
                Region.BODY,
                BBox(x0, 50 + 10 * i, x0 + 300, 58 + 10 * i),
                size,
            )
            for i in range(n)
        ]

    def test_a_page_beside_the_page_is_content(self) -> None:
        from reportdiff.extract import _side_is_content

        assert _side_is_content(self._lines(40, 7.0, 450), self._lines(40, 7.0, 50))

    @pytest.mark.parametrize(
        ("n", "size"), [(14, 7.0), (40, 6.0)], ids=["a-few-lines", "smaller-type"]
    )
    def test_a_sidebar_is_not(self, n: int, size: float) -> None:
        from reportdiff.extract import _side_is_content

        assert not _side_is_content(self._lines(n, size, 450), self._lines(40, 7.0, 50))

    def test_the_two_up_letter_is_read_as_its_pages(self) -> None:
        """A letter printed two pages to a sheet by enscript: its right-hand pages were once
        flagged unread (the report partial); each sheet is now read as the two pages it
        holds (extract._sheets), so nothing is left unread."""
        from reportdiff.parse import parse_document

        doc = extract(FIXTURES / "holdout40" / "pdf" / "2070-letter-enscript.pdf")
        assert len(doc.pages) == 4
        assert any("two pages side by side" in w for w in doc.warnings)
        assert not any("the right-hand column holds text" in w for w in doc.warnings)
        assert not parse_document(doc, force=True).coverage.partial


class TestSpacedItems:
    """Items set a little apart in a smaller type than the body, each a line or two, are
    paragraphs of their own; the lines of one item, and a line that goes on in lower case,
    run on."""

    @staticmethod
    def _line(text: str, bottom: float, size: float = 9.0, **style: bool) -> Any:
        from reportdiff.extract._types import BBox, Line

        return Line(text, 1, Region.BODY, BBox(40, bottom - size, 240, bottom), size, **style)

    def _items(self, lines: list[Any]) -> list[tuple[str, BlockKind | None]]:
        body = [
            self._line(f"regel {i} van de lopende tekst van de pagina", 100 + 12.6 * i, 9.3)
            for i in range(12)
        ]
        return [(it.line.text, it.starts) for it in mark_pdf_lines([*body, *lines])][12:]

    def test_items_set_apart_start_paragraphs(self) -> None:
        items = self._items(
            [
                self._line("Loopt door: DoI over wintertraining met het Verenigd", 300.0, 8.6),
                self._line("Koninkrijk en Italië", 311.0, 8.6),
                self._line("Loopt door: SOFA over helikopteronderhoud", 326.0, 8.6),
                self._line("Getekend: DoI over medische afvoer met de Verenigde", 341.0, 8.6),
                self._line("Staten, op 14 februari 2193", 352.0, 8.6),
                self._line("vervolg in kleine letters", 367.0, 8.6),
            ]
        )
        assert items == [
            ("Loopt door: DoI over wintertraining met het Verenigd", BlockKind.PARAGRAPH),
            ("Koninkrijk en Italië", None),
            ("Loopt door: SOFA over helikopteronderhoud", BlockKind.PARAGRAPH),
            ("Getekend: DoI over medische afvoer met de Verenigde", BlockKind.PARAGRAPH),
            ("Staten, op 14 februari 2193", None),
            ("vervolg in kleine letters", None),
        ]

    def test_a_numbered_italic_line_is_a_heading(self) -> None:
        items = self._items(
            [
                self._line("3.6 Verenigd Koninkrijk", 300.0, 9.3, italic=True),
                self._line(
                    "Samenwerking met het Verenigd Koninkrijk, zwaartepunt 2161.", 318.0, 9.3
                ),
                self._line(
                    "Een zin die schuin staat, om haar te benadrukken.", 336.0, 9.3, italic=True
                ),
            ]
        )
        assert [kind for _, kind in items] == [BlockKind.HEADING, BlockKind.PARAGRAPH, None]

    def test_a_short_italic_line_between_sentences_is_a_heading(self) -> None:
        """In a letter, whose headings are not italic: an italic line of its own between a
        finished sentence and an upright one ("Blokje vijf — uitgezonden eenheden" over
        "Minister Wolters-Haan: …") is a heading; an italic sentence, or italic words that
        run on, are not."""
        items = self._items(
            [
                self._line("De voorzitter: tien minuten schorsing.", 300.0, 9.3),
                self._line("Blokje vijf — uitgezonden eenheden", 312.6, 9.3, italic=True),
                self._line("Minister Wolters-Haan: Laatste blokje: waar staan", 325.2, 9.3),
                self._line("Een zin die schuin staat, om haar te benadrukken.", 337.8, 9.3),
                self._line("Defensievisie 2035 en de nota", 350.4, 9.3, italic=True),
                self._line("die erop volgde.", 363.0, 9.3),
            ]
        )
        P, H = BlockKind.PARAGRAPH, BlockKind.HEADING
        assert [kind for _, kind in items] == [P, H, P, None, None, None]

    def test_an_italic_heading_wrapped_over_two_lines(self) -> None:
        """The italic heading wrapped with a broken word ("… verdragspart-" over "ners"),
        then the upright text: one heading."""
        items = self._items(
            [
                self._line("De voorzitter: vervolgt u.", 300.0, 9.3),
                self._line("Blokje vier — clubjes, fora, verdragspart-", 312.6, 9.3, italic=True),
                self._line("ners", 325.2, 9.3, italic=True),
                self._line("Minister Dekker: Zwaarste werk blijft liggen bij", 337.8, 9.3),
            ]
        )
        P, H = BlockKind.PARAGRAPH, BlockKind.HEADING
        assert [kind for _, kind in items] == [P, H, None, P]

    def test_back_to_the_margin_after_lines_set_in(self) -> None:
        """Two or more lines set in (a list whose marks are drawn, not written), each ended
        short by the writer, then a line at the margin in upper case: a paragraph of its own.
        A first line set in alone, a line going on in lower case, or one whose first word would
        not have fitted above (text set around a box, going on at the margin below it) runs
        on."""
        from reportdiff.extract._types import BBox, Line

        def at(text: str, bottom: float, x0: float, x1: float = 240) -> Any:
            return Line(text, 1, Region.BODY, BBox(x0, bottom - 9.3, x1, bottom), 9.3)

        items = self._items(
            [
                at("Notities van de attaché (Berlijn):", 300.0, 40, 180),
                at("relatie: goed, frequent contact", 312.6, 52, 190),
                at("LoI inzake uitwisseling: juni 2121", 325.2, 52, 200),
                at("Men zegt dat Russische vliegtuigen langs het luchtruim", 337.8, 40),
                at("scheren, frequenter dan ooit eerder. Een alinea", 350.4, 40),
                at("Die met een ingesprongen eerste regel begint", 363.0, 52),
                at("Duitsland en de rest van de zin op de marge.", 375.6, 40),
                at("Naast een kader: samengewerkt met Australië,", 388.2, 120),
                at("Finland, Italië, Japan, en de overige landen:", 400.8, 120),
                at("Luxemburg, Polen en Zweden.", 413.4, 40, 160),
            ]
        )
        P = BlockKind.PARAGRAPH
        assert [kind for _, kind in items] == [P, None, None, P, None, None, None, None, None, None]


class TestRowsPastTheSidebar:
    """A table as wide as the page runs past a letter's sidebar edge on a later page: a
    row's last cells, set in the body's type beside cells of the body, are the row's; a
    sidebar line in its own small type beside a row stays the sidebar's."""

    @staticmethod
    def _chars(text: str, x: float, bottom: float, size: float) -> list[Char]:
        w = size * 0.5
        return [
            Char(ch, x + i * w, x + (i + 1) * w, bottom - size, bottom, size, "Helvetica")
            for i, ch in enumerate(text)
        ]

    def _page(self, side_size: float) -> list[tuple[str, str]]:
        from reportdiff.extract import read_page
        from reportdiff.extract._pdf import RawPage

        c = self._chars
        chars = [
            *c("Onze referentie", 450.0, 50.0, 7.0),
            *c("BS2103019051", 450.0, 60.0, 7.0),
            *(
                ch
                for i in range(12)
                for ch in c(f"regel {i} van de lopende tekst van deze brief", 57.0, 100 + 14 * i, 9)
            ),
            *c("Staat", 61.0, 300.0, 9.0),
            *c("Begrotingsjaar", 300.0, 300.0, 9.0),
            *c("Aandeel bbp", 474.0, 300.0, side_size),
            *c("Duitsland", 61.0, 314.0, 9.0),
            *c("2102/2103", 300.0, 314.0, 9.0),
            *c("2,46%", 474.0, 314.0, side_size),
            *c("Pagina 3 van 5", 450.0, 800.0, 7.0),
        ]
        raw = RawPage(3, 595.0, 842.0, tuple(chars), ())
        return [(ln.region.value, ln.text) for ln in read_page(raw).lines]

    def test_a_rows_last_cells_in_the_body_type_are_the_rows(self) -> None:
        lines = self._page(9.0)
        assert ("body", "Staat Begrotingsjaar Aandeel bbp") in lines
        assert ("body", "Duitsland 2102/2103 2,46%") in lines

    def test_a_sidebar_line_in_small_type_stays_the_sidebars(self) -> None:
        lines = self._page(7.0)
        assert ("body", "Duitsland 2102/2103") in lines
        assert ("sidebar", "2,46%") in lines


class TestLetterHeadFields:
    """The letter's head fields however a house style sets them."""

    def test_a_colon_after_the_subjects_label_is_no_part_of_it(self) -> None:
        from reportdiff.extract._metadata import letter_metadata

        m = letter_metadata(
            ["Betreft: Rapportage internationale militaire samenwerking", "2041"], []
        )
        assert m.subject == "Rapportage internationale militaire samenwerking 2041"

    def test_the_date_under_its_label_in_the_sidebar(self) -> None:
        """ "Datum" over "15 november 2041" in the sidebar, none in the head: that date; a
        date in the head wins."""
        from reportdiff.extract._metadata import letter_metadata

        side = ["Onze referentie", "BS2041343952", "Datum", "15 november 2041"]
        assert letter_metadata(["Betreft Rapportage"], side).date == date(2041, 11, 15)
        head = ["Datum 1 december 2041", "Betreft Rapportage"]
        assert letter_metadata(head, side).date == date(2041, 12, 1)

    def test_onderwerp_is_the_subject_under_its_label_in_a_column_of_fields(self) -> None:
        """ "Onderwerp", the older letters' name for the subject, over a subject wrapped in the
        column beside the addressee: the subject runs to the next field ("Kenmerk")."""
        from reportdiff.extract._metadata import letter_metadata

        side = [
            "Datum",
            "6 maart 1962",
            "Onderwerp",
            "Rapportage internationale militaire",
            "samenwerking 1961",
            "Kenmerk",
            "DGB/SP-1962/12964",
        ]
        head = [
            "Retouradres Postbus 20701 2500 ES Den Haag",
            "Aan de Voorzitter van de",
            "Tweede Kamer der Staten-Generaal",
        ]
        meta = letter_metadata(head, side)
        assert meta.subject == "Rapportage internationale militaire samenwerking 1961"
        assert meta.date == date(1962, 3, 6)
        assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
        assert letter_metadata(["Onderwerp: Rapportage 1961"], []).subject == "Rapportage 1961"

    def test_the_heads_fields_all_in_the_sidebar(self) -> None:
        """An exported notebook sets the letter's head indented, where the sidebar is: its
        "Betreft" there gives the subject (and so the title the edition is known by); one in
        the head wins."""
        from reportdiff.extract._metadata import letter_metadata

        side = [
            "Datum 10 oktober 2082",
            "Betreft Rapportage internationale militaire samenwerking 2082",
            "Onze referentie BS208394037",
        ]
        meta = letter_metadata([], side)
        assert meta.subject == "Rapportage internationale militaire samenwerking 2082"
        assert meta.date == date(2082, 10, 10)
        assert letter_metadata(["Betreft Jaarrapportage"], side).subject == "Jaarrapportage"

    def test_a_subject_wrapped_in_the_sidebar_runs_to_the_next_field(self) -> None:
        """The narrow side column wraps a long subject under its label ("Rapportage
        internationale militaire" over "samenwerking 1921"): its lines up to the next field
        are the subject, with the year the edition is known by."""
        from reportdiff.extract._metadata import letter_metadata

        side = [
            "Datum",
            "16 mei 1922",
            "Betreft",
            "Rapportage internationale militaire",
            "samenwerking 1921",
            "Ons kenmerk",
            "BS1922946410",
        ]
        meta = letter_metadata([], side)
        assert meta.subject == "Rapportage internationale militaire samenwerking 1921"
        assert meta.date == date(1922, 5, 16)
        assert meta.reference == "BS1922946410"

    def test_a_masthead_with_its_dossier_title_under_the_number(self) -> None:
        """A word processor's masthead sets "33 279" over "Internationale militaire
        samenwerking", and "Nr. 2021" over the kind of letter: each is one field."""
        from reportdiff.extract._metadata import print_metadata

        meta = print_metadata(
            [
                "Tweede Kamer der Staten-Generaal",
                "Vergaderjaar 1922–1923",
                "33 279",
                "Internationale militaire samenwerking",
                "Nr. 2021",
                "BRIEF VAN DE MINISTER VAN DEFENSIE",
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Den Haag, 23 mei 1923",
            ]
        )
        assert (meta.dossier, meta.dossier_title) == (
            "33279",
            "Internationale militaire samenwerking",
        )
        assert (meta.number, meta.letter_kind) == ("2021", "BRIEF VAN DE MINISTER VAN DEFENSIE")
        assert meta.date == date(1923, 5, 23)
        # a bare number followed by another field is no title's
        assert print_metadata(["33 279", "Nr. 5 BRIEF"]).dossier is None

    def test_the_fields_are_read_from_the_first_head_that_holds_one(self) -> None:
        """An e-book's cover and colophon come before the print's head: the head lines of the
        first page that holds a field are the edition's."""
        from reportdiff.extract._metadata import masthead

        cover: list[str] = []
        colophon = ["Over deze uitgave"]
        head = ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 1942–1943", "33 279"]
        assert masthead([cover, colophon, head, []]) == head
        assert masthead([cover, colophon]) == cover


class TestKeyValueRows:
    """A two-column table's rows (a short key, then its value) are paragraphs of their own;
    a wider table's row whose cells wrap, a labelled record ("Duitsland: …") and a list set in
    columns run on as before."""

    @staticmethod
    def _line(text: str, bottom: float, first: str, cells: int = 2) -> Any:
        from reportdiff.extract._types import BBox, Line

        return Line(
            text,
            1,
            Region.BODY,
            BBox(40, bottom - 9, 400, bottom),
            9.0,
            cells=cells,
            first_cell=first,
        )

    def _starts(self, rows: list[tuple[str, str]]) -> list[BlockKind | None]:
        body = [
            self._line(f"regel {i} van de lopende tekst van de pagina", 100 + 12 * i, "", 1)
            for i in range(10)
        ]
        lines = [self._line(text, 230 + 12 * i, first) for i, (text, first) in enumerate(rows)]
        return [it.starts for it in mark_pdf_lines([*body, *lines])][10:]

    def test_a_chronicles_rows(self) -> None:
        starts = self._starts(
            [
                ("Maart intentieverklaring Noorwegen: getekend", "Maart"),
                ("Maart Policy Direction Polen: van kracht", "Maart"),
                ("April MoU Australië: loopt door", "April"),
            ]
        )
        assert starts[1:] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]

    @pytest.mark.parametrize(
        "rows",
        [
            [
                (
                    "Intentieverklaring (DoI) inzake munitievoorraden op Canada",
                    "Intentieverklaring (DoI) inzake munitievoorraden op",
                ),
                ("afroep Luxemburg", "afroep"),
            ],
            [
                ("Luxemburg: € 764 miljoen in 2010 | 3,69% bbp", "Luxemburg:"),
                ("Duitsland: EUR 93,2 mld (2010), 2,71% bbp", "Duitsland:"),
            ],
            [("• Australië • Luxemburg", "• Australië"), ("• Italië • Spanje", "• Italië")],
        ],
        ids=["wrapped-row", "labelled-records", "list-in-columns"],
    )
    def test_not_a_key_value_table(self, rows: list[tuple[str, str]]) -> None:
        assert self._starts(rows)[1:] == [None]


def test_a_fonts_descriptor_tells_its_style_where_its_name_does_not() -> None:
    """Linux Libertine names its semibold "LinLibertineOZ" and its italic "LinLibertineOI":
    the descriptor's forced-bold and italic flags (or a weight of 600 and more, a slanted
    angle) say what the name does not; a plain descriptor says nothing."""
    from types import SimpleNamespace

    from reportdiff.extract._lines import _bold_font, _italic_font
    from reportdiff.extract._pdf import _described_style

    def style(descriptor: object) -> str:
        return _described_style(SimpleNamespace(descriptor=descriptor))

    assert style({"Flags": 262150, "ItalicAngle": 0}) == "-DescBold"
    assert style({"Flags": 70, "ItalicAngle": -12}) == "-DescItalic"
    assert style({"Flags": 262214, "ItalicAngle": -11.5}) == "-DescBoldItalic"
    assert style({"FontWeight": 700, "Flags": 32}) == "-DescBold"
    assert style({"Flags": 6, "ItalicAngle": 0}) == ""
    assert style(None) == ""
    assert _bold_font("AIJFHX+LinLibertineOZ-DescBold")
    assert _italic_font("KVXWDG+LinLibertineOI-DescItalic")
    assert not _bold_font("JISNJC+LinLibertineO")


def test_a_text_cut_off_at_the_pages_foot_is_reported_and_an_aside_above_it_is_not() -> None:
    """A paragraph that breaks off at the foot of the last page makes the document look cut
    off; a reviewer's comment from the margin, read after the page's text and standing higher
    on the page, ends the text without a full stop and says nothing of the document."""
    from reportdiff.extract._blocks import LineItem, assemble
    from reportdiff.extract._types import BBox, BlockKind, Line, PageInfo, Region

    def item(text: str, top: float, starts: BlockKind | None = BlockKind.PARAGRAPH) -> LineItem:
        return LineItem(Line(text, 1, Region.BODY, BBox(72, top, 400, top + 10), 10.0), starts)

    cut = [item("Het verdrag is op 3 maart in werking getreden.", 100), item("Daarna is", 700)]
    _, warnings = assemble(cut, [PageInfo(1, "1")])
    assert any("looks cut off" in w for w in warnings)
    aside = [*cut[:1], item("Het memorandum trad in werking.", 700), item("DJZ [3]: check", 400)]
    _, warnings = assemble(aside, [PageInfo(1, "1")])
    assert not any("looks cut off" in w for w in warnings)


class TestUnderlinedHeadings:
    """Plain text printed (a mail, a text file) marks a heading by a line of "=" or "-" under
    it: that line is a heading, and the rule is no text."""

    @staticmethod
    def _line(text: str, row: int, page: int = 1) -> Any:
        from reportdiff.extract._types import BBox, Line

        x1 = 50 + 6.0 * len(text)
        return Line(text, page, Region.BODY, BBox(50, 90 + 12 * row, x1, 100 + 12 * row), 10.0)

    def _marked(self, lines: list[Any]) -> list[tuple[str, BlockKind | None, int]]:
        return [(it.line.text, it.starts, it.level) for it in mark_pdf_lines(lines)]

    def test_a_line_over_a_rule_is_a_heading(self) -> None:
        lines = [
            self._line("Bijgaand de jaarrapportage, met partners en organisaties.", 0),
            self._line("", 1),
            self._line("Strategische partnerlanden", 2),
            self._line("==========================", 3),
            self._line("Kerngroep 2121: België, Duitsland en Frankrijk.", 5),
            self._line("Tweedeschilpartners", 7),
            self._line("-------------------", 8),
            self._line("Projectmatige samenwerking: Estland en Polen.", 10),
        ]
        marked = self._marked([ln for ln in lines if ln.text])
        assert [(text, kind) for text, kind, _ in marked] == [
            ("Bijgaand de jaarrapportage, met partners en organisaties.", BlockKind.PARAGRAPH),
            ("Strategische partnerlanden", BlockKind.HEADING),
            ("Kerngroep 2121: België, Duitsland en Frankrijk.", BlockKind.PARAGRAPH),
            ("Tweedeschilpartners", BlockKind.HEADING),
            ("Projectmatige samenwerking: Estland en Polen.", BlockKind.PARAGRAPH),
        ]
        # "-" under a heading is no lower level than "=": writers use either alone.
        assert {level for _, kind, level in marked if kind is BlockKind.HEADING} == {1}

    def test_a_rule_at_the_next_pages_top_underlines_the_last_line(self) -> None:
        lines = [
            self._line("Bijgaand de jaarrapportage, met partners en organisaties.", 0),
            self._line("Mutaties t.o.v. verslagjaar 2121", 60),
            self._line("================================", 0, page=2),
            self._line("- partnerland eraf: Japan.", 2, page=2),
        ]
        marked = self._marked(lines)
        assert [(text, kind) for text, kind, _ in marked][1:] == [
            ("Mutaties t.o.v. verslagjaar 2121", BlockKind.HEADING),
            ("- partnerland eraf: Japan.", BlockKind.PARAGRAPH),
        ]

    def test_a_rule_under_a_sentence_or_alone_is_only_dropped(self) -> None:
        lines = [
            self._line("De kerngroep telde dit jaar zeven landen, en vier andere,", 0),
            self._line("============================================================", 1),
            self._line("Achter die landen staan de partners uit de tweede schil.", 3),
            self._line("----------", 5),
            self._line("Een korte regel tekst daarna.", 7),
        ]
        marked = self._marked(lines)
        assert all(kind is not BlockKind.HEADING for _, kind, _ in marked)
        assert [text for text, _, _ in marked] == [
            "De kerngroep telde dit jaar zeven landen, en vier andere,",
            "Achter die landen staan de partners uit de tweede schil.",
            "Een korte regel tekst daarna.",
        ]

    def test_a_boxes_rule_under_a_sentences_last_line_makes_no_heading(self) -> None:
        # a2ps prints a box of asterisks; its top rule comes under a paragraph, a blank line
        # between: the line it follows ends a sentence begun on the line above.
        lines = [
            self._line("Inhoudelijk vertrouwd: partnerlanden, akkoorden,", 0),
            self._line("inzet, eerder verschenen Kamerstukken.", 1),
            self._line("****************************************", 2),
            self._line("NIEUWSBRIEF INTERNATIONALE SAMENWERKING", 3),
        ]
        marked = self._marked(lines)
        assert all(kind is not BlockKind.HEADING for _, kind, _ in marked)
        assert [text for text, _, _ in marked][:2] == [
            "Inhoudelijk vertrouwd: partnerlanden, akkoorden,",
            "inzet, eerder verschenen Kamerstukken.",
        ]


class TestBareHeadings:
    """An OCR layer has one invisible font: a heading is told by its place alone, a short
    line after a finished sentence and a blank line, with its paragraph tight under it."""

    @staticmethod
    def _line(text: str, bottom: float, x1: float = 500.0) -> Any:
        from reportdiff.extract._types import BBox, Line

        return Line(text, 1, Region.BODY, BBox(70, bottom - 10, x1, bottom), 10.0)

    def _headings(self, *, bare: bool) -> list[str]:
        lines = [
            self._line("Ik verzoek u bij eventuele correspondentie het kenmerk te", 100),
            self._line("vermelden.", 113, 130),
            self._line("De veiligheidssituatie", 139, 210),
            self._line("Nauwelijks behoeft betoog, dat de hechte banden met België en", 152),
            self._line("Frankrijk mede hun rechtvaardiging vinden in de houding van", 165),
            self._line("Rusland", 178, 110),
            self._line("Voorts merk ik op, dat China geen partner is van betekenis", 204),
            self._line("en dat zulks zo blijft.", 217, 250),
        ]
        items = mark_pdf_lines(lines, bare_headings=bare)
        return [it.line.text for it in items if it.starts is BlockKind.HEADING]

    def test_a_short_line_between_paragraphs_is_a_heading_in_an_ocr_layer(self) -> None:
        assert self._headings(bare=True) == ["De veiligheidssituatie"]

    def test_typeset_text_needs_its_typography(self) -> None:
        assert self._headings(bare=False) == []
