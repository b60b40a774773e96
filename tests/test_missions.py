"""Missions as other writers put them: full and Dutch names, an acronym after a description,
and what happened to the mandate and to the Dutch contribution."""

from __future__ import annotations

import pytest

from reportdiff.model import ContributionStatus, MandateStatus, Mission, MissionStatus
from reportdiff.parse.context import Sentence
from reportdiff.parse.missions import missions_in_sentence
from reportdiff.vocab.missions import is_mission_name, mission_names


def _missions(text: str) -> list[Mission]:
    return missions_in_sentence(Sentence(text, 1, None, 0))


def _one(text: str) -> Mission:
    found = _missions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "location"),
    [
        (
            "Nederland levert militairen aan de NAVO-gevechtsgroep in Estland (eFP).",
            "eFP",
            "Estland",
        ),
        (
            "Aan de vredesmacht onder NAVO-bevel in Kosovo leverde Nederland 250 militairen.",
            "KFOR",
            "Kosovo",
        ),
        (
            "Bij de EU-stabilisatiemacht in Bosnië dienden gemiddeld 150 Nederlanders.",
            "EUFOR Althea",
            "Bosnië en Herzegovina",
        ),
        (
            "De multinationale NAVO-battlegroup in Litouwen krijgt een vervolg.",
            "eFP",
            "Litouwen",
        ),
        (
            "Nederland draagt bij aan de vooruitgeschoven aanwezigheid in Litouwen.",
            "eFP",
            "Litouwen",
        ),
        (
            "Nederland blijft deelnemen aan de versterkte voorwaartse aanwezigheid in Polen.",
            "eFP",
            "Polen",
        ),
        (
            "Twaalf Nederlanders dienen bij de United Nations Truce Supervision Organization.",
            "UNTSO",
            "Midden-Oosten",
        ),
        (
            "Nederland leverde stafofficieren aan de VN-bestandstoezichtsorganisatie.",
            "UNTSO",
            "Midden-Oosten",
        ),
        (
            "Nederland bleef bijdragen aan de United Nations Disengagement Observer Force.",
            "UNDOF",
            "Golanhoogten",
        ),
        ("Nederland nam deel aan Operation Sea Guardian.", "Sea Guardian", "Middellandse Zee"),
    ],
)
def test_every_form_is_one_mission(text: str, name: str, location: str) -> None:
    m = _one(text)
    assert m.name == (f"{name} {location}" if name == "eFP" else name)
    assert m.location == location
    assert m.known


def test_acronym_after_the_host_is_not_a_second_mission() -> None:
    m = _one("Nederland levert militairen aan de NAVO-gevechtsgroep in Estland (eFP).")
    assert m.aliases == ("NAVO-gevechtsgroep in Estland (eFP)",)


def test_mission_names_for_the_organisations() -> None:
    assert is_mission_name("eFP")
    assert is_mission_name("eFP Nederland")
    assert is_mission_name("UNTSO")
    assert is_mission_name("United Nations Truce Supervision Organization")
    assert not is_mission_name("NAVO")
    assert not is_mission_name("EDA")
    assert "vooruitgeschoven aanwezigheid" in mission_names()


@pytest.mark.parametrize(
    ("text", "status", "mandate", "contribution", "detail"),
    [
        (
            "Het Nederlandse aandeel in operatie Noordlicht loopt door tot eind 2084.",
            MissionStatus.EXTENDED,
            MandateStatus.EXTENDED,
            None,
            None,
        ),
        (
            "Het mandaat van UNMISS werd door de VN-Veiligheidsraad verlengd tot maart 2085.",
            MissionStatus.EXTENDED,
            MandateStatus.EXTENDED,
            None,
            None,
        ),
        (
            "Eind 2095 telde het Nederlandse detachement bij UNIFIL 290 militairen, tegen 250 een "
            "jaar eerder.",
            MissionStatus.ACTIVE,
            None,
            ContributionStatus.REINFORCED,
            "290 militairen (was 250)",
        ),
        (
            "De Nederlandse eenheid bij KFOR ging van 120 naar 80 militairen.",
            MissionStatus.ACTIVE,
            None,
            ContributionStatus.REDUCED,
            "80 militairen (was 120)",
        ),
        (
            "Aan het Nederlandse optreden in EUFOR Althea kwam in 2083 een einde.",
            MissionStatus.ENDED,
            None,
            ContributionStatus.ENDED,
            None,
        ),
        (
            "De Nederlandse bijdrage aan MINUSMA werd in 2083 afgebouwd.",
            MissionStatus.ACTIVE,
            None,
            ContributionStatus.REDUCED,
            None,
        ),
        (
            "De missie UNMISS werd in 2083 afgerond.",
            MissionStatus.ENDED,
            MandateStatus.ENDED,
            None,
            None,
        ),
        (
            "Een kabinetsbesluit van 7 december 2082 rekt de inzet bij de antipiraterijmissie "
            "EUNAVFOR Atalanta op tot ultimo 2083.",
            MissionStatus.EXTENDED,
            MandateStatus.EXTENDED,
            None,
            None,
        ),
        (
            "Minder militairen bij NMI: in oktober 2082 daalde hun aantal tot 130.",
            MissionStatus.ACTIVE,
            None,
            ContributionStatus.REDUCED,
            None,
        ),
        (
            "Nederland trok zich op 26 augustus 2084 terug uit MINUSMA.",
            MissionStatus.ENDED,
            None,
            ContributionStatus.ENDED,
            None,
        ),
        (
            "Op 24 september 2085 stopte Nederland met zijn bijdrage aan de VN-interimmacht "
            "UNIFIL.",
            MissionStatus.ENDED,
            None,
            ContributionStatus.ENDED,
            None,
        ),
        (
            "Nederland levert twee stafofficieren aan UNDOF.",
            MissionStatus.ACTIVE,
            None,
            None,
            None,
        ),
    ],
)
def test_mandate_and_contribution(
    text: str,
    status: MissionStatus,
    mandate: MandateStatus | None,
    contribution: ContributionStatus | None,
    detail: str | None,
) -> None:
    m = _one(text)
    assert (m.status, m.mandate, m.contribution, m.contribution_detail) == (
        status,
        mandate,
        contribution,
        detail,
    )


