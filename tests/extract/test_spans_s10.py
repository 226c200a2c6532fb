"""Content spans of session 10, each pinned with sentences written for these tests (invented names, places
and figures): the boundary of an attributed content where the rules cut it short or let it run on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the city would close the old tram depot, beginning in March 2027.",
            "the city would close the old tram depot, beginning in March 2027",
        ),
        (
            "Officials said the new tolls would apply to lorries, starting on 1 July 2026.",
            "the new tolls would apply to lorries, starting on 1 July 2026",
        ),
        (
            "The minister said the ban would remain in force, lasting until 2031.",
            "the ban would remain in force, lasting until 2031",
        ),
        (
            "The council said the dispute over the bridge was old, dating back to 1984.",
            "the dispute over the bridge was old, dating back to 1984",
        ),
    ],
)
def test_a_participle_of_time_or_extent_stays_with_its_content(extract_text, text, content):
    """', beginning in March 2027' dates the event the source speaks of; its figure is no second claim."""
    rec = extract_text(text)
    assert [c.text for c in rec.claims if c.attribution] == [content]


def test_a_result_participle_with_a_figure_is_still_its_own_claim(extract_text):
    rec = extract_text("Police said the storm flooded the lower town, leaving 300 families without power.")
    texts = [c.text for c in rec.claims]
    assert "the storm flooded the lower town" in texts


@pytest.mark.parametrize(
    ("text", "full", "inner"),
    [
        (
            "The summit ended without a deal.\n\n"
            '"We are in a difficult position after the vote in Norway," Swedish Prime Minister Ada Berg told '
            "reporters after the meeting on a river boat. She said leaders had agreed to draft a plan by June.",
            "Swedish Prime Minister Ada Berg",
            "Ada Berg",
        ),
        (
            "The museum opened on Saturday.\n\n"
            '"It tells the story of the coast and its people," Mr. Halvorsen told the crowd after the ceremony '
            "at the harbour. He said the exhibits would travel next year.",
            "Mr. Halvorsen",
            "Halvorsen",
        ),
    ],
)
def test_a_name_inside_its_fuller_phrase_is_one_mention(extract_text, text, full, inner):
    """A source is recorded where it stands by its whole noun phrase, title included; the name inside that
    phrase, met again when a later frame reads the same subject, is the same mention, not a second one."""
    rec = extract_text(text)
    src = next(s for s in rec.sources if any(m.text == full for m in s.mentions))
    assert not any(m.text == inner for m in src.mentions)
