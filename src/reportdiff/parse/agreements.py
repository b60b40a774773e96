"""Agreements: kind, title, parties, date, and what the text says of each: its lasting state
(signed, in force, suspended ...) and this year's events (signed, extended, a party withdrew).

The title is the kind's phrase with the capitalised name before it ("International Innovation
MoU", "Forward Operating Location (FOL)-verdrag"), a name after it ("Verdrag van Bornholm"), an
abbreviation in brackets, and the complement after it ("over ...", "inzake ...", "tussen ...
en ..."), up to the end of the clause or its verb.  A kind's abbreviation in brackets right
after it ("Memorandum of Understanding (MoU)") is the same agreement, not a second one.

Parties are the Netherlands plus the countries in the sentence, else the section's country,
else the organisation the title names.  A country that *withdraws* ("de Russische
terugtrekking uit het Open Skies-verdrag") is not a party the sentence adds: its withdrawal is
an event of the treaty, and a treaty left by one of its parties, named as a treaty of many
parties, or with more than one other party, is *multilateral*: its parties are the members the
text lists, else the organisation that holds it, else "multilateral".

A back-reference ("het verdrag", "de LoI") to an agreement already found adds its sentence to
that agreement's mentions, and what it says: the parties it lists ("Partijen bij het verdrag
zijn nu ..."), a withdrawal, a state the first sentence did not give.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

import attrs

from reportdiff.dates import MONTHS, YEAR, find_month
from reportdiff.model import (
    MULTILATERAL,
    Agreement,
    AgreementEvent,
    AgreementEventKind,
    AgreementKind,
    AgreementState,
    AgreementStatus,
    title_words,
)
from reportdiff.vocab.agreements import (
    ENTRY_INTO_FORCE,
    MULTILATERAL_CUE,
    PARTIES_CUE,
    STATUS_CUES,
    STATUS_MEANING,
    defined_kinds,
    find_agreement_kinds,
    find_treaties,
    is_bilateral,
    withdrawals,
)
from reportdiff.vocab.countries import KINGDOM, NETHERLANDS, find_countries
from reportdiff.vocab.organisations import find_organisations

from .context import SectionContext, Sentence
from .missions import pieces
from .sentences import BULLETS, RUN_IN_LIST

__all__ = ["MULTILATERAL", "agreements_in_sentence", "find_agreements"]

# Compiled with the module, not at the first sentence each process reads.
_DATED = re.compile(r"(?:\b\d{1,2}\s+)?\b[a-z]+\s+" + YEAR + r"\b|\b" + YEAR + r"\b")
_UNTIL = re.compile(r"(?:tot|naar|voor)\s*(?:eind\s*)?$")
_SPACES = re.compile(r"\s+")
_NOTE_MARK = re.compile(r"\.\d{1,3}$")
_IN_YEAR = re.compile(r"\b(?:in|per|sinds|vanaf)\s+(" + YEAR + r")\b", re.IGNORECASE)

# What introduces the complement that names an agreement's subject ("over", "inzake", the
# abbreviated "inz." and "m.b.t.").
_SUBJECT_INTRO = (
    r"(?:over|inzake|betreffende|met betrekking tot|tussen|ter|voor|op het gebied van|met|on|"
    r"regarding|concerning)\b|inz\.|m\.b\.t\."
)
_COMPLEMENT = re.compile(
    r"^(?P<paren>\s*\((?!Kamerstuk)[^)\d]*\))?(?P<name>\s+van\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"(?:\s+(?:ondertekend|getekend|gesloten|afgesloten))?"
    r"(?P<rest>\s+(?:" + _SUBJECT_INTRO + r")[^,.;:()" + BULLETS + r"\n]*"
    r"(?:\.\d[^,.;:()" + BULLETS + r"\n]*)?)?"
)
# The subject written right after an abbreviated or English kind, as a compact text names it
# ("MoU oefengebieden", "LoI geneeskundige afvoer (loopt)", "SOFA landingsvaartuigen"): one to
# three words in lower case, up to a bracket, a punctuation mark or a word that says something
# of it (a verb or an adverb: _TITLE_STOP, _NOT_SUBJECT).
_BARE_SUBJECT = re.compile(r"(?:\s+[a-zà-ÿ][\w'’-]*){1,3}")
_SUBJECT_END = re.compile(
    r"\s*(?:$|[(,.;:]|[–—]\s)|\s+(?:" + _SUBJECT_INTRO + r"|en\b|van\s+(?=[A-Z]))"
)
_NOT_SUBJECT = re.compile(
    r"\s(?:" + _SUBJECT_INTRO + r"|van|en|of|de|het|een|nog|ook|niet|wel|al|nu|dus|reeds|"
    r"inmiddels|eerder|thans|opnieuw|onverkort|onveranderd|voort|verder|daarnaast|echter|"
    r"evenwel|zelf|eveneens|tevens|toen|later|nooit|steeds|"
    # an English text's words around the kind: "a Status of Forces Agreement with Finland"
    r"with|between|for|of|the|and|to|in|at|by|from|was|is|has|have|had|will|signed|which|"
    r"that)(?=\s|$)"
)
# Right before a kind's word: no agreement is meant ("geen nieuwe overeenkomst", "geen enkel
# verdrag", "noch een MoU").
_DENIED = re.compile(
    r"\b(?:geen|noch)\s+(?:(?:enkele?|nieuwe?|ander(?:e)?|verdere?|een)\s+)?$", re.I
)
# Right after a kind's word (and a few words of its title): it does not exist ("Zo'n
# intentieverklaring bestaat nergens", "Een SOFA met Canada bestaat niet", "… is er niet").
# ("bestaat niet meer" is an end, read as one.)
_NONEXISTENT = re.compile(
    r"(?:\s+[^\s.;:?!]+){0,6}?\s+(?:bestaat|bestaan|bestond|bestonden)\s+"
    r"(?:(?:nog|helemaal|dus|echter)\s+)?(?:niet|nergens|geenszins)\b(?!\s+meer\b)"
    r"|(?:\s+[^\s.;:?!]+){0,6}?\s+is\s+er\s+(?:nog\s+)?(?:niet|nergens)\b",
    re.IGNORECASE,
)
# Right before a kind's word: one that may come, not one there is ("een mogelijk
# memorandum", "een eventuele SOFA", "een toekomstige overeenkomst"), the adjective inflected
# or not ("eventueel", "denkbaar" before a neuter noun or a name).
_POSSIBLE = re.compile(
    r"\b(?:mogelijke?|eventue(?:el|le)|toekomstige?|beoogde?|denkba(?:ar|re)|hypothetische?"
    r"|potenti(?:eel|ële))\s+(?:(?:nieuwe?|aparte?)\s+)?$",
    re.I,
)
# A kind named in general, at the start of a sentence explaining what it is: "(Een MoU is een
# afspraak op papier …)", "Een PD geeft de richting aan …".
_GENERIC = re.compile(r"\W*een\s+$", re.IGNORECASE)
_EXPLAINS = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:is|zijn|betekent|betekenen|zegt|zeggen|geeft|geven|regelt|"
    r"regelen|legt|leggen|wil\s+zeggen|staat\s+voor)\b"
)
# The Netherlands is no party to it: "Buiten ons om sloot Duitsland een LoI met Spanje …;
# Den Haag tekende niet mee", "… zonder Nederland", "Nederland ondertekende niet".  A partner's
# agreement with a third country, reported beside ours, is not ours.
_NOT_OURS = re.compile(
    r"\bbuiten\s+(?:ons|Nederland|Den\s+Haag)\s+om\b"
    r"|\bzonder\s+(?:Nederland|Den\s+Haag|ons)\b(?!\s*-)"
    r"|\b(?:Nederland|Den\s+Haag|wij|we)\s+(?:\w+\s+)?(?:tekende|tekenden|ondertekende|"
    r"ondertekenden|sloot|sloten)\s+(?:\w+\s+)?niet\b"
    r"|\b(?:tekende|tekenden)\s+niet\s+mee\b|\bniet\s+mee(?:getekend|ondertekend)\b",
    re.IGNORECASE,
)
# An agreement only being looked into, in its clause: no agreement yet, not even one in
# preparation ("Defensie onderzoekt met Frankrijk of een Technical Arrangement … opportuun is;
# onderhandelen is daarover niet begonnen", "verkent de mogelijkheid van een MoU").
_EXPLORED = re.compile(
    r"\b(?:onderzoek\w*|bezie\w*|bekijk\w*|nagaan|gaat\s+na|gaan\s+na|peil\w*)\b"
    r"[^.;]{0,60}?\bof\b"
    r"|\bverken\w*|\bverkend\b|\bhaalbaarheid\w*"
    r"|\bof\b[^.;]{0,120}?\b(?:opportuun|wenselijk|haalbaar|zinvol|nodig|mogelijk)\s+"
    r"(?:is|zou\s+zijn|wordt\s+geacht)\b"
    r"|\bonderhandel\w*\s+(?:is|zijn)\s+(?:\w+\s+){0,2}niet\s+(?:begonnen|gestart|aangevangen)"
    r"|\bnog\s+geen\s+onderhandelingen\b",
    re.I,
)
# An agreement only recommended, or wished for in hindsight: "Wij bevelen aan met Estland een
# MoU te sluiten", "een Declaration of Intent zou passen", "Logisch was geweest dat Nederland
# en Estland zo'n MoU … had getekend", "had gesloten moeten worden".
_ADVISED = re.compile(
    r"\bbevel\w*\s+(?:\w+\s+){0,3}?aan\b|\baanbevel\w*|\badvie[sz]\w*|\badviseer\w*|"
    r"\bpleit\w*\s+(?:\w+\s+){0,2}?voor\b|"
    r"\b(?:zou|zouden)\s+(?:\w+\s+){0,2}?(?:passen|moeten|helpen|verstandig\s+zijn)\b|"
    r"\b(?:was|waren)\s+(?:\w+\s+)?geweest\s+dat\b|\b(?:had|hadden)\b[^.;]{0,60}?\bmoeten\b",
    re.I,
)
# Between a general word for an agreement and the kind that follows as its value: a space, a
# colon or a dash, and at most a year ("Akkoord 2151 LoI …").
_LABEL_GAP = re.compile(r"\s*[:–—-]?\s*(?:(?:19|20|21)\d{2}\s+)?")
# A kind's name or abbreviation in brackets after an agreement's complement: "(SOFA)".
_KIND_IN_BRACKETS = re.compile(r"\s*\(\s*([^()]{2,40}?)\s*\)")
# Words in brackets right after an agreement's title: what it is, in other words.
_GLOSS = re.compile(r"\s*\(\s*([^()]{2,160}?)\s*\)")
# Where a title's complement ends: a finite verb, a relative pronoun, a status participle, an
# infinitive, or a date.
_TITLE_STOP = re.compile(
    r"\s(?:is|wordt|werd|zijn|worden|werden|was|waren|heeft|hebben|had|zal|zullen|kan|kon|"
    r"blijft|bleef|vormt|vormde|vindt|vond|trad|treedt|liep|loopt|werkten|werkte|werken|"
    r"geldt|gelden|gold|golden|"
    r"die|dat|waarmee|waarin|waarbij|ondertekend|getekend|verlengd|opgeschort|voortgezet|"
    r"bekrachtigd|geratificeerd|opgezegd|met ingang van|"
    r"gesloten|beëindigd|van kracht|in werking|met\s+\w+\s+jaar|te\s+[a-z]\w*|af|"
    r"in\s+(?:\d+|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    r"november|december)|"
    r"op\s+\d+|per\s+\d+|sinds)\b"
    # A dash between spaces sets off what is said of it ("… over mariniersopleidingen — bestaand").
    r"|\s[—–]\s"
)
_DETERMINERS = frozenset({"Het", "De", "Een", "Dit", "Deze", "Dat"})
# "dit verdrag", "het MoU", and the formal "voornoemd verdrag", "genoemde overeenkomst",
# "voormeld verdrag", "bovenvermelde overeenkomst".
_ANAPHOR = re.compile(
    r"(?:\b(?:[Dd]it|[Dd]eze|[Hh]et|[Dd]at|[Dd]e|[Hh]ierbij|"
    r"(?:[Vv]oor|[Bb]oven|[Ee]erder|[Ll]aatst|[Vv]oren|[Ee]ven)?[Gg]enoemde?|[Vv]oornoemde?|"
    r"(?:[Vv]oor|[Bb]oven)?(?:[Vv]er)?[Mm]elde?|[Bb]edoelde?)\s+)$"
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’&-]*|of|for|and|on|the|van|der)$")
_REACH = 80
# A predicate comes after its subject, past an aside ("Het MoU, in 2061 ... gesloten, bleef in
# 2062 van kracht"): cues after the title reach further.
_REACH_AFTER = 130


# Compiled with the module (not at the first sentence each process reads).
_STATUS_CUES = tuple((status, re.compile(cue, re.IGNORECASE)) for status, cue in STATUS_CUES)


def _cues(
    text: str, start: int, end: int, kind_end: int | None = None
) -> list[tuple[AgreementStatus, re.Match[str]]]:
    """Every status cue within reach of the mention at start:end.  A signing that is only
    intended ("te ondertekenen") is no signing, nor is an extension ruled out ("verlenging is
    niet aan de orde"), nor a word of the kind's own name (start:*kind_end*: the "voornemen"
    of "verklaring van voornemen")."""
    found: list[tuple[AgreementStatus, re.Match[str]]] = []
    for status, pattern in _STATUS_CUES:
        for m in pattern.finditer(text):
            if kind_end is not None and start <= m.start() and m.end() <= kind_end:
                continue  # within the name (not a cue around it: "liep de SOFA … af")
            after = m.start() >= end
            if max(m.start() - end, start - m.end(), 0) > (_REACH_AFTER if after else _REACH):
                continue
            if any(m.start() < o.end() and o.start() < m.end() for _, o in found):
                continue  # a stronger cue already covers these words
            between = text[end : m.start()] if after else text[m.end() : start]
            if _ITEM_BOUNDARY.search(between):
                continue  # another item of a list: its cue is that item's
            if status is not AgreementStatus.INTENDED and (
                _NEGATED.search(text[m.end() : m.end() + 30])
                or _NEGATED_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            ):
                continue  # "ondertekend is er nog niets", "nog niet ondertekend"
            found.append((status, m))
    return found


_NEGATED = re.compile(r"^\s*(?:\w+\s+){0,3}(?:niet|niets|geen)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:niet|niets|geen|nooit)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Where one item of a list ends and the next begins: "…; – Memorandum …", "…: • DoI …",
# "…;2 – DoI …" (a footnote mark after the semicolon).
# Also a semicolon before a counted item: "…; ten tweede zette men …", "…; b) de LoI …".
_ITEM_BOUNDARY = re.compile(
    r"[;:]\d{0,2}\s*[–" + BULLETS + r"]\s|[;:]\d{0,2}\s+-\s"
    r"|;\d{0,2}\s+(?:ten\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|slotte)|tot\s+slot"
    r"|voorts|[a-z]\)|\(?\d{1,2}\))\s",
    re.IGNORECASE,
)
# The lasting state a cue leaves the agreement in, strongest first: an end or a suspension
# outranks all, an intention outranks a signing it announces ("wordt naar verwachting
# ondertekend"), being in force outranks the signing that came before it.
_STATE_ORDER = (
    AgreementStatus.ENDED,
    AgreementStatus.SUSPENDED,
    AgreementStatus.INTENDED,
    AgreementStatus.IN_FORCE,
    AgreementStatus.SIGNED,
)


def _date_near(text: str, at: int) -> str | None:
    """The date of the cue at position *at* of *text*: the nearest before it (Dutch puts the
    date first: "in oktober 2021 ... ondertekend", "trad op 1 mei 2042 in werking"), else the
    nearest after it.  "oktober 2021" → 2021-10, "in 2021" → 2021; "verlengd tot 2046" is not
    when it happened."""
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for m in _DATED.finditer(text):
        lead = text[max(0, m.start() - 12) : m.start()].lower()
        month = find_month(m.group(0))
        if not month and _UNTIL.search(lead):
            continue
        value = month or m.group(0)[-4:]
        if m.end() <= at:
            if at - m.end() <= _REACH_AFTER and (before is None or at - m.end() < before[0]):
                before = (at - m.end(), value)
        elif after is None or m.start() - at < after[0]:
            after = (m.start() - at, value)
    found = before or after
    if found is None:
        return None
    if len(found[1]) == 4:
        # "trad per 1 januari in werking" in a sentence that gives the year elsewhere ("In
        # 2087 ..."): the month is in the cue's own phrase, the year in the sentence.
        near = text[max(0, at - 40) : at + 40]
        day = re.search(
            r"\b(?:per|op|vanaf|sinds|met ingang van)\s+\d{1,2}\s+([a-z]+)\b(?!\s+" + YEAR + r")",
            near,
        )
        if day:
            dated = find_month(f"{day.group(1)} {found[1]}")
            if dated:
                return dated
    return found[1]


# Said to have happened in an earlier year, with no date: "reeds eerder gesloten", "destijds
# ondertekend".
_LONG_AGO = re.compile(
    r"\b(?:eerder|destijds|vroeger|indertijd|lang\s+geleden|jaren\s+geleden)\s+(?:al\s+)?$",
    re.IGNORECASE,
)


def _reading(
    text: str, start: int, end: int, kind_end: int | None = None
) -> tuple[AgreementStatus, AgreementState | None, tuple[AgreementEvent, ...]]:
    """What the text says of the agreement at start:end (its kind's name ending at
    *kind_end*): the contract's status, the lasting state, and the events, each dated by the
    date nearest its cue."""
    cues = _cues(text, start, end, kind_end)
    if any(status is AgreementStatus.EXTENDED for status, _ in cues):
        # "verlenging ... overeengekomen": what was agreed is the extension, not a signing.
        cues = [
            (status, m)
            for status, m in cues
            if not (
                status is AgreementStatus.SIGNED
                and m.group(0).lower() in ("overeengekomen", "afgesproken")
            )
        ]
    kinds = {status for status, _ in cues}
    state_cue = next((s for s in _STATE_ORDER if s in kinds), None)
    state = STATUS_MEANING[state_cue][0] if state_cue is not None else None
    events: list[AgreementEvent] = []
    for status, m in cues:
        if status is AgreementStatus.SIGNED and AgreementStatus.INTENDED in kinds:
            continue  # a signing announced, not done
        if (
            status is AgreementStatus.SIGNED
            and AgreementStatus.IN_FORCE in kinds
            and m.group(0).lower().startswith(("bekrachtig", "geratific"))
        ):
            continue  # "geratificeerd en in werking getreden": the entry into force says it
        event = STATUS_MEANING[status][1]
        if status is AgreementStatus.IN_FORCE and ENTRY_INTO_FORCE.search(text):
            event = AgreementEventKind.ENTERED_INTO_FORCE
        date = _date_near(text, m.start())
        if date is None and _LONG_AGO.search(text, max(0, m.start() - 25), m.start()):
            continue  # "reeds eerder gesloten": the state it is in, no event of this year
        if event is not None and all(e.kind is not event for e in events):
            events.append(AgreementEvent(event, date))
    if state_cue in (AgreementStatus.ENDED, AgreementStatus.SUSPENDED, AgreementStatus.INTENDED):
        status = state_cue
    elif AgreementStatus.EXTENDED in kinds:
        status = AgreementStatus.EXTENDED
    else:
        status = state_cue or AgreementStatus.MENTIONED
    return status, state, tuple(events)


def _title(text: str, start: int, end: int) -> tuple[str, int, bool]:
    """The agreement's title (the name before the kind's words, and the complement after),
    where it ends in *text*, and whether all that names it is a subject written right after
    the kind ("MoU oefengebieden")."""
    words = text[:start].split()
    name: list[str] = []
    while words and _NAME_WORD.match(words[-1]) and len(name) < 6:
        name.insert(0, words.pop())
    # (nor a month: "Maart intentieverklaring Noorwegen: getekend", a chronicle's row)
    while name and (name[0].islower() or name[0] in _DETERMINERS or name[0].lower() in MONTHS):
        name.pop(0)
    head = " ".join([*name, text[start:end]])
    kind = text[start:end]
    bare = _BARE_SUBJECT.match(text, end) if kind != kind.lower() else None
    compact = False
    if bare is not None:
        subject = bare.group(0)
        cut = min(
            (m.start() for m in (_NOT_SUBJECT.search(subject), _TITLE_STOP.search(subject)) if m),
            default=len(subject),
        )
        # Only words the subject plainly ends after: a bracket, a punctuation mark, the end, a
        # word that introduces a complement or says something of it ("MoU radarketen met
        # België", "… blijft gelden"), "en", or a country.  Else the words may be a verb and
        # what it says ("PD bedoelen we een Policy Direction"): no subject is taken.
        after = text[end + cut :]
        party = find_countries(after[:40])
        words = subject[:cut].split()
        if (
            len(words) > 1
            and not after.lstrip().startswith("(")
            and not all(w.endswith("e") for w in words[:-1])
        ):
            # "SOFA reservisten verandert niets": of more than one word, the words before the
            # last must be adjectives ("geneeskundige afvoer"), else the words may run on into
            # what is said of it; a bracket after them ("MoU radarketen (Memorandum …)")
            # closes the title.
            words = []
        if (
            words
            and (
                _SUBJECT_END.match(after)
                or _TITLE_STOP.match(after)
                # a table row's next cell: the party ("PD pantseronderhoud Duitsland ondertekend")
                or (party and not after[: party[0][0]].strip())
            )
        ):
            head += " " + " ".join(words)
            end += cut
            compact = not name
    m = _COMPLEMENT.match(text[end:])
    tail = "".join(m.group(g) or "" for g in ("paren", "name", "rest")) if m else ""
    stop = _TITLE_STOP.search(tail)
    if stop:
        tail = tail[: stop.start()]
    title_end = end + len(tail)
    title = _SPACES.sub(" ", (head + tail).strip())
    compact = compact and not (m and (m.group("name") or m.group("rest")))
    return _NOTE_MARK.sub("", title).rstrip(".:;,"), title_end, compact


def _date(text: str) -> str | None:
    date = find_month(text)
    if date is None:
        year = _IN_YEAR.search(text)
        date = year.group(1) if year else None
    return date


def _withdrawal_near(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """Whether a withdrawal is reported for the mention at start:end, and who withdrew."""
    for w_start, w_end, who in withdrawals(text):
        if max(w_start - end, start - w_end, 0) <= _REACH:
            return True, who
    return False, None


# A list item's mark: each item of a bulleted list names its own agreement and parties.
# (A hyphen is a bullet at a line's start, or run on after a colon, full stop or semicolon
# before a capital: "Stand bilaterale akkoorden: - SOFA … . - MoU …".)
_BULLET = re.compile(r"\s*[" + BULLETS + r"]\s*|\n\s*[-–—*]\s+|(?<=[:.;])\s+-\s+(?=[A-ZÀ-Ý])")
# Where a clause ends inside one list item (a record's fields set apart by bars are clauses:
# "Getekend: PD duikopleiding …, ook met Litouwen | In werking: DoI …").
_CLAUSE_END = re.compile(r";|\n|\s\|\s")
# A list run on after a colon, its items opened by spaced dashes (see _items).
_DASHED_LIST = re.compile(r"(?<=:)\s+[–—]\s+(?=[A-ZÀ-Ý])")
_DASHED_ITEM = re.compile(r"\s[–—]\s+(?=[A-ZÀ-Ý])")
# The parts of a list item set off by spaced dashes.
_SUB_ITEM = re.compile(r"\s[–—]\s")
# Where one agreement's phrase gives way to the next in a clause ("met België een SOFA, en
# met Duitsland een MoU"): the last comma or "en" between them.
_JOIN = re.compile(r",\s+|\s+(?:en|alsmede|terwijl|maar)\s+")


# A table of agreements, by its column header: "Afspraak Stand Partner(s) Datum",
# "Overeenkomst | Partijen | Status": column names only, no sentence ("Afspraken met
# partnerlanden" is a chapter's heading).
_AGREEMENT_TABLE = re.compile(
    r"\b(?:afspra\w*|overeenkomst\w*|akkoord\w*|verdrag\w*|agreements?)\b[^.]{0,60}?"
    r"\b(?:partner\w*|partij\w*|land(?:en)?|tegenpartij\w*|landen)\b",
    re.IGNORECASE,
)
_NOT_A_COLUMN = frozenset(
    {"met", "van", "de", "het", "een", "en", "in", "op", "over", "voor", "tussen", "die", "dat"}
)


# Or by its columns alone: what kind of agreement, who the parties are, and how far it got
# ("Soort Titel Partijen Stand Datum", "Type Partners Status").
_KIND_COLUMN = re.compile(r"\b(?:soort|type|vorm|instrument)\b", re.IGNORECASE)
_PARTIES_COLUMN = re.compile(r"\b(?:partij\w*|partners?|tegenpartij\w*)\b", re.IGNORECASE)
_STATE_COLUMN = re.compile(r"\b(?:stand|status|fase)\b", re.IGNORECASE)


def _agreement_table(title: str) -> bool:
    """Whether a heading is an agreement table's column header."""
    words = re.findall(r"[\w()]+", title.casefold())
    if len(words) < 3 or _NOT_A_COLUMN.intersection(words):
        return False
    if _AGREEMENT_TABLE.search(title) is not None:
        return True
    columns = (_KIND_COLUMN, _PARTIES_COLUMN, _STATE_COLUMN)
    return all(column.search(title) for column in columns)


