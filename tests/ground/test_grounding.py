from datetime import date

import pytest

from claimgraph.ground.dates import find_dates
from claimgraph.ground.gazetteer import resolve
from claimgraph.ground.quantities import find_quantities
from claimgraph.link.identities import same_source

PUB = date(2025, 9, 26)  # a Friday


@pytest.mark.parametrize(
    "text,value",
    [
        ("on Sunday", "2025-09-21"),
        ("In July", "2025-07"),
        ("in November", "2024-11"),
        ("since February 2022", "2022-02"),
        ("on September 25", "2025-09-25"),
        ("two weeks ago", "2025-09-12"),
        ("earlier this month", "2025-09"),
        ("on Friday", "2025-09-26"),
        ("since 2022", "2022"),
    ],
)
def test_dates_resolve_against_publication(text, value):
    got = find_dates(f"It happened {text}.", published=PUB)
    assert got and got[0].value == value


def test_relative_dates_stay_unresolved_without_a_publication_date():
    assert find_dates("It happened on Sunday.")[0].value is None


def test_night_range():
    d = find_dates("on the night of 3-4 March", published=PUB)[0]
    assert (d.value, d.end_value, d.granularity) == ("2025-03-03", "2025-03-04", "range")


@pytest.mark.parametrize(
    "text,value,vmax,unit,qual",
    [
        ("between three and ten years", 3, 10, "year", "range"),
        ("around 160 square kilometres", 160, None, "km2", "approx"),
        ("up to 1,200 soldiers", 1200, None, "person", "at_most"),
        ("more than 50 drones", 50, None, "drone", "at_least"),
        ("1.5 million people", 1.5e6, None, "person", "exact"),
        ("a dozen tanks", 12, None, "vehicle", "exact"),
        ("seven villages", 7, None, "settlement", "exact"),
    ],
)
def test_quantities(text, value, vmax, unit, qual):
    q = find_quantities(text, 0, len(text), [], [])[0]
    assert (q.value, q.value_max, q.unit, q.qualifier) == (value, vmax, unit, qual)


@pytest.mark.parametrize(
    "name",
    [
        "Dobropillia",
        "Dobropillya",
        "Dobropolye",
        "Добропілля",
        "Kharkov",
        "Zaporozhye",
        "Krasnoarmiisk",
        "Artemivsk",
        "Kupyansk",
    ],
)
def test_spelling_variants_resolve(name):
    entry, _ = resolve(name, None, {"UA", "RU"})
    assert entry is not None and entry.country == "UA"


def test_source_identity_both_directions():
    assert same_source("Oleksandr Syrskyi", "Syrskyi")
    assert same_source("HUR", "Main Intelligence Directorate")
    assert not same_source("Oleksandr Syrskyi", "Viktor Syrskyi")
    assert not same_source("HUR", "FSB")


def test_supplement_coordinates_agree_with_geonames_where_both_have_the_place():
    """The supplement is entered by hand: every settlement that cities1000 also has (same
    spelling key, country and region; namesakes elsewhere are other places) must lie within
    15 km of it, or one of the two is wrong."""
    import math

    from claimgraph.ground.gazetteer import index, key

    def km(a, b):
        p1, p2 = math.radians(a.lat), math.radians(b.lat)
        h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
        return 6371 * 2 * math.asin(math.sqrt(h))

    checked, far = 0, []
    for entries in index().values():
        cur = [e for e in entries if e.curated and e.feature == "settlement"]
        ref = [e for e in entries if not e.curated]
        for c in cur:
            same = [
                r
                for r in ref
                if r.country == c.country and c.admin1 and r.admin1 and key(r.admin1)[:5] == key(c.admin1)[:5]
            ]
            if same:
                checked += 1
                if min(km(c, r) for r in same) > 15:
                    far.append((c.name, c.lat, c.lon, [(r.name, r.admin1, r.lat, r.lon) for r in same][:3]))
    assert checked >= 50
    assert not far, far


def test_a_russian_form_of_a_ukrainian_town_is_found_by_its_consonants(extract_text):
    rec = extract_text("Artillery fire was reported near Debaltsevo on Sunday, local officials said.")
    [p] = rec.places
    assert p.country == "UA" and p.admin1 == "Donetsk" and abs(p.lat - 48.34) < 0.2 and abs(p.lon - 38.40) < 0.2


