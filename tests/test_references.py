"""Citations of parliamentary documents in the forms other writers and typesetters use."""

from __future__ import annotations

import pytest

from reportdiff.parse.context import Sentence
from reportdiff.parse.references import find_references, parse_citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zoals gemeld (Kst. 30 821, nr. 212).", [("30821", "212")]),
        ("Kst 33 694, nr. 71", [("33694", "71")]),
        ("zie kst-31125-118 voor de achtergrond", [("31125", "118")]),
        ("https://zoek.officielebekendmakingen.nl/kst-21501-28-940.html", [("21501-28", "940")]),
        ("kst-36410-X-12", [("36410-X", "12")]),
        # At the start of a note: capitalised.
        ("3 Kst-36410-X-12.", [("36410-X", "12")]),
        # The identifier without "kst-", where a citation is pointed to.
        ("zoals gemeld (31125-118)", [("31125", "118")]),
        ("(36410-X-12)", [("36410-X", "12")]),
        ("Bron: Kamerstukken 31125-118; eigen bewerking", [("31125", "118")]),
        # Two parts and a short last one: a sub-dossier or a document, not said.
        ("(21501-28)", []),
        # The dossier named so, "onder" before the number; "stuknummer" for the number.
        ("zie Kamerdossier 21501-28, onder nr. 884.", [("21501-28", "884")]),
        ("Tweede Kamer, dossier 31125, stuknummer 721.", [("31125", "721")]),
        # No series name: a five-digit dossier with "nr." or "volgnummer", or "nummer" in full.
        ("de brief die als 30821, nr. 890 gedrukt werd", [("30821", "890")]),
        ("onder 30821, volgnummer 864", [("30821", "864")]),
        ("Meer lezen » 30 821, nummer 869 (Tweede Kamer)", [("30821", "869")]),
        ("EUR 12500, nr. 4", []),
        ("het budget van 12 500, nr. 4", []),
        # The parts named; the number first, without "nr."; "stuk nr." and "#".
        ("B-1 Kamerstukken II, dossiernummer 31125, ondernummer 828.", [("31125", "828")]),
        ("B-3 Kamerstuk 937 uit dossier 30821 (vergaderjaar 2097–2098).", [("30821", "937")]),
        ("Ref: dossier 36410-X, stuk nr. 48", [("36410-X", "48")]),
        ("Ref: TK 30821 #861", [("30821", "861")]),
        ("item #3 van 12345", []),
        ("Aldus ook stuk 54 uit Kamerdossier 36410-X", [("36410-X", "54")]),
        ("het Kamerstuk met dossiernummer 30821 en volgnummer 931", [("30821", "931")]),
        ("bron_id: KST_21501-28_883; KST_30821_792", [("21501-28", "883"), ("30821", "792")]),
        # The chamber and "stuk" before the dossier; "stuk" as the series' name.
        ("Eerste Kamer, stuk 31 125, nr. 44.", [("31125", "44")]),
        ("zie stuk 30821 nummer 212 en verder", [("30821", "212")]),
        # "stuk" for the number, in a list of sources or in brackets; not after an amount.
        ("• 36410-X, stuk 12 • 30821, stuk 212", [("36410-X", "12"), ("30821", "212")]),
        ("(31125, stuk 118)", [("31125", "118")]),
        ("EUR 12 500, stuk 4", []),
        ("een stuk 12345 lang", []),
        # The number bare after the series without a year, where it ends the citation.
        ("(Kamerstukken II, 30821, 212).", [("30821", "212")]),
        ("(Kst. 36410-X, 7)", [("36410-X", "7")]),
        ("Kamerstuk 30821, 12 pagina's", []),
        ("Kamerstukken 30821, 31125 en 32623", []),
        # The compact form after the chamber's abbreviation, or with a slash after the series.
        ("(TK 31125-118)", [("31125", "118")]),
        ("(TK 21501-28-940).", [("21501-28", "940")]),
        ("(EK 36410-X-12)", [("36410-X", "12")]),
        ("Kamerstuk 30821/212 en Kst. 21501-28/940", [("30821", "212"), ("21501-28", "940")]),
        ("(30821/212)", []),
        # The chamber's abbreviation and the year, the number without "nr.".
        ("(TK 2040-2041, 35 267-X, 12)", [("35267-X", "12")]),
        # The kind of document instead of the series.
        ("zoals het commissieverslag 28676, nr. 807 meldt", [("28676", "807")]),
        ("de motie 36 410 X, nr. 12", [("36410-X", "12")]),
        # The numbers first, then "van/in dossier" or "van Kamerstuk"; "volgnummer".
        ("(nrs. 889 en 891 van dossier 29521)", [("29521", "889"), ("29521", "891")]),
        ("(vide nr. 703 van Kamerstuk 34919)", [("34919", "703")]),
        ("(Zie dossier 21501-28, volgnummer 765.)", [("21501-28", "765")]),
        (
            "Kamerstukken II, vergaderjaar 2090–2091, 27 925, nr. 1001.",
            [("27925", "1001")],
        ),
        ("Kamerstukken II 2071/72, 32 623, nrs. 301 en 302", [("32623", "301"), ("32623", "302")]),
        ("Kamerstukken I 2065-2066, 21 501-28, nr. 7", [("21501-28", "7")]),
        ("3 Kamerstukken II 2040/41, 28 676, nr. 952. 4 Zie ook", [("28676", "952")]),
        ("in de brief (Kamer- stuk 29 521, nr. 501) staat", [("29521", "501")]),
        # "doc." for the number; the number marked in brackets where a source is pointed to.
        ("Bron: Kamerdossier 21501-28, doc. 784 Defensie", [("21501-28", "784")]),
        ("▪ 21501-28 (doc. 733) Namens de minister", [("21501-28", "733")]),
        ("zie 29521 (nr. 12)", [("29521", "12")]),
        ("Het document 12345 (nr. 3)", []),
        ("EUR 12345 (nr. 3)", []),
        # The slash form after the chamber and the year, "nr." before it (a Belgian writer).
        ("1. Cfr. Parl.St. TK 2036-37, nr. 29521/945. 2. De", [("29521", "945")]),
        ("Parl.St. TK 2036-37, nr. 21501-28/963.", [("21501-28", "963")]),
        # "TK-stuk" and "volgnr."; the citation in English.
        ("[TK-stuk 29521, volgnr. 722]", [("29521", "722")]),
        ("[Dutch parliamentary paper 29521, item 722]", [("29521", "722")]),
        ("Parliamentary Papers II 2021/22, 33279, no. 30", [("33279", "30")]),
        ("the item 3 of 12345", []),
        # The chamber's full name before the year.
        ("2. Tweede Kamer der Staten-Generaal, 2068/69, 29521, nr. 995, p. 4.", [("29521", "995")]),
        ("de motie (Ka-\nmerstukken II 2050/51, 36 100 X, nr. 44)", [("36100-X", "44")]),
        # The official citation, with the chamber for the series.
        ("(vgl. Tweede Kamer, vergaderjaar 2021-2022, 33 279, nr. 32)", [("33279", "32")]),
        ("Eerste Kamer, vergaderjaar 2020–2021, 35 570 X, nr. B.", []),
        ("de Tweede Kamer nam 12 moties aan", []),
        # No "nr." where the chamber and the parliamentary year make it a citation.
        ("Zie Kamerstukken II 2040/41, 29521, 990.", [("29521", "990")]),
        ("(Kamerstukken II 2053/54, 36891-X, 25)", [("36891-X", "25")]),
        ("Kamerstukken 29521, 990 en verder", []),
        # The number first; dossier and number in brackets after a letter.
        ("Vgl. Kamerstuk nr. 900 in dossier 28 676.", [("28676", "900")]),
        ("Kamerbrief van 13 juni 2042 (33 279, nr. 877).", [("33279", "877")]),
        ("in 2040/41 ging 29521, 990 naar", []),
        # No series name: after "zie" or a bracket only.
        ("Zie hiervoor 34 919, nr. 806.", [("34919", "806")]),
        ("Zie 28676, nrs. 736 en 873.", [("28676", "736"), ("28676", "873")]),
        ("(29 521, nrs. 930 en 978)", [("29521", "930"), ("29521", "978")]),
        ("Zie ook Kamerstuk 28676 (nr. 736).", [("28676", "736")]),
        ("een bedrag van EUR 12 500, nr. 4 op de lijst", []),
    ],
)
def test_citation_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert parse_citations(text) == expected


