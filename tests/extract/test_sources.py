"""Sources' kind and side, and which mentions are one source (sentences written for these tests)."""

from __future__ import annotations


def _src(rec, word):
    return next(s for s in rec.sources if word.lower() in s.name.lower())


def test_two_countries_ministries_are_two_sources(extract_text):
    rec = extract_text(
        "Budgets under strain\n\n"
        "Ukraine's Finance Ministry said tax income rose by 8% in March. "
        "Russia's Finance Ministry said oil revenue fell by a fifth. "
        "The ministry added that it would borrow more."
    )
    sides = sorted(s.side for s in rec.sources if "finance ministry" in s.name.lower())
    assert sides == ["ru", "ua"]


def test_a_state_body_without_a_country_takes_the_dateline_side(extract_text):
    rec = extract_text(
        "Fire at depot\n\nKHARKIV, May 3 (Test Wire) - The State Emergency Service said two firefighters were hurt "
        "when a drone hit a depot in Kharkiv overnight."
    )
    assert _src(rec, "emergency").side == "ua"


def test_an_expert_without_a_country_is_independent_and_a_topic_is_no_side(extract_text):
    rec = extract_text(
        "Economy\n\nThe rouble fell again on Tuesday. The bank's Russia analyst, John Pelham, said reserves "
        "would shrink further this year."
    )
    s = _src(rec, "Pelham")
    assert s.kind == "expert" and s.side == "independent"


def test_a_relative_takes_the_side_of_the_person_not_the_kind(extract_text):
    rec = extract_text(
        "Prisoner home\n\nUkrainian marine Petro Hordiienko said he had been held in three camps. "
        "He had lost 20 kilograms, according to his sister, Olha Hordiienko."
    )
    s = _src(rec, "sister")
    assert s.kind == "other" and s.side == "ua"


def test_an_abbreviation_takes_the_side_of_the_body_it_abbreviates(extract_text):
    rec = extract_text(
        "Rates\n\nThe National Bank of Ukraine kept its rate at 14% on Thursday. "
        "NBU Deputy Governor Ivan Prokopchuk said inflation would slow by the summer."
    )
    assert _src(rec, "Prokopchuk").side == "ua"


def test_a_name_after_call_sign_is_a_soldier(extract_text):
    rec = extract_text(
        "Night patrol\n\nThe unit is led by a former teacher who uses the call sign Borsuk. "
        "Borsuk said the road had been mined twice this month."
    )
    assert _src(rec, "Borsuk").kind == "military"


def test_a_crowd_counted_in_thousands_is_no_source(extract_text):
    rec = extract_text(
        "Lists grow\n\nSome 3,400 new names were added to the list of the dead in May, the project said."
    )
    assert not any(s.name.startswith(("Some 3,400", "3,400")) for s in rec.sources)


def test_its_figures_are_the_owner_speaking(extract_text):
    rec = extract_text(
        "Exchange\n\nThe Coordination Headquarters said 90 soldiers came home. "
        "Since 2022, more than 4,000 people have been returned, according to its figures."
    )
    assert [s.name for s in rec.sources] == ["The Coordination Headquarters"]


# --- source identity, kind and side on unseen articles (sentences written for these tests)


def _by_name(rec, part):
    return next(s for s in rec.sources if part in s.name)


def test_a_headline_role_phrase_is_the_fuller_source(extract_text):
    rec = extract_text(
        "Port shelled overnight, Odesa governor says\n\n"
        "Russian forces shelled the port overnight, Odesa regional governor Petro Lysenko said on Sunday."
    )
    govs = [s for s in rec.sources if "governor" in s.name.lower()]
    assert len(govs) == 1 and "Petro Lysenko" in govs[0].name
    assert any(m.text == "Odesa governor" for m in govs[0].mentions)


def test_a_capital_stands_for_the_one_government_body_of_its_side(extract_text):
    rec = extract_text(
        "Moscow says it has taken the hill\n\n"
        "Russia's Defence Ministry claimed its troops had taken the hill near the river."
    )
    ru = [s for s in rec.sources if s.side == "ru"]
    assert len(ru) == 1 and "Defence Ministry" in ru[0].name
    assert any(m.text == "Moscow" for m in ru[0].mentions)


def test_a_named_doctor_is_not_an_unnamed_source(extract_text):
    rec = extract_text(
        "A missile hit a school in Kharkiv on Monday. Olha Bondarenko, chief doctor of the city's children's "
        "hospital, told reporters that six of the wounded were in a serious condition."
    )
    s = _by_name(rec, "Olha Bondarenko")
    assert s.kind != "unnamed"
    assert s.side == "ua"


def test_the_definite_description_takes_up_the_named_body(extract_text):
    rec = extract_text(
        "The OSCE Special Observation Mission said on Monday that shelling near the plant had intensified. "
        "In its weekly report, the mission said that two power lines had been cut."
    )
    missions = [s for s in rec.sources if "mission" in s.name.lower()]
    assert len(missions) == 1
    assert missions[0].side == "international"


