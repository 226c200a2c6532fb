"""Reports of one event in two languages that no derivation joins (a regional administration's own post
and an English outlet's report of what its head said): their claims meet on what a translation keeps,
the kind of act with a figure or a place by gazetteer id. And two counts of one kind with other values are
one event told two ways only when where each happened fits the other. Every text is written for the test."""

from __future__ import annotations

from linkkit import Article, by_member

from claimgraph.link import link_records

BRODY = ("Brody", "settlement", "test:UA:brody", "Lviv")
BRODY_UK = ("Броди", "settlement", "test:UA:brody", "Lviv")
STRYI = ("Stryi", "settlement", "test:UA:stryi", "Lviv")
LVIV_OBL = ("Lviv Oblast", "admin1", "test:UA:lviv-oblast", "Lviv")
OSKOL = ("Oskol", "settlement", "test:RU:oskol", "Belgorod")


def _at(art: Article, lat: float, lon: float) -> None:
    """Put every place of the article's last claim at one position (linkkit puts all at one point)."""
    for pid in art.rec.claims[-1].places:
        p = next(x for x in art.rec.places if x.id == pid)
        p.lat, p.lon = lat, lon


def _together(corpus, a: tuple[str, str], b: tuple[str, str]) -> bool:
    member = by_member(corpus)
    return member.get(a) is not None and member.get(a) == member.get(b)


def _post_and_report() -> list:
    uk = Article("post", "Львівська ОВА", "2026-03-03T06:50+02:00")
    uk.rec.article.language = "uk"
    uk.add("Вночі ворог атакував Броди ударними дронами", places=(BRODY_UK,))
    _at(uk, 50.08, 25.15)
    uk.add("Поранено трьох людей, їм надано допомогу", figures=((3, "person"),))
    uk.add("Сили ППО збили 9 із 12 дронів", figures=((9, "drone"), (12, "drone")))
    uk.add("Рятувальники ліквідували пожежу")
    en = Article("report", "Western Ukraine Daily", "2026-03-03T11:20+02:00")
    en.add("Russian drones struck Brody overnight, the regional governor said", source="the governor", places=(BRODY,))
    _at(en, 50.08, 25.15)
    en.add("Three people were injured in the attack", source="the governor", figures=((3, "person"),))
    en.add("Air defence shot down 9 drones over the region", source="the air force", figures=((9, "drone"),))
    en.add("Russia launched 12 drones at Lviv Oblast", source="the air force", figures=((12, "drone"),))
    return [uk.build(), en.build()]


def test_a_post_and_its_english_report_meet_on_act_figure_and_place_without_a_derivation():
    recs = _post_and_report()
    corpus = link_records(recs)
    assert corpus.derivations == []
    assert _together(corpus, ("post", "c1"), ("report", "c1"))  # the attack on one town: act and place
    assert _together(corpus, ("post", "c2"), ("report", "c2"))  # the injured: act and figure
    assert _together(corpus, ("post", "c3"), ("report", "c3"))  # the drones downed: act and figure
    # the same figure told of another act (12 launched, "9 of 12" downed) is another claim
    assert not _together(corpus, ("post", "c3"), ("report", "c4"))
    # nothing a translation keeps joins the fire put out
    assert by_member(corpus).get(("post", "c4")) not in {by_member(corpus)[("report", k)] for k in ("c1", "c2", "c3")}


def test_a_report_in_another_language_of_another_town_stays_apart():
    uk = Article("post", "Львівська ОВА", "2026-03-03T06:50+02:00")
    uk.rec.article.language = "uk"
    uk.add("Вночі ворог атакував Броди ударними дронами, поранено трьох людей", places=(BRODY_UK,))
    _at(uk, 50.08, 25.15)
    en = Article("report", "Western Ukraine Daily", "2026-03-03T11:20+02:00")
    en.add("Russian drones struck Stryi overnight, injuring three people", places=(STRYI,), figures=((3, "person"),))
    _at(en, 49.26, 23.85)
    corpus = link_records([uk.build(), en.build()])
    assert not _together(corpus, ("post", "c1"), ("report", "c1"))


