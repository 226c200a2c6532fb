"""Page shapes the bench lacks (#11, held-out styles): rows of page fields with a verb in one of them,
bylines without "By", editors' notes, live-blog controls and greetings, series lines, note markers glued to
sentences, numbers that label rather than count, and time expressions of plans and budgets. Every line is
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.ground.dates import find_dates
from claimgraph.ground.quantities import quantities_in

BODY = "Shelling damaged a grain silo in Berdychiv overnight, the district head said."


@pytest.mark.parametrize(
    "chrome",
    [
        "The Polissia Courier | Long read | 14 August 2026",
        "Radio Dnipro | News | Posted 5:12 AM, Aug. 14, 2026 | Updated 8:40 AM",
        "The Lakeside Gazette | Live | Friday 14 August 2026",
        "Marta Kaczmarek, Ole Lund and the Baltic Desk",
        "August 14, 2026, 6:15pm ET",
        "Interview by Hanna Veres",
        "Note: the morning summary will not appear on Saturday. Click here to get it by email.",
        "Editor's note: this story was updated with the district head's figures.",
        'This report is part of our series "Rivers of the East". Read the previous part: The ferrymen of Vylkove.',
        "Show key events only",
        "Good evening and welcome to our live coverage of the floods. I'm Ola Brandt and I will be here until midnight.",
        "[4] https://example.org/statement/2231",
    ],
)
def test_page_furniture_makes_no_claims(extract_text, chrome):
    text = f"Grain silo hit in Berdychiv\n\n{chrome}\n\n{BODY}"
    rec = extract_text(text, published="2026-08-14")
    at = text.index(chrome)
    assert not any(c.start < at + len(chrome) and c.end > at for c in rec.claims), [c.text for c in rec.claims]
    assert any("grain silo" in c.text for c in rec.claims)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence is no row of fields, a list of names with a verb is no byline
        "The brigade | which had held the bridge for a week | withdrew on Friday after heavy shelling.",
        "Marta Kaczmarek, Ole Lund and two other monitors reached the dam on Thursday.",
        "Note the sharp rise in strikes after the talks collapsed, the analyst said.",
    ],
)
def test_sentences_that_look_like_furniture_still_make_claims(extract_text, line):
    text = f"Grain silo hit in Berdychiv\n\n{BODY}\n\n{line}"
    rec = extract_text(text, published="2026-08-14")
    at = text.index(line)
    assert any(c.start < at + len(line) and c.end > at for c in rec.claims), [c.text for c in rec.claims]


def test_a_note_marker_ends_the_sentence_it_is_glued_to(extract_text):
    text = (
        "Assessment of the day\n\n"
        "Local channels claimed on May 3 that a Russian battalion had entered Novoselivka.[6] The institute has "
        "seen footage of vehicles only on the road south of the village.[7]"
    )
    rec = extract_text(text, published="2026-05-04")
    entered = next(c for c in rec.claims if "battalion had entered" in c.text)
    assert "footage" not in entered.text
    seen = next(c for c in rec.claims if "seen footage" in c.text)
    names = {s.id: s.name.lower() for s in rec.sources}
    assert all("channels" not in names.get(h.source, "") for h in seen.attribution)
    assert [q.value for q in rec.quantities if q.text in ("6", "7")] == []


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Buses on routes 5, 17 and 33 will run every hour, the council said.", []),
        ("The mayor told Channel 9 that the bridge would reopen.", []),
        ("No one was hurt when the drone fell near the school.", []),
        ("Eleven mechanics and three paramedics were hurt.", [(11.0, "person"), (3.0, "person")]),
        ("Only 60 of the 120 interceptors had arrived by June.", [(60.0, "missile"), (120.0, "missile")]),
        ("Nine of the 20 regional capitals were without power.", [(9.0, "settlement"), (20.0, "settlement")]),
        # a road with a distance after it is still a distance
        ("The column moved along the road 12 kilometres north of the town.", [(12.0, "km")]),
    ],
)
def test_labels_pronouns_and_count_nouns(text, figures):
    got = [(q.value, q.unit) for q in quantities_in(text, [(0, len(text))])]
    assert got == figures


@pytest.mark.parametrize(
    "text,value,end",
    [
        ("Exports through the port fell in the first half of 2026.", "2026-01", "2026-06"),
        ("Imports rose in the third quarter of last year.", "2025-07", "2025-09"),
        ("Funds pledged for 2027 had not arrived.", "2027", None),
        ("The ministers meet in Vienna tomorrow.", "2026-09-04", None),
        ("She said the last batch would arrive before December.", "2026-12", None),
        # the past stays past
        ("The last batch arrived before August.", "2026-08", None),
    ],
)
def test_parts_of_years_plans_and_tomorrow(text, value, end):
    d = next(d for d in find_dates(text, published=date(2026, 9, 3)) if d.value is not None)
    assert (d.value, d.end_value) == (value, end)


def test_a_date_the_parser_cut_at_a_field_break_is_one_date(extract_text):
    text = "Grain silo hit in Berdychiv\n\nThe Polissia Courier | Long read | 14 August 2026\n\n" + BODY
    rec = extract_text(text, published="2026-08-14")
    assert any(d.text == "14 August 2026" and d.value == "2026-08-14" for d in rec.dates)
