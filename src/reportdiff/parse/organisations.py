"""Organisations the report covers: those its introduction names, and those with a section."""

from __future__ import annotations

from collections.abc import Sequence

from reportdiff.model import Organisation, Source
from reportdiff.vocab.organisations import find_organisations, organisation_name

from .context import Group, SectionContext

__all__ = ["find_organisations_covered"]


def find_organisations_covered(sections: Sequence[SectionContext]) -> list[Organisation]:
    found: dict[str, Organisation] = {}
    for section in sections:
        if section.group is not Group.INTRO:
            continue
        for sentence in section.sentences:
            for _, _, code in find_organisations(sentence.text):
                if code not in found:
                    found[code] = Organisation(code, organisation_name(code), sentence.source())
    for section in sections:
        block = section.heading_block
        if section.organisation and block is not None and section.organisation not in found:
            code = section.organisation
            found[code] = Organisation(
                code, organisation_name(code), Source(block.page, block.page_label, block.text)
            )
    return list(found.values())