def test_a_described_mission_with_its_name_in_brackets_is_one_mission() -> None:
    """ "de Europese trainingsmissie Sirocco (EUTM Sirocco)" names one mission, by its own
    name, not also "missie Sirocco"."""
    found = _missions(
        "250 Nederlandse militairen waren in 2081 actief in de Europese trainingsmissie "
        "Sirocco (EUTM Sirocco)."
    )
    assert [m.name for m in found] == ["EUTM Sirocco"]


def test_a_mission_named_by_its_noun_and_name_is_the_one_with_its_acronym() -> None:
    """ "de Sahel-opleidingsmissie Sirocco" (read as "missie Sirocco") and "EUTM Sirocco" in
    one edition are one mission, under the fuller name; with two candidates nothing is
    folded."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    def edition(*texts: str) -> list[Mission]:
        section = SectionContext("Missies", 1, Group.GENERAL, True, None)
        section.sentences = [Sentence(t, 1, None, 0) for t in texts]
        return find_all_missions([section])

    found = edition(
        "In 2083 stopte Nederlands meedoen met de Sahel-opleidingsmissie Sirocco.",
        "EUTM Sirocco werd beëindigd; de 40 militairen zijn thuis.",
    )
    assert [(m.name, m.aliases) for m in found] == [("EUTM Sirocco", ("missie Sirocco",))]
    assert found[0].status is MissionStatus.ENDED


def test_a_cue_past_another_missions_name_is_that_missions() -> None:
    """Rows of a table run into one sentence: "beëindigd" at the end of UNTSO's row is not
    KFOR's; two names listed together share what is said after them."""
    found = {
        m.name: m.status
        for m in _missions(
            "KFOR NAVO, Kosovo 150 doorlopend MINUSMA VN, Mali 230 UNTSO VN, Midden-Oosten 40 "
            "beëindigd"
        )
    }
    assert found == {
        "KFOR": MissionStatus.ACTIVE,
        "MINUSMA": MissionStatus.ACTIVE,
        "UNTSO": MissionStatus.ENDED,
    }
    listed = {m.name: m.status for m in _missions("KFOR en UNMISS werden in 2104 verlengd.")}
    assert listed == {"KFOR": MissionStatus.EXTENDED, "UNMISS": MissionStatus.EXTENDED}


def test_an_eu_mission_acronym_joined_to_its_name_by_a_hyphen() -> None:
    """ "EUTM-Sirocco" is "EUTM Sirocco"; "EUTM-bijdrage" is a compound, no mission."""
    found = _missions("Kleiner werd het detachement voor EUTM-Sirocco: nu 220 militairen.")
    assert [m.name for m in found] == ["EUTM Sirocco"]
    assert _missions("De EUTM-bijdrage bleef gelijk.") == []


def test_a_word_that_only_ends_in_missie_names_no_mission() -> None:
    """ "de Kamercommissie Defensie" is no "missie Defensie"; a compound mission word still
    names one ("de trainingsmissie Sirocco")."""
    assert _missions("De Kamercommissie Defensie stelde vragen over de inzet.") == []
    found = _missions("In 2081 waren 250 militairen actief in de trainingsmissie Sirocco.")
    assert [m.name for m in found] == ["missie Sirocco"]


def _table(title: str, rows: str) -> list[Mission]:
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext(title, 2, Group.GENERAL, True, None)
    section.sentences = [Sentence(rows, 3, None, 0)]
    return find_all_missions([section])


def test_a_table_of_missions_joined_into_one_paragraph() -> None:
    """Under a column header ("Missie Kader Stand Militairen") each row runs from its
    mission's name to the next one's: "verlengd" in one row is not the row before's."""
    rows = "KFOR NAVO doorlopend 120 UNIFIL VN verlengd, loopt tot eind 2099 150 EUTM Sirocco EU"
    found = {m.name: m.status for m in _table("Missie Kader Stand 2098 Militairen", rows)}
    assert found["KFOR"] is MissionStatus.ACTIVE
    assert found["UNIFIL"] is MissionStatus.EXTENDED
    assert found["EUTM Sirocco"] is MissionStatus.ACTIVE


def test_a_chapter_heading_is_no_mission_table() -> None:
    """ "Missies en operaties in 2098" heads a chapter: a sentence under it is one sentence."""
    from reportdiff.parse.missions import _mission_table

    assert not _mission_table("Missies en operaties in 2098")
    assert _mission_table("Missie | Kader | Stand 2098 | Militairen")


def test_a_column_header_names_no_operation() -> None:
    """A table's column header in the text before its rows ("Operatie Kader Gebied
    Militairen Stand") is no operation named "Kader Gebied"; a named operation in a row is."""
    rows = (
        "Tabel 1: Operationele bijdragen 2098 Operatie Kader Gebied Militairen Stand EUTM "
        "Sirocco EU de Sahel 80 doorlopend operatie Noordlicht NAVO de Noordzee 150 doorlopend"
    )
    found = [m.name for m in _table("Operationele bijdragen", rows)]
    assert found == ["EUTM Sirocco", "operatie Noordlicht"]
    assert [m.name for m in _missions("De operatie Kader werd in 2098 verlengd.")] == []


