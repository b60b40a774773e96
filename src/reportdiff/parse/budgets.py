"""Amounts of money, each with what it is; the yearly defence budgets among them.

``numbers.find_money`` reads the amounts; this module says what each one is, in this order:

1. **Ambiguous** ("4,755 miljoen": Dutch 4.755 or English 4755) or one end of a range: an
   ``OTHER`` amount with the reason, never a budget.
2. **What the words around it say**, in a short window before and after the amount that stops
   at the neighbouring amounts and at clause boundaries (";", a new sentence glued on): a
   change ("een stijging van", "meer dan"), a contribution ("droeg ... bij aan", "beschikbaar
   voor"), a fund ("een speciaal fonds van"), an investment, a target or norm, a plan or
   projection ("voorzien", "meerjarenplan", "voor de periode 2043–2046").  The cue words are
   data in ``vocab.amounts``.
3. **Its year**: the year nearest before it, else the first after it, else the edition's.  A
   budget for a later year than the edition's is a plan.
4. **A budget** when the sentence names a defence budget or spending on defence
   (``vocab.amounts.BUDGET_MENTIONS``) and the amount belongs to a country other than the
   Netherlands: the country named nearest before it (not inside the amount: "Noorse kronen"),
   else the first after it, else the section's.  Anything else is ``OTHER``, with why.

A currency word that names several currencies ("88 500 miljoen kronen": Norwegian, Swedish,
Danish, … crowns) is settled first: the amount is in the currency of the one country the
sentence is about (the section's, when the sentence names none) if that country's currency is
one the word may name (``vocab.currencies.CURRENCY_CANDIDATES``).  Otherwise the currency is
not guessed: the amount is ``OTHER`` with the reason "currency not stated", never a budget.

Annex tables are read first, row by row (``tables``); the amounts of a row are not read again
as prose.

Everything per sentence is computed once (amounts, years, countries, percentages, clause
boundaries, cue matches) and looked up by position, so a sentence is read in linear time
however many amounts it holds; a sentence longer than ``MAX_SENTENCE_CHARS`` or with more than
``MAX_AMOUNTS`` amounts is read up to the cap, with a warning.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

import attrs

from reportdiff.dates import UNTIL
from reportdiff.model import Amount, AmountKind, Budget, Money, Source, Unread
from reportdiff.vocab import amounts as cues, vocabulary
from reportdiff.vocab.countries import NETHERLANDS, find_countries
from reportdiff.vocab.currencies import COUNTRY_CURRENCY

from .context import OTHER_SOURCE, SectionContext, Sentence
from .numbers import (
    MoneyMatch,
    find_money,
    find_percentages,
    find_years,
    full_year,
    money_figures,
    parse_number,
    pays_in,
)
from .partners import NO_PARTNER
from .sentences import BULLETS
from .tables import (
    captioned,
    header_paragraph,
    kept_header,
    looks_like_header,
    may_hold_rows,
    table_rows,
)

__all__ = [
    "MAX_AMOUNTS",
    "MAX_SENTENCE_CHARS",
    "ReadAmount",
    "amounts_in_sentence",
    "budgets_in_sentence",
    "explain_amounts",
    "find_amounts",
    "find_budgets",
    "find_unread_figures",
]

MAX_SENTENCE_CHARS = 20_000
MAX_AMOUNTS = 400
# How far the cue window reaches either side of an amount, in characters.
_WINDOW_BEFORE = 70
_WINDOW_AFTER = 50
# How far after its amount a share of GDP may be written (in characters): bound to a GDP word
# anywhere within _GDP_REACH, or by any GDP word between the two within _GDP_CLOSE.
_GDP_REACH = 120
_GDP_CLOSE = 40

# Why an amount in "kronen" or "franken" whose country the context does not settle is no budget.
_NOT_STATED = "currency not stated"

# Where a clause ends: a semicolon, or a sentence glued on ("mln. Het ...", "uitgaven.1 Het").
# Where a clause ends: a semicolon, a full stop before a new sentence, or a bullet (a fact
# sheet's items run on in one sentence: "• Defensiebudget 2051: … • Meerjarenplan …").
_CLAUSE = re.compile(r";|[.!?]\d{0,2}\s+(?=[A-Z])|\s(?=[" + BULLETS + r"]\s)")


def _either(words: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)


@vocabulary
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    return {
        "mention": _either(cues.BUDGET_MENTIONS),
        "change_before": _either(cues.CHANGE_BEFORE),
        "change_after": re.compile(
            r"^\W{0,3}(?:" + "|".join(cues.CHANGE_AFTER) + ")", re.IGNORECASE
        ),
        "contribution": _either(cues.CONTRIBUTION),
        "fund": _either(cues.FUND),
        "investment": _either(cues.INVESTMENT),
        "target": _either(cues.TARGET),
        "aim": _either(cues.AIM),
        "plan": _either(cues.PLAN),
        "governed": re.compile(
            r"(?:" + "|".join(cues.BUDGET_NOUNS) + r")" + cues.APPOSITION, re.IGNORECASE
        ),
        # "3% bbp", "1,6% van het bbp", "3,54% van het Belgische bruto binnenlands product"
        "gdp": re.compile(
            r"^\W{0,3}(?:(?:van|v\.|in)\s*(?:het\s+)?(?:[A-Z][a-zà-ÿ]+(?:se|sche)\s+)?)?"
            r"(?:" + cues.GDP_WORDS + ")"
        ),
        "gdp_between": re.compile(r"(?:" + cues.GDP_WORDS + r")(?:[-\s]?aandeel)?"),
        # A GDP word that names the percentage right after it: a few words, no figure and
        # no clause boundary between them.
        "gdp_before": re.compile(
            r"(?:" + cues.GDP_WORDS + r")(?:[-\s]?(?:aandeel|percentage))?"
            # an English gloss in brackets: "bbp-aandeel (GDP-share): 1,56%"
            r"(?:\s*\([^()\d;]{1,25}\))?"
            r"(?:[^\d;.!?()]{0,25}"
            # a key figure's label: "Bbp-aandeel defensie 2145/46: "
            r"|\s+(?:van\s+)?defensie\s+(?:19|20|21)\d{2}(?:[/–-]\d{2,4})?\s*:\s*)$"
        ),
    }


# The currencies in which figures of any country are given (NATO's tables are in dollars,
# the EU's in euros): an amount in them can be any country's budget.
_CONVERTED = frozenset({"EUR", "USD"})

_BULLET_ITEM = re.compile(r"\s[" + BULLETS + r"]\s")
# Between two amounts: the second is the first converted ("GBP 62,6 mld (≈ € 73,2 mld)",
# "NOK 94,2 mrd. [± € 8,1 mld]", "NOK 90 mld (ca. € 7,9 mld)").
_CONVERTED_AFTER = re.compile(
    # perhaps after the currency's name in brackets: "46,6 miljard kroner (Deense kronen)
    # [indicatief € 6,2 miljard]", or after the verb that ends the clause: "AUD 59,9 miljard
    # uitgetrokken (omgerekend circa € 36,5 mld.)"
    # (then the brackets must say so)
    r"\s*(?:(?:\([^()\d]{1,40}\)\s*)?[(\[]\s*"
    r"(?:(?:≈|±|~|ca\.?|circa|ongeveer|omgerekend|indicatief|ofwel|of|grofweg)\s*)*"
    r"|(?:[^\W\d]+\s+){1,3}[(\[]\s*(?:≈|±|~|omgerekend|indicatief)\s*"
    r"(?:(?:ca\.?|circa|ongeveer|grofweg)\s*)?)",
    re.IGNORECASE,
)
# Right before an amount, in brackets: it is another figure converted ("[indicatief € 6,2
# miljard]", "(≈ € 73,2 mld)", "(omgerekend grofweg € 88 miljoen)").
_CONVERSION_BEFORE = re.compile(
    r"[(\[]\s*(?:≈|±|~|indicatief|omgerekend)(?:\s+(?:grofweg|circa|ca\.|ongeveer))?\s*$"
    # further on in the same brackets: "(% GDP: n/a, ≈ USD 9,9 bn)"
    r"|[(\[][^()\[\]]{0,40}?[,;]\s*(?:≈|~)\s*$",
    re.IGNORECASE,
)
# "van GBP 61,9 miljard over 2026/27 gebracht op GBP 68 miljard", "ging van € 6,23 miljard
# over 2049 naar € 6,51 miljard": the amount after "van" is the level before the change.
_FROM_LEVEL = re.compile(r"\bvan\s+(?:(?:circa|ruim|bijna|ongeveer)\s+)?$", re.IGNORECASE)
_TO_LEVEL = re.compile(
    r"[^.;]{0,60}?\b(?:gebracht|verhoogd|verlaagd|teruggebracht|opgetrokken|gestegen|gedaald|"
    r"gegroeid|gegaan|ging|steeg|daalde|groeide)?\s*(?:op|tot|naar)\s+"
    r"(?:(?:circa|ruim|bijna|ongeveer)\s+)?$",
    re.IGNORECASE,
)
# Right before an amount: the level a change reached ("groeide tot", "steeg naar ruim").
_LEVEL_REACHED = re.compile(r"\b(?:tot|naar)\s+(?:[\w'’.]+\s+)?$", re.IGNORECASE)
# Before an amount: it is a part of a budget, not the whole ("Van het budget van Luxemburg
# gaat 140 miljoen euro naar materieel", "waarvan € 2 miljard voor munitie", "een derde
# daarvan"): a "van" phrase about the budget put first in its sentence (or its clause),
# "waarvan"/"daarvan"/"hiervan" a word or two before the amount (not "whose": "België,
# waarvan de defensiebegroting … op € 9,81 miljard was vastgesteld"), or a share word
# before "van".
_PART_OF = re.compile(
    r"\b(?:waarvan|daarvan|hiervan)\s+(?:(?!(?:de|het|een|zijn|haar|hun)\b)[\w-]+\s+){0,2}$"
    r"|\b(?:een|het)\s+(?:deel|gedeelte|derde|kwart|helft)\s+(?:van|daarvan)\b",
    re.IGNORECASE,
)
_PART_FRONTED = re.compile(
    r"(?:^\W*[Vv]|\bV)an\s+(?:het|de|dit|dat|deze|zijn|haar|hun)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]*(?:budget|begroting|uitgaven|bestedingen)\w*\b"
)
# Before an amount: it is an earlier year's, told for comparison ("Had Luxemburg twaalf
# maanden eerder 658 miljoen euro opzij gezet …, in 2212 werd dat 650 miljoen euro").
_EARLIER = re.compile(
    r"\b(?:(?:twaalf|12)\s+maanden|een\s+jaar|het\s+jaar)\s+(?:eerder|daarvoor|ervoor|tevoren)\b"
    r"|\b(?:vorig(?:e)?|verleden)\s+jaar\b|\been\s+jaar\s+geleden\b|\bin\s+het\s+voorgaande\s+jaar\b"
    # the figure of the report before: "| vorige opgave GBP 63,1 mld", "Vorig jaarverslag
    # noemde voor Luxemburg … € 683 miljoen"
    r"|\b(?:vorige|eerdere|voorgaande)\s+(?:opgave|editie|rapportage|jaarbrief|brief)\b"
    # "vorjaar" is the year before, alone or in a compound: "vorjaarsbrief noemde nog …"
    r"|\bvorjaar\w*",
    re.IGNORECASE,
)
# Before an amount of no stated year: the report before gave it ("Vorig jaarverslag noemde
# voor Luxemburg … € 683 miljoen", "Voorgaand jaarbericht: Frankrijk € 56,1 mld.").  With a
# year ("geen verandering tegenover het vorige verslag: ook over 1987 beloopt het budget …")
# the figure is that year's.
_EARLIER_REPORT = re.compile(
    r"\b(?:vorig|vorige|eerdere?|voorgaande?)\s+"
    r"(?:jaar)?(?:verslag|rapport(?:age)?|bericht|overzicht|brief)\b",
    re.IGNORECASE,
)
# Right before an amount: it is given for comparison with the figure the sentence is about
# ("tegenover de 209 miljard …", "vergeleken met ruim 40 miljard").
_COMPARISON_BEFORE = re.compile(
    r"\b(tegenover|vergeleken\s+met|ter\s+vergelijking|t\.o\.v\.|ten\s+opzichte\s+van)"
    r"[\s,:]+(?:(?:de|het|een|die|dat|zo'n|zo’n|ruim|circa|bijna|ongeveer|nog)\s+){0,3}$",
    re.IGNORECASE,
)
# A sentence that opens by saying it compares ("Ter vergelijking: …", "Vergelijk: …").
_COMPARED_SENTENCE = re.compile(
    r"\W*(ter\s+vergelijking|ter\s+referentie|vergelijk|vergelijkenderwijs)"
    # with what it is compared: "Vergelijkenderwijs met artikelen 3 t/m 5: …"
    r"(?:\s+(?:met|bij)\s+[^:,.;]{1,40})?\s*[:,]",
    re.IGNORECASE,
)
# Right before a country: it is the yardstick the sentence measures against, not the owner of
# its figure ("… € 27,7 miljard, een stap voor op België", "meer dan in Frankrijk", "net als
# Duitsland").  Not a bare "als": "zowel Nederland als België" names both.
_YARDSTICK = re.compile(
    r"\b(?:voor\s+op|achter\s+op|(?:ruim\s+|ver\s+|flink\s+)?(?:boven|onder)"
    r"|(?:meer|minder|hoger|lager|groter|kleiner|sneller|trager|verder)\s+dan"
    r"|(?:net|evenals|evenveel|zoveel|hetzelfde|dezelfde|even\s+\w+)\s+als|evenals"
    r"|tegenover|vergeleken\s+met|in\s+vergelijking\s+met|ten\s+opzichte\s+van|t\.o\.v\.)"
    r"\s+(?:(?:in|bij|voor|van)\s+)?(?:(?:het|de|dat\s+van|die\s+van)\s+)?$",
    re.IGNORECASE,
)
# Right after an amount: words that point back at it ("€ 656 mln zoveel ging er in
# Luxemburg naar defensie", "EUR 9 mld: dat bedrag besteedt Noorwegen …").
_TOLD_AFTER = re.compile(
    r"\s*[:,–—-]?\s*(?:zoveel|zo\s+veel|(?:dat|dit)\s+(?:bedrag|geld))\b", re.IGNORECASE
)
# Words that make the year after them one compared with, not the year of what follows.
# The words that make the year after them a period's end ("t/m 1957", "tot en met 2025").
_BOUND_BEFORE = re.compile(UNTIL + r"$", re.IGNORECASE)
_COMPARED = re.compile(
    r"(?:vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\.|tegenover|dan\s+in|vs\.?"
    # "precies evenzoveel als in 2036", "hetzelfde budget als in 2057", "evenals in 1954/55"
    r"|\b(?:even)?als\s+(?:in|over))\s*$",
    re.IGNORECASE,
)
# What may stand between an amount and the year that is its own: "EUR 77,6 miljard in 2181",
# "6,77 mld euro (2182)".
_OWN_YEAR = re.compile(r"\s*(?:,\s*)?\(?\s*(?:in|over|voor|gedurende)?\s*(?:het\s+(?:jaar\s+)?)?")
# The amount's clause naming its year right after it, as the period the figure is for: "€10,7
# miljard: zoveel kostte de Belgische krijgsmacht over het boekjaar 1963/64".
_YEAR_OF_FIGURE = re.compile(
    r"\b(?:over|voor|gedurende)\s+(?:het\s+)?(?:(?:boek|begrotings|kalender)?jaar\s+)?$",
    re.IGNORECASE,
)

# No country's defence budget is below ten million units of its currency (the smallest among
# partners, Luxembourg's, is some € 500 million, Suriname's some $ 90 million; the pound,
# the dearest unit, is worth little more than a euro; budgets in the smallest units, yen or
# won, run to trillions).  A "budget" under this lost its scale on the way: "USD 1.027.000"
# in a table of millions whose caption was not read.
MIN_BUDGET = Decimal(10) ** 7


@attrs.frozen
class ReadAmount:
    """One amount and what it was taken for."""

    match: MoneyMatch
    kind: AmountKind
    country: str | None
    year: str | None
    gdp_percent: Decimal | None
    reason: str | None
    found_in: str = "text"


# "… België en Frankrijk … respectievelijk € 10,6 miljard en € 57,8 miljard": the amounts go to
# the countries in the order they are named.
_RESPECTIVELY = re.compile(r"\brespectievelijk\b|\bresp\.|\bonderscheidenlijk\b", re.IGNORECASE)
# Between the cue and the first amount, and between two amounts of its list.
_RESPECTIVE_GAP = re.compile(r"\s*(?:,\s*|\s(?:[eé]n|of|tot)\s+|\s)?\s*", re.IGNORECASE)
# Between two countries of the list the amounts are distributed over: "Luxemburg naast
# Italië", "het Verenigd Koninkrijk en Noorwegen", "België, Duitsland en Frankrijk".
_COUNTRY_JOIN = re.compile(
    r"\s*(?:,|\b[eé]n\b|\bnaast\b|\bof\b|&|\bmet\b|\btegenover\b)?\s*(?:(?:het|de)\s+)?",
    re.IGNORECASE,
)


_SHARE_NUMBER = r"\d{1,2}(?:,\d{1,3})?"
# The shares of GDP of such a list: "(respectievelijk 2,4 en 1,2 procent bbp)", "ofwel
# respectievelijk 1,74% en 1,2% bbp".
_RESPECTIVE_SHARES = re.compile(
    rf"\b(?:respectievelijk|resp\.)\s+(?P<list>{_SHARE_NUMBER}\s*(?:%|procent)?"
    rf"(?:\s*(?:,|\b[eé]n\b)\s*{_SHARE_NUMBER}\s*(?:%|procent)?)+)"
    r"\s*(?:van\s+(?:het\s+)?)?(?:" + cues.GDP_WORDS + ")",
    re.IGNORECASE,
)


def _respective_shares(text: str, listed: Sequence[MoneyMatch]) -> dict[int, Decimal]:
    """The GDP shares given for the amounts *listed* after "respectievelijk", in the same
    order, by the amount's start: only when there are as many shares as amounts."""
    after = text[listed[-1].end :]
    m = _RESPECTIVE_SHARES.search(after)
    if m is None:
        return {}
    numbers = re.findall(_SHARE_NUMBER, m.group("list"))
    if len(numbers) != len(listed):
        return {}
    return {
        amount.start: share
        for amount, number in zip(listed, numbers, strict=True)
        if (share := parse_number(number)) is not None
    }


