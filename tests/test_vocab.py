"""Tests for reportdiff.vocab: the lexicons and their lookups."""

from __future__ import annotations

import random
import re

import pytest

from reportdiff.model import AgreementKind
from reportdiff.vocab._lexicon import longest_first, trie_alternation
from reportdiff.vocab.agreements import find_agreement_kinds, kinds_maybe_named
from reportdiff.vocab.countries import (
    COUNTRIES,
    defined_abbreviations,
    edition_abbreviations,
    find_countries,
    lookup_country,
)
from reportdiff.vocab.missions import find_missions
from reportdiff.vocab.organisations import lookup_organisation

EU = [
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
]
NATO = [
    "AL",
    "BE",
    "BG",
    "CA",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GB",
    "GR",
    "HR",
    "HU",
    "IS",
    "IT",
    "LT",
    "LU",
    "LV",
    "ME",
    "MK",
    "NL",
    "NO",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
    "TR",
    "US",
]


class TestCountries:
    """Names, adjectives and abbreviations map to ISO codes."""

    @pytest.mark.parametrize(
        ("form", "code"),
        [
            ("Duitsland", "DE"),
            ("Duitse", "DE"),
            ("VK", "GB"),
            ("Verenigd Koninkrijk", "GB"),
            ("Britse", "GB"),
            ("VS", "US"),
            ("Verenigde Staten", "US"),
            ("Amerikaanse", "US"),
            ("Russische Federatie", "RU"),
            ("Koninkrijk der Nederlanden", "NL"),
        ],
    )
    def test_forms(self, form: str, code: str) -> None:
        """Each form resolves."""
        assert lookup_country(form) == code

    def test_coverage(self) -> None:
        """Every EU member and NATO ally is known."""
        assert set(EU) | set(NATO) <= set(COUNTRIES)

    def test_longest_form_wins(self) -> None:
        """'het Verenigd Koninkrijk' is GB, not the Dutch 'Koninkrijk'; 'Duits-Franse' is DE, FR."""
        assert [c for _, _, c in find_countries("het Verenigd Koninkrijk en het Koninkrijk")] == [
            "GB",
            "NL",
        ]
        assert [c for _, _, c in find_countries("het Duits-Franse project")] == ["DE", "FR"]
        # A state's formal name is one country, not the Kingdom and Belgium.
        assert [c for _, _, c in find_countries("het Koninkrijk België en Nederland")] == [
            "BE",
            "NL",
        ]


def test_organisations_and_missions() -> None:
    """Acronyms, full names and mission names resolve."""
    assert lookup_organisation("Organisatie van Veiligheid en Samenwerking in Europa") == "OVSE"
    assert lookup_organisation("Verenigde Naties (VN)") == "VN"
    assert [e.name for _, _, e in find_missions("de VN-missies MINUSMA en UNIFIL")] == [
        "MINUSMA",
        "UNIFIL",
    ]


def test_agreement_kinds() -> None:
    """Dutch and English forms, and named compounds like 'FOL-verdrag'."""
    found = find_agreement_kinds("een intentieverklaring, een MoU en het (FOL)-verdrag")
    assert [k for _, _, k in found] == [
        AgreementKind.DECLARATION_OF_INTENT,
        AgreementKind.MOU,
        AgreementKind.TREATY,
    ]


class TestOpenVocabulary:
    """Every ISO 3166 country by its Dutch name; more organisations."""

    def test_every_iso_country_has_a_dutch_name(self) -> None:
        """pycountry's Dutch names, tidied: "Korea, Republiek" is South Korea, the DRC reads
        as "Democratische Republiek Congo"; curated names stay."""
        from reportdiff.vocab.countries import KINGDOM, all_countries, country_name

        assert len(all_countries()) >= 249
        assert lookup_country("Democratische Republiek Congo") == "CD"
        assert lookup_country("Tsjaad") == "TD"
        assert lookup_country("Bolivia") == "BO"
        assert lookup_country("Noorse") == "NO"
        assert lookup_country("VK") == "GB"
        # A state's formal name, from the catalogue's Dutch translation of it.
        assert lookup_country("Koninkrijk België") == "BE"
        assert lookup_country("Franse Republiek") == "FR"
        assert lookup_country("Groothertogdom Luxemburg") == "LU"
        assert lookup_country("Republiek Finland") == "FI"
        assert lookup_country("Koninkrijk") == "NL"  # alone, still the Kingdom
        assert country_name("KR") == "Zuid-Korea"
        assert {"NL", "AW", "CW", "SX", "BQ"} == KINGDOM
        assert lookup_country("Curaçao") == "CW" and lookup_country("Bonaire") == "BQ"
        # typed without accents, as plain text and ASCII typesetters write them
        assert lookup_country("Belgie") == "BE" and lookup_country("Italie") == "IT"
        assert lookup_country("Oekraine") == "UA" and lookup_country("Curacao") == "CW"
        # In running text they are the Kingdom's own places, never a party beside it.
        assert find_countries("noodhulp op Sint Maarten en Curaçao") == []

    def test_more_organisations(self) -> None:
        """EDA, the Weimar triangle and the coalition against Daesh are known; the European
        Defence Fund is a fund the EU pays projects from, no grouping."""
        from reportdiff.vocab.organisations import find_organisations

        text = "het EDA, het Europees Defensiefonds, de Weimar-driehoek en de anti-ISIS-coalitie"
        assert [c for _, _, c in find_organisations(text)] == ["EDA", "Weimar", "Counter-Daesh"]
        assert find_organisations("Nederland participeerde in EDF-projecten.") == []


