"""Session 13 (issue #12): classes of linking error on corpora written by others, each fixed with our own
sentences (``tests/link/corpora``; invented outlets, people and figures): a day's tally of many acts and the
report of one act; a source named by another article's frame."""

from __future__ import annotations

import pytest
from linkkit import Article, by_member
from probe import HERE, _find, run

from claimgraph.link import link_records
from claimgraph.link.features import act_count, acts, content


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


def test_a_governor_and_the_administration_he_heads_are_one_origin():
    # the wire's "regional governor X" and the local paper's "the Kherson regional administration", and a
    # channel whose post closes with "X, head of the regional military administration, informed.": one origin
    recs, corpus = run(HERE / "underfire")
    shelling = _cluster(recs, corpus, "h1", "shelled the village of Bilozerka")
    assert shelling is not None and shelling.independent_confirmations == 1


def _mayor_story(second_office: str) -> list:
    place = (("Pervomaiske", "settlement", "geonames:2", "Mykolaiv"),)
    day = (("on Saturday", "2026-05-09", "day", "on"),)
    a = Article("a", "Coastal Herald", "2026-05-10T07:00+00:00")
    a.add(
        "A drone hit a bakery in Pervomaiske on Saturday, injuring 4 workers, mayor Oksana Lutsiv said",
        source=("mayor Oksana Lutsiv", "state_official"),
        places=place,
        dates=day,
        figures=((4, "person"),),
    )
    b = Article("b", "River Gazette", "2026-05-10T09:00+00:00")
    b.add(
        f"A drone hit a bakery in Pervomaiske on Saturday, injuring 4 workers, {second_office} said",
        source=(second_office, "state_official"),
        places=place,
        dates=day,
        figures=((4, "person"),),
    )
    return [a.build(), b.build()]


def test_a_city_council_and_its_mayor_are_one_origin():
    corpus = link_records(_mayor_story("the Pervomaiske city council"))
    (cl,) = [c for c in corpus.claim_clusters if len(c.members) == 2]
    assert cl.independent_confirmations == 1


def test_a_body_no_one_of_the_cluster_heads_is_its_own_origin():
    # the regional administration is no office the mayor holds: two origins
    corpus = link_records(_mayor_story("the Mykolaiv regional administration"))
    (cl,) = [c for c in corpus.claim_clusters if len(c.members) == 2]
    assert cl.independent_confirmations == 2


def test_a_post_naming_its_source_in_a_closing_line_is_that_sources():
    # "... 5 people were injured. Yurii Mazur, head of the district administration, reported." in a channel's
    # post: the toll is Mazur's, whom a wire quotes by name, not the channel's
    place = (("Bilhorod-Dnistrovskyi", "settlement", "geonames:3", "Odesa"),)
    a = Article("a", "Wire South", "2026-08-01T08:00+00:00")
    a.add(
        "A missile struck a warehouse in Bilhorod-Dnistrovskyi overnight, injuring 5 people, Yurii Mazur said",
        source=("district chief Yurii Mazur", "state_official"),
        places=place,
        figures=((5, "person"),),
    )
    b = Article("b", "Dniester Channel", "2026-08-01T06:30+00:00")
    b.add(
        "A missile struck a warehouse in Bilhorod-Dnistrovskyi overnight, 5 people were injured.",
        places=place,
        figures=((5, "person"),),
    )
    b.rec.claims[-1].sentence = {"start": b.rec.claims[-1].start, "end": b.rec.claims[-1].end + 1}
    b.rec.article.text = b.text = b.text.rstrip("\n") + " Yurii Mazur, head of the district administration, reported.\n"
    corpus = link_records([a.build(), b.build()])
    (cl,) = [c for c in corpus.claim_clusters if len(c.members) == 2]
    assert cl.independent_confirmations == 1


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Marines are holding their positions on the island despite heavy shelling", True),
        ("The garrison still holds the fortress", True),
        ("Our units continue to hold the line east of the river", True),
        ("The crossing remains under Ukrainian control", True),
        ("The ceasefire talks were held in Vienna", False),
        ("Police held a suspect overnight", False),
    ],
)
def test_a_place_held_is_one_act_in_many_words(text, held):
    assert ("hold" in acts(content(text))) is held


def test_holding_positions_against_captured_is_one_claim_contradicted():
    # "Russian forces have captured the village of X" against "Ukrainian troops are holding their positions in
    # X": one claim, who holds the village, and an outcome contradiction; a wire's headline that tells no act
    # ("Conflicting claims over ... village") keeps neither of its body claims out
    recs, corpus = run(HERE / "holding")
    fate = _cluster(recs, corpus, "m1", "have captured the village of Kalynove")
    assert fate is not None
    for art, piece in [
        ("m2", "holding their positions in Kalynove"),
        ("m3", "taken control of Kalynove"),
        ("m3", "continued to hold the line"),
    ]:
        assert _cluster(recs, corpus, art, piece) is fate
    assert "outcome" in {x["kind"] for x in fate.contradictions}
