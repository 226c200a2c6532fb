"""Attribution classes of session 8, each pinned with sentences written for these tests (invented names,
places and bodies): the writer's gloss on the last noun of an indirect content (a non-restrictive
relative on a person, an apposition) is not part of what the source said."""

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