def test_a_skeleton_shared_by_many_places_finds_none():
    from claimgraph.ground.gazetteer import lookup

    assert lookup("Snizhne") and lookup("Snezhnoye", loose=True)
    assert lookup("Qqzzxx", loose=True) == []


def test_a_place_name_ending_a_headline_does_not_run_into_the_next_line(extract_text):
    rec = extract_text(
        "Drones strike depot in Kharkiv Oblast\n\nRussia's army said it hit a depot near Kupiansk.",
        title="Drones strike depot in Kharkiv Oblast",
    )
    assert [p.text for p in rec.places] == ["Kharkiv Oblast", "Kupiansk"]


def _figures(text):
    from claimgraph.ground.quantities import quantities_in

    return [(q.text, q.value, q.value_max, q.unit) for q in quantities_in(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text,want",
    [
        # a number word inside another word is not a figure ("often", "written")
        ("The mayor often visits the shelters she has written about.", []),
        # European thousands, tonnes, currency codes and signs, trillions, "bn"
        ("Some 40.000 people left the town.", [("Some 40.000 people", 40000, None, "person")]),
        ("The port shipped 2,500 tonnes of grain.", [("2,500 tonnes", 2500, None, "tonne")]),
        ("The fund pledged EUR 1.2 billion.", [("EUR 1.2 billion", 1.2e9, None, "eur")]),
        ("Kyiv spent UAH 18 billion.", [("UAH 18 billion", 18e9, None, "uah")]),
        ("a loss of 2.3 trillion roubles", [("2.3 trillion roubles", 2.3e12, None, "rub")]),
        ("The deal is worth $4bn.", [("$4bn", 4e9, None, "usd")]),
        # a range shares the scale of its upper figure; "X or Y" is a range
        ("between 5 and 7 billion dollars", [("between 5 and 7 billion dollars", 5e9, 7e9, "usd")]),
        ("They walked three or four kilometres.", [("three or four kilometres", 3, 4, "km")]),
        # people counted by the verb or by what happened to them
        ("The shelling killed two and wounded eleven.", [("two", 2, None, "person"), ("eleven", 11, None, "person")]),
        ("A strike kills one in Odesa", [("one", 1, None, "person")]),
        ("The toll has risen to nine.", [("nine", 9, None, "person")]),
        (
            "They returned 80 bodies and 12 prisoners.",
            [("80 bodies", 80, None, "person"), ("12 prisoners", 12, None, "person")],
        ),
        ("About 300 Georgians signed up.", [("About 300 Georgians", 300, None, "person")]),
        # a bare figure in a list borrows the unit of the count before it in the sentence
        (
            "Of the freed soldiers, 70 served in the army, 25 in the navy and nine in the guard.",
            [("70", 70, None, "person"), ("25", 25, None, "person"), ("nine", 9, None, "person")],
        ),
        (
            "Crews shot down 40 of the 52 drones, not 45 as first said.",
            [("40", 40, None, "drone"), ("52 drones", 52, None, "drone"), ("45", 45, None, "drone")],
        ),
        # hyphenated measures before a noun
        (
            "a 20-kilometre buffer and a 300-square-metre hall",
            [("20-kilometre", 20, None, "km"), ("300-square-metre", 300, None, "m2")],
        ),
        ("a three-man crew", [("three-man", 3, None, "person")]),
        # clock times, numeric dates, years and code words in quotation marks are no figures
        ('At 14:35 on 12.03.2025, in spring 2023, they wrote "300".', []),
        # an age in apposition
        ("said Taras Koval, 52, a farmer", [("52", 52, None, "year")]),
    ],
)
def test_figures_of_news_language(text, want):
    assert _figures(text) == want


def _places(text):
    from claimgraph.extract.nlp import parse
    from claimgraph.ground.places import find_places

    return find_places(text, next(parse([text])))


def test_a_place_named_once_is_that_place_where_it_stands_again():
    ps = _places("The convoy was hit on the road to Ufa. Ufa has had no power since Monday.")
    assert [p.text for p in ps if p.name == "Ufa"] == ["Ufa", "Ufa"]


def test_the_village_of_x_is_a_place_whatever_the_parser_says():
    ps = _places("Two men were killed in the village of Velyki Sorochyntsi on Sunday.")
    assert [p.name for p in ps] == ["Velyki Sorochyntsi"]
