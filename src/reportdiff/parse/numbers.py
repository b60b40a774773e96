"""Money and percentages as Dutch text writes them.

"€45 miljard" → 45000000000 EUR; "EUR 12,3 mrd." → 12300000000 EUR; "1,57%" → 1.57.

How a text is read, in one left-to-right pass (linear in the length of the text):

1. **Tokens.**  One regular expression finds numbers, currencies, scale words, qualifiers
   ("circa"), range and list connectors ("–", "tot", "en", ",") and "tussen"/"van".  Two tokens
   belong together only when nothing but a little whitespace (at most ``_MAX_GAP`` characters)
   separates them.  Every quantifier that can run long is atomic, so a megabyte of digits and
   separators is one token read once.

2. **An amount** is ``[qualifier] [currency-before] number [scale] [currency-after]``, and it
   needs a currency.  Symbols (€, $, US$, £) stand only before the number, currency words
   ("euro", "pond sterling", "Noorse kronen") only after it, ISO codes (EUR, USD, NOK, …) on
   either side.  A code between two numbers belongs to the one before it unless that one is a
   year or already has a currency: "45 miljard EUR 46 miljard" is 45 × 10⁹ EUR and nothing, and
   "in 2021 EUR 45 bn" is 45 × 10⁹ EUR.  A code glued to the number ("EUR45") is not read: a
   number never starts right after a letter, so "F35 euro" is no amount either.  A bare
   "kronen"/"kroon"/"frank" closes an amount without naming a currency, so that amount is not
   reported, unless asked for (``find_money(text, candidates=True)``): then it comes with the
   currency ``NO_CURRENCY`` ("XXX") and the currencies the word may stand for in
   ``currency_candidates``, for the caller to settle from the context (``parse.budgets``).

3. **Years are never amounts.**  A plain four-digit number 1900–2100 with no scale word after it
   is a year ("2021", both halves of "2021/2022" and "2021-2022", and the "22" of "2021-22").
   With a scale word it is a number ("2000 miljoen euro").  "€ 2021" is therefore no amount.

4. **Digits.**  The decimal comma and the grouping dot are the nl_NL locale's, read by Babel's
   strict parser (``parse_number``).  Besides, explicitly:

   - Space grouping: a first group of 1–3 digits not starting with 0, followed by groups of
     exactly three digits, each after one space, U+00A0, U+202F or U+2009 ("45 000" = 45000).
     A four-digit first group is no grouping, so "2021 45" is two numbers, and "2021 450
     miljoen" is a year and 450 × 10⁶; nor is the tail of "2020-21" a first group ("2020-21 100
     miljoen" is 100 × 10⁶).  In a space-grouped number one "," or "." is the decimal mark.
     The cost: two numbers written side by side as "3 450" read as 3450.
   - A single dot followed by anything but exactly three digits cannot be Dutch grouping, so it
     is a decimal point ("1.57%", "€ 1.5 miljard").  Neither can "0.500": it is 0.5.
   - English grouping that Dutch cannot read ("1,000,000", "1,000.5") has one reading, the
     English one.
   - **Ambiguous**: a single comma followed by exactly three digits after a first group of 1–3
     digits not starting with 0 ("1,000", "4,755").  Dutch reads 1.000 and 4.755; an English
     writer meant 1000 and 4755.  Such an amount has ``ambiguous=True``, ``amount`` is the Dutch
     reading and ``alternatives`` holds the English one (unless it is out of bounds; the flag
     is set all the same).  "1.000" (a dot and three digits) is
     *not* ambiguous: it is how Dutch writes a thousand, and no writer pads a decimal amount to
     three places with a dot.  The scale "bln" is ambiguous too (Dutch biljoen 10¹² or English
     billion 10⁹); "bn" is only English (10⁹), "biljoen" only Dutch (10¹²).
   - More than ``_MAX_DIGITS`` digits, or a shape no rule reads ("1.2.3"), is no number.

5. **Ranges and lists.**  Items joined by "–", "—", "-" (between digits, no spaces), "tot",
   "à", or "en" after "tussen", form a range; joined by "en", "of", or ", … en" they form a
   list.  In a list the scale and currency written after the last item are shared backwards
   ("40, 45 en 50 miljard euro"); in a range both ends share both scale and currency in both
   directions ("€ 40–45 miljard", "tussen 40 en 45 miljard euro").  Both ends are reported with
   ``range_part`` "low" and "high"; a range whose low end is above its high end is ambiguous.
   Nothing flows across a bare comma ("3, 45 miljard euro" is 45 × 10⁹ only), nor into an item
   that wrote its own currency after it.

6. **Qualifiers** "circa", "ca.", "ruim", "bijna", "ongeveer", "zo'n", "rond", … directly before
   the amount (or its symbol) set ``approx`` and ``qualifier``; the span stays the amount's.
   A qualifier before a range's low end qualifies the whole range.

7. **Bounds.**  An amount above ``MAX_AMOUNT`` (10¹⁵ units) is dropped; all arithmetic is done
   in a local decimal context that is exact for every accepted number and traps nothing.  An
   integral amount is a plain integer Decimal (45000000000, never 4.5E+10); any other is exact.
   Negative numbers ("−4,8 miljard") are not read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from decimal import Context, Decimal, InvalidOperation
from functools import cache, lru_cache

import attrs

from reportdiff.dates import MONTH_PATTERN, MONTHS, YEAR
from reportdiff.vocab import vocabulary
from reportdiff.vocab._lexicon import longest_first
from reportdiff.vocab.currencies import (
    AMBIGUOUS_CURRENCY_WORDS,
    AMBIGUOUS_SCALES,
    APPROX_QUALIFIERS,
    CURRENCY_ADJECTIVE,
    CURRENCY_ADJECTIVE_WORDS,
    CURRENCY_CANDIDATES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    HEADER_SCALES,
    NO_CURRENCY,
    SCALES,
)

__all__ = [
    "MAX_AMOUNT",
    "MoneyMatch",
    "PercentMatch",
    "YearMatch",
    "find_money",
    "find_percentages",
    "find_years",
    "full_year",
    "header_currency",
    "header_scale",
    "holds_scaled_figure",
    "may_hold_money",
    "money_figures",
    "names_currency",
    "number_word",
    "parse_number",
    "pays_in",
    "scaled_by",
    "written_scale",
]

MAX_AMOUNT = Decimal(10) ** 15
_MAX_DIGITS = 40
_MAX_GAP = 6
_ONE = Decimal(1)
# Exact for any accepted number (≤ 40 digits) times any scale (≤ 10**12); traps nothing.
_CONTEXT = Context(prec=120, Emax=10**6, Emin=-(10**6), traps=[])

_GROUP_SPACES = " \u00a0\u202f\u2009"
# Not inside a word or another number, not after a minus sign or a "/" (the "22" of "2021/22"),
# and not glued to a closing mark: a digit right after a word, ".", ",", ":", ";", ")", "]" or
# a closing quote is a footnote marker ("begroot.1", "mln:2", "dollars)3"), never an amount.
_NUM_START = r"(?<![^\W_]|[.,/:;)\]”’\"*†])(?<![^\d]-)(?<!\A-)(?<!−)"
# Space grouping needs a first group of 1-3 digits not starting with 0, and is not read right
# after "2021-" (the "22" of "2021-22 450 miljoen" is a year's tail, not a group).
_NUM_BODY = (
    rf"(?>(?<!{YEAR}[-–—])[1-9]\d{{0,2}}(?:[{_GROUP_SPACES}]\d{{3}}(?!\d))+(?:[.,]\d+)*"
    r"|\d+(?:[.,]\d+)*)"
)
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"


@attrs.frozen
class MoneyMatch:
    """An amount in a currency, scaled to units of that currency.

    ``start``/``end``/``text`` span the amount as written (currency, number, scale), without a
    qualifier.  ``ambiguous`` amounts must not be reported as facts: ``amount`` is the Dutch
    reading and ``alternatives`` the other readings.  Both ends of a range are matches, with
    ``range_part`` "low" or "high".
    """

    start: int
    end: int
    amount: Decimal
    currency: str
    text: str
    approx: bool = False
    qualifier: str | None = None
    ambiguous: bool = False
    alternatives: tuple[Decimal, ...] = ()
    range_part: str | None = None
    # For a currency word that names several currencies ("kronen"): those currencies, with
    # ``currency`` set to NO_CURRENCY.  Empty when the currency is stated.
    currency_candidates: tuple[str, ...] = ()


@attrs.frozen
class PercentMatch:
    start: int
    end: int
    value: Decimal
    ambiguous: bool = False


@vocabulary
def _dutch_numbers() -> tuple[Callable[..., Decimal], type[Exception]]:
    """babel's number parser with the Dutch locale's data loaded (on its first use babel
    reads the locale from disk: done here, so that ``preload`` does it before a fork)."""
    from babel.numbers import NumberFormatError, parse_decimal

    parse_decimal("1", locale="nl_NL", strict=True)
    return parse_decimal, NumberFormatError


@vocabulary
def _territory_currencies() -> Callable[[str], list[str]]:
    """babel's currencies in use in a territory (CLDR's data), loaded before a fork."""
    from babel.numbers import get_territory_currencies

    get_territory_currencies("NL")
    return get_territory_currencies


@lru_cache(maxsize=512)
def pays_in(country: str, currency: str) -> bool:
    """Whether *currency* is (one of) *country*'s own currency, by CLDR's territory data:
    PLN is Poland's, DKK Denmark's and Greenland's, EUR Germany's."""
    try:
        return currency in _territory_currencies()(country)
    except (KeyError, ValueError):  # a code CLDR does not know
        return False


def parse_number(text: str) -> Decimal | None:
    """A Dutch-formatted number, or None when it is not one."""
    parse_decimal, number_format_error = _dutch_numbers()
    try:
        value = parse_decimal(text, locale="nl_NL", strict=True)
    except (number_format_error, ValueError, InvalidOperation):
        return None
    return value if isinstance(value, Decimal) and value.is_finite() else None


_PLAIN = re.compile(r"\d+(?:,\d+)?")
_DUTCH_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_ENGLISH_SHAPE = re.compile(r"[1-9]\d{0,2},\d{3}")
_ENGLISH_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_DOT_DECIMAL = re.compile(r"\d+\.\d+")
_SPACE_CHARS = re.compile(f"[{_GROUP_SPACES}]")
_SEPARATOR = re.compile(r"[.,]")


@lru_cache(maxsize=4096)
def _readings(token: str) -> tuple[Decimal, ...]:
    """The values a number token can mean, the Dutch one first; () when it is no number."""
    if sum(c.isdigit() for c in token) > _MAX_DIGITS:
        return ()
    if _SPACE_CHARS.search(token):
        head, *tail = _SEPARATOR.split(token)
        if len(tail) > 1:
            return ()
        whole = _SPACE_CHARS.sub("", head)
        return (Decimal(f"{whole}.{tail[0]}" if tail else whole),)
    if _PLAIN.fullmatch(token) or _DUTCH_GROUPED.fullmatch(token):
        value = parse_number(token)
        if value is None:
            return ()
        if _ENGLISH_SHAPE.fullmatch(token):
            return (value, Decimal(token.replace(",", "")))
        return (value,)
    if _ENGLISH_GROUPED.fullmatch(token):
        return (Decimal(token.replace(",", "")),)
    if _DOT_DECIMAL.fullmatch(token):
        return (Decimal(token),)
    return ()


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100


def _scaled(number: Decimal, scale: Decimal) -> Decimal | None:
    """number × scale as a plain Decimal, or None when it is out of bounds."""
    value = _CONTEXT.multiply(number, scale)
    if not value.is_finite() or value < 0 or value > MAX_AMOUNT:
        return None
    if value == _CONTEXT.to_integral_value(value):
        return _CONTEXT.quantize(value, _ONE)
    return _CONTEXT.normalize(value)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _alternation(keys: Iterable[str]) -> str:
    """Longest first; a space in a key matches a short run of whitespace."""
    return "|".join(
        r"\s{1,4}".join(re.escape(part) for part in key.split(" "))
        for key in sorted(set(keys), key=longest_first)
    )


_WORD_CURRENCIES: dict[str, str | None] = {
    **{_key(k): v for k, v in CURRENCY_WORDS.items()},
    **{_key(k): None for k in AMBIGUOUS_CURRENCY_WORDS},
}
_WORD_CANDIDATES: dict[str, tuple[str, ...]] = {_key(k): v for k, v in CURRENCY_CANDIDATES.items()}
_SCALE_READINGS: dict[str, tuple[Decimal, ...]] = {
    **{_key(k): (v,) for k, v in SCALES.items()},
    **{_key(k): v for k, v in AMBIGUOUS_SCALES.items()},
}
_RANGE_CONNECTORS = frozenset({"–", "—", "-", "tot", "à"})


# Dutch numbers below a million written as one word: "twintig", "vierenveertig",
# "tweeëntachtig", "zevenhonderdvierenveertig", "achtduizendvijfhonderd".
_UNIT_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
}  # fmt: skip
_TEEN_WORDS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
_NUMBER_PARTS = "|".join(
    sorted({*_UNIT_WORDS, *_TEEN_WORDS, *_TENS_WORDS, "honderd", "duizend"}, key=longest_first)
)
_NUMBER_WORD = rf"(?:{_NUMBER_PARTS})(?:(?:en|ën)?(?:{_NUMBER_PARTS}))*"


def _below_hundred(word: str) -> int | None:
    for table in (_UNIT_WORDS, _TEEN_WORDS, _TENS_WORDS):
        if word in table:
            return table[word]
    for tens, value in _TENS_WORDS.items():
        if word.endswith(tens):
            head = word[: -len(tens)]  # "vieren", "tweeën"
            for joint in ("en", "ën"):
                if head.endswith(joint) and head[: -len(joint)] in _UNIT_WORDS:
                    return _UNIT_WORDS[head[: -len(joint)]] + value
    return None


def _below_thousand(word: str) -> int | None:
    if "honderd" not in word:
        return _below_hundred(word)
    head, _, tail = word.partition("honderd")
    hundreds = 1 if head == "" else _UNIT_WORDS.get(head)
    if hundreds is None or head in ("een", "één"):
        return None  # "eenhonderd" is not written
    if tail == "":
        return hundreds * 100
    rest = _below_hundred(tail.removeprefix("en"))
    return None if rest is None else hundreds * 100 + rest


def number_word(word: str) -> int | None:
    """The value of a Dutch number written as one word below a million, or None."""
    word = word.casefold()
    if "duizend" not in word:
        return _below_thousand(word)
    head, _, tail = word.partition("duizend")
    thousands = 1 if head == "" else _below_thousand(head)
    if thousands is None:
        return None
    if tail == "":
        return thousands * 1000
    rest = _below_thousand(tail.removeprefix("en"))
    return None if rest is None else thousands * 1000 + rest


@vocabulary
def _token_pattern() -> re.Pattern[str]:
    words = _alternation([*CURRENCY_WORDS, *AMBIGUOUS_CURRENCY_WORDS])
    scales = _alternation([*SCALES, *AMBIGUOUS_SCALES])
    lettered = [k for k in CURRENCY_SYMBOLS if k[:1].isalpha()]
    plain = [k for k in CURRENCY_SYMBOLS if not k[:1].isalpha() and k != "$"]
    adjective_words = _alternation(CURRENCY_ADJECTIVE_WORDS)
    return re.compile(
        rf"(?P<num>{_NUM_START}{_NUM_BODY})"
        # A symbol with letters ("A$", "NZ$") is a whole word; a bare "$" glued to letters
        # we do not know ("HK$", "S$") is some other dollar: "osym", no currency.
        rf"|(?P<sym>{_alternation(plain)}|{_NOT_AFTER_LETTER}(?:{_alternation(lettered)})"
        r"|(?<![^\W\d_])(?<![^\W\d_]\.)\$)"
        r"|(?P<osym>(?<![^\W\d_])[^\W\d_]{1,5}\.?\$)"
        rf"|{_NOT_AFTER_LETTER}(?:"
        rf"(?P<code>{_alternation(CURRENCY_CODES)})"
        rf"|(?P<word>(?i:{words}))"
        # A nationality adjective not in CURRENCY_WORDS before a currency word: an amount
        # in some currency we cannot name, so it closes the amount and reports nothing.
        rf"|(?P<oword>(?i:{CURRENCY_ADJECTIVE})\s{{1,4}}(?i:{adjective_words}))"
        rf"|(?P<scale>(?i:{scales}))"
        rf"|(?P<qual>(?i:{_alternation(APPROX_QUALIFIERS)}))"
        # A number written in words ("zevenhonderdvierenveertig"): one Dutch word below a
        # million, read by number_word(); never "en" alone.
        rf"|(?P<wnum>(?i:{_NUMBER_WORD}))"
        r"|(?P<conn>(?i:tot|en|of)|à)"
        # "komma" joins the two halves of a decimal in words ("vijfenzestig komma drie
        # miljard"): neither half is the amount (see _word_item).
        r"|(?P<decimal>(?i:komma))"
        r"|(?P<intro>(?i:tussen|van))"
        rf"){_NOT_BEFORE_LETTER}"
        r"|(?P<dash>[–—]|(?<=\d)-(?=\d)|,(?=\s))"
    )


@attrs.define
class _Tok:
    kind: str
    start: int
    end: int
    text: str


@attrs.define
class _Item:
    start: int
    end: int
    numbers: tuple[Decimal, ...]
    scales: tuple[Decimal, ...] | None
    currency: str | None
    has_currency: bool
    closed: bool  # its currency is written after it: nothing flows into it
    qualifier: str | None
    range_part: str | None = None
    inverted: bool = False
    candidates: tuple[str, ...] = ()  # the currencies an ambiguous currency word may name


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _token_pattern().finditer(text):
        kind = m.lastgroup or ""
        out.append(_Tok("conn" if kind == "dash" else kind, m.start(), m.end(), m.group()))
    return out


def _touch(text: str, end: int, start: int) -> bool:
    """Only a little whitespace between *end* and *start*."""
    return end == start or (0 < start - end <= _MAX_GAP and text[end:start].isspace())


def _year_tail(toks: list[_Tok], j: int) -> bool:
    """toks[j] is the second half of "2021-22" or "2021–2022"."""
    if j < 2 or toks[j].kind != "num" or len(toks[j].text) not in (2, 4):
        return False
    dash, year = toks[j - 1], toks[j - 2]
    return (
        dash.kind == "conn"
        and dash.text in "-–—"
        and year.kind == "num"
        and _is_year(year.text)
        and year.end == dash.start
        and dash.end == toks[j].start
        and toks[j].text.isdigit()
    )


def _code_leads(text: str, toks: list[_Tok], j: int, scales: tuple[Decimal, ...] | None) -> bool:
    """toks[j] is an ISO code between two numbers that belongs to the one after it: the one
    before has no scale word, so it is a footnote marker or a list number ("1 AUD 77.800 mln:
    …" at the start of a footnote), while "45 miljard EUR 46 miljard" keeps EUR with 45."""
    return (
        toks[j].kind == "code"
        and scales is None
        and j + 1 < len(toks)
        and toks[j + 1].kind == "num"
        and _touch(text, toks[j].end, toks[j + 1].start)
        # A share or a year after the code cannot be its amount: "7.850 EUR 3,4%" (a table's
        # amount, currency and share cells) keeps EUR with 7.850.
        and not _PERCENT_AFTER.match(text, toks[j + 1].end)
        and not _is_year(toks[j + 1].text)
    )


# Right after a number: it is a percentage, not an amount.
_PERCENT_AFTER = re.compile(r"[ \u00a0\u202f]?(?:%|(?i:procent|pct\b|procentpunt))")


def _word_item(
    text: str, toks: list[_Tok], i: int, j: int, qualifier: str | None
) -> tuple[_Item | None, int]:
    """A number in words as an amount: only with a scale word right after it and its
    currency after that ("zevenhonderdvierenveertig miljoen euro"), or parts of falling
    scales before the currency ("negenenvijftig miljard honderd miljoen euro": 59.1
    billion); a word number alone is no amount ("twee fregatten", "een miljard" with no
    currency)."""
    n = len(toks)
    if (j >= 1 and toks[j - 1].kind == "decimal") or (j + 1 < n and toks[j + 1].kind == "decimal"):
        # A decimal in words: "drie miljard" is not the amount "vijfenzestig komma drie
        # miljard" states, nor is "vijfenzestig"; the figure is left unread.
        return None, j + 1
    # The second number of a range or choice in words ("twee of drie miljard euro") is not
    # read on its own: which amount is meant is not said; nor is a later part of an amount
    # in words (read with its first part).
    after_another = j >= 2 and (
        (toks[j - 1].kind == "conn" and toks[j - 2].kind in ("wnum", "num"))
        or (toks[j - 1].kind == "scale" and toks[j - 2].kind == "wnum")
    )
    if after_another:
        return None, j + 1
    total = Decimal(0)
    scale: Decimal | None = None
    k = j
    while True:
        value = number_word(toks[k].text)
        if (
            value is None
            or k + 1 >= n
            or toks[k + 1].kind != "scale"
            or not _touch(text, toks[k].end, toks[k + 1].start)
        ):
            return None, k + 1
        readings = _SCALE_READINGS.get(_key(toks[k + 1].text))
        if readings is None or len(readings) != 1 or (scale is not None and readings[0] >= scale):
            return None, k + 2  # an unknown scale, or not falling: not one amount
        scale = readings[0]
        total += Decimal(value) * scale
        if (
            k + 3 < n
            and toks[k + 2].kind == "wnum"
            and _touch(text, toks[k + 1].end, toks[k + 2].start)
        ):
            k += 2  # another part: "… miljard honderd miljoen …"
            continue
        break
    if (
        k + 2 >= n
        or toks[k + 2].kind not in ("word", "code")
        or not _touch(text, toks[k + 1].end, toks[k + 2].start)
    ):
        return None, k + 2
    cur = toks[k + 2]
    currency = (
        CURRENCY_CODES[cur.text] if cur.kind == "code" else _WORD_CURRENCIES.get(_key(cur.text))
    )
    if currency is None:
        return None, k + 3
    if k == j:
        numbers, scales = (Decimal(number_word(toks[j].text) or 0),), (scale,)
    else:
        numbers, scales = (total,), (Decimal(1),)
    item = _Item(
        toks[i].start if qualifier else toks[j].start,
        cur.end,
        numbers,
        scales,
        currency,
        True,
        True,
        qualifier,
    )
    return item, k + 3


def _item(text: str, toks: list[_Tok], i: int) -> tuple[_Item | None, int]:
    """The amount-like item starting at toks[i] and the index after it."""
    n, j = len(toks), i
    qualifier = None
    if toks[j].kind == "qual" and j + 1 < n and _touch(text, toks[j].end, toks[j + 1].start):
        qualifier = toks[j].text
        j += 1
    pre = None
    if (
        toks[j].kind in ("sym", "osym", "code")
        and j + 1 < n
        and toks[j + 1].kind == "num"
        and _touch(text, toks[j].end, toks[j + 1].start)
    ):
        pre = toks[j]
        j += 1
    if toks[j].kind == "wnum" and pre is None:
        return _word_item(text, toks, i, j, qualifier)
    if toks[j].kind != "num" or _year_tail(toks, j):
        return None, i + 1
    num = toks[j]
    end = num.end
    j += 1
    scales = None
    if j < n and toks[j].kind == "scale" and _touch(text, end, toks[j].start):
        scales = _SCALE_READINGS.get(_key(toks[j].text))
        end = toks[j].end
        j += 1
    if scales is None and _is_year(num.text):
        return None, j
    if scales is None and _PERCENT_AFTER.match(text, end):
        return None, j  # "– 1,3 procent meer": a percentage, never a range's second amount
    numbers = _readings(num.text)
    if not numbers:
        return None, j
    currency, has_currency, closed = None, False, False
    candidates: tuple[str, ...] = ()
    if pre is not None:
        currency = CURRENCY_SYMBOLS.get(pre.text) or CURRENCY_CODES.get(pre.text)
        has_currency = True
    elif (
        j < n
        and toks[j].kind in ("code", "word", "oword")
        and _touch(text, end, toks[j].start)
        and not _code_leads(text, toks, j, scales)
    ):
        cur = toks[j]
        if cur.kind == "code":
            currency = CURRENCY_CODES[cur.text]
        elif cur.kind == "word":
            currency = _WORD_CURRENCIES[_key(cur.text)]
            candidates = _WORD_CANDIDATES.get(_key(cur.text), ())
        has_currency = closed = True
        end = cur.end
        j += 1
    start = pre.start if pre is not None else num.start
    item = _Item(start, end, numbers, scales, currency, has_currency, closed, qualifier)
    item.candidates = candidates
    return item, j


def _split_dangling_commas(
    items: list[_Item], links: list[str]
) -> list[tuple[list[_Item], list[str]]]:
    """A comma joins items only in an enumeration that goes on to "en", "of" or a range."""
    out: list[tuple[list[_Item], list[str]]] = []
    seen_closer = False
    cur_items: list[_Item] = [items[-1]]
    cur_links: list[str] = []
    for idx in range(len(links) - 1, -1, -1):
        link = links[idx]
        if link == "," and not seen_closer:
            out.append((cur_items[::-1], cur_links[::-1]))
            cur_items, cur_links = [items[idx]], []
            continue
        seen_closer = seen_closer or link != ","
        cur_items.append(items[idx])
        cur_links.append(link)
    out.append((cur_items[::-1], cur_links[::-1]))
    return out[::-1]


def _share(into: _Item, source: _Item) -> None:
    """What *source* writes and *into* leaves out: its scale and its currency."""
    if into.closed:
        return
    if into.scales is None:
        into.scales = source.scales
    if not into.has_currency and source.has_currency:
        into.currency, into.has_currency = source.currency, True
        into.candidates = source.candidates


def _resolve(items: list[_Item], links: list[str]) -> None:
    """Share scale and currency along a chain: backwards always, forwards only in ranges."""
    for idx in range(len(links) - 1, -1, -1):
        _share(items[idx], items[idx + 1])
    for idx, link in enumerate(links):
        if link != "range":
            continue
        low, high = items[idx], items[idx + 1]
        _share(high, low)
        low.range_part = low.range_part or "low"
        high.range_part = "high"
        if low.qualifier and not high.qualifier:
            high.qualifier = low.qualifier
        lo, hi = _amounts(low), _amounts(high)
        if lo and hi and low.currency == high.currency and lo[0] > hi[0]:
            low.inverted = high.inverted = True


def _amounts(item: _Item) -> tuple[Decimal, ...]:
    """Every reading of *item* within bounds, the primary (Dutch) one first; () when that one
    is out of bounds."""
    out: list[Decimal] = []
    for number in item.numbers:
        for scale in item.scales or (_ONE,):
            value = _scaled(number, scale)
            if value is None:
                if not out:
                    return ()
                continue
            if value not in out:
                out.append(value)
    return tuple(out)


def _link_kind(conn: str, tussen: bool, first: bool) -> str:
    word = conn.lower()
    if word in _RANGE_CONNECTORS or (word == "en" and tussen and first):
        return "range"
    return word


@vocabulary
def _header_scale_pattern() -> re.Pattern[str]:
    words = _alternation([*SCALES, *AMBIGUOUS_SCALES, *HEADER_SCALES])
    return re.compile(
        rf"{_NOT_AFTER_LETTER}(?P<word>(?i:{words})){_NOT_BEFORE_LETTER}"
        # A multiplier: "x 1.000", "× € 1 000", "x EUR 1000" (a thousand).
        r"|(?<![^\W\d_])[x×]\s{0,2}(?:€\s?|EUR\s)?1(?:[.\s]?000)(?![\d.,]\d)"
    )


def header_scale(text: str) -> Decimal | None:
    """The scale a table's column header gives the amounts under it: "Begroting (valuta,
    mld.)" and "in miljarden euro" give 10**9, "x 1.000" gives 10**3.  None when it names no
    scale, an ambiguous one ("bln") or two different ones: then nothing is guessed."""
    found: set[Decimal] = set()
    for m in _header_scale_pattern().finditer(text):
        word = m.group("word")
        if word is None:
            found.add(Decimal(10) ** 3)
            continue
        key = _key(word)
        readings = _SCALE_READINGS.get(key) or (HEADER_SCALES.get(key),)
        if len(readings) != 1 or readings[0] is None:
            return None
        found.add(readings[0])
    return found.pop() if len(found) == 1 else None


def header_currency(text: str) -> str | None:
    """The currency a table's column header gives the amounts under it ("bedragen in euro",
    "(EUR, mld.)", "× € 1 mln"), or None when it names none, one that stands for several
    ("kronen"), or two different ones."""
    found: set[str] = set()
    for tok in _tokens(text):
        currency: str | None = None
        if tok.kind == "sym":
            currency = CURRENCY_SYMBOLS.get(tok.text)
        elif tok.kind == "code":
            currency = CURRENCY_CODES.get(tok.text)
        elif tok.kind == "word":
            currency = _WORD_CURRENCIES.get(_key(tok.text))
        elif tok.kind not in ("osym", "oword"):
            continue
        if currency is None:
            return None
        found.add(currency)
    return found.pop() if len(found) == 1 else None


def bare_amount(text: str, start: int, currency: str) -> MoneyMatch | None:
    """The number written at *start* of *text* as an amount in *currency* (a table cell whose
    currency its header states: "8,99" under "bedragen in euro"), or None when no number
    stands there or it reads more than one way."""
    m = _BARE_CELL.match(text, start)
    if m is None:
        return None
    readings = _readings(m.group("num"))
    if len(readings) != 1:
        return None
    return MoneyMatch(m.start("num"), m.end("num"), readings[0], currency, m.group("num"))


_BARE_CELL = re.compile(
    r"\s{0,4}\|?\s{0,4}(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d.,]\d)"
)
# A figure grouped by spaces ("63 900", "1 283 000,5"): every group after the first three
# digits long.
_SPACE_GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?!\d|[.,]\d)")
_FIGURE_AFTER = re.compile(r"[ \u00a0\u202f\u2009|]{1,4}[-+−–]?\d")


