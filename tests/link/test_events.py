"""Events before clusters: the signals that put two reports of one event in one claim cluster, and
those that keep reports of two events apart. Every article here is written for the test."""

from __future__ import annotations

from linkkit import Article, by_member

from claimgraph.link import link_records
from claimgraph.link.features import content, event_sig
from claimgraph.model import Claim

ROMNY = ("Romny", "settlement", "test:UA:romny", "Sumy")
HLUKHIV = ("Hlukhiv", "settlement", "test:UA:hlukhiv", "Sumy")
VERBA = ("Verba", "settlement", "test:UA:verba", "Donetsk")


def _together(corpus, a: tuple[str, str], b: tuple[str, str]) -> bool:
    member = by_member(corpus)
    return member.get(a) is not None and member.get(a) == member.get(b)


def test_ukrainian_words_meet_across_their_inflections():
    # "загинули"/"загинула", "поранено"/"поранень", "Ромнах"/"Ромни": the same stem, other endings
    assert content("У Ромнах загинули двоє людей") & content("у Ромнах загинула одна людина") >= {"kill", "ромна"}
    a = Article("a", "Sumy Online", "2026-04-02")
    a.add("Обстріл Ромнів: двоє загиблих", places=(ROMNY,))
    a.add("Унаслідок обстрілу Ромнів загинули двоє людей, ще п'ятеро поранено", places=(ROMNY,))
    b = Article("b", "Northern Voice", "2026-04-02")
    b.add("У Ромнах під час обстрілу загинули двоє людей, п'ятеро дістали поранень", places=(ROMNY,))
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c2"), ("b", "c1"))


def test_a_capital_named_for_its_government_is_not_where_the_event_was():
    a = Article("a", "Wire", "2026-04-02")
    a.add(
        "The Kyiv regime claimed that 30 drones had been shot down over Hlukhiv",
        places=(("Kyiv", "settlement", "test:UA:kyiv", "Kyiv"), HLUKHIV),
    )
    sig = event_sig(a.rec, a.rec.claims[0])
    assert sig.settlements == frozenset({"test:UA:hlukhiv"})


def test_a_place_name_two_geocoders_read_two_ways_is_still_one_place():
    # one article puts "Verba" in one region, the other in another: either reading can be the event's
    a = Article("a", "Front Daily", "2026-04-02")
    a.add("Ukrainian troops repelled an assault near Verba overnight", places=(VERBA,))
    b = Article("b", "Eastern Courier", "2026-04-02")
    b.add(
        "Ukrainian troops repelled an assault near Verba overnight, a brigade said",
        places=(("Verba", "settlement", "test:UA:verba-2", "Kharkiv"),),
    )
    b.rec.places[0].lat, b.rec.places[0].lon = 50.1, 36.0
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c1"))


def test_counts_of_two_acts_in_one_unit_are_two_claims():
    arts = []
    for n, outlet in enumerate(("Air Watch", "Sky Report")):
        a = Article(f"a{n}", outlet, "2026-04-02")
        a.add(
            f"Russia launched 80 drones at {['the north', 'northern regions'][n]} overnight", figures=((80, "drone"),)
        )
        a.add(f"Air defence shot down 64 drones, the {['air force', 'military'][n]} said", figures=((64, "drone"),))
        arts.append(a.build())
    corpus = link_records(arts)
    assert _together(corpus, ("a0", "c1"), ("a1", "c1"))
    assert _together(corpus, ("a0", "c2"), ("a1", "c2"))
    assert not _together(corpus, ("a0", "c1"), ("a0", "c2"))


def test_a_headline_joins_the_body_claim_it_sums_up():
    a = Article("a", "Sumy Online", "2026-04-02")
    a.add("Drone strike on Hlukhiv injures four", places=(HLUKHIV,))
    a.rec.claims[0].headline = True
    a.add(
        "A Russian drone hit a bakery in Hlukhiv on Wednesday morning, injuring four employees, the mayor said",
        source=("mayor Oksana Bilyk", "state_official"),
        places=(HLUKHIV,),
        figures=((4, "person"),),
    )
    a.add("The bakery had reopened in March after an earlier strike", places=(HLUKHIV,))
    b = Article("b", "Border News", "2026-04-02")
    b.add(
        "Four bakery employees were injured when a Russian drone hit the building in Hlukhiv on Wednesday morning",
        places=(HLUKHIV,),
        figures=((4, "person"),),
    )
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("a", "c2"))
    assert _together(corpus, ("a", "c2"), ("b", "c1"))
    assert not _together(corpus, ("a", "c1"), ("a", "c3"))
    [cl] = [c for c in corpus.claim_clusters if ("a", "c1") in {(m.article, m.claim) for m in c.members}]
    # the headline in the outlet's own voice is the mayor's claim: no origin of its own; the other
    # outlet's report in its own voice is an origin
    assert len(cl.origins) == 2 and any("bili" in o for o in cl.origins)


