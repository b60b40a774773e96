"""Agreement kinds and how each is written in Dutch and English; the words that tell a status,
a lasting state or an event; the multilateral treaties the reports name; and the words a title
may be written with that do not tell one agreement from another (for matching across editions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from reportdiff.model import AgreementEventKind, AgreementKind, AgreementState, AgreementStatus

from . import vocabulary
from ._lexicon import Lexicon, longest_first
from .definitions import DEFINITION_ENTRY, DEFINITIONS

__all__ = [
    "EFFECTIVE_FROM",
    "EFFECTIVE_ON_SIGNING",
    "ENTRY_INTO_FORCE",
    "KIND_FORMS",
    "KIND_PREFIXES",
    "MULTILATERAL_CUE",
    "PARTIES_CUE",
    "STATUS_CUES",
    "STATUS_MEANING",
    "TITLE_NOISE",
    "TreatyEntry",
    "defined_kinds",
    "find_agreement_kinds",
    "find_treaties",
    "kinds_maybe_named",
    "subject_text",
    "withdrawals",
]

KIND_FORMS: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.LETTER_OF_INTENT: (
        "Letter of Intent",
        "LoI",
        "LOI",
        "intentiebrief",
        "intentiebrieven",
    ),
    AgreementKind.DECLARATION_OF_INTENT: (
        "intentieverklaring",
        "Intentieverklaring",
        "Declaration of Intent",
        "DoI",
        "gezamenlijke verklaring",
        "verklaring van intenties",
        "verklaring van intentie",
        "verklaring van voornemen",
        "verklaring van voornemens",
    ),
    AgreementKind.MOU: (
        "Memorandum of Understanding",
        "memorandum van overeenstemming",
        "Memorandum van Overeenstemming",
        "MoU",
        "MOU",
        "memorandum",
        "Memorandum",
        # "overeenstemmingsmemorandum", "samenwerkingsmemorandum"
        "~memorandum",
    ),
    AgreementKind.SOFA: (
        "Status of Forces Agreement",
        "Status of Forces",
        "SOFA",
        "statusverdrag voor strijdkrachten",
        "Statusverdrag voor strijdkrachten",
        "statusovereenkomst voor strijdkrachten",
        "statusverdrag",
        "Statusverdrag",
        "statusovereenkomst",
        # Closed compounds on the status of forces: "troepenstatusverdrag",
        # "NAVO-statusverdrag" (longer than "~verdrag", so they win over a plain treaty).
        "~statusverdrag",
        "~statusovereenkomst",
        "-statusverdrag",
    ),
    AgreementKind.TREATY: ("verdrag", "Verdrag", "-verdrag", "~verdrag"),
    # A joint policy direction in Dutch; a plain "beleidsrichtlijn" is often a country's own.
    AgreementKind.POLICY_DIRECTION: (
        "Policy Direction",
        # Its abbreviation, as "MoU", "LoI" and "DoI" are theirs: "PD (Luxemburg) inzake
        # wegkonvooien", "beleidsrichtlijn (PD) met Spanje".
        "PD",
        "gezamenlijke beleidsrichtlijn",
        "Gezamenlijke beleidsrichtlijn",
        "gemeenschappelijke beleidsrichtlijn",
        "Gemeenschappelijke beleidsrichtlijn",
        # "beleidslijn" (line of policy) alone is anyone's; agreed together it is one.
        "gezamenlijke beleidslijn",
        "Gezamenlijke beleidslijn",
        "gemeenschappelijke beleidslijn",
        "Gemeenschappelijke beleidslijn",
        # "koers" and "richting": the direction the two ministries agreed to follow.
        "gedeelde beleidskoers",
        "Gedeelde beleidskoers",
        "gezamenlijke beleidskoers",
        "Gezamenlijke beleidskoers",
        "gemeenschappelijke beleidskoers",
        "Gemeenschappelijke beleidskoers",
        "gezamenlijke beleidsrichting",
        "Gezamenlijke beleidsrichting",
        "gedeelde beleidslijn",
        "Gedeelde beleidslijn",
        # A Policy Direction translated word for word.
        "richtinggevend beleidsdocument",
        "richtinggevende beleidsdocument",
    ),
    # Agreements the model has no kind for: an agreement, an accord, a technical or
    # implementing arrangement ("samenwerkingsovereenkomst", "uitvoeringsafspraak").
    AgreementKind.OTHER: (
        "-overeenkomst",
        "~overeenkomst",
        "overeenkomst",
        "Overeenkomst",
        "akkoord",
        "Akkoord",
        "-akkoord",
        "Technical Arrangement",
        "Technische Afspraak",
        "technische afspraak",
        "Implementing Arrangement",
        "uitvoeringsafspraak",
        "Uitvoeringsafspraak",
        "uitvoeringsafspraken",
        "uitvoeringsregeling",
        "arrangement",
        # A written arrangement on policy or cooperation; which instrument it is, is not said.
        "beleidsafspraak",
        "Beleidsafspraak",
        "samenwerkingsafspraak",
        "Samenwerkingsafspraak",
        "beleidskader",
        "Beleidskader",
    ),
}
# Abbreviations of a kind that may lead a compound whose head is generic ("SOFA-overeenkomst",
# "MoU-tekst", "LoI-document"): the compound is an agreement of the abbreviation's kind.
KIND_PREFIXES: dict[str, AgreementKind] = {
    "SOFA": AgreementKind.SOFA,
    "MoU": AgreementKind.MOU,
    "MOU": AgreementKind.MOU,
    "LoI": AgreementKind.LETTER_OF_INTENT,
    "LOI": AgreementKind.LETTER_OF_INTENT,
    "DoI": AgreementKind.DECLARATION_OF_INTENT,
    "PD": AgreementKind.POLICY_DIRECTION,
}
# "akkoord gaan met", "ging akkoord", "is akkoord": agreeing, not an agreement.
_AGREEING = re.compile(
    r"\b(?:ga|gaat|gaan|ging|gingen|gegaan|is|zijn|was|waren|kon|konden|kan|kunnen)\s+"
    r"(?:(?!een\b|het\b|de\b|dit\b|dat\b|deze\b)\w+\s+){0,2}[Aa]kkoord\b|"
    r"\b[Aa]kkoord\s+(?:gaat|gaan|ging|gingen|gegaan|te\s+gaan)\b|"
    r"\bmet\s+akkoord\b|"
    # A sign-off: "Voor akkoord: de secretaris", "akkoord bevonden".
    r"\b[Vv]oor\s+akkoord\b|\b[Aa]kkoord\s+bevonden\b|"
    # Someone's approval: "Na akkoord minister kan de brief weg", "ter akkoord aan de DG",
    # "het akkoord van de minister".
    r"\b(?:[Nn]a|[Tt]er|[Zz]onder)\s+akkoord\b|\b[Aa]kkoord\s+(?:van\s+)?(?:de\s+|het\s+)?"
    r"(?:minister|staatssecretaris|bewindspersoon|bewindsvrouw|bewindsman|DG|SG|CDS|directeur|"
    r"secretaris-generaal|directeur-generaal)\b"
)

# The verb or noun nearest to the agreement tells its status; first match of the closest cue.
# Order is priority: an intention outranks the signing it announces ("te ondertekenen"), a
# suspension or an end outranks an extension that is ruled out ("verlenging is niet aan de
# orde"), an extension outranks the agreement on it ("verlenging ... overeengekomen").
STATUS_CUES: tuple[tuple[AgreementStatus, str], ...] = (
    (
        AgreementStatus.INTENDED,
        r"intentie uitgesproken|voornemens|voornemen|zal\s+\w+\s+ondertekenen|"
        r"wil\s+toetreden|te\s+ondertekenen|te\s+sluiten|naar verwachting|in onderhandeling|"
        r"onderhandelingen\s+over|wordt\s+(?:\w+\s+)?onderhandeld|"
        # "voert … onderhandelingen omtrent …", "Onderhandelingen met Estland over … lopen nog"
        r"\b(?:voert|voeren|voerde|voerden)\s+(?:\w+\s+){0,5}onderhandelingen\b|"
        r"\bonderhandelingen\s+met\s+(?:\w+\s+){1,3}over\b|"
        r"\bonderhandelingen\b[^.;]{0,80}?\b(?:lopen|duren|zijn\s+gaande)\b|"
        r"(?:ondertekening|sluiting)\s+(?:is|wordt)\s+(?:voorzien|gepland|verwacht)|"
        # "loopt nog overleg over …", "pas na 1959 voor ondertekening gereed"
        r"\b(?:loopt|lopen|liep|liepen)\s+(?:nog\s+)?overleg\b|"
        r"\bvoor\s+ondertekening\s+gereed\b|\bgereed\s+voor\s+ondertekening\b",
    ),
    (AgreementStatus.SUSPENDED, r"opgeschort|opschorting|geschorst"),
    (
        AgreementStatus.ENDED,
        r"beëindigd|beëindiging|opgezegd|afgelopen|\bliep\b[^.;]{0,80}?\baf\b|verlopen|"
        r"\bloopt\b[^.;]{0,80}?\baf\b",
    ),
    (AgreementStatus.EXTENDED, r"verleng\w*"),
    # Ratified ("bekrachtigd", "geratificeerd"): the model has no ratification, and a ratified
    # agreement is at least concluded; being in force, when the text says so, outranks it.
    (
        AgreementStatus.SIGNED,
        r"ondertek\w*|getekend|gesloten|overeengekomen|afgesloten|bekrachtigd|geratificeerd|"
        r"geratifieerd|"
        # "zette men handtekeningen onder de LoI", "de handtekeningen onder het MoU werden in
        # november gezet" (not "ondanks zijn handtekening onder het verdrag": no one signed
        # this year)
        r"\b(?:zet\w*|plaatst\w*|geplaatst|gezet)\b[^.;]{0,60}?\bhandtekening(?:en)?\s+onder\b|"
        r"\bhandtekening(?:en)?\s+onder\b[^.;]{0,100}?\b(?:gezet|geplaatst|zetten|plaatsten|"
        r"zette|plaatste)\b",
    ),
    # "geldend", "geldig sedert 2006": the adjectives of a status column or a short answer.
    (
        AgreementStatus.IN_FORCE,
        r"in werking getreden|van kracht|in werking|\bgeldend\b|\bgeldig\b",
    ),
)

# What each status says of the agreement's lasting state and of this year's event.  An
# extension is an event; the state it leaves the agreement in is not said in so many words.
STATUS_MEANING: dict[AgreementStatus, tuple[AgreementState | None, AgreementEventKind | None]] = {
    AgreementStatus.INTENDED: (AgreementState.PROPOSED, None),
    AgreementStatus.SIGNED: (AgreementState.SIGNED, AgreementEventKind.SIGNED),
    AgreementStatus.IN_FORCE: (AgreementState.IN_FORCE, None),
    AgreementStatus.EXTENDED: (None, AgreementEventKind.EXTENDED),
    AgreementStatus.SUSPENDED: (AgreementState.SUSPENDED, AgreementEventKind.SUSPENDED),
    AgreementStatus.ENDED: (AgreementState.ENDED, AgreementEventKind.ENDED),
    AgreementStatus.MENTIONED: (None, None),
}

# "trad in werking", "in werking getreden": an entry into force this year, not only a state.
ENTRY_INTO_FORCE = re.compile(
    r"in werking getreden|\btrad\b[^.;]{0,80}?\bin werking\b|\btreedt\b[^.;]{0,80}?\bin werking\b|"
    r"\b(?:van kracht|in werking)\s+(?:geworden|gegaan)\b|\bwerd\b[^.;]{0,80}?\bvan kracht\b|"
    # "met ingang van 1 juli 2087 is de MoU van kracht": in force from a date, so it came into
    # force then.
    r"\bmet ingang van\b[^.;]{0,80}?\b(?:van kracht|in werking)\b|"
    r"\b(?:van kracht|in werking)\b[^.;]{0,40}?\bmet ingang van\b",
    re.IGNORECASE,
)

# A sentence that lists the parties of an agreement: "Partijen bij het verdrag zijn nu ...",
# "waarbij naast Nederland ook A en B partij zijn".
PARTIES_CUE = re.compile(
    r"\bpartij(?:en)?\b|\bverdragspartijen\b|\bverdragsstaten\b|\blidstaten\b|"
    # "Het verdrag geldt sindsdien alleen nog tussen Nederland, Zweden, …", "blijft van kracht
    # tussen …"
    r"\b(?:geldt|gelden|blijft|blijven)\b[^.;]{0,40}?\btussen\b|"
    # "Wie blijven: Nederland, …"; "… zijn nog slechts Nederland, … aan dat verdrag gebonden"
    r"\bwie\s+(?:blijven|overblijven|resten)\b|\bgebonden\b|"
    # "Het verdrag bindt thans Nederland, Denemarken, …"
    r"\b(?:bindt|binden)\b",
    re.IGNORECASE,
)
# Words that make an agreement one of many parties, whoever the sentence names.
MULTILATERAL_CUE = re.compile(
    r"\bmultilater\w*|\boverige (?:verdrags)?partijen\b|\bverdragspartijen\b", re.IGNORECASE
)
_BILATERAL_CUE = re.compile(r"\bbilater\w*|\btussen Nederland en\b", re.IGNORECASE)

# A party leaving an agreement: "X trok zich terug uit", "X heeft zich teruggetrokken uit",
# with the treaty between ("X heeft zich per 1 mei uit het verdrag teruggetrokken", "X trok
# zich uit het verdrag terug"), "de terugtrekking van X uit", "de Russische terugtrekking uit".
_WITHDRAWAL = re.compile(
    # The subject may stand between: "trok Rusland zich terug uit".
    r"\b(?:trok|trekt|trekken|trokken)\s+(?:[\w-]+\s+){0,3}?zich\b[^.;]{0,60}?\bterug\s+uit\b|"
    r"\bzich\b[^.;]{0,40}?\bteruggetrokken\s+uit\b|"
    r"\b(?:trok|trekt|trekken|trokken)\s+(?:[\w-]+\s+){0,3}?zich\b[^.;]{0,60}?\buit\b"
    r"[^.;]{0,80}?\bterug\b|"
    r"\bzich\b[^.;]{0,60}?\buit\b[^.;]{0,80}?\bteruggetrokken\b|"
    # The verb last, in a subordinate clause: "dat Rusland zich per 1 mei uit het verdrag
    # terugtrok".
    r"\bzich\b[^.;]{0,60}?\buit\b[^.;]{0,80}?\bterug(?:trok|trokken|trekt|trekken)\b|"
    # "Doordat Duitsland zich op 9 februari terugtrok, telt het verdrag …"
    r"\bzich\b[^.;,]{0,60}?\bterug(?:trok|trokken|getrokken)\b|"
    # "is Rusland niet langer gebonden aan het verdrag", "niet langer partij bij"
    r"\bniet\s+langer\s+(?:gebonden\s+aan|(?:verdrags)?partij\s+bij)\b|"
    # "Rusland is uitgetreden", "Rusland uitgetreden per 15 maart", "nadat Rusland uittrad"
    r"\b(?:uitgetreden|uittrad|uittraden)\b|"
    # "is Zweden uit het Verdrag van Bornholm getreden", "is … uit het verdrag gestapt"
    r"\buit\b[^.;]{0,80}?\b(?:getreden|gestapt)\b|"
    # "Denemarken stapte op 2 juni uit het Verdrag van Helgoland"
    r"\b(?:stapte|stapten|stapt|stappen)\b[^.;]{0,60}?\buit\b|"
    # "Rusland is geen partij meer bij het verdrag", "Rusland trad uit het verdrag"
    r"\bgeen\s+(?:verdrags)?partij\s+meer\s+bij\b|"
    # "Rusland verlaat het Verdrag van Helgoland", "heeft het verdrag verlaten"
    r"\b(?:verlaat|verlaten|verliet|verlieten)\b|"
    r"\b(?:trad|treedt|traden|treden)\b(?:\s+[\w-]+){0,3}?\s+uit\b|"
    # "Rusland heeft het Verdrag van Bornholm verlaten", "Rusland verliet het verdrag"
    r"\b(?:heeft|hebben|had|hadden)\b[^.;]{0,100}?\bverlaten\b|\b(?:verliet|verlieten)\b|"
    r"\bterugtrekking\b(?:\s+van\s+(?P<of>[^.;]{1,40}?))?\s+uit\b|"
    r"\buittreding\b(?:\s+van\s+(?P<of2>[^.;]{1,40}?))?\s+uit\b",
    re.IGNORECASE,
)


_TREATY_WORD = re.compile(r"verdrag", re.IGNORECASE)
_NOTICE = re.compile(r"\b(?:opgezegd|opzegging|opzegt|zegde\b[^.;]{0,60}?\bop)\b", re.IGNORECASE)


def withdrawals(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, country code or None) of every withdrawal in *text*: who withdrew is the
    country named in "terugtrekking van X", else the adjective right before "terugtrekking",
    else the last country named before the verb in its clause."""
    from .countries import find_countries

    out: list[tuple[int, int, str | None]] = []
    matches = list(_WITHDRAWAL.finditer(text))
    if _TREATY_WORD.search(text):
        # Giving notice is a withdrawal from a treaty ("Rusland heeft het Verdrag van Helgoland
        # opgezegd"); of a bilateral agreement it is its end, and its counterpart stays its
        # counterpart.
        matches = sorted([*matches, *_NOTICE.finditer(text)], key=lambda m: m.start())
    for m in matches:
        who: str | None = None
        named = m.groupdict().get("of") or m.groupdict().get("of2")
        if named:
            found = find_countries(named)
            who = found[0][2] if found else None
        if who is None:
            clause_start = max(text.rfind(p, 0, m.start()) for p in (",", ";", ":", ". ")) + 1
            before = [c for s, _, c in find_countries(text[clause_start : m.start()])]
            who = before[-1] if before else None
        if who is None and text[clause_start - 1 : clause_start] == ":":
            # The clause labelled by the country: "Rusland: opzegging deelname Verdrag …".
            label = find_countries(text[max(0, clause_start - 41) : clause_start - 1])
            if label and label[-1][1] == min(clause_start - 1, 40):
                who = label[-1][2]
        if who is None:
            # The subject inside the verb's parts: "heeft Rusland het verdrag verlaten".
            inside = find_countries(m.group(0))
            who = inside[0][2] if inside else None
        out.append((m.start(), m.end(), who))
    return out