def written_scale(m: MoneyMatch) -> bool:
    """Whether the amount was written with a scale word of its own ("EUR 7,3 mld." yes,
    "EUR 7,34" no)."""
    return any(t.kind == "scale" for t in _tokens(m.text))


def scaled_by(m: MoneyMatch, scale: Decimal) -> MoneyMatch | None:
    """*m* with its amount (and its other readings) times *scale*, or None when that is out
    of bounds."""
    amount = _scaled(m.amount, scale)
    others = [_scaled(a, scale) for a in m.alternatives]
    if amount is None or any(a is None for a in others):
        return None
    return attrs.evolve(m, amount=amount, alternatives=tuple(a for a in others if a is not None))


@vocabulary
def _currency_cue() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What every amount :func:`find_money` reads holds: a currency's symbol (its signs), code
    or word (any word of it, an ambiguous one too), as sets looked up token by token: text
    without any is passed over without being tokenised."""
    # The signs themselves: not the full stop of an abbreviated symbol ("Aus.$"), which every
    # sentence holds.
    signs = frozenset(
        ch for symbol in CURRENCY_SYMBOLS for ch in symbol if not ch.isalnum() and ch != "."
    )
    words = frozenset(
        w.lower()
        for phrase in (*CURRENCY_WORDS, *AMBIGUOUS_CURRENCY_WORDS)
        for w in _LETTERS.findall(phrase)
    )
    return signs | {"$"}, frozenset(CURRENCY_CODES), words


_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _currency_named() -> re.Pattern[str]:
    """A currency named as such: a symbol, a code standing alone, or a currency word as a whole
    word ("euro", "Noorse kronen"); not a word that is only part of a currency's name."""
    return re.compile(
        "(?:" + _alternation(CURRENCY_SYMBOLS) + ")"
        r"|(?<![^\W\d_])(?:" + _alternation(CURRENCY_CODES) + r")(?![^\W\d_])"
        r"|(?<!\w)(?i:" + _alternation([*CURRENCY_WORDS, *AMBIGUOUS_CURRENCY_WORDS]) + r")"
        r"(?:'?s|en)?(?!\w)"
    )


