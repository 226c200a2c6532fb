"""What the Ukrainian and Russian extraction tests share: a report date and reading one text with the Slavic
extractor (test_slavic_s7 ... s10, unseen3)."""

from __future__ import annotations

from datetime import date

from claimgraph.extract.slavic import extract_record
from claimgraph.model import ArticleMeta, ArticleRecord

# a Wednesday
PUB = date(2026, 5, 20)


def read(text: str, lang: str) -> ArticleRecord:
    rec = ArticleRecord(article=ArticleMeta(id="t", text=text, language=lang))
    extract_record(rec, lang, PUB)
    return rec


def source_name(rec: ArticleRecord, sid: str | None) -> str | None:
    return rec.source(sid).name if sid else None
