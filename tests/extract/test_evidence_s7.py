"""Evidence kinds, verification statements and hedges of news language, on sentences written for them."""


def _hedges(rec):
    return {h.text for c in rec.claims for h in c.hedges}


def test_an_intercepted_exchange_and_its_definite_head_noun(extract_text):
    rec = extract_text(
        "Frontline notes\n\nIn an intercepted radio exchange released by the Defence Intelligence Directorate, a "
        "Russian officer can be heard ordering the shelling of a school. The exchange could not be independently "
        "verified."
    )
    [e] = rec.evidence
    assert e.kind == "intercepted_communication" and e.verification == "unverified"


def test_new_kinds_of_material(extract_text):
    cases = [
        (
            "Prosecutors played wiretapped phone conversations in which the governor discussed the bribe.",
            "intercepted_communication",
        ),
        ("A leaked memo from the regional administration orders schools to register boys.", "document"),
        ("According to the indictment, the commander ordered the execution of three prisoners.", "court_record"),
        ("Figures from the national registry of deaths show that 12,000 more men died in 2024.", "statistics"),
        ("A satellite image taken on Thursday shows a landing ship docked in the port.", "satellite_imagery"),
    ]
    for text, kind in cases:
        rec = extract_text("Frontline notes\n\n" + text)
        assert [e.kind for e in rec.evidence] == [kind], text


def test_what_an_item_is_made_of_is_part_of_it(extract_text):
    rec = extract_text(
        "Frontline notes\n\nAn analysis of open-source imagery by a research group found that at least 12 "
        "buildings were destroyed."
    )
    assert [e.kind for e in rec.evidence] == ["investigation"]


def test_an_outlet_that_could_not_verify_and_a_negated_subject(extract_text):
    rec = extract_text(
        "Frontline notes\n\nThe Kyiv Independent could not verify the authenticity of the photographs, which "
        "were posted by a military blogger."
    )
    assert [e.verification for e in rec.evidence] == ["unverified"]
    rec = extract_text(
        "Frontline notes\n\nThe ministry said its drones destroyed a radar. Kyiv said it had shot down ten drones. "
        "Neither claim has been confirmed by independent sources."
    )
    assert all(c.verification == "unverified" for c in rec.claims if c.attribution)
    assert "Neither claim has been confirmed" in _hedges(rec)


def test_provisional_data_is_a_hedge_not_an_item(extract_text):
    rec = extract_text("Frontline notes\n\nAccording to preliminary data, six people were injured in the attack.")
    assert rec.evidence == []
    assert "According to preliminary data" in _hedges(rec)
