"""The store's read and review API: what the desk commands and the web app code against."""

from __future__ import annotations

import pytest
from storekit import corpus, make_record, put

from claimgraph.store import Conflict, Invalid, NotFound, Store


@pytest.fixture
def st(store_target, two_articles):
    with Store(store_target) as st:
        for rec in two_articles:
            put(st, rec)
        yield st


def test_list_claims_gives_one_row_per_claim_with_its_chain_hedges_and_places(st):
    rows = st.list_claims()
    assert [(r["article_id"], r["claim_id"]) for r in rows] == [("north", "c1"), ("north", "c2"), ("south", "c1")]
    first = rows[0]
    assert first["outlet"] == "North Courier" and first["published"] == "2025-05-01"
    assert first["chain"][0]["name"] == "the General Staff"
    assert (first["chain"][0]["kind"], first["chain"][0]["side"]) == ("military", "ua")
    assert [h["text"] for h in first["hedges"]] == ["reportedly"]
    assert first["places"][0]["name"] == "Izium" and first["places"][0]["lat"] == pytest.approx(49.21)
    assert first["reviewed"] is False and first["review"] == {}
    south = rows[2]
    assert [h["name"] for h in south["chain"]] == ["Reuters", "the General Staff"]
    assert south["chain_text"].startswith("Reuters (media_outlet, international) <- the General Staff")


@pytest.mark.parametrize(
    ("filters", "want"),
    [
        ({"source": "general staff"}, {"north:c1", "south:c1"}),
        ({"source": "ru-mod"}, {"north:c2"}),
        ({"side": "international"}, {"south:c1"}),
        ({"kind": "government_body"}, {"north:c2"}),
        ({"stance": "disputes"}, {"north:c2"}),
        ({"verification": "unverified"}, {"north:c1"}),
        ({"place": "izium"}, {"north:c1", "north:c2", "south:c1"}),
        ({"place": "Kyiv"}, set()),
        ({"since": "2025-05-02"}, {"south:c1"}),
        ({"until": "2025-05-01"}, {"north:c1", "north:c2"}),
        ({"q": "bridge"}, {"north:c1", "south:c1"}),
        ({"q": "artill*"}, {"north:c2"}),
        ({"q": "Reuters"}, {"south:c1"}),  # the chain is searched too
        ({"q": '"; DROP TABLE claims; --'}, set()),
        ({"source": "staff", "since": "2025-05-02"}, {"south:c1"}),
        ({"reviewed": True}, set()),
    ],
)
def test_claim_filters_and_counts_agree(st, filters, want):
    got = {r["key"] for r in st.list_claims(**filters)}
    assert got == want
    assert st.count_claims(**filters) == len(want)
    rows, total = st.claims_page(**filters)  # the cached order the web app reads by
    assert rows == st.list_claims(**filters) and total == len(want)


def test_every_write_raises_the_data_version_and_the_claim_cache_follows_it(st, two_articles, store_target):
    seen = [st.data_version()]
    assert st.claims_page_ready() and not st.claims_page_ready(stance="disputes")
    rows, total = st.claims_page(stance="disputes")
    assert [r["key"] for r in rows] == ["north:c2"] and total == 1
    assert st.claims_page_ready(stance="disputes")
    st.add_user("olena", "argon2-hash-not-a-password")
    seen.append(st.data_version())
    assert not st.claims_page_ready(stance="disputes")  # kept for the version before the write only
    st.review_claim("olena", "north", "c1", "stance", "disputes")
    seen.append(st.data_version())
    # the page after the review: the cached order of the old version is not used
    rows, total = st.claims_page(stance="disputes")
    assert [r["key"] for r in rows] == ["north:c1", "north:c2"] and total == 2
    assert st.claims_page(stance="disputes", limit=1, offset=1)[0][0]["key"] == "north:c2"
    put(st, two_articles[0])
    seen.append(st.data_version())
    st.save_corpus(corpus(["north", "south"], clusters=[("k1", [("north", "c1"), ("south", "c1")], "B", 2)]))
    seen.append(st.data_version())
    assert seen == sorted(set(seen)), seen
    # a write through another connection to the same store (another process) is seen too
    with Store(store_target) as other:
        other.review_claim("olena", "south", "c1", "stance", "disputes")
    assert st.data_version() > seen[-1]
    assert st.claims_page(stance="disputes")[1] == 3
    assert st.list_claims(stance="disputes") == st.claims_page(stance="disputes")[0]


