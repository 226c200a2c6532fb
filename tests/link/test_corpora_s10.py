"""Session 10 (issue #12): cluster recall on hand-written corpora (``tests/link/corpora``; invented
outlets, people and figures): the same event told in other words, with its place named at another level
("in Korosten" / "in the Zhytomyr region"), must be one claim; look-alike events stay apart."""

from __future__ import annotations

import pytest
from probe import HERE, _find, run

from claimgraph import extract
from claimgraph.link.features import event_sig


@pytest.fixture(scope="module")
def paraphrase() -> tuple:
    return run(HERE / "paraphrase")


def _cluster_of(recs, corpus, art: str, piece: str) -> str | None:
    cid = _find(recs, art, piece)
    for cl in corpus.claim_clusters:
        if any(m.article == art and m.claim == cid for m in cl.members):
            return cl.id
    return None


def test_a_strike_told_by_its_town_and_by_its_region_is_one_claim(paraphrase):
    # "in the city of Korosten in Ukraine's Zhytomyr region" / "missile hits warehouse in Zhytomyr region"
    # / "attack on a depot in the Zhytomyr region": the region is the town's, not the city of Zhytomyr
    recs, corpus = paraphrase
    got = {
        _cluster_of(recs, corpus, art, piece)
        for art, piece in [
            ("p1", "struck a logistics warehouse"),
            ("p2", "Three dead after missile"),
            ("p2", "Three people were killed"),
            ("p5", "Around a dozen people were injured"),
        ]
    }
    assert len(got) == 1 and None not in got


def test_a_strike_on_another_town_of_the_region_stays_apart(paraphrase):
    recs, corpus = paraphrase
    assert _cluster_of(recs, corpus, "p4", "drone hit a private house") != _cluster_of(
        recs, corpus, "p1", "struck a logistics warehouse"
    )


def test_a_region_named_after_its_capital_is_the_region(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Drones hit a depot in the Vinnytsia region and a school in the Khmelnytskyi region overnight.\n")
    (rec,) = list(extract([str(path)]))
    assert [p.feature for p in rec.places] == ["admin1", "admin1"]


def test_a_place_named_after_a_claim_in_its_paragraph_is_the_next_sentences(tmp_path):
    # "... shot down 40 drones. Four of the missiles were launched from Russia's Tambov region."
    path = tmp_path / "r.txt"
    path.write_text(
        "Air defences shot down 40 drones and three missiles, the air force said. "
        "Four of the missiles were launched from Russia's Bryansk region.\n"
    )
    (rec,) = list(extract([str(path)]))
    claim = next(c for c in rec.claims if "shot down" in c.text)
    sig = event_sig(rec, claim)
    assert not sig.regions and not sig.settlements
