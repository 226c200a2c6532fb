"""Ukrainian and Russian classes of session 10, each pinned with sentences written for these tests (invented
names and places): a hedge adverb that opens the sentence before a comma ("Предположительно, …",
"Імовірно, …") is a hedge frame of its own, kept out of the claim's text."""

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


def source_name(rec: ArticleRecord, sid: str | None) -> str | None:
    return rec.source(sid).name if sid else None


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