def names_currency(text: str) -> bool:
    """Whether *text* names a currency: a symbol, a code standing alone ("(EUR)"), or a
    currency word ("euro", "kronen").  Stricter than :func:`may_hold_money`, which lets a word
    that is only part of a currency's name pass too."""
    return _currency_named().search(text) is not None


# A number as written in a figure ("79.000", "1,5", "+0"); a list's leading number ("4.6 ",
# "2) ") and the words of a scale after a figure ("mld", "miljoen").
_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?(?![\w])")
_ENUMERATION = re.compile(r"^\W*\d+(?:\.\d+)*[.)]?\s+(?=\D)")
_SCALE_AFTER = re.compile(
    r"\s*(?:" + "|".join(map(re.escape, sorted(SCALES, key=longest_first))) + r")(?!\w)",
    re.IGNORECASE,
)
# A figure written with its scale.
_SCALED_FIGURE = re.compile(r"\d(?:[\d.,\s]*\d)?" + _SCALE_AFTER.pattern, re.IGNORECASE)


def holds_scaled_figure(text: str) -> bool:
    """Whether *text* holds a figure written with its scale ("44,3 miljard", "698 mln")."""
    return _SCALED_FIGURE.search(text) is not None


_PERCENT_AFTER = re.compile(r"\s?(?:%|procent\b|pct\b)", re.IGNORECASE)
_WORD = re.compile(r"\S+")
# How many words may stand between a figure and the currency it is in ("Duitsland (EUR) 2069
# 79.000": a year between).
_NEAR = 3


