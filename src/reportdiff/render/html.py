"""HTML: one self-contained page for a diff, an edition or a timeline, that works offline.

Everything a PDF said is data: the templates are rendered with autoescaping, and the page
carries a Content-Security-Policy that allows no script and no load from anywhere.  The CSS is
inlined and the budget charts are inline SVG drawn here, so the file needs nothing but itself
(and, for the page links, the PDFs the caller names).  This is the only module that imports
Jinja2.

The renderer reads a :class:`~reportdiff.ReportDiff` through its public attributes and uses
``getattr`` for anything newer (change kinds it does not know are shown as words, a change's
own ``old_source``/``new_source`` are preferred to its facts' sources), so a richer model
degrades to a plainer page rather than to an error.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import jinja2

from . import _format as fmt

if TYPE_CHECKING:
    from reportdiff import Edition, Report, ReportDiff

__all__ = ["render_diff_html", "render_report_html", "render_timeline_html"]

# Unchanged words kept either side of a change in a redline; longer runs are folded.
CONTEXT_WORDS = 12
# A run is folded only when it hides at least this many words.
MIN_FOLD = 6

_TITLES = {
    "edition": "Edition",
    "partner": "Partners",
    "organisation": "Organisations",
    "budget": "Defence budgets",
    "mission": "Missions",
    "agreement": "Agreements",
    "reference": "Cited documents",
    "section": "Sections",
}
_ANCHORS = {"edition": "edition", "reference": "references"}
# Known change kinds: (CSS class, text marker).  Anything else is "other" with a bullet.
_KINDS = {
    "added": ("added", "+"),
    "removed": ("removed", "−"),
    "changed": ("changed", "~"),
    "not_in_available_text": ("unavailable", "?"),
}
_KIND_ORDER = ("added", "removed", "changed", "not_in_available_text")
# Okabe–Ito colours, readable on white; the country is also written next to its points.
_PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#8A6D00",
    "#56B4E9",
    "#6B4C9A",
    "#444444",
)


# --- the environment ------------------------------------------------------------------------


@functools.cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reportdiff", "render/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render(template: str, **context: Any) -> str:
    from reportdiff import __version__

    return _env().get_template(template).render(version=__version__, **context)


# --- plain values --------------------------------------------------------------------------


def _value(x: Any) -> str:
    """An enum's value (or anything with a ``value``), else the thing as text."""
    value = getattr(x, "value", x)
    return str(value if isinstance(value, str | int) else x)


def _words(x: Any) -> str:
    """An enum value or identifier as words: ``not_in_text`` → "not in text"."""
    return _value(x).replace("_", " ")


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, enum.Enum):
        return _words(value)
    if isinstance(value, tuple | list):
        return "/".join(_text(v) for v in value) or "—"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _fact_text(fact: Any) -> str:
    """A fact as a short phrase; unknown facts by their title, name or key."""
    if fact is None:
        return "—"
    kind = type(fact).__name__
    if kind == "Reference":
        return "cited"
    if kind == "Section":
        return _count(len(str(fact.text).split()), "word")
    if kind == "Agreement":
        when = f", {fact.date}" if fact.date else ""
        return f"{fact.title} ({_text(fact.parties)}{when}): {_words(fact.status)}"
    try:
        return fmt.fact_line(fact)
    except (AttributeError, TypeError):
        return _text(getattr(fact, "title", None) or getattr(fact, "name", None) or fact)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# --- pages and links -----------------------------------------------------------------------


@dataclass(frozen=True)
class PageRef:
    """A page a fact was read from, and where a browser opens it."""

    page: int
    label: str | None
    href: str | None
    sentence: str | None

    @property
    def text(self) -> str:
        shown = f"p. {self.page}"
        if self.label and self.label != str(self.page):
            shown += f" (printed {self.label})"
        return shown


def _pdf_url(path: Path | None) -> str | None:
    if path is None:
        return None
    path = Path(path)
    if path.is_absolute():
        return path.as_uri()
    return quote(path.as_posix())


def _page_ref(source: Any, base: str | None) -> PageRef | None:
    page = getattr(source, "page", None)
    if not isinstance(page, int):
        return None
    label = getattr(source, "page_label", None)
    sentence = getattr(source, "text", None) or getattr(source, "sentence", None)
    return PageRef(
        page,
        None if label is None else str(label),
        f"{base}#page={page}" if base else None,
        None if sentence is None else str(sentence),
    )


