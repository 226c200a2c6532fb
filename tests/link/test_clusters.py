"""Claim clusters hold one event each; origins are counted by identity, copies once."""

from __future__ import annotations

from linkkit import Article, by_member

from claimgraph.link import link_records

DEPOT = ("Sokolyne", "settlement", "test:UA:sokolyne", "Poltava")
TERMINAL = ("Bereg", "settlement", "test:UA:bereg", "Odesa")
NIGHT = ("overnight on Friday", "2025-06-06", "day", "on")


def test_injuries_in_two_towns_are_two_claims_and_no_contradiction():
    a = Article("a", "Poltava Today", "2025-06-07")
    a.add(
        "A drone strike on a fuel depot in Sokolyne injured 3 workers overnight on Friday.",
        source=("regional governor Olena Marchuk", "state_official"),
        places=(DEPOT,),
        dates=(NIGHT,),
        figures=((3, "person"),),
    )
    b = Article("b", "Black Sea Post", "2025-06-07")
    b.add(
        "A drone strike on a grain terminal in Bereg injured 4 workers overnight on Friday.",
        source=("port authority head Ivan Rudko", "state_official"),
        places=(TERMINAL,),
        dates=(NIGHT,),
        figures=((4, "person"),),
    )
    corpus = link_records([a.build(), b.build()])
    member = by_member(corpus)
    assert member.get(("a", "c1")) is None or member.get(("a", "c1")) != member.get(("b", "c1"))
    assert not any(cl.contradictions for cl in corpus.claim_clusters)


def test_one_agency_relayed_under_three_names_counts_once():
    names = ["Ukraine's military intelligence (HUR)", "HUR", "the Defence Intelligence of Ukraine"]
    arts = []
    for n, name in enumerate(names):
        a = Article(f"a{n}", f"Outlet {n}", "2025-06-07")
        a.add(
            f"Russian forces moved 40 air-defence launchers towards the Azov coast in May, {name} said.",
            source=(name, "intelligence_service"),
            figures=((40, "item"),),
        )
        arts.append(a.build())
    corpus = link_records(arts)
    [cl] = [c for c in corpus.claim_clusters if ("a0", "c1") in {(m.article, m.claim) for m in c.members}]
    assert {m.article for m in cl.members} == {"a0", "a1", "a2"}
    assert cl.independent_confirmations == 1
    assert len({o for o in cl.origins}) == 1


def test_a_copy_adds_no_confirmation_and_an_independent_origin_does():
    text = (
        "Shelling destroyed the railway bridge at Sokolyne on Friday evening, "
        "the regional governor Olena Marchuk said on Saturday."
    )
    orig = Article("orig", "Poltava Today", "2025-06-07")
    orig.add(text, source=("regional governor Olena Marchuk", "state_official"), places=(DEPOT,))
    orig.add("The bridge carried the only road from Sokolyne to the district centre, Marchuk said.", source="Marchuk")
    copy = Article("copy", "Copy Desk", "2025-06-08")
    copy.add(text, source=("regional governor Olena Marchuk", "state_official"), places=(DEPOT,))
    copy.add("The bridge carried the only road from Sokolyne to the district centre, Marchuk said.", source="Marchuk")
    own = Article("own", "Rail Watch", "2025-06-08")
    own.add(
        "Shelling destroyed the railway bridge at Sokolyne on Friday evening, photos taken by our reporter show.",
        source=("our reporter Dana Kyrylenko", "journalist"),
        places=(DEPOT,),
    )
    corpus = link_records([orig.build(), copy.build(), own.build()])
    assert [(d.article, d.derived_from) for d in corpus.derivations] == [("copy", "orig")]
    [cl] = [c for c in corpus.claim_clusters if ("own", "c1") in {(m.article, m.claim) for m in c.members}]
    assert {m.article for m in cl.members} == {"orig", "copy", "own"}
    assert cl.independent_confirmations == 2


def test_a_label_is_a_claim_not_a_dateline_or_a_share_bar():
    arts = []
    for n in range(2):
        a = Article(f"a{n}", f"Outlet {n}", "2025-06-07")
        a.add("KYIV, June 7")
        a.add("Facebook | X | Telegram")
        a.add(
            "A drone strike cut power to 20,000 homes in Sokolyne on Friday night.",
            places=(DEPOT,),
            figures=((20000, "item"),),
        )
        arts.append(a.build())
    corpus = link_records(arts)
    labels = [cl.label for cl in corpus.claim_clusters]
    assert labels == ["A drone strike cut power to 20,000 homes in Sokolyne on Friday night."]


def test_claims_of_two_nights_are_two_claims():
    a = Article("a", "Poltava Today", "2025-06-07")
    a.add("Drones struck the Sokolyne substation overnight on Friday.", places=(DEPOT,), dates=(NIGHT,))
    b = Article("b", "Poltava Today Evening", "2025-06-07")
    b.add(
        "Drones struck the Sokolyne substation overnight on Tuesday.",
        places=(DEPOT,),
        dates=(("overnight on Tuesday", "2025-06-03", "day", "on"),),
    )
    corpus = link_records([a.build(), b.build()])
    member = by_member(corpus)
    assert member.get(("a", "c1")) is None or member.get(("a", "c1")) != member.get(("b", "c1"))
