"""Missions the Netherlands contributes to, each under one canonical name, with what happened to
its mandate and to the Dutch contribution.

Named missions come from the lexicon; NATO's enhanced Forward Presence is keyed by its host
("eFP Litouwen"); a descriptive phrase ("de NAVO-missie in Afghanistan") is the mission that
organisation has in that country (Resolute Support), else "NAVO-missie Afghanistan".  A mission
the vocabulary does not know is read when the text introduces it as one: "operatie
Noordlicht", "de EU-missie Zeeleeuw", "EUTM Sirocco", a UN acronym ("UNOMAR"); it has
``known`` False.  Every other form the text used is kept in ``aliases``.

What happened is read from the cues in the mention's clause: to the mandate ("het mandaat ...
verlengd", "beëindiging van de missie") and to the Dutch contribution ("de inzet ... uitgebreid
met een C-130-detachement", "teruggebracht tot", "beëindiging van de Nederlandse bijdrage").
``status``, the contract's summary, follows from them: ended, extended, started, else active.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

import attrs

from reportdiff.model import ContributionStatus, MandateStatus, Mission, MissionStatus
from reportdiff.vocab import vocabulary
from reportdiff.vocab._lexicon import longest_first
from reportdiff.vocab.countries import NETHERLANDS, country_name, find_countries
from reportdiff.vocab.missions import (
    CONTRIBUTION_CUES,
    CONTRIBUTION_WORDS,
    DECIDED,
    DESCRIPTIVE,
    ENDED_IN,
    ENDED_LAST_YEAR,
    ENDED_WORD,
    GROWING,
    HOSTED,
    JOINING,
    MANDATE_CUES,
    MISSION_NOUNS,
    MISSIONS,
    NEGATED,
    NOT_JOINING,
    NOT_MISSIONS,
    PROSPECT,
    TROOP_COUNTS,
    find_missions,
    lookup_mission,
)
from reportdiff.vocab.organisations import ORGANISATIONS

from .context import ASKING, SectionContext, Sentence
from .sentences import BULLETS

__all__ = ["find_all_missions", "missions_in_sentence", "pieces"]

# A footnote mark glued to a full stop ("samen.3 De ...") hides a sentence end from the
# splitter; the two sentences are read apart here.
_GLUED_END = re.compile(r"(?<=[A-Za-zà-ÿ)\]])[.!?]\d{1,3}(?=\s+[“\"(]?[A-Z])")


def pieces(sentence: Sentence) -> list[Sentence]:
    """*sentence*, or the sentences it holds when a footnote mark hid their boundary."""
    text = sentence.text
    cuts = [m.end() for m in _GLUED_END.finditer(text)]
    if not cuts:
        return [sentence]
    out = []
    start = 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut].strip()
        if piece:
            out.append(attrs.evolve(sentence, text=piece))
        start = cut
    return out


_RANK = {
    MissionStatus.ACTIVE: 0,
    MissionStatus.STARTED: 1,
    MissionStatus.EXTENDED: 2,
    MissionStatus.ENDED: 3,
}
_GENERIC = re.compile(
    r"(?:\b(?P<org>NAVO|EU|VN)-(?:\w*missie|\w*operatie|\w*macht|trainingsmissie)"
    # "de vredesmacht onder NAVO-bevel in Kosovo"
    r"|\b\w*(?:macht|missie)\s+onder\s+(?P<under>NAVO|EU|VN)-(?:bevel|vlag|leiding))"
    # the host after "in", or in brackets after the organisation: "de Iraakse
    # NAVO-adviesmissie (NAVO, Irak)"
    r"(?:\s+in\s+|\s*\(\s*(?:NAVO|EU|VN)\s*[,;]\s*)(?:de\s+|het\s+)?"
)
# A mission the text introduces by name: "operatie Noordlicht", "de EU-missie Zeeleeuw".
# "missie" may end a compound ("trainingsmissie Sirocco"), but not the words that merely end
# in it ("Kamercommissie Defensie", "emissie", "transmissie").
_NAMED = re.compile(
    r"(?<![Cc]om)(?<![Pp]er)(?<![Tt]rans)(?<!\b[Ee])"
    r"(?:(?P<org>NAVO|EU|VN)-)?(?P<word>[Oo]peratie|[Mm]issie)\s+(?P<name>[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)?)\b"
    # not the first part of a hyphenated place: "vredesmissie Zuid-Soedan"
    r"(?!-)"
)
_PAREN_AFTER = re.compile(r"\s*\(([^()]{1,60})\)")
_EU_ACRONYM = re.compile(
    r"\b(?P<name>(?:EUTM|EUCAP|EUNAVFOR|EUFOR|EUAM|EUMM|EUBAM|EUPOL|EULEX)(?:\s+MED)?"
    # "EUTM Sirocco", or joined by a hyphen: "EUTM-Sirocco" (a lower-case word after the
    # hyphen is a compound: "EUTM-bijdrage").
    r"(?:\s+|-)[A-Z][\w-]+)"
)
_UN_ACRONYM = re.compile(r"\b(?P<name>UN[A-Z]{3,}|MINU[A-Z]{2,}|MONU[A-Z]{2,})\b")
# A cue this far from a mention (in characters) is about something else.
_CUE_REACH = 90
# Clause boundaries: a cue across one is about another mission.
# (A bullet too: a key-figure list's items run on in one sentence, "▪ UNMISS …: nieuw per 11-3
# ▪ UNTSO …: doorlopend".)
# (Also where one row of a pipe table ends and the next begins, "… | loopt | | `MINUSMA` |
# …", as a table pasted from markdown comes out of extraction.)
_CLAUSE = re.compile(
    r";|,\s+(?=en\b|maar\b|terwijl\b|waarna\b|nadat\b)|\.\s|\s(?=[" + BULLETS + r"]\s)"
    r"|\|\s+\|"
)
_DETAIL = re.compile(
    r"\b(?:uitgebreid|versterkt|aangevuld|teruggebracht|verminderd)\s+(?P<prep>met|tot)\s+"
    r"(?P<what>[^,.;()]+?)(?=\s*(?:[,.;(]|$|\s+(?:als|in|om|dat|die|waarmee|onder)\b))"
)


@attrs.frozen
class _Mention:
    start: int
    end: int
    name: str
    organisation: str | None
    location: str | None
    known: bool
    form: str


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of *text* around start:end; a boundary inside brackets ("KFOR (NAVO;
    Kosovo): …") ends none."""

    def bracketed(at: int) -> bool:
        return text.count("(", 0, at) > text.count(")", 0, at)

    left = 0
    for m in _CLAUSE.finditer(text, 0, start):
        if not bracketed(m.start()):
            left = m.end()
    right = len(text)
    for m in _CLAUSE.finditer(text, end):
        if not bracketed(m.start()):
            right = m.start()
            break
    return left, right


