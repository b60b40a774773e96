"""Blocks → sections and sentences: the context every fact extractor reads from.

A section knows its title, its level, which group it falls under (strategic partners, other
partners, multilateral), and the country or organisation its heading names.  The untitled
opening is the introduction; text at the top of a fragment page whose heading is on a missing
page is filed under the country or organisation it names most, and flagged as such.
"""

from __future__ import annotations

import enum
import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from reportdiff.dates import YEAR
from reportdiff.extract import Block, BlockKind, Document, consecutive
from reportdiff.model import Source
from reportdiff.vocab import amounts as cues
from reportdiff.vocab._lexicon import longest_first
from reportdiff.vocab.countries import NETHERLANDS, country_name, find_countries, lookup_country
from reportdiff.vocab.errata import CORRECTS
from reportdiff.vocab.headings import (
    COUNTRY_HEADING_PREFIXES,
    GENERAL_CHAPTER_WORDS,
    INTRO_TITLE,
    MULTILATERAL_GROUPS,
    MULTILATERAL_HEADING_WORDS,
    NOT_PARTNER_WORDS,
    OPENING_TITLE,
    OTHER_CUE_WORDS,
    OTHER_PARTNER_GROUPS,
    PARTNER_HEADING_WORDS,
    STRATEGIC_CUE_WORDS,
    STRATEGIC_GROUPS,
)
from reportdiff.vocab.languages import in_english
from reportdiff.vocab.organisations import find_organisations, lookup_organisation

from .numbers import find_money
from .sentences import BULLETS, RECORD_KEY, split_fields, split_sentences

__all__ = [
    "ASKING",
    "OTHER_SOURCE",
    "Group",
    "SectionContext",
    "Sentence",
    "build_sections",
    "chapter_group",
    "heading_countries",
    "split_heading_number",
]

# Compiled with the module, not at the first sentence each process reads.
_AND = re.compile(r",|\s+[eé]n\s+|\s*&\s*")


class Group(enum.Enum):
    INTRO = "intro"
    STRATEGIC = "strategic"
    OTHER = "other"
    MULTILATERAL = "multilateral"
    # Any other chapter ("4. Inzet in missies en operaties", "Bijlage"): its sub-headings are
    # not partners, even when they name a country.
    GENERAL = "general"


@attrs.frozen
class Sentence:
    text: str
    page: int
    page_label: str | None
    section: int  # index into the sections
    # The country whose record this sentence is a field of ("Land: Duitsland" then "Status:
    # strategisch partner", "Begroting (2099): …"), within the section; None for prose.
    record: str | None = None
    # The field's label when the sentence is one ("Status", "Begroting (2099)").
    label: str | None = None
    # The premise of the question after it ("Over Frankrijk gaat het verhaal dat het 78
    # miljard uitgaf. Klopt dat?"), or what a member of parliament says in a debate: asked
    # or claimed, not stated.
    asked: bool = False
    # The country the paragraph is led by as a label ("Verenigd Koninkrijk: mariniers; …"),
    # when it is prose: whose figure an amount is that names no country.  Not a record: the
    # paragraph says nothing of a partnership by being led so ("Zuid-Korea: vervallen").
    lead: str | None = None
    # Whether the sentence goes on with another source that the sentence before it names
    # ("Wie andere bronnen raadpleegt, vindt soms een hoger getal. Zo schat …"): its figures
    # are that source's, not the report's.
    cited: bool = False

    def source(self) -> Source:
        return Source(page=self.page, page_label=self.page_label, text=self.text)

    @property
    def question(self) -> bool:
        """Whether the sentence asks rather than states ("Kan de minister bevestigen dat
        Rusland … geen enkele rol speelt …?"), tells what someone asked ("De leden van de
        fractie vragen of Rusland als partner mag gelden.", "… informeren naar de uitgaven van
        Australië."), or passes on hearsay ("Men zegt dat men op 2,5% bbp mikt", "Kranten
        hier beweren: België zou … een intentieverklaring willen tekenen"): what it names is
        not the report's fact, whatever the answer says.  So is a sentence that corrects the
        text (an erratum: "Abusievelijk werd Finland … strategisch partner genoemd", "… onjuist
        vermeld als 895 miljoen euro; het juiste bedrag is …"): it names the mistake beside
        the right reading, and the corrected text states the fact."""
        return self.asked or _asks(self.text)


@functools.lru_cache(maxsize=8192)
def _asks(text: str) -> bool:
    """Whether *text* asks, tells what someone asked, passes on hearsay or corrects (see
    :attr:`Sentence.question`).  Cached: every kind of fact asks it of every sentence."""
    return (
        text.rstrip(' "”’)').endswith("?")
        or bool(_REPORTED_QUESTION.search(text))
        or bool(_HEARSAY.search(text))
        or bool(CORRECTS.search(text))
    )