def test_a_bulleted_list_of_missions_in_one_sentence() -> None:
    """Each item of a key-figure list is read on its own: a status in one item is not the
    next one's, and "120 militairen (was 80)" is that mission's reinforcement."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Uitzendingen", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(
            "▪ UNIFIL | VN | Libanon: mandaat verlengd (6-11-2098) · 120 militairen ▪ KFOR | "
            "NAVO | Kosovo: 140 militairen (was 80) ▪ UNTSO | VN | Midden-Oosten: 60 militairen",
            3,
            None,
            0,
        )
    ]
    found = {m.name: m for m in find_all_missions([section])}
    assert found["UNIFIL"].status is MissionStatus.EXTENDED
    assert found["KFOR"].contribution is ContributionStatus.REINFORCED
    assert found["UNTSO"].status is MissionStatus.ACTIVE


def test_the_sentences_under_a_missions_label_line() -> None:
    """ "6.3 UNIFIL (VN; Libanon)." on a line of its own, then what happened to it: the
    sentences under the label are about that mission, until another mission is named."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Uitzendingen", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(text, 3, None, 0)
        for text in (
            "6.3 UNIFIL (VN; Libanon).",
            "Bijdrage van 250 militairen; bij besluit van 27-10-2098 verlengd tot 31-12-2099.",
            "6.4 KFOR (NAVO; Kosovo): afgesloten op 31-03-2098; alle 40 militairen zijn "
            "teruggeroepen.",
            "6.5 UNTSO (VN; Midden-Oosten).",
            "Ongewijzigde bijdrage van 40 militairen.",
        )
    ]
    found = {m.name: m for m in find_all_missions([section])}
    assert found["UNIFIL"].status is MissionStatus.EXTENDED
    assert found["KFOR"].status is MissionStatus.ENDED
    assert found["UNTSO"].status is MissionStatus.ACTIVE


def test_undiminished_is_no_reduction() -> None:
    """ "onverminderd 80 militairen" keeps the contribution as it was; "verminderd" reduces it."""
    (same,) = _missions("Bij UNTSO dienen onverminderd 80 Nederlandse militairen.")
    assert same.contribution is None
    (less,) = _missions("Bij UNTSO is de Nederlandse bijdrage verminderd tot 60 militairen.")
    assert less.contribution is ContributionStatus.REDUCED


def _section_missions(texts: list[str]) -> dict[str, Mission]:
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Uitzendingen", 1, Group.GENERAL, True, None)
    section.sentences = [Sentence(text, 3, None, 0) for text in texts]
    return {m.name: m for m in find_all_missions([section])}


def test_a_mission_register_joined_into_one_paragraph() -> None:
    """Register lines joined by extraction ("UNTSO — VN, Midden-Oosten — 60 militairen — loopt
    door KFOR — NAVO, Kosovo — 140 militairen — gestart …"): each mission has a count of its
    own, so each line is read apart and one line's status is not the next one's."""
    found = _section_missions(
        [
            "Bewaking UNTSO — VN, Midden-Oosten — 60 militairen — loopt door KFOR — NAVO, "
            "Kosovo — 140 militairen — gestart in 2098 UNIFIL — VN, Libanon — 120 militairen "
            "— loopt door"
        ]
    )
    assert found["UNTSO"].status is MissionStatus.ACTIVE
    assert found["KFOR"].status is MissionStatus.STARTED
    assert found["UNIFIL"].status is MissionStatus.ACTIVE
    assert found["UNIFIL"].source.text.startswith("UNIFIL — VN, Libanon — 120 militairen")


def test_missions_named_together_stay_one_sentence() -> None:
    found = _section_missions(["De bijdragen aan UNTSO en UNIFIL zijn in 2098 verlengd."])
    assert found["UNTSO"].status is MissionStatus.EXTENDED
    assert found["UNIFIL"].status is MissionStatus.EXTENDED


def test_a_question_states_no_mission_and_its_answer_does() -> None:
    """A told question ("… gaan ervan uit dat Nederland 135 militairen aan UNTSO levert, en
    vragen of dat nog juist is") states nothing; the answer that names the mission does, and
    an answer that does not name it is about the mission its question names."""
    found = _section_missions(
        [
            "De leden gaan ervan uit dat Nederland 135 militairen aan UNTSO levert, en vragen of "
            "dat aantal nog juist is.",
            "Aan UNTSO (VN, Midden-Oosten) leveren wij onveranderd 150 militairen.",
            "Wie had gedacht dat Nederland zich bij UNIFIL zou aansluiten?",
            "Toch gebeurde dat op 8 juli 2098, met 60 militairen.",
        ]
    )
    assert found["UNTSO"].source.text.startswith("Aan UNTSO (VN, Midden-Oosten)")
    assert found["UNIFIL"].source.text.endswith(
        "Toch gebeurde dat op 8 juli 2098, met 60 militairen."
    )


def test_an_answer_that_tells_of_no_part_taken_gives_no_mission() -> None:
    """A question about a mission and an answer that says neither what happened nor how many
    went ("Dat bekijken we nog.", "Kabinet twijfelt nog.") give no mission."""
    found = _section_missions(
        [
            "Gaan we ook naar UNTSO?",
            "Dat bekijken we nog.",
            "Meedoen aan KFOR?",
            "Kabinet twijfelt nog.",
        ]
    )
    assert found == {}


def test_a_pipe_tables_rows_keep_their_own_status() -> None:
    # A table pasted from markdown: each row's status is its own mission's.
    text = (
        "| `EUNAVFOR Atalanta` | EU, Golf van Aden | 150 | loopt | | `MINUSMA` | VN, Mali | 150 | "
        "verlengd t/m 2061 | | `UNIFIL` | VN, Libanon | 80 | loopt |"
    )
    got = {m.name: m.status.value for m in missions_in_sentence(Sentence(text, 1, None, 0))}
    assert got == {"EUNAVFOR Atalanta": "active", "MINUSMA": "extended", "UNIFIL": "active"}


