"""Agreements as other writers put them: bulleted lists of agreements with their own parties,
every form of a kind's name, and the events of the year with their dates."""

from __future__ import annotations

import pytest

from reportdiff.model import (
    Agreement,
    AgreementEventKind,
    AgreementKind,
    AgreementState,
    AgreementStatus,
)
from reportdiff.parse.agreements import find_agreements
from reportdiff.parse.context import Group, SectionContext, Sentence
from reportdiff.parse.sentences import split_sentences


def _agreements(text: str, countries: tuple[str, ...] = ()) -> list[Agreement]:
    section = SectionContext("Afspraken met partners", 1, Group.GENERAL, True, None, countries)
    section.sentences = [Sentence(t, 1, None, 0) for _, t in split_sentences(text)]
    return find_agreements([section])


def _one(text: str) -> Agreement:
    found = _agreements(text)
    assert len(found) == 1, found
    return found[0]


class TestPartiesOfTheirOwnItem:
    def test_bullets(self) -> None:
        found = _agreements(
            "In het verslagjaar zijn de volgende afspraken gemaakt: • met Ierland en Portugal een "
            "statusverdrag voor strijdkrachten (SOFA) • met Oostenrijk een MoU over bergtraining "
            "• met Griekenland een intentieverklaring over luchtverdediging • met Canada een "
            "SOFA-overeenkomst over oefenterreinen."
        )
        got = [(a.kind, a.parties) for a in found]
        assert got == [
            (AgreementKind.SOFA, ("NL", "IE", "PT")),
            (AgreementKind.MOU, ("NL", "AT")),
            (AgreementKind.DECLARATION_OF_INTENT, ("NL", "GR")),
            (AgreementKind.SOFA, ("NL", "CA")),
        ]
        assert found[1].title == "MoU over bergtraining"

    def test_bullets_take_the_country_of_the_announcing_text(self) -> None:
        found = _agreements("Met Zweden: • een MoU over onderzeeboten • een LoI over opleiding")
        assert [(a.kind, a.parties) for a in found] == [
            (AgreementKind.MOU, ("NL", "SE")),
            (AgreementKind.LETTER_OF_INTENT, ("NL", "SE")),
        ]

    def test_two_agreements_in_one_sentence(self) -> None:
        found = _agreements(
            "Met Finland werd een SOFA gesloten en met Estland een MoU over cyberoefeningen."
        )
        assert [(a.kind, a.parties) for a in found] == [
            (AgreementKind.SOFA, ("NL", "FI")),
            (AgreementKind.MOU, ("NL", "EE")),
        ]
        assert found[0].title == "SOFA"

    def test_one_partner_for_two_agreements(self) -> None:
        found = _agreements("Met Noorwegen werden een MoU en een intentieverklaring getekend.")
        assert [a.parties for a in found] == [("NL", "NO"), ("NL", "NO")]


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Met Ierland is een statusverdrag voor strijdkrachten (SOFA) gesloten.",
            AgreementKind.SOFA,
            "statusverdrag voor strijdkrachten (SOFA)",
        ),
        ("Met Chili werd een SOFA-overeenkomst gesloten.", AgreementKind.SOFA, "SOFA-overeenkomst"),
        (
            "Nederland en Kroatië ondertekenden een memorandum van overeenstemming over "
            "mijnenbestrijding.",
            AgreementKind.MOU,
            "memorandum van overeenstemming over mijnenbestrijding",
        ),
        (
            "De MoU-tekst met Slovenië over helikopteronderhoud werd getekend.",
            AgreementKind.MOU,
            "MoU-tekst met Slovenië over helikopteronderhoud",
        ),
        (
            "De LoI-afspraak met Roemenië werd getekend.",
            AgreementKind.LETTER_OF_INTENT,
            "LoI-afspraak met Roemenië",
        ),
        (
            "Met Hongarije is een defensiesamenwerkingsverdrag gesloten.",
            AgreementKind.TREATY,
            "defensiesamenwerkingsverdrag",
        ),
        (
            "De samenwerkingsovereenkomst met Letland werd ondertekend.",
            AgreementKind.OTHER,
            "samenwerkingsovereenkomst met Letland",
        ),
        (
            "Met Italië werd een technische afspraak (Technical Arrangement) over tankers "
            "getekend.",
            AgreementKind.OTHER,
            "technische afspraak (Technical Arrangement) over tankers",
        ),
        (
            "Het akkoord met Slowakije over munitie werd getekend.",
            AgreementKind.OTHER,
            "akkoord met Slowakije over munitie",
        ),
        (
            "Basis van het werk met Spanje is een verklaring van intenties over opleidingen.",
            AgreementKind.DECLARATION_OF_INTENT,
            "verklaring van intenties over opleidingen",
        ),
        (
            "De gemeenschappelijke beleidsrichtlijn met België over oefenterreinen geldt.",
            AgreementKind.POLICY_DIRECTION,
            "gemeenschappelijke beleidsrichtlijn met België over oefenterreinen",
        ),
        (
            "Op 3 mei 2081 tekenden Nederland en Ierland een gezamenlijke beleidslijn inzake "
            "kustwacht.",
            AgreementKind.POLICY_DIRECTION,
            "gezamenlijke beleidslijn inzake kustwacht",
        ),
        (
            "Met Tsjechië geldt een Policy Direction on Integrated Air Defence, sinds 2081.",
            AgreementKind.POLICY_DIRECTION,
            "Policy Direction on Integrated Air Defence",
        ),
        # Dutch words for a status of forces agreement, closed compounds included: not a
        # plain treaty.
        (
            "Met Ierland geldt een troepenstatusverdrag voor oefeningen.",
            AgreementKind.SOFA,
            "troepenstatusverdrag voor oefeningen",
        ),
        (
            "Het NAVO-statusverdrag met Canada blijft van kracht.",
            AgreementKind.SOFA,
            "NAVO-statusverdrag met Canada",
        ),
        # A lower-case form at the start of a sentence or a list item.
        (
            "Intentiebrief over cyberoefeningen met Chili: getekend.",
            AgreementKind.LETTER_OF_INTENT,
            "Intentiebrief over cyberoefeningen met Chili",
        ),
        (
            "Met Peru geldt een verklaring van voornemen over vlootbezoeken.",
            AgreementKind.DECLARATION_OF_INTENT,
            "verklaring van voornemen over vlootbezoeken",
        ),
        (
            "Het richtinggevend beleidsdocument over luchtverdediging met Polen geldt.",
            AgreementKind.POLICY_DIRECTION,
            "richtinggevend beleidsdocument over luchtverdediging met Polen",
        ),
        (
            "Met Ghana is een samenwerkingsmemorandum over kustwacht getekend.",
            AgreementKind.MOU,
            "samenwerkingsmemorandum over kustwacht",
        ),
    ],
)
def test_kind_in_every_form(text: str, kind: AgreementKind, title: str) -> None:
    a = _one(text)
    assert (a.kind, a.title) == (kind, title)


def test_the_word_in_general_is_no_agreement() -> None:
    """A kind's bare word with no name, no counterpart and nothing it refers back to is the
    word in general, not an agreement."""
    assert (
        _agreements("Geen enkel hierin vermeld feit, bedrag of verdrag berust op werkelijkheid.")
        == []
    )


def test_agreeing_is_no_agreement() -> None:
    assert _agreements("Nederland ging akkoord met het voorstel van Duitsland.") == []
    assert _agreements("Duitsland verhoogt de begroting, mits het parlement akkoord gaat.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Defensie onderzoekt met Frankrijk of een Technical Arrangement over scheepsonderhoud "
        "opportuun is; onderhandelen is daarover niet begonnen.",
        "Met Spanje verkent Defensie de mogelijkheid van een MoU over oefenterreinen.",
        "Bezien wordt of een Letter of Intent met Polen over luchttransport wenselijk is.",
        # the adjective uninflected, before a name
        "Denkbaar Memorandum of Understanding met Noorwegen aangaande satellietbeelden: "
        "louter besproken, ontwerp ontbreekt.",
        "Een eventueel Memorandum of Understanding met Canada over schietkampen komt later.",
    ],
)
def test_an_agreement_only_looked_into_is_none(text: str) -> None:
    """Not even one in preparation: nothing is being negotiated."""
    assert _agreements(text) == []


