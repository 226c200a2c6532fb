"""A Telegram post forwarded from another channel is a copy of that channel's post."""

from __future__ import annotations

import json

from linkkit import Article

from claimgraph.extract.pipeline import _forwarded_from
from claimgraph.ingest import RawArticle
from claimgraph.ingest.telegram import TelegramReader
from claimgraph.link import link_records

POST = "Вночі над областю збили чотири дрони. Уламки пошкодили дах школи в селі, ніхто не постраждав."
OTHER = "Сьогодні в області пройде планова перевірка сирен. Не хвилюйтеся, це навчання."


def _posts():
    origin = Article("tg-city-11", outlet="City Council", published="2026-03-02T07:10:00")
    origin.para(POST)
    unrelated = Article("tg-city-12", outlet="City Council", published="2026-03-02T09:00:00")
    unrelated.para(OTHER)
    # the forward carries the original's date in some exports: direction must come from the forward itself
    fwd = Article("tg-news-90", outlet="Regional News", published="2026-03-02T07:10:00")
    fwd.para(POST)
    fwd.rec.article.forwarded_from = "City  Council"
    return [origin.rec, unrelated.rec, fwd.rec]


def test_a_forwarded_post_is_a_copy_of_the_post_of_the_channel_it_names():
    corpus = link_records(_posts())
    got = [(d.article, d.derived_from, d.kind, d.direction) for d in corpus.derivations]
    assert ("tg-news-90", "tg-city-11", "copy", "known") in got
    d = next(d for d in corpus.derivations if d.article == "tg-news-90")
    assert any("forwarded from the channel" in e for e in d.evidence)
    assert not any("tg-city-12" in (d.article, d.derived_from) for d in corpus.derivations)


def test_a_forward_whose_original_is_not_in_the_corpus_links_nothing():
    recs = _posts()
    recs[2].article.forwarded_from = "Some Other Channel"
    recs[2].article.text = "A text of its own about another night."
    assert not [d for d in link_records(recs).derivations if d.article == "tg-news-90"]


def test_the_record_keeps_the_channel_a_post_was_forwarded_from(tmp_path):
    export = {
        "name": "Regional News",
        "type": "public_channel",
        "id": 777,
        "messages": [
            {
                "id": 90,
                "type": "message",
                "date": "2026-03-02T07:15:00",
                "date_unixtime": "1772435700",
                "forwarded_from": "City Council",
                "text": POST,
            }
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    post = next(i for i in TelegramReader().read(path) if isinstance(i, RawArticle))
    assert _forwarded_from(post) == "City Council"
