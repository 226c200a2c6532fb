"""Ukrainian and Russian classes of session 8, each pinned with sentences written for these tests (invented
names, places and outlets): deadlines without a year ("до 1 вересня", "к 1 сентября") point forward from
the report; material whose release is told object first ("Фото наслідків оприлюднила прокуратура",
"Видео пожара опубликовал местный канал") is released by the body after the verb and frames no claim;
a check that failed on witnesses' accounts is about the claim before it; a sentence about a body referred
back to by a common noun ("Доказів відомство не навело") is the article's own."""

from __future__ import annotations

import pytest
from slavic_helpers import PUB, read, source_name

from claimgraph.ground.dates_slavic import extract_dates
from claimgraph.model import ArticleRecord


def claim(rec: ArticleRecord, words: str):
    return next(c for c in rec.claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "lang", "span", "value", "relation"),
    [
        ("Ремонт мосту обіцяють завершити до 1 вересня.", "uk", "до 1 вересня", "2026-09-01", "until"),
        ("До 15 серпня громада має подати звіт.", "uk", "До 15 серпня", "2026-08-15", "until"),
        ("Документи приймають не пізніше 10 січня.", "uk", "не пізніше 10 січня", "2027-01-10", "before"),
        ("Укрытия обещают достроить к 1 октября.", "ru", "к 1 октября", "2026-10-01", "before"),
        ("Заявки на компенсацию принимают до 30 ноября.", "ru", "до 30 ноября", "2026-11-30", "until"),
        ("Не позднее 5 февраля комиссия опубликует выводы.", "ru", "Не позднее 5 февраля", "2027-02-05", "before"),
        # a deadline that passed within the last month stays in this year
        ("До 1 травня підрядник мав відновити школу.", "uk", "До 1 травня", "2026-05-01", "until"),
        # with a year the year stands
        ("До 1 березня 2022 року в селі жили 400 людей.", "uk", "До 1 березня 2022 року", "2022-03-01", "until"),
    ],
)
def test_a_deadline_without_a_year_points_forward(text: str, lang: str, span: str, value: str, relation: str) -> None:
    got = [(d.text, d.value, d.relation) for d in extract_dates(text, PUB, lang)]
    assert (span, value, relation) in got


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the end of a span told is no deadline: the days lie in the past
        ("З 2 лютого до 9 березня тривали бої за село.", "uk", ("9 березня", "2026-03-09")),
        ("С 3 января до 8 февраля длился ремонт.", "ru", ("8 февраля", "2026-02-08")),
        # a date alone stays in the past
        ("Обстріл стався 30 грудня.", "uk", ("30 грудня", "2025-12-30")),
    ],
)
def test_a_span_end_or_a_plain_day_is_not_pushed_forward(text: str, lang: str, want: tuple[str, str]) -> None:
    got = [(d.text, d.value) for d in extract_dates(text, PUB, lang)]
    assert want in got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Канал «Заречье сегодня» сообщил о взрывах.", "ru"),
        ("Програма «Ранок сьогодні» показала сюжет про евакуацію.", "uk"),
    ],
)
def test_a_word_of_a_title_in_quotation_marks_is_no_date(text: str, lang: str) -> None:
    assert extract_dates(text, PUB, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind", "by"),
    [
        (
            "Пожежа\n\nФото наслідків удару оприлюднила обласна прокуратура.",
            "uk",
            "photo",
            "обласна прокуратура",
        ),
        (
            "Вибух\n\nВідео з місця вибуху опублікувала районна поліція.",
            "uk",
            "video",
            "районна поліція",
        ),
        (
            "Пожар\n\nВидео пожара опубликовал местный канал «Берег сегодня».",
            "ru",
            "video",
            "местный канал «Берег сегодня»",
        ),
        (
            "Снимки\n\nСпутниковые снимки аэродрома опубликовала компания Terra Vista.",
            "ru",
            "satellite_imagery",
            "компания Terra Vista",
        ),
        (
            "Обломки\n\nФотографии обломков ракеты распространила городская администрация.",
            "ru",
            "photo",
            "городская администрация",
        ),
    ],
)
def test_material_told_object_first_is_released_by_the_body_after_the_verb(
    text: str, lang: str, kind: str, by: str
) -> None:
    rec = read(text, lang)
    got = [(e.kind, source_name(rec, e.released_by)) for e in rec.evidence]
    assert (kind, by) in got
    # the material is no source and frames no claim, and no title in it is a quotation
    assert all(not c.attribution for c in rec.claims)
    assert rec.quotes == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Обстріл\n\nЗа словами старости Ігоря Ковтуна, у селі пошкоджено школу. Фото уламків оприлюднила "
            "місцева поліція.",
            "uk",
            "Фото уламків",
        ),
        (
            "Обстрел\n\nПо словам главы поселка Олега Рябова, повреждена школа. Видео обстрела опубликовал "
            "районный телеканал.",
            "ru",
            "Видео обстрела",
        ),
    ],
)
def test_a_release_told_object_first_does_not_go_on_with_the_report_before(text: str, lang: str, words: str) -> None:
    rec = read(text, lang)
    assert claim(rec, words).attribution == []


