"""Ukrainian and Russian classes of news language written for session 7 from the guide, not from a scored
article: a bare "вночі"/"ночью" (the night before publication), weeks and "N днів тому", a sentence that
only says a check could not be made (about what came before, no claim of its own), a check of material
named just before under another word ("перехоплення" ... "запису"), material that turned up or that is
itself the subject that shows, the one told after the speaker ("— сказал он журналистам"), a pronoun for a
person the article named in its own voice, and the kinds of some titles. Sentences written for these tests."""

from __future__ import annotations

import pytest
from slavic_helpers import PUB, read

from claimgraph.ground.dates_slavic import extract_dates


def dates(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.value, d.end_value) for d in extract_dates(text, PUB, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Вночі російські дрони атакували Чернігів.", "uk", [("Вночі", "2026-05-20", None)]),
        ("Уночі на Полтавщині було чутно вибухи.", "uk", [("Уночі", "2026-05-20", None)]),
        ("Ночью беспилотники атаковали нефтебазу под Брянском.", "ru", [("Ночью", "2026-05-20", None)]),
        ("Вчера ночью в Курске сработала ПВО.", "ru", [("Вчера ночью", "2026-05-19", None)]),
        ("Учора ввечері в місті зникло світло.", "uk", [("Учора ввечері", "2026-05-19", None)]),
        ("Сегодня утром в Донецке снова стреляли.", "ru", [("Сегодня утром", "2026-05-20", None)]),
    ],
)
def test_a_bare_night_is_the_night_before_publication(text: str, lang: str, want: list) -> None:
    assert dates(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Вночі на 19 травня ворог запустив 40 дронів.", "uk", ("Вночі на 19 травня", "2026-05-18", "2026-05-19")),
        ("Ночью 17 мая над Белгородом сбили ракету.", "ru", ("17 мая", "2026-05-17", None)),
        ("Ночью в субботу горел склад.", "ru", ("в субботу", "2026-05-16", None)),
    ],
)
def test_a_night_with_its_date_keeps_that_date(text: str, lang: str, want: tuple) -> None:
    assert dates(text, lang) == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Минулого тижня в області загинули п'ятеро цивільних.", "uk", ("Минулого тижня", "2026-05-11", "2026-05-17")),
        ("На прошлой неделе в городе погибли трое.", "ru", ("На прошлой неделе", "2026-05-11", "2026-05-17")),
        ("На цьому тижні обстріли посилилися.", "uk", ("На цьому тижні", "2026-05-18", "2026-05-24")),
        ("За минулий тиждень ворог скинув 600 бомб.", "uk", ("За минулий тиждень", "2026-05-13", "2026-05-19")),
        ("За последнюю неделю сбито 90 дронов.", "ru", ("За последнюю неделю", "2026-05-13", "2026-05-19")),
    ],
)
def test_weeks_are_ranges(text: str, lang: str, want: tuple) -> None:
    assert dates(text, lang)[0] == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Три дні тому окупанти вдарили по ринку.", "uk", ("Три дні тому", "2026-05-17", None)),
        ("Тиждень тому тут ще були люди.", "uk", ("Тиждень тому", "2026-05-13", None)),
        ("Два месяца назад поселок заняли.", "ru", ("Два месяца назад", "2026-03", None)),
        ("Пять лет назад здесь был завод.", "ru", ("Пять лет назад", "2021", None)),
    ],
)
def test_so_long_ago(text: str, lang: str, want: tuple) -> None:
    assert dates(text, lang) == [want]


def test_habit_and_named_night_are_not_mixed_up() -> None:
    # the night is one date, whatever follows it
    assert len(dates("Вночі з 18 на 19 травня ворог атакував Київ.", "uk")) == 1


