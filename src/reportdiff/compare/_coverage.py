"""Could the text hold it?  A fact of one edition missing from the other is *removed* (or
*added*) only when the other edition's text could have stated it: the whole document was read,
or at least the structure the fact is read from was.  Otherwise it is "not in the available
text" (:attr:`ChangeKind.UNAVAILABLE`), which is no change at all.

- A partner: read from the introduction's enumeration and the partner chapter; unavailable
  when the enumeration was not found and the chapter was not found either, or the document is
  partial.
- A budget: read from its country's section; unavailable when the document is partial and that
  section is not there whole (missing, headless, or cut off by a missing page).
- An organisation, a mission, an agreement, a cited document, a section: anywhere in the text;
  unavailable when the document is partial.
"""

from __future__ import annotations

import re

from reportdiff.model import Amount, AmountKind, Report, Section, Unread
from reportdiff.vocab.countries import lookup_country

__all__ = [
    "available",
    "budget_available",
    "partner_available",
    "unread_amount",
    "unread_figure",
    "unread_in_currency",
    "unread_partner",
    "whole_section_countries",
]

PARTNER_ENUMERATION = "partner enumeration"
PARTNER_CHAPTER = "partner chapter"


def available(report: Report) -> bool:
    """Whether anything absent from *report* is truly absent: the document was read whole."""
    return not report.coverage.partial


def partner_available(report: Report) -> bool:
    missing = set(report.coverage.structures_missing)
    if PARTNER_ENUMERATION not in missing:
        return True
    return PARTNER_CHAPTER not in missing and not report.coverage.partial


def _countries(title: str) -> set[str]:
    whole = lookup_country(title)
    if whole:
        return {whole}
    parts = [p.strip() for p in re.split(r",|\s+en\s+|\s*&\s*", title) if p.strip()]
    codes = [lookup_country(re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", p)) for p in parts]
    return {c for c in codes if c}


def _label_number(label: str | None) -> int | None:
    return int(label) if label and label.isdigit() else None


def _gap_after(report: Report) -> set[int]:
    """Physical pages after which text is missing: the next page's label does not follow, or
    the document declares more pages than its last label."""
    labels = report.edition.pages.labels
    out: set[int] = set()
    for i, label in enumerate(labels, start=1):
        here = _label_number(label)
        if i < len(labels):
            after = _label_number(labels[i])
            if here is None or after is None or after != here + 1:
                out.add(i)
        else:
            total = report.edition.pages.declared_total
            if here is not None and total is not None and total > here:
                out.add(i)
    return out


def _last_page(section: Section) -> int:
    return max([section.source.page, *(page for _, page, _ in section.page_starts)])


def whole_section_countries(report: Report) -> set[str]:
    """The countries whose section this edition holds whole: its heading found, and its text
    not cut off by a missing page."""
    gaps = _gap_after(report) if report.coverage.partial else set()
    sections = report.sections
    out: set[str] = set()
    for i, section in enumerate(sections):
        if not section.heading_found:
            continue
        last = _last_page(section)
        nxt = sections[i + 1] if i + 1 < len(sections) else None
        ends_on_page = nxt is not None and nxt.source.page == last
        if last in gaps and not ends_on_page:
            continue
        out |= _countries(section.title)
    return out


def budget_available(report: Report, country: str) -> bool:
    """Whether *report*'s text could have given *country*'s budget."""
    return available(report) or country in whole_section_countries(report)


# The kinds an amount may have been given when it was the budget in words the parser does
# not read: unclassified, or taken for a contribution or an investment by a cue word that
# was about something else ("… CZK 187,2 mrd voor defensie beschikbaar", "… heeft Frankrijk
# de investeringen op peil gehouden").  A change, plan, target or fund is told by its own
# words and is never a budget.
_MAYBE_BUDGET = (AmountKind.OTHER, AmountKind.CONTRIBUTION, AmountKind.INVESTMENT)


def unread_amount(report: Report, country: str) -> Amount | None:
    """An amount *report* states for *country* that may be its budget unread: one the parser
    could not classify (a sentence it did not recognise as a budget, an ambiguous number, a
    currency not stated), or took for a contribution or an investment.  While there is one, a
    budget missing from *report* is not shown to be gone: the text may well give it in words
    the parser does not read."""
    return next(
        (a for a in report.amounts if a.country == country and a.kind in _MAYBE_BUDGET),
        None,
    )


def unread_figure(report: Report, country: str) -> Unread | None:
    """A sentence of *report* that names *country* beside a currency and a number, from which
    no amount was read for it (see :class:`~reportdiff.model.Unread`): as with an unread
    amount, a budget missing from *report* is then not shown to be gone."""
    return next((u for u in report.coverage.unread_figures if u.country == country), None)


def unread_in_currency(report: Report, currency: str) -> Amount | None:
    """An amount of *report* in *currency* that may be a budget unread (the kinds of
    :func:`unread_amount`), whatever country it was given to: the caller knows the currency
    is one country's."""
    return next(
        (a for a in report.amounts if a.money.currency == currency and a.kind in _MAYBE_BUDGET),
        None,
    )


def unread_partner(report: Report, country: str) -> Unread | None:
    """A sentence of *report* that names *country* beside a word for partners, or in its
    partner chapter, and gave no partner (see :class:`~reportdiff.model.Unread`): a
    partnership missing from *report* is then not shown to be gone."""
    return next((u for u in report.coverage.unread_partners if u.country == country), None)