# Hearsay: what the writer passes on without vouching for it, from no one named ("Men zegt
# dat …", "Kranten hier beweren: …", "Het gerucht gaat dat …", "volgens de pers …", "dat is
# gangpraat").  Not a source the writer names and relies on ("volgens het Duitse
# ministerie", "Noorwegen meldt"), nor "naar verluidt" alone, with which a writer passes on
# a figure as reported ("Naar verluidt besteedt Duitsland in 2041 € 77,3 miljard aan
# defensie", read as the budget by the author who wrote it).
_HEARSAY = re.compile(
    # rumour named as such: "het gerucht gaat", "geruchten", "gangpraat", "in de wandelgangen"
    # (also in compounds: "wandelganggeruchten spreken over verkenning")
    r"\b\w*gerucht(?:en)?\b|\broddels?\b|\b\w*gangpraat\b|\bwandelgang\w*|\brumou?rs?\b|"
    r"\bnaar\s+(?:het\s+schijnt|men\s+zegt)\b|"
    r"\bmen\s+(?:zegt|zei|beweert|beweerde|fluistert|fluisterde|vertelt|vertelde)\b|"
    # the press as the only source: "Kranten hier beweren: …", "volgens de pers"
    r"\b(?:kranten|krant|media|pers|(?:een|enkele|sommige)\s+persberichte?n?)\b[^.;:!?]{0,40}?"
    r"\b(?:beweren|beweert|beweerden|melden|meldt|suggereren|suggereert|speculeren|"
    r"speculeert|fluisteren|schreef|schreven|schrijft|schrijven|becijferde|becijferden)\b|"
    r"\bvolgens\s+(?:de\s+|het\s+|sommige\s+|lokale\s+)?(?:pers|kranten|krant|media)\b",
    re.IGNORECASE,
)


# A question that asks whether what was just said is so: "Klopt dat?", "Is dat juist?",
# "Klopt die informatie?".  The sentence before it is its premise.
_CONFIRMATION = re.compile(
    r"^\W*(?:klopt|klopten|is|was|zijn|waren)\s+(?:dat|dit|het|die|deze)\b[^?.!]{0,40}\?\W*$"
    # the word alone: "Juist?", "Klopt?", "Correct?", "Waar?"
    r"|^\W*(?:juist|klopt|correct|waar|echt|terecht)\s*\?\W*$",
    re.IGNORECASE,
)


# A speaker's turn in a transcript ("De heer Van Dam (Liberaal Verbond): …", "Mevrouw X (Y):",
# "Minister Y: …", "De voorzitter: …").  A member of parliament claims and asks; the
# government states; the chair leads the debate.  Only the government's words are the report's.
# A transcript's time stamp may stand before the speaker ("16.14 uur Mevrouw …: …").
_STAMP = r"^\W*(?:\d{1,2}[.:]\d{2}\s+uur\s+)?"
_MEMBER_TURN = re.compile(
    _STAMP + r"(?:De\s+heer|Mevrouw|Mw\.|Dhr\.)\s+[A-Z][\w'’. -]{1,40}?\s*\([^()]{1,40}\)\s*:"
)
_GOVERNMENT_TURN = re.compile(
    _STAMP + r"(?:(?:De\s+)?(?:minister|staatssecretaris|bewindspersoon)\b[^:.]{0,40}"
    r"|(?:Minister|Staatssecretaris)\s+[A-Z][\w'’. -]{1,40}?)\s*:",
    re.IGNORECASE,
)
_CHAIR_TURN = re.compile(_STAMP + r"(?:De\s+)?(?:voorzitter|griffier)\s*:", re.IGNORECASE)
_NOTE_START = re.compile(r"^\s*\d{1,2}[.)]?\s+[A-Z]")


def mark_speakers(sections: list[SectionContext]) -> None:
    """In a transcript (two or more members' turns), mark every sentence a member of
    parliament or the chair speaks as not stated ("En als ik het goed heb, besteedt Duitsland
    maar 69,4 miljard euro aan defensie"): the minister's answer states the facts.  A turn
    lasts until the next speaker's."""
    sentences = [x for section in sections for x in section.sentences]
    if sum(1 for x in sentences if _MEMBER_TURN.match(x.text)) < 2:
        return
    for section in sections:
        # A heading ends the turn (an annex, the minister's next block of answers), and so
        # does a note ("1. Schriftelijk nagezonden: …"): neither is anyone's speech.
        speaking: str | None = None
        out = []
        for sentence in section.sentences:
            if _NOTE_START.match(sentence.text):
                speaking = None
            if _MEMBER_TURN.match(sentence.text):
                speaking = "member"
            elif _GOVERNMENT_TURN.match(sentence.text):
                speaking = "government"
            elif _CHAIR_TURN.match(sentence.text):
                speaking = "chair"
            if speaking in ("member", "chair") and not sentence.asked:
                sentence = attrs.evolve(sentence, asked=True)
            out.append(sentence)
        section.sentences = out


def mark_premises(sentences: list[Sentence]) -> list[Sentence]:
    """*sentences*, the premise of each confirmation question marked asked."""
    out = list(sentences)
    for i in range(1, len(out)):
        if _CONFIRMATION.match(out[i].text) and not out[i - 1].question:
            out[i - 1] = attrs.evolve(out[i - 1], asked=True)
    return out


