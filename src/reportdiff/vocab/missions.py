"""Missions and operations: canonical name → organisation, location, and every form of the name.

A mission has one canonical name whatever the text calls it: "de NAVO-missie in Afghanistan",
"Resolute Support Mission" and "RSM" are all Resolute Support.  A descriptive phrase ("de
VN-missie in Mali") is resolved through :data:`DESCRIPTIVE`, (organisation, host) → name, only
where one mission of that organisation is in that country; elsewhere it stays
"<ORG>-missie <Land>".

NATO's enhanced Forward Presence is one name with several host countries, so it is keyed by
host ("eFP Litouwen"); the parser supplies the host from the sentence.

What happened to a mission is read as two things: its **mandate** (started, extended, ended)
and the **Dutch contribution** (started, reinforced, reduced, ended).  "De inzet in MINUSMA is
uitgebreid met een C-130-detachement" reinforces the contribution; it does not extend the
mandate.
"""

from __future__ import annotations

import re

import attrs

from reportdiff.dates import UNTIL, YEAR
from reportdiff.model import ContributionStatus, MandateStatus

from . import vocabulary
from ._lexicon import Lexicon

__all__ = [
    "CONTRIBUTION_CUES",
    "CONTRIBUTION_WORDS",
    "DECIDED",
    "DESCRIPTIVE",
    "ENDED_IN",
    "ENDED_LAST_YEAR",
    "ENDED_WORD",
    "GROWING",
    "HOSTED",
    "JOINING",
    "MANDATE_CUES",
    "MISSIONS",
    "MISSION_NOUNS",
    "NEGATED",
    "NOT_JOINING",
    "NOT_MISSIONS",
    "PROSPECT",
    "TROOP_COUNTS",
    "MissionEntry",
    "find_missions",
    "is_mission_name",
    "lookup_mission",
    "mission_names",
]

# The words that only say a name is a mission's: "missie Sirocco", "operatie Noordlicht".
MISSION_NOUNS = frozenset({"missie", "operatie", "mission", "operation"})


@attrs.frozen
class MissionEntry:
    name: str
    organisation: str
    location: str | None
    forms: tuple[str, ...] = ()


