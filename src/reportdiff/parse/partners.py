"""Partner countries: what the text says about them, then the chapter structure.

1. **Enumerations.**  A sentence that speaks of partners ("strategische partners",
   "strategisch partnerschap", "overige partnerlanden", "andere partners") and enumerates
   countries ("België en Luxemburg, Duitsland, het Verenigd Koninkrijk") makes each of them a
   partner, of the category of the nearest partner cue in the same clause.  A strategic cue
   under a negation ("zijn geen strategische partners", "niet tot de strategische partners",
   "buiten de kring van strategische partners") makes them *other* partners, and a country so
   negated is never classed strategic, whatever another sentence says.
2. **Chapters.**  A country heading in the strategic-partners chapter (or, in an edition with
   no such chapter, between the introduction and the other-partners chapter) is a strategic
   partner; one in the other-partners chapter an other partner.  Headings in any other chapter
   (missions, annexes) give no partner.

A country that is only mentioned (a place, an adversary, a currency) is no partner: it must
stand in an enumeration next to a partner cue, or have a heading of its own.  A single country
right after a place word ("in", "naar", "uit") is a place, not a list.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from reportdiff.dates import UNTIL, YEAR
from reportdiff.model import Partner, PartnerCategory, Source, Unread
from reportdiff.vocab.countries import KINGDOM, country_name, find_countries
from reportdiff.vocab.definitions import DEFINITION_ENTRY, DEFINITIONS
from reportdiff.vocab.headings import OTHER_CUE_WORDS, STRATEGIC_CUE_WORDS

from .context import Group, SectionContext, Sentence, lead_country
from .sentences import BULLETS, RUN_IN_LIST, plain_emphasis

__all__ = ["NO_PARTNER", "enumerated_partners", "find_partners", "find_unread_partners"]

# Words that make a country a threat, not a partner.
_THREAT_WORDS = (
    r"\w*dreiging\w*|\w*tegenstander\w*|\bvijand\w*|\w*rivaal\b|\w*rivalen\b|"
    r"\bagressor\w*|\bagressie\w*|"
    # a strategic competitor: "China wordt beschouwd als strategisch concurrent"
    r"\bconcurrent(?:en)?\b|"
    # the English word, as a text full of anglicisms writes it ("Europa's grootste threat",
    # "de pacing threat")
    r"\bthreats?\b"
)
_STRATEGIC = re.compile(
    # "strategische partners", and the circle of them under another collective noun: "de
    # strategische kring", "kopgroep", "top", "kern".
    r"\bstrategische?\s+(?:partner\w*|bondgeno\w*|kring|(?:kop)?groep|top|kern|categorie|status)\b"
    # written as one word, or with a hyphen: "strategischepartnerstatus genoten: België, …"
    r"|\bstrategische?-?(?:partner|bondgeno)\w*"
    # the core partners, in one word: "Kernpartners 1922: België, …", "7 kernpartners"
    r"|\bkern-?partner\w*"
    r"|\bstrategisch\s+partnerschap"
    # "als strategisch aangemerkte partners"
    r"|\bstrategisch\s+(?!(?:en|of|noch|niet|geen)\b)[a-zà-ÿ]+e\s+partner\w*"
    # Said of the countries: "de landen die Den Haag strategisch noemt", "die als strategisch
    # gelden", "worden strategisch geacht".
    r"|\bstrategisch\s+(?:noem\w*|genoemd|acht\w*|geacht|beschouw\w*|aangemerkt|"
    r"aangeduid|gelden|geldt|heten|heet|gerangschikt|ingedeeld|ingeschaald|gerekend|"
    r"bestempeld|gekwalificeerd|geclassificeerd|getypeerd)\b"
    # The verb first, its subject between: "Belangrijkste partners noemen wij strategisch."
    r"|\b(?:noem\w*|acht\w*|beschouw\w*|hete?n?)\s+(?:wij|we|zij|ze|wij\s+die|we\s+die)\s+"
    r"(?:als\s+)?strategisch\b(?!\s+[a-zà-ÿ]+)"
    # Said of the relation: "Met België … blijft de band strategisch."
    r"|\b(?:band|banden|relatie|relaties|betrekkingen)\s+(?:\w+\s+)?strategisch\b"
    # Said of the country, as what it is now: "Zuid-Korea: sinds 2069 strategisch", "is
    # voortaan strategisch", "tellen als strategisch: …" (not "strategisch belangrijk", and not
    # a bare "is strategisch": "De ligging van Noorwegen is strategisch").
    r"|\b(?:(?:is|zijn|werd|werden|wordt|worden|geldt|gelden)\s+)?"
    r"(?:nu|voortaan|inmiddels|thans|sindsdien|ook|(?:sinds|vanaf|per)\s+(?:19|20|21)\d{2})"
    r"\s+(?:ook\s+)?strategisch\b(?!\s+[a-zà-ÿ]+)"
    # (with the partner noun after it, when there is one: that noun is this cue's, not an
    # other-partners cue of its own)
    r"|\bals\s+strategische?(?:\s+(?:partner\w*|bondgeno\w*)\b"
    # (not what it is called as a threat: "China, dat hier als strategische rivaal wordt
    # gezien")
    r"|\b(?!\s+(?:belang\w*|gebied|terrein|goed|voordeel|doel)\b)(?!\s+(?:" + _THREAT_WORDS + r")))"
    # The word alone as the label of a list, or put first ("Strategisch, anno 1961: België,
    # …", "Strategisch waren dat jaar België, …"): an answer to "Wie golden als strategisch?"
    r"|^\s*strategisch\b(?:\s*[,(][^:.;]{0,30})?\s*:"
    r"|^\s*strategisch\s+(?:waren|zijn|bleven|blijven|golden|gelden)\b",
    re.I,
)
# A cue that says what a country was before ("sinds 2069 strategisch, daarvoor overige
# partner", "Waar Luxemburg t/m 2061 strategische partner bleek, valt het land sinds 2062
# onder overige partnerlanden"): no category it has now.  A period that ends in a year
# ("tot en met 2061") is taken for the past: a report tells what a country's category is,
# and bounds it in time when it changed.
_PAST = re.compile(
    r"\b(?:daarvoor|voorheen|eerder|vroeger|tot\s+dan(?:\s+toe)?|aanvankelijk|was|waren)"
    r"(?:\s+(?:nog|een|de|het|als))*\s+$"
    # "Italië, tot nu toe overig partnerland, is sinds 2193 strategisch partner" (not "In
    # 2062 waren overig partnerland: …", the year's own past tense)
    r"|\btot\s+(?:nu|dusver|dusverre|heden|voor\s+kort)(?:\s+toe)?"
    r"(?:\s+(?:nog|een|de|het|als|overig|overige|ander|andere|gewoon|gewone))*\s+$",
    re.I,
)
_UNTIL = re.compile(rf"\b{UNTIL}{YEAR}\b", re.I)
_OTHER = re.compile(
    # (not "de andere landen van dat verdrag", "de overige landen in de coalitie": the other
    # countries of some other group)
    r"\b(?:andere|overige|belangrijke?)\s+"
    r"(?:partner\w*|landen(?!\s+(?:van|in|bij|uit|binnen|aan|die|dat|welke)\b))"
    # "partnerlanden", "partnerbanden met", "partnerschap met", "op de partnerlijst"
    r"|\bpartner(?:land(?:en)?|kring|band(?:en)?|schap(?:pen)?|staten|staat|naties?|lijst)\b"
    # "tweede kring", and the second tier under another collective noun: "Tweede categorie:
    # Estland, Litouwen, …", "de tweede ring".
    r"|\b(?:tweede|buitenste|bredere|ruimere)\s+(?:kring|categorie|ring|rang|groep)\b"
    # "Verder kwamen Litouwen en Canada als partner in beeld"
    r"|\bals\s+partners?\b"
    # "had Defensie partnerrelaties met Australië en Canada"
    r"|\bpartnerrelaties?\b"
    # partners by project, not strategic ones: "projectpartners", "4 projectlanden",
    # "Projectmatig daarnaast: Australië, Japan …"
    r"|\bproject(?:partner\w*|land(?:en)?|matig\w*)\b"
    # "…: partners, maar geen strategische", "partner, al niet als strategisch"
    r"|\bpartners?\b,?\s+(?:(?:maar|doch|al|echter)\s+)?(?:geen|niet)\s+(?:als\s+)?strategisch"
    # The cooperation itself called not strategic: "Samenwerking, niet-strategisch van
    # karakter, bestond met Australië, Japan en Spanje".
    r"|\b(?:niet|non)-strategisch\w*\s+"
    r"(?:van\s+(?:karakter|aard)|karakter|aard|samenwerking\w*|relaties?|band(?:en)?)\b",
    re.I,
)
# A partner said not to be a strategic one, between the cue and the countries: "partner-
# relaties, geen strategische, met Australië en Canada".  Other partners, not a denial.
# (Hyphenated too: "Samenwerking, niet-strategisch van karakter, bestond met …".)
_NOT_STRATEGIC = re.compile(r"\b(?:geen|niet|zonder|non)(?:\s+|-)(?:als\s+)?strategisch\w*", re.I)
# A sentence that gives its countries the category of the sentence before: "Diezelfde status
# hadden ook Denemarken en Frankrijk", "Dezelfde positie geldt voor Noorwegen".
_SAME_STATUS = re.compile(
    r"\b(?:die|de)zelfde\s+(?:status|categorie|positie|kwalificatie|rol)\b", re.I
)
# Right before a strategic cue: the countries are partners, but not strategic ones.
_NEGATION = re.compile(
    r"(?:\bgeen|\bniet(?:\s+tot)?|\bbuiten|\bbehalve|\bnaast|\bzonder)"
    r"(?:\s+(?:de|het|die|dat|deze|dit|onze|zijn|van|tot|kring|enkele?|enige?))*\s+$"
    # "Niet-strategische partnerlanden", "non-strategische partners"
    r"|\b(?:niet|non)-$",
    re.I,
)
# A partnership that ended, anywhere in the clause: the country is no partner now ("Italië is,
# na beëindiging van het partnerschap, uit de kring der partnerlanden gevallen", "Den Haag
# beëindigde de samenwerking als partnerland met Japan", "valt voortaan buiten de
# partnerlijst").
_ENDED = re.compile(
    r"\bbeëindig\w*|\bbe[eë]indigd\b|\b(?:(?:ver|af|weg|uit)?gevallen|vervallen|vervalt|"
    r"verdwijn\w*|verdween|verdwenen|"
    r"geschrapt|afgevoerd|verwijderd|eraf)\b|\bvan\s+de\s+(?:partner)?lijst\s+(?:gehaald|gevoerd)\b|"
    r"\b(?:valt|vallen|viel|vielen)\b[^.;]{0,30}?\b(?:buiten|weg|af)\b|\bniet\s+langer\b|"
    r"\bvoormalig\w*|\bgewezen\b|\b(?:ex|oud)-partner",
    re.IGNORECASE,
)
# A clause that proposes or considers a partnership rather than states one.
_PROPOSED = re.compile(
    r"\bvoorgesteld\b|\bvoorstel\b|\bstelt\s+voor\b|\bstellen\s+voor\b|\boverweegt\b|"
    r"\boverwogen\b|\bkandidaat\w*|\bin\s+overweging\b|\baangehouden\b|"
    # a decision still to come: "Over de aanmerking van X als partner wordt in 2178 beslist"
    r"\bwordt\b[^.;]{0,40}\b(?:beslist|besloten)\b|\bnog\s+niet\s+(?:besloten|beslist)\b"
    r"|\bin\s+beraad\b"
    # a wish: "Italië wil graag partner worden" (not "als partners worden aangemerkt")
    r"|\b(?:wil|willen|wilde|wilden|wens\w*|hoopt|hopen|streeft|streven)\b[^.;]{0,30}?"
    r"\bpartner\w*\s+(?:te\s+)?worden\b"
    # a recommendation: "Wij bevelen aan Finland op te nemen", "Ons advies: …", "pleiten voor"
    r"|\bbevel\w*\s+(?:\w+\s+){0,3}?aan\b|\baanbevel\w*|\badvie[sz]\w*|\badviseer\w*|"
    r"\braa?d(?:t|en)?\s+(?:\w+\s+){0,3}?aan\b|\bpleit\w*\s+(?:\w+\s+){0,2}?voor\b"
    # what should be or should have been: "Finland zou partnerland moeten worden", "had
    # opgenomen moeten worden"
    r"|\b(?:zou|zouden|had|hadden)\b[^.;]{0,50}?\bmoeten\b"
    # an imperative opening the clause (after a list's number): "Neem Finland op als
    # partnerland", "Ons advies: maak Finland partnerland"
    r"|(?:^|[:;]\s*)\W{0,3}(?:\d{1,2}[.)]\s*)?(?:neem|maak|voeg|betrek|erken|verhef|promoveer)\b",
    re.IGNORECASE,
)
# A clause that casts a country as a threat ("Rusland zien deze partnerstaten … als
# bedreiging"): an other-partners cue in it speaks of the others.
# Also in a compound: "systeemrivaal", "hoofdtegenstander", "hoofddreiging".
_THREAT = re.compile(_THREAT_WORDS, re.IGNORECASE)
# After a cue, a count instead of a list, as a box of key facts gives it: "Overige
# partnerlanden: 4 Lopende uitzendingen: 5 …" (the countries further on are another field's).
_COUNT_AFTER = re.compile(
    r"\s*:\s*\d{1,3}(?![\d.,]\d)(?!\s*(?:[,–—-]|en\b))"
    # (not a count that goes on to name them: "strategische kring: 7 landen, namelijk …")
    r"(?!\s+[a-zà-ÿ]+\s*(?:,\s*)?(?:namelijk|te\s+weten|zijnde|nl\.|:))"
)
# Partnership itself denied, between an enumeration and a strategic cue: "Rusland – geen
# partner, …" (not "geen strategische partner", which still makes an other partner).
NO_PARTNER = re.compile(
    r"\b(?:geen|niet|nimmer|nooit)(?:\s+|-)(?:een\s+|meer\s+|als\s+)?partner\w*", re.I
)
# Anywhere between an enumeration and its cue, in the same clause: "Australië en Spanje horen
# niet bij de strategische partners", "… maken geen deel uit van …", "… vallen buiten …".
# (with "absent" and "missing": "afwezig: Japan (voorheen vermeld)")
_NEGATIONS = (
    r"niet|geen|buiten|noch|nooit|nimmer|nergens|geenszins|allerminst|evenmin|"
    r"afwezig|ontbr(?:eekt|eken|ak|aken)"
)
# A strategic cue after the country that it is compared with or set against: "Met Litouwen …,
# zij het op bescheidener schaal dan met de strategische partnerlanden", "… anders dan bij de
# strategische partners": a partner, not a strategic one.  (Before the countries, "in
# tegenstelling tot de strategische partners België en …" names them as strategic.)
_UNLIKE = re.compile(
    r"(?:\bdan|\bin\s+tegenstelling\s+tot|\bvergeleken\s+met)"
    r"\s+(?:(?:met|bij|voor|aan)\s+)?(?:(?:de|het|onze|alle)\s+)?$",
    re.IGNORECASE,
)
# A country in a "neither … nor" coordination: "(noch) Rusland noch China".
_NEITHER_BEFORE = re.compile(r"\bnoch\s+(?:het\s+|de\s+)?$", re.IGNORECASE)
_NEITHER_AFTER = re.compile(r"\s*,?\s*noch\b", re.IGNORECASE)
# A clause that opens by denying what follows, as the one before it did: "Evenmin geldt China
# als partner" (not one that goes on to what is: "Evenmin strategisch, wel partner: …").
_NEITHER_CLAUSE = re.compile(
    r"\W*(?:evenmin|ook\s+niet)\b(?![^;:]*\b(?:maar|wel)\b)", re.IGNORECASE
)
_NEGATION_BETWEEN = re.compile(rf"\b(?:{_NEGATIONS})\b", re.I)
# Right before an other-partners cue, what denies it ("buiten (de) partnerlijst", "geen
# partnerland"): not "naast" or "behalve", which set other partners beside the strategic ones.
_CUE_DENIED = re.compile(
    r"\b(?:geen|niet|buiten|nooit)(?:\s+(?:de|het|die|dat|deze|onze|een|enige?|op|van))*\s+$",
    re.I,
)
# Right after the countries, when the strategic cue stands before them: the cue denied
# ("Strategisch partner is Estland niet, wel een vertrouwd aanspreekpunt").
_DENIED_AFTER = re.compile(
    rf"\s*(?:(?:bestaat|bestond|is|was|geldt|gold)\s+)?(?:(?:echter|evenwel|dus|nog|ook)\s+)?"
    rf"(?:{_NEGATIONS})\b(?!\s+(?:alleen|enkel|slechts|uitsluitend)\b)",
    re.I,
)
# Between a country and a strategic cue: the country lost the category ("Het Verenigd
# Koninkrijk verloor strategische status", "Denemarken: teruggezet uit strategische status"),
# so it is an other partner now.
_DEMOTED = re.compile(
    r"\b(?:verlo(?:or|ren)|verliest|kwijtgeraakt|kwijt|teruggezet|teruggeplaatst|"
    r"teruggezakt|gedegradeerd|afgewaardeerd|teruggebracht|afgeschaald)\b",
    re.I,
)
# A list item on its own line: "• het Verenigd Koninkrijk;", "- Duitsland", "a) Frankrijk".
_BULLET = re.compile(r"^\s*(?:[" + BULLETS + r"·*–—-]|\(?[a-z0-9]{1,2}[.)])\s*")
# Bullets inside one sentence: "…waren: • België; • Duitsland.", "…droegen: – Noorwegen;
# – Frankrijk." (a dash is a bullet only at the list's start or after an item's semicolon: in
# running text it opens an aside).
_BULLET_INSIDE = re.compile(r"(?:^|[\s;])[" + BULLETS + r"·]\s|(?:^|;)\d{0,2}\s*[–—]\s")
# The report naming the relations it covers: "Dit verslag staat verder stil bij de betrekkingen
# met Litouwen en Australië", "Deze rapportage gaat ook in op de relaties met …".
_COVERS = re.compile(
    r"\b(?:verslag|rapportage|brief|hoofdstuk|overzicht)\b.{0,80}?"
    r"\b(?:betrekkingen|relaties?|banden|contacten)\s+met\b",
    re.I,
)
# What may stand between two items of one enumeration.
# (A country's abbreviation in brackets may follow its name: "Verenigde Staten (USA),"; the
# items may be set apart by semicolons: "Duitsland; België; het Verenigd Koninkrijk".)
_LIST_GAP = re.compile(
    r"(?:\s*\(\s*[A-Z]{2,4}\s*\))?\s*(?:,|;|\b[eé]n\b|\balsmede\b|&|[–—-]|[·•|/]|\bsowie\b)?"
    r"\s*(?:(?:het|de|[eé]n)\s+)*",
    re.I,
)
# A clause whose subject points back at the countries of the clause before ("samen vormen zij
# …", "deze landen zijn …", "allen behoren tot …").
_ANAPHOR = re.compile(r"\s*(?:\w+\s+){0,3}?(?:zij|ze|deze|die|allen|beide|beiden|samen)\b", re.I)
# A sentence that names the countries of the sentence before by a pronoun, anywhere before
# its cue: "Het zijn er 6, en Defensie noemt hen strategische partners."
_POINTS_BACK = re.compile(
    r"\b(?:noem\w*|beschouw\w*|rekent|rekenen|acht\w*|zie\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:hen|ze|die\s+landen|deze\s+landen|dat\s+rijtje|dit\s+rijtje)\b",
    re.I,
)
_PLACE_BEFORE = re.compile(r"\b(?:in|naar|uit|boven|bij|rond|nabij|vanuit)\s+(?:het\s+|de\s+)?$")
# Where a clause ends: a semicolon, a full stop, or a bullet (a key-figure list's items run on
# in one sentence: "▪ Overige partnerlanden (4): … ▪ NB: China en Rusland ontbreken …").
# (A full stop before a bracket ends a clause too: "… en Zuid-Korea. (vindplaats: …) Italië
# wil graag partner worden" are two.)
_CLAUSE = re.compile(r";|\.\s+(?=[A-Z(])|\s(?=[" + BULLETS + r"]\s)")
# Cooperation denied, right around the word for it: the countries are no partners ("valt
# buiten iedere vorm van samenwerking").
_NO_COOPERATION = re.compile(
    r"\b(?:uitgesloten|bevroren|opgeschort|stopgezet|verbroken|beëindig\w*|geen|niet|"
    # the formal "none at all": "waarmee generlei militaire samenwerking bestaat"
    r"gee?nerlei|"
    r"nooit|nimmer|evenmin|buiten|afgebouwd|afgeschaald|vervallen|gestopt|stopt|beperkt|"
    r"afgesloten|gestaakt|opgeheven)\b",
    re.I,
)
# A capitalised "Samen…" past a match's first letter: part of a name ("… Internationale
# Samenwerking").
_NAMED = re.compile(r"\bSamen")
# In the body of a partner chapter, a sentence about working together names partners.
_COOPERATION = re.compile(
    r"samen\s*werk\w*|samengewerkt|werk\w*\s+(?:\w+\s+){0,6}samen"
    # "werkte Defensie anno 2001 ook nauw met Australië, …"
    r"|\bwerk(?:te|ten|t|en)\s+(?:\w+\s+){0,5}met\b"
    # "onderhield Defensie regelmatig contact met …", "militaire contacten met …", "militaire
    # betrekkingen met nog 4 staten: …", "banden met", "trok … op met"
    r"|\b(?:contact(?:en)?|betrekkingen|banden|relaties)\s+(?:\w+\s+){0,2}met\b"
    r"|\b(?:trok|trekt|trokken|trekken)\s+(?:\w+\s+){0,4}op\s+met\b|\bopgetrokken\s+met\b",
    re.I,
)


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """The country enumerations in *text*: runs of country mentions joined only by commas,
    "en", dashes and articles."""
    runs: list[list[tuple[int, int, str]]] = []
    for mention in find_countries(text):
        if runs and _LIST_GAP.fullmatch(text, runs[-1][-1][1], mention[0]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


# "…, waarvan de eerstgenoemde zes de hoedanigheid van strategisch partner bezitten": the
# first N countries of the list before it are strategic partners, the rest other partners.
_FIRST_N = re.compile(r"\beerst(?:genoemde|e)\s+(?P<n>\d{1,2}|[a-z]+)\b(?P<rest>[^.;]{0,80})", re.I)


def _count_of(word: str) -> int | None:
    """The number a count is written as, in figures or in one Dutch word ("7", "zeven")."""
    from .numbers import number_word

    word = word.casefold()
    return int(word) if word.isdigit() else number_word(word)


def _first_n(text: str) -> list[tuple[str, PartnerCategory, bool]] | None:
    """The partners of a list whose first N are said to be strategic ("… Zuid-Korea, waarvan
    de eerstgenoemde zes …"), or None when the text says no such thing."""
    m = _FIRST_N.search(text)
    if m is None or not _STRATEGIC.search(m.group("rest")):
        return None
    n = _count_of(m.group("n"))
    runs = [r for r in _runs(text[: m.start()]) if len(r) >= 2]
    if n is None or not runs:
        return None
    codes = [code for _, _, code in runs[-1] if code not in KINGDOM]
    if not 0 < n < len(codes):
        return None
    return [(code, PartnerCategory.STRATEGIC, False) for code in codes[:n]] + [
        (code, PartnerCategory.OTHER, True) for code in codes[n:]
    ]


# "respectievelijk", "onderscheidenlijk": the lists before it take the categories after it in
# order, when both categories follow (a strategic cue and another).
_RESPECTIVELY = re.compile(r"\b(?:respectievelijk|onderscheidenlijk|resp\.)", re.IGNORECASE)
_BOTH_CATEGORIES = re.compile(r"strategisch.{0,80}?(?:niet|non|geen|overig)\w*[- ]", re.IGNORECASE)


def _respective_categories(
    clause: str, cues: Sequence[tuple[int, PartnerCategory, bool]], after: int
) -> list[tuple[str, PartnerCategory, bool]]:
    """The partners of lists paired in order with the categories named after *after*; [] when
    the number of lists before it and of categories after it differ."""
    runs = [r for r in _runs(clause[:after]) if not any(code in KINGDOM for _, _, code in r)]
    categories = [(category, negated) for at, category, negated in sorted(cues) if at >= after]
    if not runs or len(runs) != len(categories):
        return []
    return [
        (code, category, negated)
        for run, (category, negated) in zip(runs, categories, strict=True)
        for _, _, code in run
    ]


# How far a category's cue may stand from a list of countries with another list between them
# and still be that list's (a long sentence of tables' rows run together is not one list).
_FAR_CUE = 80


# What stands between two countries of one list: a comma, "en" or "of", with a few words
# beside it ("Duitsland (sinds 1908), België …", "onze oosterburen in Duitsland, onze
# zuiderburen in België"), or only marks ("Duitsland (DEU)", "Australië ↑ · Litouwen"); no
# colon or full stop (a table's rows run together: "Mei Rusland
# verlaat Verdrag van Bornholm Augustus DoI Estland …").
_LIST_GLUE = re.compile(
    r"[^\w:.]{0,8}|(?=[^:.]{0,60}$)[^:.]*?(?:,|;|\b(?:[eé]n|of|alsmede|evenals|plus)\b)[^:.]*"
)


def _one_list(
    text: str,
    run: list[tuple[int, int, str]],
    runs: list[list[tuple[int, int, str]]],
    lo: int,
    hi: int,
) -> bool:
    """Whether *run* and the country runs between *lo* and *hi* (between it and a cue) are one
    list, apart only by commas, "en" and asides in brackets."""
    chain = sorted(
        [run, *(r for r in runs if r is not run and lo <= r[0][0] and r[-1][1] <= hi)],
        key=lambda r: r[0][0],
    )
    return all(
        _LIST_GLUE.fullmatch(text, a[-1][1], b[0][0]) is not None
        for a, b in itertools.pairwise(chain)
    )


# A count in words or figures ("vijf", "7"), not a year.
_COUNT = re.compile(r"\b(?:\d{1,2}|[a-z]{3,12})\b", re.IGNORECASE)


def _counts(text: str) -> set[int]:
    """The numbers from two to twenty *text* writes in words or figures."""
    return {n for m in _COUNT.finditer(text) if (n := _count_of(m.group(0))) and 2 <= n <= 20}


def _only_countries(text: str) -> bool:
    """Whether *text* names one or more countries and nothing else (articles, list words and
    marks aside): a list's item, not a clause."""
    found = find_countries(text)
    if not found:
        return False
    outside, at = [], 0
    for begin, end, _ in found:
        outside.append(text[at:begin])
        at = end
    outside.append(text[at:])
    return all(_ITEM_GAP.fullmatch(part) for part in outside)


# What may stand around the countries of a list's item: marks, articles and list words.
_ITEM_GAP = re.compile(
    r"[\s,;.&]*(?:\b(?:het|de|[eé]n|of|alsmede|evenals|plus)\b[\s,;.&]*)*", re.IGNORECASE
)


def enumerated_partners(text: str) -> list[tuple[str, PartnerCategory, bool]]:
    """(code, category, negated) for every country *text* enumerates as a partner; *negated*
    when the text says it is not a strategic partner."""
    counted = _first_n(text)
    if counted is not None:
        return counted
    out: list[tuple[str, PartnerCategory, bool]] = []
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    # A semicolon that sets apart only countries ("Duitsland; België; het Verenigd
    # Koninkrijk; …") separates a list's items, not clauses.
    bounds = [
        b
        for k, b in enumerate(bounds)
        if k in (0, len(bounds) - 1)
        or text[b - 1] != ";"
        or not (
            _only_countries(text[b : bounds[k + 1]]) and find_countries(text[bounds[k - 1] : b])
        )
    ]
    clauses = [text[lo:hi] for lo, hi in itertools.pairwise(bounds)]
    for i, clause in enumerate(clauses):
        # Whether the clause that holds the cue denies it after the fact ("…; strategisch
        # partner zijn die landen niet").
        denied, anaphor_at = False, len(clause)
        if (
            i
            and (_ANAPHOR.match(clause) or _POINTS_BACK.search(clause))
            and (_STRATEGIC.search(clause) or _OTHER.search(clause))
            and not find_countries(clause)
        ):
            # "… om Luxemburg, Noorwegen en België; samen vormen zij de strategische
            # kopgroep": the cue speaks of the list before it.
            denied = _NEGATION_BETWEEN.search(clause) is not None
            anaphor_at = len(clauses[i - 1]) + 1
            clause = clauses[i - 1] + " " + clause
        cues: list[tuple[int, PartnerCategory, bool]] = []
        strategic_spans: list[tuple[int, int]] = []
        for m in _STRATEGIC.finditer(clause):
            strategic_spans.append((m.start(), m.end()))
            if _COUNT_AFTER.match(clause, m.end()):
                continue  # "Strategische partners: 7": a count, no list follows
            if _PAST.search(clause, max(0, m.start() - 30), m.start()) or _UNTIL.search(
                clause, 0, m.start()
            ):
                continue  # what the country was, not what it is
            negated = _NEGATION.search(clause, max(0, m.start() - 40), m.start()) is not None
            cues.append(
                (
                    m.start(),
                    PartnerCategory.OTHER if negated else PartnerCategory.STRATEGIC,
                    negated,
                )
            )
        # "partnerlanden" inside "strategische partnerlanden" is that strategic cue, not an
        # other-partners cue of its own.
        cues += [
            (m.start(), PartnerCategory.OTHER, False)
            for m in _OTHER.finditer(clause)
            if not any(a <= m.start() < b for a, b in strategic_spans)
            and not _PAST.search(clause, max(0, m.start() - 30), m.start())
            and not _COUNT_AFTER.match(clause, m.end())
        ]
        if not cues:
            continue
        respectively = _RESPECTIVELY.search(clause)
        if respectively is not None and _BOTH_CATEGORIES.search(clause, respectively.end()):
            # "Enerzijds België, Duitsland …, anderzijds Australië, … worden als partnerland
            # aangemerkt, en wel onderscheidenlijk als strategisch partner, dan wel als
            # niet-strategisch partnerland": the lists take the categories after the word, in
            # order; when they do not pair, nothing is guessed.
            out += _respective_categories(clause, cues, respectively.end())
            continue
        # The countries the clause says are no partner: no later mention of theirs in it (the
        # currency in "Zwitserland (geen partnerland) … 6,4 miljard Zwitserse frank") makes them
        # one.
        refused: set[str] = set()
        runs = _runs(clause)
        for run in runs:
            if len(run) == 1 and _PLACE_BEFORE.search(clause, max(0, run[0][0] - 12), run[0][0]):
                continue
            if any(code in refused for _, _, code in run):
                continue
            start, end = run[0][0], run[-1][1]
            if (
                _NEITHER_BEFORE.search(clause, max(0, start - 12), start)
                or _NEITHER_AFTER.match(clause, end)
                or _NEITHER_CLAUSE.match(clause[:start])
            ):
                # "Rusland noch China is partnerstaat": neither is.
                refused.update(code for _, _, code in run)
                continue
            # The nearest cue, either side of the enumeration.
            cue_at, category, negated = min(
                cues, key=lambda c: start - c[0] if c[0] < start else c[0] - end
            )
            lo, hi = (end, cue_at) if cue_at >= end else (cue_at, start)
            if hi - lo > _FAR_CUE and not _one_list(clause, run, runs, lo, hi):
                # Another enumeration stands between them: the cue is that one's ("… Mei
                # Rusland verlaat Verdrag … November Zweden nieuw partnerland", a table's rows
                # run together).
                continue
            between = clause[end:cue_at] if cue_at >= end else clause[cue_at:start]
            if _PROPOSED.search(clause):
                # "Vanuit J5 wordt voorgesteld ook Tsjechië als partnerland op te nemen": a
                # proposal, no partner yet.
                continue
            if _EXCLUDED.search(clause):
                # "partnerschap met Rusland is uitgesloten": no partner, of either kind.
                refused.update(code for _, _, code in run)
                continue
            if category is PartnerCategory.STRATEGIC:
                if NO_PARTNER.search(between) or _THREAT.search(between):
                    # "RUS – geen partner, dreiging nr. 1 … strategisch …": no partner at
                    # all, whatever the cue past it says of the others.
                    refused.update(code for _, _, code in run)
                    continue
                if (
                    (denied and cue_at >= anaphor_at)
                    or _NEGATION_BETWEEN.search(between)
                    or _DEMOTED.search(between)
                    or (cue_at < start and _DENIED_AFTER.match(clause, end))
                    or (cue_at >= end and _UNLIKE.search(clause, max(end, cue_at - 40), cue_at))
                ):
                    category, negated = PartnerCategory.OTHER, True
            elif not negated and _NOT_STRATEGIC.search(between):
                negated = True  # other partners, and said not to be strategic
            elif not negated and (
                (denied and cue_at >= anaphor_at)
                or _NEGATION_BETWEEN.search(between)
                # the cue denied before it: "Context (buiten partnerlijst): Rusland …"
                or _CUE_DENIED.search(clause, max(0, cue_at - 40), cue_at)
                or (cue_at < start and _DENIED_AFTER.match(clause, end))
                or _ENDED.search(clause)
                or _THREAT.search(clause)
                # "Rusland ontbreekt op iedere partnerlijst"
                or _LEFT_OUT.search(between)
            ):
                # An other-partners cue denied ("Rusland en China zijn geen partnerlanden",
                # "… geldt niet langer als partner"): not partners at all.  (A denied
                # strategic cue, negated above, still makes them other partners.)
                refused.update(code for _, _, code in run)
                continue
            for _, _, code in run:
                if code not in KINGDOM:
                    out.append((code, category, negated))
    return out


def _from_sentence(
    sentence: Sentence, terms: Sequence[tuple[re.Pattern[str], str]] = ()
) -> list[tuple[str, PartnerCategory, bool]]:
    if sentence.question:
        return []
    return enumerated_partners(_in_plain_words(sentence.text, terms))


# A term the document defines for a category of partners: "tier 1 = wat de Kamerbrieven
# strategische partners noemen; tier 2 = alle andere partnerlanden", "kring A: de strategische
# partners".
_TERM_DEFINITION = re.compile(
    r"(?<![\w-])(?P<term>[^\W\d_][\w-]{0,15}(?:\s[\w-]{1,15}){0,2}?)\s*(?:=|staat\s+voor|betekent)\s*"
    r"(?P<meaning>[^;.=]{0,80})",
    re.IGNORECASE,
)
_PLAIN = {
    PartnerCategory.STRATEGIC: "strategische partners",
    PartnerCategory.OTHER: "overige partners",
}


_OTHER_STATES = re.compile(r"\b(?:overige|andere)\s+(?:staat|staten|land|landen)\b", re.I)


def defined_terms(texts: Sequence[str]) -> list[tuple[re.Pattern[str], str]]:
    """The partner categories the document names by terms of its own, as (the term's
    pattern, the category in plain words); a term defined for two categories is left out."""
    found: dict[str, set[PartnerCategory]] = {}
    for text in texts:
        if DEFINITIONS.search(text):
            for m in DEFINITION_ENTRY.finditer(text):
                meaning = m.group("meaning")
                category = _announced(meaning)
                if category is None and _OTHER_STATES.search(meaning):
                    category = PartnerCategory.OTHER
                if category is not None and not find_countries(m.group("term").title()):
                    found.setdefault(m.group("term").casefold(), set()).add(category)
        if "=" not in text and "staat voor" not in text and "betekent" not in text:
            continue  # most sentences define nothing: the costly pattern is run where one may
        for m in _TERM_DEFINITION.finditer(text):
            written, meaning = m.group("term").strip(), m.group("meaning")
            term = written.casefold()
            # A country is no term of the document's own ("Litouwen = nieuw partnerland").
            if find_countries(written) or find_countries(written.title()) or len(term) < 2:
                continue
            category = _announced(meaning)
            if category is not None:
                found.setdefault(term, set()).add(category)
    return [
        (
            # (and its plural: "ankerpartners")
            re.compile(r"(?<![\w-])" + re.escape(term) + r"(?:s|en)?(?![\w-])", re.IGNORECASE),
            _PLAIN[cats.pop()],
        )
        for term, cats in found.items()
        if len(cats) == 1
    ]


# "strat. partner" on a slide or in a table: the abbreviation of "strategische".
_STRAT_ABBREVIATED = re.compile(r"\bstrat\.(?=\s+[a-zà-ÿ])", re.IGNORECASE)


def _in_plain_words(text: str, terms: Sequence[tuple[re.Pattern[str], str]]) -> str:
    """*text* with the document's own category terms put in plain words ("Tier 1 (7): …" →
    "strategische partners (7): …"), a category's abbreviation written out and emphasis
    accents taken off ("géén partner"), for reading only."""
    for pattern, plain in terms:
        text = pattern.sub(plain, text)
    return _STRAT_ABBREVIATED.sub("strategische", plain_emphasis(text))


def _cooperating(text: str) -> list[str]:
    """The countries a sentence enumerates as working with the Netherlands ("Ook met
    Estland, Litouwen en Canada werd nauw samengewerkt"), places aside."""
    # A capitalised word inside a sentence is a name ("beleidsmedewerker Internationale
    # Samenwerking", an e-mail's addressee), not a statement about working together.
    found = [
        m
        for m in _COOPERATION.finditer(text)
        if (m.start() == 0 or not m.group(0)[0].isupper()) and not _NAMED.search(m.group(0), 1)
    ]
    if not found:
        return []
    # "Buiten die voorhoede werkte Defensie ook nauw met …": besides a group, not outside
    # the working together.
    probe = _BESIDES_THE_GROUP.sub(lambda b: " " * len(b.group(0)), text)
    if any(
        _NO_COOPERATION.search(probe, max(0, m.start() - 40), m.end() + 40)
        or _ENDS_NEGATED.search(text[slice(*_clause(text, m.start(), m.end()))])
        for m in found
    ):
        # "samenwerking is uitgesloten", "geen samenwerking", "bevroren"; and, with the verb
        # at the end of its clause, "contacten met Russische militairen onderhoudt Defensie
        # niet".
        return []
    out = []
    for run in _runs(text):
        if len(run) == 1 and _PLACE_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]):
            continue
        if _LEFT_OUT.search(text[slice(*_clause(text, run[0][0], run[-1][1]))]):
            continue  # "Rusland, dat in voornoemde opsomming ontbreekt, vormt …"
        if len(run) == 1 and _ADJECTIVE.search(text, run[0][0], run[0][1]):
            # "Russisch optreden … maakte samenwerking met België … urgenter": a country's
            # adjective says whose something is, not who works with us.
            continue
        if _DENIED_PARTNER.search(text[slice(*_piece(text, run[0][0], run[-1][1]))]):
            # "Rusland staat op geen enkele partnerlijst hiernaast, maar … waarom samenwerken
            # telt": the working together is said of something else.
            continue
        if _THREAT_AFTER.match(text, run[-1][1]) or _THREAT_BEFORE.search(
            text, max(0, run[0][0] - 40), run[0][0]
        ):
            continue  # "meet zijn samenwerking af aan Russische dreiging": the threat itself
        out += [code for _, _, code in run if code not in KINGDOM]
    return out