_NEXT_BULLET = re.compile(r"\s+[-–•·]$")


def _legend(text: str, mentions: Sequence[tuple[int, int, AgreementKind]]) -> set[int]:
    """The indexes of *mentions* that are a legend: a word and its expansion, the same kind,
    with only a colon or a dash between them and nothing of an agreement's own after them
    ("DoI: Declaration of Intent, hier en hierna aldus afgekort"; not "MoU – Memorandum of
    Understanding met Frankrijk over …", which names one)."""
    return {
        i
        for k, (a, b) in enumerate(itertools.pairwise(mentions))
        if a[2] is b[2]
        and _LEGEND_GAP.fullmatch(text, a[1], b[0])
        and _LEGEND_END.match(text, b[1])
        for i in (k, k + 1)
    }


# A kind's short form: "SOFA", "DoI", "MoU", "PD" (not a Dutch name in one word,
# "samenwerkingsmemorandum").
_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,5}")


def _kind_column(text: str, mentions: Sequence[tuple[int, int, AgreementKind]]) -> set[int]:
    """The indexes of *mentions* that are a table's kind column: the kind given short in the
    agreement's name and then in full in the next cell, with no country between ("SOFA
    inzake hospitaalcapaciteit | Status of Forces Agreement | België"); one agreement."""
    return {
        k + 1
        for k, (a, b) in enumerate(itertools.pairwise(mentions))
        if a[2] is b[2]
        and _ACRONYM.fullmatch(text, a[0], a[1])
        and any(ch.isspace() for ch in text[b[0] : b[1]])
        and not find_countries(text[a[1] : b[0]])
        # "MoU marine-uitwisseling (Memorandum of Understanding)": a gloss in brackets, read
        # as one already.
        and "(" not in text[a[1] : b[0]]
    }