def _change_source(c: Any, side: str) -> Any:
    """The change's own source for *side* when the model has one, else its fact's."""
    own = getattr(c, f"{side}_source", None)
    if own is not None:
        return own
    return getattr(getattr(c, side, None), "source", None)


# --- editions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditionView:
    role: str
    year: int
    title: str
    date: str
    ident: str
    layout: str
    label: str | None
    pages: str
    partial: str | None
    warnings: tuple[str, ...]
    href: str | None


def _missing_labels(e: Edition) -> list[str]:
    labels = list(e.pages.labels)
    numbers = {int(x) for x in labels if x is not None and x.isdigit()}
    total = max([*numbers, e.pages.declared_total or 0], default=0)
    missing = [str(n) for n in range(1, total + 1) if n not in numbers]
    if any(x is None for x in labels):
        missing.append("unlabelled")
    return missing


def _ranges(numbers: list[str]) -> str:
    """ "2, 3, 4, 7" → "2–4, 7"."""
    ints = [int(n) for n in numbers if n.isdigit()]
    out: list[str] = []
    for n in ints:
        if out and "–" in out[-1] and int(out[-1].split("–")[1]) == n - 1:
            out[-1] = f"{out[-1].split('–')[0]}–{n}"
        elif out and out[-1].isdigit() and int(out[-1]) == n - 1:
            out[-1] = f"{out[-1]}–{n}"
        else:
            out.append(str(n))
    out += [n for n in numbers if not n.isdigit()]
    return ", ".join(out)


def _edition_view(r: Report, role: str, label: str | None, path: Path | None) -> EditionView:
    e = r.edition
    if e.reference:
        ident = e.reference
    elif e.kamerstuk is not None:
        ident = f"Kamerstuk {e.kamerstuk.dossier}, nr. {e.kamerstuk.number}"
    else:
        ident = "—"
    pages = _count(e.pages.count, "page")
    if e.pages.declared_total and e.pages.declared_total != e.pages.count:
        pages += f" of {e.pages.declared_total}"
    missing = _missing_labels(e)
    partial = None
    if missing or getattr(e, "partial", False):
        partial = f"pages {_ranges(missing)} missing" if missing else "incomplete"
    return EditionView(
        role=role,
        year=e.year,
        title=e.title,
        date=e.date.isoformat() if e.date else "undated",
        ident=ident,
        layout=_words(e.layout),
        label=label,
        pages=pages,
        partial=partial,
        warnings=tuple(str(w) for w in r.warnings),
        href=_pdf_url(path),
    )


# --- changes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    value: str
    words: str
    css: str
    marker: str


def _kind(k: Any) -> Kind:
    value = _value(k)
    css, marker = _KINDS.get(value, ("other", "•"))
    return Kind(value, _words(k), css, marker)


@dataclass(frozen=True)
class Delta:
    parts: tuple[str, ...]
    direction: str  # "up", "down" or "" — for the arrow shown with the text


@dataclass(frozen=True)
class Row:
    kind: Kind
    key: str
    old: str
    new: str
    details: tuple[str, ...]
    note: str | None
    old_page: PageRef | None
    new_page: PageRef | None
    delta: Delta | None = None
    anchor: str | None = None  # the redline of a rewritten section


@dataclass(frozen=True)
class Piece:
    """One step of a redline: ``equal``, ``fold`` (hidden unchanged words), ``delete``,
    ``insert`` or ``replace``."""

    op: str
    old: str
    new: str
    count: int = 0


@dataclass(frozen=True)
class Redline:
    anchor: str
    title: str
    old_title: str | None
    similarity: str | None
    note: str | None
    old_page: PageRef | None
    new_page: PageRef | None
    pieces: tuple[Piece, ...]
    inserted: int
    deleted: int


@dataclass(frozen=True)
class Block:
    """One entity's section of the page."""

    entity: str
    anchor: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    counts: str
    redlines: tuple[Redline, ...] = ()
    field_rows: bool = False  # the edition: one row per changed field
    changes: int = 0
    has_details: bool = True


def _signed(value: Decimal, text: str) -> str:
    return ("+" if value > 0 else "") + text


