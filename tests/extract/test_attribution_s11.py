"""Attribution classes of session 11 (recall: attributions that were left in the article's own voice), each
pinned with sentences written for these tests (invented names, places and bodies).

- A cue gerund after a preposition ('ended the meeting by saying ...', 'After saying ..., the engineer
  left', 'was fined for claiming ...') says its content for the subject of the clause the preposition
  belongs to; the rest of the sentence stays a claim in the article's own voice. 'without saying' says
  nothing."""

from __future__ import annotations

import pytest


def _claim(rec, content):
    return next((c for c in rec.claims if c.text == content), None)


def _source(rec, claim):
    assert claim is not None and claim.attribution, "the claim keeps its frame"
    return next(s for s in rec.sources if s.id == claim.attribution[0].source)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "own"),
    [
        (
            "Governor Ana Ruiz answered the farmers by saying that the drought aid would arrive in May.",
            "the drought aid would arrive in May",
            "Governor Ana Ruiz",
            "saying",
            "Governor Ana Ruiz answered the farmers",
        ),
        (
            "Before announcing that the plant would close, the company met its workers in Tromso.",
            "the plant would close",
            "the company",
            "announcing",
            "the company met its workers in Tromso",
        ),
        (
            "The coach was fined for claiming the referee had been paid.",
            "the referee had been paid",
            "The coach",
            "claiming",
            "The coach was fined",
        ),
        (
            "The minister drew applause by promising to cut fuel taxes.",
            "to cut fuel taxes",
            "The minister",
            "promising",
            "The minister drew applause",
        ),
    ],
)
def test_a_cue_gerund_after_a_preposition_is_the_subjects_frame(extract_text, text, content, speaker, cue, own):
    rec = extract_text(text)
    claim = _claim(rec, content)
    assert _source(rec, claim).name == speaker
    assert claim.attribution[0].cue.text == cue
    rest = _claim(rec, own)
    assert rest is not None and not rest.attribution, "the main clause stays in the article's own voice"


def test_without_saying_reports_nothing_said(extract_text):
    rec = extract_text(
        "The chief ended the interview without saying whether she would resign. "
        "Her deputy ended his by saying that the post would be filled within a week."
    )
    assert _source(rec, _claim(rec, "the post would be filled within a week")).name == "Her deputy"
    assert not any(c.attribution for c in rec.claims if "resign" in c.text)
