"""The per-shard function and the plain rows it reads and writes (what crosses process and cluster
boundaries: never spaCy objects)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, fields
from typing import Any

from ..extract import extract_stream
from ..ingest.base import RawArticle
from ..model import ArticleRecord
from ..settings import Settings

ROW_FIELDS = tuple(f.name for f in fields(RawArticle))


def article_row(raw: RawArticle) -> dict[str, Any]:
    """A ``RawArticle`` as a plain row (what crosses process and cluster boundaries)."""
    return asdict(raw)


def article_from_row(row: dict[str, Any]) -> RawArticle:
    """The ``RawArticle`` of a row; unknown keys are ignored, ``text`` and ``locator`` are required."""
    return RawArticle(**{k: v for k, v in row.items() if k in ROW_FIELDS})


def extract_shard(rows: Sequence[dict[str, Any]], settings: Settings | None = None) -> list[dict[str, Any]]:
    """One record row per article row, in order (the per-article guard of ``extract`` applies: an
    article that fails gives a record with its error, never a lost shard)."""
    arts = [article_from_row(r) for r in rows]
    return [rec.to_dict() for _raw, rec in extract_stream(arts, settings) if rec is not None]


def extract_shard_json(rows: Sequence[dict[str, Any]], settings: Settings | None = None) -> list[bytes]:
    """``extract_shard``'s records as their compact JSON (``ArticleRecord.to_json``, the bytes a record
    file holds): what a worker process sends back. Writing them costs a tenth of ``to_dict`` and
    pickling the dictionaries; the parent reads them back with ``record_of_json``."""
    arts = [article_from_row(r) for r in rows]
    return [rec.to_json() for _raw, rec in extract_stream(arts, settings) if rec is not None]


def record_of_json(data: bytes | str) -> ArticleRecord:
    """The record of its JSON (as ``ArticleRecord.to_json`` or ``to_dict`` and a JSON encoder give it)."""
    import orjson

    return ArticleRecord.from_dict(orjson.loads(data))


def records_of(rows: Iterable[dict[str, Any]]) -> Iterator[ArticleRecord]:
    for r in rows:
        yield ArticleRecord.from_dict(r)
