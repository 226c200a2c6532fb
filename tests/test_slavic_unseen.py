"""Ukrainian and Russian rules found on articles the code had not seen, each written as a class of text
rather than an instance: units of measure and time in any case, place adjectives in lower case before
"напрямок"/"область", list labels that name villages, namesakes far from the article's region. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.slavic import extract_record
from claimgraph.ground.places_slavic import extract_places
from claimgraph.ground.quantities_slavic import extract_quantities
from claimgraph.model import ArticleMeta, ArticleRecord


def units(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract_quantities(text, lang)]


# ---- figures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Колона простояла на блокпосту три години.", "uk", (3.0, "hour")),
        ("Обстріл тривав понад 40 хвилин.", "uk", (40.0, "minute")),
        ("Уламки знайшли за 350 метрів від школи.", "uk", (350.0, "m")),
        ("Вогонь охопив 12 гектарів лісу.", "uk", (12.0, "ha")),
        ("З резервуара витекло 500 кубометрів нафти.", "uk", (500.0, "m3")),
        ("Разбор завалов занял пять часов.", "ru", (5.0, "hour")),
        ("Воронка находится в 80 метрах от дороги.", "ru", (80.0, "m")),
        ("Пожар уничтожил 7 гектаров посевов.", "ru", (7.0, "ha")),
        ("Без света остались 4 населённых пункта.", "ru", (4.0, "settlement")),
        ("Под обстрелом оказались 11 населенных пунктов района.", "ru", (11.0, "settlement")),
    ],
)
def test_measures_and_durations_have_their_units(text: str, lang: str, want: tuple[float, str]) -> None:
    assert want in units(text, lang)


def test_an_hour_of_the_night_is_a_time_not_a_duration() -> None:
    assert units("Сирены включились в 3 часа ночи.", "ru") == []
    assert units("Вибухи пролунали о 4 годині ранку.", "uk") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Вирву виявили приблизно за 250 метрів від лікарні.", "uk"), ("Дрон упал примерно в 300 метрах от дома.", "ru")],
)
def test_a_qualifier_before_a_preposition_qualifies_the_figure(text: str, lang: str) -> None:
    q = extract_quantities(text, lang)[0]
    assert q.qualifier == "approx" and q.unit == "m"
    assert text[q.start :].startswith(("приблизно", "примерно"))


# ---- places -----------------------------------------------------------------------------------------


def places(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(p.text, p.name, p.feature) for p in extract_places(text, lang)]


def test_a_direction_in_lower_case_is_a_front() -> None:
    got = places("Найзапекліші бої тривали на гуляйпільському напрямку.", "uk")
    assert got == [("гуляйпільському напрямку", "Huliaipole", "front")]
    got = places("Бригада утримує позиції на кременчуцькому напрямку.", "uk")
    assert got and got[0][1] == "Kremenchuk"


def test_a_direction_named_after_a_region_in_any_case() -> None:
    uk = places("Противник посилив тиск на запорізькому напрямку.", "uk")
    ru = places("Противник усилил давление на запорожском направлении.", "ru")
    assert uk[0][2] == ru[0][2] == "front"
    assert uk[0][1] == ru[0][1]


def test_a_lower_case_adjective_of_no_town_is_no_place() -> None:
    assert places("Старосту сільської громади викликали на нараду.", "uk") == []


def test_a_town_behind_a_direction_is_the_larger_of_near_spellings() -> None:
    got = places("Ворог атакував на курахівському напрямку.", "uk")
    assert got[0][1] == "Kurakhove"


def test_a_list_label_names_a_village_of_the_region_named() -> None:
    text = "Наслідки обстрілів Харківщини\n\n▪️Богодухів: уламки пошкодили дах школи.\n"
    assert ("Богодухів", "Bohodukhiv", "settlement") in places(text, "uk")


def test_a_list_label_of_no_village_in_the_region_is_no_place() -> None:
    text = "Наслідки обстрілів Харківщини\n\n▪️Генштаб: ситуація складна.\n"
    assert [p for p in places(text, "uk") if p[0] == "Генштаб"] == []


def test_a_namesake_far_from_the_region_named_is_left_out() -> None:
    text = "Обстріли Чернігівщини. Біля с. Перелюб упали два снаряди, у Семенівці пошкоджено лінію."
    got = places(text, "uk")
    assert all(p[1] != "Perelyub" for p in got)
    assert any(p[1] == "Semenivka" for p in got)


# ---- sources and claims -----------------------------------------------------------------------------

PUB = date(2026, 3, 9)


def read(text: str, lang: str) -> ArticleRecord:
    rec = ArticleRecord(article=ArticleMeta(id="t", text=text, language=lang))
    extract_record(rec, lang, PUB)
    return rec


def chain(rec: ArticleRecord, words: str) -> list[str]:
    c = next(c for c in rec.claims if words in c.text)
    return [rec.source(h.source).name for h in c.attribution]


def claim_texts(rec: ArticleRecord) -> list[str]:
    return [c.text for c in rec.claims]


def test_a_clipped_compound_is_the_body_that_signs_the_post() -> None:
    rec = read(
        "Белгородская область: итоги дня\n\nОперативный штаб Белгородской области\n\n"
        "За день обстрелам подверглись 6 сёл, сообщает оперштаб.\n",
        "ru",
    )
    assert chain(rec, "обстрелам подверглись") == ["Оперативный штаб Белгородской области"]
    src = rec.sources[0]
    assert (src.kind, src.side) == ("government_body", "ru")
    assert not any("Оперативный штаб" in t for t in claim_texts(rec))


def test_a_clipped_compound_joins_the_full_name_cited_before() -> None:
    rec = read(
        "Засідання ради\n\nОбласна рада Сумщини заявила, що сесію перенесли. "
        "Облрада згодом уточнила, що депутати зберуться у вівторок.",
        "uk",
    )
    assert len(rec.sources) == 1
    assert chain(rec, "депутати зберуться") == chain(rec, "сесію перенесли")


def test_the_head_of_the_region_is_the_governor_cited_before() -> None:
    rec = read(
        "Атака дронов\n\nГубернатор Орловской области Игорь Семёнов сообщил, что сбиты 5 беспилотников. "
        "«Пострадавших нет», — написал глава региона.",
        "ru",
    )
    assert [s.name for s in rec.sources] == ["Игорь Семёнов"]
    rec = read(
        "Обстріл громади\n\nНачальник Сумської ОВА Петро Коваль заявив, що вночі пошкоджено школу. "
        "«Рятувальники працюють на місці», — написав очільник області.",
        "uk",
    )
    assert [s.name for s in rec.sources] == ["Петро Коваль"]


def test_eyewitnesses_after_local_residents_are_one_unnamed_group() -> None:
    rec = read(
        "Вибухи в місті\n\nПро вибухи пише місцевий сайт «Вісті Полісся» з посиланням на місцевих жителів. "
        "Очевидці кажуть, що горіли два склади.",
        "uk",
    )
    unnamed = [s for s in rec.sources if s.kind == "unnamed"]
    assert len(unnamed) == 1


def test_a_single_resident_who_speaks_is_a_source_of_her_own() -> None:
    rec = read(
        "Вибухи в місті\n\nСайт «Вісті Полісся» з посиланням на місцевих жителів повідомив про пожежу. "
        "«Світла немає з ночі», — розповіла місцева мешканка.",
        "uk",
    )
    assert len([s for s in rec.sources if s.kind == "unnamed"]) == 2


def test_the_source_of_an_outlet_is_the_unnamed_source_it_relayed() -> None:
    rec = read(
        "Пожар на складе\n\nОб этом сообщает издание «Полярный вестник» со ссылкой на источник в полиции. "
        "Источник «Полярного вестника» утверждает, что склад охраняли.",
        "ru",
    )
    assert chain(rec, "склад охраняли") == ["источник в полиции"]


def test_a_resistance_movement_speaks_for_ukraine() -> None:
    rec = read("Підпал у місті\n\nРух спротиву «Жовта стрічка» повідомив, що підпалив релейну шафу.", "uk")
    assert rec.sources[0].side == "ua"


def test_a_source_that_did_not_mention_something_is_the_article_speaking() -> None:
    rec = read(
        "Пожар на нефтебазе\n\nГубернатор Пётр Орлов написал, что пострадавших нет. О пожаре он не упомянул.",
        "ru",
    )
    c = next(c for c in rec.claims if "не упомянул" in c.text)
    assert c.attribution == [] and c.stance == "asserts"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Обстріл\n\nПротягом дня ворог атакував 3 села. Просимо мешканців залишатися в укриттях.", "uk"),
        ("Обстрел\n\nЗа день атакованы 3 села. Призываем жителей не подходить к обломкам.", "ru"),
    ],
)
def test_an_appeal_to_the_readers_is_no_claim(text: str, lang: str) -> None:
    rec = read(text, lang)
    assert any("3 с" in c.text for c in rec.claims)
    assert not any(c.text.startswith(("Просимо", "Призываем")) for c in rec.claims)


def test_a_byline_with_bars_is_no_claim() -> None:
    rec = read(
        "Вибухи біля порту\n\nВісник Півдня | 2 березня 2026, 09:40 | Автор: Ганна Мороз\n\n"
        "Вночі біля порту пролунали три вибухи.",
        "uk",
    )
    assert not any("Вісник Півдня" in c.text for c in rec.claims)
    assert any("три вибухи" in c.text for c in rec.claims)


def test_two_relayed_sources_are_both_sources_and_the_second_is_named_again() -> None:
    from claimgraph.extract.slavic.attribution import Reader

    text = (
        "Пожар на складе\n\nНочью на складе вспыхнул пожар. Об этом сообщает издание «Полярный вестник» со "
        "ссылкой на очевидцев и источник в полиции. Источник «Полярного вестника» утверждает, что склад охраняли."
    )
    reader = Reader(ArticleRecord(article=ArticleMeta(id="t", text=text, language="ru")), "ru")
    reader.run()
    names = [s.name for s in reader.book.sources]
    assert "очевидцев" in names and "источник в полиции" in names
    rec = read(text, "ru")
    assert chain(rec, "вспыхнул пожар") == ["издание «Полярный вестник»", "очевидцев"]
    assert chain(rec, "склад охраняли") == ["источник в полиции"]


# ---- evidence ---------------------------------------------------------------------------------------


def test_the_evidence_mention_names_which_item_it_is() -> None:
    rec = read(
        "Удар по депо\n\nРедакція переглянула фото, які оприлюднили рятувальники, і встановила, що їх зроблено "
        "біля депо.",
        "uk",
    )
    ev = rec.evidence[0]
    assert ev.text == "фото, які оприлюднили рятувальники"
    assert ev.verification == "confirmed"
    assert rec.claims[-1].verification == "confirmed"


def test_a_genitive_and_a_participle_belong_to_the_evidence() -> None:
    rec = read(
        "Пожар в порту\n\nРедакция изучила видео взрыва, размещённое в городских пабликах, и установила, что "
        "оно снято у причала.",
        "ru",
    )
    ev = rec.evidence[0]
    assert ev.text == "видео взрыва, размещённое в городских пабликах"
    assert (ev.kind, ev.verification) == ("video", "confirmed")


def test_a_clause_after_a_preposition_describes_the_item_and_stays_out() -> None:
    rec = read("Пожар в порту\n\nПодлинность снимков, на которых якобы видна воронка, подтвердить не удалось.", "ru")
    ev = rec.evidence[0]
    assert ev.text == "снимков" and ev.verification == "unverified"


def test_a_checked_item_with_no_place_established_is_not_confirmed() -> None:
    rec = read("Пожар в порту\n\nРедакция изучила видео взрыва, но не смогла установить, где оно снято.", "ru")
    assert all(c.verification != "confirmed" for c in rec.claims)


# ---- names, frames and places in running text -------------------------------------------------------


def test_a_name_in_apposition_to_a_title_in_the_genitive_is_put_in_the_nominative() -> None:
    rec = read("Обстрел области\n\nПо данным губернатора Брянской области Ярослава Мельникова, сбиты 4 дрона.", "ru")
    assert [s.name for s in rec.sources] == ["Ярослав Мельников"]


def test_a_quoted_unit_name_is_no_part_of_the_person() -> None:
    rec = read("Бої на сході\n\nКомандир бригади «Червона калина» Олег Доброван заявив, що штурм відбили.", "uk")
    assert rec.sources[0].name == "Олег Доброван"


def test_so_called_belongs_to_the_title() -> None:
    rec = read("Взрывы в городе\n\nГлава так называемой ЛНР Игорь Сидоров заявил, что пострадали двое.", "ru")
    src = rec.sources[0]
    assert src.name == "Игорь Сидоров" and src.side == "ru"


def test_a_pronoun_object_is_no_part_of_the_source_who_did_not_comment() -> None:
    rec = read(
        "Бої біля міста\n\nНачальник штабу бригади Ігор Левченко заявив, що позиції втримали. "
        "Міноборони ці дані не коментувало.",
        "uk",
    )
    assert all("ці дані" not in s.name for s in rec.sources)
    c = next(c for c in rec.claims if "не коментувало" in c.text)
    assert c.attribution == []


def test_a_sentence_about_the_source_in_the_article_voice_does_not_go_on_with_its_report() -> None:
    rec = read(
        "Удар по складу\n\nБлогер Сергій Мороз написав, що склад знищено. Джерел своєї інформації він не навів.",
        "uk",
    )
    c = next(c for c in rec.claims if "не навів" in c.text)
    assert c.attribution == [] and c.stance == "asserts"


def test_an_observer_is_a_journalist() -> None:
    rec = read("Аналіз\n\nВійськовий оглядач Павло Стець написав, що наступ захлинувся.", "uk")
    assert rec.sources[0].kind == "journalist"


def test_a_frame_after_a_colon_attributes_the_rest_of_the_sentence() -> None:
    rec = read(
        "Обстріл\n\nУчора ворог обстріляв Охтирку: за словами міського голови Павла Кузьменка, пошкоджено два будинки.",
        "uk",
    )
    assert chain(rec, "пошкоджено два") == ["Павло Кузьменко"]
    assert chain(rec, "обстріляв Охтирку") == []


def test_a_full_body_name_after_a_signature_line_is_the_signature() -> None:
    rec = read(
        "Нічна атака\n\nПолтавська обласна військова адміністрація\n\nЗа даними обласної військової "
        "адміністрації, вночі збито 6 дронів.",
        "uk",
    )
    assert chain(rec, "збито 6 дронів") == ["Полтавська обласна військова адміністрація"]


def test_a_settlement_of_the_region_named_is_a_place_inside_a_sentence() -> None:
    got = places("Наслідки обстрілів Сумщини. Ворог скинув авіабомби на Білопілля і Краснопілля.", "uk")
    names = {p[1] for p in got}
    assert "Bilopillya" in names or "Bilopillia" in names


def test_a_district_named_after_a_capital_is_of_the_city_named_before() -> None:
    got = places("Взрывы в Донецке. В Киевском районе города повреждены дома.", "ru")
    assert [p[1] for p in got] == ["Donetsk", "Donetsk"]


def test_n_of_m_takes_the_noun_after_the_whole() -> None:
    assert units("Над містом збили 7 із 9 «шахедів».", "uk") == [(7.0, "drone"), (9.0, "drone")]
    assert units("Расчёты ПВО уничтожили 5 из 8 беспилотников.", "ru") == [(5.0, "drone"), (8.0, "drone")]


def test_an_animate_noun_a_figure_counts_is_people_unless_an_animal() -> None:
    assert units("Під завалами опинилися троє пожежників і двоє охоронців.", "uk")[1] == (2.0, "person")
    assert units("Эвакуированы 14 сотрудников завода.", "ru") == [(14.0, "person")]
    assert units("На фермі загинули 30 корів.", "uk") == [(30.0, "item")]


def test_subscribers_of_a_supply_are_connections() -> None:
    assert units("Без газу залишилися 2 тисячі абонентів.", "uk") == [(2000.0, "item")]
    assert units("Без света остались 900 потребителей.", "ru") == [(900.0, "item")]


def test_the_head_of_the_region_who_supposes_is_the_official_cited_before() -> None:
    rec = read(
        "Обстріли\n\nГолова Сумської ОВА Петро Коваль заявив, що вночі збито 5 дронів. "
        "Очільник області також припустив, що атаки посиляться.",
        "uk",
    )
    c = next(c for c in rec.claims if "атаки посиляться" in c.text)
    assert [rec.source(h.source).name for h in c.attribution] == ["Петро Коваль"]


def test_a_time_after_the_comma_is_no_source_and_an_appositive_phrase_is_skipped() -> None:
    rec = read("Бои\n\nВоенкоры, близкие к Минобороны, ещё в среду писали о прорыве у реки. Пострадавших нет.", "ru")
    assert chain(rec, "прорыве у реки") == ["Военкоры"]
    assert all(s.name != "среду" for s in rec.sources)


def test_an_impossible_check_named_first_is_unverified() -> None:
    rec = read("Бої\n\nБлогер Іван Сокіл написав, що міст зруйновано. Перевірити ці дані незалежно неможливо.", "uk")
    c = next(c for c in rec.claims if "міст зруйновано" in c.text)
    assert c.verification == "unverified"
    assert not any(c.text.startswith("Перевірити") for c in rec.claims)


def test_a_foreign_intelligence_service_is_international() -> None:
    rec = read("Оценка\n\nПо оценке американской разведки, наступление замедлилось.", "ru")
    assert rec.sources[0].side == "international"


def test_a_capitalised_body_word_is_no_village() -> None:
    text = "Бои в Донецкой области у Покровска. Представитель Сил обороны Иван Лис сообщил о штурме."
    assert all(p[0] != "Сил" for p in places(text, "ru"))


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Від початку тижня у Дніпрі загинули троє людей.", "uk", ("2026-03-09", "since")),
        ("С начала недели в городе погибли двое.", "ru", ("2026-03-09", "since")),
        ("Обмеження діятимуть до кінця квітня.", "uk", ("2026-04", "until")),
        ("Ограничения продлятся до середины января.", "ru", ("2027-01", "until")),
    ],
)
def test_the_start_of_the_week_and_until_a_month(text: str, lang: str, want: tuple[str, str]) -> None:
    from claimgraph.ground.dates_slavic import extract_dates

    got = [(d.value, d.relation) for d in extract_dates(text, PUB, lang)]
    assert want in got


def test_a_town_of_its_own_size_needs_no_region_named() -> None:
    got = places("Уночі ворог атакував Конотоп і Шостку ударними дронами.", "uk")
    assert {p[1] for p in got} >= {"Konotop"}
    assert places("Посадовець Іван Сила заявив, що Мир важливий.", "uk") == []


def test_the_agency_is_the_body_the_text_named_before_it_was_cited() -> None:
    rec = read(
        "Затримання\n\nСпівробітники СБУ затримали в Харкові чоловіка, який, за версією відомства, коригував удари.",
        "uk",
    )
    assert [s.name for s in rec.sources] == ["СБУ"]


def test_an_impossible_establishment_of_authenticity_is_unverified() -> None:
    rec = read("Допит\n\nСлідчі оприлюднили запис допиту. Автентичність запису встановити неможливо.", "uk")
    assert any(c.verification == "unverified" for c in rec.claims)
