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


INTERVIEW = """'The river keeps its own calendar': a ferry captain on the crossing to Vylkove

The Delta Weekly | Interview | 2 May 2026

Captain Iryna Holub has run the ferry across the Danube delta for eleven years. We spoke on the bridge of her
boat. The interview has been edited for length.

How many people cross each day?

About 400 in summer, fewer in winter. Since March we have also carried aid convoys twice a week.

Has the shelling reached the delta?

Yes. Two drones hit the pier at Vylkove in April. Nobody was hurt, but we lost the fuel store.

The port authority said the pier would be repaired by June.

Will the ferry keep running?

As long as the engines do. I have no other plan.
"""


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees(extract_text):
    rec = extract_text(INTERVIEW, published="2026-05-02")
    names = {s.id: s.name for s in rec.sources}

    def source_of(words):
        c = next(c for c in rec.claims if words in c.text)
        return [names[h.source] for h in c.attribution]

    assert source_of("About 400 in summer") == ["Captain Iryna Holub"]
    assert source_of("aid convoys") == ["Captain Iryna Holub"]
    assert source_of("Two drones hit the pier") == ["Captain Iryna Holub"]
    assert source_of("I have no other plan") == ["Captain Iryna Holub"]
    # the writer's narrative between the answers keeps its own source, and the intro is the writer's
    assert source_of("would be repaired by June")[0] == "The port authority"
    assert source_of("has run the ferry") == []
    # the questions assert nothing
    assert not any(c.text.endswith("?") or "How many people" in c.text for c in rec.claims)


def test_rhetorical_questions_without_an_interview_stay_the_writers(extract_text):
    text = """Why the ferry matters

Captain Iryna Holub has run the ferry across the delta for eleven years.

What happens if it stops?

The villages on the islands lose their only road to the mainland.

Who pays for the repairs?

The port authority has set aside money for the pier.
"""
    rec = extract_text(text, published="2026-05-02")
    c = next(c for c in rec.claims if "only road" in c.text)
    assert c.attribution == []


def test_an_outlets_own_key_takeaways_are_claims(extract_text):
    text = (
        "Daily assessment, June 9\n\nKey Takeaways:\n\n"
        "Russian forces likely crossed the Oskil river near Dvorichna.\n\n"
        "Local officials said a ferry near Dvorichna had been destroyed."
    )
    rec = extract_text(text, published="2026-06-09")
    c = next(c for c in rec.claims if "crossed the Oskil" in c.text)
    assert c.stance == "distances" and [h.text for h in c.hedges] == ["likely"]


@pytest.mark.parametrize(
    "text,words,verification",
    [
        # the one who could not check it stands between the noun and the verb
        (
            "A company commander said the enemy had lost about 30 tanks near the river, a figure the Courier "
            "cannot independently verify.",
            "lost about 30 tanks",
            "unverified",
        ),
        # a concession in the same sentence bears on it
        (
            "Russian troops likely entered Dvorichna on Sunday, although the Courier has not seen visual "
            "confirmation of the claim.",
            "entered Dvorichna",
            "unverified",
        ),
        # "the figure", singular, with a percentage
        (
            "A general told the panel that crews had stopped about 80 percent of the missiles fired at Dnipro. "
            "The figure could not be independently verified.",
            "80 percent",
            "unverified",
        ),
    ],
)
def test_verification_statements_reach_the_claim_they_name(extract_text, text, words, verification):
    rec = extract_text("Shelling near the river\n\n" + text, published="2026-06-09", outlet="The Valley Courier")
    c = next(c for c in rec.claims if words in c.text)
    assert c.verification == verification


def test_an_outlets_initials_are_the_outlet(extract_text):
    text = "Assessment\n\nRussian forces likely took Dvorichna, although VWO has not observed visual confirmation."
    rec = extract_text(text, published="2026-06-09", outlet="Valley War Observatory")
    c = next(c for c in rec.claims if "took Dvorichna" in c.text)
    assert c.verification == "unverified"