def _compiled(cues: Sequence[tuple[Any, str]]) -> tuple[tuple[Any, re.Pattern[str]], ...]:
    return tuple((value, re.compile(cue, re.IGNORECASE)) for value, cue in cues)


# Compiled with the module (not at the first sentence each process reads).
_IN_PLACE = re.compile(r"\s+(?:in|te)\s+(?:de\s+|het\s+)?")
_CONTRIBUTION_CUES = _compiled(CONTRIBUTION_CUES)
_MANDATE_CUES = _compiled(MANDATE_CUES)


def _nearest(
    text: str,
    start: int,
    end: int,
    cues: Sequence[tuple[Any, re.Pattern[str]]],
    bounds: tuple[int, int],
) -> tuple[Any, re.Match[str]] | None:
    """The cue, strongest first, nearest to start:end within its clause and reach."""
    best: tuple[int, int, Any, re.Match[str]] | None = None
    for rank, (value, pattern) in enumerate(cues):
        for m in pattern.finditer(text[bounds[0] : bounds[1]]):
            s, e = m.start() + bounds[0], m.end() + bounds[0]
            distance = max(s - end, start - e, 0)
            if distance > _CUE_REACH:
                continue
            if best is None or (rank, distance) < (best[0], best[1]):
                best = (rank, distance, value, m)
    return (best[2], best[3]) if best else None


@vocabulary
def _hosted() -> list[tuple[str, str, str, re.Pattern[str]]]:
    """Each hosted mission's key, organisation, alternation of its forms and pattern, built
    once (not once a sentence)."""
    out = []
    for key, (org, forms) in HOSTED.items():
        alternatives = "|".join(map(re.escape, sorted(forms, key=longest_first)))
        pattern = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)(?:\s*\([^)]*\))?")
        out.append((key, org, alternatives, pattern))
    return out


def _mentions(text: str) -> list[_Mention]:
    """Every mission mention of a sentence, known names before descriptions and new names."""
    out: list[_Mention] = []

    def taken(start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in out)

    for key, org, alternatives, pattern in _hosted():
        for m in pattern.finditer(text):
            if taken(m.start(), m.end()):
                continue
            end = m.end()
            # The host in the brackets after the name ("de NAVO-presentie (NAVO, Litouwen)"),
            # else right after it.
            bracket = text.find("(", m.start(), end)
            inside = find_countries(text[bracket:end]) if bracket != -1 else []
            host = (
                inside[0][2]
                if inside
                else next(
                    (code for s, _, code in find_countries(text[end : end + 40]) if s < 25),
                    None,
                )
            )
            # "de NAVO-gevechtsgroep in Litouwen (eFP)": the host and the acronym after it
            # belong to this mention; the acronym is not a second mission.
            there = _IN_PLACE.match(text[end:])
            if there and host is not None and not m.group(0).endswith(")"):
                at = find_countries(text[end + there.end() : end + there.end() + 40])
                if at and at[0][0] == 0:
                    end += there.end() + at[0][1]
                    paren = re.match(r"\s*\((?:" + alternatives + r")\)", text[end:])
                    if paren:
                        end += paren.end()
            if host is None and m.start() > 0 and text[m.start() - 1] == "(":
                # "(eFP)" after "de aanwezigheid in Litouwen": the host is named before it.
                before = find_countries(text[max(0, m.start() - 40) : m.start()])
                host = before[-1][2] if before else None
            location = country_name(host) if host else None
            name = f"{key} {location}" if location else key
            out.append(_Mention(m.start(), end, name, org, location, True, text[m.start() : end]))
    for start, end, entry in find_missions(text):
        if not taken(start, end):
            out.append(
                _Mention(
                    start,
                    end,
                    entry.name,
                    entry.organisation,
                    entry.location,
                    True,
                    text[start:end],
                )
            )
    for m in _GENERIC.finditer(text):
        found = find_countries(text[m.end() : m.end() + 30])
        host = next((code for s, _, code in found if s == 0), None)
        if host is None:
            continue
        end = m.end() + next(e for s, e, code in found if s == 0)
        paren = re.match(r"\s*\((?P<acr>[A-Z][A-Za-z]{2,})\)", text[end:])
        if paren:
            end += paren.end()
        if taken(m.start(), end):
            continue
        org, location = m.group("org") or m.group("under"), country_name(host)
        named = lookup_mission(paren.group("acr")) if paren else None
        if named is not None:
            out.append(
                _Mention(
                    m.start(),
                    end,
                    named.name,
                    named.organisation,
                    named.location,
                    True,
                    text[m.start() : end],
                )
            )
            continue
        if paren and paren.group("acr").upper() == paren.group("acr"):
            name, known = paren.group("acr"), False
        else:
            canonical = DESCRIPTIVE.get((org, location))
            name, known = (canonical, True) if canonical else (f"{org}-missie {location}", True)
        out.append(_Mention(m.start(), end, name, org, location, known, text[m.start() : end]))
    for m in _EU_ACRONYM.finditer(text):
        if taken(m.start(), m.end()):
            continue
        name = re.sub(r"\s+", " ", m.group("name"))
        name = re.sub(r"^([A-Z]+)-(?=[A-Z])", r"\1 ", name)
        listed = lookup_mission(name)
        out.append(
            _Mention(
                m.start(),
                m.end(),
                listed.name if listed else name,
                "EU",
                listed.location if listed else None,
                listed is not None,
                m.group(0),
            )
        )
    for m in _UN_ACRONYM.finditer(text):
        if m.group("name") in NOT_MISSIONS or taken(m.start(), m.end()):
            continue
        out.append(_Mention(m.start(), m.end(), m.group("name"), "VN", None, False, m.group(0)))
    for m in _NAMED.finditer(text):
        name = m.group("name")
        if taken(m.start(), m.end()) or find_countries(name):
            continue
        if _OTHER_COLUMN.fullmatch(name.split()[0]):
            # "Operatie Kader Gebied Militairen Stand": a mission table's column header, not
            # an operation named "Kader".
            continue
        paren = _PAREN_AFTER.match(text, m.end())
        if paren is not None and any(
            paren.start(1) <= o.start < paren.end(1) and name in o.name for o in out
        ):
            # "de Europese trainingsmissie Sirocco (EUTM Sirocco)": the name in brackets is
            # the mission's own; the words before it describe the same mission.
            continue
        alias = lookup_mission(name)  # "operatie Atalanta" is EUNAVFOR Atalanta
        if alias is not None:
            out.append(
                _Mention(
                    m.start(),
                    m.end(),
                    alias.name,
                    alias.organisation,
                    alias.location,
                    True,
                    m.group(0),
                )
            )
            continue
        canonical = f"{m.group('word').lower()} {name}"
        out.append(_Mention(m.start(), m.end(), canonical, m.group("org"), None, False, m.group(0)))
    out.sort(key=lambda m: m.start)
    return out