def test_the_head_of_a_body_takes_its_side(extract_text):
    rec = extract_text(
        "The UN refugee agency said on Monday that 4,000 people had crossed the border. "
        '"The shelters are full," the head of the agency, Maria Lindgren, said in a statement.'
    )
    s = _by_name(rec, "Maria Lindgren")
    assert s.side == "international"


def test_a_rights_group_is_an_ngo(extract_text):
    rec = extract_text("Human Rights Watch said it had documented 12 attacks on ambulances in the region.")
    (s,) = rec.sources
    assert s.kind == "ngo" and s.side == "international"


def test_a_regional_head_is_a_state_official_and_authorities_a_body(extract_text):
    rec = extract_text(
        "Three people were killed in the strike, regional head Ivan Fedorenko said on Telegram. "
        "Two more were injured, regional authorities said."
    )
    assert _by_name(rec, "Ivan Fedorenko").kind == "state_official"
    assert _by_name(rec, "regional authorities").kind == "government_body"


def test_a_deputy_known_by_a_call_sign_is_a_soldier(extract_text):
    rec = extract_text(
        "Major Andrii Koval, 41, commands an artillery battalion near the river. "
        "His deputy, who goes by the call sign Bison, said the guns were short of shells."
    )
    assert _by_name(rec, "His deputy").kind == "military"


def test_a_body_in_title_case_is_not_a_person(extract_text):
    rec = extract_text(
        "Marta Koval said the road was closed. The bridge was mined, the Coast Guard said. "
        "It added that two boats had been seized."
    )
    c = next(c for c in rec.claims if c.text.startswith("two boats"))
    assert rec.source(c.attribution[0].source).name == "the Coast Guard"


def test_a_side_marked_role_phrase_is_not_the_other_sides_body(extract_text):
    rec = extract_text(
        "Drones hit three villages near Kherson overnight. The regional administration said that buses "
        "would leave every Friday. "
        "The Russian-installed authorities have claimed that the villages are used to launch drones."
    )
    admin = _by_name(rec, "regional administration")
    ru = _by_name(rec, "Russian-installed authorities")
    assert admin.id != ru.id and ru.side == "ru" and admin.side == "ua"


def test_the_administration_is_not_its_head(extract_text):
    rec = extract_text(
        "Power will be cut until Friday, the head of the Odesa Regional Military Administration, "
        "Petro Lysenko, announced on Monday. The regional administration said that buses would run."
    )
    c = next(c for c in rec.claims if c.text.startswith("buses"))
    assert rec.source(c.attribution[0].source).name == "The regional administration"


def test_a_body_described_first_and_named_later_is_one_source(extract_text):
    rec = extract_text(
        "The ships left the port, according to radar data and estimates by a Finnish research centre. "
        "The Nordic Maritime Watch, a research centre in Turku, said in a note that four vessels had gone. "
        "The centre said the move was planned."
    )
    centres = [s for s in rec.sources if "centre" in " ".join(m.text for m in s.mentions).lower()]
    assert len(centres) == 1 and centres[0].name == "The Nordic Maritime Watch"


def test_a_surname_met_first_takes_the_role_words_not_the_place_before_them(extract_text):
    rec = extract_text(
        "A medic serving near Bakhmut told reporter Anna Koval that the clinic had no power, Koval wrote on "
        "Friday. Koval, a correspondent from Dnipro, has covered the front since 2023."
    )
    s = next(s for s in rec.sources if "Koval" in s.name)
    assert s.name == "reporter Anna Koval" and s.kind == "journalist"


def test_a_company_is_not_a_person(extract_text):
    from claimgraph.ground.institutions import looks_like_person

    assert not looks_like_person("the satellite operator Northern Lens")
    assert not looks_like_person("the commercial provider Polar Imaging")


def test_a_role_phrase_before_a_name_gives_its_kind_and_the_owner_side(extract_text):
    rec = extract_text(
        "Counting the missing\n\n"
        "Volna Digest, an exiled Belarusian-run outlet, has kept a register of missing conscripts since 2024. "
        "We spoke to its managing editor, Pavel Serebrov, by phone.\n\n"
        "Serebrov said the register now held 1,200 names."
    )
    s = _src(rec, "Serebrov")
    assert s.kind == "journalist" and s.side == "independent"


def test_a_head_of_a_body_before_the_name_is_an_official(extract_text):
    rec = extract_text(
        "Shelling in the district\n\nPOLTAVA, June 2 (Test Wire) - We reached the head of the Reshetylivka "
        "community military administration, Taras Bilyk, by phone on Sunday.\n\nBilyk said two barns burned down."
    )
    assert _src(rec, "Bilyk").kind == "state_official"