def test_a_general_word_labelling_the_kind_after_it_is_no_second_agreement() -> None:
    """ "Akkoord LoI duikersopl. (ook Frankrijk)" on Italy's fiche: one Letter of Intent, of
    Italy's and France's ("ook", in brackets, adds the fiche's country), not also an
    "akkoord"."""
    (a,) = _agreements("Akkoord LoI duikersopl. (ook Frankrijk) – loopt", ("IT",))
    assert a.kind is AgreementKind.LETTER_OF_INTENT
    assert set(a.parties) == {"NL", "IT", "FR"}


def test_a_section_headed_by_a_treaty_gives_its_parties() -> None:
    """A treaty first met in passing ("Rusland, medeondertekenaar van het Verdrag van
    Helgoland, …") takes its parties from the section headed by its name, a fact sheet whose
    first sentence lists them."""
    intro = SectionContext("Inleiding", 1, Group.INTRO, False, None)
    intro.sentences = [
        Sentence(
            "Rusland, hoewel medeondertekenaar van het Verdrag van Helgoland, krijgt geen fiche.",
            1,
            None,
            0,
        )
    ]
    sheet = SectionContext("Verdrag van Helgoland", 2, Group.GENERAL, True, None)
    sheet.sentences = [
        Sentence(
            "Verdragspartijen naast Nederland: Duitsland, Denemarken, Noorwegen, Rusland en "
            "Zweden.",
            3,
            None,
            0,
        ),
        Sentence("Gebonden (Nederland): sinds 2129.", 3, None, 0),
    ]
    (treaty,) = find_agreements([intro, sheet])
    assert treaty.kind is AgreementKind.TREATY
    assert set(treaty.parties) == {"NL", "DE", "DK", "NO", "RU", "SE"}


def test_an_agreement_in_negotiation_is_still_one() -> None:
    (a,) = _agreements("Met Polen wordt onderhandeld over een MoU over luchttransport.")
    assert a.kind is AgreementKind.MOU and a.status is AgreementStatus.INTENDED


@pytest.mark.parametrize(
    ("text", "state", "events"),
    [
        (
            "Het verdrag met Portugal over de marine werd in mei 2088 bekrachtigd.",
            AgreementState.SIGNED,
            [(AgreementEventKind.SIGNED, "2088-05")],
        ),
        (
            "Het verdrag met België over de luchtverdediging is geratificeerd en in werking "
            "getreden op 3 juni 2086.",
            AgreementState.IN_FORCE,
            [(AgreementEventKind.ENTERED_INTO_FORCE, "2086-06")],
        ),
        (
            "In 2087 trad de samenwerkingsovereenkomst met Estland per 1 januari in werking.",
            AgreementState.IN_FORCE,
            [(AgreementEventKind.ENTERED_INTO_FORCE, "2087-01")],
        ),
        (
            "Met ingang van 1 juli 2087 is de MoU-tekst met Denemarken van kracht.",
            AgreementState.IN_FORCE,
            [(AgreementEventKind.ENTERED_INTO_FORCE, "2087-07")],
        ),
        (
            "De LoI met Litouwen liep in december 2087 af.",
            AgreementState.ENDED,
            [(AgreementEventKind.ENDED, "2087-12")],
        ),
        (
            "De intentieverklaring met Noorwegen werd in april 2087 opgezegd.",
            AgreementState.ENDED,
            [(AgreementEventKind.ENDED, "2087-04")],
        ),
        (
            "De uitvoeringsafspraak met Duitsland over de luchtverdediging werd op 14 maart 2087 "
            "ondertekend.",
            AgreementState.SIGNED,
            [(AgreementEventKind.SIGNED, "2087-03")],
        ),
        (
            "De uitvoeringsafspraak met Duitsland over de luchtverdediging wordt naar verwachting "
            "in 2088 ondertekend.",
            AgreementState.PROPOSED,
            [],
        ),
        (
            "Met Canada wordt ambtelijk onderhandeld over een intentieverklaring over "
            "patrouilles; ondertekening is voorzien in 2088.",
            AgreementState.PROPOSED,
            [],
        ),
        (
            "Nederland en Canada werken aan een Declaration of Intent over patrouilles, maar "
            "ondertekend is er nog niets.",
            None,
            [],
        ),
        (
            "Het MoU met Polen over munitie is nog niet ondertekend.",
            None,
            [],
        ),
    ],
)
def test_events_with_their_dates(
    text: str, state: AgreementState | None, events: list[tuple[AgreementEventKind, str]]
) -> None:
    a = _one(text)
    assert a.state is state
    assert [(e.kind, e.date) for e in a.events] == events


def test_a_list_items_status_is_its_own() -> None:
    """The next item of a bulleted list ("…;2 – DoI …: in onderhandeling") lends its status to
    no other item."""
    found = _agreements(
        "Afspraken: – MoU over munitie met België: kader voor projecten;2 – DoI over cyber met "
        "Noorwegen: in onderhandeling, ondertekening verwacht in 2099."
    )
    assert [(a.kind, a.state) for a in found] == [
        (AgreementKind.MOU, None),
        (AgreementKind.DECLARATION_OF_INTENT, AgreementState.PROPOSED),
    ]


def test_only_named_stays_mentioned() -> None:
    a = _one("De SOFA met Ierland vormt de basis voor oefeningen.")
    assert a.state is None
    assert a.events == ()


class TestOneAgreementPerThing:
    """An agreement named twice in one sentence is one agreement."""

    def test_translated_title_in_the_same_sentence(self) -> None:
        """A Dutch title with its English title in brackets is one agreement."""
        found = _agreements(
            "Waar het om Spanje gaat, rust het gezamenlijke optreden op een intentieverklaring "
            "over het gezamenlijk patrouilleren ter zee (Engelse titel: Declaration of Intent "
            "on Maritime Patrol Cooperation).",
            ("ES",),
        )
        assert [(a.kind.value, sorted(a.parties)) for a in found] == [
            ("declaration_of_intent", ["ES", "NL"])
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Duitsland heeft zich per 25 oktober 2098 uit het Verdrag van Texel teruggetrokken.",
        "Duitsland trok zich in oktober 2098 uit het Verdrag van Texel terug.",
        "Duitsland heeft zich in oktober 2098 teruggetrokken uit het Verdrag van Texel.",
        "In oktober 2098 heeft Duitsland het Verdrag van Texel verlaten.",
        "Per 19 oktober 2098 is Duitsland geen partij meer bij het Verdrag van Texel.",
        "In oktober 2098 trad Duitsland uit het Verdrag van Texel.",
        # The verb last, in a subordinate clause or a note.
        "Dat Duitsland zich in oktober 2098 uit het Verdrag van Texel terugtrok, is bekend.",
        "Het Verdrag van Texel: Duitsland uitgetreden per oktober 2098.",
        "Per 3 oktober 2098 is Duitsland uit het Verdrag van Texel getreden.",
        "Duitsland stapte in oktober 2098 uit het Verdrag van Texel.",
        "In oktober 2098 trok Duitsland zich terug uit het Verdrag van Texel.",
        "Doordat Duitsland zich in oktober 2098 terugtrok, telt het Verdrag van Texel nu "
        "minder partijen.",
        "Sinds oktober 2098 is Duitsland niet langer gebonden aan het Verdrag van Texel.",
        "Duitsland heeft in oktober 2098 het Verdrag van Texel opgezegd.",
    ],
)
def test_a_party_leaving_a_treaty_in_either_word_order(text: str) -> None:
    """A country that leaves a treaty is an event of a treaty of many, not its counterpart."""
    a = _one(text)
    assert a.multilateral
    assert [(e.kind, e.date, e.party) for e in a.events] == [
        (AgreementEventKind.PARTY_WITHDREW, "2098-10", "DE")
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Verdragspartijen zijn nu nog Nederland, Noorwegen, Zweden en Denemarken.",
        "Resterende verdragsstaten: Nederland, Noorwegen, Zweden en Denemarken.",
        "Het verdrag geldt sindsdien alleen nog tussen Nederland, Noorwegen, Zweden en Denemarken.",
        "Nog gebonden zijn: Nederland, Noorwegen, Zweden en Denemarken.",
        "Wie blijven: Nederland, Noorwegen, Zweden en Denemarken.",
        "Gebonden blijven Nederland, Noorwegen, Zweden en Denemarken.",
        "Partij blijven Nederland, Noorwegen, Zweden en Denemarken.",
        "Het verdrag bindt thans Nederland, Noorwegen, Zweden en Denemarken.",
        "Het verdrag blijft van kracht tussen Nederland, Noorwegen, Zweden en Denemarken.",
        "Sindsdien zijn alleen Nederland, Noorwegen, Zweden en Denemarken aan dat verdrag "
        "gebonden.",
        # Without the treaty's name: it still holds between the countries listed.
        "Tussen Nederland, Noorwegen, Zweden en Denemarken geldt het voort.",
        "Voor Nederland, Noorwegen, Zweden en Denemarken blijft het gelden.",
        "Het loopt door voor Nederland, Noorwegen, Zweden en Denemarken.",
    ],
)
def test_a_treatys_parties_in_the_next_sentence(after: str) -> None:
    """The sentence after a party left a treaty may list the parties it has now."""
    (a,) = _agreements(
        f"In oktober 2098 heeft Duitsland het Verdrag van Texel verlaten. {after} Verder niets."
    )
    assert a.multilateral and set(a.parties) == {"NL", "NO", "SE", "DK"}


