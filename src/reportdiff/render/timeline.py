"""A timeline (``reportdiff timeline``) as table, Markdown, JSON or CSV, and its budget plot."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportdiff.errors import UsageError
from reportdiff.library.timeline import Timeline

__all__ = ["CSV_COLUMNS", "PLOT_SUFFIXES", "check_plot_path", "plot_budgets", "render_timeline"]

# Tidy data: one row per fact an edition states.
CSV_COLUMNS = (
    "edition_year",
    "entity",
    "key",
    "field",
    "value",
    "unit",
    "page",
    # "true" where the text gives the amount as an approximation ("ruim tien miljard").
    "approximate",
)
PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def _amount(value: Decimal) -> str:
    for size, word in ((Decimal(10) ** 9, " bn"), (Decimal(10) ** 6, " mln")):
        if abs(value) >= size:
            return format((value / size).normalize(), "f") + word
    return format(value.normalize(), "f")


def _tables(t: Timeline) -> list[tuple[str, list[str], list[list[str]]]]:
    years = [str(y) for y in t.years]
    partner_rows = []
    for code, seen in sorted(t.partners.items(), key=lambda kv: (min(kv[1]), kv[0])):
        cells = [seen.get(y, "") for y in t.years]
        partner_rows.append([code, str(min(seen)), *cells])
    mission_rows = [
        [name, *[seen.get(y, "") for y in t.years]]
        for name, seen in sorted(t.missions.items(), key=lambda kv: (min(kv[1]), kv[0]))
    ]
    byears = t.budget_years()
    budget_rows = []
    for (country, currency), series in sorted(t.budgets.items()):
        cells = []
        for y in byears:
            if y in series:
                amount, gdp, about = series[y]
                cells.append(
                    ("≈" if about else "")
                    + _amount(amount)
                    + (f" ({format(gdp, 'f')}%)" if gdp is not None else "")
                )
            else:
                cells.append("")
        budget_rows.append([country, currency, *cells])
    return [
        ("Partners", ["code", "first seen", *years], partner_rows),
        ("Missions", ["mission", *years], mission_rows),
        ("Defence budgets (amount, GDP share)", ["country", "currency", *byears], budget_rows),
    ]


def _to_dict(t: Timeline) -> dict[str, Any]:
    return {
        "editions": list(t.years),
        "partners": {
            code: {str(y): c for y, c in seen.items()} for code, seen in t.partners.items()
        },
        "missions": {
            name: {str(y): s for y, s in seen.items()} for name, seen in t.missions.items()
        },
        "budgets": [
            {
                "country": country,
                "currency": currency,
                "series": {
                    y: {
                        "amount": format(a, "f"),
                        "gdp_percent": None if g is None else format(g, "f"),
                        "approximate": about,
                    }
                    for y, (a, g, about) in sorted(series.items())
                },
            }
            for (country, currency), series in sorted(t.budgets.items())
        ],
    }


def render_timeline(t: Timeline, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(_to_dict(t), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(
            (
                x.edition_year,
                x.entity,
                x.key,
                x.field,
                x.value,
                x.unit,
                x.page,
                "true" if x.approximate else "false",
            )
            for x in t.facts
        )
        return buf.getvalue()
    # Imported only for a table: tabulate takes longer to import than JSON or CSV to write.
    from ._tabulate import grid

    out = []
    for title, headers, rows in _tables(t):
        out += [f"## {title}" if fmt == "markdown" else title, ""]
        out.append(
            grid(rows, headers, fmt="github" if fmt == "markdown" else "simple")
            if rows
            else "(none)"
        )
        out.append("")
    return "\n".join(out)


def _x(year: str) -> float:
    # A fiscal year "2021/2022" sits halfway between its calendar years.
    return int(year[:4]) + (0.5 if "/" in year else 0.0)


def check_plot_path(path: Path) -> None:
    """Refuse a plot file name matplotlib would not write, before anything is read or printed."""
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise UsageError(f"--plot needs a .png, .svg or .pdf file name, not {path.name}")


def _series(series: dict[str, Any], index: int, scale: float) -> tuple[list[float], list[float]]:
    xs: list[float] = []
    ys: list[float] = []
    for year in sorted(series, key=_x):
        value = series[year][index]
        if value is None:
            continue
        # Gaps stay gaps: a NaN between figures more than a year apart breaks the line, and a
        # missing year is never drawn as zero.
        if xs and _x(year) - xs[-1] > 1.0:
            xs.append((xs[-1] + _x(year)) / 2)
            ys.append(float("nan"))
        xs.append(_x(year))
        ys.append(float(value) / scale)
    return xs, ys


def _plain_number(value: float, _pos: object = None) -> str:
    # "1,250" and "2.5", never 10^3: figures a reader can compare with the report's.
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:,.1f}"


def plot_budgets(t: Timeline, path: Path) -> None:
    """Draw the budget series to a PNG, SVG or PDF: one panel per currency (billions of it,
    on a linear axis), then one of the GDP shares."""
    check_plot_path(path)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter, MaxNLocator
    except ImportError as exc:
        raise UsageError(
            "--plot needs matplotlib: install the plot extra, pip install 'reportdiff[plot]'"
        ) from exc
    currencies = sorted({currency for _, currency in t.budgets})
    has_gdp = any(p.gdp_percent is not None for s in t.budgets.values() for p in s.values())
    panels: list[tuple[str | None, str]] = [(c, f"billions of {c}") for c in currencies]
    if has_gdp or not panels:
        panels.append((None, "% of GDP"))
    # One colour per country in every panel, so a country is found at a glance.
    countries = sorted({country for country, _ in t.budgets})
    palette = plt.get_cmap("tab10")
    colour = {c: palette(i % 10) for i, c in enumerate(countries)}
    fig, axes = plt.subplots(
        len(panels), 1, figsize=(8, 1.0 + 2.5 * len(panels)), dpi=100, sharex=True, squeeze=False
    )
    for ax, (currency, label) in zip(axes[:, 0], panels, strict=True):
        for (country, cur), series in sorted(t.budgets.items()):
            if currency is not None and cur != currency:
                continue
            index, scale = (0, 1e9) if currency is not None else (1, 1.0)
            xs, ys = _series(series, index, scale)
            if xs:
                name = country if currency is not None else f"{country} ({cur})"
                ax.plot(xs, ys, marker="o", label=name, color=colour[country])
        ax.set_ylabel(label)
        ax.set_title(
            f"Defence budgets in {currency}" if currency else "Defence budgets, share of GDP",
            fontsize=10,
        )
        ax.yaxis.set_major_formatter(FuncFormatter(_plain_number))
        ax.set_ylim(bottom=0)
        ax.grid(True, alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=8, loc="upper left", ncol=2)
    last = axes[-1, 0]
    # Whole years on the axis; a fiscal year's point sits between its two calendar years.
    last.xaxis.set_major_locator(MaxNLocator(integer=True))
    last.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: str(int(v))))
    last.set_xlabel("budget year (a fiscal year sits between its two calendar years)")
    fig.tight_layout()
    suffix = path.suffix.lower().lstrip(".")
    fig.savefig(
        path,
        format=suffix,
        # No creation date in the file, so the same data draws the same bytes.
        metadata={"Date": None}
        if suffix == "svg"
        else ({"CreationDate": None} if suffix == "pdf" else None),
    )
    plt.close(fig)
