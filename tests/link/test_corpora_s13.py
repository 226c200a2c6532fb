"""Session 13 (issue #12): classes of linking error on corpora written by others, each fixed with our own
sentences (``tests/link/corpora``; invented outlets, people and figures): a day's tally of many acts and the
report of one act; a source named by another article's frame."""

from __future__ import annotations

import pytest
from linkkit import Article, by_member
from probe import HERE, _find, run

from claimgraph.link import link_records
from claimgraph.link.features import act_count


@pytest.fixture(scope="module")
def tally() -> tuple:
    return run(HERE / "tally")


def _cluster(recs, corpus, art: str, piece: str):
    cid = _find(recs, art, piece)
    return next(
        (cl for cl in corpus.claim_clusters if any(m.article == art and m.claim == cid for m in cl.members)), None
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Border guards beat back 17 enemy assaults near the river crossing since dawn", 2),
        ("Rebel units carried out dozens of drone strikes on the airfield", 2),
        ("Eleven attacks were repelled over the past day", 2),
        ("An assault on the hill was beaten back at dawn", 1),
        ("The strike on the depot came shortly after midnight", 1),
        ("A single raid on the port left two cranes damaged", 1),
        # a verb tells no count; nor a bare plural, a year, or the people of a figure
        ("The marines attacked the ridge again", 0),
        ("Strikes killed four people in the district", 0),
        ("the 2024 strikes on the bridge", 0),
        ("Six civilians were hurt in attacks on the market", 0),
    ],
)
def test_the_number_of_acts_a_claim_tells(text, count):
    assert act_count(text) == count


def test_a_days_tally_is_not_the_one_assault(tally):
    # "repelled 14 Russian attacks near X over the past day" and "launched an assault on Y near X on
    # Wednesday ... The attack was repelled": the same front, the same day, the same act family, and an
    # evening piece gives both; the tally of many acts and the one assault are two claims
    recs, corpus = tally
    count = _cluster(recs, corpus, "q1", "repelled 14 Russian attacks")
    one = _cluster(recs, corpus, "q2", "launched an assault on Zvanivka")
    assert count is not None and one is not None and count is not one
    assert _cluster(recs, corpus, "q3", "repelled 14 attacks in the Siversk direction") is count
    assert _cluster(recs, corpus, "q3", "armoured assault on the village of Zvanivka") is one
    assert not count.contradictions and not one.contradictions


def test_as_x_noted_names_the_claims_source(tally):
    # "..., as brigade spokesman X noted" / "..., as the General Staff noted": the frame closing the sentence
    # names the source another article quotes (a person) or the registry knows (a body): one origin each
    recs, corpus = tally
    assert _cluster(recs, corpus, "q1", "repelled 14 Russian attacks").independent_confirmations == 1
    assert _cluster(recs, corpus, "q2", "launched an assault on Zvanivka").independent_confirmations == 1


def test_one_act_and_a_tally_stay_apart_when_both_are_attributed():
    # both claims given by one source at one place on one day, in two articles of one story
    place = (("Mykolaivka", "settlement", "geonames:1", "Donetsk"),)
    day = (("on Monday", "2026-03-02", "day", "on"),)
    a = Article("a", "North Wire", "2026-03-03T08:00+00:00")
    a.add(
        "Defenders repelled 22 Russian assaults near Mykolaivka on Monday, the General Staff said",
        source=("the General Staff", "military"),
        places=place,
        dates=day,
        figures=((22, "item"),),
    )
    b = Article("b", "South Post", "2026-03-03T09:00+00:00")
    b.add(
        "A Russian assault on Mykolaivka was repelled on Monday, the General Staff said",
        source=("the General Staff", "military"),
        places=place,
        dates=day,
    )
    b.add(
        "Defenders repelled 22 Russian assaults near Mykolaivka on Monday, the General Staff said",
        source=("the General Staff", "military"),
        places=place,
        dates=day,
        figures=((22, "item"),),
    )
    corpus = link_records([a.build(), b.build()])
    got = by_member(corpus)
    assert got.get(("a", "c1")) is not None and got.get(("a", "c1")) == got.get(("b", "c2"))
    assert got.get(("b", "c1")) != got.get(("a", "c1"))
