"""Attribution recall of session 13 (issue #11), each class pinned with sentences written for these tests
(invented names, towns and bodies).

- A share or a count of people as the active subject of a verb of saying, thinking or backing speaks: poll
  and survey results ('41 percent said ...', 'two-thirds of nurses support ...', 'those polled say ...').
  A share of things under a verb of finding or showing, a share in a passive, and a headline's reduced
  passive ('1,200 soldiers confirmed dead') stay no source.
- A clause after a comma that is the complement of a frame verb before it is that frame's content, not a
  trailing frame of its own ('X said his son and his partner, Y, wrote the songs')."""

from __future__ import annotations

import pytest


def _claim(rec, content):
    return next((c for c in rec.claims if c.text == content), None)


def _speaker(rec, claim):
    assert claim is not None and claim.attribution, "the claim keeps its frame"
    return rec.source(claim.attribution[0].source)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "In the runoff survey, 41 percent said they would stay at home on polling day.",
            "they would stay at home on polling day",
            "41 percent",
        ),
        (
            "About 12% of farmers in the valley believe the new canal will never be finished.",
            "the new canal will never be finished",
            "About 12% of farmers in the valley",
        ),
        (
            "When the union balloted its members, 2,310 nurses said they wanted a strike in March.",
            "they wanted a strike in March",
            "2,310 nurses",
        ),
        (
            "By a wide margin, those polled said the ferry service should be kept.",
            "the ferry service should be kept",
            "those polled",
        ),
    ],
)
def test_a_share_or_count_of_people_that_says_or_thinks_is_the_source(extract_text, text, content, mention):
    rec = extract_text("Poll of the week\n\n" + text)
    src = _speaker(rec, _claim(rec, content))
    assert src.kind == "unnamed"
    assert mention in [m.text for m in src.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "About 5 percent of the water samples show traces of lead, the laboratory said.",
        "Fewer than 20 percent of the claims were approved by the insurer, the regulator said.",
        "1,480 miners confirmed dead after the collapse\n\nRescue teams searched the shaft for a third day.",
    ],
)
def test_a_share_of_things_or_a_passive_subject_is_no_source(extract_text, text):
    rec = extract_text(text)
    assert not any(s.name[:1].isdigit() or "percent" in s.name for s in rec.sources)


def test_a_clause_that_a_frame_before_it_says_is_no_trailing_frame(extract_text):
    rec = extract_text(
        "Choir news\n\nTalking on a local radio show on Sunday, Ines Roth said her son and his partner, "
        "Pavel Dune, wrote most of the new hymns for the festival."
    )
    c = _claim(rec, "her son and his partner, Pavel Dune, wrote most of the new hymns for the festival")
    assert _speaker(rec, c).name == "Ines Roth" and c.attribution[0].cue.text == "said"
    assert not any(c.text.startswith("Talking on a local radio show") and c.attribution for c in rec.claims)
