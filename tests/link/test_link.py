from claimgraph import link
from claimgraph.link.drift import drift

ORIG = (
    "Russian drones reportedly struck a fuel depot on the outskirts of Kupiansk overnight, the regional governor said "
    "on Tuesday. According to the governor, at least 12 drones were launched from Belgorod Oblast. The army said "
    "air defence units shot down nine of them over the region. Kupiansk, a railway hub on the Oskil River, has been "
    "shelled almost daily for months, and residents have been urged to leave the town before winter."
)
REWRITE = (
    "Russian drones struck a fuel depot on the outskirts of Kupiansk overnight. At least 14 drones were launched "
    "from Belgorod Oblast. Air defence units shot down nine of them over the region. Kupiansk, a railway hub on "
    "the Oskil River, has been shelled almost daily for months."
)


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
    a = _claims(
        extract_text,
        "a",
        "Shelling hit a hospital in the town overnight.\nFour nurses were injured in the hospital.",
        "2025-03-01",
    )
    b = _claims(
        extract_text,
        "b",
        "Shelling hit a hospital in the town overnight and four nurses were injured in the hospital.",
        "2025-03-02",
    )
    corpus = link([a, b])
    for cl in corpus.claim_clusters:
        assert len({m.claim for m in cl.members if m.article == "a"}) <= 1, cl


def test_a_claim_restated_with_added_detail_joins_its_cluster(extract_text):
    a = _claims(extract_text, "a", "The mayor said the water tower collapsed after the blast.", "2025-03-01")
    b = _claims(
        extract_text,
        "b",
        "Drone footage filmed on Monday by a local volunteer group and checked by "
        "analysts shows the water tower collapsed after the blast, leaving the district dry.",
        "2025-03-02",
    )
    c = _claims(extract_text, "c", "Parliament passed a budget for road repairs in the capital.", "2025-03-02")
    corpus = link([a, b, c])
    together = [cl for cl in corpus.claim_clusters if {m.article for m in cl.members} == {"a", "b"}]
    assert together and together[0].independent_confirmations == 2


def test_opposite_outcomes_for_one_village_are_a_contradiction(extract_text):
    a = _claims(
        extract_text,
        "a",
        "Russian forces liberated the village of Novoselivka near Kupiansk, "
        "the Russian Defence Ministry said on Tuesday.",
        "2025-03-04",
    )
    b = _claims(
        extract_text,
        "b",
        "Ukrainian troops cleared the village of Novoselivka near Kupiansk of Russian "
        "forces, the General Staff said on Tuesday.",
        "2025-03-04",
    )
    corpus = link([a, b])
    [cl] = [c for c in corpus.claim_clusters if {m.article for m in c.members} == {"a", "b"}]
    assert cl.contradictions and "opposite outcome" in cl.contradictions[0]["why"]
    assert cl.independent_confirmations <= 1


PARA_ORIG = (
    "Russian missiles hit a power plant in Burshtyn on Monday night, regional governor Svitlana Onyshchuk said.\n"
    '"Two workers were injured and the turbine hall was damaged," Onyshchuk said.\n'
    "The strike caused outages across 40 villages, according to the energy ministry.\n"
    '"Repairs will take at least three weeks," the plant\'s director, Ihor Kostenko, told reporters.\n'
    "Air defences shot down 12 of the 18 missiles launched, the air force said."
)
PARA_REWRITE = (
    "A thermal power station in Burshtyn was struck by Russian missiles overnight, according to "
    "Svitlana Onyshchuk, who heads the region.\n"
    '"Two workers were injured and the turbine hall was damaged," she stated.\n'
    "Some 40 villages lost electricity as a result, the energy ministry reported.\n"
    'Plant director Ihor Kostenko warned: "Repairs will take at least three weeks."\n'
    "The air force reported that 12 of 18 incoming missiles were intercepted."
)
PARA_INDEPENDENT = (
    "Residents of Burshtyn woke to explosions as missiles struck the local power station, witnesses said.\n"
    '"The windows shook and then the lights went out," said resident Maria Bondar.\n'
    "Officials in Kyiv blamed Russia for the attack on the Burshtyn plant.\n"
    '"We will rebuild the plant," energy minister Petro Kravets told journalists.\n'
    "Russia fired 18 missiles at Ukraine overnight, the air force said."
)


def test_a_heavy_paraphrase_with_the_same_quotes_in_order_is_a_rewrite(extract_text):
    a = _claims(extract_text, "orig", PARA_ORIG, "2025-03-03")
    b = _claims(extract_text, "para", PARA_REWRITE, "2025-03-04")
    c = _claims(extract_text, "own", PARA_INDEPENDENT, "2025-03-04")
    corpus = link([a, b, c])
    assert [(d.article, d.derived_from, d.kind) for d in corpus.derivations] == [("para", "orig", "rewrite")]


def test_the_paraphrase_check_alone_needs_the_quotes_and_claims_in_order(extract_text):
    from claimgraph.link import paraphrases

    retold = (
        "Russian rockets struck the Burshtyn power plant late on Monday, said Svitlana Onyshchuk, the governor.\n"
        '"Two employees were injured and the turbine hall was damaged," Onyshchuk told local media.\n'
        "About 40 villages were left without power, the energy ministry said.\n"
        '"The repairs will take three weeks at least," said Ihor Kostenko, who runs the plant.\n'
        "Of the 18 missiles, 12 were downed by air defences, according to the air force."
    )
    a = _claims(extract_text, "orig", PARA_ORIG, "2025-03-03")
    b = _claims(extract_text, "retold", retold, "2025-03-04")
    c = _claims(extract_text, "own", PARA_INDEPENDENT, "2025-03-04")
    got = paraphrases([a, b, c], set())
    assert [(d.article, d.derived_from) for d in got] == [("retold", "orig")]
    assert "quotations repeated in the same order" in got[0].evidence[0]


def test_drift_does_not_report_one_source_under_two_names(extract_text):
    a = _claims(
        extract_text,
        "a",
        "Ukraine's General Staff said air defences shot down nine drones over the region.",
        "2025-03-03",
    )
    b = _claims(
        extract_text, "b", "Air defences shot down nine drones over the region, the General Staff said.", "2025-03-04"
    )
    kinds = [c["type"] for c in drift(a, b)["changes"]]
    assert not any(k.startswith("attribution") for k in kinds) and "claim_added" not in kinds