def test_preload_builds_every_vocabulary_once() -> None:
    """parse.preload builds every vocabulary builder the parsers define (the lexicons, the
    compiled cue patterns, babel's Dutch numbers), so that forked workers share them."""
    import reportdiff.parse
    from reportdiff import vocab

    reportdiff.parse.preload()
    builders = vocab._BUILDERS
    names = {b.__qualname__ for b in builders}
    # One from each module that keeps a vocabulary.
    assert {"all_countries", "_treaties", "mission_names", "_cue_patterns", "_dutch_numbers"} <= (
        names
    )
    assert all(b.cache_info().currsize == 1 for b in builders)  # type: ignore[attr-defined]
    first = [b() for b in builders]
    reportdiff.parse.preload()
    assert all(b() is f for b, f in zip(builders, first, strict=True))  # built once


def test_currency_words_hold_cldrs_dutch_names() -> None:
    """Every currency code read has its Dutch names (singular and plural, as CLDR gives them
    through Babel) among the words read after an amount: "187 mrd Tsjechische kroon"."""
    from babel.numbers import get_currency_name

    from reportdiff.vocab.currencies import CURRENCY_CODES, CURRENCY_WORDS

    for code in CURRENCY_CODES:
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="nl")
            assert CURRENCY_WORDS.get(name) == code, name


def test_organisations_by_their_english_names() -> None:
    assert lookup_organisation("European Union") == "EU"
    assert lookup_organisation("NATO") == "NAVO"


class TestEditionAbbreviations:
    """The abbreviations an edition defines for countries ("België (BE)"), known only while
    that edition is parsed."""

    def test_defined_after_the_name_or_before_it(self) -> None:
        text = (
            "Kern: Verenigde Staten (VS), België (BE), Zuid-Korea (ZK); DLD (Duitsland) en "
            "Frankrijk."
        )
        assert defined_abbreviations(text) == {"VS": "US", "BE": "BE", "ZK": "KR", "DLD": "DE"}

    @pytest.mark.parametrize(
        "text",
        [
            # Not letters of the name in order: a currency, an organisation, a mission.
            "België (EUR) 2098",
            "Kosovo (KFOR)",
            "Irak (NMI)",
            # Already another country's form.
            "Duitsland (VS)",
            # Lower case, or a word.
            "Litouwen (eFP)",
        ],
    )
    def test_what_is_no_definition(self, text: str) -> None:
        assert defined_abbreviations(text) == {}

    def test_one_abbreviation_for_two_countries_is_none(self) -> None:
        assert defined_abbreviations("Bulgarije (BG) en Belgrado... België (BG)") == {}

    def test_known_only_within_the_edition(self) -> None:
        assert find_countries("BE 2098: 6,97 mld euro") == []
        with edition_abbreviations({"BE": "BE", "ZK": "KR"}):
            assert find_countries("BE 2098 en ZK; Zuid-Korea") == [
                (0, 2, "BE"),
                (11, 13, "KR"),
                (15, 25, "KR"),
            ]
        assert find_countries("BE 2098") == []


def test_a_list_of_alpha3_codes_names_its_countries() -> None:
    text = "Verdrag van Texel – NLD/DEU/DNK/NOR/RUS/SWE – geldt sinds 2019"
    assert [code for _, _, code in find_countries(text)] == ["NL", "DE", "DK", "NO", "RU", "SE"]


@pytest.mark.parametrize("text", ["EU/VN", "AND/OF", "NLD/XYZ", "EUR/USD"])
def test_a_list_with_anything_but_alpha3_codes_names_no_country(text: str) -> None:
    assert find_countries(text) == []


def test_codes_defined_by_a_dash_and_the_name_then_every_alpha3_code() -> None:
    text = "▪ DEU – Duitsland – strat. partner ▪ USA (Verenigde Staten) 2031 ▪ NLD 2031: € 29 mld"
    defined = defined_abbreviations(text)
    assert defined == {"DEU": "DE", "USA": "US"}
    with edition_abbreviations(defined):
        # The edition writes countries by their ISO alpha-3 codes: one it never defines is read
        # too, but not one that is an English word.
        assert [code for _, _, code in find_countries(text)] == ["DE", "DE", "US", "US", "NL"]
        assert find_countries("AND CAN") == []
    assert find_countries("NLD 2031") == []


