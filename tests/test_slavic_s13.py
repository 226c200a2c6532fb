"""Ukrainian and Russian classes of session 13, each pinned with sentences written for these tests (invented
events, real places): the Russian form of a Ukrainian village's name, and the choice between villages of one
name by the other places the article names."""

from __future__ import annotations

import pytest
from slavic_helpers import read, source_name


def _place(text: str, lang: str, word: str) -> tuple[str | None, str | None, float | None]:
    rec = read(text, lang)
    got = [p for p in rec.places if p.text == word]
    assert got, [p.text for p in rec.places]
    return got[0].country, got[0].admin1, got[0].lat


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # -овка/-евка is the Ukrainian -івка/-ївка
        ("Подразделения заняли Новоселовку в Донецкой области.", "Новоселовку"),
        # after a marker, not the namesake near Moscow
        ("В селе Андреевка Донецкой области повреждена школа.", "Андреевка"),
        # a neuter adjective's name in an oblique case: -ое is -е
        ("Бои идут у Берестового в Донецкой области.", "Берестового"),
    ],
)
def test_a_russian_form_of_a_ukrainian_village_is_the_ukrainian_village(text: str, word: str) -> None:
    country, admin1, _lat = _place(text, "ru", word)
    assert (country, admin1) == ("UA", "Donetsk")


def test_a_village_of_a_russian_region_the_article_names_stays_in_russia() -> None:
    country, admin1, _lat = _place("В селе Ивановка Брянской области повреждены дома.", "ru", "Ивановка")
    assert country == "RU" and admin1 and admin1.startswith("Bryansk")


def test_of_namesakes_in_one_region_the_one_near_the_town_named_is_meant() -> None:
    # several Novoselivkas in Donetsk Oblast: the one a few kilometres from Druzhkivka
    _c, admin1, lat = _place("Окупанти обстріляли Новоселівку поблизу Дружківки.", "uk", "Новоселівку")
    assert admin1 == "Donetsk" and lat is not None and abs(lat - 48.68) < 0.1


def test_a_curated_namesake_elsewhere_does_not_pull_a_village_into_its_region() -> None:
    # Stepove's curated entry lies in Zaporizhzhia Oblast; Ivanivka near Kostiantynivka is in Donetsk Oblast
    text = "Ворог атакував Іванівку та Степове, сили оборони утримують позиції під Костянтинівкою."
    _c, admin1, _lat = _place(text, "uk", "Іванівку")
    assert admin1 == "Donetsk"


