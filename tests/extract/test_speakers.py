"""Who is speaking: quotation frames the parser splits or misreads, quotations introduced by a colon,
perception frames ('can be heard saying'), 'X quoted Y as saying', and 'he'/'she' taken up by the
person the text last put forward. Sentences written for these tests."""


def speaker(rec, q):
    return rec.source(q.speaker).name if q.speaker else None


def test_inverted_frame_after_a_two_sentence_quote(extract_text):
    rec = extract_text('"The road is closed. Nobody can pass," said Marta Olsen, a spokeswoman for the border guard.')
    (q,) = rec.quotes
    assert speaker(rec, q) == "Marta Olsen"
    assert all(c.quote and c.attribution for c in rec.claims)


def test_frame_after_a_question_is_the_quotations_frame(extract_text):
    rec = extract_text('"Who would have thought the dam could hold this long?" the engineer said, smiling.')
    (q,) = rec.quotes
    assert speaker(rec, q) == "the engineer"
    assert not any("smiling" in c.text for c in rec.claims)


def test_quotation_after_a_colon_is_the_content(extract_text):
    rec = extract_text('In a post on Friday, the mayor wrote: "The water station will reopen on Monday."')
    (q,) = rec.quotes
    assert speaker(rec, q) == "the mayor"
    (c,) = rec.claims
    assert c.quote and c.text.startswith("The water station") and c.attribution


def test_plain_content_after_a_colon(extract_text):
    rec = extract_text("The regional police wrote on Telegram: the bridge near the village was closed overnight.")
    (c,) = rec.claims
    assert c.text == "the bridge near the village was closed overnight"
    assert rec.source(c.attribution[0].source).name == "The regional police"


def test_a_voice_heard_on_a_recording(extract_text):
    rec = extract_text('A soldier off-camera can be heard saying: "The second truck is on fire."')
    (q,) = rec.quotes
    assert speaker(rec, q) and "soldier" in speaker(rec, q)


def test_quoted_as_saying_gives_two_hops(extract_text):
    rec = extract_text("The agency quoted a local official as saying that the ferry had stopped running.")
    (c,) = rec.claims
    assert c.text == "the ferry had stopped running"
    assert [rec.source(h.source).name for h in c.attribution] == ["The agency", "a local official"]


def test_passive_quoted_as_saying(extract_text):
    rec = extract_text("The colonel was quoted as saying that the ferry had stopped running.")
    (c,) = rec.claims
    assert c.text == "the ferry had stopped running"
    assert rec.source(c.attribution[0].source).name == "The colonel"


def test_she_is_the_person_just_put_forward(extract_text):
    rec = extract_text(
        '"We work through the night," said Pavlo Dorosh, who leads the crew.\n'
        "At the clinic, surgeon Halyna Verbytska treats the wounded from the eastern towns. "
        '"Most of them arrive within an hour," she said.'
    )
    q = next(q for q in rec.quotes if "arrive" in q.text)
    assert speaker(rec, q).endswith("Verbytska")
    assert any(m.text == "she" for m in rec.source(q.speaker).mentions)


def test_he_stays_with_the_cited_person(extract_text):
    rec = extract_text(
        "Among those who returned was a driver, Ivan Sokil, according to his brother, Petro Sokil. "
        '"He looks tired but he is home," he told the paper.'
    )
    q = next(q for q in rec.quotes if "tired" in q.text)
    assert any("Petro Sokil" in m.text for m in rec.source(q.speaker).mentions)


def test_he_is_not_the_woman_just_quoted(extract_text):
    rec = extract_text(
        '"The lists are long," said Captain Roman Hlushko, who runs the depot.\n'
        'Nurse Olha Tymchuk keeps the records. "Some wait for months," she said.\n'
        'Hlushko keeps a map of the routes. "We will finish by spring," he said.'
    )
    q = next(q for q in rec.quotes if "spring" in q.text)
    assert speaker(rec, q).endswith("Hlushko")