# A question told rather than asked: a verb of asking, then (in the same clause) the word that
# opens what is asked: "vragen of", "willen weten welke", "informeren hoe", "vragen ook naar".
# A request ("verzoeken om"), and the noun ("de vraag welke"), are no question.
_ASKING = (
    r"\b(?:vra(?:agt|gen)|vroeg(?:en)?|informe(?:ert|ren|erde|erden)|"
    r"(?:wil|willen|wilde|wilden)\s+(?:graag\s+|nog\s+)?weten|"
    r"(?:vraagt|vragen|vroeg|vroegen)\s+zich\s+af|"
    # "wordt gevraagd hoe", "wenst te vernemen of", "vernemen graag of", "zijn benieuwd
    # hoe", "Bij de fractie leeft de vraag of" (the noun alone, "de vraag welke", is none)
    r"(?:wordt|werd|worden|werden)\s+(?:\w+\s+)?gevraagd|"
    r"(?:wens\w*|wil\w*)\s+(?:graag\s+|nog\s+)?te\s+vernemen|"
    r"verne(?:emt|men)\s+graag|"
    r"(?:is|zijn|was|waren)\s+(?:\w+\s+)?benieuwd|"
    r"(?:leeft|rijst|leefde|rees)\s+de\s+vraag)\b"
)
_REPORTED_QUESTION = re.compile(
    _ASKING + r"[^.;:?!]{0,60}?\b(?:of|welke?|wat|hoe|hoeveel|waarom|wanneer|wie|waar)\b"
    r"|" + _ASKING + r"(?:\s+(?:ook|nog|verder|tevens))?\s+naar\b",
    re.IGNORECASE,
)


@attrs.define
class SectionContext:
    title: str
    level: int
    group: Group
    heading_found: bool
    heading_block: Block | None
    countries: tuple[str, ...] = ()
    organisation: str | None = None
    blocks: list[Block] = attrs.field(factory=list)
    sentences: list[Sentence] = attrs.field(factory=list)
    # Its sentences in English, set apart (see vocab.languages): read for nothing but the
    # papers they cite, whose dossier and number need no language.
    english: list[Sentence] = attrs.field(factory=list)
    # Its countries or organisation are those of the section it is a part of (a sub-heading
    # under a country's heading), not named by its own heading.
    inherited: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def country(self) -> str | None:
        return self.countries[0] if len(self.countries) == 1 else None


# The article a country's name takes in running text: "Betrekkingen met het Verenigd
# Koninkrijk", "De Verenigde Staten".
_ARTICLE = re.compile(r"^(?:het|de)\s+(?=\S)", re.I)


_TRAILING_YEAR = re.compile(r"\s+\(?" + YEAR + r"(?:\s?[/–-]\s?\d{2,4})?\)?\s*:?$")


def heading_countries(title: str) -> tuple[str, ...]:
    """The countries a heading names: "Frankrijk" → FR; "België en Luxemburg" → BE, LU;
    "Relatie met Duitsland" → DE."""
    lowered = title.casefold()
    for prefix in sorted(COUNTRY_HEADING_PREFIXES, key=longest_first):
        if lowered.startswith(prefix + " "):
            # A year after the country is the one the table or sheet is of.
            title = _TRAILING_YEAR.sub("", title[len(prefix) + 1 :]).strip()
            break
    whole = lookup_country(_ARTICLE.sub("", title))
    if whole:
        return (whole,)
    parts = [p.strip() for p in _AND.split(title) if p.strip()]
    codes = [lookup_country(_ARTICLE.sub("", p)) for p in parts]
    if parts and all(codes):
        return tuple(c for c in codes if c)
    halves = _TRANSLATED.split(title)
    if len(halves) == 2:
        # A bilingual heading, the translation after a slash ("België / Belgium", "Canada /
        # Canada"): the country the first half names, unless the second names another one
        # ("Duitsland / Frankrijk" is no translation).
        first, second = heading_countries(halves[0]), heading_countries(halves[1])
        return first if first and set(second) <= set(first) else ()
    head = _SUBTITLE.split(title, maxsplit=1)[0]
    if head != title:
        # "België — bijdrage uit Brussel", "Duitsland: de motor van Europa": the countries
        # the heading opens with, its subtitle set apart by a dash or a colon.
        return heading_countries(head)
    return ()


# A heading that opens on a quotation mark: a pull quote.
_PULL_QUOTE = re.compile(r"^\W{0,2}['‘’\"“”„«]")
# A text that asks: labelled as a question ("Vraag: …", "Vraag 3: …", "Vraag 12. …"), or
# ending in a question mark (a heading, a mission's line).
ASKING = re.compile(r"^\s*Vraag\s*\d*\s*[:.]|\?[\"”’)]*\s*$")
# What sets a heading's subtitle apart from what it opens with: a dash between spaces, or a
# colon ("België — bijdrage uit Brussel", "Duitsland: een jaar van oefenen").
_SUBTITLE = re.compile(r"\s+[–—-]\s+|:\s+")
# A heading's translation, after a slash set between spaces.
_TRANSLATED = re.compile(r"\s+/\s+")