def _injuries(lede_place: tuple, lat: float, lon: float) -> list:
    a = Article("wire", "Wire", "2026-03-03")
    a.add("Russian missiles hit an energy site in the region overnight", places=(lede_place,))
    _at(a, lat, lon)
    # one night's national totals in both: the two articles are of one story, whose events are many
    a.add("Russia launched 140 Shahed drones and 11 missiles overnight", figures=((140, "drone"), (11, "missile")))
    a.para('"It was a hard night," the governor wrote.')
    a.add(
        "Six people were wounded in the town, among them a teenage boy",
        source="the governor",
        quote=True,
        figures=((6, "person"),),
    )
    b = Article("agency", "State Agency", "2026-03-03")
    b.add(
        "In the town of Oskol five people were wounded, among them a teenage boy",
        places=(OSKOL,),
        figures=((5, "person"),),
    )
    _at(b, 51.3, 37.8)
    b.add("Kyiv said 140 Shahed drones and 11 missiles were launched", figures=((140, "drone"), (11, "missile")))
    return [a.build(), b.build()]


def test_other_counts_of_injured_far_apart_are_two_events_not_a_contradiction():
    # the governor's six injured are in his region (the story's lede); the agency's five in a town far away
    corpus = link_records(_injuries(STRYI, 49.26, 23.85))
    assert not _together(corpus, ("wire", "c3"), ("agency", "c1"))


def test_other_counts_of_injured_in_one_place_are_one_event_told_two_ways():
    corpus = link_records(_injuries(("Oskol", "settlement", "test:RU:oskol", "Belgorod"), 51.3, 37.8))
    assert _together(corpus, ("wire", "c3"), ("agency", "c1"))


def _night_raid() -> list:
    a = Article("channel", "Regional Channel", "2026-03-08")
    a.add("On the night of Saturday Russian forces attacked Brody with strike drones", places=(BRODY,))
    a.add("The strike on Brody came at about 3 a.m.", places=(BRODY,))
    a.add("A drone strike on Brody wounded two people, among them a nurse", places=(BRODY,), figures=((2, "person"),))
    a.add("Russian troops captured a hill east of Brody", places=(BRODY,))
    b = Article("paper", "City Paper", "2026-03-08")
    b.add(
        "Russian forces attacked Brody with strike drones overnight, the regional channel reported",
        source="the regional channel",
        places=(BRODY,),
    )
    b.add("The strike on Brody came at around 3 a.m., the channel said", source="the regional channel", places=(BRODY,))
    return [a.build(), b.build()]


def test_one_act_at_one_place_told_over_two_sentences_of_one_article_is_one_claim():
    corpus = link_records(_night_raid())
    assert _together(corpus, ("channel", "c1"), ("paper", "c1"))
    assert _together(corpus, ("channel", "c1"), ("channel", "c2"))
    # a sentence that counts the harm, or tells another act at the same place, is a claim of its own
    assert not _together(corpus, ("channel", "c1"), ("channel", "c3"))
    assert not _together(corpus, ("channel", "c1"), ("channel", "c4"))


def test_a_headline_gathers_the_body_claim_of_its_act_at_its_place():
    a = Article("brigade", "Brigade Channel", "2026-03-08")
    a.add("Enemy assault near Brody broken", places=(BRODY,))
    a.rec.claims[0].headline = True
    a.add("At dawn the occupiers tried to storm our positions west of Brody in an armoured assault", places=(BRODY,))
    b = Article("paper", "City Paper", "2026-03-08")
    b.add("An enemy assault near Brody was broken, the brigade said", source="the brigade", places=(BRODY,))
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("brigade", "c1"), ("paper", "c1"))
    assert _together(corpus, ("brigade", "c1"), ("brigade", "c2"))


def test_the_harm_of_a_strike_and_the_strike_alone_are_two_claims():
    a = Article("a", "Kyiv Wire", "2026-06-16")
    a.add("a Russian commander had ordered the strike on the clinic in Brody", places=(BRODY,))
    b = Article("b", "City Paper", "2026-06-16")
    b.add("a Russian strike on the clinic had killed a nurse", source=("doctors", "unnamed"))
    corpus = link_records([a.build(), b.build()])
    assert not _together(corpus, ("a", "c1"), ("b", "c1"))