# A country named as the threat: "Russische dreiging", "dreiging vanuit Rusland".
_THREAT_AFTER = re.compile(rf"\s+(?:als\s+(?:een\s+|de\s+)?)?(?:{_THREAT_WORDS})", re.IGNORECASE)
_THREAT_BEFORE = re.compile(
    rf"(?:{_THREAT_WORDS})\s+(?:van(?:uit)?|uit|door)\s+(?:het\s+|de\s+)?$", re.IGNORECASE
)

# A clause that says the countries are left out of the partners: "ontbreekt (in de
# opsomming)", "niet genoemd", "buiten de kring".
_LEFT_OUT = re.compile(
    r"\bontbre\w*|\bniet\s+(?:genoemd|vermeld|opgenomen)\b|"
    r"\bbuiten\s+(?:de(?:ze)?\s+)?(?:opsomming|lijst|kring)\b",
    re.IGNORECASE,
)

# A partnership ruled out in the clause: "partnerschap met Rusland is uitgesloten", "… is niet
# aan de orde", "van … is geen sprake".
_EXCLUDED = re.compile(
    r"\buitgesloten\b|\bniet\s+aan\s+de\s+orde\b|\bgeen\s+sprake\b|\buit\s+den\s+boze\b|"
    r"\bondenkbaar\b|\bvan\s+de\s+baan\b",
    re.IGNORECASE,
)