# A heading's number: "2.", "2.1", "3.2.1", "12." (not a year: "2041 in het kort"); a letter
# or a roman numeral with a dot: "A.", "A.1", "II.", "II.3"; "(a)", "a)", "§ 3".  A letter or
# roman numeral needs its dot, so that "EU-missies" or "V-22" keeps its first word.
_HEADING_NUMBER = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2})*\.?"
    r"|(?:[A-Z]|[IVX]{1,4})\.(?:\d{1,2}(?:\.\d{1,2})*\.?)?"
    r"|\(?[a-z]\)"
    r"|§\s?\d{1,2}(?:\.\d{1,2})*)"
    r"\s+(?=\S)"
)


def split_heading_number(title: str) -> tuple[str, int]:
    """A heading without its number, and the number's depth (0 when unnumbered):
    "2.1 België" → ("België", 2); "3. Strategische partners" → ("Strategische partners", 1)."""
    text = " ".join(title.split())
    m = _HEADING_NUMBER.match(text)
    if m is None:
        return text, 0
    # Depth is the number of parts: "A." and "2" are 1, "A.1" and "2.1" are 2.
    parts = [p for p in re.split(r"\.", m.group("num").strip("()§ ")) if p]
    return text[m.end() :], max(1, len(parts))


def _norm(title: str) -> str:
    return title.casefold().rstrip(" .:")


_GROUPS = {
    **{_norm(t): Group.STRATEGIC for t in STRATEGIC_GROUPS},
    **{_norm(t): Group.OTHER for t in OTHER_PARTNER_GROUPS},
    **{_norm(t): Group.MULTILATERAL for t in MULTILATERAL_GROUPS},
    _norm(INTRO_TITLE): Group.INTRO,
}


# A table's column header: two or more labels, each starting with a capital ("Veld Gegeven",
# "Land Jaar Bedrag Wijz./bbp").
_COLUMN_HEADER = re.compile(r"[A-ZÀ-Þ]\S*(?:\s+[A-ZÀ-Þ]\S*)+")


def _only_a_caption(section: SectionContext) -> bool:
    """Whether *section* holds nothing, or one short line that is no sentence (a table's
    caption, "Fiche Duitsland")."""
    if not section.blocks:
        return True
    if len(section.blocks) > 1:
        return False
    text = section.blocks[0].text.strip()
    return len(text) <= 80 and not text.endswith((".", "!", "?", ":"))


# A heading that opens with the noun for partners itself ("Partnerlanden per regio",
# "Partners in de regio"), or for countries ("Projectlanden", "Landen met projectmatige
# samenwerking"): about the partners, not about their budgets or agreements ("Defensie-
# uitgaven der partnerlanden", "Partnerbudgetten").
_PARTNERS_NOUN = re.compile(r"^\W*(?:de\s+)?(?:partners|\w*landen)\b", re.IGNORECASE)


# What may stand between the organisations a heading lists ("EU, VN en NAVO").
_LIST_WORDS = re.compile(r"(?:[\s,;/&+]|\b(?:[eé]n|de|het|of)\b)*")
_LIST_SEPARATORS = re.compile(r"[\s,;/&+]+|\b(?:[eé]n|de|het|of)\b")


def _organisations_only(title: str) -> bool:
    """Whether *title* lists two or more organisations and nothing else ("EU, VN en NAVO"):
    a heading about them, as one organisation's name is.  One more name among them, a
    capitalised word alone, is a third the vocabulary does not know by that name ("NAVO;
    Unie; VN")."""
    found = find_organisations(title)
    if len(found) < 2:
        return False
    rest, at = [], 0
    for start, end, _ in found:
        rest.append(title[at:start])
        at = end
    rest.append(title[at:])
    others = [part for part in rest if not _LIST_WORDS.fullmatch(part)]
    if not others:
        return True
    if len(others) > 1:
        return False
    words = _LIST_SEPARATORS.sub(" ", others[0]).split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].isalpha()


# A chapter's heading is a title: longer than this many words, it is a sentence set large.
_CHAPTER_MAX_WORDS = 16


def chapter_group(title: str) -> Group | None:
    """The chapter a heading opens: by the known group headings, else by its words."""
    known = _GROUPS.get(_norm(title))
    if known is not None:
        return known
    lowered = title.casefold()
    words = re.findall(r"[\w-]+", lowered)
    if len(words) > _CHAPTER_MAX_WORDS:
        # Set large but no title: a magazine's lede ("Oefenen, inkopen, uitzenden: Defensie
        # deed het in 2083 bijna nooit meer in haar eentje. Een rondgang langs de partners.
        # …"), whose words open no chapter.
        return None
    if any(w in lowered for w in MULTILATERAL_HEADING_WORDS):
        return Group.MULTILATERAL
    named = lowered
    for name in NOT_PARTNER_WORDS:
        named = named.replace(name, " ")
    if not any(w in named for w in PARTNER_HEADING_WORDS):
        return None
    set_apart = any(w.startswith(OTHER_CUE_WORDS) for w in words)
    if any(w.startswith(STRATEGIC_CUE_WORDS) for w in words) and not set_apart:
        return Group.STRATEGIC
    if set_apart:
        return Group.OTHER
    return None