# Every canonical name with the forms other writers use: the full English name, the Dutch
# name, and "operatie X" / "missie X" where the report may write them.
MISSIONS: tuple[MissionEntry, ...] = (
    MissionEntry(
        "MINUSMA",
        "VN",
        "Mali",
        (
            "Multidimensional Integrated Stabilization Mission in Mali",
            "United Nations Multidimensional Integrated Stabilization Mission in Mali",
            "Multidimensionale Geïntegreerde Stabilisatiemissie in Mali",
            "VN-stabilisatiemissie in Mali",
        ),
    ),
    MissionEntry(
        "UNIFIL",
        "VN",
        "Libanon",
        (
            "United Nations Interim Force in Lebanon",
            "Interim-macht van de Verenigde Naties in Libanon",
            "Interimmacht van de Verenigde Naties in Libanon",
            "VN-interimmacht in Libanon",
        ),
    ),
    MissionEntry(
        "UNDOF",
        "VN",
        "Golanhoogten",
        (
            "United Nations Disengagement Observer Force",
            "VN-waarnemersmacht op de Golanhoogten",
            "VN-waarnemersmacht voor de troepenscheiding",
        ),
    ),
    MissionEntry(
        "UNTSO",
        "VN",
        "Midden-Oosten",
        (
            "United Nations Truce Supervision Organization",
            "United Nations Truce Supervision Organisation",
            "UN Truce Supervision Organization",
            "Truce Supervision Organization",
            "VN-bestandstoezichtsorganisatie",
            "Bestandstoezichtsorganisatie van de Verenigde Naties",
            "bestandstoezichtsorganisatie van de Verenigde Naties",
            "VN-organisatie voor bestandstoezicht",
            "VN-bestandsbewakingsorganisatie",
        ),
    ),
    MissionEntry(
        "UNMISS",
        "VN",
        "Zuid-Soedan",
        (
            "United Nations Mission in South Sudan",
            "United Nations Mission in the Republic of South Sudan",
        ),
    ),
    MissionEntry(
        "UNAMA",
        "VN",
        "Afghanistan",
        ("United Nations Assistance Mission in Afghanistan",),
    ),
    MissionEntry("UNSMIL", "VN", "Libië", ("United Nations Support Mission in Libya",)),
    MissionEntry(
        "MINUSCA",
        "VN",
        "Centraal-Afrikaanse Republiek",
        ("Multidimensional Integrated Stabilization Mission in the Central African Republic",),
    ),
    MissionEntry(
        "MONUSCO",
        "VN",
        "Congo",
        (
            "United Nations Organization Stabilization Mission in the Democratic Republic of the "
            "Congo",
        ),
    ),
    MissionEntry(
        "Resolute Support",
        "NAVO",
        "Afghanistan",
        (
            "Resolute Support Mission",
            "Resolute Support-missie",
            "RSM",
            "missie Resolute Support",
            "Resolute Support missie",
        ),
    ),
    MissionEntry(
        "ISAF",
        "NAVO",
        "Afghanistan",
        (
            "International Security Assistance Force",
            "Internationale Veiligheidsbijstandsmacht",
            "internationale veiligheidsbijstandsmacht",
        ),
    ),
    MissionEntry("KFOR", "NAVO", "Kosovo", ("Kosovo Force", "Kosovo-macht", "Kosovomacht")),
    MissionEntry(
        "NMI",
        "NAVO",
        "Irak",
        (
            "NATO Mission Iraq",
            "NAVO-missie Irak",
            "NATO Mission in Iraq",
            "NAVO-trainingsmissie in Irak",
        ),
    ),
    MissionEntry(
        "Sea Guardian",
        "NAVO",
        "Middellandse Zee",
        ("Sea Guardian", "Operation Sea Guardian", "operatie Sea Guardian"),
    ),
    MissionEntry(
        "EUFOR Althea", "EU", "Bosnië en Herzegovina", ("Althea", "EUFOR-Althea", "operatie Althea")
    ),
    MissionEntry(
        "EUNAVFOR Atalanta",
        "EU",
        "Golf van Aden",
        ("Atalanta", "EU NAVFOR Atalanta", "EUNAVFOR-Atalanta", "operatie Atalanta"),
    ),
    MissionEntry(
        "EUNAVFOR MED Irini",
        "EU",
        "Middellandse Zee",
        ("Irini", "EU NAVFOR MED Irini", "EUNAVFOR Irini", "operatie Irini"),
    ),
    MissionEntry(
        "EUNAVFOR MED Sophia",
        "EU",
        "Middellandse Zee",
        ("Sophia", "EU NAVFOR MED Sophia", "EUNAVFOR Sophia", "operatie Sophia"),
    ),
    MissionEntry(
        "EUTM Mali",
        "EU",
        "Mali",
        (
            "European Union Training Mission Mali",
            "EU Training Mission Mali",
            "EU-trainingsmissie in Mali",
        ),
    ),
    MissionEntry("EUCAP Sahel Mali", "EU", "Mali"),
    MissionEntry(
        "EUMM Georgia",
        "EU",
        "Georgië",
        ("EU Monitoring Mission in Georgia", "EUMM Georgië", "EU-waarnemingsmissie in Georgië"),
    ),
    MissionEntry(
        "EUAM Ukraine",
        "EU",
        "Oekraïne",
        ("EU Advisory Mission Ukraine", "EUAM Oekraïne"),
    ),
    MissionEntry(
        "EULEX Kosovo",
        "EU",
        "Kosovo",
        ("EU Rule of Law Mission in Kosovo", "European Union Rule of Law Mission in Kosovo"),
    ),
    MissionEntry(
        "EUBAM Libya",
        "EU",
        "Libië",
        ("EU Border Assistance Mission in Libya", "EUBAM Libië"),
    ),
    MissionEntry(
        "Inherent Resolve",
        "anti-ISIS-coalitie",
        "Irak en Syrië",
        ("Counter-ISIS", "Operation Inherent Resolve", "operatie Inherent Resolve"),
    ),
)

# A mission named by its organisation and host ("de VN-missie in Mali"), where that names one
# mission.  NATO in Afghanistan is Resolute Support from 2015 (ISAF before it ended in 2014).
DESCRIPTIVE: dict[tuple[str, str], str] = {
    ("VN", "Mali"): "MINUSMA",
    ("VN", "Libanon"): "UNIFIL",
    ("VN", "Zuid-Soedan"): "UNMISS",
    ("VN", "Libië"): "UNSMIL",
    ("NAVO", "Afghanistan"): "Resolute Support",
    ("NAVO", "Kosovo"): "KFOR",
    ("NAVO", "Irak"): "NMI",
    ("EU", "Bosnië en Herzegovina"): "EUFOR Althea",
    ("EU", "Georgië"): "EUMM Georgia",
}