@pytest.mark.parametrize(
    "text",
    [
        # Asked, proposed or weighed, and not decided: the Netherlands takes no part.
        "De Verenigde Naties vroegen ons land om met een genie-eenheid aan UNIFIL deel te "
        "nemen; daarover is het kabinet nog in beraad.",
        "Een mogelijke Nederlandse bijdrage aan EUFOR Althea is verkend, maar het kabinet zag "
        "daar niet het nut van in en heeft het voorstel niet goedgekeurd.",
        "Aansluiting bij de VN-missie UNMISS werd voorgesteld; de ministerraad stemde niet in.",
        # Refused outright.
        "Het kabinet heeft besloten geen bijdrage aan KFOR te leveren.",
        "Nederland zal niet deelnemen aan EUNAVFOR Atalanta.",
        # Being studied, and maybe given to.
        "Nog in studie: misschien levert Nederland iets aan UNTSO.",
        "Een bijdrage aan KFOR is in studie.",
        "Wellicht sluit Nederland zich later aan bij UNIFIL.",
        # On a condition, an aside before the verb.
        "Misschien, mits Kamer plus partners instemmen, gaan volgend jaar militairen richting "
        "EUNAVFOR Atalanta.",
        "Volgend jaar gaan militairen naar MINUSMA, mits de Kamer instemt.",
        # The decision still out, or the mission in preparation.
        "Naar wij begrijpen beraadt het kabinet zich nog op deelname aan KFOR; besluitvorming "
        "staat nog uit.",
        "Misschien: eFP Litouwen (NAVO, Litouwen); het kabinet denkt nog na over meedoen.",
        "▪ missie Zeeleeuw · EU · Rode Zee: in voorbereiding, kabinet beslist later",
        "Moeten wij ook bijdragen aan UNMISS? Ik laat het uitzoeken, maar besloten heb ik nog "
        "niets.",
        "Wij kijken of wij iets kunnen betekenen voor UNOMAR, alleen is daarover niks besloten.",
        # Going there denied; taking part out of the question.
        "Minister Wittebol-Pronk: Naar UNOMAR gaat Nederland niet.",
        "Deelname aan MINUSMA ligt buiten het voornemen der regering; een kabinetsbesluit "
        "bestaat evenmin.",
        "Een Nederlandse bijdrage aan UNTSO is uitgesloten.",
        "De uitzending naar KFOR gaat niet door.",
    ],
)
def test_a_mission_only_considered_or_refused_is_none(text: str) -> None:
    assert missions_in_sentence(Sentence(text, 1, None, 0)) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # A request answered by a decision to take part: the mission is read.
        (
            "De NAVO vroeg Nederland om aan KFOR bij te dragen, waarmee het kabinet in mei "
            "instemde en dat ook besloot.",
            MissionStatus.ACTIVE,
        ),
        # "op verzoek van" says why a part is taken, not that it is only asked for.
        ("Op verzoek van de VN levert Nederland twee stafofficieren aan UNTSO.", None),
        # Weighing more of a part already taken: the mission goes on, no extension yet.
        ("Het kabinet overweegt de inzet in MINUSMA met een jaar te verlengen.", None),
        # "geen bijdrage meer": a part that ended.
        ("Sinds maart levert Nederland geen bijdrage meer aan UNIFIL.", MissionStatus.ENDED),
    ],
)
def test_a_mission_taken_part_in_despite_such_words(
    text: str, status: MissionStatus | None
) -> None:
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0))
    assert mission.status is (status or MissionStatus.ACTIVE)
    if status is None:
        assert mission.mandate is None and mission.contribution is None


@pytest.mark.parametrize(
    ("text", "name", "ended"),
    [
        (
            "Afgerond en daarom hier niet verder besproken: UNMISS, beëindigd in 2094.",
            "UNMISS",
            2094,
        ),
        (
            "Aan EUFOR Althea, waaraan Nederland tot medio 2094 bijdroeg, wordt niet meer "
            "gerefereerd.",
            "EUFOR Althea",
            2094,
        ),
        ("De Nederlandse inzet in UNIFIL is in 2093 afgerond.", "UNIFIL", 2093),
        (
            "eFP Litouwen (NAVO, Litouwen) blijft voortaan onvermeld, aangezien Nederlandse "
            "deelneming daaraan reeds gedurende 2069 eindigde.",
            "eFP Litouwen",
            2069,
        ),
        # the year before the verb, a separable verb around it, the people home, nobody sent
        ("UNIFIL (VN, Libanon) is reeds in 2112 afgesloten.", "UNIFIL", 2112),
        (
            "Niet meegeteld: UNOMAR (VN, Westelijke Sahara), waar de Nederlanders al in 2048 "
            "vertrokken.",
            "UNOMAR",
            2048,
        ),
        ("Van KFOR was de bijdrage zelf in 2008 afgelopen.", "KFOR", 2008),
        ("• UNTSO: afgerond, reeds 1972;", "UNTSO", 1972),
        ("MINUSMA is voorbij; die missie sloten we in 2012 af.", "MINUSMA", 2012),
        ("Al eerder: UNTSO; de laatste Nederlanders kwamen in 2193 thuis.", "UNTSO", 2193),
        ("UNOMAR ontbreekt hier: sinds 1943 levert Nederland daar niemand meer.", "UNOMAR", 1943),
        ("Aan KFOR wordt sedert beëindiging (1907) niet langer bijgedragen.", "KFOR", 1907),
        ("NMI ontbreekt, omdat onze inzet reeds in 2058 tot een einde kwam.", "NMI", 2058),
        # the mission between the verb and the year
        (
            "UNIFIL (VN, Libanon) laat ik verder rusten; voor ons eindigde die missie al in 1968.",
            "UNIFIL",
            1968,
        ),
    ],
)
def test_a_mission_that_ended_before_the_editions_year_is_none(
    text: str, name: str, ended: int
) -> None:
    assert missions_in_sentence(Sentence(text, 1, None, 0), year=ended + 1) == []
    # In the edition of the year it ended, it is read.
    assert [m.name for m in missions_in_sentence(Sentence(text, 1, None, 0), year=ended)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # the reflexive withdrawal, its subject after the verb; the people brought home
        "Missie Zeeleeuw (EU, Rode Zee): in oktober 1967 trokken wij ons terug; wij "
        "repatrieerden alle 250 militairen.",
        "Missie Zeeleeuw (EU, Rode Zee): wij repatrieerden alle 250 militairen.",
        # a word broken at a line's end where two vowels meet keeps its hyphen
        "Missie Zeeleeuw (EU, Rode Zee): wij repatri-eerden alle 60 militairen.",
    ],
)
def test_a_withdrawal_told_with_a_verb_is_an_end(text: str) -> None:
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0), year=1967)
    assert mission.status is MissionStatus.ENDED


