"""The domain model: one edition of the report as typed, checkable facts.

Every class is frozen, collections are tuples, money is :class:`~decimal.Decimal`, dates are
:class:`~datetime.date`, and closed sets are enums.  Every fact carries the :class:`Source` it
was read from.
"""

from __future__ import annotations

import enum
import re
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "MULTILATERAL",
    "Agreement",
    "AgreementEvent",
    "AgreementEventKind",
    "AgreementKind",
    "AgreementState",
    "AgreementStatus",
    "Amount",
    "AmountKind",
    "Budget",
    "ContributionStatus",
    "Coverage",
    "Edition",
    "Kamerstuk",
    "Layout",
    "MandateStatus",
    "Mission",
    "MissionStatus",
    "Money",
    "Organisation",
    "Pages",
    "Partner",
    "PartnerCategory",
    "Reference",
    "Report",
    "Section",
    "Source",
    "Unread",
    "title_words",
]

# Compiled with the module, not at the first sentence each process reads.
_BRACKETED = re.compile(r"\([^)]*\)")
_TITLE_WORD = re.compile(r"[a-zà-ÿ0-9]+")

# The parties of a treaty of many parties whose members the text does not list.
MULTILATERAL = "multilateral"

_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO4217 = re.compile(r"^[A-Z]{3}$")
_BUDGET_YEAR = re.compile(r"^\d{4}(?:/\d{4})?$")
_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")
# Words that do not tell one agreement from another in a key.
_TITLE_STOPWORDS = frozenset(
    {
        "de",
        "het",
        "een",
        "van",
        "en",
        "in",
        "op",
        "over",
        "inzake",
        "inz",  # "inz.", inzake abbreviated
        "mbt",  # "m.b.t." with its stops dropped (see title_words)
        "tussen",
        "ter",
        "voor",
        "met",
        "bij",
        "tot",
        "aan",
        "te",
        "der",
        "den",
        "of",
        "for",
        "the",
        "and",
        "on",
        "to",
        "letter",
        "intent",
        "memorandum",
        "understanding",
        "mou",
        "loi",
        "verdrag",
        "intentieverklaring",
        "status",
        "forces",
        "agreement",
        "policy",
        "direction",
        "overeenkomst",
        "koninkrijk",
        "nederlanden",
        "sofa",
        "declaration",
        "samenwerking",
        "gezamenlijke",
        "gebied",
    }
)


def _matches(pattern: re.Pattern[str], what: str) -> Any:
    def check(_inst: object, attr: attrs.Attribute[Any], value: str) -> None:
        if not pattern.match(value):
            raise ValueError(f"{attr.name}={value!r} is not {what}")

    return check


class Layout(enum.Enum):
    """The form the edition was read from."""

    LETTER = "letter"
    KAMERSTUK = "kamerstuk"


class PartnerCategory(enum.Enum):
    STRATEGIC = "strategic"
    OTHER = "other"


class MissionStatus(enum.Enum):
    ACTIVE = "active"
    STARTED = "started"
    EXTENDED = "extended"
    ENDED = "ended"


class AgreementKind(enum.Enum):
    LETTER_OF_INTENT = "letter_of_intent"
    DECLARATION_OF_INTENT = "declaration_of_intent"
    MOU = "mou"
    TREATY = "treaty"
    SOFA = "sofa"
    POLICY_DIRECTION = "policy_direction"
    OTHER = "other"


class AgreementStatus(enum.Enum):
    """What the edition's text says of an agreement this year (the contract's ``status``):
    a mix of state and event, kept for the contract; :class:`AgreementState` and
    :class:`AgreementEvent` say it precisely."""

    SIGNED = "signed"
    EXTENDED = "extended"
    IN_FORCE = "in_force"
    INTENDED = "intended"
    SUSPENDED = "suspended"
    ENDED = "ended"
    MENTIONED = "mentioned"


class AgreementState(enum.Enum):
    """The lasting state of an agreement, as of the edition.  "Mentioned" is not a state: an
    agreement the text only names has state None (unknown), and nothing changed."""

    PROPOSED = "proposed"  # intended, proposed or in negotiation
    SIGNED = "signed"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    ENDED = "ended"  # ended, expired or terminated for everyone
    WITHDRAWN = "withdrawn"  # the Netherlands (or the only counterpart) withdrew


class AgreementEventKind(enum.Enum):
    """Something that happened to an agreement in the edition's year."""

    SIGNED = "signed"
    EXTENDED = "extended"
    ENTERED_INTO_FORCE = "entered_into_force"
    SUSPENDED = "suspended"
    ENDED = "ended"
    PARTY_WITHDREW = "party_withdrew"