def test_no_citation_without_a_number() -> None:
    assert parse_citations("Kamerstukken II 2040/41 gaan over de begroting.") == []
    assert parse_citations("de kst-regeling uit 2040") == []
    # A year is no dossier: five digits are.
    assert parse_citations("Kst. 2040, nr. 5") == []


def test_footnote_sentence_gives_a_reference() -> None:
    refs = find_references(
        [
            Sentence("Het verdrag trad in werking.2", 3, "3", 0),
            Sentence("2 Kamerstukken II 2077/78, 35 570 X, nr. 88.", 3, "3", 0),
        ]
    )
    assert [(r.dossier, r.number, r.source.page) for r in refs] == [("35570-X", "88", 3)]


def test_an_erratums_citations_are_not_read() -> None:
    """The erratum cites the wrong number beside the right one; the corrected text cites the
    right one."""
    refs = find_references(
        [
            Sentence(
                "– Verwijzing Kamerstuk 21 501-28, nr. 933 onjuist vermeld; bedoeld: nr. 915.",
                3,
                "3",
                0,
            ),
            Sentence("Zie verder Kamerstuk 21 501-28, nr. 915.", 2, "2", 0),
        ]
    )
    assert [(r.dossier, r.number, r.source.page) for r in refs] == [("21501-28", "915", 2)]


