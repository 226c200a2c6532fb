"""Ukrainian and Russian classes of session 13, each pinned with sentences written for these tests (invented
events, real places): the Russian form of a Ukrainian village's name, and the choice between villages of one
name by the other places the article names."""

from __future__ import annotations

import pytest
from slavic_helpers import read


def _place(text: str, lang: str, word: str) -> tuple[str | None, str | None, float | None]:
    rec = read(text, lang)
    got = [p for p in rec.places if p.text == word]
    assert got, [p.text for p in rec.places]
    return got[0].country, got[0].admin1, got[0].lat


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # -овка/-евка is the Ukrainian -івка/-ївка
        ("Подразделения заняли Новоселовку в Донецкой области.", "Новоселовку"),
        # after a marker, not the namesake near Moscow
        ("В селе Андреевка Донецкой области повреждена школа.", "Андреевка"),
        # a neuter adjective's name in an oblique case: -ое is -е
        ("Бои идут у Берестового в Донецкой области.", "Берестового"),
    ],
)
def test_a_russian_form_of_a_ukrainian_village_is_the_ukrainian_village(text: str, word: str) -> None:
    country, admin1, _lat = _place(text, "ru", word)
    assert (country, admin1) == ("UA", "Donetsk")


def test_a_village_of_a_russian_region_the_article_names_stays_in_russia() -> None:
    country, admin1, _lat = _place("В селе Ивановка Брянской области повреждены дома.", "ru", "Ивановка")
    assert country == "RU" and admin1 and admin1.startswith("Bryansk")


def test_of_namesakes_in_one_region_the_one_near_the_town_named_is_meant() -> None:
    # several Novoselivkas in Donetsk Oblast: the one a few kilometres from Druzhkivka
    _c, admin1, lat = _place("Окупанти обстріляли Новоселівку поблизу Дружківки.", "uk", "Новоселівку")
    assert admin1 == "Donetsk" and lat is not None and abs(lat - 48.68) < 0.1


def test_a_curated_namesake_elsewhere_does_not_pull_a_village_into_its_region() -> None:
    # Stepove's curated entry lies in Zaporizhzhia Oblast; Ivanivka near Kostiantynivka is in Donetsk Oblast
    text = "Ворог атакував Іванівку та Степове, сили оборони утримують позиції під Костянтинівкою."
    _c, admin1, _lat = _place(text, "uk", "Іванівку")
    assert admin1 == "Donetsk"