def _general_chapter(title: str) -> bool:
    words = set(re.findall(r"\w+", title.casefold()))
    return bool(words & GENERAL_CHAPTER_WORDS)


def _dominant(text: str) -> tuple[str | None, str | None]:
    """The country, or else the organisation, that *text* names most (at least twice, and
    more than any other)."""
    countries = Counter(code for _, _, code in find_countries(text) if code != NETHERLANDS)
    orgs = Counter(code for _, _, code in find_organisations(text))
    for counter, kind in ((countries, "country"), (orgs, "org")):
        common = counter.most_common(2)
        if common and common[0][1] >= 2 and (len(common) == 1 or common[0][1] > common[1][1]):
            return (common[0][0], None) if kind == "country" else (None, common[0][0])
    return None, None


class _Owner(NamedTuple):
    countries: tuple[str, ...]
    organisation: str | None
    block_level: int


def build_sections(doc: Document, warnings: list[str]) -> list[SectionContext]:
    """Group the document's blocks into sections, with their sentences."""
    pages = {p.number: p for p in doc.pages}
    sections: list[SectionContext] = []
    group = Group.INTRO
    prev_block: Block | None = None
    fragment_starts: list[int] = []
    # Where the strategic partners' chapter opened (the index of its heading's section).
    strategic_at: int | None = None
    # The last heading that named a country or an organisation, with its typographic level:
    # headings set smaller after it are its parts.
    owner: _Owner | None = None
    # Headings that come back in the document, under each country ("Afspraken"): parts of
    # the sections they stand in.
    titles = Counter(
        _norm(split_heading_number(b.text)[0]) for b in doc.blocks if b.kind is BlockKind.HEADING
    )
    recurring = {title for title, count in titles.items() if count > 1}
    # The numbered headings that opened a partner category in force, each with the group
    # before it: a heading numbered as deep or shallower that opens no group of its own and
    # names no country or organisation closes them ("3.2 Tweede ring" after "3.1 Strategische
    # partners" is no part of the strategic partners' chapter, and its countries are not
    # strategic).
    opened: list[tuple[int, Group]] = []
    for block in doc.blocks:
        # A fragment starts where the text jumps FORWARD over missing pages.  A block on an
        # earlier page than the one before it (the footnotes of a page, set after the
        # paragraph that runs on to the next page) is no jump.
        new_fragment = (
            prev_block is not None
            and block.page > (prev_block.pages[-1] if prev_block.pages else prev_block.page)
            and not consecutive(
                pages.get(prev_block.pages[-1] if prev_block.pages else prev_block.page),
                pages.get(block.page),
            )
        )
        if block.kind is BlockKind.HEADING:
            title, depth = split_heading_number(block.text)
            # A question set as a heading ("Vraag 12: Wat besteedt Nederland zelf? …"), or a
            # label that comes back three times or more ("Antwoord" under every question):
            # an item of the text, no chapter's title.
            item = ASKING.search(title) is not None or titles[_norm(title)] >= 3
            g = None if item else chapter_group(title)
            if (
                g is None
                and strategic_at is not None
                and any(s.blocks for s in sections[strategic_at:])
                and _PARTNERS_NOUN.match(title)
                # (not the second word of "STRATEGISCHE" over "PARTNERS", a running label
                # set over two lines with nothing between them)
                and not (
                    sections[-1].heading_found
                    and not sections[-1].blocks
                    and sections[-1].title.casefold().startswith(STRATEGIC_CUE_WORDS)
                )
            ):
                # "Partnerlanden per regio" after the strategic partners' chapter: the
                # others' chapter, as "Overige partnerlanden" would be.  Not before that
                # chapter has any text: "STRATEGISCHE" over "PARTNERS" is its title set over
                # two headings.
                g = Group.OTHER
            if g is Group.STRATEGIC:
                strategic_at = len(sections)
            org = lookup_organisation(title)
            orgs = org is not None or _organisations_only(title)
            countries = () if orgs else heading_countries(title)
            own_words = bool(countries) or org is not None  # named by the heading itself
            # A pull quote set large ("'Met 250 mensen bij missie Zeeleeuw tellen we echt
            # mee'"): a quotation from the text around it, no heading of a chapter or part.
            quoted = _PULL_QUOTE.match(title) is not None
            sub = (
                g is None
                and not orgs
                and not countries
                and owner is not None
                and (block.level > owner.block_level or _norm(title) in recurring or quoted)
            )
            if sub and owner is not None:
                # A heading set smaller than the country's or organisation's heading before
                # it ("Denemarken" in bold, then "Afspraken" in italics), or one that comes
                # back under every country ("Samenwerking", "Afspraken", set as large as the
                # countries' own): a part of that section, about the same country, never a
                # chapter of its own.
                countries, org = owner.countries, owner.organisation
                orgs = org is not None
            elif (
                g is None
                and not orgs
                and not countries
                and not quoted
                and not item
                # (a sentence set large, a magazine's lede, is no chapter's title)
                and len(re.findall(r"[\w-]+", title)) <= _CHAPTER_MAX_WORDS
                and (depth == 1 or _general_chapter(title))
            ):
                # A chapter the parser has no group for ends the partner chapters.
                g = Group.GENERAL
            if depth:
                closed = [entry for entry in opened if entry[0] >= depth]
                opened = [entry for entry in opened if entry[0] < depth]
                if closed and g is None and not sub and not countries and not orgs:
                    group = closed[0][1]
                if g in (Group.STRATEGIC, Group.OTHER):
                    opened.append((depth, group))
            if g is not None:
                group = g
            if orgs and (
                group in (Group.STRATEGIC, Group.OTHER, Group.INTRO)
                # A numbered chapter that lists organisations ("4. NAVO; Unie; VN") opens the
                # multilateral chapter after any other, a budget chapter's too; so does one
                # unnumbered after a general chapter ("Tabel 1. Afspraken" and its rows, then
                # "NATO, EU, UN / NAVO, Europese Unie, VN").
                or (
                    org is None
                    and _organisations_only(title)
                    and (depth == 1 or group is Group.GENERAL)
                )
            ):
                group = Group.MULTILATERAL
            level = 1 if g is not None else 2
            parent = sections[-1] if sections else None
            if (
                g is None
                and org is None
                and not countries
                and _COLUMN_HEADER.fullmatch(title)
                and parent is not None
                and parent.heading_found
                and parent.countries
                and _only_a_caption(parent)
                and parent.organisation is None
            ):
                # A table's column header set as a heading right under a country's, with
                # nothing between them but the table's caption ("Duitsland", "Fiche
                # Duitsland", then "Veld Gegeven" over the rows): the table is the country's.
                # (Not a sub-heading in words, "Capaciteiten en aanschaf": the notes at the
                # foot of its page may be any country's.)
                countries = parent.countries
            own_group = group
            if (
                g is None
                and not orgs
                and not countries
                and not sub
                and group in (Group.STRATEGIC, Group.OTHER, Group.INTRO)
                and find_organisations(title)
                and not find_countries(title)
            ):
                # A heading in a partner chapter that names organisations and no country
                # ("NAVO blijft hoeksteen", a slide's title): its own text is about them; the
                # chapter goes on after it.
                own_group = Group.MULTILATERAL
            sections.append(SectionContext(title, level, own_group, True, block, countries, org))
            sections[-1].inherited = sub
            if g is not None:
                owner = None  # a chapter: what came before it owns nothing after it
            elif own_words:
                owner = _Owner(countries, org, block.level)
            elif not sub:
                owner = None  # a heading of its own, about no one: the section before ended
        elif not sections:
            # The untitled opening is the introduction, unless an "Inleiding" heading follows,
            # in which case it is the letter's opening words (the "aanhef").
            has_intro = any(
                b.kind is BlockKind.HEADING
                and chapter_group(split_heading_number(b.text)[0]) is Group.INTRO
                for b in doc.blocks
            )
            title = OPENING_TITLE if has_intro else INTRO_TITLE
            sections.append(SectionContext(title, 1, Group.INTRO, False, None))
            sections[-1].blocks.append(block)
        elif new_fragment:
            fragment_starts.append(len(sections))
            sections.append(
                SectionContext(f"(vervolg, pagina {block.page})", 2, group, False, None)
            )
            sections[-1].blocks.append(block)
        else:
            sections[-1].blocks.append(block)
        prev_block = block

    for index in fragment_starts:
        section = sections[index]
        country, org = _dominant(section.text)
        page = section.blocks[0].page
        if country is not None:
            section.title, section.countries = country_name(country), (country,)
        elif org is not None:
            section.title, section.organisation = org, org
            section.group = Group.MULTILATERAL
        else:
            warnings.append(
                f"page {page} begins without a heading and names no one country or "
                "organisation most; its text is filed under an untitled section"
            )
            continue
        warnings.append(
            f"page {page} begins without its heading (on a missing page); its text is filed "
            f"under '{section.title}', which it names most"
        )

    for i, section in enumerate(sections):
        record: str | None = None  # the record whose fields run on, over blocks and pages
        # The country named by a line of its own above the paragraphs (a heading the layout
        # did not tell apart: underlined on paper, lost in a scan's text layer), until the next
        # such line or a paragraph that names another country.
        caption: str | None = None
        for block in _key_figures(section.blocks):
            named = caption_country(block.text)
            if named is not None:
                caption = named
            elif caption is not None and _names_another(block.text, caption):
                caption = None
            fields = split_fields(block.text, running=record is not None)
            if fields is None:
                record = None
                # A paragraph led by a country and a colon ("Verenigd Koninkrijk: mariniers;
                # … Defensiebudget 1931-1932: GBP 63,5 mld") is about that country to its end,
                # or to the next sentence led so.
                lead: str | None = caption
                # Whether the sentence before (in this paragraph) names another source.
                sourced = False
                for offset, said in split_sentences(block.text):
                    page = block.page_at(offset)
                    label = pages[page].label if page in pages else block.page_label
                    if in_english(said):
                        # A translation beside the Dutch text, or an English quotation: not
                        # read for facts (see vocab.languages).
                        section.english.append(Sentence(said, page, label, i))
                        continue
                    # An answer's run-in label ("Antwoord Strategisch: België, …"): the
                    # sentence is what follows it.
                    text = _ANSWER_LABEL.sub("", said, count=1)
                    lead = lead_country(text) or (None if ends_a_lead(text) else lead)
                    cited = sourced and _SOURCE_GOES_ON.match(text) is not None
                    sourced = cited or OTHER_SOURCE.search(text) is not None
                    section.sentences.append(Sentence(text, page, label, i, lead=lead, cited=cited))
                continue
            for offset, name, field in fields:
                if RECORD_KEY.fullmatch(name):
                    record = _record_country(field[field.index(":") + 1 :])
                # A field's value may hold sentences of its own: each is read apart, the
                # first with the field's label.
                for at, text in split_sentences(field):
                    page = block.page_at(offset + at)
                    label = pages[page].label if page in pages else block.page_label
                    named = name if at == 0 else None
                    section.sentences.append(Sentence(text, page, label, i, record, named))
        section.sentences = mark_premises(section.sentences)
    english = sum(len(section.english) for section in sections)
    if english:
        warnings.append(
            f"{english} sentence(s) in English (a translation beside the Dutch text, or a "
            "quotation) were not read for facts"
        )
    mark_speakers(sections)
    return sections


