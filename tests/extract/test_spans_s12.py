"""Content spans of session 12, each pinned with sentences written for these tests (invented names, places
and figures): where an attributed content ends."""

from __future__ import annotations

import pytest


def _attributed(rec):
    return {c.text: c for c in rec.claims if c.attribution}


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        (
            'Councillor Ana Ramos said the parking rules were "a mess," noting that not one fine had been paid.',
            'the parking rules were "a mess,"',
            "not one fine had been paid",
            "noting",
        ),
        (
            "The harbour master called the new quay \u201creckless and expensive,\u201d accusing the port board of "
            "ignoring the engineers.",
            "the new quay \u201creckless and expensive,\u201d",
            "the port board of ignoring the engineers",
            "accusing",
        ),
        (
            "Lee called the ferry contract ''a scandal,'' accusing the council of hiding its cost.",
            "the ferry contract ''a scandal,''",
            "the council of hiding its cost",
            "accusing",
        ),
    ],
)
def test_a_participle_frame_after_a_comma_inside_the_closing_mark_ends_the_content(
    extract_text, text, first, second, cue
):
    """American style puts the comma inside the closing quotation mark ('"a mess," noting that'): the
    participle after it is still the same speaker's second frame, and the first content ends with the mark."""
    got = _attributed(extract_text(text))
    assert set(got) == {first, second}
    assert got[second].attribution[0].cue.text == cue


def test_a_participle_after_a_quoted_word_in_the_articles_voice_keeps_the_closing_mark(extract_text):
    """'visited the ward "twice," saying ...': the main clause is the article's own and keeps its mark."""
    rec = extract_text('The health minister visited the ward "twice," saying the new beds would arrive in June.')
    assert any(c.text == 'The health minister visited the ward "twice,"' and not c.attribution for c in rec.claims)
    assert _attributed(rec)["the new beds would arrive in June"].attribution[0].cue.text == "saying"


def test_a_while_clause_after_an_ascii_closing_mark_is_split(extract_text):
    """ASCII newswire's two-character closing mark ('stable,'' while') is a closing mark like any other."""
    got = _attributed(extract_text("Lee said the dam was ''stable,'' while the river kept rising near Orvik."))
    assert set(got) == {"the dam was ''stable,''", "the river kept rising near Orvik"}


def test_a_parenthesised_sentence_gives_its_content_without_the_bracket(extract_text):
    """'(Officials said A.)': the bracket closing the sentence is its punctuation, not part of what was said."""
    rec = extract_text(
        "The clinic in Ostrava reopened on Monday. (Officials said the timing of the move was unrelated to the audit.)"
    )
    assert list(_attributed(rec)) == ["the timing of the move was unrelated to the audit"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Still, the engineers said, the dam would hold through the spring.", "the dam would hold through the spring"),
        (
            "But, the harbour master acknowledged, it is unclear how far the new rules reach.",
            "it is unclear how far the new rules reach",
        ),
    ],
)
def test_a_frame_right_after_a_connective_leaves_the_content_after_it(extract_text, text, content):
    """'Still, X said, A': before the frame stands only the writer's connective, so the content is A (a frame
    inside its content proper, 'The bridge, X said, would reopen', keeps the whole sentence)."""
    assert list(_attributed(extract_text(text))) == [content]


def test_a_predicate_coordinated_with_a_denial_of_a_claim_noun_is_still_read(extract_text):
    """'denied the report but promised to answer questions': the denial has nothing of its own to check, and
    the promise coordinated with it is the same speaker's second frame."""
    got = _attributed(extract_text("The coach denied the report but promised to answer questions at the club."))
    assert list(got) == ["to answer questions at the club"]
    assert got["to answer questions at the club"].attribution[0].cue.text == "promised"


def test_a_one_word_content_still_ends_at_the_coordinated_frame(extract_text):
    """'chided Lisbon and praised B': the one-word content ends at the 'and'; B is the second frame's."""
    got = _attributed(extract_text("The party chided Lisbon and praised the new Madrid budget plan."))
    assert list(got) == ["the new Madrid budget plan"]
    assert got["the new Madrid budget plan"].attribution[0].cue.text == "praised"


def test_a_finite_conjunct_in_the_frames_tense_after_a_content_of_another_tense_is_the_frames(extract_text):
    """'said the port is ready and called on B to ...': 'called' (past, like 'said') cannot share the content's
    present 'is', so it is the speaker's second frame whatever the parser hangs it on; the same for a content
    nested one clause deeper ('thought the column made him look good and spiked the story')."""
    got = _attributed(
        extract_text("The mayor said the new port is ready and called on the dock unions to end their strike.")
    )
    assert set(got) == {"the new port is ready", "the dock unions to end their strike"}
    assert got["the dock unions to end their strike"].attribution[0].cue.text == "called on"
    got = _attributed(extract_text("The editor thought the column made the mayor look too good and spiked the story."))
    assert list(got) == ["the column made the mayor look too good"]
    got = _attributed(
        extract_text(
            "The army claimed its drones had hit only fuel depots and called the reports of a school fire a fabrication."
        )
    )
    assert "its drones had hit only fuel depots" in got


def test_a_conjunct_in_the_same_form_as_the_content_stays_in_it(extract_text):
    """'said the port was open and set ...': a past after a past may share the content's subject (the port set
    the fee); after a perfect a past may be a participle sharing its 'had' ('had detected ... and [had]
    scrambled'): nothing decides against the content and it is kept whole."""
    got = _attributed(extract_text("Ortiz said the port was open and set the first fee at 500 euros."))
    assert list(got) == ["the port was open and set the first fee at 500 euros"]
    got = _attributed(
        extract_text("The Latvian navy said it had tracked a tanker near its waters and dispatched two patrol boats.")
    )
    assert list(got) == ["it had tracked a tanker near its waters and dispatched two patrol boats"]


def test_a_participle_the_parse_hangs_on_the_frame_verb_is_no_part_of_the_content(extract_text):
    """'said the budget was balanced, drawing loud jeers from the crowd': the jeers answer the saying, they are
    no part of what was said; the participle is what the article tells of the speaker."""
    rec = extract_text("The mayor said the budget was balanced, drawing loud jeers from the crowd.")
    assert list(_attributed(rec)) == ["the budget was balanced"]
    assert any(c.text == "drawing loud jeers from the crowd" and not c.attribution for c in rec.claims)


def test_a_connective_closing_the_content_is_the_writers(extract_text):
    """'A, however': the sentence's connective at the content's end ties it to the text around, as one at its
    start does."""
    got = _attributed(extract_text("The envoy said the new checkpoint constitutes a breach of the truce, however."))
    assert list(got) == ["the new checkpoint constitutes a breach of the truce"]