def test_prosecutors_are_one_body_with_the_prosecution(extract_text):
    rec = extract_text(
        "Trial opens\n\nA court in Poltava began hearing the case against a former mayor on Monday. "
        "Prosecutors say he took bribes worth 40,000 dollars over two years. "
        "He denies the charges, the prosecution said."
    )
    bodies = [
        s for s in rec.sources if "prosecut" in s.name.lower() or any("prosecut" in m.text.lower() for m in s.mentions)
    ]
    assert len(bodies) == 1 and bodies[0].kind == "government_body"


def test_an_office_of_a_prosecutor_is_a_body(extract_text):
    rec = extract_text(
        "Inquiry\n\nLVIV, May 9 (Test Wire) - The city prosecutor's office said it had opened an inquiry into "
        "the collapse of a school roof."
    )
    assert _src(rec, "office").kind == "government_body"


def test_the_body_a_person_serves_joins_the_name_and_gives_the_side(extract_text):
    rec = extract_text(
        "Case in absentia\n\nKHERSON, April 4 (Test Wire) - Investigators say Colonel Ilya Gromak of Russia's "
        "Airborne Forces ordered the shelling of a ferry crossing. Gromak, who has not been detained, "
        "rejects the accusation, his lawyer said."
    )
    s = _src(rec, "Gromak")
    assert s.side == "ru" and not s.name.lower().startswith("say")


def test_a_bare_ministry_takes_the_country_of_its_earlier_form(extract_text):
    rec = extract_text(
        "Strike on port\n\nODESA, Oct 2 (Test Wire) - Two dockers were hurt in a drone strike on the port, the "
        "mayor said on Friday, while Russia's Defence Ministry said it had hit a fuel store.\n\n"
        'In Moscow, the Defence Ministry said its drones had met "all their targets".'
    )
    mod = [s for s in rec.sources if "defence ministry" in s.name.lower()]
    assert mod and all(s.side == "ru" for s in mod)


def test_the_post_said_is_the_body_that_posted(extract_text):
    rec = extract_text(
        "Drones downed\n\nThe Sumy regional military administration said on Telegram that a drone hit a farm. "
        "Air defence units shot down six drones over the region overnight, the post said."
    )
    assert not any(s.name.lower() == "the post" for s in rec.sources)
    c = next(c for c in rec.claims if "six drones" in c.text)
    assert c.attribution and "administration" in next(s for s in rec.sources if s.id == c.attribution[0].source).name


def test_a_share_of_a_count_is_never_a_source(extract_text):
    rec = extract_text(
        "Volunteers\n\nThe register lists 800 volunteers, but fewer than 10 percent of the names were "
        "confirmed by relatives, the charity said."
    )
    assert not any("percent" in s.name for s in rec.sources)


def test_a_headline_capital_is_the_spokesman_who_speaks_for_it(extract_text):
    rec = extract_text(
        'Kremlin rejects "any talk" of observers\n\n'
        "BERLIN, May 2 (Test Wire) - Germany's foreign ministry said on Friday that a monitoring mission was "
        "one of several options under discussion.\n\n"
        "Kremlin spokesman Ivan Gorsky said Russia had not been asked. Gorsky said the plan was a trick."
    )
    kremlin = [s for s in rec.sources if any(m.text == "Kremlin" for m in s.mentions)]
    assert len(kremlin) == 1 and "Gorsky" in kremlin[0].name and kremlin[0].kind == "state_official"


def test_a_headline_country_adjective_matches_the_possessive_in_the_body(extract_text):
    rec = extract_text(
        "Ukrainian brigade says it held the bridge\n\n"
        "Ukraine's 41st Separate Assault Brigade said on Tuesday it had held the bridge near the village "
        "after a night of attacks. The brigade said two armoured vehicles were destroyed."
    )
    brigades = [s for s in rec.sources if "brigade" in s.name.lower()]
    assert len(brigades) == 1


def test_images_taken_by_a_firm_are_released_by_it(extract_text):
    rec = extract_text(
        "Airfield emptied\n\nPhotos taken on 3 June by the Finnish firm Skylens and reviewed by our desk show "
        "only two helicopters at the base, compared with nine in May."
    )
    e = next(e for e in rec.evidence if e.text.lower().startswith("photos"))
    assert e.released_by and "Skylens" in rec.source(e.released_by).name


def test_an_outlet_introduced_by_what_it_is_takes_the_home_side(extract_text):
    rec = extract_text(
        "Depot fire\n\nKHARKIV, May 3 (Test Wire) - The regional news site Morning Ledger said on Monday that a "
        "fire had broken out at a fuel depot near the city."
    )
    assert _src(rec, "Morning Ledger").side == "ua"


def test_with_no_dateline_or_towns_a_body_takes_the_side_most_sources_belong_to(extract_text):
    rec = extract_text(
        "Budget strains\n\nUkraine's Finance Ministry said spending on defence rose by a fifth in March.\n\n"
        "Ukraine's Economy Ministry said exports fell by a tenth.\n\n"
        "The Tax Service said that receipts had fallen by 4% in the month."
    )
    assert _src(rec, "Tax Service").side == "ua"
