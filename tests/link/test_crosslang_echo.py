"""A Ukrainian Telegram post and the English wire story that relays it, hours later: the derivation across
languages is found from the claims aligned in order by figures, places, sources and quotations, and the
drift names what the translation dropped. An independent Russian report of the same night, with its own
figures, is no derivation. Texts written for these tests."""

from __future__ import annotations

from claimgraph.extract.pipeline import extract_stream
from claimgraph.ingest.base import RawArticle
from claimgraph.link.crosslang import crosslang_derivations, crosslang_drift

UK = (
    "Наслідки нічної атаки на Полтавщину\n\n"
    "У ніч на 5 грудня росіяни атакували Кременчук ударними дронами. За попередніми даними, загинули двоє "
    "людей, ще 9 поранено, серед них дитина.\n\n"
    "Пошкоджено 14 приватних будинків і автозаправну станцію. Рятувальники ліквідували пожежу на площі 250 кв. м.\n\n"
    "«Ворог цілеспрямовано бив по житловому сектору», — написав начальник Полтавської ОВА Ігор Стасюк."
)
EN = (
    "Russian drones kill two in Kremenchuk\n\n"
    "Russian forces attacked the city of Kremenchuk with attack drones overnight on December 5, killing two "
    "people and injuring 9, including a child, regional governor Ihor Stasiuk said on Telegram.\n\n"
    "Some 14 private houses and a petrol station were damaged. Firefighters put out a blaze covering 250 "
    "square meters.\n\n"
    '"The enemy deliberately struck the residential sector," Stasiuk wrote.'
)
RU = (
    "Минобороны России: уничтожены 37 беспилотников\n\n"
    "В ночь на 5 декабря силы ПВО перехватили 37 украинских беспилотников над Курской и Брянской областями, "
    "сообщило Минобороны России.\n\n"
    "По данным ведомства, в результате ударов по объектам в районе Кременчуга уничтожены 3 склада."
)


def records():
    arts = [
        RawArticle(UK, "a", id="tg_uk", published="2026-12-05T07:30+02:00", outlet="Полтавська ОВА (Telegram)"),
        RawArticle(EN, "b", id="wire_en", published="2026-12-05T14:10+02:00", outlet="Eastern Europe Wire"),
        RawArticle(RU, "c", id="mod_ru", published="2026-12-05T09:00+03:00", outlet="Вести дня"),
    ]
    return [r for _a, r in extract_stream(arts)]


def test_the_english_relay_derives_from_the_ukrainian_post() -> None:
    recs = records()
    assert [r.article.language for r in recs] == ["uk", "en", "ru"]
    derivs = crosslang_derivations(recs, set())
    assert [(d.article, d.derived_from, d.kind) for d in derivs] == [("wire_en", "tg_uk", "rewrite")]
    assert "across languages (uk -> en)" in derivs[0].evidence[0]


def test_the_translation_dropped_the_preliminary_hedge() -> None:
    uk, en, _ru = records()
    dropped = [c for c in crosslang_drift(uk, en)["changes"] if c.get("type") == "hedge_dropped"]
    assert any(c["hedge"] == "За попередніми даними" for c in dropped)


def test_a_known_pair_is_left_alone() -> None:
    recs = records()
    assert crosslang_derivations(recs, {("wire_en", "tg_uk")}) == []