@pytest.mark.parametrize(
    ("text", "lang", "words", "cue"),
    [
        (
            "Вибухи\n\nМешканці розповіли журналістам, що чули три вибухи. Свідчення очевидців незалежно "
            "перевірити не вдалося.",
            "uk",
            "чули три вибухи",
            "незалежно перевірити не вдалося",
        ),
        (
            "Взрывы\n\nЖители рассказали журналистам, что слышали три взрыва. Показания очевидцев независимо "
            "проверить не удалось.",
            "ru",
            "слышали три взрыва",
            "независимо проверить не удалось",
        ),
    ],
)
def test_a_failed_check_of_witness_accounts_is_about_the_claim_before(
    text: str, lang: str, words: str, cue: str
) -> None:
    rec = read(text, lang)
    c = claim(rec, words)
    assert c.verification == "unverified"
    assert cue in {h.text for h in c.hedges}
    assert not any(cue in c2.text for c2 in rec.claims)


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "Удар\n\nМіноборони Росії заявило, що знищило склад. Доказів цього відомство не навело.",
            "uk",
            "Доказів цього",
        ),
        (
            "Удар\n\nМинобороны России заявило, что уничтожило склад. Доказательств ведомство не представило.",
            "ru",
            "Доказательств",
        ),
    ],
)
def test_a_sentence_about_a_body_referred_back_to_is_the_articles_own(text: str, lang: str, words: str) -> None:
    rec = read(text, lang)
    assert claim(rec, words).attribution == []


def sources(rec: ArticleRecord) -> list[tuple[str, str, str]]:
    return [(s.name, s.kind, s.side) for s in rec.sources]


@pytest.mark.parametrize(
    ("text", "lang", "head", "side"),
    [
        (
            "Операція\n\nДжерело в Службі безпеки України розповіло, що операцію готували пів року.",
            "uk",
            "Джерело",
            "ua",
        ),
        ("Арешт\n\nДжерело в Головному управлінні розвідки повідомило, що агента затримали.", "uk", "Джерело", "ua"),
        ("Задержание\n\nИсточник в ФСБ сообщил, что задержаны двое.", "ru", "Источник", "ru"),
        ("Отставка\n\nИсточник в Минобороны России рассказал, что приказ подписан.", "ru", "Источник", "ru"),
        (
            "Энергетика\n\nКак сообщает источник «Восточного курьера» в энергетической компании, повреждены "
            "трансформаторы.",
            "ru",
            "источник",
            None,
        ),
    ],
)
def test_a_source_in_a_body_is_unnamed_and_speaks_for_its_side(
    text: str, lang: str, head: str, side: str | None
) -> None:
    rec = read(text, lang)
    got = [s for s in rec.sources if s.name.startswith(head)]
    assert got and got[0].kind == "unnamed"
    if side:
        assert got[0].side == side


def test_a_source_in_a_body_is_not_that_body() -> None:
    rec = read(
        "Арешт\n\nДжерело в СБУ розповіло, що агента затримали вранці. Пізніше СБУ повідомила, що агент дав свідчення.",
        "uk",
    )
    kinds = sorted(kind for _n, kind, _s in sources(rec))
    assert kinds == ["intelligence_service", "unnamed"]