def test_a_treaty_given_notice_then_its_remaining_parties() -> None:
    """ "zegde … het Verdrag … op" is a party leaving; the next sentence, saying the treaty holds
    on between the countries it lists, gives the parties it has now."""
    (a,) = _agreements(
        "Op 3 mei 2098 zegde Duitsland het Verdrag van Texel op. Tussen Nederland, Noorwegen, "
        "Zweden en Denemarken geldt het voort. Verder niets."
    )
    assert a.multilateral and set(a.parties) == {"NL", "NO", "SE", "DK"}
    assert [(e.kind, e.party) for e in a.events] == [(AgreementEventKind.PARTY_WITHDREW, "DE")]


def test_holding_on_between_countries_without_a_treaty_before_it_is_no_agreement() -> None:
    """The same words with no treaty of many in the sentence before say nothing of one."""
    assert (
        _agreements(
            "Frankrijk kocht tanks. Tussen Nederland, Noorwegen, Zweden en Denemarken geldt het "
            "voort."
        )
        == []
    )


def test_a_treatys_remaining_parties_in_the_sentence_of_the_withdrawal() -> None:
    """ "…: Duitsland uitgetreden per …; resterende partijen: …" lists the parties it has now;
    the one that left is not among them."""
    (a,) = _agreements(
        "Het Verdrag van Texel: Duitsland uitgetreden per 3 mei 2098; resterende partijen: "
        "Nederland, Noorwegen, Zweden en Denemarken."
    )
    assert a.multilateral and set(a.parties) == {"NL", "NO", "SE", "DK"}
    assert [(e.kind, e.party) for e in a.events] == [(AgreementEventKind.PARTY_WITHDREW, "DE")]


def _table(title: str, rows: str) -> list[Agreement]:
    section = SectionContext(title, 2, Group.GENERAL, True, None)
    section.sentences = [Sentence(rows, 3, None, 0)]
    return find_agreements([section])


def test_a_table_of_agreements_joined_into_one_paragraph() -> None:
    """Under a column header ("Afspraak Status Partners Datum") each row runs from its kind to
    the next row's, so that every agreement keeps its own parties (before, every kind took
    the parties of the whole table), even when a wrapped cell puts a date between them."""
    found = _table(
        "Afspraak Status Partners Datum",
        "MoU helikopters bestaand Canada en – Ierland LoI oefenterrein ondertekend Polen "
        "maart 2098 SOFA bestaand Chili –",
    )
    assert [(a.kind.value, set(a.parties)) for a in found] == [
        ("mou", {"NL", "CA", "IE"}),
        ("letter_of_intent", {"NL", "PL"}),
        ("sofa", {"NL", "CL"}),
    ]


def test_a_chapter_heading_is_no_table_header() -> None:
    """ "Afspraken met partnerlanden" heads a chapter, not a table: its sentences are read
    as sentences."""
    found = _table(
        "Afspraken met partnerlanden",
        "Met Canada en Ierland geldt een MoU over helikopters, en met Polen een LoI.",
    )
    assert [(a.kind.value, set(a.parties)) for a in found] == [
        ("mou", {"NL", "CA", "IE"}),
        ("letter_of_intent", {"NL", "PL"}),
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "Afkortingen: PD = Policy Direction; TA = Technical Arrangement.",
        "Met de afkorting PD bedoelen we een Policy Direction (PD).",
    ],
)
def test_abbreviations_the_edition_defines(legend: str) -> None:
    """ "PD = Policy Direction" in the edition makes "PD" that kind wherever it stands."""
    found = _agreements(f"{legend} Met Polen geldt sinds 2097 een PD over luchtverdediging.")
    assert [(a.kind, set(a.parties)) for a in found] == [
        (AgreementKind.POLICY_DIRECTION, {"NL", "PL"})
    ]


def test_a_question_names_no_agreement() -> None:
    """ "Wat is de stand rond het verdrag voor noordelijke wateren?" asks; only the answer's
    agreements are read."""
    found = _agreements(
        "Vraag 3: Wat is de stand rond het verdrag voor noordelijke wateren? Antwoord: met "
        "Noorwegen is in 2098 een MoU over kustwacht getekend."
    )
    assert [(a.kind, a.parties) for a in found] == [(AgreementKind.MOU, ("NL", "NO"))]


def test_a_kind_in_brackets_after_the_complement_is_the_same_agreement() -> None:
    """ "Verdrag over de rechtspositie van uitgezonden militairen (SOFA) met Chili" is one
    agreement, a status of forces agreement, not a treaty and a SOFA."""
    (a,) = _agreements(
        "Het Verdrag over de rechtspositie van uitgezonden militairen (SOFA) met Chili is verlengd."
    )
    assert (a.kind, a.parties) == (AgreementKind.SOFA, ("NL", "CL"))


def test_a_colon_ends_the_title() -> None:
    """ "SOFA met Chili over oefeningen: nu van kracht" is titled without its status, so the
    same SOFA named elsewhere is the same agreement."""
    found = _agreements(
        "Status of Forces Agreement met Chili over oefeningen: nu van kracht. De SOFA over "
        "oefeningen met Chili trad per 1 mei 2098 in werking."
    )
    assert len(found) == 1
    assert found[0].title == "Status of Forces Agreement met Chili over oefeningen"


@pytest.mark.parametrize(
    "text",
    [
        "Polen en Nederland hebben in 2098 geen nieuwe overeenkomst gesloten.",
        "Met Chili is geen enkel verdrag gesloten.",
        "Met Peru werd noch een MoU noch een LoI getekend.",
    ],
)
def test_an_agreement_denied_is_none(text: str) -> None:
    assert _agreements(text) == []


def test_giving_notice_of_a_bilateral_agreement_keeps_its_counterpart() -> None:
    """Notice given on a treaty is a party's withdrawal; on a bilateral agreement it is the
    agreement's end, and the counterpart stays the counterpart."""
    (a,) = _agreements("Nederland heeft in 2098 de MoU met Polen over kustwacht opgezegd.")
    assert a.parties == ("NL", "PL")


def test_a_register_entry_with_its_field_lines() -> None:
    """An entry "Reg. 01 — Letter of Intent over …." with "Wederpartij: Noorwegen." and
    "Partijen: …" lines after it: the fields give its parties, even when a field's value
    went on to the next unit (a page break after "Wederpartij:")."""
    found = _agreements(
        "Reg. 98-01 — Letter of Intent over mijnenbestrijding. Wederpartij: Noorwegen. Stand: "
        "geldend vanaf 2096. Reg. 98-02 — Memorandum of Understanding over havens. "
        "Wederpartij:"
    )
    found += _agreements(
        "Reg. 98-02 — Memorandum of Understanding over havens. Wederpartij: Ierland. "
        "Reg. verdrag — Verdrag van Texel. Partijen: Nederland, Duitsland, Denemarken en "
        "Zweden. Stand: geldend vanaf 2084."
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.LETTER_OF_INTENT, ("NL", "NO")),
        (AgreementKind.MOU, ("NL",)),
        (AgreementKind.MOU, ("NL", "IE")),
        (AgreementKind.TREATY, ("NL", "DE", "DK", "SE")),
    ]
    assert found[-1].multilateral


