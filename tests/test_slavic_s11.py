"""Ukrainian and Russian classes of session 11, each pinned with sentences written for these tests (invented
names and places)."""

from __future__ import annotations

import pytest
from slavic_helpers import read, source_name


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("По словам Ивана Сомова и Петра Лукина, обстрел длился час.", "ru", "Иван Сомов", "Петр Лукин"),
        ("Як повідомили Олег Мороз та Ірина Ткач, обстріл тривав годину.", "uk", "Олег Мороз", "Ірина Ткач"),
        (
            "За словами Миколи Бондаря та Оксани Лисенко, снаряд влучив у школу.",
            "uk",
            "Микола Бондар",
            "Оксана Лисенко",
        ),
        ("Иван Сомов и Петр Лукин рассказали, что обстрел длился час.", "ru", "Иван Сомов", "Петр Лукин"),
        ("Как сообщили в Минздраве и МЧС, пострадали трое.", "ru", "Минздраве", "МЧС"),
    ],
)
def test_two_sources_cited_together_give_the_first_hop_and_both_sources(
    text: str, lang: str, first: str, second: str
) -> None:
    rec = read(text, lang)
    assert [len(c.attribution) for c in rec.claims] == [1]
    assert source_name(rec, rec.claims[0].attribution[0].source) == first
    assert [s.name for s in rec.sources] == [first, second]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("По словам Петра Лукина, обстрел длился час.", "ru", "Петр Лукин"),
        ("По данным Анны Лукиной, обстрел длился час.", "ru", "Анна Лукина"),
        ("РИА Новости со ссылкой на Ивана Сомова сообщило, что обстрел длился час.", "ru", "Иван Сомов"),
    ],
)
def test_a_name_governed_by_the_frame_is_put_in_the_nominative(text: str, lang: str, name: str) -> None:
    rec = read(text, lang)
    assert name in [s.name for s in rec.sources]


def test_a_body_whose_name_holds_a_conjunction_stays_one_source() -> None:
    rec = read("Как сообщили в Министерстве науки и высшего образования, занятия перенесли.", "ru")
    assert [s.name for s in rec.sources] == ["Министерстве науки и высшего образования"]
