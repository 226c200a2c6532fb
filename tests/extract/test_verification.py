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
