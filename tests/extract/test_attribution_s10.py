"""Attribution classes of session 10, each pinned with sentences written for these tests (invented names,
places and bodies).

- Who a 'he'/'she' names: a person named as the subject of what a cited speaker says ('She says Hale
  represents the old system') is not put forward by the text, so the next 'She adds ...' is still the
  speaker; and a pronoun whose likely antecedent is barred (called by the other pronoun) still speaks, as
  a source of its own recorded where it stands, never a dropped chain.
- A verb of asking, demanding or wondering next to a quotation names its speaker ('"Will you sign it?" she
  asks', '"Where is the money?" he demanded'), as a speech verb does.
- A name taken up again as a pronoun's antecedent inside the phrase already recorded ('Farm union
  spokesman Kevin Doyle ... he') is that mention, not a second, shorter one inside it."""

from __future__ import annotations

import pytest


def _chain(rec, content):
    claim = next(c for c in rec.claims if c.text == content)
    assert claim.attribution, f"{content!r} keeps its frame"
    return next(s for s in rec.sources if s.id == claim.attribution[0].source)


def test_a_subject_inside_reported_speech_does_not_take_over_the_pronoun(extract_text):
    rec = extract_text(
        "Clara Voss spoke in Leeds. She says Martin Hale represents the old system. She adds that he must go."
    )
    assert _chain(rec, "he must go").name == "Clara Voss"


def test_the_pronoun_then_names_the_person_the_text_puts_forward(extract_text):
    rec = extract_text(
        "Clara Voss spoke in Leeds. She says Martin Hale represents the old system. She adds that he must go. "
        "Hale made the pledge at a rally on Monday. He said the city has become less safe."
    )
    src = _chain(rec, "the city has become less safe")
    assert src.name == "Martin Hale"
    assert any(m.text == "He" for m in src.mentions), "the pronoun is recorded where it stands"


def test_a_pronoun_is_never_given_to_a_person_called_by_the_other_pronoun(extract_text):
    rec = extract_text(
        "Rosa Grant toured the mill in Hull. She says Peter Lund misled the board. "
        "She adds that the board must act. He said the council has become more cautious."
    )
    src = _chain(rec, "the council has become more cautious")
    assert not any(m.text == "She" for m in src.mentions)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Tom Reed spoke in Hull on Monday. “Governor, will you pledge to keep the mine open?” he asks.",
            "Tom Reed",
        ),
        (
            "The senator spoke in Leeds. “Why is the clinic still closed after three months?” Ruth Ames demanded.",
            "Ruth Ames",
        ),
        ("“Who will pay for the new ferry?” the harbour master wondered aloud.", "the harbour master"),
    ],
)
def test_a_verb_that_carries_direct_speech_names_the_speaker(extract_text, text, speaker):
    rec = extract_text(text)
    q = next(q for q in rec.quotes if q.text.endswith("?"))
    assert q.speaker, "the quoted question has its speaker"
    src = next(s for s in rec.sources if s.id == q.speaker)
    assert speaker in src.name or any(speaker == m.text for m in src.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Farm union spokesman Kevin Doyle told the Daily Post that the harvest was late. "
        "However, he could not say when it would end.",
        "Danish Prime Minister Lars Holm told reporters that the talks would resume. He said they would last a week.",
    ],
)
def test_a_name_taken_up_again_is_not_a_second_mention_inside_the_first(extract_text, text):
    rec = extract_text(text)
    src = next(s for s in rec.sources if any(m.start == 0 for m in s.mentions))
    full = next(m for m in src.mentions if m.start == 0)
    nested = [m for m in src.mentions if m is not full and full.start <= m.start and m.end <= full.end]
    assert not nested, "one mention where the phrase stands"
    assert any(m.text.lower() == "he" for m in src.mentions), "the pronoun is still recorded where it stands"