# Missions with one name and several hosts: the canonical name is "<name> <host>".
# The forms include the Dutch names ("vooruitgeschoven aanwezigheid") and NATO's battlegroup,
# which is the eFP in its host ("de NAVO-gevechtsgroep in Litouwen (eFP)").
HOSTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "eFP": (
        "NAVO",
        (
            "enhanced Forward Presence",
            "Enhanced Forward Presence",
            "eFP",
            "EFP",
            "vooruitgeschoven aanwezigheid",
            "versterkte vooruitgeschoven aanwezigheid",
            "versterkte voorwaartse aanwezigheid",
            "voorwaartse aanwezigheid",
            "NAVO-gevechtsgroep",
            "eFP-gevechtsgroep",
            "eFP-battlegroup",
            "eFP battlegroup",
            "NAVO-battlegroup",
        ),
    ),
}


@vocabulary
def mission_names() -> frozenset[str]:
    """Every name, acronym and form of a mission the vocabulary knows ("eFP", "UNTSO", "United
    Nations Truce Supervision Organization"), case-folded: a word in parentheses that is one of
    these names a mission, never an organisation."""
    names = {f for e in MISSIONS for f in (e.name, *e.forms)}
    names |= {f for key, (_, forms) in HOSTED.items() for f in (key, *forms)}
    return frozenset(n.casefold() for n in names)


def is_mission_name(text: str) -> bool:
    """Whether *text* is a known mission's name in any form, or one followed by its host or the
    contributor ("eFP Litouwen", "eFP Nederland")."""
    text = " ".join(text.split()).casefold()
    return text in mission_names() or text.split(" ", 1)[0] in mission_names()


# Upper-case words that look like a UN mission's acronym and are not one.
NOT_MISSIONS = frozenset(
    {
        "UNESCO", "UNICEF", "UNHCR", "UNDP", "UNODC", "UNOPS", "UNFPA", "UNEP", "UNGA", "UNSC",
        "UNRWA", "UNCTAD", "UNIDO", "UNITAR", "UNOCHA", "UNDPO", "UNDPPA", "UNSG", "UNCLOS",
        "UNITED",
    }
)  # fmt: skip

# Words for the Dutch part in a mission, as opposed to the mission itself.
CONTRIBUTION_WORDS = re.compile(
    r"\b(?:bijdrage|bijdragen|inbreng|inzet|deelname|deelneming|eenheid|eenheden|militairen|detachement|"
    r"aandeel|optreden|contingent|troepenbijdrage|Nederlandse\s+(?:troepen|militairen|personeel)|"
    # the people counted, or taking part with the separable verb: "doen daar 60 Nederlanders
    # aan mee"
    r"\d+\s+Nederlanders|(?:doet|doen|deed|deden)\b[^.;]{0,40}?\bmee|"
    r"(?:draagt|droeg|dragen)\b[^.;]{0,40}?\bbij|(?:neemt|nam|nemen|namen)\b[^.;]{0,40}?\bdeel)\b",
    re.IGNORECASE,
)

