"""Record fields on text of new shapes (#11): evidence items, the article's own hedged voice, checks that name
their material, and what is not a claim (sentences written for these tests)."""

from __future__ import annotations


def _claim(rec, words):
    return next(c for c in rec.claims if words in c.text)


def test_an_epistemic_hedge_in_the_articles_own_voice_distances_it(extract_text):
    rec = extract_text(
        "Outlook\n\n"
        "Fuel exports have probably fallen by a third since March. "
        "Grain shipments appear to be recovering. "
        "The port reopened on Monday."
    )
    assert _claim(rec, "Fuel exports").stance == "distances"
    assert _claim(rec, "Grain shipments").stance == "distances"
    assert _claim(rec, "The port reopened").stance == "asserts"


def test_an_investigation_being_opened_is_the_event_not_material(extract_text):
    rec = extract_text(
        "Shelling\n\nThe district prosecutor said it had opened an investigation into the shelling of the market."
    )
    assert not [e for e in rec.evidence if e.kind == "investigation"]


def test_an_investigation_with_findings_is_material(extract_text):
    rec = extract_text("Camps\n\nAn investigation by a rights group found that 40 children had been moved.")
    assert [e.kind for e in rec.evidence] == ["investigation"]


def test_a_video_call_is_a_medium_not_evidence(extract_text):
    rec = extract_text("Talks\n\nWe spoke to the mayor by video call from Warsaw on Tuesday.")
    assert not rec.evidence


def test_what_a_rule_requires_is_no_item_at_hand(extract_text):
    rec = extract_text("Method\n\nEach entry needs two sources, such as a court ruling and a photo of the headstone.")
    assert not rec.evidence


def test_records_logs_and_decrees_are_documents(extract_text):
    rec = extract_text(
        "Trial\n\n"
        "The judge was shown a hospital record dated March 2023. "
        "Investigators also found a typed prison log listing 18 names. "
        "The fee was doubled under a decree signed by the mayor."
    )
    kinds = {e.text: e.kind for e in rec.evidence}
    for first in ("a hospital record", "a typed prison log", "a decree"):
        assert [k for t, k in kinds.items() if t.startswith(first)] == ["document"], first


def test_a_list_of_the_dead_is_material_but_a_list_of_demands_is_not(extract_text):
    rec = extract_text(
        "Count\n\n"
        "The group published a list of 310 names of soldiers killed near the city. "
        "The strikers sent a list of demands to the council."
    )
    assert [e.text for e in rec.evidence] == ["a list of 310 names"]


def test_material_whose_origin_is_not_established_is_unverified(extract_text):
    rec = extract_text(
        "Court\n\n"
        "The prosecution presented a handwritten logbook found in the cellar. "
        "A defence lawyer said the logbook's origin had not been established."
    )
    [e] = rec.evidence
    assert e.verification == "unverified"
    # what the lawyer says is a claim of its own, not one left unverified by itself
    assert _claim(rec, "origin had not been established").verification == "not_stated"


def test_a_check_in_one_clause_leaves_the_next_clause_a_claim(extract_text):
    rec = extract_text(
        "Method\n\n"
        "The agency said it had counted 900 graves. "
        "We have not independently checked the count, but a sample of 50 graves that we compared with court "
        "records matched in 48 cases."
    )
    assert any("have not independently checked" in h.text for c in rec.claims for h in c.hedges)
    assert _claim(rec, "a sample of 50 graves").verification == "not_stated"
    assert not any(c.text.startswith("We have not") for c in rec.claims)
    assert all(e.verification == "not_stated" for e in rec.evidence if e.kind == "court_record")


def test_a_question_is_no_claim(extract_text):
    rec = extract_text(
        "Interview\n\n"
        "Why did the count rise so fast?\n\n"
        "Anna Berg: Because more families now write to us. We added 200 names in May."
    )
    assert not any(c.text.rstrip().endswith("?") or "Why did" in c.text for c in rec.claims)
    assert any("200 names" in c.text for c in rec.claims)


def test_newsletter_and_copyright_lines_and_an_editors_note_are_no_claims(extract_text):
    rec = extract_text(
        "Ferry hit\n\n"
        "A drone hit a ferry in the port on Sunday, the harbour master said. "
        "This interview has been lightly edited for clarity.\n\n"
        "Get our Harbour Daily briefing straight to your inbox. Sign up\n\n"
        "\u00a9 2025 Harbour Daily. All rights reserved. | Terms | Contact us"
    )
    texts = [c.text for c in rec.claims]
    assert any("hit a ferry" in t for t in texts)
    assert not any(w in t for t in texts for w in ("inbox", "Contact", "rights reserved", "edited"))


def test_the_damage_an_attack_did_stays_in_the_claim_about_it(extract_text):
    rec = extract_text("Strike\n\nThree missiles hit the town overnight, damaging a nine-storey block and two schools.")
    [c] = [c for c in rec.claims if "missiles" in c.text]
    assert "damaging a nine-storey block" in c.text


def test_the_casualty_figures_cover_the_claims_that_count_people(extract_text):
    rec = extract_text(
        "Shelling\n\n"
        "Four people were wounded in the shelling of the market, the regional governor said. "
        "He said the army had shot down 12 drones over the region.\n\n"
        "The Wire was unable to independently confirm the casualty figures."
    )
    assert _claim(rec, "Four people were wounded").verification == "unverified"
    assert _claim(rec, "12 drones").verification == "not_stated"


def test_unable_to_verify_the_claim_covers_the_claim_before_it(extract_text):
    rec = extract_text(
        "Depot\n\n"
        "The defence ministry said its forces had destroyed a fuel depot near the river. "
        "The Wire has been unable to verify the claim."
    )
    assert _claim(rec, "destroyed a fuel depot").verification == "unverified"


def test_a_figure_judged_false_is_disputed(extract_text):
    rec = extract_text(
        "Payments\n\n"
        "The mayor said in March that only 300 families had lost their homes. "
        "We judge this figure implausibly low: the city's own register lists more."
    )
    assert _claim(rec, "only 300 families").verification == "disputed"


def test_a_distancing_cue_of_another_clause_does_not_distance_this_claim(extract_text):
    rec = extract_text(
        "Drone strike on Kherson kills two, Kyiv says; Moscow claims hit on ammunition depot\n\nBody text."
    )
    c = _claim(rec, "kills two")
    assert c.stance == "reports"


def test_a_check_on_the_list_reaches_the_list_told_before(extract_text):
    rec = extract_text(
        "Dead\n\n"
        "The monitors published a list of 812 names of soldiers killed since May. "
        "We have not independently checked the names on the list."
    )
    [e] = [e for e in rec.evidence if "list" in e.text]
    assert e.verification == "unverified"


def test_where_it_was_filmed_not_established_leaves_the_last_item_unverified(extract_text):
    rec = extract_text(
        "Ferry\n\n"
        "A channel posted a video of a burning ferry. The clip appears to show smoke over a pier. "
        "The Wire could not establish when it was filmed."
    )
    [e] = rec.evidence
    assert e.verification == "unverified"
    assert _claim(rec, "smoke over a pier").verification == "unverified"


def test_the_writers_own_assessment_and_i_think_are_hedges(extract_text):
    rec = extract_text(
        "Outlook\n\n"
        "The region has lost about 900 men since March, we assess with high confidence.\n\n"
        "Ivan Bor: I think the real figure is higher. I think about them every day."
    )
    hedges = {h.text for c in rec.claims for h in c.hedges}
    assert "we assess with high confidence" in hedges and "I think" in hedges
    assert not any(h.text == "I think" and "about them" in c.text for c in rec.claims for h in c.hedges)
