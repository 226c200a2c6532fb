"""Store fixtures: hand-built records (no model needed) and a store on each backend."""

from __future__ import annotations

import pytest
from storekit import GS, MOD, WIRE, make_record


@pytest.fixture
def two_articles():
    """Two short reports of one night, written for these tests."""
    a = make_record(
        "north",
        "Shelling reportedly damaged a bridge in Izium, the General Staff said. "
        "The Defence Ministry denied that its artillery fired on the town.",
        [
            {
                "text": "Shelling reportedly damaged a bridge in Izium",
                "chain": [GS],
                "hedges": ["reportedly"],
                "places": [("Izium", 49.21, 37.25)],
                "verification": "unverified",
            },
            {
                "text": "its artillery fired on the town",
                "chain": [MOD],
                "stance": "disputes",
                "places": [("Izium", 49.21, 37.25)],
            },
        ],
        outlet="North Courier",
        published="2025-05-01",
    )
    b = make_record(
        "south",
        "A bridge in Izium was damaged by shelling, Reuters reported, citing the General Staff.",
        [
            {
                "text": "A bridge in Izium was damaged by shelling",
                "chain": [WIRE, GS],
                "places": [("Izium", 49.21, 37.25)],
            }
        ],
        outlet="South Gazette",
        published="2025-05-03",
    )
    return a, b