def _table_rows(
    sentence: Sentence, defined: Mapping[str, AgreementKind] | None
) -> list[Sentence] | None:
    """The rows of an agreement table that extraction joined into one paragraph ("PD drones
    bestaand Verenigd Koninkrijk en – Verenigde Staten DoI munitievervoer bestaand Frankrijk
    …"): each row runs from its kind's cell to the next row's, so that the parties of one row
    are never another's.  None when the text names fewer than two agreements; a legend's
    words ("SOFA: Status of Forces Agreement") are no row."""
    mentions = find_agreement_kinds(sentence.text, defined)
    if len(mentions) < 2:
        return None
    text = sentence.text
    legend = _legend(text, mentions)
    # A row that gives the kind twice, short and then in full in a kind column, is one row.
    column = _kind_column(text, mentions)
    starts = [(start, i in legend) for i, (start, _, _) in enumerate(mentions) if i not in column]
    bounds = [*(start for start, _ in starts[1:]), len(text)]
    return [
        # Without the next item's bullet, which the row's end runs into ("… handtekening. –").
        attrs.evolve(sentence, text=_NEXT_BULLET.sub("", text[a:b].strip()))
        for (a, in_legend), b in zip(starts, bounds, strict=True)
        # A legend's words end the row before them, and are no row.
        if not in_legend
    ]