def test_a_notes_marker_glued_to_the_series_name() -> None:
    """A page printed small (two to a sheet) sets a footnote's marker against its first word:
    "2Kamerstuk 21 501-28, nr. 745. 3Kamerstukken II 2020/21, 29 521, nr. 762."; a word that
    only ends in the name is none."""
    found = parse_citations(
        "2Kamerstuk 21 501-28, nr. 745. 3Kamerstukken II 2020/21, 29 521, nr. 762."
    )
    assert found == [("21501-28", "745"), ("29521", "762")]
    assert parse_citations("Voorkamerstuk 21 501-28, nr. 745") == []


class TestRespectively:
    """Several dossiers with several numbers."""

    def test_respectively_pairs_in_order(self) -> None:
        """ "nrs. 775 resp. 803" gives each dossier its own number."""
        assert parse_citations("Zie Kamerstukken 28676 en 34 919, nrs. 775 resp. 803.") == [
            ("28676", "775"),
            ("34919", "803"),
        ]
        assert parse_citations("Kamerstukken 21501-28 en 29521, nrs. 12 respectievelijk 13") == [
            ("21501-28", "12"),
            ("29521", "13"),
        ]

    def test_unpaired_numbers_are_not_guessed(self) -> None:
        """Two dossiers and two numbers without "resp." give no citation at all."""
        assert parse_citations("Zie Kamerstukken 28676 en 34 919, nrs. 775 en 803.") == []

    def test_one_number_in_two_dossiers(self) -> None:
        """One number cited in two dossiers is both."""
        assert parse_citations("(Kamerstukken 28 676 en 29 521, nr. 264)") == [
            ("28676", "264"),
            ("29521", "264"),
        ]


class TestChamberAbbreviations:
    """ "TK" and "EK" stand for Kamerstukken of the two chambers."""

    def test_tk_and_ek(self) -> None:
        """ "TK 34 919, nr. 803" and "EK 2101/02, 33 279, nr. 5" are citations."""
        assert parse_citations("Zie hierover TK 34 919, nr. 803.") == [("34919", "803")]
        assert parse_citations("EK 2101/02, 33 279, nr. 5") == [("33279", "5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The next citation of a bracketed list, after a semicolon.
        (
            "Verslag volgde apart (29 521, nr. 610; 29 521, nr. 655).",
            [("29521", "610"), ("29521", "655")],
        ),
        # The budget chapter written out.
        ("Zie Kamerstukken II 2090/91, 36 120, hoofdstuk X, nr. 7.", [("36120-X", "7")]),
    ],
)
def test_a_list_continued_and_a_chapter_written_out(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert parse_citations(text) == expected


@pytest.mark.parametrize(
    "text", ["Bedragen; 12 500, nr. 4 staat er niet.", "Totaal 45; 12 500, nr. 4 evenmin."]
)
def test_a_semicolon_not_after_a_cited_number_starts_no_citation(text: str) -> None:
    assert parse_citations(text) == []