def is_bilateral(text: str) -> bool:
    return bool(_BILATERAL_CUE.search(text))


@attrs.frozen
class TreatyEntry:
    """A treaty of many parties the reports name: its canonical title, the organisation that
    holds it (or None), and the forms it is written in."""

    title: str
    organisation: str | None
    forms: tuple[str, ...]


TREATIES: tuple[TreatyEntry, ...] = (
    TreatyEntry(
        "Open Skies-verdrag",
        None,
        (
            "Open Skies-verdrag",
            "Open Skies Treaty",
            "Open Skies verdrag",
            "Verdrag inzake het Open Luchtruim",
            "Open Luchtruim-verdrag",
        ),
    ),
    TreatyEntry(
        "CSE-verdrag",
        None,
        ("CSE-verdrag", "CFE-verdrag", "Verdrag inzake conventionele strijdkrachten in Europa"),
    ),
    TreatyEntry(
        "Noord-Atlantisch Verdrag",
        "NAVO",
        ("Noord-Atlantisch Verdrag", "Noord-Atlantische Verdrag", "NAVO-verdrag"),
    ),
    TreatyEntry("Non-proliferatieverdrag", None, ("Non-proliferatieverdrag", "NPV")),
    TreatyEntry("Wapenhandelsverdrag", None, ("Wapenhandelsverdrag", "Arms Trade Treaty")),
    TreatyEntry(
        "Chemische Wapenverdrag", None, ("Chemische Wapenverdrag", "Chemisch Wapenverdrag")
    ),
    TreatyEntry(
        "Verdrag van Ottawa",
        None,
        ("Verdrag van Ottawa", "Ottawa-verdrag", "Antipersoonsmijnenverdrag"),
    ),
)