def test_a_post_signed_by_an_official_is_that_officials_voice_counted_once():
    uk = Article("post", "Рівненська ОВА", "2026-03-03T06:50+02:00")
    uk.rec.article.language = "uk"
    uk.add("Вночі ворог атакував Броди ударними дронами", places=(BRODY_UK,))
    uk.add("Поранено трьох людей", figures=((3, "person"),))
    uk.para("Олександр Коваль, начальник Рівненської ОВА")
    en = Article("report", "Western Ukraine Daily", "2026-03-03T11:20+02:00")
    en.add(
        "Three people were injured in the attack, regional governor Oleksandr Koval said",
        source=("regional governor Oleksandr Koval", "state_official"),
        figures=((3, "person"),),
    )
    corpus = link_records([uk.build(), en.build()])
    [cl] = [c for c in corpus.claim_clusters if ("post", "c2") in {(m.article, m.claim) for m in c.members}]
    assert {m.article for m in cl.members} == {"post", "report"}
    assert len(cl.origins) == 1 and cl.origins[0].startswith("person:")
    assert cl.independent_confirmations == 1


def test_a_byline_with_a_place_is_no_signature():
    from claimgraph.link.identities import signer

    a = Article("a", "Daily", "2026-03-03")
    a.add("Drones struck the port overnight")
    a.para("Olena Petrenko, Odesa")
    assert signer(a.build()) is None
    a.para("Olena Petrenko, head of the regional administration")
    assert signer(a.build()) == "Olena Petrenko"


def test_an_act_word_and_one_other_word_in_common_tell_no_claim():
    a = Article("a", "River Post", "2026-06-16")
    a.add("Russia launched 60 Shahed drones and 4 missiles overnight", figures=((60, "drone"), (4, "missile")))
    a.add("it struck a drone workshop", source="the general staff")
    b = Article("b", "South Courier", "2026-06-16")
    b.add("Russia launched 60 Shahed drones and 4 missiles overnight", figures=((60, "drone"), (4, "missile")))
    b.add("Evacuation of Brody villages extended after new drone attacks", places=(BRODY,))
    corpus = link_records([a.build(), b.build()])
    assert _together(corpus, ("a", "c1"), ("b", "c1"))
    assert not _together(corpus, ("a", "c2"), ("b", "c2"))


def test_a_headline_and_the_body_claim_it_sums_up_are_a_cluster_even_in_one_article():
    a = Article("a", "Border News", "2026-04-02")
    a.add("Drone strike on Brody injures four", places=(BRODY,), figures=((4, "person"),))
    a.rec.claims[0].headline = True
    a.add(
        "A Russian drone hit a depot in Brody on Wednesday, injuring four workers, the mayor said",
        source=("mayor Oksana Rudyk", "state_official"),
        places=(BRODY,),
        figures=((4, "person"),),
    )
    a.add("The depot had been repaired after an earlier strike", places=(BRODY,))
    corpus = link_records([a.build()])
    [cl] = corpus.claim_clusters
    assert {m.claim for m in cl.members} == {"c1", "c2"}
    assert cl.independent_confirmations == 1


def test_a_member_with_another_figure_does_not_name_the_cluster():
    arts = []
    for n, (outlet, count, only) in enumerate((("Air Watch", 40, ""), ("Sky Report", 40, ""), ("Agency", 6, "only "))):
        a = Article(f"a{n}", outlet, "2026-04-02")
        # the longer wording of the other figure would win on length alone
        a.add(
            f"Air defence units shot down {only}{count} drones over the Lviv region overnight",
            figures=((count, "drone"),),
        )
        arts.append(a.build())
    corpus = link_records(arts)
    [cl] = [c for c in corpus.claim_clusters if len(c.members) == 3]
    assert any(x["kind"] == "another_figure" for x in cl.contradictions)
    assert "40" in cl.label