def _about_contribution(text: str, mention: _Mention, cue: re.Match[str] | None, at: int) -> bool:
    """Whether a cue is about the Dutch contribution rather than the mission itself: the words
    between them say so ("beëindiging van de Nederlandse bijdrage aan UNIFIL", "de inzet in
    MINUSMA is uitgebreid"); "beëindiging van de NAVO-missie" is the mission's end."""
    if cue is None:
        return False
    start, end = cue.start() + at, cue.end() + at
    if start >= mention.end:
        between = text[max(0, mention.start - 35) : start]
    else:
        between = text[end : mention.start]
    return bool(CONTRIBUTION_WORDS.search(between))


# Ends that only a participant can make: it withdraws from a mission or stops its part in it
# ("Nederland trok zich terug uit MINUSMA", "stopte met zijn bijdrage"); the mission goes on.
_LEAVING = re.compile(r"\bterug|terugtrekking|\bstop|gestopt", re.IGNORECASE)


# Between two mission names, words that list them ("KFOR en UNMISS werden verlengd"): what is
# said past the second is said of both.
_LISTED_WITH = re.compile(r"\s*(?:,|\b[eé]n\b|\bof\b|/|&)\s*(?:(?:de|het)\s+)?")


# A table row's cells after the mission's name: its organisation, one that runs the
# catalogue's missions, by any acronym the vocabulary gives it ("MINUSMA VN Mali L 60",
# "KFOR NAVO, Kosovo 150", "UNTSO | VN | Midden-Oosten"); not in brackets, as prose names it
# ("Afgerond: UNOMAR (VN, de Westelijke Sahara)").
_HOST_ACRONYMS = sorted(
    {
        name
        for host in {m.organisation for m in MISSIONS}
        for name in (host, *ORGANISATIONS.get(host, ("", ()))[1])
        if name.isupper()
    },
    key=lambda n: (-len(n), n),
)
_ROW_CELLS = re.compile(r"\s*[|;–—-]?\s*(?:" + "|".join(_HOST_ACRONYMS) + r")\b")


def _rows_run_together(text: str, mentions: Sequence[_Mention]) -> bool:
    """Whether *text* is a table's rows run into one sentence: two or more of the missions it
    names are followed by their row's cells, the organisation first."""
    return sum(1 for m in mentions if _ROW_CELLS.match(text, m.end)) >= 2


def _own_part(
    text: str,
    mention: _Mention,
    others: Sequence[_Mention],
    bounds: tuple[int, int],
    rows: bool = False,
) -> tuple[int, int]:
    """*bounds* narrowed to this mission's own part: a cue past another mission's name is that
    mission's ("KFOR NAVO, Kosovo 150 doorlopend … UNTSO VN, Midden-Oosten 40 beëindigd", a
    table's rows run into one sentence), unless the two names are listed together.  In such
    rows (*rows*) a row starts with its mission's name, so what stands before the name is the
    row above's ("… V 150 verlenging mandaat MINUSMA VN Mali L 60 doorlopend": MINUSMA's
    mandate was not extended)."""
    lo, hi = bounds
    for other in others:
        if other is mention:
            continue
        if mention.end <= other.start < hi and not _LISTED_WITH.fullmatch(
            text, mention.end, other.start
        ):
            hi = other.start
        elif lo < other.end <= mention.start and not _LISTED_WITH.fullmatch(
            text, other.end, mention.start
        ):
            lo = mention.start if rows else other.end
    return lo, hi


