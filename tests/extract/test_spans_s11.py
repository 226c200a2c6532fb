"""Content and source spans of session 11, each pinned with sentences written for these tests (invented
names, places and figures): where an attributed content or a source's span ends."""

from __future__ import annotations

import pytest


def _attributed(rec):
    return {c.text: c for c in rec.claims if c.attribution}


def test_a_predicate_coordinated_with_the_cue_after_a_noun_phrase_content_is_a_second_frame(extract_text):
    """'criticized A and called for B': B is the same speaker's demand, not part of what was criticized."""
    rec = extract_text(
        "The union leader has sharply criticized the new pension rules and called for a national strike in March."
    )
    got = _attributed(rec)
    assert set(got) == {"the new pension rules", "a national strike in March"}
    assert got["a national strike in March"].attribution[0].cue.text == "called for"


def test_a_predicate_coordinated_with_the_cue_that_is_no_cue_is_the_articles_own(extract_text):
    """'praised A and thanked B': thanking is an event the article reports, no part of the praise."""
    rec = extract_text("The harbour master praised the rescue crews and thanked the volunteers for their work.")
    assert list(_attributed(rec)) == ["the rescue crews"]
    assert any(c.text == "thanked the volunteers for their work" and not c.attribution for c in rec.claims)


def test_an_infinitive_content_ends_before_a_predicate_coordinated_with_the_cue(extract_text):
    """'urged X to stay calm and left the room': the parser hangs 'left' on 'stay'; a finite verb in the
    cue's own tense cannot share the infinitive's 'to', so it is the cue's conjunct."""
    rec = extract_text("The coach urged his players to stay calm and left the dressing room.")
    assert list(_attributed(rec)) == ["his players to stay calm"]
    assert any(c.text == "left the dressing room" for c in rec.claims)


def _mentions(rec, name):
    (s,) = [s for s in rec.sources if s.name == name]
    return [m.text for m in s.mentions]


def test_a_which_clause_on_the_body_inside_a_persons_mention_is_no_part_of_it(extract_text):
    """'which' never takes up a person: ', which represents hospital staff' tells what the union is; ', who
    ...' after 'a spokeswoman for the League' takes up the person, whatever noun it follows, and stays."""
    rec = extract_text(
        "Paul Ferris, president of the Ohio Nurses Union, which represents hospital staff, said the strike "
        "would go ahead."
    )
    assert _mentions(rec, "Paul Ferris") == ["Paul Ferris, president of the Ohio Nurses Union"]
    rec = extract_text(
        "Maria Lutz, a spokeswoman for the Alpine Growers League, who joined it in 2019, said prices had fallen."
    )
    assert _mentions(rec, "Maria Lutz") == [
        "Maria Lutz, a spokeswoman for the Alpine Growers League, who joined it in 2019"
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "''We will rebuild the harbour wall before winter,'' the mayor of Tarnby said on Tuesday.",
            "We will rebuild the harbour wall before winter,",
            "mayor",
        ),
        (
            "Economists agreed the plan was costly. ''There is a lot of new paperwork,'' said Ellen Vos.",
            "There is a lot of new paperwork,",
            "Ellen Vos",
        ),
        (
            "Both Mr. Lund and Mr. Berg say the owners never told them what to say.\n\n"
            "''I have never been edited,'' Mr. Lund, 71, told me.",
            "I have never been edited,",
            "Lund",
        ),
        (
            "``Nobody expected the river to rise so fast,'' a farmer near Oskarby told reporters.",
            "Nobody expected the river to rise so fast,",
            "farmer",
        ),
    ],
)
def test_two_apostrophes_mark_a_quotation(extract_text, text, quote, speaker):
    """ASCII newswire writes a double quotation mark as two apostrophes (''...'') or as ``...'': the words
    between are a quotation with its speaker, not the article's own voice with stray marks."""
    rec = extract_text(text)
    q = next(q for q in rec.quotes if q.text == quote)
    src = next(s for s in rec.sources if s.id == q.speaker)
    assert speaker in src.name
    assert not any(c.text.startswith("''") or c.text.endswith("''") for c in rec.claims)


def test_two_apostrophe_marks_pair_within_a_paragraph(extract_text):
    """An inner single mark closes first; a two-apostrophe mark is read as a quotation mark only where its
    pair closes it in the same paragraph: one left open is a stray mark, never a quotation running on."""
    rec = extract_text("''They call it 'the last bridge,''' the ferryman said. ''It has stood for a hundred years.''")
    assert [q.text for q in rec.quotes] == ["They call it 'the last bridge,'", "It has stood for a hundred years."]
    rec = extract_text(
        "The notice on the gate said ''closed until spring.\n\n''The council will meet on Friday, the clerk said."
    )
    assert rec.quotes == []