@pytest.mark.parametrize(
    ("text", "lang", "surname", "side"),
    [
        (
            "Евакуація\n\nНачальниця Ізюмської міської військової адміністрації Тетяна Гончар заявила, що евакуацію "
            "продовжать.",
            "uk",
            "Гончар",
            "ua",
        ),
        (
            "Світло\n\nМіський голова Бердичева Ігор Стасюк розповів журналістам, що у місті немає світла.",
            "uk",
            "Стасюк",
            "ua",
        ),
        ("Беспилотники\n\nМэр Липецка Роман Ченцов сообщил, что сбиты три беспилотника.", "ru", "Ченцов", "ru"),
        ("Обстрел\n\nГлава Шебекинского округа Антон Лиманов заявил, что повреждены дома.", "ru", "Лиманов", "ru"),
    ],
)
def test_an_official_of_a_town_speaks_for_the_towns_country(text: str, lang: str, surname: str, side: str) -> None:
    rec = read(text, lang)
    got = next(s for s in rec.sources if surname in s.name)
    assert (got.kind, got.side) == ("state_official", side)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Бои\n\nZ-канал «Северный рубеж» утверждает, что в поселке идут бои.", "ru", "Северный рубеж"),
        ("Бої\n\nРосійський Z-канал «Чорний ворон» пише, що колону розбили.", "uk", "Чорний ворон"),
    ],
)
def test_a_z_channel_is_a_russian_account(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    got = next(s for s in rec.sources if name in s.name)
    assert (got.kind, got.side) == ("social_media_account", "ru")


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Обстрел\n\nГубернатор Олег Лиманов заявил, что повреждены дома.", "ru", "Лиманов"),
        ("Обстріл\n\nПро це повідомив староста Петро Харків.", "uk", "Харків"),
        ("Обстрел\n\nКак рассказала Ирина Купянская, в доме нет света.", "ru", "Купянская"),
    ],
)
def test_a_surname_after_a_first_name_is_no_place(text: str, lang: str, word: str) -> None:
    from claimgraph.ground.places_slavic import extract_places

    assert not any(word in p.text for p in extract_places(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Бої\n\nБої тривають біля Лиману і в Харкові.", "uk", "Lyman"),
        ("Удар\n\nСергій Лисак повідомив про удар по Нікополю.", "uk", "Nikopol"),
    ],
)
def test_places_beside_names_stay(text: str, lang: str, place: str) -> None:
    from claimgraph.ground.places_slavic import extract_places

    assert place in {p.name for p in extract_places(text, lang)}


def evidence(rec: ArticleRecord) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.kind, source_name(rec, e.released_by)) for e in rec.evidence]


@pytest.mark.parametrize(
    ("text", "lang", "word", "kind", "by"),
    [
        # material as the subject of a verb of showing
        (
            "Удар\n\nСвідчення очевидців підтверджують, що ракета влучила в гуртожиток.",
            "uk",
            "Свідчення",
            "testimony",
            None,
        ),
        (
            "Удар\n\nПоказания местных жителей подтверждают, что ракета попала в общежитие.",
            "ru",
            "Показания",
            "testimony",
            None,
        ),
        (
            "Техніка\n\nРозслідування видання «Нишпорка» показало, що техніку вивезли через Гомель.",
            "uk",
            "Розслідування",
            "investigation",
            "Нишпорка",
        ),
        (
            "Техника\n\nРасследование издания «Сыщик» показало, что технику вывезли через Гомель.",
            "ru",
            "Расследование",
            "investigation",
            "Сыщик",
        ),
        (
            "Жертви\n\nДані моніторингової місії ООН свідчать, що від початку місяця загинули 17 цивільних.",
            "uk",
            "Дані",
            "statistics",
            None,
        ),
        # material obtained
        (
            "Завод\n\nЖурналісти «Північного кур'єра» отримали документи, з яких випливає, що завод постачав "
            "деталі для ракет.",
            "uk",
            "документи",
            "document",
            None,
        ),
        (
            "Завод\n\nЖурналисты издания «Южный курьер» получили документы, из которых следует, что завод "
            "поставлял детали для ракет.",
            "ru",
            "документы",
            "document",
            None,
        ),
        # footage a participle says who released
        ("Удар\n\nНа опублікованих поліцією кадрах видно зруйнований під'їзд.", "uk", "кадрах", "video", "поліці"),
        ("Удар\n\nНа кадрах, опубликованных очевидцами, виден пожар на складе.", "ru", "кадрах", "video", "очевидц"),
        # footage shot from a drone
        (
            "Танк\n\nБригада оприлюднила кадри з дрона, на яких видно знищення танка.",
            "uk",
            "кадри",
            "drone_footage",
            "Бригада",
        ),
        (
            "Танк\n\nБригада опубликовала видео с беспилотника, на котором видно уничтожение танка.",
            "ru",
            "видео",
            "drone_footage",
            "Бригада",
        ),
    ],
)
def test_material_that_shows_was_obtained_or_filmed_from_a_drone(
    text: str, lang: str, word: str, kind: str, by: str | None
) -> None:
    rec = read(text, lang)
    hit = next((e for e in evidence(rec) if word.lower() in e[0].lower()), None)
    assert hit is not None and hit[1] == kind
    if by:
        assert hit[2] and by.lower() in hit[2].lower()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a court or a body that confirms material names no evidence of its own
        ("Суд\n\nАпеляційний суд підтвердив вирок колишньому меру.", "uk"),
        # material named with no one who showed, obtained or released it
        ("Розслідування\n\nПоліція відкрила розслідування за фактом обстрілу.", "uk"),
        ("Документы\n\nДокументы на компенсацию принимают в администрации.", "ru"),
    ],
)
def test_material_with_no_act_of_showing_is_no_evidence(text: str, lang: str) -> None:
    assert read(text, lang).evidence == []