def test_a_failed_write_leaves_the_data_version_alone(st):
    before = st.data_version()
    with pytest.raises(NotFound):
        st.review_claim("nobody", "north", "c1", "stance", "disputes")
    assert st.data_version() == before


def test_claims_are_paginated(st):
    page1, page2 = st.list_claims(limit=2), st.list_claims(limit=2, offset=2)
    assert len(page1) == 2 and len(page2) == 1
    assert {r["key"] for r in page1} | {r["key"] for r in page2} == {r["key"] for r in st.list_claims()}


def test_articles_are_listed_filtered_and_read_whole(st):
    arts = st.list_articles()
    assert [a["id"] for a in arts] == ["north", "south"]
    assert arts[0]["claims"] == 2 and arts[0]["extracted"] is True
    assert [a["id"] for a in st.list_articles(outlet="south gazette")] == ["south"]
    assert [a["id"] for a in st.list_articles(since="2025-05-02")] == ["south"]
    assert [a["id"] for a in st.list_articles(q="artillery")] == ["north"]
    assert st.count_articles() == 2 and st.count_articles(until="2025-05-02") == 1
    a = st.get_article("north")
    assert a["text"].startswith("Shelling reportedly") and a["record"]["article"]["id"] == "north"
    assert [c["claim_id"] for c in a["claims"]] == ["c1", "c2"]
    assert st.get_article("nowhere") is None


def test_search_finds_claims_with_their_chain_and_articles(st):
    hits = st.search("bridge Izium")
    claims = [h for h in hits if h["type"] == "claim"]
    articles = [h for h in hits if h["type"] == "article"]
    assert {h["article_id"] for h in claims} == {"north", "south"}
    assert all(h["chain"] and h["outlet"] for h in claims)
    assert {h["article_id"] for h in articles} == {"north", "south"}
    assert st.search("") == [] and st.search("***") == []


def test_sources_and_identities(st):
    ids = {i["canonical_id"]: i for i in st.identities()}
    assert ids["ua-general-staff"]["articles"] == 2
    assert ids["ua-general-staff"]["names"] == "the General Staff"
    srcs = st.sources(canonical_id="ua-general-staff")
    assert {s["article_id"] for s in srcs} == {"north", "south"} and all(s["claims"] == 1 for s in srcs)


def test_a_review_is_applied_on_read_audited_and_outlives_a_reextract_and_a_relink(st, two_articles):
    st.add_user("olena", "argon2-hash-not-a-password")
    with pytest.raises(Conflict):
        st.add_user("olena", "another")
    assert st.get_user("olena")["password_hash"] == "argon2-hash-not-a-password"
    assert st.get_user("nobody") is None
    r = st.review_claim("olena", "north", "c1", "verification", "confirmed", note="geolocated footage")
    assert r["before"] == "unverified"
    st.review_claim("olena", "north", "c1", "place", "Izium, the eastern bridge")
    c = st.get_claim("north", "c1")
    assert c["verification"] == "confirmed" and c["extracted"] == {"verification": "unverified"}
    assert c["reviewed"] and c["review"]["verification"]["reviewer"] == "olena"
    assert c["review"]["place"]["value"] == "Izium, the eastern bridge"
    assert st.count_claims(verification="confirmed") == 1 and st.count_claims(verification="unverified") == 0
    assert {x["key"] for x in st.list_claims(reviewed=True)} == {"north:c1"}
    assert st.count_claims(reviewed=False) == 2
    log = st.audit_entries(target="north:c1")
    assert [e["action"] for e in log] == ["review_place", "review_verification"]
    assert log[1]["username"] == "olena" and log[1]["before"] == "unverified" and "confirmed" in log[1]["after"]
    # a re-extract rewrites the claim rows; a re-link rewrites the links: the judgement stays
    put(st, two_articles[0])
    st.save_corpus(corpus(["north", "south"], clusters=[("k1", [("north", "c1"), ("south", "c1")], "B", 2)]))
    assert st.get_claim("north", "c1")["verification"] == "confirmed"


