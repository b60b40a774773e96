"""Per-year parsers.  Each overrides only what its edition does differently from the generic
parser; register a new one in ``registry.PARSERS``."""

from __future__ import annotations

from .base import EditionParser

__all__ = ["Edition2020", "Edition2021"]


class Edition2020(EditionParser):
    """2020 (Kamerstuk 33 279, nr. 32): the last edition titled "militaire samenwerking"."""

    name = "2020"
    years = (2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020)
    title_wording = "militaire samenwerking"


class Edition2021(EditionParser):
    """2021 (BS2021028694): the first edition titled "defensiesamenwerking"."""

    name = "2021"
    years = (2021,)
    title_wording = "defensiesamenwerking"