def quotes_by(rec: ArticleRecord) -> list[tuple[str, str | None]]:
    return [(q.text, source_name(rec, q.speaker)) for q in rec.quotes]


@pytest.mark.parametrize(
    ("text", "lang", "said", "surname"),
    [
        (
            "Зима\n\nКомбат Олег Дубовий розповів, як минула зима.\n\n— Найважче було в лютому, — каже він. — Ми "
            "втратили два бліндажі.",
            "uk",
            "втратили два бліндажі",
            "Дубовий",
        ),
        (
            "Зима\n\nКомбат Сергей Ольхов рассказал, как прошла зима.\n\n— Тяжелее всего было в феврале, — говорит "
            "он. — Мы потеряли два блиндажа.",
            "ru",
            "потеряли два блиндажа",
            "Ольхов",
        ),
    ],
)
def test_a_reply_that_goes_on_after_its_tag_is_the_same_speakers(text: str, lang: str, said: str, surname: str) -> None:
    rec = read(text, lang)
    c = claim(rec, said)
    assert c.quote and surname in (source_name(rec, c.attribution[0].source) or "")
    assert any(said in q and surname in (who or "") for q, who in quotes_by(rec))


@pytest.mark.parametrize(
    ("text", "lang", "answer", "surname"),
    [
        (
            "Інтерв'ю\n\nВолонтерка Ганна Кривошея третій рік возить допомогу на фронт. Ми поговорили з нею про "
            "втому.\n\n— Скільки машин ви передали?\n\n— Понад тридцять. Останню — під Лиманом.\n\n— Чи буває "
            "страшно?\n\n— Щоразу, але ще страшніше не поїхати.",
            "uk",
            "Понад тридцять",
            "Кривошея",
        ),
        (
            "Интервью\n\nХирург Андрей Зимин рассказал нашему изданию о работе во время обстрелов.\n\n— Сколько "
            "раненых вы принимаете?\n\n— В тяжелые дни до двадцати человек.\n\n— Хватает ли лекарств?\n\n— Пока "
            "да, но запасы тают, — говорит Зимин.",
            "ru",
            "до двадцати человек",
            "Зимин",
        ),
    ],
)
def test_answers_of_an_interview_are_the_interviewees(text: str, lang: str, answer: str, surname: str) -> None:
    rec = read(text, lang)
    c = claim(rec, answer)
    assert c.quote and surname in (source_name(rec, c.attribution[0].source) or "")
    assert any(answer in q and surname in (who or "") for q, who in quotes_by(rec))
    # the questions are no claims
    assert not any(c.text.rstrip().endswith("?") for c in rec.claims)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Зима\n\nКомбат Олег Дубовий розповів «Поліському кур'єру», як минула зима.", "uk", "Поліському кур'єру"),
        ("Зима\n\nКомбат Сергей Ольхов рассказал «Северной правде», как прошла зима.", "ru", "Северной правде"),
    ],
)
def test_an_outlet_told_in_quotation_marks_is_no_quotation(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert not any(name in q.text for q in rec.quotes)
    assert not any(name in c.text for c in rec.claims)


@pytest.mark.parametrize(
    ("mention", "lang", "name"),
    [
        ("Волонтерка Ганна Кривошея", "uk", "Ганна Кривошея"),
        ("Олена Кривошея", "uk", "Олена Кривошея"),
        # a man's name in the genitive is still put in the nominative
        ("по словам Дмитрия Пескова", "ru", "Дмитрий Песков"),
        ("губернатора Вячеслава Гладкова", "ru", "Вячеслав Гладков"),
    ],
)
def test_a_womans_name_in_the_nominative_is_kept(mention: str, lang: str, name: str) -> None:
    from claimgraph.extract.slavic.sources import person_name

    got = person_name(mention, lang)
    assert got is not None and got[0] == name


def places(text: str, lang: str) -> list[tuple[str, str, str]]:
    from claimgraph.ground.places_slavic import extract_places

    return [(p.text, p.name, p.feature) for p in extract_places(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Сбиты 30 беспилотников: 12 — над Брянской областью, 10 — над Курской, 8 — над Белгородской.",
            "ru",
            {"Курской": "Kursk Oblast", "Белгородской": "Belgorod Oblast"},
        ),
        (
            "Атаки відбито в Донецькій області, Харківській і Запорізькій.",
            "uk",
            {"Харківській": "Kharkiv Oblast", "Запорізькій": "Zaporizhzhia Oblast"},
        ),
    ],
)
def test_a_region_whose_noun_is_left_out_in_a_list_is_a_region(text: str, lang: str, want: dict[str, str]) -> None:
    got = {t: n for t, n, f in places(text, lang) if f == "admin1"}
    for word, name in want.items():
        assert got.get(word) == name


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        # a region adjective that has a noun of its own is no region left out
        ("У Курской области выступил председатель Курской думы.", "ru", "Курской думы"),
        # a region adjective in another sentence
        ("Над Брянской областью сбиты дроны. Курской делегации там не было.", "ru", "Курской"),
    ],
)
def test_a_region_adjective_with_its_own_noun_or_elsewhere_is_not_taken(text: str, lang: str, word: str) -> None:
    assert not any(t == word.split()[0] for t, _n, _f in places(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a two-word village the gazetteer does not know: no namesake of its first word
        ("Ворог обстріляв село Вишнева Балка.", "uk"),
        ("Под обстрел попало село Грушевая Поляна.", "ru"),
    ],
)
def test_an_unknown_two_word_village_gets_no_namesake_of_its_first_word(text: str, lang: str) -> None:
    assert places(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "span", "value", "end"),
    [
        ("Упродовж ночі ворог атакував область дронами.", "uk", "Упродовж ночі", "2026-05-20", None),
        ("За ніч сили ППО збили 40 дронів.", "uk", "За ніч", "2026-05-20", None),
        ("За прошедшую ночь сбиты 43 беспилотника.", "ru", "За прошедшую ночь", "2026-05-20", None),
        ("В течение ночи продолжались бои.", "ru", "В течение ночи", "2026-05-20", None),
        ("За ніч на 19 травня збито 40 дронів.", "uk", "За ніч на 19 травня", "2026-05-18", "2026-05-19"),
        ("За ночь на 14 мая сбиты 20 беспилотников.", "ru", "За ночь на 14 мая", "2026-05-13", "2026-05-14"),
    ],
)
def test_the_night_before_the_report(text: str, lang: str, span: str, value: str, end: str | None) -> None:
    got = [(d.text, d.value, d.end_value) for d in extract_dates(text, PUB, lang)]
    assert (span, value, end) in got