def test_a_field_on_a_page_of_its_own_still_gives_the_parties() -> None:
    section = SectionContext("Register", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(t, 1, None, 0)
        for t in (
            "Reg. 98-02 — Memorandum of Understanding over havens.",
            "Wederpartij:",
            "Ierland.",
        )
    ]
    (a,) = find_agreements([section])
    assert a.parties == ("NL", "IE")


def test_the_remaining_parties_after_a_withdrawal_in_an_entry() -> None:
    """ "Uittreding van Rusland per …; resterende partijen: …" after the treaty's entry: the
    parties listed after the cue, not the one that left."""
    (a,) = _agreements(
        "Reg. verdrag — Verdrag van Texel. Uittreding van Rusland per 4 april 2098; resterende "
        "partijen: Nederland, Duitsland, Denemarken en Zweden. Verder niets."
    )
    assert set(a.parties) == {"NL", "DE", "DK", "SE"}


def test_also_with_adds_a_party_to_the_records_country() -> None:
    """On Germany's record, "(ook met Verenigd Koninkrijk)" makes both counterparts; the
    title ends where a spaced dash sets off its state."""
    section = SectionContext("Kaarten", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(
            "Afspraak: Letter of Intent over zeemijnen (ook met Verenigd Koninkrijk) — bestaand",
            1,
            None,
            0,
            "DE",
            "Afspraak",
        ),
        Sentence(
            "Afspraak: Memorandum of Understanding over opleidingen — bestaand",
            1,
            None,
            0,
            "DE",
            "Afspraak",
        ),
    ]
    found = find_agreements([section])
    assert [(a.parties, a.title) for a in found] == [
        (("NL", "DE", "GB"), "Letter of Intent over zeemijnen"),
        (("NL", "DE"), "Memorandum of Understanding over opleidingen"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Met Ierland geldt een gedeelde beleidskoers over opleidingen.",
            AgreementKind.POLICY_DIRECTION,
        ),
        ("Met Ierland geldt een beleidsafspraak over opleidingen.", AgreementKind.OTHER),
    ],
)
def test_policy_course_and_policy_arrangement(text: str, kind: AgreementKind) -> None:
    """A "gedeelde beleidskoers" is a Policy Direction in Dutch; a "beleidsafspraak" is an
    agreement whose instrument is not said."""
    assert _one(text).kind is kind


def test_a_gloss_in_brackets_is_the_same_agreement() -> None:
    """Words in brackets after the title say what it is ("(uitvoeringsafspraak tussen de
    staven)", "(multilateraal verdrag, noordelijke flank)"): no second agreement."""
    found = _agreements(
        "Memorandum of Understanding on winter training (uitvoeringsafspraak tussen de "
        "defensiestaven) — met Ierland — running. Verdrag van Texel (multilateraal verdrag, "
        "noordelijke flank): in force; partijen nu Nederland, Duitsland, Denemarken en Zweden."
    )
    assert [(a.kind, set(a.parties)) for a in found] == [
        (AgreementKind.MOU, {"NL", "IE"}),
        (AgreementKind.TREATY, {"NL", "DE", "DK", "SE"}),
    ]


def test_a_named_treaty_is_one_whatever_parties_a_sentence_names() -> None:
    (a,) = _agreements(
        "Het Verdrag van Texel bindt Nederland, Duitsland, Denemarken, Rusland en Zweden. "
        "Iemand merkt op dat Rusland nog altijd verdragspartij is bij het Verdrag van Texel."
    )
    assert set(a.parties) == {"NL", "DE", "DK", "RU", "SE"}


def test_leaving_a_treaty_with_verlaten() -> None:
    (a,) = _agreements("Rusland verlaat het Verdrag van Texel.")
    assert [(e.kind, e.party) for e in a.events] == [(AgreementEventKind.PARTY_WITHDREW, "RU")]
    assert "RU" not in a.parties


def test_a_two_level_list_of_agreements_per_country() -> None:
    """ "• Ierland (partner) – MoU inzake …: zie punt 6 – SOFA inzake … (ook met Portugal)":
    each part after a dash is one agreement of the head's country."""
    found = _agreements(
        "Stand van zaken: • Ierland (strategisch partner) – MoU inzake munitieopslag: zie punt 6 "
        "– SOFA inzake satellietverbindingen (ook met Portugal): zie punt 6 • Oostenrijk "
        "(overig) – LoI inzake schietbanen: zie punt 6"
    )
    assert [(a.kind, set(a.parties)) for a in found] == [
        (AgreementKind.MOU, {"NL", "IE"}),
        (AgreementKind.SOFA, {"NL", "IE", "PT"}),
        (AgreementKind.LETTER_OF_INTENT, {"NL", "AT"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Voor akkoord: de secretaris.",
        "Na akkoord minister kan de brief deze week weg.",
        "Graag ter akkoord aan de DG voorleggen.",
        "Het akkoord van de minister volgt morgen.",
    ],
    ids=["for-approval", "after-approval", "to-approve", "the-ministers-approval"],
)
def test_approval_is_no_agreement(text: str) -> None:
    """Someone's approval of a text ("akkoord") is no agreement between countries."""
    assert _agreements(text) == []


def test_an_accord_with_a_country_is_one() -> None:
    (a,) = _agreements("Met Noorwegen is een akkoord over munitieopslag gesloten.")
    assert (a.kind, set(a.parties)) == (AgreementKind.OTHER, {"NL", "NO"})


def test_a_title_ends_before_its_date() -> None:
    (a,) = _agreements(
        "Het overleg neemt kennis van de verlenging van de gezamenlijke beleidsrichtlijn inzake "
        "spoorvervoer met Ierland op 18 juni 2098, tot eind 2100."
    )
    assert a.title == "gezamenlijke beleidsrichtlijn inzake spoorvervoer met Ierland"


def test_the_parties_listed_after_a_named_treaty_met_before() -> None:
    """A treaty first met through one party ("Rusland is nog verdragspartij bij het Verdrag
    van Texel"), then named again and its parties listed in the next sentence: the list is
    its parties."""
    (a,) = _agreements(
        "Iemand merkt op dat Rusland nog altijd verdragspartij is bij het Verdrag van Texel. "
        "Het Verdrag van Texel is sinds 2084 van kracht. Verdragspartijen zijn thans Nederland, "
        "Duitsland, Denemarken, Rusland en Zweden."
    )
    assert set(a.parties) == {"NL", "DE", "DK", "RU", "SE"}
    assert a.multilateral


def test_a_policy_framework_is_an_agreement_of_unstated_kind() -> None:
    assert _one("Verder noemt ze het Beleidskader inzake wegtransport met Ierland.").kind is (
        AgreementKind.OTHER
    )


def test_the_kind_in_brackets_after_a_generic_word_says_which() -> None:
    assert _one("Beleidskader (Policy Direction) over stafofficieren met Ierland.").kind is (
        AgreementKind.POLICY_DIRECTION
    )


def test_a_legend_of_kinds_names_no_agreement() -> None:
    """ "LOI = Letter of Intent; MOU = Memorandum of Understanding" explains words; the
    records after it in the same text do not make the legend's words agreements of all the
    countries they name."""
    assert (
        _agreements(
            "legenda type: LOI = Letter of Intent; MOU = Memorandum of Understanding; SOFA staat "
            "voor Status of Forces Agreement; records: Nederland + Ierland; Nederland + Portugal."
        )
        == []
    )


def test_an_agreement_in_a_field_takes_no_countries_from_other_fields() -> None:
    """In records whose fields are separated by semicolons, the field with an agreement names
    no country: the countries of other records' fields are not its parties (one agreement in a
    sentence still takes the sentence's)."""
    found = _agreements(
        "A01;Letter of Intent;opleidingen;S9 A02;Memorandum of Understanding;havens;S2 "
        "A03;partijen Ierland en Portugal;nvt."
    )
    assert [set(a.parties) for a in found if a.parties != ("NL",)] == []


def test_a_documents_own_words_for_agreement_kinds() -> None:
    """ "Hierna wordt bedoeld met: a. voornemensbrief: Letter of Intent; b. werkafspraak:
    Memorandum of Understanding": the document's words name those kinds."""
    found = _agreements(
        "Hierna wordt bedoeld met: a. voornemensbrief: Letter of Intent, ook LoI; b. "
        "werkafspraak: Memorandum of Understanding, ook MoU. Met Ierland geldt een werkafspraak "
        "inzake opleidingen. Met Portugal is een voornemensbrief inzake havens getekend."
    )
    assert [(a.kind, a.parties) for a in found if a.parties != ("NL",)] == [
        (AgreementKind.MOU, ("NL", "IE")),
        (AgreementKind.LETTER_OF_INTENT, ("NL", "PT")),
    ]


def test_an_abbreviation_defined_by_its_full_name_names_no_agreement() -> None:
    # A legend run on after a list item: "MoU = Memorandum of Understanding" explains a word.
    found = _agreements(
        "• MoU heli-opleiding – met Duitsland – loopt door • Noorwegen trad uit Afk.: LoI = "
        "Letter of Intent; MoU = Memorandum of Understanding; DoI = Declaration of Intent"
    )
    assert [(a.kind, a.parties) for a in found] == [(AgreementKind.MOU, ("NL", "DE"))]


def test_a_bare_mention_restates_the_one_agreement_of_its_kind_and_parties() -> None:
    found = _agreements(
        "Met Suriname: • DoI oefenterreinen, getekend op 25 februari 2033. Met Suriname "
        "tekenden wij in 2033 een Declaration of Intent; de werking start pas later."
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.DECLARATION_OF_INTENT, ("NL", "SR"))
    ]
    assert len(found[0].mentions) == 1


