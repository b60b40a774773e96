"""Tests for reportdiff.render.html: the self-contained HTML pages of a diff, an edition and a
timeline, read back with the stdlib HTML parser and, where Chromium is here, in a real browser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest

import reportdiff
from reportdiff import (
    Budget,
    Edition,
    Entity,
    Layout,
    Money,
    Pages,
    Partner,
    PartnerCategory,
    Report,
    ReportDiff,
    Section,
    Source,
)
from reportdiff.render.html import (
    CONTEXT_WORDS,
    render_diff_html,
    render_report_html,
    render_timeline_html,
)

from .conftest import LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LABELS = {"old": "bundled: reconstructed from published facts", "new": "bundled: published text"}
HOSTILE = "<script>alert(1)</script>"
# The timeline JSON view's shape (``reportdiff timeline --format json``) for the bundled pair.
TIMELINE = {
    "editions": [2020, 2021],
    "partners": {"BE": {"2020": "strategic", "2021": "strategic"}, "SR": {"2021": "other"}},
    "missions": {"MINUSMA": {"2021": "extended"}, "UNIFIL": {"2020": "active", "2021": "active"}},
    "budgets": [
        {
            "country": "BE",
            "currency": "EUR",
            "series": {"2020": {"amount": "4760000000", "gdp_percent": "1.1"}},
        },
        {
            "country": "GB",
            "currency": "GBP",
            "series": {"2021/2022": {"amount": "46000000000", "gdp_percent": "2.5"}},
        },
        {
            "country": "US",
            "currency": "USD",
            "series": {
                "2021": {"amount": "732000000000", "gdp_percent": "3.6"},
                "2022": {"amount": "768000000000", "gdp_percent": None},
            },
        },
    ],
}


# --- reading the page back --------------------------------------------------------------------


class Page(HTMLParser):
    """The parts of a page the tests look at: every start tag with its attributes, the text,
    the rows of each entity section and the script and resource tags."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.rows: Counter[str] = Counter()
        self._entity: list[str | None] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, pairs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in pairs}
        self.tags.append((tag, a))
        if tag == "section":
            self._entity.append(a.get("data-entity"))
        if tag == "tr" and "row" in a.get("class", "").split():
            entity = next((e for e in reversed(self._entity) if e), None)
            self.rows[entity or "?"] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "section" and self._entity:
            self._entity.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str, **want: str) -> list[dict[str, str]]:
        return [
            a
            for t, a in self.tags
            if t == tag and all(a.get(k.replace("_", "-")) == v for k, v in want.items())
        ]

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if "id" in a}

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())


def svgs(html: str) -> list[ET.Element]:
    """Every inline SVG, parsed as XML; the charts first (their class), then the rest."""
    parsed = [ET.fromstring(s) for s in re.findall(r"<svg\b.*?</svg>", html, flags=re.S)]
    return [s for s in parsed if s.get("class") == "chart-svg"]


def load(path: Path) -> Report:
    return reportdiff.load(path)


@pytest.fixture(scope="module")
def bundled() -> ReportDiff:
    return reportdiff.diff(load(PRINT_2020), load(LETTER_2021))


@pytest.fixture(scope="module")
def synthetic() -> ReportDiff:
    return reportdiff.diff(load(SYNTHETIC_2031), load(SYNTHETIC_2032))


@pytest.fixture(scope="module")
def bundled_html(bundled: ReportDiff) -> str:
    return render_diff_html(bundled, labels=LABELS, sources={"old": PRINT_2020, "new": LETTER_2021})


# --- hostile and synthetic editions -------------------------------------------------------


def _edition(year: int, title: str = "Rapportage internationale defensiesamenwerking") -> Edition:
    return Edition(
        year=year,
        title=f"{title} {year}",
        date=date(year + 1, 1, 25),
        reference=f"BS{year}<b>1</b>",
        kamerstuk=None,
        layout=Layout.LETTER,
        pages=Pages(2, ("1", None), None),
    )


def _source(text: str, page: int = 1) -> Source:
    return Source(page, str(page), text)