def _budget_delta(c: Any) -> Delta | None:
    d = getattr(c, "delta", None)
    if d is None:
        return None
    parts: list[str] = []
    amount = getattr(d, "amount", None)
    old_money = getattr(getattr(c, "old", None), "money", None)
    new_money = getattr(getattr(c, "new", None), "money", None)
    if amount is not None and old_money is not None:
        parts.append(fmt.money_text(old_money, amount, signed=True))
        percent = getattr(d, "percent", None)
        if percent is not None:
            parts.append(_signed(percent, f"{format(percent, 'f')}%").replace("-", "−"))
    elif (
        old_money is not None
        and new_money is not None
        and getattr(old_money, "currency", None) != getattr(new_money, "currency", None)
    ):
        parts.append("no delta: currency changed")
    gdp = getattr(d, "gdp_points", None)
    if gdp is not None:
        parts.append(_signed(gdp, f"{format(gdp, 'f')} GDP pt").replace("-", "−"))
    sign = amount if amount is not None else gdp
    direction = "" if sign is None or sign == 0 else ("up" if sign > 0 else "down")
    return Delta(tuple(parts), direction) if parts else None


def _details(c: Any, entity: str) -> tuple[str, ...]:
    kind = _value(c.kind)
    out: list[str] = []
    if kind not in ("added", "removed"):
        for f in getattr(c, "fields", ()):
            if entity == "section" and f.name == "text":
                continue
            if entity == "budget":
                continue
            out.append(f"{_words(f.name)}: {_short(f.old)} → {_short(f.new)}")
    similarity = getattr(c, "similarity", None)
    if entity == "section" and similarity is not None:
        out.append(f"text {round(similarity * 100)}% alike")
    if entity == "section" and kind in ("added", "removed"):
        section = c.new if kind == "added" else c.old
        text = str(getattr(section, "text", "") or "")
        words = text.split()
        if words:
            out.append(" ".join(words[:24]) + (" …" if len(words) > 24 else ""))
    if entity == "reference":
        fact = c.new if c.new is not None else c.old
        sentence = getattr(getattr(fact, "source", None), "text", None)
        if sentence:
            out.append(f"“{_short(sentence, 120)}”")
    return tuple(out)


def _short(value: Any, limit: int = 80) -> str:
    text = _text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key(c: Any, entity: str) -> str:
    if entity == "agreement":
        fact = c.new if c.new is not None else c.old
        try:
            return f"{_words(fact.kind)} ({fact.counterpart})"
        except AttributeError:
            return str(c.key)
    if entity == "section":
        fact = c.new if c.new is not None else c.old
        return str(getattr(fact, "title", None) or c.key)
    return str(c.key)


def _old_new(c: Any, entity: str) -> tuple[str, str]:
    if entity == "budget":
        return fmt.budget_text(c.old), fmt.budget_text(c.new)
    return _fact_text(c.old), _fact_text(c.new)


def _redline_pieces(ops: Sequence[Any]) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    last = len(ops) - 1
    for i, w in enumerate(ops):
        op = str(getattr(w, "op", "equal"))
        old, new = str(getattr(w, "old", "") or ""), str(getattr(w, "new", "") or "")
        if op != "equal":
            if op not in ("delete", "insert", "replace"):
                op = "replace" if old and new else ("delete" if old else "insert")
            pieces.append(Piece(op, old, new))
            continue
        words = old.split()
        head = 0 if i == 0 else CONTEXT_WORDS
        tail = 0 if i == last else CONTEXT_WORDS
        if len(words) - head - tail >= MIN_FOLD:
            if head:
                pieces.append(Piece("equal", " ".join(words[:head]), ""))
            hidden = words[head : len(words) - tail]
            pieces.append(Piece("fold", " ".join(hidden), "", len(hidden)))
            if tail:
                pieces.append(Piece("equal", " ".join(words[-tail:]), ""))
        elif words:
            pieces.append(Piece("equal", old, ""))
    return tuple(pieces)


