"""Attribution classes of session 8, each pinned with sentences written for these tests (invented names,
places and bodies): the writer's gloss on the last noun of an indirect content (a non-restrictive
relative on a person, an apposition) is not part of what the source said; any cue of the lexicon as a
participle after a clause of the article's own (', accusing X of Y', ', calling for Z') frames what follows;
a speaker's name the parser swallowed into a fronted phrase with no comma is the verb's subject."""

from __future__ import annotations

import pytest


def cues_and_texts(rec):
    return [(c.attribution[0].cue.text if c.attribution else None, c.text) for c in rec.claims]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor said she had spoken with Mayor Tomas Reyes, who took office in March.",
            "said",
            "she had spoken with Mayor Tomas Reyes",
        ),
        (
            "The minister questioned the health of the union leader, who is 71.",
            "questioned",
            "the health of the union leader",
        ),
        (
            "Kessler said he would not endorse Anna Brandt, the party's candidate for the northern district.",
            "said",
            "he would not endorse Anna Brandt",
        ),
        (
            "The coach praised the work of the club's academy, one of the oldest in the country.",
            "praised",
            "the work of the club's academy",
        ),
        (
            "The prosecutor said the money had been moved to a bank in Valletta, the capital of Malta.",
            "said",
            "the money had been moved to a bank in Valletta",
        ),
        (
            "Police said they had arrested a man from Lodz, a city in central Poland.",
            "said",
            "they had arrested a man from Lodz",
        ),
        (
            "The senator accused the agency of ignoring warnings from inspectors, whose reports were never published.",
            "accused",
            "the agency of ignoring warnings from inspectors",
        ),
    ],
)
def test_the_writer_s_gloss_at_the_end_of_a_content_is_not_the_source_s(extract_text, text, cue, content):
    assert (cue, content) in cues_and_texts(extract_text(text))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Nilsen told reporters that the ferry company, which is owned by the city, would cut fares.",
            "told",
            "the ferry company, which is owned by the city, would cut fares",
        ),
        (
            "The union said workers at the plant, who earn less than the national average, would strike on Friday.",
            "said",
            "workers at the plant, who earn less than the national average, would strike on Friday",
        ),
        (
            "The mayor said the bridge would be rebuilt by the firm that built the old one.",
            "said",
            "the bridge would be rebuilt by the firm that built the old one",
        ),
    ],
)
def test_a_relative_inside_the_content_or_restrictive_stays(extract_text, text, cue, content):
    assert (cue, content) in cues_and_texts(extract_text(text))


def test_a_gloss_inside_a_quotation_is_the_speaker_s(extract_text):
    rec = extract_text('"We met the director, who was very helpful," said Ines Varga, a nurse at the clinic.')
    assert any("who was very helpful" in c.text for c in rec.claims) or any(
        "who was very helpful" in q.text for q in rec.quotes
    )


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ministry released a statement late on Friday, accusing the rebels of shelling a hospital.",
            "accusing",
            "the rebels of shelling a hospital",
        ),
        (
            "The opposition walked out of the chamber, calling for fresh elections in the spring.",
            "calling for",
            "fresh elections in the spring",
        ),
        (
            "The army withdrew from the hill, saying the position could not be held.",
            "saying",
            "the position could not be held",
        ),
    ],
)
def test_any_cue_participle_after_an_own_clause_frames_what_follows(extract_text, text, cue, content):
    got = cues_and_texts(extract_text(text))
    assert (cue, content) in got
    assert not any(c is None and content in t for c, t in got)


def test_a_participle_that_is_no_cue_stays_in_the_own_voice(extract_text):
    got = cues_and_texts(extract_text("The column left the village at dawn, heading for the border crossing."))
    assert all(c is None for c, _ in got)


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "In a June meeting with the board of the Daily Courier Mayor Holt said that the budget may need to be cut.",
            "said",
            "the budget may need to be cut",
            "Holt",
        ),
        (
            "During a visit to the harbour in Gdansk Minister Anna Kowalczyk said the port would be expanded next year.",
            "said",
            "the port would be expanded next year",
            "Kowalczyk",
        ),
    ],
)
def test_a_speaker_swallowed_by_a_fronted_phrase_without_a_comma(extract_text, text, cue, content, speaker):
    rec = extract_text(text)
    c = next(c for c in rec.claims if c.text == content)
    assert c.attribution and c.attribution[0].cue.text == cue
    name = rec.source(c.attribution[0].source).name
    assert speaker in name and "Courier" not in name


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Inspectors said the roads were "in poor repair," but officials said repairs would start in May.',
            ("said", 'the roads were "in poor repair,"'),
            ("said", "repairs would start in May"),
        ),
        (
            "The union said pay was \u201cfar too low,\u201d and managers admitted the offer had been late.",
            ("said", "pay was \u201cfar too low,\u201d"),
            ("admitted", "the offer had been late"),
        ),
        (
            'Doctors said the patient was "stable and alert," and that she would be moved to a ward.',
            ("said", 'the patient was "stable and alert,"'),
            ("said", "she would be moved to a ward"),
        ),
    ],
)
def test_a_comma_inside_a_closing_quotation_mark_still_ends_the_clause(extract_text, text, first, second):
    got = cues_and_texts(extract_text(text))
    assert first in got
    assert second in got


def test_a_participle_inside_a_content_stays_the_same_speaker_s_second_frame(extract_text):
    got = cues_and_texts(
        extract_text("The harbour master said the pier was closed, warning sailors that the storm would return.")
    )
    assert ("said", "the pier was closed") in got
    assert ("warning", "the storm would return") in got
