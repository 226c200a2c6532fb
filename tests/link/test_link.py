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