def test_relative_pronoun_is_a_mention_of_the_noun(extract_text):
    rec = extract_text("The repairs were delayed by engineers who said the cables were too old.")
    c = next(c for c in rec.claims if c.attribution)
    src = rec.source(c.attribution[0].source)
    assert src.name == "engineers" and any(m.text == "who" for m in src.mentions)


def test_mention_keeps_its_apposition_not_an_aside(extract_text):
    rec = extract_text("Olena Hrab, speaking to volunteers in the square, said the shelter would open.")
    (c,) = [c for c in rec.claims if c.attribution]
    assert [m.text for m in rec.source(c.attribution[0].source).mentions] == ["Olena Hrab"]
    rec = extract_text("Olena Hrab, a spokeswoman for the city council, said the shelter would open.")
    (c,) = [c for c in rec.claims if c.attribution]
    assert [m.text for m in rec.source(c.attribution[0].source).mentions] == [
        "Olena Hrab, a spokeswoman for the city council"
    ]


def test_colon_headline_speaker_before_the_topic(extract_text):
    rec = extract_text("Mayor Kovach on the floods: We will rebuild every house\n\nThe river rose on Monday.")
    head = rec.claims[0]
    assert rec.source(head.attribution[0].source).name == "Mayor Kovach"
    rec = extract_text("Progress on the bridge: Crews poured the last span\n\nThe river rose on Monday.")
    assert not rec.claims[0].attribution


def test_quotation_signed_with_a_dash(extract_text):
    rec = extract_text(
        "Readers told us what they expect.\n\n"
        "\u201cThe ferry must run again before the winter comes.\u201d \u2015 Ana Ruiz\n\n"
        "\u201cWe need more buses on the night route.\u201d \u2015 Tom Berg, Lviv"
    )
    assert [speaker(rec, q) for q in rec.quotes] == ["Ana Ruiz", "Tom Berg"]
    assert not any(c.text.startswith("\u2015") for c in rec.claims)


def test_what_a_participle_adds_after_a_quotation_frame(extract_text):
    rec = extract_text('"We will rebuild the school," the mayor said, adding that the ferry would run again by May.')
    c = next(c for c in rec.claims if "ferry" in c.text)
    assert c.text == "the ferry would run again by May"
    assert c.attribution and c.attribution[0].cue.text == "adding"
    assert rec.source(c.attribution[0].source).name == "the mayor"


def test_participle_after_a_quotation_is_never_a_speaker_by_inversion(extract_text):
    rec = extract_text('"The prices hurt everyone," she said in the hall, stressing it was time to act.')
    assert all(rec.source(q.speaker).name != "time" for q in rec.quotes if q.speaker)


def test_fronted_phrase_is_not_the_content_of_a_verb_with_an_object(extract_text):
    rec = extract_text("In a written statement, the governor condemned the shelling of the station as a war crime.")
    (c,) = [c for c in rec.claims if c.attribution]
    assert c.text.startswith("the shelling of the station")


def test_first_conjunct_before_a_cue_verb_stays_a_claim(extract_text):
    rec = extract_text("The governor visited the damaged school and said repairs would take several weeks.")
    texts = {c.text: bool(c.attribution) for c in rec.claims}
    assert texts == {"The governor visited the damaged school": False, "repairs would take several weeks": True}


# --- who is speaking on unseen articles: pronouns, citing chains, misparsed subjects (sentences written here)


def test_it_takes_up_the_body_named_in_the_sentence_before(extract_text):
    rec = extract_text(
        "The Northern Brigade rejected the report, saying the bridge was still held.\n\n"
        "The rocket that hit the depot was fired from the coast, the Navy said. "
        "It added that two boats had been sunk overnight."
    )
    c = next(c for c in rec.claims if c.text.startswith("two boats"))
    assert rec.source(c.attribution[0].source).name == "the Navy"
    navy = rec.source(c.attribution[0].source)
    assert "It" in [m.text for m in navy.mentions]


def test_citing_after_a_trailing_frame_is_the_further_hop(extract_text):
    rec = extract_text(
        "Shelling hit the port twice on Sunday, Olena Marchuk said. Four drones were downed over the "
        "bay overnight, she said, citing the coastal air defence command."
    )
    c = next(c for c in rec.claims if c.text.startswith("Four drones"))
    names = [rec.source(h.source).name for h in c.attribution]
    assert names[0] == "Olena Marchuk"
    assert len(names) == 2 and "air defence command" in names[1]


