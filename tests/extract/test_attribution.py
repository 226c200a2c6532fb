def chain_names(rec, claim):
    return [rec.source(h.source).name for h in claim.attribution]


def test_leading_frame_with_a_second_hop(extract_text):
    rec = extract_text(
        "Defence Minister Petro Ivanenko announced that four bridges near Sloviansk were destroyed, "
        "citing Colonel Taras Melnyk."
    )
    c = rec.claims[0]
    assert "four bridges" in c.text and not c.text.startswith("Defence")
    assert [n.split()[-1] for n in chain_names(rec, c)] == ["Ivanenko", "Melnyk"]
    assert c.stance == "reports"


def test_trailing_frame_and_own_voice(extract_text):
    rec = extract_text(
        "Shelling damaged a school in the town overnight, the regional governor said on Friday.\n"
        "The town lies about 20 kilometres from the border."
    )
    a, b = rec.claims
    assert chain_names(rec, a) == ["the regional governor"] and a.stance == "reports"
    assert b.attribution == [] and b.stance == "asserts"


def test_according_to_and_unverified_footage(extract_text):
    rec = extract_text(
        "According to the mayor, the water station was hit twice.\n"
        "The mayor posted a video that purportedly shows the station burning. "
        "Test Wire could not independently verify the footage."
    )
    hit, video = rec.claims[:2]
    assert [n.lower() for n in chain_names(rec, hit)] == ["the mayor"]
    assert video.stance == "distances" and video.verification == "unverified"
    assert {h.text for h in video.hedges} >= {"purportedly", "could not independently verify"}


def test_denial_disputes_the_claim_before_it(extract_text):
    rec = extract_text(
        "Pro-Kremlin bloggers claimed on Monday that troops had entered the village. "
        "The brigade denied the claim, saying its positions were holding."
    )
    first = rec.claims[0]
    assert first.stance == "distances" and first.verification == "disputed"
    assert any("positions were holding" in c.text for c in rec.claims)


def test_quote_with_speaker_after_and_duplicate_passage(extract_text):
    para = "Drones hit an energy facility in the north of the region, the state grid operator said on Sunday."
    rec = extract_text(
        f'{para}\n"Repairs will take at least a week," operator spokesman Ivan Koval told reporters.\n{para}'
    )
    assert rec.quotes and rec.source(rec.quotes[0].speaker).name.endswith("Koval")
    assert len(rec.duplicates) == 1
    assert sum("energy facility" in c.text for c in rec.claims) == 1


def test_a_result_clause_with_its_own_figure_is_its_own_claim(extract_text):
    rec = extract_text(
        "A missile hit a bus depot in the city centre on Sunday, destroying four buses.\n"
        "Glide bombs struck the market overnight, starting a fire that spread to nearby houses.\n"
        "A drone hit a car on the bridge, killing two passengers."
    )
    texts = [c.text for c in rec.claims]
    assert texts[0].startswith("A missile hit") and texts[0].endswith("on Sunday")
    assert texts[1] == "destroying four buses"
    assert "starting a fire" in texts[2]  # no figure: the clause stays with its event
    # the casualties of an attack are part of the claim about the attack (#11: gold of unseen articles)
    assert texts[3] == "A drone hit a car on the bridge, killing two passengers" and len(texts) == 4


def test_orders_and_exclamations_in_a_quote_join_their_neighbours(extract_text):
    rec = extract_text(
        '"Hold the line, all of you! Nobody is leaving the trench tonight. If they run, stop them," '
        "the officer said, according to the recording.\n"
        '"We lost two trucks. The depot burned until morning," a driver told reporters.'
    )
    quoted = [c.text for c in rec.claims if c.quote]
    assert quoted[0].startswith("Hold the line") and quoted[0].endswith("stop them")
    assert "We lost two trucks." in quoted and "The depot burned until morning" in quoted


def test_a_headline_that_names_a_topic_is_not_a_claim(extract_text):
    rec = extract_text(
        "Medic recalls night under shelling in Kherson\n\n"
        "A medic said three ambulances were hit during the night, the regional governor said.",
        title="Medic recalls night under shelling in Kherson",
    )
    assert not any(c.headline for c in rec.claims)
    rec = extract_text(
        "Drones hit three ambulances in Kherson\n\nA medic said the ambulances were hit overnight.",
        title="Drones hit three ambulances in Kherson",
    )
    assert any(c.headline for c in rec.claims)


def test_the_commander_takes_up_a_commander_not_the_commander_in_chief(extract_text):
    rec = extract_text(
        "A Russian commander ordered his troops to advance, according to an intercepted call "
        "released by the SBU.\n"
        "Commander-in-Chief Oleksandr Petrenko said the front line was stable.\n"
        '"Nobody retreats, nobody," the commander said in the recording.'
    )
    [q] = rec.quotes
    speaker = rec.source(q.speaker)
    assert speaker.name == "A Russian commander" and speaker.side == "ru"


def test_a_hop_set_off_by_commas_between_the_verb_and_its_content(extract_text):
    rec = extract_text(
        "The president said, citing the army chief Taras Hrytsenko, that the bridge had been retaken.\n"
        "The outlet reported, citing a soldier quoted by his commander, that the unit lost three tanks."
    )
    a, b = rec.claims
    assert a.text.startswith("the bridge") and [rec.source(h.source).name.split()[-1] for h in a.attribution] == [
        "president",
        "Hrytsenko",
    ]
    assert [rec.source(h.source).name for h in b.attribution] == ["The outlet", "his commander", "a soldier"]


def test_according_to_a_channel_is_not_a_source(extract_text):
    rec = extract_text(
        "The air force said it shot down 45 of 60 drones overnight, according to a statement on Telegram.\n"
        "Shelling killed two people in Kherson, according to a statement by the regional administration."
    )
    a, b = rec.claims
    assert [rec.source(h.source).name for h in a.attribution] == ["The air force"] and "statement" not in a.text
    assert [rec.source(h.source).name for h in b.attribution] == ["the regional administration"]
    assert not any(s.name.lower().startswith("a statement") for s in rec.sources)
