"""Unseen-text classes (#11, session 13): figures in words (compounds and orders of magnitude), a relative
clause on the source of 'According to X, who ...,', the governor and the head of the regional administration
as one source, and a source that names whom it cites in a sentence of its own. Every line is written for
these tests."""

from __future__ import annotations

import pytest

from claimgraph.ground.quantities import quantities_in


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("Forty-seven shells hit the port.", 47, "item", "exact"),
        ("Thirty-one soldiers were captured.", 31, "person", "exact"),
        ("Three hundred residents were moved out.", 300, "person", "exact"),
        ("One hundred and twenty drones were launched.", 120, "drone", "exact"),
        ("A thousand volunteers signed up.", 1000, "person", "exact"),
        ("Half a million people lost heating.", 500_000, "person", "exact"),
        ("nearly four hundred civilians", 400, "person", "approx"),
        ("Two thousand five hundred tonnes of grain burned.", 2500, "tonne", "exact"),
        ("Tens of thousands of people left the valley.", 20_000, "person", "approx"),
        ("Hundreds of thousands of households had no water.", 200_000, "item", "approx"),
        ("Several hundred soldiers crossed the river.", 300, "person", "approx"),
        ("The fund lost millions of dollars.", 2_000_000, "usd", "approx"),
        ("Dozens of drones flew over the bay.", 24, "drone", "approx"),
    ],
)
def test_a_figure_in_words_is_one_figure(text, value, unit, qualifier):
    qs = quantities_in(text, [(0, len(text))])
    assert len(qs) == 1, [(q.text, q.value) for q in qs]
    q = qs[0]
    assert (q.value, q.value_max, q.unit, q.qualifier) == (value, None, unit, qualifier)
    assert not text[q.end : q.end + 1].isalpha()


def test_a_range_of_digits_is_still_a_range():
    text = "Between 40 and 60 drones and 5-7 missiles were fired."
    got = [(q.value, q.value_max) for q in quantities_in(text, [(0, len(text))])]
    assert got == [(40, 60), (5, 7)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "According to Halyna Rudenko, who heads the village council, the shelling lasted four hours.",
            "the shelling lasted four hours",
        ),
        (
            "According to Olena Brovko, who runs the district water company, the spillway was cracked in two places.",
            "the spillway was cracked in two places",
        ),
    ],
)
def test_a_relative_clause_on_the_source_is_not_the_content(extract_text, sentence, content):
    text = f"Dam damaged near Kaniv\n\n{sentence}"
    rec = extract_text(text, published="2026-05-02")
    claim = next(c for c in rec.claims if c.text.endswith(content))
    assert claim.text == content
    src = {s.id: s for s in rec.sources}
    assert src[claim.attribution[0].source].name == sentence.split(",")[0].removeprefix("According to ")


def test_the_governor_and_the_head_of_the_regional_administration_are_one_source(extract_text):
    text = (
        "Drones hit Chernihiv\n\n"
        "Dmytro Savchuk, head of the Chernihiv regional military administration, said four drones were downed. "
        "The governor added that a warehouse had caught fire."
    )
    rec = extract_text(text, published="2026-05-02")
    c1 = next(c for c in rec.claims if "downed" in c.text)
    c2 = next(c for c in rec.claims if "warehouse" in c.text)
    assert c1.attribution[0].source == c2.attribution[0].source
    assert len(rec.sources) == 1


def test_an_occupation_governor_is_not_the_head_of_the_regional_administration(extract_text):
    text = (
        "Shelling in the south\n\n"
        "Governor Taras Hnatiuk said a school was damaged. The Russian-installed governor, Gennady Orlov, said "
        "two buses were burned. The head of the regional military administration later said the fire was out."
    )
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    last = next(c for c in rec.claims if "fire was out" in c.text)
    assert "Hnatiuk" in src[last.attribution[0].source].name


@pytest.mark.parametrize(
    "second",
    ["The channel cited sources in the city police.", "Iskra cited a source at the factory."],
)
def test_a_source_named_in_a_sentence_of_its_own_is_the_next_hop(extract_text, second):
    text = (
        "Blaze at a factory\n\n"
        f"A transformer exploded at a tyre factory in Voronezh on Monday, the Telegram channel Iskra reported. {second}"
    )
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    claim = next(c for c in rec.claims if "transformer" in c.text)
    names = [src[h.source].name for h in claim.attribution]
    assert len(names) == 2 and "Iskra" in names[0] and "source" in names[1], names
    assert not any("cited" in c.text or c.text.startswith(("sources", "a source")) for c in rec.claims)


