"""Figures, dates and places in forms news text uses (#11): decimal commas before a scale word, the
counted noun of a compound, "N more", changes "from X to Y", month ranges, the past day, weekday plus
date, and city districts named through their city (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.nlp import parse
from claimgraph.ground.dates import find_dates
from claimgraph.ground.places import find_places
from claimgraph.ground.quantities import quantities_in


def _qs(text: str) -> list[tuple[str, float, float | None, str]]:
    return [(q.text, q.value, q.value_max, q.unit) for q in quantities_in(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("The repairs cost about 7,5 million euros.", 7.5e6, "eur"),
        ("The fund holds 2,25 billion hryvnias.", 2.25e9, "uah"),
        ("Gunmen carried out 12 drone attacks on the road.", 12, "item"),
        ("Two tank crews were sent.", 2, "item"),
        ("Between 50 and 60 engineers were on site.", 50, "person"),
        ("The brigade lost three pickups.", 3, "vehicle"),
        ("Seven motorcycles were seen.", 7, "vehicle"),
        ("One man was taken to hospital.", 1, "person"),
        ("Dozens of farmers protested.", 24, "person"),
        ("The town, with a population of about 45,000, lost power.", 45000, "person"),
    ],
)
def test_figure_and_unit(text, value, unit):
    q = _qs(text)[0]
    assert (q[1], q[3]) == (value, unit)


def test_n_more_takes_the_unit_of_the_figure_before_it():
    got = _qs("The mission bought six demining machines. Three more are expected in May.")
    assert [(v, u) for _t, v, _m, u in got] == [(6, "vehicle"), (3, "vehicle")]
    assert got[1][0] == "Three more"


def test_a_change_from_one_figure_to_another_is_two_figures_not_a_range():
    got = _qs("The number of tanks at the depot fell from about 40 to nine.")
    assert [(v, m, u) for _t, v, m, u in got] == [(40, None, "vehicle"), (9, None, "vehicle")]
    # a range stays a range
    assert _qs("from 20 to 30 people were evacuated")[0][1:3] == (20, 30)


PUB = date(2027, 3, 11)


def _ds(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.text, d.value, d.end_value, d.relation) for d in find_dates(text, published=PUB)]


def test_a_month_range_runs_back_over_the_new_year():
    assert _ds("Shelling rose between October and February.") == [
        ("between October and February", "2026-10", "2027-02", "between")
    ]


def test_the_past_day_is_the_day_before_the_report():
    assert _ds("Over the past day the army repelled 40 attacks.")[0][1:3] == ("2027-03-10", None)


def test_this_morning_is_the_day_of_the_report():
    assert _ds("Sirens sounded this morning.")[0][1] == "2027-03-11"


def test_a_weekday_with_its_date_is_one_date():
    assert _ds("Tuesday 9 March 2027 | Live desk") == [("Tuesday 9 March 2027", "2027-03-09", None, "on")]


def _places(text: str) -> list[tuple[str, float | None]]:
    return [(p.text, p.lat) for p in find_places(text, next(parse([text])))]


def test_a_district_named_through_its_city_is_put_at_the_city():
    got = dict(_places("A drone hit a school in Kharkiv's Saltivskyi district on Friday."))
    assert "Kharkiv" in got and got["Saltivskyi district"] == got["Kharkiv"]


def test_the_citys_district_is_put_at_the_city_named_before():
    got = _places("Missiles struck Odesa at night. Debris fell in the city's Prymorskyi district.")
    assert got[-1][0] == "Prymorskyi district" and got[-1][1] == got[0][1]


def test_until_a_month_in_a_clause_about_the_future_is_the_coming_month():
    pub = date(2026, 11, 10)
    assert find_dates("The curfew will be extended until the end of December.", published=pub)[0].value == "2026-12"
    assert find_dates("The talks are due to run until March.", published=pub)[0].value == "2027-03"
    assert find_dates("The road stayed closed until December.", published=pub)[0].value == "2025-12"


def test_regions_beyond_the_front_are_on_the_map():
    got = dict(_places("Recruiters toured Tatarstan, the Penza region and the Tver region."))
    assert set(got) == {"Tatarstan", "Penza region", "Tver region"} and all(got.values())


def test_weapon_names_months_and_governments_are_not_places():
    assert _places("Troops fired Grad rockets at the port of Ochakiv.") == [("Ochakiv", _places("Ochakiv")[0][1])]
    assert _places("KHERSON, Oct 3 (Wire) - Shelling resumed.")[0][0] == "KHERSON"
    assert not any(t == "Oct" for t, _ in _places("KHERSON, Oct 3 (Wire) - Shelling resumed."))
    assert _places("The Kyiv regime denied the report.") == []


def test_the_outlets_own_name_is_not_a_place():
    text = "Meridian could not reach the mayor of Meridian's sister city, Odesa."
    got = [p.text for p in find_places(text, next(parse([text])), ("Meridian",))]
    assert "Meridian" not in got