class AmountKind(enum.Enum):
    """What an amount in the text is.  Only ``BUDGET`` (a yearly defence budget, realised or
    current) becomes a :class:`Budget`; the others are kept as :class:`Amount` facts so that
    ``check`` can say what each amount was taken for."""

    BUDGET = "budget"
    PLAN = "plan"  # a plan, request or projection for a later year, a multi-year plan
    TARGET = "target"  # a target or norm (NATO's 2%), a growth path
    FUND = "fund"  # a special or one-off fund
    CHANGE = "change"  # a change or increase ("een stijging van 4,8 miljard")
    INVESTMENT = "investment"  # an investment or purchase
    CONTRIBUTION = "contribution"  # a contribution to a mission, fund or partner
    OTHER = "other"  # an amount whose role the sentence does not say


class MandateStatus(enum.Enum):
    """The mission's mandate, as the edition reports it."""

    STARTED = "started"
    EXTENDED = "extended"
    ENDED = "ended"


class ContributionStatus(enum.Enum):
    """The Dutch contribution to a mission, as the edition reports it."""

    STARTED = "started"
    REINFORCED = "reinforced"
    REDUCED = "reduced"
    ENDED = "ended"


@attrs.frozen
class Source:
    """Where a fact was read: the physical page (1-based), its printed label, the sentence."""

    page: int = attrs.field(validator=attrs.validators.ge(1))
    page_label: str | None
    text: str


@attrs.frozen
class Kamerstuk:
    """A parliamentary document id: dossier (with sub-dossier or budget chapter) and number."""

    dossier: str
    number: str


@attrs.frozen
class Pages:
    count: int
    labels: tuple[str | None, ...]
    declared_total: int | None


@attrs.frozen
class Edition:
    """Which edition this is, from its letterhead or masthead."""

    year: int
    title: str
    date: date | None
    reference: str | None
    kamerstuk: Kamerstuk | None
    layout: Layout
    pages: Pages
    addressee: str | None = None
    copy_to: str | None = None
    vergaderjaar: str | None = None
    parser: str = "generic"
    source_kind: str = "pdf"  # "pdf", or "text" for a saved text layer
    # Filled by the library when it loads a file (never by the parser): the file's sha256, and
    # where it came from as `reportdiff list` says it ("bundled: published text (partial: ...)",
    # "library: /path"), so that a diff can say what each side was read from.
    sha256: str | None = None
    label: str | None = None


@attrs.frozen
class Partner:
    code: str = attrs.field(validator=_matches(_ISO2, "an ISO 3166-1 alpha-2 code"))
    name: str
    category: PartnerCategory
    source: Source


@attrs.frozen
class Organisation:
    code: str
    name: str
    source: Source
    # False for one the vocabulary does not know, which the text introduces as an
    # organisation or initiative ("het Noordzee-initiatief (NZI)"); `check` lists them.
    known: bool = True
    # Every further sentence that names it (the first is `source`).
    mentions: tuple[Source, ...] = ()


@attrs.frozen
class Money:
    """An exact amount in units of an ISO 4217 currency."""

    amount: Decimal
    currency: str = attrs.field(validator=_matches(_ISO4217, "an ISO 4217 code"))


@attrs.frozen
class Budget:
    """A country's defence budget for a calendar year ("2021") or fiscal year ("2021/2022")."""

    country: str = attrs.field(validator=_matches(_ISO2, "an ISO 3166-1 alpha-2 code"))
    year: str = attrs.field(validator=_matches(_BUDGET_YEAR, "a year or fiscal year"))
    money: Money
    gdp_percent: Decimal | None
    source: Source
    # "circa", "ruim", "bijna", "ongeveer": the text gives the figure as an approximation.
    approximate: bool = False
    # Where the figure was read: "text", "table" (an annex table) or "footnote".
    found_in: str = "text"


@attrs.frozen
class Amount:
    """An amount of money the text states that is not (or not only) a yearly budget: a plan,
    a target, a fund, a change, an investment, a contribution.  Budgets are kept here too, with
    kind ``BUDGET``, so that every amount read has one record of what it was taken for."""

    kind: AmountKind
    money: Money
    country: str | None
    year: str | None
    source: Source
    approximate: bool = False
    # Why it is not a budget, in words ("a change: 'een stijging van'"), or None.
    reason: str | None = None


@attrs.frozen
class Mission:
    """A mission or operation.  ``status`` is the contract's summary; ``mandate`` and
    ``contribution`` keep apart what happened to the mission's mandate and what happened to
    the Dutch contribution ("uitgebreid met een C-130-detachement" reinforces the contribution,
    it does not extend the mandate)."""

    name: str
    organisation: str | None
    location: str | None
    status: MissionStatus
    source: Source
    mandate: MandateStatus | None = None
    contribution: ContributionStatus | None = None
    # What the text says was added or withdrawn ("een C-130-detachement"), when it says it.
    contribution_detail: str | None = None
    # False for a mission the vocabulary does not know that the text introduces as one
    # ("operatie Noordlicht"); `check` lists them.
    known: bool = True
    # Other names the text used for it ("de VN-missie in Mali" for MINUSMA).
    aliases: tuple[str, ...] = ()
    mentions: tuple[Source, ...] = ()