def test_a_sentence_that_cites_a_reason_is_still_read(extract_text):
    text = (
        "Ferry service halted\n\n"
        "The ferry operator suspended crossings on Monday, the port authority said. The operator cited the storm "
        "damage to the pier."
    )
    rec = extract_text(text, published="2026-05-02")
    claim = next(c for c in rec.claims if "suspended" in c.text)
    assert len(claim.attribution) == 1


def test_a_reproduced_post_is_its_authors_throughout(extract_text):
    text = (
        "Mayor of Chernivtsi: water supply restored (translation)\n\n"
        "Bukovina Desk | Translations\n\n"
        "Below is our full translation of a Facebook post by Roman Klym, the mayor of Chernivtsi. Links have "
        "been removed.\n\n"
        "---\n\n"
        "Water is back in all districts of the city. Crews repaired the main pipe at 03:00.\n\n"
        "We thank the utility workers for their patience.\n\n"
        "---\n\n"
        "Translator's note: the post also showed two photographs of the repair site."
    )
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    for phrase in ("Water is back", "Crews repaired"):
        claim = next(c for c in rec.claims if c.text.startswith(phrase))
        assert [src[h.source].name for h in claim.attribution] == ["Roman Klym"], phrase
        assert claim.stance == "reports"
    note = next(c for c in rec.claims if "photographs" in c.text)
    assert note.attribution == []


def test_a_town_before_a_colon_says_where_not_who(extract_text):
    text = "Kherson: shelling damages a bus depot\n\nShells hit a bus depot in Kherson on Sunday, police said."
    rec = extract_text(text, published="2026-05-02")
    head = next(c for c in rec.claims if c.headline)
    assert head.attribution == []


def test_each_half_of_a_headline_has_its_own_frame(extract_text):
    text = (
        "Drone attack on Mykolaiv shipyard injures two, Kyiv says; Moscow claims warship destroyed\n\n"
        "MYKOLAIV - Two workers were hurt, the regional governor said. Russia's Defence Ministry said its drones "
        "had sunk a corvette."
    )
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    halves = [c for c in rec.claims if c.headline]
    first = next(c for c in halves if "injures two" in c.text)
    second = next(c for c in halves if "warship destroyed" in c.text)
    assert second.text == "warship destroyed" and second.stance == "distances"
    assert "Defence Ministry" in src[second.attribution[0].source].name
    assert first.attribution and "Kyiv" in src[first.attribution[0].source].name


def test_making_material_public_and_saying_more_are_two_claims(extract_text):
    text = (
        "Clip released\n\n"
        "The 40th Marine Brigade said on Sunday that it had crossed the river. The brigade published a short video which it said showed the crossing, and said eleven soldiers had been "
        "captured."
    )
    rec = extract_text(text, published="2026-05-02")
    own = next(c for c in rec.claims if c.text.startswith("The brigade published"))
    assert own.attribution == []
    captured = next(c for c in rec.claims if "captured" in c.text)
    assert captured.text == "eleven soldiers had been captured" and captured.attribution


@pytest.mark.parametrize("conj", ["while", "but"])
def test_a_second_frame_after_a_trailing_frame(extract_text, conj):
    text = (
        "Strike on a depot\n\n"
        f"Three warehouses burned after a strike on the depot, the district head said, {conj} the army said "
        "the depot had stored only fuel."
    )
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    claim = next(c for c in rec.claims if "stored only fuel" in c.text)
    assert claim.text == "the depot had stored only fuel"
    assert src[claim.attribution[0].source].name == "the army"


def test_what_witnesses_saw_is_theirs(extract_text):
    text = "Convoy hit\n\nResidents saw four burning lorries on the road to the ferry."
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    claim = next(c for c in rec.claims if "lorries" in c.text)
    assert claim.text == "four burning lorries on the road to the ferry"
    assert src[claim.attribution[0].source].name == "Residents"