@pytest.mark.parametrize(
    ("text", "lang", "name", "content"),
    [
        # a weekday after the verb, before its subject
        (
            "Беспилотники атаковали нефтебазу в Туапсе, сообщило в понедельник региональное управление МЧС.",
            "ru",
            "региональное управление МЧС",
            "Беспилотники атаковали нефтебазу в Туапсе",
        ),
        (
            "Дрони атакували нафтобазу в Ізмаїлі, повідомила у четвер Одеська ОВА.",
            "uk",
            "Одеська ОВА",
            "Дрони атакували нафтобазу в Ізмаїлі",
        ),
    ],
)
def test_a_time_between_a_postposed_verb_and_its_subject_is_skipped(
    text: str, lang: str, name: str, content: str
) -> None:
    rec = read(text, lang)
    assert [c.text for c in rec.claims] == [content]
    assert source_name(rec, rec.claims[0].attribution[0].source) == name


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "«Все дома осмотрены. Работы продолжатся», — написал в телеграме глава района Петр Лукин.",
            "ru",
            "Петр Лукин",
        ),
        ("«Все дома осмотрены», — написал на своей странице в Facebook Петр Лукин.", "ru", "Петр Лукин"),
        ("«Усі будинки оглянуто», — написала у своєму Telegram-каналі Ірина Бойко.", "uk", "Ірина Бойко"),
    ],
)
def test_a_channel_between_the_tag_and_the_speaker_is_no_part_of_the_speaker(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert rec.claims and all(c.quote for c in rec.claims)
    assert {source_name(rec, c.attribution[0].source) for c in rec.claims} == {name}
    assert [source_name(rec, q.speaker) for q in rec.quotes] == [name]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Мэр города Олег Сотников рассказал о последствиях атаки.\n\n"
            "«Повреждены три школы и детский сад. Людей эвакуировали заранее.\n\n"
            "«Восстановительные работы начнутся завтра», — написал Сотников.\n",
            "ru",
            "Олег Сотников",
        ),
        (
            "Голова громади Ірина Бойко розповіла про ніч.\n\n«Ми чули три вибухи. Світла не було до ранку.\n\n"
            "«Зранку приїхали рятувальники.\n\n«Зараз усі в безпеці», — написала Бойко.\n",
            "uk",
            "Ірина Бойко",
        ),
    ],
)
def test_a_quotation_over_several_paragraphs_is_one_speakers(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    inside = [c for c in rec.claims if c.start > text.index("«")]
    assert len(inside) >= 3
    assert all(c.quote and source_name(rec, c.attribution[0].source) == name for c in inside)
    assert all(not c.text.startswith("«") for c in inside)
    assert len(rec.quotes) == 1 and rec.quotes[0].start == text.index("«") + 1
    assert source_name(rec, rec.quotes[0].speaker) == name


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Росія вкотре свідомо б'є по енергетиці.", "uk", "Росія"),
        ("Россия нанесла удар по Одессе.", "ru", "Россия"),
        ("ВС России уничтожили склад.", "ru", "России"),
        ("Соединения Вооружённых сил Украины отступили.", "ru", "Украины"),
    ],
)
def test_a_country_that_acts_or_names_a_body_is_no_place(text: str, lang: str, word: str) -> None:
    assert word not in [p.text for p in read(text, lang).places]


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # the accusative of a capital is its nominative: the place attacked
        ("Київ обстріляли вночі.", "uk", "Київ"),
        ("Киев атаковали дроны.", "ru", "Киев"),
        ("Россия, по данным разведки, готовит наступление.", "ru", "Россия"),
    ],
)
def test_a_place_before_a_verb_that_it_does_not_govern_stays(text: str, lang: str, word: str) -> None:
    assert word in [p.text for p in read(text, lang).places]


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        (
            "Оновлено о 18:40. Кількість поранених зросла до 12.\n\nUPD 19:10: Рятувальники завершили роботи.\n\n"
            "Перші дані, 09:10. Загинули двоє людей.\n",
            "uk",
            ["Кількість поранених зросла до 12", "Рятувальники завершили роботи", "Загинули двоє людей"],
        ),
        (
            "Обновлено в 18:40. Число раненых выросло до 12.\n\nUPD 19:10 — Спасатели завершили работы.\n",
            "ru",
            ["Число раненых выросло до 12", "Спасатели завершили работы"],
        ),
    ],
)
def test_an_update_stamp_is_no_claim_nor_part_of_one(text: str, lang: str, claims: list[str]) -> None:
    assert [c.text for c in read(text, lang).claims] == claims


@pytest.mark.parametrize(
    ("text", "lang", "claims"),
    [
        (
            "Світла немає у 300 будинках. Дані попередні, інформація уточнюється.\n\n"
            "Окремо дякую енергетикам, які працюють під обстрілами.\n\nВічна пам'ять загиблим. Співчуваю рідним.\n",
            "uk",
            ["Світла немає у 300 будинках"],
        ),
        (
            "Света нет в 300 домах. Данные предварительные, информация уточняется.\n\n"
            "Отдельно благодарю спасателей, которые работали всю ночь.\n\nВечная память погибшим. Соболезную родным.\n",
            "ru",
            ["Света нет в 300 домах"],
        ),
    ],
)
def test_thanks_mourning_and_status_lines_are_no_claims(text: str, lang: str, claims: list[str]) -> None:
    assert [c.text for c in read(text, lang).claims] == claims


@pytest.mark.parametrize(
    ("text", "lang", "span", "value", "end"),
    [
        ("Школи не працюватимуть 14 та 15 травня.", "uk", "14 та 15 травня", "2026-05-14", "2026-05-15"),
        ("Снимки сделаны 3 и 6 мая.", "ru", "3 и 6 мая", "2026-05-03", "2026-05-06"),
    ],
)
def test_two_days_of_one_month_are_a_range(text: str, lang: str, span: str, value: str, end: str) -> None:
    dates = read(text, lang).dates
    assert [(d.text, d.value, d.end_value, d.relation) for d in dates] == [(span, value, end, "between")]
    assert not read(text, lang).quantities


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        # the verb of change left out after the dash: the second figure is reached too, not at most
        ("Кількість поранених зросла до 8, загиблих — до 3.", "uk", [(8.0, "exact"), (3.0, "exact")]),
        ("Число раненых выросло до 11, погибших — до 4.", "ru", [(11.0, "exact"), (4.0, "exact")]),
        # a deadline after a dash stays at most
        ("Ремонт триватиме до 10 днів.", "uk", [(10.0, "at_most")]),
    ],
)
def test_a_figure_after_an_elided_verb_of_change_is_exact(
    text: str, lang: str, figures: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.qualifier) for q in read(text, lang).quantities] == figures


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Одна з волонтерок розповіла про евакуацію.", "uk"),
        ("Ещё одна пострадавшая скончалась в больнице.", "ru"),
        ("Відкрито провадження за частиною 1 статті 111.", "uk"),
        ("Возбуждено дело по статье 205 УК.", "ru"),
    ],
)
def test_one_of_another_and_an_article_number_are_no_figures(text: str, lang: str) -> None:
    assert read(text, lang).quantities == []