def test_a_denial_joins_the_claim_it_denies_not_its_own_sources_other_claims():
    a = Article("a", "Sumy Online", "2026-04-02")
    a.add(
        "A Russian missile killed two civilians in Romny on Tuesday, the regional administration said",
        source=("the Sumy regional administration", "government_body"),
        places=(ROMNY,),
        figures=((2, "person"),),
    )
    a.add(
        "reports of civilian deaths were a fabrication",
        source=("Russia's Defence Ministry", "government_body"),
        stance="disputes",
    )
    a.add(
        "its strike had hit a fuel store used by the army",
        source=("Russia's Defence Ministry", "government_body"),
    )
    b = Article("b", "Northern Voice", "2026-04-02")
    b.add(
        "Two civilians were killed by a Russian missile in Romny on Tuesday, the administration said",
        source=("the Sumy regional administration", "government_body"),
        places=(ROMNY,),
        figures=((2, "person"),),
    )
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c1"))
    assert _together(corpus, ("a", "c2"), ("a", "c1"))
    assert not _together(corpus, ("a", "c3"), ("a", "c1"))
    [cl] = [c for c in corpus.claim_clusters if ("a", "c2") in {(m.article, m.claim) for m in c.members}]
    assert any(x["kind"] == "denial" for x in cl.contradictions)