def hostile_pair() -> tuple[Report, Report]:
    """Two editions whose every text field carries markup, a script, quotes and ampersands."""
    evil = f'{HOSTILE} <img src=x onerror="alert(2)"> & "quoted" \'single\''
    old = Report(
        edition=_edition(2040, f"Rapportage {HOSTILE}"),
        partners=(Partner("DE", f"Duitsland {evil}", PartnerCategory.STRATEGIC, _source(evil)),),
        budgets=(
            Budget("DE", "2040", Money(Decimal("5e10"), "EUR"), Decimal("2.0"), _source(evil)),
        ),
        sections=(Section("Inleiding", 1, f"Het begin. {evil} Het eind.", _source(evil)),),
        warnings=(f"warning {evil}",),
    )
    new = Report(
        edition=_edition(2041),
        partners=(Partner("FR", f"Frankrijk {evil}", PartnerCategory.OTHER, _source(evil, 2)),),
        budgets=(
            Budget("DE", "2041", Money(Decimal("6e10"), "EUR"), Decimal("2.1"), _source(evil)),
        ),
        sections=(
            Section("Inleiding", 1, f"Het begin. {evil} </div></td> nieuw.", _source(evil, 2)),
        ),
        warnings=(f"warning {evil}",),
    )
    return old, new


def long_section_pair() -> tuple[Report, Report]:
    """Editions whose one section differs by one word in the middle of 200 unchanged words."""
    before = [f"w{i}" for i in range(100)]
    after = [f"v{i}" for i in range(100)]
    old_text = " ".join([*before, "oud", *after])
    new_text = " ".join([*before, "nieuw", *after])
    return (
        Report(_edition(2040), sections=(Section("Inleiding", 1, old_text, _source(old_text)),)),
        Report(_edition(2041), sections=(Section("Inleiding", 1, new_text, _source(new_text)),)),
    )


