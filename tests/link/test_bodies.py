"""A regional body is one source under its English, Ukrainian and Russian names."""

from __future__ import annotations

from linkkit import Article

from claimgraph.link.bodies import body_key, body_keys
from claimgraph.link.derivations import derivations


def test_one_body_in_three_languages_and_in_any_case():
    names = [
        "the Poltava Regional Military Administration",
        "Полтавська обласна військова адміністрація",
        "за даними Полтавської обласної військової адміністрації",
        "Полтавська ОВА (Telegram)",
        "как сообщили в Полтавской областной военной администрации",
    ]
    keys = [body_keys(n) for n in names]
    assert all(k == keys[0] for k in keys) and len(keys[0]) == 1


def test_kind_and_region_both_count():
    assert body_key("the Sumy Regional Military Administration") != body_key(
        "the Poltava Regional Military Administration"
    )
    assert body_key("the Sumy regional prosecutor's office") != body_key("the Sumy Regional Military Administration")
    assert body_key("Сумська обласна прокуратура") == body_key("the Sumy regional prosecutor's office")


def test_no_region_or_a_lower_case_abbreviation_is_no_body():
    assert body_keys("the regional military administration said on Monday") == set()
    assert body_keys("Сумська ова") == set()  # an abbreviation is written in capitals
    assert body_key("Lantern Daily") is None


def test_an_english_page_relaying_a_ukrainian_body_s_post_cites_it():
    post = Article("post", "Полтавська обласна військова адміністрація (Telegram)", "2025-09-03T08:10+03:00")
    post.add("Вночі ворожі дрони атакували Миргород: пошкоджено 7 будинків, 2 людини поранено.")
    post.add("Без світла залишилися 1480 абонентів, ремонтні бригади працюють.")
    post.add("Сили ППО збили 11 безпілотників над областю.")
    relay = Article("relay", "Lantern Daily", "2025-09-03T13:00+03:00")
    relay.add(
        "Russian drones damaged 7 houses in Myrhorod overnight and injured 2 people, "
        "the Poltava Regional Military Administration said on Telegram."
    )
    relay.add("About 1480 households were left without power, the administration said.")
    relay.add("Air defences shot down 11 drones over the region.")
    [d] = derivations([post.build(), relay.build()])
    assert (d.article, d.derived_from, d.kind) == ("relay", "post", "cites")
    assert "names the outlet" in d.evidence[0]


def test_a_body_naming_itself_does_not_cite_its_own_earlier_post():
    first = Article("first", "Полтавська ОВА", "2025-09-03T08:10+03:00")
    first.add("Вночі дрони атакували Миргород: пошкоджено 7 будинків, поранено 2 людей.")
    first.add("Без світла 1480 абонентів.")
    second = Article("second", "Полтавська ОВА", "2025-09-03T18:00+03:00")
    second.add("Полтавська ОВА уточнює: у Миргороді пошкоджено 7 будинків і 3 автомобілі, поранено 2 людей.")
    second.add("Світло повернули 1480 абонентам.")
    assert not any(d.kind == "cites" for d in derivations([first.build(), second.build()]))


def test_a_transliterated_outlet_with_inflected_names_is_cited_across_scripts():
    original = Article("orig", "Уральский репортёр", "2025-10-01")
    original.add("Мы установили имена 1187 жителей Свердловской области, погибших на войне.")
    original.add("Из них 214 были мобилизованы, около 300 завербованы в колониях.")
    later = Article("later", "Northern Policy Review", "2025-10-05")
    later.add(
        "The count of 1187 named dead from Sverdlovsk published by Uralsky Reporter is the best public figure; "
        "its authors say 214 of them were mobilised."
    )
    [d] = derivations([original.build(), later.build()])
    assert (d.article, d.derived_from, d.kind) == ("later", "orig", "cites")
