"""The cue lexicon (data/en/cues.json and its neighbours) and the frames it opens: verb classes of
communication, cognition, intention, demand and denial; frames inside subordinate clauses, set off by
commas, or carried by a participle. Sentences written for these tests."""

from claimgraph import lexicon


def chain_names(rec, claim):
    return [rec.source(h.source).name for h in claim.attribution]


def attributed(rec):
    return [c for c in rec.claims if c.attribution]


def test_cue_lexicon_is_well_formed():
    cues = lexicon.mapping("en", "cues")
    classes = {"communication", "denial", "cognition", "intention", "demand", "accusation", "evaluation"}
    takes = {"clause", "quote", "infinitive", "np", "gerund"}
    assert {"say", "deny", "believe", "vow", "urge", "accuse"} <= set(cues)
    for lemma, entry in cues.items():
        assert lemma == lemma.lower() and lemma.strip() == lemma
        assert entry["class"] in classes, lemma
        assert set(entry["takes"]) <= takes and entry["takes"], lemma
        assert entry["stance"] in {"reports", "distances", "disputes"}, lemma
    assert cues["deny"]["stance"] == "disputes" and cues["claim"]["stance"] == "distances"
    assert set(lexicon.mapping("en", "cue_nouns").values()) <= {"reports", "distances", "disputes"}
    assert "confident" in lexicon.words("en", "cue_adjectives")


def test_cognition_verb_opens_a_frame(extract_text):
    rec = extract_text("Local farmers fear the dam will not hold through the spring floods.")
    (c,) = attributed(rec)
    assert c.text == "the dam will not hold through the spring floods"
    assert chain_names(rec, c) == ["Local farmers"]


def test_fronted_phrase_is_not_the_content(extract_text):
    rec = extract_text("During a visit to the port on Thursday, the harbour master said two cranes were damaged.")
    (c,) = attributed(rec)
    assert c.text == "two cranes were damaged"
    assert chain_names(rec, c) == ["the harbour master"]
    assert c.attribution[0].cue.text == "said"


def test_frame_set_off_by_commas_keeps_the_whole_sentence(extract_text):
    rec = extract_text("The ferry, the operator said, would resume sailing next week.")
    (c,) = attributed(rec)
    assert c.text.startswith("The ferry") and c.text.endswith("next week")
    assert chain_names(rec, c) == ["the operator"]


def test_saying_after_a_main_clause(extract_text):
    rec = extract_text("The governor toured the flooded district on Monday, saying repairs would take months.")
    own = [c for c in rec.claims if not c.attribution]
    (said,) = attributed(rec)
    assert said.text == "repairs would take months" and said.attribution[0].cue.text == "saying"
    assert chain_names(rec, said) == ["The governor"]
    assert own and own[0].text.startswith("The governor toured")


def test_relative_clause_names_the_source(extract_text):
    rec = extract_text("Engineers who said the tunnel was unsafe were ignored for months.")
    said = attributed(rec)
    assert said and chain_names(rec, said[0]) == ["Engineers"]
    assert said[0].text.startswith("the tunnel was unsafe")


def test_passive_demand_verb_names_no_source(extract_text):
    rec = extract_text("Fishermen were urged to stay in port until the storm passed.")
    assert attributed(rec) == []


def test_belief_inside_reported_speech_stays_in_the_content(extract_text):
    rec = extract_text("The senator said she did not believe the budget would pass.")
    (c,) = attributed(rec)
    assert c.text == "she did not believe the budget would pass"
    assert chain_names(rec, c) == ["The senator"]


def test_speech_verb_not_the_relative_clause_names_the_speaker(extract_text):
    rec = extract_text('"We saw the roof fall in," said the nurse, who asked that her name not be used.')
    (q,) = rec.quotes
    assert rec.source(q.speaker).name == "the nurse"


