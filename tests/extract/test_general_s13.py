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
