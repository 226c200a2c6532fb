"""Ukrainian and Russian rules found on articles the code had not seen, each written as a class of text
rather than an instance: units of measure and time in any case, place adjectives in lower case before
"напрямок"/"область", list labels that name villages, namesakes far from the article's region. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.ground.places_slavic import extract_places
from claimgraph.ground.quantities_slavic import extract_quantities


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
