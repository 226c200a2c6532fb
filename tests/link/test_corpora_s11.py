"""Session 11 (issue #12): hand-written corpora of styles not covered before (``tests/link/corpora``;
invented outlets, people and figures): two outlets with other tolls for one strike, a fact-check of a
claim, a day's roundup; who confirms a claim and which figures contradict each other."""

from __future__ import annotations

import pytest
from probe import HERE, _find, run


@pytest.fixture(scope="module")
def tolls() -> tuple:
    return run(HERE / "tolls")


@pytest.fixture(scope="module")
def factcheck() -> tuple:
    return run(HERE / "factcheck")


def _cluster(recs, corpus, art: str, piece: str):
    cid = _find(recs, art, piece)
    return next(cl for cl in corpus.claim_clusters if any(m.article == art and m.claim == cid for m in cl.members))


def test_a_figure_of_another_event_in_the_article_is_no_slip(tolls):
    # "23 wounded when a missile hit a mall in Kremenchuk on Tuesday night" and, in the same article,
    # "in a separate attack ... a drone hit a grain silo in Lubny, injuring two workers": two events,
    # not a digit dropped
    recs, corpus = tolls
    silo = _cluster(recs, corpus, "o3", "hit a grain silo in the town of Lubny")
    mall = _cluster(recs, corpus, "o1", "struck a shopping centre in Kremenchuk")
    assert not silo.contradictions
    assert [x["kind"] for x in mall.contradictions] == ["another_figure"]


def test_one_role_in_the_same_words_is_one_origin(tolls):
    # "the regional administration said" in two articles on one silo in one town: one body
    recs, corpus = tolls
    assert _cluster(recs, corpus, "o3", "hit a grain silo in the town of Lubny").independent_confirmations == 1


def test_a_fact_check_that_calls_a_claim_false_confirms_nothing(factcheck):
    # "Claims that Ukrainian troops blew up a dam near X are false" and "Satellite images ... show the dam
    # near X intact": the fact-check's verdict, not a second origin of the claim
    recs, corpus = factcheck
    dam = _cluster(recs, corpus, "f1", "blew up a dam on the Uda river")
    assert dam.independent_confirmations == 1
    assert "denial" in {x["kind"] for x in dam.contradictions}
