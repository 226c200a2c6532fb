"""Session 7 (issue #12): look-alike events told in an outlet's stock wording are no derivation and no
one claim; a page naming an outlet with few articles in a small corpus of one story cites it; a rewrite
that names its source cites it. Every text is written for the test."""

from __future__ import annotations

from linkkit import Article, by_member

from claimgraph.link import link_records
from claimgraph.link.derivations import derivations
from claimgraph.link.features import acts, content

BRODY = ("Brody", "settlement", "test:UA:brody", "Lviv")
STRYI = ("Stryi", "settlement", "test:UA:stryi", "Lviv")
ORLIVKA = ("Orlivka", "settlement", "test:UA:orlivka", "Donetsk")


def _stock(aid: str, published: str, place: tuple, day: str, dtext: str, n: str, outlet: str = "Lviv Evening"):
    name = place[0]
    a = Article(aid, outlet, published)
    a.add(f"Drone hits apartment block in {name}, {n} injured", places=(place,))
    a.add(
        f"A Russian drone hit a five-storey apartment block in {name} {dtext}, injuring {n} residents, "
        "the head of the city military administration said on his channel",
        places=(place,),
        dates=((dtext, day, "day", "on"),),
    )
    a.add("The drone struck the top floor at about seven in the morning and windows were blown out nearby")
    a.add(f"{name} lies about an hour's drive from the regional centre and has been hit repeatedly this spring")
    for c in a.rec.places:
        c.lat, c.lon = (50.08, 25.15) if name == "Brody" else (49.26, 23.85)
    return a.build()


def test_a_headline_that_hits_a_town_tells_a_strike():
    assert "strike" in acts(content("Drone hits apartment block in Brody"))
    assert "strike" in acts(content("Three wounded as UAV slams into a residential block"))


def test_the_same_stock_report_a_week_later_is_no_rewrite_and_no_one_claim():
    first = _stock("first", "2026-05-12", BRODY, "2026-05-12", "on Tuesday morning", "three")
    later = _stock("later", "2026-05-19", BRODY, "2026-05-19", "on Tuesday morning", "two")
    corpus = link_records([first, later])
    assert corpus.derivations == []
    member = by_member(corpus)
    for k in ("c1", "c2"):
        got = member.get(("first", k))
        assert got is None or got != member.get(("later", k))


def test_the_same_stock_report_from_another_town_is_no_rewrite():
    one = _stock("one", "2026-05-12", BRODY, "2026-05-12", "on Tuesday morning", "three")
    other = _stock("other", "2026-05-12", STRYI, "2026-05-12", "on Tuesday morning", "three", outlet="Stryi Post")
    assert derivations([one, other]) == []


def test_a_copy_of_one_report_is_still_found():
    one = _stock("one", "2026-05-12", BRODY, "2026-05-12", "on Tuesday morning", "three")
    copy = _stock("copy", "2026-05-13", BRODY, "2026-05-12", "on Tuesday morning", "three", outlet="Mirror")
    [d] = derivations([one, copy])
    assert (d.article, d.derived_from) == ("copy", "one")


def _assessment() -> Article:
    a = Article("tank", "Centre for Front Studies", "2026-06-02")
    a.add(
        "Russian forces likely seized Orlivka east of Kurakhove in recent days, geolocated footage indicates",
        places=(ORLIVKA,),
        hedges=("likely",),
    )
    a.add("Ukrainian forces repelled assaults near the reservoir, according to the Ukrainian General Staff")
    return a


def test_a_page_naming_a_think_tank_cites_it_in_a_small_corpus_of_one_story():
    tank = _assessment()
    news = Article("news", "Capital Ledger", "2026-06-02")
    news.add(
        "Russian troops have probably captured Orlivka near Kurakhove, the Centre for Front Studies said in its latest "
        "assessment, citing footage of a flag raised there",
        places=(ORLIVKA,),
    )
    news.add("Ukraine's military has not confirmed the loss of Orlivka", places=(ORLIVKA,))
    denial = Article("denial", "Front Line Daily", "2026-06-02")
    denial.add("Ukrainian troops continue to hold Orlivka, the General Staff said", places=(ORLIVKA,))
    denial.add("Russian channels posted a video of a flag they said was raised in Orlivka", places=(ORLIVKA,))
    derivs = derivations([tank.build(), news.build(), denial.build()])
    assert [(d.article, d.derived_from, d.kind) for d in derivs] == [("news", "tank", "cites")]


def test_a_page_naming_an_outlet_on_another_story_does_not_cite_it():
    tank = _assessment()
    other = Article("other", "Capital Ledger", "2026-06-02")
    other.add(
        "Flooding closed the road to Orlivka, the Centre for Front Studies noted, after the dam upstream failed",
        places=(ORLIVKA,),
        dates=(("on Sunday", "2026-05-24", "day", "on"),),
    )
    tank.rec.dates.clear()
    tank.add("The assault came on Monday", dates=(("on Monday", "2026-06-01", "day", "on"),))
    # the citing page's lede dates its event to another week: another story
    assert derivations([tank.build(), other.build()]) == []
