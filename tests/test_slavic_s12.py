"""Ukrainian and Russian classes of session 12, each pinned with sentences written for these tests (invented
names, real places): a subject with its title or a relative clause in apposition between commas, a relay
that opens the sentence before its outlet, a relative's kind, and a pronoun for the person named last."""

from __future__ import annotations

import pytest
from slavic_helpers import read, source_name


@pytest.mark.parametrize(
    ("text", "lang", "name", "content"),
    [
        (
            "Гнатюк Олесь, речник Хмельницької ОВА, заявив, що тривога тривала дві години.",
            "uk",
            "Гнатюк Олесь",
            "тривога тривала дві години",
        ),
        (
            "Орест Климчук, який очолює громаду, повідомив, що світло повернули.",
            "uk",
            "Орест Климчук",
            "світло повернули",
        ),
        (
            "Сестра полоненого, Марта Іваницька, розповіла, що отримала від брата лист.",
            "uk",
            "Марта Іваницька",
            "отримала від брата лист",
        ),
        (
            "Зайцев Глеб, командир роты, рассказал, что позиции удалось удержать.",
            "ru",
            "Зайцев Глеб",
            "позиции удалось удержать",
        ),
        (
            "Вдова погибшего, Лариса Гомзякова, сообщила, что выплату ей так и не перевели.",
            "ru",
            "Лариса Гомзякова",
            "выплату ей так и не перевели",
        ),
    ],
)
def test_a_subject_with_its_title_between_commas_is_the_source(text: str, lang: str, name: str, content: str) -> None:
    rec = read(text, lang)
    assert [c.text for c in rec.claims] == [content]
    assert source_name(rec, rec.claims[0].attribution[0].source) == name
    assert rec.claims[0].stance == "reports"


def test_a_title_after_the_name_gives_kind_and_side() -> None:
    rec = read("Гнатюк Олесь, речник Хмельницької ОВА, заявив, що тривога тривала дві години.", "uk")
    src = rec.source(rec.claims[0].attribution[0].source)
    assert (src.kind, src.side) == ("state_official", "ua")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сестра полоненого, Марта Іваницька, розповіла, що отримала від брата лист.", "uk"),
        ("Вдова погибшего, Лариса Гомзякова, сообщила, что выплату ей так и не перевели.", "ru"),
        ("Мать бойца Лариса Гомзякова сообщила, что выплату так и не перевели.", "ru"),
    ],
)
def test_a_relative_of_a_soldier_is_of_no_office(text: str, lang: str) -> None:
    rec = read(text, lang)
    assert rec.source(rec.claims[0].attribution[0].source).kind == "other"


@pytest.mark.parametrize(
    ("text", "lang", "outlet", "relayed"),
    [
        (
            "Со ссылкой на источники в мэрии издание «Северный курьер» сообщает, что мост закрыли.",
            "ru",
            "«Северный курьер»",
            "источники в мэрии",
        ),
        (
            "Со ссылкой на источники в полиции агентство сообщило, что задержаны двое.",
            "ru",
            "агентство",
            "источники в полиции",
        ),
    ],
)
def test_a_relay_that_opens_the_sentence_is_the_second_hop(text: str, lang: str, outlet: str, relayed: str) -> None:
    rec = read(text, lang)
    assert len(rec.claims) == 1
    hops = rec.claims[0].attribution
    assert [source_name(rec, h.source) for h in hops][-1] == relayed
    assert outlet in (source_name(rec, hops[0].source) or "")
    assert rec.source(hops[0].source).kind == "media_outlet"


def test_a_pronoun_after_a_quotation_is_the_person_named_since_the_last_one_cited() -> None:
    text = (
        "Ткач Андрій, речник міськради, заявив, що воду дадуть увечері.\n\n"
        "Волонтерка Ганна Руденко щодня возить хліб до Сіверська. «Нас тут лишилося мало», — каже вона."
    )
    rec = read(text, "uk")
    quote = next(c for c in rec.claims if c.quote)
    assert source_name(rec, quote.attribution[0].source) == "Ганна Руденко"
    assert rec.source(quote.attribution[0].source).kind == "other"


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit", "qualifier"),
    [
        ("Уночі окупанти скинули на Берислав близько сотні авіабомб.", "uk", 100, "item", "approx"),
        ("За неделю над Брянском сбили около тысячи беспилотников.", "ru", 1000, "drone", "approx"),
        ("Розрахунок знищив сотню ворожих дронів.", "uk", 100, "drone", "exact"),
        ("Станом на ранок загинули дванадцятеро людей.", "uk", 12, "person", "exact"),
    ],
)
def test_a_hundred_or_a_thousand_in_words_is_a_figure(
    text: str, lang: str, value: float, unit: str, qualifier: str
) -> None:
    rec = read(text, lang)
    assert [(q.value, q.unit, q.qualifier) for q in rec.quantities] == [(value, unit, qualifier)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Сотні людей вийшли на площу.", "uk"), ("Тысячи беженцев покинули город.", "ru")],
)
def test_hundreds_and_thousands_are_no_figure(text: str, lang: str) -> None:
    assert read(text, lang).quantities == []