# The run-in label of an answer to a written question: "Antwoord", "Antwoord 12", "Antw.",
# with or without a colon, before the answer's first capital.
_ANSWER_LABEL = re.compile(r"^\s*(?:Antwoord(?:\s+\d{1,3})?|Antw\.)\s*[:.–—-]?\s+(?=[A-ZÀ-Ý])")


# A source other than the ministry, named: its estimates are not the report's figures (read
# here for the sentence after it, and in budgets for the clause it stands in).
OTHER_SOURCE = re.compile(r"\b(?:" + "|".join(cues.OTHER_SOURCES) + ")", re.IGNORECASE)
_SOURCE_GOES_ON = re.compile(r"^\W*(?:" + "|".join(cues.SOURCE_GOES_ON) + ")", re.IGNORECASE)

# What may stand before a paragraph's lead country: a bullet, "(samen) met", an article.
_LEAD_BEFORE = re.compile(r"[\s•▪◦·*–—-]*(?:(?:samen\s+)?met\s+)?(?:(?:het|de)\s+)?", re.IGNORECASE)


def lead_country(text: str, run_in: bool = True) -> str | None:
    """The country that leads a paragraph's next sentences, as a label before a colon at the
    start of the sentence or of a part of it ("Zuid-Korea: …" → KR; "Budgetcijfers: tabel 1.
    Verenigde Staten: onderhoud F-35" → US, the split the sentence splitter did not make); the
    last such label counts; or a sentence that is a country's name alone, a run-in head
    ("Duitsland. Uitgaven 1921: 76,8 miljard euro": the sentences after it are Germany's),
    unless not *run_in* (a run-in head says nothing of the country itself).  None when there
    is none."""
    tail = _last_item(text) if run_in else ""
    if tail and len(tail) <= _RUN_IN_CHARS and (head := _run_in_head(tail)) is not None:
        return head
    if ":" not in text:
        return None  # most sentences: no label at all
    lead = None
    for at in (0, *(m.end() for m in _PART_START.finditer(text))):
        colon = text.find(":", at, at + 80)
        if colon < 0:
            continue
        if text.count("(", 0, at) > text.count(")", 0, at):
            continue  # an aside in brackets ("…; Canada: 2,2%)") leads nothing
        found = find_countries(text[at : colon + 1])
        if not found:
            continue
        start, end, code = found[0]
        after = text[at + end : at + end + 3].lstrip()
        if _LEAD_BEFORE.fullmatch(text[at : at + start]) and after.startswith(":"):
            lead = code
    return lead