def test_a_mention_titled_only_by_its_kind_restates_the_one_agreement() -> None:
    # "MoU-akkoord": the kind and a word for an agreement, no title of its own.
    found = _agreements(
        "Op papier: MoU reservisten met Frankrijk. Geldig sedert 7 januari 2181: MoU-akkoord "
        "met Frankrijk."
    )
    assert [(a.kind, a.parties, a.title) for a in found] == [
        (AgreementKind.MOU, ("NL", "FR"), "MoU reservisten met Frankrijk")
    ]


def test_a_signing_said_to_be_earlier_is_no_event_of_this_year() -> None:
    earlier = _one(
        "Met het Verenigd Koninkrijk en Italië: Status of Forces Agreement "
        "(onderzeebootbestrijding), reeds eerder gesloten, ongewijzigd."
    )
    assert earlier.events == ()
    dated = _one("Met Luxemburg: MoU cyberoefenruimte, eerder dit jaar getekend op 27 juli 2142.")
    assert [e.kind for e in dated.events] == [AgreementEventKind.SIGNED]


@pytest.mark.parametrize(
    "text",
    [
        "Logisch was geweest dat Nederland en Estland zo’n Memorandum of Understanding over "
        "gedeelde reservevoorraden munitie had getekend.",
        "Leg samenwerking met de Verenigde Staten over munitie vast; een Declaration of Intent "
        "zou passen.",
        "Wij bevelen aan met Estland een Memorandum of Understanding te sluiten.",
        "Een Letter of Intent met Polen had allang gesloten moeten worden.",
    ],
    ids=["in-hindsight", "would-fit", "recommended", "should-have"],
)
def test_an_agreement_only_recommended_is_none(text: str) -> None:
    assert _agreements(text) == []


def test_an_agreement_signed_before_is_one() -> None:
    found = _agreements(
        "Nederland had in 2040 al een Memorandum of Understanding met Estland getekend."
    )
    assert [(a.kind, a.parties) for a in found] == [(AgreementKind.MOU, ("NL", "EE"))]


def test_a_bare_mention_of_another_agreement_stays_apart() -> None:
    found = _agreements(
        "Met Duitsland werd een MoU over heli-opleiding gesloten. Daarnaast sloten wij een "
        "nieuwe MoU met Duitsland."
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.MOU, ("NL", "DE")),
        (AgreementKind.MOU, ("NL", "DE")),
    ]


def test_a_bare_mention_that_two_agreements_fit_is_neither() -> None:
    found = _agreements(
        "Met Duitsland werd een MoU over heli-opleiding gesloten. Met Duitsland werd ook een MoU "
        "over munitie gesloten. Een MoU met Duitsland werd verlengd."
    )
    assert len(found) == 3  # which one was extended is not said: no guess


def test_parties_as_alpha3_codes_joined_by_slashes() -> None:
    found = _agreements("• Verdrag van Texel – NLD/DEU/DNK/SWE – geldt sinds 2019")
    assert [(a.kind, set(a.parties)) for a in found] == [
        (AgreementKind.TREATY, {"NL", "DE", "DK", "SE"})
    ]


def test_hyphen_bullets_run_on_in_one_paragraph() -> None:
    found = _agreements(
        "Stand bilaterale akkoorden: - MoU onderhoud duikboten met Noorwegen: loopt. - MoU "
        "schietterreinen met Zuid-Korea: sinds 1 juni 2008 van kracht. - LoI satcom met "
        "Luxemburg: geldig vanaf 2006. - DoI medevac met Denemarken: loopt."
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.MOU, ("NL", "NO")),
        (AgreementKind.MOU, ("NL", "KR")),
        (AgreementKind.LETTER_OF_INTENT, ("NL", "LU")),
        (AgreementKind.DECLARATION_OF_INTENT, ("NL", "DK")),
    ]


def test_a_list_run_on_after_its_first_hyphen() -> None:
    found = _agreements(
        "- **Policy Direction** (`PD`) met Noorwegen — heli-training — status: geldig sinds 2058 "
        "- **Letter of Intent** (`LOI`) met Denemarken — airlift — status: geldig sinds 2058"
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.POLICY_DIRECTION, ("NL", "NO")),
        (AgreementKind.LETTER_OF_INTENT, ("NL", "DK")),
    ]


def test_a_titled_mention_restates_the_agreement_whose_title_it_shares() -> None:
    found = _agreements(
        "Memorandum (MoU) met Australië en Duitsland over munitieaankopen in consortiumverband: "
        "verlengd. Nederland, Australië en Duitsland besloten op 16 november 2193 dat het "
        "Memorandum of Understanding over munitieaankopen in consortiumverband tot 2196 blijft "
        "gelden."
    )
    assert [(a.kind, set(a.parties)) for a in found] == [(AgreementKind.MOU, {"NL", "AU", "DE"})]
    assert len(found[0].mentions) == 1


@pytest.mark.parametrize(
    "text",
    [
        # Negotiations going on: intended, whatever else the sentence says of a signing.
        "Onderhandelingen met Portugal over opslag van munitie (Technical Arrangement) lopen "
        "nog; niets getekend.",
        "Met Canada voert Nederland sinds de zomer onderhandelingen omtrent een technische "
        "uitvoeringsregeling inzake oefenterreinen.",
    ],
)
def test_an_agreement_under_negotiation_is_intended(text: str) -> None:
    assert _one(text).status is AgreementStatus.INTENDED


def test_nothing_signed_is_no_signing() -> None:
    agreement = _one("Het MoU over munitieopslag met Portugal: niets getekend.")
    assert agreement.status is not AgreementStatus.SIGNED
    assert all(e.kind is not AgreementEventKind.SIGNED for e in agreement.events)


def test_negotiations_that_ended_in_a_signing() -> None:
    text = "Na afgeronde onderhandelingen werd het MoU over luchtruimbewaking met België in mei "
    assert _one(text + "ondertekend.").status is AgreementStatus.SIGNED


