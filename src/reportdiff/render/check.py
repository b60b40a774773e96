"""The parse-health report (``reportdiff check``) as table, Markdown or JSON."""

from __future__ import annotations

import json
from typing import Any

import attrs

from reportdiff.library.check import Health

from ._tabulate import grid

__all__ = ["render_health"]


def _to_dict(h: Health, healthy: bool) -> dict[str, Any]:
    return {
        "healthy": healthy,
        "facts": h.facts,
        "facts_per_section": h.per_section,
        "unknown_headings": list(h.unknown_headings),
        "misses": [attrs.asdict(m) for m in h.misses],
        "warnings": list(h.warnings),
        "unknown_entities": [attrs.asdict(u) for u in h.unknown_entities],
        "amounts_by_kind": h.amounts_by_kind,
        "amounts": [attrs.asdict(a) for a in h.amounts],
    }


def render_health(h: Health, fmt: str, healthy: bool, title: str) -> str:
    if fmt == "json":
        return json.dumps(_to_dict(h, healthy), ensure_ascii=False, indent=2) + "\n"
    md = fmt == "markdown"
    table_fmt = "github" if md else "simple"
    head = "## " if md else ""
    out = [f"{'# ' if md else ''}{title}: {'healthy' if healthy else 'NEEDS A LOOK'}", ""]
    out += [f"{head}Facts", "", grid(sorted(h.facts.items()), ("kind", "count"), fmt=table_fmt), ""]
    out += [
        f"{head}Facts per section",
        "",
        grid(
            list(h.per_section.items()),
            ("section", "facts"),
            fmt=table_fmt,
            widths=None if md else (50, 6),
        ),
        "",
    ]
    out += [f"{head}Unknown headings ({len(h.unknown_headings)})", ""]
    out += [f"- {t}" for t in h.unknown_headings] or ["(none)"]
    out += ["", f"{head}Sentences that gave no fact ({len(h.misses)})", ""]
    if h.misses:
        rows: list[tuple[str, ...]] = [
            (f"p.{m.page}", m.section, m.reason, m.sentence) for m in h.misses
        ]
        out.append(
            grid(
                rows,
                ("page", "section", "why", "sentence"),
                fmt=table_fmt,
                widths=None if md else (5, 14, 22, 32),
            )
        )
    else:
        out.append("(none)")
    out += ["", f"{head}Unknown organisations and missions ({len(h.unknown_entities)})", ""]
    out += [f"- {u.kind} {u.code}: {u.name} (p.{u.page})" for u in h.unknown_entities] or ["(none)"]
    out += ["", f"{head}Amounts, by what they were taken for ({len(h.amounts)})", ""]
    if h.amounts:
        rows = [
            (
                a.kind,
                f"{a.amount} {a.currency}",
                a.country or "",
                a.year or "",
                a.reason or "",
                f"p.{a.page}",
            )
            for a in h.amounts
        ]
        out.append(
            grid(
                rows,
                ("kind", "amount", "country", "year", "why", "page"),
                fmt=table_fmt,
                widths=None if md else (12, 20, 7, 9, 30, 5),
            )
        )
    else:
        out.append("(none)")
    out += ["", f"{head}Warnings ({len(h.warnings)})", ""]
    out += [f"- {w}" for w in h.warnings] or ["(none)"]
    return "\n".join(out) + "\n"
