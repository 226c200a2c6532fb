"""Contradictions inside one event's cluster, each with a reason and the spans of both sides."""

from __future__ import annotations

from linkkit import Article

from claimgraph.link import link_records
from claimgraph.link.contradictions import contradictions

TOWN = ("Sokolyne", "settlement", "test:UA:sokolyne", "Poltava")


def _pair(text_a, fig_a, text_b, fig_b, dates_a=(), dates_b=(), src_b=("the district council", "government_body")):
    a = Article("a", "Poltava Today", "2025-06-07")
    a.add(
        text_a,
        source=("regional governor Olena Marchuk", "state_official"),
        places=(TOWN,),
        figures=fig_a,
        dates=dates_a,
    )
    b = Article("b", "Steppe Wire", "2025-06-07")
    b.add(text_b, source=src_b, places=(TOWN,), figures=fig_b, dates=dates_b)
    return link_records([a.build(), b.build()])


def _contradictions(corpus):
    return [x for cl in corpus.claim_clusters for x in cl.contradictions]


def test_another_count_for_the_same_event_is_a_contradiction_with_both_spans():
    corpus = _pair(
        "Shelling of the Sokolyne market on Friday killed 3 people and wounded others.",
        ((3, "person"),),
        "Shelling of the Sokolyne market on Friday killed 5 people and wounded others.",
        ((5, "person"),),
    )
    [x] = _contradictions(corpus)
    assert x["kind"] == "another_figure" and "person" in x["why"]
    assert x["span"]["text"] and x["against"]["span"]["text"]
    assert {x["article"], x["against"]["article"]} == {"a", "b"}


def test_the_same_figure_in_km_and_in_km2_is_a_slip():
    corpus = _pair(
        "Russian troops advanced 160 km around Sokolyne since the spring, the governor said.",
        ((160, "km"),),
        "Russian troops advanced 160 km2 around Sokolyne since the spring, the council said.",
        ((160, "km2"),),
    )
    assert any(x["kind"] == "unit" for x in _contradictions(corpus))


def test_the_same_figure_for_another_period_is_a_contradiction():
    corpus = _pair(
        "Around Sokolyne 1,240 homes were damaged in 2024 alone, the governor said.",
        ((1240, "item"),),
        "Around Sokolyne 1,240 homes were damaged since February 2022, the council said.",
        ((1240, "item"),),
        dates_a=(("in 2024", "2024", "year", "on"),),
        dates_b=(("since February 2022", "2022-02", "month", "since"),),
    )
    [x] = [x for x in _contradictions(corpus) if x["kind"] == "time_scope"]
    assert "2024" in x["why"] and "2022" in x["why"]


def test_a_figure_inconsistent_inside_one_article_is_found():
    a = Article("a", "Front Digest", "2025-06-07")
    a.add(
        "Russian forces took 160 km2 around Sokolyne in May, the governor said.",
        source=("the governor", "state_official"),
        places=(TOWN,),
        figures=((160, "km2"),),
    )
    a.add(
        "In all, the 16 km2 around Sokolyne taken in May were mostly farmland, the governor said.",
        source=("the governor", "state_official"),
        places=(TOWN,),
        figures=((16, "km2"),),
    )
    b = Article("b", "Steppe Wire", "2025-06-07")
    b.add(
        "Russian forces took 160 km2 around Sokolyne in May, officials said.", places=(TOWN,), figures=((160, "km2"),)
    )
    corpus = link_records([a.build(), b.build()])
    found = _contradictions(corpus)
    assert any(x["kind"] == "figure_inside_article" and "digit dropped" in x["why"] for x in found), found


def test_a_denial_is_a_contradiction():
    corpus = _pair(
        "Shelling hit the Sokolyne hospital on Friday, the governor said.",
        (),
        "The ministry denied that shelling hit the Sokolyne hospital on Friday.",
        (),
        src_b=("Russia's Defence Ministry", "government_body"),
    )
    assert any(x["kind"] == "denial" for x in _contradictions(corpus))