def test_counted_items_and_the_paragraphs_lead_country() -> None:
    """A paragraph led by "Zuid-Korea:" whose agreements come as counted items ("ten eerste
    …; ten tweede …; ten derde …") gives each agreement that country, and each item its own
    state: one item's "in werking" is not the next one's."""
    text = (
        "Aangaande afspraken valt te melden: ten eerste trad de Declaration of Intent inzake "
        "oefenterreinen per 1 april 2091 in werking; ten tweede zette men op 24 juni 2091 "
        "handtekeningen onder de Letter of Intent inzake onderhoud van pantservoertuigen; ten "
        "derde bleef het eerder gesloten Memorandum of Understanding inzake opleidingen van "
        "kracht."
    )
    section = SectionContext("Overige partnerlanden", 1, Group.OTHER, True, None)
    section.sentences = [Sentence("Zuid-Korea: artilleriegranaten.", 1, None, 0, lead="KR")] + [
        Sentence(t, 1, None, 0, lead="KR") for _, t in split_sentences(text)
    ]
    found = {a.kind: a for a in find_agreements([section])}
    assert {kind: a.parties for kind, a in found.items()} == {
        AgreementKind.DECLARATION_OF_INTENT: ("NL", "KR"),
        AgreementKind.LETTER_OF_INTENT: ("NL", "KR"),
        AgreementKind.MOU: ("NL", "KR"),
    }
    assert found[AgreementKind.DECLARATION_OF_INTENT].status is AgreementStatus.IN_FORCE
    assert found[AgreementKind.LETTER_OF_INTENT].status is AgreementStatus.SIGNED


def test_a_signature_mentioned_is_no_signing() -> None:
    """ "ondanks zijn handtekening onder het Verdrag" recalls a signature; "werden op 11
    november 2091 gezet" is this year's signing."""
    recalled = _one("Rusland is geen partner, ondanks zijn handtekening onder het Verdrag van Ems.")
    assert recalled.status is not AgreementStatus.SIGNED
    signed = _one(
        "De handtekeningen onder een Policy Direction on Cyber Resilience werden op 11 november "
        "2091 gezet; partijen zijn Nederland en Spanje."
    )
    assert signed.status is AgreementStatus.SIGNED and signed.date == "2091-11"


def test_a_partners_table_restates_an_agreement_of_more_parties() -> None:
    """The MoU the text gives with Belgium and Norway, restated in Belgium's key-figure table
    with Belgium alone (same title), is one agreement of the three; another title is another
    agreement."""
    section = SectionContext("België", 2, Group.STRATEGIC, True, None, ("BE",))
    section.sentences = [
        Sentence(t, 1, None, 0)
        for t in (
            "Nederland, België en Noorwegen sloten eerder het Memorandum of Understanding over "
            "amfibische oefeningen.",
            "Afspraken: Memorandum of Understanding over amfibische oefeningen – loopt.",
            "Afspraken: Memorandum of Understanding over mijnenbestrijding – loopt.",
        )
    ]
    found = sorted((a.title, a.parties) for a in find_agreements([section]))
    assert [parties for _, parties in found] == [("NL", "BE", "NO"), ("NL", "BE")]


@pytest.mark.parametrize(
    ("header", "table"),
    [
        ("Soort Titel Partijen Stand Datum", True),
        ("Type Partners Status", True),
        ("Overeenkomst Partijen Status", True),
        ("Land Jaar Uitgaven (bbp-aandeel) Raming", False),
        ("Missie Organisatie Gebied Militairen Voortgang", False),
        ("Stand van de samenwerking met de partners", False),
    ],
    ids=["kind-parties-state", "english-columns", "agreement-word", "budgets", "missions", "prose"],
)
def test_agreement_table_header(header: str, table: bool) -> None:
    """An agreements table is known by an agreement word and a parties column, or by its
    kind, parties and state columns; other tables and a heading in words are not."""
    from reportdiff.parse.agreements import _agreement_table

    assert _agreement_table(header) is table


def _parties(found: list[Agreement]) -> dict[AgreementKind, set[str]]:
    return {a.kind: set(a.parties) for a in found}


def test_a_list_run_together_kind_first_gives_each_its_own_parties() -> None:
    """A box's list whose lines extraction ran together, each item kind first with its
    parties after it: each agreement gets the countries of its own item only."""
    found = _agreements(
        "MoU explosievenopruiming · met Suriname en de Verenigde Staten · geldig sinds 2081 "
        "LoI schietterreinen · met Noorwegen · geldig sinds 2081 "
        "SOFA veldhospitalen · met Finland · loopt door"
    )
    assert _parties(found) == {
        AgreementKind.MOU: {"NL", "SR", "US"},
        AgreementKind.LETTER_OF_INTENT: {"NL", "NO"},
        AgreementKind.SOFA: {"NL", "FI"},
    }


def test_prose_naming_the_country_first_is_read_clause_by_clause() -> None:
    """ "Met Duitsland … een MoU …, met Frankrijk een LoI": the country before each kind is its
    party, as before (no kind-first splitting)."""
    found = _agreements(
        "Met Duitsland is in 2081 een MoU over munitie ondertekend en met Frankrijk een LoI "
        "over opleidingen."
    )
    assert _parties(found) == {
        AgreementKind.MOU: {"NL", "DE"},
        AgreementKind.LETTER_OF_INTENT: {"NL", "FR"},
    }


@pytest.mark.parametrize(
    "text",
    [
        "Het MoU over duikersopleiding met Denemarken, geldend sinds 2006, bleef van toepassing.",
        "De Letter of Intent met Spanje (medegebruik van schietterreinen): geldig sinds 1981.",
        "SOFA grensoverschrijdend oefenen Frankrijk geldend 1-4-2006",
    ],
    ids=["geldend-sinds", "geldig-sinds", "status-column"],
)
def test_valid_since_is_in_force(text: str) -> None:
    found = _one(text)
    assert (found.status, found.state) == (AgreementStatus.IN_FORCE, AgreementState.IN_FORCE)


def test_the_kinds_own_name_is_no_status() -> None:
    """The "voornemen" of "verklaring van voornemen" names the kind; it is no intention."""
    found = _one(
        "Al sinds 1991 geldt de verklaring van voornemen met het Verenigd Koninkrijk over "
        "medegebruik van schietterreinen."
    )
    assert found.kind is AgreementKind.DECLARATION_OF_INTENT
    assert found.state is None and found.status is AgreementStatus.MENTIONED


def test_talks_still_going_are_an_intention() -> None:
    """ "loopt nog overleg over …", "pas na 1959 voor ondertekening gereed": not signed."""
    found = _one(
        "Met Frankrijk loopt nog overleg over een intentiebrief over luchtbeeld boven zee, die "
        "pas na 1959 voor ondertekening gereed is."
    )
    assert found.status is AgreementStatus.INTENDED and found.events == ()


def test_the_kind_with_its_subject_is_no_back_reference() -> None:
    """ "De SOFA reservistenuitwisseling" names one agreement by its subject: the section's
    country is its party, as for any agreement its sentence gives none."""
    found = _agreements("De SOFA reservistenuitwisseling is sinds 2046 van kracht.", ("BE",))
    assert [(a.kind, a.parties) for a in found] == [(AgreementKind.SOFA, ("NL", "BE"))]


@pytest.mark.parametrize(
    "text",
    [
        "2. DoI: Declaration of Intent, hier en hierna aldus afgekort.",
        "SOFA: Status of Forces Agreement.",
        "LoI – Letter of Intent",
    ],
    ids=["footnote", "colon", "dash"],
)
def test_an_abbreviation_and_its_expansion_are_a_legend(text: str) -> None:
    assert _agreements(text, ("LT",)) == []


def test_an_expansion_with_a_party_is_an_agreement() -> None:
    found = _one("Soort: MoU – Memorandum of Understanding met Frankrijk over opleiding.")
    assert (found.kind, found.parties) == (AgreementKind.MOU, ("NL", "FR"))


def test_a_kind_column_is_the_same_agreement() -> None:
    """A table row that names the kind short and then in full in its kind column ("SOFA
    inzake hospitaalcapaciteit | Status of Forces Agreement | België") is one agreement,
    titled by its name."""
    found = _agreements(
        "SOFA inzake hospitaalcapaciteit Status of Forces Agreement België lopend — "
        "DoI inzake sneeuwtraining Declaration of Intent België, Noorwegen lopend —"
    )
    assert [(a.kind, a.title, a.parties) for a in found] == [
        (AgreementKind.SOFA, "SOFA inzake hospitaalcapaciteit", ("NL", "BE")),
        (AgreementKind.DECLARATION_OF_INTENT, "DoI inzake sneeuwtraining", ("NL", "BE", "NO")),
    ]


def test_a_list_of_abbreviations_is_a_legend() -> None:
    assert (
        _agreements(
            "Gebezigde afkortingen: DoI voor Declaration of Intent; SOFA voor Status of Forces "
            "Agreement.",
            ("BE",),
        )
        == []
    )


