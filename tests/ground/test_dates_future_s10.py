"""A weekday or a month without a year in a clause about what is to come resolves forward (#11):
future-in-the-past in reported speech ("said the school would reopen on Monday"), plans and preparations
("is preparing an offensive in March"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.ground.dates import find_dates

# a Wednesday
PUB = date(2025, 10, 22)


@pytest.mark.parametrize(
    "text,value",
    [
        # reported speech: "would" is the future of the time of speaking
        ("The mayor said the school would reopen on Monday.", "2025-10-27"),
        ("Officials said the ferry would resume on Friday.", "2025-10-24"),
        # plans and preparations for a month to come
        ("Analysts fear the army is preparing a new push in December.", "2025-12"),
        ("The ministry intends to open the corridor in November.", "2025-11"),
        ("Engineers will finish the repairs in January.", "2026-01"),
        # the past stays past
        ("The school reopened on Monday.", "2025-10-20"),
        ("The push began in September.", "2025-09"),
        ("The mayor said on Monday that the school had reopened.", "2025-10-20"),
    ],
)
def test_the_coming_weekday_or_month(text, value):
    [d] = find_dates(text, published=PUB)
    assert d.value == value


@pytest.mark.parametrize(
    "text,value",
    [
        # a comma ends the future clause: the speaking happened on Monday
        ("The strikes would continue, he said on Monday.", "2025-10-20"),
        # a month just past stays past even after a future verb
        ("It would take months to rebuild the bridge hit in September.", "2025-09"),
    ],
)
def test_the_past_after_a_future_word_stays_past(text, value):
    [d] = find_dates(text, published=PUB)
    assert d.value == value