# Enough of a sentence's start to hold an agreement kind's longest name.
_OPENING = 60


def _kind_first(sentence: Sentence, defined: Mapping[str, AgreementKind] | None) -> bool:
    """Whether a sentence lists agreements kind first, each with its parties after it, as a
    table's rows or a box's list do once extraction has run their lines together ("MoU
    explosievenopruiming · met Suriname … LoI schietterreinen · met Noorwegen …"): it opens
    on a kind, nothing before it, and at least two of the kinds have a country after them
    before the next kind.  Prose that names a country first ("Met Duitsland is een MoU …")
    is read clause by clause instead."""
    text = sentence.text
    lead = len(text) - len(text.lstrip(" \t•·–-"))
    # Most sentences open otherwise: the opening words alone tell, without the whole scan.
    opening = find_agreement_kinds(text[lead : lead + _OPENING], defined)
    if not opening or opening[0][0] != 0:
        return False
    mentions = find_agreement_kinds(text, defined)
    if len(mentions) < 2:
        return False
    bounds = [*[start for start, _, _ in mentions[1:]], len(text)]
    after = [text[end:bound] for (_, end, _), bound in zip(mentions, bounds, strict=True)]
    with_country = sum(bool(find_countries(part)) for part in after)
    return with_country >= 2


def _units(
    sentence: Sentence, table: bool, defined: Mapping[str, AgreementKind] | None
) -> list[tuple[Sentence, list[str]]]:
    """What is read as one unit: a table's rows (or a list run together kind first, read as
    one), else the sentence's list items."""
    rows = _table_rows(sentence, defined) if table or _kind_first(sentence, defined) else None
    if rows is not None:
        return [(row, []) for row in rows]
    return _items(sentence, defined)


def _items(
    sentence: Sentence, defined: Mapping[str, AgreementKind] | None = None
) -> list[tuple[Sentence, list[str]]]:
    """The list items of a bulleted sentence, each as its own sentence with the countries of
    the text that announces the list ("Met Duitsland: • een MoU ... • een LoI ..."); a sentence
    without bullets is its one item."""
    text = sentence.text
    marks = list(_BULLET.finditer(text))
    if not marks and (opening := RUN_IN_LIST.match(text)):
        # "- **Policy Direction** met Noorwegen — … - **Letter of Intent** met Denemarken …":
        # a list whose lines extraction ran together, each item opened by the same mark.
        mark = re.escape(opening.group(1))
        marks = list(re.finditer(rf"(?:^|\s){mark}\s+(?=\S)", text))
    if not marks and (dashed := _DASHED_LIST.search(text)):
        # "Stand ultimo 2106: – PD … met Frankrijk: geldend sinds januari 2106 – MoU … met
        # Duitsland en Polen: …": a list after a colon, its items opened by a spaced dash and
        # run together; a dash before a capital after that opens the next item.
        marks = [dashed, *_DASHED_ITEM.finditer(text, dashed.end())]
    if not marks:
        return [(sentence, [])]
    lead = text[: marks[0].start()]
    lead_countries = [c for _, _, c in find_countries(lead) if c not in KINGDOM]
    out = []
    bounds = [m.end() for m in marks]
    for i, start in enumerate(bounds):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        piece = text[start:end].strip()
        if not piece:
            continue
        # A two-level list: "• België (strategisch partner) – MoU inzake …: zie punt 6 – SOFA
        # inzake … (ook met Litouwen)": the head names the country, each part after a dash
        # one agreement of its.
        parts = _SUB_ITEM.split(piece)
        head = parts[0]
        if (
            len(parts) >= 2
            and find_countries(head)
            and not find_agreement_kinds(head, defined)
            and any(find_agreement_kinds(part, defined) for part in parts[1:])
        ):
            head_countries = [c for _, _, c in find_countries(head) if c not in KINGDOM]
            out += [
                (attrs.evolve(sentence, text=part.strip()), head_countries)
                for part in parts[1:]
                if part.strip()
            ]
            continue
        out.append((attrs.evolve(sentence, text=piece), lead_countries))
    if lead.strip() and find_agreement_kinds(lead, defined):
        out.insert(0, (attrs.evolve(sentence, text=lead.strip()), []))
    return out


