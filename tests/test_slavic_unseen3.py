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