@pytest.mark.parametrize(
    ("text", "lang", "cue", "words"),
    [
        ("Удар\n\nЯк стверджується, склад пального знищено повністю.", "uk", "Як стверджується", "склад пального"),
        ("Удар\n\nЯк повідомляється, у селі зникло світло.", "uk", "Як повідомляється", "зникло світло"),
        ("Удар\n\nКак утверждается, склад горючего уничтожен полностью.", "ru", "Как утверждается", "склад горючего"),
        ("Удар\n\nКак сообщается, в поселке пропал свет.", "ru", "Как сообщается", "пропал свет"),
    ],
)
def test_an_impersonal_as_frame_hedges_the_clause_and_is_no_claim(text: str, lang: str, cue: str, words: str) -> None:
    rec = read(text, lang)
    c = claim(rec, words)
    assert cue in {h.text for h in c.hedges} and c.stance == "distances"
    assert not c.text.startswith(cue)
    assert not any(x.text.strip() == cue for x in rec.claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Відео\n\nВідео оприлюднив канал «Тиха гавань». Ми встановили місце зйомки: це околиця Старобільська.", "uk"),
        (
            "Видео\n\nВидео опубликовал канал «Тихая гавань». Мы установили место съемки: это окраина Старобельска.",
            "ru",
        ),
    ],
)
def test_where_footage_was_shot_established_confirms_it(text: str, lang: str) -> None:
    rec = read(text, lang)
    assert [e.verification for e in rec.evidence] == ["confirmed"]
    assert any(c.verification == "confirmed" for c in rec.claims)


