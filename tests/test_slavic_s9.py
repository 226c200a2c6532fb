"""Ukrainian and Russian classes of session 9, each pinned with sentences written for these tests (invented
names and places): a quotation cut by its speaker's tag inside the marks ("«Тяжело, — сказал Рябов, — но
держимся»", "«Воды нет, — рассказала она. — Люди топят снег»") is the speaker's in both parts, and a
paragraph that is such a quotation is no byline."""

from __future__ import annotations

import pytest
from slavic_helpers import read, source_name


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "parts"),
    [
        (
            "«Ситуация тяжёлая, — сказал Рябов, — но город мы не сдадим».",
            "ru",
            "Рябов",
            ["Ситуация тяжёлая", "но город мы не сдадим"],
        ),
        ("«Ми вистояли, — каже Оксана Дорош, — і вистоїмо».", "uk", "Оксана Дорош", ["Ми вистояли", "і вистоїмо"]),
        (
            "«Ми отримали „Гради“ вчора, — розповів командир роти Іван Мельник, — і одразу пішли в бій».",
            "uk",
            "Іван Мельник",
            ["Ми отримали „Гради“ вчора", "і одразу пішли в бій"],
        ),
        (
            "Обстрел продолжался всю ночь. «Света нет с понедельника, — рассказал Пётр Ладыгин. — Мы живём в подвале».",
            "ru",
            "Пётр Ладыгин",
            ["Света нет с понедельника", "Мы живём в подвале"],
        ),
    ],
)
def test_a_quotation_cut_by_its_speakers_tag_is_the_speakers_in_both_parts(
    text: str, lang: str, speaker: str, parts: list[str]
) -> None:
    rec = read(text, lang)
    got = [(q.text.rstrip("."), source_name(rec, q.speaker)) for q in rec.quotes]
    assert got == [(p, speaker) for p in parts]
    for p in parts:
        c = next(c for c in rec.claims if p in c.text)
        assert c.quote and source_name(rec, c.attribution[0].source) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "«Державне Агентство Водних Ресурсів»",
        "«Вечерние вести», 12 мая 2026",
    ],
)
def test_a_name_in_quotation_marks_alone_is_still_no_claim(text: str) -> None:
    assert read(text, "ru" if "мая" in text else "uk").claims == []
