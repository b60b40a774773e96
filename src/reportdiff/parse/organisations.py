"""Organisations the report covers: those its introduction or its multilateral chapter names
(wherever that chapter stands: "Partners en verbanden in vogelvlucht" may open the letter),
those with a section, and those the text introduces that the vocabulary does not know.  An
organisation named only in a country's section ("België en de EU werkten samen") is not one
the report covers.

An unknown organisation is read when the text introduces it the way one introduces an
organisation: a capitalised name whose head word is an organisation word ("forum",
"initiatief", "coalitie", "consortium", ... in ``vocab.organisations``) followed by its acronym
in parentheses ("het Baltisch Defensieforum (BDF)", "het Noordzee-initiatief (NZI)").  Names of
agreements, missions and places ("Status of Forces Agreement (SOFA)", "Kosovo Force (KFOR)",
"Westelijke Sahara (UNOMAR)") are not organisations.  Such an organisation is kept with
``known=False`` so that ``check`` lists it.

Each organisation is one entity per edition; every further sentence that names it is one of
its ``mentions``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportdiff.model import Organisation, Source
from reportdiff.vocab import Lexicon
from reportdiff.vocab.countries import lookup_country
from reportdiff.vocab.missions import find_missions, is_mission_name
from reportdiff.vocab.organisations import (
    NOT_ORGANISATION_WORDS,
    ORGANISATION_HEAD_WORDS,
    find_organisations,
    lookup_organisation,
    organisation_name,
)

from .context import Group, SectionContext

__all__ = ["find_organisations_covered", "introduced_organisations"]

# At most this many mentions are kept per organisation (the count is what `check` shows).
MAX_MENTIONS = 200

_WORD = r"[A-ZÀ-Ý][\w'’-]*"
_NAME = (
    rf"{_WORD}(?:\s+(?:(?:voor|van|de|der|het|en|of|for|the|and|in|on|tegen)\s+)*"
    rf"{_WORD}){{0,7}}"
)
_ACRONYM = r"[A-Za-z]?[A-Z][A-Za-z0-9-]{1,9}"
# Three ways to introduce a name with its acronym: "het Baltisch Defensieforum (BDF)", the
# acronym first "het BDF (Baltisch Defensieforum)" or "AVO (voluit: Arctisch
# Veiligheidsoverleg)", and in words "het Noordzee-initiatief, kortweg NZI" / "(afgekort: NZI)"
# / "(hierna: NZI)".
_INTRODUCED = (
    re.compile(rf"(?P<name>{_NAME})\s+\((?P<acr>{_ACRONYM})\)"),
    re.compile(
        rf"(?<![\w-])(?P<acr>{_ACRONYM})\s+\((?:(?:voluit|ofwel|oftewel)\s*:?\s+)?"
        rf"(?P<name>{_NAME})\)"
    ),
    # A list of abbreviations, one a sentence: "BDF: Baltisch Defensieforum".
    re.compile(rf"^\s*(?P<acr>{_ACRONYM})\s*:\s*(?P<name>{_NAME})\s*[.;,]?\s*$"),
    re.compile(
        rf"(?P<name>{_NAME})\s*,?\s*\(?(?:kortweg|afgekort|hierna|verder|ofwel|oftewel)"
        rf"\s*:?\s+(?:het\s+|de\s+)?(?P<acr>{_ACRONYM})(?![\w-])"
    ),
)
_MISSION_LIKE = re.compile(r"^(?:UN[A-Z]{3,}|MINU[A-Z]{2,}|EU[A-Z]{3,}|[A-Z]{1,4}FOR)$")


def introduced_organisations(text: str) -> list[tuple[str, str]]:
    """(acronym, name) for every organisation *text* introduces that the vocabulary does not
    know."""
    out = []
    matches = [m for pattern in _INTRODUCED for m in pattern.finditer(text)]
    for m in sorted(matches, key=lambda m: m.start()):
        name, acronym = _LEADING.sub("", m.group("name")), m.group("acr")
        # The last of a list: "PESCO, EI2, Northern Group en het Baltisch Defensieforum (BDF)"
        # introduces the forum, not a name of all of them.
        name = _LIST_GAP.split(name)[-1]
        if not name or not _acronym_shape(acronym) or _acronym_shape(name):
            continue
        if sum(c.isupper() for c in acronym) < 2:
            continue
        if lookup_organisation(name) or lookup_organisation(acronym):
            continue
        words = [w.casefold() for w in re.findall(r"[\w'’]+", name)]
        last_parts = {p for w in words for p in (w, w.rsplit("-", 1)[-1])}
        heads = {w for w in ORGANISATION_HEAD_WORDS if any(p.endswith(w) for p in last_parts)}
        if not heads or last_parts & NOT_ORGANISATION_WORDS:
            continue
        if _MISSION_LIKE.match(acronym) or find_missions(m.group(0)) or lookup_country(name):
            continue
        # "Fractieleden van de Groene Vredesunie (GVU)", "de fractie van de Liberale Unie
        # (LU)": a political party, not an organisation the Netherlands works in.
        if _PARTY.search(m.group("name")) or _PARTY_BEFORE.search(text, 0, m.start()):
            continue
        # "de NAVO-gevechtsgroep in Litouwen (eFP)" names a mission, not an organisation.
        if is_mission_name(acronym) or is_mission_name(name):
            continue
        if (acronym, name) not in out:
            out.append((acronym, name))
    return out


# A sentence led by a name and a colon, after a list item's mark perhaps: "• NAVO: …".
_ORGANISATION_LABEL = re.compile(r"^[\W\d]{0,4}(?P<name>[^:.;,]{2,60}?)\s*:\s+\S")


# Where one item of a list gives way to the next.
_LIST_GAP = re.compile(r",\s+|\s+(?:[eé]n|of)\s+(?:(?:het|de)\s+)?")
# A capitalised word at the start of a sentence is no part of the name after it ("Ook het
# Europees Trainingscentrum (ETC)").
_LEADING = re.compile(
    r"^(?:(?:Ook|Daarnaast|Verder|Tevens|Eveneens|Mede|Vooral|Bovendien|Daarbij|Nieuw|Naast|"
    r"Binnen|Buiten|Via|Met|Bij|In|Uit|Aan|Door|Op|Onder|Over|Tijdens|Namens|Vanuit|Vanaf|Tot|"
    r"Na|Naar|Tegen|Volgens|Dankzij|Ondanks|Rond|Zonder|Wegens|En|Zowel|Sinds|Voor|Toen|Nu|"
    r"Als|Zo|Het|De|Een|Dit|Deze|Dat|Die)\s+)+(?:(?:het|de|een)\s+)?"
)


_PARTY = re.compile(r"\b(?:fractie\w*|kamerfractie\w*|partij\w*|kamerleden)\b", re.IGNORECASE)
_PARTY_BEFORE = re.compile(
    r"\b(?:fractie\w*|partij|kamerlid|kamerleden|leden)\s+(?:van\s+)?(?:de|het)\s+$",
    re.IGNORECASE,
)


_TAKING_PART = re.compile(
    r"\bsamen\s*werk\w*|\bwerk\w*\s+(?:\w+\s+){0,4}samen\b|\bsamengewerkt|\bdeel\s*na\w*|"
    r"\bneemt\s+(?:\w+\s+){0,4}deel\b|\blid\s+van\b|\blidmaatschap|\bactief\s+(?:in|binnen)\b|"
    # the loan word: "Voorts participeren wij in Northern Group, JEF en NORDEFCO"
    r"\bparticip\w*|"
    # belonging to it, joining it: "groepen waar we bij horen: …", "doen we ook mee met JEF"
    r"\bbij\s+(?:\w+\s+){0,2}hor\w*|\bhor\w*\s+(?:\w+\s+){0,3}bij\b|\baangesloten\b|"
    r"\bmee\s*doe\w*|\bdo\w*\s+(?:\w+\s+){0,3}mee\s+(?:met|aan|in)\b|"
    # sitting at its table: "Eveneens zit Nederland bij Northern Group, JEF en PESCO",
    # "Nederland zit verder in JEF, EI2 …"
    r"\b(?:zit|zitten|zat|zaten)\s+(?:\w+\s+){0,3}(?:bij|in)\b|"
    r"\bbinnen\s+(?:de\s+|het\s+)?[A-Z]",
    re.IGNORECASE,
)
# Joining an organisation spoken of, not being in it: "Toetreding tot NORDEFCO …", "lid te
# worden van JEF", "treedt Nederland toe tot", "aansluiting bij".
_JOINING = re.compile(
    r"\btoetred\w*|\btoe\s+te\s+treden\b|\b(?:treed|treedt|treden|trad|traden)\b[^.;:]{0,60}?"
    r"\btoe\b|\blid\s+(?:te\s+)?w(?:orden|ordt|erd|erden)\b|\baansluiting\b|\baan\s+te\s+sluiten\b|"
    r"\bsluit\w*\s+(?:\w+\s+){0,3}aan\b",
    re.IGNORECASE,
)
# …and that joining refused, only weighed or wished for: "overweegt dit kabinet niet",
# "wij pleiten voor", "zou Nederland moeten".
_NOT_DONE = re.compile(
    r"\b(?:niet|geen|nooit|evenmin|overweeg\w*|overwog\w*|misschien|wellicht|zou|zouden|"
    r"moet|moeten|pleit\w*|wens\w*|wil|willen|voorstel\w*|stel\w*\s+(?:\w+\s+){0,3}voor)\b",
    re.IGNORECASE,
)
# Where one clause of a sentence ends and the next begins.
_CLAUSE_END = re.compile(r"[;:]|\s[–—-]\s|,\s+(?:maar|doch|terwijl|want)\b")


def _joining_not_done(text: str, start: int, end: int) -> bool:
    """Whether the clause of *text* around *start*–*end* (an organisation's name) speaks of
    joining it, and that as refused, weighed or wished for: "Toetreding tot NORDEFCO, waar de
    heer Oosterwegel om vroeg, overweegt dit kabinet niet" says Nederland is not in it."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    clause = text[lo : after.start() if after is not None else len(text)]
    return bool(_JOINING.search(clause)) and bool(_NOT_DONE.search(clause))


# What may stand between two organisations of one enumeration.
_ORGANISATION_GAP = re.compile(r"\s*(?:,|\b[eé]n\b|&|/)?\s*(?:(?:het|de|[eé]n)\s+)*", re.IGNORECASE)


def _organisation_runs(text: str) -> list[list[str]]:
    """The enumerations of known organisations in *text*: runs of mentions joined only by
    commas, "en" and articles."""
    runs: list[list[str]] = []
    last_end = -1
    for start, end, code in find_organisations(text):
        if runs and _ORGANISATION_GAP.fullmatch(text, last_end, start):
            if code not in runs[-1]:
                runs[-1].append(code)
        else:
            runs.append([code])
        last_end = end
    return runs


def _acronym_shape(word: str) -> bool:
    """ "BDF", "EI2", "eFP": a short word with at least two capitals and no space."""
    return " " not in word and len(word) <= 10 and sum(c.isupper() for c in word) >= 2


def find_organisations_covered(sections: Sequence[SectionContext]) -> list[Organisation]:
    found: dict[str, Organisation] = {}
    names: dict[str, str] = {}
    # The opening (the introduction, and any untitled or general section before the first
    # partner or multilateral chapter: "Samenvatting", "Kern van dit verslag") and the
    # multilateral chapter.
    first_chapter = next(
        (
            i
            for i, s in enumerate(sections)
            if s.group in (Group.STRATEGIC, Group.OTHER, Group.MULTILATERAL)
        ),
        len(sections),
    )
    for index, section in enumerate(sections):
        if section.group not in (Group.INTRO, Group.MULTILATERAL) and not (
            index < first_chapter and section.group is Group.GENERAL
        ):
            continue
        for sentence in section.sentences:
            # (A question covers what it asks about, "NAVO-bijdrage van Nederland?", but not
            # an organisation it asks to join: "Waarom treedt Nederland niet toe tot
            # NORDEFCO?")
            for start, end, code in find_organisations(sentence.text):
                if code not in found and not _joining_not_done(sentence.text, start, end):
                    found[code] = Organisation(code, organisation_name(code), sentence.source())
    # Anywhere else, a sentence that enumerates organisations the Netherlands takes part in
    # ("Nederland werkt samen binnen de EU, de NAVO, de VN, EI2 en PESCO"): three or more in
    # one list, with a word of taking part, or four or more.  (One or two beside a country,
    # "België en de EU werkten samen", are that country's business.)
    for section in sections:
        for sentence in section.sentences:
            if sentence.question:
                continue
            # Four or more in one list need no such word: "Concreet: EU, NAVO, VN en JEF."
            least = 3 if _TAKING_PART.search(sentence.text) else 4
            for run in _organisation_runs(sentence.text):
                if len(run) < least:
                    continue
                for code in run:
                    if code not in found:
                        found[code] = Organisation(code, organisation_name(code), sentence.source())
    # A run-in heading: a paragraph's first sentence that is nothing but an organisation's
    # name ("NAVO. Het Noord-Atlantisch Verdrag vormt grondslag …", "Verenigde Naties. …"),
    # as a heading of its own would be.
    # So is a list item or a paragraph led by an organisation's name and a colon, as a label
    # ("• NAVO: eenheden van ons zijn ingeschreven …", "VN: Nederland brengt stafofficieren
    # …"): the item is that organisation's entry.
    for section in sections:
        for sentence in section.sentences:
            if sentence.question:
                continue
            label = _ORGANISATION_LABEL.match(sentence.text)
            labelled = lookup_organisation(label.group("name")) if label is not None else None
            if labelled is not None and labelled not in found:
                found[labelled] = Organisation(
                    labelled, organisation_name(labelled), sentence.source()
                )
            named = find_organisations(sentence.text)
            if len(named) != 1 or named[0][2] in found:
                continue
            start, end, code = named[0]
            if not sentence.text[:start].strip() and not sentence.text[end:].strip(" .:"):
                found[code] = Organisation(code, organisation_name(code), sentence.source())
    for section in sections:
        block = section.heading_block
        if section.organisation and block is not None and section.organisation not in found:
            code = section.organisation
            found[code] = Organisation(
                code, organisation_name(code), Source(block.page, block.page_label, block.text)
            )
    for section in sections:
        for sentence in section.sentences:
            for acronym, name in introduced_organisations(sentence.text):
                if acronym not in found:
                    found[acronym] = Organisation(acronym, name, sentence.source(), known=False)
                    names[acronym] = name
    return _with_mentions(sections, found, names)


def _with_mentions(
    sections: Sequence[SectionContext], found: dict[str, Organisation], names: dict[str, str]
) -> list[Organisation]:
    """*found*, each with every further sentence that names it."""
    unknown = Lexicon([(form, code) for code, name in names.items() for form in (code, name)])
    mentions: dict[str, list[Source]] = {code: [] for code in found}
    for section in sections:
        for sentence in section.sentences:
            codes = {code for _, _, code in find_organisations(sentence.text)}
            if names:
                codes |= {code for _, _, code in unknown.find(sentence.text)}
            for code in codes:
                if code not in found or found[code].source.text == sentence.text:
                    continue
                kept = mentions[code]
                if len(kept) < MAX_MENTIONS and (not kept or kept[-1].text != sentence.text):
                    kept.append(sentence.source())
    return [
        Organisation(o.code, o.name, o.source, known=o.known, mentions=tuple(mentions[o.code]))
        for o in found.values()
    ]
