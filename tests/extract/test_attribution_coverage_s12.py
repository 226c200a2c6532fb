"""Attribution coverage on real news (issue #11, session 12): frames the engine missed, by class of
language. Sentences written for these tests."""


def chain_names(rec, claim):
    return [rec.source(h.source).name for h in claim.attribution]


def attributed(rec):
    return [c for c in rec.claims if c.attribution]


def test_verb_of_making_known_takes_a_noun_phrase_content(extract_text):
    rec = extract_text("The coastguard announced new restrictions on fishing near the estuary.")
    (c,) = attributed(rec)
    assert c.text == "new restrictions on fishing near the estuary"
    assert chain_names(rec, c) == ["The coastguard"] and c.attribution[0].cue.text == "announced"


def test_reported_noun_phrase_leaves_the_weekday_to_the_frame(extract_text):
    rec = extract_text("The harbour authority reported a sharp fall in cargo traffic on Friday.")
    (c,) = attributed(rec)
    assert c.text == "a sharp fall in cargo traffic"
    assert chain_names(rec, c) == ["The harbour authority"]


def test_demand_verb_takes_the_measure_it_urges(extract_text):
    rec = extract_text("The bishop urged an immediate halt to the evictions.")
    (c,) = attributed(rec)
    assert c.text == "an immediate halt to the evictions" and c.attribution[0].cue.text == "urged"


def test_noun_phrase_content_then_a_conjoined_saying(extract_text):
    rec = extract_text(
        "The regulator announced record fines for three lenders on Tuesday and said the banks would appeal."
    )
    texts = {c.text: chain_names(rec, c) for c in attributed(rec)}
    assert texts == {"record fines for three lenders": ["The regulator"], "the banks would appeal": ["The regulator"]}


def test_disclosed_and_predicted_take_noun_phrases(extract_text):
    rec = extract_text("Forecasters predicted a dry summer for the eastern provinces.")
    (c,) = attributed(rec)
    assert c.text == "a dry summer for the eastern provinces" and chain_names(rec, c) == ["Forecasters"]
    rec = extract_text("The auditor disclosed the losses of the pension fund in a letter to members.")
    (c,) = attributed(rec)
    assert c.text == "the losses of the pension fund" and chain_names(rec, c) == ["The auditor"]


def test_confirm_with_a_noun_phrase_is_the_act_of_checking(extract_text):
    rec = extract_text("We confirm every account from two independent witnesses.")
    assert attributed(rec) == []
