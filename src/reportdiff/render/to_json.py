"""The JSON view: a Report, a ReportDiff or an extracted Document as the contract's plain data.

Facts are converted by the one generated converter (``reportdiff.serialize``); this module only
shapes a diff the way the contract lays it out (``output-contract.md``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from reportdiff._version import SCHEMA_VERSION
from reportdiff.serialize import Plain, fact_to_dict, report_to_dict, to_plain

if TYPE_CHECKING:
    from reportdiff.compare import Change, ReportDiff
    from reportdiff.extract import Block, Document
    from reportdiff.model import Report

__all__ = [
    "block_to_dict",
    "change_to_dict",
    "diff_json",
    "diff_to_dict",
    "document_to_dict",
    "iter_diff_json",
    "iter_report_json",
    "provenance_to_dict",
    "report_json",
]


# Text is handed on in pieces of about this many characters: a 160-page report is a
# megabyte of JSON, and never held whole when it is written out as it is made.
_PIECE = 1 << 16


def _pieces(data: Any) -> Iterator[str]:
    """*data* as indented JSON, in pieces; joined, exactly ``json.dumps(data, indent=2)``
    and a newline (with an indent, both use the same pure-Python encoder)."""
    buffered: list[str] = []
    size = 0
    for token in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data):
        buffered.append(token)
        size += len(token)
        if size >= _PIECE:
            yield "".join(buffered)
            buffered, size = [], 0
    buffered.append("\n")
    yield "".join(buffered)


def _dump(data: Any) -> str:
    return "".join(_pieces(data))


def change_to_dict(c: Change) -> Plain:
    """One change: what it is about, old and new facts, and whatever else it carries."""
    plain = to_plain(c)
    item: Plain = {
        "entity": plain.pop("entity"),
        "change": plain.pop("kind"),
        "key": plain.pop("key"),
        "old": plain.pop("old"),
        "new": plain.pop("new"),
    }
    fields = plain.pop("fields")
    if fields:
        item["fields"] = {f["name"]: [f["old"], f["new"]] for f in fields}
    words = plain.pop("words")
    if words:
        item["words"] = [[w["op"], w["old"], w["new"]] for w in words if w["op"] != "equal"]
    delta = plain.pop("delta")
    if delta is not None:
        delta.pop("note", None)  # the change's own note says it
        item["delta"] = delta
    # Everything else is written when it says something.
    item.update({k: v for k, v in plain.items() if v not in (None, [], {}, "")})
    if item["entity"] == "section" and item["old"] is not None and item["new"] is not None:
        # Full texts are in the editions; the diff carries the word changes only.
        for side in ("old", "new"):
            if isinstance(item[side], dict):
                item[side] = {k: v for k, v in item[side].items() if k != "text"}
    return item


def _basis(label: str | None) -> str | None:
    """What a bundled edition is, from its library label: "published" text, "reconstructed"
    from published facts, or "synthetic"; None when the label does not say."""
    text = (label or "").lower()
    for word in ("synthetic", "reconstructed", "published"):
        if word in text:
            return word
    return None


def provenance_to_dict(r: Report) -> Plain:
    """Where one side of a diff was read from and how far it can be trusted: the library's
    label and what it says the file is, the file's sha256, whether the text is partial (and
    what is missing), the parse warnings, and the tool and parser versions."""
    from reportdiff._version import __version__, parser_version

    e = r.edition
    return {
        "label": e.label,
        "basis": _basis(e.label),
        "sha256": e.sha256,
        "source_kind": e.source_kind,
        "partial": r.coverage.partial,
        "missing_labels": list(r.coverage.missing_labels),
        "headless_sections": list(r.coverage.headless_sections),
        "structures_missing": list(r.coverage.structures_missing),
        "warnings": list(r.warnings),
        "tool_version": __version__,
        "parser": e.parser,
        "parser_version": parser_version(),
    }


def diff_to_dict(d: ReportDiff) -> Plain:
    """A ReportDiff as the contract's JSON shape, with each side's provenance."""
    out: Plain = {
        "schema_version": SCHEMA_VERSION,
        "old": fact_to_dict(d.old.edition),
        "new": fact_to_dict(d.new.edition),
        "provenance": {"old": provenance_to_dict(d.old), "new": provenance_to_dict(d.new)},
        "summary": to_plain(d.summary),
        "changes": [change_to_dict(c) for c in d.changes],
    }
    if d.warnings:
        out["warnings"] = list(d.warnings)
    return out


def diff_json(d: ReportDiff) -> str:
    return _dump(diff_to_dict(d))


def report_json(r: Report) -> str:
    return _dump(report_to_dict(r))


def iter_diff_json(d: ReportDiff) -> Iterator[str]:
    """:func:`diff_json` in pieces, to write out as they are made."""
    return _pieces(diff_to_dict(d))


def iter_report_json(r: Report) -> Iterator[str]:
    """:func:`report_json` in pieces, to write out as they are made."""
    return _pieces(report_to_dict(r))


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
    metadata = to_plain(doc.metadata)
    return {
        "name": doc.name,
        "metadata": metadata,
        "blocks": [block_to_dict(b) for b in doc.blocks],
        "warnings": list(doc.warnings),
    }