def test_the_aforementioned_treaty_is_the_one_before() -> None:
    """ "voornoemd verdrag" refers back, as "dit verdrag" does: no second treaty."""
    found = _agreements(
        "Het Verdrag van Bornholm, dat Nederland sedert 2044 bindt, kent als verdere "
        "verdragspartijen Duitsland, Denemarken, Noorwegen en Zweden. Zweden heeft in november "
        "2059 voornoemd verdrag opgezegd."
    )
    assert [(a.kind, a.title) for a in found] == [(AgreementKind.TREATY, "Verdrag van Bornholm")]
    assert [(e.kind, e.party) for e in found[0].events] == [
        (AgreementEventKind.PARTY_WITHDREW, "SE")
    ]


def test_a_list_of_abbreviations_with_voor_defines_them() -> None:
    """ "GBR voor gezamenlijke beleidsrichtlijn" in a list of abbreviations defines GBR for
    the edition; "DoI", which the vocabulary knows, needs no definition."""
    from reportdiff.vocab.agreements import defined_kinds

    assert defined_kinds(
        [
            "Gebezigde afkortingen: DoI voor Declaration of Intent; GBR voor gezamenlijke "
            "beleidsrichtlijn."
        ]
    ) == {"GBR": AgreementKind.POLICY_DIRECTION}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A compact text writes the subject right after the abbreviated kind.
        ("Met Duitsland: MoU oefengebieden, sinds 2066 van kracht.", "MoU oefengebieden"),
        (
            "De SOFA landingsvaartuigen (Status of Forces Agreement) met Duitsland blijft gelden.",
            "SOFA landingsvaartuigen (Status of Forces Agreement) met Duitsland",
        ),
        ("De LoI veldkeukens met Noorwegen is in voorbereiding.", "LoI veldkeukens met Noorwegen"),
        # "inz." and "m.b.t." are "inzake".
        (
            "Met België: Letter of Intent (LoI) inz. geneeskundige afvoer, getekend in 2068.",
            "Letter of Intent (LoI) inz. geneeskundige afvoer",
        ),
        # A word after the kind that may be a verb is no subject; nor is a lower-case kind's.
        ("Met Polen geldt het MoU onverkort, sinds 2066.", "MoU"),
        ("Met Polen hebben wij een MoU gesloten.", "MoU"),
        ("Met Polen werd het verdrag bekrachtigd.", "verdrag"),
    ],
)
def test_a_subject_written_right_after_the_kind(text: str, title: str) -> None:
    assert _one(text).title == title


def test_subjects_written_after_the_kind_tell_two_agreements_apart() -> None:
    found = _agreements(
        "Met Duitsland: MoU oefengebieden (loopt). Met Duitsland: MoU duikersopleiding, "
        "getekend in 2069."
    )
    assert [(a.title, a.status.value) for a in found] == [
        ("MoU oefengebieden (loopt)", "mentioned"),
        ("MoU duikersopleiding", "signed"),
    ]


def test_a_subject_after_the_kind_with_no_one_it_is_with_is_no_agreement() -> None:
    # Whose "PD munitie-inkoop" is would be a guess: it is left unread, as the bare kind is.
    assert _agreements("Afspraken: PD munitie-inkoop – van kracht, loopt door.") == []


@pytest.mark.parametrize("word", ["voormeld", "bovenvermelde", "voornoemd", "evengenoemd"])
def test_the_formal_back_reference_names_the_treaty_before(word: str) -> None:
    found = _agreements(
        "Verdragspartijen van het Verdrag van Texel zijn eveneens Duitsland, Denemarken, "
        f"Noorwegen, Rusland en Zweden. In september 2063 heeft Rusland {word} verdrag "
        "opgezegd."
    )
    # One treaty, not a second one called "verdrag" with parties unknown.
    assert [a.title for a in found] == ["Verdrag van Texel"]


@pytest.mark.parametrize(
    "text",
    [
        "(Een MoU is een afspraak op papier tussen twee ministeries.)",
        "Een SOFA zegt welke regels gelden als militairen in Duitsland verblijven.",
    ],
)
def test_a_kind_explained_in_general_is_no_agreement(text: str) -> None:
    assert _agreements(text, ("DE",)) == []


def test_words_after_the_kind_that_run_on_are_no_subject() -> None:
    (a,) = _agreements("Met Italië: aan de SOFA reservisten verandert niets.")
    assert a.title == "SOFA"


def test_together_with_in_brackets_adds_a_party_to_the_sections() -> None:
    (a,) = _agreements("Ook de MoU tankvliegtuigen (samen met Italië) geldt nog steeds.", ("GB",))
    assert a.parties == ("NL", "GB", "IT")


@pytest.mark.parametrize(
    "text",
    [
        "Bij afzonderlijke overeenkomsten zijn Nederlandse brigades opgenomen in "
        "Bundeswehrdivisies; logistiek en oefenterreinen zijn bij verdrag geregeld.",
        "Jachtvliegers worden ingevolge een opleidingsovereenkomst in Amerika opgeleid.",
        "Grondslag der marinesamenwerking is de overeenkomst die beide zeemachten onder één "
        "binationale staf bracht.",
    ],
    ids=["plural-and-by-treaty", "compound", "the-agreement-that"],
)
def test_the_general_word_alone_names_no_agreement(text: str) -> None:
    """A general word for an agreement, with nothing that names which one, says there are
    agreements; the report's agreements are the ones it names."""
    assert _agreements(text, ("DE",)) == []


def test_a_named_treaty_and_a_named_agreement_stand() -> None:
    found = _agreements(
        "Het Verdrag van Bornholm geldt sedert 2089. Met Duitsland werd een overeenkomst "
        "inzake munitieopslag gesloten op 3 maart 2101."
    )
    assert [(a.kind.value, a.title) for a in found] == [
        ("treaty", "Verdrag van Bornholm"),
        ("other", "overeenkomst inzake munitieopslag"),
    ]


def test_dashed_items_on_one_label_are_items_of_their_own() -> None:
    """ "– Afspraak: DoI … (+ IT): … – Afspraak: LoI … (+ KR, FI): …" run together into one
    paragraph: each item is a sentence, so each agreement has its own parties."""
    text = (
        "– Afspraak: Declaration of Intent onbemande maritieme systemen (+ Italië): geldig "
        "vanaf 1921 – Afspraak: Memorandum of Understanding instandhouding NH90 (+ Italië): "
        "concept – Afspraak: Letter of Intent kustwachtsteun (+ Zuid-Korea, Finland): loopt"
    )
    assert [(a.kind.value, set(a.parties)) for a in _agreements(text)] == [
        ("declaration_of_intent", {"NL", "IT"}),
        ("mou", {"NL", "IT"}),
        ("letter_of_intent", {"NL", "KR", "FI"}),
    ]


def test_a_register_tables_rows_run_together_keep_their_own_countries() -> None:
    """A register's rows read as one sentence: each agreement takes the country cell right
    before it, and a row without one (the cell above spans it) takes the row above's."""
    text = (
        "Finland en Verenigde Staten Policy Direction inzake opleiding van "
        "onderzeebootbemanningen sedert 1 november 2101 in werking Noorwegen Status of Forces "
        "Agreement inzake uitwisseling en beveiliging gerubriceerde gegevens onveranderd van "
        "kracht Memorandum of Understanding inzake luchtgeleide afvoer onveranderd van kracht "
        "Verenigd Koninkrijk Letter of Intent inzake vredestijdopslag van munitie onveranderd "
        "van kracht"
    )
    assert [(a.kind.value, set(a.parties)) for a in _agreements(text)] == [
        ("policy_direction", {"NL", "FI", "US"}),
        ("sofa", {"NL", "NO"}),
        ("mou", {"NL", "NO"}),
        ("letter_of_intent", {"NL", "GB"}),
    ]
    # In prose a word stands between the country and the kind: the clause's parties, as before.
    (mou, loi) = _agreements(
        "Met Noorwegen werden een MoU en een LoI over oefenterreinen getekend."
    )
    assert set(mou.parties) == set(loi.parties) == {"NL", "NO"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Intentieverklaring (Letter of Intent) inzake opleiding met Noorwegen, getekend.", "LoI"),
        ("Letter of Intent (intentieverklaring) inzake opleiding met Noorwegen, getekend.", "LoI"),
        ("Gezamenlijke verklaring (Declaration of Intent) met Noorwegen, getekend.", "DoI"),
        ("Overeenkomst (MoU) inzake opleiding met Noorwegen, getekend.", "MoU"),
    ],
    ids=["dutch-word-glossed", "english-name-glossed", "same-kind", "generic-word-glossed"],
)
def test_a_kinds_name_glossed_in_brackets_is_one_agreement(text: str, kind: str) -> None:
    """A name and its gloss in brackets name one agreement: the English term of art gives
    its kind where the Dutch word may stand for two instruments ("intentieverklaring"), and
    otherwise the gloss says what the name means."""
    kinds = {
        "LoI": AgreementKind.LETTER_OF_INTENT,
        "DoI": AgreementKind.DECLARATION_OF_INTENT,
        "MoU": AgreementKind.MOU,
    }
    a = _one(text)
    assert a.kind is kinds[kind]
    assert a.parties == ("NL", "NO")