@attrs.frozen
class AgreementEvent:
    """One event of an agreement in the edition's year, with its date where the text gives
    one ("2021-06") and the party it concerns ("RU" withdrew)."""

    kind: AgreementEventKind
    date: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_matches(_MONTH, "YYYY or YYYY-MM"))
    )
    party: str | None = None

    def __str__(self) -> str:
        """ "extended (2021)", "RU withdrew (2021-12)"."""
        when = f" ({self.date})" if self.date else ""
        if self.kind is AgreementEventKind.PARTY_WITHDREW:
            return f"{self.party or 'a party'} withdrew{when}"
        return f"{self.kind.value.replace('_', ' ')}{when}"


@attrs.frozen
class Agreement:
    kind: AgreementKind
    title: str
    parties: tuple[str, ...]
    date: str | None = attrs.field(
        validator=attrs.validators.optional(_matches(_MONTH, "YYYY or YYYY-MM"))
    )
    status: AgreementStatus
    source: Source
    state: AgreementState | None = None
    events: tuple[AgreementEvent, ...] = ()
    # A treaty or arrangement of many parties (Open Skies): `parties` then holds the
    # organisation or "multilateral", never the country whose action a sentence reports.
    multilateral: bool = False
    mentions: tuple[Source, ...] = ()

    @property
    def counterpart(self) -> str:
        """Who the agreement is with: the other parties (order does not matter), or
        "multilateral" for a treaty of many parties, whatever its members this year."""
        if self.multilateral:
            return MULTILATERAL
        others = sorted({p for p in self.parties if p != "NL"})
        return "+".join(others) if others else "NL"

    @property
    def key(self) -> str:
        """A stable key: kind, counterpart, and the first significant words of the title."""
        return f"{self.kind.value}|{self.counterpart}|{' '.join(title_words(self.title)[:4])}"


def title_words(title: str) -> list[str]:
    """The words of an agreement's title that tell it from another of the same kind: lower
    case, without the kind's own words, abbreviations in brackets, the countries it names (its
    parties, in any order), or stop words."""
    from reportdiff.vocab.countries import find_countries

    for start, end, _ in reversed(find_countries(title)):
        title = title[:start] + " " + title[end:]
    title = _BRACKETED.sub(" ", title.lower()).replace("m.b.t.", "mbt")
    return [w for w in _TITLE_WORD.findall(title) if w not in _TITLE_STOPWORDS]


@attrs.frozen
class Reference:
    """A cited parliamentary document, "Kamerstuk 29521, nr. 420" → 29521/420."""

    dossier: str
    number: str
    source: Source

    @property
    def key(self) -> str:
        return f"{self.dossier}/{self.number}"


@attrs.frozen
class Section:
    """A heading and the text under it.  ``heading_found`` is False for a title the parser
    supplied (the untitled opening, or a fragment page whose heading is on a missing page)."""

    title: str
    level: int
    text: str
    source: Source
    heading_found: bool = True
    # (character offset in `text`, physical page, page label) where the text moves to a page
    page_starts: tuple[tuple[int, int, str | None], ...] = ()

    def page_at(self, offset: int) -> tuple[int, str | None]:
        """The physical page and label of the character at *offset* of the text."""
        page, label = self.source.page, self.source.page_label
        for start, number, lbl in self.page_starts:
            if offset >= start:
                page, label = number, lbl
        return page, label


@attrs.frozen
class Unread:
    """A sentence that may state a fact of a country that was not read from it: in
    ``Coverage.unread_figures``, one that names the country beside a currency and a number
    and gave no amount for it (its budget may be there, in a form the parser does not read: a
    table row whose figure stands apart from its currency); in ``Coverage.unread_partners``,
    one that names the country beside a word for partners, refuses it nothing, and gave no
    partner (its partnership may be there, in words the parser does not read)."""

    country: str
    source: Source


@attrs.frozen
class Coverage:
    """What of the edition could be read, so that the diff can tell "not in the available
    text" from "removed".  ``missing_labels`` are printed page labels that the document skips
    (page 2 of a letter that holds pages 1, 3 and 4); ``headless_sections`` are sections whose
    heading is on a missing page; ``structures_missing`` names what the parser looked for and
    did not find ("partner chapter", "partner enumeration"); ``unread_figures`` and
    ``unread_partners`` are the sentences that may state a country's budget or its
    partnership unread (see :class:`Unread`)."""

    partial: bool = False
    missing_labels: tuple[str, ...] = ()
    headless_sections: tuple[str, ...] = ()
    structures_missing: tuple[str, ...] = ()
    unread_figures: tuple[Unread, ...] = ()
    unread_partners: tuple[Unread, ...] = ()


@attrs.frozen
class Report:
    """One parsed edition."""

    edition: Edition
    partners: tuple[Partner, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    budgets: tuple[Budget, ...] = ()
    missions: tuple[Mission, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    references: tuple[Reference, ...] = ()
    sections: tuple[Section, ...] = ()
    warnings: tuple[str, ...] = ()
    amounts: tuple[Amount, ...] = ()
    coverage: Coverage = Coverage()