# A run-in head is a country's name and its full stop: a few words at most.
_RUN_IN_CHARS = 40
_RUN_IN_END = re.compile(r"\s*\.\s*")


# A list item's mark inside a sentence the splitter did not cut ("… haalt: 6. • Nederland."),
# or a numbered run-in head after the sentence before it ("Voor 2049 gold nog € 8,19 mld. 4.5
# Finland.", the abbreviation's full stop taken for one inside the sentence).
_ITEM_MARK = re.compile(
    r"\s[" + BULLETS + r"·]\s|(?<=[.!?:])\s+(?=\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÀ-Ý])"
)
# A run-in head of a topic, not a country: a word or three and a full stop ("• Norm.",
# "Meerjarig.", "• Afspraken."): what follows is about it, no longer about the country before.
_TOPIC_HEAD = re.compile(r"[\s" + BULLETS + r"·*–—-]*[A-ZÀ-Ý][^\W\d_]*(?:[\s-][^\W\d_]+){0,2}\s*\.")


def _last_item(text: str) -> str:
    marks = list(_ITEM_MARK.finditer(text))
    return text[marks[-1].end() :] if marks else text


def ends_a_lead(text: str) -> bool:
    """Whether *text* ends with a run-in head of a topic that is no country: the country a
    paragraph was led by leads no further."""
    tail = _last_item(text)
    return bool(_TOPIC_HEAD.fullmatch(_past_number(tail))) and _run_in_head(tail) is None