def test_every_mention_is_recorded_with_apposition_and_pronouns(extract_text):
    rec = extract_text(
        "Olha Savenko, a spokeswoman for the port authority, said two berths were closed. "
        "She said repairs would start next week."
    )
    (src,) = [s for s in rec.sources if "Savenko" in s.name]
    texts = [m.text for m in src.mentions]
    assert texts == ["Olha Savenko, a spokeswoman for the port authority", "She"]
    assert all(rec.article.text[m.start : m.end] == m.text for m in src.mentions)
    assert all(h.source == src.id for c in rec.claims for h in c.attribution)


def test_pronoun_takes_up_the_person_named_before_it(extract_text):
    rec = extract_text(
        "Halyna Bondar stood at the gate of the ruined farm.\n\n"
        '"We will plant again in spring," she said after the visit.'
    )
    (q,) = rec.quotes
    src = rec.source(q.speaker)
    assert src.name == "Halyna Bondar" and [m.text for m in src.mentions] == ["Halyna Bondar", "she"]


def test_speaker_colon_headline_and_labels(extract_text):
    rec = extract_text(
        "Port director: Grain ships will sail again next week\n\n"
        "Map: where the shipping lanes run\n\n"
        "The port director spoke at a briefing on Monday."
    )
    head = rec.claims[0]
    assert head.text == "Grain ships will sail again next week"
    assert rec.source(head.attribution[0].source).name == "Port director" and head.attribution[0].cue.text == ":"
    assert all(not c.attribution for c in rec.claims if c.text.startswith("Map"))


def test_title_with_a_colon_names_no_speaker(extract_text):
    rec = extract_text("Rebuilding the bridge: engineers race the winter floods\n\nWork began in May.")
    assert rec.claims and not rec.claims[0].attribution


def test_dateline_is_not_the_speaker(extract_text):
    rec = extract_text(
        "Ferry service resumes\n\n"
        "ODESA — The regional port authority says it reopened two berths on Tuesday after repairs."
    )
    said = attributed(rec)
    assert said and chain_names(rec, said[0]) == ["The regional port authority"]
    assert said[0].text.startswith("it reopened two berths")


def test_second_predicate_with_its_own_auxiliary_is_a_second_claim(extract_text):
    rec = extract_text(
        "The army said enemy troops had crossed the river at dawn and were stopped by artillery near the bridge."
    )
    assert [c.text for c in rec.claims] == [
        "enemy troops had crossed the river at dawn",
        "were stopped by artillery near the bridge",
    ]


def test_bracketed_placeholder_is_no_claim(extract_text):
    rec = extract_text(
        "Flooding closed the coastal road on Sunday.\n\n[Embedded video from the city council's channel: the flooded road.]"
    )
    assert [c.text for c in rec.claims] == ["Flooding closed the coastal road on Sunday"]


def test_second_frame_coordinated_with_the_first(extract_text):
    rec = extract_text(
        "A spokeswoman for the port told reporters that the cranes were working and denied that any ship had been hit."
    )
    a, b = attributed(rec)
    assert a.text == "the cranes were working" and a.attribution[0].cue.text == "told"
    assert b.text == "any ship had been hit" and b.attribution[0].cue.text == "denied"
    assert chain_names(rec, a) == chain_names(rec, b)
    assert b.stance == "disputes"


def test_a_coordinated_verb_inside_a_content_is_no_frame_of_its_own(extract_text):
    rec = extract_text(
        "Two farmers told the paper that they had heard shelling all night but could not say what was hit."
    )
    (c,) = attributed(rec)
    assert c.text.startswith("they had heard shelling") and c.text.endswith("what was hit")
    assert chain_names(rec, c) == ["Two farmers"]


def test_infinitive_content_of_intention_and_demand(extract_text):
    rec = extract_text("The regional governor vowed to rebuild the school before winter.")
    (c,) = attributed(rec)
    assert c.text == "to rebuild the school before winter"
    assert chain_names(rec, c) == ["The regional governor"]
    rec = extract_text("The mayor called on residents to stay away from the river bank.")
    (c,) = attributed(rec)
    assert c.text == "residents to stay away from the river bank"
    assert c.attribution[0].cue.text == "called on"