def test_a_note_marker_is_left_out_of_the_claim(extract_text):
    text = 'Assessment\n\nThe envoy said Moscow would not accept "any freeze of the line."[8] The talks resume today.'
    rec = extract_text(text, published="2026-06-09")
    c = next(c for c in rec.claims if "freeze" in c.text)
    assert "[8]" not in c.text
    assert not any(c.text.startswith("[") for c in rec.claims)


def test_the_one_asked_answers_not_the_one_asking(extract_text):
    text = (
        "Minister questioned on shells\n\n"
        "Defence Minister Anna Lind told the committee that deliveries had slowed in May.\n\n"
        'Senator Paula Grady said the delays were "hard to explain to Kharkiv".\n\n'
        "Asked by Grady whether the shells would arrive before winter, she said: "
        '"We will do everything we can."'
    )
    rec = extract_text(text, published="2026-09-03")
    q = next(q for q in rec.quotes if "everything we can" in q.text)
    names = {s.id: s.name for s in rec.sources}
    assert "Lind" in names[q.speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of people hurt in the strike on Kremenchuk has risen to nine, the head of the city "
        "military administration, Vitalii Maletskyi, has said.",
        "The number of people hurt in the strike on Kremenchuk has risen to nine, Vitalii Maletskyi, the head "
        "of the city military administration, has said.",
    ],
)
def test_a_trailing_frame_whose_speaker_is_a_name_and_its_role(extract_text, sentence):
    rec = extract_text("Toll rises in Kremenchuk\n\n" + sentence, published="2026-10-20")
    names = {s.id: s.name for s in rec.sources}
    c = next(c for c in rec.claims if "risen to nine" in c.text)
    assert c.text.endswith("risen to nine")
    assert [names[h.source] for h in c.attribution] == ["Vitalii Maletskyi"]


@pytest.mark.parametrize(
    "sentence,name,kind,side",
    [
        (
            "Cargo through the port fell by a third in June, Ukraine's sea port authority said.",
            "Ukraine's sea port authority",
            "government_body",
            "ua",
        ),
        (
            "Moscow will not attend the talks, Kremlin spokeswoman Irina Valeeva said on Monday.",
            "Kremlin spokeswoman Irina Valeeva",
            "state_official",
            "ru",
        ),
        (
            "The aid package is stuck, Senator Mara Quinn, a Democrat from Oregon, told reporters.",
            "Senator Mara Quinn",
            "state_official",
            "international",
        ),
        (
            "Deliveries will resume in May, the under secretary of defense for policy, Tom Hale, said.",
            "Tom Hale",
            "state_official",
            "international",
        ),
    ],
)
def test_kinds_and_sides_of_offices_the_bench_lacks(extract_text, sentence, name, kind, side):
    rec = extract_text("Aid stuck\n\n" + sentence, published="2026-06-09")
    s = next(s for s in rec.sources if name in s.name or s.name in name)
    assert (s.kind, s.side) == (kind, side)


def test_a_series_line_quotes_no_one_and_a_model_number_is_no_place(extract_text):
    text = (
        "Clearing the fields of Izium\n\n"
        "Sappers near Izium found mostly PMN-2s and a few TM-57s in the orchards, the unit's commander said.\n\n"
        'This report is part of our series "Fields After the War". Read the previous part: The bakers of Lyman.'
    )
    rec = extract_text(text, published="2026-06-09")
    assert not any("Fields After the War" in q.text for q in rec.quotes)
    assert not any(any(ch.isdigit() for ch in p.text) for p in rec.places)


@pytest.mark.parametrize(
    "text,value,end",
    [
        ("Drones hit the depot overnight on May 11 to 12, officials said.", "2026-05-11", "2026-05-12"),
        ("On the night of May 2-3 the port was struck again.", "2026-05-02", "2026-05-03"),
    ],
)
def test_a_night_written_month_first(text, value, end):
    d = next(d for d in find_dates(text, published=date(2026, 5, 12)) if d.value is not None)
    assert (d.value, d.end_value) == (value, end)


def test_the_figure_a_change_starts_from_counts_what_it_reaches():
    text = "Output would rise from 40 to about 65 interceptors a month."
    got = [(q.value, q.unit) for q in quantities_in(text, [(0, len(text))])]
    assert got == [(40.0, "missile"), (65.0, "missile")]