def _redline(c: Any, n: int, bases: Mapping[str, str | None]) -> Redline | None:
    ops = tuple(getattr(c, "words", ()) or ())
    if not ops:
        return None
    old_title = getattr(c.old, "title", None)
    new_title = getattr(c.new, "title", None)
    similarity = getattr(c, "similarity", None)
    return Redline(
        anchor=f"redline-{n}",
        title=str(new_title or old_title or c.key),
        old_title=str(old_title) if old_title and old_title != new_title else None,
        similarity=None if similarity is None else f"{round(similarity * 100)}% alike",
        note=getattr(c, "note", None),
        old_page=_page_ref(_change_source(c, "old"), bases.get("old")),
        new_page=_page_ref(_change_source(c, "new"), bases.get("new")),
        pieces=_redline_pieces(ops),
        inserted=sum(len(str(w.new).split()) for w in ops if w.op in ("insert", "replace")),
        deleted=sum(len(str(w.old).split()) for w in ops if w.op in ("delete", "replace")),
    )


def _kind_counts(changes: Iterable[Any]) -> list[tuple[Kind, int]]:
    counter = Counter(_value(c.kind) for c in changes)
    kinds = {_value(c.kind): c.kind for c in changes}
    order = [k for k in _KIND_ORDER if k in counter] + sorted(
        k for k in counter if k not in _KIND_ORDER
    )
    return [(_kind(kinds[k]), counter[k]) for k in order]


def _blocks(d: ReportDiff, bases: Mapping[str, str | None]) -> list[Block]:
    from reportdiff import Entity

    entities = [e.value for e in Entity]
    entities += [v for v in dict.fromkeys(_value(c.entity) for c in d.changes) if v not in entities]
    blocks = []
    redlines = 0
    for entity in entities:
        changes = [c for c in d.changes if _value(c.entity) == entity]
        if not changes:
            continue
        rows: list[Row] = []
        lines: list[Redline] = []
        for c in changes:
            old, new = _old_new(c, entity)
            redline = _redline(c, redlines, bases) if entity == "section" else None
            if redline is not None:
                redlines += 1
                lines.append(redline)
            note = getattr(c, "note", None)
            delta = _budget_delta(c) if entity == "budget" else None
            if delta is not None and note and "no delta: currency changed" in delta.parts:
                # The engine's note says the same as the delta column, at more length.
                note = re.sub(
                    r"(;\s*)?currency changed from \w+ to \w+: no delta in money", "", note
                )
                note = note.strip("; ") or None
            if entity == "edition":
                for f in getattr(c, "fields", ()):
                    rows.append(
                        Row(
                            _kind(c.kind),
                            _words(f.name),
                            _text(f.old),
                            _text(f.new),
                            (),
                            None,
                            None,
                            None,
                        )
                    )
                continue
            rows.append(
                Row(
                    kind=_kind(c.kind),
                    key=_key(c, entity),
                    old=old,
                    new=new,
                    details=_details(c, entity),
                    note=None if note is None else str(note),
                    old_page=_page_ref(_change_source(c, "old"), bases.get("old")),
                    new_page=_page_ref(_change_source(c, "new"), bases.get("new")),
                    delta=delta,
                    anchor=redline.anchor if redline else None,
                )
            )
        if entity == "edition":
            headers: tuple[str, ...] = ("change", "field", "old", "new")
        elif entity == "budget":
            headers = ("change", "country", "old", "new", "delta", "note", "page")
        else:
            headers = ("change", _key_header(entity), "old", "new", "details", "page")
        has_details = any(r.details or r.note or r.anchor for r in rows)
        if not has_details:
            headers = tuple(h for h in headers if h != "details")
        counts = ", ".join(f"{n} {k.words}" for k, n in _kind_counts(changes))
        blocks.append(
            Block(
                entity=entity,
                anchor=_ANCHORS.get(entity, entity + "s"),
                title=_TITLES.get(entity, _words(entity).capitalize() + "s"),
                headers=headers,
                rows=tuple(rows),
                counts=counts,
                redlines=tuple(lines),
                field_rows=entity == "edition",
                changes=len(changes),
                has_details=has_details,
            )
        )
    return blocks


def _key_header(entity: str) -> str:
    return {
        "partner": "country",
        "organisation": "organisation",
        "mission": "mission",
        "agreement": "agreement",
        "reference": "document",
        "section": "section",
    }.get(entity, "key")


# --- charts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    pos: float
    text: str


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    filled: bool
    tip: str


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    segments: tuple[tuple[tuple[float, float], ...], ...]
    dots: tuple[Dot, ...]
    labels: tuple[tuple[float, float], ...]  # where the country is written: after each run


@dataclass(frozen=True)
class Panel:
    anchor: str
    title: str
    desc: str
    y_title: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    xticks: tuple[Tick, ...]
    yticks: tuple[Tick, ...]
    series: tuple[Series, ...]