@vocabulary
def _treaties() -> Lexicon[TreatyEntry]:
    return Lexicon(((form, t) for t in TREATIES for form in t.forms), after_hyphen=True)


def find_treaties(text: str) -> list[tuple[int, int, TreatyEntry]]:
    """Every named multilateral treaty in *text*: (start, end, entry)."""
    return _treaties().find(text)


# Words a title may carry that do not tell one agreement from another: every kind's forms
# (spelled out or abbreviated, so "LoI" and "Letter of Intent" read alike), articles and
# prepositions, and the generic words of a subject ("samenwerking op het gebied van").
TITLE_NOISE = frozenset(
    {
        *(w.lower() for forms in KIND_FORMS.values() for f in forms for w in re.findall(r"\w+", f)),
        "de", "het", "een", "van", "en", "in", "op", "over", "inzake", "inz", "tussen", "ter",
        "voor", "met", "bij", "tot", "aan", "te", "der", "den", "of", "for", "the", "and", "on",
        "to",
        "betreffende", "betrekking", "gebied", "samenwerking", "gezamenlijke", "gezamenlijk",
        "gemeenschappelijke", "koninkrijk", "nederlanden", "nederland", "agreement", "forces",
        "status", "intent", "understanding", "doi", "bilaterale", "nieuwe", "nieuw",
    }
)  # fmt: skip


