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