def test_one_act_at_one_place_told_with_other_verbs_is_one_claim():
    a = Article("a", "Front Daily", "2026-04-02")
    a.add("The brigade said it had repelled a Russian armoured assault near Verba", places=(VERBA,))
    b = Article("b", "Eastern Courier", "2026-04-02")
    b.add("Ukrainian defenders beat back a Russian armoured assault on the outskirts of Verba", places=(VERBA,))
    c = Article("c", "Eastern Courier", "2026-04-02")
    c.add("Russian troops captured the outskirts of Verba after a long assault", places=(VERBA,))
    d = Article("d", "Eastern Courier", "2026-04-02")
    d.add(
        "Russian troops repelled a Ukrainian armoured assault near Dubky",
        places=(("Dubky", "settlement", "t:dubky", "Donetsk"),),
    )
    corpus = link_records([a.build(), b.build(), c.build(), d.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c1"))
    # the same fight told with the other outcome is the same event, and a contradiction
    assert _together(corpus, ("a", "c1"), ("c", "c1"))
    [cl] = [x for x in corpus.claim_clusters if ("c", "c1") in {(m.article, m.claim) for m in x.members}]
    assert [x["kind"] for x in cl.contradictions] == ["outcome"]
    # the same act at another place is another event
    assert not _together(corpus, ("a", "c1"), ("d", "c1"))


def test_one_figure_in_two_units_is_no_match():
    a = Article("a", "Air Watch", "2026-04-02")
    a.add("Air defence downed 112 of 140 drones over the south", figures=((112, "drone"), (140, "drone")))
    b = Article("b", "Navy Times", "2026-05-20")
    b.add("Of the sailors freed, 112 served on the frigate", figures=((112, "person"),))
    corpus = link_records([a.build(), b.build()])
    assert not _together(corpus, ("a", "c1"), ("b", "c1"))


def test_a_government_in_general_relaying_its_own_body_is_one_origin():
    a = Article("a", "Wire", "2026-04-02")
    a.add(
        "air defence units shot down 40 drones and three missiles overnight",
        source=("Ukraine's Air Force", "military"),
        figures=((40, "drone"), (3, "missile")),
    )
    a.rec.sources[0].side = "ua"
    b = Article("b", "State Agency", "2026-04-02")
    b.add(
        "The Kyiv regime claimed that its air defences shot down 40 drones and three missiles",
        source=("The Kyiv regime", "other"),
        figures=((40, "drone"), (3, "missile")),
    )
    b.rec.sources[0].side = "ua"
    corpus = link_records([a.build(), b.build()])
    [cl] = [c for c in corpus.claim_clusters if ("b", "c1") in {(m.article, m.claim) for m in c.members}]
    assert {m.article for m in cl.members} == {"a", "b"}
    assert cl.independent_confirmations == 1


def test_a_body_and_its_secretary_and_the_body_again_are_one_origin():
    a = Article("a", "Herald", "2026-04-02")
    a.add("90 Ukrainians come home in a swap, 12 civilians among them", figures=((12, "person"),))
    a.rec.claims[0].headline = True
    a.add(
        "Ukraine brought home 90 people, among them 12 civilians, the Prisoner Exchange Council said",
        source=("the Prisoner Exchange Council", "government_body"),
        figures=((12, "person"),),
    )
    a.add(
        "Among the 90 were 78 soldiers and 12 civilians, the council said",
        source="the council",
        figures=((12, "person"),),
    )
    a.add(
        "We also brought back 12 civilians held since 2023",
        source=("Maria Hnatiuk", "state_official"),
        figures=((12, "person"),),
    )
    a.rec.sources[-1].description = "secretary of the Prisoner Exchange Council"
    b = Article("b", "Kyiv Ledger", "2026-04-02")
    b.add(
        "12 civilians were among the 90 people freed, the Prisoner Exchange Council said",
        source=("the Prisoner Exchange Council", "government_body"),
        figures=((12, "person"),),
    )
    corpus = link_records([a.build(), b.build()])
    [cl] = [c for c in corpus.claim_clusters if ("b", "c1") in {(m.article, m.claim) for m in c.members}]
    assert {("a", "c1"), ("a", "c2"), ("a", "c4")} <= {(m.article, m.claim) for m in cl.members}
    assert cl.independent_confirmations == 1
    assert len(cl.origins) == 1


def test_a_sub_heading_joins_the_paragraph_it_sums_up():
    a = Article("a", "Live Desk", "2026-04-02")
    a.para("General Staff: 14 clashes in the east")
    a.add(
        "the General Staff said 14 clashes had taken place on the eastern front over the previous day",
        source=("the General Staff", "military"),
    )
    a.add("Power was restored in Hlukhiv by the evening", places=(HLUKHIV,))
    # the heading line is extracted as a claim of its own, the source's name before the colon left out
    text = a.rec.article.text
    start = text.index("14 clashes in the east")
    heading = Claim("c9", "14 clashes in the east", start, start + len("14 clashes in the east"))
    a.rec.claims.append(heading)
    b = Article("b", "Kyiv Ledger", "2026-04-02")
    b.add(
        "Fourteen clashes took place on the eastern front over the previous day, the General Staff said",
        source=("the General Staff", "military"),
    )
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c9"), ("a", "c1"))
    assert _together(corpus, ("a", "c1"), ("b", "c1"))
    assert not _together(corpus, ("a", "c9"), ("a", "c2"))


def test_the_days_of_a_date_are_no_figures():
    night = ("on the night of 17-18 May", "2026-05-17", "range", "between")
    a = Article("a", "Front Daily", "2026-05-18")
    a.add("Russian troops advanced along the river on the night of 17-18 May", dates=(night,))
    b = Article("b", "Front Daily Evening", "2026-05-18")
    b.add("Drones hit a rail depot in Hlukhiv on the night of 17-18 May", dates=(night,), places=(HLUKHIV,))
    corpus = link_records([a.build(), b.build()])
    assert not _together(corpus, ("a", "c1"), ("b", "c1"))


def test_a_distance_told_in_other_words_is_one_claim():
    a = Article("a", "Front Daily", "2026-05-18")
    a.add("The village lies about 14 kilometres north of Verba on the river", figures=((14, "km"),))
    a.add("Russian troops repelled near Verba overnight", places=(VERBA,))
    b = Article("b", "Eastern Courier", "2026-05-18")
    b.add(
        "Lying some 14 kilometres north of Verba, the village had 900 residents", figures=((14, "km"), (900, "person"))
    )
    b.add("Russian troops were repelled near Verba overnight", places=(VERBA,))
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c1"))


def test_a_figure_counted_on_the_other_side_is_another_claim():
    a = Article("a", "Kyiv Ledger", "2026-04-02")
    a.add(
        "175 Ukrainian servicemen came home in the exchange, the council said",
        source=("the council", "government_body"),
        figures=((175, "person"),),
    )
    b = Article("b", "Kyiv Ledger Evening", "2026-04-02")
    b.add(
        "175 Russian servicemen were returned in the exchange, the ministry said",
        source=("the ministry", "government_body"),
        figures=((175, "person"),),
    )
    c = Article("c", "Herald", "2026-04-02")
    c.add(
        "The exchange brought 175 Ukrainian servicemen home, officials said",
        source=("officials", "unnamed"),
        figures=((175, "person"),),
    )
    corpus = link_records([a.build(), b.build(), c.build()])
    assert _together(corpus, ("a", "c1"), ("c", "c1"))
    assert not _together(corpus, ("a", "c1"), ("b", "c1"))


def test_a_label_is_the_body_claim_without_its_dateline_or_bullet():
    a = Article("a", "Wire", "2026-04-02")
    a.add("Hlukhiv bakery hit", places=(HLUKHIV,))
    a.add(
        "HLUKHIV, Apr 2 (Wire) - A Russian drone hit a bakery in Hlukhiv on Wednesday morning, injuring 4 workers",
        places=(HLUKHIV,),
        figures=((4, "person"),),
    )
    b = Article("b", "Channel", "2026-04-02")
    b.add("▪️ 4 workers injured when a drone hit the Hlukhiv bakery", places=(HLUKHIV,), figures=((4, "person"),))
    corpus = link_records([a.build(), b.build()])
    [cl] = [c for c in corpus.claim_clusters if ("b", "c1") in {(m.article, m.claim) for m in c.members}]
    assert cl.label == "A Russian drone hit a bakery in Hlukhiv on Wednesday morning, injuring 4 workers"


def test_a_toll_revised_in_a_live_blog_is_a_claim_for_each_stage():
    # the wire's first toll, and a live page that revises it ("has risen to four"): each stage of the toll is a
    # claim of its own with the reports that relay it, not one claim contradicting itself (session 13: was one
    # claim; corpora written by others hold each stage apart)
    a = Article("a", "Central Wire", "2026-05-11")
    a.add("Russian strike on Romny kills two", places=(ROMNY,), figures=((2, "person"),))
    a.add(
        "A Russian drone attack on the town of Romny overnight killed two people and injured 11, officials said",
        source=("officials", "state_official"),
        places=(ROMNY,),
        figures=((2, "person"), (11, "person")),
    )
    b = Article("b", "River Live", "2026-05-11")
    b.add("LIVE: Romny toll rises to four", places=(ROMNY,), figures=((4, "person"),))
    b.add(
        "The number of people killed in the overnight attack on Romny has risen to four",
        places=(ROMNY,),
        figures=((4, "person"),),
    )
    b.add("The number of injured has risen to 15", figures=((15, "person"),))
    b.add(
        "Two people were killed and 11 injured when drones hit Romny overnight",
        places=(ROMNY,),
        figures=((2, "person"), (11, "person")),
    )
    c = Article("c", "Sumy Evening", "2026-05-12")
    c.add("In the attack on Romny four people were killed and 15 injured", figures=((4, "person"), (15, "person")))
    corpus = link_records([a.build(), b.build(), c.build()])
    assert _together(corpus, ("a", "c2"), ("a", "c1"))
    assert _together(corpus, ("a", "c2"), ("b", "c4"))
    for claim in ("c1", "c2", "c3"):
        assert _together(corpus, ("b", "c2"), ("b", claim)), claim
        assert not _together(corpus, ("a", "c2"), ("b", claim)), claim
    assert _together(corpus, ("b", "c2"), ("c", "c1"))


def test_a_count_of_people_written_with_any_apostrophe_is_a_figure():
    from claimgraph.link.features import numbers

    for word in ("п'ятеро", "п’ятеро", "пʼятеро"):
        assert numbers(f"загинули {word} людей") == frozenset({5.0})


def test_a_live_pages_entries_follow_their_sub_headings_and_its_tolls_are_its_stages():
    a = Article("a", "Central Wire", "2026-05-11")
    a.add(
        "A Russian drone attack on Romny overnight killed two people, officials said",
        source=("officials", "state_official"),
        places=(ROMNY,),
        figures=((2, "person"),),
    )
    b = Article("b", "River Live", "2026-05-11")
    b.add("Toll rises to three", figures=((3, "person"),))
    b.add(
        "The number of people killed in the attack on Romny has risen to three",
        places=(ROMNY,),
        figures=((3, "person"),),
    )
    b.add("Shelling of Hlukhiv", places=(HLUKHIV,))
    b.add("Artillery shelled Hlukhiv in the afternoon, damaging a school", places=(HLUKHIV,))
    b.add("Second death, mayor says", figures=((2, "person"),))
    b.add("the mayor said a second person, a 60-year-old driver, had died in hospital", figures=((60, "year"),))
    b.add("Two killed in overnight attack", figures=((2, "person"),))
    b.add("Two people were killed when drones hit Romny overnight", places=(ROMNY,), figures=((2, "person"),))
    corpus = link_records([a.build(), b.build()])
    for claim in ("c5", "c6", "c7", "c8"):
        assert _together(corpus, ("a", "c1"), ("b", claim)), claim
    # the toll risen to three is a later stage, its sub-heading with it
    assert _together(corpus, ("b", "c1"), ("b", "c2"))
    assert not _together(corpus, ("a", "c1"), ("b", "c2"))
    # the entry on another town's shelling is its own
    assert not _together(corpus, ("a", "c1"), ("b", "c4"))


def test_two_nights_tallies_of_one_kind_with_other_figures_are_two_events():
    # the same bulletin wording, four days apart, other counts: two nights, not a contradiction
    a = Article("a", "State Agency", "2026-06-02")
    a.add(
        "Over the past day air defence units intercepted and destroyed 31 Ukrainian drones over the Sumy region",
        source=("the Defence Ministry", "government_body"),
        places=(("Sumy region", "admin1", "test:UA:sumy-oblast", "Sumy"),),
        dates=(("Over the past day", "2026-06-01", "day", "on"),),
        figures=((31, "drone"),),
    )
    b = Article("b", "Border Channel", "2026-06-06")
    b.add(
        "Overnight air defence units intercepted and destroyed 9 Ukrainian drones over the Sumy region",
        source=("the Defence Ministry", "government_body"),
        places=(("Sumy region", "admin1", "test:UA:sumy-oblast", "Sumy"),),
        figures=((9, "drone"),),
    )
    c = Article("c", "Border Channel Two", "2026-06-02")
    c.add(
        "Air defence units intercepted and destroyed 30 Ukrainian drones over the Sumy region overnight",
        source=("the Defence Ministry", "government_body"),
        places=(("Sumy region", "admin1", "test:UA:sumy-oblast", "Sumy"),),
        figures=((30, "drone"),),
    )
    corpus = link_records([a.build(), b.build(), c.build()])
    assert not _together(corpus, ("a", "c1"), ("b", "c1"))
    # the same night told with another count stays one claim, and its figures a contradiction
    assert _together(corpus, ("a", "c1"), ("c", "c1"))


def test_slavic_verbs_of_hitting_and_dropping_bombs_are_strikes():
    for text in ("ВС РФ поразили склад", "ракета влучила в будинок", "росіяни скинули дві бомби", "уразило цех"):
        assert "strike" in content(text), text
    assert "down" in content("сили ППО знешкодили 9 дронів")


def test_a_long_page_title_is_a_headline():
    from claimgraph.link.clusters import _heading

    title = "Defence ministry says its forces hit an ammunition depot near Romny in the Sumy region overnight"
    a = Article("a", "State Wire", "2026-06-02")
    a.rec.article.title = title
    a.add(title, places=(ROMNY,))
    a.add("The strike near Romny was carried out with precision weapons, the ministry said", places=(ROMNY,))
    rec = a.build()
    assert _heading(rec, rec.claims[0])
    assert not _heading(rec, rec.claims[1])


def test_a_headline_and_the_act_at_the_place_it_names_are_one_claim_in_few_shared_words():
    a = Article("a", "Sumy Online", "2026-06-02")
    a.add("Guided bombs hit Romny: two hurt", places=(ROMNY,), figures=((2, "person"),))
    a.rec.claims[0].headline = True
    a.add("Late on Monday the Russian air force dropped a pair of glide bombs on Romny", places=(ROMNY,))
    a.add("Two people were injured", figures=((2, "person"),))
    b = Article("b", "Northern Voice", "2026-06-02")
    b.add("Russian aircraft dropped two glide bombs on Romny late on Monday", places=(ROMNY,), figures=((2, "item"),))
    b.add("Two people were injured in Romny", places=(ROMNY,), figures=((2, "person"),))
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("a", "c2"))
    # the act and its harm stay two claims
    assert not _together(corpus, ("a", "c2"), ("a", "c3"))


def test_two_sentences_another_outlet_tells_as_one_are_one_claim():
    a = Article("a", "Sumy Online", "2026-06-02")
    a.add(
        "Rescuers put out a fire covering 200 square metres in Romny and saved three people from the building",
        places=(ROMNY,),
        figures=((200, "m2"), (3, "person")),
    )
    b = Article("b", "Regional Emergency Service", "2026-06-02")
    b.add("A fire covering 200 square metres in Romny was put out", places=(ROMNY,), figures=((200, "m2"),))
    b.add("Rescuers saved three people from the building", figures=((3, "person"),))
    b.add("Rescuers are still working at the site")
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c1"))
    assert _together(corpus, ("a", "c1"), ("b", "c2"))
    assert not _together(corpus, ("a", "c1"), ("b", "c3"))


def test_a_tally_since_a_date_is_not_the_event_it_counts():
    a = Article("a", "Sumy Online", "2026-10-14")
    a.add(
        "Late on Monday Russian aircraft dropped two guided bombs on Romny, the regional governor said", places=(ROMNY,)
    )
    a.add("The attack on Romny came shortly after nine in the evening, local residents said", places=(ROMNY,))
    a.add("Since the start of autumn Romny has been attacked with guided bombs at least four times", places=(ROMNY,))
    corpus = link_records([a.build()])
    member = by_member(corpus)
    assert member.get(("a", "c3")) is None or member.get(("a", "c3")) != member.get(("a", "c1"))
    assert member.get(("a", "c3")) is None or member.get(("a", "c3")) != member.get(("a", "c2"))


def test_the_same_kind_of_strike_on_the_same_town_days_apart_is_another_event():
    a = Article("a", "Sumy Online", "2026-06-02")
    a.add("A Russian drone attack on Romny killed two people and damaged a school, officials said", places=(ROMNY,))
    later = Article("b", "Northern Voice", "2026-06-07")
    later.add(
        "Two people were killed and a school was damaged when a Russian drone attack hit Romny, officials said",
        places=(ROMNY,),
    )
    # a follow-up days later that dates its story to the first night is the same event
    follow = Article("c", "Investigations Desk", "2026-06-05")
    follow.add(
        "What the drones hit in Romny on the night of 1-2 June",
        places=(ROMNY,),
        dates=(("the night of 1-2 June", "2026-06-01", "range", "between"),),
    )
    follow.rec.dates[0].end_value = "2026-06-02"
    follow.add("The drone attack on Romny killed two people and damaged a school, officials told us", places=(ROMNY,))
    corpus = link_records([a.build(), later.build(), follow.build()])
    assert not _together(corpus, ("a", "c1"), ("b", "c1"))
    assert _together(corpus, ("a", "c1"), ("c", "c2"))


def test_a_side_saying_nothing_is_one_claim_in_any_wording():
    for text in (
        "Moscow has not commented",
        "The ministry made no mention of the village",
        "Kyiv declined to comment",
        "Російська сторона удари не коментувала",
        "В Минобороны не прокомментировали удар",
    ):
        assert "silence" in content(text), text
    assert "silence" not in content("The army did not confirm the losses")
    a = Article("a", "Front Daily", "2026-03-20")
    a.add("Moscow silent on Verba", places=(VERBA,))
    a.rec.claims[0].headline = True
    b = Article("b", "Eastern Courier", "2026-03-20")
    b.add("Russia has not commented on the fighting")
    b.add("The Defence Ministry in Moscow did not mention Verba in its daily briefing on Thursday", places=(VERBA,))
    b.add("Ukrainian troops repelled an assault near Verba overnight, the brigade said", places=(VERBA,))
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c2"))
    assert _together(corpus, ("b", "c1"), ("b", "c2"))
    assert not _together(corpus, ("b", "c1"), ("b", "c3"))


def test_a_short_heading_that_tells_an_act_is_a_claim_not_page_chrome():
    from claimgraph.link.features import is_chrome

    assert not is_chrome("Four dead")
    assert not is_chrome("Two injured")
    assert is_chrome("Updated 17:30")
    assert is_chrome("Share | Tweet")