class TestDiffPage:
    """The diff of the bundled editions, read back with html.parser."""

    def test_one_section_per_entity_with_changes(
        self, bundled: ReportDiff, bundled_html: str
    ) -> None:
        """Every entity with a change has its section, its table and a TOC link."""
        page = Page(bundled_html)
        anchors = {
            Entity.EDITION: "edition",
            Entity.PARTNER: "partners",
            Entity.ORGANISATION: "organisations",
            Entity.BUDGET: "budgets",
            Entity.MISSION: "missions",
            Entity.AGREEMENT: "agreements",
            Entity.REFERENCE: "references",
            Entity.SECTION: "sections",
        }
        hrefs = {a.get("href") for a in page.all("a")}
        for entity, anchor in anchors.items():
            assert bundled.of(entity), entity
            assert anchor in page.ids()
            assert f"#{anchor}" in hrefs
        assert len(page.all("caption")) == len(anchors)
        assert all(a.get("scope") in ("col", "row") for a in page.all("th"))

    def test_counts_match_the_summary(self, bundled: ReportDiff, bundled_html: str) -> None:
        """The summary line's counts, and the rows of each table, are the diff's."""
        page = Page(bundled_html)
        s = bundled.summary
        counts = {
            a["data-kind"]: int(a["data-count"]) for a in page.all("span") if "data-count" in a
        }
        # Each of the summary's counts (named as the change kinds) is on the page.
        expected = {k: n for k, n in attrs.asdict(s).items() if n}
        assert counts == expected
        # The 2021 text is partial: what it lacks is not in the available text, not removed.
        assert {"added", "changed", "not_in_available_text"} <= set(expected)
        assert f"{len(bundled.changes)} changes:" in page.plain
        for entity in Entity:
            changes = bundled.of(entity)
            expected = (
                sum(len(c.fields) for c in changes) if entity is Entity.EDITION else len(changes)
            )
            assert page.rows[entity.value] == expected, entity

    def test_editions_header(self, bundled_html: str) -> None:
        """Both editions with reference or Kamerstuk, layout, pages, label, partial, warnings."""
        page = Page(bundled_html)
        text = page.plain
        for needle in (
            "Kamerstuk 33279, nr. 32",
            "BS2021028694",
            "kamerstuk",
            "letter",
            "1 page",
            "4 pages of 8",
            "pages 2–7 missing",
            LABELS["old"],
            LABELS["new"],
            "10 warnings from reading this edition",
        ):
            assert needle in text, needle
        assert text.count("partial") >= 1
        assert len(page.all("details", **{"class": "warnings"})) == 1

    def test_page_links(self, bundled: ReportDiff, bundled_html: str) -> None:
        """Pages link to the PDF page, as file:// URLs for absolute paths."""
        hrefs = [a["href"] for a in Page(bundled_html).all("a") if "#page=" in a.get("href", "")]
        assert hrefs
        assert all(h.startswith(("file:///",)) for h in hrefs)
        assert f"{LETTER_2021.as_uri()}#page=3" in hrefs
        assert f"{PRINT_2020.as_uri()}#page=1" in hrefs
        budget_pages = {c.new.source.page for c in bundled.of(Entity.BUDGET) if c.new}
        for n in budget_pages:
            assert f"{LETTER_2021.as_uri()}#page={n}" in hrefs
        assert "p. 2 (printed 8)" in Page(bundled_html).plain

    def test_relative_sources_and_none(self, bundled: ReportDiff) -> None:
        """Relative paths stay relative; without sources the pages are plain text."""
        html = render_diff_html(bundled, sources={"new": Path("pdf dir/2021.pdf")})
        hrefs = [a["href"] for a in Page(html).all("a") if "#page=" in a.get("href", "")]
        assert "pdf%20dir/2021.pdf#page=3" in hrefs
        assert not any(h.startswith("file:") for h in hrefs)
        assert "#page=" not in render_diff_html(bundled)
        assert "p. 1" in Page(render_diff_html(bundled)).plain

    def test_self_contained(self, bundled_html: str) -> None:
        """No script, no external load, no http(s) reference; a CSP that allows neither."""
        page = Page(bundled_html)
        assert not page.all("script") and not page.all("link") and not page.all("img")
        assert not [a for _, a in page.tags if "src" in a]
        assert "http://" not in bundled_html and "https://" not in bundled_html
        csp = page.all("meta", http_equiv="Content-Security-Policy")
        assert csp and "default-src 'none'" in csp[0]["content"]
        assert "script-src" not in csp[0]["content"]

    def test_charts_are_svg(self, bundled_html: str) -> None:
        """One panel per currency plus GDP share; well-formed SVG with whole-year ticks."""
        charts = svgs(bundled_html)
        titles = [c.findtext("title") for c in charts]
        assert titles == [
            "Defence budgets in EUR",
            "Defence budgets in GBP",
            "Defence budgets in USD",
            "Share of GDP",
        ]
        for chart in charts:
            texts = [t.text or "" for t in chart.iter("text")]
            years = [t for t in texts if re.fullmatch(r"\d{4}", t)]
            assert len(years) >= 2
            assert all(
                re.fullmatch(r"\d{4}|[\d,.]+( bn| mln)?|[\d.]+%|[A-Z]{2}|.*year.*|.*budget.*", t)
                for t in texts
            ), texts
        usd = charts[2]
        assert {t.text for t in usd.iter("text")} >= {"0", "800 bn", "US"}
        # Old figures are open circles, new ones filled squares.
        eur = charts[0]
        assert len(list(eur.iter("circle"))) == 1 and len(list(eur.iter("rect"))) == 1

    def test_redline(self, bundled: ReportDiff, bundled_html: str) -> None:
        """The rewritten section is a redline with <ins>/<del> and both views."""
        page = Page(bundled_html)
        rewritten = [c for c in bundled.of(Entity.SECTION) if c.words]
        assert len(page.all("article", **{"class": "redline"})) == len(rewritten)
        assert page.all("ins") and page.all("del")
        assert page.all("input", type="checkbox", id="view-sbs")
        assert page.all("div", **{"class": "view view-sbs"})

    def test_budget_deltas(self, synthetic: ReportDiff) -> None:
        """Amount, percent and GDP points; no made-up delta across currencies."""
        text = Page(render_diff_html(synthetic)).plain
        assert "+€4 bn; +6.7%; +0.1 GDP pt" in text
        assert "no delta: currency changed; +0.1 GDP pt" in text
        assert "fiscal year 2031/2032 → 2032/2033" in text
        assert "status: active → ended" in text

    def test_no_differences(self) -> None:
        """Identical editions say so."""
        r = load(LETTER_2021)
        assert "No differences." in Page(render_diff_html(reportdiff.diff(r, r))).plain


