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

from ._tabulate import grid

__all__ = ["plot_budgets", "render_timeline"]


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
                amount, gdp = series[y]
                cells.append(
                    _amount(amount) + (f" ({format(gdp, 'f')}%)" if gdp is not None else "")
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
                    }
                    for y, (a, g) in sorted(series.items())
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
        for title, headers, rows in _tables(t):
            writer.writerow([f"# {title}"])
            writer.writerow(headers)
            writer.writerows(rows)
        return buf.getvalue()
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


def plot_budgets(t: Timeline, path: Path) -> None:
    """Draw each budget series (in billions of its currency) to a PNG or SVG."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"--plot needs a .png or .svg file name, not {path.name}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise UsageError(
            "--plot needs matplotlib: install the plot extra, pip install 'reportdiff[plot]'"
        ) from exc
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    for (country, currency), series in sorted(t.budgets.items()):
        xs: list[float] = []
        ys: list[float] = []
        for year in sorted(series, key=_x):
            # Gaps stay gaps: a NaN between figures more than a year apart breaks the line,
            # and a missing year is never drawn as zero.
            if xs and _x(year) - xs[-1] > 1.0:
                xs.append((xs[-1] + _x(year)) / 2)
                ys.append(float("nan"))
            xs.append(_x(year))
            ys.append(float(series[year][0]) / 1e9)
        ax.plot(xs, ys, marker="o", label=f"{country} ({currency})")
    from matplotlib.ticker import MaxNLocator

    # Whole years on the axis; a fiscal year's point sits between its two calendar years.
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("budget year (a fiscal year sits between its two calendar years)")
    ax.set_ylabel("defence budget, billions of its currency")
    ax.set_title("Defence budgets in the reports")
    ax.set_yscale("log")
    ax.grid(True, alpha=0.3)
    if t.budgets:
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(
        path,
        format=path.suffix.lower().lstrip("."),
        metadata={"Date": None} if path.suffix.lower() == ".svg" else None,
    )
    plt.close(fig)
