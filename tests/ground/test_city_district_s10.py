"""A city's district named with the city ("Kherson's Odeskyi district") is placed at its city even when its
name loosely resembles another place in the gazetteer (#11 places). Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.extract.nlp import parse
from claimgraph.ground.places import find_places


@pytest.mark.parametrize("district", ["Odeskyi", "Lvivskyi", "Kyivskyi"])
def test_a_city_district_with_a_lookalike_name_is_placed_at_its_city(district):
    text = f"Two people were hurt in the strike on Kherson's {district} district."
    places = find_places(text, next(iter(parse([text]))))
    by_text = {p.text: p for p in places}
    assert f"{district} district" in by_text, [p.text for p in places]
    d, city = by_text[f"{district} district"], by_text["Kherson"]
    assert (d.lat, d.lon) == (city.lat, city.lon)
