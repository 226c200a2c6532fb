"""A figure whose predicate is the state of the wounded counts people, even where a unit of another kind
came before it (#11): "Nine more are in hospital", "two of them in a serious condition", "Four were on
ventilators". Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.ground.quantities import quantities_in


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Six drones and two missiles hit the depot. Five more are in hospital.", "Five more"),
        ("The shell killed a guard. Seven more were in a critical condition.", "Seven more"),
        ("Rockets struck the school overnight. Four were on ventilators on Sunday.", "Four"),
        ("Eleven people were hurt by 20 drones, three of them in a serious condition.", "three of them"),
    ],
)
def test_the_state_of_the_wounded_counts_people(text, figure):
    qs = quantities_in(text, [(0, len(text))])
    [q] = [q for q in qs if q.text.startswith(figure.split()[0])]
    assert q.unit == "person", (text, q)


def test_a_borrowed_unit_stays_where_no_person_is_meant():
    text = "Air defence shot down 14 drones. Three more fell in fields."
    qs = quantities_in(text, [(0, len(text))])
    [q] = [q for q in qs if q.text.startswith("Three")]
    assert q.unit == "drone"