def test_a_long_mission_acronym_written_as_a_word() -> None:
    found = [e.name for _, _, e in find_missions("Unifil (VN, Libanon): 250 man; ook Minusma.")]
    assert found == ["UNIFIL", "MINUSMA"]
    assert find_missions("Eutm") == []  # four letters: too short to be read as a word


@pytest.mark.parametrize("seed", range(6))
def test_trie_alternation_matches_what_the_flat_alternation_matched(seed: int) -> None:
    # Forms that start one another ("Korea", "Korea Noord", "Koreaans"), share beginnings or
    # hold characters re must escape, found in random texts with a condition after them (as
    # a Lexicon's pattern has): the same spans, so the same forms, as the flat alternation.
    rng = random.Random(seed)
    alphabet = ["K", "o", "r", "e", "a", " ", "-", ".", "(", "n", "s"]
    forms = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(40)}
    flat = "|".join(map(re.escape, sorted(forms, key=longest_first)))
    before, after = r"(?<![\w-])(?:", r")(?!\w)"
    old = re.compile(before + flat + after)
    new = re.compile(before + trie_alternation(forms) + after)
    for _ in range(300):
        text = "".join(rng.choice([*alphabet, "x", "Korea", "Koreaans"]) for _ in range(30))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert trie_alternation(["Korea", "Koreanen"]) == "Korea(?:nen)?"


def test_an_acronym_in_small_capitals_is_the_organisation() -> None:
    """Small capitals come out of a PDF in lower case ("navo", "pesco"); an address is none."""
    from reportdiff.vocab.organisations import find_organisations

    text = "Binnen de navo en de eu, met pesco en ei2; zie www.europa.eu en navo.int; navolging."
    assert [code for _, _, code in find_organisations(text)] == ["NAVO", "EU", "PESCO", "EI2"]


def test_the_atlantic_alliance_is_nato() -> None:
    """ "het Atlantisch bondgenootschap" is NATO by the name Dutch prose often gives it."""
    from reportdiff.vocab.organisations import find_organisations

    text = "Dragende kaders blijven: het Atlantisch bondgenootschap en de Europese Unie."
    assert [code for _, _, code in find_organisations(text)] == ["NAVO", "EU"]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Defence budget, Germany: EUR 83 billion (1953).", True),
        (
            "In the 1953-54 financial year the United States reserved USD 1,128 billion for "
            "its own forces, 1.8% of GDP.",
            True,
        ),
        ("Defensiebegroting Duitsland: EUR 83 miljard (1953).", False),
        # English names in a Dutch sentence bring no English function words
        ("De Declaration of Intent met België over oefenterreinen is verlengd.", False),
        ("Status of Forces Agreement met de Verenigde Staten, getekend op 3 mei.", False),
        ("NAVO: Joint Expeditionary Force (JEF), Northern Group, Framework Nations.", False),
    ],
)
def test_a_sentence_in_english_is_told_by_its_words(text: str, english: bool) -> None:
    from reportdiff.vocab.languages import in_english

    assert in_english(text) is english


def test_english_country_words_are_none_of_the_dutch_names() -> None:
    from reportdiff.vocab.countries import english_name_words

    words = english_name_words()
    assert {"germany", "belgium", "kingdom", "united"} <= words
    assert not {"canada", "korea", "duitsland", "belgie"} & words


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Status of forces agreement samen met Frankrijk", AgreementKind.SOFA),
        ("een memorandum of understanding met Noorwegen", AgreementKind.MOU),
        ("Letter of intent samen met Duitsland", AgreementKind.LETTER_OF_INTENT),
        ("Declaration of intent over mijnenjagers", AgreementKind.DECLARATION_OF_INTENT),
        ("de policy direction met België", AgreementKind.POLICY_DIRECTION),
    ],
)
def test_english_kind_names_in_sentence_or_lower_case(text: str, kind: AgreementKind) -> None:
    """Dutch prose writes the English names in sentence case or lower case as often as in
    Title Case."""
    assert [k for _, _, k in find_agreement_kinds(text)] == [kind]


def test_a_plain_beleidsrichting_may_name_a_policy_direction() -> None:
    """ "Beleidsrichting samen met het Verenigd Koninkrijk" is not read as one on its own, but
    keeps a Policy Direction read in the other edition from being shown as new or gone."""
    text = "Beleidsrichting samen met het Verenigd Koninkrijk (luchtbijtanken): ouder."
    assert find_agreement_kinds(text) == []
    assert AgreementKind.POLICY_DIRECTION in kinds_maybe_named(text)
