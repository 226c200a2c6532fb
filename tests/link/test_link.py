from claimgraph import link
from claimgraph.linking.drift import drift

ORIG = ("Russian drones reportedly struck a fuel depot on the outskirts of Kupiansk overnight, the regional governor said "
        "on Tuesday. According to the governor, at least 12 drones were launched from Belgorod Oblast. The army said "
        "air defence units shot down nine of them over the region. Kupiansk, a railway hub on the Oskil River, has been "
        "shelled almost daily for months, and residents have been urged to leave the town before winter.")
REWRITE = ("Russian drones struck a fuel depot on the outskirts of Kupiansk overnight. At least 14 drones were launched "
           "from Belgorod Oblast. Air defence units shot down nine of them over the region. Kupiansk, a railway hub on "
           "the Oskil River, has been shelled almost daily for months.")


def test_rewrite_is_found_and_its_drift_reported(extract_text):
    a = extract_text(ORIG, published="2025-11-04")
    a.article.id = "orig"
    b = extract_text(REWRITE, published="2025-11-05")
    b.article.id = "rewrite"
    unrelated = extract_text("The city council approved a new budget for schools and parks on Monday.")
    unrelated.article.id = "other"
    corpus = link([a, b, unrelated])
    assert [(d.article, d.derived_from) for d in corpus.derivations] == [("rewrite", "orig")]
    rep = drift(a, b)
    kinds = {c["type"] for c in rep["changes"]}
    assert "hedge_dropped" in kinds and "attribution_removed" in kinds and "figure_changed" in kinds
    assert corpus.claim_clusters and all(cl.independent_confirmations <= 1 for cl in corpus.claim_clusters)


def _claims(extract_text, aid, text, published):
    rec = extract_text(text, published=published)
    rec.article.id = aid
    return rec


def test_a_sentence_joining_two_facts_does_not_chain_their_clusters(extract_text):
    a = _claims(extract_text, "a", "Shelling hit a hospital in the town overnight.\n"
                "Four nurses were injured in the hospital.", "2025-03-01")
    b = _claims(extract_text, "b", "Shelling hit a hospital in the town overnight and four nurses were injured "
                "in the hospital.", "2025-03-02")
    corpus = link([a, b])
    for cl in corpus.claim_clusters:
        assert len({m.claim for m in cl.members if m.article == "a"}) <= 1, cl


def test_a_claim_restated_with_added_detail_joins_its_cluster(extract_text):
    a = _claims(extract_text, "a", "The mayor said the water tower collapsed after the blast.", "2025-03-01")
    b = _claims(extract_text, "b", "Drone footage filmed on Monday by a local volunteer group and checked by "
                "analysts shows the water tower collapsed after the blast, leaving the district dry.", "2025-03-02")
    c = _claims(extract_text, "c", "Parliament passed a budget for road repairs in the capital.", "2025-03-02")
    corpus = link([a, b, c])
    together = [cl for cl in corpus.claim_clusters if {m.article for m in cl.members} == {"a", "b"}]
    assert together and together[0].independent_confirmations == 2


def test_opposite_outcomes_for_one_village_are_a_contradiction(extract_text):
    a = _claims(extract_text, "a", "Russian forces liberated the village of Novoselivka near Kupiansk, "
                "the Russian Defence Ministry said on Tuesday.", "2025-03-04")
    b = _claims(extract_text, "b", "Ukrainian troops cleared the village of Novoselivka near Kupiansk of Russian "
                "forces, the General Staff said on Tuesday.", "2025-03-04")
    corpus = link([a, b])
    [cl] = [c for c in corpus.claim_clusters if {m.article for m in c.members} == {"a", "b"}]
    assert cl.contradictions and "opposite outcome" in cl.contradictions[0]["why"]
    assert cl.independent_confirmations <= 1
