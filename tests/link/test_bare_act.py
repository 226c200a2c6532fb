"""A headline names one act with a bare singular ("Assault repelled near the town"; no determiner, as
headlines write): one act, which a tally of many acts counted over a period ("repelled 19 attacks over the
past day") is not, whatever the determiner or its lack (issue #12). Our own sentences, names and figures."""

from __future__ import annotations

import pytest
from linkkit import Article, by_member

from claimgraph.link import link_records
from claimgraph.link.features import act_count

PLACE = (("Hrabove", "settlement", "geonames:7", "Kharkiv"),)
DAY = (("on Tuesday", "2026-10-06", "day", "on"),)
STAFF = ("the General Staff", "military")
TALLY = "Troops repelled 19 Russian attacks near Hrabove on Tuesday, the General Staff said"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the bare singular heading its phrase: one act
        ("Assault repelled near Hrabove", 1),
        ("Enemy tank assault near Hrabove collapsed", 1),
        ("Brigade says it routed Russian armoured assault near Hrabove", 1),
        ("Defenders repelled enemy assault near the river", 1),
        ("Four killed in attack on port", 1),
        ("Counterattack near Ridkodub", 1),
        ("Russia's assault on Hrabove stalled", 1),
        # a verb, a noun it modifies, a state, an idiom, a mass noun: no count
        ("Russian troops attack near the town", 0),
        ("Marines will attack at dawn", 0),
        ("The 5th Assault Brigade said it held the line", 0),
        ("Attack drones hit the refinery", 0),
        ("Assault rifle found in the car", 0),
        ("Forward positions came under attack overnight", 0),
        ("Two volunteers were killed in battle.", 0),
        ("Shelling near the town continued", 0),
        # a tally still wins over a bare singular beside it
        ("Assault near Hrabove repelled, one of 19 attacks over the past day", 2),
    ],
)
def test_a_bare_singular_act_noun_tells_one_act(text, count):
    assert act_count(text) == count


def _linked(headline: str) -> dict:
    a = Article("a", "Slobozhan Dispatch", "2026-10-07T08:00+00:00")
    a.add(TALLY, source=STAFF, places=PLACE, dates=DAY, figures=((19, "item"),))
    b = Article("b", "Eastbank Courier", "2026-10-07T09:00+00:00")
    b.add(headline, source=STAFF, places=PLACE, dates=DAY)
    b.add(TALLY, source=STAFF, places=PLACE, dates=DAY, figures=((19, "item"),))
    return by_member(link_records([a.build(), b.build()]))


def test_a_bare_headline_of_one_assault_is_no_part_of_the_days_tally():
    # one source, one place, one day: the headline of one assault with no determiner stays apart from the
    # tally of nineteen attacks that two articles give (on main the headline joined the tally)
    got = _linked("Russian armoured assault near Hrabove repelled")
    assert got.get(("a", "c1")) is not None and got.get(("a", "c1")) == got.get(("b", "c2"))
    assert got.get(("b", "c1")) != got.get(("a", "c1"))


def test_a_bare_headline_still_sums_up_the_one_assault():
    a = Article("a", "Slobozhan Dispatch", "2026-10-07T08:00+00:00")
    a.add("Russian armoured assault near Hrabove repelled", source=STAFF, places=PLACE, dates=DAY)
    a.add("A Russian armoured assault near Hrabove was repelled on Tuesday", source=STAFF, places=PLACE, dates=DAY)
    b = Article("b", "Eastbank Courier", "2026-10-07T09:00+00:00")
    b.add("A Russian armoured assault near Hrabove was repelled on Tuesday", source=STAFF, places=PLACE, dates=DAY)
    got = by_member(link_records([a.build(), b.build()]))
    assert got.get(("a", "c2")) is not None and got.get(("a", "c2")) == got.get(("b", "c1"))
    assert got.get(("a", "c1")) == got.get(("a", "c2"))
