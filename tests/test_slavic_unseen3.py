"""Ukrainian and Russian rules found on the third set of unseen articles, each written as a class of text:
checks that could not be made in either word order, hedges of inference ("по всей видимости"), evidence
listed after "based on", material sent by readers, document sources with no owner named, datelines of news
agencies, appeals to readers, figures left without their noun. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.slavic import extract_record
from claimgraph.model import ArticleMeta, ArticleRecord

PUB = date(2026, 5, 20)


def read(text: str, lang: str) -> ArticleRecord:
    rec = ArticleRecord(article=ArticleMeta(id="t", text=text, language=lang))
    extract_record(rec, lang, PUB)
    return rec


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
