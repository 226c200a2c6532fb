"""Attribution classes of session 9, each pinned with sentences written for these tests (invented names,
places and bodies): a personal pronoun that names no person before it is still the speaker ('He told
reporters that ...' opening a text); the chain keeps it as a source of its own, recorded where it stands."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "pronoun", "content"),
    [
        ("He told reporters that the factory would close next year.", "He", "the factory would close next year"),
        (
            "She said the ferry to the islands would run twice a week.",
            "She",
            "the ferry to the islands would run twice a week",
        ),
        (
            "The bridge was shut for repairs. He said the work would take a month.",
            "He",
            "the work would take a month",
        ),
    ],
)
def test_an_unresolved_pronoun_is_still_the_speaker(extract_text, text, pronoun, content):
    rec = extract_text(text)
    claim = next(c for c in rec.claims if c.text == content)
    assert claim.attribution, "the claim keeps its frame"
    src = next(s for s in rec.sources if s.id == claim.attribution[0].source)
    assert any(m.text == pronoun for m in src.mentions)