# A clause whose verb, at its end, is negated: "… onderhoudt Defensie niet", "… nooit meer".
_ENDS_NEGATED = re.compile(r"\b(?:niet|nooit)(?:\s+meer)?\W*\d*\s*$", re.IGNORECASE)


# Besides the strategic group, named by a word for it: "Buiten die voorhoede", "Naast de
# kopgroep", "Behalve de strategische partners".
_BESIDES_THE_GROUP = re.compile(
    r"\b(?:buiten|naast|behalve)\s+(?:die|de|deze|dat|het)\s+"
    r"(?:voorhoede|kopgroep|kern|kerngroep|binnenring|binnenste\s+ring|strategische\s+\w+)\b"
    # Opening the sentence, after the group was named: "Daarbuiten: projectsamenwerking, met
    # Canada, …" (not "in Europa en daarbuiten", beyond a place).
    r"|^\W*daarbuiten\b",
    re.IGNORECASE,
)
# A country's adjective, as a country's mention ends: "Russisch", "Duitse", "Amerikaanse".
_ADJECTIVE = re.compile(r"(?:isch|ische|se)$")
# A partnership denied: "geen enkele partnerlijst", "niet als partner", "nooit partnerland"
# (not "geen strategisch partner": a partner still).
_DENIED_PARTNER = re.compile(rf"\b(?:{_NEGATIONS})(?:\s+(?!strateg)\w+){{0,2}}?\s+partner\w*", re.I)
# What sets a sentence's pieces apart: a comma or semicolon.
_PIECE = re.compile(r"[,;]")


