"""Annex tables of defence budgets, read back from the text rows extraction gives.

Extraction joins a table's cells with single spaces and its rows into one paragraph, so a
budget table reaches the parser as ``Duitsland 2043 € 45,0 mrd. 1,57% Frankrijk 2043/2044
EUR 61,3 mld 2,1 ...``.  A row is recognised by its shape, not by its words: a country, then
a year or fiscal year, then one amount, then at most one share cell (a number, a percentage, or
a placeholder such as "–" or "n.b."), and nothing else before the next row or a footnote.  A
sentence of prose never has that shape, so prose is never read as a table.

Whether a bare number in the last cell is a share of GDP is the header's to say ("% BBP",
"Aandeel bbp"); without such a header only a number written with "%" is taken as the share.
The header also says the scale of amount cells written without one ("Begroting (valuta,
mld.)" over "EUR 7,34"); a cell's own scale word always wins.  The scale is read from the
section heading the rows are under and from the text kept before the first row when it is
short and states no amount (extraction keeps a header row there: "Staat Periode Begroting
…"); two different scales there give none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

import attrs

from reportdiff.dates import YEAR
from reportdiff.vocab.amounts import GDP_WORDS
from reportdiff.vocab.countries import find_countries

from .numbers import (
    MoneyMatch,
    bare_amount,
    find_money,
    full_year,
    header_currency,
    header_scale,
    holds_scaled_figure,
    parse_number,
    scaled_by,
    written_scale,
)
from .sentences import split_sentences

__all__ = [
    "TableRow",
    "captioned",
    "header_has_gdp",
    "header_paragraph",
    "kept_header",
    "looks_like_header",
    "may_hold_rows",
    "table_rows",
    "year_columns",
]

# The year cell, right after the country cell.
# A fiscal year may be written "2043/44", "2043/2044", "2043-2044" or "2043–44"; cells may be
# separated by "|" when a text layer keeps the table's rules.
_YEAR_CELL = re.compile(
    r"\s{0,4}\|?\s{0,4}(?<=\s|\|)"
    r"(?P<year>" + YEAR + r"(?:\s?[/–—-]\s?(?:" + YEAR + r"|['’]?\d{2}))?)\s{0,4}\|?\s{1,4}"
)
# The share cell, after the amount; then the row must end or a footnote ("1. Kamerstuk ...")
# must begin.
_SHARE_VALUE = (
    # The number whole: "2,13" before "Getekend" is not "2,1" and a note "3 Getekend …".
    r"\s*\|?\s*(?:(?P<num>\d{1,2}(?:[.,]\d{1,3})?)(?![\d.,]\d)\s*(?P<pct>%|procent)?|"
    r"(?P<none>[–—-]|n\.\s?b\.?|n\.\s?v\.\s?t\.?|nb|onbekend|(?i:unknown)|\?|n/a|n\.a\."
    # A placeholder in words ("niet opgegeven", "geen opgave").
    r"|(?i:niet\s(?:opgegeven|bekend|beschikbaar|gemeld)|geen\s(?:opgave|gegevens|cijfer))))?"
)
_SHARE_CELL = re.compile(
    _SHARE_VALUE + r"\s*"
    # Then the row ends: the text ends, a note begins ("1. Kamerstuk …"), or the text after
    # the table does ("… 2,13 Getekend namens het kabinet").
    # A note under the table may also begin with its mark ("‡ Voorlopig …"), and a legend
    # with the placeholder it explains ("n.b.: bbp-aandeel onbekend", "– = geen cijfer").
    r"(?:$|(?=\d{1,2}\.?\s+[A-Z])|(?<=\s)(?=[A-Z][a-zà-ÿ]{2,}\b(?!\s+\d))|(?=[*†‡§¶]\s)"
    r"|(?=(?:n\.\s?b\.?|n\.\s?v\.\s?t\.?|nb|n/a|[–—-])\s?[:=]))"
)
# A last column of remarks ("Land Jaar Uitgaven % bbp Opmerking"): its cell, a few words and
# no figure, ends the row after the share ("2,06% ongewijzigd", "– vorige editie").
_REMARK_COLUMN = re.compile(
    r"\b(?:opmerking(?:en)?|toelichting|bijzonderheden|noot|status)\W*$"
    # Or whatever heads a column after the share's: "% bbp Let op", "Aandeel bbp Bron".
    r"|(?:" + GDP_WORDS + r")\W*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\W*$",
    re.IGNORECASE,
)
# A column with last year's figure after the share's ("% bbp Vorig jaar (mln.) Opmerking"): its
# cell, a figure or a placeholder, is read past.
_PREVIOUS_COLUMN = re.compile(
    r"(?:" + GDP_WORDS + r")\W*\s+(?:vorig\w*|voorgaand\w*)\s+(?:jaar|rapportage|editie)\b",
    re.IGNORECASE,
)
_PREVIOUS_CELL = r"\s+\|?\s*(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|[–—-])(?![\d.,]\d)"
# The remark: words (a wrapped cell may hold a long one, with a figure of its own: "excl.
# pensioenen; idem incl.: 58.275 mln."); it ends the text, or a label after the table does
# ("… eigen land Herkomst: …").
_REMARK_CELL = r"\s+\|?\s*[^\W\d_][^|]{0,119}?(?:\s*$|(?=\s[A-Z][a-zà-ÿ]{2,}:\s))"
_REMARKED_SHARE = re.compile(_SHARE_VALUE + _REMARK_CELL)
_PREVIOUS_SHARE = re.compile(_SHARE_VALUE + _PREVIOUS_CELL + "(?:" + _REMARK_CELL + r"|\s*$)")
# Cells of figures after the share, under columns the header names after it ("bbp (%) 1930
# (mld) mutatie (%) opmerking" over "3,2 . ."): a figure, a signed change, or a statistician's
# placeholder ("." not available, "–" nil, "x" withheld, "n.b."), then perhaps a remark.
_FIGURE_CELL = (
    r"\s+\|?\s*(?:[+−–-]?\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?|[.–—x×-]|n\.\s?b\.?|n\.\s?v\.\s?t\.?)"
    r"(?![\w\d])"
)
_FIGURED_SHARE = re.compile(
    _SHARE_VALUE + "(?:" + _FIGURE_CELL + "){1,3}(?:" + _REMARK_CELL + r"|\s*$)"
)


def _remarked_share(text: str, at: int, stop: int, previous: bool) -> re.Match[str] | None:
    """The share cell and a remark cell after it (and before that, last year's figure when
    *previous*), from *at*: the remark ends the row (at *stop*), or ends where a country is
    named that starts no row of its own ("Zuid-Korea 1962 54,1 mrd. USD 2,97 eerste
    vermelding" before "Nederland (referentie) …")."""
    patterns = (_PREVIOUS_SHARE if previous else _REMARKED_SHARE, _FIGURED_SHARE)
    ends = [stop] + [at + start for start, _, _ in find_countries(text[at:stop])]
    for end in ends:
        for pattern in patterns:
            found = pattern.match(text[:end], at)
            if found is not None:
                return found
    return None


_CONVERTED_COLUMN = re.compile(r"\b(?:indicatief|omgerekend|koers)\b", re.IGNORECASE)
# The share of GDP in brackets right after the amount, under a header that says so
# ("Begroting × mln (bbp)" over "EUR 74.800 (3,5%)").
_BRACKET_SHARE = re.compile(r"\s*\(\s*(?P<num>\d{1,2}(?:,\d{1,3})?)\s*%?\s*\)")
# A column with the change against an earlier figure ("Verschil × mln", "Mutatie", "t.o.v.
# vorig jaar"): its cells are no share and no budget.
_CHANGE_COLUMN = re.compile(
    r"\b(?:verschil|mutatie|afwijking|wijziging|toename|delta)\b|Δ|\bt\.o\.v\.", re.IGNORECASE
)
_CHANGE_CELL = re.compile(
    r"\s*\|?\s*(?:[+−–-]\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?|0|n\.\s?v\.\s?t\.?|n\.\s?b\.?|[—–-]"
    r"|nieuw|new)(?![\d.,]\d|\w)"
)
# A share of GDP no defence budget has: a cell read as one is something else.
_MAX_SHARE = Decimal(25)
# A currency written in the country cell, in brackets: "België (EUR)", "Noorwegen (kronen)".
_CELL_CURRENCY = re.compile(r"\s{0,2}\((?P<currency>[^()\d]{1,20})\)")
# A remark in the country's cell that its figure is the same as before ("Verenigde Staten
# (ongewijzigd) 2108 USD 1.135 mld."): the figure is still the country's for the row's year.
_SAME_FIGURE = re.compile(
    r"\s{0,2}\((?:ongewijzigd|onveranderd|herhaald|idem|gelijk(?:gebleven)?)\)", re.IGNORECASE
)
# A one-word cell between the country and the year: a column of categories ("Duitsland
# strategisch 2041 89 mld. EUR 1,74 %").  Lower case, no digits: prose never puts a bare
# year right after a country and one word ("Duitsland gaf in 2041 …" has its "in").
_WORD_CELL = re.compile(r"\s{1,4}[a-zà-ÿ]{3,15}(?=\s)")
_PLACEHOLDER = re.compile(r"(?<=\s)[–—-](?=\s+\d{1,2}\.?\s+[A-Z]|\s*$)")
# A column header: the country column's word, then the year's or the amount's.
_COUNTRY_COLUMN = (
    r"(?:partner|lid)?(?:land|landen|staat|staten)|partners?|bondgeno(?:ot|ten)|naties?"
    r"|countr(?:y|ies)"
)
_HEADER = re.compile(
    rf"\b(?:{_COUNTRY_COLUMN})\b.*(?:jaar|periode|bedrag|budget|uitgaven|begroting)\b",
    re.IGNORECASE,
)
_GDP = re.compile(GDP_WORDS)
# A column header that opens on the year, then the amount: a table of one country's years.
_YEAR_FIRST = re.compile(
    r"\b(?:jaar|begrotingsjaar|boekjaar|periode)\s+(?:\S+\s+){0,2}?"
    r"(?:bedrag|\w*budget|\w*uitgaven|\w*begroting)\b",
    re.IGNORECASE,
)
# A table's column header kept in the text before its first row ("Land Boekjaar Uitgaven In %
# bbp Duitsland 2095-2096 …"): the header of those rows when the heading is not one.
_HEADER_IN_TEXT = re.compile(
    rf"\b(?:{_COUNTRY_COLUMN})\b[^.]{{0,120}}?(?:jaar|periode|bedrag|budget|uitgaven|begroting)\b"
    r"[^.]{0,60}$",
    re.IGNORECASE,
)
# Longer than this, the text before a table's first row is prose, not its column header.
_MAX_HEADER_CHARS = 200
# Longer than this, a paragraph is no column header of its own.
_MAX_PARAGRAPH_HEADER = 100


# A column header with a column per year, after the country column: "Land 2192 2193 Bbp
# 2193 (%)", "Partner | 2097 | 2098/99".  What follows the year columns may be a share's.
_YEAR_LABEL = YEAR + r"(?:\s?[/–—-]\s?(?:" + YEAR + r"|\d{2}))?"
# A year column may say what its figures are, after the year ("2161 real.", "2164 raming"):
# outturn, budget, estimate.  Which of them is the edition's is the year's to say (see
# budgets._own_column), not the word's.
_YEAR_KIND = r"(?:real\.?|realisatie|raming|begroting|ontwerpbegroting|prognose|plan)"
_YEAR_HEAD = _YEAR_LABEL + rf"(?:\s+{_YEAR_KIND}(?![\w.]))?"
# Columns of words between the country's and the years': the row's currency ("valuta") and
# the basis of its years ("basis": calendar year, or a fiscal year and which one).
_TEXT_COLUMNS = (
    r"(?:(?:valuta|munt|munteenheid|currency)\s*\|?\s*)?(?:(?:basis|grondslag)\s*\|?\s*)?"
)
_YEAR_COLUMNS = re.compile(
    rf"\b(?:{_COUNTRY_COLUMN})\b\s*\|?\s*(?P<text>{_TEXT_COLUMNS})"
    rf"(?P<years>{_YEAR_HEAD}(?:\s*\|?\s*{_YEAR_HEAD})+)"
    r"(?P<rest>[^.]{0,60})$",
    re.IGNORECASE,
)
# One cell of a year-column row: a number, perhaps with its currency's code or sign before it
# ("GBP 66,8"), or a placeholder for no figure.
_COLUMN_CELL = re.compile(
    r"\s*\|?\s*(?:(?:(?P<cur>[A-Z]{3}|[€$£])\s?)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d.,]\d)\s*%?"
    r"|(?P<none>[–—-]|n\.\s?b\.?|n\.\s?v\.\s?t\.?|nb)(?=\s|$))"
)


@attrs.frozen
class TableRow:
    start: int  # where the row (its country cell) starts in the text
    end: int
    country: str
    year: str
    money: MoneyMatch  # offsets relative to the text
    gdp_percent: Decimal | None
    # In a table with a column per year ("Land 2192 2193"): every year column, in order (the
    # row's figure for one year stands beside its figures for the others).
    columns: tuple[str, ...] = ()


def year_columns(header: str) -> tuple[tuple[str, ...], str | None] | None:
    """The year columns of a column header with one per year ("Land 2192 2193 Bbp 2193 (%)"
    → ("2192", "2193")), and the year whose share of GDP the column after them holds (the
    one it names, else the last); None for another header."""
    m = _YEAR_COLUMNS.search(header)
    if m is None:
        return None
    years = tuple(_full_year(y) for y in re.findall(_YEAR_LABEL, m.group("years")))
    if len(set(years)) != len(years):
        return None
    rest = m.group("rest")
    gdp: str | None = None
    if _GDP.search(rest):
        named = [_full_year(y) for y in re.findall(_YEAR_LABEL, rest)]
        gdp = named[0] if len(named) == 1 and named[0] in years else years[-1]
    return years, gdp


def looks_like_header(title: str) -> bool:
    """Whether a heading is a table's column header ("Land Jaar Defensiebudget % BBP", "Land
    2192 2193")."""
    return bool(_HEADER.search(title)) or year_columns(title) is not None


# A column header set as a paragraph of its own: it opens on the country column's word.
_HEADER_PARAGRAPH = re.compile(rf"(?:{_COUNTRY_COLUMN})\b", re.IGNORECASE)


def header_paragraph(text: str) -> bool:
    """Whether a paragraph is a table's column header set as text, not as a heading ("Land
    Jaar Bedrag (mln.) % bbp", when a word processor or OCR gives each row a paragraph of its
    own): short, stating no amount, opening on the country column's word.  Its rows are read
    under it as under a heading."""
    return (
        len(text) <= _MAX_PARAGRAPH_HEADER
        and _HEADER_PARAGRAPH.match(text) is not None
        and looks_like_header(text)
        and not find_money(text)
    )


def kept_header(text: str) -> str | None:
    """The column header a paragraph of table rows opens on ("Land Jaar Bedrag % bbp
    Duitsland 2153 EUR 82.800 …" → "Land Jaar Bedrag % bbp"), or None."""
    if _HEADER_PARAGRAPH.match(text) is None:
        return None  # nearly every paragraph: it does not open on a country column
    rows = table_rows(text)
    lead = text[: rows[0].start].strip() if rows else ""
    return lead if lead and header_paragraph(lead) else None


def header_has_gdp(title: str) -> bool:
    return looks_like_header(title) and bool(_GDP.search(title))


def _full_year(year: str) -> str:
    """ "2043/44", "2043-2044", "2043–44" → "2043/2044"; a single year unchanged."""
    parts = re.split(r"\s?[/–—-]\s?", year)
    return full_year(parts[0], parts[1].lstrip("'’") if len(parts) > 1 else None)


def captioned(header: str, caption: str | None) -> str:
    """A table's column header with what is written right before it: its caption ("Tabel —
    defensie-uitgaven (bedragen in euro)", "… landsvaluta (x 1 mld.)" above "Land Jaar Uitgaven
    (mld.)") when the caption is short, states no amount, and gives the currency or the scale
    the header does not; or the header's first part, when the header row was set over two
    headings ("Land Jaar Valuta Bedrag Defensiequote" and "(%)").  Anything else: the header
    alone.  A caption that ran on into the paragraph before the table ("… zonder partner te
    zijn. Tabel 3.1 Defensie-uitgaven, 2093 en 2094 (miljoenen, telkens in landsvaluta)") is
    that paragraph's last sentence."""
    if caption is None:
        return header
    if not looks_like_header(header) and year_columns(caption) is not None:
        # The second line of a header row with a column per year, set as a heading of its
        # own ("begroting" under "… 2163 …"), after the first one with its caption: the
        # first line holds the columns, whatever the caption's length.
        return header if find_money(caption) else f"{caption} {header}"
    if len(caption) > _MAX_HEADER_CHARS and looks_like_header(header):
        caption = split_sentences(caption)[-1][1]
    if len(caption) > _MAX_HEADER_CHARS or find_money(caption):
        return header
    if not looks_like_header(header):
        return f"{caption} {header}" if looks_like_header(caption) else header
    currency = header_currency(header) is None and header_currency(caption) is not None
    scale = header_scale(header) is None and header_scale(caption) is not None
    return f"{caption} {header}" if currency or scale else header


def _reread_shares(text: str, rows: list[TableRow]) -> list[TableRow]:
    """The rows again, with a bare number in the last cell read as the share of GDP (the
    header kept before the first row says that column is one)."""
    out = []
    for i, row in enumerate(rows):
        stop = rows[i + 1].start if i + 1 < len(rows) else len(text)
        share = _SHARE_CELL.match(text[:stop], row.money.end)
        gdp = row.gdp_percent
        if gdp is None and share is not None and share.group("num"):
            gdp = parse_number(share.group("num").replace(".", ","))
        out.append(attrs.evolve(row, gdp_percent=gdp))
    return out


def _column_header(lead: str, heading: str | None) -> str:
    """What heads the table's columns, for its scale: the section heading the rows are
    under, and *lead* (the text before the first row) when it is short and states no
    amount."""
    parts = [heading] if heading is not None else []
    # (A figure with its scale, "44,3 miljard", is a cell's amount, not a column's header: a
    # table row set with its cells centred on the amount's two lines starts above the
    # country's cell.)
    if len(lead) <= _MAX_HEADER_CHARS and not find_money(lead) and not holds_scaled_figure(lead):
        parts.append(lead)
    return " ".join(parts)


def _apply_header_scale(rows: list[TableRow], column_header: str) -> list[TableRow]:
    """The rows with the header's scale applied to every amount cell written without one (a
    cell whose scaled amount is out of bounds is left as read)."""
    scale = header_scale(column_header)
    if scale is None:
        return rows
    out = []
    for row in rows:
        money = None if written_scale(row.money) else scaled_by(row.money, scale)
        out.append(row if money is None else attrs.evolve(row, money=money))
    return out


# The shape of a budget-table row whose amount has no currency of its own: a word (the
# country, or its cell's currency in brackets), a year, a number.  A cheap test before
# table_rows, for text without any amount.
_BARE_ROW = re.compile(
    r"[^\W\d_]\)?\s{1,4}\|?\s{0,4}(?:19|20|21)\d{2}(?:[/–—-]\d{2,4})?\s{1,4}\|?\s{0,4}\d"
)


def may_hold_rows(text: str, header: str | None = None) -> bool:
    """Whether *text*, which states no amount with a currency, may still hold table rows
    (amount cells whose currency the header states)."""
    if header is not None and year_columns(header) is not None:
        return True
    return _BARE_ROW.search(text) is not None


# The article a country's cell may open with ("het Koninkrijk België", "de Franse Republiek"):
# the next row's, not a word of this row's last cell.
_CELL_ARTICLE = re.compile(r"(?<!\S)(?:het|de|'t)\s+$", re.IGNORECASE)


def _row_stop(text: str, next_country: int) -> int:
    """Where a row ends: at the next row's country cell, or at the article it opens with."""
    article = _CELL_ARTICLE.search(text, max(0, next_country - 8), next_country)
    return article.start() if article is not None else next_country


def _year_column_rows(
    text: str, years: tuple[str, ...], gdp_year: str | None, column: str
) -> list[TableRow]:
    """The rows of a table with a column per year: a country cell, then one cell per year
    (a number, or a placeholder for no figure), then the share's cell when the header has
    one.  A row of any other shape is no row; the currency must be the header's (or the
    country cell's), never guessed."""
    currency = header_currency(column)
    countries = find_countries(text)
    rows: list[TableRow] = []
    shape = _YEAR_COLUMNS.search(column)
    words = shape.group("text").casefold() if shape is not None else ""
    # The header's word columns: the row's currency, the basis of its years.
    by_currency = bool(re.search(r"valuta|munt|currency", words))
    by_basis = bool(re.search(r"basis|grondslag", words))
    for i, (start, end, code) in enumerate(countries):
        stop = _row_stop(text, countries[i + 1][0]) if i + 1 < len(countries) else len(text)
        own = currency
        bracket = _CELL_CURRENCY.match(text, end)
        if bracket is not None:
            own = header_currency(bracket.group("currency"))
            end = bracket.end()
        labels = years
        if by_currency or by_basis:
            # The row's own currency and the basis of its years, in their columns.
            found = _text_cells(text, end, stop, by_currency, by_basis, years)
            if found is None:
                continue
            end, cell_currency_code, labels = found
            if cell_currency_code is not None:
                own = cell_currency_code
        cells: list[re.Match[str]] = []
        at = end
        wanted = len(years) + (1 if gdp_year else 0)
        while len(cells) < wanted and (cell := _COLUMN_CELL.match(text, at, stop)) is not None:
            cells.append(cell)
            at = cell.end()
        if len(cells) < len(years):
            continue
        # Nothing but the row's end, a legend ("– = geen cijfer") or a note may follow: a
        # further number means the row has another shape than the header's.
        if re.match(r"\s*\|?\s*\d", text[at:stop]):
            continue
        share: Decimal | None = None
        if gdp_year and len(cells) > len(years) and cells[-1].group("num"):
            share = parse_number(cells[-1].group("num").replace(".", ","))
        for year, cell in zip(labels, cells, strict=False):
            if not cell.group("num"):
                continue
            # The cell's own code or sign, else the country cell's or the header's currency;
            # none of them: nothing is guessed.
            cell_currency = header_currency(cell.group("cur")) if cell.group("cur") else own
            if cell_currency is None:
                continue
            m = bare_amount(text, cell.start("num"), cell_currency)
            if m is None:
                continue
            own_share = share if year.split("/")[0] == gdp_year else None
            rows.append(TableRow(start, at, code, year, m, own_share, columns=labels))
    return _apply_header_scale(rows, column)


# A row's cells under the header's word columns: its currency ("EUR", "€") and the basis of
# its years ("kalenderjaar", "boekjaar 2163/2164").
_CURRENCY_CELL = re.compile(r"\s{1,4}\|?\s*(?P<cur>[A-Z]{3}|[€$£])(?=\s)")
_BASIS_CELL = re.compile(
    r"\s{1,4}\|?\s*(?P<basis>kalenderjaar|boekjaar|begrotingsjaar|fiscaal\s+jaar)"
    rf"(?:\s+(?P<fiscal>{_YEAR_LABEL}))?(?=\s)",
    re.IGNORECASE,
)


def _text_cells(
    text: str, end: int, stop: int, by_currency: bool, by_basis: bool, years: tuple[str, ...]
) -> tuple[int, str | None, tuple[str, ...]] | None:
    """After a row's country cell at *end*: where its figures start, its currency (from its
    currency column, if the header has one) and the labels of its year columns (fiscal years
    when its basis column says so: "boekjaar 2163/2164" makes the columns 2161 … 2165 the
    fiscal years 2161/2162 … 2165/2166).  None when a cell the header has is missing, or the
    basis is a fiscal year that does not say which (a fiscal year "2163" may start in 2162
    or in 2163: nothing is guessed)."""
    currency: str | None = None
    if by_currency:
        cell = _CURRENCY_CELL.match(text, end, stop)
        if cell is None:
            return None
        currency = header_currency(cell.group("cur"))
        end = cell.end()
    labels = years
    if by_basis:
        basis = _BASIS_CELL.match(text, end, stop)
        if basis is None:
            return None
        end = basis.end()
        if basis.group("basis").casefold() != "kalenderjaar":
            fiscal = _full_year(basis.group("fiscal")) if basis.group("fiscal") else ""
            first, _, second = fiscal.partition("/")
            if not second or int(second) != int(first) + 1 or first not in years:
                return None
            labels = tuple(full_year(y, str(int(y) + 1)[-2:]) for y in years)
    return end, currency, labels


def column_countries(header: str) -> tuple[str, ...] | None:
    """The countries of a table with a column per country, from its header ("Duitsland
    Verenigde Staten Noorwegen", after a caption perhaps): two or more country names that end
    the header with nothing but spaces or rules between them; None for another header."""
    found = find_countries(header)
    run: list[tuple[int, int, str]] = []
    end = len(header.rstrip())
    for mention in reversed(found):
        if header[mention[1] : end].strip(" |"):
            break
        run.insert(0, mention)
        end = mention[0]
    codes = tuple(code for _, _, code in run)
    return codes if len(codes) >= 2 and len(set(codes)) == len(codes) else None


# The rows of a table with a column per country: a label, then one cell per country.
_AMOUNTS_LABEL = re.compile(
    r"\b(?:defensie-?uitgaven|defensiebudget\w*|defensiebegroting\w*|budget|begroting|"
    r"uitgaven|bedrag)\b[^\d€$£]{0,30}?(?=[A-Z€$£\d])",
    re.IGNORECASE,
)
_SHARES_LABEL = re.compile(r"(?:" + GDP_WORDS + r")[\w\s()%-]{0,25}?(?=\d)", re.IGNORECASE)
_YEARS_LABEL = re.compile(
    r"\b(?:begrotingsjaar|boekjaar|jaar|periode)\b\s*(?=(?:19|20|21)\d\d)", re.IGNORECASE
)
_PERCENT_CELL = re.compile(r"\s*\|?\s*(?P<num>\d{1,2}(?:,\d{1,3})?)(?![\d.,]\d)\s*%?")
_YEAR_LABEL_CELL = re.compile(rf"\s*\|?\s*(?P<year>{_YEAR_LABEL})(?![\d])")


def _country_column_rows(text: str, codes: tuple[str, ...], column: str) -> list[TableRow]:
    """A table with a column per country ("Duitsland Verenigde Staten Noorwegen" over
    "Defensie-uitgaven EUR 76,2 mld USD 981 mld NOK 100,5 mld Aandeel bbp 3,13% 2,3% 2,31%
    Begrotingsjaar 1921 1921 1921"): the amounts row gives each country's budget, the year row
    its year and the share row its share.  Every row must have a cell per country, and a year
    row is needed (no year is guessed)."""
    n = len(codes)
    label = _AMOUNTS_LABEL.search(text)
    years_label = _YEARS_LABEL.search(text)
    if label is None or years_label is None:
        return []
    money = [m for m in find_money(text) if m.start >= label.end()]
    cells = money[:n]
    if (
        len(cells) < n
        or any(text[a.end : b.start].strip(" |") for a, b in itertools.pairwise(cells))
        or text[label.end() : cells[0].start].strip(" |")
    ):
        return []
    years = []
    at = years_label.end()
    for _ in range(n):
        cell = _YEAR_LABEL_CELL.match(text, at)
        if cell is None:
            return []
        years.append(_full_year(cell.group("year")))
        at = cell.end()
    shares: list[Decimal | None] = [None] * n
    shares_label = _SHARES_LABEL.search(text, label.end())
    if shares_label is not None:
        found = []
        at = shares_label.end()
        for _ in range(n):
            cell = _PERCENT_CELL.match(text, at)
            if cell is None:
                break
            found.append(parse_number(cell.group("num")))
            at = cell.end()
        if len(found) == n:
            shares = found
    start, end = label.start(), max(at, cells[-1].end, years_label.end())
    rows = [
        TableRow(start, end, code, year, m, share)
        for code, year, m, share in zip(codes, years, cells, shares, strict=True)
    ]
    return _apply_header_scale(rows, column)


# A note mark written against a cell ("Luxemburg*", "76,8 mld. EUR‡", "Canada†", "3,4¹"), or
# in brackets after it ("Denemarken (*)", "2,2 (*)"): it points to a note under the table and
# is no part of the cell.  Only a mark attached to the cell's end counts; one that opens the
# note itself ("* Luxemburg publiceerde …") is text.  A number in brackets is not a mark: it
# may be a cell's own ("(2,1)").
# An editor's word in square brackets after a cell ("898 miljoen euro [gecorrigeerd]", "[nieuw]",
# "[raming]") says what happened to the cell, not what is in it, and is read past likewise.
_NOTE_MARK = re.compile(
    r"(?<=[^\W_]|[.)%])[*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?=[\s|]|$)|(?<=\s)\([*†‡§¶]{1,3}\)(?=[\s|]|$)"
    r"|(?<=\s)\[[^\W\d_][^\[\]\d]{1,28}\](?=[\s|]|$)"
)


def _without_note_marks(text: str) -> str:
    """*text* with the note marks against its cells blanked, every offset kept."""
    return _NOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)


