"""The cheap English test before lingua: it decides only where lingua would say English anyway."""

from __future__ import annotations

import pytest

from claimgraph.ground import language as L

ENGLISH = [
    "In a statement released on Tuesday, the ministry said its forces had struck a depot near the town, a claim "
    "that could not be independently verified. Residents told reporters they had heard at least four blasts "
    "before dawn, and footage shared by local channels showed smoke rising over the industrial district. The "
    "regional administration has not yet published casualty figures.",
    "Q: What did you see that night? A: We were in the basement. At around three the first blast came, then "
    "another, and the lights went out. My neighbour's house was hit. Nobody from the city came until morning, "
    "and by then we had already carried the old woman from the second floor ourselves, because the stairs "
    "were gone and the ambulance could not get through the rubble in the street.",
]
NOT_PLAINLY_ENGLISH = [
    # German, French, Polish (with the function words it shares with English: 'to', 'a', 'on')
    "Die Stadt wurde in der Nacht erneut mit Raketen angegriffen. Nach Angaben des Gouverneurs wurden "
    "mindestens drei Menschen verletzt, darunter ein Kind. Die Behörden teilten mit, dass ein Wohnhaus und "
    "eine Schule beschädigt wurden. Ein Sprecher der Luftwaffe sagte, die Flugabwehr habe zwei Raketen abgefangen.",
    "La ville a de nouveau été frappée par des missiles dans la nuit. Selon le gouverneur régional, au moins "
    "trois personnes ont été blessées, dont un enfant. Les autorités ont indiqué qu'un immeuble et une école "
    "avaient été endommagés. Un porte-parole a déclaré que deux missiles sur cinq avaient été abattus.",
    "Nie wiadomo, kto to zrobił. To jest pytanie, na które nikt nie ma odpowiedzi, a władze milczą. On "
    "powiedział, że to nie jest koniec, a dopiero początek. W mieście było słychać wybuchy, a mieszkańcy "
    "schronili się w piwnicach. Policja zabezpieczyła teren i prowadzi śledztwo w tej sprawie od rana.",
    # a French report quoting one English sentence
    'Le porte-parole a dit: "The situation is under control and we have no casualties to report at this '
    'time." Mais selon les habitants, la situation était bien plus grave que ce que les autorités voulaient '
    "bien admettre, et plusieurs maisons ont été détruites pendant la nuit dans le quartier nord de la ville.",
    # too short to decide cheaply
    "BREAKING: Explosions reported in Odesa, air defence active. Stay in shelters.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_plain_english_is_decided_without_lingua(text: str) -> None:
    assert L._plainly_english(text[: L.SAMPLE_CHARS])
    assert L.detect(text) == "en"


@pytest.mark.parametrize("text", NOT_PLAINLY_ENGLISH)
def test_other_and_mixed_texts_go_to_lingua(text: str) -> None:
    assert not L._plainly_english(text[: L.SAMPLE_CHARS])


@pytest.mark.parametrize("text", ENGLISH + NOT_PLAINLY_ENGLISH)
def test_the_shortcut_agrees_with_lingua(text: str) -> None:
    det = L._detector()
    if det is None:
        pytest.skip("lingua not installed")
    sample = text[: L.SAMPLE_CHARS]
    if L._plainly_english(sample):
        lang = det.detect_language_of(sample)
        assert lang is not None and lang.iso_code_639_1.name.lower() == "en"
