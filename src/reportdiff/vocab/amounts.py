"""Words that say what an amount of money in a sentence is: a defence budget, or something else.

Each entry is a regular-expression fragment (case-insensitive), matched in a short window
before or after the amount (see ``parse.budgets``).  They are data, so that a new wording is
one line here, not a new rule in the parser.
"""

from __future__ import annotations

__all__ = [
    "AIM",
    "BUDGET_MENTIONS",
    "CHANGE_AFTER",
    "CHANGE_BEFORE",
    "CONTRIBUTION",
    "FUND",
    "GDP_WORDS",
    "INVESTMENT",
    "OTHER_SOURCES",
    "PLAN",
    "SOURCE_GOES_ON",
    "TARGET",
]

# A sentence states a defence budget when it names one of these.  Compounds are matched as
# prefixes ("defensiebudget" also finds "defensiebudgetten"); "aan defensie" covers "gaf ...
# uit aan defensie", "besteedde ... aan defensie"; "voor defensie" covers "trok ... uit voor
# defensie" and "beschikt over ... voor defensie".
BUDGET_MENTIONS = (
    r"defensiebudget",
    r"defensiebegroting",
    r"defensie-?uitgaven?",
    r"defensiebestedingen",
    r"militaire\s+uitgaven",
    r"militaire\s+begroting",
    r"militair\s+budget",
    r"budget\s+voor\s+defensie",
    r"begroting\s+voor\s+defensie",
    r"uitgaven\s+(?:(?:aan|voor)\s+)?defensie",
    # "aan defensie", "voor het defensieapparaat", "aan de eigen krijgsmacht", "op defensie"
    r"(?:aan|voor|naar|op)\s+(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?(?:eigen\s+)?"
    # "voor de Duitse krijgsmacht"
    r"(?:[A-Z][a-zà-ÿ]+(?:se|sche)\s+)?(?:defensie\w*|krijgsmacht|strijdkrachten|verdediging)\b",
    # "… £ 58,3 miljard vrij voor het eigen leger": a country's own army only (the money
    # "aan het Oekraïense leger" is support, not a budget).
    r"(?:aan|voor|naar|op)\s+(?:de\s+|het\s+|zijn\s+|haar\s+|hun\s+)?eigen\s+leger\b",
    # "een krijgsmachtbudget van", "het defensiecijfer is vastgesteld op", "een defensiequote
    # van 1,29% – in geld EUR 54,8 mld."
    # "investeerde Frankrijk in 2143 in defensie" (defence as a whole, not "in defensiematerieel")
    r"\bin\s+(?:de\s+|zijn\s+|haar\s+|hun\s+)?(?:eigen\s+)?(?:defensie|krijgsmacht|strijdkrachten)(?![-\w])",
    r"krijgsmachtbudget\w*",
    # The armed forces' or the army's spending, in one word: "Krijgsmachtuitgaven van de
    # Verenigde Staten", "legerbudget", "legeruitgaven".
    r"(?:krijgsmacht|leger|strijdkrachten)(?:uitgaven|begroting\w*|bestedingen|budget\w*)",
    # "… uit ten bate der krijgsmacht", "ten behoeve van de strijdkrachten"
    r"\bten\s+(?:bate|behoeve|gunste)\s+(?:van\s+(?:de|het)|der|des)\s+"
    r"(?:eigen\s+)?(?:defensie|krijgsmacht|strijdkrachten|verdediging)\b",
    r"defensiecijfer\w*",
    # "keurde … 64,9 miljard euro defensiegeld goed"
    r"defensiegeld\w*",
    r"defensiequote",
    r"militaire\s+(?:spending|bestedingen|budget)",
    r"defensiecijfers",
    # "Het Franse defensieministerie had … de beschikking over 55 miljard euro"
    r"defensieministeri(?:e|um)",
    r"ministerie\s+van\s+defensie",
    r"(?:defensie|krijgsmacht|strijdkrachten)\s+(?:kreeg|kregen|ontving|ontvingen)\b",
    # The verb first: "Volgens de Noorse begroting kreeg defensie in 1991 …"
    r"\b(?:kreeg|kregen|ontving|ontvingen|krijgt|ontvangt)\s+(?:de\s+|het\s+)?"
    r"(?:defensie|krijgsmacht|strijdkrachten)(?![-\w])",
    # "De Franse krijgsmacht kon over 2041 beschikken over …", "beschikte over"
    r"\b(?:krijgsmacht|strijdkrachten|defensie)\b[^.;]{0,40}?\bbeschik\w*\s+over\b",
    # A country's own spending, named by its adjective: "De Belgische uitgaven bleven in 2035
    # met € 8,3 miljard …" (not "de Belgische uitgaven voor ontwikkelingshulp").
    r"\b[A-Z][a-zà-ÿ]+(?:se|sche)\s+(?:defensie)?(?:uitgaven|budget|begroting)\b"
    r"(?!\s+(?:voor|aan|van|op)\b)",
    # "Defensie kostte Duitsland in 2045 …"
    r"\bdefensie\s+(?:kostte|kost|kostten)\b",
    # What a country's armed forces cost: "9,27 miljard euro: zoveel kostte de Belgische
    # krijgsmacht over 1974", "de Deense strijdkrachten kostten …" (named by the country's
    # adjective: "… kost Defensie 18 miljoen euro per jaar" is what something costs the
    # ministry).
    r"\b(?:kostte|kost|kostten)\s+(?:de\s+|het\s+)?[A-Z][a-zà-ÿ]+(?:se|sche)\s+"
    r"(?:krijgsmacht|strijdkrachten|leger)(?![-\w])",
    r"\b[A-Z][a-zà-ÿ]+(?:se|sche)\s+(?:krijgsmacht|strijdkrachten|leger)\s+(?:kostte|kost|kostten)\b",
    # "Budget Duitse krijgsmacht (2043): …", "de begroting van de Franse strijdkrachten"
    r"\b(?:budget|begroting|uitgaven)\s+(?:van\s+)?(?:de\s+|het\s+)?"
    r"(?:[A-Z][a-zà-ÿ]+(?:se|sche)\s+)?(?:krijgsmacht|strijdkrachten|defensie)(?![-\w])",
    r"defen[cs]e\s+(?:budget|spending|expenditure)",
    # A country budgeting for a year: "Denemarken begroot voor 2043 7,6 miljard euro",
    # "Canada, begroting voor het jaar 2043: …" (a project's cost "begroot op" is none).
    r"\bbegro(?:ot|ten|otte|otten|ting)\s+(?:voor|over)\s+(?:het\s+(?:boek|begrotings)?jaar\s+)?"
    r"(?:19|20|21)\d{2}\b",
    # What a country realised, its spending: "De realisatie van Duitsland over 2117 …",
    # "Definitieve realisatie België, 2117: …", "gerealiseerde defensie-uitgaven".
    r"\brealisatie\s+(?:van\s+(?:het\s+|de\s+)?)?[A-Z]",
    r"\bgerealiseerde\s+(?:defensie-?)?uitgaven",
    # A record's field labelled with the budget: "Begroting (2098): …", "Defensiebudget 2098:
    # …", "Uitgaven krijgsmacht: …" (the record says whose).
    # "Begroot 2191 (Australische krijgsmacht, totaal): …": what was budgeted, so labelled.
    r"^\s*(?:defensie|militaire\s+)?(?:begroting|begroot|budget|uitgaven|bestedingen)\b"
    r"[^:.;]{0,40}:",
    # The same label run on from the line above, where a list's lines were joined ("… frequent
    # contact op stafniveau Begroting 2121: € 755 mln."): a common noun's capital after a word
    # in lower case, with no stop between, starts a line.
    r"(?<=[a-zà-ÿ] )(?-i:(?:Defensie|Militaire\s+)?(?:Begroting|Budget|Uitgaven|Bestedingen))\b"
    r"[^:.;]{0,40}:",
    # The same label with its year and the figure right after, no colon: "Tsjechië: Begroting
    # 2095-2096 € 6,87 mld.", "Defensiebudget 2093 EUR 11,4 mld".
    r"(?:^|[:;•]\s*)(?:defensie|militaire\s+)?(?:begroting|budget|uitgaven)\s+(?:19|20|21)\d{2}"
    r"(?:\s?[/–—-]\s?(?:(?:19|20|21)\d{2}|\d{2}))?\s*(?=[€$£]|[A-Z]{3}\b|\d)",
    # "Bbp-aandeel defensie 2145: 3,4% (EUR 10,1 mrd)"
    r"(?:bbp|BBP|GDP)[-\s]?aandeel\s+(?:van\s+)?defensie",
    # A country's budget year as the figure's label: "Voor Duitsland noteer ik,
    # begrotingsjaar 1967: EUR 84,7 mld.", "boekjaar 2117-2118: …" (not "In begrotingsjaar
    # 2024 stort Duitsland 50 miljoen euro in …": a budget year says nothing of what for).
    r"\b(?:begrotings|boek)jaar\s+(?:19|20|21)\d{2}(?:\s?[/–—-]\s?(?:(?:19|20|21)\d{2}|\d{2}))?"
    r"\s*:\s*(?=[€$£]|[A-Z]{3}\b|\d)",
    # Spending across the armed forces: "Luxemburg trekt voor 1967 756 miljoen euro uit,
    # krijgsmachtbreed", "defensiebreed".
    r"\b(?:krijgsmacht|defensie)bre(?:ed|de)\b",
)