def table_rows(text: str, *, header: str | None = None) -> list[TableRow]:
    """The budget-table rows in *text*: [] unless the text holds at least two rows, is one
    row and nothing else, or follows a table header (*header*, the section heading).  Note
    marks against cells are read past (the rows' offsets are the text's)."""
    text = _without_note_marks(text)
    by_country = column_countries(header) if header is not None else None
    if by_country is not None:
        assert header is not None
        return _country_column_rows(text, by_country, header)
    by_year = year_columns(header) if header is not None else None
    if by_year is not None:
        assert header is not None
        return sorted(
            _year_column_rows(text, *by_year, header) + _note_rows(text),
            key=lambda r: r.start,
        )
    notes = _note_rows(text)
    if not (header is not None and looks_like_header(header)):
        # Away from a table's header, only a note that gives the share of GDP beside the
        # amount says the amount is the defence budget.
        notes = [n for n in notes if n.gdp_percent is not None]
    rows = _rows(text, header)
    if not notes:
        return rows
    taken = [(r.start, r.end) for r in rows]
    notes = [n for n in notes if not any(a <= n.start < b for a, b in taken)]
    return sorted(rows + notes, key=lambda r: r.start)


# A table's note that gives a country's figure ("1 België, 2061: 8,29 mld. euro; 1,7% bbp."):
# the country, a comma, the year and a colon, then the amount and perhaps its share.
_NOTE_YEAR = re.compile(rf"\s*,\s*(?P<year>{_YEAR_LABEL})\s*:\s*")
_NOTE_SHARE = re.compile(
    r"\s*[;,]\s*(?P<num>\d{1,2}(?:,\d{1,3})?)\s*(?:%|procent)\s*(?:" + GDP_WORDS + ")"
)