def _respective(
    text: str, money: Sequence[MoneyMatch], countries: Sequence[tuple[int, int, str]]
) -> tuple[dict[int, str | None], dict[int, Decimal]]:
    """For the amounts listed after "respectievelijk", the country each belongs to (by the
    order of the list of countries before the cue), by the amount's start; None for every
    amount of a list whose countries cannot be paired with it one to one, so that none is
    given to the nearest country by mistake."""
    out: dict[int, str | None] = {}
    shares: dict[int, Decimal] = {}
    spans = [(m.start, m.end) for m in money]
    named = [c for c in countries if not any(a <= c[0] < b for a, b in spans)]
    for cue in _RESPECTIVELY.finditer(text):
        listed: list[MoneyMatch] = []
        at = cue.end()
        for m in money:
            if m.start < at:
                continue
            if not _RESPECTIVE_GAP.fullmatch(text, at, m.start):
                break
            listed.append(m)
            at = m.end
        if len(listed) < 2:
            continue
        # The last enumeration of two or more countries before the cue.
        runs: list[list[tuple[int, int, str]]] = []
        for c in named:
            if c[0] >= cue.start():
                break
            if runs and _COUNTRY_JOIN.fullmatch(text, runs[-1][-1][1], c[0]):
                runs[-1].append(c)
            else:
                runs.append([c])
        lists = [r for r in runs if len({code for _, _, code in r}) >= 2]
        codes = [code for _, _, code in lists[-1]] if lists else []
        paired = len(codes) == len(listed) and len(set(codes)) == len(codes)
        for i, m in enumerate(listed):
            out[m.start] = codes[i] if paired else None
        if paired:
            shares.update(_respective_shares(text, listed))
    return out, shares