def test_noun_phrase_content_of_denial_accusation_and_naming(extract_text):
    rec = extract_text("The army denied any involvement in the convoy attack.")
    (c,) = attributed(rec)
    assert c.text == "any involvement in the convoy attack" and c.stance == "disputes"
    rec = extract_text("The ministry accused the separatists of shelling the water plant.")
    (c,) = attributed(rec)
    assert c.text == "the separatists of shelling the water plant"
    rec = extract_text("The union called for an inquiry into the mine collapse.")
    (c,) = attributed(rec)
    assert c.text == "an inquiry into the mine collapse" and c.attribution[0].cue.text == "called for"


def test_an_order_is_an_act_not_a_stance(extract_text):
    rec = extract_text("The colonel ordered his battalion to withdraw from the ridge.")
    assert not attributed(rec)


def test_denying_an_earlier_claim_adds_no_content(extract_text):
    rec = extract_text("Separatist media said the dam was hit. The army denied the claim.")
    assert [c.text for c in rec.claims] == ["the dam was hit"]


def test_adjective_of_attitude_opens_a_frame(extract_text):
    rec = extract_text("The harbour master was confident that the cranes would be repaired by May.")
    (c,) = attributed(rec)
    assert c.text == "the cranes would be repaired by May"
    assert c.attribution[0].cue.text == "was confident"
    rec = extract_text("Local fishermen have been critical of the new quota system for years.")
    (c,) = attributed(rec)
    assert c.text.startswith("the new quota system") and c.attribution[0].cue.text == "have been critical of"


def test_too_short_a_content_keeps_the_sentence(extract_text):
    rec = extract_text("Local fishermen were not worried about it.")
    assert rec.claims and not attributed(rec)


def test_naming_and_topic_verbs(extract_text):
    rec = extract_text("The ministry called the accusations baseless and politically motivated.")
    (c,) = attributed(rec)
    assert c.text == "the accusations baseless and politically motivated"
    rec = extract_text("The mayor spoke about the need for more bomb shelters in the suburbs.")
    (c,) = attributed(rec)
    assert c.text == "the need for more bomb shelters in the suburbs"


def test_cue_span_keeps_its_auxiliaries_and_adverbs(extract_text):
    rec = extract_text("The port authority has repeatedly said that the cranes were not damaged.")
    (c,) = attributed(rec)
    assert c.attribution[0].cue.text == "has repeatedly said"
    rec = extract_text("The cranes were not damaged, the port authority had said earlier.")
    (c,) = attributed(rec)
    assert c.attribution[0].cue.text == "had said"


def test_evaluation_verb_takes_its_object_as_content(extract_text):
    rec = extract_text("The opposition leader praised the new reconstruction plan for the port.")
    (c,) = attributed(rec)
    assert c.text == "the new reconstruction plan for the port"
    assert chain_names(rec, c) == ["The opposition leader"]
    assert c.attribution[0].cue.text == "praised"


def test_evaluation_verb_takes_a_gerund(extract_text):
    rec = extract_text("Several regional governors opposed sending more conscripts to the front.")
    (c,) = attributed(rec)
    assert c.text == "sending more conscripts to the front"
    assert chain_names(rec, c) == ["Several regional governors"]


def test_questioning_takes_a_whether_clause(extract_text):
    rec = extract_text("The economist questioned whether the new sanctions would change anything.")
    (c,) = attributed(rec)
    assert c.text == "whether the new sanctions would change anything"
    assert c.attribution[0].cue.text == "questioned"


def test_a_verb_of_naming_takes_the_object_and_what_it_is_likened_to(extract_text):
    rec = extract_text("The veteran lawmaker likened the ceasefire proposal to a quiet surrender.")
    (c,) = attributed(rec)
    assert c.text == "the ceasefire proposal to a quiet surrender"


def test_a_noun_phrase_content_ends_before_the_verbs_own_modifiers(extract_text):
    rec = extract_text("The mayor demanded new bomb shelters for every school on Tuesday.")
    (c,) = attributed(rec)
    assert c.text == "new bomb shelters for every school"
    assert chain_names(rec, c) == ["The mayor"]


