"""Ukrainian and Russian rules found on the third set of unseen articles, each written as a class of text:
checks that could not be made in either word order, hedges of inference ("по всей видимости"), evidence
listed after "based on", material sent by readers, document sources with no owner named, datelines of news
agencies, appeals to readers, figures left without their noun. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from slavic_helpers import PUB, read

from claimgraph.model import ArticleRecord


def claim(rec: ArticleRecord, words: str):
    return next(c for c in rec.claims if words in c.text)


def hedges(rec: ArticleRecord) -> set[str]:
    return {h.text for c in rec.claims for h in c.hedges}


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        (
            "Пожар\n\nЖители прислали видео пожара на складе. Подлинность записи мы проверить не смогли.",
            "ru",
            "проверить не смогли",
        ),
        (
            "Пожежа\n\nЧитачі надіслали відео пожежі на складі. Автентичність запису ми перевірити не змогли.",
            "uk",
            "перевірити не змогли",
        ),
    ],
)
def test_a_check_that_could_not_be_made_after_its_object_is_unverified(text: str, lang: str, cue: str) -> None:
    rec = read(text, lang)
    assert cue in hedges(rec)
    assert any(c.verification == "unverified" for c in rec.claims)


@pytest.mark.parametrize(
    ("text", "lang", "cue", "words"),
    [
        ("Потери\n\nНастоящие потери полка, по всей видимости, намного больше.", "ru", "по всей видимости", "потери"),
        ("Втрати\n\nСправжні втрати полку, судячи з усього, значно більші.", "uk", "судячи з усього", "втрати"),
        ("Удар\n\nМи не можемо виключити, що уламки впали й на сусідню вулицю.", "uk", "не можемо виключити", "уламки"),
    ],
)
def test_a_hedge_of_inference_distances_the_claim(text: str, lang: str, cue: str, words: str) -> None:
    rec = read(text, lang)
    assert cue in hedges(rec)
    assert claim(rec, words).stance == "distances"


def evidence(rec: ArticleRecord) -> list[tuple[str, str, str | None, str]]:
    return [
        (e.text, e.kind, rec.source(e.released_by).name if e.released_by else None, e.verification)
        for e in rec.evidence
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Список\n\nПерепись основана на открытых источниках: некрологах в районных газетах, сообщениях "
            "вдов в социальных сетях и приговорах военных судов.",
            "ru",
            [
                ("некрологах", "document"),
                ("сообщениях вдов в социальных сетях", "social_media_post"),
                ("приговорах военных судов", "court_record"),
            ],
        ),
        (
            "Список\n\nПідрахунок ґрунтується на відкритих даних: некрологах у місцевих виданнях, публікаціях "
            "районних адміністрацій і судових рішеннях.",
            "uk",
            [
                ("некрологах", "document"),
                ("публікаціях районних адміністрацій", "document"),
                ("судових рішеннях", "court_record"),
            ],
        ),
    ],
)
def test_every_item_a_count_rests_on_is_evidence(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [(t, k) for t, k, _by, _v in evidence(read(text, lang))]
    assert got == want


def test_material_readers_sent_is_released_by_them_and_another_set_checked_is_another_item() -> None:
    rec = read(
        "Обломки\n\nНаши читатели прислали видео: на записи видно горящий гараж. Подлинность части роликов, "
        "которые ходят по местным чатам, мы проверить не смогли.",
        "ru",
    )
    got = evidence(rec)
    assert got[0] == ("видео", "video", "Наши читатели", "not_stated")
    assert got[1][0].startswith("части роликов") and got[1][3] == "unverified"
    assert next(s for s in rec.sources if s.name == "Наши читатели").kind == "unnamed"


def test_the_channel_a_participle_names_and_an_owner_in_the_genitive_released_the_material() -> None:
    rec = read(
        "Удар\n\nВідео, поширене у Telegram-каналі «Новини Півдня» о 03:40, показує пожежу на складі. "
        "Нам вдалося геолокувати це відео.\n\nЗнімки компанії Maxar показують, що дах складу зруйновано.",
        "uk",
    )
    got = evidence(rec)
    assert got[0][1:] == ("video", "Telegram-каналі «Новини Півдня»", "confirmed")
    assert next(s for s in rec.sources if "Новини Півдня" in s.name).kind == "social_media_account"
    assert got[1][2] == "компанії Maxar"


def test_a_fronted_object_is_no_source() -> None:
    rec = read("Метод\n\nКаждое имя мы проверяем по двум независимым источникам.", "ru")
    assert rec.sources == []
    assert claim(rec, "проверяем").attribution == []


def test_the_channel_is_no_part_of_the_name_and_the_bare_title_is_the_person_cited_before() -> None:
    rec = read(
        "Пожар в Курске\n\nКак сообщил мэр Курска Пётр Сидоров в своём Telegram-канале, пожар на рынке "
        "потушен. «Пострадавших нет», — написал мэр.",
        "ru",
    )
    assert [s.name for s in rec.sources] == ["Пётр Сидоров"]
    assert rec.sources[0].kind == "state_official"


def test_a_summary_with_no_owner_named_is_the_body_cited_before() -> None:
    rec = read(
        "Сводка\n\nПо данным Генштаба ВСУ, за сутки произошло 120 боёв.\n\n"
        "Кроме того, уничтожены 30 дронов, говорится в сводке.",
        "ru",
    )
    assert [rec.source(h.source).name for h in claim(rec, "уничтожены").attribution] == ["Генштаба ВСУ"]
    assert all("сводк" not in s.name for s in rec.sources)


def test_a_local_firm_is_a_firm_of_the_side_where_the_events_are() -> None:
    rec = read(
        "Белгород\n\nВ Белгороде и Шебекине ночью пропал свет. К утру подачу восстановили, сообщили в местной "
        "энергетической компании.",
        "ru",
    )
    firm = next(s for s in rec.sources if "компании" in s.name)
    assert (firm.kind, firm.side) == ("other", "ru")


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        (
            "Над Курском сбиты дроны\n\nКУРСК, 12 мая. /Агентство «Север»/. Ночью над городом сбиты три беспилотника.",
            "ru",
            "Ночью",
        ),
        (
            "Над Харковом збито дрони\n\nХАРКІВ, 12 травня — Укрінформ. Уночі над містом збито три безпілотники.",
            "uk",
            "Уночі",
        ),
    ],
)
def test_an_agency_dateline_is_cut_from_the_first_claim(text: str, lang: str, first: str) -> None:
    rec = read(text, lang)
    assert rec.claims[1].text.startswith(first)
    assert len(rec.claims) == 2 and not any("/" in c.text or "—" in c.text for c in rec.claims)


def test_a_call_to_the_readers_and_what_follows_it_to_them_are_no_claims() -> None:
    rec = read(
        "Список погибших вырос\n\nВ списке 300 имён.\n\nЕсли вы знаете о погибшем земляке, напишите нам. Мы не "
        "раскрываем имён тех, кто пишет. Каждое письмо нам важно.\n\nПрислать новость: @example_news_bot",
        "ru",
    )
    assert [c.text for c in rec.claims] == ["Список погибших вырос", "В списке 300 имён"]


def test_a_quoted_outlet_and_a_date_is_a_byline() -> None:
    rec = read("Итоги недели\n\n«Вечерние вести», 12 мая 2026\n\nЗа неделю в области сбиты 40 дронов.", "ru")
    assert not any("Вечерние" in c.text for c in rec.claims)


def test_an_imperative_without_an_exclamation_is_no_claim() -> None:
    rec = read("Місто знову під атакою\n\nСлідкуйте лише за офіційними каналами, не поширюйте чуток.", "uk")
    assert [c.text for c in rec.claims] == ["Місто знову під атакою"]


def figures(text: str, lang: str) -> list[tuple[float, str, str]]:
    from claimgraph.ground.quantities_slavic import extract_quantities

    return [(q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Из 300 раненых 120 были эвакуированы вертолётом, около 40 остались в госпитале.",
            "ru",
            [(300.0, "person", "exact"), (120.0, "person", "exact"), (40.0, "person", "approx")],
        ),
        (
            "З 50 поранених 12 перебувають у важкому стані, ще 8 виписали.",
            "uk",
            [(50.0, "person", "exact"), (12.0, "person", "exact"), (8.0, "person", "exact")],
        ),
    ],
)
def test_a_bare_figure_after_a_whole_counts_a_part_of_it(text: str, lang: str, want: list) -> None:
    assert figures(text, lang) == want


def test_a_figure_before_a_verb_in_a_tense_has_no_noun_but_a_noun_read_as_an_imperative_counts() -> None:
    assert figures("Вчера 20 были ранены.", "ru") == []
    assert figures("Ворог скинув дві керовані бомби на село.", "uk") == [(2.0, "item", "exact")]


def test_names_on_a_list_count_people_and_a_half_adds_to_the_numeral() -> None:
    assert figures("В базе уже 812 имён.", "ru") == [(812.0, "person", "exact")]
    assert figures("Виплати отримали дві з половиною тисячі родин.", "uk")[0][0] == 2500.0
    assert figures("Пособия получают три с половиной тысячи семей.", "ru")[0][0] == 3500.0


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("З початку осені село обстрілювали шість разів.", "uk", ("З початку осені", "2026-09", "since")),
        ("С начала зимы в районе отключали свет трижды.", "ru", ("С начала зимы", "2025-12", "since")),
        ("Протягом доби ворог 40 разів обстріляв громаду.", "uk", ("Протягом доби", "2026-05-19", "on")),
        ("В течение суток сбиты 20 дронов.", "ru", ("В течение суток", "2026-05-19", "on")),
    ],
)
def test_a_season_begun_and_the_past_day(text: str, lang: str, want: tuple[str, str, str]) -> None:
    from claimgraph.ground.dates_slavic import extract_dates

    pub = date(2026, 10, 2) if "осені" in text else PUB
    got = [(d.text, d.value, d.relation) for d in extract_dates(text, pub, lang)]
    assert want in got


def test_today_in_an_outlets_name_is_no_date() -> None:
    from claimgraph.ground.dates_slavic import extract_dates

    text = "Про це розповів «Поділлю Сьогодні» міський голова. Сьогодні вранці світло повернули."
    got = [d.text for d in extract_dates(text, PUB, "uk")]
    assert got == ["Сьогодні вранці"] and text.index("Сьогодні вранці") == next(
        d.start for d in extract_dates(text, PUB, "uk")
    )


def places(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    from claimgraph.ground.places_slavic import extract_places

    return [(p.text, p.country, p.feature) for p in extract_places(text, lang)]


def test_a_region_the_word_list_does_not_name_is_the_region_of_its_city() -> None:
    from claimgraph.ground.places_slavic import extract_places

    got = extract_places("Из Омской области и Красноярского края призваны тысячи мужчин.", "ru")
    assert [(p.text, p.feature, p.country) for p in got] == [
        ("Омской области", "admin1", "RU"),
        ("Красноярского края", "admin1", "RU"),
    ]
    assert abs(got[1].lat - 56.0) < 3 and abs(got[1].lon - 93.0) < 5


def test_a_district_adjective_is_the_town_of_the_region_the_article_names() -> None:
    from claimgraph.ground.places_slavic import extract_places

    got = extract_places("В Брянской области неспокойно: в Климовском районе повреждена ЛЭП.", "ru")
    district = next(p for p in got if p.text == "Климовском районе")
    assert district.country == "RU" and abs(district.lat - 52.4) < 0.3 and abs(district.lon - 32.0) < 0.5


def test_a_headline_label_after_an_emoji_is_a_town_of_the_region_in_any_spelling() -> None:
    got = places("‼️ Клинцы: взрывы ночью\n\nНад Клинцами работала ПВО, сообщили в Брянской области.", "ru")
    assert ("Клинцы", "RU", "settlement") in got


def test_the_outskirts_mark_a_village_the_dictionary_reads_as_an_adjective() -> None:
    got = places("Ворог обстріляв околиці Городні на Чернігівщині.", "uk")
    assert ("Городні", "UA", "settlement") in got


def chain(rec: ArticleRecord, words: str) -> list[str]:
    return [rec.source(h.source).name for h in claim(rec, words).attribution]


def test_a_quotation_a_statement_is_said_to_contain_is_the_statement_of_its_body() -> None:
    rec = read(
        "Удар по складу\n\nО нём сообщило Министерство обороны России.\n\n«Склад уничтожен. Потерь нет», — "
        "говорится в сообщении ведомства.",
        "ru",
    )
    assert chain(rec, "Склад уничтожен") == ["Министерство обороны России"]
    assert chain(rec, "Потерь нет") == ["Министерство обороны России"]
    assert rec.quotes and rec.source(rec.quotes[0].speaker).name == "Министерство обороны России"


def test_the_check_before_a_colon_is_no_claim_and_confirms_what_follows() -> None:
    rec = read("Перевірка\n\nНам вдалося геолокувати цей запис: його зроблено біля вокзалу.", "uk")
    c = claim(rec, "зроблено")
    assert c.text.startswith("його зроблено") and c.verification == "confirmed"


def test_a_hedged_frame_names_its_source() -> None:
    rec = read("Обстріл\n\nЗа попередніми даними поліції, поранено трьох людей.", "uk")
    c = claim(rec, "поранено")
    assert chain(rec, "поранено") == ["поліції"] and c.stance == "distances"
    assert "За попередніми даними" in {h.text for h in c.hedges}


def test_a_thing_before_a_verb_of_confirming_is_no_source() -> None:
    rec = read("Перевірка\n\nМісце підтверджують руїни церкви та вежа на фото.", "uk")
    assert rec.sources == [] and claim(rec, "руїни").attribution == []


def test_a_body_doing_something_does_not_go_on_with_the_report_before_it() -> None:
    rec = read(
        "Удар\n\nЗа даними ОВА, загинули двоє людей. Обласна прокуратура відкрила провадження за статтею "
        "про воєнні злочини.",
        "uk",
    )
    assert claim(rec, "провадження").attribution == []


def test_and_also_adds_to_the_same_predicate() -> None:
    rec = read("Метод\n\nМи порівняли кадри з панорамами вулиць, а також звірили час публікації.", "uk")
    assert any("а також звірили" in c.text for c in rec.claims)