class TestHostileText:
    """Text from a PDF is data: everything is escaped."""

    def test_escaped(self) -> None:
        """Markup in titles, names, sentences, section text, warnings and labels is text."""
        old, new = hostile_pair()
        html = render_diff_html(
            reportdiff.diff(old, new),
            labels={"old": HOSTILE, "new": '"><script>alert(3)</script>'},
        )
        assert "<script" not in html
        assert "<img" not in html
        assert 'onerror="' not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        page = Page(html)
        assert not page.all("script") and not page.all("img")
        assert HOSTILE in page.plain and "BS2041<b>1</b>" in page.plain
        # Attribute values (the sentence in a page link's title) stay inside their quotes.
        titles = [a["title"] for a in page.all("span", **{"class": "page"}) if "title" in a]
        assert titles and all(HOSTILE in t and '"quoted"' in t for t in titles)
        for chart in svgs(html):
            assert chart.find(".//script") is None

    def test_report_and_timeline_escaped(self) -> None:
        """The edition and timeline pages escape as well."""
        old, _ = hostile_pair()
        html = render_report_html(old, label=HOSTILE)
        assert "<script" not in html and HOSTILE in Page(html).plain
        timeline = {
            "editions": [2040],
            "partners": {HOSTILE: {"2040": HOSTILE}},
            "missions": {HOSTILE: {"2040": "active"}},
            "budgets": [],
        }
        html = render_timeline_html(timeline)
        assert "<script" not in html and HOSTILE in Page(html).plain


class TestRedlineFolding:
    """Long unchanged runs fold, keeping context either side."""

    def test_fold(self) -> None:
        """100 words either side of one change: 12 kept each side, the rest folded."""
        old, new = long_section_pair()
        html = render_diff_html(reportdiff.diff(old, new))
        page = Page(html)
        summaries = re.findall(r"… (\d+) unchanged words …", page.plain)
        # Before and after the change: inline, then in the old and the new side-by-side column.
        assert summaries == ["88", "88"] * 3
        assert len(page.all("details", **{"class": "fold"})) == 6
        # The words next to the change are shown; the far ones only in the fold.
        near = f"w{100 - CONTEXT_WORDS} "
        assert near in page.plain
        assert "<del>oud</del> <ins>nieuw</ins>" in html


class TestGracefulDegradation:
    """Kinds and fields newer than this renderer show as words and sources."""

    def test_unknown_kind_and_own_sources(self) -> None:
        """A kind it does not know is shown as words and counted on its own."""
        old, new = long_section_pair()
        odd = SimpleNamespace(
            entity=Entity.MISSION,
            kind=SimpleNamespace(value="contribution_reduced"),
            key="MINUSMA",
            old=None,
            new=None,
            fields=(),
            note="the page that would say is missing",
            old_source=Source(4, "8", "MINUSMA"),
            new_source=None,
        )
        d = ReportDiff(old, new, (odd,))  # type: ignore[arg-type]
        page = Page(render_diff_html(d, sources={"old": Path("/tmp/old.pdf")}))
        assert "contribution reduced" in page.plain
        assert page.all("span", data_kind="contribution_reduced", data_count="1")
        assert "file:///tmp/old.pdf#page=4" in {a.get("href") for a in page.all("a")}
        assert "the page that would say is missing" in page.plain


class TestReportPage:
    """``reportdiff show --format html``: the facts of one edition with their pages."""

    def test_report(self) -> None:
        """Every kind of fact has its table; pages link; budgets have charts."""
        r = load(LETTER_2021)
        html = render_report_html(r, label=LABELS["new"], source=LETTER_2021)
        page = Page(html)
        for anchor in ("partners", "organisations", "budgets", "missions", "agreements"):
            assert anchor in page.ids()
        assert {"references", "sections", "charts"} <= page.ids()
        assert f"{LETTER_2021.as_uri()}#page=4" in {a.get("href") for a in page.all("a")}
        assert len(svgs(html)) == 4
        assert "http://" not in html and "https://" not in html
        assert "partial" in page.plain and LABELS["new"] in page.plain


class TestTimelinePage:
    """``reportdiff timeline --format html``: the JSON view's dict as tables and charts."""

    def test_timeline(self) -> None:
        """Tables of partners, missions and budgets; a panel per currency and one for GDP."""
        html = render_timeline_html(TIMELINE)
        page = Page(html)
        assert {"partners", "missions", "budgets", "charts"} <= page.ids()
        charts = svgs(html)
        assert [c.findtext("title") for c in charts] == [
            "Defence budgets in EUR",
            "Defence budgets in GBP",
            "Defence budgets in USD",
            "Share of GDP",
        ]
        # US 2022 has no GDP share: three points on the GDP panel.
        assert len(list(charts[3].iter("rect"))) == 3
        assert "$768 bn" in page.plain and "€4.76 bn (1.1%)" in page.plain

    def test_empty(self) -> None:
        """No editions, no charts, no error."""
        html = render_timeline_html({"editions": [], "partners": {}, "missions": {}, "budgets": []})
        assert not svgs(html) and "None." in Page(html).plain