# A header whose amount column comes before its year column: "Land Budget Jaar % bbp".
_AMOUNT_THEN_YEAR = re.compile(
    # One word may qualify the amount's column ("Vastgesteld budget", "Geraamd bedrag").
    rf"(?:{_COUNTRY_COLUMN})\s+\W*(?:[^\W\d_]+\s+)?(?:budget|bedrag|begroting|defensie\w*|uitgaven)"
    r"\w*\W*"
    r"(?:\S+\s+){0,3}?\W*(?:peil|begrotings|boek)?jaar\b",
    re.IGNORECASE,
)
# Right after a figure and its scale: "42 600 mln " before "Canadese dollar".
_AFTER_FIGURE = re.compile(r"\d(?:[\d.,\s]*\d)?\s*(?:mln|mld|mrd|miljoen|miljard)\.?\s+$")
# Between a country's cell and its amount: nothing, or a note mark set apart ("Noorwegen *",
# "Luxemburg ¹").
_BEFORE_AMOUNT = re.compile(r"\s{1,4}(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}\s{1,4})?\|?\s{0,4}")


def _amount_first_rows(text: str, header: str | None) -> list[TableRow]:
    """The rows of a table whose header puts the amount before the year ("Land Budget Jaar %
    bbp" over "Luxemburg 698 mln euro 1984 3,4 %"): each a country's cell, right after it an
    amount with its currency, then the year and the share (or a placeholder).  A country with
    anything else in its cell ("Luxemburg (vorig jaar)", "Nederland (referentie)") is no row:
    what its figure is, is not read."""
    if header is None or not _AMOUNT_THEN_YEAR.search(header):
        return []
    gdp_column = header_has_gdp(header)
    remarks = _REMARK_COLUMN.search(header) is not None
    previous = _PREVIOUS_COLUMN.search(header) is not None
    rows: list[TableRow] = []
    # The countries' cells: not a currency's adjective after the figure ("42 600 mln
    # Canadese dollar").
    countries = [c for c in find_countries(text) if not _AFTER_FIGURE.search(text, 0, c[0])]
    for i, (start, end, code) in enumerate(countries):
        lead = _BEFORE_AMOUNT.match(text, end)
        if lead is None:
            continue
        # The row's text: up to the next country's cell.
        stop = _row_stop(text, countries[i + 1][0]) if i + 1 < len(countries) else len(text)
        money = find_money(text[lead.end() : stop])
        if not money or money[0].start != 0 or money[0].range_part is not None:
            continue
        m = attrs.evolve(money[0], start=money[0].start + lead.end(), end=money[0].end + lead.end())
        cell = _YEAR_CELL.match(text, m.end)
        if cell is None:
            continue
        share = _SHARE_CELL.match(text[:stop], cell.end())
        if share is None and (remarks or previous):
            share = _remarked_share(text, cell.end(), stop, previous)
        if share is None:
            continue
        gdp = None
        if share.group("num") and (share.group("pct") or gdp_column):
            gdp = parse_number(share.group("num").replace(".", ","))
            if gdp is not None and not Decimal(0) < gdp < _MAX_SHARE:
                gdp = None
        rows.append(TableRow(start, share.end(), code, _full_year(cell.group("year")), m, gdp))
    return rows if _a_table(text, rows, header) else []