@pytest.mark.parametrize(
    ("text", "lang", "claim_words"),
    [
        (
            "Окупанти\n\nОкупаційна влада заявила, що обстріл влаштували ЗСУ. Ці дані незалежно перевірити неможливо.",
            "uk",
            "обстріл влаштували ЗСУ",
        ),
        (
            "Резервы\n\nВоенный блогер написал в телеграм-канале, что к городу подошли резервы. Эти сведения "
            "мы проверить не смогли.",
            "ru",
            "к городу подошли резервы",
        ),
    ],
)
def test_a_sentence_that_only_says_a_check_failed_is_about_the_claim_before(
    text: str, lang: str, claim_words: str
) -> None:
    rec = read(text, lang)
    assert [c.text for c in rec.claims if c.verification == "unverified"] == [
        next(c.text for c in rec.claims if claim_words in c.text)
    ]
    assert not any("перевір" in c.text or "провер" in c.text for c in rec.claims)


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Розмова\n\nСБУ оприлюднила перехоплену розмову двох окупантів. Автентичність запису перевірити неможливо.",
            "uk",
            "intercepted_communication",
        ),
        (
            "Разговор\n\nГУР опубликовало перехваченный разговор российского офицера. Подлинность записи "
            "мы проверить не смогли.",
            "ru",
            "intercepted_communication",
        ),
    ],
)
def test_a_check_of_material_named_before_under_another_word_is_that_item(text: str, lang: str, kind: str) -> None:
    rec = read(text, lang)
    assert [(e.kind, e.verification) for e in rec.evidence] == [(kind, "unverified")]
    assert rec.claims[-1].verification == "unverified"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Пожежа\n\nУ мережі з'явилося відео, на якому нібито видно пожежу на підстанції. Відео не підтверджене.",
            "uk",
        ),
        ("Пожар\n\nВ соцсетях появились фото горящей подстанции.", "ru"),
    ],
)
def test_material_that_turned_up_is_evidence_released_by_no_one(text: str, lang: str) -> None:
    rec = read(text, lang)
    assert len(rec.evidence) == 1 and rec.evidence[0].released_by is None
    assert not rec.sources