@pytest.mark.parametrize(
    ("text", "lang", "value", "relation"),
    [
        ("Позаминулої доби в Херсоні поранено двох людей.", "uk", "2026-05-18", "on"),
        ("З середини квітня ворог щодня атакує Куп'янськ.", "uk", "2026-04", "since"),
        ("С конца марта противник трижды обстреливал Шебекино.", "ru", "2026-03", "since"),
    ],
)
def test_relative_days_and_parts_of_a_month(text: str, lang: str, value: str, relation: str) -> None:
    rec = read(text, lang)
    assert [(d.value, d.relation) for d in rec.dates] == [(value, relation)]


@pytest.mark.parametrize(
    ("text", "lang", "content", "released_by"),
    [
        (
            "Судя по кадрам, опубликованным местным пабликом, снаряд попал в здание школы.",
            "ru",
            "снаряд попал в здание школы",
            "местным пабликом",
        ),
        (
            "На відео, опублікованому місцевими мешканцями, видно пожежу на нафтобазі.",
            "uk",
            "пожежу на нафтобазі",
            "місцевими мешканцями",
        ),
        (
            "На відео, яке оприлюднила поліція, видно, як вантажівка в'їжджає у двір.",
            "uk",
            "вантажівка в'їжджає у двір",
            "поліція",
        ),
        (
            "Судячи з кадрів, поширених у мережі, ракета влучила в гуртожиток.",
            "uk",
            "ракета влучила в гуртожиток",
            None,
        ),
    ],
)
def test_material_named_as_the_frame_is_evidence_and_the_clause_is_the_claim(
    text: str, lang: str, content: str, released_by: str | None
) -> None:
    rec = read(text, lang)
    assert [(c.text, c.stance, c.attribution) for c in rec.claims] == [(content, "asserts", [])]
    assert len(rec.evidence) == 1
    assert source_name(rec, rec.evidence[0].released_by) == released_by


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        ("Нам удалось установить, что погибший служил в 64-й бригаде.", "ru", "погибший служил в 64-й бригаде"),
        ("Редакция выяснила, что двое погибших были мобилизованы.", "ru", "двое погибших были мобилизованы"),
        ("Нам вдалося з'ясувати, що загиблий служив у 93-й бригаді.", "uk", "загиблий служив у 93-й бригаді"),
    ],
)
def test_the_outlets_own_check_confirms_what_it_found(text: str, lang: str, content: str) -> None:
    rec = read(text, lang)
    assert [(c.text, c.stance, c.verification) for c in rec.claims] == [(content, "asserts", "confirmed")]


def test_a_check_of_the_footage_told_later_confirms_the_claim_that_rests_on_it() -> None:
    text = "На відео, опублікованому мешканцями, видно дим над складом. Ми перевірили це відео: його знято в Ізюмі."
    rec = read(text, "uk")
    assert [(c.text, c.verification) for c in rec.claims] == [
        ("дим над складом", "confirmed"),
        ("його знято в Ізюмі", "confirmed"),
    ]


def test_a_long_object_of_the_check_still_makes_it_unverified() -> None:
    text = "ВСУ потеряли до 300 военных. Проверить сообщения обеих сторон о потерях независимо невозможно."
    rec = read(text, "ru")
    assert [(c.text, c.verification) for c in rec.claims] == [("ВСУ потеряли до 300 военных", "unverified")]


@pytest.mark.parametrize(
    ("text", "lang", "side"),
    [
        ("Командующий группировкой войск «Восток» Петр Гусев заявил, что бои продолжаются.", "ru", "ru"),
        ("Речник угруповання військ «Хортиця» Остап Білик заявив, що бої тривають.", "uk", "ua"),
    ],
)
def test_a_named_group_of_forces_gives_its_side(text: str, lang: str, side: str) -> None:
    rec = read(text, lang)
    assert rec.source(rec.claims[0].attribution[0].source).side == side


