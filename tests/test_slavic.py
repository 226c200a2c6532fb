"""Ukrainian and Russian extraction, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.slavic import extract_record
from claimgraph.ground.dates_slavic import extract_dates
from claimgraph.ground.language import detect
from claimgraph.ground.places_slavic import extract_places, toponym_candidates
from claimgraph.ground.quantities_slavic import extract_quantities
from claimgraph.model import ArticleMeta, ArticleRecord

PUB = date(2025, 11, 8)


def read(text: str, lang: str) -> ArticleRecord:
    rec = ArticleRecord(article=ArticleMeta(id="t", text=text, language=lang))
    extract_record(rec, lang, PUB)
    return rec


def chain(rec: ArticleRecord, claim) -> list[str]:
    by_id = {s.id: s for s in rec.sources}
    return [by_id[h.source].name for h in claim.attribution]


def claim_with(rec: ArticleRecord, words: str):
    return next(c for c in rec.claims if words in c.text)


# ---- language -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Голова обласної адміністрації повідомив, що вночі ворог обстріляв околиці міста.", "uk"),
        ("Губернатор области сообщил, что ночью противник обстрелял окраины города.", "ru"),
        ("The regional governor said the outskirts of the city were shelled overnight.", "en"),
    ],
)
def test_language_is_detected(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_language_hint_wins() -> None:
    assert detect("Губернатор области сообщил о взрывах.", hint="ru-RU") == "ru"


# ---- dates ----------------------------------------------------------------------------------------


def test_night_to_a_date_is_a_range_from_the_evening_before() -> None:
    (d,) = extract_dates("У ніч на 7 листопада дрони атакували місто.", PUB, "uk")
    assert (d.value, d.end_value, d.granularity) == ("2025-11-06", "2025-11-07", "range")


def test_night_to_a_weekday() -> None:
    (d,) = extract_dates("В ночь на пятницу беспилотники атаковали город.", PUB, "ru")
    assert (d.value, d.end_value) == ("2025-11-06", "2025-11-07")


def test_relative_day_and_birth_year_and_since() -> None:
    got = {
        d.text: (d.value, d.relation)
        for d in extract_dates(
            "За минулу добу загинув чоловік 1987 року народження. Бої тривають з лютого 2022 року.", PUB, "uk"
        )
    }
    assert got["За минулу добу"] == ("2025-11-07", "on")
    assert got["1987 року народження"] == ("1987", "on")
    assert got["з лютого 2022 року"] == ("2022-02", "since")


def test_month_name_as_adjective_is_no_date() -> None:
    assert extract_dates("Тривав лютий бій за висоту.", PUB, "uk") == []


# ---- figures --------------------------------------------------------------------------------------


def test_figures_in_words_and_digits_with_units_and_qualifiers() -> None:
    got = {
        q.text: (q.value, q.unit, q.qualifier)
        for q in extract_quantities(
            "Окупанти вивезли понад 50 тисяч людей, зруйнували сім сіл і пошкодили близько 1,2 тис. будинків.", "uk"
        )
    }
    assert got["понад 50 тисяч людей"] == (50000, "person", "at_least")
    assert got["сім сіл"] == (7, "settlement", "exact")
    assert got["близько 1,2 тис. будинків"] == (1200, "item", "approx")


def test_casualty_predicate_and_collective_numeral_count_people() -> None:
    got = {q.text: (q.value, q.unit) for q in extract_quantities("Четверо загинули, ще 9 поранено.", "uk")}
    assert got == {"Четверо загинули": (4, "person"), "9 поранено": (9, "person")}


def test_partitive_takes_the_unit_before_it() -> None:
    qs = extract_quantities("ПВО перехватила 40 беспилотников, из них 25 над областью.", "ru")
    assert [(q.value, q.unit) for q in qs] == [(40, "drone"), (25, "drone")]


def test_area_and_range_in_russian() -> None:
    got = {
        q.text: (q.value, q.value_max, q.unit)
        for q in extract_quantities("Огонь охватил 300 кв. м, эвакуированы от 20 до 30 человек.", "ru")
    }
    assert got["300 кв. м"] == (300, None, "m2")
    assert got["от 20 до 30 человек"] == (20, 30, "person")


def test_years_and_model_names_are_no_figures() -> None:
    assert extract_quantities("Су-34 скинув бомбу у 2023 році.", "uk") == []


# ---- places ---------------------------------------------------------------------------------------


def test_inflected_place_names_are_lemmatised() -> None:
    got = {p.text: p.name for p in extract_places("Вибухи пролунали в Харкові та на Харківщині.", "uk")}
    assert got == {"Харкові": "Kharkiv", "Харківщині": "Kharkiv Oblast"}


def test_a_hromada_adjective_names_its_centre() -> None:
    assert "білопілля" in toponym_candidates("Білопільської", "uk")
    (p,) = extract_places("Ворог обстріляв Білопільську громаду.", "uk")
    assert (p.name, p.feature, p.text) == ("Bilopillia", "other", "Білопільську громаду") or p.name.startswith(
        "Bilopill"
    )


def test_a_direction_is_a_front() -> None:
    (p,) = extract_places("Бои продолжаются на Курском направлении.", "ru")
    assert p.feature == "front" and p.country == "RU"


def test_sentence_initial_function_word_is_no_place() -> None:
    assert all(p.name != "Crimea" for p in extract_places("Крім того, ворог атакував Суми.", "uk"))


# ---- attribution ----------------------------------------------------------------------------------


def test_speech_verb_with_complementizer_and_inflected_source() -> None:
    rec = read("Генеральний штаб ЗСУ повідомив, що ворог втратив два танки. За даними Генштабу, бої тривають.", "uk")
    assert len(rec.sources) == 1
    assert chain(rec, claim_with(rec, "ворог втратив")) == ["Генеральний штаб ЗСУ"]
    assert chain(rec, claim_with(rec, "бої тривають")) == ["Генеральний штаб ЗСУ"]


def test_feminine_and_plural_verbs_and_impersonal_frame() -> None:
    rec = read("У Міноборони РФ заявили, що збили 12 дронів. Прокуратура повідомила, що відкрито справу.", "uk")
    assert chain(rec, claim_with(rec, "збили")) == ["Міноборони РФ"]
    assert rec.sources[0].side == "ru"
    assert chain(rec, claim_with(rec, "відкрито справу")) == ["Прокуратура"]


def test_relay_makes_a_two_hop_chain() -> None:
    rec = read("Местный телеграм-канал «Ночной город» со ссылкой на очевидцев сообщил о трёх взрывах.", "ru")
    c = claim_with(rec, "взрывах")
    assert chain(rec, c) == ["Местный телеграм-канал «Ночной город»", "очевидцев"]
    assert rec.sources[0].kind == "social_media_account"


def test_back_reference_attributes_the_sentences_before() -> None:
    rec = read(
        "Новини дня\n\nВночі дрони атакували місто. Пошкоджено школу. Про це повідомила міська рада у Telegram.",
        "uk",
    )
    assert chain(rec, claim_with(rec, "атакували місто")) == ["міська рада"]
    assert chain(rec, claim_with(rec, "Пошкоджено школу")) == ["міська рада"]
    assert not any("Про це" in c.text for c in rec.claims)
    assert rec.claims[1].attribution[0].channel == "telegram"


def test_quotation_with_dialogue_dash_and_pronoun_speaker() -> None:
    rec = read(
        "Новини дня\n\nКомандир бригади Петро Гайовий розповів про бої.\n\n"
        "«Ми тримаємо позиції. Противник несе втрати», — сказав він.",
        "uk",
    )
    q = rec.quotes[0]
    assert q.text == "Ми тримаємо позиції. Противник несе втрати"
    assert rec.source(q.speaker).name == "Петро Гайовий"
    quoted = [c for c in rec.claims if c.quote]
    assert len(quoted) == 2 and all(chain(rec, c) == ["Петро Гайовий"] for c in quoted)


def test_according_to_his_words_is_the_last_person() -> None:
    rec = read(
        "Новини дня\n\nГубернатор Олена Ткач повідомила, що горить склад. За її словами, постраждалих немає.", "uk"
    )
    assert chain(rec, claim_with(rec, "постраждалих немає")) == ["Олена Ткач"]


def test_hedge_frame_and_verification_statement() -> None:
    rec = read(
        "Новини дня\n\nПо предварительным данным, погибли два человека. Министерство заявило, что удар нанесён "
        "по военному объекту. Независимо проверить эти сведения не удалось.",
        "ru",
    )
    dead = claim_with(rec, "погибли")
    assert dead.stance == "distances" and dead.hedges[0].text == "По предварительным данным"
    strike = claim_with(rec, "удар нанесён")
    assert strike.verification == "unverified"
    assert not any("Независимо" in c.text for c in rec.claims)


def test_hedge_adverb_distances() -> None:
    rec = read("Новини дня\n\nНа складі нібито зберігалися боєприпаси.", "uk")
    c = claim_with(rec, "зберігалися")
    assert c.stance == "distances" and [h.text for h in c.hedges] == ["нібито"]


def test_clauses_split_at_impersonal_predicate_and_contrast() -> None:
    rec = read("Новини дня\n\nВорог скинув дві бомби на село, пошкоджено три будинки, а лінію зв'язку обірвано.", "uk")
    texts = [c.text for c in rec.claims[1:]]
    assert texts == ["Ворог скинув дві бомби на село", "пошкоджено три будинки", "лінію зв'язку обірвано"]


def test_bylines_datelines_and_calls_are_no_claims() -> None:
    rec = read(
        "Удар по місту\n\n9 листопада 2025, 10:15\nОксана Бондар\n\nВорог атакував місто.\n\n"
        "Читайте також: Що відомо про удар\n\nБудьте обережні!",
        "uk",
    )
    assert [c.text for c in rec.claims] == ["Удар по місту", "Ворог атакував місто"]


def test_photo_credit_is_evidence_released_by_its_source() -> None:
    rec = read("Новини дня\n\nВорог атакував місто.\n\nФото: ДСНС", "uk")
    (e,) = rec.evidence
    assert e.kind == "photo" and rec.source(e.released_by).name == "ДСНС"


# ---- the pipeline picks by language ----------------------------------------------------------------


def test_pipeline_detects_the_language_and_runs_its_components() -> None:
    from claimgraph.extract.pipeline import extract_stream
    from claimgraph.ingest.base import RawArticle

    arts = [
        RawArticle("Міська рада повідомила, що вночі дрони атакували Суми.", "a", id="uk1", published="2025-11-08"),
        RawArticle("Городской совет сообщил, что ночью беспилотники атаковали Курск.", "b", id="ru1"),
        RawArticle("The city council said drones attacked Sumy overnight.", "c", id="en1"),
    ]
    recs = {r.article.id: r for _a, r in extract_stream(arts) if r is not None}
    assert {k: r.article.language for k, r in recs.items()} == {"uk1": "uk", "ru1": "ru", "en1": "en"}
    for k in ("uk1", "ru1"):
        names = [p["name"] for p in recs[k].pipeline if "kind" not in p]
        assert "claimgraph.uk_ru.claims" in names and "claimgraph.claims" not in names
        assert not recs[k].errors
    assert recs["uk1"].claims[0].attribution and recs["uk1"].places[0].name == "Sumy"
    assert "claimgraph.claims" in [p["name"] for p in recs["en1"].pipeline]


def test_a_language_without_components_is_read_as_english() -> None:
    from claimgraph.extract.registry import build_pipeline

    comps = build_pipeline().for_language("de")
    assert "claimgraph.claims" in [c.name for c in comps]


def test_hedge_frame_keeps_the_first_clause_whole() -> None:
    rec = read(
        "Новини дня\n\nЗа попередніми даними, загинула одна людина, ще троє дістали поранень. Про це повідомила ОВА.",
        "uk",
    )
    c = claim_with(rec, "загинула")
    assert c.text == "загинула одна людина, ще троє дістали поранень"
    assert c.stance == "distances" and chain(rec, c) == ["ОВА"]


def test_a_person_label_in_a_headline_is_the_source_and_a_fuller_name_names_them() -> None:
    rec = read("Шевчук: ворог готує новий наступ\n\nГенерал Остап Шевчук заявив, що ворог стягує резерви.", "uk")
    assert chain(rec, rec.claims[0]) == ["Остап Шевчук"] and rec.claims[0].text == "ворог готує новий наступ"


def test_a_negated_speech_verb_is_no_frame() -> None:
    rec = read("Новини дня\n\nМіністерство не коментує втрати на фронті.", "uk")
    assert chain(rec, claim_with(rec, "коментує")) == []


def test_the_one_told_is_not_the_speaker() -> None:
    rec = read("Новости дня\n\n«Мы слышали три взрыва», — рассказал РИА Новости местный житель.", "ru")
    assert rec.source(rec.quotes[0].speaker).name == "местный житель"


def test_impersonal_report_hedges_and_names_no_source() -> None:
    rec = read("Новости дня\n\nСообщается также, что повреждены два склада.", "ru")
    c = claim_with(rec, "склада")
    assert c.text == "повреждены два склада" and c.stance == "distances" and not c.attribution


def test_geolocation_confirms_the_articles_claim() -> None:
    rec = read("Новини дня\n\nГеолокація відео, яке поширили у соцмережах, підтвердила, що удар припав на міст.", "uk")
    c = claim_with(rec, "удар припав")
    assert c.verification == "confirmed" and not c.attribution


def test_stated_in_a_document_is_no_claim() -> None:
    rec = read("Новости дня\n\nПо данным МЧС, пожар потушен. Об этом говорится в сообщении ведомства.", "ru")
    assert [c.text for c in rec.claims[1:]] == ["пожар потушен"]


def test_the_institutions_registry_knows_ukrainian_and_russian_forms() -> None:
    from claimgraph.ground.institutions import lookup_institution

    assert lookup_institution("Генерального штабу ЗСУ")["id"] == "ua-general-staff"
    assert lookup_institution("Генштаба ВСУ")["id"] == "ua-general-staff"
    assert lookup_institution("Генштаб ВС РФ") is None  # Russia's General Staff is another body
    assert lookup_institution("Службы безопасности Украины")["id"] == "ua-sbu"