def test_a_review_is_refused_for_an_unknown_field_value_claim_or_user(st):
    st.add_user("taras", "h")
    with pytest.raises(Invalid):
        st.review_claim("taras", "north", "c1", "colour", "red")
    with pytest.raises(Invalid):
        st.review_claim("taras", "north", "c1", "stance", "shouts")
    with pytest.raises(NotFound):
        st.review_claim("taras", "north", "c9", "stance", "asserts")
    with pytest.raises(NotFound):
        st.review_claim("nobody", "north", "c1", "stance", "asserts")
    assert st.reviews() == [] and [e["action"] for e in st.audit_entries()] == ["user_add"]


def test_clusters_and_derivations_read_back_as_columns(st):
    st.save_corpus(
        corpus(
            ["north", "south"],
            derivations=[("south", "north", [{"type": "hedge_dropped", "hedge": "reportedly"}])],
            clusters=[("k1", [("north", "c1"), ("south", "c1")], "B", 2)],
        )
    )
    [cl] = st.clusters()
    assert (cl["reliability"], cl["credibility"]) == ("B", 2) and cl["grade"]["reason"] == "a test grade"
    assert [m["outlet"] for m in cl["members"]] == ["North Courier", "South Gazette"]
    assert cl["contradictions"][0]["why"] == "denied in the text" and cl["origins"] == ["ua-general-staff"]
    [d] = st.derivations()
    assert (d["article"], d["derived_from"], d["changes"]) == ("south", "north", {"hedge_dropped": 1})
    assert st.drift_reports()[0]["changes"][0]["hedge"] == "reportedly"


def test_linking_never_loses_links_it_did_not_recompute(store_target, two_articles):
    """#13: a second linking run over other articles used to empty the link tables."""
    third = make_record(
        "east",
        "Drones struck a depot in Kupiansk, the General Staff said.",
        [
            {
                "text": "Drones struck a depot in Kupiansk",
                "chain": [("the General Staff", "military", "ua", "ua-general-staff")],
            }
        ],
    )
    fourth = make_record(
        "west", "A depot in Kupiansk was struck by drones.", [{"text": "A depot in Kupiansk was struck by drones"}]
    )
    with Store(store_target) as st:
        for rec in (*two_articles, third, fourth):
            put(st, rec)
        st.save_corpus(
            corpus(
                ["north", "south"],
                derivations=[("south", "north", [])],
                clusters=[("k1", [("north", "c1"), ("south", "c1")], "B", 2)],
            )
        )
        st.save_corpus(
            corpus(
                ["east", "west"],
                derivations=[("west", "east", [])],
                clusters=[("k1", [("east", "c1"), ("west", "c1")], "C", 3)],
            )
        )
        assert {(d["article"], d["derived_from"]) for d in st.derivations()} == {("south", "north"), ("west", "east")}
        assert len(st.clusters()) == 2
        # relinking the first two replaces their links, and only theirs
        st.save_corpus(corpus(["north", "south"], clusters=[("k1", [("north", "c2"), ("south", "c1")], "A", 1)]))
        assert {(d["article"], d["derived_from"]) for d in st.derivations()} == {("west", "east")}
        got = sorted((c["reliability"], len(c["members"])) for c in st.clusters())
        assert got == [("A", 2), ("C", 2)]


def test_save_corpus_stores_the_identities_linking_decided(st):
    c = corpus(["north", "south"])
    c.identities = [
        {
            "id": "ua-general-staff-of-the-armed-forces",
            "name": "General Staff of the Armed Forces of Ukraine",
            "kind": "military",
            "names": ["the General Staff"],
            "sources": [{"article": "north", "source": "s1"}, {"article": "south", "source": "s2"}],
        }
    ]
    st.save_corpus(c)
    by = {(s["article_id"], s["source_id"]): s["canonical_id"] for s in st.sources()}
    assert by[("north", "s1")] == by[("south", "s2")] == "ua-general-staff-of-the-armed-forces"
    assert by[("north", "s2")] is None  # linking gave the ministry no identity in this run
    assert ("ua-general-staff-of-the-armed-forces", "General Staff of the Armed Forces of Ukraine", "military") in (
        st.known_identities()
    )