def subject_text(title: str) -> str:
    """A title reduced to its subject for matching: lower case, hyphens and brackets opened,
    the countries it names (they are its parties), the kind's words (in any form) and the noise
    words dropped."""
    from .countries import find_countries

    for start, end, _ in reversed(find_countries(title)):
        title = title[:start] + " " + title[end:]
    text = (
        title.lower().replace("m.b.t.", " ").replace("-", " ").replace("(", " ").replace(")", " ")
    )
    return " ".join(w for w in re.findall(r"[a-zà-ÿ0-9]+", text) if w not in TITLE_NOISE)


# The small words an English name in Title Case keeps in lower case.
_TITLE_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


def _title_case(form: str) -> bool:
    """ "Status of Forces Agreement", "Policy Direction": an English name of two words or
    more, each capitalised but its small words."""
    words = form.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
        and sum(w[:1].isupper() for w in words) >= 2
    )


@vocabulary
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, AgreementKind]]:
    """The kind pattern, a cue pattern, and each form's kind.

    The kind pattern backtracks inside every word ("[\\w()]+-verdrag" is tried at each
    letter), so it is only run over text that holds a cue: a literal every match of it must
    contain (a form, the compound's tail, or an abbreviation and its hyphen).  Most sentences
    hold none; skipping them gives the same matches in a fraction of the time."""
    index: dict[str, AgreementKind] = {}
    for kind, forms in KIND_FORMS.items():
        for form in forms:
            index[form] = kind
            if form[:1].islower():
                # At the start of a sentence or a list item: "Intentiebrief m.b.t. …".
                index.setdefault(form[0].upper() + form[1:], kind)
            if _title_case(form):
                # An English name in Title Case is written in sentence case or lower case
                # too, in Dutch prose: "Status of forces agreement samen met Frankrijk",
                # "een memorandum of understanding".
                index.setdefault(form.lower(), kind)
                index.setdefault(form[0] + form[1:].lower(), kind)
    alternatives = sorted(index, key=longest_first)
    lower_first = {alt for alt in alternatives if alt[:1].islower()}
    parts = [
        # "SOFA-overeenkomst", "MoU-tekst": an abbreviation leading a compound names its kind.
        r"(?<![\w-])(?:" + "|".join(map(re.escape, KIND_PREFIXES)) + r")-[a-zà-ÿ]+"
    ]
    cues = {f"{prefix}-" for prefix in KIND_PREFIXES}
    # The forms that stand as words of their own share one look-behind (tried once at each
    # place, not once per form), longest first; a form and its capitalised twin are one
    # alternative ("[iI]ntentiebrief").
    words: list[str] = []
    closed: list[str] = []
    for alt in alternatives:
        if alt.startswith("-"):
            # "FOL-verdrag", "INCSEA-overeenkomst": the named compound is the agreement.
            parts.append(r"[\w()]+" + re.escape(alt))
            cues.add(alt)
        elif alt.startswith("~"):
            # "samenwerkingsovereenkomst", "vriendschapsverdrag": a closed compound.
            closed.append(re.escape(alt[1:]))
            cues.add(alt[1:])
        else:
            cues.add(alt)
            if alt[:1].isupper() and alt[0].lower() + alt[1:] in lower_first:
                continue  # matched by its lower-case twin's alternative
            head = f"[{alt[0]}{alt[0].upper()}]" if alt in lower_first else re.escape(alt[:1])
            words.append(head + re.escape(alt[1:]))
    parts.append(
        r"(?<![\w-])(?:" + "|".join(words) + r"|[A-Za-zà-ÿ]{3,}(?:" + "|".join(closed) + "))"
    )
    pattern = re.compile("(?:" + "|".join(parts) + r")(?!\w)")
    cue = re.compile("|".join(map(re.escape, sorted(cues, key=longest_first))))
    return pattern, cue, index


