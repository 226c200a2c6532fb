"""Verification scope (#11 class 4): a could-not-verify line bears on the claims that rest on what it names,
never on every claim of the article (sentences written for these tests)."""

from __future__ import annotations


def _ver(rec, words):
    return next(c.verification for c in rec.claims if words in c.text)


def test_his_account_covers_only_that_persons_claims(extract_text):
    rec = extract_text(
        "Night work\n\n"
        "Sergeant Ivan Dovhan said the team had recovered 40 bodies since May. "
        '"We work only at night," Dovhan said.\n\n'
        "A medic, who asked not to be named, said drones had hit the team's van twice in March. "
        "The Review could not independently verify his account."
    )
    assert _ver(rec, "drones had hit") == "unverified"
    assert _ver(rec, "recovered 40 bodies") == "not_stated"
    assert _ver(rec, "We work only at night") == "not_stated"


def test_either_sides_figures_cover_the_two_sides_claims_with_figures(extract_text):
    rec = extract_text(
        "Swap\n\n"
        "The European Union's envoy said the talks would resume in June.\n\n"
        "Russia's Defence Ministry said it had received 90 soldiers. "
        "Ukraine's Coordination Headquarters said 20 civilians were among those freed.\n\n"
        "The Wire could not independently verify either side's figures."
    )
    assert _ver(rec, "90 soldiers") == "unverified"
    assert _ver(rec, "20 civilians") == "unverified"
    assert _ver(rec, "talks would resume") == "not_stated"


def test_a_trailing_apposition_covers_its_own_sentence(extract_text):
    rec = extract_text(
        "Assault\n\n"
        "The governor said a school was hit in the morning.\n\n"
        "The brigade says it destroyed three tanks near the river, claims that could not be independently verified."
    )
    assert _ver(rec, "destroyed three tanks") == "unverified"
    assert _ver(rec, "a school was hit") == "not_stated"


def test_a_figure_confirmed_by_a_source_is_confirmed(extract_text):
    rec = extract_text(
        "Toll\n\nThe toll has risen to five, the mayor wrote on Telegram, a figure confirmed by the police."
    )
    assert _ver(rec, "risen to five") == "confirmed"
    assert not any("confirmed by" in h.text for c in rec.claims for h in c.hedges)


def test_a_negated_subject_stays_in_the_hedge_and_means_unverified(extract_text):
    rec = extract_text(
        "Depot\n\nThe army said it destroyed 12 launchers. The governor said two guards were hurt. "
        "Neither side's account could be independently verified."
    )
    c = next(c for c in rec.claims if "12 launchers" in c.text)
    assert c.verification == "unverified"
    assert [h.text for h in c.hedges] == ["Neither side's account could be independently verified"]


def test_the_month_may_is_no_hedge(extract_text):
    rec = extract_text(
        "Archive\n\nThe clip was first posted on 14 May 2024, the channel said. Officials may review it."
    )
    hedges = {h.text for c in rec.claims for h in c.hedges}
    assert "May" not in hedges


def test_a_named_sources_account_of_a_topic_covers_only_those_claims(extract_text):
    rec = extract_text(
        "Ferry\n\n"
        'Major Olena Hrytsenko, 41, leads a river patrol. "We saw two boats crossing at dawn," Hrytsenko said. '
        '"Our engine broke down twice this winter."\n\n'
        "A fisherman said the water level had dropped sharply.\n\n"
        "Hrytsenko's account of the crossings could not be independently verified."
    )
    assert _ver(rec, "two boats crossing") == "unverified"
    assert _ver(rec, "engine broke down") == "not_stated"
    assert _ver(rec, "water level") == "not_stated"


def test_a_figure_another_source_confirmed_is_confirmed(extract_text):
    rec = extract_text(
        "Downed\n\nThe mayor said air defence had downed nine drones overnight, a figure the regional police confirmed."
    )
    assert _ver(rec, "downed nine drones") == "confirmed"


def test_a_denial_in_a_relative_clause_disputes_the_claim(extract_text):
    rec = extract_text(
        "Front\n\nThe ministry said on Monday that its units had entered the town, which the local garrison denies."
    )
    assert _ver(rec, "entered the town") == "disputed"


def test_a_denial_of_this_disputes_what_the_sentence_before_reported(extract_text):
    rec = extract_text(
        "Bridge\n\nThe separatist command claimed its drones had destroyed a bridge near the dam. "
        "The regional governor denied this.\n\nTraffic was running normally, the police said."
    )
    assert _ver(rec, "destroyed a bridge") == "disputed"
    assert _ver(rec, "Traffic was running") == "not_stated"


def test_either_account_covers_the_accounts_just_cited_and_not_others(extract_text):
    rec = extract_text(
        "Village\n\nThe governor said schools would reopen in May.\n\n"
        "The northern command said it had retaken the village. The militia said fighting was still going on. "
        "We have not been able to verify either account."
    )
    assert _ver(rec, "retaken the village") == "unverified"
    assert _ver(rec, "fighting was still") == "unverified"
    assert _ver(rec, "schools would reopen") == "not_stated"
    # the outlet's own account of its checking is not a claim about the world
    assert not any("able to verify" in c.text for c in rec.claims)


def test_unable_to_confirm_this_covers_the_sentence_before(extract_text):
    rec = extract_text(
        "Shelter\n\nThe mayor said the shelter would open on Friday.\n\n"
        "A resident said a rocket had hit the school gym on Sunday. The Test Wire was unable to confirm this."
    )
    assert _ver(rec, "hit the school gym") == "unverified"
    assert _ver(rec, "shelter would open") == "not_stated"
    assert not any("unable to confirm" in c.text for c in rec.claims)
    assert any("unable to confirm" in h.text for c in rec.claims for h in c.hedges)


def test_a_possessive_account_of_a_topic_covers_only_those_claims(extract_text):
    rec = extract_text(
        "Patrol\n\n"
        '"We saw two boats crossing at dawn," said Major Olena Hrytsenko. '
        '"Our engine broke down twice this winter," she said.\n\n'
        "Her account of the crossings could not be independently verified."
    )
    assert _ver(rec, "boats crossing") == "unverified"
    assert _ver(rec, "engine broke down") == "not_stated"


def _hedges(rec):
    return {h.text for c in rec.claims for h in c.hedges}


def test_hedges_of_news_language(extract_text):
    rec = extract_text(
        "Claims\n\nThe rebel command alleged that a ferry had been sunk near the pier. "
        "The unit published what it said was footage of the raid.\n\n"
        '"Prices are likely to climb again in spring," the analyst said.'
    )
    got = _hedges(rec)
    assert {"alleged", "what it said was", "likely"} <= got


def test_statements_that_nothing_was_checked(extract_text):
    rec = extract_text(
        "Raid\n\nThe ministry said its jets had hit a fuel depot. There was no independent confirmation of the "
        "ministry's claims.\n\nA video of the blast spread online. The Test Wire was unable to establish where it "
        "was filmed."
    )
    assert _ver(rec, "hit a fuel depot") == "unverified"
    got = _hedges(rec)
    assert "no independent confirmation" in got
    assert any(h.startswith("was unable to establish where") for h in got)
