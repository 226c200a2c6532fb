"""Ukrainian and Russian rules beyond single forms: lemmas, coreference, frames inside sentences, names in
any case, relative periods and figures with their nouns left out. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimgraph.extract.slavic import extract_record
from claimgraph.ground.dates_slavic import extract_dates
from claimgraph.ground.places_slavic import extract_places
from claimgraph.ground.quantities_slavic import extract_quantities
from claimgraph.model import ArticleMeta, ArticleRecord

PUB = date(2026, 5, 14)
HEAD = "Новини дня\n\n"


def read(text: str, lang: str) -> ArticleRecord:
    rec = ArticleRecord(article=ArticleMeta(id="t", text=HEAD + text, language=lang))
    extract_record(rec, lang, PUB)
    return rec


def chain(rec: ArticleRecord, words: str) -> list[str]:
    c = next(c for c in rec.claims if words in c.text)
    return [rec.source(h.source).name for h in c.attribution]


def source_named(rec: ArticleRecord, words: str):
    return next(s for s in rec.sources if words in s.name)


# ---- sources ----------------------------------------------------------------------------------------


def test_a_person_after_a_title_is_the_source_and_the_body_gives_the_side() -> None:
    rec = read("Речниця Повітряних сил Олена Гнатюк заявила, що над областю збили шість ракет.", "uk")
    assert chain(rec, "збили шість ракет") == ["Олена Гнатюк"]
    assert source_named(rec, "Гнатюк").side == "ua"


def test_the_agency_is_the_body_cited_before() -> None:
    rec = read("Міноборони РФ заявило, що знищило два склади. За даними відомства, втрат немає.", "uk")
    assert chain(rec, "втрат немає") == chain(rec, "знищило два склади")
    assert len(rec.sources) == 1 and rec.sources[0].side == "ru"


def test_bare_unnamed_sources_are_the_ones_cited_before() -> None:
    rec = read(
        "Вночі горіла нафтобаза. Про це пише агентство «Північний вісник» з посиланням на джерела в уряді.\n\n"
        "Співрозмовники агентства уточнили, що пожежу загасили до ранку.",
        "uk",
    )
    unnamed = [s for s in rec.sources if s.kind == "unnamed"]
    assert len(unnamed) == 1 and unnamed[0].name == "джерела в уряді"
    assert chain(rec, "пожежу загасили") == ["джерела в уряді"]


def test_a_relayed_unnamed_source_speaks_for_the_relayer_side() -> None:
    rec = read("Агентство ТАСС со ссылкой на источник в силовых структурах сообщило о задержании двух человек.", "ru")
    assert chain(rec, "задержании") == ["Агентство ТАСС", "источник в силовых структурах"]
    assert source_named(rec, "источник").side == "ru"


def test_a_plural_pronoun_is_the_group_cited_last() -> None:
    rec = read(
        "Губернатор Іван Климчук розповів про обстріл. Аналітики проєкту DeepState не підтвердили прорив. "
        "Вони зазначили, що лінія фронту не змінилася.",
        "uk",
    )
    assert chain(rec, "лінія фронту") == ["Аналітики проєкту DeepState"]


def test_state_bodies_without_a_marker_serve_where_the_events_are() -> None:
    rec = read(
        "Обласна прокуратура повідомила, що у Запоріжжі пошкоджено лікарню. Уламки впали також біля Оріхова.",
        "uk",
    )
    assert source_named(rec, "прокуратура").side == "ua"


# ---- frames -------------------------------------------------------------------------------------------


def test_a_connective_before_as_and_a_speech_verb_in_any_form() -> None:
    rec = read("Кроме того, как сообщили в Росгвардии, на месте задержаны трое.", "ru")
    assert chain(rec, "задержаны трое") == ["Росгвардии"]
    assert not any(c.text.startswith("Кроме того") for c in rec.claims)


def test_a_frame_inside_the_clause_it_attributes() -> None:
    rec = read("Реальні втрати, за оцінкою аналітиків, можуть бути вдвічі більшими.", "uk")
    assert chain(rec, "втрати") == ["аналітиків"]


def test_as_found_by_is_a_frame_but_the_object_of_a_finding_verb_is_no_content() -> None:
    rec = read("Как выяснили журналисты, половина погибших были добровольцами. Военные установили новые мины.", "ru")
    assert chain(rec, "половина погибших") == ["журналисты"]
    assert chain(rec, "новые мины") == []


def test_a_postposed_document_is_the_source_through_its_owner() -> None:
    rec = read(
        "Противник втратив 40 військових за добу, йдеться у зведенні Генерального штабу ЗСУ.\n\n"
        "Потери составили два танка, говорится в сводке.",
        "uk",
    )
    assert chain(rec, "40 військових") == ["Генерального штабу ЗСУ"]


def test_a_generic_label_names_no_source() -> None:
    rec = ArticleRecord(article=ArticleMeta(id="t", text="ЗМІ: у порту нібито горить танкер", language="uk"))
    extract_record(rec, "uk", PUB)
    c = rec.claims[0]
    assert c.attribution == [] and c.stance == "distances"


def test_an_existential_negation_opens_a_clause_and_a_stop_before_a_comma_ends_no_sentence() -> None:
    rec = read("Поранено чоловіка 1981 р.н., ще двох людей госпіталізовано, загиблих немає.", "uk")
    texts = [c.text for c in rec.claims]
    assert "загиблих немає" in texts
    assert any(t.startswith("Поранено чоловіка 1981 р.н.") for t in texts)
    assert not any(t.startswith("ще двох") and "р.н" in t for t in texts)


def test_direct_speech_after_a_dialogue_dash_is_a_quotation() -> None:
    rec = read("— Світло повернемо до вечора, — сказав міський голова Іван Петренко.", "uk")
    assert rec.quotes and rec.source(rec.quotes[0].speaker).name == "Іван Петренко"
    assert rec.quotes[0].text == "Світло повернемо до вечора"
    assert [c.quote for c in rec.claims if "Світло" in c.text] == [True]


def test_a_name_in_quotation_marks_is_no_quotation() -> None:
    rec = read("Поліція повідомила, що росіяни вдарили ракетою «Калібр-М» по складу.", "uk")
    assert rec.quotes == []


def test_a_failed_geolocation_leaves_the_claim_unverified_and_is_one_item_of_evidence() -> None:
    rec = read("Блогери опублікували відео, на якому нібито видно колону техніки. Геолокувати запис не вдалося.", "uk")
    c = next(c for c in rec.claims if "колону" in c.text)
    assert c.verification == "unverified"
    assert len(rec.evidence) == 1 and rec.evidence[0].kind == "video"
    assert rec.evidence[0].verification == "unverified"


# ---- places -------------------------------------------------------------------------------------------


def test_two_word_names_in_any_case() -> None:
    places = extract_places("Удар по Кривому Рогу. Бої біля Малої Токмачки. Тихо в Новій Каховці.", "uk")
    assert [p.name for p in places] == ["Kryvyi Rih", "Mala Tokmachka", "Nova Kakhovka"]


def test_list_members_after_a_marker_and_the_front_as_context() -> None:
    places = extract_places("На Куп'янському напрямку бої тривали біля Петропавлівки та Кругляківки.", "uk")
    got = {p.text: (p.admin1, p.feature) for p in places}
    assert got["Петропавлівки"][0] == "Kharkiv" and got["Кругляківки"][0] == "Kharkiv"


def test_a_community_named_after_an_adjective_town_and_a_sea() -> None:
    places = extract_places("Новгород-Сіверська громада. Над акваторією Чорного моря збили дрон.", "uk")
    assert abs(places[0].lat - 52.0) < 0.1 and places[0].admin1 == "Chernihiv"
    assert places[-1].name == "Black Sea" and places[-1].feature == "region"


def test_a_country_that_names_a_body_is_no_place() -> None:
    places = extract_places("Міноборони Росії заявило про удар по Росії.", "uk")
    assert [p.text for p in places] == ["Росії"] and places[0].start > 20


def test_russian_republics_and_oblasts() -> None:
    places = extract_places("Погибшие из Бурятии и Саратовской области.", "ru")
    assert [p.name for p in places] == ["Buryatia", "Saratov Oblast"]


# ---- dates and figures --------------------------------------------------------------------------------


def test_periods_relative_to_publication_and_listed_birth_years() -> None:
    ds = extract_dates("З початку року виїхали 300 осіб. Поранено чоловіків 1968 і 1992 р.н.", PUB, "uk")
    got = {d.text: (d.value, d.relation) for d in ds}
    assert got["З початку року"] == ("2026", "since")
    assert got["1968"] == ("1968", "on") and got["1992 р.н."][0] == "1992"
    ds = extract_dates("С начала месяца погибли 12 человек.", PUB, "ru")
    assert (ds[0].value, ds[0].granularity, ds[0].relation) == ("2026-05", "month", "since")


def test_a_figure_counts_the_noun_of_its_count_phrase() -> None:
    qs = extract_quantities("Кількість поранених зросла до семи. Число погибших превысило 2 тысячи.", "uk")
    assert [(q.value, q.unit) for q in qs][:1] == [(7.0, "person")]
    qs = extract_quantities("Число погибших превысило 2 тысячи.", "ru")
    assert [(q.value, q.unit) for q in qs] == [(2000.0, "person")]


def test_a_figure_with_its_noun_left_out_and_hyphenated_and_half_numerals() -> None:
    qs = extract_quantities("Над Брянской областью сбили 20 дронов, 5 — над Курской, ещё три дрона-камикадзе.", "ru")
    assert [(q.value, q.unit) for q in qs] == [(20.0, "drone"), (5.0, "drone"), (3.0, "drone")]
    qs = extract_quantities("Загинули понад півтори тисячі цивільних.", "uk")
    assert [(q.value, q.unit, q.qualifier) for q in qs] == [(1500.0, "person", "at_least")]


# ---- round 3: call signs, short ministry names, titles with complements, Russian forms of Ukrainian names


def test_a_call_sign_names_a_person_and_a_pronoun_refers_to_her() -> None:
    rec = read(
        "Операторка дронів з позивним «Ліса» розповіла, що підрозділ збив три розвідники.\n\n"
        "«Ми працюємо вночі», — каже вона.",
        "uk",
    )
    assert rec.source(rec.quotes[0].speaker).name == "Ліса"
    assert source_named(rec, "Ліса").kind == "military"


def test_a_ministry_by_its_short_name_is_the_ministry() -> None:
    rec = read("Міністерство цифрової трансформації повідомило про збій. У Мінцифри заявили, що збій усунуто.", "uk")
    assert len({s.id for s in rec.sources}) == 1 and rec.sources[0].kind == "government_body"


def test_a_title_with_a_complement_before_the_name_and_the_name_in_the_nominative() -> None:
    rec = read("Уполномоченный по правам человека в России Анна Светлова сообщила, что обмен возможен.", "ru")
    assert chain(rec, "обмен возможен") == ["Анна Светлова"]
    rec = read("За словами радниці міністра Оксани Левчук, графіки скасують.", "uk")
    assert chain(rec, "графіки") == ["Оксана Левчук"]


def test_a_participle_after_the_relayed_source_belongs_to_it() -> None:
    rec = read(
        "Как сообщило агентство «Восток» со ссылкой на источник, близкий к переговорам, обмен пройдет в пятницу.",
        "ru",
    )
    assert chain(rec, "обмен пройдет") == ["агентство «Восток»", "источник"]
    rec = read("Речник Іван Сокол назвав це фейком. За його словами, українські підрозділи утримують позиції.", "uk")
    assert any(c.text.startswith("українські підрозділи") for c in rec.claims)


def test_scare_quotes_after_so_called_are_no_quotation() -> None:
    rec = read("Пропагандисти стверджують, що так звана «лінія оборони» вже зруйнована.", "uk")
    assert rec.quotes == []


def test_russian_forms_of_ukrainian_names_and_a_month_since() -> None:
    places = extract_places("Удар по Золочеву Харьковской области и по Салтовскому району.", "ru")
    assert [(p.name, p.admin1) for p in places][0] == ("Zolochiv", "Kharkiv")
    ds = extract_dates("С начала ноября погибли 27 человек.", PUB, "ru")
    assert (ds[0].value, ds[0].relation) == ("2025-11", "since")


def test_a_range_in_words_and_a_noun_adjective_at_the_end() -> None:
    qs = extract_quantities("Заходять по двоє-троє піхотинців. Передадуть 150 полонених.", "uk")
    assert [(q.value, q.value_max, q.unit) for q in qs] == [(2.0, 3.0, "person"), (150.0, None, "person")]


# ---- round 4: relative clauses, quoted labels, city districts, singular "no confirmation" -------------


def test_a_speech_verb_in_a_relative_clause_frames_nothing() -> None:
    rec = read("Поліція затримала чоловіка, який передавав ворогу фото блокпостів. Про це повідомила поліція.", "uk")
    assert [n.lower() for n in chain(rec, "затримала чоловіка")] == ["поліція"]


def test_a_quoted_outlet_label_and_its_later_mention_are_one_source() -> None:
    rec = ArticleRecord(
        article=ArticleMeta(
            id="t",
            text="«Северный луч»: в регионе выросло число дел\n\nПо подсчетам издания «Северный луч», дел стало больше.",
            language="ru",
        )
    )
    extract_record(rec, "ru", PUB)
    assert len(rec.sources) == 1 and rec.sources[0].kind == "media_outlet"
    assert all(c.attribution for c in rec.claims)


def test_a_district_named_after_a_city_is_in_that_city() -> None:
    places = extract_places("Вночі ворог атакував Одесу. У Приморському районі пошкоджено склад.", "uk")
    district = next(p for p in places if p.text.startswith("Приморському"))
    assert district.admin1 == places[0].admin1 and abs(district.lat - places[0].lat) < 0.1


def test_no_official_confirmation_in_the_singular_leaves_the_claim_unverified() -> None:
    rec = read("В соцсетях утверждается, что целью была подстанция. Официального подтверждения этому нет.", "ru")
    c = next(c for c in rec.claims if "подстанция" in c.text)
    assert c.verification == "unverified" and c.stance == "distances"
