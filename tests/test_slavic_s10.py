"""Ukrainian and Russian classes of session 10, each pinned with sentences written for these tests (invented
names and places): a hedge adverb that opens the sentence before a comma ("Предположительно, …",
"Імовірно, …") is a hedge frame of its own, kept out of the claim's text."""

from __future__ import annotations

import pytest
from slavic_helpers import read, source_name


@pytest.mark.parametrize(
    ("text", "lang", "hedge", "content"),
    [
        (
            "Предположительно, удар нанесли ракетой по депо в Белозерске.",
            "ru",
            "Предположительно",
            "удар нанесли ракетой по депо в Белозерске",
        ),
        ("Скорее всего, колонна вышла из Ветлуги ночью.", "ru", "Скорее всего", "колонна вышла из Ветлуги ночью"),
        (
            "Імовірно, удар завдали ракетою по депо в Білозерську.",
            "uk",
            "Імовірно",
            "удар завдали ракетою по депо в Білозерську",
        ),
        (
            "Можливо, ворог готує новий наступ на Зелений Гай.",
            "uk",
            "Можливо",
            "ворог готує новий наступ на Зелений Гай",
        ),
    ],
)
def test_a_hedge_adverb_opening_the_sentence_is_kept_out_of_the_claim(
    text: str, lang: str, hedge: str, content: str
) -> None:
    rec = read(text, lang)
    assert [(c.text, c.stance, [h.text for h in c.hedges]) for c in rec.claims] == [(content, "distances", [hedge])]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Губернатор Курской области Олег Лаптев заявил, что атака отбита. Губернатор добавил, что пострадали двое.",
            "ru",
            "Олег Лаптев",
        ),
        (
            "Очільник Харківської ОВА Андрій Гринько повідомив, що обстріл тривав дві години. "
            "Очільник додав, що поранено трьох людей.",
            "uk",
            "Андрій Гринько",
        ),
        (
            "Мэр Ольховска Сергей Дятлов сообщил, что в городе нет воды. Мэр уточнил, что подачу восстановят к вечеру.",
            "ru",
            "Сергей Дятлов",
        ),
    ],
)
def test_a_title_alone_opening_the_sentence_is_the_person_cited_before_with_it(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert [source_name(rec, c.attribution[0].source) for c in rec.claims] == [name, name]
    assert [s.name for s in rec.sources] == [name]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("По словам жительницы Заречного Нины Гусевой, снаряд попал в школу.", "ru", "Нина Гусева"),
        ("Жительница Заречного Нина Гусева рассказала, что снаряд попал в школу.", "ru", "Нина Гусева"),
        ("Мешканка Зарічного Ганна Руденко розповіла, що снаряд влучив у школу.", "uk", "Ганна Руденко"),
    ],
)
def test_a_place_in_the_genitive_before_a_residents_name_is_no_part_of_it(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert [(s.name, s.kind) for s in rec.sources] == [(name, "other")]
    assert source_name(rec, rec.claims[0].attribution[0].source) == name