def _what_happened(
    text: str,
    mention: _Mention,
    whole: bool = False,
    others: Sequence[_Mention] = (),
    rows: bool = False,
    year: int | None = None,
) -> tuple[MandateStatus | None, ContributionStatus | None, str | None]:
    # *whole*: the text is a mission's label line and the sentence under it, all about it;
    # *rows*: a table's rows run together (see _own_part); *year*: the edition's.
    bounds = (0, len(text)) if whole else _clause(text, mention.start, mention.end)
    if not whole:
        bounds = _own_part(text, mention, others, bounds, rows)
    contribution = _nearest(text, mention.start, mention.end, _CONTRIBUTION_CUES, bounds)
    mandate = _nearest(text, mention.start, mention.end, _MANDATE_CUES, bounds)
    if mandate and mandate[0] is MandateStatus.EXTENDED and _negated(text, mandate[1], bounds[0]):
        # "verlenging bleef uit", "het mandaat werd niet verlengd": nothing was extended.
        mandate = None
    clause = text[bounds[0] : bounds[1]]
    mandate_status: MandateStatus | None = mandate[0] if mandate else None
    contribution_status: ContributionStatus | None = contribution[0] if contribution else None
    if mandate_status is MandateStatus.ENDED:
        if _about_contribution(text, mention, mandate[1] if mandate else None, bounds[0]) and (
            "mandaat" not in clause
        ):
            # "beëindiging van de Nederlandse bijdrage": the contribution ended, not the mission.
            mandate_status = None
            contribution_status = ContributionStatus.ENDED
        else:
            contribution_status = (
                None if contribution_status is ContributionStatus.ENDED else (contribution_status)
            )
    elif (
        contribution_status is ContributionStatus.ENDED
        and not (CONTRIBUTION_WORDS.search(clause) and "mandaat" not in clause)
        and not (contribution and _LEAVING.search(contribution[1].group(0)))
    ):
        # An end with no word for the Dutch part ("de missie werd afgerond") ends the mission;
        # "aan het Nederlandse optreden kwam een einde" ends only the contribution.
        mandate_status = MandateStatus.ENDED
        contribution_status = None
    if (
        mandate_status is not MandateStatus.ENDED
        and contribution_status is not ContributionStatus.ENDED
        and not whole
        and _dutch_part_ended(text, mention, others, rows, year)
    ):
        # "Het mandaat is door de VN verlengd tot 2104; Nederland beëindigde niettemin zijn
        # deelneming": the mission goes on, the Dutch part in it ended.
        contribution_status = ContributionStatus.ENDED
    if (
        contribution_status is ContributionStatus.STARTED
        and contribution
        and _SINCE.fullmatch(contribution[1].group(0))
        and _troop_change(text, mention) is not None
    ):
        # "dienen sinds september 2125 210 Nederlandse militairen, tegen 150 voorheen": the
        # date is the change's, the part was taken before (the count tells what changed).
        contribution_status = None
    if (
        contribution_status is ContributionStatus.STARTED
        and not rows
        and not CONTRIBUTION_WORDS.search(clause)
    ):
        # "sinds 2019" alone says when something began, not that the Dutch part did (in a
        # table of the Dutch deployments, a row's start is the Dutch part's).
        contribution_status = None
    detail = None
    if contribution_status in (ContributionStatus.REINFORCED, ContributionStatus.REDUCED):
        m = _DETAIL.search(clause)
        if m:
            detail = m.group("what").strip()
    if contribution_status in (None, ContributionStatus.REINFORCED, ContributionStatus.REDUCED):
        counted = _troop_change(text, mention)
        if counted is not None:
            contribution_status = counted[0]
            detail = detail or counted[1]
    return mandate_status, contribution_status, detail


def _troop_change(text: str, mention: _Mention) -> tuple[ContributionStatus, str] | None:
    """A Dutch troop count against an earlier one in the mention's sentence ("telde het
    Nederlandse detachement 290 militairen, tegen 250 een jaar eerder"): reinforced when it
    grew, reduced when it shrank, with the count as the detail.  Only a sentence about the
    Dutch part and naming one mission: a count may be another mission's."""
    if not CONTRIBUTION_WORDS.search(text) or len(_mentions(text)) != 1:
        return None
    for pattern in TROOP_COUNTS:
        m = pattern.search(text)
        if m is None:
            continue
        new = int(m.group("new").replace(".", ""))
        if "diff" in pattern.groupindex:
            diff = int(m.group("diff").replace(".", ""))
            old = new - diff if m.group("more").lower() == "meer" else new + diff
        else:
            old = int(m.group("old").replace(".", ""))
        if new == old:
            return None
        status = ContributionStatus.REINFORCED if new > old else ContributionStatus.REDUCED
        return status, f"{new} {m.group('unit')} (was {old})"
    return None


# An extension that did not happen: "geen verlenging", "niet verlengd" (but "niet alleen
# verlengd"), "verlenging van het mandaat bleef uit".
_NOT_BEFORE = re.compile(
    r"\b(?:geen|niet|nooit)\s+(?:(?!alleen\b|enkel\b|slechts\b)\w+\s+){0,2}$", re.IGNORECASE
)
_NOT_AFTER = re.compile(r"[^.;,:]{0,40}?\b(?:bleef|bleven)\s+(?:uit|achterwege)\b", re.IGNORECASE)
# The separable verb around it: "bleef een verlenging van het mandaat uit".
_STAYED_BEFORE = re.compile(r"\b(?:bleef|bleven)\s+(?:een\s+|de\s+)?$", re.IGNORECASE)
_OUT_AFTER = re.compile(r"[^.;,:]{0,30}?\b(?:uit|achterwege)\b", re.IGNORECASE)


def _negated(text: str, cue: re.Match[str], at: int) -> bool:
    start, end = cue.start() + at, cue.end() + at
    if _NOT_BEFORE.search(text, max(0, start - 30), start) or _NOT_AFTER.match(text, end):
        return True
    return bool(_STAYED_BEFORE.search(text, max(0, start - 16), start)) and bool(
        _OUT_AFTER.match(text, end)
    )