def money_figures(text: str) -> int:
    """How many numbers in *text* may be amounts of money: not a year, a percentage or a
    list's leading number, and either followed by a scale ("79 mld") or within a few words
    of a currency named as such (:func:`names_currency`).  A sentence that holds more of them
    than amounts were read from it left some unread."""
    lead = _ENUMERATION.match(text)
    skip = lead.end() if lead else 0
    years = [(y.start, y.end) for y in find_years(text)]
    currencies = [m.span() for m in _currency_named().finditer(text)]
    if not currencies:
        return 0
    words = [m.start() for m in _WORD.finditer(text)]
    count = 0
    for m in _NUMBER.finditer(text, skip):
        start, end = m.span()
        if any(a <= start < b for a, b in years) or _PERCENT_AFTER.match(text, end):
            continue
        if _SCALE_AFTER.match(text, end):
            count += 1
            continue
        here = bisect_right(words, start)
        if any(
            abs(bisect_right(words, a) - here) <= _NEAR
            or abs(bisect_right(words, max(a, b - 1)) - here) <= _NEAR
            for a, b in currencies
        ):
            count += 1
    return count


def may_hold_money(text: str) -> bool:
    """Whether *text* holds a currency's sign, code or word (a letter run as the tokens see
    one: "EUR45" holds "EUR", "euro's" "euro"); False means no amount can be read in it."""
    signs, codes, words = _currency_cue()
    if any(sign in text for sign in signs):
        return True
    return any(w in codes or w.lower() in words for w in _LETTERS.findall(text))