def _owner(
    countries: Sequence[tuple[int, int, str]],
    m: MoneyMatch,
    section_country: str | None,
    limit: int | None = None,
    text: str | None = None,
) -> str | None:
    """See :meth:`_Scan.country_for`: over *countries*, the mentions in reading order; a
    country after the amount only up to *limit* (the end of the amount's clause: "België
    2149/50: 9,32 mrd EUR; Australië 2149: …" does not give Australia the first amount)."""
    starts = [c[0] for c in countries]
    i = bisect_left(starts, m.start)
    before = [c for c in countries[max(0, i - 8) : i] if c[1] <= m.start]
    netherlands_at: int | None = None
    for start, end, code in reversed(before):
        if code != NETHERLANDS:
            if (
                text is not None
                and netherlands_at is not None
                and _ITEM_BREAK.search(text, end, netherlands_at)
            ):
                # "… Verenigde Staten willen naar 3,4% … - Nederland 2059: EUR 31,1 mld": the
                # Netherlands is named nearest, the other country in an earlier item.
                return NETHERLANDS
            return code
        if netherlands_at is None:
            netherlands_at = start
    j = bisect_left(starts, m.end)
    after = [c for c in countries[j : j + 8] if limit is None or c[0] < limit]
    others = [c for c in after if c[2] != NETHERLANDS]
    if (
        not before
        and text is not None
        and len({code for _, _, code in others}) > 1
        and not _captioned(text, m.end, others[0][0])
    ):
        # Nothing before the figure, and two countries after it, the first past a break
        # between items ("€ 741 mln – A400M-vlieguren via de Belgische vloot  defensie-
        # uitgaven Luxemburg 2072"): the sentence does not say whose it is, unless one of
        # them is the section's own country.
        codes = [code for _, _, code in others]
        return section_country if section_country in codes else None
    if others:
        return others[0][2]
    if (
        not before
        and text is not None
        and all(_COUNTERPART.search(text, max(0, start - 12), start) for start, _, _ in after)
    ):
        # "… bedrag (mld. EUR) 8,09 … Afspraken met Nederland": the Netherlands named after
        # the amount only as the other side of something is not whose money it is.
        return section_country
    if before or after:
        return NETHERLANDS
    return section_country


# A break between list items or boxes set side by side: a dash, a bullet, a middle dot, a bar.
_LIST_BREAK = re.compile(r"[–—•▪·|]|\s-\s")


def _captioned(text: str, end: int, country: int) -> bool:
    """Whether the country mention at *country* belongs with the figure ending at *end*: no
    list item or box starts between them ("€ 741 mln – A400M-vlieguren via de Belgische
    vloot" names Belgium in the next item; "€ 81,4 miljard Duitse defensiebegroting" and
    "EUR 7,56 mld. (…) gold in 2165 in België" name the figure's owner)."""
    return _LIST_BREAK.search(text, end, country) is None


# The Netherlands named as the other side of something ("afspraken met Nederland").
_COUNTERPART = re.compile(r"\bmet\s+$", re.IGNORECASE)