def test_a_bare_name_misread_by_the_parser_is_still_the_speaker(extract_text):
    rec = extract_text(
        "Teams removed four tonnes of shells, said Pavlo Hrytsenko, who runs the clearance unit. "
        "Near the lake, one hamlet of some 80 people has waited a year for its fields to be checked. "
        'Hrytsenko said clearing the whole district at this pace could take "two decades or more".'
    )
    (q,) = [q for q in rec.quotes if "decades" in q.text]
    assert q.speaker and rec.source(q.speaker).name.endswith("Pavlo Hrytsenko")


def test_a_sentence_left_without_a_main_verb_keeps_its_speaker(extract_text):
    rec = extract_text(
        "The Danube Aviation Survey, a research group in Vienna, estimated in a study released on "
        "Friday that the air force had lost 30 helicopters since spring."
    )
    (c,) = rec.claims
    assert c.text.startswith("the air force had lost")
    assert rec.source(c.attribution[0].source).name == "The Danube Aviation Survey"


def test_a_participle_in_the_frames_own_phrase_does_not_end_it(extract_text):
    rec = extract_text(
        "The district council said in a statement issued on Tuesday that the school would reopen in March."
    )
    (c,) = rec.claims
    assert c.text == "the school would reopen in March"
    assert rec.source(c.attribution[0].source).name == "The district council"


def test_a_frame_read_as_an_adverbial_clause_after_the_content(extract_text):
    rec = extract_text(
        "Power will be cut in four districts until Friday, the head of the Odesa Regional Military "
        "Administration, Petro Lysenko, announced on Monday."
    )
    (c,) = rec.claims
    assert c.text.startswith("Power will be cut")
    s = rec.source(c.attribution[0].source)
    assert "Petro Lysenko" in s.name and s.kind == "state_official"


def test_material_with_no_author_gives_way_to_the_one_with_an_author(extract_text):
    rec = extract_text(
        "The tanks were moved north, according to aerial photographs and calculations by a Dutch research group."
    )
    (c,) = rec.claims
    s = rec.source(c.attribution[0].source)
    assert "research group" in s.name


def test_a_participle_in_the_frame_after_an_earlier_sentence(extract_text):
    rec = extract_text(
        "Shelling went on through the night. The district council said in a statement issued on Tuesday "
        "that the school would reopen in March."
    )
    c = next(c for c in rec.claims if "school" in c.text)
    assert c.text == "the school would reopen in March"
    assert rec.source(c.attribution[0].source).name == "The district council"


def test_a_passive_subject_of_a_cue_is_what_is_said_not_who_says_it(extract_text):
    rec = extract_text("Four people are now confirmed dead after the strike on the depot, the mayor said on Telegram.")
    assert [s.name for s in rec.sources] == ["the mayor"]


def test_a_relative_clause_confirming_a_figure_cites_its_subject(extract_text):
    rec = extract_text(
        "He said the battalion had downed nine drones last week, a figure the regiment's press office "
        "confirmed. The ministry said its troops had entered the town, which the garrison command denies."
    )
    names = {s.name for s in rec.sources}
    assert "the regiment's press office" in names and "the garrison command" in names
    entered = next(c for c in rec.claims if "entered the town" in c.text)
    assert entered.verification == "disputed"


def test_according_to_a_count_published_by_an_outlet(extract_text):
    rec = extract_text(
        "According to a tally published on Friday by the regional news site Dnipro Today, at least 40 "
        "homes have been confirmed destroyed."
    )
    (c,) = rec.claims
    assert c.text.startswith("at least 40 homes")
    assert "news site" in rec.source(c.attribution[0].source).name


def test_a_caption_says_what_its_poster_says(extract_text):
    rec = extract_text(
        "On Tuesday the Telegram channel Front Notes posted a video of burning trucks. The caption claimed "
        'the convoy was hit "near the river crossing at dawn" by a drone.'
    )
    (q,) = rec.quotes
    assert "Front Notes" in rec.source(q.speaker).name


