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


def test_two_relays_of_one_release_are_no_rewrite_of_each_other():
    # "Two radar antennas and a command vehicle were disabled, the directorate said" and "The strike
    # disabled two radar antennas and a command vehicle, the agency said": the release's words, each
    # relay's own; nothing else of the earlier article's wording is in the later one
    _recs, corpus = run(HERE / "alias")
    assert [(d.article, d.derived_from) for d in corpus.derivations] == []


def test_a_rewrite_that_keeps_the_earlier_own_lines_is_still_one():
    # the translation-style rewrite keeps the governor's quotes and the wire's own background line
    # ("Huliaipole lies about 10 km from the front line" / "is located approximately 10 km from the line of
    # contact"): a rewrite
    _recs, corpus = run(HERE / "translated")
    assert [(d.article, d.derived_from, d.kind) for d in corpus.derivations] == [("x2", "x1", "rewrite")]


def test_a_post_whose_source_is_named_in_the_next_sentence_adds_no_origin():
    # "3 dead, 11 wounded. Two people were rescued from the rubble, said the head of the regional military
    # administration, X": the toll is X's, whom the wire and the rewrite quote too, not the channel's
    recs, corpus = run(HERE / "paraphrase")
    strike = _cluster(recs, corpus, "p1", "struck a logistics warehouse")
    assert strike.independent_confirmations == 1


def test_an_own_line_in_a_paragraph_of_its_own_stays_the_outlets():
    from linkkit import Article

    from claimgraph.link.clusters import origin_of

    def post(one_paragraph: bool):
        a = Article("w1", outlet="Coast Wire")
        a.add("Two boats sank in the harbour of Ochakiv.")
        a.add(
            "Rescuers searched the water all night, said governor Ilya Varenko.",
            source=("Ilya Varenko", "state_official"),
        )
        rec = a.build()
        if one_paragraph:  # (the same offsets: the paragraph break becomes two spaces)
            rec.article.text = rec.article.text.replace("\n\n", "  ", 1)
        rec.sources[0].canonical_id = "person:ilya-varenko"
        return origin_of(rec, rec.claims[0], {"w1": "source:coast-wire"})

    assert post(one_paragraph=False) == "source:coast-wire"
    assert post(one_paragraph=True) == "person:ilya-varenko"


def test_a_fact_checks_headline_joins_the_claim_it_answers(factcheck):
    # "Fact check: No, Ukraine did not blow up a dam near X" answers "Ukrainian troops blew up a dam on the
    # Uda river near the village of X"
    recs, corpus = factcheck
    dam = _cluster(recs, corpus, "f1", "blew up a dam on the Uda river")
    assert _cluster(recs, corpus, "f3", "No, Ukraine did not blow up").id == dam.id


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sappers blew up the bridge near Kozacha", "the bridge near Kozacha was destroyed"),
        ("the rail bridge was blown up", "the rail bridge was destroyed"),
        ("Ukraine shot down the jet", "Ukrainian air defence shot down the jet"),
    ],
)
def test_one_act_or_actor_in_other_words_is_one_word(one, other):
    from claimgraph.link.features import content

    a, b = content(one), content(other)
    assert a <= b or b <= a


def test_a_roundups_own_line_repeating_a_sourced_figure_adds_no_origin():
    # "A drone attack on an energy facility in X cut power to 12,000 households" in a day's roundup, after
    # "... leaving 12,000 homes without power, the regional energy company said": one origin
    recs, corpus = run(HERE / "roundup")
    outage = _cluster(recs, corpus, "r3", "leaving 12,000 homes")
    assert _cluster(recs, corpus, "r4", "cut power to 12,000 households").id == outage.id
    assert outage.independent_confirmations == 1
