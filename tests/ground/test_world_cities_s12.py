"""World cities in war reporting (#11, held-out styles): a capital is told from its small namesakes by its
size, and a place followed by its region ("Camden, Arkansas") is that region's. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from claimgraph.ground.places import find_places


@pytest.mark.parametrize(
    "text,name,lat,lon",
    [
        ("Envoys from Kyiv and Moscow are due to meet in Geneva next week.", "Geneva", 46.2, 6.15),
        ("The ambassador flew to Washington on Monday to ask for more shells for Kharkiv.", "Washington", 38.9, -77.04),
        ("Talks on the Ukrainian grain corridor resumed in Berlin.", "Berlin", 52.52, 13.41),
        ("The Ukrainian delegation stopped in Vienna before the summit.", "Vienna", 48.21, 16.37),
    ],
)
def test_a_world_city_is_the_city_not_a_namesake(text, name, lat, lon):
    p = next(p for p in find_places(text) if p.text == name)
    assert p.lat is not None and abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.2


def test_the_region_after_a_place_picks_the_namesake():
    text = "Shells for Ukraine are filled at a plant in Camden, Arkansas, the army said."
    from claimgraph.extract.nlp import get_nlp

    p = next(p for p in find_places(text, get_nlp()(text)) if p.text == "Camden")
    assert p.admin1 == "Arkansas" and abs(p.lat - 33.58) < 0.2