def find_agreement_kinds(
    text: str, defined: Mapping[str, AgreementKind] | None = None
) -> list[tuple[int, int, AgreementKind]]:
    """Every agreement-kind mention in *text*: (start, end, kind).  *defined* adds the
    abbreviations the document defines for itself ("PD = Policy Direction", see
    :func:`defined_kinds`)."""
    out = _known_kinds(text)
    if defined:
        own = re.compile(
            r"(?<![\w-])(?:"
            + "|".join(map(re.escape, sorted(defined, key=longest_first)))
            + r")(?![\w-])"
        )
        for m in own.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in out):
                out.append((m.start(), m.end(), defined[m.group(0)]))
        out.sort()
    return out


# Words that may name an agreement of a kind, though on their own they are not read as one:
# a plain "beleidsrichtlijn" is often a country's own policy, but a letter may also call the
# Policy Direction with another country so ("geldt de beleidsrichtlijn over munitiebeheer,
# mede met Noorwegen").  They only keep a change from being asserted: an agreement read in
# one edition whose other edition speaks of it with such a word is not shown to be new or
# gone.
MAY_NAME: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.POLICY_DIRECTION: (
        "beleidsrichtlijn",
        "beleidslijn",
        "beleidskoers",
        "beleidsrichting",
    ),
    AgreementKind.MOU: ("memorandum",),
    AgreementKind.LETTER_OF_INTENT: ("intentiebrief",),
    AgreementKind.DECLARATION_OF_INTENT: ("intentieverklaring",),
    AgreementKind.SOFA: ("statusregeling", "troepenstatus"),
}
_MAY_NAME = {
    kind: re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(words) + r")")
    for kind, words in MAY_NAME.items()
}