# Who the Dutch part is, where a clause speaks of it without a word for a contribution:
# "toch stopte Nederland ermee", "onzerzijds werd de inzet beëindigd".
_DUTCH = re.compile(r"\b(?:Nederland|Nederlands|Nederlandse|NL|onzerzijds)\b|\bNL-", re.IGNORECASE)
# The mission goes on without the Netherlands: "gaat verder zonder Nederland", "verlengde het
# mandaat wel, maar zonder Nederlandse bijdrage".
_WITHOUT_US = re.compile(
    r"\bzonder\s+(?:de\s+)?(?:Nederland\b|Nederlandse\s+(?:bijdrage|deelname|deelneming|inzet|"
    r"militairen|troepen)\b|NL-(?:bijdrage|deelname|inzet)\b)",
    re.IGNORECASE,
)
# A clause that tells of an end to come or only planned, not one that happened.
_NOT_YET = re.compile(
    r"\b(?:zal|zullen|gaat|gaan|wordt|worden|overweeg\w*|voornemen\w*|voorgenomen|gepland|"
    r"beoogd\w*|eventueel|mogelijk)\b",
    re.IGNORECASE,
)
_ENDED_CUE = next(cue for status, cue in _CONTRIBUTION_CUES if status is ContributionStatus.ENDED)


def _dutch_part_ended(
    text: str,
    mention: _Mention,
    others: Sequence[_Mention],
    rows: bool,
    year: int | None,
) -> bool:
    """Whether the mission's own part of the sentence, past its clause and the cues' reach,
    says that the Dutch part ended: a clause with an end and a word for the Dutch part ("…
    verlengd tot in 1965; NL-bijdrage (60 mil.) beëindigd in juli", "Hoewel de Raad
    mandaatverlenging voor eFP Litouwen besloot, is Nederlandse deelneming … beëindigd"), or
    the mission going on without the Netherlands.  Not an end to come ("wordt in 2024
    beëindigd"), nor one dated in another year than the edition's."""
    _, hi = _own_part(text, mention, others, (0, len(text)), rows)
    hi = min(hi, mention.end + _PART_REACH)
    if _WITHOUT_US.search(text, mention.end, hi):
        return True
    for cue in _ENDED_CUE.finditer(text, mention.end, hi):
        start, end = _clause(text, cue.start(), cue.end())
        clause = text[start:end]
        if not (CONTRIBUTION_WORDS.search(clause) or _DUTCH.search(clause)):
            continue
        # What the clause names past the mission (its own name may stand in the clause).
        after = text[max(start, mention.end) : end]
        if _NOT_YET.search(clause) or ASKING.search(clause) or _elsewhere(after):
            continue
        if len(others) > 1 and not _CONTRAST.search(text, mention.end, cue.start()):
            # Among other missions, only an end set against what was said of this one ("…
            # verlengd; desondanks stopte Nederlands aandeel") is its own.
            continue
        near = _NEAR_YEAR.findall(text, max(start, cue.start() - 20), min(end, cue.end() + 16))
        if year is not None and any(int(y) != year for y in near):
            continue  # dated: only an end in the edition's own year is this year's news
        return True
    return False


# Words that set one clause against the one before: the mission goes on, yet the Dutch left.
_CONTRAST = re.compile(
    r"\b(?:desondanks|niettemin|toch|maar|echter|hoewel|weliswaar|evenwel|wel)\b", re.IGNORECASE
)
# A name the end is said of, other than the Netherlands': "de bijdrage aan de kustwacht van
# Libië werd beëindigd" is about something else than the mission named before it.
_ELSEWHERE = re.compile(
    r"\b(?:aan|bij|in|van|voor|naar)\s+(?:(?:de|het|een)\s+)?(?:[a-zà-ÿ-]+\s+){0,2}"
    r"(?P<name>[A-Z][\w-]*)"
)


def _elsewhere(clause: str) -> bool:
    return any(
        not m.group("name").startswith(("Nederland", "NL")) for m in _ELSEWHERE.finditer(clause)
    )


# How far past the mission's name (in characters) its own part of a sentence may say what
# happened to the Dutch part.
_PART_REACH = 220


def _status(
    mandate: MandateStatus | None, contribution: ContributionStatus | None
) -> MissionStatus:
    if mandate is MandateStatus.ENDED or contribution is ContributionStatus.ENDED:
        return MissionStatus.ENDED
    if mandate is MandateStatus.EXTENDED:
        return MissionStatus.EXTENDED
    if mandate is MandateStatus.STARTED or contribution is ContributionStatus.STARTED:
        return MissionStatus.STARTED
    return MissionStatus.ACTIVE


def _considered(text: str, mention: _Mention) -> str | None:
    """What the mention's clause only asks, proposes or weighs: "joining" for taking part in
    the mission ("Een verzoek … om ook aan KFOR deel te nemen werd bestudeerd", "Meedoen aan
    UNMISS is voorgesteld en besproken"), "growing" for more of a part already taken ("het
    kabinet overweegt de bijdrage aan MINUSMA te verlengen"); "weighed" for the mission only
    weighed, with no word of what would be done ("kabinet beraadt zich, besluit ontbreekt");
    "refused" for taking part refused outright ("besloot niet deel te nemen aan UNMISS"); None
    when it says what happened.  A decision anywhere in the sentence, not negated beside it
    ("het kabinet stemde in"), makes a proposal what happened."""
    start, end = _clause(text, mention.start, mention.end)
    clause = text[start:end]
    if NOT_JOINING.search(clause):
        return "refused"
    if not PROSPECT.search(clause):
        return None
    for m in DECIDED.finditer(text):
        # Negated within a few words either side: "niet akkoord", "goedgekeurd is … niet".
        if not NEGATED.search(text[max(0, m.start() - 25) : m.end() + 25]):
            return None  # decided
    if GROWING.search(clause):
        return "growing"
    # Weighed with no word of what would be done ("Aangaande missie Zeeleeuw: kabinet beraadt
    # zich, besluit ontbreekt"): a part taken only if the clause says so elsewhere.
    return "joining" if JOINING.search(clause) else "weighed"