def test_an_indefinite_governor_is_the_one_whose_region_its_sentence_names(extract_text):
    text = (
        "Night of strikes\n\n"
        "Drones hit a grain store in the Vinnytsia region overnight, the air force said, while a regional "
        "governor said one guard was injured.\n\n"
        "Vinnytsia Governor Petro Moroz said the fire was out by morning. Kursk Governor Viktor Lebedev said "
        "debris fell on a village across the border."
    )
    rec = extract_text(text, published="2026-05-02")
    src = {s.id: s for s in rec.sources}
    claim = next(c for c in rec.claims if "guard" in c.text)
    assert "Moroz" in src[claim.attribution[0].source].name


@pytest.mark.parametrize(
    ("rating", "stance", "verification"), [("FALSE", "disputes", "disputed"), ("TRUE", "asserts", "confirmed")]
)
def test_a_fact_checks_rating_decides_the_claim_under_check(extract_text, rating, stance, verification):
    text = (
        "FACT CHECK: Did a dam burst near Nova Kakhovka in May?\n\n"
        "Claim: A video posted on TikTok shows a dam bursting near Nova Kakhovka in May.\n\n"
        f"Verdict: {rating}. The clip was filmed in another country.\n\n"
        "Our reporters traced the clip to a channel that posted it in 2021."
    )
    rec = extract_text(text, published="2026-06-02")
    claim = next(c for c in rec.claims if "dam bursting" in c.text)
    assert claim.text.startswith("A video posted on TikTok")
    assert (claim.stance, claim.verification) == (stance, verification)


def test_lists_of_sources_tags_and_links_are_furniture(extract_text):
    text = (
        "Ferry resumes on the Dnipro\n\n"
        "The ferry between the two banks resumed on Monday, the operator said.\n\n"
        "READ MORE:\n\n"
        "- Bridge repairs delayed by the floods\n\n"
        "- Grain exports fall for a third month\n\n"
        "Sources: river port authority; regional administration; our correspondent.\n\n"
        "Tags: ferry, Dnipro, transport"
    )
    rec = extract_text(text, published="2026-06-02")
    assert [c.text for c in rec.claims if not c.headline] == ["The ferry between the two banks resumed on Monday"]


def test_a_formula_of_feeling_is_no_claim(extract_text):
    text = (
        "Funeral in Lutsk\n\n"
        "Three firefighters died in the blaze, the mayor said. My condolences to their families. Special thanks "
        "to the crews who worked through the night."
    )
    rec = extract_text(text, published="2026-06-02")
    assert not any("condolences" in c.text or "thanks" in c.text for c in rec.claims)
    assert any("firefighters" in c.text for c in rec.claims)


def test_no_evidence_to_support_a_claim_disputes_it(extract_text):
    text = (
        "Claims over a dam\n\n"
        "The army said its engineers had mined the dam. Our team found no evidence to support that claim in the "
        "photos the army released."
    )
    rec = extract_text(text, published="2026-06-02")
    claim = next(c for c in rec.claims if "mined the dam" in c.text)
    assert claim.verification == "disputed"
    assert any("no evidence to support" in h.text for c in rec.claims for h in c.hedges)


def test_a_source_that_confirms_makes_the_claim_confirmed(extract_text):
    text = "Photo traced\n\nThe photographer confirmed to reporters that he took the picture in Uzhhorod."
    rec = extract_text(text, published="2026-06-02")
    claim = next(c for c in rec.claims if "took the picture" in c.text)
    assert claim.verification == "confirmed"


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Bloggers shared the clip as supposed proof that the bridge had fallen.", "supposed"),
        ("Four people were hurt, officials said. The data are preliminary.", "The data are preliminary"),
    ],
)
def test_more_hedges(extract_text, sentence, hedge):
    rec = extract_text(f"Night in Rivne\n\n{sentence}", published="2026-06-02")
    assert any(h.text == hedge for c in rec.claims for h in c.hedges)


def test_supposed_to_is_no_hedge(extract_text):
    rec = extract_text("Night in Rivne\n\nThe convoy was supposed to leave at dawn.", published="2026-06-02")
    assert not any(h.text == "supposed" for c in rec.claims for h in c.hedges)


def test_two_days_named_together_are_a_range():
    from datetime import date

    from claimgraph.ground.dates import find_dates

    text = "The council declared 9 and 10 March days of mourning."
    got = [(d.value, d.end_value, d.granularity) for d in find_dates(text, published=date(2026, 3, 8))]
    assert got == [("2026-03-09", "2026-03-10", "range")]