@pytest.mark.parametrize(
    ("text", "lang", "namer", "naming"),
    [
        (
            "Губернатор заявил, что погибли трое. В МЧС эти данные назвали ложью.",
            "ru",
            "МЧС",
            "эти данные назвали ложью",
        ),
        (
            "Мэр заявил, что погибли трое. Представитель ведомства назвал эти сообщения «очередной провокацией».",
            "ru",
            "Представитель ведомства",
            "эти сообщения «очередной провокацией»",
        ),
        (
            "Міноборони РФ заявило, що знищило склад. У міській адміністрації ці заяви назвали брехнею: за словами "
            "мера, ніхто не постраждав.",
            "uk",
            "міській адміністрації",
            "ці заяви назвали брехнею",
        ),
    ],
)
def test_naming_what_was_reported_a_lie_disputes_it(text: str, lang: str, namer: str, naming: str) -> None:
    rec = read(text, lang)
    first, second = rec.claims[0], rec.claims[1]
    assert first.verification == "disputed"
    assert second.text == naming
    assert source_name(rec, second.attribution[0].source) == namer
    # the namer is a body of its own, not the one whose report it names
    assert second.attribution[0].source != first.attribution[0].source


def test_naming_with_no_word_of_falsehood_disputes_nothing() -> None:
    rec = read("Мэр заявил, что погибли трое. В МЧС эти данные назвали предварительными.", "ru")
    assert rec.claims[0].verification == "not_stated"


@pytest.mark.parametrize(
    ("text", "lang", "name", "content"),
    [
        (
            "Місцеві мешканці, з якими поспілкувався наш кореспондент, розповіли, що чули три вибухи.",
            "uk",
            "Місцеві мешканці",
            "чули три вибухи",
        ),
        (
            "Жители, с которыми удалось поговорить, рассказали, что слышали взрывы.",
            "ru",
            "Жители",
            "слышали взрывы",
        ),
        # an adverbial set off by commas between the subject and its verb
        (
            "Губернатор, по обыкновению, заявил, что свет вернут к вечеру.",
            "ru",
            "Губернатор",
            "свет вернут к вечеру",
        ),
    ],
)
def test_a_phrase_between_commas_after_the_subject_leaves_it_the_source(
    text: str, lang: str, name: str, content: str
) -> None:
    rec = read(text, lang)
    assert [c.text for c in rec.claims] == [content]
    assert source_name(rec, rec.claims[0].attribution[0].source) == name


def test_a_representative_of_a_body_is_a_source_of_its_own_of_the_bodys_side() -> None:
    rec = read("Минобороны России сообщило об ударе. Представитель Минобороны назвал эти сообщения ложью.", "ru")
    names = {s.name: (s.kind, s.side) for s in rec.sources}
    assert names["Представитель Минобороны"] == ("state_official", "ru")
    assert names["Минобороны России"] == ("government_body", "ru")


def test_a_regime_named_by_its_capital_is_a_government_body() -> None:
    rec = read("Киевский режим заявил о потерях.", "ru")
    assert [(s.name, s.kind, s.side) for s in rec.sources] == [("Киевский режим", "government_body", "ua")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("У громаді 14 та 15 травня оголошено днями жалоби.", "uk"), ("В городе объявлено о трауре.", "ru")],
)
def test_an_impersonal_act_is_the_articles_own_claim(text: str, lang: str) -> None:
    rec = read(text, lang)
    assert not rec.sources
    assert [(c.text, c.attribution) for c in rec.claims] == [(text.rstrip("."), [])]


@pytest.mark.parametrize(
    ("text", "lang", "hedge"),
    [
        ("Министерство обороны утверждает, что сбило 20 дронов.", "ru", "утверждает"),
        ("Мер стверджує, що світло повернули.", "uk", "стверджує"),
        ("По имеющимся данным, в здании находились военные.", "ru", "По имеющимся данным"),
        ("За наявними даними, у будівлі перебували військові.", "uk", "За наявними даними"),
    ],
)
def test_a_distancing_frame_is_a_hedge_on_what_it_frames(text: str, lang: str, hedge: str) -> None:
    rec = read(text, lang)
    assert [h.text for c in rec.claims for h in c.hedges] == [hedge]
    assert all(c.stance == "distances" for c in rec.claims)
