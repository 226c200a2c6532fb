"""Page chrome that reaches us as plain text (#11 class 5): recognised by layout and wording, kept in the text
with its offsets, left out of the claims (articles written for these tests)."""

from __future__ import annotations

import pytest

BODY = "Russian drones hit a power station in Chernihiv overnight, the regional governor said."


def _claim_texts(rec):
    return [c.text for c in rec.claims]


@pytest.mark.parametrize(
    "chrome",
    [
        "UPDATED AT 15:50",
        "Updated 09:12",
        "Others are reading now",
        "Also read: Ten years of war in the east",
        "Become a member and support independent journalism from the front line.",
        "Subscribe to our newsletter for the morning briefing.",
        "Photo: Rescue workers at the site in Chernihiv. (Photo: Ivan Moroz/Reuters)",
        "Ivan Moroz/AFP",
        "By Hanna Levchenko | Northern Courier | 12 April 2025",
        "Hanna Levchenko \u00b7 12 April 2025",
        "12 April 2025",
        "4 min read",
        "Share: Facebook | X | Telegram",
        "#Chernihiv #Energy #Drones",
        "CHERNIHIV, April 12, 2025",
        "FEATURE",
        "How we checked the footage",
    ],
)
def test_chrome_lines_are_no_claims(extract_text, chrome):
    text = f"Drones hit Chernihiv power station\n\n{chrome}\n\n{BODY}"
    rec = extract_text(text)
    at = text.index(chrome)
    assert not any(c.start < at + len(chrome) and c.end > at for c in rec.claims), _claim_texts(rec)
    assert any("power station" in c.text for c in rec.claims)
    assert rec.article.text == text  # the text and its offsets are untouched


def test_an_ai_summary_box_is_no_claim(extract_text):
    text = (
        "Drones hit Chernihiv power station\n\nAI generated summary\n\n"
        "- Drones struck a power station in the north.\n- Power was cut to 20,000 homes.\n\n" + BODY
    )
    rec = extract_text(text)
    assert not any("20,000 homes" in c.text for c in rec.claims)
    assert any("power station in Chernihiv" in c.text for c in rec.claims)


def test_an_author_bio_at_the_end_is_no_claim(extract_text):
    text = (
        f"Drones hit Chernihiv power station\n\n{BODY}\n\n"
        "Hanna Levchenko is a senior correspondent covering the war in northern Ukraine."
    )
    rec = extract_text(text)
    assert not any("senior correspondent" in c.text for c in rec.claims)


def test_a_live_blog_timestamp_is_no_claim(extract_text):
    text = "Live: strikes on the north\n\n10:42\n\n" + BODY
    rec = extract_text(text, published="2025-11-04T18:00+02:00")
    assert not any(c.text.strip() == "10:42" for c in rec.claims)
    assert any("power station" in c.text for c in rec.claims)


def test_a_headline_with_a_field_row_that_has_a_verb_stays_a_claim(extract_text):
    text = "NORTH | Drones hit Chernihiv power station\n\n" + BODY
    rec = extract_text(text)
    assert any("Drones hit Chernihiv power station" in c.text for c in rec.claims)


def test_the_masthead_under_the_headline_is_no_claim(extract_text):
    rec = extract_text(
        "Ferry service resumes on the river\n\nDnipro Valley Courier\nBy Ivan Ostapenko\n\n"
        "The ferry between the two banks ran again on Monday, the port said.",
        outlet="Dnipro Valley Courier",
    )
    assert [c.text for c in rec.claims][1:] == ["The ferry between the two banks ran again on Monday"]
    # known by its shape, without the outlet's name in the metadata
    rec = extract_text(
        "Ferry service resumes on the river\n\nRiver Town Herald\nBy Ivan Ostapenko\n\n"
        "The ferry between the two banks ran again on Monday, the port said.",
        outlet=None,
    )
    assert not any(c.text == "River Town Herald" for c in rec.claims)


def test_a_slogan_sign_off_is_no_claim(extract_text):
    rec = extract_text("Night report\n\nOur unit held the bridge overnight.\n\nGlory to the defenders!")
    assert not any("Glory" in c.text for c in rec.claims)


def test_the_casualties_of_an_attack_stay_in_its_claim(extract_text):
    rec = extract_text(
        "Strike\n\nA missile hit a depot in the port on Friday, killing two guards and wounding five, the mayor said."
    )
    assert [c.text for c in rec.claims if "depot" in c.text or "killing" in c.text] == [
        "A missile hit a depot in the port on Friday, killing two guards and wounding five"
    ]
