"""Source kinds, sides and names by classes of news language (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _src(rec, word):
    word = word.lower()
    return next(s for s in rec.sources if word in s.name.lower() or any(word in m.text.lower() for m in s.mentions))


CASES = [
    (
        "Colonel Ivan Dubov",
        "Russia's Western Group of Forces said its units had repelled five attacks. A spokesman for the group, "
        "Colonel Ivan Dubov, told state television that Ukrainian losses were heavy.",
        {"military"},
        {"ru"},
    ),
    (
        "Grossi",
        "The International Atomic Energy Agency said its inspectors at the plant had heard explosions overnight. "
        "IAEA Director General Rafael Grossi called on both sides to show restraint.",
        {"state_official", "other"},
        {"international"},
    ),
    (
        "Human Rights Protection Group",
        "The Kharkiv Human Rights Protection Group said it had documented 42 cases of torture in the region.",
        {"ngo"},
        {"ua"},
    ),
    (
        "Two Majors",
        "The pro-war Telegram channel Two Majors claimed the crossing had failed.",
        {"social_media_account"},
        {"ru"},
    ),
    (
        "Operational Command",
        "Poland's Operational Command said it had scrambled fighter jets as missiles approached the border.",
        {"military"},
        {"international"},
    ),
    (
        "Ryder",
        "Pentagon spokesman Pat Ryder said the new aid package included air defence interceptors.",
        {"state_official"},
        {"international"},
    ),
    (
        "State Department",
        "The State Department said it was reviewing the request for more interceptors.",
        {"government_body"},
        {"international"},
    ),
    (
        "UNICEF",
        "UNICEF said two of the children killed in the strike were under five.",
        {"ngo", "government_body"},
        {"international"},
    ),
    (
        "Kofman",
        '"The front is stabilising," said Michael Kofman, a senior fellow at the Carnegie Endowment.',
        {"expert"},
        {"independent", "international"},
    ),
    (
        "Kallas",
        "EU foreign policy chief Kaja Kallas said the bloc would adopt new sanctions next month.",
        {"state_official"},
        {"international"},
    ),
    (
        "Vyhivskyi",
        "National Police chief Ivan Vyhivskyi said investigators were working at the scene.",
        {"state_official"},
        {"ua"},
    ),
    (
        "Khinshtein",
        "Kursk region acting governor Alexander Khinshtein said two people were injured.",
        {"state_official"},
        {"ru"},
    ),
    (
        "Interfax",
        "Interfax news agency said the fire at the refinery had been put out by morning.",
        {"media_outlet"},
        {"ru"},
    ),
    (
        "New York Times",
        "The New York Times reported that the shipment had been delayed by a month.",
        {"media_outlet"},
        {"international"},
    ),
    (
        "Pletenchuk",
        "Dmytro Pletenchuk, a spokesman for the Ukrainian Navy, said no Russian warships were at sea.",
        {"military", "state_official"},
        {"ua"},
    ),
    (
        "Saldo",
        "Vladimir Saldo, the Russian-installed governor of the occupied part of the Kherson region, said on "
        "Telegram that evacuations would begin.",
        {"state_official"},
        {"ru"},
    ),
    (
        "Villagers",
        "Villagers in Dobropillia told our reporter that the shelling started at dawn.",
        {"unnamed"},
        {"ua"},
    ),
    (
        "Butusov",
        "Yuriy Butusov, editor-in-chief of Censor.net, said the brigade had lost two helicopters.",
        {"journalist"},
        {"ua"},
    ),
    (
        "Naiev",
        "Lt. Gen. Serhiy Naiev, a former commander of Ukraine's Joint Forces, said the attack would fail.",
        {"military"},
        {"ua"},
    ),
    (
        "Pushilin",
        "Denis Pushilin, the Moscow-installed head of the occupied parts of Donetsk region, said power had been "
        "restored.",
        {"state_official"},
        {"ru"},
    ),
    (
        "Filashkin",
        "The head of the Donetsk regional administration, Vadym Filashkin, said two civilians were killed in "
        "Kostiantynivka.",
        {"state_official"},
        {"ua"},
    ),
]


@pytest.mark.parametrize(("word", "text", "kinds", "sides"), CASES, ids=[c[0] for c in CASES])
def test_kind_and_side_by_class(extract_text, word, text, kinds, sides):
    s = _src(extract_text("Report\n\n" + text), word)
    assert s.kind in kinds and s.side in sides, (s.name, s.kind, s.side)


def test_a_body_named_before_a_role_is_part_of_the_name(extract_text):
    rec = extract_text("Talks\n\nKremlin spokesman Dmitry Peskov told reporters the operation would continue.")
    s = _src(rec, "Peskov")
    assert s.name == "Kremlin spokesman Dmitry Peskov" and [m.text for m in s.mentions] == [s.name]


def test_a_call_sign_is_the_same_person(extract_text):
    rec = extract_text(
        "Dawn attack\n\nA Ukrainian drone pilot who goes by the call sign Moroz said the Russians attacked at "
        'dawn near Pokrovsk. "They come in small groups," Moroz said.'
    )
    pilots = [s for s in rec.sources if "moroz" in " ".join(m.text for m in s.mentions).lower()]
    assert len(pilots) == 1 and pilots[0].kind == "military" and pilots[0].side == "ua"


def test_a_third_countrys_government_is_not_an_anaphor_of_another(extract_text):
    rec = extract_text(
        "Aid\n\nThe White House said the package would be sent this week. "
        "The Hungarian government said it would not block the decision."
    )
    assert len({s.id for s in rec.sources if s.name.lower() in ("the white house", "the hungarian government")}) == 2


def test_a_rank_after_director_is_no_soldier(extract_text):
    rec = extract_text("Plant\n\nDirector General Mariana Holub said the reactor was in cold shutdown.")
    assert _src(rec, "Holub").kind != "military"


def test_a_role_and_a_name_joined_by_a_preposition_are_not_one_title(extract_text):
    rec = extract_text(
        "Party chairman calls for Kovalenko to resign\n\nKovalenko said on Monday he would not step down. "
        "Kovalenko added that the audit was politically motivated."
    )
    assert "calls for" not in _src(rec, "Kovalenko").name


@pytest.mark.parametrize(
    ("text", "word", "side"),
    [
        (
            "Mayor Ihor Terekhov said the strike hit a residential block. He said four people were killed.",
            "Terekhov",
            "ua",
        ),
        ("Sergei Markelov said the plant would reopen on Monday after repairs.", "Markelov", "ru"),
        ("Lloyd Austin said the new package included more shells.", "Austin", "unknown"),
    ],
)
def test_the_given_names_spelling_says_more_than_the_surname(extract_text, text, word, side):
    assert _src(extract_text("Report\n\n" + text), word).side == side


def test_a_spokesman_for_a_military_body_is_a_soldier_of_the_home_side(extract_text):
    rec = extract_text(
        "Clashes\n\nKHARKIV, May 3 (Test Wire) - Viktor Tregubov, a spokesman for the Khortytsia group of forces, "
        "said 40 clashes took place near Kupiansk."
    )
    s = _src(rec, "Tregubov")
    assert s.kind == "military" and s.side == "ua"


def test_a_correspondent_of_an_outlet_is_a_journalist(extract_text):
    rec = extract_text(
        "Blackout\n\nA BBC correspondent in Kharkiv said the city had been without power since midnight."
    )
    s = _src(rec, "correspondent")
    assert s.kind == "journalist" and s.side == "international"


def test_a_leaked_memo_is_a_document(extract_text):
    rec = extract_text(
        "Budget\n\nA leaked memo from the finance ministry, seen by this newspaper, said the budget gap would double."
    )
    assert _src(rec, "memo").kind == "document"


def test_the_channel_of_a_unit_speaks_for_the_units_side(extract_text):
    rec = extract_text(
        "Bridge\n\nThe Telegram channel of the 93rd Brigade published footage of the strike on the bridge near Bakhmut."
    )
    s = _src(rec, "93rd Brigade")
    assert s.kind == "social_media_account" and s.side == "ua"
