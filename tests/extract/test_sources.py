"""Sources' kind and side, and which mentions are one source (sentences written for these tests)."""

from __future__ import annotations


def _src(rec, word):
    return next(s for s in rec.sources if word.lower() in s.name.lower())


def test_two_countries_ministries_are_two_sources(extract_text):
    rec = extract_text(
        "Budgets under strain\n\n"
        "Ukraine's Finance Ministry said tax income rose by 8% in March. "
        "Russia's Finance Ministry said oil revenue fell by a fifth. "
        "The ministry added that it would borrow more."
    )
    sides = sorted(s.side for s in rec.sources if "finance ministry" in s.name.lower())
    assert sides == ["ru", "ua"]


def test_a_state_body_without_a_country_takes_the_dateline_side(extract_text):
    rec = extract_text(
        "Fire at depot\n\nKHARKIV, May 3 (Test Wire) - The State Emergency Service said two firefighters were hurt "
        "when a drone hit a depot in Kharkiv overnight."
    )
    assert _src(rec, "emergency").side == "ua"


def test_an_expert_without_a_country_is_independent_and_a_topic_is_no_side(extract_text):
    rec = extract_text(
        "Economy\n\nThe rouble fell again on Tuesday. The bank's Russia analyst, John Pelham, said reserves "
        "would shrink further this year."
    )
    s = _src(rec, "Pelham")
    assert s.kind == "expert" and s.side == "independent"


def test_a_relative_takes_the_side_of_the_person_not_the_kind(extract_text):
    rec = extract_text(
        "Prisoner home\n\nUkrainian marine Petro Hordiienko said he had been held in three camps. "
        "He had lost 20 kilograms, according to his sister, Olha Hordiienko."
    )
    s = _src(rec, "sister")
    assert s.kind == "other" and s.side == "ua"


def test_an_abbreviation_takes_the_side_of_the_body_it_abbreviates(extract_text):
    rec = extract_text(
        "Rates\n\nThe National Bank of Ukraine kept its rate at 14% on Thursday. "
        "NBU Deputy Governor Ivan Prokopchuk said inflation would slow by the summer."
    )
    assert _src(rec, "Prokopchuk").side == "ua"


def test_a_name_after_call_sign_is_a_soldier(extract_text):
    rec = extract_text(
        "Night patrol\n\nThe unit is led by a former teacher who uses the call sign Borsuk. "
        "Borsuk said the road had been mined twice this month."
    )
    assert _src(rec, "Borsuk").kind == "military"


def test_a_crowd_counted_in_thousands_is_no_source(extract_text):
    rec = extract_text(
        "Lists grow\n\nSome 3,400 new names were added to the list of the dead in May, the project said."
    )
    assert not any(s.name.startswith(("Some 3,400", "3,400")) for s in rec.sources)


def test_its_figures_are_the_owner_speaking(extract_text):
    rec = extract_text(
        "Exchange\n\nThe Coordination Headquarters said 90 soldiers came home. "
        "Since 2022, more than 4,000 people have been returned, according to its figures."
    )
    assert [s.name for s in rec.sources] == ["The Coordination Headquarters"]