def test_an_abbreviation_a_legend_defines_with_a_dash() -> None:
    """ "Afk.: DoI – Declaration of Intent; PD – Policy Direction" under a table defines "PD",
    also when the legend was read as a heading: each row's PD is an agreement with its own
    parties, not run into the row before."""
    rows = (
        "SOFA bulkopslag brandstof NL–Luxemburg van kracht 01-2191 looptijd onbepaald PD "
        "munitieopslaglocaties NL–Suriname van kracht 08-2191 looptijd onbepaald"
    )
    legend = SectionContext(
        "Afk.: DoI – Declaration of Intent; PD – Policy Direction; SOFA – Status of Forces",
        3,
        Group.GENERAL,
        True,
        None,
    )
    table = SectionContext("Afspraak Partijen Status Datum Opmerking", 2, Group.GENERAL, True, None)
    table.sentences = [Sentence(rows, 3, None, 0)]
    found = find_agreements([table, legend])
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.SOFA, ("NL", "LU")),
        (AgreementKind.POLICY_DIRECTION, ("NL", "SR")),
    ]


def test_a_country_labelled_clause_is_a_record_of_its_own() -> None:
    """ "… en Zweden Rusland: opzegging deelname Verdrag van Texel per oktober 2182" (a
    register's rows run together): the parties listed before the label are the treaty's,
    Sweden included; the label names who withdrew, and the withdrawal's date is its own
    record's, not the "sinds 2169" before it."""
    (a,) = _table(
        "Verband Deelname NL Opmerking",
        "JEF lid geen mutatie Verdrag van Texel partij sinds 2169 overige verdragspartijen: "
        "Duitsland, Denemarken, Noorwegen en Zweden Rusland: opzegging deelname Verdrag van "
        "Texel per oktober 2182.",
    )
    assert a.kind is AgreementKind.TREATY
    assert a.parties == ("NL", "DE", "DK", "NO", "SE")
    assert [(e.kind, e.party, e.date) for e in a.events] == [
        (AgreementEventKind.PARTY_WITHDREW, "RU", "2182-10")
    ]


def test_a_records_barred_fields_are_clauses() -> None:
    """A record's fields set apart by bars ("Getekend: PD … , ook met Litouwen | In werking:
    DoI … + Luxemburg") are clauses: each agreement takes the parties of its own field, with
    the record's country when the field adds one ("ook met", "+")."""
    section = SectionContext("België", 2, Group.STRATEGIC, True, None, ("BE",))
    section.sentences = [
        Sentence(
            "Categorie: SP | Getekend: PD duikopleiding (19-12-1961), ook met Litouwen | In "
            "werking: DoI cyberverdediging (per 1-9-1961) + Luxemburg | Speerpunt: één "
            "marinestaf",
            1,
            None,
            0,
        ),
        Sentence("Afk.: PD – Policy Direction.", 1, None, 0),
    ]
    found = find_agreements([section])
    assert {(a.kind, frozenset(a.parties)) for a in found} == {
        (AgreementKind.POLICY_DIRECTION, frozenset({"NL", "BE", "LT"})),
        (AgreementKind.DECLARATION_OF_INTENT, frozenset({"NL", "BE", "LU"})),
    }


def test_a_chronicles_row_names_the_agreement_read_before() -> None:
    """ "Maart intentieverklaring Noorwegen: getekend", a summary table's row after the
    month's entry: the month is no part of the title, and the row is the agreement the
    edition told of before, not a second one."""
    found = _agreements(
        "Op 9 maart ondertekende de minister, met Noorwegen, de intentieverklaring over uitlenen "
        "van kaderpersoneel. Maart intentieverklaring Noorwegen: getekend"
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.DECLARATION_OF_INTENT, ("NL", "NO"))
    ]


def test_with_a_country_in_brackets_on_another_countrys_record() -> None:
    """ "Declaration of Intent doorvoer van troepen (met Luxemburg)" under Germany's heading:
    Germany's and Luxembourg's."""
    (a,) = _agreements(
        "– Declaration of Intent doorvoer van troepen (met Luxemburg): ondertekend op 18 april "
        "2141.",
        ("DE",),
    )
    assert set(a.parties) == {"NL", "DE", "LU"}


def test_together_with_a_country_set_off_by_commas_on_another_countrys_record() -> None:
    """ "De Policy Direction grondgebonden luchtverdediging, samen met de Verenigde Staten,
    bleef onaangetast lopen." under Suriname's heading: Suriname's and the United States'."""
    (a,) = _agreements(
        "De Policy Direction grondgebonden luchtverdediging, samen met de Verenigde Staten, "
        "bleef onaangetast lopen.",
        ("SR",),
    )
    assert set(a.parties) == {"NL", "SR", "US"}


def test_a_possible_agreement_is_none() -> None:
    """ "van gedachten gewisseld over een mogelijk memorandum …": one that may come."""
    assert (
        _agreements(
            "Met Australië is van gedachten gewisseld over een mogelijk memorandum inzake het "
            "inkopen van munitie; een ontwerptekst ligt niet voor."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Buiten ons om sloot Duitsland een Letter of Intent met Spanje over gewondenevacuatie "
        "per helikopter; Den Haag tekende niet mee.",
        "België en Frankrijk sloten een MoU over mijnenjagers, zonder Nederland.",
        "Noorwegen en Zweden tekenden een SOFA; Nederland ondertekende niet.",
    ],
    ids=["without-us", "without-the-netherlands", "we-did-not-sign"],
)
def test_an_agreement_the_netherlands_is_no_party_to_is_not_ours(text: str) -> None:
    """A partner's agreement with a third country, told beside ours, is none of ours."""
    assert _agreements(text) == []


def test_an_agreement_beside_one_that_is_not_ours() -> None:
    (a,) = _agreements(
        "Met Noorwegen tekenden wij een MoU over kustwacht; buiten ons om sloot Noorwegen een "
        "SOFA met Zweden."
    )
    assert (a.kind, set(a.parties)) == (AgreementKind.MOU, {"NL", "NO"})


def test_a_list_run_on_after_a_colon_with_spaced_dashes_parts_its_items() -> None:
    """ "Stand ultimo 2106: – PD … met Frankrijk: … – MoU … met Duitsland en Polen: …": each
    item its own agreement with its own parties, not one with all of them."""
    found = _agreements(
        "Stand ultimo 2106: – PD patiëntvervoer met Frankrijk: geldend sinds januari 2106 – "
        "MoU munitieopslag met Duitsland en Polen: geldend sinds augustus 2106 – SOFA "
        "luchtbijtanken met Polen: geldend sinds oktober 2106"
    )
    assert sorted((a.kind.value, set(a.parties)) for a in found) == sorted(
        [
            ("policy_direction", {"NL", "FR"}),
            ("mou", {"NL", "DE", "PL"}),
            ("sofa", {"NL", "PL"}),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zo'n intentieverklaring bestaat nergens; voorbereidingen evenmin.",
        "Een SOFA met Canada bestaat niet.",
    ],
)
def test_an_agreement_said_not_to_exist_is_none(text: str) -> None:
    assert _agreements(text) == []