def find_money(text: str, *, candidates: bool = False) -> list[MoneyMatch]:
    """Every amount with a currency in *text*, scaled to units of that currency.

    With *candidates*, an amount whose currency word names several currencies ("88 500
    miljoen kronen") is returned too, with currency NO_CURRENCY and the currencies it may be
    in ``currency_candidates``; without, it is left out."""
    if not may_hold_money(text):
        return []  # no amount has a currency here (most sentences)
    toks = _tokens(text)
    n = len(toks)
    out: list[MoneyMatch] = []
    i = 0
    while i < n:
        k, tussen = i, False
        if toks[k].kind == "intro" and k + 1 < n and _touch(text, toks[k].end, toks[k + 1].start):
            tussen = toks[k].text.lower() == "tussen"
            k += 1
        first, k = _item(text, toks, k)
        if first is None:
            i = max(k, i + 1)
            continue
        items: list[_Item] = [first]
        links: list[str] = []
        while (
            k + 1 < n
            and toks[k].kind == "conn"
            and _touch(text, items[-1].end, toks[k].start)
            and _touch(text, toks[k].end, toks[k + 1].start)
        ):
            nxt, after = _item(text, toks, k + 1)
            if nxt is None:
                break
            links.append(_link_kind(toks[k].text, tussen, not links))
            items.append(nxt)
            k = after
        for chain, chain_links in _split_dangling_commas(items, links):
            _resolve(chain, chain_links)
            out.extend(_matches(text, chain, candidates))
        i = k
    if "(" in text:
        labelled = _unit_labelled(text, out)
        if labelled:
            # The multiplier inside the brackets ("x EUR 1 mln") is the unit, not an amount.
            out = [m for m in out if not any(u.start <= m.start < u.end for u in labelled)]
            out = sorted([*out, *labelled], key=lambda m: m.start)
        coded = _code_after(text, out)
        if coded:
            out = sorted([*out, *coded], key=lambda m: m.start)
    return out