def _scopes(text: str, mentions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each agreement mention, the part of *text* that holds its own parties: its clause
    (between semicolons), and within a clause that names several agreements, the part up to
    the last comma or "en" before the next one."""
    out: list[tuple[int, int]] = []
    # Where each mention's country cell starts, when a cell bounds it (see _cell_before).
    cells: list[int | None] = []
    for i, (start, end) in enumerate(mentions):
        left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
        right_m = _CLAUSE_END.search(text, end)
        right = right_m.start() if right_m else len(text)
        if i > 0 and mentions[i - 1][1] > left:
            labelled = _country_label(text, mentions[i - 1][1], start)
            joins = list(_JOIN.finditer(text, mentions[i - 1][1], start))
            if labelled is not None:
                left = labelled
            elif joins:
                left = joins[-1].start()
        own = _cell_before(text, mentions[i - 1][1], start) if i > 0 else None
        if own is not None:
            left = max(left, own)
        if i + 1 < len(mentions) and mentions[i + 1][0] < right:
            cell = _cell_before(text, end, mentions[i + 1][0])
            labelled = _country_label(text, end, mentions[i + 1][0])
            joins = list(_JOIN.finditer(text, end, mentions[i + 1][0]))
            if cell is not None:
                right = cell
            elif labelled is not None:
                right = labelled
            elif joins:
                right = joins[-1].start()
        if (
            own is None
            and i > 0
            and cells[i - 1] is not None
            and not find_countries(text[left:right])
        ):
            # A row with no country cell of its own, among rows that have one: the cell above
            # spans it ("Noorwegen" beside its SOFA and its MoU).
            left = cells[i - 1] or left
            own = cells[i - 1]
        cells.append(own)
        out.append((left, right))
    return out


def _country_label(text: str, after: int, start: int) -> int | None:
    """Where the last clause labelled by a country ("Rusland: opzegging deelname Verdrag van
    Texel …") starts between *after* and *start*: a record of that country's, which the
    agreement before it does not run into ("… en Zweden Rusland: …")."""
    labels = [
        after + s
        for s, e, _ in find_countries(text[after:start])
        if text[after + e : after + e + 1] == ":"
    ]
    return labels[-1] if labels else None


def _cell_before(text: str, after: int, start: int) -> int | None:
    """Where a run of countries right before an agreement's kind starts ("… in werking
    Noorwegen Status of Forces Agreement …": a table row's country cell, run together with the
    row before), if it lies after *after*; None when the kind has no country right before it
    (prose puts a word between: "met Noorwegen een SOFA")."""
    runs = [
        (s, e)
        for s, e, _ in find_countries(text[after:start])
        if not text[after + e : start].strip(" ,")
    ]
    if not runs:
        return None
    first = runs[0][0]
    # The run it ends: countries joined by commas and "en" only.
    for s, e, _ in reversed(find_countries(text[after:start])):
        if e <= runs[0][0] and _COUNTRY_JOIN.fullmatch(text[after + e : after + first]):
            first = s
    return after + first


_COUNTRY_JOIN = re.compile(r"\s*(?:,|\b[eé]n\b)\s*(?:(?:het|de)\s+)?")


def agreements_in_sentence(
    sentence: Sentence, section_countries: Sequence[str], known: Sequence[Agreement]
) -> list[Agreement]:
    """The agreements a sentence names (back-references to *known* ones are left to
    :func:`find_agreements`)."""
    out: list[Agreement] = []
    for item, lead in _items(sentence):
        for agreement, back_reference in _read(item, section_countries, known, lead):
            if back_reference and any(a.kind is agreement.kind for a in (*known, *out)):
                continue
            out.append(agreement)
    return out


def _read(
    sentence: Sentence,
    section_countries: Sequence[str],
    known: Sequence[Agreement],
    lead_countries: Sequence[str] = (),
    defined: Mapping[str, AgreementKind] | None = None,
) -> list[tuple[Agreement, bool]]:
    """(agreement, is a back-reference) for every agreement mention of the sentence."""
    text = sentence.text
    out: list[tuple[Agreement, bool]] = []
    covered_to = -1
    treaties = find_treaties(text)
    mentions = []
    for start, end, kind in find_agreement_kinds(text, defined):
        if start < covered_to:
            continue  # "(MoU)" after "Memorandum of Understanding": the same agreement
        complement = _COMPLEMENT.match(text[end:])
        if complement is not None and complement.group("paren"):
            covered_to = end + complement.end("paren")
            # "Beleidskader (Policy Direction)": the kind in brackets says which it is.
            inner = find_agreement_kinds(complement.group("paren"), defined)
            if kind in (AgreementKind.TREATY, AgreementKind.OTHER) and len(inner) == 1:
                kind = inner[0][2]
        elif complement is not None and complement.group("rest"):
            # "Verdrag over de rechtspositie van uitgezonden militairen (SOFA)": the kind in
            # brackets after the complement names the same agreement, more precisely.
            after = end + complement.end()
            paren = _KIND_IN_BRACKETS.match(text, after)
            inner = find_agreement_kinds(paren.group(1), defined) if paren else []
            if paren and len(inner) == 1 and inner[0][1] - inner[0][0] == len(paren.group(1)):
                covered_to = paren.end()
                if kind in (AgreementKind.TREATY, AgreementKind.OTHER):
                    kind = inner[0][2]
        after = end + (complement.end() if complement is not None else 0)
        gloss = _GLOSS.match(text, after) if covered_to < after else None
        if gloss is not None and find_agreement_kinds(gloss.group(1), defined):
            # "Memorandum of Understanding on cold-weather training (uitvoeringsafspraak
            # tussen de defensiestaven)", "Verdrag van Helgoland (multilateraal verdrag, …)": a
            # gloss on this agreement, not another one.
            covered_to = gloss.end()
        mentions.append((start, end, kind, complement))
    # A legend's words name no agreement, nor bound another's parties.
    legend = _legend(text, [(s, e, k) for s, e, k, _ in mentions])
    mentions = [m for i, m in enumerate(mentions) if i not in legend]
    scopes = _scopes(text, [(s, e) for s, e, _, _ in mentions])
    column = _kind_column(text, [(s, e, k) for s, e, k, _ in mentions])
    for i, ((start, end, kind, complement), (left, right)) in enumerate(
        zip(mentions, scopes, strict=True)
    ):
        if i in column:
            continue
        if i + 1 in column:
            # The title ends where the kind column's cell begins; the parties come from the
            # cells after it (its clause).
            right = min(right, mentions[i + 1][0])
        if _DEFINED_AS.search(text, max(0, start - 20), start) or _DEFINES.match(text, end):
            # "LOI = Letter of Intent", "SOFA staat voor Status of Forces Agreement", "Letter
            # of Intent (LoI) = …": a legend explains the word; it names no agreement.
            continue
        if _DENIED.search(text, max(0, start - 30), start):
            # "Duitsland en Nederland hebben in 2032 geen nieuwe overeenkomst gesloten."
            continue
        if _NONEXISTENT.match(text, end):
            # "Zo'n intentieverklaring bestaat nergens", "Een SOFA met Canada bestaat niet".
            continue
        if _POSSIBLE.search(text, max(0, start - 30), start):
            # "… van gedachten gewisseld over een mogelijk memorandum inzake …": one that may
            # come, not one there is.
            continue
        if _GENERIC.match(text, 0, start) and _EXPLAINS.match(text, end):
            # "(Een MoU is een afspraak op papier tussen twee ministeries.)", "Een SOFA zegt
            # welke regels gelden …": what such an agreement is, not one of them.
            continue
        if _EXPLORED.search(text, left, right):
            continue  # only looked into: no agreement, nor one in preparation
        if _ADVISED.search(text, left, right):
            continue  # only recommended, or wished for in hindsight: none there is
        if _NOT_OURS.search(text, left, right) or (len(mentions) == 1 and _NOT_OURS.search(text)):
            continue  # another country's agreement, one the Netherlands is no party to
        if kind is AgreementKind.OTHER and any(
            m[2] is not AgreementKind.OTHER and _LABEL_GAP.fullmatch(text, end, m[0])
            for m in mentions
            if m[0] >= end
        ):
            # "Akkoord PD tanker …", "Overeenkomst: MoU …": the general word labels the
            # agreement named right after it by its kind; it is not another one.
            continue
        named = complement is not None and bool(
            complement.group("name") or complement.group("rest")
        )
        back_reference = bool(_ANAPHOR.search(text[:start])) and not named
        # The title ends where the next agreement's phrase begins.
        title, title_end, compact = _title(text[: max(right, end)], start, end)
        treaty = next((t for s, e, t in treaties if s <= start < e or s <= end - 1 < e), None)
        if treaty is not None:
            kind = AgreementKind.TREATY
            title = treaty.title
            back_reference = False
        withdrew, who = _withdrawal_near(text, start, title_end)
        # The Caribbean parts of the Kingdom are the Netherlands' side, never a counterpart.
        # The parties are those of the agreement's own phrase, else of its sentence (or list
        # item), else of the text announcing the list, else of the section.
        countries = [
            c for _, _, c in find_countries(text[left:right]) if c not in KINGDOM and c != who
        ]
        if countries and _ALSO_WITH.search(text[left:right]):
            # "(ook met Verenigd Koninkrijk)" on Germany's record: Germany's and Britain's.
            around = [*section_countries, *lead_countries]
            countries = list(dict.fromkeys([*(c for c in around if c not in KINGDOM), *countries]))
        if not countries:
            # Else the countries of its clause ("Met Noorwegen werden een MoU en een
            # intentieverklaring getekend"), and the sentence's when it names no other
            # agreement: with several in clauses of their own ("A01;SOFA;…;A02;PD;…"),
            # another's countries are not its own.
            lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
            hi_m = _CLAUSE_END.search(text, end)
            hi = hi_m.start() if hi_m else len(text)
            whole = len(mentions) == 1
            clause = text if whole else text[lo:hi]
            countries = [c for _, _, c in find_countries(clause) if c not in KINGDOM and c != who]
            if countries and _ALSO_WITH.search(clause):
                # "Getekend: PD duikopleiding (19-12-1961), ook met Litouwen" on Belgium's
                # record: Belgium's and Lithuania's.
                around = [c for c in (*section_countries, *lead_countries) if c not in KINGDOM]
                countries = list(dict.fromkeys([*around, *countries]))
        if not countries:
            countries = [c for c in lead_countries if c != who]
        if not countries and sentence.lead is not None and sentence.lead not in (who, *KINGDOM):
            # The country the paragraph is led by: a label before a colon, or a run-in head
            # ("4.4 Finland. … De PD gevechtsduikers is sinds 2046 van kracht.").
            countries = [sentence.lead]
        listed = bool(countries)
        if not countries and not back_reference:
            countries = [c for c in section_countries if c not in KINGDOM and c != who]
        multilateral = treaty is not None or (
            kind is AgreementKind.TREATY
            and not is_bilateral(text)
            and (
                (withdrew and who not in (None, NETHERLANDS))
                or len(set(countries)) >= 2
                or bool(MULTILATERAL_CUE.search(text))
            )
        )
        if multilateral:
            if listed and len(set(countries)) >= 2:
                parties = tuple(dict.fromkeys([NETHERLANDS, *countries]))
            elif treaty is not None and treaty.organisation:
                parties = (treaty.organisation,)
            else:
                parties = (MULTILATERAL,)
        else:
            if not countries:
                countries = [c for _, _, c in find_organisations(title)]
            parties = tuple(dict.fromkeys([NETHERLANDS, *countries]))
        if (
            not named
            and not back_reference
            and treaty is None
            and parties == (NETHERLANDS,)
            # "Policy Direction (PD)" in a list of abbreviations is the bare word too.
            and (
                compact
                or re.sub(r"\s*\([^()]*\)$", "", title).strip().casefold()
                == text[start:end].strip().casefold()
            )
        ):
            # A kind's bare word with no name, no counterpart and nothing it refers back to
            # ("dit verdrag") is no agreement but the word in general ("geen enkel feit,
            # bedrag of verdrag", "diverse verdragen").  Nor is one with only a subject
            # written after it ("PD munitie-inkoop") and no one it is with: whose it is would
            # be a guess, and the same agreement with its counterpart in another edition
            # would be reported gone.
            continue
        date = _date(text)
        status, state, events = _reading(text, start, title_end, end)
        if withdrew:
            if who == NETHERLANDS or (who is not None and not multilateral):
                # The Netherlands (or the only counterpart) left it: it has ended for us.
                state = AgreementState.WITHDRAWN if who == NETHERLANDS else AgreementState.ENDED
                status = AgreementStatus.ENDED
            else:
                # Another party left a treaty of many: an event of the treaty; nothing ended
                # for the Netherlands, unless the sentence says more.
                if status is AgreementStatus.ENDED:
                    status, state = AgreementStatus.MENTIONED, None
                    events = tuple(e for e in events if e.kind is not AgreementEventKind.ENDED)
            at = next(w for w in withdrawals(text))[0]
            # The date in the withdrawal's own record when a country's label opens it
            # ("… partij sinds 2169 … Rusland: opzegging … per oktober 2182"), not the date of
            # the record before it.
            own = _country_label(text, max(0, at - 40), at) or 0
            when = _date_near(text[own:], at - own)
            events = (*events, AgreementEvent(AgreementEventKind.PARTY_WITHDREW, when, who))
        agreement = Agreement(
            kind,
            title,
            parties,
            date,
            status,
            sentence.source(),
            state=state,
            events=events,
            multilateral=multilateral,
        )
        out.append((agreement, back_reference))
    return out


# A treaty's own name: "Verdrag van Texel", "Treaty of …".
_NAMED_TREATY = re.compile(r"^(?:verdrag|treaty)\s+(?:van|of)\s+\S", re.IGNORECASE)


def _same_named_treaty(a: Agreement, b: Agreement) -> bool:
    """Whether *a* and *b* are one treaty by its name, whatever parties each sentence names."""
    return (
        a.kind is AgreementKind.TREATY
        and b.kind is AgreementKind.TREATY
        and bool(_NAMED_TREATY.match(a.title))
        and a.title.casefold() == b.title.casefold()
    )


# A bare mention that announces another agreement of a kind already named: "een nieuwe
# Letter of Intent", "nog een MoU", "een tweede verdrag".
_ANOTHER = re.compile(
    r"\b(?:nieuwe?|andere?|tweede|derde|extra|aanvullende?|nog\s+een)\s+\S*$", re.IGNORECASE
)


# Words that only say "an agreement": a title of nothing else besides its kind ("MoU-akkoord")
# names no particular one.
_AGREEMENT_NOUNS = frozenset(
    {"akkoord", "akkoorden", "overeenkomst", "afspraak", "afspraken", "agreement", "arrangement"}
)


def _restated(found: Sequence[Agreement], agreement: Agreement) -> int | None:
    """The one agreement read before that *agreement*, named only by its kind and parties,
    restates ("LoI onderzeedienst – NLD/LUX – onderhandelingen lopen" and later "Over een
    Letter of Intent met Luxemburg lopen de gesprekken nog"): the index of the only earlier
    agreement of that kind with those parties (and, when the mention has a title, whose title
    shares two of its words; a title of only its kind and a word for an agreement,
    "MoU-akkoord", is none).  None when it announces another one, or when two earlier
    agreements fit (which one is meant is not said)."""
    words = set(title_words(agreement.title))
    if words <= _AGREEMENT_NOUNS:
        words = set()  # "MoU-akkoord": named by its kind alone
    text = agreement.source.text
    at = text.find(agreement.title) if agreement.title else -1
    if at > 0 and _ANOTHER.search(text, max(0, at - 30), at):
        return None
    fits = [
        i
        for i, a in enumerate(found)
        if a.kind is agreement.kind
        and (
            (
                set(a.parties) == set(agreement.parties)
                # A titled mention restates one whose title shares two of its words
                # ("Memorandum (MoU) met Australië en Duitsland over munitieaankopen in
                # consortiumverband" and later "het Memorandum of Understanding over
                # munitieaankopen in consortiumverband").
                and (not words or len(words & set(title_words(a.title))) >= 2)
            )
            # A titled mention with some of the parties restates the one of all of them
            # with that very title, or the other way round: a partner's key-figure table
            # gives "MoU amfibische oefeningen" under Belgium alone, the text the MoU of the
            # Netherlands, Belgium and Norway.
            or (
                len(words) >= 2
                and words == set(title_words(a.title))
                and (
                    set(agreement.parties) < set(a.parties)
                    or set(a.parties) < set(agreement.parties)
                )
            )
        )
    ]
    return fits[0] if len(fits) == 1 else None


def _merge(found: Agreement, more: Agreement, *, lists_parties: bool) -> Agreement:
    """What a further sentence about *found* adds to it: a mention, the parties it lists, a
    state the first sentence did not give, events not yet recorded."""
    changes: dict[str, object] = {"mentions": (*found.mentions, more.source)}
    real = [p for p in more.parties if p != MULTILATERAL]
    if lists_parties and len([p for p in real if p != NETHERLANDS]) >= 1:
        changes["parties"] = more.parties
        if len(set(real)) >= 3:
            changes["multilateral"] = True
    if found.state is None and more.state is not None:
        changes["state"] = more.state
    if more.multilateral and not found.multilateral:
        changes["multilateral"] = True
        if "parties" not in changes:
            changes["parties"] = more.parties
    events = list(found.events)
    for event in more.events:
        if not any(e.kind is event.kind and e.party == event.party for e in events):
            events.append(event)
    changes["events"] = tuple(events)
    return attrs.evolve(found, **changes)  # type: ignore[arg-type]


def find_agreements(sections: Sequence[SectionContext]) -> list[Agreement]:
    """Each agreement once, with every sentence that names it after the first."""
    found: list[Agreement] = []
    # Abbreviations the edition defines for itself ("PD = Policy Direction"), anywhere in it.
    # (a legend set apart may have been read as a heading: "Afk.: DoI – Declaration of …")
    defined = defined_kinds(
        itertools.chain(
            (x.title for x in sections), (s.text for x in sections for s in x.sentences)
        )
    )
    for section in sections:
        table = section.heading_found and _agreement_table(section.title)
        items = (i for s in section.sentences for p in pieces(s) for i in _units(p, table, defined))
        previous: int | None = None  # the treaty of many the sentence before was about
        if section.heading_found:
            # A section headed by a treaty read before ("Verdrag van Helgoland" over
            # "Verdragspartijen naast Nederland: …", a fact sheet): its first sentence speaks
            # of that treaty, as the sentence right after a mention would.
            heading = section.title.casefold()
            previous = next(
                (
                    i
                    for i, a in enumerate(found)
                    if a.kind is AgreementKind.TREATY
                    and len(a.title) >= 8
                    and a.title.casefold() in heading
                ),
                None,
            )
        # The one agreement the entry before named, while its field lines follow ("Reg. 98-01
        # — Letter of Intent over … ." then "Wederpartij: Noorwegen." "Stand: geldend …").
        entry: int | None = None
        # A field's label whose value went on to the next unit ("Wederpartij:" at a page's end).
        label: str | None = None
        for sentence, lead in items:
            if sentence.question:
                # "Wat is de stand rond het verdrag …?" asks; the answer names the agreement.
                continue
            if entry is not None and label is not None:
                found[entry] = _with_field(found[entry], label, sentence.text, sentence)
                label = None
                continue
            field = _FIELD.match(sentence.text) if entry is not None else None
            if entry is not None and field is not None and _known_field(field.group("label")):
                value = field.group("value").strip()
                if value:
                    found[entry] = _with_field(found[entry], field.group("label"), value, sentence)
                else:
                    label = field.group("label")
                continue
            if entry is not None and found[entry].kind is AgreementKind.TREATY:
                previous = entry  # "Uittreding van …; resterende partijen: …" after its entry
            entry, label = None, None
            lists_parties = bool(PARTIES_CUE.search(sentence.text))
            # The record's country, else the paragraph's lead ("Zuid-Korea: … ten tweede zette
            # men handtekeningen onder de Letter of Intent …"), else the section's.
            own = sentence.record or sentence.lead
            countries = (own,) if own else section.countries
            read = _read(sentence, countries, found, lead, defined)
            if not read and previous is not None:
                # "Verdragspartijen zijn nu nog Nederland, Noorwegen, Zweden en Denemarken." right
                # after the treaty: the parties it has now.
                parties = _treaty_parties(sentence.text)
                if parties:
                    treaty = found[previous]
                    found[previous] = attrs.evolve(
                        treaty,
                        parties=(NETHERLANDS, *[p for p in parties if p != NETHERLANDS]),
                        multilateral=True,
                        mentions=(*treaty.mentions, sentence.source()),
                    )
            previous = None
            placed: list[int] = []  # where each agreement read went in *found*
            for agreement, back_reference in read:
                if back_reference:
                    same_kind = [i for i, a in enumerate(found) if a.kind is agreement.kind]
                    target = same_kind[-1] if same_kind else None
                    if target is not None:
                        found[target] = _merge(
                            found[target], agreement, lists_parties=lists_parties
                        )
                        placed.append(target)
                        continue
                    if agreement.parties == (NETHERLANDS,):
                        # "De SOFA reservistenuitwisseling is …" with no SOFA before it: no
                        # reference back but the first word of one, whose party is the
                        # section's country as for any agreement its sentence gives none.
                        others = [c for c in countries if c not in KINGDOM]
                        if others:
                            agreement = attrs.evolve(
                                agreement, parties=(NETHERLANDS, *dict.fromkeys(others))
                            )
                # The same agreement twice: by key, or named twice in one sentence with the same
                # kind and parties ("een intentieverklaring over … (Engelse titel: Declaration
                # of Intent on …)" is one agreement with its translated title).
                same = next(
                    (
                        i
                        for i, a in enumerate(found)
                        if a.key == agreement.key
                        or (
                            a.kind is agreement.kind
                            and set(a.parties) == set(agreement.parties)
                            and a.source.text == agreement.source.text
                        )
                        or _same_named_treaty(a, agreement)
                    ),
                    None,
                )
                if same is None:
                    same = _restated(found, agreement)
                if same is not None:
                    # A named treaty's fuller list of parties is its list ("Rusland is nog
                    # verdragspartij bij het Verdrag van Texel" names one of them).
                    fuller = len(agreement.parties) > len(found[same].parties)
                    found[same] = _merge(found[same], agreement, lists_parties=fuller)
                    placed.append(same)
                    continue
                found.append(agreement)
                placed.append(len(found) - 1)
            if placed and found[placed[-1]].multilateral:
                previous = placed[-1]
            if len(read) == 1 and not read[0][1] and placed:
                entry = placed[0]
    # A general word for an agreement, nothing naming which ("bij afzonderlijke
    # overeenkomsten", "bij verdrag geregeld", "een opleidingsovereenkomst"), says that there
    # are agreements, not which one: no agreement of the report.
    return [a for a in found if not _only_the_word(a)]


# A kind's word in a legend: after "ABBR =" or "ABBR staat voor", or before "= ABBR" or "= Full
# Name" ("MoU = Memorandum of Understanding": the abbreviation is the entry's term).
_LEGEND_GAP = re.compile(r"\s*[:=–—-]\s*|\s+voor\s+")
_LEGEND_END = re.compile(r"\s*(?:[,.;)]|$)")
_DEFINED_AS = re.compile(r"\b[A-Za-z]{2,6}\s*(?:=|staat\s+voor|betekent)\s*$")
_DEFINES = re.compile(r"\s*(?:\([A-Za-z]{2,6}\))?\s*(?:=|staat\s+voor\b)\s*[^\W\d_]")

# The agreement's phrase adds a party to the one its section or record is about.
_ALSO_WITH = re.compile(
    r"\b(?:ook|tevens|eveneens|mede)\s+met\b|\balsmede\s+met\b"
    # an aside set off by a comma: "De Policy Direction …, samen met de Verenigde Staten, bleef
    # lopen" on Suriname's record
    r"|,\s*samen\s+met\b"
    # in brackets without "met", as a record's terse field has it: "PD tanker (ook Spanje)",
    # or with "samen met": "de MoU tankvliegtuigen (samen met Italië)"
    # or a bare "(met …)" on a country's record: "Declaration of Intent doorvoer van troepen
    # (met Luxemburg)" under Germany's heading is Germany's and Luxembourg's
    r"|\(\s*(?:ook|tevens|eveneens|mede|samen\s+met|met)\s+(?=[A-Z])"
    # or with a plus: "DoI cyberverdediging (per 1-9-1961) + Luxemburg"
    r"|(?<=\s)\+\s*(?=[A-Z])",
    re.IGNORECASE,
)

# A field line of an agreement's entry: "Wederpartij: Noorwegen.", "Partijen: Nederland,
# Duitsland en Zweden.", "Stand: geldend vanaf 2096."
_FIELD = re.compile(r"^\s*(?P<label>[^\W\d_][\w -]{1,30}?)\s*:\s*(?P<value>.*)$", re.DOTALL)
_PARTIES_FIELD = re.compile(
    r"^(?:(?:weder|tegen|verdrags)?partij(?:en)?|partners?|(?:partner)?landen|deelnemers?|"
    r"ondertekenaars?|verdragsstaten|counterpart(?:y|ies)?|parties|met)$",
    re.IGNORECASE,
)
_STATE_FIELD = re.compile(r"^(?:stand(?:\s+van\s+zaken)?|status|toestand|state)$", re.IGNORECASE)


def _only_the_word(agreement: Agreement) -> bool:
    """Whether *agreement* is a general word and nothing more: an agreement or a treaty
    whose title is that one word in lower case, with no date, state or event."""
    return (
        agreement.kind in (AgreementKind.OTHER, AgreementKind.TREATY)
        and " " not in agreement.title
        and agreement.title.islower()
        and agreement.date is None
        and agreement.state is None
        and not agreement.events
    )


def _known_field(label: str) -> bool:
    label = label.strip()
    return bool(_PARTIES_FIELD.match(label) or _STATE_FIELD.match(label))


def _with_field(agreement: Agreement, label: str, value: str, sentence: Sentence) -> Agreement:
    """*agreement* with what one field line of its entry gives: its parties (the countries a
    parties field lists; the Netherlands is always one), or its state (a state field read as
    a sentence about it would be).  Any other field is only a further mention."""
    label = label.strip()
    mentions = (*agreement.mentions, sentence.source())
    if _PARTIES_FIELD.match(label):
        codes = [c for _, _, c in find_countries(value) if c not in KINGDOM or c == NETHERLANDS]
        others = list(dict.fromkeys(c for c in codes if c != NETHERLANDS))
        if others:
            many = agreement.multilateral or (
                len(others) >= 2 and agreement.kind is AgreementKind.TREATY
            )
            return attrs.evolve(
                agreement,
                parties=(NETHERLANDS, *others),
                multilateral=many,
                mentions=mentions,
            )
    elif _STATE_FIELD.match(label):
        text = f"{agreement.title}: {value}"
        status, state, events = _reading(text, 0, len(agreement.title))
        changes: dict[str, object] = {"mentions": mentions}
        if agreement.status is AgreementStatus.MENTIONED:
            changes["status"] = status
        if agreement.state is None and state is not None:
            changes["state"] = state
        known = {(e.kind, e.party) for e in agreement.events}
        changes["events"] = (
            *agreement.events,
            *(e for e in events if (e.kind, e.party) not in known),
        )
        return attrs.evolve(agreement, **changes)  # type: ignore[arg-type]
    return attrs.evolve(agreement, mentions=mentions)


# A sentence that lists a treaty's parties without naming the treaty: "Verdragspartijen zijn
# nu nog …", "Resterende verdragsstaten: …", "Partij bij het verdrag blijven …".
_PARTIES_NOW = re.compile(
    r"\b(?:verdragspartijen|verdragsstaten|resterende\s+(?:verdrags)?(?:partijen|staten)|"
    r"(?:overige|resterende|overgebleven)\s+partijen|nog\s+gebonden|"
    r"wie\s+(?:blijven|overblijven|resten)|gebonden\s+blijven|blijven\s+gebonden|"
    r"partij\s+blijven|blijven\s+partij|resteren|"
    # "Behalve Nederland zitten erin: …", "Wie doen er mee? … doen mee"
    r"zit(?:ten)?\s+erin|(?:doe|doet|doen)\s+(?:er\s+)?(?:nog\s+)?(?:aan\s+)?mee|nemen\s+deel)\b",
    re.IGNORECASE,
)


# Or says the treaty still holds between the countries it lists: "Tussen Nederland, Duitsland
# en Zweden geldt het voort.", "Voor de overige vier blijft het van kracht."
_STILL_HOLDS = re.compile(
    r"\b(?:tussen|voor|onder)\b[^.;]*\b(?:geldt|gelden|blijft|blijven|loopt|lopen)\b"
    r"(?:\s+(?:het|dit|dat|het\s+verdrag|de\s+overeenkomst|nog|wel|onverminderd)){0,3}"
    r"\s+(?:voort|door|gelden|van\s+kracht|in\s+werking|bestaan)\b"
    r"|\b(?:geldt|gelden|blijft|blijven|loopt|lopen)\b"
    r"(?:\s+(?:het|dit|dat|het\s+verdrag|de\s+overeenkomst|nog|wel|onverminderd)){0,3}"
    r"\s+(?:voort|door|gelden|van\s+kracht|in\s+werking|bestaan)\s+(?:tussen|voor)\b",
    re.IGNORECASE,
)


def _treaty_parties(text: str) -> list[str]:
    """The countries a sentence lists as a treaty's parties ("Verdragspartijen zijn nu nog
    Nederland, Noorwegen, …", "Tussen Nederland, Duitsland en Zweden geldt het voort."), at
    least three, or []."""
    cue = _PARTIES_NOW.search(text) or _STILL_HOLDS.search(text)
    if cue is None:
        return []

    def listed(part: str) -> list[str]:
        return list(
            dict.fromkeys(
                c for _, _, c in find_countries(part) if c not in KINGDOM or c == NETHERLANDS
            )
        )

    # The list the cue announces ("…; resterende partijen: Nederland, …"), not the party that
    # left before it ("Uittreding van Rusland per …"); else the list the cue closes ("Tussen
    # Nederland, … geldt het voort").
    after = listed(text[cue.end() :])
    if len(after) >= 3:
        return after
    codes = listed(text)
    return codes if len(codes) >= 3 and not after else []