# A change: "een stijging van", "stijgt met", "groeit met", "extra".
CHANGE_BEFORE = (
    r"stijging",
    r"toename",
    r"verhoging",
    r"daling",
    r"afname",
    r"verlaging",
    r"groei\b",
    r"verschil",
    r"stijgt",
    r"steeg",
    r"daalt",
    r"daalde",
    r"groeit",
    r"groeide",
    r"verhoogd",
    r"verlaagd",
    r"extra",
    r"additione(?:el|le)",
    r"aanvullende?",
    r"increase",
    r"mutatie",
    # A sign written before the amount: "+ 370 miljoen euro", "−€ 0,2 mrd"; or in words:
    # "plus € 1,66 mld. jaar-op-jaar".
    r"(?:^|\s)[+−]\s*$",
    r"\b(?:plus|minus)\s*$",
)
# "€ 0,5 miljard meer dan", "hoger dan", "ten opzichte van" right after; "€ 1,66 mld.
# jaar-op-jaar" (a change against the year before).
CHANGE_AFTER = (
    r"meer\b",
    r"minder\b",
    r"extra\b",
    r"hoger\b",
    r"lager\b",
    r"jaar[- ]op[- ]jaar\b",
    r"year[- ]on[- ]year\b",
)

CONTRIBUTION = (
    r"bijdrage",
    r"\bcontribution",
    r"common\s+funding",
    r"gemeenschappelijke\s+financiering",
    r"\bdr(?:oeg|aagt|agen|oegen)\b",
    r"\bbij\s+aan\b",
    r"beschikbaar",
    r"gedoneerd",
    r"doneert",
    r"steunpakket",
    r"schonk",
    r"geschonken",
)
FUND = (r"fonds", r"sondervermögen", r"eenmalig", r"speciaal\s+budget")
# Sources other than the ministry that give their own estimates of a country's spending.
OTHER_SOURCES = (
    r"SIPRI\b",
    r"IISS\b",
    r"\w*instituut\b",
    r"\w*instituten\b",
    r"institutes?\b",
    r"denktank\w*",
    r"think\s*tank\w*",
    r"onderzoeksbureau\w*",
    r"andere\s+bronnen\b",
)
# How a sentence opens when it gives an example of what the sentence before it said, or
# goes on with the source that sentence named: "Zo schat …", "Bijvoorbeeld …", "Ter
# illustratie: …", "Volgens die raming …".  After a sentence that names another source, its
# figures are that source's too.
SOURCE_GOES_ON = (
    r"zo\b(?!['’]n)",
    r"bijvoorbeeld\b",
    r"ter\s+illustratie\b",
    r"een\s+voorbeeld\b",
    r"volgens\s+(?:die|deze|dat|hun|zijn|haar)\b",
    r"(?:die|deze|dat)\s+(?:bron\w*|raming\w*|schatting\w*|cijfers?|instituut|instituten)\b",
)
# The nouns that name a defence budget as a whole.  Written right before an amount, linked to
# it by "van", "ten belope van", "ter hoogte van" or a colon ("defensie-uitgaven ten belope van
# 71,7 mld. euro", "defensiebudget 2133: ..."), they say what the amount is: an investment
# word later in the sentence ("... heeft Frankrijk de investeringen op peil gehouden") is
# about something else.
BUDGET_NOUNS = (
    r"defensiebudget\w*",
    r"defensiebegroting\w*",
    r"defensie-?uitgaven",
    r"defensiebestedingen",
    r"militaire\s+(?:uitgaven|begroting|bestedingen|spending)",
    r"militair\s+budget",
    r"defen[cs]e\s+(?:budget|spending|expenditure)",
)
APPOSITION = (
    r"(?:\s+(?:19|20|21)\d{2}(?:[/–-]\d{2,4})?)?"
    r"(?:\s+(?:ten\s+belope\s+|ter\s+(?:hoogte|waarde|grootte)\s+)?van|\s*:)"
    # "defensiebudgetten van respectievelijk € 9,1 miljard en …"
    r"(?:\s+(?:respectievelijk|resp\.))?\s*$"
)
INVESTMENT = (
    r"investering",
    r"investeert",
    r"investeren",
    r"investeerde",
    r"geïnvesteerd",
    r"aanschaf",
    r"aankoop",
    r"koopt",
    r"kocht",
    r"verwerving",
    # Capital spending on one project: "Capex-item: …", "de vervanging van de fregatten".
    r"capex",
    r"capital\s+expenditure",
    r"vervanging",
)
TARGET = (
    r"\bnorm",
    r"navo-norm",
    r"doelstelling",
    r"\bdoel\b",
    r"streef",
    r"streeft",
    r"streven",
    r"groeipad",
    r"toe\s+te\s+groeien",
    r"ambitie",
)
# Right before a share of GDP: what a country aims at, not what it spends ("Australië mikt op
# 3 % bbp", "beoogt 2,5 %").  Only the share is another's: a budget may follow in the same
# sentence, as text set in columns runs it on ("… mikt op 3 % bbp, horizon Noorwegen –
# Defensiebudget bgj. 1905-06: € 12,1 mld").
AIM = (
    r"\bmik(?:t|ken|te|ten)\s+op\b",
    r"\bbeoog",
)
# A plan, request or projection, rather than a budget that was set or spent.
PLAN = (
    # "voorzien" foresees; "voorzien (voor 2043) in een budget van …" provides for one.
    r"voorzie(?:n|t)\b(?![^.;]{0,40}?\bin\s+(?:een|het|de|zijn|haar|hun)\b)",
    r"verwacht",
    r"verwachting",
    r"raming",
    r"geraamd",
    r"prognose",
    r"plan\b",
    r"plannen",
    r"meerjaren",
    r"meerjarig",
    r"langetermijn",
    r"aangevraagd",
    r"aanvraag",
    r"verzoek",
    r"vraagt",
    r"komende\s+jaren",
    # next year's, or what a country wants to spend: "maakte Australië bekend volgend jaar
    # 67,62 miljard … te willen besteden"
    r"(?:volgend|komend)\s+jaar",
    r"het\s+jaar\s+daarop",
    r"te\s+willen\b",
    r"voor\s+de\s+periode",
    r"tot\s+en\s+met",
    r"zal\b",
    r"zullen\b",
)
# What a GDP share is a share of.
# "defensiequote": defence spending as a share of GDP ("(defensiequote 1,38%)").
GDP_WORDS = r"BBP|bbp|Bbp|GDP|bnp|BNP|[Bb]ruto\s+[Bb]innenlandse?\s+[Pp]roduct|[Dd]efensiequote"