def test_a_new_subject_and_its_verb_after_a_comma_is_a_claim_of_its_own() -> None:
    rec = read("Уранці дрон влучив у маршрутку, водій загинув на місці.", "uk")
    assert [c.text for c in rec.claims] == ["Уранці дрон влучив у маршрутку", "водій загинув на місці"]


def test_a_connective_before_the_comma_is_no_clause() -> None:
    rec = read("Крім того, ворог застосував 40 дронів.", "uk")
    assert len(rec.claims) == 1


def test_a_speech_verb_after_a_colon_starts_a_clause_and_a_particle_is_no_source() -> None:
    text = "Слова блогера не подтверждает Минобороны России: в утренней сводке ведомство сообщило лишь о боях у Липцев."
    rec = read(text, "ru")
    assert [(c.text, source_name(rec, c.attribution[0].source)) for c in rec.claims if c.attribution] == [
        ("боях у Липцев", "Минобороны")
    ]


def test_an_interview_reply_cut_by_its_tag_is_the_speakers_in_both_parts() -> None:
    text = (
        "Ми поговорили з головою громади Степаном Ковалем.\n\n— Чи є світло?\n\n"
        "— Лише від генераторів. Мережу пошкоджено, — каже Коваль. — Ремонт триватиме тиждень."
    )
    rec = read(text, "uk")
    assert [q.text for q in rec.quotes] == [
        "Лише від генераторів. Мережу пошкоджено",
        "Ремонт триватиме тиждень",
    ]
    assert all(c.quote for c in rec.claims if "Ми поговорили" not in c.text)


def test_a_surname_alone_is_the_person_named_in_full_before_with_the_title() -> None:
    text = (
        "Ми поговорили з начальником Куп'янської міської військової адміністрації Андрієм Беседіним.\n\n"
        "«Евакуація триває», — каже Беседін."
    )
    rec = read(text, "uk")
    src = rec.source(rec.quotes[0].speaker)
    assert (src.name, src.kind, src.side) == ("Андрій Беседін", "state_official", "ua")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Противник потерял около полусотни военнослужащих.", "ru", 50),
        ("Ворог втратив майже півсотні солдатів.", "uk", 50),
    ],
)
def test_half_a_hundred_is_fifty(text: str, lang: str, value: float) -> None:
    assert [q.value for q in read(text, lang).quantities] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Розмову вела Марія Ткач\n\nУ громаді залишилося 300 людей.", "uk"),
        ("Беседовала Ольга Смирнова\n\nВ селе осталось 300 человек.", "ru"),
    ],
)
def test_an_interviewers_byline_is_no_claim(text: str, lang: str) -> None:
    assert len(read(text, lang).claims) == 1


def test_a_russian_possessive_place_name_in_an_oblique_case() -> None:
    rec = read("Бои идут под Часовым Яром.", "ru")
    assert [p.name for p in rec.places] == ["Chasiv Yar"]


def test_an_unnamed_source_in_a_state_body_speaks_for_the_country_of_the_events() -> None:
    text = (
        "Агентство со ссылкой на источник в силовых структурах сообщило, что над Курчатовом и Льговом "
        "сбиты два беспилотника."
    )
    rec = read(text, "ru")
    relayed = rec.source(rec.claims[0].attribution[-1].source)
    assert (relayed.name, relayed.kind, relayed.side) == ("источник в силовых структурах", "unnamed", "ru")


def test_a_ukrainian_operational_grouping_is_military_and_ukrainian() -> None:
    rec = read("Як повідомили в ОСУВ «Таврія», підрозділи знищили 12 танків.", "uk")
    src = rec.source(rec.claims[0].attribution[0].source)
    assert (src.kind, src.side) == ("military", "ua")


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        ("Редакция подсчитала, что в Туве похоронили 93 добровольца.", "ru", "в Туве похоронили 93 добровольца"),
        ("Как выяснила редакция, трое погибших служили в одной роте.", "ru", "трое погибших служили в одной роте"),
        ("Наші журналісти з'ясували, що склад горів два дні.", "uk", "склад горів два дні"),
    ],
)
def test_the_outlets_own_finding_is_told_in_its_own_voice(text: str, lang: str, content: str) -> None:
    rec = read(text, lang)
    assert [(c.text, c.attribution, c.stance) for c in rec.claims] == [(content, [], "asserts")]
    assert rec.sources == []