@pytest.mark.parametrize(
    "text",
    [
        # going on, only not further: no refusal
        "Nederland gaat niet alleen door met KFOR, het breidt de bijdrage ook uit.",
        # a part taken, the clause's "niet" about something else
        "De bijdrage aan UNIFIL is niet groot: 40 militairen.",
    ],
)
def test_a_negation_about_something_else_refuses_nothing(text: str) -> None:
    assert [m.name for m in missions_in_sentence(Sentence(text, 1, None, 0))] in (
        ["KFOR"],
        ["UNIFIL"],
    )


def test_an_end_in_the_editions_own_year_is_an_end() -> None:
    (mission,) = missions_in_sentence(
        Sentence("De Nederlandse inzet in UNIFIL is in 2095 afgerond.", 1, None, 0), year=2095
    )
    assert mission.status is MissionStatus.ENDED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sinds 2089 dienen 120 Nederlandse militairen in KFOR.", MissionStatus.ACTIVE),
        ("Sinds maart 2095 dienen 120 Nederlandse militairen in KFOR.", MissionStatus.STARTED),
        # the Dutch counted as people, taking part with the separable verb
        (
            "Nieuw is operatie Noordlicht (NAVO, Noordzee): sinds januari 2095 doen daar 60 "
            "Nederlanders aan mee.",
            MissionStatus.STARTED,
        ),
        (
            "Operatie Noordlicht (NAVO, Noordzee): sinds januari 2089 doen daar 60 Nederlanders "
            "aan mee.",
            MissionStatus.ACTIVE,
        ),
    ],
)
def test_a_part_taken_since_an_earlier_year_did_not_start_this_one(
    text: str, status: MissionStatus
) -> None:
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0), year=2095)
    assert mission.status is status


@pytest.mark.parametrize(
    "text",
    [
        # A condition contrary to fact.
        "Mocht Nederland aan UNIFIL gaan deelnemen, dan zou dat jaarlijks 30 miljoen euro kosten.",
        # No Dutch unit, and not taking part.
        "Bij EUFOR Althea is geen Nederlandse eenheid; aan die operatie doet Nederland niet mee.",
        # Whether it would take part, looked into (and decided against).
        "Of Nederland aan EUFOR Althea zou bijdragen, is (na bondgenootschappelijke verzoeken) "
        "onderzocht; het kabinet zag daarvan af.",
        # Ended the year before, with the separable verb around the year.
        "Deelname aan missie Zeeleeuw liep in 2094 af en blijft daarom hier onbesproken.",
    ],
)
def test_a_mission_supposed_or_without_a_dutch_part_is_none(text: str) -> None:
    assert missions_in_sentence(Sentence(text, 1, None, 0), year=2095) == []


def test_a_part_that_ran_out_this_year_ended() -> None:
    """ "liep … af" ends the Dutch part; "liep goed af" says how something went."""
    text = "De Nederlandse deelname aan missie Zeeleeuw liep in november 2095 af."
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0), year=2095)
    assert mission.status is MissionStatus.ENDED
    text = "De oefening van de Nederlandse eenheid bij missie Zeeleeuw liep goed af."
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0), year=2095)
    assert mission.status is MissionStatus.ACTIVE


def test_a_part_taken_until_an_earlier_year() -> None:
    text = "UNMISS, waaraan Nederland tot in 2093 meewerkte, noem ik alleen voor de volledigheid."
    assert missions_in_sentence(Sentence(text, 1, None, 0), year=2095) == []


def test_a_named_missions_name_is_not_the_start_of_a_place() -> None:
    text = "• VN-vredesmissie Zuid-Soedan, UNMISS – VN, Zuid-Soedan – 250 mil. – doorlopend"
    assert [m.name for m in missions_in_sentence(Sentence(text, 1, None, 0))] == ["UNMISS"]


def test_an_end_dated_in_the_sentence_that_names_the_mission_alone() -> None:
    text = "• Niet meer aan de orde: EUFOR Althea (EU, Bosnië); NL-deelname stopte in 2093."
    assert missions_in_sentence(Sentence(text, 1, None, 0), year=2094) == []


@pytest.mark.parametrize(
    "text",
    [
        # A part that may be taken, talked over with no decision: no mission of the year.
        "Eventuele deelneming aan UNOMAR (VN, de Westelijke Sahara) heeft de ministerraad "
        "besproken, zonder dat daaromtrent besluitvorming volgde.",
        "Over deelname aan UNTSO sprak de ministerraad, zonder dat een besluit viel.",
    ],
)
def test_a_part_only_talked_over_is_no_mission(text: str) -> None:
    assert _missions(text) == []


def test_a_part_talked_over_and_decided_is_a_mission() -> None:
    found = _missions(
        "Eventuele deelneming aan UNOMAR is besproken; het kabinet stemde in met 40 militairen."
    )
    assert [m.name for m in found] == ["UNOMAR"]


def test_a_part_looked_into_is_no_mission() -> None:
    assert (
        _missions("We hebben gekeken of we ook kunnen meedoen aan EUTM Sirocco (EU, de Sahel).")
        == []
    )


