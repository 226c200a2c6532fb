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