def test_a_coordinated_predicate_after_a_noun_phrase_content_is_the_frames_own(extract_text):
    # the guide: the content is what the source says, without the frame; 'refuses to ...' is the council's
    # second act (a cue of its own), not part of what it calls the checkpoints (session 11, spans)
    rec = extract_text('The local council calls the new checkpoints "a trap" and refuses to staff them.')
    texts = {c.text: c for c in attributed(rec)}
    assert 'the new checkpoints "a trap"' in texts
    assert "to staff them" in texts
    assert texts["to staff them"].attribution[0].cue.text == "refuses"


def test_a_passive_cue_verb_is_no_frame_for_a_clause_coordinated_with_it(extract_text):
    rec = extract_text(
        "By Friday the video had been viewed two million times and had been shared by many channels, "
        "some of which added that the convoy was turned back."
    )
    own = [c for c in rec.claims if not c.attribution]
    assert any(c.text.startswith("By Friday the video had been viewed") for c in rec.claims)
    assert own or attributed(rec)


def test_an_aside_with_a_frame_of_its_own_after_the_content(extract_text):
    rec = extract_text(
        "The spokeswoman said the ferry would resume sailing next week, though she acknowledged the pier was damaged."
    )
    by_text = {c.text: c for c in attributed(rec)}
    assert "the ferry would resume sailing next week" in by_text
    assert by_text["the ferry would resume sailing next week"].attribution[0].cue.text == "said"
    aside = by_text["the pier was damaged"]
    assert aside.attribution[0].cue.text == "acknowledged"
    assert chain_names(rec, aside) == ["The spokeswoman"]


def test_a_cue_the_tagger_took_for_a_plural_noun_still_frames(extract_text):
    rec = extract_text("But Moscow claims that the pipeline was never damaged.")
    (c,) = attributed(rec)
    assert c.text == "the pipeline was never damaged"
    assert c.attribution[0].cue.text == "claims"


def test_the_verbs_adjuncts_before_that(extract_text):
    rec = extract_text("Still, the agency reported at the time that the convoy had crossed the border.")
    (c,) = attributed(rec)
    assert c.text == "the convoy had crossed the border"
    assert chain_names(rec, c) == ["the agency"]


def test_a_noun_phrase_content_in_an_adverbial_clause(extract_text):
    rec = extract_text("Olena Kovalenko was visibly moved as she called for the release of every prisoner of war.")
    inner = [c for c in attributed(rec) if c.attribution[0].cue.text == "called for"]
    assert [c.text for c in inner] == ["the release of every prisoner of war"]
    assert any(not c.attribution and c.text.startswith("Olena Kovalenko was visibly moved") for c in rec.claims)


def test_a_request_for_anonymity_in_a_relative_clause_is_no_content(extract_text):
    rec = extract_text(
        "A second medic, who asked not to be named because he was not authorised to speak, said the clinic was full."
    )
    assert all(c.text != "not to be named" for c in rec.claims)
    assert any(c.text == "the clinic was full" for c in attributed(rec))


def test_a_clause_split_off_the_content_with_a_frame_of_its_own(extract_text):
    rec = extract_text(
        "Only a third of the deputies said the budget was fair, while most economists believed it would fail."
    )
    by_text = {c.text: c for c in attributed(rec)}
    assert chain_names(rec, by_text["the budget was fair"]) == ["Only a third of the deputies"]
    assert chain_names(rec, by_text["it would fail"]) == ["most economists"]


def test_two_frames_on_either_side_of_a_semicolon(extract_text):
    rec = extract_text("The governor said the ring road was open; the police said it was closed.")
    by_text = {c.text: c for c in attributed(rec)}
    assert chain_names(rec, by_text["the ring road was open"]) == ["The governor"]
    assert chain_names(rec, by_text["it was closed"]) == ["the police"]


def test_a_communication_verb_with_a_noun_phrase_content(extract_text):
    rec = extract_text("The foreign minister expressed deep concern about the strikes on the grain port.")
    (c,) = attributed(rec)
    assert c.text == "deep concern about the strikes on the grain port"
    assert chain_names(rec, c) == ["The foreign minister"]


def test_offering_nothing_is_no_frame(extract_text):
    rec = extract_text("The ministry offered no evidence for the claim.")
    assert not attributed(rec)