def test_material_that_shows_is_evidence() -> None:
    rec = read(
        "Кладбище\n\nСпутниковые снимки показывают, что за зиму на кладбище под Ростовом выросли новые ряды могил.",
        "ru",
    )
    assert [e.kind for e in rec.evidence] == ["satellite_imagery"]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Заява\n\nПрезидент Польщі Анджей Дуда провів переговори. «Ми не залишимо Україну саму», — сказав він "
            "польським журналістам.",
            "uk",
            "Анджей Дуда",
        ),
        (
            "Заявление\n\nГубернатор Курской области Алексей Смирнов посетил Суджу. «Эвакуация продолжается», — "
            "сообщил он журналистам.",
            "ru",
            "Алексей Смирнов",
        ),
    ],
)
def test_the_one_told_after_the_speaker_is_not_the_speaker(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert [s.name for s in rec.sources] == [name]
    assert rec.quotes and rec.source(rec.quotes[0].speaker).name == name
    assert rec.sources[0].kind == "state_official"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Техника\n\nЗамминистра обороны заявил, что армия получит новые танки.", "ru", "state_official"),
        ("Обмен\n\nБывший мобилизованный Сергей рассказал, что их держали в подвале.", "ru", "military"),
        (
            "Обмін\n\nКоординаційний штаб з питань поводження з військовополоненими повідомив, що додому "
            "повернулися 90 захисників.",
            "uk",
            "government_body",
        ),
    ],
)
def test_kinds_of_titles(text: str, lang: str, kind: str) -> None:
    rec = read(text, lang)
    assert [s.kind for s in rec.sources] == [kind]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("На оборону передбачено 2,2 трлн гривень.", "uk", 2.2e12, "uah"),
        ("Доходы бюджета составят 40 трлн рублей.", "ru", 40e12, "rub"),
    ],
)
def test_trillions(text: str, lang: str, value: float, unit: str) -> None:
    from claimgraph.ground.quantities_slavic import extract_quantities

    got = extract_quantities(text, lang, [])
    assert [(q.value, q.unit, q.kind) for q in got] == [(value, unit, "money")]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Плен\n\n«Нас держали в подвале», — рассказал Игорь. «Кормили раз в день».", "ru", "Игорь"),
        ("Полон\n\n«Нас тримали в ямі», — розповів Андрій. «Води давали мало».", "uk", "Андрій"),
    ],
)
def test_a_quotation_that_goes_on_after_its_speaker_is_the_same_speakers(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert len(rec.quotes) == 2
    assert {rec.source(q.speaker).name for q in rec.quotes} == {name}
    assert all(c.quote and c.attribution for c in rec.claims if c.start > text.index("\n"))


@pytest.mark.parametrize(
    ("text", "lang", "cue", "kind"),
    [
        (
            "Доповідь\n\nЯк випливає зі звіту правозахисників, у травні загинули 90 цивільних.",
            "uk",
            "Як випливає зі",
            None,
        ),
        ("Отчет\n\nКак следует из доклада ОБСЕ, в апреле обстрелы участились.", "ru", "Как следует из", None),
        ("Приказ\n\nСогласно приказу командира полка, выезд с позиций запрещен.", "ru", "Согласно", "document"),
        ("Наказ\n\nЗгідно з наказом начальника гарнізону, в'їзд до міста обмежено.", "uk", "Згідно з", "document"),
    ],
)
def test_what_a_document_says_is_attributed_to_it(text: str, lang: str, cue: str, kind: str | None) -> None:
    rec = read(text, lang)
    body = [c for c in rec.claims if c.start > text.index("\n")]
    assert len(body) == 1 and body[0].attribution and body[0].attribution[0].cue.text == cue
    assert body[0].stance == "reports"
    if kind:
        assert rec.sources[0].kind == kind


def test_a_pronoun_after_an_expert_cited_by_a_frame_is_that_expert() -> None:
    text = (
        "Прогноз\n\nПо мнению политолога Андрея Смирнова, переговоры затянутся. Он считает, что до осени "
        "перемирия не будет."
    )
    rec = read(text, "ru")
    assert len(rec.sources) == 1
    body = [c for c in rec.claims if c.start > text.index("\n")]
    assert len(body) == 2 and all(c.attribution[0].source == rec.sources[0].id for c in body)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Село\n\nОкупанти захопили село Іванівка, стверджують у Міноборони РФ. У ЗСУ ці дані спростували.", "uk"),
        ("Удар\n\nВСУ обстреляли рынок в Горловке, заявили в штабе. В Генштабе ВСУ эти обвинения отвергли.", "ru"),
    ],
)
def test_a_denial_of_what_was_just_reported_disputes_it(text: str, lang: str) -> None:
    rec = read(text, lang)
    body = [c for c in rec.claims if c.start > text.index("\n")]
    assert len(body) == 1 and body[0].verification == "disputed"


def test_no_one_denied_is_no_denial() -> None:
    text = "Склад\n\nВ Минобороны сообщили, что склад уничтожен. Эту информацию пока никто не опроверг."
    rec = read(text, "ru")
    assert all(c.verification == "not_stated" for c in rec.claims)


@pytest.mark.parametrize(
    ("text", "lang", "content", "kind"),
    [
        (
            "Удар\n\nФакт удару по котельні підтвердили також у міській раді.",
            "uk",
            "Факт удару по котельні",
            "government_body",
        ),
        (
            "Потери\n\nГибель трех бойцов подтвердили в штабе бригады.",
            "ru",
            "Гибель трех бойцов",
            "military",
        ),
    ],
)
def test_an_object_before_a_plural_verb_and_the_body_after_it(text: str, lang: str, content: str, kind: str) -> None:
    rec = read(text, lang)
    body = [c for c in rec.claims if c.start > text.index("\n")]
    assert [c.text for c in body] == [content]
    assert [s.kind for s in rec.sources] == [kind]


def test_a_plural_verb_with_a_place_after_it_is_no_frame() -> None:
    rec = read("Евакуація\n\nДітей евакуювали в Київ.", "uk")
    assert not rec.sources