def kinds_maybe_named(text: str) -> set[AgreementKind]:
    """The agreement kinds *text* names (:func:`find_agreement_kinds`) or may name by a word
    not read as the kind on its own (:data:`MAY_NAME`)."""
    kinds = {kind for _, _, kind in find_agreement_kinds(text)}
    return kinds | {kind for kind, pattern in _MAY_NAME.items() if pattern.search(text)}


# An abbreviation the document defines for an agreement kind: "PD = Policy Direction",
# "PD: Policy Direction", "PD voor Policy Direction" (a list of abbreviations), "Policy
# Direction (PD)".
_ABBREVIATION = r"[A-Z][A-Za-z]{0,4}[A-Z]"
# (a legend may set a dash between them: "Afk.: DoI – Declaration of Intent; PD – Policy
# Direction")
_DEFINED_BEFORE = re.compile(
    rf"(?<![\w-])(?P<abbr>{_ABBREVIATION})\s*(?:=|:|[–—]|staat voor|\svoor)\s*"
)
_DEFINED_AFTER = re.compile(rf"\s*\((?P<abbr>{_ABBREVIATION})\)")


_MAY_DEFINE = re.compile(
    rf"(?<![\w-]){_ABBREVIATION}\s*(?:=|:|[–—]|staat voor|\svoor)|\({_ABBREVIATION}\)"
)


