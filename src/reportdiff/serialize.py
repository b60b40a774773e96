"""Model ⇄ plain data.  One serializer feeds the JSON output, the snapshots and the cache.

The shape is the public contract in ``output-contract.md``: adding a field is allowed; renaming
or removing one bumps :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .model import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Budget,
    Edition,
    Kamerstuk,
    Layout,
    Mission,
    MissionStatus,
    Money,
    Organisation,
    Pages,
    Partner,
    PartnerCategory,
    Reference,
    Report,
    Section,
    Source,
)

if TYPE_CHECKING:
    from .engine import ReportDiff
    from .extract import Block, Document

__all__ = [
    "SCHEMA_VERSION",
    "block_to_dict",
    "diff_to_dict",
    "document_to_dict",
    "edition_to_dict",
    "fact_to_dict",
    "report_from_dict",
    "report_to_dict",
]

SCHEMA_VERSION = 1

Plain = dict[str, Any]


def _source(s: Source) -> Plain:
    return {"page": s.page, "page_label": s.page_label, "text": s.text}


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def edition_to_dict(e: Edition) -> Plain:
    return {
        "year": e.year,
        "title": e.title,
        "date": e.date.isoformat() if e.date else None,
        "reference": e.reference,
        "kamerstuk": (
            {"dossier": e.kamerstuk.dossier, "number": e.kamerstuk.number} if e.kamerstuk else None
        ),
        "layout": e.layout.value,
        "pages": {
            "count": e.pages.count,
            "labels": list(e.pages.labels),
            "declared_total": e.pages.declared_total,
        },
        "addressee": e.addressee,
        "copy_to": e.copy_to,
        "vergaderjaar": e.vergaderjaar,
        "parser": e.parser,
        "source_kind": e.source_kind,
    }


def fact_to_dict(fact: object) -> Plain:
    """Any one fact (partner, budget, ...) as plain data."""
    match fact:
        case Partner():
            return {
                "code": fact.code,
                "name": fact.name,
                "category": fact.category.value,
                "source": _source(fact.source),
            }
        case Organisation():
            return {"code": fact.code, "name": fact.name, "source": _source(fact.source)}
        case Budget():
            return {
                "country": fact.country,
                "year": fact.year,
                "amount": _dec(fact.money.amount),
                "currency": fact.money.currency,
                "gdp_percent": _dec(fact.gdp_percent),
                "source": _source(fact.source),
            }
        case Mission():
            return {
                "name": fact.name,
                "organisation": fact.organisation,
                "location": fact.location,
                "status": fact.status.value,
                "source": _source(fact.source),
            }
        case Agreement():
            return {
                "kind": fact.kind.value,
                "title": fact.title,
                "parties": list(fact.parties),
                "date": fact.date,
                "status": fact.status.value,
                "source": _source(fact.source),
            }
        case Reference():
            return {"dossier": fact.dossier, "number": fact.number, "source": _source(fact.source)}
        case Section():
            return {
                "title": fact.title,
                "level": fact.level,
                "text": fact.text,
                "heading_found": fact.heading_found,
                "page_starts": [list(s) for s in fact.page_starts],
                "source": _source(fact.source),
            }
        case Edition():
            return edition_to_dict(fact)
    raise TypeError(f"not a fact: {type(fact).__name__}")


def report_to_dict(report: Report) -> Plain:
    return {
        "schema_version": SCHEMA_VERSION,
        "edition": edition_to_dict(report.edition),
        "partners": [fact_to_dict(x) for x in report.partners],
        "organisations": [fact_to_dict(x) for x in report.organisations],
        "budgets": [fact_to_dict(x) for x in report.budgets],
        "missions": [fact_to_dict(x) for x in report.missions],
        "agreements": [fact_to_dict(x) for x in report.agreements],
        "references": [fact_to_dict(x) for x in report.references],
        "sections": [fact_to_dict(x) for x in report.sections],
        "warnings": list(report.warnings),
    }


# --- back from plain data (the cache) ----------------------------------------------------


def _src(d: Plain) -> Source:
    return Source(page=d["page"], page_label=d["page_label"], text=d["text"])


def _opt_dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _edition(d: Plain) -> Edition:
    ks = d.get("kamerstuk")
    pages = d["pages"]
    return Edition(
        year=d["year"],
        title=d["title"],
        date=date.fromisoformat(d["date"]) if d.get("date") else None,
        reference=d.get("reference"),
        kamerstuk=Kamerstuk(ks["dossier"], ks["number"]) if ks else None,
        layout=Layout(d["layout"]),
        pages=Pages(pages["count"], tuple(pages["labels"]), pages.get("declared_total")),
        addressee=d.get("addressee"),
        copy_to=d.get("copy_to"),
        vergaderjaar=d.get("vergaderjaar"),
        parser=d.get("parser", "generic"),
        source_kind=d.get("source_kind", "pdf"),
    )


def report_from_dict(d: Plain) -> Report:
    """The inverse of :func:`report_to_dict`; raises KeyError/ValueError on foreign data."""
    if d.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"schema_version {d.get('schema_version')!r} is not {SCHEMA_VERSION}")
    return Report(
        edition=_edition(d["edition"]),
        partners=tuple(
            Partner(x["code"], x["name"], PartnerCategory(x["category"]), _src(x["source"]))
            for x in d["partners"]
        ),
        organisations=tuple(
            Organisation(x["code"], x["name"], _src(x["source"])) for x in d["organisations"]
        ),
        budgets=tuple(
            Budget(
                x["country"],
                x["year"],
                Money(Decimal(x["amount"]), x["currency"]),
                _opt_dec(x["gdp_percent"]),
                _src(x["source"]),
            )
            for x in d["budgets"]
        ),
        missions=tuple(
            Mission(
                x["name"],
                x["organisation"],
                x["location"],
                MissionStatus(x["status"]),
                _src(x["source"]),
            )
            for x in d["missions"]
        ),
        agreements=tuple(
            Agreement(
                AgreementKind(x["kind"]),
                x["title"],
                tuple(x["parties"]),
                x["date"],
                AgreementStatus(x["status"]),
                _src(x["source"]),
            )
            for x in d["agreements"]
        ),
        references=tuple(
            Reference(x["dossier"], x["number"], _src(x["source"])) for x in d["references"]
        ),
        sections=tuple(
            Section(
                x["title"],
                x["level"],
                x["text"],
                _src(x["source"]),
                x.get("heading_found", True),
                tuple((int(a), int(b), c) for a, b, c in x.get("page_starts", ())),
            )
            for x in d["sections"]
        ),
        warnings=tuple(d["warnings"]),
    )


# --- diffs -------------------------------------------------------------------------------------


def _value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple | list):
        return [_value(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def diff_to_dict(d: ReportDiff) -> Plain:
    """A ReportDiff as the contract's JSON shape."""
    from .engine import Entity

    summary = d.summary
    changes = []
    for c in d.changes:
        item: Plain = {
            "entity": c.entity.value,
            "change": c.kind.value,
            "key": c.key,
            "old": fact_to_dict(c.old) if c.old is not None else None,
            "new": fact_to_dict(c.new) if c.new is not None else None,
        }
        if c.fields:
            item["fields"] = {f.name: [_value(f.old), _value(f.new)] for f in c.fields}
        if c.delta is not None:
            item["delta"] = {
                "amount": _dec(c.delta.amount),
                "percent": _dec(c.delta.percent),
                "gdp_points": _dec(c.delta.gdp_points),
            }
        if c.similarity is not None:
            item["similarity"] = c.similarity
        if c.words:
            item["words"] = [[w.op, w.old, w.new] for w in c.words if w.op != "equal"]
        if c.context:
            item["context"] = [fact_to_dict(b) for b in c.context]
        if c.note:
            item["note"] = c.note
        if c.entity is Entity.SECTION and c.old is not None and c.new is not None:
            # Full texts are in the editions; the diff carries the word changes only.
            item["old"] = {k: v for k, v in item["old"].items() if k != "text"}
            item["new"] = {k: v for k, v in item["new"].items() if k != "text"}
        changes.append(item)
    return {
        "schema_version": SCHEMA_VERSION,
        "old": edition_to_dict(d.old.edition),
        "new": edition_to_dict(d.new.edition),
        "summary": {"added": summary.added, "removed": summary.removed, "changed": summary.changed},
        "changes": changes,
    }


# --- extracted documents (show --blocks, block snapshots) ------------------------------------


def block_to_dict(b: Block) -> Plain:
    return {
        "kind": b.kind.value,
        "level": b.level,
        "page": b.page,
        "page_label": b.page_label,
        "pages": list(b.pages),
        "bbox": [b.bbox.x0, b.bbox.top, b.bbox.x1, b.bbox.bottom] if b.bbox else None,
        "text": b.text,
    }


def document_to_dict(doc: Document) -> Plain:
    """An extracted Document: its metadata, blocks and warnings."""
    meta = doc.metadata
    return {
        "name": doc.name,
        "metadata": {
            "layout": meta.layout.value,
            "subject": meta.subject,
            "date": meta.date.isoformat() if meta.date else None,
            "reference": meta.reference,
            "addressee": meta.addressee,
            "copy_to": meta.copy_to,
            "vergaderjaar": meta.vergaderjaar,
            "dossier": meta.dossier,
            "dossier_title": meta.dossier_title,
            "number": meta.number,
            "letter_kind": meta.letter_kind,
            "place": meta.place,
        },
        "blocks": [block_to_dict(b) for b in doc.blocks],
        "warnings": list(doc.warnings),
    }