def _piece(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the comma-delimited piece of *text* around *start*..*end* (a run of
    countries, whose own commas stay inside)."""
    before = [m.end() for m in _PIECE.finditer(text, 0, start)]
    after = _PIECE.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause (_CLAUSE) of *text* that holds *start*..*end*."""
    before = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    after = _CLAUSE.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _announced(head: str) -> PartnerCategory | None:
    """The category a sentence's head announces a list of ("Strategische partners waren:"),
    or None when it announces none; a negated strategic cue announces other partners."""
    m = _STRATEGIC.search(head)
    if m is not None:
        negated = _NEGATION.search(head, max(0, m.start() - 40), m.start()) is not None
        if negated or _NEGATION_BETWEEN.search(head, m.end()):
            return PartnerCategory.OTHER
        return PartnerCategory.STRATEGIC
    return PartnerCategory.OTHER if _OTHER.search(head) else None


def _countries(text: str) -> list[str]:
    return [code for _, _, code in find_countries(text) if code not in KINGDOM]


def _list_items(sentences: Sequence[Sentence]) -> list[tuple[Sentence, str, PartnerCategory]]:
    """Countries in the list items after a sentence that announces partners and ends in a
    colon ("Strategische partners waren in 2081:" • het Verenigd Koninkrijk; • Duitsland),
    whether the items are sentences of their own or run on in the same one."""
    out: list[tuple[Sentence, str, PartnerCategory]] = []
    category: PartnerCategory | None = None
    for sentence in sentences:
        text = sentence.text.strip()
        colon = text.rfind(":")
        if (
            category is not None
            and _BULLET.match(text)
            and (colon < 0 or _announced(text[:colon]) is None)
        ):
            # An item of the list (not one that announces a list of its own, "▪ Overige
            # partnerlanden (4): …"); an item that denies a partnership or names a threat
            # ("▪ Rusland: geen partner — primaire dreiging") gives no partner.
            if not (NO_PARTNER.search(text) or _THREAT.search(text)):
                out += [(sentence, code, category) for code in _countries(text)]
            if text.endswith("."):
                category = None  # the last item: the list ends
            continue
        category = None
        if colon < 0:
            continue
        announced = _announced(text[:colon])
        if announced is None:
            continue
        tail = text[colon + 1 :]
        if not tail.strip():
            category = announced
        elif _BULLET_INSIDE.search(tail):
            out += [(sentence, code, announced) for code in _countries(tail)]
            if not tail.rstrip().endswith("."):
                # "…waren in 2081: • het Verenigd Koninkrijk; • Duitsland;" and the list
                # runs on in the next paragraph ("• België; • Luxemburg.").
                category = announced
    return out


def _covered(text: str) -> list[str]:
    """The countries the report says it covers relations with: other partners."""
    m = _COVERS.search(text)
    if m is None:
        return []
    out = []
    for run in _runs(text[m.end() :]):
        out += [code for _, _, code in run if code not in KINGDOM]
        break
    return out


# A list item's label before its countries ("Kern:", "Vaste kring:"): a few words, no figure
# but the year ("Overige registraties 1931:").
_ITEM_LABEL = re.compile(r"\s*(?P<label>[^\W\d][^:;,.\d]{0,40}?(?:\s+(?:19|20|21)\d{2})?)\s*:\s*")
# A count that goes on to name them: "4 landen, namelijk Canada, Finland, Japan en Litouwen".
_COUNT_NAMING = re.compile(
    r"(?P<count>\d{1,3})\s+(?:landen|partners|partnerlanden)\s*(?:,\s*)?"
    r"(?:namelijk|te\s+weten|nl\.|:)\s*",
    re.IGNORECASE,
)
# A label that says the countries are not (or no longer) partners: "Tegenstanders:",
# "Vertrokken:", "Geen partner meer:".
_LABEL_DENIES = re.compile(
    r"\b(?:geen|niet|nooit|buiten|dreiging\w*|tegenstander\w*|vijand\w*|rivaal|rivalen|"
    r"vertrok\w*|vertrokken|afgevallen|verdwenen|uitgetreden|weg|oud|voormalig\w*|ex)\b",
    re.I,
)
# A label that names a list of something else: a treaty's parties, an organisation's
# members, the places of a mission.
_LABEL_OTHER_LIST = re.compile(
    r"partij|verdrag|deelnem|\bleden\b|\blid\b|lidstat|ondertek|missie|operatie|inzet|gebied|"
    r"regio|locatie|plaats|uitgezonden|troepen|kader|mutatie|uitgetreden",
    re.IGNORECASE,
)
# The bracketed abbreviation after a country's name ("Verenigde Staten (VS)").
_NAME_ABBREVIATION = re.compile(r"\s*\(\s*[A-Z]{2,4}\s*\)")
# A bracketed tag after a name that repeats what the heading says ("België (strategisch)").
_CATEGORY_TAG = re.compile(
    r"\s*\(\s*(?:strategisch\w*|overig\w*|partner\w*)(?:\s+partner\w*)?\s*\)", re.I
)
# Emphasis marks of a text pasted from markdown ("**België**", "`EU`"): no words.
_EMPHASIS_MARKUP = re.compile(r"\*\*|__|`")


def _bare_list(item: str) -> list[str] | None:
    """The countries of a list item that is nothing but countries, perhaps after a short
    label ("Kern: Verenigde Staten (VS), Frankrijk, Duitsland", "• Polen"), or None when the
    item says anything else about them ("Rusland: dreiging, geen partner")."""
    if "~~" in item:
        return None  # struck through (markdown): what it names is crossed out
    text = _EMPHASIS_MARKUP.sub(" ", _BULLET.sub("", item.strip(), count=1)).strip().rstrip(".;")
    label = _ITEM_LABEL.match(text)
    if label is not None:
        if (
            find_countries(label.group("label"))
            or _LABEL_DENIES.search(label.group("label"))
            or _LABEL_OTHER_LIST.search(label.group("label"))
        ):
            return None
        text = text[label.end() :]
    counted = _COUNT_NAMING.match(text)
    if counted is not None:
        text = text[counted.end() :]
    found = find_countries(text)
    if not found:
        return None
    at = 0
    codes = []
    for start, end, code in found:
        if start < at:
            continue  # the abbreviation in brackets after the name ("(VS)")
        if not _LIST_GAP.fullmatch(text, at, start):
            return None
        bracket = _NAME_ABBREVIATION.match(text, end) or _CATEGORY_TAG.match(text, end)
        at = bracket.end() if bracket else end
        codes.append(code)
    if text[at:].strip(" ,"):
        return None
    if counted is not None and int(counted.group("count")) != len(codes):
        return None  # the count and the names disagree: which is right is not said
    return [code for code in codes if code not in KINGDOM]


def _bare_lists(sentences: Sequence[Sentence]) -> list[tuple[Sentence, list[str]]]:
    """The items of *sentences* (bulleted, or separated by semicolons) that are bare lists of
    countries; a single country counts only as one of two or more such items."""
    items: list[tuple[Sentence, list[str]]] = []
    for sentence in sentences:
        if sentence.question:
            continue
        text = sentence.text
        pieces = re.split(r";|\s(?=[" + BULLETS + r"]\s)", text)
        if len(pieces) == 1 and (opening := RUN_IN_LIST.match(text)):
            pieces = re.split(rf"\s(?={re.escape(opening.group(1))}\s)", text)
        for item in pieces:
            codes = _bare_list(item)
            if codes is None:
                # Key-figure lines the extraction ran together: "Aantal (2002): acht Landen:
                # België, Luxemburg, …": the list is the value of the last field.
                labels = [m.start(1) for m in _RUN_ON_FIELD.finditer(item)]
                codes = _bare_list(item[labels[-1] :]) if labels else None
            if codes:
                items.append((sentence, codes))
    if len(items) == 1 and len(items[0][1]) == 1:
        return []
    return items


# A field of countries inside a text, after the value of the field before it: "… acht
# Landen: …" (not any label: "… Verdrag van Bornholm: Duitsland, Rusland …" lists parties).
_RUN_ON_FIELD = re.compile(
    r"(?<=\S)\s+((?:Landen|Partners|Partnerlanden|Staten|Namen)):\s", re.IGNORECASE
)


# A record's field that says what the country is to the Netherlands: "Status: strategisch
# partner", "Categorie: overig partnerland".
_STATUS_FIELD = re.compile(
    r"(?i:status|categorie|category|type|soort|rol|positie|kwalificatie|relatie|partnerstatus)"
)
_STATUS_DENIES = re.compile(
    r"\b(?:geen|niet\s+(?:meer|langer)|vervallen|beëindigd|opgezegd|voormalig\w*|gewezen|"
    r"ex-partner|geschrapt)\b|\w*dreiging\w*|\w*tegenstander\w*",
    re.IGNORECASE,
)


def _record_partners(section: SectionContext) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The countries of the section's records ("Land: Duitsland" "Status: strategisch
    partner" …), each with the category its status field gives, else the category of the
    partner chapter it stands in; a status that denies a partnership ("geen partner meer",
    "vervallen") gives none, and a record outside the partner chapters with no status field
    gives none."""
    chapter = _CHAPTER
    records: dict[str, tuple[Sentence, PartnerCategory | None, bool]] = {}
    for sentence in section.sentences:
        code = sentence.record
        if code is None or code in KINGDOM:
            continue
        first, category, denied = records.get(code, (sentence, None, False))
        if sentence.label is not None and _STATUS_FIELD.fullmatch(sentence.label.strip()):
            value = sentence.text.split(":", 1)[1]
            if _STATUS_DENIES.search(value) and not _STRATEGIC.search(value):
                denied = True
            else:
                category = category or _announced(value)
                first = sentence
        records[code] = (first, category, denied)
    out = []
    for code, (sentence, category, denied) in records.items():
        category = category or chapter.get(section.group)
        if category is not None and not denied:
            out.append((code, category, sentence))
    return out


# A word for partners, of either kind: a sentence with one may speak of a partnership.
_PARTNER_WORD = re.compile(r"\bpartner\w*|\bstrategisch\w*|\bbondgeno\w*", re.I)
# A negation, but not of the strategic category alone ("niet-strategisch partnerland", "geen
# strategische partner" still make a partner).
_DENIES = re.compile(rf"\b(?:{_NEGATIONS})\b(?!(?:-|\s+)(?:als\s+)?strategisch)", re.I)


# A table of partners by its column header: a country column first, then its category
# ("Land Categorie Nadruk Wijziging", "Staat | Status | …").
_CATEGORY_TABLE = re.compile(
    r"^\W*(?:land|staat|partner(?:land)?)\b.{0,40}\b(?:categorie|status|type)\b", re.IGNORECASE
)
# The category cell right after a row's country cell.
_CATEGORY_CELL = re.compile(
    r"\s*\|?\s*(?P<cat>strategisch(?:e)?|overig(?:e)?|partnerland)"
    r"(?:\s+partner(?:land)?)?(?=\s|\||$)",
    re.IGNORECASE,
)


def _table_partners(section: SectionContext) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The rows of a partners table whose header starts with the country's column and names
    a category column ("Land Categorie Nadruk Wijziging" over "België strategisch …
    Canada overig …"): each country with the category in the cell right after it."""
    if not section.heading_found or not _CATEGORY_TABLE.match(section.title):
        return []
    out = []
    for sentence in section.sentences:
        for _, end, code in find_countries(sentence.text):
            cell = _CATEGORY_CELL.match(sentence.text, end)
            if cell is None or code in KINGDOM:
                continue
            strategic = cell.group("cat").lower().startswith("strateg")
            category = PartnerCategory.STRATEGIC if strategic else PartnerCategory.OTHER
            out.append((code, category, sentence))
    return out


# A matrix of partners: the header's first column the countries, then columns named by the
# categories ("Land strategisch overig multilateraal verband"), each row a country and one
# mark per column ("België ✓ — ✓ Canada — ✓ ✓ …").
_MATRIX_KEY = re.compile(
    r"^\W*(?:land|landen|staat|staten|partner(?:land)?|partnerlanden)\b\s*", re.IGNORECASE
)
# A cell's mark, a note's mark glued on ("✓¹", "✓*"): yes or no.
_YES_MARKS = frozenset({"✓", "✔", "☑", "●", "■", "x", "X", "×", "ja", "Ja", "JA"})
_NO_MARKS = frozenset({"—", "–", "-", "○", "□", "✗", "✘", "nee", "Nee", "NEE"})
_MARK = re.compile(r"\s*(\S+?)[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*(?=\s|$)")


def _matrix_columns(header: str, width: int) -> dict[int, PartnerCategory] | None:
    """The category of each of the *width* columns after the country's whose label names one,
    from the words of the header after its first column; None when the words cannot be
    parted into exactly that many labels with certainty."""
    key = _MATRIX_KEY.match(header)
    if key is None:
        return None
    words = header[key.end() :].split()

    def category(word: str) -> PartnerCategory | None:
        # A column's label read as a chapter's heading is: a word that sets the partners
        # apart ("overig", "andere", "niet-strategisch"), else the strategic word.
        lowered = word.casefold()
        if lowered.startswith(OTHER_CUE_WORDS):
            return PartnerCategory.OTHER
        if lowered.startswith(STRATEGIC_CUE_WORDS):
            return PartnerCategory.STRATEGIC
        return None

    # A category's word is a label of its own; a run of other words, one label ("multilateraal
    # verband") unless there are exactly as many words as columns.
    labels: list[PartnerCategory | None] = []
    if len(words) == width:
        labels = [category(w) for w in words]
    else:
        for word in words:
            kind = category(word)
            if kind is not None or not labels or labels[-1] is not None:
                labels.append(kind)
    if len(labels) != width:
        return None
    columns = {i: kind for i, kind in enumerate(labels) if kind is not None}
    return columns or None


def _matrix_rows(text: str) -> list[tuple[str, list[str]]]:
    """Each country of *text* with the marks after it, when *text* is nothing but such rows
    (it opens on a country, and only marks stand between the countries); else none (a note
    under the matrix: "Opmerking: matrix zonder Rusland, China")."""
    found = find_countries(text)
    if not found or text[: found[0][0]].strip():
        return []
    rows = []
    for (_, end, code), nxt in itertools.zip_longest(found, found[1:]):
        cells = text[end : nxt[0] if nxt is not None else len(text)]
        matches = list(_MARK.finditer(cells))
        marks = [m.group(1) for m in matches]
        # Nothing but marks between this country and the next.
        if not marks or "".join(cells.split()) != "".join(m.group(0).strip() for m in matches):
            return []
        if any(m not in _YES_MARKS and m not in _NO_MARKS for m in marks):
            return []
        rows.append((code, marks))
    return rows


def _matrix_partners(section: SectionContext) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The rows of a partner matrix under its header (see _MATRIX_KEY): each country with
    the one category column its row marks yes.  Every row must give the same number of marks
    and nothing else; a row that marks both categories, or neither, gives nothing."""
    if not section.heading_found:
        return []
    rows: list[tuple[str, list[str], Sentence]] = []
    for sentence in section.sentences:
        read = _matrix_rows(sentence.text)
        rows += [(code, marks, sentence) for code, marks in read]
    if len(rows) < 2 or len({len(marks) for _, marks, _ in rows}) != 1:
        return []
    columns = _matrix_columns(section.title, len(rows[0][1]))
    if columns is None:
        return []
    out = []
    for code, marks, sentence in rows:
        marked = {columns[i] for i, m in enumerate(marks) if i in columns and m in _YES_MARKS}
        if len(marked) == 1 and code not in KINGDOM:
            out.append((code, marked.pop(), sentence))
    return out


def _led_partners(section: SectionContext) -> list[tuple[str, Sentence]]:
    """In a partner chapter with no heading per country, the countries whose paragraph or
    item it leads with the country's name and a colon ("• Canada: Canadese vliegers trainden
    met Nederlandse …"), each with that sentence; not one the sentence denies a partnership
    or casts as a threat ("Zuid-Korea: vervallen per 1932", "Rusland: hoofddreiging")."""
    if section.group not in (Group.STRATEGIC, Group.OTHER) or section.countries:
        return []
    if _MONEY_TALK.search(section.title):
        return []  # "Defensie-uitgaven der partnerlanden": its items are figures
    out = []
    for sentence in section.sentences:
        # A label and what follows it: a run-in head alone ("4.5 Finland.") says nothing of
        # the country (the sentence after it may end the partnership).
        code = lead_country(sentence.text, run_in=False)
        if code is None or code in KINGDOM or sentence.question:
            continue
        if _STATUS_DENIES.search(sentence.text) or _MONEY_TALK.search(sentence.text):
            # Denied, a threat, or an item of a list of figures ("Duitsland: juiste bedrag
            # zie bijlage"), which says nothing of what the country is.
            continue
        out.append((code, sentence))
    return out


# What an item of a list of budgets speaks of.
_MONEY_TALK = re.compile(
    r"\b(?:bedrag\w*|cijfer\w*|budget\w*|\w*begroting\w*|\w*uitgaven|miljard|miljoen|mld|mln)\b"
    r"|[€$£%]",
    re.IGNORECASE,
)


def _refuses(text: str) -> bool:
    """Whether *text* refuses the countries it names a partnership: a negation, an ended or a
    proposed one, a threat."""
    return any(p.search(text) for p in (_DENIES, _ENDED, _PROPOSED, _THREAT))


def _may_name_partners(text: str) -> list[str]:
    """The countries *text* may name as partners in words the parser does not read: beside a
    word for partners, or three or more in a bare list with no figures, treaty, membership
    or mission in sight (_listed); none when it refuses them anything (_refuses)."""
    if _PARTNER_WORD.search(text):
        named = _countries(text)
    elif _MONEY_TALK.search(text) or _OTHER_LIST.search(text):
        return []
    else:
        named = _listed(text)
    return [] if not named or _refuses(text) else named


def find_unread_partners(
    sections: Sequence[SectionContext], partners: Sequence[Partner]
) -> list[Unread]:
    """The countries that are not among *partners* though a sentence names them beside a word
    for partners, or lists three or more of them with no figures and no treaty, membership or
    mission in sight (_listed), and refuses them nothing (no negation, no ended or proposed
    partnership, no threat): their partnership may be stated there in words the parser does
    not read ("…, met dien verstande dat aan eerstgenoemde vijf landen de hoedanigheid van
    strategisch partner toekomt", "De kerngroep omvatte zes landen: …").  The diff then does
    not call such a country's partnership added or removed."""
    read = {p.code for p in partners}
    out: list[Unread] = []
    for section in sections:
        for sentence in section.sentences:
            if sentence.question:
                continue
            for code in _may_name_partners(sentence.text):
                if code not in read:
                    read.add(code)
                    out.append(Unread(code, sentence.source()))
    return out


# This many countries or more named under one category in one sentence are an enumeration of
# that category's partners.
_ENUMERATION = 3

# What else a list of countries is: the parties to a treaty, the members of an organisation,
# the participants in a mission or exercise.
_OTHER_LIST = re.compile(
    r"\b(?:partij\w*|verdrag\w*|lid|leden|lidstaten|lidland\w*|deelne\w*|onderteken\w*|"
    r"missie\w*|operatie\w*|oefening\w*)\b",
    re.IGNORECASE,
)


def _listed(text: str) -> list[str]:
    """The countries of a list of _ENUMERATION or more that *text* runs through with nothing
    but commas and "en" between them ("De kerngroep omvatte zes landen: België, Duitsland, …
    en Noorwegen"): in a sentence with no word for partners, such a list may still be the
    partners in words the parser does not read."""
    found = [(start, end, code) for start, end, code in find_countries(text) if code not in KINGDOM]
    out: list[str] = []
    run: list[str] = []
    for k, (start, _end, code) in enumerate(found):
        if k and _LIST_GAP.fullmatch(text, found[k - 1][1], start) is None:
            if len(set(run)) >= _ENUMERATION:
                out += run
            run = []
        run.append(code)
    if len(set(run)) >= _ENUMERATION:
        out += run
    return list(dict.fromkeys(out))


# The category of the partners a chapter is about.
_CHAPTER = {Group.STRATEGIC: PartnerCategory.STRATEGIC, Group.OTHER: PartnerCategory.OTHER}
# A count of partners of a category, with no country named: "In 2161 telde Nederland zeven
# strategische partners." (the list follows in the next sentences).
_COUNTED = re.compile(
    r"\b(?P<n>\d{1,2}|[a-zé]{3,12})\s+(?:(?:andere|overige|strategische)\s+)?"
    r"(?:partner\w*|landen)\b",
    re.IGNORECASE,
)
# The fewest sentences the counted list may take, and the most.
_COUNTED_REACH = 4


# A question that asks which countries are partners ("Welke landen zijn in 2161 verder nog
# partner?", "Met welke landen werken we nog meer samen?"): not a yes-or-no question, whose
# premise is asked, not stated.
_WHICH = re.compile(
    r"^\W*(?:met\s+|van\s+)?welke\s+(?:andere\s+|overige\s+)?(?:landen|partners?)\b", re.I
)
# A bulleted list's items.
_ITEM_MARK = re.compile(r"\s*[" + BULLETS + r"]\s*")


def _answered_list(
    question: Sentence, answer: Sentence, terms: Sequence[tuple[re.Pattern[str], str]]
) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The partners a which-question asks for, answered by the bulleted list of countries right
    after it ("Welke landen zijn in 2161 verder nog partner?" over "• Italië • Spanje • Japan
    • Polen"): the countries of the items that are only a country's name (the last may run on
    into the paragraph after the list), at least two of them; else none."""
    if not question.text.rstrip().endswith("?"):
        return []  # nearly every sentence: no question
    text = _in_plain_words(question.text, terms)
    if not _WHICH.match(text):
        return []
    category = _announced(text) or (
        PartnerCategory.OTHER if re.search(r"\bpartner", text, re.I) else None
    )
    if category is None:
        return []
    codes = _bulleted_countries(answer.text)
    if len(codes) < 2:
        return []
    return [(code, category, answer) for code in codes]


def _bulleted_countries(text: str) -> list[str]:
    """The countries of a bulleted list of nothing but countries' names at the start of
    *text* ("• Italië • Spanje • Japan • Polen"; the last item may run on into the paragraph
    after the list), in order; [] when *text* opens on no such list."""
    if not _ITEM_MARK.match(text):
        return []
    codes: list[str] = []
    for item in _ITEM_MARK.split(text)[1:]:
        listed = _bare_list(item)
        if listed is not None:
            codes += listed
            continue
        # The last item, run on into the paragraph after the list ("• Polen Samen met …"):
        # its country if it opens the item.
        found = find_countries(item)
        if found and item[: found[0][0]].strip().lower() in ("", "het", "de"):
            codes.append(found[0][2])
        break
    return [c for c in dict.fromkeys(codes) if c not in KINGDOM]


def _counted_list(
    sentence: Sentence,
    after: Sequence[Sentence],
    terms: Sequence[tuple[re.Pattern[str], str]],
    chapter: PartnerCategory | None = None,
) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The partners a count announces ("In 2161 telde Nederland zeven strategische partners.
    Heel nauw trekken we op met België, Luxemburg en Duitsland. Daarna komen Frankrijk, …"):
    the countries of the sentences right after it, or of the bulleted list right after it,
    when they are exactly as many as the count says; else none (which of them are meant would
    be a guess).  In a partner chapter (*chapter*, its category) a count of countries will do
    ("Met deze vier landen trokken we ook op:")."""
    lowered = sentence.text.lower()
    if ("partner" not in lowered and "landen" not in lowered) or sentence.question:
        return []  # nearly every sentence: no count of partners
    if _COUNTED.search(sentence.text) is None:
        return _counted_after(sentence, after, terms)
    text = _in_plain_words(sentence.text, terms)
    m = _COUNTED.search(text)
    if m is None or _countries(text):
        return []
    n = _count_of(m.group("n"))
    category = _announced(text[m.start() :]) or chapter
    if n is None or n < 2 or category is None or _NEGATION_BETWEEN.search(text):
        return []
    listed = _bulleted_countries(after[0].text)
    if listed:
        return [(code, category, after[0]) for code in listed] if len(listed) == n else []
    codes: list[tuple[str, Sentence]] = []
    for nxt in after[:_COUNTED_REACH]:
        named = _countries(nxt.text)
        if (
            not named
            or nxt.question
            or _from_sentence(nxt, terms)
            or _NEGATION_BETWEEN.search(nxt.text)
            or _THREAT.search(nxt.text)
        ):
            break
        codes += [(code, nxt) for code in dict.fromkeys(named)]
        if len(codes) >= n:
            break
    if len({code for code, _ in codes}) != n or len(codes) != n:
        return []
    return [(code, category, where) for code, where in codes]


def _counted_after(
    sentence: Sentence, after: Sequence[Sentence], terms: Sequence[tuple[re.Pattern[str], str]]
) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The partners of a category a sentence names without a country, counted and listed in
    the sentence right after it ("Belangrijkste partners noemen wij strategisch. Aantal 2001:
    7, namelijk België, Duitsland, …"): the countries of that sentence when they are exactly
    as many as a count in it says; else none."""
    text = _in_plain_words(sentence.text, terms)
    category = _announced(text)
    if category is None or _countries(text) or _NEGATION_BETWEEN.search(text) or not after:
        return []
    nxt = after[0]
    if (
        nxt.question
        or _from_sentence(nxt, terms)
        or _NEGATION_BETWEEN.search(nxt.text)
        or _THREAT.search(nxt.text)
    ):
        return []
    named = list(dict.fromkeys(_countries(nxt.text)))
    if len(named) < _ENUMERATION or len(named) not in _counts(nxt.text):
        return []
    return [(code, category, nxt) for code in named]


# Before a count, in its clause: a negation ("geen 7 kernpartners meer"); in its sentence,
# the past ("Vorig jaar waren er 6 kernpartners", "Voorheen telden wij …").
_COUNT_DENIED = re.compile(r"\b(?:niet|geen|nooit|nimmer|zonder)\b[^.;:]*$", re.I)
_COUNT_PAST = re.compile(r"\b(?:vorig\w*|voorheen|eerder|vroeger|daarvoor|destijds)\b", re.I)
# A count right before a category's word, one word between at most: "7 kernpartners", "zeven
# strategische partners", "4 verdere partnerlanden" (a box of key facts, a summary).  The word
# between is looked at, not taken, so that a count right after it is found too.
_COUNTED_CUE = re.compile(r"\b(?P<n>\d{1,2}|[a-z]{3,12})\s+(?=(?P<between>[a-zà-ÿ]+\s+)?)", re.I)


def _stated_counts(
    sentences: Sequence[Sentence], terms: Sequence[tuple[re.Pattern[str], str]]
) -> dict[PartnerCategory, set[int]]:
    """How many partners of each category the edition says it has, where a count stands
    right before the category's word ("Kort samengevat: 7 kernpartners; 4 projectlanden";
    "omvatte het netwerk 7 kernpartners naast 4 verdere partnerlanden")."""
    out: dict[PartnerCategory, set[int]] = {}
    for sentence in sentences:
        if sentence.question:
            continue
        text = _in_plain_words(sentence.text, terms)
        for m in _COUNTED_CUE.finditer(text):
            n = _count_of(m.group("n"))
            if n is None or not 2 <= n <= 20:
                continue
            # The cue starts right after the count, or after one word ("verdere"), and is not
            # negated or spoken of in the past around it.
            starts = (m.end(), m.end("between")) if m.group("between") else (m.end(),)
            strategic = any(_STRATEGIC.match(text, at) for at in starts)
            if strategic == any(_OTHER.match(text, at) for at in starts):
                continue
            category = PartnerCategory.STRATEGIC if strategic else PartnerCategory.OTHER
            if _COUNT_DENIED.search(text, max(0, m.start() - 40), m.start()) or _COUNT_PAST.search(
                text, 0, m.start()
            ):
                continue
            out.setdefault(category, set()).add(n)
    return out


def _counted_groups(
    sections: Sequence[SectionContext],
    terms: Sequence[tuple[re.Pattern[str], str]],
    found: dict[str, Partner],
) -> list[tuple[str, PartnerCategory, Sentence]]:
    """The partners of a category that nothing else found any of, whose count the edition
    states (_stated_counts) and that one sentence, and one only, lists exactly that many of,
    none of them read yet: "Kort samengevat: 7 kernpartners" and "Nederland werkt bovenal
    samen met België, Duitsland, … en de Verenigde Staten: kopgroep 2161." (seven countries).
    The sentence must be one that may name partners in words the parser does not read
    (_may_name_partners).  A category stated with two different counts, or two categories
    with the same count, give nothing."""
    sentences = [x for section in sections for x in section.sentences]
    counts = _stated_counts(sentences, terms)
    have = {p.category for p in found.values()}
    wanted = {
        category: next(iter(ns))
        for category, ns in counts.items()
        if len(ns) == 1 and category not in have
    }
    if len(set(wanted.values())) < len(wanted):
        return []
    by_size: dict[int, list[tuple[Sentence, list[str]]]] = {}
    for sentence in sentences:
        if sentence.question:
            continue
        named = list(dict.fromkeys(_may_name_partners(sentence.text)))
        if len(named) < _ENUMERATION or any(code in found for code in named):
            continue
        by_size.setdefault(len(named), []).append((sentence, named))
    out: list[tuple[str, PartnerCategory, Sentence]] = []
    for category, n in wanted.items():
        candidates = by_size.get(n, [])
        if len(candidates) == 1:
            sentence, named = candidates[0]
            out.extend((code, category, sentence) for code in named)
    return out


def _besides_listed(text: str) -> list[str]:
    """The countries a sentence that sets them beside the partners' group lists with no word
    for working together ("Naast die kopgroep zoekt Defensie Australië, Suriname, Tsjechië en
    Zuid-Korea op."): three or more in a bare list, with no figures, treaty, membership or
    mission in sight and nothing refused them."""
    if _MONEY_TALK.search(text) or _OTHER_LIST.search(text) or _refuses(text):
        return []
    return _listed(text)


def find_partners(sections: Sequence[SectionContext]) -> list[Partner]:
    found: dict[str, Partner] = {}
    not_strategic: set[str] = set()
    # The countries an enumeration gave their category (see below).
    definitive: set[str] = set()
    # Whether an enumeration of the strategic partners said how many there are, and named
    # that many: the whole group (see the country headings below).
    complete = False
    terms = defined_terms([x.text for section in sections for x in section.sentences])
    for section in sections:
        # The category the sentence before gave, and whether it said "not strategic".
        before: tuple[PartnerCategory, bool] | None = None
        previous: Sentence | None = None
        for i, sentence in enumerate(section.sentences):
            read = _from_sentence(sentence, terms)
            if not read and before is not None and _SAME_STATUS.search(sentence.text):
                read = [(code, *before) for code in _countries(sentence.text)]
            if (
                not read
                and previous is not None
                and not sentence.question
                and (_ANAPHOR.match(sentence.text) or _POINTS_BACK.search(sentence.text))
                and not _countries(sentence.text)
            ):
                # "Dit betreft Spanje, Suriname en Tsjechië. Zij zijn partnerland; …": the
                # cue speaks of the list in the sentence before.
                read = [
                    r
                    for r in enumerated_partners(f"{previous.text} {sentence.text}")
                    if r[0] in _countries(previous.text)
                ]
            # Where each country was read, when not from this sentence.
            where_read: dict[str, Sentence] = {}
            if not read and i + 1 < len(section.sentences):
                counted = _counted_list(
                    sentence, section.sentences[i + 1 :], terms, _CHAPTER.get(section.group)
                ) or _answered_list(sentence, section.sentences[i + 1], terms)
                read = [(code, category, False) for code, category, _ in counted]
                where_read = {code: where for code, _, where in counted}
            previous = sentence
            # An enumeration of several countries under one category ("telde Nederland tien
            # strategische partners, namelijk …") says what each of them is; a country met
            # before in passing under another category ("rekent Denemarken tot partnerlanden
            # wier …") takes the enumeration's.  The first enumeration to name a country
            # stands.
            listed = (
                Counter(category for _, category, negated in read if not negated) if read else {}
            )
            if listed and listed.get(PartnerCategory.STRATEGIC, 0) >= _ENUMERATION:
                counts = _counts(sentence.text)
                if listed[PartnerCategory.STRATEGIC] in counts or where_read:
                    # "telden wij in 1924: vijf, te weten …" with five countries after it
                    # (or a counted list read over the sentences after the count): the whole
                    # strategic group.
                    complete = True
            for code, category, negated in read:
                if negated:
                    not_strategic.add(code)
                enumerated = not negated and listed[category] >= _ENUMERATION
                if code not in found or (
                    enumerated and code not in definitive and found[code].category is not category
                ):
                    source = where_read.get(code, sentence).source()
                    found[code] = Partner(code, country_name(code), category, source)
                if enumerated:
                    definitive.add(code)
            before = (read[-1][1], read[-1][2]) if read else None
    for section in sections:
        for code, category, sentence in (
            *_record_partners(section),
            *_table_partners(section),
            *_matrix_partners(section),
        ):
            if code not in found:
                found[code] = Partner(code, country_name(code), category, sentence.source())
    all_sentences = [x for section in sections for x in section.sentences]
    for sentence, code, category in _list_items(all_sentences):
        if code not in found:
            found[code] = Partner(code, country_name(code), category, sentence.source())
    for sentence in all_sentences:
        if sentence.question:
            continue
        for code in _covered(sentence.text):
            if code not in found:
                found[code] = Partner(
                    code, country_name(code), PartnerCategory.OTHER, sentence.source()
                )
    # The strategic partners a counted enumeration named: the whole group.
    strategic = complete and any(found[c].category is PartnerCategory.STRATEGIC for c in definitive)
    for section in sections:
        if not section.heading_found or section.heading_block is None:
            continue
        if section.group not in (Group.INTRO, Group.STRATEGIC, Group.OTHER):
            continue
        category = (
            PartnerCategory.OTHER if section.group is Group.OTHER else PartnerCategory.STRATEGIC
        )
        block = section.heading_block
        if _STATUS_DENIES.search(section.title) or _THREAT.search(section.title):
            # A heading that says the country is no partner, or a threat ("China:
            # systeemrivaal → geen mil.", a slide's title): it heads no partner's section.
            continue
        for code in section.countries:
            if code in KINGDOM or code in found:
                continue
            if section.group is Group.INTRO and strategic:
                # A country's heading outside any partner chapter, in an edition that counts
                # its strategic partners and names them all without it ("… telden wij in
                # 1924: vijf, te weten België, …", then "Canada" under "Vrienden op
                # afstand"): not one of them.
                category = PartnerCategory.OTHER
            found[code] = Partner(
                code, country_name(code), category, Source(block.page, block.page_label, block.text)
            )
    # Outside the partner chapters, the countries the Netherlands works with besides the
    # strategic group ("Buiten die voorhoede werkte Defensie anno 2001 ook nauw met
    # Australië, Tsjechië, Estland en Polen."): other partners.
    for section in sections:
        if section.group in (Group.STRATEGIC, Group.OTHER, Group.MULTILATERAL):
            continue
        for sentence in section.sentences:
            if sentence.question or not _BESIDES_THE_GROUP.search(sentence.text):
                continue
            for code in _cooperating(sentence.text) or _besides_listed(sentence.text):
                if code not in found:
                    found[code] = Partner(
                        code, country_name(code), PartnerCategory.OTHER, sentence.source()
                    )
    # The body of a partner chapter without a sub-heading per country ("Overige
    # partnerlanden" followed by prose): the countries it says the Netherlands works with.
    for section in sections:
        if section.group not in (Group.STRATEGIC, Group.OTHER) or section.countries:
            continue
        if section.organisation is not None:
            continue
        category = (
            PartnerCategory.OTHER if section.group is Group.OTHER else PartnerCategory.STRATEGIC
        )
        for sentence in section.sentences:
            if sentence.question:
                continue
            besides = (
                _besides_listed(sentence.text) if _BESIDES_THE_GROUP.search(sentence.text) else []
            )
            for code in _cooperating(sentence.text) or besides:
                if code not in found:
                    found[code] = Partner(code, country_name(code), category, sentence.source())
        # A paragraph or item led by a country ("• Canada: Canadese vliegers …").
        for code, sentence in _led_partners(section):
            if code not in found:
                found[code] = Partner(code, country_name(code), category, sentence.source())
        # A bare list of countries under the chapter's heading ("Strategische partners" over
        # "• Kern: Verenigde Staten (VS), Frankrijk, …"): the heading says what they are.
        for sentence, codes in _bare_lists(section.sentences):
            for code in codes:
                if code not in found:
                    found[code] = Partner(code, country_name(code), category, sentence.source())
    # Last, a category nothing else found partners of, counted in one place and listed in
    # another.
    for code, category, sentence in _counted_groups(sections, terms, found):
        found[code] = Partner(code, country_name(code), category, sentence.source())
    out = []
    for partner in found.values():
        if partner.code in not_strategic and partner.category is PartnerCategory.STRATEGIC:
            partner = Partner(partner.code, partner.name, PartnerCategory.OTHER, partner.source)
        out.append(partner)
    return out
