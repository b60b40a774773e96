"""A parse-health report (``reportdiff check``), to catch parser drift on a new edition.

It counts facts per kind and per section, lists headings the parser does not know, and lists
*misses*: sentences that hold an amount, a percentage, a mission-like acronym or a citation
but gave no fact and no known reason for giving none.  Exit 0 when healthy, 1 when misses or
unknown headings pass the thresholds, 2 on trouble.
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from reportdiff.model import AmountKind, Report
from reportdiff.parse.budgets import explain_amounts
from reportdiff.parse.context import heading_countries, split_heading_number
from reportdiff.parse.references import parse_citations
from reportdiff.parse.sentences import split_sentences
from reportdiff.vocab.headings import GROUP_HEADINGS, OPENING_TITLE
from reportdiff.vocab.missions import HOSTED, MISSIONS
from reportdiff.vocab.organisations import lookup_organisation

__all__ = ["AmountRead", "Health", "Miss", "Unknown", "health"]

# Acronyms shaped like mission names: UN missions (UNxxx, MINUxxx), EU ones (EUxxx) and the
# "...FOR" forces.
_MISSION_LIKE = re.compile(r"\b(?:UN[A-Z]{3,}|MINU[A-Z]{2,}|EU[A-Z]{3,}|[A-Z]{1,4}FOR)\b")
_CITATION_LIKE = re.compile(r"\bKamerstuk(?:ken)?\b|\bHandelingen\b|\bkst-\d")
_PERCENT_REASON = re.compile(r"BBP|bbp|GDP|groeipad|doelstelling|norm|procent van", re.IGNORECASE)


@attrs.frozen
class Miss:
    page: int
    page_label: str | None
    section: str
    reason: str
    sentence: str


@attrs.frozen
class Unknown:
    """An organisation or mission the vocabulary does not know, read because the text
    introduces it: a reviewer confirms it or adds it to the vocabulary."""

    kind: str  # "organisation" or "mission"
    code: str
    name: str
    page: int
    sentence: str


@attrs.frozen
class AmountRead:
    """An amount and what it was taken for."""

    kind: str  # an AmountKind value
    amount: str
    currency: str
    country: str | None
    year: str | None
    reason: str | None
    page: int
    sentence: str


@attrs.frozen
class Health:
    facts: dict[str, int]
    per_section: dict[str, int]
    unknown_headings: tuple[str, ...]
    misses: tuple[Miss, ...]
    warnings: tuple[str, ...]
    unknown_entities: tuple[Unknown, ...] = ()
    amounts_by_kind: dict[str, int] = attrs.field(factory=dict)
    amounts: tuple[AmountRead, ...] = ()

    def healthy(self, max_misses: int = 0, max_unknown_headings: int = 0) -> bool:
        return len(self.misses) <= max_misses and len(self.unknown_headings) <= max_unknown_headings


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset in *text*, sentence) for every paragraph of a section's text."""
    out = []
    offset = 0
    for paragraph in text.split("\n\n"):
        out += [(offset + at, sentence) for at, sentence in split_sentences(paragraph)]
        offset += len(paragraph) + 2
    return out


def _known_heading(title: str) -> bool:
    title = split_heading_number(title)[0]
    return (
        title in GROUP_HEADINGS
        or title == OPENING_TITLE
        or bool(heading_countries(title))
        or lookup_organisation(title) is not None
    )


def health(report: Report) -> Health:
    """How well *report* was parsed."""
    facts = {
        "partners": len(report.partners),
        "organisations": len(report.organisations),
        "budgets": len(report.budgets),
        "missions": len(report.missions),
        "agreements": len(report.agreements),
        "references": len(report.references),
        "sections": len(report.sections),
    }
    sources: Counter[str] = Counter()
    for group in (
        report.partners,
        report.organisations,
        report.budgets,
        report.missions,
        report.agreements,
        report.references,
    ):
        for fact in group:
            sources[fact.source.text] += 1
    budget_sentences = {b.source.text for b in report.budgets}
    # Words of every mission name, found or known: "EUFOR" is explained by "EUFOR Althea".
    mission_words = {w for m in report.missions for w in m.name.split()}
    mission_words |= {w for m in MISSIONS for w in m.name.split()} | set(HOSTED)
    references = {r.key for r in report.references}
    # Sentences that name a country beside a currency and a figure no amount was read from.
    unread: dict[str, list[str]] = {}
    for u in report.coverage.unread_figures:
        unread.setdefault(u.source.text, []).append(u.country)
    # … and beside a word for partners, giving no partner.
    unread_partners: dict[str, list[str]] = {}
    for u in report.coverage.unread_partners:
        unread_partners.setdefault(u.source.text, []).append(u.country)

    per_section: dict[str, int] = {}
    misses: list[Miss] = []
    for section in report.sections:
        count = 0
        for offset, sentence in _sentences(section.text):
            count += sources.get(sentence, 0)
            reasons = []
            if _CITATION_LIKE.search(sentence):
                cited = {f"{d}/{n}" for d, n in parse_citations(sentence)}
                if not cited or not cited <= references:
                    reasons.append("a citation that gave no reference")
            if sentence in unread:
                reasons.append(
                    "a figure beside a currency that gave no amount for "
                    + ", ".join(unread[sentence])
                )
            if sentence in unread_partners:
                reasons.append(
                    "a word for partners beside a country that gave no partner: "
                    + ", ".join(unread_partners[sentence])
                )
            if sentence not in budget_sentences:
                unexplained = explain_amounts(sentence)
                if unexplained:
                    reasons.append(f"an amount that gave no budget ({unexplained[0]})")
                if re.search(r"\d\s?%", sentence) and not _PERCENT_REASON.search(sentence):
                    reasons.append("a percentage that gave no fact")
            for acronym in _MISSION_LIKE.findall(sentence):
                if acronym not in mission_words:
                    reasons.append(f"a mission-like name that gave no mission ({acronym})")
                    break
            if reasons:
                page, label = section.page_at(offset)
                misses.append(Miss(page, label, section.title, "; ".join(reasons), sentence))
        per_section[section.title] = count
    unknown = tuple(
        s.title for s in report.sections if s.heading_found and not _known_heading(s.title)
    )
    unknown_entities = [
        Unknown("organisation", o.code, o.name, o.source.page, o.source.text)
        for o in report.organisations
        if not o.known
    ]
    unknown_entities += [
        Unknown("mission", m.name, m.name, m.source.page, m.source.text)
        for m in report.missions
        if not m.known
    ]
    by_kind = Counter(a.kind.value for a in report.amounts)
    amounts = tuple(
        AmountRead(
            a.kind.value,
            format(a.money.amount, "f"),
            a.money.currency,
            a.country,
            a.year,
            a.reason,
            a.source.page,
            a.source.text,
        )
        for a in report.amounts
    )
    return Health(
        facts,
        per_section,
        unknown,
        tuple(misses),
        report.warnings,
        tuple(unknown_entities),
        {k.value: by_kind[k.value] for k in AmountKind if by_kind[k.value]},
        amounts,
    )
