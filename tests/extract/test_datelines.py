"""A dateline with a date (and a region, and an agency) is cut from the first claim, and still dated."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "dateline",
    [
        "LVIV, April 7 (Northern Wire) - ",
        "LVIV, Ukraine, April 7 (Northern Wire) - ",
        "LVIV, April 7 - ",
        "LVIV, 7 April \u2014 ",
    ],
)
def test_a_dated_dateline_is_not_part_of_the_first_claim(extract_text, dateline):
    rec = extract_text(
        "Depot burns after night attack\n\n"
        f"{dateline}Drones hit a fuel depot in Stryi overnight, starting a fire that burned until noon, "
        "the regional governor said.",
        published="2026-04-07",
    )
    first = next(c for c in rec.claims if "fuel depot" in c.text)
    assert "LVIV" not in first.text and "April" not in first.text
    assert first.text.startswith("Drones hit a fuel depot")
    assert any(d.text.startswith(("April 7", "7 April")) and d.value == "2026-04-07" for d in rec.dates)
    assert all("LVIV" not in s.name for s in rec.sources)


def test_a_capitalised_sentence_start_is_no_dateline(extract_text):
    rec = extract_text("NATO allies met in Brussels on Monday - and agreed to send more air defence, officials said.")
    assert any(c.text.startswith("NATO allies met") for c in rec.claims)
