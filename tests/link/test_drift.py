"""Drift a desk can act on: grouped, one change per entry, the relation named as found."""

from __future__ import annotations

from linkkit import Article

from claimgraph.link import link_records
from claimgraph.link.drift import drift


def _original():
    a = Article("orig", "Poltava Today", "2025-06-06")
    a.add(
        "Drones reportedly struck the Sokolyne grain silo on Friday, the governor said.",
        source=("regional governor Olena Marchuk", "state_official"),
        hedges=("reportedly",),
        verification="unverified",
    )
    a.add(
        "Video of the fire could not be verified, and the damage reportedly spread to a warehouse.",
        hedges=("could not be verified",),
        verification="unverified",
    )
    a.add(
        "Firefighters saved 12 tonnes of grain, the emergency service said.",
        source=("the State Emergency Service", "government_body"),
        figures=((12, "tonne"),),
    )
    a.add("The silo had stood empty since March, the owner said.", source=("the owner", "other"))
    return a.build()


def _rewrite():
    b = Article("rw", "Fast Feed", "2025-06-07")
    b.add("Drones destroyed the Sokolyne grain silo on Friday.")
    b.add("Video of the fire shows the damage spread to a warehouse.")
    b.add(
        "Firefighters saved 15 tonnes of grain, people familiar with the rescue said.",
        source=("people familiar with the rescue", "unnamed"),
        figures=((15, "tonne"),),
    )
    b.add("Officials have promised compensation to farmers who stored grain there.")
    return b.build()


def test_drift_groups_each_change_once_and_names_the_relation():
    orig, rw = _original(), _rewrite()
    corpus = link_records([orig, rw])
    [rep] = corpus.drift
    assert rep["relation"] in ("rewrite", "copy") and rep["article"] == "rw"
    types = [ch["type"] for ch in rep["changes"]]
    assert types.count("verification_dropped") == 1  # one statement, not one per claim
    assert "hedge_dropped" in types and "attribution_removed" in types
    assert "figure_changed" in types and "claim_added" in types and "claim_dropped" in types
    groups = [ch["group"] for ch in rep["changes"]]
    assert groups == sorted(
        groups, key=["verification", "hedges", "attribution", "claims", "figures", "quotes", "verbs"].index
    )
    assert all(ch["line"] for ch in rep["changes"])


def test_a_verb_told_more_strongly_is_flagged():
    rep = drift(_original(), _rewrite(), relation=None)
    [ch] = [c for c in rep["changes"] if c["type"] == "verb_escalated"]
    assert (ch["was"], ch["now"]) == ("struck", "destroyed")


def test_a_new_vague_source_is_named_as_such():
    rep = drift(_original(), _rewrite(), relation=None)
    assert any(c["type"] == "vague_source_added" and "familiar with" in c["line"] for c in rep["changes"])


def test_a_figure_that_gains_a_source_is_reported():
    a = Article("a", "Poltava Today", "2025-06-06")
    a.add("Shelling damaged 40 homes in Sokolyne on Friday.", figures=((40, "item"),))
    b = Article("b", "Fast Feed", "2025-06-07")
    b.add(
        "Shelling damaged 40 homes in Sokolyne on Friday, the mayor Petro Hlushko said.",
        source=("the mayor Petro Hlushko", "state_official"),
        figures=((40, "item"),),
    )
    rep = drift(a.build(), b.build(), relation=None)
    assert [c["type"] for c in rep["changes"]] == ["figure_sourced"]


def test_a_pair_without_a_derivation_is_called_independent():
    rep = drift(_original(), _rewrite(), relation=None)
    assert rep["relation"] == "independent"


def test_drift_text_is_grouped_and_wrapped_not_cut():
    from claimgraph.render import drift_text

    rep = drift(_original(), _rewrite(), relation=None)
    text = drift_text(rep, width=60)
    lines = text.splitlines()
    assert lines[0].startswith("rw and orig: independent reports")
    assert all(len(line) <= 60 for line in lines)
    assert "Hedges (" in text and "Verbs (1)" in text
    # nothing cut: every word of every change line is in the text
    flat = " ".join(text.split())
    assert all(" ".join(ch["line"].split()) in flat for ch in rep["changes"])


def test_a_dropped_could_not_be_verified_is_a_verification_change_not_a_hedge():
    a = Article("a", "River Post", "2025-08-01")
    a.add(
        "The footage of the bridge collapse could not be independently verified",
        hedges=("could not be independently verified",),
    )
    b = Article("b", "Quick Wire", "2025-08-02")
    b.add("The footage of the bridge collapse shows the span in the water")
    rep = drift(a.build(), b.build(), relation=None)
    [ch] = [c for c in rep["changes"] if c["group"] in ("verification", "hedges")]
    assert ch["type"] == "verification_dropped" and ch["group"] == "verification"
    assert "could not be independently verified" in ch["line"]


def test_a_named_source_replaced_by_a_vague_one_says_so_in_its_line():
    a = Article("a", "River Post", "2025-08-01")
    a.add(
        "The bridge was hit by two missiles, the mayor Ivan Koval said",
        source=("the mayor Ivan Koval", "state_official"),
    )
    b = Article("b", "Quick Wire", "2025-08-02")
    b.add(
        "The bridge was hit by two missiles, sources close to the city council said",
        source=("sources close to the city council", "unnamed"),
    )
    rep = drift(a.build(), b.build(), relation=None)
    [ch] = [c for c in rep["changes"] if c["group"] == "attribution"]
    assert ch["type"] == "vague_source_added"
    assert ch["line"].startswith("new vague source: sources close to the city council (was the mayor Ivan Koval)")