# --- in a real browser ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install playwright")
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page open in Chromium, with what its console said."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.messages: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.messages.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.messages.append(f"error: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def text(self, selector: str) -> str:
        return str(self.page.locator(selector).first.inner_text())


def _open(browser: Any, tmp_path: Path, html: str, name: str = "page.html") -> Opened:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return Opened(browser, path)


class TestInBrowser:
    """Headless Chromium opens the pages: no console message, no error, no load."""

    def test_diff(
        self, browser: Any, bundled: ReportDiff, bundled_html: str, tmp_path: Path
    ) -> None:
        """Sections, counts, links and charts in the DOM; a screenshot and a print."""
        o = _open(browser, tmp_path, bundled_html)
        page = o.page
        s = bundled.summary
        counts = (
            ("added", s.added),
            ("changed", s.changed),
            ("not_in_available_text", s.not_in_available_text),
        )
        for kind, n in counts:
            assert page.locator(f'#summary [data-kind="{kind}"]').get_attribute(
                "data-count"
            ) == str(n)
        assert page.locator("section[data-entity]").count() == 8
        assert page.locator('#partners tr[data-kind="added"]').count() == 2
        assert page.locator("a[href*='#page=']").count() > 20
        assert page.locator("svg.chart-svg").count() == 4
        assert page.locator("nav.toc").evaluate("e => getComputedStyle(e).position") == "sticky"
        shot = tmp_path / "diff.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        pdf = page.pdf(format="A4")
        assert pdf[:5] == b"%PDF-" and len(pdf) > 10_000
        assert o.messages == [] and o.dialogs == []
        assert all(u.startswith("file://") for u in o.requests), o.requests
        page.close()

    def test_toggle_and_fold(self, browser: Any, tmp_path: Path) -> None:
        """The side-by-side toggle and the folded words work without script."""
        old, new = long_section_pair()
        o = _open(browser, tmp_path, render_diff_html(reportdiff.diff(old, new)))
        page = o.page
        inline, sbs = page.locator(".view-inline").first, page.locator(".view-sbs").first
        assert inline.is_visible() and not sbs.is_visible()
        page.locator("label[for='view-sbs']").click()
        assert sbs.is_visible() and not inline.is_visible()
        page.locator("label[for='view-sbs']").click()
        assert "w30" not in inline.inner_text()
        page.locator(".view-inline details.fold summary").first.click()
        assert "w30" in inline.inner_text()
        page.emulate_media(media="print")
        assert not page.locator("nav.toc").is_visible()
        assert not page.locator("label[for='view-sbs']").is_visible()
        assert "w40" in inline.inner_text()  # folded words are printed
        assert o.messages == [] and o.dialogs == []
        page.close()

    def test_hostile(self, browser: Any, tmp_path: Path) -> None:
        """No script runs; the markup is on the page as text."""
        old, new = hostile_pair()
        html = render_diff_html(reportdiff.diff(old, new), labels={"old": HOSTILE})
        o = _open(browser, tmp_path, html)
        page = o.page
        assert page.locator("script").count() == 0 and page.locator("main img").count() == 0
        assert HOSTILE in page.locator("main").inner_text()
        assert HOSTILE in o.text(".redline")
        assert o.dialogs == [] and o.messages == []
        page.close()

    def test_report_and_timeline(self, browser: Any, tmp_path: Path) -> None:
        """The edition and timeline pages open cleanly."""
        r = load(LETTER_2021)
        for name, html in (
            ("report.html", render_report_html(r, label="bundled", source=LETTER_2021)),
            ("timeline.html", render_timeline_html(TIMELINE)),
        ):
            o = _open(browser, tmp_path, html, name)
            assert o.page.locator("svg.chart-svg").count() == 4
            shot = tmp_path / f"{name}.png"
            o.page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            assert o.messages == [] and o.dialogs == []
            o.page.close()