def defined_kinds(texts: Iterable[str]) -> dict[str, AgreementKind]:
    """The abbreviations *texts* (the sentences of an edition) define for agreement kinds the
    vocabulary has no such abbreviation for ("GBR = gezamenlijke beleidsrichtlijn" → {"GBR":
    POLICY_DIRECTION}); an abbreviation defined for two kinds is left out."""
    _, _, index = _pattern()
    found: dict[str, set[AgreementKind]] = {}
    for text in texts:
        # Most sentences define nothing: the kind pattern is only run where one may.
        if _MAY_DEFINE.search(text) is None and DEFINITIONS.search(text) is None:
            continue
        mentions = {start: (end, kind) for start, end, kind in _known_kinds(text)}
        for m in _DEFINED_BEFORE.finditer(text):
            if m.end() in mentions:
                found.setdefault(m.group("abbr"), set()).add(mentions[m.end()][1])
        for end, kind in mentions.values():
            after = _DEFINED_AFTER.match(text, end)
            if after is not None:
                found.setdefault(after.group("abbr"), set()).add(kind)
        if DEFINITIONS.search(text):
            for m in DEFINITION_ENTRY.finditer(text):
                at = m.start("meaning")
                if at in mentions and not _known_kinds(m.group("term")):
                    found.setdefault(m.group("term"), set()).add(mentions[at][1])
    return {
        abbr: next(iter(kinds))
        for abbr, kinds in found.items()
        if len(kinds) == 1 and abbr not in index and abbr not in KIND_PREFIXES
    }


