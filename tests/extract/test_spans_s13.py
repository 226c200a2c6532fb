"""Content spans of session 13, each pinned with sentences written for these tests (invented names, places
and figures): where an attributed content starts and ends."""

from __future__ import annotations

import pytest


def _attributed(rec):
    return {c.text: c for c in rec.claims if c.attribution}


@pytest.mark.parametrize(
    ("text", "content", "quoted"),
    [
        (
            '"We are shocked and saddened" by the collapse of the Marlow bridge, the transport minister said on '
            "Friday.",
            '"We are shocked and saddened" by the collapse of the Marlow bridge',
            "We are shocked and saddened",
        ),
        (
            "\u201cI held and comforted\u201d the families of the miners before laying a wreath at the pit gate, "
            "the premier wrote on Facebook.",
            "\u201cI held and comforted\u201d the families of the miners before laying a wreath at the pit gate",
            "I held and comforted",
        ),
        (
            "''There is no money left'' for the ferry service, said Ines Lund, the treasurer.",
            "''There is no money left'' for the ferry service",
            "There is no money left",
        ),
    ],
)
def test_quoted_words_that_open_a_clause_the_sentence_goes_on_with(extract_text, text, content, quoted):
    """The quotation closes on a word, not on punctuation, and the sentence goes on with the same clause
    before its frame: what was said is the whole clause (the quotation stays a quote of its own)."""
    rec = extract_text(text)
    got = _attributed(rec)
    assert content in got and not got[content].quote
    assert got[content].attribution[0].cue is not None
    assert any(q.text == quoted and q.speaker == got[content].attribution[0].source for q in rec.quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"We are shocked and saddened," the transport minister said on Friday.',
        "\u201cThe pumps failed twice this week\u201d, the engineer said.",
    ],
)
def test_a_quotation_that_ends_its_clause_is_the_content(extract_text, text):
    """A closing comma (inside or outside the mark) ends the quoted clause: the claim is the quotation."""
    got = _attributed(extract_text(text))
    assert len(got) == 1
    (claim,) = got.values()
    assert claim.quote and not claim.text.startswith(('"', "\u201c"))


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The dockers' union responded, saying in a letter that further strikes would follow in March.",
            "further strikes would follow in March",
            "responded",
        ),
        (
            "The mayor escalated her criticism on Sunday, writing in a post that the council had hidden the audit.",
            "the council had hidden the audit",
            "writing",
        ),
        (
            "The coach resigned, saying in a statement released by the club on Friday that he needed rest.",
            "he needed rest",
            "saying",
        ),
    ],
)
def test_a_participle_frame_keeps_its_own_phrase_out_of_the_content(extract_text, text, content, cue):
    """', saying in a letter that ...': the phrase between the participle and its 'that' tells where it was
    said (the frame's), not what was said."""
    got = _attributed(extract_text(text))
    assert content in got, list(got)
    assert got[content].attribution[0].cue.text == cue