def _run_in_head(text: str) -> str | None:
    text = _past_number(text)
    found = find_countries(text)
    if len(found) != 1:
        return None
    start, end, code = found[0]
    if _LEAD_BEFORE.fullmatch(text, 0, start) and _RUN_IN_END.fullmatch(text, end):
        return code
    return None


# A key figure's label: short, after the figure on its own.
_LABEL_CHARS = 80
_KEY_LABELS = 2


def _key_figures(blocks: Sequence[Block]) -> Iterator[Block]:
    """*blocks*, each key figure set as a paragraph of its own ("€ 55,4 mld") read with the
    short labels under it ("Franse defensiebegroting 2028-’29", "1,7% bbp-aandeel") as one
    paragraph, as a reader reads a tile of big numbers over small text.  A figure alone says
    nothing: whose, of what year, it is its label that says."""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        labels: list[Block] = []
        above = blocks[i - 1] if i > 0 else None
        if (
            block.kind is BlockKind.PARAGRAPH
            and _lone_figure(block.text)
            and not (above is not None and _short_label(above))
        ):
            for nxt in blocks[i + 1 : i + 1 + _KEY_LABELS]:
                if (
                    nxt.kind is not BlockKind.PARAGRAPH
                    or nxt.page != block.page
                    or nxt.page_starts
                    or len(nxt.text) > _LABEL_CHARS
                    or find_money(nxt.text)
                ):
                    break
                labels.append(nxt)
        if labels and not block.page_starts:
            yield attrs.evolve(block, text=" ".join([block.text, *(b.text for b in labels)]))
            i += 1 + len(labels)
            continue
        yield block
        i += 1


def _short_label(block: Block) -> bool:
    """Whether *block* may be a label set above the figure under it ("Luxemburg (2191)" over
    "€ 644 mln"): short, no sentence, no amount.  Then which label a figure has is not
    clear, and none is guessed."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(text) <= _LABEL_CHARS
        and not text.endswith((".", "!", "?", ":"))
        and not find_money(text)
    )


def _lone_figure(text: str) -> bool:
    """Whether *text* is an amount and nothing else ("€ 55,4 mld", "NOK 93,3 mld")."""
    found = find_money(text)
    return len(found) == 1 and not (text[: found[0].start] + text[found[0].end :]).strip(" .")


def caption_country(text: str) -> str | None:
    """The country a paragraph is nothing but the name of ("Duitsland", "het Verenigd
    Koninkrijk", an item's "• Canada (overig partnerland)" over its sub-items), or None."""
    # A section's number may open it, as a heading's does ("4.4 Finland."): read past it.
    text = _past_number(text)
    if len(text) > 40 or any(ch.isdigit() for ch in text):
        return None
    found = find_countries(text)
    if len(found) != 1:
        return None
    start, end, code = found[0]
    if not _LEAD_BEFORE.fullmatch(text[:start]) or not _CAPTION_AFTER.fullmatch(text, end):
        return None
    return code


# A section's number before a run-in head or a caption: "4.4 " in "4.4 Finland.".
_SECTION_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?")


def _past_number(text: str) -> str:
    number = _SECTION_NUMBER.match(text)
    return text[number.end() :] if number else text


# After a caption's country: a short qualifier in brackets at most ("(overig partnerland)").
_CAPTION_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\))?[\s.:]*")


def _names_another(text: str, country: str) -> bool:
    """Whether a paragraph names a country and not *country*: it is about another.  A country
    named in brackets is an aside ("– SOFA inzake satellietverbindingen (ook met Litouwen)"
    under "• België"), not the paragraph's subject."""
    codes = {code for _, _, code in find_countries(_BRACKETED.sub(" ", text))}
    return bool(codes) and country not in codes


_BRACKETED = re.compile(r"\([^()]*\)")


# Where a part of a sentence may begin that the splitter left joined to the one before: after
# a number's full stop, which it takes for an ordinal ("tabel 1. Verenigde Staten: …"), or a
# semicolon.  Not after an abbreviation's ("vgl. Duitsland: 2,9% bbp" compares).
_PART_START = re.compile(r"(?:(?<=\d)\.|;)\s+")


def _record_country(value: str) -> str | None:
    """The country a record's country field names: the value is that country's name (and
    perhaps a remark after it), nothing else."""
    found = find_countries(value)
    if not found or value[: found[0][0]].strip(" ,-–—") or len({c for _, _, c in found}) > 1:
        return None
    return found[0][2]