def _known_kinds(text: str) -> list[tuple[int, int, AgreementKind]]:
    pattern, cue, index = _pattern()
    if cue.search(text) is None:
        return []
    agreeing = [(m.start(), m.end()) for m in _AGREEING.finditer(text)]
    out = []
    for m in pattern.finditer(text):
        word = m.group(0)
        if word.lower().endswith("akkoord") and any(s <= m.start() < e for s, e in agreeing):
            continue
        kind = index.get(word)
        if kind is None:
            prefix = word.split("-", 1)[0]
            if prefix in KIND_PREFIXES and "-" in word:
                kind = KIND_PREFIXES[prefix]
            else:
                kind = next(
                    index[s]
                    for s in sorted(index, key=longest_first)
                    if s[0] in "-~" and word.lower().endswith(s[1:])
                )
        out.append((m.start(), m.end(), kind))
    return _glossed(text, out)


# A kind's name glossed in brackets: "Intentieverklaring (Letter of Intent)", "Letter of
# Intent (intentieverklaring)", "Gezamenlijke Verklaring (Declaration of Intent)".
_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")
# Words of the English names the instruments are known by (a term of art, where the Dutch
# word may stand for more than one instrument: an "intentieverklaring" is a Letter or a
# Declaration of Intent).
_TERM_OF_ART_WORDS = frozenset(
    {
        "letter",
        "declaration",
        "intent",
        "memorandum",
        "understanding",
        "status",
        "forces",
        "agreement",
        "policy",
        "direction",
        "technical",
        "implementing",
        "arrangement",
    }
)


def _term_of_art(form: str) -> bool:
    """Whether *form* is an instrument's English name or its abbreviation ("LoI", "SOFA")."""
    words = form.split()
    if len(words) == 1 and sum(ch.isupper() for ch in form) >= 2:
        return True
    return len(words) > 1 and any(w.lower() in _TERM_OF_ART_WORDS for w in words)


def _glossed(
    text: str, found: list[tuple[int, int, AgreementKind]]
) -> list[tuple[int, int, AgreementKind]]:
    """*found* with a name and its gloss in brackets read as one mention of one agreement:
    the kind the English term of art gives when one of the two is that, else the gloss's
    (which says what the name means), at the name's place."""
    out: list[tuple[int, int, AgreementKind]] = []
    i = 0
    while i < len(found):
        start, end, kind = found[i]
        if i + 1 < len(found):
            g_start, g_end, g_kind = found[i + 1]
            opened = _GLOSS_OPEN.match(text, end)
            if (
                opened is not None
                and opened.end() == g_start
                and _GLOSS_CLOSE.match(text, g_end) is not None
            ):
                if g_kind is not kind:
                    name, gloss = _term_of_art(text[start:end]), _term_of_art(text[g_start:g_end])
                    kind = kind if name and not gloss else g_kind
                out.append((start, end, kind))
                i += 2
                continue
        out.append((start, end, kind))
        i += 1
    return out


# The kinds of arrangement that take effect when they are signed, unless the text dates them
# later: a memorandum, a declaration or letter of intent, a policy direction is no treaty
# waiting for ratification.  One the edition before called signed and this one calls in force,
# with no later date, has not changed.  (A treaty or a status-of-forces agreement enters into
# force on its own date: that step is news.)
EFFECTIVE_ON_SIGNING = frozenset(
    {
        AgreementKind.MOU,
        AgreementKind.DECLARATION_OF_INTENT,
        AgreementKind.LETTER_OF_INTENT,
        AgreementKind.POLICY_DIRECTION,
    }
)
# The date an arrangement is in force from, as the text gives it: "geldig sedert 1 juli 1968",
# "geldend vanaf 01-06-2070", "van kracht per maart 2093" (the year).
EFFECTIVE_FROM = re.compile(
    r"\b(?:geld\w*|van\s+kracht|in\s+werking|werkzaam)\s+"
    r"(?:vanaf|sedert|sinds|per|met\s+ingang\s+van)\s+[^.;()]{0,20}?\b((?:19|20|21)\d{2})\b",
    re.IGNORECASE,
)
