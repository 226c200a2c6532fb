"""Evidence: typed items with their span, who released them, and documents a speaker used."""


def test_where_the_material_comes_from_is_part_of_it_but_not_its_releaser(extract_text):
    rec = extract_text("Drone footage from the port showed two warehouses on fire after the strike.")
    [e] = rec.evidence
    assert e.text == "Drone footage from the port" and e.kind == "drone_footage" and e.released_by is None


def test_a_statement_a_speaker_used_is_a_document_released_by_the_speaker(extract_text):
    rec = extract_text("The defence ministry said in a statement that its forces had destroyed two bridges.")
    docs = [e for e in rec.evidence if e.kind == "document"]
    assert [e.text for e in docs] == ["a statement"]
    assert rec.source(docs[0].released_by).name.lower().endswith("defence ministry")


def test_a_video_released_by_an_agency(extract_text):
    rec = extract_text("Ukraine's military intelligence released a video that purportedly shows the strike.")
    [e] = rec.evidence
    assert e.kind == "video" and "intelligence" in rec.source(e.released_by).name


def test_a_channel_is_a_source_not_evidence_and_its_post_is_evidence(extract_text):
    rec = extract_text(
        "Strike claimed\n\nThe Ukrainian Telegram channel Donets Watch said in a post on X that a depot was hit."
    )
    assert [e.kind for e in rec.evidence] == ["social_media_post"]
    assert rec.evidence[0].text == "a post on X"


def test_what_identifies_an_item_after_the_noun_is_part_of_it(extract_text):
    rec = extract_text(
        "Checks\n\nA search returned a clip posted on 3 June 2023 on a local forum. "
        "The chapel in it matches photographs of the chapel in Orsk."
    )
    texts = {e.text for e in rec.evidence}
    assert "a clip posted on 3 June 2023 on a local forum" in texts
    assert "photographs of the chapel" in texts


def test_no_item_in_particular_and_a_plan_are_no_evidence(extract_text):
    rec = extract_text(
        "Plans\n\nWe found no video of the strike. Monitors would rely on commercial satellite imagery, the paper says."
    )
    assert rec.evidence == []


def test_a_headline_mention_is_the_item_the_body_introduces(extract_text):
    rec = extract_text(
        "No, this video does not show a strike on Odesa\n\nA channel posted a short video on Monday showing a fire."
    )
    assert [e.text for e in rec.evidence] == ["a short video"]


def test_data_and_records_are_evidence(extract_text):
    rec = extract_text(
        "Counting\n\nUsing data from the national statistics service, the team found that 300 more men died. "
        "Archived weather records show no snow that week."
    )
    kinds = {e.text: e.kind for e in rec.evidence}
    assert kinds.get("data from the national statistics service") == "statistics"
    assert kinds.get("Archived weather records") == "document"


def test_footage_said_to_be_genuine_is_confirmed(extract_text):
    rec = extract_text(
        "Checks\n\nThe channel posted a video of the fire. The footage is genuine, but it is a year old."
    )
    [e] = rec.evidence
    assert e.verification == "confirmed"


def test_a_report_published_and_a_monthly_update_are_documents(extract_text):
    rec = extract_text(
        "Losses\n\nThe Eastern Defence Forum estimated in a report released on Friday that 30 bridges were hit.\n\n"
        "In its weekly update, the monitoring group said shelling had eased."
    )
    texts = {e.text: e.kind for e in rec.evidence}
    assert texts.get("a report released on Friday") == "document"
    assert texts.get("its weekly update") == "document"


def test_interviews_with_witnesses_are_testimony_with_who_was_interviewed(extract_text):
    rec = extract_text("The group said its findings rested on interviews with doctors and residents.")
    assert [(e.text, e.kind) for e in rec.evidence] == [("interviews with doctors and residents", "testimony")]


def test_coordinated_material_is_one_item_and_its_adjective_says_it_was_checked(extract_text):
    rec = extract_text("The monitors relied on geolocated photo and video material from the villages.")
    [e] = rec.evidence
    assert e.text.startswith("geolocated photo and video material") and e.verification == "confirmed"


def test_a_picture_credit_in_a_caption_is_a_photo(extract_text):
    rec = extract_text(
        "Flood\n\nWater covered the lower town on Sunday, the mayor said.\n\n"
        "Rescuers carry a boat along a flooded street on Sunday. Photo: Town Council / Handout\n\n"
        "The river rose by two metres overnight."
    )
    assert [(e.text, e.kind) for e in rec.evidence] == [("Photo", "photo")]
    # a caption that describes the picture is not a credit
    rec = extract_text("Flood\n\nThe river rose.\n\nPhoto: A still from a video showing the flooded square")
    assert not any(e.text == "Photo" for e in rec.evidence)


def test_a_sub_heading_names_the_item_its_entry_describes(extract_text):
    rec = extract_text(
        "LIVE: Storm over the coast\n\n"
        "10:05\nFootage shows flooded pier\n"
        "A video posted by a fisherman, which our team geolocated to the northern harbour, shows waves over the pier.\n\n"
        "09:40\nPower cut\nThe utility said 4,000 homes had lost power."
    )
    videos = [e for e in rec.evidence if e.kind == "video"]
    assert len(videos) == 1 and videos[0].text == "Footage" and videos[0].verification == "confirmed"
