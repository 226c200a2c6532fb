"""Content and source spans of session 11, each pinned with sentences written for these tests (invented
names, places and figures): where an attributed content or a source's span ends."""

from __future__ import annotations


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