def test_a_memo_table_of_missions_ended_before_or_only_weighed() -> None:
    """A memo table of missions "niet in telling": one whose last Dutch people came home in
    the year before the edition's ("afgerond — laatste NL-personeel terug in 2182") ended
    before it, and one "in overweging" (participation weighed, not decided) is not taken
    part in; neither is a mission of the edition."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext(
        "Missie/operatie Org. Gebied Status Pers. Opmerking", 2, Group.GENERAL, True, None
    )
    section.sentences = [
        Sentence("UNMISS VN Zuid-Soedan afgerond — laatste NL-personeel terug in 2182", 3, None, 0),
        Sentence("NMI NAVO Irak in overweging — kabinetsbesluit deelname: openstaand", 3, None, 0),
        Sentence("MINUSMA VN Mali verlengd 250 mandaatverlenging t/m 2184", 3, None, 0),
    ]
    found = find_all_missions([section], 2183)
    assert [(m.name, m.status) for m in found] == [("MINUSMA", MissionStatus.EXTENDED)]


@pytest.mark.parametrize(
    "text",
    [
        "Vraag: Wanneer valt het kabinetsbesluit over eFP Litouwen, en hoort de Kamer dat vooraf?",
        "Hoeveel militairen zijn er nog in UNIFIL?",
        "Of er Nederlanders naar EUFOR Althea gaan, bestudeert het ministerie nog; besluitvorming "
        "volgt later.",
        "3. Kennis te nemen van de optie een bijdrage te leveren aan EUTM Sirocco (EU, de Sahel).",
    ],
    ids=["question-label", "question-mark", "sending-people-studied", "an-option"],
)
def test_a_mission_only_asked_about_or_weighed_is_none(text: str) -> None:
    """A question asserts nothing; sending people there that is still studied, or an option
    put to the minister, is no part taken."""
    assert _missions(text) == []


def test_a_mission_ended_the_year_before_without_a_year_written() -> None:
    """ "Vorig jaar meldde het kabinet nog de afronding van EUTM Sirocco" ended the year before
    the edition's; a "vorig jaar" elsewhere in a long run-together row is another row's."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Missies", 2, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(
            "Vorig jaar meldde het kabinet nog de afronding van EUTM Sirocco (EU, Sahel); in "
            "1943 speelde die missie geen rol meer.",
            3,
            None,
            0,
        ),
        Sentence(
            "EUFOR Althea EU, Bosnië 40 doorlopend KFOR NAVO, Kosovo 150 doorlopend UNTSO VN 40 "
            "beëindigd Het plenaire debat over vorig jaar staat in de Handelingen.",
            3,
            None,
            0,
        ),
    ]
    names = [m.name for m in find_all_missions([section], 1943)]
    assert "EUTM Sirocco" not in names
    assert {"EUFOR Althea", "KFOR"} <= set(names)


def test_a_hosted_mission_named_without_its_host_in_its_hosts_section() -> None:
    """ "Compagnie binnen eFP-battlegroup" under the heading "3.2 Litouwen": eFP Litouwen."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Litouwen", 2, Group.OTHER, True, None, ("LT",))
    section.sentences = [
        Sentence(
            "Inhoud: Compagnie binnen eFP-battlegroup; gastlandsteun bij legering.", 3, None, 0
        )
    ]
    assert [m.name for m in find_all_missions([section], 2141)] == ["eFP Litouwen"]


@pytest.mark.parametrize(
    "text",
    [
        "Ik zou heel graag zien dat we ook aan UNTSO meededen, in het Midden-Oosten.",
        "heel graag zien dat we ook aan UNIFIL meededen, in Libanon.",
        "Stel dat we aan KFOR gaan deelnemen: dan vraagt dat twee compagnieën.",
        "Ik wou dat we met een fregat aan EUNAVFOR Atalanta konden meedoen.",
    ],
)
def test_a_wish_or_a_supposition_takes_no_part(text: str) -> None:
    """A speaker's wish ("Ik zou heel graag zien dat we ook aan UNTSO meededen") or a
    supposition ("Stel dat we aan KFOR gaan deelnemen") names a mission no one takes part in."""
    assert _missions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aangaande missie Zeeleeuw: kabinet beraadt zich, besluit ontbreekt, toezeggen kan ik "
        "niets.",
        "Over operatie Noordlicht beraadslaagt het kabinet nog.",
        "Voor EUFOR Althea geldt: nog geen kabinetsbesluit.",
        "Omtrent EUFOR Althea viel geen kabinetsbesluit.",
        "Verzoek ontvangen; kabinetsbesluit inzake UNIFIL ontbreekt.",
        "Denkt regering na over deelname UNIFIL?",
    ],
    ids=[
        "deliberating-no-decision",
        "deliberation",
        "no-decision-yet",
        "no-decision",
        "the-decision-on-it-missing",
        "thinking-it-over",
    ],
)
def test_a_mission_only_deliberated_on_is_none(text: str) -> None:
    """A mission the cabinet is still deliberating on, with no word of a part taken, is no
    evidence of one."""
    assert _missions(text) == []


def test_a_maybe_said_of_something_else_keeps_the_mission() -> None:
    """A "misschien" that does not say the part may be taken ("de zwaarste, misschien")
    leaves the mission as the sentence tells it."""
    found = _missions("De inzet in MINUSMA was misschien de zwaarste van het jaar: 150 militairen.")
    assert [(m.name, m.status) for m in found] == [("MINUSMA", MissionStatus.ACTIVE)]


def test_a_part_taken_while_its_extension_is_deliberated_on() -> None:
    """A part the sentence says is taken stays, whatever is still being weighed."""
    found = _missions("In MINUSMA dienen 150 militairen; over verlenging beraadt het kabinet zich.")
    assert [(m.name, m.status) for m in found] == [("MINUSMA", MissionStatus.ACTIVE)]


def test_rows_run_together_each_start_with_their_missions_name() -> None:
    """A table's rows run into one sentence, each row its mission's name and then its cells
    (organisation first): what stands before a name is the row above's, and the legend after
    the last row says nothing of it."""
    found = _missions(
        "EUNAVFOR Atalanta EU Golf van Aden V 150 150 verlenging mandaat: loopt t/m 2164 "
        "MINUSMA VN Mali L 60 60 doorlopend UNMISS VN Zuid-Soedan B 20 20 NL-bijdrage "
        "beëindigd UNOMAR VN Westelijke Sahara L 40 40 doorlopend eFP Litouwen NAVO Litouwen "
        "L 120 150 doorlopend Statuscodes: L = lopend, N = nieuw, V = verlengd, B = beëindigd."
    )
    assert [(m.name, m.status) for m in found] == [
        ("EUNAVFOR Atalanta", MissionStatus.EXTENDED),
        ("MINUSMA", MissionStatus.ACTIVE),
        ("UNMISS", MissionStatus.ENDED),
        ("UNOMAR", MissionStatus.ACTIVE),
        ("eFP Litouwen", MissionStatus.ACTIVE),
    ]


def test_a_cue_before_the_name_in_prose_is_still_its_own() -> None:
    """Prose is no table: "Verlengd werd het mandaat van MINUSMA" extends MINUSMA."""
    found = _missions("KFOR liep door. Verlengd werd ook het mandaat van MINUSMA (VN, Mali).")
    assert [(m.name, m.status) for m in found] == [
        ("KFOR", MissionStatus.ACTIVE),
        ("MINUSMA", MissionStatus.EXTENDED),
    ]


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "Het kabinet koos op 26 januari 2122 voor deelname aan KFOR (NAVO, Kosovo); 120 "
            "Nederlandse militairen gingen daarheen.",
            2122,
            [("KFOR", MissionStatus.STARTED)],
        ),
        (
            "Nieuw was deelname aan UNOMAR (VN, de Westelijke Sahara), waarvoor Defensie vanaf "
            "augustus 60 militairen uitzond.",
            1915,
            [("UNOMAR", MissionStatus.STARTED)],
        ),
        (
            "In april ging Nederland meedoen aan de Libanese VN-interimmacht UNIFIL: een eerste "
            "groep van 60 militairen vertrok.",
            2183,
            [("UNIFIL", MissionStatus.STARTED)],
        ),
        (
            "KFOR NAVO gestart 19-01-1962 120 MINUSMA VN lopend 40",
            1962,
            [("KFOR", MissionStatus.STARTED), ("MINUSMA", MissionStatus.ACTIVE)],
        ),
        (
            "KFOR NAVO gestart 19-01-1960 120 MINUSMA VN lopend 40",
            1962,
            [("KFOR", MissionStatus.ACTIVE), ("MINUSMA", MissionStatus.ACTIVE)],
        ),
        (
            "De missie EUTM Mali is in 2013 gestart; Nederland levert 10 militairen.",
            2021,
            [("EUTM Mali", MissionStatus.ACTIVE)],
        ),
        ("UNIFIL kreeg een nieuwe commandant.", 2063, [("UNIFIL", MissionStatus.ACTIVE)]),
    ],
    ids=[
        "chose-to-take-part",
        "new-was",
        "went-to-join",
        "a-row-started-this-year",
        "a-row-started-before",
        "started-in-an-earlier-year",
        "a-new-commander",
    ],
)
def test_a_part_started_this_year(
    text: str, year: int, expected: list[tuple[str, MissionStatus]]
) -> None:
    """A part taken for the first time this year: chosen, new, gone to join, or a table row's
    start dated this year; a start dated before it, or something else new, is none."""
    found = missions_in_sentence(Sentence(text, 1, None, 0), year=year)
    assert [(m.name, m.status) for m in found] == expected


def test_missions_named_with_their_organisation_in_brackets_are_prose() -> None:
    """ "Loopt nog: UNIFIL (VN, Libanon) … Afgerond: UNOMAR (VN, …)" is prose, not a table's
    rows run together (whose names are followed by the bare organisation)."""
    from reportdiff.parse.missions import _mentions, _rows_run_together

    prose = (
        "Loopt nog: UNIFIL (VN, Libanon) · 40 militairen Afgerond: UNOMAR (VN, Westelijke Sahara)"
    )
    rows = "UNIFIL VN Libanon 40 doorlopend UNOMAR VN Westelijke Sahara 20 beëindigd"
    assert not _rows_run_together(prose, _mentions(prose))
    assert _rows_run_together(rows, _mentions(rows))


def test_troops_withdrawn_end_the_part_whatever_the_mandate() -> None:
    """ "wij trokken onze 80 man terug, hoewel de NAVO het mandaat verlengde": the Dutch part
    ended; a mandate renewed is the organisation's."""
    found = _missions(
        "b. KFOR (Kosovo): wij trokken onze 80 man terug, hoewel de NAVO het mandaat verlengde."
    )
    assert [(m.name, m.status) for m in found] == [("KFOR", MissionStatus.ENDED)]