@dataclass
class _Point:
    year: str
    value: float
    filled: bool
    tip: str


@dataclass
class _Data:
    """Points of one panel: country → points."""

    title: str
    y_title: str
    unit: str  # a currency code, or "%"
    by_country: dict[str, list[_Point]] = field(default_factory=dict)


def _year_x(year: str) -> float:
    # A fiscal year "2021/2022" sits halfway between its calendar years.
    return int(year[:4]) + (0.5 if "/" in year else 0.0)


def _nice_step(span: float, most: int = 5) -> float:
    raw = span / most
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * magnitude >= raw:
            return float(m * magnitude)
    return float(10 * magnitude)  # pragma: no cover


def _amount_tick(value: float) -> str:
    """An axis label: "40 bn", "1,200 bn", "250 mln", "12,500"."""
    for size, word in ((1e9, "bn"), (1e6, "mln")):
        if abs(value) >= size:
            return f"{value / size:,g} {word}"
    return f"{value:,.0f}"


def _panel(data: _Data, n: int, colours: Mapping[str, str]) -> Panel:
    width, height = 420, 260
    left, right, top, bottom = 64, 60, 16, 44
    pw, ph = width - left - right, height - top - bottom
    xs = [_year_x(p.year) for pts in data.by_country.values() for p in pts]
    ys = [p.value for pts in data.by_country.values() for p in pts]
    # Half a year of room either side, so that no point sits on an axis.
    x0, x1 = math.floor(min(xs) - 0.5), math.ceil(max(xs) + 0.5)
    ystep = _nice_step(max(ys) or 1.0)
    y1 = ystep * math.ceil((max(ys) or 1.0) / ystep)
    if y1 <= max(ys):
        y1 += ystep

    def sx(x: float) -> float:
        return round(left + (x - x0) / (x1 - x0) * pw, 1)

    def sy(y: float) -> float:
        return round(top + ph - y / y1 * ph, 1)

    xstep = max(1, math.ceil((x1 - x0) / 8))
    xticks = tuple(Tick(sx(y), str(y)) for y in range(x0, x1 + 1, xstep))
    as_text = (lambda v: f"{v:g}%") if data.unit == "%" else _amount_tick
    yticks = tuple(Tick(sy(i * ystep), as_text(i * ystep)) for i in range(round(y1 / ystep) + 1))
    series = []
    for country, points in sorted(data.by_country.items()):
        points = sorted(points, key=lambda p: (_year_x(p.year), p.filled))
        segments: list[list[tuple[float, float]]] = []
        previous: float | None = None
        for p in points:
            x = _year_x(p.year)
            # A gap of more than a year breaks the line: a missing year is never a value.
            if previous is None or x - previous > 1.0:
                segments.append([])
            segments[-1].append((sx(x), sy(p.value)))
            previous = x
        dots = tuple(Dot(sx(_year_x(p.year)), sy(p.value), p.filled, p.tip) for p in points)
        series.append(
            Series(
                country,
                colours.get(country, _PALETTE[0]),
                tuple(tuple(s) for s in segments if len(s) > 1),
                dots,
                tuple((min(s[-1][0] + 7, width - 24), s[-1][1] + 4) for s in segments),
            )
        )
    # Push the direct labels apart, downwards, so that no two overlap.
    spots = sorted(
        ((i, x, y) for i, s in enumerate(series) for x, y in s.labels), key=lambda t: t[2]
    )
    placed: list[tuple[int, float, float]] = []
    for i, x, y in spots:
        for _, px, py in placed:
            if abs(px - x) < 30 and abs(py - y) < 12:
                y = py + 12
        placed.append((i, x, y))
    fixed = [
        Series(
            s.label,
            s.colour,
            s.segments,
            s.dots,
            tuple((x, y) for j, x, y in placed if j == i),
        )
        for i, s in enumerate(series)
    ]
    desc = "; ".join(
        f"{c}: " + ", ".join(f"{p.year} {as_text(p.value)}" for p in pts)
        for c, pts in sorted(data.by_country.items())
    )
    return Panel(
        anchor=f"chart-{n}",
        title=data.title,
        desc=desc,
        y_title=data.y_title,
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        xticks=xticks,
        yticks=yticks,
        series=tuple(sorted(fixed, key=lambda s: s.label)),
    )


