"""Derivations as a tree, with the direction decided from the signals the pages give."""

from __future__ import annotations

from linkkit import Article

from claimgraph.link import link_records
from claimgraph.link.derivations import derivations

BODY = [
    "Drones hit the pumping station at Zolotoverkhe on Thursday night, the district head Ilona Verbytska said.",
    "Water supply to 14 villages of the Ostrivna valley was cut, Verbytska said.",
    "Repair crews from the Ostrivna water company expect to restore pressure within 36 hours.",
    "The station had been repaired twice since the summer, according to the company.",
]


def _article(aid, outlet, published=None, lines=BODY, hedged=True, url=None, extra=()):
    a = Article(aid, outlet, published, url)
    for n, line in enumerate(lines):
        a.add(
            line,
            source=("Ilona Verbytska", "state_official") if hedged or n else None,
            hedges=("reportedly",) if hedged and n == 0 else (),
        )
    for p in extra:
        a.para(p)
    return a.build()


def test_one_undated_page_does_not_make_the_original_a_copy_of_its_rewrite():
    original = _article("orig", "Ostrivna Courier", "2025-06-06", hedged=True)
    # an undated rewrite: the same story with its hedge and first attribution dropped, one line shorter
    rewrite = _article("rw", "Fast Feed", None, lines=BODY[:3], hedged=False)
    [d] = derivations([original, rewrite])
    # shorter is not later, and one date says nothing: never the original presented as the copy
    assert not (d.article == "orig" and d.direction == "known")


def test_the_text_that_lost_its_hedges_and_attributions_is_the_later():
    original = _article("orig", "Ostrivna Courier", None, hedged=True)
    rewrite = _article("rw", "Fast Feed", None, hedged=False)
    [d] = derivations([original, rewrite])
    assert (d.article, d.derived_from, d.direction) == ("rw", "orig", "known")


def test_direction_unknown_when_nothing_tells_which_came_first():
    a = _article("a", "Ostrivna Courier")
    b = _article("b", "Valley Digest")
    [d] = derivations([a, b])
    assert d.direction == "unknown" and d.candidates == ["a", "b"]


def test_a_url_date_orders_a_page_without_metadata():
    a = _article("a", "Ostrivna Courier", None, url="https://courier.example/2025/06/06/pumping-station")
    b = _article("b", "Valley Digest", None, url="https://digest.example/2025/06/08/water-cut")
    [d] = derivations([a, b])
    assert (d.article, d.derived_from, d.direction) == ("b", "a", "known")


def test_a_web_archive_capture_orders_a_page_before_one_published_after_it():
    # b is the original: an archive held it the evening before a (which has a publication date) appeared
    a = _article("a", "Ostrivna Courier", "2025-06-08")
    b = _article("b", "Valley Digest", None)
    b.article.captured = "2025-06-07T19:30:00Z"
    [d] = derivations([a, b])
    assert (d.article, d.derived_from, d.direction) == ("a", "b", "known")
    assert any("web archive" in e for e in d.evidence)
    # a capture after the other page appeared says nothing about which came first
    b.article.captured = "2025-06-09T08:00:00Z"
    [d] = derivations([a, b])
    assert d.direction == "unknown" or not any("web archive" in e for e in d.evidence)


def test_a_credit_line_outweighs_publication_dates():
    original = _article("orig", "Ostrivna Courier", "2025-06-08")
    copy = _article("copy", "Valley Digest", "2025-06-06", extra=["Originally published by the Ostrivna Courier."])
    [d] = derivations([original, copy])
    assert (d.article, d.derived_from, d.kind) == ("copy", "orig", "syndication")


def test_a_page_naming_another_outlet_as_its_source_cites_it_in_other_words():
    original = _article("orig", "Ostrivna Courier", "2025-06-06")
    other = Article("later", "Capital Lantern", "2025-06-07")
    other.add(
        "Fourteen villages in the Ostrivna valley lost running water after a drone strike on the "
        "Zolotoverkhe station, as reported by the Ostrivna Courier.",
        figures=((14, "settlement"),),
    )
    other.add("Verbytska told the paper that crews would need 36 hours.", source="Verbytska")
    [d] = derivations([original, other.build()])
    assert (d.article, d.derived_from, d.kind) == ("later", "orig", "cites")


def test_an_outlet_named_in_another_script_is_still_named():
    original = _article("orig", "Острівна правда", "2025-06-06")
    other = Article("later", "Capital Lantern", "2025-06-07")
    other.add(
        "Drones cut water to 14 villages around Zolotoverkhe and Ostrivna, Ostrivna Pravda reported, "
        "citing Ilona Verbytska; repairs will take 36 hours."
    )
    [d] = derivations([original, other.build()])
    assert (d.article, d.derived_from, d.kind) == ("later", "orig", "cites")


def test_also_read_lines_of_a_content_farm_do_not_make_it_the_original():
    original = _article("orig", "Ostrivna Courier", "2025-06-06", hedged=True)
    farm = _article(
        "farm",
        "ClickNews",
        "2025-06-06",
        hedged=False,
        extra=["Also read: Ten tips for storing water at home", "Also read: Prices of generators rise again"],
    )
    [d] = derivations([original, farm])
    assert (d.article, d.derived_from) == ("farm", "orig")


def test_many_near_copies_give_a_tree_not_every_pair():
    arts = [_article("orig", "Ostrivna Courier", "2025-06-06T08:00")]
    for n in range(40):
        arts.append(_article(f"copy{n:02d}", f"Mirror {n}", f"2025-06-06T{9 + n // 6:02d}:{(n % 6) * 10:02d}"))
    corpus = link_records(arts)
    parents: dict[str, int] = {}
    for d in corpus.derivations:
        parents[d.article] = parents.get(d.article, 0) + 1
    assert max(parents.values()) <= 3
    assert len(corpus.derivations) <= len(arts)
    assert "orig" not in parents