# Taking part that is only asked for, proposed or weighed: "Een verzoek om ook aan KFOR deel
# te nemen werd bestudeerd", "Meedoen aan UNMISS is voorgesteld", "Deelname aan EUFOR Althea
# wordt overwogen".  Read in a mission's own clause, and only where the clause speaks of
# joining (JOINING) and not of more of a part already taken (GROWING): "het kabinet
# overweegt de bijdrage te verlengen" is about a mission taken part in.
PROSPECT = re.compile(
    # a request to do so ("verzoek … om … deel te nemen"), not "op verzoek van de VN"
    r"\b(?:verzoek\w*|gevraagd|vraagt|vragen|vroeg|vroegen)\b[^.;]{0,80}?\bom\b[^.;]{0,60}?\bte\s+\w+|"
    r"\bvoorgesteld\b|\bvoorstel\w*|\bstel\w*\s+voor\b|\boverw(?:eeg|eegt|og|ogen|egen)\b|"
    # "in overweging", "ter overweging": being weighed; an option put to the minister ("Kennis
    # te nemen van de optie een bijdrage te leveren aan EUTM Sirocco")
    r"\b(?:in|ter)\s+overweging\b|\bopties?\b|"
    # being studied; maybe doing it: "Nog in studie: misschien levert Nederland iets aan
    # UNTSO" (not "de inzet was misschien de zwaarste": a maybe said of something else)
    r"\b(?:in|ter)\s+studie\b|\beventueel\b|"
    # (an aside may come between: "Misschien, mits de Kamer instemt, gaan volgend jaar …")
    r"\b(?:misschien|wellicht)\b(?:,[^.;]{0,60}?,)?\s+(?:\w+\s+){0,3}?(?:lever\w*|neem\w*|neemt|doe\w*|doet|"
    r"draag\w*|stuur\w*|zend\w*|zet\w*|ga|gaat|gaan|sluit\w*)\b|"
    r"\bbestudeer\w*|\bonderzo(?:cht|ekt|eken)\b|\bbezien\b|\bin\s+beraad\b|\bverken\w*|\bverkend\b|"
    # deliberation with no decision yet: "het kabinet beraadt zich", "besluit ontbreekt",
    # "een besluit volgt later", "(nog) geen besluit"
    r"\bberaa?d(?:t|en|slaagt|slagen)?\s+(?:\w+\s+){0,3}?(?:zich|ons|me)\b|\bberaadsla\w*|"
    # the decision still out or to come: "besluitvorming staat nog uit", "kabinet beslist
    # later", "een besluit is nog niet genomen", "besloten heb ik nog niets"
    r"\b(?:staat|staan|stond|stonden)\s+nog\s+uit\b|"
    r"\b(?:beslist|beslissen|besluit|besluiten)\s+(?:\w+\s+){0,2}?later\b|"
    r"\bnog\s+niet\s+(?:genomen|gevallen)\b|\bnog\s+niets\s+(?:besloten|beslist)\b|"
    r"\b(?:besloten|beslist)\s+(?:\w+\s+){0,2}?nog\s+niets\b|"
    # being prepared or looked into: "in voorbereiding", "Ik laat het uitzoeken"
    r"\bin\s+voorbereiding\b|\buit\s*(?:te\s+)?zoeken\b|\buitgezocht\b|"
    # "Misschien: eFP Litouwen (NAVO, Litouwen)": a list's label that it may be
    r"\b(?:misschien|wellicht|mogelijk|eventueel)\s*:|"
    r"\b(?:besluit|beslissing|kabinetsbesluit)\s+(?:ontbreekt|ontbreken|volgt|moet\s+nog|is\s+er\s+nog\s+niet)\b|"
    # the decision about it still missing, the mission named in between: "kabinetsbesluit
    # inzake UNIFIL ontbreekt"
    r"\b\w*(?:besluit|beslissing)\b[^.;]{0,40}?\b(?:ontbreekt|ontbreken|moet\s+nog\s+\w+)\b|"
    # thinking it over: "Denkt de regering na over deelname aan UNIFIL?"
    r"\bdenk(?:t|en)?\s+(?:\w+\s+){0,3}?na\s+over\b|\bnadenk\w*|\bnagedacht\b|"
    r"\b(?:nog\s+)?geen\s+(?:besluit|beslissing|kabinetsbesluit)\b|"
    r"\bmogelijke\b|\bwordt\b[^.;]{0,40}\bbeslist\b|\bnog\s+niet\s+(?:besloten|beslist)\b|"
    # a condition contrary to fact: "Als Nederland zou deelnemen aan KFOR, …"; or the
    # question whether it would: "Of Nederland aan EUFOR Althea zou bijdragen, is onderzocht"
    r"\b(?:als|indien|mocht|wanneer|of)\b[^.;]{0,60}?\bzou(?:den)?\b|"
    # a condition set: "mits Kamer plus partners instemmen"
    r"\bmits\b|"
    # a part that may be taken ("Eventuele deelneming aan UNOMAR …"), or talk that led to no
    # decision ("… besproken, zonder dat daaromtrent besluitvorming volgde")
    r"\beventuele?\b|\bzonder\s+(?:dat\s+)?(?:\w+\s+){0,3}?(?:besluit\w*|beslu\w*|beslis\w*)|"
    # whether to join was looked into: "We hebben gekeken of we ook kunnen meedoen aan …"
    r"\b(?:gekeken|kijken|kijkt|keken|bekeken|bekijken|nagegaan|nagaan)\s+of\b|"
    # a wish or a supposition: "Ik zou heel graag zien dat we ook aan UNTSO meededen", "ik
    # wou dat we …", "stel dat we …"
    r"\bzou(?:den)?\s+(?:\w+\s+){0,2}(?:graag|willen|wensen)\b|"
    r"\b(?:ik|wij|we)\s+(?:wou|wilde|wilden)\s+dat\b|\bstel\s+dat\b|\bgraag\s+zien\s+dat\b",
    re.IGNORECASE,
)
JOINING = re.compile(
    r"\b(?:deel\s+te\s+nemen|deelnemen|deelname|deelneming|meedoen|mee\s+te\s+doen|"
    r"meedoet|meedeed|meededen|"
    r"bij\s+te\s+dragen|bijdrage|bijdragen|aan\s+te\s+sluiten|aansluiten|aansluiting|inzet|"
    r"in\s+te\s+zetten|"
    # sending people there: "Of er Nederlanders naar eFP Litouwen gaan, bestudeert …",
    # "militairen te sturen", "uit te zenden"
    r"uit\s+te\s+zenden|uitzenden|uitzending|te\s+sturen|sturen|zenden|"
    # giving something to it: "levert Nederland iets aan UNTSO", "te leveren aan"
    r"lever(?:t|en|de|den)?|te\s+leveren|"
    r"(?:Nederlanders|militairen|troepen|personeel|eenheden)\s+naar\b[^.;]{0,60}?\bgaan)\b",
    re.IGNORECASE,
)
GROWING = re.compile(
    r"\bverleng\w*|\bvoort\s+te\s+zetten\b|\bvoortzet\w*|\bcontinu\w*|\buit\s+te\s+breiden\b|"
    r"\buitbreid\w*|\bversterk\w*|\bop\s+te\s+schalen\b|\bafbouw\w*|\bafgebouwd\b|\baf\s+te\s+bouwen\b",
    re.IGNORECASE,
)
# A decision to take part after all ("op verzoek van de VN besloot het kabinet bij te
# dragen"), unless negated beside it (NEGATED, within a few words): "ging daarmee niet
# akkoord", "goedgekeurd is zo'n bijdrage niet".
DECIDED = re.compile(
    r"\b(?:goedgekeurd|goedgekeurde|ingestemd|stemde\w*\s+in|stemt\s+in|besloot|besloten|"
    r"akkoord|toegezegd|zegde\w*\s+toe)\b",
    re.IGNORECASE,
)
_NEGATIONS = r"niet|geen|nooit|nimmer"
# ("besloten heb ik nog niets", "is daarover niks besloten": nothing decided)
NEGATED = re.compile(rf"\b(?:{_NEGATIONS}|niets|niks)\b", re.IGNORECASE)
# Taking part refused outright: "besloot niet deel te nemen aan UNMISS", "levert geen
# bijdrage aan EUFOR Althea" (but "geen bijdrage meer" ends one that was taken).
NOT_JOINING = re.compile(
    rf"(?:\b(?:{_NEGATIONS})\s+(?:(?:Nederlandse?|eigen)\s+)?(?:deel\s+te\s+nemen|"
    r"deelname|deelnemen|deelneming|bij\s+te\s+dragen|bijdrage|mee\s+te\s+doen|meedoen|"
    r"in\s+te\s+zetten|detachement|eenheid|eenheden|militairen|troepen)\b"
    # "doen wij niet mee", "nemen wij geen deel", "neemt Nederland niet deel"
    r"|\b(?:doe|doet|doen|neem|neemt|nemen)\s+(?:\w+\s+){0,2}?(?:niet|geen)\s+"
    r"(?:mee|deel|aan\s+deel)\b)"
    r"(?![^.;]{0,40}\b(?:meer|langer)\b)"
    # going there denied: "Naar UNOMAR gaat Nederland niet" (not "gaat niet verder", an end)
    r"|\b(?:ga|gaat|gaan)\s+(?:\w+\s+){0,2}?niet\b(?=\s*(?:[.;:!?]|$|naar\b|heen\b))"
    # taking part said to be out of the question: "Deelname aan MINUSMA ligt buiten het
    # voornemen der regering", "een bijdrage aan UNTSO is uitgesloten", "… gaat niet door"
    r"|\b(?:deelname|deelneming|bijdrage|inzet|uitzending)\b[^.;]{0,60}?"
    r"(?:\b(?:ligt|liggen|lag|valt|vallen|viel)\s+buiten\b|"
    r"\b(?:is|zijn|was|blijft|blijven|bleef)\s+(?:\w+\s+)?(?:uitgesloten|van\s+de\s+baan|"
    r"niet\s+aan\s+de\s+orde|geen\s+optie)\b|\bgaat\s+niet\s+door\b)",
    re.IGNORECASE,
)