def test_a_caption_is_the_words_of_the_account_it_is_embedded_from(extract_text):
    rec = extract_text(
        "Night raid\n\nThe Navy said it had sunk two boats off the coast. It published a photo of the wreckage.\n\n"
        "[Embedded post from the Navy's official Telegram channel: a photo of a burning boat, captioned \"Two "
        'enemy boats destroyed near the spit".]'
    )
    q = next(q for q in rec.quotes if "boats destroyed" in q.text)
    assert speaker(rec, q) and "Navy" in speaker(rec, q)


def test_a_caption_under_a_posted_clip_is_the_posters(extract_text):
    rec = extract_text(
        "Old footage\n\nThe clip first appeared in 2023, posted on 2 June by Ridge Notes, a local news page on "
        'Telegram. An archived copy shows the same scene under the caption "Flooded streets in the old town '
        'this morning."'
    )
    q = next(q for q in rec.quotes if "Flooded" in q.text)
    assert speaker(rec, q) and "Ridge Notes" in speaker(rec, q)


def test_words_quoted_after_saying_only_are_the_subjects(extract_text):
    rec = extract_text(
        "Silence on losses\n\nThe State Border Service did not mention the crossing in its morning summary, "
        'saying only that its units had "repelled several attempts to advance" in the area.'
    )
    q = next(q for q in rec.quotes if "repelled" in q.text)
    assert speaker(rec, q) and "Border Service" in speaker(rec, q)


def test_a_credit_line_is_the_words_of_the_channel_that_credited_it(extract_text):
    rec = extract_text(
        "Viral video\n\nOn Tuesday, the Telegram channel Front Notes posted a video of a burning depot. "
        'The channel credited the video to "a reader living near the base."'
    )
    q = next(q for q in rec.quotes if "reader" in q.text)
    assert speaker(rec, q) and "Front Notes" in speaker(rec, q)


def test_a_headline_quote_then_a_colon_and_a_role_is_the_person_with_that_role(extract_text):
    rec = extract_text(
        '"We check every name": the editor keeping count of the dead\n\n'
        "North Ledger, an independent Russian outlet, has published a list of 900 dead soldiers from the "
        "region. We spoke to its editor-in-chief, Olga Stepina, by phone.\n\n"
        "Stepina said each name needed two sources."
    )
    q = next(q for q in rec.quotes if "every name" in q.text)
    s = rec.source(q.speaker) if q.speaker else None
    assert s is not None and "Stepina" in s.name and s.kind == "journalist" and s.side == "independent"


def test_a_sub_heading_with_a_verbless_content_and_a_trailing_says(extract_text):
    rec = extract_text(
        "Toll rises in Sumy\n\nUpdated 11:45\nTwo dead, mayor says\n"
        "Mayor Olena Hrytsai said a second person had died in hospital."
    )
    c = next(c for c in rec.claims if c.text.startswith("Two dead"))
    assert c.text == "Two dead" and c.attribution
    assert "Hrytsai" in rec.source(c.attribution[0].source).name


def test_a_verb_between_a_role_and_a_surname_is_never_part_of_the_name(extract_text):
    rec = extract_text("Two dead, mayor says\n\nHrytsai said a second person had died in hospital.")
    assert not any("says" in s.name for s in rec.sources)


def test_a_third_party_cited_inside_a_speakers_turn_is_relayed_by_the_speaker(extract_text):
    rec = extract_text(
        "Counting the dead\n\nThe Harbour Review | Interview\n\nHow close is the list to the real toll?\n\n"
        "Anna Lind: The statistician thinks we miss a third of the dead. We publish the list every week."
    )
    c = next(c for c in rec.claims if "miss a third" in c.text)
    names = [rec.source(h.source).name for h in c.attribution]
    assert len(names) == 2 and "Lind" in names[0] and "statistician" in names[1].lower()
    c2 = next(c for c in rec.claims if "every week" in c.text)
    assert [rec.source(h.source).name for h in c2.attribution] == [names[0]]