def figures(text: str, lang: str) -> list[tuple[str, float, str]]:
    from claimgraph.ground.quantities_slavic import extract_quantities

    return [(q.text, q.value, q.unit) for q in extract_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Погибли не менее 9 человек, ранены более 30.", "ru", ("более 30", 30.0, "person")),
        ("Загинули четверо людей, поранено ще 11.", "uk", ("11", 11.0, "person")),
        ("Знищено понад 20 одиниць техніки.", "uk", ("понад 20 одиниць техніки", 20.0, "vehicle")),
        ("Уничтожено 14 единиц техники.", "ru", ("14 единиц техники", 14.0, "vehicle")),
        ("Ворог випустив 3 Калібри та 2 Іскандери.", "uk", ("3 Калібри", 3.0, "missile")),
        ("Противник выпустил 6 Калибров.", "ru", ("6 Калибров", 6.0, "missile")),
    ],
)
def test_figures_of_the_harmed_of_equipment_and_of_missiles_by_name(
    text: str, lang: str, want: tuple[str, float, str]
) -> None:
    assert want in figures(text, lang)


def test_a_bare_figure_with_no_harm_before_it_counts_nothing() -> None:
    assert figures("Рахунок матчу 3:1, глядачів було небагато.", "uk") == []


@pytest.mark.parametrize(
    ("text", "lang", "head", "kind", "side"),
    [
        (
            "Пожар\n\nВ Энгельсе и Саратове слышали взрывы. Местные телеграм-каналы пишут, что горит склад.",
            "ru",
            "Местные телеграм-каналы",
            "social_media_account",
            "ru",
        ),
        (
            "Пожежа\n\nУ Сумах і Конотопі чули вибухи. Місцеві телеграм-канали пишуть, що горить склад.",
            "uk",
            "Місцеві телеграм-канали",
            "social_media_account",
            "ua",
        ),
        (
            "Видео\n\nРедакция «Южного ветра» сообщила, что ролик снят на окраине города.",
            "ru",
            "Редакция",
            "media_outlet",
            None,
        ),
        (
            "Відео\n\nРедакція «Південного вітру» повідомила, що ролик знято на околиці міста.",
            "uk",
            "Редакція",
            "media_outlet",
            None,
        ),
    ],
)
def test_local_channels_are_where_the_events_are_and_an_editorial_office_is_an_outlet(
    text: str, lang: str, head: str, kind: str, side: str | None
) -> None:
    rec = read(text, lang)
    got = next(s for s in rec.sources if s.name.startswith(head))
    assert got.kind == kind
    if side:
        assert got.side == side


@pytest.mark.parametrize(
    ("text", "lang", "part", "whole"),
    [
        ("Сили ППО збили 35 з 48 дронів.", "uk", ("35", 35.0, "drone"), ("48 дронів", 48.0, "drone")),
        ("Сбиты 9 из 12 беспилотников.", "ru", ("9", 9.0, "drone"), ("12 беспилотников", 12.0, "drone")),
    ],
)
def test_a_part_of_a_whole_is_the_figure_alone(text: str, lang: str, part: tuple, whole: tuple) -> None:
    got = figures(text, lang)
    assert part in got and whole in got
