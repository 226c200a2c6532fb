"""Extraction on every core and on a Ray cluster: one pure per-shard function, three runners.

``extract_shard(rows, settings)`` takes plain article rows (dicts of ``RawArticle`` fields) and
returns plain record rows (``ArticleRecord.to_dict()``), one per article, in order. It is a pure
function of (rows, settings, model): the local runner calls it in this process, the process-pool
runner (``workers.py``) in N processes that each load the model once, and the Ray runner
(``ray_engine.py``) in actors of a Ray Data pipeline. All three give the same records (tests).

Only plain rows cross a process boundary, never spaCy objects; source identity is decided later,
once, by linking, so a sharded run gives the ids a sequential one gives.
"""

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


def records_of(rows: Iterable[dict[str, Any]]) -> Iterator[ArticleRecord]:
    for r in rows:
        yield ArticleRecord.from_dict(r)


def run_stream(
    items: Iterable[Any],
    settings: Settings | None = None,
    workers: int = 1,
    engine: str = "local",
    ray_address: str | None = None,
) -> Iterator[tuple[Any, ArticleRecord | None]]:
    """``extract.extract_stream`` on the chosen engine: ``(article, record)`` for each article and
    ``(rejection_or_skip, None)`` for everything else, in input order whatever the engine.
    ``engine``: "local" (``workers`` processes; 1 runs in this process) or "ray"."""
    if engine == "ray":
        from .ray_engine import ray_stream

        return ray_stream(items, settings, address=ray_address, workers=workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (expected 'local' or 'ray')")
    if workers <= 1:
        return extract_stream(items, settings)
    from .workers import pool_stream

    return pool_stream(items, settings, workers)


__all__ = ["article_from_row", "article_row", "extract_shard", "records_of", "run_stream"]
