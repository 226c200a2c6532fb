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

from collections.abc import Iterable, Iterator
from typing import Any

from ..extract import extract_stream
from ..model import ArticleRecord
from ..settings import Settings
from .ray_engine import ray_stream
from .shard import article_from_row, article_row, extract_shard, records_of
from .workers import pool_stream


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
        return ray_stream(items, settings, address=ray_address, workers=workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (expected 'local' or 'ray')")
    if workers <= 1:
        return extract_stream(items, settings)
    return pool_stream(items, settings, workers)


__all__ = ["article_from_row", "article_row", "extract_shard", "records_of", "run_stream"]