def test_another_outlets_newsroom_is_a_source() -> None:
    rec = read("Редакция «Северного вестника» сообщила, что мост закрыт.", "ru")
    assert source_name(rec, rec.claims[0].attribution[0].source) == "Редакция «Северного вестника»"


@pytest.mark.parametrize(
    ("text", "lang", "first", "relayed", "content"),
    [
        (
            "ТАСС, ссылаясь на оперативные службы, сообщает о пожаре на складе.",
            "ru",
            "ТАСС",
            "оперативные службы",
            "пожаре на складе",
        ),
        (
            "Укрінформ, посилаючись на джерела в поліції, повідомив, що затримано двох агентів.",
            "uk",
            "Укрінформ",
            "джерела в поліції",
            "затримано двох агентів",
        ),
    ],
)
def test_a_relay_between_commas_after_the_subject_is_the_next_hop(
    text: str, lang: str, first: str, relayed: str, content: str
) -> None:
    rec = read(text, lang)
    assert [c.text for c in rec.claims] == [content]
    assert [source_name(rec, h.source) for h in rec.claims[0].attribution] == [first, relayed]


def test_a_speech_verb_with_its_subject_is_no_hedge() -> None:
    rec = read("Місцеві жителі кажуть, що чули вибухи всю ніч.", "uk")
    assert [(c.stance, c.hedges) for c in rec.claims] == [("reports", [])]


def test_an_impersonal_they_say_is_a_hedge() -> None:
    rec = read("Кажуть, що міст знову пошкоджено.", "uk")
    assert [c.stance for c in rec.claims] == ["distances"]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit", "qualifier"),
    [
        ("Кількість загиблих унаслідок удару по Ізмаїлу зросла до 14.", "uk", 14, "person", "exact"),
        ("Число погибших при обстреле Горловки возросло до 9.", "ru", 9, "person", "exact"),
        (
            "Число погибших добровольцев из Тувы превысило 300\n\nРедакция ведет подсчет.",
            "ru",
            300,
            "person",
            "at_least",
        ),
        ("Евакуювали до 30 людей.", "uk", 30, "person", "at_most"),
    ],
)
def test_a_figure_reached_or_passed_and_one_that_ends_its_line(
    text: str, lang: str, value: float, unit: str, qualifier: str
) -> None:
    assert [(q.value, q.unit, q.qualifier) for q in read(text, lang).quantities] == [(value, unit, qualifier)]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("По меньшей мере 23 из погибших служили по контракту.", "ru", 23, "person"),
        ("Троє з поранених перебувають у важкому стані.", "uk", 3, "person"),
    ],
)
def test_a_part_of_the_people_named_counts_people(text: str, lang: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in read(text, lang).quantities] == [(value, unit)]


def test_a_check_of_what_both_sides_said_about_a_topic_is_about_their_claims_of_it() -> None:
    text = (
        "Генштаб ЗСУ повідомив, що втрати ворога за добу становлять 900 осіб.\n\n"
        "У Міноборони РФ заявили, що російські війська взяли Торське.\n\n"
        "Росіяни обстріляли Херсон.\n\n"
        "Перевірити заяви обох сторін про втрати незалежно неможливо."
    )
    rec = read(text, "uk")
    got = {c.text: c.verification for c in rec.claims}
    assert got == {
        "втрати ворога за добу становлять 900 осіб": "unverified",
        "російські війська взяли Торське": "not_stated",
        "Росіяни обстріляли Херсон": "not_stated",
    }


def test_a_check_of_what_both_sides_said_is_about_every_party_cited_before() -> None:
    text = (
        "Минобороны России заявило, что сбиты 30 беспилотников.\n\n"
        "В Генштабе ВСУ сообщили, что поражен склад в Торопце.\n\n"
        "Мост через Сейм разрушен.\n\n"
        "Проверить заявления обеих сторон независимо не удалось."
    )
    rec = read(text, "ru")
    got = {c.text: c.verification for c in rec.claims}
    assert got["сбиты 30 беспилотников"] == "unverified"
    assert got["поражен склад в Торопце"] == "unverified"


def test_an_outlets_unnamed_sources_in_any_case_speak_for_its_side() -> None:
    rec = read("За інформацією джерел «Суспільного», вибухи пролунали біля аеродрому в Миргороді.", "uk")
    src = rec.source(rec.claims[0].attribution[0].source)
    assert (src.kind, src.side) == ("unnamed", "ua")