@pytest.mark.parametrize(
    "text",
    [
        "Het mandaat van UNMISS is door de VN verlengd tot 2096; Nederland beëindigde niettemin "
        "zijn deelneming.",
        "Mandaatverlenging door de Veiligheidsraad voor UNTSO (VN, het Midden-Oosten); "
        "desondanks stopte Nederlands aandeel (80 militairen) in september.",
        "Weliswaar werd KFOR door de NAVO-Raad tot in 2096 van een verlengd mandaat voorzien, "
        "maar onzerzijds werd de inzet met 130 militairen in juli 2095 beëindigd.",
        "Hoewel de Raad mandaatverlenging voor EUFOR Althea (EU, Bosnië) tot in 2096 besloot, "
        "is Nederlandse deelneming, 150 militairen omvattende, gedurende mei 2095 beëindigd.",
        "• KFOR – NAVO, Kosovo – mandaat verlengd tot in 2096; NL-bijdrage (40 mil.) beëindigd "
        "in mei",
        "De Veiligheidsraad verlengde het mandaat van UNIFIL, toch stopte Nederland ermee in "
        "mei; 60 militairen: gerepatrieerd.",
        "De VN verlengde het mandaat van UNMISS wel, maar zonder Nederlandse bijdrage.",
        "De vredesmissie UNMISS gaat verder zonder Nederland: verlenging bleef uit, en op 18 "
        "maart 2095 vertrokken de laatste veertig militairen.",
        "UNIFIL (VN, Libanon): mandaat verlengd tot in 2096; gestopt (NL-aandeel), 2095; 120 "
        "militairen.",
    ],
    ids=[
        "ended-nevertheless",
        "stopped-despite",
        "extended-but-ended",
        "although-extended",
        "list-item",
        "stopped-it-repatriated",
        "without-a-dutch-part",
        "goes-on-without-us",
        "stopped-as-a-status",
    ],
)
def test_the_dutch_part_ended_though_the_mandate_was_extended(text: str) -> None:
    """The organisation renewed the mandate, the Netherlands left: the Dutch part ended,
    however far past the mission's name and its clause the sentence says so."""
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0), year=2095)
    assert mission.status is MissionStatus.ENDED
    assert mission.contribution is ContributionStatus.ENDED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Another mission's end, past this one's part of the sentence.
        (
            "Het mandaat van UNIFIL is verlengd; de Nederlandse bijdrage aan MINUSMA werd "
            "beëindigd.",
            MissionStatus.EXTENDED,
        ),
        # An end of something else, named in the clause that tells it.
        (
            "Het mandaat van UNIFIL is verlengd; de Nederlandse bijdrage aan de kustwacht van "
            "Libië werd beëindigd.",
            MissionStatus.EXTENDED,
        ),
        # An end to come is no end.
        (
            "Het mandaat van UNIFIL is verlengd; de Nederlandse bijdrage wordt volgend jaar "
            "beëindigd.",
            MissionStatus.EXTENDED,
        ),
        # Dated in another year than the edition's.
        (
            "Het mandaat van UNIFIL is verlengd tot 2097; de Nederlandse bijdrage eindigt in "
            "2097 en wordt dan beëindigd.",
            MissionStatus.EXTENDED,
        ),
        # An extension that did not happen.
        ("Het mandaat van UNIFIL werd niet verlengd.", MissionStatus.ACTIVE),
        ("Voor UNIFIL bleef een verlenging van het mandaat uit.", MissionStatus.ACTIVE),
        (
            "Het mandaat van UNIFIL werd niet alleen verlengd maar ook verruimd.",
            MissionStatus.EXTENDED,
        ),
    ],
    ids=[
        "another-missions-end",
        "something-elses-end",
        "an-end-to-come",
        "dated-another-year",
        "not-extended",
        "extension-did-not-come",
        "not-only-extended",
    ],
)
def test_what_is_no_end_of_the_dutch_part(text: str, status: MissionStatus) -> None:
    found = {m.name: m for m in missions_in_sentence(Sentence(text, 1, None, 0), year=2095)}
    assert found["UNIFIL"].status is status