# A mission's end dated in a year ("beëindigd in 2192", "waar Nederland tot eind 2182 aan
# bijdroeg"): when that year is before the edition's, the mission is an earlier year's.
ENDED_IN = re.compile(
    r"\b(?:beëindigd|be[eë]indigd|afgerond|afgesloten|geëindigd|gestopt|teruggetrokken|"
    # "afgelopen, reeds 1984" (over, already in 1984); not "het afgelopen jaar"
    # ("afgerond, reeds 1973": a status, then the year)
    # (the mission may stand between: "voor ons eindigde die missie al in 1968")
    r"opgeheven|eindigde|eindigden|stopte|stopten|afgelopen),?\s+"
    r"(?:(?:die|deze|de|het|onze|hun)\s+(?:\w+\s+){1,2}?(?=(?:reeds|al|in|per|op)\s))?"
    r"(?:(?:reeds|al)\s+)?(?:(?:in|per|op)\s+)?(?:(?:\d{1,2}\s+\w+|eind|begin|medio|het\s+voorjaar|"
    r"de\s+zomer|het\s+najaar)\s+)?(?P<year>(?:19|20|21)\d{2})\b"
    # the year first: "is reeds in 2112 afgesloten", "de bijdrage zelf was in 2008
    # afgelopen", "waar de Nederlanders al in 2042 vertrokken", "deelname reeds 2163
    # beëindigd", "waaruit onze mensen anno 2123 vertrokken", "reeds in 2058 tot een einde
    # kwam"
    r"|\b(?:in|per|eind|sinds|gedurende|tijdens|anno|reeds|al)\s+(?P<year2>(?:19|20|21)\d{2})\s+"
    r"(?:\w+\s+){0,3}?"
    r"(?:beëindigd|be[eë]indigd|afgerond|geëindigd|gestopt|opgeheven|eindigde|eindigden|"
    r"stopte|stopten|afgesloten|vertrokken|afliep|afliepen|teruggetrokken|einde\s+kwam|"
    # (not "in 2090 het afgelopen jaar")
    r"afgelopen(?!\s+(?:jaar|jaren|periode|maand|maanden|week|weken|decennium|seizoen)\b))\b"
    # the separable verb around the year: "Deelname aan missie X liep in 2092 af", "die
    # missie sloten we in 2012 af", "de laatste Nederlanders kwamen in 2193 thuis"
    r"|\b(?:liep|liepen|sloot|sloten|rondde|rondden)\s+(?:\w+\s+){0,2}?(?:in|per|eind|medio)\s+"
    r"(?P<year4>(?:19|20|21)\d{2})\s+af\b"
    r"|\b(?:kwam|kwamen|keerde|keerden)\s+(?:\w+\s+){0,2}?(?:in|per|eind|medio)\s+"
    r"(?P<year6>(?:19|20|21)\d{2})\s+(?:thuis|terug)\b"
    # nobody sent since: "sinds 1943 levert Nederland daar niemand meer"
    r"|\bsinds\s+(?P<year7>(?:19|20|21)\d{2})\b[^.;]{0,40}?\b(?:niemand|niets)\s+meer\b"
    # the end's noun with its year: "sedert beëindiging (1907)"
    r"|\bbeëindiging\s*\(?(?:in\s+)?(?P<year8>(?:19|20|21)\d{2})\b"
    # the people back home: "laatste NL-personeel terug in 2182", "teruggekeerd per 2093"
    r"|\b(?:terug|teruggekeerd|teruggehaald|thuis)\s+(?:sinds|in|per)\s+(?:\w+\s+)?"
    r"(?P<year5>(?:19|20|21)\d{2})\b"
    rf"|\b{UNTIL}(?P<year3>{YEAR})\b"
    r"[^.;]{0,40}?\b(?:bijdroeg|bijdroegen|deelnam|deelnamen|meedeed|meededen|actief\s+was|"
    r"inzette|inzetten|meewerkte|meewerkten)\b",
    re.IGNORECASE,
)

