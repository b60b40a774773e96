"""Tables drawn with characters become rows as a typeset table's: borders left out, cells kept
apart, a wrapped cell put back together; a lone line with a "|" stays text."""

from __future__ import annotations

import pytest

from reportdiff.extract._blocks import mark_pdf_lines
from reportdiff.extract._drawn import drawn_tables
from reportdiff.extract._types import BBox, BlockKind, Line, Region


def _lines(rows: list[str], page: int = 1) -> list[Line]:
    return [
        Line(
            text,
            page,
            Region.BODY,
            BBox(60, 90 + 10.55 * i, 60 + 6.36 * len(text), 100 + 10.55 * i),
            10.6,
        )
        for i, text in enumerate(rows)
    ]


A2PS = [
    "+------------------------+------+------+---------+-------+",
    "| Land                   | Jaar | Munt | Bedrag  | % bbp |",
    "+========================+======+======+=========+=======+",
    "| Luxemburg              | 2018 |  EUR | 710 mln | 3,15% |",
    "| Luxemburg (vorig jaar) | 2017 |  EUR | 693 mln |       |",
    "| Nederland (eigen)      | 2018 |  EUR | 9,7 mld | 1,17% |",
    "+------------------------+------+------+---------+-------+",
]


def test_borders_go_and_rows_keep_their_cells() -> None:
    out, drawn = drawn_tables(_lines(A2PS))
    assert [ln.text for ln in out] == [
        "Land Jaar Munt Bedrag % bbp",
        "Luxemburg 2018 EUR 710 mln 3,15%",
        "Luxemburg (vorig jaar) 2017 EUR 693 mln",
        "Nederland (eigen) 2018 EUR 9,7 mld 1,17%",
    ]
    assert [ln.cells for ln in out] == [5, 5, 4, 5]
    assert out[1].first_cell == "Luxemburg"
    assert {id(ln) for ln in out} == drawn


def test_a_cell_wrapped_onto_the_next_line_carries_on_its_row() -> None:
    rows = [
        "+---------------+------------------------------------------+",
        "|  GBP 64,6 mld | defensiebegroting Verenigd Koninkrijk,   |",
        "|               | 2018/19, 2,01% bbp                       |",
        "| USD 1.198 mld | defensiebegroting Verenigde Staten, 2018 |",
        "+---------------+------------------------------------------+",
    ]
    out, _ = drawn_tables(_lines(rows))
    assert [ln.text for ln in out] == [
        "GBP 64,6 mld defensiebegroting Verenigd Koninkrijk, 2018/19, 2,01% bbp",
        "USD 1.198 mld defensiebegroting Verenigde Staten, 2018",
    ]
    assert out[0].rows == 2
    assert out[0].bbox is not None and out[0].bbox.bottom == pytest.approx(100 + 10.55 * 2)


def test_a_grid_tables_row_is_every_line_between_two_borders() -> None:
    rows = [
        "+-----------+-----------------+",
        "| Partner   | Akkoord         |",
        "+===========+=================+",
        "| Duitsland | MoU over        |",
        "| en Polen  | luchtverdediging |",
        "+-----------+-----------------+",
        "| Frankrijk | LoI mariniers   |",
        "+-----------+-----------------+",
    ]
    out, _ = drawn_tables(_lines(rows))
    assert [ln.text for ln in out] == [
        "Partner Akkoord",
        "Duitsland en Polen MoU over luchtverdediging",
        "Frankrijk LoI mariniers",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param(
            [
                " land      | jaar | bedrag ",
                "-----------+------+--------",
                " Duitsland | 2018 | 42,1 ",
            ],
            id="psql",
        ),
        pytest.param(
            ["| land | jaar | bedrag |", "|:-----|-----:|-------:|", "| Duitsland | 2018 | 42,1 |"],
            id="markdown",
        ),
        pytest.param(
            [
                "┌───────────┬──────┬────────┐",
                "│ land      │ jaar │ bedrag │",
                "├───────────┼──────┼────────┤",
                "│ Duitsland │ 2018 │ 42,1   │",
                "└───────────┴──────┴────────┘",
            ],
            id="box-drawing",
        ),
    ],
)
def test_other_ways_to_draw_a_table(rows: list[str]) -> None:
    out, _ = drawn_tables(_lines(rows))
    assert [ln.text for ln in out] == ["land jaar bedrag", "Duitsland 2018 42,1"]


def test_a_lone_line_with_a_bar_is_text() -> None:
    rows = ["BILATERAAL | strategisch", "Luxemburg levert bandbreedte", "Een plain regel."]
    out, drawn = drawn_tables(_lines(rows))
    assert [ln.text for ln in out] == rows
    assert drawn == set()


def test_a_table_of_figures_and_what_they_are_is_a_paragraph_a_row() -> None:
    # The figure of the NOK row must not run on into the row under it.
    rows = [
        "Veel leesplezier!",
        "+---------------+------------------------------------------+",
        "| NOK 103,1 mld | defensiebegroting Noorwegen, 2018        |",
        "|   EUR 9,7 mld | eigen defensiebegroting 2018, 1,17% bbp  |",
        "+---------------+------------------------------------------+",
        "Valuta: landseigen.",
    ]
    items = mark_pdf_lines(_lines(rows))
    assert [(it.line.text, it.starts) for it in items] == [
        ("Veel leesplezier!", BlockKind.PARAGRAPH),
        ("NOK 103,1 mld defensiebegroting Noorwegen, 2018", BlockKind.PARAGRAPH),
        ("EUR 9,7 mld eigen defensiebegroting 2018, 1,17% bbp", BlockKind.PARAGRAPH),
        ("Valuta: landseigen.", BlockKind.PARAGRAPH),
    ]


def test_a_wider_tables_rows_are_each_a_paragraph() -> None:
    """Rows run together would give one row's words to the next: "afgerond in september"
    of UNTSO's row read as operatie Noordlicht's status."""
    rows = [
        "| Missie              | Kader           | Status                  |",
        "|---------------------|-----------------|-------------------------|",
        "| UNTSO               | VN, Midden-Oosten | afgerond in september |",
        "| operatie Noordlicht | NAVO, Noordzee  | loopt                   |",
    ]
    items = mark_pdf_lines(_lines(["IN CIJFERS: inzet", *rows, "Valuta: landseigen."]))
    assert [(it.line.text, it.starts) for it in items] == [
        ("IN CIJFERS: inzet", BlockKind.PARAGRAPH),
        ("Missie Kader Status", BlockKind.PARAGRAPH),
        ("UNTSO VN, Midden-Oosten afgerond in september", BlockKind.PARAGRAPH),
        ("operatie Noordlicht NAVO, Noordzee loopt", BlockKind.PARAGRAPH),
        ("Valuta: landseigen.", BlockKind.PARAGRAPH),
    ]
