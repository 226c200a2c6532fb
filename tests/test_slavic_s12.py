"""Ukrainian and Russian classes of session 12, each pinned with sentences written for these tests (invented
names, real places): a subject with its title or a relative clause in apposition between commas, a relay
that opens the sentence before its outlet, a relative's kind, and a pronoun for the person named last."""

from __future__ import annotations

import pytest
from slavic_helpers import read, source_name


@pytest.mark.parametrize(
    ("text", "lang", "name", "content"),
    [
        (
            "Гнатюк Олесь, речник Хмельницької ОВА, заявив, що тривога тривала дві години.",
            "uk",
            "Гнатюк Олесь",
            "тривога тривала дві години",
        ),
        (
            "Орест Климчук, який очолює громаду, повідомив, що світло повернули.",
            "uk",
            "Орест Климчук",
            "світло повернули",
        ),
        (
            "Сестра полоненого, Марта Іваницька, розповіла, що отримала від брата лист.",
            "uk",
            "Марта Іваницька",
            "отримала від брата лист",
        ),
        (
            "Зайцев Глеб, командир роты, рассказал, что позиции удалось удержать.",
            "ru",
            "Зайцев Глеб",
            "позиции удалось удержать",
        ),
        (
            "Вдова погибшего, Лариса Гомзякова, сообщила, что выплату ей так и не перевели.",
            "ru",
            "Лариса Гомзякова",
            "выплату ей так и не перевели",
        ),
    ],
)
def test_a_subject_with_its_title_between_commas_is_the_source(text: str, lang: str, name: str, content: str) -> None:
    rec = read(text, lang)
    assert [c.text for c in rec.claims] == [content]
    assert source_name(rec, rec.claims[0].attribution[0].source) == name
    assert rec.claims[0].stance == "reports"


def test_a_title_after_the_name_gives_kind_and_side() -> None:
    rec = read("Гнатюк Олесь, речник Хмельницької ОВА, заявив, що тривога тривала дві години.", "uk")
    src = rec.source(rec.claims[0].attribution[0].source)
    assert (src.kind, src.side) == ("state_official", "ua")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сестра полоненого, Марта Іваницька, розповіла, що отримала від брата лист.", "uk"),
        ("Вдова погибшего, Лариса Гомзякова, сообщила, что выплату ей так и не перевели.", "ru"),
        ("Мать бойца Лариса Гомзякова сообщила, что выплату так и не перевели.", "ru"),
    ],
)
def test_a_relative_of_a_soldier_is_of_no_office(text: str, lang: str) -> None:
    rec = read(text, lang)
    assert rec.source(rec.claims[0].attribution[0].source).kind == "other"


@pytest.mark.parametrize(
    ("text", "lang", "outlet", "relayed"),
    [
        (
            "Со ссылкой на источники в мэрии издание «Северный курьер» сообщает, что мост закрыли.",
            "ru",
            "«Северный курьер»",
            "источники в мэрии",
        ),
        (
            "Со ссылкой на источники в полиции агентство сообщило, что задержаны двое.",
            "ru",
            "агентство",
            "источники в полиции",
        ),
    ],
)
def test_a_relay_that_opens_the_sentence_is_the_second_hop(text: str, lang: str, outlet: str, relayed: str) -> None:
    rec = read(text, lang)
    assert len(rec.claims) == 1
    hops = rec.claims[0].attribution
    assert [source_name(rec, h.source) for h in hops][-1] == relayed
    assert outlet in (source_name(rec, hops[0].source) or "")
    assert rec.source(hops[0].source).kind == "media_outlet"


def test_a_pronoun_after_a_quotation_is_the_person_named_since_the_last_one_cited() -> None:
    text = (
        "Ткач Андрій, речник міськради, заявив, що воду дадуть увечері.\n\n"
        "Волонтерка Ганна Руденко щодня возить хліб до Сіверська. «Нас тут лишилося мало», — каже вона."
    )
    rec = read(text, "uk")
    quote = next(c for c in rec.claims if c.quote)
    assert source_name(rec, quote.attribution[0].source) == "Ганна Руденко"
    assert rec.source(quote.attribution[0].source).kind == "other"