# A mission's end told of the year before, with no year written: "Vorig jaar meldde het
# kabinet nog de afronding van EUTM Sirocco", "EUFOR Althea, een jaar eerder afgerond".
ENDED_LAST_YEAR = re.compile(
    r"\b(?:vorig|verleden)\s+jaar\b|\been\s+jaar\s+eerder\b|\bhet\s+jaar\s+daarvoor\b",
    re.IGNORECASE,
)
ENDED_WORD = re.compile(
    r"\b(?:afronding|afgerond|beëindig\w*|be[eë]indigd|stopte|stopten|gestopt|eindigde|"
    r"eindigden|geëindigd|opgeheven|teruggetrokken|terugtrekking)\b",
    re.IGNORECASE,
)

# What happened to the Dutch contribution, strongest first.
CONTRIBUTION_CUES: tuple[tuple[ContributionStatus, str], ...] = (
    (
        ContributionStatus.ENDED,
        r"beëindig\w*|be[eë]indigd|afgerond|teruggetrokken\s+uit|terugtrekking\s+uit|"
        r"\bbeëindiging\b|\bkwam\b[^.;]{0,40}?\been\s+einde\b|\bten\s+einde\b|"
        r"\b(?:maakte|maakt)\b[^.;]{0,20}?\been\s+einde\b|"
        # "trok zich op 26 augustus terug uit MINUSMA", "stopte met zijn bijdrage aan UNIFIL"
        r"\b(?:trok|trekt|trokken|trekken)\s+zich\b[^.;]{0,60}?\bterug\s+uit\b|"
        # "wij trokken onze 80 man terug" (the troops withdrawn)
        r"\b(?:trok|trekt|trokken|trekken)\s+(?:\w+\s+){0,4}?(?:man|militairen|troepen|"
        r"eenheden|eenheid|bijdrage|detachement|personeel)\s+terug\b|"
        r"\b(?:stopte|stopt|stopten|gestopt)\b[^.;]{0,40}?\b(?:met|ermee)\b|"
        # a status given in one word, as "afgerond" is: "EUTM Sirocco (EU, Sahel): gestopt"
        r"\bgestopt\b|"
        # "desondanks stopte Nederlands aandeel", "stopten de Nederlandse inzet", "onze
        # inbreng stopte"
        r"\b(?:stopte|stopten)\s+(?:\w+\s+){0,2}?(?:aandeel|bijdrage|deelname|deelneming|inzet|"
        r"inbreng)\b|\b(?:aandeel|bijdrage|deelname|deelneming|inzet|inbreng)\s+(?:stopte|stopten|"
        r"eindigde|eindigden)\b|"
        # the people home: "60 militairen: gerepatrieerd", "vertrokken de laatste veertig
        # militairen", "de laatste 150 Nederlanders zijn thuis"
        r"\bgerepatrieerd\b|\bvertrok(?:ken)?\s+de\s+laatste\b|"
        # "wij repatrieerden alle 250 militairen"; the reflexive withdrawal with its pronoun
        # ("in oktober trokken wij ons terug")
        r"\brepatri-?(?:eerde|eerden|eert|eren)\b|"
        r"\b(?:trok|trekt|trokken|trekken|trek)\s+(?:\w+\s+){0,2}?(?:ons|me|mij|zich)\s+"
        r"(?:\w+\s+){0,3}?terug\b|"
        r"\blaatste\s+(?:\w+\s+){0,3}?(?:militairen|Nederlanders|manschappen)\s+(?:zijn|waren|is)\s+"
        r"(?:thuis|teruggekeerd|vertrokken)\b|"
        # the separable verb: "de Nederlandse deelname liep in november af" (not "liep goed af")
        r"\bliep(?:en)?\s+(?:(?!goed\b|slecht\b|verkeerd\b|gelukkig\b)\w+\s+){0,3}?af\b|"
        # "alle 40 militairen zijn teruggeroepen", "… teruggehaald"
        r"\bteruggeroepen\b|\bteruggehaald\b|"
        # "levert sinds 2019 geen bijdrage meer", "neemt niet langer deel"
        r"\bgeen\s+(?:\w+\s+){0,2}(?:bijdrage|deelname|inzet|militairen)\s+meer\b|"
        r"\bniet\s+(?:meer|langer)\s+(?:\w+\s+){0,3}?(?:deel|bij|mee)\b",
    ),
    (
        ContributionStatus.REINFORCED,
        r"\b(?:uitgebreid|uit te breiden|uitbreiding|versterkt|versterking|verhoogd|opgeschaald|"
        r"vergroot)\b",
    ),
    (
        ContributionStatus.REDUCED,
        # Whole words: "onverminderd" (undiminished) is no reduction.
        r"\b(?:teruggebracht|verminderd|afgeschaald|verkleind|afgebouwd|afbouw|ingekrompen|"
        r"verlaagd)\b|"
        # "Minder militairen bij NMI: … daalde hun aantal tot 130"
        r"\bminder\s+(?:militairen|manschappen|personeel)\b|\b(?:daalde|daalt)\b[^.;]{0,20}?"
        r"\baantal\b",
    ),
    (
        ContributionStatus.STARTED,
        r"gestart|begonnen|\bbegon\b|\bstart\b|nieuwe bijdrage|\bsinds\s+(?:\w+\s+)?\d{4}\b|"
        r"besl\w+\s+(?:in\s+\d{4}\s+)?tot\s+deelname|toegezegd|gaat\s+\w*\s*bijdragen|"
        # new this year: a table's cell ("120 nieuw;"), "Nieuw is/was deelname aan …", "staat
        # sinds kort op de missielijst", "deze deelneming eerstmaals", "koos voor deelname
        # aan KFOR", "ging Nederland meedoen aan UNIFIL"
        r"\bnieuw(?=\s*(?:[;:,.)|]|$))|\b[Nn]ieuw\s+(?:is|was|zijn|waren)\b|\bsinds\s+kort\b|"
        r"\beerstmaals\b|\b(?:koos|kozen|gekozen)\b[^.;]{0,40}?\bvoor\s+(?:deelname|deelneming)\b|"
        r"\b(?:ging|gingen)\s+(?:\w+\s+){0,2}(?:meedoen|deelnemen)\b|\bis\s+gaan\s+(?:meedoen|deelnemen)\b",
    ),
)