def _panels(data: Iterable[_Data]) -> list[Panel]:
    panels = [d for d in data if any(d.by_country.values())]
    countries = sorted({c for d in panels for c in d.by_country})
    colours = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(countries)}
    return [_panel(d, i, colours) for i, d in enumerate(panels)]


def _money(amount: Decimal, currency: str) -> str:
    from reportdiff import Money

    try:
        return fmt.money_text(Money(amount, currency))
    except ValueError:
        return f"{currency} {_text(amount)}"


def _money_tip(
    country: str, year: str, amount: Decimal, currency: str, edition: str, about: bool = False
) -> str:
    return f"{country} {year}: {'≈' if about else ''}{_money(amount, currency)}{edition}"


def _budget_data(reports: Sequence[tuple[Report, bool]]) -> list[_Data]:
    """One panel per currency and one for GDP shares, from the budgets of *reports*;
    each report's flag says whether its points are filled (the new edition)."""
    currencies: dict[str, _Data] = {}
    gdp = _Data("Share of GDP", "defence budget, % of GDP", "%")
    for report, filled in reports:
        edition = f" (in the {report.edition.year} edition)"
        for b in report.budgets:
            cur = b.money.currency
            data = currencies.setdefault(
                cur, _Data(f"Defence budgets in {cur}", f"defence budget, {cur}", cur)
            )
            tip = _money_tip(b.country, b.year, b.money.amount, cur, edition, b.approximate)
            data.by_country.setdefault(b.country, []).append(
                _Point(b.year, float(b.money.amount), filled, tip)
            )
            if b.gdp_percent is not None:
                gdp.by_country.setdefault(b.country, []).append(
                    _Point(
                        b.year,
                        float(b.gdp_percent),
                        filled,
                        f"{b.country} {b.year}: {format(b.gdp_percent, 'f')}% of GDP{edition}",
                    )
                )
    return [currencies[c] for c in sorted(currencies)] + [gdp]


# --- the pages -----------------------------------------------------------------------------


def render_diff_html(
    d: ReportDiff,
    *,
    labels: Mapping[str, str] | None = None,
    sources: Mapping[str, Path] | None = None,
) -> str:
    """*d* as one self-contained HTML page; *labels* name where each edition comes from and
    *sources* (local PDF paths) make every page reference a link to its page."""
    labels = labels or {}
    sources = sources or {}
    bases = {side: _pdf_url(sources.get(side)) for side in ("old", "new")}
    editions = [
        _edition_view(d.old, "old", labels.get("old"), sources.get("old")),
        _edition_view(d.new, "new", labels.get("new"), sources.get("new")),
    ]
    blocks = _blocks(d, bases)
    panels = _panels(_budget_data([(d.old, False), (d.new, True)]))
    return _render(
        "diff.html.j2",
        title=f"What changed: {d.old.edition.year} → {d.new.edition.year}",
        editions=editions,
        counts=_kind_counts(d.changes),
        total=len(d.changes),
        blocks=blocks,
        panels=panels,
        legend=(f"{d.old.edition.year} edition", f"{d.new.edition.year} edition"),
    )


@dataclass(frozen=True)
class Table:
    anchor: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    pages: tuple[PageRef | None, ...] = ()
    texts: tuple[str | None, ...] = ()