class _Scan:
    """Everything about one sentence that the amounts in it are judged by, computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        # A bulleted list run on in one sentence: each item's own country owns its amounts.
        self.bulleted = _BULLET_ITEM.search(text) is not None
        # Filled in by amounts_in_sentence, once the amounts are known (see _respective).
        self.respective: dict[int, str | None] = {}
        self.respective_shares: dict[int, Decimal] = {}
        pats = _cue_patterns()
        self.mentions_budget = pats["mention"].search(text) is not None
        found = find_years(text)
        # A fiscal year in any spelling is one "YYYY/YYYY" (numbers.find_years); a period of
        # years ("2043–2046") stands for its last year, and after an amount makes it a plan.
        self.years = [(y.start, y.end, y.year) for y in found]
        self.periods = [(y.start, text[y.start : y.end]) for y in found if y.period]
        self.year_starts = [y[0] for y in self.years]
        self.countries = find_countries(text)
        self.country_starts = [c[0] for c in self.countries]
        # The countries named as a yardstick: never the owner of a figure.
        self.yardsticks = {
            c[0] for c in self.countries if _YARDSTICK.search(text, max(0, c[0] - 40), c[0])
        }
        self.percents = find_percentages(text)
        self.percent_starts = [p.start for p in self.percents]
        self.clauses = [m.start() for m in _CLAUSE.finditer(text)]
        # The sentence's amounts, once they are found (amounts_in_sentence).
        self.money: list[MoneyMatch] = []

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_left(self.clauses, start)
        lo = self.clauses[i - 1] if i > 0 else 0
        # A boundary inside the amount is its abbreviation's full stop.  When the amount ends
        # with it ("€ 9 090 mln. Het meerjarenplan ..."), the clause ends with the amount;
        # when the amount goes on ("91,6 mrd. NOK (2091) — …"), so does the clause.
        j = bisect_left(self.clauses, start)
        while j < len(self.clauses) and self.clauses[j] + 1 < end:
            j += 1
        hi = max(self.clauses[j], end) if j < len(self.clauses) else len(self.text)
        return lo, hi

    def year_for(self, m: MoneyMatch, lo: int, hi: int, prev_end: int = 0) -> str | None:
        """The year nearest before *m*, else the first after it in its clause.  A year right
        after the amount before (*prev_end*: "steeg van EUR 77,6 miljard in 2181 naar EUR
        88,9 miljard in 2182") is that amount's, not this one's."""
        i = bisect_left(self.year_starts, m.start)
        # A year compared with ("veranderde in 2185/86 niet vergeleken met 2184/85: …") is
        # not the amount's: the one before it is.
        while i > 0 and _COMPARED.search(
            self.text, max(0, self.years[i - 1][0] - 25), self.years[i - 1][0]
        ):
            i -= 1
        j = bisect_left(self.year_starts, m.end)
        after = (
            j < len(self.years)
            and self.years[j][0] < hi
            and not _COMPARED.search(self.text, max(0, self.years[j][0] - 25), self.years[j][0])
        )
        if i > 0 and self.years[i - 1][1] <= m.start:
            start, end, year = self.years[i - 1]
            # That year in a clause before the amount's, and a country named between them
            # (another record: "… (1964: 6,17 mld); … Verenigd Koninkrijk — …: £ 81,2 mld in
            # 1965–1966"), while the amount's own clause gives a year after it, with no
            # other country between: that year is the amount's.
            other_record = (
                after
                and end <= lo
                and any(end <= c < m.start for c in self.country_starts)
                and not any(m.end <= c < self.years[j][0] for c in self.country_starts)
            )
            # That year in a clause before the amount's ("België in 1963: …; €10,7 miljard:
            # zoveel kostte … over het boekjaar 1963/64"), while the amount's own clause says
            # which year it is for: that one.
            own_after = (
                after
                and end <= lo
                and _YEAR_OF_FIGURE.search(
                    self.text, max(m.end, self.years[j][0] - 40), self.years[j][0]
                )
                is not None
            )
            if own_after:
                return self.years[j][2]
            if not other_record and not (
                prev_end and _OWN_YEAR.fullmatch(self.text[prev_end:start])
            ):
                return year
        if (
            j < len(self.years)
            and self.years[j][0] < hi
            # "… CZK 169,1 miljard, 0,3 procent minder dan in 1952": a year compared with.
            and not _COMPARED.search(self.text, max(0, self.years[j][0] - 25), self.years[j][0])
            # "… 8,03 aandeel bbp 1,73% Afspraken … looptijd t/m 1957": a term's end, not the
            # year of the figure before it.
            and not _BOUND_BEFORE.search(self.text, max(0, self.years[j][0] - 25), self.years[j][0])
        ):
            return self.years[j][2]
        if i > 1 and prev_end and self.years[i - 1][0] >= prev_end:
            # The year before is the amount before's own ("van GBP 61,9 miljard over
            # 2026/2027 gebracht op GBP 68 miljard"): the one before that frames the sentence.
            return self.years[i - 2][2]
        if i > 0 and self.years[i - 1][1] <= m.start:
            return self.years[i - 1][2]  # the only year there is
        return None

    def country_for(
        self, m: MoneyMatch, section_country: str | None, bounds: tuple[int, int] | None = None
    ) -> str | None:
        """The country named nearest before *m* (not the Netherlands when another is named),
        else the first after it, else the section's; a country inside the amount ("Noorse
        kronen") is its currency, not its owner.  With *bounds* (the amount's clause), a
        clause that names a country only looks at its own ("▪ Nederland zelf | 2091 | EUR
        26,2 mrd." is the Netherlands' line, whatever the next bullet names)."""
        countries = self.countries
        told = _TOLD_AFTER.match(self.text, m.end)
        if told:
            # "€ 656 mln zoveel ging er in 2027 in Luxemburg naar defensie": the words after
            # the figure point back at it, and the country they name owns it, whatever the
            # caption before it named.
            hi = self.clause_bounds(m.start, m.end)[1]
            named = [
                c[2]
                for c in countries
                if told.end() <= c[0] < min(hi, told.end() + 60)
                and c[0] not in self.yardsticks
                and c[2] != NETHERLANDS
            ]
            if named:
                return named[0]
        if self.yardsticks:
            countries = [c for c in countries if c[0] not in self.yardsticks]
            if not countries:
                # Only a yardstick is named ("De noorderburen begroten … € 27,7 miljard, een
                # stap voor op België"): whose figure it is, the sentence does not say.
                return None
        if bounds is not None:
            own = [c for c in countries if bounds[0] <= c[0] and c[1] <= bounds[1]]
            if own and not (m.start <= own[0][0] and own[-1][1] <= m.end):
                return _owner(own, m, section_country, text=self.text)
        return _owner(
            countries, m, section_country, self.clause_bounds(m.start, m.end)[1], self.text
        )

    def owner_by_currency(self, m: MoneyMatch, country: str, paired: bool = False) -> str | None:
        """Whose budget *m* can be, by its currency: *country*'s when it pays in it (or the
        currency is the euro or the dollar, in which figures of any country are converted);
        else the one country the sentence names that pays in it; else None (PLN beside the
        United States alone is no one's budget)."""
        if pays_in(country, m.currency):
            return country
        if m.currency in _CONVERTED:
            # A figure in euros or dollars may be any country's, converted; but beside a
            # country whose own currency it is, named in the same clause with no word of a
            # conversion, whose figure it is the text does not make clear (a table's rows run
            # together: "Verenigde Staten Luxemburg 2143 2143 USD 917 miljard EUR 816 miljoen"),
            # unless the text pairs them itself (*paired*: "respectievelijk").
            if paired:
                return country
            lo, hi = self.clause_bounds(m.start, m.end)
            clause = self.text[lo:hi]
            others = {
                code
                for at, _, code in self.countries
                if lo <= at < hi
                and code not in (country, NETHERLANDS)
                and pays_in(code, m.currency)
                and at not in self.yardsticks
            }
            # ... and the clause gives another amount, in *country*'s own currency: the two
            # figures fit the two countries crosswise.
            crosswise = any(
                n is not m and lo <= n.start < hi and pays_in(country, n.currency)
                for n in self.money
            )
            if others and crosswise and not _CONVERTED_WORD.search(clause) and "≈" not in clause:
                return None
            return country
        users = {code for _, _, code in self.countries if pays_in(code, m.currency)}
        return users.pop() if len(users) == 1 else None

    def _other_figure_between(
        self, start: int, end: int, country: str | None, year: str | None
    ) -> bool:
        """Whether the text between an amount and a percentage (*start*:*end*) makes the
        percentage another figure's share: too far, a norm or target, a change or a plan,
        another year, another country."""
        between = self.text[start:end]
        pats = _cue_patterns()
        if len(between) > _GDP_REACH or any(
            pats[cue].search(between) for cue in ("target", "change_before", "plan")
        ):
            return True
        if any(start <= at < end and y != year for at, _, y in self.years):
            return True
        j = bisect_left(self.country_starts, start)
        return any(at < end and code != country for at, _, code in self.countries[j:])

    def gdp_before(
        self, m: MoneyMatch, limit: int, country: str | None, year: str | None
    ) -> Decimal | None:
        """The share of GDP written before *m*, when none follows it and no other amount comes
        before it in the sentence (*limit*, the end of the amount before, is 0): "besteedde
        Frankrijk 3,11% van het Franse bbp aan defensie, in geld uitgedrukt 67,3 miljard
        euro", "Bbp-aandeel defensie 2145: 3,4% (EUR 10,1 mrd)".  The nearest percentage
        before the amount, with a GDP word right after it or just before it, and nothing
        between it and the amount that makes it another figure's."""
        if limit > 0:
            # Another amount comes first: a share between the two is that amount's ("… 1.750
            # miljoen euro (defensiequote 1,4%) (in Australië: AUD 65.200 mln)").
            return None
        i = bisect_left(self.percent_starts, m.start) - 1
        if i < 0:
            return None
        p = self.percents[i]
        if p.end > m.start or p.ambiguous:
            return None
        if self._other_figure_between(p.end, m.start, country, year):
            return None
        pats = _cue_patterns()
        lead = self.text[max(0, p.start - 40) : p.start]
        if not (
            pats["gdp"].search(self.text[p.end : p.end + 50]) or pats["gdp_before"].search(lead)
        ):
            return None
        # The words before the share must not make it another's: "de NAVO-norm van 2% bbp",
        # "Australië mikt op 3 % bbp".
        if (
            pats["target"].search(lead)
            or pats["aim"].search(lead)
            or pats["change_before"].search(lead)
        ):
            return None
        return p.value

    def settle_currency(self, m: MoneyMatch, section_country: str | None) -> MoneyMatch | None:
        """*m* in the currency its ambiguous currency word stands for here, or None.

        That is the currency of the one country the sentence is about (the Netherlands, the
        reporter, aside), or of the section's country when the sentence names none, and only
        when it is one of the word's candidates: "kronen" in a sentence about Noorwegen are
        NOK; in one about Noorwegen and Zweden, or about Duitsland, they are not stated.
        """
        named = {code for _, _, code in self.countries if code != NETHERLANDS}
        if len(named) > 1:
            return None
        about = next(iter(named)) if named else section_country
        currency = COUNTRY_CURRENCY.get(about) if about is not None else None
        if currency is None or currency not in m.currency_candidates:
            return None
        return attrs.evolve(m, currency=currency, currency_candidates=())

    def gdp_after(
        self, m: MoneyMatch, limit: int, country: str | None, year: str | None
    ) -> Decimal | None:
        """The share of GDP written after *m* (*country*'s budget for *year*) and before
        *limit* (the next amount), in the same sentence.

        The share is the first percentage after the amount, bound to a GDP word: the word
        after it ("1,6% van het bbp", "3% bbp") or just before it ("(een aandeel in het bbp
        van 2 procent)", "waarmee het bbp-aandeel op 1,5% uitkwam", "bbp-percentage 2,99").
        Close to the amount any GDP word between the two binds it ("(een bbp-aandeel, ruim
        1,87%)").  Nothing between the amount and the percentage may make it another
        figure's share: a target or norm, a change, a plan, another year, another country.
        """
        i = bisect_left(self.percent_starts, m.end)
        if i >= len(self.percents):
            return None
        p = self.percents[i]
        if p.start >= limit or p.ambiguous:
            return None
        between = self.text[m.end : p.start]
        if self._other_figure_between(m.end, p.start, country, year):
            return None
        pats = _cue_patterns()
        if not (
            pats["gdp"].search(self.text[p.end : p.end + 50])
            or pats["gdp_before"].search(between)
            or (len(between) <= _GDP_CLOSE and pats["gdp_between"].search(between))
        ):
            return None
        return p.value


def _cue(kind: str, window: str) -> str | None:
    m = _cue_patterns()[kind].search(window)
    return m.group(0) if m else None


# How close after an amount an investment word is attached to it ("30 miljard euro voor
# investeringen"), whatever came before the amount.
_ATTACHED = 25


def _investment_after(before: str, after: str) -> str | None:
    """An investment word after the amount that makes it an investment: not when a budget noun
    right before names the amount ("defensie-uitgaven ten belope van 71,7 mld. euro ... heeft
    Frankrijk de investeringen op peil gehouden"), unless the word is attached to the amount
    ("defensiebudget van 30 miljard euro voor investeringen")."""
    if _cue_patterns()["governed"].search(before):
        return _cue("investment", after[:_ATTACHED])
    return _cue("investment", after)


# Defence as a whole as the object of a contribution or investment word: "was … voor defensie
# beschikbaar", "investeerde Frankrijk in 2143 in defensie", "ten behoeve der krijgsmacht … ter
# beschikking gesteld" (not "defensiematerieel", not "de krijgsmacht van Oekraïne").
_WHOLE_DEFENCE = re.compile(
    r"\b(?:in|voor|aan|ten\s+(?:behoeve|bate)\s+(?:van\s+)?)\s*"
    r"(?:de\s+|het\s+|der\s+|zijn\s+|haar\s+|hun\s+)?(?:eigen\s+)?"
    r"(?:defensie|krijgsmacht|strijdkrachten)"
    r"(?![-\w])(?!\s+van\b)"
)
# How far apart the giving word and "voor defensie" may stand ("ten behoeve der krijgsmacht
# EUR 81.500 mln. beschikbaar gesteld").
_GIVING_REACH = 60
_GIVING = re.compile(r"\b(?:beschikbaar|investeer\w*|investeert|geïnvesteerd)\b", re.IGNORECASE)


def _for_defence_as_a_whole(scan: _Scan, m: MoneyMatch, country: str | None) -> bool:
    """Whether the contribution or investment word of *m*'s sentence has defence as a whole
    for its object, so that the amount is what *country* spent on it, its budget: the word
    and "in/voor defensie" within a few words of each other, and no other country named (a
    sentence about another country's armed forces is a contribution to them)."""
    if country is None or any(code != country for _, _, code in scan.countries):
        return False
    text = scan.text
    for giving in _GIVING.finditer(text):
        window = text[max(0, giving.start() - _GIVING_REACH) : giving.end() + _GIVING_REACH]
        if _WHOLE_DEFENCE.search(window):
            return True
    return False


def _aside_for_another_country(scan: _Scan, m: MoneyMatch, prev_end: int) -> bool:
    """Whether *m* stands in brackets after an amount of the sentence, with a country named in
    the brackets that is not the one named before them: "57,4 miljard Britse ponden (waar
    Tsjechië het met 172,4 miljard … moest doen)" is a comparison, and its year the other
    figure's."""
    text = scan.text
    opened = text.rfind("(", 0, m.start)
    if opened < 0 or text.find(")", opened, m.start) >= 0 or not 0 < prev_end <= opened:
        return False
    inside = [code for start, _, code in scan.countries if opened < start < m.start]
    outside = [code for _, end, code in scan.countries if end <= opened and code != NETHERLANDS]
    return bool(inside and outside) and inside[-1] != outside[-1]


# A figure said to be converted: "omgezet: … grofweg € 846 miljard; officieel in dollar".
_CONVERSION = r"\b(?:omgezet|omgerekend|omrekening|converted|herleid(?:t|en|de|den|ing)?)\b"
_CONVERTED_WORD = re.compile(_CONVERSION, re.IGNORECASE)
# The same said in brackets right after it, brackets that hold no figure of their own: "≈ €
# 1.000 mld (indicatief omgerekend)" (in "USD 962 miljard (omgerekend circa 885 miljard euro)"
# the figure in the brackets is the converted one).
_CONVERTED_AFTER_WORD = re.compile(
    r"\s*[(\[][^()\[\]\d]{0,30}?" + _CONVERSION + r"[^()\[\]\d]{0,30}[)\]]",
    re.IGNORECASE,
)
# What separates one item of a list from the next: a figure is not told by a country after it.
# (A decimal comma or point, "2,62%", is no break.)
# (A hyphen set off by spaces is a dash, or a list's bullet run on: "[doelwit] - Nederland".)
_ITEM_BREAK = re.compile(
    r"(?<!\d)[,.](?!\d)|[;:!?()·•|–—]|\s-\s|\b(?:en|of|terwijl|tegen|tegenover)\b"
)


def _two_sided(scan: _Scan, m: MoneyMatch, prev_end: int, next_start: int) -> bool:
    """Whether a country is named right before *m* (after the figure before it) and another
    right after it (before the next figure), with no break on either side between the
    amount and the country: captions before and after ("€ 92,4 miljard Duitse
    defensiebegroting 2027 € 7,28 miljard zoveel ging er in België naar defensie"), whose owner
    the text does not mark."""
    text = scan.text
    if _TOLD_AFTER.match(text, m.end):
        return False  # the words after it say whose it is ("zoveel ging er in België naar …")
    before = [c for c in scan.countries if prev_end <= c[0] and c[1] <= m.start]
    after = [c for c in scan.countries if m.end <= c[0] and c[1] <= next_start]
    if not before or not after:
        return False
    left, right = before[-1], after[0]
    if left[2] == right[2] or left[2] == NETHERLANDS or right[2] == NETHERLANDS:
        return False
    return (
        right[0] - m.end <= 80
        and not _ITEM_BREAK.search(text, m.end, right[0])
        and not _ITEM_BREAK.search(text, left[1], m.start)
    )


def _classify(
    scan: _Scan,
    m: MoneyMatch,
    prev_end: int,
    next_start: int,
    section_country: str | None,
    edition_year: int,
) -> ReadAmount:
    text = scan.text
    lo, hi = scan.clause_bounds(m.start, m.end)
    b0 = max(lo, prev_end, m.start - _WINDOW_BEFORE)
    a1 = min(hi, next_start, m.end + _WINDOW_AFTER)
    before, after = text[b0 : m.start], text[m.end : a1]
    # The last few words before the amount carry a change ("stijgt het budget met").
    near_before = text[max(b0, m.start - 40) : m.start]
    year = scan.year_for(m, lo, hi, prev_end)
    country = scan.country_for(m, section_country, (lo, hi) if scan.bulleted else None)
    respective = m.start in scan.respective
    if respective:
        country = scan.respective[m.start]

    def read(kind: AmountKind, reason: str | None, gdp: Decimal | None = None) -> ReadAmount:
        return ReadAmount(m, kind, country, year, gdp, reason)

    if m.ambiguous:
        alternatives = ", ".join(format(a, "f") for a in m.alternatives)
        # The other readings may all be past any budget ("9,086 biljoen" as 9086 × 10¹²): the
        # number or the scale word still reads two ways, and which one the writer meant is not
        # said.
        other = alternatives or "another reading of its number or scale word"
        return read(
            AmountKind.OTHER, f"ambiguous: read as {format(m.amount, 'f')} but could be {other}"
        )
    if m.range_part is not None:
        return read(AmountKind.OTHER, f"the {m.range_part} end of a range")
    if respective and country is None:
        return read(
            AmountKind.OTHER,
            "one of a list after 'respectievelijk' whose countries could not be paired with it",
        )
    if _EARLIER.search(before) or (year is None and _EARLIER_REPORT.search(before)):
        return read(AmountKind.OTHER, "an earlier year's figure, given for comparison")
    if _PART_OF.search(before) or _PART_FRONTED.search(text, lo, m.start):
        return read(AmountKind.OTHER, "a part of a budget, not the whole")
    # Anywhere before the amount in its clause: a source other than the ministry gives it ("Zo
    # schat het vredesonderzoeksinstituut SIPRI … over 2090 op 98,3 miljard euro").  NATO is no
    # other source: the report gives partners' spending in NATO's figures.
    if OTHER_SOURCE.search(text, lo, m.start):
        return read(AmountKind.OTHER, "another source's estimate, not the report's figure")
    if _aside_for_another_country(scan, m, prev_end):
        return read(
            AmountKind.OTHER, "another country's figure, in brackets beside the sentence's own"
        )
    if (
        _CONVERSION_BEFORE.search(near_before)
        or _CONVERTED_WORD.search(before)
        or _CONVERTED_AFTER_WORD.match(text, m.end)
    ):
        return read(AmountKind.OTHER, "a figure converted from another currency")
    if _FROM_LEVEL.search(near_before) and _TO_LEVEL.match(text, m.end, next_start):
        return read(AmountKind.OTHER, "the level before a change, given for comparison")
    if compared := _COMPARED_SENTENCE.match(text):
        # "Ter vergelijking: Noorwegen steekt ruim € 8 miljard in defensie.": every figure of
        # the sentence is a yardstick, the edition's own figures stand elsewhere.
        return read(AmountKind.OTHER, f"a figure given for comparison: '{compared.group(1)}'")
    if compared := _COMPARISON_BEFORE.search(near_before):
        # "… £66,7 miljard, tegenover de 209 miljard Tsjechische kronen die Tsjechië uitgaf":
        # the sentence is about another figure; this one's year is not said.
        return read(AmountKind.OTHER, f"a figure given for comparison: '{compared.group(1)}'")
    # "groeide dat jaar tot €69,5 miljard", "steeg van … naar 88,9 miljard": the level reached,
    # not the change ("steeg met 2 miljard").
    level = _LEVEL_REACHED.search(near_before) is not None
    if (not level and (word := _cue("change_before", near_before))) or (
        word := _cue("change_after", after)
    ):
        return read(AmountKind.CHANGE, f"a change: '{word.strip()}'")
    whole = _for_defence_as_a_whole(scan, m, country)
    # A budget noun right before the amount names it ("defensiebudgetten van respectievelijk
    # € 9,1 miljard …"): a contribution or investment word before that noun is about
    # something else ("… over wat een land bijdraagt – dan ziet men …").
    governed = _cue_patterns()["governed"].search(before)
    own = before[governed.start() :] if governed else before
    if not whole and (word := _cue("contribution", own) or _cue("contribution", after)):
        return read(AmountKind.CONTRIBUTION, f"a contribution: '{word}'")
    if word := _cue("fund", before) or _cue("fund", after[:25]):
        return read(AmountKind.FUND, f"a fund: '{word}'")
    if not whole and (word := _cue("investment", own) or _investment_after(before, after)):
        return read(AmountKind.INVESTMENT, f"an investment: '{word}'")
    if word := _cue("target", before):
        return read(AmountKind.TARGET, f"a target or norm: '{word}'")
    if period := next((p for at, p in scan.periods if m.end <= at < a1), None):
        return read(AmountKind.PLAN, f"a multi-year plan: '{period}'")
    if (word := _cue("plan", before) or _cue("plan", after)) and not (
        # An estimate of the edition's own year or an earlier one ("Over 2103 belopen de
        # uitgaven, aldus NAVO-ramingen, …") is that year's figure, not a projection.
        _ESTIMATE.match(word)
        and year is not None
        and edition_year
        and int(year[:4]) <= edition_year
    ):
        return read(AmountKind.PLAN, f"a plan or projection: '{word}'")
    if year is not None and edition_year and int(year[:4]) > edition_year:
        return read(AmountKind.PLAN, f"for a later year ({year}) than the edition's")
    if not scan.mentions_budget and (
        # A key figure ("Frankrijk — € 61,5 mld (2091) — 2,95% bbp") names no budget but gives
        # the amount's share of GDP right after it: only a defence budget is told that way
        # here.  (A share before the amount may close the figure before it.)
        scan.gdp_after(m, next_start, country, year) is None
    ):
        return read(AmountKind.OTHER, "the sentence names no defence budget or spending")
    if country is None:
        return read(AmountKind.OTHER, "no country is named for it")
    owner = scan.owner_by_currency(m, country, paired=respective)
    if owner is None:
        return read(
            AmountKind.OTHER,
            f"in {m.currency}, which is not the currency of {country} (named with it) or of "
            "exactly one other country the sentence names",
        )
    if owner != country:
        if respective:
            return read(
                AmountKind.OTHER,
                f"paired with {country} by 'respectievelijk', but in {m.currency}, which is "
                f"not {country}'s currency",
            )
        country = owner  # "… de Verenigde Staten …; … PLN 139,2 miljard …, heeft Polen …"
    if country == NETHERLANDS:
        return read(AmountKind.OTHER, "the Netherlands' own money, not a partner's budget")
    if NO_PARTNER.search(text, lo, hi):  # a country said, in the amount's clause, to be none
        # "Oostenrijk (geen partnerland) spendeerde … 4,7 miljard euro aan defensie": a
        # figure beside the partners' for comparison.
        return read(AmountKind.OTHER, "the spending of a country said to be no partner")
    if respective:
        # Only a share listed in the same order is this amount's: the nearest percentage
        # after it may be the first of the list, another country's.
        return read(AmountKind.BUDGET, None, scan.respective_shares.get(m.start))
    if _two_sided(scan, m, prev_end, next_start):
        # "… in België naar defensie 2,62% bbp-aandeel US$ 978 miljard Verenigde Staten ·
        # defensie": a figure between a caption naming one country and a caption naming
        # another, with nothing to say which is its own.
        return read(AmountKind.OTHER, "a country named on either side, neither marked as its own")
    gdp = scan.gdp_after(m, next_start, country, year)
    if gdp is None:
        gdp = scan.gdp_before(m, prev_end, country, year)
    return read(AmountKind.BUDGET, None, gdp)


def amounts_in_sentence(
    sentence: Sentence,
    section_country: str | None,
    edition_year: int,
    *,
    header: str | None = None,
    warnings: list[str] | None = None,
) -> list[ReadAmount]:
    """Every amount one sentence states, with what it was taken for.  *header* is the
    section's heading, which may be a table's column header."""
    text = sentence.text
    if len(text) > MAX_SENTENCE_CHARS:
        if warnings is not None:
            warnings.append(
                f"a sentence on page {sentence.page} has {len(text)} characters; only the "
                f"first {MAX_SENTENCE_CHARS} were read for amounts"
            )
        text = text[:MAX_SENTENCE_CHARS]
    targets: list[MoneyMatch] = []
    if header is not None and _TARGET_THEN_ACTUAL.search(header):
        text, targets = _without_targets(text)
    money = find_money(text, candidates=True)
    # A table whose header states the currency has rows without one ("België 2102 8,99 1,51"
    # under "bedragen in euro"): such a text has a year cell followed by a number.
    if not money and not may_hold_rows(text, header):
        return []
    if len(money) > MAX_AMOUNTS:
        if warnings is not None:
            warnings.append(
                f"a sentence on page {sentence.page} holds {len(money)} amounts; only the "
                f"first {MAX_AMOUNTS} were read"
            )
        money = money[:MAX_AMOUNTS]
    out: list[ReadAmount] = []
    rows = table_rows(text, header=header)
    if not money and not rows:
        return []
    row_spans = [(r.start, r.end) for r in rows]
    row_starts = [r.start for r in rows]
    for row in rows:
        year = row.year
        kind, reason = AmountKind.BUDGET, None
        own = _own_column(row.columns, edition_year)
        if edition_year and int(year[:4]) > edition_year:
            kind, reason = AmountKind.PLAN, f"for a later year ({year}) than the edition's"
        elif own is not None and year != own:
            kind = AmountKind.OTHER
            reason = f"an earlier year's figure ({year}), in the column beside {own}'s"
        elif row.money.ambiguous:
            kind, reason = AmountKind.OTHER, "ambiguous"
        elif row.country == NETHERLANDS:
            kind, reason = AmountKind.OTHER, "the Netherlands' own money, not a partner's budget"
        out.append(ReadAmount(row.money, kind, row.country, year, row.gdp_percent, reason, "table"))
    scan: _Scan | None = None
    prose = [
        m
        for m in money
        if not (
            (i := bisect_right(row_starts, m.start) - 1) >= 0
            and row_spans[i][0] <= m.start < row_spans[i][1]
        )
    ]
    restated = {
        k
        for k in range(len(prose) - 1)
        if _restated(prose[k], prose[k + 1])
        and _CONVERTED_AFTER.fullmatch(text, prose[k].end, prose[k + 1].start)
    }
    for k, m in enumerate(prose):
        if scan is None:
            scan = _Scan(text)
            scan.money = prose
            if _RESPECTIVELY.search(text):
                scan.respective, scan.respective_shares = _respective(text, prose, scan.countries)
        prev_end = prose[k - 1].end if k else 0
        if k and k - 1 in restated:
            continue  # read with the rounded figure before it (below)
        if k and _CONVERTED_AFTER.fullmatch(text, prose[k - 1].end, m.start):
            # "GBP 62,6 mld (≈ € 73,2 mld)": the figure before it, converted.
            out.append(
                ReadAmount(m, AmountKind.OTHER, None, None, None, "the figure before it, converted")
            )
            continue
        # The next amount that is not this one converted: what this one's share may not pass.
        j = k + 1
        while j < len(prose) and _CONVERTED_AFTER.fullmatch(text, prose[j - 1].end, prose[j].start):
            j += 1
        next_start = prose[j].start if j < len(prose) else len(text)
        if m.currency_candidates:
            settled = scan.settle_currency(m, section_country)
            if settled is None:
                lo, hi = scan.clause_bounds(m.start, m.end)
                owner = scan.country_for(m, section_country)
                when = scan.year_for(m, lo, hi)
                out.append(ReadAmount(m, AmountKind.OTHER, owner, when, None, _NOT_STATED))
                continue
            m = settled
        read = _classify(scan, m, prev_end, next_start, section_country, edition_year)
        if k in restated:
            # "ruim zeven miljard euro (€ 7,23 miljard)": the exact figure in the brackets is
            # what the rounded one before it was said to be; the rounded one is no figure of
            # its own.
            out.append(
                attrs.evolve(
                    read,
                    kind=AmountKind.OTHER,
                    gdp_percent=None,
                    reason="a rounded figure, restated exactly in the brackets after it",
                )
            )
            out.append(attrs.evolve(read, match=prose[k + 1]))
            continue
        out.append(read)
    out += [
        ReadAmount(t, AmountKind.TARGET, None, None, None, "the target column, beside the actual")
        for t in targets
    ]
    reads = _beside_a_later_year([_plausible(read) for read in out], edition_year)
    if sentence.cited:
        reads = [
            attrs.evolve(
                r,
                kind=AmountKind.OTHER,
                reason="another source's estimate: the sentence before names the source",
            )
            if r.kind is not AmountKind.OTHER
            else r
            for r in reads
        ]
    if sentence.question:
        # "Klopt het dat Duitsland € 90 miljard uitgaf?" asks; the answer states.
        reads = [
            attrs.evolve(r, kind=AmountKind.OTHER, reason="asked in a question, not stated")
            if r.kind is AmountKind.BUDGET
            else r
            for r in reads
        ]
    return reads


# How far a rounded figure may lie from the exact one it rounds ("ruim negen miljard" for
# € 9,22 miljard, "bijna zeven" for € 6,51 miljard).
_ROUNDING = Decimal("0.15")


def _restated(rounded: MoneyMatch, exact: MoneyMatch) -> bool:
    """Whether *exact*, in brackets right after *rounded*, restates it exactly: the same
    currency (a figure in another currency there is a conversion), neither a range's end nor
    ambiguous, *rounded* said to be rounded, and near it."""
    if rounded.currency != exact.currency or not rounded.approx or exact.approx:
        return False
    if rounded.ambiguous or exact.ambiguous or rounded.range_part or exact.range_part:
        return False
    if exact.amount <= 0:
        return False
    return abs(rounded.amount - exact.amount) <= _ROUNDING * exact.amount


# A table's columns of a target, then of what was realised: "Partner Indicator Norm
# Realisatie", "Begroot … Gerealiseerd", "Raming | Werkelijk".
_TARGET_THEN_ACTUAL = re.compile(
    r"\b(?:norm|doel\w*|streef\w*|begroot|geraamd|raming|plan\w*|target)\b.*"
    r"\b(?:realisatie|gerealiseerd|werkelijk|feitelijk|uitkomst|resultaat|actual)\b",
    re.IGNORECASE,
)
# Two values side by side, with nothing but a cell's edge between them.
_CELL_GAP = re.compile(r"\s*\|?\s*")


def _without_targets(text: str) -> tuple[str, list[MoneyMatch]]:
    """*text* with the first of every two amounts (or two percentages) side by side blanked,
    every offset kept, and the amounts blanked: under a "Norm … Realisatie" header the first
    value of a row is the target, the second what was spent ("US$ 940 mld US$ 977 mld",
    "bbp-aandeel 2,0% 3,5%"); the target is no budget and its share is no budget's share."""
    chars = list(text)
    money = find_money(text)
    blanked: list[MoneyMatch] = []
    for a, b in itertools.pairwise(money):
        if _CELL_GAP.fullmatch(text, a.end, b.start) and (not blanked or blanked[-1] is not a):
            chars[a.start : a.end] = " " * (a.end - a.start)
            blanked.append(a)
    for p, q in itertools.pairwise(find_percentages(text)):
        if _CELL_GAP.fullmatch(text, p.end, q.start):
            chars[p.start : p.end] = " " * (p.end - p.start)
    return "".join(chars), blanked


def _own_column(columns: tuple[str, ...], edition_year: int) -> str | None:
    """Of a table's year columns, the one the edition reports on: the latest that is not past
    the edition's year (later ones are plans, earlier ones context); None without columns."""
    if not columns:
        return None
    upto = [c for c in columns if not edition_year or int(c[:4]) <= edition_year]
    return max(upto, key=lambda c: c[:4]) if upto else None


def _no_budget(
    budgets: dict[tuple[str, str], Budget],
    amounts: list[Amount],
    key: tuple[str, str],
    reason: str,
) -> None:
    """Take the budget *key* out of *budgets*; the amount it was read from becomes one read
    for no one, for *reason* (in place)."""
    budget = budgets.pop(key)
    for i, amount in enumerate(amounts):
        if (
            amount.kind is AmountKind.BUDGET
            and (amount.country, amount.year) == key
            and amount.source == budget.source
        ):
            amounts[i] = attrs.evolve(amount, kind=AmountKind.OTHER, reason=reason)


def _earlier_in_record(
    budgets: dict[tuple[str, str], Budget],
    amounts: list[Amount],
    in_record: dict[tuple[str, str], tuple[int, str]],
) -> None:
    """A country's budget for a year given in its record (or in a section's table) beside its
    budget for a later year ("Budget 1933: 780 mln EUR" over "Budget 1932: EUR 772 mln";
    "Luxemburg 2046 653 mln. EUR" over "Luxemburg 2045 604 mln. EUR"), as _beside_a_later_year
    does for one sentence: the earlier figure is a comparison, no budget of the edition; the
    amount it was read as says so (in place, *budgets* and *amounts* changed)."""
    for key, where in list(in_record.items()):
        country, year = key
        later = [
            other
            for other, at in in_record.items()
            if at == where and other[0] == country and int(other[1][:4]) > int(year[:4])
        ]
        if not later or key not in budgets:
            continue
        reason = (
            f"an earlier year's figure ({year}), given in {country}'s record beside its "
            f"budget for {max(y for _, y in later)}"
        )
        _no_budget(budgets, amounts, key, reason)


# A heading that is a budget's label with its year and nothing else ("Begroting 2121/22",
# "Defensiebudget 2093"): the year of the figures under it that state none.
_LABELLED_YEAR = re.compile(
    r"^\s*(?:defensie-?|militaire\s+)?(?:begroting|budget|uitgaven)\s+"
    r"(?P<first>(?:19|20|21)\d{2})(?:\s?[/–—-]\s?(?P<second>(?:19|20|21)\d{2}|\d{2}))?\s*:?\s*$",
    re.IGNORECASE,
)


def _labelled_year(title: str) -> str | None:
    m = _LABELLED_YEAR.match(title)
    if m is None:
        return None
    year = full_year(m.group("first"), m.group("second"))
    # "2021/2018" is no pair of years (see full_year): no year is read.
    return year if "/" not in year or year[5:] > year[:4] else None


def _earlier_in_the_edition(
    budgets: dict[tuple[str, str], Budget], amounts: list[Amount], edition_year: int
) -> None:
    """A country's budget for a year before another of its budgets up to the edition's own
    year, wherever in the edition the two are written ("De Luxemburgse defensiebegroting voor
    2103 bedraagt EUR 810 mln. De realisatie over 2102 kwam uit op € 807 miljoen."; a table's
    figure for 2102 beside a paragraph's for 2103): an edition reports one budget a country,
    its latest up to the edition's year; the earlier figure is given to compare with, no
    budget of the edition (as _beside_a_later_year does within one sentence and
    _earlier_in_record within one record).  A later year past the edition's is left out of
    it: a figure for next year may be a plan read as a budget, and is no proof that an
    earlier one is context.  Without the edition's year nothing is compared (in place)."""
    if not edition_year:
        return
    latest: dict[str, tuple[int, str]] = {}
    for country, year in budgets:
        start = int(year[:4])
        if start <= edition_year and start > latest.get(country, (0, ""))[0]:
            latest[country] = (start, year)
    for key in list(budgets):
        country, year = key
        if country not in latest or int(year[:4]) >= latest[country][0]:
            continue
        later = budgets[(country, latest[country][1])]
        reason = (
            f"an earlier year's figure ({year}), given beside {country}'s budget for "
            f"{later.year} (page {later.source.page})"
        )
        _no_budget(budgets, amounts, key, reason)


def _beside_a_later_year(reads: list[ReadAmount], edition_year: int | None) -> list[ReadAmount]:
    """*reads*, a country's budget for a year given beside its budget for a later year in the
    same sentence ("Tegenover GBP 57,6 miljard in 2182/83 stond in 2183/84 … 58,7 miljard",
    "Waar X in 2183 nog … uittrok, was dat over 2184 …") made a comparison: the sentence is
    about the later year; the earlier figure is context, and its year the likeliest to have
    been read wrong.  The later figure may have been taken for something else than a budget
    (a row of a budget table run together with a box beside it: "Noorwegen 2079/80 € 10 mrd
    3% – fregatten → gedeelde wapensystemen 2080/81 € 9,99 mrd 2,9%"): a figure in the same
    currency for a later year up to the edition's own is the sentence's subject all the same.
    A plan, a target, a fund or a change for a later year is not."""
    latest: dict[str, int] = {}
    currency = {r.country: r.match.currency for r in reads if r.kind is AmountKind.BUDGET}
    for read in reads:
        if not (read.country and read.year):
            continue
        year = int(read.year[:4])
        subject = read.kind is AmountKind.BUDGET or (
            read.kind in _MAYBE_SUBJECT
            and read.match.currency == currency.get(read.country)
            and edition_year is not None
            and year <= edition_year
        )
        if subject:
            latest[read.country] = max(latest.get(read.country, 0), year)
    out = []
    for read in reads:
        if (
            read.kind is AmountKind.BUDGET
            and read.country
            and read.year
            and int(read.year[:4]) < latest[read.country]
        ):
            reason = (
                f"an earlier year's figure ({read.year}), given beside {read.country}'s budget "
                f"for {latest[read.country]}"
            )
            read = attrs.evolve(read, kind=AmountKind.OTHER, reason=reason)
        out.append(read)
    return out


# The kinds a later year's figure may have been taken for when it is the year's budget.
_MAYBE_SUBJECT = (AmountKind.INVESTMENT, AmountKind.OTHER, AmountKind.CONTRIBUTION)


def _plausible(read: ReadAmount) -> ReadAmount:
    """*read*, unless it was taken for a budget below :data:`MIN_BUDGET`: such an amount was
    read without its scale (written in a column header or a footnote not recognised), so it
    is left to ``check`` instead of being reported as a budget a million times too small."""
    if read.kind is AmountKind.BUDGET and read.match.amount < MIN_BUDGET:
        reason = f"too small for a defence budget ({read.match.text!r}): its scale is not stated"
        return attrs.evolve(read, kind=AmountKind.OTHER, reason=reason)
    return read


def _budget(read: ReadAmount, sentence: Sentence, default_year: int) -> Budget | None:
    if read.kind is not AmountKind.BUDGET or read.country is None:
        return None
    if read.year is None and not default_year:
        return None  # the edition's year unknown: no year to give the figure
    return Budget(
        read.country,
        read.year or str(default_year),
        Money(read.match.amount, read.match.currency),
        read.gdp_percent,
        sentence.source(),
        approximate=read.match.approx,
        found_in=read.found_in,
    )


def budgets_in_sentence(
    sentence: Sentence, section_country: str | None, default_year: int
) -> list[Budget]:
    """The yearly budgets one sentence states."""
    out = []
    for read in amounts_in_sentence(sentence, section_country, default_year):
        budget = _budget(read, sentence, default_year)
        if budget is not None:
            out.append(budget)
    return out


def explain_amounts(text: str) -> list[str]:
    """The amounts in *text* whose role the sentence does not say (kind ``OTHER``): in a
    sentence that gave no budget, the parse-health check lists them as misses."""
    reads = amounts_in_sentence(Sentence(text, 1, None, 0), None, 0)
    return [r.match.text for r in reads if r.kind is AmountKind.OTHER]


def _answered(sentences: Sequence[Sentence]) -> list[Sentence]:
    """*sentences*, each answer that names no country before its first amount read together
    with the question before it ("Hoeveel trok Frankrijk over 2093 uit voor zijn verdediging?
    Het antwoord luidt circa €63,6 miljard."): the question gives the country, the year and
    what the amount is."""
    out: list[Sentence] = []
    for i, sentence in enumerate(sentences):
        asked = sentences[i - 1] if i else None
        money = find_money(sentence.text) if asked is not None and asked.question else []
        if (
            asked is not None
            and money
            and not sentence.question
            and not find_money(asked.text)
            and not any(c[0] < money[0].start for c in find_countries(sentence.text))
        ):
            sentence = attrs.evolve(sentence, text=f"{asked.text} {sentence.text}")
        out.append(sentence)
    return out


# Longer than this, a line before a column header is prose, not the table's caption.
_MAX_CAPTION_LINE = 90


def _caption(before: Sequence[str]) -> str | None:
    """The caption of a column header set as a paragraph: the one or two short lines before
    it that state no amount ("Gemelde budgetten, in miljoenen eigen valuta." over "Tabel 1.
    Budgetten partnerlanden")."""
    lines: list[str] = []
    for text in reversed(before):
        if len(text) > _MAX_CAPTION_LINE or find_money(text):
            break
        lines.insert(0, text)
    return " ".join(lines) if lines else None


def _is_row(text: str, header: str) -> bool:
    """Whether *text* opens on a row of the table *header* heads."""
    rows = table_rows(text, header=header)
    return bool(rows) and rows[0].start == 0


def find_amounts(
    sections: Sequence[SectionContext], default_year: int, warnings: list[str]
) -> tuple[list[Budget], list[Amount]]:
    """The budgets of the edition, one per country and year (the first stated; a different
    figure stated later is warned about), and every amount with what it was taken for."""
    budgets: dict[tuple[str, str], Budget] = {}
    # The budgets whose year the text did not state (the edition's was taken).
    defaulted: set[tuple[str, str]] = set()
    amounts: list[Amount] = []
    # The budgets read from a record's fields: the record (its section and country) they
    # stand in (see _earlier_in_record).
    in_record: dict[tuple[str, str], tuple[int, str]] = {}
    caption: str | None = None
    owners = _note_owners(sections)
    for place, section in enumerate(sections):
        header = captioned(section.title, caption) if section.heading_found else None
        labelled = _labelled_year(section.title) if section.heading_found else None
        # What is written right before the next heading: a table's caption, if that heading
        # is the table's column header; a heading with no text (a caption set as a heading, or
        # the first part of a header row set over two) passes on what it was read with.
        caption = section.blocks[-1].text if section.blocks else (header or section.title)
        # A column header set as a paragraph, and what was written before it: the header of
        # the rows right under it, each perhaps a paragraph of its own.
        table: str | None = None
        before: list[str] = []
        for sentence in _answered(section.sentences):
            under: str | None
            if table is not None and _is_row(sentence.text, table):
                under = table
            else:
                under = header
                table = (
                    captioned(sentence.text, _caption(before))
                    if header_paragraph(sentence.text)
                    else None
                )
                opening = (
                    kept_header(sentence.text)
                    if header is None or not looks_like_header(header)
                    else None
                )
                if opening is not None:
                    # The header row kept before the rows in one paragraph: the caption above
                    # it (else the section's heading) may give the scale it does not.
                    under = captioned(opening, _caption(before) or header)
            before = [*before[-1:], sentence.text]
            reads = amounts_in_sentence(
                sentence,
                _default_country(sentence, section, owners),
                default_year,
                header=under,
                warnings=warnings,
            )
            for read in reads:
                if read.kind is AmountKind.BUDGET and read.year is None and labelled:
                    # Under "Begroting 2121/22" (a record's first row set as a heading):
                    # "Bedrag GBP 56,2 miljard" is that year's figure.
                    read = attrs.evolve(read, year=labelled)
                if read.kind is AmountKind.BUDGET and read.year is None and read.match.approx:
                    # "Alleen al Frankrijk besteedt jaarlijks ruim EUR 66 mrd. aan …": a
                    # rounded figure of no year in particular is said in passing, not the
                    # year's budget (which it would be only by guessing twice).
                    continue
                if read.kind is AmountKind.BUDGET and read.year is None and not default_year:
                    # A figure of no stated year in an edition whose own year is not known
                    # (a forced parse): whose year it is would be a guess.
                    read = attrs.evolve(
                        read,
                        kind=AmountKind.OTHER,
                        reason="no year is stated, and the edition's year is not known",
                    )
                year = read.year
                if year is None and read.kind is AmountKind.BUDGET:
                    year = str(default_year)
                budget = _budget(read, sentence, default_year)
                if budget is not None:
                    key = (budget.country, budget.year)
                    if sentence.record is not None and key not in budgets:
                        in_record[key] = (place, sentence.record)
                    elif budget.found_in == "table" and key not in budgets:
                        # A table's rows are one record of figures: a country listed twice
                        # ("Luxemburg 2046 …", "Luxemburg 2045 …") is compared with itself.
                        in_record[key] = (place, "table")
                    if read.year is None and key not in budgets:
                        defaulted.add(key)
                    elif read.year is not None:
                        defaulted.discard(key)
                    kept = budgets.setdefault(key, budget)
                    if kept.money != budget.money and kept.approximate and not budget.approximate:
                        # "Kort gezegd: België geeft circa 8,5 miljard euro uit" before the
                        # exact "€ 8,3 miljard": the exact figure is the budget.
                        budgets[key] = budget
                    elif kept.money != budget.money and budget.approximate:
                        pass  # a rounded restatement of the figure kept
                    elif kept.money != budget.money and (
                        _CORRECTION.search(sentence.text)
                        or (
                            _ATTRIBUTED.search(kept.source.text)
                            and not _ATTRIBUTED.search(sentence.text)
                        )
                    ):
                        # "Nee, dat is te hoog. Frankrijk kwam in 2107 uit op 60,2 miljard":
                        # the figure that corrects the one before is the budget.  So is one
                        # the text states itself against one it gave as another's ("Volgens
                        # deze bijlage had Italië als defensiebudget € 33 miljard. Vastgesteld
                        # is dat Italië in 2041 € 29,7 miljard voor defensie bestemt.").
                        budgets[key] = budget
                        warnings.append(
                            f"the defence budget for {key[0]} {key[1]} was corrected: "
                            f"{budget.money.amount} {budget.money.currency} (page "
                            f"{budget.source.page}) instead of {kept.money.amount} "
                            f"{kept.money.currency} (page {kept.source.page})"
                        )
                    elif kept.money != budget.money:
                        warnings.append(
                            f"two defence budgets for {key[0]} {key[1]}: "
                            f"{kept.money.amount} {kept.money.currency} (kept, page "
                            f"{kept.source.page}) and {budget.money.amount} "
                            f"{budget.money.currency} (page {budget.source.page})"
                        )
                    elif kept.gdp_percent is None and budget.gdp_percent is not None:
                        # The same figure restated with its share (a table after the text).
                        budgets[key] = attrs.evolve(kept, gdp_percent=budget.gdp_percent)
                amounts.append(
                    Amount(
                        read.kind,
                        Money(read.match.amount, read.match.currency),
                        read.country,
                        year,
                        sentence.source(),
                        approximate=read.match.approx,
                        reason=read.reason,
                    )
                )
    _earlier_in_record(budgets, amounts, in_record)
    amounts += _heading_amounts(sections)
    for key in defaulted:
        _fold_into_fiscal_year(budgets, key, warnings)
    _earlier_in_the_edition(budgets, amounts, default_year)
    marks = _fiscal_marks(sections)
    if marks:
        return _marked_fiscal_years(budgets, amounts, marks)
    return list(budgets.values()), amounts


_UNIT_MARK = re.compile(r"(?:\bx|×|\bin)\s*$", re.IGNORECASE)


def _heading_amounts(sections: Sequence[SectionContext]) -> list[Amount]:
    """The amounts set as headings (a slide's key figure in large type: "DKK 49,4 mrd"), read
    for no one: no budget is taken from a heading, but while one stands in a budget's
    currency, the diff does not call that budget gone (or new)."""
    out = []
    for section in sections:
        block = section.heading_block
        if not section.heading_found or block is None:
            continue
        if not any(ch.isdigit() for ch in section.title):
            continue  # most headings: no figure, and reading one for money is not free
        for m in find_money(section.title):
            if _UNIT_MARK.search(section.title, 0, m.start):
                continue  # "Uitgaven (x € 1 mln)": a column's unit, no amount
            out.append(
                Amount(
                    AmountKind.OTHER,
                    Money(m.amount, m.currency),
                    None,
                    None,
                    Source(block.page, block.page_label, block.text),
                    approximate=m.approx,
                    reason="set as a heading, not read as a budget",
                )
            )
    return out


# A note that defines a mark as a fiscal year, with an example of what a year then stands
# for: "* Begrotingsjaar loopt april–maart: hier staat 2094 voor 2094/95 en 2093 voor
# 2093/94" (under a table whose rows mark the countries: "Verenigd Koninkrijk* GBP 74.500").
_FISCAL_NOTE = re.compile(
    r"(?<![\w*†‡])(?P<mark>[*†‡])\s*(?P<note>[^.;]{0,160}?\b(?:begrotings|boek|fiscaal\s+|financieel\s+)"
    r"jaar\b[^.]{0,160})",
    re.IGNORECASE,
)
_STANDS_FOR = re.compile(
    r"\b(?P<year>\d{4})\s+(?:voor|=|als)\s+(?P<first>\d{4})\s*[/–-]\s*(?P<second>\d{2,4})\b"
)


def _fiscal_marks(sections: Sequence[SectionContext]) -> dict[str, int]:
    """Each mark a note defines as a fiscal year, with how its year stands to the fiscal
    year's first: 0 when "2094" is 2094/95, -1 when it is 2093/94.  A note with no example
    says nothing of which, and is left alone."""
    marks: dict[str, int] = {}
    for sentence in (s for section in sections for s in section.sentences):
        for m in _FISCAL_NOTE.finditer(sentence.text):
            example = _STANDS_FOR.search(m.group("note"))
            if example is None:
                continue
            year, first = int(example.group("year")), int(example.group("first"))
            second = full_year(example.group("first"), example.group("second")).split("/")[-1]
            if year == first:
                marks.setdefault(m.group("mark"), 0)
            elif str(year) == second:
                marks.setdefault(m.group("mark"), -1)
    return marks


def _marked_fiscal_years(
    budgets: dict[tuple[str, str], Budget], amounts: list[Amount], marks: dict[str, int]
) -> tuple[list[Budget], list[Amount]]:
    """The budgets and amounts of a single year whose country is followed by a mark that a
    note defines as a fiscal year ("Duitsland* EUR 119.800" in the 2094 column), with that
    fiscal year: "2094/2095"."""

    def fiscal(country: str | None, year: str | None, source: Source) -> str | None:
        if country is None or year is None or not year.isdigit():
            return None
        for _, end, code in find_countries(source.text):
            mark = source.text[end : end + 1]
            if code == country and mark in marks:
                begin = int(year) + marks[mark]
                return full_year(str(begin), str(begin + 1)[-2:])
        return None

    out: dict[tuple[str, str], Budget] = {}
    for (country, year), budget in budgets.items():
        moved = fiscal(country, year, budget.source)
        if moved is not None and (country, moved) not in budgets:
            out[(country, moved)] = attrs.evolve(budget, year=moved)
        else:
            out[(country, year)] = budget
    amounts = [
        attrs.evolve(a, year=moved)
        if (moved := fiscal(a.country, a.year, a.source)) is not None
        else a
        for a in amounts
    ]
    return list(out.values()), amounts


# A footnote's text, opening with its number and a word: "3 Defensiebudget 2131: EUR 59,9
# mld." (not "1 S van het Forsvarsdepartementet", a sentence cut after "Prop.").
# (The mark may be glued to the note's first word: "2Duitse defensie kreeg …", as TeX sets a
# raised mark right before the text.)
_FOOTNOTE = re.compile(r"^\s*(?P<n>\d{1,2})\s*(?=[A-ZÀ-Þ][a-zà-ÿ])")
# A note's mark in the text it belongs to: a number glued to a word ("in voetnoot2") or to
# the punctuation after one ("(2,2% bbp).1"), never to another number ("3.1", "F35").
_NOTE_MARK = re.compile(r"(?:(?<=[a-zà-ÿ])|(?<=[a-zà-ÿ%)][.,;:])|(?<=\)))(\d{1,2})(?=[\s.,;:)]|$)")


def _note_owners(sections: Sequence[SectionContext]) -> dict[tuple[int, str], str | None]:
    """For each note mark (page, number), the country of the sentence that holds it: the one
    country it names, else its record's or its section's; None when that is not one."""
    owners: dict[tuple[int, str], str | None] = {}
    # Only the pages that hold a note are looked at (most hold none).
    pages = {s.page for section in sections for s in section.sentences if _FOOTNOTE.match(s.text)}
    for section in sections:
        for sentence in section.sentences:
            if sentence.page not in pages or _FOOTNOTE.match(sentence.text):
                continue
            for m in _NOTE_MARK.finditer(sentence.text):
                named = {code for _, _, code in find_countries(sentence.text)} - {NETHERLANDS}
                own = sentence.record or sentence.lead or section.country
                country = next(iter(named)) if len(named) == 1 else (None if named else own)
                key = (sentence.page, m.group(1))
                owners[key] = country if key not in owners else None  # two marks: unknown
    return owners


def _default_country(
    sentence: Sentence,
    section: SectionContext,
    owners: dict[tuple[int, str], str | None] | None = None,
) -> str | None:
    """The country a sentence's amount is taken for when the sentence names none: its
    record's, else its section's; for a note at the foot of a page, the country of the
    sentence that holds its mark ("Frankrijk … Defensiebudget: in voetnoot2"), never the
    section it happens to be set after (the notes of a page follow the last section on it,
    whichever country that is), and none when no mark is found."""
    if sentence.record:
        return sentence.record
    note = _FOOTNOTE.match(sentence.text)
    if note is not None:
        return (owners or {}).get((sentence.page, note.group("n")))
    return sentence.lead or section.country


def find_unread_figures(
    sections: Sequence[SectionContext], amounts: Sequence[Amount]
) -> list[Unread]:
    """The sentences that name a country (or stand in its section) beside a currency and a
    number, and from which no amount was read for that country: the country's budget may be
    stated there in a form not read (a table row whose figure stands apart from its currency,
    a figure in words).  The diff then calls a budget missing from this edition "not read",
    never "removed" (or "added" when it is missing from the older one): the edition may well
    give it.  The Netherlands is left out: its own figures are never a partner's budget."""
    read = {(a.source.page, a.source.text, a.country) for a in amounts}
    per_sentence = Counter((a.source.page, a.source.text) for a in amounts)
    out: list[Unread] = []
    seen: set[tuple[int, str, str]] = set()
    owners = _note_owners(sections)
    for section in sections:
        for sentence in _answered(section.sentences):
            text = sentence.text[:MAX_SENTENCE_CHARS]
            # Every figure of the sentence gave an amount: the countries it names without one
            # are named for some other reason ("ter vergelijking: Tsjechië 1,7% bbp").
            if money_figures(text) <= per_sentence[(sentence.page, sentence.text)]:
                continue
            named = [code for _, _, code in find_countries(text)]
            if not named and _default_country(sentence, section, owners):
                named = [_default_country(sentence, section, owners) or ""]
            for country in dict.fromkeys(named):
                key = (sentence.page, sentence.text, country)
                if country == NETHERLANDS or key in read or key in seen:
                    continue
                seen.add(key)
                out.append(Unread(country, sentence.source()))
    return out


# The plan cues that only say a figure is estimated: "raming", "geraamd".
_ESTIMATE = re.compile(r"\s*(?:raming|geraamd)", re.IGNORECASE)


# A sentence that corrects a figure given before it.
# A figure given as another's: "volgens de bijlage", "naar opgave van het ministerie", "het
# ministerie meldde", "opgegeven".
_ATTRIBUTED = re.compile(
    r"\b(?:volgens|naar\s+opgave|opgegeven|gemeld|meldde|meldden|rapporteerde|"
    r"rapporteerden|claimde|claimden|noemde|noemden)\b",
    re.IGNORECASE,
)
# The text corrects a figure, or says it established it: "stelden vast", "geverifieerd".
_CORRECTION = re.compile(
    r"\b(?:nee|onjuist|niet\s+juist|klopt\s+niet|te\s+hoog|te\s+laag|corrigeer\w*|"
    r"gecorrigeerd|rectific\w*|juiste\s+(?:cijfer|bedrag)|"
    r"(?:stelden|stelde|stellen)\s+(?:\w+\s+){0,2}?vast|vastgesteld\s+is\s+dat|geverifieerd)\b",
    re.IGNORECASE,
)


def _fold_into_fiscal_year(
    budgets: dict[tuple[str, str], Budget], key: tuple[str, str], warnings: list[str]
) -> None:
    """A budget whose year was not stated (the edition's, *key*'s) beside one of the same
    country for a fiscal year starting then ("… besteedde iets boven € 7,6 miljard" and the
    table's "2078/2079 7,61 mld"): the sentence restates that budget, so it is none of its own.
    The same figure or a rounded one adds nothing; another exact figure is warned about, and
    neither is taken for the calendar year, which no sentence named."""
    country, year = key
    fiscal = next(
        (b for (c, y), b in budgets.items() if c == country and y.startswith(f"{year}/")), None
    )
    if fiscal is None:
        return
    restated = budgets.pop(key)
    if restated.money != fiscal.money and not restated.approximate:
        warnings.append(
            f"two defence budgets for {country}: {fiscal.money.amount} {fiscal.money.currency} "
            f"for {fiscal.year} (kept, page {fiscal.source.page}) and "
            f"{restated.money.amount} {restated.money.currency} with no year stated (page "
            f"{restated.source.page})"
        )


def find_budgets(sections: Sequence[SectionContext], default_year: int) -> list[Budget]:
    return find_amounts(sections, default_year, [])[0]