@pytest.mark.parametrize(
    ("text", "contribution", "detail"),
    [
        (
            "Bij UNIFIL dienen sinds september 2095 210 Nederlandse militairen, tegen 150 "
            "voorheen.",
            ContributionStatus.REINFORCED,
            "210 militairen (was 150)",
        ),
        (
            "Bij UNIFIL telt de Nederlandse vertegenwoordiging sinds oktober 2095 nog 230 "
            "militairen (was: 250).",
            ContributionStatus.REDUCED,
            "230 militairen (was 250)",
        ),
        (
            "Sinds april 2095 zijn er 180 Nederlandse militairen ingezet bij UNIFIL, 60 meer dan "
            "voorheen.",
            ContributionStatus.REINFORCED,
            "180 militairen (was 120)",
        ),
    ],
    ids=["against-before", "was-colon", "more-than-before"],
)
def test_a_date_beside_a_changed_count_is_the_changes(
    text: str, contribution: ContributionStatus, detail: str
) -> None:
    """ "sinds september 2095 210 militairen, tegen 150 voorheen": the part was taken before;
    the date is when its size changed."""
    (mission,) = missions_in_sentence(Sentence(text, 1, None, 0), year=2095)
    assert mission.status is MissionStatus.ACTIVE
    assert mission.contribution is contribution
    assert mission.contribution_detail == detail


def test_a_dash_list_of_missions_in_one_sentence() -> None:
    """A list opened by a dash, its items run on: each item's status, at its end, is its own,
    not the next item's; a dash inside an item opens none."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Uitzendingen", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence(
            "– EUFOR Althea (EU, Bosnië en Herzegovina): 120 mil.; lopend – KFOR – NAVO, "
            "Kosovo – 40 mil.; verlengd t/m 2096 – MINUSMA (VN, Mali): 150 mil.; lopend",
            3,
            None,
            0,
        )
    ]
    found = {m.name: m.status for m in find_all_missions([section], 2095)}
    assert found == {
        "EUFOR Althea": MissionStatus.ACTIVE,
        "KFOR": MissionStatus.ACTIVE,
        "MINUSMA": MissionStatus.ACTIVE,
    }


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "UNMISS, Zuid-Soedan: onze inbreng stopte; Nederlandse eenheden vertrokken.",
            2095,
            [("UNMISS", MissionStatus.ENDED)],
        ),
        (
            "missie Zeeleeuw, Rode Zee: onze inbreng begon pas recent, sterkte 120 militairen.",
            2095,
            [("missie Zeeleeuw", MissionStatus.STARTED)],
        ),
        ("UNIFIL behoeft geen toelichting meer: afgelopen, reeds 2094.", 2095, []),
        # "het afgelopen jaar" is the year past, not an end
        ("UNIFIL: het afgelopen jaar 2094 was zwaar.", 2095, [("UNIFIL", MissionStatus.ACTIVE)]),
    ],
    ids=["our-input-stopped", "our-input-began", "over-already-in", "the-year-past"],
)
def test_the_dutch_inputs_start_and_end(
    text: str, year: int, expected: list[tuple[str, MissionStatus]]
) -> None:
    found = missions_in_sentence(Sentence(text, 1, None, 0), year=year)
    assert [(m.name, m.status) for m in found] == expected


def test_a_members_question_is_not_answered_by_the_ministers_next_turn() -> None:
    """A member asks about NMI; the minister's turn that follows ("Uitzendingen,
    afzonderlijk.") is not an answer about NMI: no mission is read."""
    from reportdiff.parse.context import Group, SectionContext
    from reportdiff.parse.missions import find_all_missions

    section = SectionContext("Uitzendingen", 1, Group.GENERAL, True, None)
    section.sentences = [
        Sentence("Bovendien: broedt het departement op meedoen met NMI?", 2, None, 0, asked=True),
        Sentence("Minister Veldhuis-Brouwer: Uitzendingen, afzonderlijk.", 2, None, 0),
    ]
    assert find_all_missions([section], 2095) == []


def test_an_answer_that_denies_its_question_takes_none_of_its_words() -> None:
    """ "Beëindigde Nederland zijn NMI-bijdrage? Nee, die loopt door": the answer is about the
    mission the question names, and denies the end the question asks about."""
    found = _section_missions(
        [
            "– NMI (NAVO, Irak): doorlopend, 150 militairen.",
            "35 Beëindigde Nederland 2119 zijn NMI-bijdrage?",
            "Nee, die loopt door; zie antwoord 34.",
        ]
    )
    assert found["NMI"].status is MissionStatus.ACTIVE