# A scaled figure with its currency in brackets after it: "60,2 miljard (USD)", "834 miljoen
# (EUR)", "59 mrd. (AUD)".
_FIGURE_THEN_CODE = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)[ \u00a0]{1,3}"
    r"(?P<scale>miljard|miljoen|mrd\.?|mld\.?|mln\.?)[ \u00a0]{0,3}"
    r"\([ \u00a0]?(?P<currency>[^()\d]{1,12}?)[ \u00a0]?\)"
)


def _code_after(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """The figures of *text* written with a scale and then their currency in brackets, which
    no other reading took; brackets that name no one currency read nothing."""
    out: list[MoneyMatch] = []
    for m in _FIGURE_THEN_CODE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        scale, currency = header_scale(m.group("scale")), header_currency(m.group("currency"))
        if scale is None or currency is None:
            continue
        figure = bare_amount(text, m.start("num"), currency)
        scaled = scaled_by(figure, scale) if figure is not None else None
        if scaled is not None:
            out.append(
                attrs.evolve(scaled, start=m.start(), end=m.end(), text=text[m.start() : m.end()])
            )
    return out


# A figure right after its unit in brackets, as key-figure boxes and flattened tables write
# it: "bedrag (mld. GBP) 66,9", "bedrag (x EUR 1 mln) 6.440", "(in miljarden US-dollar) 927".
# The brackets hold the unit and nothing else: no figure but a multiplier's 1, at most a few
# words.
_UNIT_THEN_FIGURE = re.compile(
    r"\((?P<unit>[^()\d]{1,40}?(?:\b1(?:[.\s]?000)?\b[^()\d]{0,20})?)\)[ \u00a0]{0,3}(?=\d)"
)


def _unit_figure(text: str, start: int, currency: str) -> MoneyMatch | None:
    """The figure at *start*, after its bracketed unit.  One grouped by spaces ("63 900")
    is read whole when a word or the end follows it; before another figure ("63 900 2,52")
    the digits after the space may be the next cell's, and no reading is taken."""
    grouped = _SPACE_GROUPED.match(text, start)
    if grouped is None:
        return bare_amount(text, start, currency)
    if _FIGURE_AFTER.match(text, grouped.end()):
        return None
    readings = _readings(grouped.group(0))
    if len(readings) != 1:
        return None
    return MoneyMatch(grouped.start(), grouped.end(), readings[0], currency, grouped.group(0))


def _unit_labelled(text: str, found: list[MoneyMatch]) -> list[MoneyMatch]:
    """The figures of *text* written after a bracketed unit that states both a scale and one
    currency, which no other reading took; a unit that names neither, or two, reads nothing."""
    out: list[MoneyMatch] = []
    for m in _UNIT_THEN_FIGURE.finditer(text):
        if len(m.group("unit").split()) > 5:
            continue
        scale, currency = header_scale(m.group("unit")), header_currency(m.group("unit"))
        if scale is None or currency is None:
            continue
        figure = _unit_figure(text, m.end(), currency)
        if figure is None or any(f.start <= figure.start < f.end for f in found):
            continue
        scaled = scaled_by(figure, scale)
        if scaled is not None:
            out.append(attrs.evolve(scaled, start=m.start(), text=text[m.start() : scaled.end]))
    return out


def _matches(text: str, items: list[_Item], candidates: bool) -> list[MoneyMatch]:
    out = []
    for item in items:
        if item.currency is None and not (candidates and item.candidates):
            continue
        amounts = _amounts(item)
        if not amounts:
            continue
        out.append(
            MoneyMatch(
                item.start,
                item.end,
                amounts[0],
                item.currency or NO_CURRENCY,
                text[item.start : item.end],
                approx=item.qualifier is not None,
                qualifier=item.qualifier,
                # Several readings make an amount ambiguous even when the others are out of
                # bounds: "1,001 biljoen" is not silently 1.001 × 10¹².
                ambiguous=len(item.numbers) > 1 or len(item.scales or ()) > 1 or item.inverted,
                alternatives=amounts[1:],
                range_part=item.range_part,
                currency_candidates=item.candidates if item.currency is None else (),
            )
        )
    return out


@vocabulary
def _percent_pattern() -> re.Pattern[str]:
    # The number is always consumed, with or without a sign after it, so that a failed
    # percentage is never rescanned from inside the number.
    return re.compile(
        rf"(?P<num>{_NUM_START}{_NUM_BODY})"
        rf"(?:[ \u00a0\u202f]?(?P<sign>%|(?i:procent|pct\.?){_NOT_BEFORE_LETTER}))?"
        rf"|{_NOT_AFTER_LETTER}(?P<half>(?i:anderhalf))\s{{1,4}}(?i:procent){_NOT_BEFORE_LETTER}"
    )


# A number the word "percentage" names, without a sign of its own: "bbp-percentage 2,99",
# "percentage: 1,7".
_PERCENTAGE_WORD_BEFORE = re.compile(r"percentage\s*:?\s*$", re.IGNORECASE)


def find_percentages(text: str) -> list[PercentMatch]:
    """Every percentage in *text*: "1,57%", "1,57 %", "1,57 procent", "1.57%", "anderhalf
    procent", "bbp-percentage 1,57".  A single dot followed by other than three digits is a
    decimal point."""
    out = []
    for m in _percent_pattern().finditer(text):
        if m.group("half"):
            out.append(PercentMatch(m.start(), m.end(), Decimal("1.5")))
            continue
        if not m.group("sign") and not _PERCENTAGE_WORD_BEFORE.search(
            text, max(0, m.start() - 14), m.start()
        ):
            continue
        readings = _readings(m.group("num"))
        if readings:
            out.append(PercentMatch(m.start(), m.end(), readings[0], len(readings) > 1))
    return out


@attrs.frozen
class YearMatch:
    """A year ("2081") or a fiscal year ("2094/2095"), or a multi-year period (``period``,
    with ``year`` its last year)."""

    start: int
    end: int
    year: str
    period: bool = False


_YEAR_SPAN = re.compile(
    r"(?<![\d/.,])(?P<y>" + YEAR + r")"
    # the second year may be shortened with an apostrophe: "2161-'62", "2161/’62"
    r"(?:(?P<sep>\s?[/–—-]\s?)(?P<y2>" + YEAR + r"|['’]?\d{2})(?![\d,.]\d))?(?!\d)"
)
# Before a pair of years, words that make it a span of years rather than one fiscal year
# ("voor de periode 2084–2085", "van 2084–2085", "in de jaren 2084-2085").
_PERIOD_BEFORE = re.compile(
    r"(?:periode|jaren|tussen|\bvan|t/m|tot\s+en\s+met)\s+(?:de\s+|het\s+)?(?:jaren\s+)?$",
    re.IGNORECASE,
)
# The words for a fiscal year: before a pair of years (they make it one fiscal year whatever
# the years are), and around a fiscal year named by the day it began (_fiscal_by_start).
_FISCAL_WORDS = r"boekjaar|begrotingsjaar|financi[eë]le?\s+jaar|fiscale?\s+jaar|fiscal\s+year"
_FISCAL_BEFORE = re.compile(rf"(?:{_FISCAL_WORDS}|\bFY)\s*(?:van\s+)?$", re.IGNORECASE)


# A fiscal year named by the day it began: "het op 1 april 2123 aangevangen fiscale jaar",
# "het boekjaar dat in juli 2043 begon", "the fiscal year beginning 1 April 2043".  A year that
# begins after January runs into the next calendar year: it is "2123/2124".
_FISCAL_WORD = re.compile(rf"\b(?:{_FISCAL_WORDS})\b", re.IGNORECASE)
_STARTED = re.compile(
    r"\b(?:aangevangen|begonnen|begon|aanving|ingegaan|ingegane|gestart|gestarte|startte|"
    r"beginning|starting|began|started)\b",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(rf"\b(?:\d{{1,2}}\s+)?(?P<month>{MONTH_PATTERN})\s+$", re.IGNORECASE)


# "in de twaalf maanden vanaf april 2163", "de 12 maanden vanaf 1 april 2163": a year of
# twelve months from a month after January is a fiscal year too.
_TWELVE_MONTHS_FROM = re.compile(
    r"\b(?:twaalf|12)\s+maanden\s+(?:vanaf|vanaf\s+\d{1,2}|na|sinds|beginnend\s+(?:op|in))\s+"
    rf"(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})\s+$",
    re.IGNORECASE,
)


def _fiscal_by_start(text: str, m: re.Match[str]) -> bool:
    """Whether the single year *m* is the year a fiscal year began in, not in January."""
    month = _MONTH_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    if month is None or MONTHS.get(month.group("month").lower()) in (None, 1):
        return False
    if _TWELVE_MONTHS_FROM.search(text[max(0, m.start() - 50) : m.start()]):
        return True
    around = text[max(0, m.start() - 60) : m.end() + 50]
    return bool(_FISCAL_WORD.search(around) and _STARTED.search(around))


_MONTH_SPAN = re.compile(
    rf"\b(?:{MONTH_PATTERN})\s+(?P<y>{YEAR})\s?(?:[/–—-]|tot(?:\s+en\s+met)?)\s?"
    rf"(?:{MONTH_PATTERN})\s+(?P<y2>{YEAR})\b",
    re.IGNORECASE,
)


# "1 april 2030 tot en met 31 maart 2031", "aanvangende 1 april 1930 en eindigende 31 maart
# 1931": dated ends of a period, read as a fiscal year when they span twelve months (checked
# in find_years: the second month is the one before the first).
_DATED_SPAN = re.compile(
    rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_PATTERN})\s+(?P<y>{YEAR})\s*"
    r"(?:[/–—-]|tot(?:\s+en\s+met)?|t/m|"
    r"en\s+(?:eindigend|lopend|afsluitend)e?(?:\s+(?:op|tot|met))?)\s*"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_PATTERN})\s+(?P<y2>{YEAR})\b",
    re.IGNORECASE,
)