def _ended_before(text: str, mention: _Mention, year: int | None, alone: bool = False) -> bool:
    """Whether the mention's clause (the whole sentence, when it names this mission *alone*)
    dates the mission's end (or the end of the Dutch part) in a year before the edition's
    *year*: "Afgerond en daarom weggelaten: UNOMAR …, beëindigd in 2094" in the 2095
    edition, "Niet meer in beeld: KFOR (NAVO, Kosovo); NL-deelname stopte in 2093"."""
    if year is None:
        return False
    start, end = (0, len(text)) if alone else _clause(text, mention.start, mention.end)
    for m in ENDED_IN.finditer(text, start, end):
        ended = next((y for y in m.groups() if y), None)
        if ended and int(ended) < year:
            return True
    # "Vorig jaar meldde het kabinet nog de afronding van EUTM Sirocco": ended the year
    # before; the end said of this mission (right beside its name), and the year before said
    # of that end (a rows' "vorig jaar" further on is another row's).
    for word in ENDED_WORD.finditer(text, start, end):
        beside = (
            0 <= mention.start - word.end() <= _BESIDE or 0 <= word.start() - mention.end <= _BESIDE
        )
        if beside and ENDED_LAST_YEAR.search(text, max(start, word.start() - 80), word.end() + 40):
            return True
    return False


# How far an end's word may stand from the mission's name to be said of it.
_BESIDE = 25


_SINCE = re.compile(r"\bsinds\s+(?:\w+\s+)?(\d{4})\b", re.IGNORECASE)


def _started_before(text: str, mention: _Mention, year: int | None) -> bool:
    """Whether the only start the mention's clause gives is dated before the edition's
    *year* ("In MINUSMA dienen sinds 2090 250 militairen", in the 2095 edition): a part
    taken for years, not started this one."""
    if year is None:
        return False
    start, end = _clause(text, mention.start, mention.end)
    starts = [
        m
        for status, cue in _CONTRIBUTION_CUES
        if status is ContributionStatus.STARTED
        for m in cue.finditer(text, start, end)
    ]
    if not starts:
        return False
    # Each start dated before the edition's year: "sinds 2090", "gestart 19-01-2088" or "in
    # 2013 gestart" (the year right beside the cue).
    return all(_dated_before(text, m, year) for m in starts)


_NEAR_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")


def _dated_before(text: str, cue: re.Match[str], year: int) -> bool:
    """Whether the start *cue* is dated, in it or right beside it, in a year before *year*."""
    since = _SINCE.match(cue.group(0))
    if since is not None:
        return int(since.group(1)) < year
    near = _NEAR_YEAR.findall(text, max(0, cue.start() - 12), cue.end() + 16)
    return bool(near) and all(int(y) < year for y in near)


# A legend: two or more codes defined one after another ("Statuscodes: L = lopend, N = nieuw,
# V = verlengd, B = beëindigd").
_LEGEND = re.compile(
    r"\b\w{1,4}\s*=\s*[^,;.=]{1,40}?(?:\s*[,;]\s*(?:en\s+)?\w{1,4}\s*=\s*[^,;.=]{1,40}?)+(?=[,;.]|$)"
)


def _without_legends(text: str) -> str:
    """*text* with any legend blanked out (same length, so that offsets hold): a legend
    defines what codes mean, it says nothing of a mission ("… eFP Litouwen NAVO Litouwen L
    120 doorlopend Statuscodes: … V = verlengd" extended nothing)."""
    return _LEGEND.sub(lambda m: " " * len(m.group(0)), text)


def missions_in_sentence(
    sentence: Sentence,
    labelled: bool = False,
    mentions: Sequence[_Mention] | None = None,
    year: int | None = None,
    answer: bool = False,
) -> list[Mission]:
    """The missions *sentence* names; *labelled* when it is a mission's label line and the
    sentence under it (one mission, and its cues may stand past the label's full stop);
    *mentions*, when already found in its text; *year*, the edition's, when known; *answer*
    when it is a question and the answer after it that names no mission."""
    text = sentence.text
    out: list[Mission] = []
    if ASKING.search(text):
        # A question asserts nothing: "Vraag: Wanneer valt het kabinetsbesluit over eFP
        # Litouwen, en hoort de Kamer dat vooraf?" (the answer, when there is one, tells).
        return out
    found = list(_mentions(text) if mentions is None else mentions)
    text = _without_legends(text)
    rows = _rows_run_together(text, found)
    for mention in found:
        considered = None if labelled else _considered(text, mention)
        if considered in ("joining", "refused"):
            # The Netherlands does not take part in it: no mission is read from it.
            continue
        if _ended_before(text, mention, year, alone=len(found) == 1):
            continue  # an earlier year's: it ended before this one
        mandate, contribution, detail = _what_happened(text, mention, labelled, found, rows, year)
        if contribution is ContributionStatus.STARTED and _started_before(text, mention, year):
            contribution = None
        told = mandate is not None or contribution is not None
        if considered == "weighed" and not told:
            # Only weighed, and nothing said of a part taken: the sentence is no evidence that
            # the Netherlands takes part (another sentence may say so).
            continue
        if answer and not told and not _OWN_COUNT.search(text):
            # So too an answer that tells of no part taken, neither what happened nor how many
            # went: "Gaan we ook naar UNTSO? Dat bekijken we nog." (not "Toch gebeurde dat,
            # met 60 militairen").
            continue
        if considered == "growing":
            # Only weighed, not done: the mission goes on as it was.
            mandate, contribution, detail = None, None, None
        aliases = () if mention.form.strip() == mention.name else (mention.form.strip(),)
        out.append(
            Mission(
                mention.name,
                mention.organisation,
                mention.location,
                _status(mandate, contribution),
                sentence.source(),
                mandate=mandate,
                contribution=contribution,
                contribution_detail=detail,
                known=mention.known,
                aliases=aliases,
            )
        )
    return out


