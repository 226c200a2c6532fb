"""Dates and places in forms unseen text used (#11): seasons with a year, the start and end of a year, "into"
a year, a part of the day, calendar weeks and months back from the report, the coming weekday, Russian
regions, Siberia, and a city district named again without its city (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.nlp import parse
from claimgraph.ground.dates import find_dates
from claimgraph.ground.places import find_places

# a Wednesday
PUB = date(2025, 6, 18)


@pytest.mark.parametrize(
    "text,value,end_value",
    [
        ("The unit was formed in autumn 2019.", "2019", None),
        ("Shelling has gone on since the winter of 2023.", "2023", None),
        ("Prices rose sharply at the start of 2021.", "2021-01", None),
        ("The bridge should reopen by the end of the year.", "2025-12", None),
        ("The fighting is expected to last into 2027.", "2027", None),
        ("Mortars hit the market in the afternoon.", "2025-06-18", None),
        ("Nine boats were seized this week.", "2025-06-16", "2025-06-22"),
        ("Four bridges were hit over the past week.", "2025-06-11", "2025-06-17"),
        ("Over the past two months the toll doubled.", "2025-04-18", "2025-06-18"),
        ("The council will vote on Friday.", "2025-06-20", None),
        ("The council voted on Friday.", "2025-06-13", None),
        ("The envoy arrives next Wednesday.", "2025-06-25", None),
    ],
)
def test_dates_resolve_against_the_report(text, value, end_value):
    [d] = find_dates(text, published=PUB)
    assert (d.value, d.end_value) == (value, end_value)


def test_a_season_without_a_year_is_no_date():
    assert find_dates("The spring was wet.", published=PUB) == []


@pytest.mark.parametrize(
    "text,name,feature",
    [
        ("Recruiters in Omsk Oblast offer large bonuses.", "Omsk Oblast", "admin1"),
        ("Volunteers from Khabarovsk Krai joined the unit.", "Khabarovsk Krai", "admin1"),
        ("Funerals are held across Siberia every week.", "Siberia", "region"),
    ],
)
def test_russian_regions_are_on_the_map(text, name, feature):
    places = find_places(text, next(iter(parse([text]))))
    assert [(p.name, p.feature, p.country) for p in places] == [(name, feature, "RU")]


def test_a_city_district_named_again_stays_in_its_city():
    text = (
        "Rockets hit Kharkiv overnight, striking the city's Shevchenkivskyi district. "
        "By noon, residents of the Shevchenkivskyi district were clearing glass."
    )
    places = find_places(text, next(iter(parse([text]))))
    districts = [p for p in places if p.text.startswith("Shevchenkivskyi")]
    assert len(districts) == 2
    assert all(p.text == "Shevchenkivskyi district" for p in districts)
    assert districts[0].lat == districts[1].lat and districts[0].lon == districts[1].lon


def test_witnesses_and_relatives_are_counted_as_people():
    from claimgraph.ground.quantities import quantities_in

    for text in ("The court heard four witnesses on Monday.", "Two relatives identified the body."):
        [q] = quantities_in(text, [(0, len(text))])
        assert q.unit == "person", text


def test_a_direction_in_capitals_is_a_front_at_its_town():
    text = "KUPIANSK DIRECTION | Two assaults repelled\n\nOur gunners held the road north of Kupiansk."
    places = find_places(text, next(iter(parse([text]))))
    front = places[0]
    assert (front.text, front.name, front.feature) == ("KUPIANSK DIRECTION", "Kupiansk", "front")


def test_an_adjectival_district_after_a_city_is_in_that_city():
    text = "Drones hit Kharkiv before dawn. A clinic in the Slobidskyi district lost its windows."
    places = find_places(text, next(iter(parse([text]))))
    city, district = places[0], places[-1]
    assert district.text == "Slobidskyi district" and (district.lat, district.lon) == (city.lat, city.lon)
