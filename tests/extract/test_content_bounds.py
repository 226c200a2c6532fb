"""Where a content begins and ends inside its sentence: 'that' as a pronoun, a second predicate of the
frame's verb, a second frame carried by a participle, the small clause of a verb of naming.
Sentences written for these tests."""


def cues_and_texts(rec):
    return [(c.attribution[0].cue.text if c.attribution else None, c.text) for c in rec.claims]


def test_a_relative_that_keeps_its_noun_in_the_content(extract_text):
    rec = extract_text("The finance minister proposed a levy that would double the tax on imported fuel.")
    assert ("proposed", "a levy that would double the tax on imported fuel") in cues_and_texts(rec)


def test_a_relative_that_inside_a_clause_content_is_not_the_complementiser(extract_text):
    rec = extract_text("The auditor said the scheme that began last spring had lost money.")
    assert ("said", "the scheme that began last spring had lost money") in cues_and_texts(rec)


def test_that_as_a_demonstrative_subject_stays_in_the_content(extract_text):
    rec = extract_text("The harbour master has denied that was the reason for the delay.")
    assert ("has denied", "that was the reason for the delay") in cues_and_texts(rec)
    rec = extract_text("Councillor Mira Dorn says that's what the tenants asked for.")
    assert ("says", "that's what the tenants asked for") in cues_and_texts(rec)


def test_a_second_predicate_of_the_frame_verb_is_a_second_frame(extract_text):
    rec = extract_text(
        "The port authority said the ferry would resume sailing in June and called on passengers to book early."
    )
    got = cues_and_texts(rec)
    assert ("said", "the ferry would resume sailing in June") in got
    assert ("called on", "passengers to book early") in got


def test_a_second_predicate_that_reports_nothing_is_the_article_s_own(extract_text):
    rec = extract_text("The head teacher said the school would reopen on Monday and left the meeting early.")
    got = cues_and_texts(rec)
    assert ("said", "the school would reopen on Monday") in got
    assert (None, "left the meeting early") in got


def test_a_coordination_inside_the_content_stays_in_it(extract_text):
    rec = extract_text("The head teacher said the school would reopen on Monday and would hire two teachers.")
    assert ("said", "the school would reopen on Monday and would hire two teachers") in cues_and_texts(rec)


def test_a_participle_after_the_content_is_a_second_frame_with_its_own_cue(extract_text):
    rec = extract_text(
        "The chief engineer said the dam was safe, telling reporters that the spillway had been repaired."
    )
    got = cues_and_texts(rec)
    assert ("said", "the dam was safe") in got
    assert ("telling", "the spillway had been repaired") in got
    assert all(c.attribution for c in rec.claims)


def test_a_participle_of_a_result_is_no_frame(extract_text):
    rec = extract_text("The storm flooded the lower town on Friday, closing three schools.")
    assert all(not c.attribution for c in rec.claims)


def test_a_verb_of_naming_keeps_its_pronoun_object(extract_text):
    rec = extract_text("The opposition leader called it a betrayal of the farmers.")
    assert ("called", "it a betrayal of the farmers") in cues_and_texts(rec)
    rec = extract_text("The opposition leader denied it on Monday.")
    assert not any(c.attribution for c in rec.claims)


def test_a_participle_after_a_trailing_frame_is_the_same_speaker_s(extract_text):
    rec = extract_text(
        "The clinic will stay open through the winter, its director said, adding that two nurses had been hired."
    )
    got = cues_and_texts(rec)
    assert ("said", "The clinic will stay open through the winter") in got
    assert ("adding", "two nurses had been hired") in got


def test_a_main_frame_around_a_relative_clause_with_a_frame_of_its_own(extract_text):
    rec = extract_text(
        "Ms. Varga, who says the schools need more teachers, wrote that the budget would not cover the salaries."
    )
    got = cues_and_texts(rec)
    assert ("says", "the schools need more teachers") in got
    assert ("wrote", "the budget would not cover the salaries") in got


def test_a_day_right_after_the_verb_dates_the_saying(extract_text):
    rec = extract_text("The harbour master said Tuesday the ferry would sail again in spring.")
    assert ("said", "the ferry would sail again in spring") in cues_and_texts(rec)


def test_the_preposition_that_opens_the_content_is_part_of_the_cue(extract_text):
    rec = extract_text("The growers complained about the late payments for the harvest.")
    assert ("complained about", "the late payments for the harvest") in cues_and_texts(rec)
    rec = extract_text("The envoy talked about the need for a second crossing.")
    assert ("talked about", "the need for a second crossing") in cues_and_texts(rec)
    rec = extract_text("The envoy talked at the meeting for an hour.")
    assert not any(c.attribution for c in rec.claims)


def test_a_verb_of_emphasis_takes_a_noun_phrase_content(extract_text):
    rec = extract_text("The health minister stressed the need for more rural clinics.")
    assert ("stressed", "the need for more rural clinics") in cues_and_texts(rec)


def test_a_cue_with_a_pronoun_object_and_a_reason_clause_does_not_fail(extract_text):
    # the content after 'write' is empty ('this' is its object): the aside-frame check has nothing to read
    for text in (
        "Still, I write this because I know the families who stayed behind.",
        "Even so, we say this because we have seen the damage ourselves.",
    ):
        rec = extract_text(text)
        assert not rec.errors, rec.errors