def _merge(known: Mission, more: Mission) -> Mission:
    """One mission from two mentions: the stronger status and its sentence, what either says of
    the mandate and the contribution, every alias, every further sentence as a mention."""

    def weight(m: Mission) -> tuple[int, int]:
        return _RANK[m.status], int(m.mandate is not None or m.contribution is not None)

    first, second = (more, known) if weight(more) > weight(known) else (known, more)
    aliases = tuple(dict.fromkeys(a for a in (*known.aliases, *more.aliases) if a != known.name))
    return attrs.evolve(
        first,
        mandate=first.mandate or second.mandate,
        contribution=first.contribution or second.contribution,
        contribution_detail=first.contribution_detail or second.contribution_detail,
        organisation=known.organisation or more.organisation,
        location=known.location or more.location,
        known=known.known or more.known,
        aliases=aliases,
        mentions=tuple(
            dict.fromkeys(
                s
                for s in (known.source, *known.mentions, more.source, *more.mentions)
                if s != first.source
            )
        ),
    )


# A table of missions, by its column header: "Missie Kader Stand 2063 Militairen", "Operatie |
# Status | Bijdrage": column names only, no sentence ("Missies en operaties in 2063" heads a
# chapter).
_MISSION_COLUMN = re.compile(r"\b(?:missies?|operaties?|inzet)\b", re.IGNORECASE)
_OTHER_COLUMN = re.compile(
    r"\b(?:stand|status|militairen|omvang|kader|periode|bijdrage|mandaat|sterkte|gebied"
    r"|locatie|regio|organisatie|aantal)\b",
    re.IGNORECASE,
)
_NOT_A_COLUMN = frozenset(
    {"met", "van", "de", "het", "een", "en", "in", "op", "over", "voor", "tussen", "die", "dat"}
)


def _mission_table(title: str) -> bool:
    """Whether a heading is a mission table's column header."""
    words = re.findall(r"[\w()]+", title.casefold())
    return (
        len(words) >= 3
        and not _NOT_A_COLUMN.intersection(words)
        and _MISSION_COLUMN.search(title) is not None
        and _OTHER_COLUMN.search(title) is not None
    )


def _table_rows(sentence: Sentence) -> list[Sentence]:
    """The rows of a mission table that extraction joined into one paragraph ("EUNAVFOR
    Atalanta EU doorlopend 40 EUTM Sirocco EU doorlopend 40 KFOR NAVO gestart …"): each row runs
    from its mission's name to the next one's, so that one row's status is never another's."""
    starts = sorted({m.start for m in _mentions(sentence.text)})
    if len(starts) < 2:
        return [sentence]
    bounds = [*starts[1:], len(sentence.text)]
    head = sentence.text[: starts[0]].strip()
    rows = [attrs.evolve(sentence, text=head)] if head else []
    return rows + [
        attrs.evolve(sentence, text=sentence.text[a:b].strip())
        for a, b in zip(starts, bounds, strict=True)
    ]


# A register line's own count: "— 80 militairen —".
_OWN_COUNT = re.compile(
    r"\b\d{1,5}\s+(?:militairen|militair|man|personen|troepen)\b", re.IGNORECASE
)


def _register_rows(sentence: Sentence) -> list[Sentence]:
    """The lines of a mission register that extraction joined into one paragraph ("EUTM
    Sirocco — EU, Sahel — 80 militairen — loopt door KFOR — NAVO, Kosovo — 120 militairen —
    gestart …"), each read apart when every mission in it has a count of its own: one
    line's status is never another's.  A sentence that names several missions together
    ("EUFOR Althea en UNIFIL zijn verlengd") stays whole."""
    if len(_OWN_COUNT.findall(sentence.text)) < 2:
        return [sentence]  # most sentences: no register, and no need to look for missions
    starts = sorted({m.start for m in _mentions(sentence.text)})
    if len(starts) < 2:
        return [sentence]
    bounds = [*starts[1:], len(sentence.text)]
    if not all(_OWN_COUNT.search(sentence.text, a, b) for a, b in zip(starts, bounds, strict=True)):
        return [sentence]
    return _table_rows(sentence)


_BULLET_MARK = re.compile(r"\s(?=[" + BULLETS + r"]\s)")
# A list opened by a dash or an asterisk, its items run on in one line (group 1: the mark).
# sentences.RUN_IN_LIST with the en and em dash too: a mission list set with them ("– KFOR
# (NAVO, Kosovo): …; verlengd – MINUSMA …") is cut only where an item names a mission
# (_item_starts), so a dash inside an item's text opens none.
_RUN_IN_ITEM = re.compile(r"\s*([-–—*])\s+(?=\S)")


def _item_starts(text: str, mark: str, start: int) -> list[int]:
    """Where the items of a list opened by *mark* begin after the first: at the same mark
    between spaces, where the item it opens names a mission (a dash inside an item, "KFOR –
    NAVO, Kosovo – …", opens none); none unless two items or more name one."""
    marks = [m.start() + 1 for m in re.finditer(rf"\s{re.escape(mark)}\s+(?=\S)", text[start:])]
    marks = [start + m for m in marks]
    cuts: list[int] = []
    for i, at in enumerate(marks):
        end = marks[i + 1] if i + 1 < len(marks) else len(text)
        if _mentions(text[at:end]):
            cuts.append(at)
    if not cuts or not _mentions(text[: cuts[0]]):
        return []
    return cuts


# What a label line may hold besides its mission: a number, brackets, punctuation.
_LABEL_REST = re.compile(r"[\s\d.;:,()\[\]–—-]*")


def _is_label(text: str, mentions: Sequence[_Mention]) -> bool:
    """Whether *text* is a mission's label line ("6.3 Missie Zeeleeuw (EU; Rode Zee)."): one
    mission, and besides it only a number, its organisation and place in brackets and
    punctuation."""
    if len(mentions) != 1:
        return False
    m = mentions[0]
    rest = text[: m.start] + " " + re.sub(r"\([^()]*\)", " ", text[m.end :])
    return _LABEL_REST.fullmatch(rest) is not None