def _report_tables(r: Report, base: str | None) -> list[Table]:
    def page(x: Any) -> PageRef | None:
        return _page_ref(getattr(x, "source", None), base)

    def table(
        anchor: str, title: str, headers: tuple[str, ...], facts: Sequence[Any], cells: Any
    ) -> Table:
        return Table(
            anchor,
            title,
            headers,
            tuple(tuple(_text(v) for v in cells(x)) for x in facts),
            tuple(page(x) for x in facts),
        )

    tables = [
        table(
            "partners",
            "Partners",
            ("code", "name", "category"),
            r.partners,
            lambda p: (p.code, p.name, p.category),
        ),
        table(
            "organisations",
            "Organisations",
            ("code", "name"),
            r.organisations,
            lambda o: (o.code, o.name),
        ),
        table(
            "budgets",
            "Defence budgets",
            ("country", "year", "amount", "GDP share"),
            r.budgets,
            lambda b: (
                b.country,
                b.year,
                fmt.money_text(b.money),
                None if b.gdp_percent is None else f"{format(b.gdp_percent, 'f')}%",
            ),
        ),
        table(
            "missions",
            "Missions",
            ("name", "organisation", "location", "status"),
            r.missions,
            lambda m: (m.name, m.organisation, m.location, m.status),
        ),
        table(
            "agreements",
            "Agreements",
            ("kind", "title", "parties", "date", "status"),
            r.agreements,
            lambda a: (a.kind, a.title, a.parties, a.date, a.status),
        ),
        table(
            "references",
            "Cited documents",
            ("document", "sentence"),
            r.references,
            lambda x: (f"Kamerstuk {x.dossier}, nr. {x.number}", _short(x.source.text, 140)),
        ),
    ]
    sections = table(
        "sections",
        "Sections",
        ("title", "level"),
        r.sections,
        lambda s: (s.title + ("" if s.heading_found else " (title supplied)"), s.level),
    )
    tables.append(
        Table(
            sections.anchor,
            sections.title,
            sections.headers,
            sections.rows,
            sections.pages,
            tuple(str(s.text) for s in r.sections),
        )
    )
    return tables


def render_report_html(report: Report, label: str | None = None, source: Path | None = None) -> str:
    """The facts of one edition, each with its page, as one self-contained HTML page."""
    base = _pdf_url(source)
    return _render(
        "report.html.j2",
        title=report.edition.title,
        edition=_edition_view(report, "edition", label, source),
        tables=_report_tables(report, base),
        panels=_panels(_budget_data([(report, True)])),
    )


def render_timeline_html(timeline: Mapping[str, Any]) -> str:
    """A timeline, as the JSON view gives it (``editions``, ``partners``, ``missions``,
    ``budgets``), as one self-contained HTML page with the budget charts."""
    years = [str(y) for y in timeline.get("editions", [])]
    partners = dict(timeline.get("partners", {}))
    missions = dict(timeline.get("missions", {}))
    budgets = list(timeline.get("budgets", []))

    def first(seen: Mapping[str, Any]) -> str:
        return min(seen, default="")

    partner_rows = tuple(
        (code, first(seen), *(str(seen.get(y, "")) for y in years))
        for code, seen in sorted(partners.items(), key=lambda kv: (first(kv[1]), kv[0]))
    )
    mission_rows = tuple(
        (name, *(str(seen.get(y, "")) for y in years))
        for name, seen in sorted(missions.items(), key=lambda kv: (first(kv[1]), kv[0]))
    )
    budget_years = sorted({y for b in budgets for y in b.get("series", {})}, key=_year_x)
    budget_rows = []
    currencies: dict[str, _Data] = {}
    gdp = _Data("Share of GDP", "defence budget, % of GDP", "%")
    for b in budgets:
        country, currency = str(b.get("country", "?")), str(b.get("currency", "?"))
        series = b.get("series", {})
        cells = []
        for y in budget_years:
            point = series.get(y)
            if not point:
                cells.append("")
                continue
            amount = Decimal(str(point["amount"]))
            share = point.get("gdp_percent")
            about = "≈" if point.get("approximate") else ""
            cells.append(
                about + _money(amount, currency) + (f" ({share}%)" if share is not None else "")
            )
            data = currencies.setdefault(
                currency,
                _Data(f"Defence budgets in {currency}", f"defence budget, {currency}", currency),
            )
            data.by_country.setdefault(country, []).append(
                _Point(
                    y,
                    float(amount),
                    True,
                    _money_tip(country, y, amount, currency, "", bool(about)),
                )
            )
            if share is not None:
                gdp.by_country.setdefault(country, []).append(
                    _Point(y, float(share), True, f"{country} {y}: {share}% of GDP")
                )
        budget_rows.append((country, currency, *cells))
    tables = [
        Table("partners", "Partners", ("code", "first seen", *years), partner_rows),
        Table("missions", "Missions", ("mission", *years), mission_rows),
        Table(
            "budgets",
            "Defence budgets (amount, GDP share)",
            ("country", "currency", *budget_years),
            tuple(budget_rows),
        ),
    ]
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else "")
    return _render(
        "timeline.html.j2",
        title=f"Timeline {span}".strip(),
        years=years,
        tables=tables,
        panels=_panels([*(currencies[c] for c in sorted(currencies)), gdp]),
    )