# What happened to the mandate (the mission's own, or the Dutch one): strongest first.  A
# Dutch share that "loopt door tot eind 2084" has its (Dutch) mandate extended; the model has
# no extension of a contribution.
MANDATE_CUES: tuple[tuple[MandateStatus, str], ...] = (
    (
        MandateStatus.ENDED,
        r"beëindig\w*|be[eë]indigd|afgerond|aflopen\s+van\s+het\s+mandaat|mandaat\s+\w*\s*afgelopen|"
        # "NMI (NAVO; Irak): afgesloten op 31-03-2023"
        r"opgeheven|\bafgesloten\s+(?:op|per|in)\b",
    ),
    (
        MandateStatus.EXTENDED,
        r"verleng\w*|\bloopt\s+door\s+tot\b|\bdoorlopen\s+tot\b|\bliep\s+door\s+tot\b|"
        r"\bvoortgezet\s+tot\b|\bwordt\s+voortgezet\b|\bprolong\w*|"
        # "rekt de inzet … op tot ultimo 2143", "opgerekt tot"
        r"\b(?:rekt|rekte|rekken)\b[^.;]{0,80}?\bop\s+tot\b|\bopgerekt\b",
    ),
    (MandateStatus.STARTED, r"opgericht|ingesteld|van start gegaan"),
)