def _twelve_months(m: re.Match[str]) -> bool:
    """Whether a dated span runs twelve months: into the next year, ending in the month
    before the one it started in."""
    first, last = MONTHS[m.group("m").lower()], MONTHS[m.group("m2").lower()]
    return int(m.group("y2")) == int(m.group("y")) + 1 and last == (first - 2) % 12 + 1


def full_year(first: str, second: str | None) -> str:
    """ "2094", "95" → "2094/2095"; "2084", "2085" → "2084/2085"; "2084", None → "2084";
    across a century "2099", "00" → "2099/2100" (never back to 2000); "2021", "18" →
    "2021/2018", which callers take for no pair of years."""
    if second is None:
        return first
    if len(second) != 2:
        return f"{first}/{second}"
    year = int(first[:2] + second)
    if year <= int(first) and year + 100 - int(first) <= 10:
        year += 100  # a fiscal year or a short period over a century's turn
    return f"{first}/{year}"


def find_years(text: str) -> list[YearMatch]:
    """Every year in *text*.  A fiscal year is one YearMatch with year "YYYY/YYYY", however it
    is written: "2094/95", "2094/2095", "2094–2095", "2094-95" (a dash between two consecutive
    years, or any pair after "boekjaar", "begrotingsjaar", "financieel jaar").  A dash between
    years that are not consecutive, or after "periode", "van", "tussen", is a period of years:
    one YearMatch with ``period`` set and ``year`` its last year."""
    out = []
    # "april 2101–maart 2102", "van juli 2043 tot juni 2044": twelve months over two
    # consecutive years is one fiscal year, read before the years one by one.
    spans: list[tuple[int, int]] = []
    for m in _DATED_SPAN.finditer(text):
        if _twelve_months(m):
            out.append(YearMatch(m.start("y"), m.end(), f"{m.group('y')}/{m.group('y2')}"))
            spans.append((m.start(), m.end()))
    for m in _MONTH_SPAN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if int(m.group("y2")) == int(m.group("y")) + 1:
            out.append(YearMatch(m.start("y"), m.end(), f"{m.group('y')}/{m.group('y2')}"))
            spans.append((m.start(), m.end()))
    for m in _YEAR_SPAN.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        first, sep, second = m.group("y"), m.group("sep"), m.group("y2")
        if second is not None:
            second = second.lstrip("'’")  # "2161-'62"
        if second is None:
            year = f"{first}/{int(first) + 1}" if _fiscal_by_start(text, m) else first
            out.append(YearMatch(m.start(), m.end(), year))
            continue
        whole = full_year(first, second)
        last = whole.split("/")[1]
        before = text[max(0, m.start() - 30) : m.start()]
        consecutive = int(last) == int(first) + 1
        if "/" in sep or _FISCAL_BEFORE.search(before):
            fiscal = True
        else:
            fiscal = consecutive and not _PERIOD_BEFORE.search(before)
        if int(last) <= int(first):
            # "2021-18" is no pair of years: the first alone.
            out.append(YearMatch(m.start(), m.start() + 4, first))
        elif fiscal:
            out.append(YearMatch(m.start(), m.end(), whole))
        else:
            out.append(YearMatch(m.start(), m.end(), last, period=True))
    out.sort(key=lambda y: y.start)
    return out