def _note_rows(text: str) -> list[TableRow]:
    """The notes under a budget table that give one country's figure each, in the table's
    own shape: the country, its year, its amount (with its currency: a note has no column
    header), perhaps its share of GDP."""
    out: list[TableRow] = []
    for start, end, code in find_countries(text):
        year = _NOTE_YEAR.match(text, end)
        if year is None:
            continue
        money = find_money(text[year.end() : year.end() + 60])
        if not money or money[0].start != 0 or money[0].range_part is not None:
            continue
        m = attrs.evolve(money[0], start=year.end(), end=year.end() + money[0].end)
        share = _NOTE_SHARE.match(text, m.end)
        gdp = parse_number(share.group("num")) if share else None
        out.append(
            TableRow(
                start, share.end() if share else m.end, code, _full_year(year.group("year")), m, gdp
            )
        )
    return out


def _rows(text: str, header: str | None) -> list[TableRow]:
    """The rows of a table with a year column (see :func:`table_rows`)."""
    gdp_column = header is not None and header_has_gdp(header)
    # (start, country, the currency its cell names, the year cell)
    starts: list[tuple[int, str, str | None, re.Match[str]]] = []
    for start, end, code in find_countries(text):
        own = None
        same = _SAME_FIGURE.match(text, end)
        if same is not None:
            end = same.end()
        bracket = None if same is not None else _CELL_CURRENCY.match(text, end)
        if bracket is not None:
            own = header_currency(bracket.group("currency"))
            if own is None:
                continue  # brackets that name no one currency: not a country cell
            end = bracket.end()
        cell = _YEAR_CELL.match(text, end)
        if cell is None:
            word = _WORD_CELL.match(text, end)
            cell = _YEAR_CELL.match(text, word.end()) if word is not None else None
        if cell is not None:
            starts.append((start, code, own, cell))
    if not starts:
        return _amount_first_rows(text, header)
    # What heads the columns: their scale, and the currency of cells written as bare numbers
    # ("8,99" under "Defensie-uitgaven (mld. euro)").
    column = _column_header(text[: starts[0][0]], header)
    if _YEAR_FIRST.search(column) and not _HEADER.search(column):
        # "Jaar Defensiebudget % bbp": one country's table, its rows open on the year; a
        # country named before a year is another text's (a box beside it), not a cell.
        return []
    currency = header_currency(column)
    # A second amount column that holds the first converted ("Bedrag (EUR, indicatief)").
    converted = _CONVERTED_COLUMN.search(column) is not None
    change = _CHANGE_COLUMN.search(column)
    change_column = change is not None
    gdp_head = _GDP.search(column)
    # A change column after a column of its own for the share ("bbp (%) 1930 (mld) mutatie
    # (%)") leaves the cell after the amount the share; one before it ("Bedrag Mutatie %
    # bbp") may be that cell, and a share in the amount's column ("Begroting × mln (bbp)
    # Verschil") stands in brackets.
    share_first = (
        change is not None
        and gdp_head is not None
        and gdp_head.start() < change.start()
        and not column[: gdp_head.start()].rstrip().endswith("(")
    )
    remarks = _REMARK_COLUMN.search(column) is not None
    previous = _PREVIOUS_COLUMN.search(column) is not None
    rows: list[TableRow] = []
    for i, (start, code, own, cell) in enumerate(starts):
        stop = _row_stop(text, starts[i + 1][0]) if i + 1 < len(starts) else len(text)
        # A placeholder cell ("–" for no figure) before a footnote or the row's end would
        # read as a range with what follows ("12,7 mld – 1. In ..."): blank it, same length.
        body = _PLACEHOLDER.sub(lambda d: " " * len(d.group(0)), text[cell.end() : stop])
        money = find_money(body)
        # The country cell's currency, else the header's, for a cell written as a bare number.
        cell_currency = own or currency
        if money:
            m: MoneyMatch | None = money[0]
            if money[0].start > 1 or money[0].range_part is not None:
                continue
            if own is not None and money[0].currency != own:
                continue  # "België (EUR) … GBP 7,2": the row contradicts itself
        else:
            m = bare_amount(body, 0, cell_currency) if cell_currency else None
        if m is None:
            continue
        # "EUR 74.800 (3,5%) +1.270" under "Begroting × mln (bbp) Verschil × mln": the
        # share in brackets, then the change column's cell (its share may wrap below it).
        at, bracketed = m.end, None
        for after in (_BRACKET_SHARE, _CHANGE_CELL if change_column else None, _BRACKET_SHARE):
            found = after.match(body, at) if after is not None else None
            if found is None:
                continue
            if after is _BRACKET_SHARE:
                if bracketed is not None or not gdp_column:
                    break
                bracketed = found.group("num")
            at = found.end()
        share = _SHARE_CELL.match(body, at)
        if share is None and (remarks or previous):
            share = _remarked_share(body, at, len(body), previous)
        if share is None and converted and len(money) >= 2 and money[1].start - m.end <= 2:
            # "USD 993 mld EUR 913,6 mld 1,65" under "Bedrag (landsvaluta) Bedrag (EUR,
            # indicatief) % bbp": the second amount is the first converted; the share follows.
            share = _SHARE_CELL.match(body, money[1].end)
        if share is None:
            continue
        gdp = None
        if bracketed is not None:
            gdp = parse_number(bracketed)
        elif (
            share.group("num")
            and (share.group("pct") or gdp_column)
            and (share_first or not change_column)
        ):
            gdp = parse_number(share.group("num").replace(".", ","))
        if gdp is not None and not Decimal(0) < gdp < _MAX_SHARE:
            gdp = None  # "0" in a change column, a count: not a share of GDP
        offset = cell.end()
        rows.append(
            TableRow(
                start,
                offset + share.end(),
                code,
                _full_year(cell.group("year")),
                attrs.evolve(m, start=m.start + offset, end=m.end + offset),
                gdp,
            )
        )
    if not rows:
        return _amount_first_rows(text, header)
    rows = _apply_header_scale(rows, column)
    if not gdp_column:
        lead = text[: rows[0].start]
        in_text = _HEADER_IN_TEXT.search(lead)
        if in_text is not None and _GDP.search(in_text.group(0)):
            rows = _reread_shares(text, rows)
    return rows if _a_table(text, rows, header) else []


def _a_table(text: str, rows: Sequence[TableRow], header: str | None) -> bool:
    """Whether *rows* read in *text* are a table's: two or more, or one that is the whole text
    (each row a paragraph of its own) or stands under a column header (*header*, or the
    text's own when nothing else comes before the row or after it: a table of one row drawn
    in text, "Land Jaar Budget bbp" over "Duitsland 2059 83,400,000,000 EUR 1.69%")."""
    alone = len(rows) == 1 and not text[rows[0].end :].strip(" .")
    lead = text[: rows[0].start].strip() if rows else ""
    whole = alone and not lead
    headed = (
        alone
        and len(lead) <= _MAX_PARAGRAPH_HEADER
        and (found := _HEADER_IN_TEXT.search(lead)) is not None
        and found.start() == 0
    )
    return len(rows) >= 2 or whole or headed or (header is not None and looks_like_header(header))