# A count of troops against an earlier one: "290 militairen, tegen 250 een jaar eerder",
# "van 250 naar 290 militairen".  More is a reinforcement, fewer a reduction.
_UNITS = (
    r"militairen|manschappen|man|personen|soldaten|mariniers|waarnemers|stafofficieren|"
    r"officieren|instructeurs|trainers|vliegers|marechaussees"
)
# "210 Nederlandse militairen": one word may stand between a count and its unit.
_OWN = r"(?:Nederlandse\s+|[a-zà-ÿ]+e\s+)?"
TROOP_COUNTS = (
    re.compile(
        r"\b(?P<new>\d{1,3}(?:\.\d{3})*|\d+)\s+" + _OWN + r"(?P<unit>" + _UNITS + r")\b[^.;]{0,30}?"
        r"\b(?:tegen|vergeleken met|ten opzichte van|t\.o\.v\.|tegenover|waar dat(?: er)?|"
        # "120 militairen (was 80)", "20 militairen (voorheen 40)", "(was: 250)"
        r"terwijl dat(?: er)?|na|was:?|voorheen|eerder)"
        r"\s+(?:nog\s+|ruim\s+|circa\s+|ongeveer\s+)?(?P<old>\d{1,3}(?:\.\d{3})*|\d+)\b"
    ),
    # "180 Nederlandse militairen …, 60 meer dan voorheen": the earlier count by difference.
    re.compile(
        r"\b(?P<new>\d{1,3}(?:\.\d{3})*|\d+)\s+" + _OWN + r"(?P<unit>" + _UNITS + r")\b[^.;]{0,80}?"
        r"\b(?P<diff>\d{1,3}(?:\.\d{3})*|\d+)\s+(?P<more>meer|minder)\s+dan\s+"
        r"(?:voorheen|eerder|daarvoor|vorig\s+jaar|een\s+jaar\s+eerder)\b"
    ),
    re.compile(
        r"\bvan\s+(?:circa\s+|ongeveer\s+)?(?P<old>\d{1,3}(?:\.\d{3})*|\d+)\s+"
        r"(?:(?:" + _UNITS + r")\s+)?(?:naar|tot|op)\s+(?:circa\s+|ongeveer\s+)?"
        r"(?P<new>\d{1,3}(?:\.\d{3})*|\d+)\s+(?P<unit>" + _UNITS + r")\b"
    ),
)


@vocabulary
def _lexicon() -> Lexicon[MissionEntry]:
    # A hyphen may come before a name: "VN-missies MINUSMA" is fine, and "EU-operatie" too.
    # An acronym of five letters or more is also written as a word ("Unifil", "Minusma",
    # as newspapers and many officials write them).
    return Lexicon(
        (
            (variant, e)
            for e in MISSIONS
            for form in (e.name, *e.forms)
            for variant in _written(form)
        ),
        after_hyphen=True,
    )


def _written(form: str) -> tuple[str, ...]:
    """*form*, and an all-capitals acronym of five letters or more as a word."""
    if len(form) >= 5 and form.isalpha() and form.isupper():
        return (form, form.capitalize())
    return (form,)


def find_missions(text: str) -> list[tuple[int, int, MissionEntry]]:
    """Every named mission in *text*: (start, end, entry), in order."""
    return _lexicon().find(text)


def lookup_mission(name: str) -> MissionEntry | None:
    """The known mission *name* (canonical or another form) stands for."""
    return _lexicon().get(name)
