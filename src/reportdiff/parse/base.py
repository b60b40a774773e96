"""The generic parser: a Document → a Report.  Per-year parsers subclass it (see ``editions``).

Each step is a method so that an edition that does one thing differently overrides only that
step, in the manner of httpx's ``BaseTransport``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import ClassVar

from reportdiff.errors import NotAnEditionError
from reportdiff.extract import PAGE_LABEL_SLACK, BlockKind, Document, Layout as DocLayout
from reportdiff.model import (
    Coverage,
    Edition,
    Kamerstuk,
    Layout,
    Pages,
    Partner,
    Reference,
    Report,
    Section,
    Source,
    Unread,
)
from reportdiff.vocab.countries import defined_abbreviations, edition_abbreviations
from reportdiff.vocab.currencies import CURRENCY_CODES
from reportdiff.vocab.editions import REPORT_DOSSIER, SUBJECT, TITLE
from reportdiff.vocab.headings import RELATED_HEADINGS
from reportdiff.vocab.organisations import lookup_organisation

from .agreements import find_agreements
from .budgets import find_amounts, find_unread_figures
from .context import Group, SectionContext, Sentence, build_sections
from .missions import find_all_missions
from .organisations import find_organisations_covered
from .partners import find_partners, find_unread_partners
from .references import find_references

__all__ = ["TITLE", "EditionParser", "identify_year"]


# The blocks of a document's opening that hold its title; and, further on, where the print's
# dossier line set as text, or a covering note naming the report, may stand when no masthead
# was measured (read only when nothing else tells the year: the introduction may cite last
# year's edition by its title).
_TITLE_BLOCKS = 6
_OPENING_BLOCKS = 10
# The print's dossier line: "33 279 Internationale militaire samenwerking".
# (It may be run together with the masthead's other lines: "Vergaderjaar 2141–2142 33 279
# Internationale militaire samenwerking Nr. 1300 …".)
_DOSSIER_LINE = re.compile(
    r"(?:^|(?<=\s))33\s?279\s+Internationale\s+(?:militaire\s+samenwerking|defensiesamenwerking)\b",
    re.IGNORECASE,
)


# A letter's subject label set on a line of its own, its value on the line below: "Betreft"
# over "Rapportage internationale defensiesamenwerking 2042" (a letterhead's fields stacked
# in the body, where no sidebar was measured).
_SUBJECT_LABEL = re.compile(r"(?:betreft|onderwerp|subject)\s*:?", re.IGNORECASE)


def _labelled_subject(doc: Document) -> str | None:
    """The text under a subject label among the opening blocks, when there is one."""
    opening = doc.blocks[: _OPENING_BLOCKS + 1]
    for label, value in itertools.pairwise(opening):
        if _SUBJECT_LABEL.fullmatch(label.text.strip()):
            return value.text
    return None


def _title_match(doc: Document, blocks: int = _TITLE_BLOCKS) -> re.Match[str] | None:
    opening = doc.blocks[: blocks + 1]
    candidates = [doc.metadata.subject or "", _labelled_subject(doc) or ""]
    for i, block in enumerate(opening[:blocks]):
        if i + 1 < len(opening) and block.kind is opening[i + 1].kind is BlockKind.HEADING:
            # A title in large type wrapped onto two lines, each read as a heading of its
            # own ("Rapportage internationale militaire" over "samenwerking 2041"; the year
            # alone under the title).  Joined, the match is the one line's, with the year.
            candidates.append(f"{block.text} {opening[i + 1].text}")
        candidates.append(block.text)
    for text in candidates:
        m = TITLE.search(text)
        if m:
            return m
    return None


def identify_year(doc: Document) -> int | None:
    """The year an edition covers: from its title, else its vergaderjaar, else its date."""
    m = _title_match(doc)
    if m and m.group("year"):
        return int(m.group("year"))
    meta = doc.metadata
    if meta.vergaderjaar:
        return int(meta.vergaderjaar[:4])
    if meta.date is not None:
        # A yearly report sent in the first quarter covers the year before.
        return meta.date.year - 1 if meta.date.month <= 3 else meta.date.year
    m = _title_match(doc, _OPENING_BLOCKS)
    if m and m.group("year"):
        return int(m.group("year"))
    return None


def _itself(reference: Reference, year: int, own: Kamerstuk | None = None) -> bool:
    """Whether *reference* is the edition itself, not a document it cites: its own number
    (*own*, read from its masthead: "kst-33279-1440" set as a heading on every page), or the
    report's own dossier in a sentence that names this edition by its title and year
    ("Rapportage internationale militaire samenwerking 1941 · kst-33279-1460", a review's
    note of the print it reviews).  Last year's edition, cited by its title, has another
    year."""
    if reference.dossier != REPORT_DOSSIER:
        return False
    if own is not None and (own.dossier, own.number) == (reference.dossier, reference.number):
        return True
    return any(
        m.group("year") and int(m.group("year")) == year
        for m in TITLE.finditer(reference.source.text)
    )


class EditionParser:
    """Parses any edition; subclasses override what one year does differently."""

    name: ClassVar[str] = "generic"
    years: ClassVar[tuple[int, ...]] = ()
    # How the title words the subject that year ("militaire samenwerking" until 2020).
    title_wording: ClassVar[str | None] = None

    def check_identity(self, doc: Document, force: bool) -> None:
        """Refuse a document that is not an edition of the report, unless *force*."""
        if force or _title_match(doc) or doc.metadata.dossier == REPORT_DOSSIER:
            return
        if doc.metadata.subject and SUBJECT.search(doc.metadata.subject):
            return  # a letter whose subject names the topic and a year
        if any(_DOSSIER_LINE.search(b.text) for b in doc.blocks[:_OPENING_BLOCKS]):
            return  # the print's dossier line, in a colophon read as text
        found = (
            doc.metadata.subject
            or doc.metadata.dossier_title
            or next((b.text[:60] for b in doc.blocks), "no body text")
        )
        raise NotAnEditionError(
            f"{doc.name} is not an edition of the Rapportage internationale "
            f"defensiesamenwerking: it reads as “{found}”; use --force to parse it anyway"
        )

    def edition(self, doc: Document, year: int, warnings: list[str]) -> Edition:
        meta = doc.metadata
        m = _title_match(doc)
        if m and m.group("year"):
            title = m.group("title")
        elif meta.subject:
            title = meta.subject
        elif meta.dossier_title:
            title = f"{meta.dossier_title} {year}"
        elif (late := _title_match(doc, _OPENING_BLOCKS)) and late.group("year") == str(year):
            title = late.group("title")  # a covering note's "… de Rapportage … 2041"
        else:
            title = f"Rapportage internationale defensiesamenwerking {year}"
        if m and self.title_wording and m.group("wording") != self.title_wording:
            warnings.append(
                f"the title says “{m.group('wording')}”; {self.name} editions say "
                f"“{self.title_wording}”"
            )
        layout = Layout.KAMERSTUK if meta.layout is DocLayout.KAMERSTUK else Layout.LETTER
        kamerstuk = Kamerstuk(meta.dossier, meta.number) if meta.dossier and meta.number else None
        pages = Pages(
            count=len(doc.pages),
            labels=tuple(p.label for p in doc.pages),
            declared_total=max(
                (p.declared_total for p in doc.pages if p.declared_total), default=None
            ),
        )
        return Edition(
            year=year,
            title=title,
            date=meta.date,
            reference=meta.reference,
            kamerstuk=kamerstuk,
            layout=layout,
            pages=pages,
            addressee=meta.addressee,
            copy_to=meta.copy_to,
            vergaderjaar=meta.vergaderjaar,
            parser=self.name,
            source_kind=doc.kind,
        )

    def sections(self, doc: Document, warnings: list[str]) -> list[SectionContext]:
        return build_sections(doc, warnings)

    def section_models(self, sections: list[SectionContext], doc: Document) -> list[Section]:
        labels = {p.number: p.label for p in doc.pages}
        out = []
        for s in sections:
            first = s.heading_block or (s.blocks[0] if s.blocks else None)
            if first is None:
                continue
            starts: list[tuple[int, int, str | None]] = []
            offset = 0
            current = first.page
            for block in s.blocks:
                for at, page in ((0, block.page), *block.page_starts):
                    if page != current:
                        starts.append((offset + at, page, labels.get(page)))
                        current = page
                offset += len(block.text) + 2  # the blank line between paragraphs
            out.append(
                Section(
                    title=s.title,
                    level=s.level,
                    text=s.text,
                    source=Source(first.page, first.page_label, first.text[:200]),
                    heading_found=s.heading_found,
                    page_starts=tuple(starts),
                )
            )
        return out

    def parse(
        self, doc: Document, year: int, *, force: bool = False, warnings: list[str] | None = None
    ) -> Report:
        self.check_identity(doc, force)
        # The country abbreviations the edition defines ("België (BE)") are countries in all
        # of it, and in no other edition.
        with edition_abbreviations(self.abbreviations(doc)):
            return self._parse(doc, year, warnings)

    def abbreviations(self, doc: Document) -> dict[str, str]:
        """The country abbreviations *doc* defines, less those that name a currency or an
        organisation."""
        defined = defined_abbreviations(" ".join(b.text for b in doc.blocks))
        return {
            a: c
            for a, c in defined.items()
            if a not in CURRENCY_CODES and lookup_organisation(a) is None
        }

    def _parse(self, doc: Document, year: int, warnings: list[str] | None) -> Report:
        notes = list(warnings or [])
        notes.extend(doc.warnings)
        edition = self.edition(doc, year, notes)
        sections = self.sections(doc, notes)
        sentences_total = sum(len(s.sentences) for s in sections)
        if sentences_total == 0:
            notes.append("no body text was found: every fact list is empty")
        budgets, amounts = find_amounts(sections, year, notes)
        partners = find_partners(sections)
        return Report(
            edition=edition,
            partners=tuple(partners),
            organisations=tuple(find_organisations_covered(sections)),
            budgets=tuple(budgets),
            amounts=tuple(amounts),
            missions=tuple(find_all_missions(sections, year)),
            agreements=tuple(find_agreements(sections)),
            references=tuple(
                r
                for r in find_references(_with_headings(sections))
                if not _itself(r, year, edition.kamerstuk)
            ),
            sections=tuple(self.section_models(sections, doc)),
            warnings=tuple(dict.fromkeys(notes)),
            coverage=self.coverage(
                doc,
                sections,
                partners,
                find_unread_figures(sections, amounts),
                find_unread_partners(sections, partners),
            ),
        )

    def coverage(
        self,
        doc: Document,
        sections: list[SectionContext],
        partners: list[Partner],
        unread: Sequence[Unread] = (),
        unread_partners: Sequence[Unread] = (),
    ) -> Coverage:
        """What of the edition could be read: the printed page labels the document skips, the
        sections whose heading is on a missing page, the structures partners are read from
        when they were not found, and the figures beside a country no amount was read from (so
        that a diff can tell "not in the available text" or "not read" from "removed")."""
        labels = [p.label for p in doc.pages]
        numbers = {int(label) for label in labels if label and label.isdigit()}
        declared = max((p.declared_total for p in doc.pages if p.declared_total), default=None)
        top = max([declared or 0, *numbers], default=0)
        # Labels are numbers read from the document: look for gaps no further than a little
        # past the pages present.
        cap = min(top, len(doc.pages) + PAGE_LABEL_SLACK)
        missing = tuple(str(n) for n in range(1, cap + 1) if numbers and n not in numbers)
        short = declared is not None and len(doc.pages) < declared
        # The page the text opens on: the first, unless a cover sheet before it was set aside.
        first_page = doc.blocks[0].page if doc.blocks else 1
        headless = tuple(
            s.title
            for i, s in enumerate(sections)
            if not s.heading_found
            and s.blocks
            and not (i == 0 and s.blocks[0].page == first_page)  # the untitled opening
        )
        structures = []
        headings = {s.heading_block.text for s in sections if s.heading_block is not None}
        if not any(p.source.text not in headings for p in partners):
            # No partner was read from a sentence: the introduction's enumeration is not here.
            structures.append("partner enumeration")
        if not any(s.heading_found and s.group in (Group.STRATEGIC, Group.OTHER) for s in sections):
            structures.append("partner chapter")
        return Coverage(
            partial=bool(missing)
            or short
            or bool(headless)
            or any(p.side_text_unread for p in doc.pages),
            missing_labels=missing,
            headless_sections=headless,
            structures_missing=tuple(structures),
            unread_figures=tuple(unread),
            unread_partners=tuple(unread_partners),
        )


_RELATED = re.compile(r"^\W*(?:" + "|".join(RELATED_HEADINGS) + r")\W*$", re.IGNORECASE)


def _with_headings(sections: Sequence[SectionContext]) -> list[Sentence]:
    """Every sentence, each section's heading before its own: a citation set as a heading
    (a list of consulted papers, each on a line in bold, read as headings) is cited too.  Not
    a web page's list of related papers printed with it ("Gerelateerde documenten"): the site
    relates them, the letter does not cite them."""
    out: list[Sentence] = []
    for i, section in enumerate(sections):
        if section.heading_found and _RELATED.match(section.title):
            continue
        block = section.heading_block
        if section.heading_found and block is not None:
            out.append(Sentence(section.title, block.page, block.page_label, i))
        out.extend(section.sentences)
        # (an English sentence cites papers as a Dutch one does: "[Dutch parliamentary paper
        # 29521, item 722]")
        out.extend(section.english)
    return out