def _bulleted(sentence: Sentence) -> list[Sentence]:
    """The items of a bulleted list that runs on in one sentence ("▪ UNIFIL …: 120 militairen
    (was 80) ▪ UNTSO …: doorlopend"), each read as a sentence of its own.  A list opened by a
    dash or an asterisk is cut where the same mark opens an item that names a mission ("–
    KFOR (NAVO, Kosovo): 40 mil.; verlengd t/m 1924 – MINUSMA (VN, Mali): 150 mil.; lopend"):
    a status at an item's end is that item's, not the next one's."""
    cuts = [m.end() for m in _BULLET_MARK.finditer(sentence.text)]
    if not cuts and (opening := _RUN_IN_ITEM.match(sentence.text)):
        cuts = _item_starts(sentence.text, opening.group(1), opening.end())
    if not cuts:
        return [sentence]
    bounds = [0, *cuts, len(sentence.text)]
    items = (sentence.text[a:b].strip() for a, b in itertools.pairwise(bounds))
    return [attrs.evolve(sentence, text=item) for item in items if item]


# An answer that opens by denying what the question asks.
_DENIES = re.compile(
    r"^\W*(?:nee|neen|allerminst|geenszins|integendeel|zeker\s+niet|helemaal\s+niet)\b",
    re.IGNORECASE,
)


def find_all_missions(sections: Sequence[SectionContext], year: int | None = None) -> list[Mission]:
    """Each mission once, with its strongest status and the sentence that gives it; *year*,
    the edition's, leaves out the missions said to have ended before it."""
    found: dict[str, Mission] = {}
    for section in sections:
        table = section.heading_found and _mission_table(section.title)
        units = (item for s in section.sentences for p in pieces(s) for item in _bulleted(p))
        if table:
            units = (row for p in list(units) for row in _table_rows(p))
        else:
            units = (row for p in list(units) for row in _register_rows(p))
        label: Sentence | None = None
        asked: Sentence | None = None
        for unit in units:
            if unit.question:
                # "… gaan ervan uit dat Nederland 135 militairen aan Althea levert, en vragen
                # of dat aantal nog juist is": the answer states the mission, not the question.
                asked = unit
                continue
            question, asked = asked, None
            mentions = _mentions(unit.text)
            if (
                question is not None
                and not question.asked
                and not mentions
                and len(_mentions(question.text)) == 1
                and not _OWN_COUNT.search(question.text)
            ):
                # "Wie had gedacht dat Nederland zich bij UNTSO zou aansluiten? Toch gebeurde
                # dat op 8 augustus, met 120 militairen.": the answer, about the mission the
                # question names (and gives no figure of its own).  Not a question someone else
                # asked (a member's, in a debate): what follows is another speaker's.
                if _DENIES.match(unit.text):
                    # "Beëindigde Nederland zijn NMI-bijdrage? Nee, die loopt door": the answer
                    # denies what the question asks; only the mission's name is the question's.
                    named = _mentions(question.text)[0].form.strip()
                    unit = attrs.evolve(unit, text=f"{named}: {unit.text}")
                else:
                    unit = attrs.evolve(unit, text=f"{question.text} {unit.text}")
                mentions = _mentions(unit.text)
                answer = True
            else:
                answer = False
            sentence, labelled = unit, False
            if mentions:
                label = unit if _is_label(unit.text, mentions) else None
            elif label is not None:
                # "6.3 Missie Zeeleeuw (EU; Rode Zee). Bij besluit van 27-10-2022 verlengd tot
                # …": the sentences under a mission's label line are about that mission.
                sentence = attrs.evolve(unit, text=f"{label.text} {unit.text}")
                labelled = True
            found_in = None if labelled else mentions
            for mission in missions_in_sentence(sentence, labelled, found_in, year, answer):
                mission = _hosted_by_section(mission, section)
                known = found.get(mission.name)
                found[mission.name] = mission if known is None else _merge(known, mission)
    return list(_fold_described(found).values())


def _hosted_by_section(mission: Mission, section: SectionContext) -> Mission:
    """A hosted mission named without its host ("Compagnie binnen eFP-battlegroup") in the
    section of the one country that hosts it ("3.2 Litouwen"): that country's ("eFP
    Litouwen"), the name the rest of the edition gives it."""
    host = section.country
    if mission.location is not None or host is None or host == NETHERLANDS:
        return mission
    if mission.name not in {key for key, *_ in _hosted()}:
        return mission
    where = country_name(host)
    return attrs.evolve(mission, name=f"{mission.name} {where}", location=where)


def _fold_described(found: dict[str, Mission]) -> dict[str, Mission]:
    """A mission named by a mission noun and a name ("de Sahel-opleidingsmissie Sirocco", read
    as "missie Sirocco") is the one mission of the edition whose name has that name beside
    its acronym ("EUTM Sirocco"): one mission, under the fuller name, not two."""
    out = dict(found)
    for name in list(found):
        words = name.split()
        if len(words) < 2 or words[0].casefold() not in MISSION_NOUNS:
            continue
        core = [w.casefold() for w in words[1:]]
        fuller = [
            other
            for other in out
            if other != name
            and other.split()[0].casefold() not in MISSION_NOUNS
            and all(w in [x.casefold() for x in other.split()] for w in core)
        ]
        if len(fuller) != 1:
            continue  # none, or more than one it could be: left as read
        into, described = out[fuller[0]], out.pop(name)
        merged = _merge(into, described)
        out[fuller[0]] = attrs.evolve(
            merged,
            name=into.name,
            aliases=tuple(dict.fromkeys(a for a in (*merged.aliases, name) if a != into.name)),
        )
    return out