def test_liberated_and_cleared_by_one_side_agree():
    corpus = _pair(
        "Ukrainian forces liberated the village of Sokolyne on Friday, the governor said.",
        (),
        "Ukrainian forces cleared the village of Sokolyne on Friday, the council said.",
        (),
    )
    assert not _contradictions(corpus)


def test_figures_of_two_events_are_no_contradiction():
    a = Article("a", "Poltava Today", "2025-06-07")
    a.add(
        "A strike on the Sokolyne depot injured 3 people on Friday.",
        places=(TOWN,),
        figures=((3, "person"),),
        dates=(("on Friday", "2025-06-06", "day", "on"),),
    )
    b = Article("b", "Steppe Wire", "2025-06-07")
    b.add(
        "A strike on the Sokolyne depot injured 4 people on Monday.",
        places=(TOWN,),
        figures=((4, "person"),),
        dates=(("on Monday", "2025-06-02", "day", "on"),),
    )
    assert not _contradictions(link_records([a.build(), b.build()]))


def _members(*specs):
    """(article id, text, figures as (value, unit, span text), dates) -> cluster members, for contradictions()."""
    out = []
    for aid, text, figs, dates in specs:
        a = Article(aid, f"Outlet {aid}", "2025-06-07")
        a.add(text, places=(TOWN,), figures=tuple((v, u) for v, u, _t in figs), dates=dates)
        rec = a.build()
        for q, (_v, _u, span) in zip(rec.quantities, figs, strict=True):
            q.text = span
            if _u == "km":
                q.kind = "distance"
        out.append((rec, rec.claims[0]))
    return out


def test_a_total_and_its_parts_are_no_contradiction():
    members = _members(
        (
            "a",
            "120 people came home from captivity, 20 civilians among them",
            [(120, "person", "120 people"), (20, "person", "20 civilians")],
            (),
        ),
        ("b", "Of those freed, 100 were soldiers", [(100, "person", "100 were soldiers")], ()),
        (
            "c",
            "Of the 120 people freed, 20 were civilians",
            [(120, "person", "120 people"), (20, "person", "20 civilians")],
            (),
        ),
    )
    assert contradictions(members, set()) == []


def test_tanks_and_armoured_vehicles_are_two_counts_not_two_figures_for_one():
    members = _members(
        ("a", "The brigade destroyed 4 tanks near Sokolyne", [(4, "vehicle", "4 tanks")], ()),
        ("b", "The brigade destroyed 7 armoured vehicles near Sokolyne", [(7, "vehicle", "7 armoured vehicles")], ()),
    )
    assert contradictions(members, set()) == []
    members = _members(
        ("a", "The brigade destroyed 4 tanks near Sokolyne", [(4, "vehicle", "4 tanks")], ()),
        ("b", "The brigade destroyed 6 tanks near Sokolyne", [(6, "vehicle", "6 tanks")], ()),
    )
    assert [x["kind"] for x in contradictions(members, set())] == ["another_figure"]


def test_one_period_told_at_two_granularities_is_no_other_period():
    since_year = ("since 2022", "2022", "year", "since")
    since_month = ("since September 2022", "2022-09", "month", "since")
    members = _members(
        ("a", "1,240 homes around Sokolyne were damaged since 2022", [(1240, "item", "1,240 homes")], (since_year,)),
        (
            "b",
            "1,240 homes around Sokolyne were damaged since September 2022",
            [(1240, "item", "1,240 homes")],
            (since_month,),
        ),
    )
    assert not [x for x in contradictions(members, set()) if x["kind"] == "time_scope"]
    # a distance does not change with the period a sentence speaks of
    members = _members(
        ("a", "Sokolyne, 40 km from the front, has been shelled since 2022", [(40, "km", "40 km")], (since_year,)),
        (
            "b",
            "Sokolyne lies 40 km from the front; in 2024 alone it was shelled 300 times",
            [(40, "km", "40 km")],
            (("in 2024 alone", "2024", "year", "on"),),
        ),
    )
    assert not [x for x in contradictions(members, set()) if x["kind"] == "time_scope"]
